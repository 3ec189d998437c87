"""Count rules (docs/rules/counts.md): cumulative tolls, "no damage or casualties",
unknown figures, apposition, compound person nouns. Neutral sentences written for the tests."""

from __future__ import annotations

from tests.count_helpers import counts


def test_counts_cumulative_war_toll_is_not_the_event_figure() -> None:
    c = counts("Rockets hit the market, killing at least 9 people. The war has killed tens of "
               "thousands of people across the country.")
    assert (c.killed.best, c.killed.low) == (9, 9)


def test_counts_since_toll_is_background() -> None:
    c = counts("Gunmen shot dead a farmer on Monday. Since January, 30 people have been killed in "
               "attacks in the district.")
    assert c.killed.best == 1
    c = counts("Gunmen killed 4 people on Monday. The group has killed more than 2,000 people since 2015.")
    assert c.killed.best == 4


def test_counts_no_damage_or_casualties_is_zero() -> None:
    c = counts("Two shells landed near the base; no damage or casualties were reported.")
    assert (c.killed.best, c.injured.best) == (0, 0)


def test_counts_no_casualty_figures_is_unknown() -> None:
    c = counts("A bomb exploded next to a patrol; no casualty figures were available.")
    assert c.killed.best is None and c.injured.best is None


def test_counts_without_loss_of_life_is_zero_killed() -> None:
    c = counts("The shell hit a school without any loss of life.")
    assert c.killed.best == 0


def test_counts_apposition_is_one_person() -> None:
    c = counts("A bomb killed the driver, a retired teacher, and wounded two passers-by.")
    assert c.killed.best == 1 and c.injured.best == 2
    c = counts("Gunmen killed a farmer, a trader and a teacher.")
    assert c.killed.best == 3


def test_counts_night_watchman() -> None:
    assert counts("Drones hit a depot, killing a night watchman.").killed.best == 1


def test_counts_abduction_is_not_killed() -> None:
    c = counts("Gunmen abducted 4 fishermen near the lake.")
    assert c.killed.best is None and c.captured.best == 4


def test_counts_killed_or_wounded_is_casualties() -> None:
    c = counts("The group says several soldiers were killed or wounded.")
    assert c.killed.best is None and c.casualties.best == 3


def test_counts_verb_person_to_death() -> None:
    assert counts("A crowd beat a man to death after the match.").killed.best == 1
    assert counts("Attackers stabbed two guards to death.").killed.best == 2
    assert counts("The court sentenced two men to death.").killed.best is None
