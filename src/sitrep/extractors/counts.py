"""Casualty counts: killed, injured, combined casualties and captured people, with evidence.

``extract_counts(doc, mention) -> CountsValue`` reads the spans of one event mention and returns
a :class:`~sitrep.model.CountValue` (best, low, high, evidence, rules) per category. The coding
rules (ACLED conventions: lowest figure, vague words, hedges, sums, the suicide attacker's own
death) are documented with examples and rule tags in ``docs/rules/counts.md``.

Numbers in digits and words are parsed in ``extractors/numbers.py`` (:func:`parse_number`, a whole
string, and :func:`find_numbers`, every number expression in a text, with offsets; both pure, and
re-exported here) and found once per document by its ``sitrep_numbers`` detector.

How it works, in one paragraph: the text of each span is split into tokens (keeping offsets);
number expressions (hedge + number/vague word + range + suffix hedge) are found; each is given
the noun phrase that follows it (people, things, or a noun with its own category such as
"casualties" or "bodies"); figures joined by "and"/"," share a verb; the verb comes from the
left ("killing 4", "abducted 12 students"), the right ("4 were killed", "12 people died",
"4 dead") or a toll phrase ("the death toll rose to 12"); statements per category are then
combined (updates, sums, subsets, conflicting figures) into one value by
``extractors/count_combine.py`` (:func:`~sitrep.extractors.count_combine.combine`). All vocabulary lives in
``data/count_patterns.yaml`` and ``data/vague_numbers.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..annotate import Annotation, annotate, mention_ranges
from ..model import CountsValue, CountValue, Document, Evidence, Mention
from .count_combine import Statement, combine, statement_evidence, sum_vals
from .count_lexicon import CountLexicon, count_lexicon
from .numbers import (
    NUMBERS_DETECTOR,
    NUMBERS_GROUP,
    UNKNOWN_RULE,
    Num,
    NumberValue,
    Toks,
    detect_numbers,
    digits_value,
    find_numbers,
    is_word,
    parse_number,
    toks_of,
)

__all__ = [
    "CATEGORIES",
    "NumberValue",
    "extract_counts",
    "find_numbers",
    "parse_number",
]

CATEGORIES = ("killed", "injured", "casualties", "captured")

_YEAR_MIN, _YEAR_MAX = 1800, 2100


# --------------------------------------------------------------------------------------------
# Items: one figure with its noun phrase and verb
# --------------------------------------------------------------------------------------------
@dataclass
class _Item:
    num: Num
    np_end: int  # token index after the noun phrase
    head: str | None  # lemma of the head noun, None for a bare figure
    kind: str  # person | other | unknown | category | life | bare | subset
    noun_cat: str | None = None  # a noun with its own category ("casualties", "bodies")
    subset: bool = False
    subset_of: str | None = None
    additive: bool = False
    singular_np: bool = False
    hostage_after: bool = False
    category: str | None = None
    trigger: tuple[int, int] | None = None  # token range of the verb/toll phrase
    update: bool = False
    toll: bool = False
    attacker: bool = False
    partitive: bool = False  # 'N of the <people>': a part when it is the subject, the figure when the object
    group_size: bool = False  # 'three of the four attackers': the NP holds the group's size
    among_part: bool = False  # 'Among the 28 victims were 24 soldiers': a part of the group named
    pre_cat: str | None = None  # 'seven wounded people': the category when no verb gives one
    by_participle: bool = False  # the category came from ``pre_cat`` alone
    rules: list[str] = field(default_factory=list)


def _scan_np(lx: CountLexicon, t: Toks, j: int, item: _Item) -> None:
    """Fill the item's head noun from tokens after the figure."""
    k = j
    n = t.n
    if k < n and t.lows[k] == "of":
        nxt = t.lows[k + 1] if k + 1 < n else ""
        if nxt in lx.w["of_pronouns"]:
            item.subset, item.kind, item.np_end = True, "subset", k + 2
            return
        k += 1
        after_det = k < n and t.lows[k] in lx.w["of_determiners"]
        if after_det:
            k += 1
            group = _number_at(t, k) if k < n else None
            if group is not None and group.j < n and lx.person.forward(t.lows, group.j, n) is not None:
                k, item.group_size = group.j, True  # 'three of the four attackers': the group's size is no second figure
        if k < n and t.lows[k] in lx.subset_of:
            item.subset, item.subset_of = True, lx.subset_of[t.lows[k]]
            item.kind, item.head, item.np_end = "subset", t.lows[k], k + 1
            pm = lx.person.forward(t.lows, k + 1, n)
            if pm is not None:  # 'two of the wounded soldiers'
                item.head, item.np_end = pm[1][0], k + 1 + pm[0]
            return
        pm = lx.person.forward(t.lows, k, n) if after_det else None
        if pm is not None and pm[1][0] not in lx.w["additive_heads"] and (
            pm[1][0] in lx.generic or lx.right.forward(t.lows, k + pm[0], n) is not None
            or _severity_next(lx, t, k + pm[0])
        ):
            # 'one of the people killed', 'two of the victims': a part of the people the text
            # counts elsewhere (`subset-floor` when it is the only figure); 'two of the attackers
            # were also killed' names a group of its own and is not a part
            item.subset, item.kind, item.head, item.np_end = True, "subset", pm[1][0], k + pm[0]
            item.attacker, item.partitive = pm[1][0] in lx.w["attacker_heads"], True
            return
    mods = 0
    last_mod = None
    while k < n and mods <= 4:
        w = t.lows[k]
        pm = lx.person.forward(t.lows, k, n)
        if pm is not None:
            cnt, (lemma, sing) = pm
            if lemma in lx.w["additive_heads"]:
                item.additive = True  # 'two more people', 'three other civilians'
            # noun compounds: 'peasant members', 'police officers', 'militia fighters'
            while k + cnt < n and (sing or lemma in lx.invariant):
                more = lx.person.forward(t.lows, k + cnt, n)
                if more is None or more[1][0] in lx.w["additive_heads"]:
                    break
                k, cnt, (lemma, sing) = k + cnt, more[0], more[1]
            item.head, item.kind, item.np_end = lemma, "person", k + cnt
            if lemma in lx.w["demographic_heads"] and not sing:
                item.np_end = _demographic_list_end(lx, t, k + cnt)  # '100 men, women and children'
            if lemma in lx.w["additive_heads"]:
                item.additive = True
            if lemma in lx.w["attacker_heads"]:
                item.attacker = True
            _hostage_after(lx, t, item)
            return
        if w in lx.category_nouns:
            item.head, item.kind, item.noun_cat, item.np_end = w, "category", lx.category_nouns[w], k + 1
            return
        if w in lx.life_nouns:
            item.head, item.kind, item.np_end = w, "life", k + 1
            return
        if w in lx.non_person and not _person_ahead(lx, t, k):
            item.head, item.kind, item.np_end = w, "other", k + 1
            return
        if w in lx.additive:
            item.additive = True
            k += 1
            continue
        if w in lx.hostage_words:
            break
        if w in lx.right_gap and w not in lx.chain and k + 1 < n and t.lows[k + 1] in lx.category_nouns:
            k += 1  # '77 confirmed deaths', '12 reported casualties'
            continue
        if w in lx.prenominal and k + 1 < n and lx.person.forward(t.lows, k + 1, n) is not None:
            item.pre_cat = lx.prenominal[w]  # 'seven other wounded people': the noun's category
            k += 1
            continue
        if w in lx.right_gap and w not in lx.chain and w not in lx.passive_aux and w.endswith("ed") \
                and lx.person.forward(t.lows, k + 1, n) is not None:
            k += 1  # '42 confirmed civilians': a participle before a person noun modifies it
            continue
        if w in lx.np_stop or (not is_word(w) and w not in lx.w["np_punctuation"]):
            break
        if w in lx.w["np_punctuation"] and not (t.touching(k - 1, k) and t.touching(k, k + 1)):
            break
        if w[0].isdigit() or w in lx.units or w in lx.tens:
            break
        if w in lx.months:
            item.kind, item.head, item.np_end = "other", w, k + 1
            return
        if w not in lx.w["np_punctuation"]:
            mods += 1
            last_mod = w
        k += 1
    item.np_end = k
    if last_mod is not None:
        item.head, item.kind = last_mod, "unknown"
    else:
        item.kind = "bare"
    _hostage_after(lx, t, item)


