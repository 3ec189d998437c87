"""Shared helpers for the geo/places tests: a small gazetteer built from sample GeoNames files."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sitrep.extractors.places import find_toponyms as _find_toponyms
from sitrep.geo.gazetteer import SQLiteGazetteer
from sitrep.geo.resolve import resolve_mention as _resolve_mention
from sitrep.pipeline import place_context as _place_context
from sitrep.geo.geonames_import import import_geonames
from sitrep.model import DocContext, Document, Evidence, Mention, Section

SAMPLES = Path(__file__).parent / "data" / "geonames"
SAMPLE_FILES = [SAMPLES / "cities500.txt", SAMPLES / "admin1CodesASCII.txt", SAMPLES / "countryInfo.txt"]


@lru_cache(maxsize=1)
def sample_gazetteer_path() -> Path:
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="sitrep-geo-")) / "sample.sqlite"
    import_geonames(SAMPLE_FILES, out)
    return out


def sample_gazetteer() -> SQLiteGazetteer:
    return SQLiteGazetteer(sample_gazetteer_path())


def doc_with_headers(parts: list[tuple[str | None, str]]) -> tuple[Document, list[Section], list[Mention]]:
    """A document of (header, body) parts; each body line is one mention in that section."""
    text = ""
    spans: list[tuple[int, int, int, int, str | None]] = []
    for header, body in parts:
        hs = len(text)
        if header is not None:
            text += header + "\n"
        bs = len(text)
        text += body + "\n"
        spans.append((hs, hs + len(header or ""), bs, len(text), header))
    doc = Document(text=text)
    sections, mentions = [], []
    for i, (hs, he, bs, be, header) in enumerate(spans):
        sections.append(Section(
            start=hs, end=be, header=Evidence.of(text, hs, he) if header else None,
            level=1 if header else 0,
        ))
        pos = bs
        for line in text[bs:be].split("\n"):
            if line.strip():
                mentions.append(Mention(start=pos, end=pos + len(line), text=line, section=i))
            pos += len(line) + 1
    return doc, sections, mentions


def context(doc: Document, sections: list[Section], gz) -> DocContext:  # noqa: ANN001
    from sitrep.pipeline import place_context

    return place_context(doc, sections, gz)


def resolve_phrase(text: str, phrase: str, gz, occurrence: int = 0):  # noqa: ANN001, ANN201
    """Resolve one phrase of a one-section document on its own (``resolve_toponym``), using the
    toponym sitrep finds at that position, or the bare phrase when it finds none."""
    from sitrep.extractors.places import find_toponyms
    from sitrep.geo.resolve import resolve_toponym
    from sitrep.model import Evidence, Toponym
    from sitrep.pipeline import place_context

    doc = Document(text=text)
    sections = [Section(start=0, end=len(text))]
    ctx = place_context(doc, sections, gz)
    s = -1
    for _ in range(occurrence + 1):
        s = text.index(phrase, s + 1)
    found = find_toponyms(doc, 0, len(text), gz, ctx.annotation)
    t = next((f for f in found if f.evidence.start == s), None) or Toponym(
        text=phrase, evidence=Evidence.of(text, s, s + len(phrase)))
    return resolve_toponym(t, ctx, Mention(start=0, end=len(text), text=text), gz)


def toponym_texts(gz, text: str) -> list[str]:  # noqa: ANN001
    """The toponyms the finder reads in ``text``, as written."""
    return [t.text for t in _find_toponyms(Document(text=text), 0, len(text), gz)]


def event_place(gz, text: str, start: int = 0):  # noqa: ANN001, ANN201
    """The place of the mention ``text[start:]`` in a one-section document (with the weak place
    cues, as the pipeline reads an event's place)."""
    doc = Document(text=text)
    ctx = _place_context(doc, [Section(start=0, end=len(text))], gz)
    m = Mention(start=start, end=len(text), text=text[start:])
    return _resolve_mention(_find_toponyms(doc, start, len(text), gz, ctx.annotation, cues=True), ctx, m, gz)
