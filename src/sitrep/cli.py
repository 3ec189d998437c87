"""The ``sitrep`` command line: thin typer commands over importable functions."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import SitrepError

if TYPE_CHECKING:
    from .model import ClusterRecord

app = typer.Typer(
    name="sitrep",
    help="Structured, geocoded, neutral and verifiable event records from conflict reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

_state = {"debug": False}


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    acled = "acled"
    geojson = "geojson"
    parquet = "parquet"
    table = "table"


class SourceKindOpt(str, Enum):
    auto = "auto"
    claim = "claim"
    report = "report"


def _fail(message: str, code: int = 1) -> None:
    err.print(f"sitrep: error: {message}", markup=False)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sitrep {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = None,
) -> None:
    _state["debug"] = debug


# ------------------------------------------------------------------------------------------
# extract
# ------------------------------------------------------------------------------------------
#: output suffix -> format, when --format is not given
SUFFIX_FORMATS = {
    ".jsonl": Format.jsonl, ".ndjson": Format.jsonl, ".json": Format.jsonl, ".csv": Format.csv,
    ".geojson": Format.geojson, ".parquet": Format.parquet, ".pq": Format.parquet, ".txt": Format.table,
}  # fmt: skip


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _choose_format(fmt: Format | None, output: str) -> Format:
    """--format if given, else the output file's suffix (out.csv -> csv), else jsonl."""
    if fmt is not None:
        return fmt
    if output != "-":
        suffix = Path(output).suffix.lower()
        if suffix in SUFFIX_FORMATS:
            return SUFFIX_FORMATS[suffix]
        if suffix:
            _fail(f"cannot tell the format from {output!r}: give --format "
                  f"({', '.join(f.value for f in Format)})", 2)
    return Format.jsonl


def _check_output(output: str) -> None:
    """One clear line for an output path that cannot be written (before any work is done)."""
    if output == "-":
        return
    p = Path(output)
    if p.is_dir():
        _fail(f"--output {output} is a directory; give a file name", 2)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        _fail(f"--output {output}: the folder {parent} does not exist", 2)


def _open_output(output: str, fmt: Format):  # type: ignore[no-untyped-def]
    if fmt == Format.parquet:
        return None
    if output == "-":
        return sys.stdout
    _check_output(output)
    try:
        return open(output, "w", encoding="utf-8", newline="")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}", 2)


def _settings_or_fail():  # type: ignore[no-untyped-def]
    from .config import get_settings

    try:
        return get_settings()
    except SitrepError as exc:
        _fail(str(exc), 2)


