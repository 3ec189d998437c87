"""Scope (issue 13, second round; docs/rules/event-types.md, "Scope"): a person the text names by name is no
organised armed party for the crime cues; an agreement that binds no party to a conflict (a deal between firms) is
out of scope; industrial blasts, collapses, household killings, robberies, sport and child-abduction alerts are
ordinary news. Each is paired with the same act done by an organised party or with a weapon, which stays in scope.
Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text", [
    # a police-blotter story whose gunman is named by name
    "Two deputies were shot dead during a traffic stop on Saturday. The gunman, Dale Morrow, 31, a parolee, was killed "
    "by officers hours later, the sheriff said.",
    # a deal between firms
    "In 2012, the state oil company signed a deal with a Russian energy giant to drill in the Arctic.",
    "The two airlines reached an agreement to share routes from next spring.",
    # industrial accidents
    "An explosion tore through a fertiliser plant near the harbour on Monday, killing nine workers.",
    "A tower crane collapsed at a building site in the city centre, killing two workers.",
    # household crime and robbery
    "A man shot his landlord dead on Sunday, police said.",
    "Two gunmen beat a shopkeeper during a late-night robbery at his store in Kano on Sunday.",
    "A man stabbed his cousin to death on Friday after a long quarrel over land, police said.",
    # sport
    "The champions were held to a goalless draw after their attack failed to break through.",
    # a child-abduction alert
    "An Amber Alert was issued after two children were abducted from a park by a man known to the family.",
])
def test_types_scope_ordinary_news_yields_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text", [
    "Al-Shabaab gunmen shot dead two police officers at a checkpoint near Garissa on Saturday.",
    "The government and the rebels signed a ceasefire agreement in Doha on Sunday.",
    "The two armed factions signed a deal to hand over the airport to a neutral force.",
    "A car bomb exploded outside a fertiliser plant near the harbour in Mogadishu on Monday, killing nine workers.",
    "Gunmen shot dead a landlord in Kaduna on Sunday, police said.",
    "Gunmen abducted two children from a school in Kaduna on Monday.",
])
def test_types_scope_organised_violence_stays_in_scope(text: str) -> None:
    events = sitrep.extract(text)
    assert events and events[0].in_scope, text


def test_types_scope_deal_out_of_scope_is_kept_with_its_rule() -> None:
    # the filter is a step: kept when asked, with the rule that put it out
    events = sitrep.extract("The two airlines reached an agreement to share routes from next spring.",
                            keep_out_of_scope=True)
    assert events and not events[0].in_scope and "scope-out:no-party" in events[0].rules
