"""Real linking data for the linking benchmark and the weight fit: linking-gva and realworld-dev.

The set is for internal development only: its text is read from ../shared at run time, and the
events sitrep extracts from it are cached outside the repository (default under the system's
temporary folder), never committed. Nothing from it is written into the package: the fitted
link weights are a handful of coefficients over named features.

Split: incidents are assigned to ``tune`` or ``report`` by a hash of the incident id (half each),
so every article of one incident is in one split. Fit on ``tune``; report ``report``.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GVA = SHARED / "linking-gva"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "sitrep-linking-gva-events.jsonl"
NOISY = {"short_content", "wall_text", "shared_body"}


def split_of(incident: Any) -> str:
    return "tune" if int(hashlib.sha1(str(incident).encode()).hexdigest(), 16) % 2 == 0 else "report"


def require(path: Path, what: str) -> bool:
    if not path.exists():
        print(f"{what}: {path} is missing (it lives in ../shared beside the repository); skipped")
        return False
    return True


def load_articles() -> list[dict[str, Any]]:
    with (GVA / "articles.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def article_doc_id(a: dict[str, Any]) -> str:
    """Origin + content, as the store's document identity (never the gold incident)."""
    return hashlib.sha256(f"{a['source']}|{a['url']}|{a['text']}".encode()).hexdigest()[:32]


def extracted(articles: list[dict[str, Any]], cache: Path = DEFAULT_CACHE, workers: int = 2,
              refresh: bool = False, cached_only: bool = False,
              keep_out_of_scope: bool = True) -> dict[str, list[Any]]:
    """article id -> sitrep events of its text (cached in ``cache``; ``refresh`` re-extracts).

    linking-gva is ordinary crime, outside ACLED's scope: its incidents are kept
    (``keep_out_of_scope``, the scope filter off) so that the figure measures linking, not the
    scope filter. realworld-dev's dense months keep the filter, as a user's stream would."""
    sys.path.insert(0, str(ROOT / "src"))
    from sitrep.config import get_settings
    from sitrep.ingest import Failure
    from sitrep.model import Document, Event
    from sitrep.pipeline import process_many_parallel

    done: dict[str, list[Event]] = {}
    if cache.exists() and not refresh:
        with cache.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                done[rec["id"]] = [Event.model_validate(e) for e in rec["events"]]
    todo = [] if cached_only else [a for a in articles if a["id"] not in done]
    if todo:
        print(f"extracting {len(todo)} articles with sitrep (cache: {cache}) ...", file=sys.stderr)
        by_doc = {article_doc_id(a): a["id"] for a in todo}
        settings = get_settings().model_copy(update={"scope_filter": not keep_out_of_scope})
        docs = (
            Document(text=a["text"], doc_id=article_doc_id(a), published=date.fromisoformat(a["published"]),
                     source=a["source"], path=a["id"])
            for a in todo
        )
        mode = "w" if refresh else "a"
        with cache.open(mode, encoding="utf-8") as fh:
            for n, (item, evs) in enumerate(process_many_parallel(docs, settings, workers=workers), 1):
                if isinstance(item, Failure):
                    aid = item.path
                    evs = []
                else:
                    aid = by_doc[item.doc_id]
                done[aid] = list(evs)
                fh.write(json.dumps({"id": aid, "events": [json.loads(e.model_dump_json()) for e in evs]}) + "\n")
                if n % 250 == 0:
                    fh.flush()
                    print(f"  {n}/{len(todo)}", file=sys.stderr)
    return done


@lru_cache(maxsize=1)
def realworld_texts() -> dict[str, str]:
    """doc_id -> text of every realworld-dev record (the linker reads the text of a document that
    reports one event, as `sitrep link` reads the store's documents)."""
    out: dict[str, str] = {}
    if REALWORLD.exists():
        with REALWORLD.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out[article_doc_id(_record_article(r))] = r["text"]
    return out


def article_texts(articles: list[dict[str, Any]]) -> dict[str, str]:
    """doc_id -> text of the articles: the linker compares a document's first current event (the
    article's main event, ``main_event``) by the document's lead (link.linking_texts)."""
    return {article_doc_id(a): a["text"] for a in articles}


def main_event(evs: list[Any]) -> Any | None:
    """An article's own incident: its first current (not background) event in text order."""
    current = [e for e in evs if not e.background] or list(evs)
    return min(current, key=lambda e: e.evidence.start) if current else None


# ------------------------------------------------------------------------------------------
# realworld-dev: dense months (every record a different incident)
# ------------------------------------------------------------------------------------------
REALWORLD = SHARED / "realworld-dev" / "events.jsonl"
RW_CACHE = Path(tempfile.gettempdir()) / "sitrep-realworld-dense-events.jsonl"
DENSE_MONTHS = 5


def dense_months(split: str, n: int = DENSE_MONTHS) -> dict[str, list[dict[str, Any]]]:
    """The ``n`` months of ``split`` with the most records: month -> records."""
    by_month: dict[str, list[dict[str, Any]]] = {}
    with REALWORLD.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["split"] == split:
                by_month.setdefault(r["id"][8:14], []).append(r)
    top = sorted(by_month, key=lambda m: (-len(by_month[m]), m))[:n]
    return {m: by_month[m] for m in sorted(top)}


def _record_article(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "text": r["text"], "published": r["published"], "source": "realworld-dev", "url": r["id"]}


def realworld_extracted(records: list[dict[str, Any]], cache: Path = RW_CACHE, workers: int = 1,
                        cached_only: bool = False) -> dict[str, list[Any]]:
    """record id -> sitrep events of its text (cached outside the repository)."""
    arts = [_record_article(r) for r in records]
    return extracted(arts, cache, workers, cached_only=cached_only, keep_out_of_scope=False)
