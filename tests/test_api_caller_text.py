"""The Python API: offsets index the caller's own string, HTML is reduced, enums print as their
values, bad input is a clear error, and events go to a DataFrame or a file in one call."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitrep
from sitrep.errors import InputError

STORY = "On 2 June 2022 gunmen killed 3 people in Baidoa.\r\nThe next day, soldiers clashed with militants in Kismayo.\r\n"


def _all_spans(ev: sitrep.model.Event) -> list:  # type: ignore[name-defined]
    spans = [ev.evidence, *(s for v in ev.field_evidence.values() for s in v)]
    spans += [f.evidence for f in (*ev.perpetrators, *ev.targets, *ev.victims, *ev.weapons)]
    return spans


@pytest.mark.parametrize("text", [
    STORY,
    "---\r\npublished: 2022-06-03\r\nsource: Example Wire\r\n---\r\n" + STORY,
    "\ufeff" + STORY.replace("gunmen", "gunmen\x07"),
])
def test_api_offsets_index_the_callers_string(text: str) -> None:
    evs = sitrep.extract(text, published="2022-06-03")
    assert len(evs) == 2
    for ev in evs:
        for span in _all_spans(ev):
            assert text[span.start:span.end] == span.text


def test_api_html_is_reduced_to_text_and_the_text_is_returned() -> None:
    html = ("<!doctype html><html><head><title>Wire</title><script>var x = 'killed 99';</script></head>"
            "<body><p>On 2 June 2022 gunmen killed 3 people in Baidoa.</p><iframe src='x'></iframe></body></html>")
    result = sitrep.extract_document(html, published="2022-06-03")
    assert "<" not in result.text and "99" not in result.text
    assert [e.fatalities for e in result.events] == [3]
    ev = result.events[0]
    assert result.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert [e.fatalities for e in sitrep.extract(html, published="2022-06-03")] == [3]


def test_api_enums_print_as_their_values() -> None:
    ev = sitrep.extract("On 2 June 2022 gunmen killed 3 people in Baidoa.", published="2022-06-03")[0]
    assert str(ev.event_type) == "Violence against civilians"
    assert f"{ev.sub_event_type}" == "Attack"
    assert str(ev.source_kind) == "report"


@pytest.mark.parametrize("bad", [None, 42, ["text"]])
def test_api_non_text_input_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InputError, match="must be a str"):
        sitrep.extract(bad)  # type: ignore[arg-type]


def test_api_bytes_are_decoded() -> None:
    evs = sitrep.extract("On 2 June 2022 gunmen killed 3 people in Baidoa.".encode("utf-16"), published="2022-06-03")
    assert [e.fatalities for e in evs] == [3]


def test_api_dataframe_and_file_helpers(tmp_path: Path) -> None:
    evs = sitrep.extract(STORY, published="2022-06-03")
    df = sitrep.to_dataframe(evs)
    assert list(df["location"]) == ["Baidoa", "Kismayo"]
    assert df["fatalities"].iloc[0] == 3
    assert sitrep.write(evs, str(tmp_path / "e.csv")) == 2
    assert (tmp_path / "e.csv").read_text().startswith("event_id_cnty,")
    assert sitrep.write(evs, str(tmp_path / "e.parquet")) == 2
