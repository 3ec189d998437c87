"""New armed groups, state forces and community militias (docs/rules/actors.md, round 3)."""
import pytest

from sitrep import extract


@pytest.mark.parametrize("text,actor1", [
    ("Members of a Dogon community militia attacked a herders camp near Bandiagara, Mali, killing 4 herders.",
     "Dogon Ethnic Militia (Mali)"),
    ("RSF fighters shelled a market in Nyala, Sudan, killing 9 civilians.", "RSF: Rapid Support Forces"),
    ("Fighters of the Oromo Liberation Army attacked a police post in Nekemte, Ethiopia, killing 3 officers.",
     "OLA: Oromo Liberation Army"),
])
def test_actors_new_groups_and_community_militia(text, actor1):
    events = extract(text)
    assert events and events[0].actor1 == actor1

