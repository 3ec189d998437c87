"""A small hand-built store for the API tests: known events, a claim and its report in one
cluster, a hostile document, and enough filler events to page through (no extractor needed)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sitrep.link import build_clusters
from sitrep.model import Document, Event, EventType, Evidence, GeoPrecision, SourceKind, SubEventType
from sitrep.model import make_event_id
from sitrep.store import Store

HOSTILE = (
    "Attack report <script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 2\"> "
    "<b>bold</b> &amp; entities.\n\nA roadside bomb killed 3 soldiers in Baqubah on 1 March."
)


def _event(doc: Document, mention: str, spans: dict[str, str], **kw: object) -> Event:
    start = doc.text.index(mention)
    end = start + len(mention)
    fe = {}
    for field, piece in spans.items():
        s = doc.text.index(piece, start)
        fe[field] = [Evidence.of(doc.text, s, s + len(piece))]
    base: dict[str, object] = dict(
        event_id=make_event_id(doc.doc_id, start, end), doc_id=doc.doc_id, evidence=Evidence.of(doc.text, start, end),
        field_evidence=fe, source=doc.source, published=doc.published, time_precision=1,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def build_store(path: Path | str, link: bool = True) -> dict[str, object]:
    """Write the store; returns the ids the tests refer to."""
    wire = Document(
        text="MAIDUGURI, 6 January (Wire) - Gunmen attacked a base in Maiduguri on Sunday, killing 5 soldiers.\n\n"
        "Separately, a bomb killed 2 civilians in Damboa on 20 January.",
        doc_id="doc-wire", published=date(2020, 1, 21), source="Wire", path="/srv/private/wire.txt",
    )
    claim = Document(
        text="The group said its fighters attacked the army in Maiduguri on Sunday and killed 20 soldiers.",
        doc_id="doc-claim", published=date(2020, 1, 6), source="Group X statement", source_kind=SourceKind.CLAIM,
    )
    hostile = Document(text=HOSTILE, doc_id="doc-hostile", published=date(2020, 3, 2), source="<i>Odd</i> Outlet")
    filler = Document(
        text="\n".join(f"Line {i}: clashes in Kismayo killed {i} people." for i in range(25)),
        doc_id="doc-filler", published=date(2021, 6, 30), source="Roundup",
    )
    e_report = _event(
        wire, "Gunmen attacked a base in Maiduguri on Sunday, killing 5 soldiers.",
        {"date": "on Sunday", "place": "Maiduguri", "fatalities": "killing 5 soldiers", "event_type": "attacked"},
        event_date=date(2020, 1, 5), event_type=EventType.BATTLES, sub_event_type=SubEventType.ARMED_CLASH,
        actor1="Unidentified Armed Group (Nigeria)", actor2="Military Forces of Nigeria", country="Nigeria", iso3="NGA",
        admin1="Borno", location="Maiduguri", latitude=11.8464, longitude=13.1603, geo_precision=GeoPrecision.PLACE,
        fatalities=5,
    )
    e_bomb = _event(
        wire, "a bomb killed 2 civilians in Damboa on 20 January.",
        {"date": "on 20 January", "place": "Damboa", "fatalities": "killed 2 civilians"},
        event_date=date(2020, 1, 20), event_type=EventType.EXPLOSIONS, sub_event_type=SubEventType.REMOTE_EXPLOSIVE,
        actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", country="Nigeria", iso3="NGA",
        admin1="Borno", location="Damboa", latitude=11.155, longitude=12.756, geo_precision=GeoPrecision.PLACE,
        fatalities=2,
    )
    e_claim = _event(
        claim, claim.text, {"place": "Maiduguri", "fatalities": "killed 20 soldiers"},
        event_date=date(2020, 1, 5), event_type=EventType.BATTLES, sub_event_type=SubEventType.ARMED_CLASH,
        actor1="Group X", actor2="Military Forces of Nigeria", country="Nigeria", iso3="NGA", admin1="Borno",
        location="Maiduguri", latitude=11.8464, longitude=13.1603, geo_precision=GeoPrecision.PLACE, fatalities=20,
        source_kind=SourceKind.CLAIM, claimed_by="Group X",
    )
    e_hostile = _event(
        hostile, "A roadside bomb killed 3 soldiers in Baqubah on 1 March.",
        {"place": "Baqubah", "fatalities": "killed 3 soldiers", "date": "on 1 March"},
        event_date=date(2020, 3, 1), event_type=EventType.EXPLOSIONS, sub_event_type=SubEventType.REMOTE_EXPLOSIVE,
        actor1="Unidentified Armed Group (Iraq)", actor2="Military Forces of Iraq", country="Iraq", iso3="IRQ",
        admin1="Diyala", location="Baqubah", latitude=33.7466, longitude=44.6437, geo_precision=GeoPrecision.PLACE,
        fatalities=3,
    )
    fillers = []
    for i in range(25):
        line = f"Line {i}: clashes in Kismayo killed {i} people."
        fillers.append(_event(
            filler, line, {"place": "Kismayo"},
            event_date=date(2021, 6, 1) + timedelta(days=i), event_type=EventType.BATTLES,
            sub_event_type=SubEventType.ARMED_CLASH, actor1="Al Shabaab", actor2="Military Forces of Somalia",
            country="Somalia", iso3="SOM", admin1="Lower Juba", location="Kismayo",
            latitude=None if i == 0 else -0.3582, longitude=None if i == 0 else 42.5454,
            geo_precision=None if i == 0 else GeoPrecision.PLACE, fatalities=None if i == 1 else i,
        ))
    store = Store(path)
    store.save(wire, [e_report, e_bomb])
    store.save(claim, [e_claim])
    store.save(hostile, [e_hostile])
    store.save(filler, fillers)
    all_events = [e_report, e_bomb, e_claim, e_hostile, *fillers]
    if link:
        assignment = {e.event_id: "c-" + e.event_id[:8] for e in all_events}
        assignment[e_claim.event_id] = assignment[e_report.event_id] = "c-maiduguri"
        store.set_clusters(assignment, build_clusters(all_events, assignment))
    store.close()
    return {
        "report": e_report.event_id, "bomb": e_bomb.event_id, "claim": e_claim.event_id,
        "hostile": e_hostile.event_id, "fillers": [e.event_id for e in fillers], "cluster": "c-maiduguri",
        "n": len(all_events),
    }
