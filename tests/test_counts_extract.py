"""Casualty counts from event mentions (rules in docs/rules/counts.md)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extractors.counts import extract_counts
from sitrep.model import Document, Evidence, Mention
from tests.count_helpers import counts


def triple(cv):
    return (cv.best, cv.low, cv.high)


# (text, category, (best, low, high), rule tag expected or None)
CASES = [
    # digits and words
    ("Gunmen killed 12 people in the village.", "killed", (12, 12, 12), None),
    ("A clash in the hills left 1,200 people displaced and 3 people dead.", "killed", (3, 3, 3), None),
    ("Twenty-three civilians were killed in the shelling.", "killed", (23, 23, 23), None),
    ("One hundred and five people were injured in the blast.", "injured", (105, 105, 105), None),
    ("A dozen villagers were abducted from their farms.", "captured", (12, 12, 12), "word:a-dozen=12"),
    ("Half a dozen people were hurt in the collapse of the wall.", "injured", (6, 6, 6), "word:half-a-dozen=6"),
    # vague words
    ("Several people were killed in the raid.", "killed", (3, None, None), "vague:several=3"),
    ("A few residents were wounded by stray bullets.", "injured", (3, None, None), "vague:a-few=3"),
    ("A number of soldiers were killed in the ambush.", "killed", (3, None, None), "vague:a-number-of=3"),
    ("Many people were killed when the market was shelled.", "killed", (10, None, None), "vague:many=10"),
    ("Dozens of people were injured in the explosion.", "injured", (12, None, None), "vague:dozens=12"),
    ("Scores of villagers were abducted by the armed group.", "captured", (20, None, None), "vague:scores=20"),
    ("Tens of people were killed in the fighting.", "killed", (10, None, None), "vague:tens=10"),
    ("Hundreds of people were wounded in the bombardment.", "injured", (100, None, None), "vague:hundreds=100"),
    # hedges and ranges
    ("At least 7 soldiers were killed at the checkpoint.", "killed", (7, 7, None), "hedge:at-least"),
    ("More than 20 people were killed in the attack.", "killed", (20, 20, None), "hedge:more-than"),
    ("The shelling killed over 20 civilians.", "killed", (20, 20, None), "hedge:over"),
    ("Nearly 30 people died in the fire set by the attackers.", "killed", (30, None, 30), "hedge:nearly"),
    ("Almost 30 people were wounded.", "injured", (30, None, 30), "hedge:almost"),
    ("About 30 people were killed, officials said.", "killed", (30, None, None), "hedge:about"),
    ("Some 30 people were killed in the raid.", "killed", (30, None, None), "hedge:some"),
    ("Up to 40 people may have been killed.", "killed", (40, None, 40), "hedge:up-to"),
    ("The strike killed up to 40 people.", "killed", (40, None, 40), "hedge:up-to"),
    ("Between 10 and 15 people were killed.", "killed", (10, 10, 15), "range:lowest"),
    ("The attack killed 10 to 15 people.", "killed", (10, 10, 15), "range:lowest"),
    ("10-15 people were killed in the clashes.", "killed", (10, 10, 15), "range:lowest"),
    # sums
    ("7 guards and more than 20 others were killed.", "killed", (27, 27, None), "sum:coordinated"),
    ("Two soldiers and three civilians were killed.", "killed", (5, 5, 5), "sum:coordinated"),
    ("Fighting killed 30 militants and 4 soldiers.", "killed", (34, 34, 34), "sum:coordinated"),
    ("Three soldiers were killed in the first blast. Two civilians were also killed.", "killed", (5, 5, 5), "sum:additive"),
    ("The ambush killed 8 soldiers, and 3 more died of their wounds.", "killed", (11, 11, 11), None),
    ("Three people were killed and five wounded; two of the wounded later died in hospital.", "killed", (5, 5, 5), "sum:additive"),
    # structures
    ("Gunmen opened fire on a bus, killing 4 and wounding 6.", "killed", (4, 4, 4), None),
    ("Gunmen opened fire on a bus, killing 4 and wounding 6.", "injured", (6, 6, 6), None),
    ("4 killed, 6 wounded in an attack on a bus.", "killed", (4, 4, 4), None),
    ("4 killed, 6 wounded in an attack on a bus.", "injured", (6, 6, 6), None),
    ("The explosion left 4 dead and 6 injured.", "killed", (4, 4, 4), None),
    ("The explosion left 4 dead and 6 injured.", "injured", (6, 6, 6), None),
    ("The death toll rose to 12 on Tuesday.", "killed", (12, 12, 12), "toll:update"),
    ("12 people died in the attack.", "killed", (12, 12, 12), None),
    ("12 bodies were found near the road.", "killed", (12, 12, 12), None),
    ("The bodies of 6 men were found in a ditch.", "killed", (6, 6, 6), None),
    ("The attack claimed the lives of 12 people.", "killed", (12, 12, 12), None),
    ("The blast claimed 12 lives.", "killed", (12, 12, 12), None),
    ("12 dead after gunmen attack a village.", "killed", (12, 12, 12), None),
    ("The blast wounded 6 passers-by.", "injured", (6, 6, 6), None),
    ("The blast injured 6 people.", "injured", (6, 6, 6), None),
    ("The blast hurt 6 people.", "injured", (6, 6, 6), None),
    ("Unidentified gunmen shot dead 2 police officers.", "killed", (2, 2, 2), None),
    ("THE TERRORISTS KILLED THREE PEASANTS AND WOUNDED TWO OTHERS.", "killed", (3, 3, 3), None),
    ("the terrorists killed three peasants and wounded two others.", "injured", (2, 2, 2), None),
    ("as a result of the bombing 3 persons have been killed and 12 injured.", "injured", (12, 12, 12), None),
    ("four officers of the battalion were killed and several were wounded.", "killed", (4, 4, 4), None),
    ("four officers of the battalion were killed and several were wounded.", "injured", (3, None, None), "vague:several=3"),
    # singular people
    ("A 12-year-old boy was killed by a stray bullet.", "killed", (1, 1, 1), "singular-np"),
    ("Gunmen killed a policeman on Monday.", "killed", (1, 1, 1), "singular-np"),
    ("A man and his son were killed.", "killed", (2, 2, 2), "sum:coordinated"),
    ("The mayor was shot dead outside his home.", "killed", (1, 1, 1), "singular-np"),
    ("Ahmed, 34, was killed in the attack.", "killed", (1, 1, 1), "singular-aux"),
    ("He was wounded in the leg.", "injured", (1, 1, 1), "singular-aux"),
    # subsets are not added
    ("The gunmen killed 5 people, including 2 children.", "killed", (5, 5, 5), None),
    ("The attack killed 12 people, 5 of them children.", "killed", (12, 12, 12), None),
    ("A bomb killed 12 people. Three soldiers were among the dead.", "killed", (12, 12, 12), None),
    ("Two soldiers were among those killed.", "killed", (2, 2, None), "subset-floor"),
    ("Ten people were abducted; three of them were later killed.", "killed", (3, 3, None), "subset-floor"),
    # captured
    ("Gunmen abducted 12 students from their school.", "captured", (12, 12, 12), None),
    ("The group took 5 hostages.", "captured", (5, 5, 5), None),
    ("The rebels took 20 villagers hostage.", "captured", (20, 20, 20), None),
    ("Five people were taken hostage.", "captured", (5, 5, 5), None),
    ("Insurgents captured two soldiers.", "captured", (2, 2, 2), None),
    ("Kidnappers seized 3 aid workers.", "captured", (3, 3, 3), None),
    # the attacker's own death
    ("A suicide bomber blew himself up, killing 5 people.", "killed", (6, 6, 6), "attacker-death-counted"),
    ("Two suicide bombers blew themselves up at the market, killing 10 people.", "killed", (12, 12, 12), "attacker-death-counted"),
    ("A suicide bomber killed himself and 5 others.", "killed", (6, 6, 6), None),
    ("3 attackers were killed by security forces.", "killed", (3, 3, 3), None),
    # noun phrases, parentheticals, compounds
    ("Four persons, dressed in uniform, were killed at the site.", "killed", (4, 4, 4), None),
    ("11 persons, including 2 reporters, were wounded in the attacks.", "injured", (11, 11, 11), None),
    ("Four soldiers -- including a sergeant -- were killed.", "killed", (4, 4, 4), None),
    ("The nine farmer members of the local self-defense patrol were killed.", "killed", (9, 9, 9), None),
    ("Five members of the militia (a local defence group) were killed.", "killed", (5, 5, 5), None),
    ("Two diplomats, as well as three journalists, are still being held hostage.", "captured", (5, 5, 5), "sum:coordinated"),
    ("Both were kidnapped on the road to the capital.", "captured", (2, 2, 2), "word:both=2"),
    ("One person was killed and another wounded.", "injured", (1, 1, 1), "sum:additive"),
    ("The patrol killed three and wounded five, and took four prisoners.", "captured", (4, 4, 4), None),
    ("Two of the wounded soldiers died later in hospital.", "killed", (2, 2, 2), "sum:additive"),
    ("The number of fighters killed in the area has risen to 26.", "killed", (26, 26, 26), "toll:update"),
    ("This brings to 21 the number of fighters killed in the area.", "killed", (21, 21, 21), "toll:update"),
    ("The army said it lost 29 dead, although it has only admitted to 21 deaths.", "killed", (21, 21, 21), "conflict:lowest"),
    ("Gunmen killed three soldiers on the road. They later killed two civilians.", "killed", (5, 5, 5), "sum:distinct-groups"),
    ("A bomb killed 12 people. Three soldiers were killed.", "killed", (12, 12, 12), "total-over-subset"),
    ("Ahmed was killed on Monday. The death of the official was condemned.", "killed", (1, 1, 1), None),
    # updates and conflicts
    ("Five people were killed. The toll later rose to 15.", "killed", (15, 15, 15), "update:latest"),
    ("Police said 5 people were killed while residents said 8 people were killed.", "killed", (5, 5, 5), "conflict:lowest"),
    ("Dozens were killed. Police said 40 people were killed.", "killed", (40, 40, 40), "vague-superseded"),
]


@pytest.mark.parametrize(("text", "category", "expected", "rule"), CASES)
def test_counts_extract_table(text, category, expected, rule):
    cv = getattr(counts(text), category)
    if expected is None:
        assert cv.best is None, text
        return
    assert triple(cv) == expected, text
    if rule is not None:
        assert rule in cv.rules, (text, cv.rules)
    assert cv.evidence, text


# combined casualties: split unknown, killed stays None (not 0)
@pytest.mark.parametrize(
    "text",
    [
        "Militants killed or wounded 50 soldiers.",
        "Militants killed and wounded 50 soldiers.",
        "The attack caused 50 casualties.",
        "50 killed and injured in the blast.",
        "50 people were killed or injured in the blast.",
    ],
)
def test_counts_combined_casualties_leave_killed_unknown(text):
    c = counts(text)
    assert c.casualties.best == 50, text
    assert c.killed.best is None and c.injured.best is None, text


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("There were no casualties.", 0, 0),
        ("No one was hurt in the explosion.", 0, 0),
        ("The blast damaged a shop but caused no injuries.", 0, 0),
        ("There were no deaths.", 0, None),
        ("Nobody was killed in the attack.", 0, None),
        ("A policeman was killed and no one else was injured.", 1, 0),
        ("The explosion killed at least 4 people but no one else was hurt.", 4, 0),
        ("Gunmen attacked the post overnight.", None, None),
        ("It was unclear whether anyone was hurt.", None, None),
    ],
)
def test_counts_none_only_where_the_text_says_none(text, killed, injured):
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured), text


@pytest.mark.parametrize(
    "text",
    [
        "The fighters destroyed 3 vehicles and killed 2 soldiers.",
        "Soldiers of Battalion 7 and 2 soldiers of the police were killed.",
        "In 2019, 2 soldiers were killed near Route 5.",
        "On 12 March, 2 soldiers were killed 30 km from the town.",
        "At 10:30 gunmen killed 2 soldiers who earned $500 a month.",
        "2 soldiers were killed; 40 percent of the town was damaged.",
    ],
)
def test_counts_ignore_numbers_that_are_not_people(text):
    assert counts(text).killed.best == 2, text


@pytest.mark.parametrize(
    "text",
    [
        "The fighters killed 3 vehicles.",
        "3 gunmen killed the power supply to the town.",
        "The bomb would have killed at least 5,000 people.",
        "The attackers did not kill 3 guards who hid.",
        "Police arrested 5 suspects.",
        "They vowed to kill 10 soldiers.",
        "The group threatened to kill 10 officials.",
        "Both soldiers and civilians were killed.",
    ],
)
def test_counts_no_killed_figure_without_people(text):
    assert counts(text).killed.best is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Several documents were seized from the house.",
        "The army captured 3 towns and seized 40 rifles.",
        "Police arrested 5 suspects.",
    ],
)
def test_counts_captured_needs_people(text):
    assert counts(text).captured.best is None, text


def test_counts_agent_number_is_not_a_victim():
    c = counts("3 gunmen killed 5 civilians.")
    assert c.killed.best == 5


def test_counts_discontinuous_spans_are_all_read():
    text = "Gunmen attacked a bus on Monday. Weather was fine. Police said 4 passengers were killed."
    doc = Document(text=text)
    a = text.index("Gunmen")
    b = text.index("Police")
    spans = [Evidence.of(text, a, text.index(".") + 1), Evidence.of(text, b, len(text))]
    c = extract_counts(doc, Mention(start=a, end=len(text), text=text[a:], spans=spans))
    assert c.killed.best == 4
    assert c.killed.evidence[0].start >= b


def test_counts_evidence_points_into_the_document():
    prefix = "Header line\n\n"
    body = "Gunmen killed 4 people and wounded 6 others near the market."
    text = prefix + body
    doc = Document(text=text)
    c = extract_counts(doc, Mention(start=len(prefix), end=len(text), text=body))
    for cv in (c.killed, c.injured):
        for ev in cv.evidence:
            assert text[ev.start : ev.end] == ev.text
    assert "4 people" in c.killed.evidence[0].text
    assert "6 others" in c.injured.evidence[0].text
    assert "vague:several=3" not in c.rules


def test_counts_rules_are_collected_on_the_counts_value():
    c = counts("Several people were killed and at least 7 were wounded.")
    assert "vague:several=3" in c.rules and "hedge:at-least" in c.rules


WORDS = st.sampled_from(
    ["killed", "wounded", "people", "soldiers", "at", "least", "12", "1,200", "twenty-three",
     "several", "dozens", "of", "and", ",", ".", "were", "was", "no", "one", "hurt", "toll",
     "rose", "to", "suicide", "bomber", "a", "the", "including", "more", "than", "-", "15",
     "abducted", "hostages", "took", "casualties", "between", "or", "died", "dead"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=30), st.text(max_size=20))
def test_counts_random_mentions_keep_evidence_invariant(words, noise):
    text = noise + " " + " ".join(words)
    doc = Document(text=text)
    start = len(noise)
    c = extract_counts(doc, Mention(start=start, end=len(text), text=text[start:]))
    for cv in (c.killed, c.injured, c.casualties, c.captured):
        for ev in cv.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
        vals = [v for v in (cv.low, cv.best, cv.high) if v is not None]
        assert vals == sorted(vals)
        assert all(v >= 0 for v in vals)


# quoted figures, possessives, compounds, speakers, unknown numbers, 'unharmed' (docs/rules/counts.md)
FOLLOWUP_CASES = [
    ('The army said it killed "more than 15" of the attackers. Three soldiers died.', "killed", (18, 18, None)),
    ("The group said its fighters killed 'several' soldiers.", "killed", (3, None, None)),
    ("A shell hit the house, killing a farmer and his three sons.", "killed", (4, 4, 4)),
    ("The bomber blew herself up, killing herself and four market traders.", "killed", (5, 5, 5)),
    ("A roadside bomb killed two bus passengers.", "killed", (2, 2, 2)),
    ("Gunmen shot dead a police officer at his home.", "killed", (1, 1, 1)),
    ("Armed men shot dead a village headman.", "killed", (1, 1, 1)),
    ("A landmine exploded, killing a shepherd.", "killed", (1, 1, 1)),
    ("A mob beat to death a man accused of theft.", "killed", (1, 1, 1)),
    ("The missile hit the vehicle, killing its crew of four.", "killed", (4, 4, 4)),
    ("Dozens of fighters on both sides were killed.", "killed", (12, None, None)),
    ("The blast killed three people and wounded seven others, a hospital director said.", "injured", (7, 7, 7)),
    ("According to a local elder, five villagers were killed.", "killed", (5, 5, 5)),
    ("At least 6 members of the security forces and several gunmen were killed.", "killed", (9, None, None)),
    ("Three guards and an unknown number of attackers were killed.", "killed", (3, 3, None)),
    ("Gunmen set fire to a lorry on the highway. The driver was unhurt.", "injured", (0, 0, 0)),
    ("The march through the city centre ended without incident.", "killed", (0, 0, 0)),
]


@pytest.mark.parametrize("text, cat, expected", FOLLOWUP_CASES)
def test_counts_extract_quotes_possessives_speakers_and_unknowns(text, cat, expected) -> None:
    assert triple(getattr(counts(text), cat)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An unknown number of people were killed in the raid.",
        "There were no immediate reports of casualties.",
        "There were no reports of deaths after the shelling.",
    ],
)
def test_counts_extract_unknown_figures_stay_null(text) -> None:
    c = counts(text)
    assert c.killed.best is None and c.injured.best is None


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        ("Its fighters clashed with troops near the river and killed nine of them.", (9, 9, 9), "subset-of-group"),
        ("The group said it ambushed a patrol, killing several of them.", (3, None, None), "subset-of-group"),
        ("Two soldiers were among those killed.", (2, 2, None), "subset-floor"),
        ("Several soldiers were among those killed.", (3, None, None), "subset-floor"),
    ],
)
def test_counts_extract_part_of_a_group_or_of_a_toll(text, expected, rule) -> None:
    c = counts(text)
    assert triple(c.killed) == expected
    assert rule in c.killed.rules
