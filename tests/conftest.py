"""Shared fixtures: hand-built events and documents (no extractor needed)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.model import (
    ActorType,
    Document,
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    SourceKind,
    SubEventType,
    TimePrecision,
    make_event_id,
)

TEXT = (
    "JALALABAD, July 29 (Example Wire) - A roadside bomb struck an army patrol in Jalalabad on "
    "Saturday, killing three soldiers and wounding five, officials said.\n\n"
    "In a separate incident, gunmen shot dead two farmers near Kunduz the following day."
)


def make_event(doc: Document, start: int, end: int, **kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id=make_event_id(doc.doc_id, start, end),
        doc_id=doc.doc_id,
        evidence=Evidence.of(doc.text, start, end),
        source=doc.source,
        published=doc.published,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


@pytest.fixture
def doc() -> Document:
    return Document(text=TEXT, published=date(2017, 7, 30), source="Example Wire", path="wire.txt")


@pytest.fixture
def events(doc: Document) -> list[Event]:
    first_end = doc.text.index("\n\n")
    second_start = doc.text.index("In a separate")
    return [
        make_event(
            doc, 0, first_end,
            event_date=date(2017, 7, 29), event_date_end=date(2017, 7, 29), time_precision=TimePrecision.DAY,
            event_type=EventType.EXPLOSIONS, sub_event_type=SubEventType.REMOTE_EXPLOSIVE,
            actor1="Unidentified Armed Group (Afghanistan)", inter1=ActorType.POLITICAL_MILITIA,
            actor2="Military Forces of Afghanistan", inter2=ActorType.STATE_FORCES, interaction="13",
            country="Afghanistan", iso3="AFG", admin1="Nangarhar", location="Jalalabad",
            latitude=34.42647, longitude=70.45153, geo_precision=GeoPrecision.PLACE,
            fatalities=3, fatalities_low=3, fatalities_high=3, injured=5,
            notes="On 2017-07-29 in Jalalabad, Nangarhar, Afghanistan, an explosive device attack.",
            field_evidence={"fatalities": [Evidence.of(doc.text, doc.text.index("three"), doc.text.index("three") + 5)]},
        ),
        make_event(
            doc, second_start, len(doc.text),
            event_date=date(2017, 7, 30), time_precision=TimePrecision.DAY,
            event_type=EventType.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=SubEventType.ATTACK,
            actor1="Unidentified Armed Group (Afghanistan)", inter1=ActorType.POLITICAL_MILITIA,
            actor2="Civilians (Afghanistan)", inter2=ActorType.CIVILIANS, interaction="37",
            civilian_targeting=True, country="Afghanistan", iso3="AFG", admin1="Kunduz",
            location="Kunduz", latitude=36.72896, longitude=68.857, geo_precision=GeoPrecision.NEAR,
            fatalities=2, source_kind=SourceKind.REPORT,
        ),
    ]


# -- database backends -------------------------------------------------------------------------
# Store tests run on SQLite and on a live PostgreSQL server (tests/pg_server.py). Without PostgreSQL
# binaries the PostgreSQL cases skip on a developer's machine and fail under CI=true.
@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    import os

    from .pg_server import PostgresServer

    server = PostgresServer.find()
    if server is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is not installed, and CI=true requires it (.ci/run installs it)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("psycopg is not installed, and CI=true requires it")
        pytest.skip("psycopg is not installed (pip install -e '.[postgres]')")
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):  # type: ignore[no-untyped-def]
    """A fresh, empty database of each backend: a SQLite path, or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture(scope="session")
def gz():  # type: ignore[no-untyped-def]
    """The embedded gazetteer (built on first use); tests that need it skip when it cannot be built."""
    from sitrep.geo.gazetteer import get_gazetteer

    try:
        return get_gazetteer()
    except Exception as exc:  # noqa: BLE001 - no embedded data: nothing to test
        pytest.skip(f"embedded gazetteer unavailable: {exc}")
