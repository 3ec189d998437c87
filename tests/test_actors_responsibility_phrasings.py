"""Responsibility read in more phrasings, for lexicon groups and for names the lexicon lacks: a group's
own report ("X said it carried out the attack", "a spokesman for X said the group ..."), suspicion
("police suspect X", "the work of X", "the hallmarks of X"), "attributed the attack to X", a party
after a demonym and a descriptor ("by the Puerto Rican nationalist group X"), coordinated parties,
an appositive relation read through "the outlawed", and names after "the village of"
(docs/rules/actors.md, "Responsibility in more phrasings")."""

import pytest

import sitrep

from .test_actors_real_text_perpetrators import actor1

LEAD = "A bomb exploded at a market in Quetta on Monday, killing five people and wounding twelve. "
DERIVED = "Sindhudesh Revolutionary Army"


def _first_actor1(text: str) -> str | None:
    events = sitrep.extract(text, published="2018-03-01", source="t")
    return events[0].actor1 if events else None


@pytest.mark.parametrize(
    "sentence",
    [
        "The {G} said it carried out the attack.",
        "The {G} said it was behind the attack.",
        "In a statement, the {G} said its fighters had planted the bomb.",
        "A spokesman for the {G} said the group carried out the attack.",
        "Officials suspect the {G}.",
        "Officials suspect the {G} of carrying out the attack.",
        "The attack is believed to be the work of the {G}.",
        "Police said the attack was the work of the {G}.",
        "Police said the attack bore the hallmarks of the {G}.",
        "Authorities attributed the attack to the {G}.",
        "Suspicion fell on the {G}.",
        "Police blamed the attack on a little-known group called {G}.",
    ],
)
def test_responsibility_phrasings_name_a_group_the_lexicon_lacks(sentence: str) -> None:
    assert _first_actor1(LEAD + sentence.replace("{G}", DERIVED)) == DERIVED


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the attack was the work of Lashkar-e-Jhangvi.",
        "Police said the attack bore the hallmarks of Lashkar-e-Jhangvi.",
        "A spokesman for Lashkar-e-Jhangvi said the group carried out the attack.",
    ],
)
def test_responsibility_phrasings_name_a_lexicon_group(sentence: str) -> None:
    assert _first_actor1(LEAD + sentence) == "LeJ: Lashkar-e-Jhangvi"


@pytest.mark.parametrize(
    "sentence",
    [
        # a suspect arrested is no group: the frame needs the party that suspects
        "Police arrested a suspect, Ahmed Khan.",
        # a spokesman of the state speaks of others' acts: the army is no author
        "A spokesman for the army said militants carried out the attack.",
        # a spokesman reporting no act of the group, a denial, a habit, "the work of" rescuers
        "A spokesman for the Taliban said the group was investigating the attack.",
        "The Taliban said it was not behind the attack.",
        "No group has claimed responsibility, but the Taliban often carry out such attacks.",
        "The work of rescue teams was hampered by rain.",
    ],
)
def test_responsibility_phrasings_look_alikes_name_no_author(sentence: str) -> None:
    assert _first_actor1(LEAD + sentence) == "Unidentified Armed Group (Pakistan)"


def test_a_claim_in_a_later_sentence_with_a_gloss_names_the_claimant() -> None:
    text = ("A powerful bomb exploded in front of the main offices of Nepal Oil in Kathmandu, killing three people. "
            "A little-known militant organisation called the Unified National Liberation Front (Samyukta Jatiya "
            "Mukti Morcha) claimed responsibility the attack.")
    assert _first_actor1(text) == "Unified National Liberation Front"


def test_a_claimant_described_as_a_wing_of_an_outlawed_group_is_the_claimant() -> None:
    text = ("A district governor has died after a bomb attack on his office in the southeast of Turkey. The YPS, a "
            "youth wing of the outlawed Kurdistan Workers Party (PKK), claimed responsibility for the attack in Mardin.")
    assert _first_actor1(text) == "YPS"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a demonym and a descriptor between "by" and the group ("set off by" is an act before "by")
        ("A bomb set off by the Puerto Rican nationalist group FALN in East Harlem disables a police officer.",
         "United States", "FALN: Armed Forces of National Liberation"),
        ("Five soldiers were killed in an ambush claimed by the Somali militant group al-Shabaab.", "Somalia",
         "Al Shabaab"),
        # "the work of X": the agent cue is nearer than "the attack"
        ("A suicide bomber struck a checkpoint in Hilla, killing 45 people. A provincial official said the attack was "
         "the work of Al Qaeda.", "Iraq", "Al Qaeda"),
        # responsibility said of a coordination is said of its first party too
        ("Police said the Taliban and Hizb-i-Islami were behind the attack on a checkpoint in Kunduz.", "Afghanistan",
         "Taliban"),
        # a passive after a comma still names the victims' group
        ("At least 15 fighters from the Syrian Democratic Forces, were killed on Saturday in two Islamic State attacks.",
         "Syria", "Islamic State"),
        # members of a group after "by" in the object of an act are the attackers, not its victims
        ("A peacekeeper was killed during an attack by alleged members of the Lord's Resistance Army.", "Mali",
         "LRA: Lord's Resistance Army"),
        ("Three soldiers were injured by grenades thrown by the militants of the Kurdistan Workers' Party near Cukurca.",
         "Turkey", "PKK: Kurdistan Workers Party"),
        # "tries to <act>": the person who opens the clause acts
        ("Sarah Jane Moore tries to assassinate President Gerald Ford in San Francisco.", "United States",
         "Sarah Jane Moore"),
        # members of a party shot are its victims; "committed by" names the author
        ("A shooting of young members of the Youth League occurred on the island, committed by right-wing militant "
         "Anders Behring Breivik.", "Norway", "Anders Behring Breivik"),
        ("Suspected militants shot dead a member of the Sons of Iraq in Muqdadiya.", "Iraq",
         "Unidentified Armed Group (Iraq)"),
    ],
)
def test_role_cues_read_descriptors_coordination_and_commas(text: str, country: str, expected: str) -> None:
    assert actor1(text, country) == expected


