"""Score sitrep's events against hand-made gold events (``sitrep evaluate GOLD PRED``).

Pure functions, each usable on its own:

- :func:`load_gold` reads a gold set (a ``.jsonl`` file, or a directory holding ``docs/`` and
  ``events*.jsonl``); every gold ``doc`` is read through :mod:`sitrep.ingest`, so its ``doc_id``
  and offsets are exactly those sitrep produces, and every gold evidence span is checked.
- :func:`load_predictions` reads Event JSON lines as written by ``sitrep extract --format jsonl``.
- :func:`match_events` aligns predictions to gold events one-to-one by evidence-span overlap.
- :func:`field_correct` decides whether one field of one prediction agrees with gold.
- :func:`evaluate` puts it together into an :class:`EvaluationReport`.
- :func:`check_floors` compares a report with ``benchmarks/floors.json``.

The matching rule and every tolerance are documented in ``docs/evaluation.md``; keep the two in
step.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import typer

from .data_schemas import load_checked
from .datemath import shift_date
from .errors import EvaluationError
from .geo.distance import haversine_km

# --------------------------------------------------------------------------------------------
# tolerances and the words set aside before comparing (data/evaluation.yaml, docs/evaluation.md)
# --------------------------------------------------------------------------------------------
_RULES = load_checked("evaluation.yaml")
#: allowed distance in days between predicted and gold dates, by the gold time_precision
DATE_TOLERANCE_DAYS: dict[int, int] = _RULES["date_tolerance_days"]
#: allowed distance in km between predicted and gold coordinates, by the gold geo_precision
COORD_TOLERANCE_KM: dict[int, float] = _RULES["coord_tolerance_km"]
#: used when the gold event gives coordinates but no geo_precision
COORD_TOLERANCE_DEFAULT_KM: float = _RULES["coord_tolerance_default_km"]
#: rapidfuzz ``ratio`` (0..100) at or above which two normalised place names agree
PLACE_RATIO: float = _RULES["place_ratio"]
#: words removed from the end of admin names before comparing ("Nangarhar Province")
ADMIN_SUFFIXES = tuple(_RULES["admin_suffixes"])
#: leading articles removed from place names ("Al Anbar" ~ "Anbar")
PLACE_ARTICLES = tuple(_RULES["place_articles"])

ACTOR_FIELDS = ("actor1", "actor2", "claimed_by")
ACTOR_LIST_FIELDS = ("assoc_actor_1", "assoc_actor_2")
PLACE_FIELDS = ("admin1", "admin2", "admin3", "location")
DATE_FIELDS = ("event_date", "event_date_end")
COUNT_FIELDS = (
    "fatalities", "fatalities_low", "fatalities_high",
    "injured", "injured_low", "injured_high",
    "casualties", "captured",
)  # fmt: skip
EXACT_FIELDS = (
    "time_precision", "event_type", "sub_event_type", "attack_type", "target_type",
    "weapon_type", "civilian_targeting", "inter1", "inter2", "interaction", "iso3",
    "geo_precision", "source_kind",
)  # fmt: skip
#: keys of a gold record that are not scored as fields
NOT_SCORED = {"doc", "doc_id", "evidence", "tags", "notes", "comment", "id", "event_id",
              "field_evidence", "rules", "confidence", "latitude", "longitude", "source",
              "published", "schema_version"}  # fmt: skip
#: the order fields are shown in
FIELD_ORDER = (
    "event_date", "event_date_end", "time_precision", "event_type", "sub_event_type",
    "attack_type", "target_type", "weapon_type", "civilian_targeting",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "interaction",
    "country", "iso3", "admin1", "admin2", "admin3", "location", "coordinates", "geo_precision",
    *COUNT_FIELDS, "source_kind", "claimed_by",
)  # fmt: skip

MISSING = "(none)"  # label of the missing side in the confusion table
SHORT_TYPES: dict[str, str] = _RULES["short_types"]


# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------
_YEAR_RANGE = re.compile(_RULES["actor_years"], re.I)
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case- and accent-folded text with punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).replace("_", " ").split())


def normalise_actor(name: str | None) -> str | None:
    """Actor names compared without case, accents, the word "the" or a trailing year range.

    ``"Military Forces of the Philippines (2016-2022)"`` -> ``"military forces of philippines"``.
    """
    if name is None:
        return None
    name = _YEAR_RANGE.sub("", str(name))
    return " ".join(w for w in fold(name).split() if w != "the")


def normalise_place(name: str | None) -> str | None:
    """Place names without case, accents, punctuation, a leading article or an admin suffix.

    ``"Al Anbar Governorate"`` -> ``"anbar"``; ``"Nangarhar Province"`` -> ``"nangarhar"``.
    """
    if name is None:
        return None
    words = fold(str(name)).split()
    while len(words) > 1 and words[0] in PLACE_ARTICLES:
        words = words[1:]
    while len(words) > 1 and words[-1] in ADMIN_SUFFIXES:
        words = words[:-1]
    if len(words) > 2 and words[0] in ADMIN_SUFFIXES and words[1] == "of":  # "Province of X"
        words = words[2:]
    return " ".join(words)


def places_agree(gold: str, pred: str) -> bool:
    from rapidfuzz import fuzz

    g, p = normalise_place(gold), normalise_place(pred)
    assert g is not None and p is not None
    return g == p or fuzz.ratio(g, p) >= PLACE_RATIO


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


# --------------------------------------------------------------------------------------------
# field comparison
# --------------------------------------------------------------------------------------------
def gold_fields(gold: dict[str, Any]) -> list[str]:
    """The fields a gold record asks to be scored (absent keys are not scored)."""
    names = [k for k in gold if k not in NOT_SCORED and not k.startswith("_")]
    if "latitude" in gold and "longitude" in gold:
        names.append("coordinates")
    order = {f: i for i, f in enumerate(FIELD_ORDER)}
    return sorted(names, key=lambda f: (order.get(f, len(order)), f))


def field_correct(name: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether the prediction's ``name`` agrees with gold under the documented tolerance.

    A gold ``null`` expects ``null`` (or an empty list); otherwise the rule depends on the field.
    """
    if name == "coordinates":
        glat, glon = gold.get("latitude"), gold.get("longitude")
        plat, plon = pred.get("latitude"), pred.get("longitude")
        if glat is None or glon is None:
            return plat is None and plon is None
        if plat is None or plon is None:
            return False
        prec = gold.get("geo_precision")
        limit = COORD_TOLERANCE_KM.get(int(prec), COORD_TOLERANCE_DEFAULT_KM) if prec else COORD_TOLERANCE_DEFAULT_KM
        return haversine_km(float(glat), float(glon), float(plat), float(plon)) <= limit
    g = _enum_value(gold.get(name))
    p = _enum_value(pred.get(name))
    if isinstance(g, list) or name in ACTOR_LIST_FIELDS:
        gs = {normalise_actor(x) for x in (g or [])}
        ps = {normalise_actor(_enum_value(x)) for x in (p or [])}
        return gs == ps
    if g is None:
        return p is None
    if p is None:
        return False
    if name in DATE_FIELDS:
        return dates_agree(gold, name, p)
    if name in ACTOR_FIELDS:
        return normalise_actor(g) == normalise_actor(p)
    if name == "location" and pred.get("gazetteer_name"):
        # one place, two spellings: the text's ("Sederot") in location, the gazetteer's ("Sderot")
        # in gazetteer_name; a gold written in either convention agrees (docs/evaluation.md)
        return places_agree(str(g), str(p)) or places_agree(str(g), str(pred["gazetteer_name"]))
    if name in PLACE_FIELDS:
        return places_agree(str(g), str(p))
    if name == "country":
        return normalise_place(str(g)) == normalise_place(str(p))
    if name in COUNT_FIELDS:
        return counts_agree(gold, name, p)
    if isinstance(g, bool) or isinstance(p, bool):
        return bool(g) == bool(p)
    if isinstance(g, (int, float)) and not isinstance(p, str):
        return float(g) == float(p)
    return fold(str(g)) == fold(str(p))


