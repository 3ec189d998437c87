"""The data model shared by every stage of sitrep.

Offsets are Python code-point offsets into ``Document.text`` (decoded text with newlines
normalised to ``\\n``). The invariant ``doc.text[ev.start:ev.end] == ev.text`` holds for every
:class:`Evidence` that sitrep produces; ``tests/test_invariants.py`` checks it for every extractor.
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.0"


# --------------------------------------------------------------------------------------------
# Enumerations (ACLED / GTD vocabularies)
# --------------------------------------------------------------------------------------------
class EventType(StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    # Battles
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    # Explosions/Remote violence
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    # Violence against civilians
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    # Protests
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    # Riots
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    # Strategic developments
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


#: sub-event type -> its event type (ACLED codebook).
SUB_EVENT_PARENT: dict[SubEventType, EventType] = {
    SubEventType.ARMED_CLASH: EventType.BATTLES,
    SubEventType.GOVERNMENT_REGAINS_TERRITORY: EventType.BATTLES,
    SubEventType.NON_STATE_OVERTAKES_TERRITORY: EventType.BATTLES,
    SubEventType.CHEMICAL_WEAPON: EventType.EXPLOSIONS,
    SubEventType.AIR_DRONE_STRIKE: EventType.EXPLOSIONS,
    SubEventType.SUICIDE_BOMB: EventType.EXPLOSIONS,
    SubEventType.SHELLING: EventType.EXPLOSIONS,
    SubEventType.REMOTE_EXPLOSIVE: EventType.EXPLOSIONS,
    SubEventType.GRENADE: EventType.EXPLOSIONS,
    SubEventType.SEXUAL_VIOLENCE: EventType.VIOLENCE_AGAINST_CIVILIANS,
    SubEventType.ATTACK: EventType.VIOLENCE_AGAINST_CIVILIANS,
    SubEventType.ABDUCTION: EventType.VIOLENCE_AGAINST_CIVILIANS,
    SubEventType.PEACEFUL_PROTEST: EventType.PROTESTS,
    SubEventType.PROTEST_WITH_INTERVENTION: EventType.PROTESTS,
    SubEventType.EXCESSIVE_FORCE: EventType.PROTESTS,
    SubEventType.VIOLENT_DEMONSTRATION: EventType.RIOTS,
    SubEventType.MOB_VIOLENCE: EventType.RIOTS,
    SubEventType.AGREEMENT: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.ARRESTS: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.CHANGE_TO_GROUP: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.DISRUPTED_WEAPONS_USE: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.HEADQUARTERS_ESTABLISHED: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.LOOTING: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.NON_VIOLENT_TRANSFER: EventType.STRATEGIC_DEVELOPMENTS,
    SubEventType.OTHER: EventType.STRATEGIC_DEVELOPMENTS,
}


class ActorType(IntEnum):
    """ACLED actor-type codes (inter1/inter2)."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8

    @property
    def label(self) -> str:
        return ACTOR_TYPE_LABELS[self]


ACTOR_TYPE_LABELS: dict[ActorType, str] = {
    ActorType.STATE_FORCES: "State forces",
    ActorType.REBEL_GROUP: "Rebel group",
    ActorType.POLITICAL_MILITIA: "Political militia",
    ActorType.IDENTITY_MILITIA: "Identity militia",
    ActorType.RIOTERS: "Rioters",
    ActorType.PROTESTERS: "Protesters",
    ActorType.CIVILIANS: "Civilians",
    ActorType.EXTERNAL_OTHER: "External/Other forces",
}


class SourceKind(StrEnum):
    CLAIM = "claim"  # a party to the event speaks about its own action
    REPORT = "report"  # a third party reports


class TimePrecision(IntEnum):
    """ACLED time precision: 1 day known, 2 within a week or a range, 3 month or vaguer."""

    DAY = 1
    WEEK = 2
    MONTH = 3


class GeoPrecision(IntEnum):
    """ACLED geo precision: 1 the place itself, 2 near it / part of a region, 3 region centroid."""

    PLACE = 1
    NEAR = 2
    REGION = 3


