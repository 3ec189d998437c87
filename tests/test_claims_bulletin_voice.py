"""A group's own bulletin (docs/rules/claims.md, decision table row 1) and its inline region headers.

Synthetic snippets only: the labels are read from the reviewed lexicon (data/neutral_terms.yaml).
"""

from __future__ import annotations

from sitrep import extract
from sitrep.extractors.actors import neutral_term_entries, term_samples
from sitrep.extractors.claims import document_claim
from sitrep.model import Document
from sitrep.segment import restore_layout


def _sample(kind: str, maps_to: str) -> str:
    for e in neutral_term_entries():
        if e.get("kind") == kind and e.get("maps_to") == maps_to:
            return term_samples(e["term"])[0]
    raise AssertionError(f"no {kind} -> {maps_to} in neutral_terms.yaml")


SELF = _sample("self-label", "Islamic State")  # a self-label that names the group
ARMY = _sample("enemy-label", "Military Forces of {country}")

BULLETIN = (
    f"Operations of the {SELF} over the last week. Sinai Wilayah On 2 May 2023, the {SELF} attacked a checkpoint "
    f"of the {ARMY} near Rafah, killing 3 of them. Wilayat Khurasan On 3 May 2023, the {SELF} attacked a post of "
    f"the {ARMY} in Achin district, Nangarhar, killing 4 of them."
)


def test_claims_own_voice_makes_the_bulletin_a_claim():
    c = document_claim(Document(text=BULLETIN))
    assert c.source_kind.value == "claim"
    assert "claim-own-voice" in c.rules
    assert c.claimed_by is not None and c.claimed_by.startswith("Islamic State")


def test_claims_inline_region_headers_name_the_branch_per_item():
    events = extract(BULLETIN, published="2023-05-05")
    by_country = {e.country: e.claimed_by for e in events}
    assert by_country.get("Egypt") == "Islamic State (Sinai Province)"
    assert by_country.get("Afghanistan") == "Islamic State (Khorasan Province)"
    assert all(e.source_kind.value == "claim" for e in events)
    for e in events:
        assert ARMY not in (e.actor1 or "") + (e.actor2 or "") + e.notes


def test_claims_news_report_without_the_groups_words_stays_a_report():
    c = document_claim(Document(text="RAFAH, 3 May (Example Wire) - Gunmen attacked an army checkpoint near Rafah on "
                                     "Tuesday, killing three soldiers, officials said."))
    assert c.source_kind.value == "report"


def test_segment_restore_layout_puts_inline_headers_on_their_own_lines():
    laid = restore_layout(BULLETIN)
    assert len(laid) == len(BULLETIN)
    lines = laid.split("\n")
    assert "Sinai Wilayah" in lines and "Wilayat Khurasan" in lines
    # text that kept its layout comes back unchanged
    kept = "Sinai\nOn 2 May, gunmen attacked a checkpoint.\n\nKhurasan\nOn 3 May, a bomb exploded."
    assert restore_layout(kept) == kept
