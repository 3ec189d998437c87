"""A claim's own dead, told with the party's euphemism, are counted and marked as its own account.

The euphemism and the self-label are read from data/neutral_terms.yaml (kind death-euphemism and
self-label); no loaded wording is written here.
"""

from __future__ import annotations

from sitrep import extract
from sitrep.extractors.actors import neutral_term_entries, term_samples


def _sample(kind: str, maps_to: str | None = None) -> str:
    for e in neutral_term_entries():
        if e.get("kind") == kind and (maps_to is None or e.get("maps_to") == maps_to):
            return term_samples(e["term"])[0]
    raise AssertionError(kind)


DEATH = _sample("death-euphemism")
SELF = next(term_samples(e["term"])[0] for e in neutral_term_entries()
            if e.get("kind") == "self-label" and e.get("maps_to") == "{claimant}" and e["term"] == "brothers")
NAMED = _sample("self-label", "Islamic State")
ARMY = _sample("enemy-label", "Military Forces of {country}")


def _claim(sentence: str):
    text = f"Operations of the {NAMED}\n\nSinai Wilayah\n{sentence}"
    events = extract(text, published="2023-05-05")
    assert len(events) == 1, events
    return events[0]


def test_claims_own_dead_are_added_and_noted():
    e = _claim(f"On 2 May 2023, the {NAMED} attacked a checkpoint of the {ARMY} near Rafah, killing 11 of them, "
               f"and two of the {SELF} {DEATH}.")
    assert e.source_kind.value == "claim"
    assert e.fatalities == 13
    assert "claim-own-dead:2" in e.rules
    assert "own members, by its own account" in e.notes
    assert DEATH not in e.notes and SELF not in e.notes


def test_claims_without_own_dead_keep_the_figure():
    e = _claim(f"On 2 May 2023, the {NAMED} attacked a checkpoint of the {ARMY} near Rafah, killing 11 of them.")
    assert e.fatalities == 11
    assert not any(r.startswith("claim-own-dead") for r in e.rules)


def test_claims_suicide_driver_of_an_explosive_laden_vehicle_is_counted():
    e = _claim(f"On 2 May 2023, one of the {SELF} drove his explosive-laden vehicle into a checkpoint of the {ARMY} "
               "near Rafah, killing 12 of them.")
    assert e.sub_event_type.value == "Suicide bomb"
    assert e.fatalities == 13


def test_claims_report_words_are_not_counted_as_own_dead():
    e = extract("RAFAH, 3 May (Example Wire) - Gunmen attacked an army checkpoint near Rafah on Tuesday, killing "
                "three soldiers, officials said.", published="2023-05-03")[0]
    assert not any(r.startswith("claim-own-dead") for r in e.rules)
