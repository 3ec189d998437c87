"""The decision table for voice (docs/rules/claims.md, "One decision table for voice"): one case per row.

Every case runs the whole pipeline (``sitrep.extract``), so the table is checked as users meet it.
Enemy labels in row 1 are read from the reviewed lexicon (data/neutral_terms.yaml), never typed here.
"""

from __future__ import annotations

import pytest

from sitrep import extract
from sitrep.extractors.actors import neutral_term_entries


def _label(kind: str, maps_to_prefix: str) -> str:
    """A concrete phrase of a lexicon term of ``kind`` whose neutral name starts with ``maps_to_prefix``."""
    import re

    for e in neutral_term_entries():
        if e.get("kind") != kind or not str(e.get("maps_to", "")).startswith(maps_to_prefix):
            continue
        term = e["term"]
        # the first alternative of a simple "(?:a|b) (?:c|d)" term, written out
        phrase = re.sub(r"\(\?:([^|)]+)[^)]*\)\??", r"\1", term)
        phrase = re.sub(r"[?\\]|s\?$", "", phrase)
        if re.fullmatch(r"[a-z' -]+", phrase) and re.fullmatch(term, phrase, re.I):
            return phrase
    raise AssertionError(f"no {kind} term for {maps_to_prefix} in neutral_terms.yaml")


def _one(text: str, published: str = "2023-05-04"):
    events = extract(text, published=published)
    assert events, text
    return events[0]


def test_claims_table_row1_group_own_bulletin_is_its_claim():
    army = _label("enemy-label", "Military Forces of {country}")
    text = ("Operations of the soldiers of the caliphate\n\nSinai Wilayah\n"
            f"On 2 May 2023, the mujahideen attacked a checkpoint of the {army} near Rafah in North Sinai, "
            "killing 3 of them.")
    e = _one(text)
    assert e.source_kind.value == "claim"
    assert e.claimed_by == "Islamic State (Sinai Province)"
    assert army not in " ".join(str(v) for v in e.model_dump(exclude={"evidence", "field_evidence", "perpetrators",
                                                                        "targets", "victims", "weapons"}).values())


def test_claims_table_row2_state_statement_on_own_operation_is_its_claim():
    e = _one("Inter-Services Public Relations (ISPR): on 2 May 2023 our troops conducted an operation in North "
             "Waziristan and killed six militants.")
    assert e.source_kind.value == "claim"
    assert e.claimed_by == "Military Forces of Pakistan"


def test_claims_table_row3_state_statement_on_others_act_is_a_report():
    text = ("PRESS RELEASE\n\nMinistry of Defence of Cameroon\n\n1. On 21 October 2024, our troops repelled an attack "
            "by separatist fighters on the army post in Kumbo, Bui division. Two attackers were killed.\n\n"
            "2. The Ministry of Defence also deplores the killing on 19 October 2024 of a schoolteacher in Kumba, "
            "Meme division, South-West region, by separatist fighters.")
    events = extract(text, published="2024-10-23")
    kinds = {e.evidence.text[:20]: (e.source_kind.value, e.claimed_by) for e in events}
    assert ("claim", "Military Forces of Cameroon") in kinds.values()
    assert ("report", None) in kinds.values()


@pytest.mark.parametrize("statement", [
    'A spokesman for the Baloch Liberation Army said in a statement on 4 May 2023: "The Baloch Liberation Army '
    'takes full responsibility for the attack on a Pakistani army convoy near Turbat, in which 12 soldiers '
    'were killed."',
    'A spokesman for the Baloch Liberation Army said on 4 May 2023: "We take full responsibility for the attack '
    'on a Pakistani army convoy near Turbat. Our fighters killed 12 soldiers."',
    "The Baloch Liberation Army spokesman said on 4 May 2023 that the organisation takes full responsibility for "
    "the attack on a Pakistani army convoy near Turbat, in which 12 soldiers were killed.",
])
def test_claims_table_row4_spokesman_taking_full_responsibility_is_a_claim(statement):
    """Issue 19, item 5: a spokesman's statement that "takes full responsibility" was read as a report."""
    e = _one(statement)
    assert e.source_kind.value == "claim", e.rules
    assert e.claimed_by == "BLA: Balochistan Liberation Army"
    assert e.fatalities == 12


def test_claims_table_row4_responsibility_with_own_sources_stays_a_report():
    e = _one("TURBAT, 4 May (Example Wire) - A roadside bomb hit a Pakistani army convoy near Turbat on Wednesday, "
             "killing 12 soldiers, police said. The Baloch Liberation Army said it takes full responsibility for "
             "the attack.")
    assert e.source_kind.value == "report"
    assert e.claimed_by is None
    assert e.actor1 == "BLA: Balochistan Liberation Army"


def test_claims_table_row5_monitor_relaying_a_statement_is_a_claim():
    e = _one("Claims summary (as published by the group)\n- On 2 May 2023, the group said its fighters attacked a "
             "checkpoint of the Egyptian army west of Al-Arish and killed two soldiers.")
    assert e.source_kind.value == "claim"


def test_claims_table_row6_report_with_its_own_sources_mentioning_a_claim_is_a_report():
    e = _one("MOGADISHU, 3 May (Example Wire) - A suicide bomber killed 9 people at a checkpoint in Mogadishu on "
             "Tuesday, police said. Al Shabaab claimed responsibility for the attack.")
    assert e.source_kind.value == "report"
    assert e.claimed_by is None
    assert "responsibility-claim" in e.rules
    assert e.actor1 == "Al Shabaab"


def test_claims_table_row7_party_speaking_of_its_own_action_in_a_report():
    text = ("MAIDUGURI, 20 November (Example Wire) - Gunmen killed two farmers near Konduga on Friday, residents "
            "said.\n\nSeparately, the army said its troops killed 20 militants near Bama on Saturday.")
    events = extract(text, published="2023-11-20")
    by = {e.claimed_by for e in events if e.source_kind.value == "claim"}
    assert by == {"Military Forces of Nigeria"}


def test_claims_table_row8_third_party_account_is_a_report():
    e = _one("KABUL, 3 May (Example Wire) - A roadside bomb killed three soldiers in Ghazni on Tuesday, officials said.")
    assert e.source_kind.value == "report"
    assert e.claimed_by is None
