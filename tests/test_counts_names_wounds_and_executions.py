"""Counts through names, wounding verbs, injury nouns and killing methods (docs/rules/counts.md,
"Real phrasing"): a figure whose noun phrase names an organisation ('Four United Nations Assistance
Mission staff were killed'), stabbing without death as wounds, 'the injury of N', 'received minor
injuries', 'another were wounded', 'burned N people alive'."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed", [
    # a name (capitalised words, a bracketed acronym, the nouns after it) before the verb
    ("Four United Nations Assistance Mission in Afghanistan (UNAMA) staff were killed in Paktia Province.", 4),
    ("Three members of a Royal Ulster Constabulary (RUC) Police Force mobile patrol were shot and killed.", 3),
    ("At least seven Central Reserve Police Force (CRPF) personnel are killed in an IED attack.", 7),
    ("At least seven Indian National Congress party workers were killed after an ambush.", 7),
    ("Four students from the Faculty of Islamic Law and Jurisprudence in Baghdad University were killed.", 4),
    ("Two guards of the Virunga National Park were killed by militiamen.", 2),
    ("In Somalia, two soldiers of the National Army were killed by a car bomb.", 2),
    # killing methods
    ("Islamic State burned 5 civilians alive in a cage.", 5),
    ("Militants buried 45 men alive near the town.", 45),
    ("The group crucified 3 people in the square.", 3),
    ("Seven fighters were boiled to death.", 7),
    ("Two soldiers were stabbed and killed at a checkpoint.", 2),
])
def test_killed_through_names_and_killing_methods(text: str, killed: int) -> None:
    c = counts(text)
    assert c.killed.best == killed
    assert c.injured.best is None


@pytest.mark.parametrize("text, injured", [
    ("Four Army rangers were injured when they were attacked during a patrol.", 4),
    ("A man stabbed four people at a bus stop.", 4),
    ("Two soldiers were stabbed at a recruiting station.", 2),
    ("Two truck drivers received minor injuries when the convoy was ambushed.", 2),
    ("Militants attacked a patrol, resulting in the injury of two soldiers.", 2),
    ("Militants attacked a checkpoint, killing one soldier and injuring other two.", 2),
])
def test_injured_by_wounding_verbs_and_injury_nouns(text: str, injured: int) -> None:
    assert counts(text).injured.best == injured


@pytest.mark.parametrize("text, killed, injured", [
    ("Two bombings resulted in the deaths of 3 people and the injury of 13.", 3, 13),
    ("A bomb killed one and another were wounded.", 1, 1),
    ("One person died and another was injured in the blast.", 1, 1),
])
def test_deaths_and_injuries_in_one_sentence(text: str, killed: int, injured: int) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # a wound that killed is a death, not an injury
    ("A man stabbed two guards to death.", 2, None),
    ("Attackers stabbed to death 3 villagers.", 3, None),
    # the figure before an active verb is the agent, however long its name
    ("Two Taliban commanders killed 5 soldiers.", 5, None),
    ("Three men stabbed two passers-by.", None, 2),
    # a name followed by no verb of harm gives nothing
    ("Four Army trucks were destroyed in the attack.", None, None),
    ("Two United Nations Mission vehicles were hit.", None, None),
])
def test_no_wrong_count_from_names_and_wounding_verbs(text: str, killed, injured) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


def test_a_national_is_still_a_person() -> None:
    assert counts("A national of Chad was killed in the raid.").killed.best == 1


@pytest.mark.parametrize("text, injured", [
    # a figure the others add up to is the total, told once
    ("Car bombs struck two embassies, injuring five guards. Two were injured at one embassy while three "
     "were injured at the other.", 5),
    ("Three officers were attacked. Two of them suffered stab wounds.", 2),
])
def test_injured_total_over_its_parts_and_stab_wounds(text: str, injured: int) -> None:
    assert counts(text).injured.best == injured


def test_conflicting_figures_that_do_not_add_up_keep_the_lowest() -> None:
    c = counts("Police said 5 people were killed while residents said 8 people were killed.")
    assert c.killed.best == 5 and "conflict:lowest" in c.killed.rules


@pytest.mark.parametrize("text, killed, injured", [
    # a colon after a figure word begins its list, it is no clock time
    ("The blast killed three: two soldiers and a civilian, another 14 were wounded.", 3, 14),
    ("The attack began at 10:30 and killed 4 people.", 4, None),
    # four gap words between the verb and its figure
    ("Militants shelled a home, killing an entire family of five.", 5, None),
])
def test_colon_lists_and_distant_figures(text: str, killed, injured) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


@pytest.mark.parametrize("text, killed, captured", [
    ("Two elders were abducted from their homes and subsequently executed.", 2, None),
    ("Ten people were abducted and later released.", None, 10),
    ("Five workers were kidnapped by rebels and taken to the forest.", None, 5),
])
def test_abducted_then_killed(text: str, killed, captured) -> None:
    c = counts(text)
    assert (c.killed.best, c.captured.best) == (killed, captured)
