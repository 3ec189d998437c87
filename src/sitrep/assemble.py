"""Assemble: extractor values -> one validated :class:`Event`, with notes and confidence.

notes are generated from the fields only (never copied prose), so they are neutral by
construction: every name in them is a neutral standard name from the lexicons/gazetteer.
Confidence is a transparent score documented in docs/rules/confidence.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import dedup
from .model import (
    ActorsValue,
    ClaimValue,
    CountsValue,
    DateValue,
    DocContext,
    Document,
    Event,
    Evidence,
    GeoPrecision,
    Mention,
    PlaceValue,
    RoleFiller,
    SourceKind,
    SubEventType,
    TimePrecision,
    TypeValue,
    interaction_code,
    make_event_id,
)

@dataclass(frozen=True)
class MentionFields:
    """What the stages decided for one mention: the values an Event, its notes and its confidence
    are assembled from."""

    date: DateValue | None
    place: PlaceValue | None
    actors: ActorsValue
    types: TypeValue
    counts: CountsValue
    claim: ClaimValue
    roles: dict[str, list[RoleFiller]] = field(default_factory=dict)


#: how each piece of evidence adds to confidence (sums to 1.0 for a fully supported record)
CONFIDENCE_WEIGHTS = {
    "type": 0.25,  # an explicit event trigger was found
    "date_day": 0.2,  # day-precise date (week precision earns half, month a quarter)
    "place": 0.2,  # a resolved place (region-only earns half)
    "actor1": 0.2,  # a named or inferred actor1
    "counts": 0.15,  # explicit figures (or an explicit "no casualties")
}

_SUB_EVENT_PHRASE = {
    SubEventType.ARMED_CLASH: "an armed clash",
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: "the recapture of territory by government forces",
    SubEventType.NON_STATE_OVERTAKES_TERRITORY: "the takeover of territory by a non-state group",
    SubEventType.CHEMICAL_WEAPON: "a chemical weapon attack",
    SubEventType.AIR_DRONE_STRIKE: "an air or drone strike",
    SubEventType.SUICIDE_BOMB: "a suicide bombing",
    SubEventType.SHELLING: "shelling or a missile attack",
    SubEventType.REMOTE_EXPLOSIVE: "an explosive device attack",
    SubEventType.GRENADE: "a grenade attack",
    SubEventType.SEXUAL_VIOLENCE: "sexual violence",
    SubEventType.ATTACK: "an attack",
    SubEventType.ABDUCTION: "an abduction",
    SubEventType.PEACEFUL_PROTEST: "a peaceful protest",
    SubEventType.PROTEST_WITH_INTERVENTION: "a protest with intervention",
    SubEventType.EXCESSIVE_FORCE: "excessive force against protesters",
    SubEventType.VIOLENT_DEMONSTRATION: "a violent demonstration",
    SubEventType.MOB_VIOLENCE: "mob violence",
    SubEventType.AGREEMENT: "an agreement",
    SubEventType.ARRESTS: "arrests",
    SubEventType.CHANGE_TO_GROUP: "a change to a group or its activity",
    SubEventType.DISRUPTED_WEAPONS_USE: "disrupted weapons use",
    SubEventType.HEADQUARTERS_ESTABLISHED: "the establishment of a base",
    SubEventType.LOOTING: "looting or property destruction",
    SubEventType.NON_VIOLENT_TRANSFER: "a non-violent transfer of territory",
    SubEventType.OTHER: "a strategic development",
}


def _date_phrase(date: DateValue | None) -> str:
    if date is None or date.start is None:
        return "On an unknown date"
    if date.end and date.end != date.start:
        return f"Between {date.start.isoformat()} and {date.end.isoformat()}"
    if date.precision == TimePrecision.MONTH:
        return f"In {date.start.strftime('%B %Y')}"
    if date.precision == TimePrecision.WEEK:
        return f"Around {date.start.isoformat()}"
    return f"On {date.start.isoformat()}"


def _place_phrase(place: PlaceValue | None) -> str:
    if place is None:
        return ""
    parts = [p for p in (place.location, place.admin1, place.country) if p]
    # drop repeats ("Kabul, Kabul, Afghanistan" -> "Kabul, Afghanistan")
    seen: list[str] = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    if not seen:
        return ""
    prep = "near" if place.geo_precision == GeoPrecision.NEAR else "in"
    return f" {prep} {', '.join(seen)}"


def _count_phrase(counts: CountsValue) -> str:
    bits = []
    k, i, c = counts.killed, counts.injured, counts.casualties
    if k.best is not None:
        bits.append(f"{k.best} killed")
    if i.best is not None:
        bits.append(f"{i.best} injured")
    if c.best is not None and k.best is None:
        bits.append(f"{c.best} killed or injured (split not reported)")
    if counts.captured.best:
        bits.append(f"{counts.captured.best} captured or abducted")
    return ", ".join(bits)


def generate_notes(f: MentionFields) -> str:
    """A short neutral sentence from the fields only."""
    date, place, actors, types, counts, claim = f.date, f.place, f.actors, f.types, f.counts, f.claim
    what = _SUB_EVENT_PHRASE.get(SubEventType(types.sub_event_type), "an event") if types.sub_event_type else "an event"
    a1 = actors.actor1.name if actors.actor1 else None
    a2 = actors.actor2.name if actors.actor2 else None
    sentence = f"{_date_phrase(date)}{_place_phrase(place)}, {what}"
    if a1 and a2:
        sentence += f" involving {a1} and {a2}"
    elif a1:
        sentence += f" by {a1}"
    elif a2:
        sentence += f" affecting {a2}"
    sentence += "."
    counted = _count_phrase(counts)
    if counted:
        sentence += f" Reported toll: {counted}."
    if claim.source_kind == SourceKind.CLAIM:
        party = claim.claimed_by or "a party to the event"
        sentence += f" Figures as claimed by {party}, not independently verified."
        own = next((r.split(":", 1)[1] for r in counts.rules if r.startswith("claim-own-dead:")), None)
        if own:
            sentence += f" The toll includes {own} of the claimant's own members, by its own account."
    return sentence


def confidence(f: MentionFields, background: bool) -> float:
    date, place, actors, types, counts = f.date, f.place, f.actors, f.types, f.counts
    w = CONFIDENCE_WEIGHTS
    score = 0.0
    if types.evidence:
        score += w["type"] * types.confidence
    if date is not None and date.start is not None:
        score += {TimePrecision.DAY: 1.0, TimePrecision.WEEK: 0.5}.get(date.precision, 0.25) * w["date_day"]
    if place is not None and place.country:
        score += (0.5 if place.geo_precision == GeoPrecision.REGION or place.latitude is None else 1.0) * w["place"]
    if actors.actor1 is not None:
        score += w["actor1"]
    if any(cv.evidence for cv in (counts.killed, counts.injured, counts.casualties)):
        score += w["counts"]
    if background:
        score *= 0.5
    return round(min(1.0, max(0.0, score)), 3)


def _dedupe_rules(*groups: list[str]) -> list[str]:
    out: list[str] = []
    for g in groups:
        for r in g:
            if r not in out:
                out.append(r)
    return out


def build_event(doc: Document, mention: Mention, ctx: DocContext, f: MentionFields) -> Event | None:
    """One validated Event, or None when the mention describes no event."""
    date, place, actors, types, counts, claim, roles = f.date, f.place, f.actors, f.types, f.counts, f.claim, f.roles
    if not types.is_event or types.event_type is None:
        return None
    main = Evidence.of(doc.text, mention.start, mention.end)
    field_evidence: dict[str, list[Evidence]] = {}

    def put(name: str, spans: list[Evidence]) -> None:
        if spans:
            field_evidence[name] = list(spans)

    put("event", mention.spans if len(mention.spans) > 1 else [])
    put("date", date.evidence if date else [])
    put("place", place.evidence if place else [])
    put("actor1", actors.actor1.evidence if actors.actor1 else [])
    put("actor2", actors.actor2.evidence if actors.actor2 else [])
    put("event_type", types.evidence)
    put("fatalities", counts.killed.evidence)
    put("injured", counts.injured.evidence)
    put("casualties", counts.casualties.evidence)
    put("captured", counts.captured.evidence)
    put("perpetrator_fatalities", counts.perpetrators_killed.evidence)
    put("claim", claim.evidence)

    is_claim = claim.source_kind == SourceKind.CLAIM
    rules = _dedupe_rules(
        mention.rules,
        date.rules if date else ["date-missing"],
        place.rules if place else ["place-missing"],
        actors.rules,
        types.rules,
        counts.rules,
        counts.killed.rules,
        counts.injured.rules,
        counts.casualties.rules,
        claim.rules,
        ["claimed-figures"] if is_claim else [],
        ["background"] if mention.background else [],
    )
    inter1 = actors.actor1.actor_type if actors.actor1 else None
    inter2 = actors.actor2.actor_type if actors.actor2 else None
    start = date.start if date else None
    end = (date.end or date.start) if date else None
    return Event(
        event_id=make_event_id(doc.doc_id, mention.start, mention.end),
        doc_id=doc.doc_id,
        content_hash=doc.content_hash,
        event_date=start,
        event_date_end=end if start else None,
        time_precision=(date.precision if date else TimePrecision.MONTH) if start else None,
        event_type=types.event_type,
        sub_event_type=types.sub_event_type,
        attack_type=types.attack_type,
        target_type=types.target_type,
        weapon_type=types.weapon_type,
        civilian_targeting=types.civilian_targeting,
        in_scope=types.in_scope,
        actor1=actors.actor1.name if actors.actor1 else None,
        assoc_actor_1=[a.name for a in actors.assoc_actor_1],
        actor2=actors.actor2.name if actors.actor2 else None,
        assoc_actor_2=[a.name for a in actors.assoc_actor_2],
        inter1=inter1,
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        country=place.country if place else None,
        iso3=place.iso3 if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.location if place else None,
        gazetteer_name=place.gazetteer_name if place else None,
        geonameid=place.geonameid if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities=counts.killed.best,
        fatalities_low=counts.killed.low,
        fatalities_high=counts.killed.high,
        perpetrator_fatalities=counts.perpetrators_killed.best,
        injured=counts.injured.best,
        injured_low=counts.injured.low,
        injured_high=counts.injured.high,
        casualties=counts.casualties.best,
        captured=counts.captured.best,
        source_kind=claim.source_kind,
        claimed_by=claim.claimed_by if is_claim else None,
        source=doc.source,
        published=doc.published,
        notes=generate_notes(f),
        perpetrators=roles.get("perpetrators", []),
        targets=roles.get("targets", []),
        victims=roles.get("victims", []),
        weapons=roles.get("weapons", []),
        evidence=main,
        field_evidence=field_evidence,
        rules=rules,
        confidence=confidence(f, mention.background),
        background=mention.background,
    )


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Within-document de-duplication (the rule lives in :mod:`sitrep.dedup`)."""
    return dedup.merge_duplicates(events)
