"""Names and the SQLite schema of sitrep's gazetteers: how a place name becomes a lookup key, and
the tables, indexes and finishing steps shared by the reader (``gazetteer``) and the builders
(``default_build``, ``geonames_import``). It imports neither of them, so the builders and the
reader depend on it and never on each other's internals.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ..resources import load_yaml

#: version of the database layout; a gazetteer file of another version is rebuilt or refused
SCHEMA_VERSION = "4"

# ------------------------------------------------------------------------------------------
# name normalisation
# ------------------------------------------------------------------------------------------
#: the name-key vocabulary (data/geo_names.yaml)
_NAMES = load_yaml("geo_names.yaml")
_EXTRA_FOLD = str.maketrans(_NAMES["fold"])
#: the GeoNames feature codes of each kind of place
FEATURE_KINDS = {kind: frozenset(codes) for kind, codes in _NAMES["feature_kinds"].items()}
_SPACES = re.compile(r"\s+")
_LATIN_KEY = re.compile(r"^[a-z0-9 ]+$")
#: Arabic article forms that spellings add or drop ("Al-Qaim" / "Qaim", "Ar Raqqah" / "Raqqa")
ARTICLES = tuple(f"{a} " for a in _NAMES["articles"])


def name_key(name: str) -> str:
    """Normalised lookup key: accents stripped, case folded, punctuation as spaces."""
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return " ".join(s.translate(_EXTRA_FOLD).split())


def maybe_latin(name: str) -> bool:
    """Cheap pre-filter: no character beyond Latin Extended-B (and the modifier letters)."""
    return name.isascii() or max(name) < "\u02ff"


@lru_cache(maxsize=1)
def _admin_affix_re() -> re.Pattern:
    data = load_yaml("geo_lexicon.yaml")
    pre = "|".join(re.escape(p) for p in sorted(data["admin_prefixes"], key=len, reverse=True))
    suf = "|".join(re.escape(p) for p in sorted(data["admin_suffixes"], key=len, reverse=True))
    return re.compile(rf"^(?:(?:{pre})\s+)?(.+?)(?:\s+(?:{suf}))?$", re.I)


@lru_cache(maxsize=50_000)
def clean_admin_name(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk'; 'Salah ad Din Governorate' -> 'Salah ad Din'."""
    if not name:
        return name
    m = _admin_affix_re().match(name.strip())
    out = m.group(1).strip() if m else name
    return out or name


def is_latin_key(key: str) -> bool:
    return bool(key) and _LATIN_KEY.match(key) is not None


#: articles tried in front of a name nobody knows without one
ARTICLE_PREFIXES = tuple(f"{a} " for a in _NAMES["article_prefixes"])
#: articles some spellings glue to the name ("Elwak"), split off for a retry
GLUED_ARTICLES = tuple(_NAMES["glued_articles"])


@lru_cache(maxsize=1)
def _word_variants() -> dict[str, tuple[str, ...]]:
    data = load_yaml("geo_lexicon.yaml").get("spelling_variants") or {}
    out: dict[str, list[str]] = {}
    for group in data:
        keys = [name_key(w) for w in group]
        for k in keys:
            out.setdefault(k, []).extend(o for o in keys if o != k)
    return {k: tuple(v) for k, v in out.items()}


def spelling_variants(key: str) -> list[str]:
    """The key with its first word (or words) spelled as other transliterations do
    (``geo_lexicon.yaml: spelling_variants``): "tal rifaat" -> "tall rifaat", "tel rifaat"..."""
    words = key.split(" ")
    table = _word_variants()
    out = []
    for i, w in enumerate(words[:3]):
        for alt in table.get(w, ()):
            out.append(" ".join([*words[:i], alt, *words[i + 1:]]))
    # an article glued to the name ("Elwak" for "El Wak", "Alqaim" for "Al Qaim")
    for art in GLUED_ARTICLES:
        if words[0].startswith(art) and len(words[0]) >= len(art) + 3:
            out.append(" ".join([art, words[0][len(art):], *words[1:]]))
    return out


@lru_cache(maxsize=1)
def _letter_pairs() -> tuple[tuple[str, str], ...]:
    data = load_yaml("geo_lexicon.yaml").get("letter_variants") or []
    return tuple((a, b) for a, b in data)


def letter_variants(key: str) -> list[str]:
    """The key with one letter group written as another transliteration writes it
    (``geo_lexicon.yaml: letter_variants``): "mahmoudiyah" -> "mahmudiyah"."""
    return [key.replace(a, b) for a, b in _letter_pairs() if a in key]


def key_variants(key: str) -> list[str]:
    """The key itself, and the key without a leading Arabic article."""
    out = [key]
    for art in ARTICLES:
        if key.startswith(art) and len(key) > len(art) + 2:
            out.append(key[len(art):])
            break
    return out