def _prepare_resources(settings, quiet: bool) -> str:  # type: ignore[no-untyped-def]
    """Load the NLP pipeline and the gazetteer once, before any document: a bad setting is one
    clear error (not one per document), and a first-run gazetteer build is announced."""
    from .geo.gazetteer import default_gazetteer_path, get_gazetteer
    from .nlp import nlp_mode

    try:
        mode = nlp_mode()
        if settings.gazetteer_path is None and not default_gazetteer_path().is_file() and not quiet:
            err.print("sitrep: building the embedded gazetteer (first run only, about a minute) ...", markup=False)
        get_gazetteer(settings)
    except SitrepError as exc:
        _fail(str(exc), 2)
    return mode


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt .md .html .json .jsonl .pdf .docx), directories (recursive) or - for stdin.", metavar="INPUT...")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) of every input, in place of the documents' own (front matter, a JSON record's 'published'); relative dates such as 'yesterday' count from it.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source name for every input.")] = None,
    source_kind: Annotated[SourceKindOpt, typer.Option("--source-kind", help="claim, report, or auto-detect.")] = SourceKindOpt.auto,
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: from the --output suffix, else jsonl).")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = "-",
    db: Annotated[Optional[str], typer.Option(help="Also store documents and events in this SQLite path or database URL.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    scheduler: Annotated[Optional[str], typer.Option(help="Run on this Dask scheduler (tcp://host:8786).")] = None,
    cluster: Annotated[Optional[str], typer.Option(help="Run on a local Dask cluster of N worker processes: local:N.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Skip (and report) documents larger than this many bytes (default 5000000, or SITREP_MAX_BYTES).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    keep_out_of_scope: Annotated[bool, typer.Option("--keep-out-of-scope", help="Keep incidents outside ACLED's scope (disasters, accidents, ordinary crime), marked in_scope=false.")] = False,
) -> None:
    """Extract events from documents and write them (and optionally store them)."""
    from .ingest import JSON_SUFFIXES, Failure, iter_documents, iter_paths, parse_date
    from .language import NAMES, Language, unsupported_message
    from .pipeline import process_many_parallel
    from .text import safe_line

    settings = _settings_or_fail()
    if max_bytes is not None:
        settings = settings.model_copy(update={"max_bytes": max_bytes})
    if keep_out_of_scope:
        settings = settings.model_copy(update={"scope_filter": False})
    fmt = _choose_format(fmt, output)
    if fmt == Format.parquet and output == "-":
        _fail("--format parquet needs --output FILE (it is a binary format)", 2)
    _check_output(output)
    for item in inputs:
        if item != "-" and not Path(item).exists() and not Path(item).is_symlink():
            _fail(f"no such file or directory: {item}", 2)
    try:
        if published is not None:
            parse_date(published, strict=True)
    except SitrepError as exc:
        _fail(f"--published: {exc}", 2)
    mode = _prepare_resources(settings, quiet)

    if scheduler and cluster:
        _fail("give --scheduler or --cluster, not both", 2)
    if (scheduler or cluster) and workers > 1:
        _fail("--workers is for local processes; with Dask, size the cluster instead", 2)
    local_workers = None
    if cluster:
        from .dask_engine import parse_cluster_spec

        try:
            local_workers = parse_cluster_spec(cluster)
        except SitrepError as exc:
            _fail(str(exc), 2)

    kind = None if source_kind == SourceKindOpt.auto else source_kind.value
    paths = list(iter_paths(inputs))
    # a JSONL file holds many documents: the bar's total is then unknown
    total = None if any(p == "-" or Path(p).suffix.lower() in JSON_SUFFIXES for p in paths) else len(paths)
    store = None
    if db:
        from .store import Store

        try:
            store = Store(db)
        except SitrepError as exc:
            _fail(str(exc))
    stats = {"documents": 0, "events": 0, "failures": 0, "unchanged": 0, "warnings": 0}
    t0 = time.perf_counter()
    progress = Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(), console=err, disable=quiet or len(paths) < 2, transient=False,
    )
    task = progress.add_task("extract", total=total, events=0)

    def report(line: str) -> None:
        progress.console.print(safe_line(line), markup=False, highlight=False)

    def results() -> Iterator:  # type: ignore[type-arg]
        docs = iter_documents(paths, published, source, kind, settings)
        if store is not None:
            docs = store.skip_unchanged(docs, on_skip=lambda d: stats.__setitem__("unchanged", stats["unchanged"] + 1))
        if scheduler or cluster:
            from .dask_engine import client_for, process_many_dask

            with client_for(scheduler, local_workers) as client:
                yield from process_many_dask(docs, client, settings)
        else:
            yield from process_many_parallel(docs, settings, workers)

    def events_stream() -> Iterator:  # type: ignore[type-arg]
        for item, evs in results():
            progress.update(task, advance=1)
            if isinstance(item, Failure):
                stats["failures"] += 1
                report(f"sitrep: skipped {item.message}")
                continue
            for warning in item.warnings:
                stats["warnings"] += 1
                report(f"sitrep: warning: {warning}")
            if item.language:
                stats["warnings"] += 1
                lang = Language(item.language, NAMES.get(item.language, item.language), False)
                report(f"sitrep: warning: {unsupported_message(item.path or item.doc_id[:12], lang)}")
            if store is not None:
                try:
                    store.save(item, evs)
                except SitrepError as exc:
                    stats["failures"] += 1
                    report(f"sitrep: skipped {exc}")
                    continue
            stats["documents"] += 1
            stats["events"] += len(evs)
            progress.update(task, events=stats["events"])
            yield from evs

    out = _open_output(output, fmt)
    try:
        with progress:
            from .export import export

            export(events_stream(), fmt.value, out, output)
    except SitrepError as exc:
        if _state["debug"]:
            raise
        _fail(str(exc))
    except OSError as exc:
        if _state["debug"]:
            raise
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
        if store is not None:
            store.close()
    secs = time.perf_counter() - t0
    if not quiet:
        extra = f", {stats['unchanged']} unchanged (skipped)" if store is not None and stats["unchanged"] else ""
        warn = f", {_plural(stats['warnings'], 'warning')}" if stats["warnings"] else ""
        err.print(
            f"sitrep: {_plural(stats['documents'], 'document')}, {_plural(stats['events'], 'event')}, "
            f"{_plural(stats['failures'], 'failure')}{warn}{extra}, {secs:.2f} s ({mode})",
            markup=False,
        )
    if stats["failures"]:
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------
# export / schema / info
# ------------------------------------------------------------------------------------------
def _require_db(db: str) -> None:
    if "://" not in db and not Path(db).exists():
        _fail(f"no such database: {db}", 2)


def _open_store(db: str):  # type: ignore[no-untyped-def]
    """An existing sitrep store (never creates tables in another database)."""
    from .store import Store

    try:
        return Store(db, create=False)
    except SitrepError as exc:
        _fail(str(exc))


@app.command("export")
def export_cmd(
    db: Annotated[str, typer.Option(help="SQLite path or database URL written by `sitrep extract --db`.")],
    fmt: Annotated[Optional[Format], typer.Option("--format", "-f", help="Output format (default: from the --output suffix, else jsonl).")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = "-",
    by_cluster: Annotated[
        bool, typer.Option("--clusters", help="One row per linked cluster (merged record, fatalities range, sources).")
    ] = False,
) -> None:
    """Export the events stored in a database."""
    from .export import export, export_clusters

    fmt = _choose_format(fmt, output)
    if fmt == Format.parquet and output == "-":
        _fail("--format parquet needs --output FILE (it is a binary format)", 2)
    _require_db(db)
    _check_output(output)
    store = _open_store(db)
    out = _open_output(output, fmt)
    what = "clusters" if by_cluster else "events"
    try:
        with store:
            if by_cluster:
                recs = list(store.iter_clusters())
                if not recs and store.counts()["events"]:
                    _fail("no clusters: run `sitrep link --db ...` first")
                n = export_clusters(recs, fmt.value, out, output)
            else:
                n = export(store.iter_events(), fmt.value, out, output)
    except SitrepError as exc:
        _fail(str(exc))
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    err.print(f"sitrep: exported {_plural(n, what[:-1])}", markup=False)


@app.command()
def schema(
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = "-",
) -> None:
    """Print the JSON Schema of the event record."""
    from .model import event_json_schema

    text = json.dumps(event_json_schema(), indent=2, sort_keys=True) + "\n"
    if output == "-":
        sys.stdout.write(text)
    else:
        _check_output(output)
        Path(output).write_text(text, encoding="utf-8")


@app.command()
def info() -> None:
    """Show the version, the NLP mode and the gazetteer in use."""
    from .geo.gazetteer import get_gazetteer
    from .nlp import nlp_mode

    typer.echo(f"sitrep {__version__}")
    s = _settings_or_fail()
    try:
        typer.echo(f"nlp: {nlp_mode()}")
        get_gazetteer(s)
    except SitrepError as exc:
        _fail(str(exc), 2)
    typer.echo(f"gazetteer: {s.gazetteer_path or 'embedded default'}")


# ------------------------------------------------------------------------------------------
# evaluate / gazetteer (implemented in their own modules)
# ------------------------------------------------------------------------------------------
@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold jsonl file, or a gold directory (docs/ + events*.jsonl).")],
    pred: Annotated[Path, typer.Argument(help="Predicted events (jsonl from `sitrep extract`).")],
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    floors: Annotated[Optional[Path], typer.Option("--floors", help="Fail (exit 1) below these floors.")] = None,
) -> None:
    """Score predicted events against gold events: P/R/F1, per-field accuracy, confusion."""
    from .evaluate import evaluate_command

    for p in (gold, pred):
        if not p.exists():
            _fail(f"no such file or directory: {p}", 2)
    evaluate_command(gold, pred, json_out, floors)


# ------------------------------------------------------------------------------------------
# link / verify
# ------------------------------------------------------------------------------------------
@app.command()
def link(
    db: Annotated[str, typer.Option(help="Database written by `sitrep extract --db`.")],
    threshold: Annotated[
        Optional[float], typer.Option(min=0.0, max=1.0, help="Mean pair probability needed to merge (default: the fitted one).")
    ] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Link on this Dask scheduler (tcp://host:8786).")] = None,
    cluster: Annotated[Optional[str], typer.Option(help="Link on a local Dask cluster of N worker processes: local:N.")] = None,
) -> None:
    """Cluster events from different documents that describe the same real-world event."""
    from .link import LinkConfig, build_clusters, link_events, stored_lead_texts

    _require_db(db)
    if scheduler and cluster:
        _fail("give --scheduler or --cluster, not both", 2)
    t0 = time.perf_counter()
    cfg = LinkConfig(threshold=threshold)
    try:
        with _open_store(db) as store:
            if scheduler or cluster:
                # the workers read the events block by block and write the clusters themselves
                from .dask_engine import client_for, link_store_on_dask, parse_cluster_spec

                n = parse_cluster_spec(cluster) if cluster else None
                with client_for(scheduler, n) as client:
                    n_events, n_clusters, multi = link_store_on_dask(store, client, cfg)
            else:
                evs = list(store.iter_events())
                assignment = link_events(evs, cfg, texts=stored_lead_texts(store, evs))
                clusters = build_clusters(evs, assignment)
                store.set_clusters(assignment, clusters)
                n_events, n_clusters = len(evs), len(clusters)
                multi = sum(1 for c in clusters if c.n_sources > 1)
    except SitrepError as exc:
        _fail(str(exc), 2 if "--cluster" in str(exc) else 1)
    err.print(
        f"sitrep: {n_events} events in {n_clusters} clusters ({multi} with several sources), "
        f"{time.perf_counter() - t0:.2f} s",
        markup=False,
    )


class VerifyFormat(str, Enum):
    csv = "csv"
    json = "json"


@app.command()
def verify(
    db: Annotated[str, typer.Option(help="Database after `sitrep link`.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Also write the per-claim checks here.")] = None,
    fmt: Annotated[VerifyFormat, typer.Option("--format", "-f", help="Format of --output.")] = VerifyFormat.csv,
) -> None:
    """Compare parties' claims with independent reports of the same events."""
    from .export import SafeCsvWriter
    from .link import checks_as_json, summarise_parties, verify_claims

    _require_db(db)
    with _open_store(db) as store:
        evs = list(store.iter_events())
    if any(e.cluster_id is None for e in evs):
        _fail("events are not linked yet: run `sitrep link --db ...` first")
    assignment = {e.event_id: e.cluster_id for e in evs}
    checks = verify_claims(evs, assignment)  # type: ignore[arg-type]
    parties = summarise_parties(checks)
    table = Table(title="Claims compared with independent reports", header_style="bold")
    cols = ("claimed by", "claims", "corroborated", "share", "only relayed", "contradicted",
            "median killed ratio", "IQR", "date agrees", "place agrees")  # fmt: skip
    for col in cols:
        table.add_column(col)
    for p in parties:
        table.add_row(
            _safe(p.claimed_by), str(p.claims), str(p.corroborated), f"{p.share_corroborated:.2f}",
            str(p.only_relayed), str(p.contradicted),
            "" if p.median_fatalities_ratio is None else f"{p.median_fatalities_ratio:.2f}",
            "" if p.ratio_iqr is None else f"{p.ratio_iqr[0]:.2f}-{p.ratio_iqr[1]:.2f}",
            "" if p.date_agreement is None else f"{p.date_agreement:.2f}",
            "" if p.place_agreement is None else f"{p.place_agreement:.2f}",
        )
    Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)
    if output is not None:
        if fmt == VerifyFormat.json:
            output.write_text(checks_as_json(checks, parties) + "\n", encoding="utf-8")
        else:
            rows = [_flat_check(c) for c in checks]
            with output.open("w", encoding="utf-8", newline="") as fh:
                w = SafeCsvWriter(fh, list(rows[0]) if rows else ["claim_event_id"])
                w.writeheader()
                for row in rows:
                    w.writerow(row)
        err.print(f"sitrep: wrote {len(checks)} claim checks to {output}", markup=False)


def _safe(text: object) -> str:
    """Document-derived text for the terminal: control characters removed, markup escaped."""
    return escape("".join(ch for ch in str(text) if ch.isprintable() or ch == " "))


def _flat_check(c: object) -> dict[str, object]:
    """A claim check as one CSV row (lists joined by spaces, the corroborated flag spelled out)."""
    row = c.model_dump(mode="json")  # type: ignore[attr-defined]
    row["corroborated"] = c.corroborated  # type: ignore[attr-defined]
    for k in ("corroborating", "relaying"):
        row[k] = " ".join(row[k])
    return row


def cluster_title(c: ClusterRecord) -> str:
    """A cluster's one-line heading: "c1: 2019-11-18 Gubio, 2 sources, killed 2 (independent reports;
    range 2-7)"; a range only when the sources give one, "no figure" when none gives a toll."""
    figures = sorted({x for x in (c.fatalities_min, c.fatalities_max) if x is not None})
    basis = c.fatalities_basis or ("figures" if figures else "no figure")
    spread = f"; range {figures[0]}-{figures[-1]}" if len(figures) > 1 else ""
    return (f"{c.cluster_id}: {c.event_date or '?'} {_safe(c.location or c.admin1 or c.country or '?')}, "
            f"{c.n_sources} sources, killed {c.fatalities if c.fatalities is not None else '?'} ({basis}{spread})")


@app.command()
def clusters(
    db: Annotated[str, typer.Option(help="Database after `sitrep link`.")],
    all_clusters: Annotated[bool, typer.Option("--all", help="Also show clusters of a single source.")] = False,
    disagreeing: Annotated[bool, typer.Option("--disagreeing", help="Only clusters whose sources disagree.")] = False,
) -> None:
    """Show each cluster's sources side by side, with disagreements on attacker, type and figures flagged."""
    _require_db(db)
    with _open_store(db) as store:
        recs = list(store.iter_clusters())
    if not recs:
        _fail("no clusters: run `sitrep link --db ...` first")
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    shown = 0
    for c in recs:
        if (c.n_sources < 2 and not all_clusters) or (disagreeing and not c.disagreements):
            continue
        shown += 1
        flagged = {d.field for d in c.disagreements}
        t = Table(title=cluster_title(c), header_style="bold", title_justify="left")
        for col in ("source", "kind", "date", "type", "attacker", "killed", "injured", "evidence"):
            t.add_column(col + (" (!)" if {"type": "event_type", "attacker": "attacker", "killed": "fatalities",
                                          "injured": "injured"}.get(col) in flagged else ""))  # fmt: skip
        for s in c.sources:
            kind = s.source_kind + (f" by {s.claimed_by}" if s.claimed_by else "")
            if not s.independent:
                kind += f" (relays {s.relayed_from or s.claimed_by or 'a party'})"
            t.add_row(
                _safe(s.source or s.doc_id[:12]), _safe(kind), s.event_date or "", s.event_type or "",
                _safe(s.actor1 or ""), "" if s.fatalities is None else str(s.fatalities),
                "" if s.injured is None else str(s.injured), _safe(s.evidence.text[:120]),
            )
        console.print(t)
        for d in c.disagreements:
            vals = "; ".join(f"{_safe(v)} ({len(ids)})" for v, ids in d.values.items())
            console.print(f"  (!) {d.field}: {d.note}: {vals}", markup=False)
    err.print(f"sitrep: {shown} of {len(recs)} clusters shown", markup=False)


# ------------------------------------------------------------------------------------------
# serve
# ------------------------------------------------------------------------------------------
@app.command()
def serve(
    db: Annotated[str, typer.Option(help="SQLite path or database URL written by `sitrep extract --db`.")],
    host: Annotated[str, typer.Option(help="Address to bind; localhost unless told otherwise.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept documents to extract (POST /api/documents); read-only otherwise.")
    ] = False,
) -> None:
    """Serve the HTTP API (docs at /docs) and the web app (map, timeline, table, evidence, claims)."""
    from .web import serve as run_server

    _require_db(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"sitrep: warning: listening on {host}, reachable from other machines", markup=False)
    err.print(f"sitrep: serving {db} on http://{host}:{port}/ ({'ingest allowed' if allow_ingest else 'read-only'})",
              markup=False)
    try:
        run_server(db, host=host, port=port, allow_ingest=allow_ingest)
    except SitrepError as exc:
        _fail(str(exc))


def _mount_subapps() -> None:
    from .geo.cli import app as gazetteer_app

    app.add_typer(gazetteer_app, name="gazetteer", help="Build and inspect gazetteers.")


_mount_subapps()


def main() -> None:
    try:
        app()
    except SitrepError as exc:
        if _state["debug"]:
            raise
        err.print(f"sitrep: error: {exc}", markup=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
