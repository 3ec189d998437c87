"""The ``sitrep`` command line: thin typer commands over importable functions."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .errors import SitrepError

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
def _open_output(output: str, fmt: Format):  # type: ignore[no-untyped-def]
    if fmt == Format.parquet:
        return None
    if output == "-":
        return sys.stdout
    return open(output, "w", encoding="utf-8", newline="")


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.", metavar="INPUT...")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for every input.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Source name for every input.")] = None,
    source_kind: Annotated[SourceKindOpt, typer.Option("--source-kind", help="claim, report, or auto-detect.")] = SourceKindOpt.auto,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = "-",
    db: Annotated[Optional[str], typer.Option(help="Also store documents and events in this SQLite path or database URL.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", min=1, help="Skip documents larger than this.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    keep_out_of_scope: Annotated[bool, typer.Option("--keep-out-of-scope", help="Keep incidents outside ACLED's scope (disasters, accidents, ordinary crime), marked in_scope=false.")] = False,
) -> None:
    """Extract events from documents and write them (and optionally store them)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .config import get_settings
    from .ingest import Failure, iter_documents, iter_paths, parse_date
    from .nlp import nlp_mode
    from .pipeline import process_many_parallel

    settings = get_settings()
    if max_bytes is not None:
        settings = settings.model_copy(update={"max_bytes": max_bytes})
    if keep_out_of_scope:
        settings = settings.model_copy(update={"scope_filter": False})
    if fmt == Format.parquet and output == "-":
        _fail("--format parquet needs --output FILE (it is a binary format)", 2)
    for item in inputs:
        if item != "-" and not Path(item).exists():
            _fail(f"no such file or directory: {item}", 2)
    try:
        if published is not None:
            parse_date(published)
    except SitrepError as exc:
        _fail(str(exc), 2)

    kind = None if source_kind == SourceKindOpt.auto else source_kind.value
    n_inputs = sum(1 for _ in iter_paths(inputs))
    store = None
    if db:
        from .store import Store

        try:
            store = Store(db)
        except SitrepError as exc:
            _fail(str(exc))
    stats = {"documents": 0, "events": 0, "failures": 0}
    t0 = time.perf_counter()
    progress = Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(), console=err, disable=quiet or n_inputs < 2, transient=False,
    )
    task = progress.add_task("extract", total=None, events=0)

    def events_stream() -> Iterator:  # type: ignore[type-arg]
        docs = iter_documents(inputs, published, source, kind, settings)
        for item, evs in process_many_parallel(docs, settings, workers):
            if isinstance(item, Failure):
                stats["failures"] += 1
                progress.console.print(f"sitrep: skipped {item.message}", markup=False, highlight=False)
                continue
            stats["documents"] += 1
            stats["events"] += len(evs)
            progress.update(task, advance=1, events=stats["events"])
            if store is not None:
                store.save(item, evs)
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
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
        if store is not None:
            store.close()
    secs = time.perf_counter() - t0
    if not quiet:
        err.print(
            f"sitrep: {stats['documents']} documents, {stats['events']} events, {stats['failures']} failures, "
            f"{secs:.2f} s ({nlp_mode()})",
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


@app.command("export")
def export_cmd(
    db: Annotated[str, typer.Option(help="SQLite path or database URL written by `sitrep extract --db`.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file, or - for stdout.")] = "-",
) -> None:
    """Export the events stored in a database."""
    from .export import export
    from .store import Store

    if fmt == Format.parquet and output == "-":
        _fail("--format parquet needs --output FILE (it is a binary format)", 2)
    _require_db(db)
    out = _open_output(output, fmt)
    try:
        with Store(db) as store:
            n = export(store.iter_events(), fmt.value, out, output)
    except SitrepError as exc:
        _fail(str(exc))
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    err.print(f"sitrep: exported {n} events", markup=False)


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
        Path(output).write_text(text, encoding="utf-8")


@app.command()
def info() -> None:
    """Show the version, the NLP mode and the gazetteer in use."""
    from .config import get_settings
    from .nlp import nlp_mode

    s = get_settings()
    typer.echo(f"sitrep {__version__}")
    typer.echo(f"nlp: {nlp_mode()}")
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
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0, help="Pair score needed to link.")] = 0.6,
) -> None:
    """Cluster events from different documents that describe the same real-world event."""
    from .link import LinkConfig, build_clusters, link_events
    from .store import Store

    _require_db(db)
    t0 = time.perf_counter()
    with Store(db) as store:
        evs = list(store.iter_events())
        assignment = link_events(evs, LinkConfig(threshold=threshold))
        clusters = build_clusters(evs, assignment)
        store.set_clusters(assignment, clusters)
    multi = sum(1 for c in clusters if c["n_sources"] > 1)
    err.print(
        f"sitrep: {len(evs)} events in {len(clusters)} clusters ({multi} with several sources), "
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
    import csv as csv_mod
    from dataclasses import asdict

    from rich.table import Table

    from .link import checks_as_json, summarise_parties, verify_claims
    from .store import Store

    _require_db(db)
    with Store(db) as store:
        evs = list(store.iter_events())
    if any(e.cluster_id is None for e in evs):
        _fail("events are not linked yet: run `sitrep link --db ...` first")
    assignment = {e.event_id: e.cluster_id for e in evs}
    checks = verify_claims(evs, assignment)  # type: ignore[arg-type]
    parties = summarise_parties(checks)
    table = Table(title="Claims compared with independent reports", header_style="bold")
    for col in ("claimed by", "claims", "corroborated", "share", "median killed ratio", "IQR", "date agrees", "place agrees"):
        table.add_column(col)
    for p in parties:
        table.add_row(
            p.claimed_by, str(p.claims), str(p.corroborated), f"{p.share_corroborated:.2f}",
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
            rows = [asdict(c) for c in checks]
            with output.open("w", encoding="utf-8", newline="") as fh:
                w = csv_mod.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["event_id"], lineterminator="\n")
                w.writeheader()
                w.writerows(rows)
        err.print(f"sitrep: wrote {len(checks)} claim checks to {output}", markup=False)


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