def dates_agree(gold: dict[str, Any], name: str, pred_value: Any) -> bool:
    """Gold precision 1: within +-1 day; 2: within +-7 days, or inside the gold range widened by a
    day; 3: the same calendar month, or within +-31 days. No precision given: +-1 day."""
    g, p = _as_date(gold.get(name)), _as_date(pred_value)
    if g is None or p is None:
        return g == p
    prec = int(gold.get("time_precision") or 1)
    tol = DATE_TOLERANCE_DAYS.get(prec, 1)
    if abs((p - g).days) <= tol:
        return True
    if prec >= 2:
        lo = _as_date(gold.get("event_date")) or g
        hi = _as_date(gold.get("event_date_end")) or lo
        if shift_date(lo, -1) <= p <= shift_date(hi, 1):
            return True
    if prec >= 3:
        return (p.year, p.month) == (g.year, g.month)
    return False


def counts_agree(gold: dict[str, Any], name: str, pred_value: Any) -> bool:
    """A best figure is right when equal to gold's, or inside gold's own [low, high] range when
    gold gives both ends (``fatalities`` uses ``fatalities_low``/``fatalities_high``). Range ends
    themselves must be equal."""
    g = int(gold[name])
    p = int(pred_value)
    if p == g:
        return True
    if name in ("fatalities", "injured"):
        lo, hi = gold.get(f"{name}_low"), gold.get(f"{name}_high")
        if lo is not None and hi is not None:
            return int(lo) <= p <= int(hi)
    return False


