"""Which language a document is in, so that sitrep can say per document that a language is not
supported yet (extraction rules and lexicons are English).

No model and no network: the writing system (Unicode script names of the letters) decides for
non-Latin text; for Latin-script text, the share of each language's function words (spaCy's
stop-word lists, ``spacy.lang.<code>.stop_words``) decides. Only the first ``SAMPLE`` characters are
read, so the cost is constant per document.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SAMPLE = 20_000
#: Latin-script languages compared with English (ISO 639-1 codes of spaCy's language packages)
LATIN_LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "id", "tr", "ro", "pl", "tl")
NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "nl": "Dutch", "id": "Indonesian", "tr": "Turkish", "ro": "Romanian",
    "pl": "Polish", "tl": "Tagalog", "ARABIC": "Arabic script (Arabic, Persian, Urdu, Pashto...)",
    "CYRILLIC": "Cyrillic script (Russian, Ukrainian...)", "CJK": "Chinese or Japanese",
    "HANGUL": "Korean", "DEVANAGARI": "Devanagari script (Hindi, Nepali...)", "HEBREW": "Hebrew",
    "ETHIOPIC": "Ethiopic script (Amharic, Tigrinya)", "THAI": "Thai", "MYANMAR": "Burmese",
    "GREEK": "Greek", "BENGALI": "Bengali", "TAMIL": "Tamil", "ARMENIAN": "Armenian",
    "GEORGIAN": "Georgian",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: fewer letters than this: too little text to tell, taken as English
MIN_LETTERS = 40
MIN_WORDS = 20


@dataclass(frozen=True)
class Language:
    code: str  # "en", "fr", ... or a script name ("ARABIC")
    name: str
    supported: bool


@lru_cache(maxsize=None)
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of ``code``, from ``spacy/lang/<code>/stop_words.py`` run on its own.

    Importing it as ``spacy.lang.<code>.stop_words`` would first run the package's ``__init__``,
    which builds the language's tokenizer exceptions: for French a regular expression that takes
    3 to 7 seconds to compile, paid by every process on its first Latin-script document."""
    package = importlib.util.find_spec(f"spacy.lang.{code}")
    if package is None or not package.submodule_search_locations:
        raise ImportError(f"spaCy has no language package {code!r}")
    path = Path(next(iter(package.submodule_search_locations))) / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.{code}.stop_words", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot read {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    head = name.split(" ", 1)[0]
    if head in ("CJK", "HIRAGANA", "KATAKANA"):
        return "CJK"
    return head


def detect(text: str) -> Language:
    """The language (or, for non-Latin text, the script) of ``text``; English when unsure."""
    sample = text[:SAMPLE]
    scripts: dict[str, int] = {}
    letters = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            s = _script(ch)
            scripts[s] = scripts.get(s, 0) + 1
    if letters < MIN_LETTERS:
        return Language("en", "English", True)
    top, n = max(scripts.items(), key=lambda kv: kv[1])
    if top != "LATIN" and n / letters > 0.5:
        return Language(top, NAMES.get(top, top.title() + " script"), False)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return Language("en", "English", True)
    shares = {code: sum(w in _stop_words(code) for w in words) / len(words) for code in LATIN_LANGUAGES}
    best = max(shares, key=lambda c: shares[c])
    # English wins ties and near-ties: many short words are shared between languages
    if best == "en" or shares["en"] >= 0.75 * shares[best] or shares[best] < 0.15:
        return Language("en", "English", True)
    return Language(best, NAMES[best], False)


def unsupported_message(name: str, lang: Language) -> str:
    return (f"{name}: the text looks {lang.name} ({lang.code}), a language not supported yet "
            "(only English): no events are read from it")