def _severity_next(lx: CountLexicon, t: Toks, k: int) -> bool:
    """'One of the soldiers is critically injured': an auxiliary and a severity adverb after the
    noun phrase tell the state of people counted elsewhere (a part, like 'two critically')."""
    while k < t.n and t.lows[k] in lx.passive_aux:
        k += 1
    return k < t.n and t.lows[k] in lx.w["severity_adverbs"] and k > 0 and t.lows[k - 1] in lx.passive_aux


def _demographic_list_end(lx: CountLexicon, t: Toks, k: int) -> int:
    """After a plural sex-and-age noun, the end of a list of such nouns that names one group with
    no figures of its own ('over 100 men, women and children were injured'); ``k`` if none."""
    q = end = k
    while q < t.n and t.lows[q] in (",", "and"):
        q += 1
        if q < t.n and t.lows[q] == "and":
            q += 1
        pm = lx.person.forward(t.lows, q, t.n)
        if pm is None or pm[1][0] not in lx.w["demographic_heads"] or pm[1][1]:
            break
        q = end = q + pm[0]
    return end


def _person_ahead(lx: CountLexicon, t: Toks, k: int) -> bool:
    """A thing noun at ``k`` modifies a person noun right after it: 'camp residents', 'truck
    driver', 'school children', 'bus passengers' (`noun-modifier`)."""
    for q in (k + 1, k + 2):
        if q >= t.n:
            return False
        pm = lx.person.forward(t.lows, q, t.n)
        if pm is not None and pm[1][0] not in lx.w["not_a_group"]:
            return True
        w = t.lows[q]
        if not is_word(w) or w in lx.np_stop or w in lx.non_person:
            return False
    return False


def _hostage_after(lx: CountLexicon, t: Toks, item: _Item) -> None:
    k = item.np_end
    if k < t.n and t.lows[k] in lx.hostage_words:
        item.hostage_after = True
    elif k + 1 < t.n and t.lows[k] == "as" and t.lows[k + 1] in lx.hostage_words:
        item.hostage_after = True


def _age_list_end(lx: CountLexicon, t: Toks, k: int) -> int | None:
    """'aged 6 and 4', 'aged 25, 26 and 31': the index after an age word and its figures."""
    if k >= t.n or t.lows[k] not in lx.w["age_words"]:
        return None
    q = k + 1
    while q < t.n and digits_value(t.lows[q]) is not None:
        q += 1
        if q + 1 < t.n and t.lows[q] in lx.w["age_joiners"] and digits_value(t.lows[q + 1]) is not None:
            q += 1
    return q if q > k + 1 else None


def _in_age_list(lx: CountLexicon, t: Toks, i: int) -> bool:
    """The figure at ``i`` is one of the ages after 'aged' ('aged 6 and 4')."""
    q = i - 1
    while q >= 1 and t.lows[q] in lx.w["age_joiners"] and digits_value(t.lows[q - 1]) is not None:
        q -= 2
    return q >= 0 and t.lows[q] in lx.w["age_words"]


def _excluded(lx: CountLexicon, t: Toks, item: _Item) -> bool:
    """Numbers that are not counts of people: designations, dates, times, ages, money, units."""
    num = item.num
    i, j = num.i, num.j
    if _in_age_list(lx, t, i):
        return True
    first = t.lows[i]
    prev = t.lows[i - 1] if i > 0 else ""
    nxt = t.lows[j] if j < t.n else ""
    if item.kind == "other":
        return True
    if prev in lx.designators and not (prev in lx.w["designator_prepositions"] and first in lx.hedge_prefix_firsts):
        return True
    if prev == "." and i > 1 and t.lows[i - 2] in lx.w["number_abbreviations"]:
        return True
    if prev in lx.months or nxt in lx.months:
        return True
    if prev in lx.w["before_no_count"] or (prev == "the" and first == "one" and nxt != "of"):
        return True
    if first == "one" and nxt in lx.w["one_idioms"]:
        return True
    if first == "both" and item.np_end < t.n and t.lows[item.np_end] == "and":
        return True  # 'both soldiers and civilians' is a conjunction, not 2
    if first == "both" and (prev in lx.w["prepositions"] or prev in lx.w["both_sides_after"]):
        return True  # 'fighters on both sides were killed': the sides, not 2 people  # 'both soldiers and civilians' is a conjunction, not 2
    # attached punctuation: 'F-16', '12/3', '10:30', '$5', '12-year-old', '50%'
    if i > 0 and t.touching(i - 1, i) and t.lows[i - 1] in lx.w["attached_before"]:
        if not (t.lows[i - 1] == "-" and i > 1 and t.lows[i - 2][0].isdigit() is False
                and not t.touching(i - 2, i - 1)) and not (
            # a colon after a word, not a figure, opens what follows: 'Yemen bombings:At least
            # 45 army recruits', 'Mosul (2016) :Five Peshmerga' (but '10:30' is a time)
            t.lows[i - 1] in lx.w["joining_after"] and not (i > 1 and t.lows[i - 2][:1].isdigit()
                                                              and t.touching(i - 2, i - 1))
        ):
            return True
    if j < t.n and t.touching(j - 1, j) and nxt in lx.w["attached_after"] and not (
        nxt in lx.w["joining_after"] and not (j + 1 < t.n and t.touching(j, j + 1))
    ):
        return True  # '10:30', '12/3', '50%'; but 'killed three: two soldiers and a civilian'
    if nxt == "-" and t.touching(j - 1, j) and j + 1 < t.n and is_word(t.lows[j + 1]):
        return True
    if nxt in lx.w["measure_after"]:
        return True
    single_digits = num.j - num.i == 1 and first[0].isdigit()
    if single_digits and len(first) == 4 and (
        item.kind in ("bare", "unknown")
        # '2016 Movida Bar grenade attack: ...', '2015 Kandahar Airport attack': a year opening
        # a title, before a capitalised name
        or (num.i == 0 or t.lows[num.i - 1] in lx.w["sentence_ends"] or t.lows[num.i - 1] == ":") and num.j < t.n
        and t.raw[num.j][:1].isupper()
    ):
        v = digits_value(first)
        if v is not None and _YEAR_MIN <= v <= _YEAR_MAX:
            return True
    # ages: 'Ahmed, 34, was killed', 'Ahmed (34)'
    if single_digits and item.kind == "bare":
        if prev == "," and nxt == "," and i > 1 and is_word(t.lows[i - 2]):
            v = digits_value(first) or 0
            if v < 110 and t.lows[i - 2] not in lx.right.table and (t.lows[i - 2],) not in lx.right.table:
                return True
        if prev == "(" and nxt == ")":
            return True
    return False