# --------------------------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------------------------
@dataclass
class GoldDoc:
    doc_id: str
    path: str  # as written in the gold file ("docs/001-kabul-ied.txt")
    text: str


@dataclass
class GoldSet:
    events: list[dict[str, Any]]  # each with "doc_id" and "doc" added/kept
    docs: dict[str, GoldDoc]  # doc_id -> document (every document in scope, events or not)


def _read_document(path: Path) -> Any:
    from .ingest import Failure, iter_documents

    docs = list(iter_documents([path]))
    if len(docs) != 1 or isinstance(docs[0], Failure):
        msg = docs[0].message if docs and isinstance(docs[0], Failure) else "not one document"
        raise EvaluationError(f"gold document {path}: {msg}")
    return docs[0]


def _read_jsonl(path: Path) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read ({exc.strerror})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise EvaluationError(f"{path}:{n}: a line must hold a JSON object")
        rows.append((n, rec))
    return rows


def load_gold(path: Path | str) -> GoldSet:
    """Gold events from a ``.jsonl`` file or a directory with ``events*.jsonl`` and ``docs/``.

    Each record's ``doc`` is a path relative to the directory of its jsonl file. The document is
    read through sitrep's ingest (front matter removed), its ``doc_id`` attached, and the gold
    evidence checked: ``text[start:end]`` must equal ``evidence.text``, else EvaluationError.
    Every document under ``docs/`` is in scope, so predictions on event-free documents count as
    false positives.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("events*.jsonl"))
        if not files:
            raise EvaluationError(f"{path}: no events*.jsonl file in this directory")
        root = path
    elif path.is_file():
        files, root = [path], path.parent
    else:
        raise EvaluationError(f"{path}: no such gold file or directory")
    by_path: dict[str, GoldDoc] = {}

    def doc_for(rel: str) -> GoldDoc:
        if rel not in by_path:
            doc = _read_document(root / rel)
            # documents are keyed on their content hash: a prediction made from another copy of
            # the file (another path, so another doc_id) still meets its gold document
            by_path[rel] = GoldDoc(doc_id=doc.content_hash, path=rel, text=doc.text)
        return by_path[rel]

    docs_dir = root / "docs"
    if docs_dir.is_dir():
        for f in sorted(docs_dir.rglob("*.txt")):
            doc_for(str(f.relative_to(root)))
    events: list[dict[str, Any]] = []
    for file in files:
        for n, rec in _read_jsonl(file):
            where = f"{file}:{n}"
            if "doc" not in rec or "evidence" not in rec:
                raise EvaluationError(f"{where}: a gold event needs 'doc' and 'evidence'")
            gdoc = doc_for(str(rec["doc"]))
            ev = rec["evidence"]
            try:
                start, end, text = int(ev["start"]), int(ev["end"]), str(ev["text"])
            except (KeyError, TypeError, ValueError) as exc:
                raise EvaluationError(f"{where}: evidence needs start, end and text") from exc
            if gdoc.text[start:end] != text:
                found = gdoc.text.find(text)
                hint = f" (the text occurs at {found}-{found + len(text)})" if found >= 0 else ""
                raise EvaluationError(
                    f"{where}: evidence {start}-{end} does not match the text of {rec['doc']}{hint}"
                )
            events.append({**rec, "doc_id": gdoc.doc_id, "_where": where})
    return GoldSet(events=events, docs={d.doc_id: d for d in by_path.values()})


def load_predictions(path: Path | str) -> list[dict[str, Any]]:
    """Predicted events: JSON lines of Event records (``sitrep extract --format jsonl``)."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such prediction file")
    preds = []
    for n, rec in _read_jsonl(path):
        ev = rec.get("evidence")
        if "doc_id" not in rec or not isinstance(ev, dict) or "start" not in ev or "end" not in ev:
            raise EvaluationError(f"{path}:{n}: a predicted event needs doc_id and evidence")
        preds.append(rec)
    return preds


