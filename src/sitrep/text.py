"""Text that reaches a terminal: document-derived strings are printed without control characters.

A document can hold ANSI escape sequences, carriage returns, backspaces or bidirectional overrides
that would rewrite or disguise what a user reads in a terminal. Every line sitrep prints that
contains text from a document (a file name, a message naming it, a table cell) goes through
:func:`safe_line`.
"""

from __future__ import annotations

import re

# C0 and C1 controls (tab kept as a space), DEL, and the Unicode bidi controls and isolates
_UNSAFE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def safe_line(text: str) -> str:
    """``text`` on one line, with control characters and bidi overrides replaced (tab -> space)."""
    return _UNSAFE.sub("\ufffd", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))
