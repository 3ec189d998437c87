"""A colon after a word opens the figure that follows it; a toll noun with an "of" phrase before
its update verb is a toll (docs/rules/counts.md, "Real phrasing")."""

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Yemen bombings:At least 45 army recruits are killed in an attack.", 45),
        ("Part of Battle of Mosul (2016) :Five Peshmerga fighters were killed in an attack.", 5),
        # a colon between figures is a time or a ratio
        ("At 10:30 gunmen killed 4 people.", 4),
        ("Gunmen fired at 10:30 4 people were killed.", 4),
    ],
)
def test_counts_colon_after_a_word_opens_a_figure(text, killed):
    assert counts(text).killed.best == killed


@pytest.mark.parametrize(
    "text,killed,rule",
    [
        ("The death toll of Turkish soldiers in Syria's Al-Bab has increased to 16, the minister said.",
         16, "toll:update"),
        ("Three soldiers were killed. The death toll rose to 5.", 5, "toll:update"),
    ],
)
def test_counts_toll_with_an_of_phrase_before_its_update(text, killed, rule):
    c = counts(text)
    assert c.killed.best == killed and rule in c.killed.rules


def test_counts_of_phrase_without_a_toll_noun_is_no_toll():
    c = counts("The number of visitors to the market has increased to 16 this year.")
    assert c.killed.best is None


@pytest.mark.parametrize(
    "text,injured",
    [
        # a year opening a title before a capitalised name is no figure
        ("2016 Movida Bar grenade attack: 8 people were injured after a grenade attack.", 8),
        ("2016 Movida Bar grenade attack:8 people were injured after a grenade attack.", None),
        # a figure opening a sentence before a lower-case noun still counts
        ("2000 people were injured in the stampede.", 2000),
    ],
)
def test_counts_year_opening_a_title_is_no_figure(text, injured):
    assert counts(text).injured.best == injured


@pytest.mark.parametrize(
    "text,injured",
    [
        # 'one of the <people> is critically injured' tells the state of people counted before
        ("The strike killed two fighters and wounded two French troops, the report said. One of "
         "the soldiers is critically injured.", 2),
        # without the severity adverb, another group's part is a group of its own
        ("The strike wounded two French troops. Two of the attackers were also injured.", 4),
    ],
)
def test_counts_part_with_a_severity_adverb_is_no_new_person(text, injured):
    assert counts(text).injured.best == injured
