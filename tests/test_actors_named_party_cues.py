"""Where real reporting names the party behind an act: appositions, ties, "attack of X", warning
calls, a person acting after an appositive, Spanish names (docs/rules/actors.md, issue 12 third pass)."""

import pytest

import sitrep
from sitrep.extractors.actor_names import derive_names

from .test_actors_real_text_perpetrators import actor1


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a generic armed-group phrase right before the group's name is that group (apposition)
        ("A judge was shot dead outside his home by the leftist terrorist group Revolutionary Struggle Front.", "Greece",
         "Revolutionary Struggle Front"),
        ("Six gunmen associated with the militant group Al-Shabaab stormed a college, killing 40 students.", "Kenya",
         "Al Shabaab"),
        # ties to a named group
        ("Five gunmen with ties to Lashkar-e-Taiba opened fire on a crowded station.", "India", "LeT: Lashkar-e-Taiba"),
        # a country word that ends a group's name is not a state's force
        ("Gunmen with ties to Tehrik-i-Taliban Pakistan dressed in military uniforms stormed a school.", "Pakistan",
         "TTP: Tehreek-i-Taliban Pakistan"),
        # "an attack / ambush of X" names X the author
        ("An ambush of the ELN left six soldiers dead.", "Colombia", "ELN: National Liberation Army"),
        ("Four soldiers were killed by rebels. It was the deadliest attack of the Free Cordillera Army this year.",
         "Colombia", "Free Cordillera Army"),
        # the group that phoned a warning before the blast set the bomb
        ("A bomb exploded outside a tax office in Bilbao after a warning call from ETA. Nobody was hurt.", "Spain",
         "ETA: Basque Homeland and Freedom"),
        ("A device went off at a petrol station. A caller representing ETA had warned of it.", "Spain",
         "ETA: Basque Homeland and Freedom"),
        # a person who acts after an appositive
        ("Jonas Keller, a former security guard, shot eleven people at a hotel before being killed by police.",
         "Germany", "Jonas Keller"),
        # a passive after a phrase is no act of it ("five of them children, were killed")
        ("ETA car bombing of a barracks in Vic. Nine people, four of them children, were killed.", "Spain",
         "ETA: Basque Homeland and Freedom"),
        # "assassinated by P": P is the author; "Member of Parliament" is an office, not a group's member
        ("Murder of an MP: Labour Member of Parliament Anne Hart is assassinated by Peter Lowe, a local man.",
         "United Kingdom", "Peter Lowe"),
        # a spokesman saying his group was behind the act is the group's own report
        ("A bomb exploded at a market in Mogadishu. Al-Shabaab spokesman, Ali Dheere, said that his group was behind "
         "the attack.", "Somalia", "Al Shabaab"),
        # "the bombs were (reportedly) from X"
        ("Forty people were killed at a procession in Quetta. The bombs were reportedly from the group "
         "Lashkar-e-Jhangvi.", "Pakistan", "LeJ: Lashkar-e-Jhangvi"),
        # a comma between the act and "by X"
        ("The plane was shot down, most likely by the Patriotic Liberation Front, killing all on board.", "Rwanda",
         "Patriotic Liberation Front"),
        # people "described as" members of a group are that group
        ("A man was stabbed by people who were described as Islamic State members.", "Iraq", "Islamic State"),
    ],
)
def test_the_named_party_is_the_perpetrator(text, country, expected):
    assert actor1(text, country) == expected


def test_the_target_of_an_attack_stays_the_target():
    # "the bombing of X" and "an attack on X" name the target, not the author
    assert actor1("Gunmen carried out an attack on the ELN camp, killing three guerrillas.", "Colombia") != \
        "ELN: National Liberation Army"


def test_spanish_organisation_words_make_a_name():
    text = "A bomb went off at a bank in Oaxaca. Brigada de Accion Directa Luigi Fabbri claimed responsibility."
    names = [d.name for d in derive_names(text, [(0, len(text))])]
    assert "Brigada de Accion Directa Luigi Fabbri" in names


def test_a_person_named_only_as_a_victim_is_no_agent():
    assert actor1("A girl named Maria Lopez was stabbed by her neighbour in Seville.", "Spain") != "Maria Lopez"


def test_a_title_before_a_colon_is_no_subject():
    # "<Place> attacks: ..." is an article title, not "<Person> attacks"
    text = "Green Hill attacks: A suicide bomber detonated his bomb at an intersection in Jerusalem."
    assert all(d.name != "Green Hill" for d in derive_names(text, [(0, len(text))]))


def test_a_self_labelled_name_is_not_cut_to_a_stub():
    # the group's name holds a loaded term of neutral_terms.yaml: neither the name nor a stub of it is derived
    text = "Three policemen are killed in Srinagar. Hizbul Mujahideen claims responsibility."
    assert all(not d.name.startswith("Hizbul") for d in derive_names(text, [(0, len(text))]))


def test_a_generic_linked_group_in_an_appositive_names_no_claimant():
    events = sitrep.extract("A bomb went off at a bus stop in Tel Aviv, killing one. The Al-Aqsa Martyrs' Brigade, an "
                            "al-Fatah linked group, claimed responsibility for the attack.", published="2004-07-12")
    assert events and events[0].actor1 == "Al Aqsa Brigades"
