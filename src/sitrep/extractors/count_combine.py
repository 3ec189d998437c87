"""Statements of casualty figures and how they combine into one value per category.

A :class:`Statement` is one figure (or a sum of figures sharing a verb) with its category, its
offsets and what the text says of it (an update, an addition, a part, a stated total, one
incident of several...). :func:`combine` turns the statements of one category into a
:class:`~sitrep.model.CountValue` by the rules of docs/rules/counts.md, "Sums, subsets, updates
and conflicts" (stated totals, updates, additions, different groups, totals and their parts, a
lead total over later incidents, conflicts: the lowest). ``counts.extract_counts`` reads the
statements; this module only chooses.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CountValue, Evidence
from .count_lexicon import CountLexicon, count_lexicon


@dataclass
class Statement:
    """One figure (or a sum of figures sharing a verb) of one category, with what the text says
    of it; made by ``counts._statements``, weighed by :func:`combine`."""

    category: str
    best: int
    low: int | None
    high: int | None
    start: int  # char offsets
    end: int
    pos: int
    rules: list[str]
    heads: frozenset[str]
    generic: bool
    vague: bool = False
    update: bool = False
    additive: bool = False
    subset: bool = False
    attacker: bool = False
    coordinated: bool = False  # a sum of figures joined by "and" ('two women and four men')
    attackers: int = 0  # of ``best``, the attackers' own deaths ('killed himself and 5 others': 1)
    weak: bool = False  # 'was killed' with no figure: used only when nothing else is said
    of_pronoun: bool = False  # 'killed seven of them': a part of a group, not of a toll
    toll: bool = False  # 'the deaths of 25 militants': a toll phrase
    total: bool = False  # its sentence says it is the total ('A total of 32 people were killed')
    incident_part: bool = False  # its sentence tells one incident of several ('A second explosion ...')
    lives: bool = False  # 'claimed 16 lives': a toll of lives, no named group


def sum_vals(vals: list[tuple[int, int | None, int | None]]) -> tuple[int, int | None, int | None]:
    best = sum(v[0] for v in vals)
    low = sum(v[1] for v in vals) if all(v[1] is not None for v in vals) else None
    high = sum(v[2] for v in vals) if all(v[2] is not None for v in vals) else None
    return best, low, high


# --------------------------------------------------------------------------------------------
# Combining statements into one value per category
# --------------------------------------------------------------------------------------------
def statement_evidence(text: str, s: Statement) -> Evidence:
    return Evidence.of(text, s.start, s.end)


def _value(text: str, best: int, low: int | None, high: int | None, used: list[Statement],
           rules: list[str]) -> CountValue:
    seen: set[tuple[int, int]] = set()
    evidence = []
    for s in sorted(used, key=lambda x: x.pos):
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            evidence.append(statement_evidence(text, s))
    out_rules: list[str] = []
    for r in [r for s in used for r in s.rules] + rules:
        if r not in out_rules:
            out_rules.append(r)
    return CountValue(best=best, low=low, high=high, evidence=evidence, rules=out_rules)


def _told_again(lx: CountLexicon, distinct: list[Statement]) -> Statement | None:
    """Two statements, the second telling the first's people again by sex and age ('Eleven members
    of a family were killed. Five children, two women and four men were killed'): the figure,
    once (`total-over-parts`)."""
    if len(distinct) != 2:
        return None
    for s, parts in (distinct, distinct[::-1]):
        if not s.coordinated and parts.coordinated and parts.best == s.best \
                and parts.heads <= lx.w["demographic_heads"] \
                and (s.generic or s.heads <= lx.w["demographic_totals"]):
            return s
    return None


def _sum_of_parts(distinct: list[Statement]) -> Statement | None:
    """A figure that the other figures add up to, two or more of them ('injuring five guards. Two
    were injured at one embassy while three were injured at the other'): the total, told once
    (`total-over-parts`)."""
    if len(distinct) < 3:
        return None
    for s in distinct:
        others = [d for d in distinct if d is not s]
        if sum(d.best for d in others) == s.best and all(d.best < s.best for d in others):
            return s
    return None


def _others_add_up(lx: CountLexicon, distinct: list[Statement], add: list[Statement]) -> Statement | None:
    """A figure that later figures of 'others' (with or without figures of its own people) add up
    to: 'At least 19 were wounded in several incidents. ... injured eleven others ... injured eight
    others' -> 19; 'killed four policemen ... two policemen were killed and two others' -> 4
    (`total-over-parts`). The parts name the total's people or 'others' (never another group:
    'Three soldiers were wounded. Two civilians were also wounded' adds up)."""
    if not add:
        return None
    for s in distinct:
        parts = [d for d in distinct if d is not s] + add
        allowed = s.heads | lx.w["additive_heads"]
        if len(parts) >= 2 and all(p.pos > s.pos and p.best < s.best and p.heads <= allowed for p in parts) \
                and sum(p.best for p in parts) == s.best:
            return s
    return None


def _lead_total(distinct: list[Statement]) -> Statement | None:
    """The first figure, larger than every later one, when each later one is told of one
    incident of several ('A second explosion ... killed two', 'In the first, an IED bombing
    killed two people'; ``count_patterns.yaml: incident_parts``): the lead total, the later
    ones its parts, not conflicting reports (`total-over-incidents`). The lead names people in
    general or the parts' own group: 'Two police officers were shot ... One child was killed ... in
    the first incident' tells two groups."""
    first = min(distinct, key=lambda s: s.pos)
    rest = [s for s in distinct if s is not first]
    if rest and not first.incident_part and all(
        s.incident_part and s.best < first.best and (first.generic or s.heads <= first.heads) for s in rest
    ):
        return first
    return None


def combine(text: str, stmts: list[Statement]) -> tuple[CountValue, list[Statement]] | None:
    """One value for a category from its statements, and the statements the value is made of."""
    if not stmts:
        return None
    strong = [s for s in stmts if not s.weak]
    if strong:
        stmts = strong
    main = [s for s in stmts if not s.subset]
    if not main:
        top = max(stmts, key=lambda s: s.best)
        if top.of_pronoun:
            # 'clashed with troops and killed seven of them': the figure of a group named without
            # one, so the figure itself (`subset-of-group`)
            return _value(text, top.best, top.low, top.high, [top], ["subset-of-group"]), [top]
        low = None if top.vague else top.best
        return _value(text, top.best, low, None, [top], ["subset-floor"]), [top]
    updates = [s for s in main if s.update]
    if updates:
        last = max(updates, key=lambda s: s.pos)
        later_add = [s for s in main if s.additive and s.pos > last.pos]
        vals = [(last.best, last.low, last.high)] + [(s.best, s.low, s.high) for s in later_add]
        b, lo, hi = sum_vals(vals)
        return _value(text, b, lo, hi, [last] + later_add, ["update:latest"]), [last] + later_add
    stated = [s for s in main if s.total and not s.additive and not s.vague]
    if stated:
        whole = max(stated, key=lambda s: (s.best, s.pos))
        if all(s.best <= whole.best for s in main if not s.additive):
            # 'killing 12 people ... killing one person ... left a total of 23 dead': the total
            later_add = [s for s in main if s.additive and s.pos > whole.pos]
            b, lo, hi = sum_vals([(s.best, s.low, s.high) for s in [whole] + later_add])
            rules = ["total-stated"] + (["sum:additive"] if later_add else [])
            return _value(text, b, lo, hi, [whole] + later_add, rules), [whole] + later_add
    rules: list[str] = []
    precise = [s for s in main if not s.vague]
    if precise and len(precise) < len(main):
        main = precise
        rules.append("vague-superseded")
    add = [s for s in main if s.additive]
    base = [s for s in main if not s.additive]
    chosen: list[Statement] = []
    if base:
        distinct: list[Statement] = []
        for s in base:
            if not any((d.best, d.low, d.high, d.heads) == (s.best, s.low, s.high, s.heads)
                       or ((d.best, d.low, d.high) == (s.best, s.low, s.high)
                           and (d.generic or s.generic or d.toll or s.toll))
                       for d in distinct):
                distinct.append(s)
        whole = _told_again(count_lexicon(), distinct) or _sum_of_parts(distinct)
        lead = _lead_total(distinct)
        with_others = _others_add_up(count_lexicon(), distinct, add)
        if with_others is not None:
            chosen, add = [with_others], []
            rules.append("total-over-parts")
        elif len(distinct) == 1:
            chosen = distinct
        elif whole is not None:
            chosen = [whole]
            rules.append("total-over-parts")
        elif lead is not None:
            chosen = [lead]
            rules.append("total-over-incidents")
        else:
            totals = [s for s in distinct if s.generic]
            specific = [s for s in distinct if not s.generic]
            all_heads = [s.heads for s in specific]
            if not totals and len(set(all_heads)) == len(all_heads) and all(
                not (a & b) for x, a in enumerate(all_heads) for b in all_heads[x + 1:]
            ):
                chosen = specific
                rules.append("sum:distinct-groups")
            elif totals and specific and max(s.best for s in specific) <= min(s.best for s in totals):
                low_total = min(totals, key=lambda s: s.best)
                chosen = [low_total]
                rules.append("total-over-subset")
                if len({(s.best, s.low, s.high) for s in totals}) > 1:
                    rules.append("conflict:lowest")
            elif totals and specific and max(s.best for s in totals) < max(s.best for s in specific) \
                    and len(set(all_heads)) == len(all_heads) and not any(s.lives or s.toll for s in specific):
                # 'Eight policemen were killed ..., while the militants had three killed': a
                # figure with no group smaller than a named group's cannot be its total, nor
                # another report of it: other people (`sum:distinct-groups`)
                chosen = distinct
                rules.append("sum:distinct-groups")
            else:
                chosen = [min(distinct, key=lambda s: (s.best, s.pos))]
                rules.append("conflict:lowest")
    if not base and len(add) >= 2 and (lead_add := _lead_total(add)) is not None:
        # 'killed 38 people and wounded 86 others ... A second explosion killed two and wounded
        # three others': 'others' beside each incident's dead, the later incident a part
        add = [lead_add]
        rules.append("total-over-incidents")
    parts = chosen + add
    if add:
        rules.append("sum:additive")
    b, lo, hi = sum_vals([(s.best, s.low, s.high) for s in parts])
    return _value(text, b, lo, hi, parts, rules), parts
