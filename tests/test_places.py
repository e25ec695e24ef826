"""Word tokens for place matching: offsets, possessives, normalised forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.gazetteer import Gazetteer
from geoevents.places import find_place_mentions, tokenize
from geoevents.text import WORD, normalize_name


def reference_tokens(text: str) -> list[tuple[int, int, str, str, bool]]:
    """The specification, one word at a time: (start, end, text, norm, possessive)."""
    out = []
    for match in WORD.finditer(text):
        word, (start, end) = match.group(), match.span()
        possessive = False
        if any(a in word for a in "'’ʼ"):
            possessive = word[-2:] in {"'s", "’s", "ʼs", "'S", "’S"}
            if possessive:
                word, end = word[:-2], end - 2
            norm = normalize_name(word)
        else:
            norm = word.lower() if word.isascii() else normalize_name(word)
        out.append((start, end, word, norm, possessive))
    return out


def as_tuples(text: str) -> list[tuple[int, int, str, str, bool]]:
    tokens = tokenize(text)
    return [tuple(tokens[i]) for i in range(len(tokens))]


def test_tokens_keep_offsets_and_mark_possessives() -> None:
    text = "Kyiv’s Darnytskyi district, Zaporizhzhia's port and Київ — at 03:40."
    tokens = as_tuples(text)
    assert tokens[0] == (0, 4, "Kyiv", "kyiv", True)
    assert tokens[3][2:] == ("Zaporizhzhia", "zaporizhzhia", True)
    assert ("Київ", "киів") in [(t[2], t[3]) for t in tokens]
    for start, end, word, _, _ in tokens:
        assert text[start:end] == word


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["Kyiv's", "Odesa’s", "Rostov-on-Don", "Київ", "Solom’yanskyi", "o'clock", "ʼs", "İzmail", "12", "_x"]),
            st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
            st.sampled_from([" ", ", ", " — ", "\n", "'", "’"]),
        ),
        max_size=30,
    )
)
def test_tokenize_matches_the_word_by_word_specification(parts: list[str]) -> None:
    text = "".join(parts)
    assert as_tuples(text) == reference_tokens(text)


def test_place_mentions_found_in_a_report() -> None:
    text = "In Kyiv's Sviatoshynskyi district and in Kharkiv, debris fell. The Rostov region governor spoke."
    names = [(m.text, m.place.place_level if m.place else None) for m in find_place_mentions(text, Gazetteer.bundled())]
    assert ("Sviatoshynskyi district", "district") in names
    assert ("Kharkiv", "city") in names
    assert any(name.startswith("Rostov") and level == "region" for name, level in names)


def test_type_words_describe_a_name_only_right_after_it() -> None:
    gaz = Gazetteer.bundled()

    def levels(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.place.place_level if m.place else None) for m in find_place_mentions(text, gaz)]

    # A comma ends the name: the governor is the speaker, not a region word.
    assert levels("Drones hit apartment blocks in Kharkiv, Governor Oleh Syniehubov said.")[0] == ("Kharkiv", "city")
    assert levels("Drones hit apartment blocks in Kharkiv region, the governor said.")[0][1] == "region"
    assert levels("Kharkiv's governor said a drone hit a house.")[0][1] == "region"


def test_the_kyiv_regime_is_not_the_city() -> None:
    [kyiv] = find_place_mentions("The Kyiv regime attempted an attack with UAVs.", Gazetteer.bundled())
    assert kyiv.org


def test_a_place_and_its_region_are_not_a_list() -> None:
    gaz = Gazetteer.bundled()
    town, region = find_place_mentions("A drone struck a bus in Bilopillia, Sumy Oblast, killing nine.", gaz)
    assert (town.in_list, region.in_list) == (False, False)
    listed = find_place_mentions("Drones were downed over Kharkiv, Sumy and Poltava.", gaz)
    assert [m.in_list for m in listed] == [True, True, True]
    ampersand = find_place_mentions("Drones were downed over Kharkiv & Sumy.", gaz)
    assert [m.in_list for m in ampersand] == [True, True]


def test_a_launch_site_list_is_all_launch_sites() -> None:
    gaz = Gazetteer.bundled()
    text = "Russia launched 90 drones overnight from Kursk, Bryansk and Millerovo at Kharkiv and Sumy."
    mentions = find_place_mentions(text, gaz)
    assert [(m.text, m.launch_site) for m in mentions] == [
        ("Russia", False), ("Kursk", True), ("Bryansk", True), ("Millerovo", True), ("Kharkiv", False), ("Sumy", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Drones were launched from the directions of Kursk, Millerovo, Primorsko-Akhtarsk – RF, and Hvardiiske in the"
        " temporarily occupied Crimea. Debris fell in Odesa.",
        "Drones were launched from Millerovo, Primorsko-Akhtarsk – RF, Chauda, Hvardiiske – TOT of Crimea. Debris fell"
        " in Odesa.",
    ],
)
def test_an_air_force_launch_site_list_with_country_tags_and_unknown_sites_is_all_launch_sites(text: str) -> None:
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [m.text for m in mentions if not m.launch_site] == ["Odesa"]
    assert {"Hvardiiske", "Crimea"} <= {m.text for m in mentions if m.launch_site}


def test_a_village_after_its_possessive_region_is_found() -> None:
    text = "A drone struck a minibus in the Kherson region's Bilozerka, killing one person."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [(m.text, m.place.place_level) for m in mentions] == [("Kherson region", "region"), ("Bilozerka", "village")]


def test_part_of_a_hyphenated_name_is_not_a_village() -> None:
    text = "In the village of Ilek-Penkovka, Krasnoyaruzhsky district, a drone hit a shop."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    # not "Ilek" (a village elsewhere): the whole name, a village of the raion it is named with
    assert [m.text for m in mentions] == ["Ilek-Penkovka", "Krasnoyaruzhsky district"]
    village = mentions[0].place
    assert (village.place_level, village.admin1, village.district) == ("village", "Belgorod Oblast", mentions[1].place.name)


def test_members_of_a_list_share_the_context_before_it() -> None:
    mentions = find_place_mentions("Explosions were reported in Kyiv, Lutsk and Rivne.", Gazetteer.bundled())
    assert [(m.text, m.place.place_level, m.place.admin1) for m in mentions] == [
        ("Kyiv", "city", "Kyiv"), ("Lutsk", "city", "Volyn Oblast"), ("Rivne", "city", "Rivne Oblast"),
    ]


def test_a_neighbourhood_named_as_a_district_is_its_district() -> None:
    [mention] = find_place_mentions("Debris fell in the Solomianka district overnight.", Gazetteer.bundled())
    assert (mention.place.name, mention.place.place_level) == ("Solomianskyi", "district")


def test_the_peoples_republics_are_their_regions() -> None:
    text = "Drones struck the Donetsk People's Republic and the LPR; Donetsk itself was spared."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [(m.text, m.place.name, m.place.place_level) for m in mentions] == [
        ("Donetsk People's Republic", "Donetsk Oblast", "region"), ("LPR", "Luhansk Oblast", "region"),
        ("Donetsk", "Donetsk", "city"),
    ]


def test_a_district_of_the_city_in_context_is_not_a_namesake_elsewhere() -> None:
    text = "A missile hit Kherson on Monday. Later, drones struck the city's Dniprovskyi district."
    kherson, district = find_place_mentions(text, Gazetteer.bundled())
    assert kherson.place.name == "Kherson"
    assert (district.place.city, district.place.admin1) == ("Kherson", "Kherson Oblast")
    # A city the gazetteer lists no such district for keeps it as its own district, at the
    # city's point, rather than take a namesake elsewhere (not Dnipropetrovsk Oblast's raion).
    text = "A missile hit Sumy on Monday. Later, drones struck the city's Dniprovskyi district."
    sumy, district = find_place_mentions(text, Gazetteer.bundled())
    assert sumy.place.name == "Sumy"
    assert (district.place.place_level, district.place.city, district.place.admin1) == ("district", "Sumy", "Sumy Oblast")
    assert (district.place.lat, district.place.lon) == (sumy.place.lat, sumy.place.lon)


def test_a_district_named_with_its_city_is_that_citys() -> None:
    text = "Drones hit Lviv overnight. In the Shevchenkivskyi district of Kyiv, debris injured three people."
    *_, district, kyiv = find_place_mentions(text, Gazetteer.bundled())
    assert (district.place.city, kyiv.place.name) == ("Kyiv", "Kyiv")


def test_a_list_ending_in_other_regions_is_a_list_of_regions() -> None:
    text = "Air defence shot down 42 UAVs in Kyiv, Cherkasy, Poltava and other regions."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [(m.text, m.place.place_level, m.in_list) for m in mentions] == [
        ("Kyiv", "region", True), ("Cherkasy", "region", True), ("Poltava", "region", True),
    ]


def test_a_name_glued_after_a_hyphen_is_the_end_of_another_name() -> None:
    gaz = Gazetteer.bundled()
    mentions = find_place_mentions("In the village of Gora-Podol, a drone struck a barn. Fuel burned at Ust-Luga.", gaz)
    assert [m.place.name for m in mentions if m.place] == ["Ust-Luga"]  # the whole name, not Luga


def test_a_hospitals_name_is_where_the_wounded_went() -> None:
    gaz = Gazetteer.bundled()
    text = "The driver was taken to the Grayvoron Central District Hospital."
    assert [m for m in find_place_mentions(text, gaz) if m.usable] == []
    hit = find_place_mentions("A drone hit the Kharkiv City Clinical Hospital.", gaz)
    assert [m.place.name for m in hit if m.usable] == ["Kharkiv"]  # a hospital that was hit


def test_small_places_after_a_verb_or_in_a_list_of_places_are_read() -> None:
    gaz = Gazetteer.bundled()
    text = "38 drones attacked Huliaipole, Orikhiv, Bilenke and Prymorske overnight."
    assert [m.place.name for m in find_place_mentions(text, gaz) if m.usable] == [
        "Hulyaypole", "Orikhiv", "Bilenke", "Prymorske",
    ]


def test_a_street_or_a_speaker_named_like_a_village_is_no_place() -> None:
    gaz = Gazetteer.bundled()
    text = "A drone hit a house on Gagarin street. Two substations were struck, said Serhii Tiurin."
    assert [m for m in find_place_mentions(text, gaz) if m.usable] == []


def test_raions_of_russian_regions_beyond_the_border_are_districts() -> None:
    gaz = Gazetteer.bundled()
    text = "Drones were downed over the Gryazinsky district, the Lipetsk district and Oboyansky district."
    assert [(m.place.name, m.place.place_level, m.place.admin1) for m in find_place_mentions(text, gaz) if m.usable] == [
        ("Gryazinsky District", "district", "Lipetsk Oblast"),
        ("Lipetsky District", "district", "Lipetsk Oblast"),
        ("Oboyansky District", "district", "Kursk Oblast"),
    ]


def test_a_launch_site_named_as_occupied_is_a_launch_site() -> None:
    text = "The drones came from the Kursk region and from occupied Crimea; others were launched from temporarily occupied Donetsk."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [(m.text, m.launch_site) for m in mentions] == [("Kursk region", True), ("Crimea", True), ("Donetsk", True)]


def test_a_district_of_a_city_is_not_a_raion_of_the_same_name_elsewhere() -> None:
    text = "A drone dropped an explosive device on the Kuibyshevsky district of Donetsk on Friday morning."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    district = next(m.place for m in mentions if m.text.startswith("Kuibyshevsky"))
    # not the Kuybyshevsky raion of Rostov Oblast (nor the town of Donetsk there)
    assert (district.place_level, district.city, district.admin1) == ("district", "Donetsk", "Donetsk Oblast")


def test_a_geonames_village_right_after_hit_is_a_place() -> None:
    text = "Zaporizhzhia region. Guided aerial bombs hit Malokaterynivka, damaging three houses."
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [(m.text, m.place.place_level, m.place.admin1) for m in mentions][-1] == (
        "Malokaterynivka", "village", "Zaporizhzhia Oblast",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In the Domodedovo urban district, debris damaged two houses.", "Domodedovo urban district"),
        ("A drone was shot down over the Istra district.", "Istra district"),
        ("Two drones fell in the Ramenskoye okrug.", "Ramenskoye okrug"),
    ],
)
def test_a_russian_towns_urban_district_is_the_district_around_it(text: str, name: str) -> None:
    [mention] = find_place_mentions(text, Gazetteer.bundled())
    assert (mention.text, mention.place.place_level, mention.place.admin1) == (name, "district", "Moscow Oblast")


def test_a_ukrainian_citys_name_before_district_is_not_made_an_urban_district() -> None:
    [mention] = find_place_mentions("Debris fell in the Bila Tserkva district.", Gazetteer.bundled())
    # the gazetteer's raion, not the urban district around the city
    assert (mention.place.id, mention.place.place_level, mention.place.admin1) == (
        "ua-32-bilotserkivskyi-raion", "district", "Kyiv Oblast",
    )


def test_the_city_a_wounded_person_is_transferred_to_is_a_point_of_reference() -> None:
    text = "A woman in serious condition will be transferred to the regional hospital in Kursk. The bus was damaged."
    [mention] = find_place_mentions(text, Gazetteer.bundled())
    assert mention.text == "Kursk" and mention.reference


def test_a_geonames_town_the_text_calls_a_village_is_a_village() -> None:
    text = "In the village of Razumnoye of the Belgorod district, a drone set a roof on fire."
    mention = find_place_mentions(text, Gazetteer.bundled())[0]
    assert (mention.text, mention.place.place_level, mention.place.admin1) == ("Razumnoye", "village", "Belgorod Oblast")


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("Russian drones attacked the Chernihiv region overnight. In the regional center, a house burned.", "Chernihiv"),
        ("Gladkov said the Belgorod region came under attack. In the regional capital, a car burned.", "Belgorod"),
        ("Guided bombs hit Zaporizhzhia Oblast; two people were hurt in the oblast centre.", "Zaporizhzhia"),
        ("Drones struck Dnipropetrovsk Oblast. The region's capital lost power.", "Dnipro"),
        ("The governor of Tatarstan said drones were downed; in the regional centre, windows broke.", "Kazan"),
    ],
)
def test_the_regional_centre_is_the_city_its_region_is_governed_from(text: str, centre: str) -> None:
    mention = find_place_mentions(text, Gazetteer.bundled())[-1]
    assert (mention.place.name, mention.place.place_level) == (centre, "city")


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the Kharkiv region. The regional centre for emergency medicine treated three people.",
        "In the regional center, a house burned.",  # no region named before it
        "Drones hit the Kyiv region. In the regional centre, a house burned.",  # governed from Kyiv, a region of its own
        "Drones hit the Rivne region, and power was cut in parts of the regional centre.",  # not where a strike was
    ],
)
def test_a_regional_centre_with_no_region_or_no_strike_is_no_place(text: str) -> None:
    # (guards: none of these read a city before the rule either)
    assert all(m.place is None or m.place.place_level != "city" for m in find_place_mentions(text, Gazetteer.bundled()))


@pytest.mark.parametrize(
    "text", ["The mayor of Kharkiv Ihor Terekhov said a drone hit a house.", "The governor of Belgorod said two were hurt."]
)
def test_a_city_after_mayor_of_or_governor_of_names_the_official(text: str) -> None:
    [mention] = find_place_mentions(text, Gazetteer.bundled())
    assert mention.org


@pytest.mark.parametrize(
    "text", [
        "Ukrainian drones hit the Unecha oil pumping station overnight.", "A fire broke out at the Unecha substation.",
        "Channels reported that the Unecha power station had been targeted.",
    ]
)
def test_a_small_town_named_before_a_site_named_after_it_is_a_place(text: str) -> None:
    [mention] = find_place_mentions(text, Gazetteer.bundled())
    assert (mention.text, mention.place.admin1) == ("Unecha", "Bryansk Oblast")


def test_the_citys_district_after_another_regions_official_is_that_regions_centres() -> None:
    text = (
        "The jets drop glide bombs on front-line towns such as Kostiantynivka and Kupiansk.\n\n"
        "Volgograd Governor Andrei Bocharov said debris fell on the refinery in the city's Krasnoarmeysky district."
    )
    district = find_place_mentions(text, Gazetteer.bundled())[-1]
    assert (district.text, district.place.city, district.place.admin1) == (
        "Krasnoarmeysky district", "Volgograd", "Volgograd Oblast",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Three Kh-22 missiles had been fired from Tu-22 bombers that flew in over the Black Sea.",
        "Two Kh-59 missiles were launched at Kremenchuk from Su-34 aircraft operating over Kursk Oblast.",
    ],
)
def test_where_bombers_flew_over_is_a_launch_area(text: str) -> None:
    mentions = find_place_mentions(text, Gazetteer.bundled())
    assert [m.launch_site for m in mentions if m.text in ("Black Sea", "Kursk Oblast")] == [True]


def test_a_double_dateline_without_a_date_and_a_capital_that_unleashed_are_no_targets() -> None:
    text = "MOSCOW/KYIV (Global Wire) - Russia said drones attacked two air bases, hours before Moscow unleashed a barrage."
    mentions = {m.text: m for m in find_place_mentions(text, Gazetteer.bundled())}
    assert mentions["MOSCOW"].dateline and mentions["KYIV"].dateline
    assert mentions["Moscow"].state


def test_a_region_opening_a_sentence_before_a_place_in_it_is_no_list() -> None:
    text = "In Vinnytsia Oblast, the Ladyzhyn thermal power plant was struck. Two workers were injured."
    assert [m.in_list for m in find_place_mentions(text, Gazetteer.bundled())] == [False, False]


def test_a_town_named_again_later_is_the_town_read_first() -> None:
    text = (
        "Tula Oblast Governor Dmitry Milyaev said a drone struck the Azot chemical plant in Novomoskovsk. Flights were held"
        " at Vnukovo, Zhukovsky and Kaluga airports overnight. Ukraine's General Staff has not yet commented on the strike"
        " on Novomoskovsk, which is home to one of Russia's largest fertiliser makers."
    )
    places = {m.place.admin1 for m in find_place_mentions(text, Gazetteer.bundled()) if m.text == "Novomoskovsk"}
    assert places == {"Tula Oblast"}
