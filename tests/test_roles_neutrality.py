"""Neutrality of role fillers: a filler quotes the source, so a filler that carries a loaded term
of data/neutral_terms.yaml is dropped. Inputs are generated at test time by inserting each source
term into neutral report-style templates; no loaded sentence is written in this file."""

from __future__ import annotations

import re

import pytest

from sitrep.extractors.actors import neutral_terms, term_samples
from sitrep.extractors.roles import ROLE_KEYS, extract_roles
from sitrep.model import Document, Mention

TEMPLATES = [
    "The statement said {term} attacked a checkpoint near the town, killing two guards.",
    "Officials said gunmen killed {term} near the market on Monday.",
    "The group said {term} were killed when its fighters raided a base near the river.",
    "A bomb hidden by {term} damaged a bus and wounded four passengers, police said.",
    "The group said its fighters detonated an explosive device against {term} at the bridge.",
]
_RES = [re.compile(rf"(?<![\w-])(?:{t})(?![\w-])", re.I) for t in neutral_terms()]


def _inputs() -> list[tuple[str, str]]:
    out = []
    for i, term in enumerate(neutral_terms()):
        for j, sample in enumerate(term_samples(term)):
            for k, template in enumerate(TEMPLATES):
                if (i + j + k) % 2 == 0:  # half the grid keeps the run short and still hits each template
                    out.append((term, template.format(term=sample)))
    return out


INPUTS = _inputs()


def _fillers(text: str) -> list[str]:
    doc = Document(text=text)
    out = extract_roles(doc, Mention(start=0, end=len(text), text=text), None, None)
    assert set(out) == set(ROLE_KEYS)
    return [f.text for k in ROLE_KEYS for f in out[k]]


def test_roles_neutrality_inputs_are_generated() -> None:
    assert len(INPUTS) >= 2 * len(neutral_terms())


@pytest.mark.parametrize(("term", "text"), INPUTS)
def test_roles_neutrality_no_filler_carries_a_loaded_term(term: str, text: str) -> None:
    for filler in _fillers(text):
        leaked = [rx.pattern for rx in _RES if rx.search(filler)]
        assert not leaked, (filler, leaked)


@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_roles_neutrality_other_fillers_of_the_sentence_stay(case) -> None:
    # a loaded term in one phrase does not remove the neutral fillers around it
    term = term_samples(neutral_terms()[0])[0]
    text = case(f"A bomb hidden by {term} damaged a bus and wounded four passengers, police said.")
    fillers = [f.lower() for f in _fillers(text)]
    assert "bomb" in fillers and "bus" in fillers
