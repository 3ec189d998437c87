"""The guards that keep the learned models out of violence against civilians between two organised armed
parties (docs/rules/event-types.md, "Rules and the model"; `between_armed_actor2` in type_combine.yaml): a battle
needs actor2 to be state forces, rebels or external forces; a political or identity militia as actor2 (often the
victims of a communal militia, or a name misread as one) leaves the choice to the models. Sentences are the
project's own."""

from __future__ import annotations

from sitrep.extractors import types as T
from sitrep.model import ActorsValue, ActorType, ActorValue, EventType, SubEventType
from tests.type_head_helpers import probs as _probs
from tests.type_head_helpers import scores as _scores

SHOOTING = "Gunmen opened fire on a bus, killing six passengers near the market."


def _battle(actor2: ActorValue):  # noqa: ANN202
    doc, m, _, cues, value = T.analyse_text(SHOOTING)
    militia = ActorValue(name="Clan Militia", actor_type=ActorType.IDENTITY_MILITIA)
    actors = ActorsValue(actor1=militia, actor2=actor2)
    battle = value.model_copy(update={"is_event": True, "in_scope": True, "event_type": EventType.BATTLES,
                                      "sub_event_type": SubEventType.ARMED_CLASH})
    return doc, m, actors, cues, battle


def test_types_between_armed_parties_needs_state_rebel_or_external_actor2() -> None:
    army = ActorValue(name="Military Forces", actor_type=ActorType.STATE_FORCES)
    rebels = ActorValue(name="Rebels", actor_type=ActorType.REBEL_GROUP)
    other = ActorValue(name="Other Clan Militia", actor_type=ActorType.IDENTITY_MILITIA)
    party = ActorValue(name="Party Militia", actor_type=ActorType.POLITICAL_MILITIA)
    assert T.between_armed(ActorsValue(actor1=other, actor2=army))
    assert T.between_armed(ActorsValue(actor1=other, actor2=rebels))
    assert not T.between_armed(ActorsValue(actor1=rebels, actor2=other))
    assert not T.between_armed(ActorsValue(actor1=rebels, actor2=party))
    assert not T.between_armed(ActorsValue(actor1=rebels, actor2=None))


def test_types_head_keeps_a_battle_on_the_army_and_may_move_an_attack_on_a_militias_victims() -> None:
    army = ActorValue(name="Military Forces", actor_type=ActorType.STATE_FORCES)
    doc, m, actors, cues, battle = _battle(army)
    out = T.combine_head(doc, m, actors, cues, battle, _probs(**{"Attack": 0.9}), _scores("Violence against civilians"))
    assert out == battle
    victims = ActorValue(name="Other Clan Militia", actor_type=ActorType.IDENTITY_MILITIA)
    doc, m, actors, cues, battle = _battle(victims)
    out = T.combine_head(doc, m, actors, cues, battle, _probs(**{"Attack": 0.9}), _scores("Violence against civilians"))
    assert out.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS and out.sub_event_type == SubEventType.ATTACK
