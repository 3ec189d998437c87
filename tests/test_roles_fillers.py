"""sitrep.extractors.roles: perpetrators, targets, victims and weapons as written, with evidence."""

from __future__ import annotations

import pytest

from sitrep.extractors.roles import ROLE_KEYS, extract_roles
from sitrep.model import ActorsValue, ActorType, ActorValue, Document, Evidence, Mention


def _roles(text: str, actors: ActorsValue | None = None, prefix: str = "") -> dict[str, list[str]]:
    full = prefix + text
    doc = Document(text=full)
    mention = Mention(start=len(prefix), end=len(full), text=text)
    out = extract_roles(doc, mention, actors, None)
    for fillers in out.values():
        for f in fillers:
            assert doc.text[f.evidence.start : f.evidence.end] == f.text == f.evidence.text
    return {k: [f.text for f in v] for k, v in out.items()}


def test_roles_returns_the_four_keys_even_when_empty() -> None:
    out = _roles("The council met on Friday to discuss the school budget.")
    assert set(out) == set(ROLE_KEYS)
    assert all(v == [] for v in out.values())


def test_roles_bomb_on_convoy_gives_weapon_target_and_victims() -> None:
    out = _roles(
        "A roadside bomb struck a military convoy near Afgoye on Thursday, killing three soldiers "
        "and wounding five, officials said."
    )
    assert out["weapons"] == ["roadside bomb"]
    assert out["targets"] == ["military convoy"]
    assert out["victims"] == ["three soldiers"]
    assert out["perpetrators"] == []


def test_roles_passive_voice_swaps_victim_and_perpetrator() -> None:
    out = _roles("Three policemen were killed by unidentified gunmen armed with AK-47 rifles at a checkpoint.")
    assert out["victims"] == ["Three policemen"]
    assert out["perpetrators"] == ["unidentified gunmen"]
    assert out["weapons"] == ["AK-47 rifles"]


def test_roles_active_subject_is_perpetrator_and_object_victim() -> None:
    out = _roles("Members of the armed forces murdered six priests at the university.")
    assert out["perpetrators"] == ["Members of the armed forces"]
    assert out["victims"] == ["six priests"]


def test_roles_coordinated_victims_share_the_role() -> None:
    out = _roles("Urban commandos set off a car bomb outside the headquarters of the national police, wounding four policemen and a woman.")
    assert out["victims"] == ["four policemen", "woman"]
    assert out["targets"] == ["headquarters of the national police"]
    assert out["weapons"] == ["car bomb"]


def test_roles_organisation_and_acronym_claiming_are_perpetrators() -> None:
    out = _roles(
        "An explosion damaged the front of the consulate. The Southern Liberation Front (SLF) "
        "claimed responsibility for the attack."
    )
    assert out["perpetrators"] == ["Southern Liberation Front", "SLF"]
    assert "consulate" in out["targets"]


def test_roles_organisation_merely_mentioned_is_not_a_perpetrator() -> None:
    out = _roles("The Southern Liberation Front held a press conference in the capital on Monday.")
    assert out["perpetrators"] == []


def test_roles_no_target_without_an_attack_or_harm_verb() -> None:
    out = _roles("The new hospital and the bridge were opened by the governor.")
    assert out["targets"] == []


def test_roles_offsets_are_absolute_in_the_document() -> None:
    prefix = "KABUL, May 2 (Example Wire) - Officials gave no details.\n\n"
    out = _roles("Gunmen attacked a bus carrying workers near the airport.", prefix=prefix)
    assert out["perpetrators"] == ["Gunmen"]
    assert out["targets"] == ["bus"]


def test_roles_actor1_evidence_adds_a_perpetrator() -> None:
    text = "Fighters of the Northern Coalition stormed an army outpost, the ministry said."
    start = text.index("Northern Coalition")
    ev = Evidence(start=start, end=start + len("Northern Coalition"), text="Northern Coalition")
    actors = ActorsValue(actor1=ActorValue(name="Northern Coalition", actor_type=ActorType.REBEL_GROUP, evidence=[ev]))
    out = _roles(text, actors)
    assert "Northern Coalition" in out["perpetrators"] or "Fighters of the Northern Coalition" in out["perpetrators"]
    assert out["targets"] == ["army outpost"]


@pytest.mark.parametrize("weapon", ["dynamite", "grenade", "machineguns", "car bomb"])
def test_roles_weapon_lexicon_words_are_found(weapon: str) -> None:
    out = _roles(f"The attackers used {weapon} against the police station.")
    assert out["weapons"] == [weapon]


def test_roles_name_after_a_title_is_the_victim() -> None:
    out = _roles("Opposition leader Hector Ramos was shot dead outside his home on Tuesday.")
    assert out["victims"] == ["Hector Ramos"]


def test_roles_lower_case_text_victim_after_assassination_of() -> None:
    out = _roles("police are investigating the assassination of attorney general roberto garcia alvarado.")
    assert out["victims"] == ["roberto garcia alvarado"]


def test_roles_numbers_with_thousands_separator_stay_whole() -> None:
    out = _roles("The blast wounded 1,200 people in the city centre.")
    assert out["victims"] == ["1,200 people"]


def test_roles_weapon_without_any_violence_in_the_sentence_is_ignored() -> None:
    out = _roles("The ministry said that the import of rifles was banned last year.")
    assert out["weapons"] == []


def test_roles_noun_after_a_preposition_is_not_the_subject_of_a_later_verb() -> None:
    out = _roles("The fighters clashed with soldiers near Mangina and killed several of them.")
    assert "soldiers" not in out["perpetrators"]


def test_roles_actor_evidence_that_is_a_whole_clause_is_not_a_filler() -> None:
    text = "On Sunday, it said its fighters overran an army base near the river after a gunfight lasting hours."
    ev = Evidence(start=0, end=len(text) - 1, text=text[:-1])
    actors = ActorsValue(actor1=ActorValue(name="Some Group", actor_type=ActorType.REBEL_GROUP, evidence=[ev]))
    out = _roles(text, actors)
    assert all(len(p.split()) <= 8 for p in out["perpetrators"])
