"""Schemas of the language data in ``sitrep/data``: every file's shape, checked with pydantic.

sitrep keeps its language knowledge (vocabularies, patterns, lexicons, tables) in data files, not
in Python. Each file has a schema here: the keys it may hold (no others), the type of each value,
and the invariants that a typo would break (patterns that compile, vocabularies without empty or
duplicate entries, ACLED inter codes in range, Hijri months 1-12...). :func:`check_data` validates
every file and returns the problems; ``tests/test_data_files_integrity.py`` fails on any of them
and on a data file without a schema, the way dateparser checks its language data.

The schemas describe the files; the modules that read them keep their own compiled views.
"""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, create_model, model_validator

from .model import EventType
from .resources import load_tsv, load_yaml


def _compiles(p: str) -> str:
    try:
        re.compile(p)
    except re.error as e:
        raise ValueError(f"not a valid pattern: {e}") from None
    return p


def _distinct(items: list[str]) -> list[str]:
    seen: set[str] = set()
    dup = []
    for s in items:
        if not s.strip():
            raise ValueError("an empty entry")
        k = s.lower()
        if k in seen:
            dup.append(s)
        seen.add(k)
    if dup:
        raise ValueError(f"duplicate entries: {sorted(set(dup))[:10]}")
    return items


def _non_empty(items: list[str]) -> list[str]:
    if any(not s.strip() for s in items):
        raise ValueError("an empty entry")
    return items


#: a regular expression (must compile)
Pattern = Annotated[str, AfterValidator(_compiles)]
#: a list of regular expressions
Patterns = list[Pattern]
#: a vocabulary: words or phrases, none empty, no two equal ignoring case
Vocab = Annotated[list[str], AfterValidator(_distinct)]
#: a list of phrases that may repeat (e.g. several surface forms mapped elsewhere)
Phrases = Annotated[list[str], AfterValidator(_non_empty)]
#: an ISO 3166 alpha-2 code (quote NO: bare NO is YAML's false)
ISO2 = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]
#: an integer pair (low, high)
Pair = Annotated[list[int], Field(min_length=2, max_length=2)]


