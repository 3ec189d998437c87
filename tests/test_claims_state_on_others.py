"""A ministry's release is the state's claim for its own operations, a report for acts of others."""

from sitrep.pipeline import extract

RELEASE = """---
published: 2021-05-10
---
PRESS RELEASE - MINISTRY OF DEFENCE

The Ministry of Defence informs the public that on 8 May, our troops repelled an attack by separatist fighters on a military post in Bamenda, killing four of the attackers.

On 9 May, separatist fighters shot dead a teacher in Kumba.
"""


def test_claims_state_release_claims_own_operation_and_reports_acts_of_others() -> None:
    own, other = extract(RELEASE)
    assert (own.source_kind.value, own.claimed_by) == ("claim", "Military Forces of Cameroon")
    assert (other.source_kind.value, other.claimed_by) == ("report", None)
    assert "report-state-on-others" in other.rules
    assert other.actor2 == "Civilians (Cameroon)"
