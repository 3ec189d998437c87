"""Classes of news text that used to yield a false political-violence event: threats named as nouns, plots
told back at a sentencing, a defendant's bail terms, police taking positions, a company's deal
(docs/rules/event-types.md, "Steps" and "Scope"). Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors import types as T


@pytest.mark.parametrize("text", [
    "Shopping centre shooting threat dismissed as a hoax.",
    "A bomb scare forced the evacuation of the county courthouse on Monday.",
    "A man who admitted to having plotted to execute a U.S. army recruiter and then attack a local police "
    "station was sentenced on Wednesday to 18 years in prison.",
    # the charge a court hears is told back, not a new act
    "The 23-year-old had pleaded guilty on May 2 to attempted murder of a federal employee.",
    "A court sentenced three men to death for the bombing of the bus station two years ago.",
    # weapons named, nothing fired at anyone
    "The interceptor missiles and radars of the new system are meant to intercept long-range missiles.",
    "The country test-fired two ballistic missiles into the sea on Monday, the defence ministry said.",
])
def test_types_threats_and_plots_are_masked(text: str) -> None:
    _, _, _, cues, value = T.analyse_text(text)
    assert cues.masked
    assert not value.is_event


@pytest.mark.parametrize("text", [
    "Militants threatened to kill the chief and attacked his house on Monday, killing two guards.",
    "Gunmen killed two farmers on Monday; a court later jailed one of them for the killing.",
    "Rebels fired ballistic missiles at the port city on Monday, killing three dockworkers.",
])
def test_types_a_threat_or_a_trial_beside_an_act_keeps_the_act(text: str) -> None:
    *_, value = T.analyse_text(text)
    assert value.is_event


@pytest.mark.parametrize(("text", "trigger"), [
    ("The judge set bail and ordered the defendant to surrender his passport and undergo drug screening.",
     "change_group"),
    ("Deputies took positions around the house while negotiators spoke to the man by phone.", "overtakes"),
])
def test_types_ordinary_words_are_no_strategic_trigger(text: str, trigger: str) -> None:
    _, _, _, cues, _ = T.analyse_text(text)
    assert trigger not in {t.cls for t in cues.triggers}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Forty fighters of the militia surrendered to the army in the hills on Sunday.", "change_group"),
    ("The insurgents took control of the town after a day of heavy fighting.", "overtakes"),
])
def test_types_the_strategic_triggers_still_fire(text: str, trigger: str) -> None:
    _, _, _, cues, _ = T.analyse_text(text)
    assert trigger in {t.cls for t in cues.triggers}


def test_types_a_companys_deal_is_no_agreement_event() -> None:
    text = "In 2011, the oil company signed a deal with a rival energy firm to explore fields in the north."
    assert not sitrep.extract(text)
    kept = sitrep.extract(text, keep_out_of_scope=True)
    assert all(not e.in_scope for e in kept)


def test_types_an_agreement_between_armed_parties_stays_in_scope() -> None:
    evs = sitrep.extract("The army and the rebels signed a ceasefire agreement in the capital on Monday.")
    assert [e.sub_event_type.value for e in evs if e.sub_event_type] == ["Agreement"]


def test_types_a_denied_act_hides_its_trigger() -> None:
    _, _, _, cues, value = T.analyse_text("The shop owner was not shot, the police spokesman said on Monday.")
    assert not cues.triggers
    assert not value.is_event
    *_, value = T.analyse_text("Gunmen shot the shop owner on Monday, the police spokesman said.")
    assert value.is_event


def test_types_a_change_to_group_needs_an_armed_or_political_party_to_stay_in_scope() -> None:
    text = ("A retired banker who had defected to Britain decades ago died in a London hospital on Sunday, "
            "his family said.")
    kept = [e for e in sitrep.extract(text, keep_out_of_scope=True)
            if e.sub_event_type and e.sub_event_type.value == "Change to group/activity"]
    assert kept and all(not e.in_scope for e in kept)
    evs = sitrep.extract("Forty fighters of the militia defected to the army in the hills on Sunday.")
    assert [e.sub_event_type.value for e in evs if e.sub_event_type] == ["Change to group/activity"]


@pytest.mark.parametrize("text", [
    "One dead, two hurt in a shooting on Elm Street. The driver, who was shot several times, was pronounced "
    "dead at the hospital.",
    "The two men were arrested on Friday, three days after they shot their accomplice on a sidewalk near the "
    "bus station.",
])
def test_types_police_blotter_crime_is_out_of_scope(text: str) -> None:
    assert not sitrep.extract(text)
    assert any(not e.in_scope for e in sitrep.extract(text, keep_out_of_scope=True))
