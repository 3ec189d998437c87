"""A figure's noun phrase with a second head joined by "and", and a capitalised "Body" inside a
name (docs/rules/counts.md, "Real phrasing"): each with a look-alike that keeps its reading."""

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        ("At least four FC and police personnel were killed in an ambush.", 4, None),
        ("13 experts and officers were executed by the group.", 13, None),
        # a figure of its own, or a determiner, on the second head: two groups
        ("Two soldiers and three civilians were killed.", 5, None),
        ("Three soldiers and a policeman were killed.", 4, None),
        # a verb after "and" ends the noun phrase
        ("Gunmen killed 5 soldiers and wounded 3 policemen.", 5, 3),
    ],
)
def test_counts_second_head_joined_by_and(text, killed, injured):
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


@pytest.mark.parametrize(
    "text,killed",
    [
        ("A bomb killed six people. Two of them worked for the Joint Electoral Management Body of the UN.", 6),
        ("Police found a body in the river.", 1),
    ],
)
def test_counts_body_in_a_name_is_no_corpse(text, killed):
    assert counts(text).killed.best == killed
