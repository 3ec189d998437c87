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
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .config import Settings, get_settings
from .data_schemas import load_checked
from .errors import (
    DocumentTooLarge,
    EmptyDocument,
    InputError,
    MalformedRecord,
    UndecodableDocument,
    UnsupportedFormat,
)
from .model import Document, SourceKind
from .resources import Patterns

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
#: one JSON record a line, whatever the first line holds
JSON_LINES_SUFFIXES = {".jsonl", ".ndjson"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
#: document formats found in folders that sitrep cannot read: reported one line each, not skipped
UNREADABLE_SUFFIXES = {".doc", ".odt", ".rtf", ".pages", ".epub", ".xls", ".xlsx", ".ppt", ".pptx", ".wpd"}


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """data/ingest_patterns.yaml, compiled once: ``patterns().control``, ``patterns().iso_date`` ..."""
    return Patterns(load_checked("ingest_patterns.yaml")["patterns"])


# ------------------------------------------------------------------------------------------
# decoding and normalisation
# ------------------------------------------------------------------------------------------
def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode bytes robustly: BOMs, UTF-8, UTF-16 without BOM, then charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # a truncated last unit becomes U+FFFD
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
    return patterns().control.sub("", text)


def normalise_with_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """:func:`normalise_text` with, for every character of the result, where it starts and ends
    in ``text`` (``starts[i]``, ``ends[i]``), so offsets can be mapped back to the caller's string."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    control = patterns().control
    i, n = 0, len(text)
    while i < n and text[i] == "\ufeff":
        i += 1
    while i < n:
        ch = text[i]
        if ch == "\r":
            j = i + 2 if i + 1 < n and text[i + 1] == "\n" else i + 1
            out.append("\n")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if not control.match(ch):
            out.append(ch)
            starts.append(i)
            ends.append(i + 1)
        i += 1
    return "".join(out), starts, ends


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a leading YAML front-matter block off ``text`` (already normalised)."""
    m = patterns().front_matter.match(text)
    if not m:
        return {}, text
    try:
        # BaseLoader: every scalar stays text ("published: 0000-00-00", "source: 0"), so no YAML
        # type conversion can fail here; parse_date and the fields read the text
        meta = yaml.load(m.group(1), Loader=yaml.BaseLoader) or {}
    except (yaml.YAMLError, RecursionError):
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
    # an explicit stack, not recursion: a page nested thousands of levels deep is still read
    stack: list[Any] = [list(root.iter(include_text=True))[::-1]]
    closers: list[bool] = [False]
    while stack:
        if not stack[-1]:
            stack.pop()
            if closers.pop():
                parts.append("\n")
            continue
        child = stack[-1].pop()
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
            continue
        if tag in ("-comment", "!doctype"):
            continue
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        stack.append(list(child.iter(include_text=True))[::-1])
        closers.append(block)
    text = "".join(parts)
    p = patterns()
    text = p.html_spaces.sub(" ", text)
    text = p.html_line_spaces.sub("\n", text)
    text = p.html_blank_lines.sub("\n\n", text)
    return text.strip(), title


# ------------------------------------------------------------------------------------------
# PDF and DOCX (text layers only; nothing embedded is run or fetched)
# ------------------------------------------------------------------------------------------
def pdf_to_text(data: bytes, name: str) -> str:
    """The text layer of a PDF, page by page (pypdf). A scanned PDF has none: a clear error."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise UnsupportedFormat(f"{name}: a PDF; install pypdf to read PDFs") from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnsupportedFormat(f"{name}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnsupportedFormat:
        raise
    except Exception as exc:  # noqa: BLE001 - a broken PDF is one line, whatever pypdf raises
        raise UnsupportedFormat(f"{name}: cannot read the PDF ({exc.__class__.__name__}: {exc})"[:300]) from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise EmptyDocument(f"{name}: the PDF has no text layer (a scanned image?); run OCR first")
    return text


def docx_to_text(data: bytes, name: str) -> str:
    """Paragraphs and table cells of a Word .docx file (python-docx)."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise UnsupportedFormat(f"{name}: a DOCX file; install python-docx to read it") from None
    import io

    try:
        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
    except Exception as exc:  # noqa: BLE001 - a broken file is one line, whatever the reader raises
        raise UnsupportedFormat(f"{name}: cannot read the DOCX file ({exc.__class__.__name__}: {exc})"[:300]) from None
    return "\n\n".join(p.strip() for p in parts if p.strip())


# ------------------------------------------------------------------------------------------
# building documents
# ------------------------------------------------------------------------------------------
#: published dates sitrep accepts (relative dates in the text must stay inside the calendar)
MIN_PUBLISHED = date(1800, 1, 1)
MAX_PUBLISHED = date(2200, 12, 31)


def _in_range(d: date, shown: str) -> date:
    if not (MIN_PUBLISHED <= d <= MAX_PUBLISHED):
        raise InputError(f"the date {shown} is out of range ({MIN_PUBLISHED} to {MAX_PUBLISHED})")
    return d


def parse_date(value: Any, strict: bool = False) -> date | None:
    """A publication date. ``strict``: only ``YYYY-MM-DD`` (the command-line option). Otherwise
    also an ISO timestamp or a date with the month in words ("4 March 2024"); never a relative
    date ("yesterday": it would depend on the machine's clock) nor an all-numeric one other than
    ISO ("03/04/2024" is 3 April or 4 March). Dates outside 1800-2200 are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _in_range(value.date(), value.date().isoformat())
    if isinstance(value, date):
        return _in_range(value, value.isoformat())
    if not isinstance(value, str):
        raise InputError(f"cannot read the date {value!r} (use YYYY-MM-DD)")
    s = value.strip()
    m = (patterns().iso_day if strict else patterns().iso_date).fullmatch(s)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise InputError(f"cannot read the date {s!r}: no such day (use YYYY-MM-DD)") from None
        return _in_range(d, s[:10])
    if strict or patterns().numeric_dmy.fullmatch(s) or not patterns().year.search(s):
        raise InputError(f"cannot read the date {s!r} (use YYYY-MM-DD)")
    import dateparser

    try:
        parsed = dateparser.parse(s, languages=["en"], settings={"STRICT_PARSING": True,
                                                                 "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError):
        parsed = None
    if parsed is None:
        raise InputError(f"cannot read the date {s!r} (use YYYY-MM-DD)")
    return _in_range(parsed.date(), parsed.date().isoformat())


def _text_field(value: Any) -> str | None:
    """A metadata text field (source, title): a scalar is taken as text ("source: 0" -> "0")."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool, date)):
        return str(value)
    raise InputError(f"must be text, not {type(value).__name__}")


def _source_kind(value: Any) -> SourceKind | None:
    if value in (None, "", "auto"):
        return None
    if isinstance(value, SourceKind):
        return value
    try:
        return SourceKind(str(value).lower())
    except ValueError as exc:
        raise InputError(f"must be claim, report or auto, not {value!r}") from exc


#: how each metadata field is read, and what a document whose own value cannot be read loses
_FIELDS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "published": (lambda v: parse_date(v), "read without a publication date"),
    "source": (_text_field, "read without a source name"),
    "source_kind": (_source_kind, "claim or report is detected from the text"),
    "title": (_text_field, "read without a title"),
}