# --------------------------------------------------------------------------------------------
# Verbs, tolls and chains
# --------------------------------------------------------------------------------------------
def _after_among(lx: CountLexicon, t: Toks, i: int) -> bool:
    """'Among the 28 victims were 24 soldiers and 4 civilians': the figure after the copula of an
    inverted 'among the <group> were' names a part of that group (`word_classes: among_copulas`)."""
    if i == 0 or t.lows[i - 1] not in lx.w["among_copulas"]:
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        w = t.lows[k]
        if w in lx.w["sentence_ends"] or lx.left.forward(t.lows, k, i) is not None:
            return False
        if w == "among" and k + 1 < i - 1 and t.lows[k + 1] in lx.w["of_determiners"]:
            return True
    return False


def _left_trigger(lx: CountLexicon, t: Toks, item: _Item, floor: int) -> None:
    i = item.num.i
    k = i
    if _after_among(lx, t, i):
        item.subset = item.among_part = True
        return
    gap = 0
    lm = lx.left.backward(t.lows, k, floor)
    while lm is None and k > floor and gap < lx.left_gap_reach and t.lows[k - 1] in lx.left_gap:
        if t.lows[k - 1] in lx.additive:
            item.additive = True
        k -= 1
        gap += 1
        lm = lx.left.backward(t.lows, k, floor)
    # subset marker just before ("including 2 children", "among them 3 soldiers")
    if lm is None and lx.subset_before.backward(t.lows, k, floor) is not None:
        item.subset = True
        return
    # toll: 'the death toll rose to 12', 'bringing the toll to 15', 'a toll of 12'
    tk = i
    steps = 0
    update = False
    while tk > floor and steps < 7 and t.lows[tk - 1] in lx.toll_gap:
        if t.lows[tk - 1] in lx.toll_update:
            update = True
        tk -= 1
        steps += 1
    if steps:
        tm = lx.toll.backward(t.lows, tk, floor)
        if tm is None and update:
            tk, tm = _toll_of(lx, t, tk, floor)
        if tm is not None:
            n, cat = tm
            item.category, item.toll, item.update = cat, True, update
            item.trigger = (tk - n, tk)
            item.rules.append("toll:update" if update else "toll")
            return
        if update and _number_of_toll(lx, t, item, tk, floor):
            return
    w = t.lows[k - 1] if k > floor else ""
    if lm is not None:
        n, cat = lm
        if _hypothetical(lx, t, k - n, floor) or (
            k - n > floor and t.lows[k - n - 1] == "to"
            and not (k - n - 1 > floor and t.lows[k - n - 2] in lx.w["achieved_to"])  # 'managed to kill'
        ):
            item.kind = "hypothetical"
            return
        item.category = cat
        item.trigger = (k - n, k)
        if item.partitive:
            item.subset = False  # 'killed more than 10 of the attackers': the figure itself
        if t.lows[item.np_end : item.np_end + 2] == lx.to_death_words:
            item.category = "killed"  # 'stabbed two guards to death': the wound was fatal
        return
    if w in lx.hostage_verbs and (item.head in lx.hostage_words or item.hostage_after):
        if not _hypothetical(lx, t, k - 1, floor):
            item.category, item.trigger = "captured", (k - 1, k)
        return
    if item.kind == "life" and w in lx.life_verbs:
        if not _hypothetical(lx, t, k - 1, floor):
            item.category, item.trigger = "killed", (k - 1, k)


def _toll_of(lx: CountLexicon, t: Toks, tk: int, floor: int) -> tuple[int, tuple[int, str] | None]:
    """'the death toll of Turkish soldiers in Syria's Al-Bab has increased to 16': a toll noun
    followed by an 'of' phrase (at most 8 words, no figure or verb) before the update verb.
    (index after the toll noun, its match) or (tk, None)."""
    for m in range(tk - 2, max(floor, tk - 10) - 1, -1):
        x = t.lows[m]
        if x[:1].isdigit() or x in (".", ";") or lx.left.forward(t.lows, m, tk) is not None:
            break
        if x == "of":
            tm = lx.toll.backward(t.lows, m, floor)
            return (m, tm) if tm is not None else (tk, None)
    return tk, None


def _number_of_toll(lx: CountLexicon, t: Toks, item: _Item, tk: int, floor: int) -> bool:
    """'the number of guerrillas killed ... has risen to 26'; 'brings to 21 the number of
    guerrillas killed'. A 'number of ... <verb>' phrase within the same clause, either side."""
    windows = (range(tk - 1, max(floor, tk - 14) - 1, -1), range(item.num.j, min(t.n, item.num.j + 10)))
    for window in windows:
        for q in window:
            w = t.lows[q]
            if w in (".", ";"):
                break
            rm = lx.right.forward(t.lows, q, t.n)
            if rm is None or rm[1] == "casualties":
                continue
            back = t.lows[max(floor, q - 7) : q]
            if "number" in back or "toll" in back:
                item.category, item.toll, item.update = rm[1], True, True
                item.trigger = (q, q + rm[0])
                item.rules.append("toll:update")
                return True
    return False


def _hypothetical(lx: CountLexicon, t: Toks, k: int, floor: int) -> bool:
    """A modal or negation just before the verb: 'would have killed', 'did not kill'."""
    for p in range(max(floor, k - 3), k):
        w = t.lows[p]
        if w in lx.modals or w in lx.negations or w.endswith("n't"):
            return True
    return False


def _starts_object(lx: CountLexicon, t: Toks, k: int) -> bool:
    if k >= t.n:
        return False
    w = t.lows[k]
    if w[0].isdigit() or w in lx.units or w in lx.tens or w in lx.sing_det or w in lx.obj_pronouns:
        return True
    if w in lx.w["object_starters"]:
        return True
    if lx.hedge_prefix.forward(t.lows, k, t.n) is not None:
        return True
    return lx.person.forward(t.lows, k, t.n) is not None