def test_members_of_a_tribe_executed_are_victims_not_authors() -> None:
    text = ("Assailants executed 150 soldiers and policemen and 75 members of the Albu Nimr tribe in Hit. Sources "
            "attributed the attack to Islamic State.")
    assert actor1(text, "Iraq") == "Islamic State"


def test_a_name_after_the_village_of_is_a_place_not_a_group() -> None:
    text = "In the village of Safina fighters killed 15 civilians and threw their bodies in a river."
    assert actor1(text, "Iraq") != "Safina"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # "Maoists" in India and Nepal conventionally designate one party each (actors.yaml country_defaults)
        ("Maoists killed five policemen in an ambush in Sukma district.", "India",
         "CPI (Maoist): Communist Party of India (Maoist)"),
        ("Maoist rebels attacked a police post in Rolpa district, killing 12 policemen.", "Nepal",
         "CPN-M: Communist Party of Nepal (Maoist)"),
        # a patient cue ("killed") does not reach over a clause opener to members named after it
        ("At least 20 people were killed when militants from the Islamic State in the Greater Sahara attacked a "
         "village.", "Niger", "Islamic State (Sahel Province)"),
        ("Two soldiers were killed as militants from the outlawed Kurdistan Workers' Party detonated a bomb.", "Turkey",
         "PKK: Kurdistan Workers Party"),
    ],
)
def test_maoists_by_country_and_members_after_a_clause_opener(text: str, country: str, expected: str) -> None:
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a hyphenated affiliation names the group the fighters belong to
        ("ISIL-affiliated militants killed five soldiers in an attack on a checkpoint.", "Egypt",
         "Islamic State (Sinai Province)"),
        ("IS-linked fighters attacked a village near Mocimboa da Praia, killing four people.", "Mozambique",
         "Islamic State (Mozambique Province)"),
        # inspiration is no membership: no author is named
        ("A group of Islamic State-inspired youths stabbed two police officers in Brussels.", "Belgium",
         "Unidentified Armed Group (Belgium)"),
    ],
)
def test_a_hyphenated_affiliation_names_the_group(text: str, country: str, expected: str) -> None:
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one acts in the event's sentences; the sentence before it, which opened no event, names the party
        ("Israeli soldier Nissim Toledano is kidnapped by Hamas, who threatened to kill him unless Israel released "
         "Sheikh Ahmed Yassin. After Israel failed to release Yassin, Toledano was murdered.", "Hamas Movement"),
        ("Islamic State affiliated Wilayah Sayna militants have claimed destruction of Metrojet Flight 9268. It was "
         "later confirmed that the aircraft had been bombed.", "Islamic State (Sinai Province)"),
    ],
)
def test_the_party_named_before_the_event_on_its_line_acts(text: str, expected: str) -> None:
    assert _first_actor1(text) == expected


def test_a_party_named_before_on_another_line_is_not_read() -> None:
    text = ("Hamas kidnapped a soldier near Gaza on Monday.\n"
            "In Jenin, a man was murdered.")
    events = sitrep.extract(text, published="2018-03-01", source="t")
    last = max(events, key=lambda e: e.evidence.start if e.evidence else 0)
    assert last.actor1 != "Hamas Movement"


def test_a_party_of_an_earlier_event_in_the_paragraph_is_not_read() -> None:
    text = ("Boko Haram fighters killed four farmers near Konduga on Monday. The following day, a female suicide "
            "bomber detonated her explosives at a camp in Dikwa, killing two residents.")
    events = sitrep.extract(text, published="2019-09-10", source="t")
    last = max(events, key=lambda e: e.evidence.start if e.evidence else 0)
    assert last.actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym-looking first word stays in the name when an organisation word follows ("Democratic Front")
        ("The Democratic Front for the Liberation of Bodoland (DFLB) attacked a village in Kokrajhar, killing four "
         "people.", "DFLB: Democratic Front for the Liberation of Bodoland"),
        # "blamed X." with the name ending the sentence: an organisation
        ("Two people were injured when a bomb exploded near Hyderabad. Police blamed the banned Sindhudesh "
         "Revolutionary Army.", DERIVED),
        # "claimed later by a group calling itself X"
        ("Two people were injured when a bomb exploded near Hyderabad. Responsibility was later claimed by a group "
         "calling itself the Sindh Liberation Front.", "Sindh Liberation Front"),
        # "X-claimed attack"
        ("Five people were killed in an ISIS-claimed attack on a church in Dagestan.", "Islamic State"),
        # a person blamed at the end of a sentence is no organisation
        ("Two people were killed when a bomb exploded near Nairobi. The opposition blamed President Ruto.",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_open_vocabulary_names_in_more_frames(text: str, expected: str) -> None:
    assert _first_actor1(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's own outlet reports its act: the group is the author
        ("Unknown militants hacked a farmer to death in southern Bangladesh. Islamic State-affiliated media said the "
         "group carried out the attack.", "Islamic State"),
        # the outlet reporting no act of the group names no author
        ("Unknown militants hacked a farmer to death in southern Bangladesh. Islamic State-affiliated media said the "
         "group was investigating the killing.", "Unidentified Armed Group (Bangladesh)"),
    ],
)
def test_a_groups_own_media_reporting_its_act(text: str, expected: str) -> None:
    assert _first_actor1(text) == expected