# --------------------------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------------------------
def span_overlap(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, float]:
    """Characters shared by two half-open spans, and their intersection over union."""
    s1, e1, s2, e2 = int(a["start"]), int(a["end"]), int(b["start"]), int(b["end"])
    inter = max(0, min(e1, e2) - max(s1, s2))
    union = max(e1, e2) - min(s1, s2)
    return inter, (inter / union if union else 0.0)


@dataclass
class Match:
    gold: int  # index into the gold events
    pred: int  # index into the predictions
    overlap: int
    iou: float


def _agreement(g: dict[str, Any], p: dict[str, Any]) -> int:
    """How many of event_type, sub_event_type, location agree (a tie-break between equal overlaps)."""
    return sum(
        1 for k in ("event_type", "sub_event_type", "location")
        if g.get(k) is not None and str(g.get(k)).casefold() == str(p.get(k) or "").casefold()
    )


def match_events(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> tuple[list[Match], list[int], list[int]]:
    """One-to-one alignment within each document, greedy by overlap.

    Candidate pairs are (gold, prediction) of the same ``doc_id`` whose evidence spans share at
    least one character. Pairs are taken best first (intersection-over-union, then shared
    characters, then agreement on event type, sub-event type and location — which decides between
    gold events annotated on one shared span —, then document order); a pair is kept when neither
    side is taken yet. Returns the
    matches, the unmatched gold indices (misses) and the unmatched prediction indices (false
    positives: a second prediction of an already matched gold event is a false positive).
    """
    by_doc: dict[str, list[int]] = {}
    for j, p in enumerate(preds):
        by_doc.setdefault(p["doc_id"], []).append(j)
    cands: list[tuple[float, int, int, int]] = []
    for i, g in enumerate(gold):
        for j in by_doc.get(g["doc_id"], []):
            inter, iou = span_overlap(g["evidence"], preds[j]["evidence"])
            if inter > 0:
                cands.append((iou, inter, _agreement(g, preds[j]), i, j))
    cands.sort(key=lambda c: (-c[0], -c[1], -c[2], c[3], c[4]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for iou, inter, _agree, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        matches.append(Match(gold=i, pred=j, overlap=inter, iou=iou))
    matches.sort(key=lambda m: m.gold)
    misses = [i for i in range(len(gold)) if i not in used_g]
    fps = [j for j in range(len(preds)) if j not in used_p]
    return matches, misses, fps


# --------------------------------------------------------------------------------------------
# the report
# --------------------------------------------------------------------------------------------
def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0  # matched pairs whose gold has the field
    gold_total: int = 0  # all gold events that have the field (matched or not)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    @property
    def end_to_end(self) -> float | None:
        """Correct values over every gold event with the field (misses count as wrong)."""
        return self.correct / self.gold_total if self.gold_total else None


@dataclass
class EvaluationReport:
    n_gold: int
    n_pred: int
    n_ignored: int  # predictions on documents outside the gold set
    matches: list[Match]
    fields: dict[str, FieldScore]
    confusion: dict[tuple[str, str], int]
    misses: list[dict[str, Any]]
    false_positives: list[dict[str, Any]]

    @property
    def tp(self) -> int:
        return len(self.matches)

    @property
    def precision(self) -> float:
        return prf(self.tp, self.n_pred, self.n_gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.n_pred, self.n_gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.n_pred, self.n_gold)[2]

    def field_accuracy(self) -> dict[str, float]:
        return {k: v.accuracy for k, v in self.fields.items() if v.accuracy is not None}

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.n_gold,
            "predicted": self.n_pred,
            "ignored_predictions": self.n_ignored,
            "matched": self.tp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "field_accuracy": {
                k: {
                    "accuracy": None if v.accuracy is None else round(v.accuracy, 4),
                    "end_to_end": None if v.end_to_end is None else round(v.end_to_end, 4),
                    "correct": v.correct,
                    "total": v.total,
                    "gold_total": v.gold_total,
                    "errors": v.errors,
                }
                for k, v in self.fields.items()
            },
            "event_type_confusion": [
                {"gold": g, "pred": p, "count": n} for (g, p), n in sorted(self.confusion.items())
            ],
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


def _short(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_short(v) for v in value]
    return _enum_value(value)


def _pred_field(pred: dict[str, Any], name: str) -> Any:
    if name == "coordinates":
        return [pred.get("latitude"), pred.get("longitude")]
    return _short(pred.get(name))


def _gold_field(gold: dict[str, Any], name: str) -> Any:
    if name == "coordinates":
        return [gold.get("latitude"), gold.get("longitude")]
    return gold.get(name)


def evaluate(gold_set: GoldSet, preds: list[dict[str, Any]]) -> EvaluationReport:
    """Match predictions to gold and score events and fields (see docs/evaluation.md)."""
    # gold documents are keyed on their content hash: a prediction made from another copy of the
    # file (another path, so another doc_id) still meets its gold document
    preds = [{**p, "doc_id": p["content_hash"]} if p.get("content_hash") else p for p in preds]
    in_scope = [p for p in preds if p["doc_id"] in gold_set.docs]
    gold = gold_set.events
    matches, miss_idx, fp_idx = match_events(gold, in_scope)
    fields: dict[str, FieldScore] = {}
    for g in gold:
        for name in gold_fields(g):
            fields.setdefault(name, FieldScore()).gold_total += 1
    confusion: Counter[tuple[str, str]] = Counter()
    for m in matches:
        g, p = gold[m.gold], in_scope[m.pred]
        for name in gold_fields(g):
            score = fields[name]
            score.total += 1
            if field_correct(name, g, p):
                score.correct += 1
            else:
                score.errors.append(
                    {
                        "doc": g["doc"],
                        "gold": _gold_field(g, name),
                        "pred": _pred_field(p, name),
                        "evidence": g["evidence"]["text"][:160],
                    }
                )
        if "event_type" in g:
            confusion[(g["event_type"] or MISSING, _enum_value(p.get("event_type")) or MISSING)] += 1
    for i in miss_idx:
        if "event_type" in gold[i]:
            confusion[(gold[i]["event_type"] or MISSING, MISSING)] += 1
    for j in fp_idx:
        confusion[(MISSING, _enum_value(in_scope[j].get("event_type")) or MISSING)] += 1
    order = {f: i for i, f in enumerate(FIELD_ORDER)}
    fields = dict(sorted(fields.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    misses = [
        {
            "doc": gold[i]["doc"],
            "start": gold[i]["evidence"]["start"],
            "end": gold[i]["evidence"]["end"],
            "event_type": gold[i].get("event_type"),
            "text": gold[i]["evidence"]["text"],
        }
        for i in miss_idx
    ]
    false_positives = []
    for j in fp_idx:
        p = in_scope[j]
        doc = gold_set.docs[p["doc_id"]]
        overlapping = [
            i
            for i, g in enumerate(gold)
            if g["doc_id"] == p["doc_id"] and span_overlap(g["evidence"], p["evidence"])[0] > 0
        ]
        reason = "duplicate of a matched gold event" if overlapping else "no gold event overlaps"
        start, end = int(p["evidence"]["start"]), int(p["evidence"]["end"])
        false_positives.append(
            {
                "doc": doc.path,
                "start": start,
                "end": end,
                "event_type": _enum_value(p.get("event_type")),
                "reason": reason,
                "text": p["evidence"].get("text", doc.text[start:end]),
            }
        )
    return EvaluationReport(
        n_gold=len(gold),
        n_pred=len(in_scope),
        n_ignored=len(preds) - len(in_scope),
        matches=matches,
        fields=fields,
        confusion=dict(confusion),
        misses=misses,
        false_positives=false_positives,
    )


# --------------------------------------------------------------------------------------------
# floors
# --------------------------------------------------------------------------------------------
FLOOR_KEYS = {"f1", "precision", "recall", "field_accuracy"}

def load_floors(path: Path | str) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read the floors file ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}:{exc.lineno}: invalid JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: floors must be a JSON object")
    unknown = sorted(set(data) - FLOOR_KEYS)
    if unknown:
        raise EvaluationError(f"{path}: unknown floor key(s) {', '.join(unknown)} (known: {', '.join(sorted(FLOOR_KEYS))})")
    fields = data.get("field_accuracy") or {}
    if not isinstance(fields, dict):
        raise EvaluationError(f"{path}: field_accuracy must be an object of field -> floor")
    unknown = sorted(set(fields) - set(FIELD_ORDER))
    if unknown:
        raise EvaluationError(f"{path}: unknown field(s) in field_accuracy: {', '.join(unknown)}")
    for key, value in [*((k, data[k]) for k in ("f1", "precision", "recall") if k in data), *fields.items()]:
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1):
            raise EvaluationError(f"{path}: floor {key} must be a number from 0 to 1, not {value!r}")
    return data


def check_floors(report: EvaluationReport, floors: dict[str, Any]) -> list[str]:
    """One line per broken floor (empty when every floor holds).

    Keys: ``f1``, ``precision``, ``recall`` (0..1) and ``field_accuracy`` {field: 0..1}. A field
    floor with no matched gold value to measure is broken too: it cannot be shown to hold.
    """
    broken = []
    for key in ("f1", "precision", "recall"):
        if key in floors and floors[key] is not None:
            value = getattr(report, key)
            if value < float(floors[key]):
                broken.append(f"floor broken: {key} {value:.3f} < {float(floors[key]):.3f}")
    for name, floor in (floors.get("field_accuracy") or {}).items():
        score = report.fields.get(name)
        acc = score.accuracy if score else None
        if acc is None:
            broken.append(f"floor broken: field {name} not measured (no matched gold value), floor {float(floor):.3f}")
        elif acc < float(floor):
            broken.append(
                f"floor broken: field {name} accuracy {acc:.3f} < {float(floor):.3f}"
                f" ({score.correct}/{score.total})"
            )
    return broken


# --------------------------------------------------------------------------------------------
# printing and the command
# --------------------------------------------------------------------------------------------
def render(report: EvaluationReport, console: Any = None, max_items: int = 20) -> None:
    """Print the report with rich tables."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    t = Table(title="Events", show_header=True)
    for col in ("gold", "predicted", "matched", "precision", "recall", "F1"):
        t.add_column(col, justify="right")
    t.add_row(
        str(report.n_gold), str(report.n_pred), str(report.tp),
        f"{report.precision:.3f}", f"{report.recall:.3f}", f"{report.f1:.3f}",
    )  # fmt: skip
    console.print(t)
    if report.n_ignored:
        console.print(f"{report.n_ignored} predictions on documents outside the gold set were ignored")
    ft = Table(title="Field accuracy over matched events", show_header=True)
    for col in ("field", "accuracy", "correct/total", "end-to-end"):
        ft.add_column(col, justify="right" if col != "field" else "left")
    for name, s in report.fields.items():
        ft.add_row(
            name,
            "-" if s.accuracy is None else f"{s.accuracy:.3f}",
            f"{s.correct}/{s.total}",
            "-" if s.end_to_end is None else f"{s.end_to_end:.3f}",
        )
    console.print(ft)
    if report.confusion:
        labels_g = sorted({g for g, _ in report.confusion})
        labels_p = sorted({p for _, p in report.confusion})
        ct = Table(title="Event type confusion (rows gold, columns predicted)")
        ct.add_column("gold \\ pred")
        for lp in labels_p:
            ct.add_column(SHORT_TYPES.get(lp, lp[:12]), justify="right")
        for lg in labels_g:
            ct.add_row(lg, *[str(report.confusion.get((lg, lp), "")) for lp in labels_p])
        console.print(ct)
        legend = ", ".join(f"{SHORT_TYPES.get(lp, lp[:12])} = {lp}" for lp in labels_p)
        console.print(legend, highlight=False, markup=False)

    def _items(title: str, items: list[dict[str, Any]]) -> None:
        if not items:
            return
        console.print(f"[bold]{title}[/bold] ({len(items)})", highlight=False)
        for it in items[:max_items]:
            extra = f" [{it['reason']}]" if "reason" in it else ""
            text = " ".join(it["text"].split())
            console.print(f"  {it['doc']}:{it['start']}-{it['end']} {it.get('event_type')}{extra}: {text[:200]}", highlight=False, markup=False)
        if len(items) > max_items:
            console.print(f"  ... {len(items) - max_items} more (see --json)")

    _items("Missed gold events", report.misses)
    _items("False positives", report.false_positives)
    for name, s in report.fields.items():
        if s.errors:
            console.print(f"[bold]{name}[/bold] errors ({len(s.errors)})", highlight=False)
            for e in s.errors[:5]:
                console.print(f"  {e['doc']}: gold={e['gold']!r} pred={e['pred']!r}", highlight=False, markup=False)


def evaluate_paths(gold: Path | str, pred: Path | str) -> EvaluationReport:
    return evaluate(load_gold(gold), load_predictions(pred))


def evaluate_command(
    gold: Path,
    pred: Path,
    json_out: bool = typer.Option(False, "--json", help="print the report as JSON"),
    floors: Path | None = typer.Option(None, "--floors", help="floors file; exit 1 when one is broken"),
) -> None:
    """Precision/recall/F1 of events and per-field accuracy against a gold set."""
    import sys

    from rich.console import Console

    try:
        floor_values = load_floors(floors) if floors else None
        preds = load_predictions(pred)
        if not preds:
            raise EvaluationError(f"{pred}: no predicted events to score (is it the output of `sitrep extract`?)")
        report = evaluate(load_gold(gold), preds)
        broken = check_floors(report, floor_values) if floor_values is not None else []
    except EvaluationError as exc:
        print(str(exc), file=sys.stderr)
        raise typer.Exit(2) from None
    if json_out:
        out = report.to_dict()
        if floors:
            out["broken_floors"] = broken
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        render(report)
    err = Console(stderr=True)
    for line in broken:
        err.print(line, style="bold red", highlight=False, markup=False)
    if floors and not broken and not json_out:
        Console().print(f"all floors in {floors} hold")
    if broken:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - `python -m sitrep.evaluate`
    app = typer.Typer(add_completion=False)
    app.command()(evaluate_command)
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
