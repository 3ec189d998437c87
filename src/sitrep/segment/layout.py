"""Lost line breaks: give inline headers and list items their lines back
(docs/rules/segmentation.md, "Lost line breaks")."""

from __future__ import annotations

from typing import Any

from ..sentences import ends_abbreviation as _abbrev_before
from ..sentences import is_upper_document
from .cues import Layout, cues, layout_cues


def restore_layout(text: str, is_header_name: Any = None) -> str:
    """``text`` with lost line breaks given back (same length: only spaces become newlines).

    Pasted from a PDF or a web page, a bulletin's headers and list items run inline between
    sentences ("... over the last weeks. Sinai Wilayah On the 3rd of ..."). After a sentence end
    (or at the very start), a short run of words is a header when it is followed by a sentence
    opener, a list marker or a number, and it is a region header in a group's naming form
    ("X Wilayah", "Wilayat X", "the Wilayah of X"), a name ``is_header_name`` accepts (a known
    region, country or province), or a run in capitals ("IRAQ", "CLAIMS SUMMARY: SINAI"); a list
    marker or a numbered item after a sentence end starts a line. Text that kept its layout has
    none of these runs inline and comes back unchanged.
    """
    lay = layout_cues()
    openers, forms = lay.openers, lay.forms
    upper_doc = is_upper_document(text)
    out: list[str] | None = None

    def brk(i: int) -> None:
        nonlocal out
        if out is None:
            out = list(text)
        if out[i] in " \t":
            out[i] = "\n"

    # a headline run into the dateline: "Shell kills four children in Taiz TAIZ, Yemen, Sept 19 (Wire) - ..."
    head_nl = text.find("\n", 0, 400)
    starts_dated = any(p.match(text[:300]) for p in cues().dateline_prefixes)
    for m in lay.dateline_start.finditer(text, 1, head_nl if head_nl > 0 else min(len(text), 400)):
        if starts_dated:
            break
        rest = text[m.end(): m.end() + 300]
        if any(p.match(rest) for p in cues().dateline_prefixes) or lay.source_dateline.match(rest):
            brk(m.start())
            break
    for m in lay.inline_break.finditer(text):
        a = m.end()  # first character after the break
        if m.start() > 0 and text[m.start() - 1] == "." and _abbrev_before(text, m.start() - 1):
            continue
        mk = lay.inline_marker.match(text, a)
        if mk and m.start() > 0 and text[m.start() - 1] in ".!?:":
            brk(m.start())  # "... soldiers. - Heet: gunmen ..." / "... killed. 2. North-West region."
            continue
        limit = lay.max_title_words if not text[: m.start()].strip() else lay.max_words
        words = [w for w in lay.inline_word.finditer(text, a, min(len(text), a + 200))][: limit + 1]
        opens_sentence = bool(words) and words[0].group().lower() in openers
        for k in range(1, min(limit, len(words) - 1) + 1):
            head = words[:k]
            nxt = words[k]
            if "\n" in text[a:nxt.start()]:
                break
            htext = text[a:head[-1].end()]
            if not head[0].group()[0].isupper() or lay.not_in_header.search(htext):
                break
            upper = all(lay.upper_word.match(w.group()) for w in head)
            titled = upper or all(lay.header_word.match(w.group()) for w in head)
            nw = nxt.group()
            follows = (nw.lower().strip("\"“,") in openers and nw[0].isupper()) or bool(
                lay.inline_marker.match(text, nxt.start())) or nw[0].isdigit()
            name = htext.rstrip(":")
            ok = False
            form = False
            if upper and not upper_doc and sum(c.isalpha() for c in htext) >= 4 and (
                nw[0].isupper() and any(c.islower() for c in nw)
            ):
                ok = True  # "IRAQ Anbar - ...", "CLAIMS SUMMARY: SINAI AND IRAQ Summary of ..."
                follows = True
            elif titled and any(f.match(name) for f in forms):
                ok = form = True  # "Sinai Wilayah On ...", "The Wilayah of the Sahel: summary of the week"
                follows = follows or htext.endswith(":") or nw[0].isupper()
            elif opens_sentence or upper_doc:
                continue  # "The group said ...": a sentence, not a header; in capitals, every word looks like one
            elif titled and k <= lay.max_words and is_header_name is not None and follows and is_header_name(name):
                ok = True
            elif not upper and nw in {o.capitalize() for o in lay.strict}:
                ok = True  # "Incidents during the reporting period On the night of ..."
            nl = text.find("\n", head[-1].end())
            rest = text[head[-1].end(): nl if nl >= 0 else len(text)]
            if ok and follows and not (len(rest) >= 120 and lay.sentence_end.search(rest)):
                break  # the header already heads its own short line: the layout is there
            if ok and follows:
                if m.start() > 0:
                    brk(m.start())
                if not htext.endswith(":") or form or upper:
                    # "Central Africa: 2 attacks ..." is a lead on its own line, not a header above it
                    brk(head[-1].end())
                break
    _title_header(text, brk, is_header_name, lay)
    return text if out is None else "".join(out)


def _title_header(text: str, brk: Any, is_header_name: Any, lay: Layout) -> None:
    """A headline run into a region header with no punctuation between them.

    "Sinai claims: items published between 27 Dhu al-Hijjah and 5 Muharram Sinai On 27 Dhu
    al-Hijjah, the group said ...": inside the first line, a known region name followed by a
    strict sentence opener ends the title and heads the body.
    """
    if is_header_name is None:
        return
    nl = text.find("\n")
    first = text[: nl if nl >= 0 else len(text)]
    words = list(lay.inline_word.finditer(first))[: lay.max_title_words + 4]
    strict = {o.capitalize() for o in lay.strict}
    for i in range(2, len(words) - 1):
        if lay.sentence_end.search(text[words[0].start(): words[i].start()]):
            return  # past the first sentence: not a title any more
        for k in range(1, 4):
            if i + k >= len(words) or words[i + k].group() not in strict:
                continue
            head = words[i: i + k]
            if not all(lay.header_word.match(w.group()) for w in head) or not head[0].group()[0].isupper():
                continue
            if head[-1].group().endswith(":") or words[i - 1].group().islower():
                continue  # "bombings in Iraq: At least ...": part of the title's own phrase
            rest = first[words[i + k].start():]
            if len(rest) < 120 or not lay.sentence_end.search(rest):
                continue
            if is_header_name(text[head[0].start(): head[-1].end()]):
                brk(head[0].start() - 1)
                brk(head[-1].end())
                return
