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