def _right_trigger(lx: CountLexicon, t: Toks, item: _Item, ceiling: int) -> tuple[int, int, str, bool] | None:
    """(start, end, category, singular_aux_seen) of a verb after the figure's noun phrase."""
    k = item.np_end
    if item.hostage_after:
        return None
    for attempt in range(lx.modifier_skips + 1):
        p = k
        if p < ceiling and t.lows[p] == "," and p + 1 < ceiling and t.lows[p + 1] in lx.right_gap:
            p += 1  # 'two diplomats, as well as three journalists, are still held hostage'
        gap = 0
        passive = False
        singular = False
        among = also = False
        while p < ceiling and gap <= 6:
            if item.kind == "life" and t.lows[p] == "lost":
                return p, p + 1, "killed", singular
            rm = lx.right.forward(t.lows, p, ceiling)
            if rm is not None:
                n, cat = rm
                if cat == "casualties" and n > 1 and _starts_object(lx, t, p + n):
                    # 'left 4 fighters dead and injured 3': the last verb has a figure of its
                    # own, so the figure before takes the first word alone ('dead')
                    rm = lx.right.forward(t.lows, p, p + 1) or rm
                    n, cat = rm
                key = tuple(t.lows[p : p + n])
                if _hypothetical(lx, t, p, max(item.np_end, p - 3)):
                    return None
                if key in lx.active and not passive and _starts_object(lx, t, p + n):
                    return None  # the figure is the agent: '3 gunmen killed 5 civilians'
                item.subset = item.subset or among
                item.additive = item.additive or also
                if cat == "captured" and (j := _participle_and(lx, t, p + n - 1, ceiling)) is not None:
                    then = lx.right.forward(t.lows, j, ceiling)
                    if then is not None and then[1] == "killed":
                        # 'were abducted from their homes and subsequently executed': killed
                        return j, j + then[0], "killed", singular
                return p, p + n, cat, singular
            w = t.lows[p]
            if w in lx.negations or w.endswith("n't") or w in lx.modals:
                return None
            if passive and w.endswith(lx.participle_suffix) and (j := _participle_and(lx, t, p, ceiling)):
                gap += j - p  # 'were ambushed and killed', 'were dragged from their car and killed':
                p = j  # a first participle (and its phrase) joined to the verb
                continue
            if w not in lx.right_gap and not _gap_adverb(lx, t, p):
                break
            if w in lx.passive_aux:
                passive = True
            if w in lx.singular_aux:
                singular = True
            among = among or w == "among"
            also = also or w == "also"
            p += 1
            gap += 1
        if attempt < lx.modifier_skips and item.kind in ("person", "unknown", "bare", "pronoun", "subset"):
            q = _skip_modifier(lx, t, k, ceiling)
            if q is None:
                return None
            if q > ceiling:
                ceiling = t.n
            k = q
            continue
        return None
    return None


def _participle_and(lx: CountLexicon, t: Toks, p: int, ceiling: int) -> int | None:
    """After a passive participle at ``p`` ('were ambushed'), the index of the verb its "and"
    joins, a few words on ('and killed', 'from their homes and subsequently executed'), or None."""
    q = p + 1
    while q < min(ceiling, p + lx.participle_reach) and t.lows[q] != "and":
        if not is_word(t.lows[q]) or _is_number_word(lx, t.lows[q]) or lx.right.forward(t.lows, q, ceiling):
            return None
        q += 1
    if q >= ceiling or t.lows[q] != "and":
        return None
    q += 1
    while q < ceiling and (t.lows[q] in lx.w["clause_adverbs"] or _gap_adverb(lx, t, q)):
        q += 1
    return q if lx.right.forward(t.lows, q, ceiling) is not None else None


def _gap_adverb(lx: CountLexicon, t: Toks, p: int) -> bool:
    """An adverb in "-ly" between a noun phrase and its verb: 'were mistakenly killed'
    (``count_patterns.yaml: right_gap_adverb``)."""
    w = t.lows[p]
    return len(w) >= lx.gap_adverb_min and w.endswith(lx.gap_adverb_suffix) and t.raw[p].islower()


def _skip_modifier(lx: CountLexicon, t: Toks, k: int, ceiling: int) -> int | None:
    """Skip a prepositional phrase ('five members of the family were killed') or a
    parenthetical ('four persons, dressed in uniform, were killed'; '4 soldiers -- including a
    sergeant -- were killed') after a noun phrase; the index after it, or None."""
    if k >= ceiling:
        return None
    w = t.lows[k]
    if lx.subset_before.forward(t.lows, k, t.n) is not None:
        return _clause_to_verb(lx, t, k + 1, figures=True)  # '5 policemen including a commander were killed'
    if w in lx.w["clause_openers"] or (w.endswith(lx.clause_ing) and len(w) > 4 and t.raw[k].islower()):
        return _clause_to_verb(lx, t, k + 1, figures=False)  # '10 soldiers loyal to X were killed'
    age_end = _age_list_end(lx, t, k) or (
        _age_list_end(lx, t, k + 1) if w == "," else None)  # 'two girls aged 6 and 4 are killed'
    if age_end is not None:
        if w != ",":
            return age_end
        if age_end < t.n and t.lows[age_end] == ",":
            return age_end + 1  # 'Two people, aged 25 and 26, were shot dead'
    if w == "and":
        return _coordinated_heads(lx, t, k + 1, ceiling)
    if w in lx.w["prepositions"]:
        q = k + 1
        steps = 0
        while q < ceiling and steps < 8:
            x = t.lows[q]
            if x in lx.passive_aux or lx.right.forward(t.lows, q, ceiling) is not None:
                break
            if x == "-" and t.touching(q - 1, q) and t.touching(q, q + 1):
                q += 1
                continue
            if x in lx.w["name_joiners"] and t.raw[q - 1][:1].isupper() and q + 1 < ceiling \
                    and t.raw[q + 1][:1].isupper():
                q += 1  # 'from the Faculty of Islamic Law and Jurisprudence': inside a name
                continue
            if not is_word(x) or x in lx.chain or x[0].isdigit():
                break
            q += 1
            steps += 1
        return q if q > k + 1 else None
    closer = {",": ",", "(": ")", "-": "-", "--": "--"}.get(w)  # "--" is one token, "- -" two
    if closer is None:
        return _name_run(lx, t, k, ceiling)
    if w == "-" and not (k + 1 < ceiling and t.lows[k + 1] == "-"):
        return None
    q = k + (2 if w == "-" else 1)
    start = q
    # a parenthetical that opens with a subset marker may hold figures ('including 2 newsmen')
    subset = lx.subset_before.forward(t.lows, q, t.n) is not None
    # a bracketed breakdown ('(nine soldiers and three civilians)') or a part given as 'N of them'
    # ('41 people, 35 of them children, were killed') holds figures that are part of the total
    if not subset:
        look = t.lows[q:min(t.n, q + 14)]
        close_at = look.index(closer) if closer in look else -1
        inner = look[:close_at] if close_at > 0 else []
        subset = bool(inner) and (w == "(" or any(inner[j:j + 2] in (["of", "them"], ["of", "whom"])
                                                  for j in range(len(inner) - 1)))
    limit = t.n if subset else ceiling
    if w == "(":
        look = t.lows[q:min(limit, q + 14)]
        if closer in look and not lx.w["aside_stops"] & set(look[:look.index(closer)]):
            # a bracketed aside is read through whatever it holds ('38 people (mostly Western
            # tourists, with the majority being British) were killed')
            return q + look.index(closer) + 1
    while q < limit and q - start < 14:
        x = t.lows[q]
        if x == closer and q > start:
            end = q + (2 if w == "-" and q + 1 < t.n and t.lows[q + 1] == "-" else 1)
            return end
        if subset and w == "," and q > start + 1 and x in lx.passive_aux:
            return q  # '6 people, including a soldier were killed': the part ends at the verb
        if x in (".", ";", ":") or x in lx.passive_aux:
            return None
        if not subset and (x[0].isdigit() or x in lx.units or x in lx.tens):
            return None
        if lx.right.forward(t.lows, q, t.n) is not None or lx.left.forward(t.lows, q, t.n) is not None:
            return None
        q += 1
    return None