def PatternTable(*names: str) -> Any:  # noqa: N802 - a type, named like one
    """A table of named patterns, compiled as written and read by name (``resources.Patterns``):
    every pattern must compile and each of ``names`` (the ones its reader uses) must be there."""

    def has_names(table: dict[str, str]) -> dict[str, str]:
        if missing := [n for n in names if n not in table]:
            raise ValueError(f"patterns missing from the table: {missing}")
        return table

    return Annotated[dict[str, Pattern], AfterValidator(has_names)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    """A section whose extra keys are allowed (comments-as-keys, per-section options the stage reads)."""

    model_config = ConfigDict(extra="allow")


# --------------------------------------------------------------------------------------------
# actors
# --------------------------------------------------------------------------------------------
class GroupEra(_Strict):
    countries: list[str]
    name: str
    from_: date | None = Field(default=None, alias="from")
    until: date | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class FormerName(_Strict):
    """A name a group went by before a renaming or merger: text naming the group by one of
    ``aliases`` takes ``name`` for an event dated in [from, until)."""

    name: str
    aliases: Phrases
    from_: date | None = Field(default=None, alias="from")
    until: date

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Group(_Strict):
    name: str
    type: Annotated[int, Field(ge=1, le=8)]  # ACLED inter code
    countries: list[str]
    aliases: Phrases
    exact: Phrases = []
    media: Phrases = []
    by_country: dict[str, str] = {}
    by_region_country: dict[str, str] = {}
    eras: list[GroupEra] = []
    former_names: list[FormerName] = []
    pro_government: bool = False


class CountryForces(_Strict):
    name: str
    iso3: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    adjectives: Phrases
    military: Phrases
    police: Phrases


class DescribedAttackers(_Strict):
    """Attackers described by an identity only (actors.yaml ``described_attackers``)."""
    identities: dict[str, Annotated[int, Field(ge=3, le=4)]]
    nouns: dict[str, str]
    alone: dict[str, str]
    not_before: Vocab


class ActorsFile(_Strict):
    groups: list[Group]
    countries: list[CountryForces]
    generic: dict[str, Phrases]
    country_defaults: dict[str, dict[str, str]]
    communities: Phrases
    described_attackers: DescribedAttackers
    raiding_communities: Phrases = []


#: the slots a derived-name frame may hold (extractors/actor_names.py fills them)
FRAME_SLOTS = frozenset({"n", "person", "lead", "adj", "capw", "member", "org_nouns", "act", "adv", "called"})


def _frame_template(t: str) -> str:
    filled = t
    for slot in FRAME_SLOTS:
        filled = filled.replace("{" + slot + "}", "x")
    unknown = [part.split("}")[0] for part in filled.split("{")[1:] if part.split("}")[0].isidentifier()]
    if unknown:
        raise ValueError(f"unknown frame slots: {sorted(unknown)}")
    _compiles(filled)
    return t


#: a derived-name frame: a regular expression with {slot}s
FrameTemplate = Annotated[str, AfterValidator(_frame_template)]


class FrameParts(_Strict):
    act: Pattern
    adv: Pattern
    lead: Pattern
    called: Pattern


class ActorDerivationFile(_Strict):
    member_nouns: Vocab
    organisation_nouns: Vocab
    organisation_words: Vocab
    type_words: dict[int, Vocab]
    not_name_words: Vocab
    not_organisation_words: Vocab
    not_names: Vocab
    place_nouns: Vocab
    place_prepositions: Vocab
    not_before_nouns: Vocab
    frame_parts: FrameParts
    frames: list[tuple[str, FrameTemplate]]
    person_frames: list[tuple[str, FrameTemplate]]
    agent_frames: Vocab
    organisation_frames: Vocab


class Equivalent(_Strict):
    names: Annotated[list[str], Field(min_length=2)]
    note: str


class ActorEquivalentsFile(_Strict):
    equivalent: list[Equivalent]
    generic_prefixes: Vocab
    generic_heads: Vocab = []


class RoleCue(_Strict):
    flags: Annotated[str, Field(pattern=r"^[im]*$")] = ""
    pattern: Annotated[list[str], Field(min_length=1)]


class PatternCuesFile(_Strict):
    """Named regular-expression cues as pattern parts with {FRAGMENT} references (actor_roles.yaml,
    claim_cues.yaml); every cue must compile."""

    fragments: dict[str, list[str]]
    cues: dict[str, RoleCue]
    vocabularies: dict[str, Vocab]

    def compiled(self) -> dict[str, re.Pattern[str]]:
        """Each cue with its fragments filled in, compiled with its flags."""
        flags = {"i": re.IGNORECASE, "m": re.MULTILINE}
        out = {}
        for name, cue in self.cues.items():
            f = 0
            for c in cue.flags:
                f |= flags[c]
            out[name] = re.compile(self.expand("".join(cue.pattern)), f)
        return out

    def expand(self, text: str) -> str:
        """``text`` with each ``{NAME}`` replaced by the joined parts of fragment NAME."""
        for name, parts in self.fragments.items():
            text = text.replace("{" + name + "}", "".join(parts))
        return text

    @model_validator(mode="after")
    def _cues_compile(self) -> PatternCuesFile:
        for name, cue in self.cues.items():
            pattern = self.expand("".join(cue.pattern))
            if re.search(r"\{[A-Z_]+\}", pattern):
                raise ValueError(f"cue {name}: an unknown fragment")
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"cue {name}: not a valid pattern: {e}") from None
        return self


class ActorRolesFile(PatternCuesFile):
    """actor_roles.yaml: role cues as pattern parts with {FRAGMENT} references."""


class ClaimCuesFile(PatternCuesFile):
    """claim_cues.yaml: the voice, responsibility and state-speaker cues of the claims extractor."""


class ActorRoleWeightsFile(_Strict):
    """actor_role_weights.yaml: weights of the named role cues."""

    agent: dict[str, float]
    patient: dict[str, float]
    kind_scale: dict[str, float]


class AttributionFile(_Strict):
    speech_verbs: Vocab
    according_to: Vocab
    channels: Vocab
    party_references: Vocab
    independent_sources: Vocab
    own_forces: Vocab
    own_forces_acts: Vocab
    source_of_figures: Vocab
    own_positions: Vocab
    state_organs: Vocab
    denials: Vocab
    number_words: Vocab
    own_loss_nouns: Vocab
    own_loss_pattern: Pattern
    own_forces_passive: Pattern


