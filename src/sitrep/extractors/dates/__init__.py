"""Event dates: Gregorian, Hijri and relative expressions -> :class:`~sitrep.model.DateValue`.

Three steps, all pure functions, one module each:

1. **scan** (:mod:`.scan`, patterns in :mod:`.lexicon`): the registered spaCy component
   ``sitrep_dates`` finds every date expression of a document once, into the annotation's span
   group ``dates`` (:func:`dates_in` reads them; :func:`find_dates` scans a bare text). Compiled
   regular expressions built from the data files ``data/date_words.yaml`` and
   ``data/hijri_months.tsv`` find date expressions with absolute offsets. Overlapping matches are settled longest first. No third-party parser is called per
   token: dateparser has no offsets and is slow, and every form sitrep needs is covered here.
2. **resolve** (:mod:`.resolve`, calendars in :mod:`.calendars`): each expression becomes a
   ``DateValue`` against a *reference date* (the dateline, else the published date) and an *anchor* (the previous dated event in the section,
   else the dateline). Missing years are taken from the reference date (the latest year that
   puts the event on or before it, with ``Settings.year_tolerance_days`` of slack). Hijri dates
   are converted with hijridate (Umm al-Qura); outside its range with convertdate's
   arithmetical calendar (rule ``hijri-arithmetic``).
3. **choose** (:mod:`.mention`: :func:`resolve_mention`): the first expression of the mention
   that is not a report date ("said on Monday") or a background date ("since March"), unless it is only
   month-level and a finer one follows. No expression: the section header's date, else the
   anchor ("date-inherited"), else the published date ("date-from-published"). A duration in
   the mention ("the fighting continued for five days") widens the chosen date to a range (``duration:<n>-<unit>``).

Every rule and its tag is documented in ``docs/rules/dates.md``.
"""

from __future__ import annotations

# the public names of the package, re-exported ("import x as x")

from .calendars import gregorian_to_hijri_year as gregorian_to_hijri_year
from .calendars import hijri_to_gregorian as hijri_to_gregorian
from .lexicon import DateExpr as DateExpr
from .mention import document_anchor as document_anchor
from .mention import find_dates as find_dates
from .mention import resolve_mention as resolve_mention
from .resolve import resolve_expr as resolve_expr
from .scan import DATES_COMPONENT as DATES_COMPONENT
from .scan import DATES_GROUP as DATES_GROUP
from .scan import dated as dated
from .scan import dates_in as dates_in
from .scan import detect_dates as detect_dates