def _front_matter_line(text: str, key: str) -> int | None:
    """The line (1-based) of ``key:`` in the leading front-matter block of ``text``."""
    m = patterns().front_matter.match(text)
    if not m:
        return None
    for i, line in enumerate(text[: m.end()].split("\n"), start=1):
        if line.lstrip().lower().startswith(key + ":"):
            return i
    return None


def _metadata(key: str, given: Any, record: dict[str, Any] | None, meta: dict[str, Any], text: str,
              name: str, warnings: list[str]) -> Any:
    """One metadata field. The caller's own value (``given``: an option, an argument) must be
    readable: an error names the field. The document's own value (a JSON record's field, else its
    front matter) is read leniently: an unreadable or impossible one ("published: 2024-13-45",
    "source_kind: bogus") loses nothing else; the field stays empty and a warning names the file,
    line and field (docs/formats.md, "Input formats")."""
    read, consequence = _FIELDS[key]
    if given is not None:
        try:
            return read(given)
        except InputError as exc:
            raise InputError(f"{key}: {exc.args[0] if exc.args else exc}") from None
    if record is not None and record.get(key) is not None:
        value, where = record[key], f"{name}: field '{key}'"
    elif meta.get(key) is not None:
        line = _front_matter_line(text, key)
        value, where = meta[key], f"{name}{f', line {line}' if line else ''}: front matter '{key}'"
    else:
        return None
    try:
        return read(value)
    except InputError as exc:
        warnings.append(f"{where}: {exc.args[0] if exc.args else exc}; {consequence}")
        return None


def document_from_text(
    text: str,
    published: date | str | None = None,
    source: str | None = None,
    source_kind: SourceKind | str | None = None,
    path: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
    origin: str | None = None,
    record: dict[str, Any] | None = None,
) -> Document:
    """A Document from already-decoded text (front matter, if any, supplies missing metadata).
    ``origin`` (an absolute path, a URL) makes the document's identity; see ``model.document_id``.

    ``published``, ``source``, ``source_kind`` and ``title`` are the caller's own values: a bad
    one is an error. The document's own values (``record``, a JSON record's fields, else the
    front matter) are read leniently: one that cannot be read is left empty and
    ``Document.warnings`` says why."""
    settings = settings or get_settings()
    name = path or "<text>"
    if len(text.encode("utf-8", errors="replace")) > settings.max_bytes:
        raise DocumentTooLarge(f"{name}: larger than the limit of {settings.max_bytes} bytes")
    if not isinstance(text, str):
        raise InputError(f"{name}: the text must be a str, not {type(text).__name__}")
    text = normalise_text(text)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise EmptyDocument(f"{name}: document is empty")
    warnings: list[str] = []
    try:
        values = {key: _metadata(key, given, record, meta, text, name, warnings)
                  for key, given in (("published", published), ("source", source),
                                     ("source_kind", source_kind), ("title", title))}
        return Document(text=body, warnings=warnings, path=path, origin=origin, **values)
    except InputError as exc:
        # name the document in the message: "E100 batch.jsonl#3: published: cannot read the date ..."
        raise type(exc)(f"{name}: {exc.args[0] if exc.args else exc}") from None