class NeutralTerm(_Strict):
    term: Pattern
    maps_to: str
    kind: str
    note: str
    by_country: dict[str, str] = {}


class NeutralTermsFile(_Strict):
    terms: list[NeutralTerm]


# --------------------------------------------------------------------------------------------
# counts and dates
# --------------------------------------------------------------------------------------------
class NumberWords(_Strict):
    units: dict[str, int]
    tens: dict[str, int]
    hundred: dict[str, int]
    scales: dict[str, int]
    dozen: dict[str, int]


class CountTrigger(_Strict):
    left: Phrases = []
    right: Phrases = []
    active: Phrases = []


class GapAdverb(_Strict):
    suffix: str
    min_length: int


class CountPatternsFile(_Open):
    # count_patterns.yaml is the largest vocabulary file; its keys are typed here, new keys are
    # allowed but must be lists of phrases, phrase maps or patterns (checked in _loose_values)

    number_words: NumberWords
    hedges: dict[str, dict[str, Phrases]]
    person_nouns: dict[str, str | None]  # noun -> the category it names (None: a person, no category)
    triggers: dict[str, CountTrigger]
    toll_nouns: dict[str, str]
    subset_of_nouns: dict[str, str | None]
    object_pronouns: dict[str, int]
    category_nouns: dict[str, Phrases]
    suicide_count: str
    suicide_more: str
    # word lists that hold "no": typed, so that a bare no (YAML's false) is refused
    negations: Vocab
    designators: Vocab
    not_one_person: Vocab
    word_classes: dict[str, Vocab]
    right_gap_adverb: GapAdverb
    pronoun_quantifiers: dict[str, dict[str, int]]
    none_hint: Pattern
    suicide_hint: Pattern
    participle_suffix: str


class DateWordsFile(_Strict):
    months: list[Annotated[list[str], Field(min_length=1)]]
    ambiguous_months: Vocab
    month_cues: Vocab
    weekdays: list[Annotated[list[str], Field(min_length=1)]]
    weekday_modifiers: dict[str, str]
    parts_of_day: Vocab
    part_of_month: dict[str, Pair]
    number_words: dict[str, int]
    vague_numbers: dict[str, Pair]
    units: dict[str, int | str]  # days per unit, or a unit name ("hour")
    unit_directions: dict[str, Annotated[list[int | str], Field(min_length=2, max_length=2)]]
    past_period_cues: Vocab
    duration_cues: Vocab
    year_alone: Pattern
    deictic: dict[str, Annotated[list[int | str], Field(min_length=1, max_length=2)]]
    anaphoric: dict[str, Annotated[list[int | str], Field(min_length=1, max_length=2)]]
    reporting_verbs: Vocab
    background_cues: Vocab
    heading_labels: Vocab
    reporting_nouns: Vocab
    release_verbs: Vocab
    dateline_prefix: Pattern
    dateline_tail: Pattern
    day_month_lead: Pattern
    day_month_after_on: Pattern
    sentence_ends: Vocab
    fragments: PatternTable()  # the scanner's literal building blocks


class Holiday(_Strict):
    names: Vocab
    rule: Annotated[str, Field(pattern=r"^(fixed|hijri|persian|easter|orthodox_easter|latest_of|country)$")]
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    offset: int | None = None
    of: list[str] | None = None
    period: Pair | None = None
    bare: list[str] = []
    by_country: dict[Annotated[str, Field(pattern=r"^[A-Z]{3}$")], Pair] | None = None

    @model_validator(mode="after")
    def _arguments(self) -> Holiday:
        need = {"fixed": ("month", "day"), "hijri": ("month", "day"), "persian": ("month", "day"),
                "easter": ("offset",), "orthodox_easter": ("offset",), "latest_of": ("of",), "country": ("by_country",)}
        missing = [k for k in need[self.rule] if getattr(self, k) is None]
        if missing:
            raise ValueError(f"rule {self.rule} needs {', '.join(missing)}")
        if not set(self.bare) <= set(self.names):
            raise ValueError("every bare spelling must be one of the names")
        return self