def _coordinated_heads(lx: CountLexicon, t: Toks, q: int, ceiling: int) -> int | None:
    """'13 weapons experts and officers were executed', 'four FC and police personnel were
    killed': a second head joined by 'and', with no figure or determiner of its own, that ends in a
    person noun right before the verb: one group with the figure. The index after it, or None."""
    start = q
    person_end = None
    while q < ceiling and q - start < 3:
        x = t.lows[q]
        if not is_word(x) or x in lx.sing_det or x in lx.w["articles"] or _is_number_word(lx, x) \
                or x in lx.passive_aux or x in lx.chain or lx.left.forward(t.lows, q, t.n) is not None \
                or lx.right.forward(t.lows, q, t.n) is not None:
            break
        pm = lx.person.forward(t.lows, q, t.n)
        if pm is not None:
            q += pm[0]
            person_end = q
            continue
        q += 1
    if person_end is None or person_end != q or q >= ceiling:
        return None
    nxt = t.lows[q]
    return q if nxt in lx.passive_aux or lx.right.forward(t.lows, q, t.n) is not None else None


def _name_run(lx: CountLexicon, t: Toks, k: int, ceiling: int) -> int | None:
    """The rest of a figure's noun phrase when it names an organisation: capitalised words, a
    bracketed acronym and the nouns after them, up to a passive verb ('Four United Nations
    Assistance Mission in Afghanistan (UNAMA) staff were killed', 'seven Indian National Congress
    party workers were killed'). The index of the auxiliary, or None (docs/rules/counts.md "Real
    phrasing")."""
    q = k
    names = int(k > 0 and t.raw[k - 1][:1].isupper())  # 'Four Army rangers': the name began before
    while q < ceiling and q - k < lx.name_run_max:
        x, raw = t.lows[q], t.raw[q]
        if x == "(":
            close = next((r for r in range(q + 1, min(ceiling, q + 5)) if t.lows[r] == ")"), None)
            if close is None or not names:
                return None
            q = close + 1
            continue
        if x in lx.passive_aux or x in lx.w["perfect_aux"]:
            break
        if not is_word(x) or _is_number_word(lx, x) or x in lx.np_stop or lx.right.forward(t.lows, q, ceiling):
            return None
        if raw[:1].isupper():
            names += 1
        elif x in lx.w["name_joiners"]:
            if not (names and q + 1 < ceiling and t.raw[q + 1][:1].isupper()):
                return None  # 'of' / 'and' only inside a name: 'Faculty of Islamic Law'
        elif not names and lx.person.forward(t.lows, q, ceiling) is None:
            return None  # lower-case words after a name only ('party workers'), or person nouns
        q += 1
    if q == k or q >= ceiling or q - k >= lx.name_run_max:
        return None
    r = q
    while r < ceiling and (t.lows[r] in lx.passive_aux or t.lows[r] in lx.w["perfect_aux"]
                           or t.lows[r] in lx.w["clause_adverbs"]):
        r += 1
    return q if r > q and lx.right.forward(t.lows, r, ceiling) is not None else None


def _clause_to_verb(lx: CountLexicon, t: Toks, q: int, figures: bool) -> int | None:
    """The verb phrase after a clause that modifies a figure's noun phrase: a relative clause
    ('three soldiers who were in the car were killed'), a participle or adjective phrase ('eight
    pilgrims returning from a shrine in Samarra were killed', 'ten soldiers loyal to X were
    killed') or a part without its commas ('five policemen including a commander were killed';
    ``figures``: the part may hold figures and a list). The index of the auxiliary or verb that
    ends it, or None (docs/rules/counts.md "Real phrasing")."""
    start = q
    while q < t.n and q - start < lx.clause_max:
        x = t.lows[q]
        if x in lx.w["clause_stops"] or (not figures and (x == "," or x in lx.chain or _is_number_word(lx, x))):
            return None
        if lx.left.forward(t.lows, q, t.n) is not None:
            return None
        if q > start and x in lx.passive_aux:
            r = q + 1
            while r < t.n and (t.lows[r] in lx.passive_aux or t.lows[r] in lx.w["clause_adverbs"]):
                r += 1
            if lx.right.forward(t.lows, r, t.n) is not None:
                return q
        elif q > start and lx.right.forward(t.lows, q, t.n) is not None and t.lows[q - 1] not in lx.passive_aux:
            return q
        q += 1
    return None


def _is_number_word(lx: CountLexicon, x: str) -> bool:
    return x[0].isdigit() or x in lx.units or x in lx.tens


def _singular_np(lx: CountLexicon, t: Toks, i: int) -> _Item | None:
    """'a 12-year-old boy', 'the driver', 'his brother' -> one person (or one body)."""
    k = i + 1
    mods = 0
    while k < t.n and mods <= 6:
        pm = lx.person.forward(t.lows, k, t.n)
        if pm is not None:
            n, (lemma, singular) = pm
            if t.lows[k] in lx.w["name_adjectives"] and t.raw[k][:1].isupper() and k + n < t.n \
                    and t.raw[k + n][:1].isupper():
                return None  # 'the National Army': a word of a name, not a national
            if not singular and lemma in lx.invariant:
                more = lx.person.forward(t.lows, k + n, t.n)
                if more is not None and more[1][1]:
                    k, (n, (lemma, singular)) = k + n, more  # 'a police officer'
            if not singular:
                return None
            num = Num(i, i + 1, 1, 1, 1, ("singular-np",), False)
            item = _Item(num=num, np_end=k + n, head=lemma, kind="person", singular_np=True)
            if lemma in lx.w["attacker_heads"]:
                item.attacker = True
            if t.lows[i] == "another":
                item.additive = True
            _hostage_after(lx, t, item)
            return item
        w = t.lows[k]
        if t.touching(k - 1, k) and t.lows[k - 1] == "-" or (
            w == "-" and t.touching(k - 1, k) and t.touching(k, k + 1)
        ):
            k += 1  # inside a hyphenated modifier: '12-year-old', 'off-duty'
            continue
        if (w[0].isdigit() or w in lx.units or w in lx.tens) and not (
            k + 1 < t.n and t.lows[k + 1] == "-" and t.touching(k, k + 1)
        ):
            return None  # 'the nine peasant members': a figure, not one person
        if w in lx.w["body_nouns"]:
            if t.raw[k][:1].isupper() and k > i + 1 and t.raw[k - 1][:1].isupper():
                return None  # 'the Joint Electoral Management Body': a word of a name, no corpse
            num = Num(i, i + 1, 1, 1, 1, ("singular-np",), False)
            return _Item(num=num, np_end=k + 1, head=w, kind="category", noun_cat="killed",
                         singular_np=True)
        if w in lx.np_stop and w not in ("dead",):
            return None
        if not (is_word(w) or w[0].isdigit() or w in lx.w["np_punctuation"]):
            return None
        if (w in lx.non_person and not _person_ahead(lx, t, k)) or w in lx.category_nouns:
            return None
        k += 1
        mods += 1
    return None


