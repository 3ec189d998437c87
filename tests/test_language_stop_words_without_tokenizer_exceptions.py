"""The language check reads spaCy's stop-word lists without importing each language package
(whose tokenizer exceptions take seconds to build for French), and reads the same words."""

from __future__ import annotations

import subprocess
import sys

from sitrep.language import LATIN_LANGUAGES, _stop_words, detect


def test_stop_words_equal_spacys_lists() -> None:
    import importlib

    for code in ("fr", "de", "es"):
        module = importlib.import_module(f"spacy.lang.{code}.stop_words")
        assert _stop_words(code) == frozenset(w.lower() for w in module.STOP_WORDS)


def test_detect_does_not_import_the_language_packages() -> None:
    code = (
        "import sys\n"
        "from sitrep.language import detect\n"
        "text = ('Des hommes armés ont attaqué le village dans la nuit de lundi à mardi et ont tué trois '\n"
        "        'personnes, selon les autorités locales qui ont annoncé une enquête sur les faits.')\n"
        "assert detect(text).code == 'fr', detect(text)\n"
        f"loaded = [c for c in {LATIN_LANGUAGES!r} if c != 'en' and 'spacy.lang.' + c in sys.modules]\n"
        "print(loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_detect_still_tells_english_from_french() -> None:
    assert detect("Gunmen attacked the village on Monday night and killed three people, local officials "
                  "said on Tuesday, adding that an inquiry into the attack had been opened by the police.").supported
    assert not detect("Des hommes armés ont attaqué le village dans la nuit de lundi à mardi et ont tué trois "
                      "personnes, selon les autorités locales qui ont annoncé une enquête.").supported