class HolidaysFile(_Strict):
    holidays: dict[str, Holiday]
    cues: Vocab
    period_cues: Vocab
    period_words: Vocab
    day_words: Vocab
    day_prefixes: dict[str, int]
    not_after: Vocab
    not_before: Vocab

    @model_validator(mode="after")
    def _known_parts(self) -> HolidaysFile:
        for key, h in self.holidays.items():
            unknown = [k for k in (h.of or []) if k not in self.holidays or k == key]
            if unknown:
                raise ValueError(f"{key}: of names unknown holidays {unknown}")
        return self


# --------------------------------------------------------------------------------------------
# events, segmentation, linking, roles
# --------------------------------------------------------------------------------------------
class EventPatternsFile(_Open):
    triggers: dict[str, Patterns]
    class_order: list[str]
    explosion_order: list[str]
    explosion_subs: dict[str, str]
    other_unless: list[str]
    territorial: list[str]
    transfer_unless: list[str]
    disrupted_explosions: list[str]
    attack_label_classes: dict[str, str]
    trigger_kinds: PatternTable()
    weapons: dict[str, Patterns]
    cues: dict[str, Patterns]
    masks: Patterns
    outcome_masks: Patterns
    soft_masks: dict[str, Patterns]


class AttackType(_Strict):
    type: str
    cues: Patterns = []
    subs: list[str] = []
    no_harm: bool = False


class WeaponType(_Strict):
    type: str
    cues: Patterns
    subs: list[str] = []


class GtdTypesFile(_Strict):
    no_attack_subs: list[str]
    attack_types: list[AttackType]
    weapon_types: list[WeaponType]
    target_by_actor: dict[str, Phrases]
    target_types: dict[str, Patterns]


class TypeModelTextFile(_Strict):
    months: Vocab
    weekdays: Vocab
    date_prefix: Pattern  # matched ignoring case
    patterns: PatternTable("brackets", "number", "word", "sentence_end")
    dashes: Vocab
    strip: str


class TypeScopeOverActors(_Strict):
    kinds: list[str]
    triggers: list[str]


class TypeScopeOverUnidentified(_Strict):
    kinds: list[str]
    actors: list[str]
    derived: list[str] = []  # actor rule frames (``actorN-derived:<frame>``) of a person named by name


class TypeCombineNoteStyle(_Strict):
    opening: Pattern  # matched at the start, ignoring case
    rules_final: list[str]
    override_min: float
    override_margin: float
    create_min: float
    create_over_none: bool
    type_masked: bool
    scope_cue_exempt: dict[str, list[str]]


class TypeHeadStyle(_Strict):
    min: float = Field(ge=0.0, le=1.0)
    head_margin: float
    head_only_margin: float
    head_keep: list[str]
    head_rules_final: list[str]
    head_not_between_armed: list[str]
    head_keeps_scope: list[str]
    head_types_masked: bool
    head_masked_margin: float


class EventFrame(_Strict):
    """One concept frame of event_frames.yaml (docs/rules/event-types.md, "Concept frames")."""

    name: str
    verbs: str
    objects: str | list[str]
    class_: str | None = Field(default=None, alias="class")
    cue: str | None = None
    actors: list[str] = []
    actor_gap: int = 6
    gap: int = 3
    min_gap: int = 0
    passive: bool = False
    passive_only: bool = False
    by: str | None = None
    kinds: list[str] = []
    gap_not: list[str] = []
    exclude_verbs: list[str] = []
    actor_not_after: list[str] = []
    across_said: bool = False
    allow_modal: bool = False
    verb_pairs: bool = False


class EventFramesFile(_Strict):
    verbs: dict[str, list[str]]
    nouns: dict[str, list[str]]
    frames: list[EventFrame]

    @model_validator(mode="after")
    def _frames_compile(self) -> EventFramesFile:
        from .extractors.type_frames import _frame_pattern

        for fr in self.frames:
            if (fr.class_ is None) == (fr.cue is None) and fr.cue is None:
                raise ValueError(f"frame {fr.name}: a class or a cue")
            for key in [fr.verbs, *fr.actors, *([fr.by] if fr.by else [])]:
                if key not in self.verbs and key not in self.nouns:
                    raise ValueError(f"frame {fr.name}: unknown word class {key!r}")
            spec = fr.model_dump(by_alias=True, exclude_defaults=True)
            re.compile(_frame_pattern(spec, self.verbs, self.nouns))
        return self