def _number_at(t: Toks, i: int) -> Num | None:
    """The detector's number expression that starts at word ``i`` and ends inside the stream."""
    v = t.numbers.get(t.starts[i])
    if v is None:
        return None
    j = bisect_left(t.ends, v.end, i)
    if j >= t.n or t.ends[j] != v.end:
        return None
    return Num(i, j + 1, v.best, v.low, v.high, v.rules, v.vague)


def _items_in(lx: CountLexicon, t: Toks) -> list[_Item]:
    items: list[_Item] = []
    i = 0
    while i < t.n:
        w = t.lows[i]
        num = _number_at(t, i)
        if num is not None:
            item = _Item(num=num, np_end=num.j, head=None, kind="bare")
            _scan_np(lx, t, num.j, item)
            # 'a' / 'an' / 'one' followed by a singular person noun: use the singular rule tag
            if not _excluded(lx, t, item):
                items.append(item)
            i = max(item.np_end if item.group_size else num.j, i + 1)
            continue
        if w in lx.sing_det:
            item = _singular_np(lx, t, i)
            if item is not None:
                items.append(item)
                i = item.np_end
                continue
            q = i + 1
            while q < t.n and t.lows[q] in lx.passive_aux:
                q += 1
            if w == "another" and q < t.n and lx.right.forward(t.lows, q, t.n) is not None:
                # 'one person was killed and another wounded', 'a bomb killed one and another were wounded'
                num = Num(i, i + 1, 1, 1, 1, ("singular-np",), False)
                items.append(_Item(num=num, np_end=i + 1, head=None, kind="bare", additive=True))
                i += 1
                continue
        quant = lx.pronoun_quantifiers.get(w)
        if quant and i > 0 and i + 1 < t.n and t.lows[i + 1] in quant:
            v = quant[t.lows[i + 1]]  # 'killing them both'
            num = Num(i, i + 2, v, v, v, ("object-pronoun",), False)
            items.append(_Item(num=num, np_end=i + 2, head=w, kind="pronoun"))
            i += 2
            continue
        if w in lx.obj_pronouns and i > 0:
            nxt = t.lows[i + 1] if i + 1 < t.n else ""
            if not is_word(nxt) or nxt in lx.np_stop:
                num = Num(i, i + 1, lx.obj_pronouns[w], 1, 1, ("object-pronoun",), False)
                item = _Item(num=num, np_end=i + 1, head=w, kind="pronoun")
                if w in lx.w["reflexives"]:
                    item.attacker = True
                items.append(item)
        i += 1
    return items


def _is_speaker(lx: CountLexicon, t: Toks, item: _Item) -> bool:
    """', a local elder said' after a figure, 'according to a council member': the source of
    the report, not a victim."""
    i = item.num.i
    if i >= 2 and t.lows[i - 2 : i] == ["according", "to"]:
        return True
    # ', two officials said' / ', three witnesses told': attribution numbers are not counts
    if i == 0 or t.lows[i - 1] != ",":
        return False
    k = item.np_end
    return k < t.n and k > i + 1 - (1 if item.singular_np else 0) and t.lows[k] in lx.w["speech_verbs"]


def _pp_chain(lx: CountLexicon, between: list[str]) -> int:
    """'9 members of the security forces and several fighters': the length of the
    prepositional phrase when ``between`` is one followed by a connector, else 0."""
    if len(between) < 3 or len(between) > 9 or between[0] not in lx.w["prepositions"] or between[-1] not in lx.chain:
        return 0
    q = len(between) - 1
    while q > 1 and between[q - 1] in lx.chain:
        q -= 1
    body = between[1:q]
    if not body or not all(is_word(w) and w not in lx.chain and w not in lx.left.table
                           and (w,) not in lx.right.table for w in body):
        return 0
    return q


def _breakdown(lx: CountLexicon, t: Toks, its: list[_Item]) -> bool:
    """'Eight people, seven police officers and the police chief, were killed': a total followed
    by a comma and a list that adds up to it, the total's noun generic or the list's items having
    no noun of their own ('five men, three Catholic and two Protestant'); `breakdown`."""
    if len(its) < 3 or t.lows[its[0].np_end : its[1].num.i] != [","]:
        return False
    total, rest = its[0], its[1:]
    if total.num.vague or total.num.best != sum(x.num.best for x in rest):
        return False
    return total.kind in ("person", "unknown") and (total.head in lx.generic or all(
        x.kind in ("unknown", "bare") or x.head in lx.w["additive_heads"] for x in rest))


