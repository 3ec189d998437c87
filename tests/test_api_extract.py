from datetime import date

import sitrep
import sitrep.extractors.dates  # noqa: F401  (importing a submodule must not shadow the API)


def test_api_extract_is_callable_after_importing_extractors() -> None:
    events = sitrep.extract(
        "KABUL, Aug 2 (Example Wire) - A roadside bomb killed three soldiers in Kabul on Tuesday.",
        published="2017-08-02",
        source="Example Wire",
    )
    assert len(events) == 1
    ev = events[0]
    assert ev.event_date == date(2017, 8, 1)
    assert ev.country == "Afghanistan" and ev.fatalities == 3
    assert ev.source == "Example Wire"
    assert ev.evidence.text.startswith("A roadside bomb")


def test_api_extract_forced_source_kind_is_applied() -> None:
    text = "MOSUL, March 3 (Example Wire) - Gunmen shot dead two shopkeepers in Mosul on Tuesday."
    for kind in ("claim", "report"):
        events = sitrep.extract(text, published="2021-03-04", source_kind=kind)
        assert events and all(e.source_kind.value == kind for e in events)