class TypeCombineFile(_Open):
    note_style: TypeCombineNoteStyle
    create_over_none: bool
    type_masked: bool
    rules_final: list[str]
    override_min: float
    override_margin: float
    create_min: float
    none_min: float
    none_min_armed: float
    alternatives: int
    scope_weapons: Phrases
    scope_generic_triggers: Phrases
    scope_cues: dict[str, Patterns]
    scope_cue_exempt: dict[str, list[str]]
    scope_cues_over_actors: TypeScopeOverActors
    scope_cues_over_unidentified: TypeScopeOverUnidentified
    scope_cues_in_document: list[str]
    scope_cue_triggers: dict[str, list[str]]
    scope_political: Patterns
    scope_rules_final: list[str]
    scope_rules_final_none_max: float
    scope_rules_final_political: list[str]
    scope_rules_final_armed: list[str]
    scope_needs_party: list[str]
    scope_unarmed_actors: list[str]
    head_min_cover: float
    head_carried_rules: list[str]
    head_style: TypeHeadStyle
    model_needs_trigger: dict[str, list[str]]
    model_not_between_armed: list[str]
    between_armed_actor2: list[int]


class SegmentHeader(_Open):
    max_words: int
    max_chars: int
    title_max_words: int
    small_words: Vocab
    dateline: Pattern
    separator: Pattern
    metadata: Pattern
    markdown: Pattern
    bold: Pattern
    colon_not_header: Pattern
    terminals: str
    closers: str


class SegmentLayout(_Strict):
    openers: str
    strict_openers: str
    max_title_words: int
    region_forms: Patterns
    max_header_words: int
    patterns: PatternTable()


class SegmentCompiled(_Strict):
    """How segment/cues.py compiles the file's single patterns (each must name a key of the file)."""

    as_written: Vocab
    header_as_written: Vocab
    word_start_lists: dict[str, str]


class SegmentCuesFile(_Open):
    abbreviations: Vocab
    sentence_final_abbreviations: Vocab
    header: SegmentHeader
    list_marker: Pattern
    dateline_prefixes: Patterns
    bracket_tags: Pattern
    new_event_cues: PatternTable()
    continuation_start: PatternTable()
    aggregate_patterns: Patterns
    tally_headers: Patterns
    act_trigger_classes: Vocab
    background_patterns: Patterns
    comparison_patterns: Patterns
    definite_act: Pattern
    place_mixed: Pattern
    place_lead: Pattern
    place_upper_suffix: Pattern
    place_upper_prefix: Pattern
    lead_stop: Vocab
    word: Pattern
    indefinite_aux: Vocab
    also_verb: Pattern
    also_passive: list[str]
    conjunction_tail: Pattern
    layout: SegmentLayout
    compiled: SegmentCompiled

    @model_validator(mode="after")
    def _compiled_names_exist(self) -> SegmentCuesFile:
        data, header = self.model_dump(), self.header.model_dump()
        c = self.compiled
        missing = [k for k in c.as_written if not isinstance(data.get(k), str)]
        missing += [k for k in c.header_as_written if not isinstance(header.get(k), str)]
        missing += [k for k in c.word_start_lists.values() if not isinstance(data.get(k), list)]
        if missing:
            raise ValueError(f"compiled names no pattern or list of the file: {missing}")
        for k in c.as_written:
            _compiles(data[k])
        return self


class LinkCuesFile(_Open):
    time_of_day: dict[str, Phrases]
    clock_hours: dict[str, list[Pair]]


