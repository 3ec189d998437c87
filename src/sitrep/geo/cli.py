"""``sitrep gazetteer``: build and query the gazetteer (the lead mounts ``app``)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from ..errors import SitrepError
from .gazetteer import get_gazetteer
from .geonames_import import import_geonames

app = typer.Typer(help="Build and query the GeoNames gazetteer.", no_args_is_help=True)


@app.command("import")
def import_cmd(
    files: list[Path] = typer.Argument(..., help="GeoNames dump files (allCountries.txt, XX.txt, "
                                       "cities500.txt, admin1CodesASCII.txt, admin2Codes.txt, "
                                       "countryInfo.txt, alternateNamesV2.txt; .zip accepted)"),
    output: Path = typer.Option(..., "--output", "-o", help="SQLite file to write"),
    feature_classes: str = typer.Option("PAL", help="GeoNames feature classes to keep"),
) -> None:
    """Build a SQLite gazetteer; use it with SITREP_GAZETTEER=PATH."""
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    try:
        with Progress(*columns, transient=True) as bar:
            tasks: dict[str, int] = {}

            def progress(name: str, done: int, total: int) -> None:
                if name not in tasks:
                    tasks[name] = bar.add_task(name, total=total or None)
                bar.update(tasks[name], completed=done)

            counts = import_geonames(
                files, output, feature_classes=frozenset(feature_classes.upper()), progress=progress
            )
    except SitrepError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    except OSError as exc:
        typer.echo(f"error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    typer.echo(f"wrote {output}: {summary}")


LOOKUP_COLUMNS = ("geonameid", "name", "feature_code", "country", "admin1", "admin2", "latitude", "longitude",
                  "population")


@app.command("lookup")
def lookup_cmd(
    name: str = typer.Argument(..., help="Place name to look up (any spelling the gazetteer holds)."),
    country: str = typer.Option(None, help="Two-letter ISO code of a country to restrict to (e.g. AF)."),
    limit: int = typer.Option(10, min=1, help="Most entries to show."),
) -> None:
    """Show the gazetteer entries for a name (tab-separated)."""
    try:
        gz = get_gazetteer()
    except SitrepError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    places = list(gz.lookup(name, iso2=country, limit=limit))
    if not places:
        typer.echo(f"no gazetteer entry for {name!r}" + (f" in {country}" if country else ""), err=True)
        raise typer.Exit(1)
    typer.echo("\t".join(LOOKUP_COLUMNS))
    for p in places:
        typer.echo("\t".join(str(x) for x in (
            p.real_id or "", p.name, p.feature_code, p.country, p.admin1 or "", p.admin2 or "",
            f"{p.latitude:.5f}", f"{p.longitude:.5f}", p.population,
        )))