def _statements(lx: CountLexicon, t: Toks) -> tuple[list[Statement], set[int]]:
    """Statements (one per chain and category) and the token indexes of verbs they used."""
    perpetrators = lx.w["perpetrator_heads"] | lx.w["reflexives"]
    items = _items_in(lx, t)
    used: set[int] = set()
    stmts: list[Statement] = []
    # chains: items joined by connectors only
    chains: list[list[_Item]] = []
    items = [it for it in items if not _is_speaker(lx, t, it)]
    for it in items:
        if chains:
            prev = chains[-1][-1]
            between = t.lows[prev.np_end : it.num.i]
            while between and between[-1] in lx.w["possessives"]:
                between = between[:-1]  # 'a woman and her two children'
            pp = _pp_chain(lx, between)
            if prev.np_end <= it.num.i and (pp or all(w in lx.chain for w in between)) and (
                prev.kind != "pronoun" or between
            ) and not (it.kind == "subset" and between == [","]):  # '41 people, 35 of them children, were killed'
                if between == [","] and it.num.j < t.n and (
                    t.lows[it.num.j] in lx.w["severity_adverbs"]
                    or (t.lows[it.num.j] == "in" and it.num.j + 2 < t.n
                        and t.lows[it.num.j + 1] in lx.w["severity_conditions"]
                        and t.lows[it.num.j + 2] == "condition")
                ):
                    it.subset = True  # 'injuring eight others, two critically' / 'one in severe condition': a part
                if pp:
                    prev.np_end = it.num.i - len(between) + pp  # the PP belongs to the NP
                chains[-1].append(it)
                continue
        chains.append([it])
    floor = 0
    for ci, chain in enumerate(chains):
        first, last = chain[0], chain[-1]
        ceiling = chains[ci + 1][0].num.i if ci + 1 < len(chains) else t.n
        _left_trigger(lx, t, first, floor)
        right = None
        if last.kind not in ("hypothetical",) and not (first.toll and len(chain) == 1):
            right = _right_trigger(lx, t, last, ceiling)
        floor = last.np_end
        left_cat = first.category
        for idx, it in enumerate(chain):
            if first.among_part and it.head not in lx.w["additive_heads"]:
                it.subset = True  # '..., and at least 235 others were wounded' are not among them
            if it is first and first.kind == "hypothetical":
                break
            cat = left_cat
            trig = first.trigger
            if right is not None and (
                left_cat is None or (len(chain) > 1 and idx == len(chain) - 1 and not first.toll)
            ):
                cat, trig = right[2], (right[0], right[1])
            if it.noun_cat is not None and not first.toll:
                cat = it.noun_cat
            if cat is None and it.pre_cat is not None:
                cat, it.by_participle = it.pre_cat, True
            if it.kind == "life" and cat is not None and trig is None:
                cat = None
            if it.kind == "subset" and it.subset_of is not None and cat is not None and it.subset_of != cat:
                # 'two of the wounded later died': new deaths, not a part of the dead
                it.subset = False
                it.additive = True
            if cat is None:
                continue
            if it.kind in ("other", "hypothetical"):
                continue
            if it.kind == "pronoun" and trig is None:
                continue
            if cat == "captured" and it.kind == "unknown":
                continue  # 'seized several documents': things are seized too
            it.category = cat
            if trig is not None:
                used.update(range(trig[0], trig[1]))
        # build statements per category
        by_cat: dict[str, list[_Item]] = {}
        for it in chain:
            if it.category is not None and it.kind not in ("other", "hypothetical"):
                if it.kind == "pronoun" and it is not first and it.trigger is None and right is None and first.trigger is None:
                    continue
                by_cat.setdefault(it.category, []).append(it)
        for cat, its in by_cat.items():
            if all(UNKNOWN_RULE in x.num.rules for x in its):
                continue  # 'an unknown number of people were killed' gives no figure
            whole = [x for x in its if not x.subset]
            if whole and len(whole) < len(its):
                its = whole  # '12 people, 5 of them children': the part is not added
            appos = False
            breakdown = _breakdown(lx, t, its)
            if breakdown:
                its = its[:1]
            if len(its) == 2 and all(x.singular_np for x in its) \
                    and t.lows[its[0].np_end:its[1].num.i] == [","] \
                    and t.lows[its[1].num.i] in lx.w["articles"]:
                # 'killing the driver, a municipal employee,': one person described twice
                # (a list of two would say 'and'); docs/rules/counts.md "Apposition"
                its = its[:1]
                appos = True
            vals = [(x.num.best, x.num.low, x.num.high) for x in its]
            best, low, high = sum_vals(vals)
            spans = [(t.starts[x.num.i], t.ends[max(x.np_end, x.num.j) - 1]) for x in its]
            trig = its[0].trigger or (right[0:2] if right else None)
            if trig is not None:
                spans.append((t.starts[trig[0]], t.ends[trig[1] - 1]))
            start = min(s for s, _ in spans)
            end = max(e for _, e in spans)
            rules: list[str] = []
            for x in its:
                for r in list(x.num.rules) + x.rules:
                    if r not in rules:
                        rules.append(r)
            if len(its) > 1:
                rules.append("sum:coordinated")
            if appos:
                rules.append("apposition")
            if breakdown:
                rules.append("breakdown")
            heads = frozenset(x.head or "" for x in its)
            generic = all(
                x.head is None or x.head in lx.generic or x.kind in ("bare", "category")
                for x in its
            )
            stmts.append(
                Statement(
                    category=cat,
                    best=best,
                    low=low,
                    high=high,
                    start=start,
                    end=end,
                    pos=start,
                    rules=rules,
                    heads=heads,
                    generic=generic,
                    toll=its[0].toll,
                    lives=its[0].kind == "life",
                    # '23 wounded people had been brought in' beside 'wounding 20 others': a
                    # participle's figure is used only when no other statement gives one
                    weak=all(x.by_participle for x in its),
                    vague=any(x.num.vague for x in its),
                    update=its[0].update,
                    additive=its[0].additive and not its[0].toll,
                    subset=all(x.subset for x in its) or (first.subset and not first.among_part),
                    attacker=any(x.attacker for x in its),
                    attackers=min(best, sum(x.num.best for x in its if x.attacker and x.head in perpetrators)),
                    coordinated=len(its) > 1,
                    of_pronoun=its[0].trigger is not None
                    and all(x.kind == "subset" and x.head is None for x in its),
                )
            )
    stmts.extend(_singular_aux_statements(lx, t, used))
    return stmts, used


