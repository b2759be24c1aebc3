#!/usr/bin/env python3
"""Issue 3's geocoding figures on an incident-labelled gold file (default: airwars-dev).

1. located: share of gold events with coordinates that have ANY predicted event of their case
   within the gold radius (from a `rasd eval --report` file).
2. coverage: each gold place name (Arabic and English) run through `rasd geocode -`:
   resolved within the radius, resolved elsewhere, or absent from the gazetteer.

Usage: tools/eval/geo_coverage.py REPORT.json [GOLD.jsonl] [RASD_BINARY]
"""
import json
import math
import subprocess
import sys


def haversine_km(lat1, lon1, lat2, lon2):
    p = math.radians
    x = (math.sin(p(lat2 - lat1) / 2) ** 2
         + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(x))


def geocode(binary, names):
    lines = "\n".join((n or "-").replace("\n", " ") for n in names) + "\n"
    out = subprocess.run([binary, "geocode", "-"], input=lines, capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(o) for o in out.strip().split("\n")]


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    gold_path = sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/airwars-dev.jsonl"
    binary = sys.argv[3] if len(sys.argv) > 3 else "target/release/rasd"
    cases = {c["id"]: c for c in report["cases"]}
    places, located = [], 0
    for line in open(gold_path, encoding="utf-8"):
        case = json.loads(line)
        predicted = cases.get(case["id"], {}).get("predicted", [])
        for event in case["events"]:
            loc = event.get("location") or {}
            if loc.get("lat") is None:
                continue
            radius = loc.get("radius_km") or 15
            places.append(loc)
            if any(p.get("lat") is not None
                   and haversine_km(loc["lat"], loc["lon"], p["lat"], p["lon"]) <= radius
                   for p in predicted):
                located += 1
    arabic = geocode(binary, [p.get("name_ar") for p in places])
    english = geocode(binary, [p.get("name") for p in places])
    within = elsewhere = absent = 0
    for loc, a, e in zip(places, arabic, english):
        found = [r for r in (a, e) if r["found"]]
        radius = loc.get("radius_km") or 15
        if not found:
            absent += 1
        elif any(haversine_km(loc["lat"], loc["lon"], r["lat"], r["lon"]) <= radius for r in found):
            within += 1
        else:
            elsewhere += 1
    n = len(places)
    print(f"located: {located}/{n} gold events with coordinates have a predicted event "
          f"within their radius ({located / max(n, 1):.1%})")
    print(f"coverage: of {n} gold place names, {within} resolve within the radius, "
          f"{elsewhere} resolve elsewhere, {absent} are absent from the gazetteer")


if __name__ == "__main__":
    main()