class Calendar(StrEnum):
    GREGORIAN = "gregorian"
    HIJRI = "hijri"


def place_key(e: Any) -> str | None:
    """The event's place as one name whatever the text's spelling: the gazetteer's name of the
    location's entry, else the location (a place the gazetteer lacks). Dedup and linking compare
    places by it, so "Sederot" and "Sderot" are one place (docs/rules/places.md)."""
    return getattr(e, "gazetteer_name", None) or getattr(e, "location", None)


def enum_value(x: Any) -> Any:
    """The plain value of an enum member (``EventType.BATTLES`` -> ``"Battles"``), anything else as is."""
    return getattr(x, "value", x)


def interaction_code(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED interaction code: the two actor-type digits, lower first; ``"10"`` for a sole actor."""
    if inter1 is None:
        return None
    if inter2 is None:
        return f"{int(inter1)}0"
    a, b = sorted((int(inter1), int(inter2)))
    return f"{a}{b}"


# --------------------------------------------------------------------------------------------
# Evidence and documents
# --------------------------------------------------------------------------------------------
class Evidence(BaseModel):
    """A half-open character span ``[start, end)`` of ``Document.text`` and its text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _check(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end before start")
        if len(self.text) != self.end - self.start:
            raise ValueError("evidence text length differs from its span")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` (``text`` is the whole document text)."""
        return cls(start=start, end=end, text=text[start:end])


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(origin: str | None, content_hash: str) -> str:
    """doc_id: a hash of the document's origin (source + path or URL) and its content hash.

    The same text from two outlets is two documents sharing one ``content_hash``; a changed file
    at one origin is a new document that replaces the old one in a store (``Store.save``)."""
    return hashlib.sha256(f"{origin or ''}\n{content_hash}".encode()).hexdigest()


class Document(BaseModel):
    text: str
    doc_id: str = ""
    content_hash: str = ""  # sha256 of ``text``
    #: where the document was read from (an absolute file path, "file.jsonl#3", a URL), or None
    #: for text handed over directly (stdin, the Python API): identity then rests on the content
    origin: str | None = None
    published: date | None = None
    source: str | None = None
    source_kind: SourceKind | None = None  # None = decide automatically
    path: str | None = None  # where it was read from (file path, "stdin", "file.jsonl#3")
    title: str | None = None
    #: set by the pipeline when the text is in a language sitrep does not read yet ("fr", "ARABIC")
    language: str | None = None
    #: what ingest could not read but did not refuse the document for ("fm.md, line 2: front matter
    #: 'published': cannot read the date 'n/a' ...; read without a publication date")
    warnings: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _doc_id(self) -> Document:
        if not self.content_hash:
            self.content_hash = sha256_text(self.text)
        if not self.doc_id:
            self.doc_id = document_id(f"{self.source or ''}|{self.origin or ''}", self.content_hash)
        return self


# --------------------------------------------------------------------------------------------
# Segmentation units
# --------------------------------------------------------------------------------------------
class Section(BaseModel):
    """A run of the document under one header (the header may be absent)."""

    start: int
    end: int
    header: Evidence | None = None
    level: int = 0  # 0 = body with no header; 1 = top header; 2 = sub-header ...


class Mention(BaseModel):
    """One event mention: a main span plus, possibly, continuation spans (discontinuous)."""

    start: int
    end: int
    text: str
    spans: list[Evidence] = Field(default_factory=list)  # all spans describing the event
    section: int = 0  # index into the document's sections
    paragraph: int = 0
    cue: str | None = None  # segmentation cue that opened it ("Likewise", "The following day"...)
    rules: list[str] = Field(default_factory=list)
    background: bool = False


# --------------------------------------------------------------------------------------------
# Values produced by extractors (each carries evidence and rule tags)
# --------------------------------------------------------------------------------------------
class Evidenced(BaseModel):
    """What every extractor's value carries: the spans of text it stands on and the ids of the
    rules that decided it (the project's rule: every extractor returns evidence spans)."""

    evidence: list[Evidence] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)


class DateValue(Evidenced):
    start: date | None = None  # None when the year (or more) is unknown
    end: date | None = None
    precision: TimePrecision = TimePrecision.DAY
    calendar: Calendar = Calendar.GREGORIAN
    relative: bool = False  # needs an anchor (resolved against one)


class Toponym(BaseModel):
    """A place name found in text, before resolution."""

    text: str
    evidence: Evidence
    kind: str = "place"  # place | near | region | country | header | road
    qualifier: str | None = None  # e.g. "district", "province", "city"
    rules: list[str] = Field(default_factory=list)


class PlaceValue(Evidenced):
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: GeoPrecision | None = None
    geonameid: int | None = None
    #: the gazetteer's own name of the entry ``location`` names (ASCII), when ``location`` is
    #: that entry written as the text spells it ("Sederot" / "Sderot"); null for a place the
    #: gazetteer lacks. docs/rules/places.md, "The text's spelling, the gazetteer's id"
    gazetteer_name: str | None = None


class ActorValue(Evidenced):
    name: str
    actor_type: ActorType


class ActorsValue(BaseModel):
    actor1: ActorValue | None = None
    assoc_actor_1: list[ActorValue] = Field(default_factory=list)
    actor2: ActorValue | None = None
    assoc_actor_2: list[ActorValue] = Field(default_factory=list)
    rules: list[str] = Field(default_factory=list)


class TypeValue(Evidenced):
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    attack_type: str | None = None  # GTD attack type name
    target_type: str | None = None  # GTD target type name
    weapon_type: str | None = None  # GTD weapon type name
    civilian_targeting: bool = False
    is_event: bool = True  # False when no violent / political act was found
    in_scope: bool = True  # False: an incident ACLED would not code (disaster, crime, ...); see scope filter
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)  # calibrated confidence in the sub-event type


class CountValue(Evidenced):
    best: int | None = None
    low: int | None = None
    high: int | None = None


class CountsValue(BaseModel):
    killed: CountValue = Field(default_factory=CountValue)
    injured: CountValue = Field(default_factory=CountValue)
    casualties: CountValue = Field(default_factory=CountValue)  # killed+wounded, split unknown
    captured: CountValue = Field(default_factory=CountValue)  # captured / abducted people
    #: of ``killed``, the attackers' own deaths (GTD nkillter; included in ``killed``, as ACLED and
    #: GTD count them): docs/rules/counts.md "The attackers' own deaths"
    perpetrators_killed: CountValue = Field(default_factory=CountValue)
    rules: list[str] = Field(default_factory=list)


class ClaimValue(Evidenced):
    source_kind: SourceKind = SourceKind.REPORT
    claimed_by: str | None = None


class RoleFiller(BaseModel):
    """A MUC-4 / GTD-style role filler as written in the text, with its evidence."""

    text: str
    evidence: Evidence


# --------------------------------------------------------------------------------------------
# The event record
# --------------------------------------------------------------------------------------------
class Event(BaseModel):
    model_config = ConfigDict(use_enum_values=False)

    schema_version: str = SCHEMA_VERSION
    event_id: str
    doc_id: str
    content_hash: str | None = None  # of the document's text: equal for the same text from two outlets
    event_date: date | None = None
    event_date_end: date | None = None
    time_precision: TimePrecision | None = None
    event_type: EventType | None = None
    sub_event_type: SubEventType | None = None
    attack_type: str | None = None
    target_type: str | None = None
    weapon_type: str | None = None
    civilian_targeting: bool = False
    actor1: str | None = None
    assoc_actor_1: list[str] = Field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = Field(default_factory=list)
    inter1: ActorType | None = None
    inter2: ActorType | None = None
    interaction: str | None = None
    country: str | None = None
    iso3: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    admin1: str | None = None
    admin2: str | None = None
    #: the event's place as the text spells it when that spelling is one of its gazetteer entry's
    #: names (else the gazetteer's name); ``gazetteer_name`` and ``geonameid`` name the entry
    location: str | None = None
    #: the gazetteer's own name of the location's entry (ASCII; the same for every spelling)
    gazetteer_name: str | None = None
    #: GeoNames id of the location's entry (null for a synthetic or unlisted place)
    geonameid: int | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: GeoPrecision | None = None
    fatalities: int | None = Field(default=None, ge=0)
    fatalities_low: int | None = Field(default=None, ge=0)
    fatalities_high: int | None = Field(default=None, ge=0)
    #: of ``fatalities``, the attackers' own deaths (GTD nkillter), already counted in ``fatalities``
    #: (ACLED and GTD count every death); null when the text tells of none. A schema whose dead
    #: leave the attackers out (the realworld-dev rows' "N (+M)") reads fatalities - this.
    perpetrator_fatalities: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    injured_low: int | None = Field(default=None, ge=0)
    injured_high: int | None = Field(default=None, ge=0)
    casualties: int | None = Field(default=None, ge=0)
    captured: int | None = Field(default=None, ge=0)
    source_kind: SourceKind = SourceKind.REPORT
    claimed_by: str | None = None
    #: False when the event's account only repeats a party's statement ("the group said it killed
    #: 30", "according to its news agency"): never corroboration (docs/rules/linking.md)
    independent: bool = True
    #: the party whose statement a non-independent event relays (neutral name); its evidence is
    #: field_evidence["relay"]
    relayed_from: str | None = None
    source: str | None = None
    published: date | None = None
    notes: str = ""
    perpetrators: list[RoleFiller] = Field(default_factory=list)
    targets: list[RoleFiller] = Field(default_factory=list)
    victims: list[RoleFiller] = Field(default_factory=list)
    weapons: list[RoleFiller] = Field(default_factory=list)
    evidence: Evidence
    field_evidence: dict[str, list[Evidence]] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    background: bool = False
    #: inside ACLED's scope (political violence, demonstrations, strategic developments); False for an
    #: incident the type model reads as a disaster, accident, ordinary crime and the like (kept only
    #: when the scope filter is off: docs/rules/event-types.md, "Scope")
    in_scope: bool = True
    cluster_id: str | None = None

    @field_validator("event_date_end")
    @classmethod
    def _end_after_start(cls, v: date | None, info: Any) -> date | None:
        start = info.data.get("event_date")
        if v is not None and start is not None and v < start:
            raise ValueError("event_date_end before event_date")
        return v

    @model_validator(mode="after")
    def _consistency(self) -> Event:
        if self.sub_event_type is not None and self.event_type is not None:
            parent = SUB_EVENT_PARENT[SubEventType(self.sub_event_type)]
            if parent != EventType(self.event_type):
                raise ValueError(
                    f"sub_event_type {self.sub_event_type!s} does not belong to {self.event_type!s}"
                )
        for lo, best, hi in (
            (self.fatalities_low, self.fatalities, self.fatalities_high),
            (self.injured_low, self.injured, self.injured_high),
        ):
            vals = [v for v in (lo, best, hi) if v is not None]
            if vals != sorted(vals):
                raise ValueError("count range must satisfy low <= best <= high")
        if self.perpetrator_fatalities is not None and (self.fatalities is None or self.perpetrator_fatalities > self.fatalities):
            raise ValueError("perpetrator_fatalities is a part of fatalities")
        if self.source_kind == SourceKind.REPORT and self.claimed_by is not None:
            raise ValueError("claimed_by is only set when source_kind is claim")
        return self


# --------------------------------------------------------------------------------------------
# Linking: one cluster model and one claim check (docs/rules/linking.md)
# --------------------------------------------------------------------------------------------
class ClusterSource(BaseModel):
    """One event of a cluster, as its source tells it."""

    event_id: str
    doc_id: str
    source: str | None = None
    source_kind: str
    claimed_by: str | None = None
    independent: bool = True
    relayed_from: str | None = None
    event_date: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    location: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    evidence: Evidence


class Disagreement(BaseModel):
    """A field on which the sources of one cluster differ: the value each source gives."""

    field: str  # attacker | event_type | fatalities | injured
    values: dict[str, list[str]]  # value -> event ids giving it
    note: str = ""


class ClusterRecord(BaseModel):
    """The merged record of one cluster of linked events (``sitrep export --clusters``)."""

    cluster_id: str
    n_sources: int
    event_date: str | None = None
    time_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    fatalities_basis: str | None = None  # independent reports | claims only
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    sources: list[ClusterSource] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)


class ClaimStatus(StrEnum):
    CORROBORATED = "corroborated"
    UNCORROBORATED = "uncorroborated"
    CONTRADICTED = "contradicted"
    ONLY_RELAYED = "only-relayed"


class ClaimCheck(BaseModel):
    """One claim event against the independent reports of its cluster (``sitrep verify``)."""

    claim_event_id: str
    claimed_by: str
    cluster_id: str
    event_date: str | None = None
    location: str | None = None
    status: ClaimStatus = ClaimStatus.UNCORROBORATED
    corroborating: list[str] = Field(default_factory=list)  # independent report event ids
    relaying: list[str] = Field(default_factory=list)  # event ids that only repeat the claim
    date_agrees: bool | None = None
    place_agrees: bool | None = None
    claimed_fatalities: int | None = None
    reported_fatalities: int | None = None
    fatalities_ratio: float | None = None
    claimed_injured: int | None = None
    reported_injured: int | None = None
    injured_ratio: float | None = None

    @property
    def corroborated(self) -> bool:
        return self.status == ClaimStatus.CORROBORATED

    @property
    def n_reports(self) -> int:
        return len(self.corroborating)


def make_event_id(doc_id: str, start: int, end: int) -> str:
    """Stable id: hash of the document id and the event's main evidence span."""
    return hashlib.sha256(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:20]


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12, as pydantic writes it) of one event record."""
    return {"$schema": JSON_SCHEMA_DIALECT, **Event.model_json_schema()}


# --------------------------------------------------------------------------------------------
# Document context handed to every extractor
# --------------------------------------------------------------------------------------------
class DocContext(BaseModel):
    """What the whole document tells about each mention: headers, dateline, voice.

    Built once per document by :func:`sitrep.pipeline.build_context`; extractors read it and
    never mutate it (the pipeline passes the running date anchor explicitly).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    doc: Document
    sections: list[Section] = Field(default_factory=list)
    dateline: DateValue | None = None  # a date that applies to the whole story
    claim: ClaimValue = Field(default_factory=ClaimValue)  # document-level voice
    doc_place: PlaceValue | None = None  # country / region the whole document is about
    section_places: dict[int, PlaceValue] = Field(default_factory=dict)  # header places
    settings: Any = None  # sitrep.config.Settings
    #: the document parsed once (sitrep.annotate.Annotation): sentences, tokens, detector spans
    annotation: Any = None
    #: the document's first-level units, (iso2, admin1 code) -> share of the votes
    #: (sitrep.geo.resolve.doc_admin1_prior, computed once per document)
    place_prior: dict[tuple[str, str], float] = Field(default_factory=dict)
    #: where the document's place names may lie: 1-degree cell -> the names (name keys) with a
    #: gazetteer candidate there (sitrep.geo.resolve.doc_place_cells, computed once per document)
    place_cells: dict[tuple[int, int], frozenset[str]] = Field(default_factory=dict)
    #: the document's own first-level unit, its town and whether the dateline writes the unit
    #: (sitrep.geo.resolve.DocUnit, computed once per document; None: not read yet)
    place_unit: Any = None
    #: the countries of the document's named armed groups (actors.yaml ``countries``), ISO2 ->
    #: share (sitrep.geo.mention_cues.group_country_shares): a candidate ranking feature
    group_countries: dict[str, float] = Field(default_factory=dict)