class RolesFile(_Strict):
    """roles.yaml: the role lexicon and the cues of extractors/roles.py and role_selector.py."""

    weapons: Phrases
    perpetrator_heads: Phrases
    organisation_heads: Phrases
    human_heads: Phrases
    target_heads: Phrases
    harm_verbs: Phrases
    attack_verbs: Phrases
    passive_aux: Phrases
    np_stop: Phrases
    of_heads: Phrases
    claim_cues: Phrases
    titles: Phrases
    victim_of_nouns: Phrases
    participle_modifiers: Phrases
    given_names: Phrases
    name_joiners: Phrases
    not_name_words: Phrases
    event_nouns: Phrases
    perp_modified_nouns: Phrases
    attacker_modifiers: Phrases
    weapon_use_cues: Phrases
    subject_breaks: Phrases
    object_breaks: Phrases
    denial_pattern: Pattern
    acronym_definition: Pattern
    weapon_heads_with_modifiers: Phrases
    articles: Phrases
    calendar_words: Phrases
    place_name_prefixes: Phrases
    coordinators: Phrases
    selector_edge_stop: Phrases


# --------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------
class FeatureKinds(_Strict):
    country: Vocab
    continent: Vocab
    region: Vocab
    admin1: Vocab
    admin2: Vocab


class GeoNamesFile(_Strict):
    fold: dict[Annotated[str, Field(min_length=1, max_length=1)], str]  # one character -> its folded form
    articles: Vocab
    article_prefixes: Vocab
    glued_articles: Vocab
    feature_kinds: FeatureKinds


class GeoLexiconFile(_Open):
    qualifiers: dict[str, str]
    near_cues: Phrases
    connectors: Phrases
    name_joiners: Vocab
    compass_words: Vocab
    not_places: Phrases
    demonyms: dict[str, ISO2 | None]  # demonym -> ISO 3166 alpha-2 (None: no single country)
    continent_demonyms: dict[str, str]  # "European" -> the continent's GeoNames name
    spelling_variants: list[Annotated[list[str], Field(min_length=2)]]
    articles: Vocab
    caps_locatives: Vocab
    distance_units: Vocab
    plural_qualifiers: dict[str, str]
    road_words: Vocab
    street_nouns: Vocab
    town_part_qualifiers: Vocab
    road_joiners: Vocab
    between_not_place: Vocab
    place_entity_labels: Vocab
    feature_prepositions: Vocab
    possessives: Vocab
    facility_nouns: Vocab
    foreign_premises: Vocab
    capital_nouns: Vocab
    border_cues: Vocab
    border_nouns: Vocab
    person_titles: Vocab
    person_after: Vocab
    name_marks: dict[str, str]
    part_levels: Vocab
    country_cues: dict[ISO2, Vocab]  # ISO2 -> names of geo_patterns.yaml patterns
    letter_variants: list[Annotated[list[str], Field(min_length=2, max_length=2)]]
    origin_cues: Vocab
    route_ends: Vocab


class GeoPattern(_Strict):
    pattern: Pattern
    flags: Literal["i"] | None = None


class GeoWordTemplate(_Strict):
    """A pattern with ``{list}`` slots filled from geo_lexicon.yaml's word lists (geo.lexicon.word_pattern)."""

    pattern: str
    flags: Literal["i"] | None = None
    spaced: list[str] = []

    @model_validator(mode="after")
    def _compiles_once_filled(self) -> GeoWordTemplate:
        slots = set(re.findall(r"\{([a-z_]+)\}", self.pattern))
        if not slots:
            raise ValueError("a word template names no word list")
        if unknown := set(self.spaced) - slots:
            raise ValueError(f"spaced names lists the template does not use: {sorted(unknown)}")
        try:
            re.compile(re.sub(r"\{[a-z_]+\}", "x", self.pattern))
        except re.error as e:
            raise ValueError(f"not a valid pattern once filled: {e}") from None
        return self


class GeoPatternsFile(_Strict):
    patterns: dict[str, GeoPattern]
    word_templates: dict[str, GeoWordTemplate]


class _CountryPlace(_Strict):
    """A named place of one country, as the geo tables list them."""

    name: str
    country: str


class Admin1Abbreviation(_CountryPlace):
    model_config = ConfigDict(extra="allow")

    abbr: list[str] = []
    postal: list[Annotated[str, Field(pattern=r"^[A-Z]{2}$")]] = []


class Admin1Name(_CountryPlace):
    anchor: str


class PlaceAlias(_CountryPlace):
    variants: Phrases


class GeoRegion(_Strict):
    name: str
    names: Phrases
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    country: str | None = None


