"""In a text dated like an ACLED coder's note, an accident or a charge named beside an assault, an ambush or a
shooting is context, not what happened: the note style's `scope_cue_exempt` adds the `attack` trigger class to the
crime, police-blotter and accident cue kinds (docs/rules/event-types.md, "Scope"). Every text is written for the
project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T

NOTE_ATTACKS = [
    # an accident named beside an attack: the accident is what angered the attackers
    ("On 2 May 2021, a group of motorcycle taxi riders attacked a bus and set it alight after a colleague was hurt "
     "in an accident.", "accident"),
    # a crime word beside an assault: a party leader's followers
    ("On 3 May 2021, a local party leader and his accomplices assaulted a teacher at a school in Rangpur.", "crime"),
]
NEWS_AND_HARM = [
    # the same assault told as news: the news style's exemptions stand
    ("A local party leader and his accomplices assaulted a teacher at a school in Rangpur.", "crime"),
    # the same attack told as news
    ("A group of motorcycle taxi riders attacked a bus and set it alight after a colleague was hurt in an accident.",
     "accident"),
    # harm alone in a dated note: an accident is still no political violence
    ("On 4 May 2021, two men were killed in a road accident near Kasungu.", "accident"),
]


def _scope_rules(text: str) -> list[str]:
    doc, mention, actors, _, _ = T.analyse_text(text)
    return [r for r in T.classify(doc, mention, None, actors).rules if r.startswith("scope-out:cue:")]


@pytest.mark.parametrize(("text", "kind"), NOTE_ATTACKS)
def test_types_note_scope_cue_does_not_fire_beside_an_attack_in_a_coders_note(text: str, kind: str) -> None:
    assert T.note_style(text)
    assert f"scope-out:cue:{kind}" not in _scope_rules(text), text


@pytest.mark.parametrize(("text", "kind"), NEWS_AND_HARM)
def test_types_note_scope_cue_fires_in_news_style_or_on_harm_alone(text: str, kind: str) -> None:
    assert _scope_rules(text) == [f"scope-out:cue:{kind}"], text


def test_types_note_scope_cue_exemptions_extend_the_news_styles() -> None:
    cfg = T.combine_settings()
    note, news = cfg["note_style"]["scope_cue_exempt"], cfg["scope_cue_exempt"]
    assert set(news) <= set(note)
    assert all(set(news[k]) <= set(note[k]) for k in news)