def _singular_aux_statements(lx: CountLexicon, t: Toks, used: set[int]) -> list[Statement]:
    """'he was killed', 'the mayor ... was shot dead': one person when no figure took the verb."""
    out: list[Statement] = []
    for p in range(1, t.n):
        if p in used or t.lows[p - 1] not in lx.singular_aux:
            continue
        rm = lx.right.forward(t.lows, p, t.n)
        if rm is None:
            continue
        n, cat = rm
        if any(q in used for q in range(p, p + n)):
            continue
        subj = t.lows[p - 2] if p >= 2 else ""
        if subj in lx.not_one or subj in lx.negations or subj.endswith("n't"):
            # 'who was killed' names one person; 'no one was killed' is handled as none
            if subj != "who":
                continue
        if subj in lx.non_person or subj in lx.modals:
            continue
        if any(t.lows[q] in lx.w["uncertainty"] for q in range(max(0, p - 6), p)):
            continue
        if cat == "casualties":
            continue
        out.append(
            Statement(
                category=cat,
                best=1,
                low=1,
                high=1,
                start=t.starts[p - 1],
                end=t.ends[p + n - 1],
                pos=t.starts[p - 1],
                rules=["singular-aux"],
                heads=frozenset({"aux:" + subj}),
                generic=False,
                weak=True,
                attacker=subj in lx.w["attacker_heads"],
                attackers=int(subj in lx.w["perpetrator_heads"]),
            )
        )
        used.update(range(p, p + n))
    return out


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------
def _read_together(annotation: Annotation, ranges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Ranges read as one word stream when only part of one sentence lies between them.

    A later event of a multi-event sentence carries the sentence's shared head as a separate
    span ("In separate attacks on Monday, gunmen killed" + "a teacher in Bama"): read together
    the gapped object gets its verb ("gunmen killed ... a teacher"). Ranges in different
    sentences, or with a ";" between them, are read apart. docs/rules/counts.md.
    """
    text = annotation.text
    groups: list[list[tuple[int, int]]] = []
    for s, e in ranges:
        if groups:
            prev = groups[-1][-1][1]
            here = annotation.sentence_of(s)
            if here is not None and here == annotation.sentence_of(prev - 1) and ";" not in text[prev:s]:
                groups[-1].append((s, e))
                continue
        groups.append([(s, e)])
    return groups


def _stream(annotation: Annotation, group: list[tuple[int, int]]) -> Toks:
    """The words of a group of ranges, with the numbers the detector found in them."""
    t = toks_of(annotation.text, [annotation.tokens(s, e) for s, e in group])
    t.numbers = {f.start: f.value for s, e in group for f in annotation.spans(NUMBERS_GROUP, s, e)}
    return t


def _suicide_attackers(lx: CountLexicon, text: str, ranges: list[tuple[int, int]]) -> tuple[int, list[Evidence]]:
    cues: list[Evidence] = []
    count = more = 0
    for s, e in ranges:
        for rx in lx.suicide_cues:
            m = rx.search(text, s, e)
            if m:
                cues.append(Evidence.of(text, m.start(), m.end()))
                break
        for rx in lx.suicide_foiled + lx.suicide_included:
            if rx.search(text, s, e):
                return 0, []
        more_spans = []
        for m in lx.suicide_more.finditer(text, s, e):
            more_spans.append((m.start(), m.end()))
            if any(rx.search(text, s, m.start()) for rx in lx.suicide_cues):
                # 'Another suicide attacker detonated himself' after a first one: one more
                # attacker (or the figure given); a text that opens with 'another' adds none
                more += parse_number(m.group(1)).best if m.group(1) else 1
        for m in lx.suicide_count.finditer(text, s, e):
            if any(a < m.end() and m.start() < b for a, b in more_spans):
                continue  # 'another three suicide bombers' is counted above
            word = (m.group(1) or m.group(2)).lower()
            v = lx.multiple_words.get(word) or (n.best if (n := parse_number(word)) else 1)
            count = max(count, v)
    if not cues:
        return 0, []
    return max(count, 1) + more, cues[:1]


def _perpetrators_killed(text: str, stated: list[Statement], inferred: int, cues: list[Evidence]) -> CountValue:
    """Of the killed, the attackers' own deaths (GTD ``nkillter``): those the figures name ("killed
    himself and 5 others", "2 gunmen were killed") and a suicide attacker's death the text implies
    (``attacker-death-counted``). Part of ``killed``, never added to it again; docs/rules/counts.md
    "The attackers' own deaths"."""
    if not stated and not inferred:
        return CountValue()
    best = sum(s.attackers for s in stated) + inferred
    rules = [r for r, on in (("perpetrators-killed:stated", stated), ("perpetrators-killed:inferred", inferred)) if on]
    return CountValue(best=best, low=best, high=None if inferred else best,
                      evidence=[statement_evidence(text, s) for s in stated] + cues, rules=rules)


def _context_matches(patterns: list[re.Pattern[str]], annotation: Annotation, st: Statement) -> bool:
    """The figure's sentence matches one of ``patterns``: a cumulative toll (a war's or a year's
    total, ``count_patterns.yaml: cumulative_tolls``) or a stated total (``stated_totals``)."""
    if not patterns:
        return False
    a, b = annotation.sentence_of(st.start) or (st.start, st.end)
    sentence = annotation.text[a : max(b, st.end)]
    return any(rx.search(sentence) for rx in patterns)


#: the largest figure taken as the count of one event (larger ones are dropped: a typo, a
#: population, or hostile input; SQLite integers stop at 2**63 - 1)
MAX_COUNT = 10_000_000


def extract_counts(doc: Document, mention: Mention, annotation: Annotation | None = None) -> CountsValue:
    """Killed, injured, combined casualties and captured people for one event mention.

    Words, sentences and numbers come from ``annotation`` (the document's, ``ctx.annotation``);
    without one (or with one of another text) the document is annotated here."""
    if annotation is None or annotation.text != doc.text:
        annotation = annotate(doc, (NUMBERS_DETECTOR,))
    if NUMBERS_GROUP not in annotation.doc.spans:
        detect_numbers(annotation.doc)  # an annotation made without the numbers detector
    lx = count_lexicon()
    text = doc.text
    ranges = mention_ranges(mention, len(doc.text))
    stmts: list[Statement] = []
    for group in _read_together(annotation, ranges):
        found, _ = _statements(lx, _stream(annotation, group))
        stmts.extend(found)
    stmts = [st for st in stmts if not _context_matches(lx.cumulative_tolls, annotation, st)]
    for st in stmts:
        st.total = _context_matches(lx.stated_totals, annotation, st)
        st.incident_part = _context_matches(lx.incident_parts, annotation, st)
    # a figure no single event reaches is no count ("killed 99999999999999999999 people")
    stmts = [st for st in stmts if max(v for v in (st.best, st.low, st.high) if v is not None) <= MAX_COUNT]
    result: dict[str, CountValue] = {}
    killed_parts: list[Statement] = []
    for cat in CATEGORIES:
        combined = combine(text, [s for s in stmts if s.category == cat])
        if combined is not None:
            result[cat], parts = combined
            if cat == "killed":
                killed_parts = parts
    # "beat a man to death": the person between the verb and "to death"
    if "killed" not in result:
        for s, e in ranges:
            m = next((m for rx in lx.to_death if (m := rx.search(text, s, e))), None)
            if m is None:
                continue
            word = m.group("np").split()[0]
            v = None if word.lower() in lx.w["one_person_determiners"] else parse_number(word)
            n = 1 if word.lower() in lx.w["one_person_determiners"] else (v.best if v is not None else None)
            if n:
                result["killed"] = CountValue(best=n, low=n, high=n,
                                              evidence=[Evidence.of(text, m.start(), m.end())],
                                              rules=["to-death"])
                break
    # the text says none
    hinted = [(s, e) for s, e in ranges if lx.none_hint.search(text, s, e)]
    for rx, cats, rule in lx.none_patterns if hinted else ():
        for s, e in hinted:
            m = rx.search(text, s, e)
            if not m:
                continue
            for cat in cats:
                if cat not in result:
                    result[cat] = CountValue(best=0, low=0, high=0,
                                             evidence=[Evidence.of(text, m.start(), m.end())],
                                             rules=[rule])
            break
    # a suicide attacker's own death (ACLED counts it)
    killed = result.get("killed")
    attacker_in = any(s.attacker for s in stmts if s.category == "killed")
    inferred, cues = 0, []
    if not attacker_in and any(lx.suicide_hint.search(text, s, e) for s, e in ranges):
        inferred, cues = _suicide_attackers(lx, text, ranges)
        if inferred:
            k = killed if killed is not None and killed.best else CountValue(best=0, low=0)
            result["killed"] = CountValue(
                best=(k.best or 0) + inferred,
                low=None if k.low is None else k.low + inferred,
                high=None if k.high is None else k.high + inferred,
                evidence=k.evidence + cues,
                rules=k.rules + ["attacker-death-counted"],
            )
    perpetrators = _perpetrators_killed(text, [p for p in killed_parts if p.attackers], inferred, cues)
    all_rules = list(dict.fromkeys(r for cv in [*result.values(), perpetrators] for r in cv.rules))
    return CountsValue(
        **{cat: result.get(cat, CountValue()) for cat in CATEGORIES},
        perpetrators_killed=perpetrators,
        rules=all_rules,
    )