class GroupRegion(_Strict):
    names: Phrases
    country: str
    admin1: str | None = None
    also: list[str] = []


def _list_file(key: str, item: type[BaseModel]) -> type[BaseModel]:
    """The schema of a file that holds one list, of ``item`` entries, under ``key`` (no other key)."""
    return create_model(f"{item.__name__}ListFile", __base__=_Strict, **{key: (list[item], ...)})


# --------------------------------------------------------------------------------------------
# TSV rows
# --------------------------------------------------------------------------------------------
class VagueNumberRow(_Strict):
    phrase: Annotated[str, Field(min_length=1)]
    value: str
    kind: Annotated[str, Field(pattern=r"^(vague|exact|unknown)$")]
    multiplier: Annotated[str, Field(pattern=r"^(yes|no|)$")]
    rule: str


class HijriMonthRow(_Strict):
    month: Annotated[int, Field(ge=1, le=12)]
    canonical: str
    spelling: Annotated[str, Field(min_length=1)]
    script: Annotated[str, Field(pattern=r"^(latin|arabic)$")]


class AcledRegionRow(_Strict):
    region: Annotated[str, Field(min_length=1)]
    iso3: Annotated[str, Field(pattern=r"^[A-Z]{3}( [A-Z]{3})*$")]


# --------------------------------------------------------------------------------------------
# formats and scoring
# --------------------------------------------------------------------------------------------
def _every_event_type(table: dict[str, Any]) -> dict[str, Any]:
    if sorted(table) != sorted(EventType):
        raise ValueError(f"keys must be the ACLED event types {sorted(EventType)}, not {sorted(table)}")
    return table


class AcledFormatFile(_Strict):
    columns: Vocab
    sitrep_columns: Vocab
    column_types: dict[Literal["int", "float", "bool"], Vocab]
    disorder_types: Annotated[dict[str, str], AfterValidator(_every_event_type)]
    continent_regions: dict[Annotated[str, Field(pattern=r"^[A-Z]{2}$")], str]

    @model_validator(mode="after")
    def _columns_apart_and_typed_columns_known(self) -> AcledFormatFile:
        if both := set(self.columns) & set(self.sitrep_columns):
            raise ValueError(f"columns both ACLED's and sitrep's: {sorted(both)}")
        known = set(self.columns) | set(self.sitrep_columns)
        typed = [c for cols in self.column_types.values() for c in cols]
        if unknown := sorted(set(typed) - known):
            raise ValueError(f"column_types name unknown columns: {unknown}")
        if len(typed) != len(set(typed)):
            raise ValueError("a column has two types in column_types")
        return self


class IngestPatternsFile(_Strict):
    """ingest_patterns.yaml: the patterns of ``sitrep.ingest`` (normalisation, front matter, dates)."""

    patterns: PatternTable("control", "front_matter", "html_spaces", "html_line_spaces", "html_blank_lines",
                           "html_start", "iso_date", "iso_day", "numeric_dmy", "year")


class EvaluationFile(_Strict):
    """evaluation.yaml: the tolerances of ``sitrep evaluate`` and the words set aside in names."""

    date_tolerance_days: dict[Annotated[int, Field(ge=1, le=3)], Annotated[int, Field(ge=0)]]
    coord_tolerance_km: dict[Annotated[int, Field(ge=1, le=3)], Annotated[float, Field(gt=0)]]
    coord_tolerance_default_km: Annotated[float, Field(gt=0)]
    place_ratio: Annotated[float, Field(ge=0, le=100)]
    admin_suffixes: Vocab
    place_articles: Vocab
    actor_years: Pattern
    short_types: dict[str, str]

    @model_validator(mode="after")
    def _every_type_has_a_label(self) -> EvaluationFile:
        _every_event_type({k: v for k, v in self.short_types.items() if k != "(none)"})
        return self