# ------------------------------------------------------------------------------------------
# SQLite schema
# ------------------------------------------------------------------------------------------
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    fclass TEXT, fcode TEXT, cc TEXT, admin1 TEXT, admin2 TEXT, population INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, geonameid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS countries (
    iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT, geonameid INTEGER, population INTEGER
);
CREATE TABLE IF NOT EXISTS admin1 (
    cc TEXT, code TEXT, name TEXT, geonameid INTEGER, PRIMARY KEY (cc, code)
);
CREATE TABLE IF NOT EXISTS admin2 (
    cc TEXT, admin1 TEXT, code TEXT, name TEXT, geonameid INTEGER, PRIMARY KEY (cc, admin1, code)
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names (key);
CREATE UNIQUE INDEX IF NOT EXISTS names_key_id ON names (key, geonameid);
CREATE INDEX IF NOT EXISTS places_admin ON places (cc, admin1, admin2);
CREATE INDEX IF NOT EXISTS places_fcode ON places (fcode, cc);
CREATE INDEX IF NOT EXISTS names_compact ON names (replace(key, ' ', ''));
"""



def create_schema(con: sqlite3.Connection) -> None:
    con.executescript(SCHEMA)


def finalize(con: sqlite3.Connection, source: str) -> None:
    """Fill what a source lacks, then index: admin tables from ADM rows, synthetic centroids."""
    cur = con.cursor()
    cur.execute("CREATE INDEX IF NOT EXISTS places_admin ON places (cc, admin1, admin2)")
    # admin1/admin2/country names from ADM1/ADM2/PCLI rows when the code tables lack them
    cur.execute(
        "INSERT OR IGNORE INTO admin1 (cc, code, name, geonameid) "
        "SELECT cc, admin1, name, geonameid FROM places WHERE fcode = 'ADM1' AND admin1 != ''"
    )
    cur.execute(
        "INSERT OR IGNORE INTO admin2 (cc, admin1, code, name, geonameid) SELECT cc, admin1, "
        "admin2, name, geonameid FROM places WHERE fcode = 'ADM2' AND admin2 != ''"
    )
    next_id = -1 - (cur.execute("SELECT -MIN(MIN(geonameid), 0) FROM places").fetchone()[0] or 0)

    def members(where: str, args: tuple) -> list[tuple[float, float, int]]:
        return cur.execute(
            f"SELECT lat, lon, population FROM places WHERE fclass = 'P' AND {where}", args
        ).fetchall()

    def add_synthetic(gid: int, name: str, rows, fcode: str, cc: str, a1: str, a2: str) -> None:
        lat = middle([r[0] for r in rows])
        lon = middle([r[1] for r in rows])
        pop = sum(r[2] or 0 for r in rows)
        cur.execute(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
            (gid, name, lat, lon, "A", fcode, cc, a1, a2, pop),
        )
        add_names(con, [(name_key(name), gid)])

    # admin1 entries with a name but no feature row (or a row with no coordinates)
    for cc, code, name, gid in cur.execute(
        "SELECT cc, code, name, geonameid FROM admin1 a WHERE NOT EXISTS "
        "(SELECT 1 FROM places p WHERE p.geonameid = a.geonameid)"
    ).fetchall():
        rows = members("cc = ? AND admin1 = ?", (cc, code))
        if not rows or not name:
            continue
        use = gid if gid and gid > 0 else next_id
        if use == next_id:
            next_id -= 1
        add_synthetic(use, name, rows, "ADM1", cc, code, "")
        cur.execute("UPDATE admin1 SET geonameid = ? WHERE cc = ? AND code = ?", (use, cc, code))
    for cc, a1, code, name, gid in cur.execute(
        "SELECT cc, admin1, code, name, geonameid FROM admin2 a WHERE NOT EXISTS "
        "(SELECT 1 FROM places p WHERE p.geonameid = a.geonameid)"
    ).fetchall():
        rows = members("cc = ? AND admin1 = ? AND admin2 = ?", (cc, a1, code))
        if not rows or not name:
            continue
        use = gid if gid and gid > 0 else next_id
        if use == next_id:
            next_id -= 1
        add_synthetic(use, name, rows, "ADM2", cc, a1, code)
        cur.execute(
            "UPDATE admin2 SET geonameid = ? WHERE cc = ? AND admin1 = ? AND code = ?",
            (use, cc, a1, code),
        )
    for iso2, name, gid in cur.execute(
        "SELECT iso2, name, geonameid FROM countries c WHERE NOT EXISTS "
        "(SELECT 1 FROM places p WHERE p.geonameid = c.geonameid)"
    ).fetchall():
        rows = members("cc = ?", (iso2,))
        if not rows or not name:
            continue
        use = gid if gid and gid > 0 else next_id
        if use == next_id:
            next_id -= 1
        add_synthetic(use, name, rows, "PCLI", iso2, "", "")
        cur.execute("UPDATE countries SET geonameid = ? WHERE iso2 = ?", (use, iso2))
    # admin names without "Muhafazat", "Governorate", "Province of"...
    pairs = []
    for table in ("admin1", "admin2"):
        for name, gid in cur.execute(f"SELECT name, geonameid FROM {table}").fetchall():
            if gid and name:
                clean = clean_admin_name(name)
                if clean != name:
                    pairs.append((name_key(clean), gid))
    add_names(con, pairs)
    # country names are names too
    for iso2, iso3, name, gid in cur.execute(
        "SELECT iso2, iso3, name, geonameid FROM countries"
    ).fetchall():
        if gid:
            add_names(con, [(name_key(name), gid)])
    cur.execute(
        "DELETE FROM names WHERE rowid NOT IN "
        "(SELECT MIN(rowid) FROM names GROUP BY key, geonameid)"
    )
    cur.executescript(INDEXES)
    cur.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    cur.execute("INSERT OR REPLACE INTO meta VALUES ('source', ?)", (source,))
    con.commit()


def middle(values: list[float]) -> float:
    """Centre of a unit from its member places: the midpoint of their 5th-95th percentile range
    (closer to the geometric centre than the median, which follows where people live)."""
    if len(values) < 10:
        return statistics.median(values)
    v = sorted(values)
    lo, hi = v[int(0.05 * (len(v) - 1))], v[int(0.95 * (len(v) - 1))]
    return (lo + hi) / 2


def add_names(con: sqlite3.Connection, pairs: Iterable[tuple[str, int]]) -> None:
    con.executemany(
        "INSERT OR IGNORE INTO names (key, geonameid) VALUES (?, ?)",
        ((k, g) for k, g in pairs if k),
    )
