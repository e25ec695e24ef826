"""From facts to events: grouping by place and night, resolving repeated figures, roles."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date, timedelta
from operator import itemgetter

from geoevents.extract.facts import Fact, Target
from geoevents.gazetteer import LEVEL_DEPTH, READ_FROM_REPORT_PRECISION, Gazetteer, Place
from geoevents.lexicon import folded
from geoevents.models import COUNT_FIELDS, Event
from geoevents.text import Sentence

# Held by Russia since 2014: attacks on them come from Ukraine (the gold still files them
# under Ukraine as the country).
_RUSSIAN_HELD = frozenset({"Crimea", "Sevastopol"})

_SMALL_PLACE = folded(
    r"\b(?:a|one|several|two|three|the) (?:village|town|settlement|city|hamlet)s?\b"
    r"|\bnear the border\b|\bborder (?:village|area|town)s?\b"
)

_SPAN_ORDER = itemgetter(0, 1)  # by start, then field name; stable for ties


def _contains(outer: Event, inner: Event, gaz: Gazetteer) -> bool:
    if outer.country != inner.country or outer.place_id == inner.place_id:
        return False
    if outer.place_level == "region":
        return inner.admin1 == outer.admin1 and inner.place_level in ("city", "district", "neighbourhood", "village")
    if outer.place_level == "city":
        inner_place = gaz.get(inner.place_id or "")
        city = inner_place.city if inner_place is not None else _city_of(inner)
        return inner.place_level in ("district", "neighbourhood") and inner.admin1 == outer.admin1 and outer.place == city
    if outer.place_level == "district":
        return inner.place_level == "neighbourhood" and inner.district == outer.place
    return False


def _city_of(event: Event) -> str | None:
    if event.admin1 in ("Kyiv", "Sevastopol", "Moscow", "Saint Petersburg"):
        return event.admin1
    return None


def _combine(items: list[Fact]) -> int:
    """Figures for one field of one event: parts summed within a list, else the largest; a
    toll stated as it now stands wins over figures before it (one of the injured has died);
    the items of a bulleted list are summed across its lines."""
    current = [i for i in items if i.current]
    if current:
        last = max(i.sentence.index for i in current)
        items = [i for i in current if i.sentence.index == last]
    if any(i.more for i in items):
        # "One employee was injured. ... two more people were injured": the figures so far,
        # sentence by sentence, and what each "more" adds to them
        total = 0
        for index in sorted({i.sentence.index for i in items}):
            plain = [i for i in items if i.sentence.index == index and not i.more]
            if plain:
                total = max(total, _combine(plain))
            total += sum(int(i.value) for i in items if i.sentence.index == index and i.more and isinstance(i.value, int))
        return total
    listed = [i for i in items if i.list_part]
    if listed:
        by_list: dict[int | None, list[Fact]] = defaultdict(list)
        for item in listed:
            by_list[item.group].append(item)
        rest = [i for i in items if not i.list_part]
        listed_sum = max(sum(int(i.value) for i in parts if isinstance(i.value, int)) for parts in by_list.values())
        return max(listed_sum, _combine(rest)) if rest else listed_sum
    if len(items) == 1:
        value = items[0].value
        return max(0, value) if isinstance(value, int) else 0
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for item in items:
        by_sentence[item.sentence.index].append(item)
    best = 0
    for sentence_items in by_sentence.values():
        groups: dict[int | None, list[Fact]] = defaultdict(list)
        for item in sentence_items:
            groups[item.group].append(item)
        for group_id, group_items in groups.items():
            ints = [int(i.value) for i in group_items if isinstance(i.value, int)]
            if not ints:
                continue
            distinct_spans = {(i.start, i.end) for i in group_items}
            if group_id is not None and len(distinct_spans) > 1 and _are_parts(group_items):
                best = max(best, sum(ints))
            else:
                best = max(best, max(ints))
    return best


def _are_parts(items: list[Fact]) -> bool:
    """Coordinated counts of different weapon types ("34 Kh-101 and seven Kalibr", "11
    Shahed drones and four Gerbera decoys"; for
    hits, of either class: "ten missiles and 10 drones hit targets"), or casualties and
    "another" ("three people died on the spot and another died in hospital")."""
    texts = [i.sentence.text for i in items]
    return len(set(texts)) == 1 and len({(i.start, i.end) for i in items}) == len(items) and all(
        # (drone types too: "11 Shahed-type drones, four Molniya UAVs and three FPV drones")
        i.weapon in ("missile", "drone") or i.field in ("breached", "killed", "wounded")
        for i in items
    )


def _geo_precision(place: Place, near: bool, sentences: list[Sentence]) -> int:
    if place.place_level == "country":
        return 3
    read_from_report = READ_FROM_REPORT_PRECISION.get(place.source)
    if read_from_report is not None:
        return read_from_report  # a place the gazetteer does not list, at the point of the one it was named with
    if place.place_level == "region":
        text = " ".join(s.text for s in sentences)
        if _SMALL_PLACE.search(text):
            return 2
        return 3
    return 2 if near else 1


def _event_id(source_id: str, place_id: str, night: str | None, role: str) -> str:
    digest = hashlib.sha1(f"{source_id}|{place_id}|{night}|{role}".encode()).hexdigest()
    return digest[:16]


class _AssemblyRules:
    """Rules turning facts into events."""

    def _join_plain_weekday_to_its_night(self, groups: dict[tuple[str, date | None], list[Fact]]) -> None:
        """A place's facts dated only by a plain weekday ("Wednesday's strike on the block")
        join its facts of the night into that weekday ("The drone hit the building at about
        2:30 a.m. on Wednesday"): one attack, told twice."""
        into = {c.night for c in self.cues if c.kind == "weekday_overnight" and c.night is not None}
        if not into:
            return
        kinds: dict[int, set[str]] = defaultdict(set)
        for cue in self.cues:
            kinds[cue.sentence].add(cue.kind)
        joined: dict[date, set[int]] = defaultdict(set)  # night -> sentences whose facts moved
        for (key, fact_night), facts in list(groups.items()):
            if fact_night is None or fact_night - timedelta(days=1) not in into:
                continue
            earlier = (key, fact_night - timedelta(days=1))
            sentence_kinds = [kinds[f.sentence.index] for f in facts]
            if (
                earlier not in groups or not all(k <= {"weekday_plain"} for k in sentence_kinds)
                or not any(sentence_kinds)  # (the others carried its night: no time word of their own)
            ):
                continue
            joined[fact_night].update(f.sentence.index for f in facts)
            groups[earlier].extend(groups.pop((key, fact_night)))
        for (key, fact_night), facts in list(groups.items()):
            # the other places of those sentences go with them ("Kyiv's Desnianskyi district")
            if fact_night in joined and all(f.sentence.index in joined[fact_night] for f in facts):
                groups[(key, fact_night - timedelta(days=1))].extend(groups.pop((key, fact_night)))

    def _assemble(self, night: date | None, precision: int | None) -> list[Event]:
        groups: dict[tuple[str, date | None], list[Fact]] = defaultdict(list)
        targets: dict[str, Target] = {}
        relative: set[date | None] = set()  # nights counted from the report's night
        day_report = night is not None and night == self.pub_date  # a day's attacks, reported that day
        stated_before: dict[str, set[date]] = defaultdict(set)  # nights the facts so far stated for each place
        for fact in self.facts:
            fact_night = fact.night if fact.night is not None else night
            told = stated_before[fact.target.key]
            if fact.night is not None:
                told.add(fact.night)
            elif len(told) == 1 and not fact.overnight and not fact.night_offset:
                # "This morning, drones attacked the Salavat plant ... 12:40 One employee of the
                # plant received shrapnel wounds": the night its place's attack was told of
                fact_night = next(iter(told))
            if fact.night is None and fact.overnight and day_report:
                fact_night = night - timedelta(days=1)
            if fact.night_offset and night is not None and fact.night is None:
                fact_night = night + timedelta(days=fact.night_offset)
                relative.add(fact_night)
            groups[(fact.target.key, fact_night)].append(fact)
            targets.setdefault(fact.target.key, fact.target)
        self._join_plain_weekday_to_its_night(groups)
        events: list[Event] = []
        for (key, fact_night), facts in groups.items():
            target = targets[key]
            stated = fact_night != night and fact_night not in relative
            event = self._event_from(target, facts, fact_night, 1 if stated else precision)
            if event is not None:
                events.append(event)
        self._assign_roles(events)
        events = [e for e in events if e.role != "drop"]
        if all(e.role == "listed" for e in events):
            return []  # places named in a report that states no attack on any of them: no events
        events.sort(key=lambda e: (e.night or "", LEVEL_DEPTH.get(e.place_level or "", 9), e.spans[0]["start"] if e.spans else 0))
        return events

    def _event_from(self, target: Target, facts: list[Fact], night: date | None, precision: int | None) -> Event | None:
        place = target.place
        if place is None:
            return None
        text = self.text
        # One pass sorts the facts: figures by field, zeros, damage tags, place mentions.
        by_field: dict[str, list[Fact]] = {}
        zero_facts: list[Fact] = []
        damage_facts: list[Fact] = []
        positive = has_hit = near = False
        mention: Fact | None = None
        by_sentence: dict[int, Sentence] = {}
        for fact in facts:
            field_name = fact.field
            by_sentence[fact.sentence.index] = fact.sentence
            if fact.target.mention is not None and fact.target.mention.near:
                near = True
            if field_name == "hit" or field_name == "listed":
                mention = mention or fact
                has_hit = has_hit or field_name == "hit"
                continue
            if field_name == "damage":
                damage_facts.append(fact)
                continue
            if field_name == "killed" or field_name == "wounded":
                if fact.value == 0:
                    zero_facts.append(fact)
                    continue
                if isinstance(fact.value, int) and fact.value > 0:
                    positive = True
            by_field.setdefault(field_name, []).append(fact)
        values: dict[str, int] = {}
        spans: list[tuple[int, str, int, str]] = []  # start, field, end, text
        weapons: set[str] = set()
        for field_name, items in by_field.items():
            values[field_name] = _combine(items)
            for item in items:
                spans.append((item.start, field_name, item.end, text[item.start : item.end]))
                if item.weapon:
                    weapons.add(item.weapon)
        # "No casualties" that contradicts a stated figure for this place is about
        # something else (a fire, a garage); a zero never overrides a figure. A zero of one
        # field ("No one was killed, but one worker was injured") stands beside the other's figure.
        both = {(f.start, f.end) for f in zero_facts if f.field == "killed"} & {
            (f.start, f.end) for f in zero_facts if f.field == "wounded"
        }
        for fact in zero_facts:
            if fact.field not in values and (not positive or (fact.start, fact.end) not in both):
                values[fact.field] = 0
                spans.append((fact.start, fact.field, fact.end, text[fact.start : fact.end]))
        damage: list[str] = []
        for fact in damage_facts:
            if isinstance(fact.value, str) and fact.value not in damage:
                damage.append(fact.value)
                spans.append((fact.start, f"damage:{fact.value}", fact.end, text[fact.start : fact.end]))
        has_facts = bool(values or damage)
        role = "incident" if has_facts or has_hit else "listed"
        if place.place_level == "country":
            if not has_facts:
                return None
            role = "rollup"
        place_span = mention or facts[0]
        spans.insert(0, (place_span.start, "place", place_span.end, text[place_span.start : place_span.end]))
        sentences = sorted(by_sentence.values(), key=lambda x: x.start)
        for sent in sentences:
            spans.append((sent.start, "sentence", sent.end, ""))
        spans.sort(key=_SPAN_ORDER)
        country = target.country or place.country
        weapon_class = "both" if len(weapons) > 1 else (weapons.pop() if weapons else self._weapon_from_text(sentences))
        sub_event = "Shelling/artillery/missile attack" if weapon_class == "missile" else "Air/drone strike"
        event = Event(
            night=night.isoformat() if night else None,
            time_precision=precision if night else None,
            attacker=self._attacker_for_event(
                "RU" if place.admin1 in _RUSSIAN_HELD and place.place_level != "country" else country, sentences
            ),
            country=country,
            admin1=place.admin1 if place.place_level != "country" else None,
            district=place.district if place.city else None,
            place=place.name,
            place_level=place.place_level,
            geo_precision=_geo_precision(place, near, sentences),
            sub_event_type=sub_event,
            damage=damage,
            weapon_class=weapon_class,
            role=role,
            source_id=self.report.source_id,
            source_url=self.report.url,
            published=self.report.published,
            evidence=[sent.text for sent in sentences],
            spans=[{"field": f, "start": a, "end": b, "text": t} for a, f, b, t in spans],
            place_id=place.id,
        )
        for field_name, value in values.items():
            setattr(event, field_name, value)
        event.event_id = _event_id(self.report.source_id, place.id, event.night, role)
        return event

    def _weapon_from_text(self, sentences: list[Sentence]) -> str:
        drone = missile = False
        for sentence in sentences:
            if sentence.index not in self._sentence_weapons:
                self._sentence_weapons[sentence.index] = (
                    bool(self.lex.weapon_noun["drone"].search(sentence.text)),
                    bool(self.lex.weapon_noun["missile"].search(sentence.text)),
                )
            has_drone, has_missile = self._sentence_weapons[sentence.index]
            drone, missile = drone or has_drone, missile or has_missile
        if drone and missile:
            return "both"
        if drone:
            return "drone"
        if missile:
            return "missile"
        return "unknown"

    def _assign_roles(self, events: list[Event]) -> None:
        """Containers of other events become rollups (with figures) or are dropped."""
        by_night: dict[str | None, list[Event]] = defaultdict(list)
        for event in events:
            by_night[event.night].append(event)
        for group in by_night.values():
            for event in group:
                if event.place_level == "country":
                    continue
                children = [
                    other for other in group
                    if other is not event and other.role != "listed" and _contains(event, other, self.gaz)
                ]
                if not children:
                    continue
                stated = [f for f in COUNT_FIELDS if getattr(event, f) is not None]
                restated = bool(stated) and all(
                    any(getattr(c, f) is not None and getattr(c, f) >= getattr(event, f) for c in children)
                    for f in stated
                )
                child_damage = {tag for c in children for tag in c.damage}
                if restated and set(event.damage) <= child_damage:
                    # "one civilian dead in the Odesa region" restating Izmail's death.
                    event.role = "drop"
                elif stated:
                    event.role = "rollup"
                else:
                    if set(event.damage) <= child_damage:
                        event.role = "drop"
                    else:
                        event.role = "rollup"
            # Listed places that are also incidents elsewhere in the report are dropped.
            incident_ids = {e.place_id for e in group if e.role != "listed"}
            for event in group:
                if event.role == "listed" and event.place_id in incident_ids:
                    event.role = "drop"