#: data file -> the schema of its content (a model of the whole file, or of one TSV row)
YAML_SCHEMAS: dict[str, type[BaseModel]] = {
    "actors.yaml": ActorsFile,
    "actor_derivation.yaml": ActorDerivationFile,
    "actor_equivalents.yaml": ActorEquivalentsFile,
    "actor_roles.yaml": ActorRolesFile,
    "claim_cues.yaml": ClaimCuesFile,
    "actor_role_weights.yaml": ActorRoleWeightsFile,
    "attribution.yaml": AttributionFile,
    "neutral_terms.yaml": NeutralTermsFile,
    "count_patterns.yaml": CountPatternsFile,
    "date_words.yaml": DateWordsFile,
    "holidays.yaml": HolidaysFile,
    "event_patterns.yaml": EventPatternsFile,
    "event_frames.yaml": EventFramesFile,
    "gtd_types.yaml": GtdTypesFile,
    "type_combine.yaml": TypeCombineFile,
    "type_model_text.yaml": TypeModelTextFile,
    "segment_cues.yaml": SegmentCuesFile,
    "link_cues.yaml": LinkCuesFile,
    "roles.yaml": RolesFile,
    "geo_lexicon.yaml": GeoLexiconFile,
    "geo_names.yaml": GeoNamesFile,
    "geo_patterns.yaml": GeoPatternsFile,
    "geo_admin1_abbreviations.yaml": _list_file("units", Admin1Abbreviation),
    "geo_admin1_names.yaml": _list_file("units", Admin1Name),
    "geo_regions.yaml": _list_file("regions", GeoRegion),
    "group_regions.yaml": _list_file("regions", GroupRegion),
    "place_aliases.yaml": _list_file("aliases", PlaceAlias),
    "acled_format.yaml": AcledFormatFile,
    "ingest_patterns.yaml": IngestPatternsFile,
    "evaluation.yaml": EvaluationFile,
}
TSV_SCHEMAS: dict[str, type[BaseModel]] = {
    "vague_numbers.tsv": VagueNumberRow,
    "hijri_months.tsv": HijriMonthRow,
    "acled_regions.tsv": AcledRegionRow,
}
#: files that are not language data written by hand (models and generated tables), checked by
#: their own loaders and tests
GENERATED = {"geo_country_points.tsv", "link_weights.json", "role_selector.npz", "toponym_model.json",
             "toponym_ranker.json",
             "type_model.npz", "type_model_head.npz", "type_model_style.npz"}


def _loose_values(name: str, model: BaseModel) -> list[str]:
    """Extra keys of an open schema must still be phrases, phrase maps, patterns or numbers."""
    problems = []
    for key, value in (model.model_extra or {}).items():
        if isinstance(value, (int, float, str, bool)) or value is None:
            continue
        if isinstance(value, list) and all(isinstance(v, (str, int, float, list, dict)) for v in value):
            if any(isinstance(v, str) and not v.strip() for v in value):
                problems.append(f"{name}: {key}: an empty entry")
            continue
        if isinstance(value, dict):
            continue
        problems.append(f"{name}: {key}: unexpected value of type {type(value).__name__}")
    return problems


def data_files() -> list[str]:
    """The files of the ``sitrep.data`` package (module files aside)."""
    return sorted(p.name for p in resources.files("sitrep.data").iterdir()
                  if p.is_file() and not p.name.endswith((".py", ".pyc")))


def check_data() -> list[str]:
    """Every problem found in the data files (empty when all is well)."""
    problems: list[str] = []
    for name in data_files():
        if name not in YAML_SCHEMAS and name not in TSV_SCHEMAS and name not in GENERATED:
            problems.append(f"{name}: no schema in sitrep.data_schemas")
    for name, schema in YAML_SCHEMAS.items():
        try:
            model = schema.model_validate(load_yaml(name))
        except ValidationError as e:
            problems.extend(f"{name}: {'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
            continue
        except FileNotFoundError:
            problems.append(f"{name}: missing")
            continue
        problems.extend(_loose_values(name, model))
    for name, schema in TSV_SCHEMAS.items():
        for i, row in enumerate(load_tsv(name)):
            try:
                schema.model_validate(row)
            except ValidationError as e:
                problems.extend(f"{name}: row {i + 1}: {'.'.join(map(str, err['loc']))}: {err['msg']}"
                                for err in e.errors())
    return problems


def load_checked(name: str) -> Any:
    """A YAML data file validated against its schema (raises ``ValidationError`` when broken)."""
    data = load_yaml(name)
    YAML_SCHEMAS[name].model_validate(data)
    return data
