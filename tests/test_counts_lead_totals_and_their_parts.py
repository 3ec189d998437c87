"""A lead total and the figures that break it down (docs/rules/counts.md, "Real phrasing" and
"Sums, subsets, updates and conflicts"): each rule with a look-alike that must not change."""

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize(
    "text,killed,injured,rule",
    [
        # a first figure, later ones each told of one incident of several
        ("At least 9 people were killed in several incidents. In the first, a bombing killed two "
         "people. In the second, a bombing killed one person.", 9, None, "total-over-incidents"),
        ("A car bomb killed at least 38 people on Sunday. A second explosion near a checkpoint "
         "killed two, police said.", 38, None, "total-over-incidents"),
        ("A car bomb killed at least 38 people and wounded 86 others. A second explosion near a "
         "checkpoint killed two and wounded three others.", 38, 86, "total-over-incidents"),
        # figures of 'others' that add up to the first figure are its parts
        ("At least 19 were wounded in several incidents. In the first, a bombing injured eleven "
         "others. In the second, a bombing injured eight others.", None, 19, "total-over-parts"),
    ],
)
def test_counts_lead_total_over_its_parts(text, killed, injured, rule):
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)
    assert rule in c.rules


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # conflicting reports of one figure keep the lowest (ACLED)
        ("Police said 5 people were killed while residents said 8 people were killed.", 5, None),
        ("A suicide bombing killed at least 47. Some sources say 40 were killed.", 41, None),
        # a first incident's own figure is no lead total: a later incident adds
        ("Three soldiers were wounded in the first blast. Two civilians were also wounded.", None, 5),
        # a named group's figure is no lead total of another group's incident
        ("Two police officers were shot to death, hours after assailants threw a grenade at a "
         "church. One child was killed and three others wounded in the first incident.", 3, 3),
        # other people, not 'others' of the first figure
        ("Three soldiers were wounded. Two civilians were also wounded. Another one was wounded later.",
         None, 6),
    ],
)
def test_counts_look_alikes_of_lead_totals_keep_their_rule(text, killed, injured):
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)
    assert "total-over-incidents" not in c.rules


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        # 'among the <group> were': the figures after it are parts of the group, the 'others' not
        ("Among the 28 victims were 24 members of the security forces and 4 civilians, and at "
         "least 235 others were wounded.", None, 235),
        ("A bomber attacked a park, killing at least 10 people. Among the casualties were four "
         "civilians and two policemen, and at least twenty others were left injured.", 10, 20),
        # without 'among' the list is a sum
        ("Twenty-four members of the security forces and 4 civilians, and at least 235 others were "
         "wounded.", None, 263),
    ],
)
def test_counts_parts_after_among_the_group(text, killed, injured):
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


@pytest.mark.parametrize(
    "text,injured",
    [
        ("A bomb exploded, injuring 4 soldiers, one in severe condition.", 4),
        ("A bomb exploded, injuring 4 soldiers, two critically.", 4),
        # a figure of its own after the comma still adds
        ("A bomb exploded, injuring 4 soldiers, 2 civilians and a child.", 7),
    ],
)
def test_counts_severity_after_a_comma_is_a_part(text, injured):
    assert counts(text).injured.best == injured


@pytest.mark.parametrize(
    "text,killed",
    [
        ("That day a number of 43 people died.", 43),
        ("A number of people were killed.", 3),
        ("Several hundred people were killed.", 100),
    ],
)
def test_counts_vague_word_before_a_figure_is_no_figure(text, killed):
    assert counts(text).killed.best == killed


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Two officers were killed by gunmen. Militants have been targeting teachers in the last "
         "six months, killing over 200 people.", 2),
        ("Gunmen shot dead two officers. Over the past two years attacks have killed 300 people.", 2),
        # a day's period can be the event's own
        ("Militants have killed 12 people in the past 24 hours.", 12),
    ],
)
def test_counts_tolls_over_months_or_years_are_background(text, killed):
    assert counts(text).killed.best == killed


def test_counts_escape_unharmed_is_none():
    c = counts("Four police officers and two schoolchildren escape unharmed when a grenade fails to explode.")
    assert (c.killed.best, c.injured.best) == (0, 0)
    assert "none:no-casualties" in c.rules