@dataclass
class Failure:
    """A document that could not be read; the batch goes on."""

    path: str
    message: str


def _records_from_json(raw: str, name: str, lines: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
    """Records of a JSON document (one object or a list of them) or of JSON Lines, where a bad
    line is one failure and the other lines are read. ``lines`` (a ``.jsonl`` file): JSON Lines
    unless the whole text is one JSON value, whatever its first line holds."""
    raw = raw.strip()
    if not raw:
        raise EmptyDocument(f"{name}: document is empty")
    if raw.startswith("[") or (raw.startswith("{") and (lines or "\n{" not in raw)):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            if not lines:
                raise MalformedRecord(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
            data = None
        except RecursionError:
            raise MalformedRecord(f"{name}: JSON nested too deeply") from None
        if data is not None:
            items = data if isinstance(data, list) else [data]
            for i, item in enumerate(items):
                yield f"{name}#{i + 1}", item
            return
    for i, line in enumerate(raw.splitlines()):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            rec = MalformedRecord(f"{name}#{i + 1}: invalid JSON on line {i + 1} ({exc.msg})")
        except RecursionError:
            rec = MalformedRecord(f"{name}#{i + 1}: JSON on line {i + 1} nested too deeply")
        yield f"{name}#{i + 1}", rec


def documents_from_bytes(
    data: bytes,
    name: str,
    suffix: str = "",
    published: date | str | None = None,
    source: str | None = None,
    source_kind: SourceKind | str | None = None,
    settings: Settings | None = None,
    origin: str | None = None,
) -> Iterator[Document | Failure]:
    """Documents in one input (a JSONL file yields several). Failures are yielded, not raised.
    ``origin``: where the bytes came from (absolute path); a JSONL record's is ``origin#line``."""
    settings = settings or get_settings()
    suffix = suffix.lower()
    try:
        if len(data) > settings.max_bytes and suffix not in JSON_SUFFIXES:
            raise DocumentTooLarge(f"{name}: larger than the limit of {settings.max_bytes} bytes")
        if suffix in UNREADABLE_SUFFIXES:
            raise UnsupportedFormat(f"{name}: {suffix} files are not supported (save it as PDF, DOCX, HTML or text)")
        if suffix in PDF_SUFFIXES or data[:1024].lstrip().startswith(b"%PDF-"):
            yield document_from_text(pdf_to_text(data, name), published, source, source_kind, name, None, settings, origin)
            return
        if suffix in DOCX_SUFFIXES or (data[:2] == b"PK" and b"word/" in data[:4096]):
            yield document_from_text(docx_to_text(data, name), published, source, source_kind, name, None, settings, origin)
            return
        text = decode_bytes(data, name)
        if suffix in HTML_SUFFIXES or (suffix == "" and patterns().html_start.match(text)):
            body, title = html_to_text(normalise_text(text))
            yield document_from_text(body, published, source, source_kind, name, title, settings, origin)
            return
        if suffix in JSON_SUFFIXES:
            for rec_name, rec in _records_from_json(normalise_text(text), name, suffix in JSON_LINES_SUFFIXES):
                if isinstance(rec, Exception):
                    yield Failure(rec_name, str(rec))
                    continue
                try:
                    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                        raise MalformedRecord(f"{rec_name}: a record needs a string field 'text'")
                    yield document_from_text(
                        rec["text"], published, source, source_kind, rec_name, None, settings,
                        f"{origin}{rec_name[len(name):]}" if origin else None, record=rec,
                    )
                except InputError as exc:
                    yield Failure(rec_name, str(exc))
            return
        yield document_from_text(text, published, source, source_kind, name, None, settings, origin)
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
                if f.name.startswith("."):
                    continue
                # every non-directory entry with a document suffix is yielded, so that what cannot
                # be read (a broken or looping symlink, a FIFO) is reported, never silently dropped
                if f.suffix.lower() in SUPPORTED_SUFFIXES | UNREADABLE_SUFFIXES and not f.is_dir():
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
            st = p.stat()
        except OSError as exc:
            yield Failure(name, f"{InputError.code} {name}: cannot read ({exc.strerror or exc})")
            continue
        if not stat.S_ISREG(st.st_mode):
            # reading a FIFO or a device could block for ever
            yield Failure(name, f"{InputError.code} {name}: not a regular file")
            continue
        size = st.st_size
        if size > settings.max_bytes and p.suffix.lower() not in JSON_SUFFIXES:
            yield Failure(name, str(DocumentTooLarge(f"{name}: {size} bytes, larger than the limit of {settings.max_bytes}")))
            continue
        try:
            data = p.read_bytes()
        except OSError as exc:
            yield Failure(name, f"{InputError.code} {name}: cannot read ({exc.strerror})")
            continue
        yield from documents_from_bytes(data, name, p.suffix, published, source, source_kind, settings,
                                        os.path.abspath(p))
