"""Ingest: files, directories, stdin, HTML and JSON records -> :class:`Document`.

Input is hostile data: decoding never executes or fetches anything, HTML is reduced to its
readable text (scripts, styles and embedded objects dropped), sizes are capped.

Text normalisation (what evidence offsets index): decoded text, BOM removed, ``\\r\\n`` and
``\\r`` turned into ``\\n``, NUL and other C0 control characters except ``\\t``/``\\n`` removed,
YAML front matter (a leading ``---`` block with ``published``/``source``/``source_kind``/``title``)
taken out as metadata. Nothing else is changed, so offsets stay meaningful to a reader.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .config import Settings, get_settings
from .errors import (
    DocumentTooLarge,
    EmptyDocument,
    InputError,
    MalformedRecord,
    UndecodableDocument,
)
from .model import Document, SourceKind

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


# ------------------------------------------------------------------------------------------
# decoding and normalisation
# ------------------------------------------------------------------------------------------
def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode bytes robustly: BOMs, UTF-8, UTF-16 without BOM, then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-16 without BOM: many NULs at odd or even positions
    if len(data) >= 4 and data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if text and sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.95:
                return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableDocument(f"{name}: cannot detect the text encoding")
    return str(best)


def normalise_text(text: str) -> str:
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a leading YAML front-matter block off ``text`` (already normalised)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[m.end() :]


# ------------------------------------------------------------------------------------------
# HTML
# ------------------------------------------------------------------------------------------
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "title",
}  # fmt: skip
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
              "canvas", "form", "button", "input", "select", "textarea", "head > meta", "link",
              "nav", "aside"]  # fmt: skip


def html_to_text(html: str) -> tuple[str, str | None]:
    """Readable text of an HTML page (and its <title>). Uses selectolax (lexbor), no network."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    for sel in _DROP_TAGS:
        for node in tree.css(sel):
            node.decompose()
    for node in tree.css("title"):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return "", title
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                parts.append(child.text_content or "")
                continue
            if tag in ("-comment", "!doctype"):
                continue
            block = tag in _BLOCK_TAGS
            if block:
                parts.append("\n")
            walk(child)
            if block:
                parts.append("\n")

    walk(root)
    text = "".join(parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), title


# ------------------------------------------------------------------------------------------
# building documents
# ------------------------------------------------------------------------------------------
def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(s, settings={"STRICT_PARSING": True})
    if parsed is None:
        raise InputError(f"cannot read the date {s!r} (use YYYY-MM-DD)")
    return parsed.date()


def _source_kind(value: Any) -> SourceKind | None:
    if value in (None, "", "auto"):
        return None
    if isinstance(value, SourceKind):
        return value
    try:
        return SourceKind(str(value).lower())
    except ValueError as exc:
        raise InputError(f"source_kind must be claim, report or auto, not {value!r}") from exc


def document_from_text(
    text: str,
    published: date | str | None = None,
    source: str | None = None,
    source_kind: SourceKind | str | None = None,
    path: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """A Document from already-decoded text (front matter, if any, supplies missing metadata)."""
    settings = settings or get_settings()
    name = path or "<text>"
    if len(text.encode("utf-8", errors="replace")) > settings.max_bytes:
        raise DocumentTooLarge(f"{name}: larger than the limit of {settings.max_bytes} bytes")
    text = normalise_text(text)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise EmptyDocument(f"{name}: document is empty")
    return Document(
        text=body,
        published=parse_date(published if published is not None else meta.get("published")),
        source=source if source is not None else meta.get("source"),
        source_kind=_source_kind(source_kind if source_kind is not None else meta.get("source_kind")),
        path=path,
        title=title if title is not None else meta.get("title"),
    )


@dataclass
class Failure:
    """A document that could not be read; the batch goes on."""

    path: str
    message: str


def _records_from_json(raw: str, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    raw = raw.strip()
    if not raw:
        raise EmptyDocument(f"{name}: document is empty")
    if raw.startswith("[") or (raw.startswith("{") and "\n{" not in raw):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise MalformedRecord(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
        items = data if isinstance(data, list) else [data]
        for i, item in enumerate(items):
            yield f"{name}#{i + 1}", item
        return
    for i, line in enumerate(raw.splitlines()):
        if not line.strip():
            continue
        try:
            yield f"{name}#{i + 1}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{name}#{i + 1}", MalformedRecord(f"{name}#{i + 1}: invalid JSON ({exc.msg})")


def documents_from_bytes(
    data: bytes,
    name: str,
    suffix: str = "",
    published: date | str | None = None,
    source: str | None = None,
    source_kind: SourceKind | str | None = None,
    settings: Settings | None = None,
) -> Iterator[Document | Failure]:
    """Documents in one input (a JSONL file yields several). Failures are yielded, not raised."""
    settings = settings or get_settings()
    suffix = suffix.lower()
    try:
        if len(data) > settings.max_bytes and suffix not in JSON_SUFFIXES:
            raise DocumentTooLarge(f"{name}: larger than the limit of {settings.max_bytes} bytes")
        text = decode_bytes(data, name)
        if suffix in HTML_SUFFIXES or (suffix == "" and re.match(r"\s*<(!doctype|html)", text, re.I)):
            body, title = html_to_text(normalise_text(text))
            yield document_from_text(body, published, source, source_kind, name, title, settings)
            return
        if suffix in JSON_SUFFIXES:
            for rec_name, rec in _records_from_json(normalise_text(text), name):
                if isinstance(rec, Exception):
                    yield Failure(rec_name, str(rec))
                    continue
                try:
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        raise MalformedRecord(f"{rec_name}: a record needs a string field 'text'")
                    yield document_from_text(
                        rec["text"],
                        published if published is not None else rec.get("published"),
                        source if source is not None else rec.get("source"),
                        source_kind if source_kind is not None else rec.get("source_kind"),
                        rec_name,
                        rec.get("title"),
                        settings,
                    )
                except InputError as exc:
                    yield Failure(rec_name, str(exc))
            return
        yield document_from_text(text, published, source, source_kind, name, None, settings)
    except InputError as exc:
        yield Failure(name, str(exc))


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | str]:
    """Expand inputs: files as given, directories recursively (sorted), '-' for stdin."""
    for item in inputs:
        if str(item) == "-":
            yield "-"
            continue
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield f
        else:
            yield p


def iter_documents(
    inputs: Iterable[str | Path],
    published: date | str | None = None,
    source: str | None = None,
    source_kind: SourceKind | str | None = None,
    settings: Settings | None = None,
) -> Iterator[Document | Failure]:
    """Stream documents from files, directories and stdin; never raises for one bad input."""
    settings = settings or get_settings()
    for p in iter_paths(inputs):
        if p == "-":
            data = sys.stdin.buffer.read(settings.max_bytes + 1)
            yield from documents_from_bytes(data, "stdin", "", published, source, source_kind, settings)
            continue
        assert isinstance(p, Path)
        name = str(p)
        try:
            size = p.stat().st_size
        except OSError as exc:
            yield Failure(name, f"{InputError.code} {name}: cannot read ({exc.strerror})")
            continue
        if size > settings.max_bytes and p.suffix.lower() not in JSON_SUFFIXES:
            yield Failure(name, str(DocumentTooLarge(f"{name}: {size} bytes, larger than the limit of {settings.max_bytes}")))
            continue
        try:
            data = p.read_bytes()
        except OSError as exc:
            yield Failure(name, f"{InputError.code} {name}: cannot read ({exc.strerror})")
            continue
        yield from documents_from_bytes(data, name, p.suffix, published, source, source_kind, settings)
