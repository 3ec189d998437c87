"""A generated hostile corpus (from a seed, at test time): what the reliability tests feed the CLI.

``build(root, n, seed)`` writes ``n`` inputs of many hostile kinds under ``root`` and returns
their paths. Nothing here is committed data; the same seed gives the same corpus.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

SENTENCES = [
    "On {d} gunmen killed {n} people in Baidoa.",
    "Militants attacked a checkpoint near Kunduz on {d}, killing {n} soldiers.",
    "An airstrike hit a market in Idlib on {d}; {n} civilians died.",
    "Police fired on protesters in Nairobi on {d}, wounding {n}.",
    "The following day, a roadside bomb struck a convoy in Mosul.",
    "Overnight, {n} fighters were captured in February near Gao.",
]
DATES = ["2 May 2022", "31 February 2023", "0000-00-00", "31 December 9999", "1 January 0001", "13/13/2013",
         "yesterday", "the 99th of Smarch"]
NUMBERS = ["3", "99999999999999999999", "-5", "1e308", "٣", "twelve", "1,000,000,000,000", "NaN", "0x1F"]
ODD = ["\u202e", "\u202d", "\u200d", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r", "\u2028", "\ud7ff", "\U0001f4a3"]


def _text(rng: random.Random, n_sent: int) -> str:
    out = []
    for _ in range(n_sent):
        s = rng.choice(SENTENCES).format(d=rng.choice(DATES), n=rng.choice(NUMBERS))
        if rng.random() < 0.4:
            i = rng.randrange(len(s) + 1)
            s = s[:i] + rng.choice(ODD) + s[i:]
        out.append(s)
    if rng.random() < 0.3:
        out.append("".join(chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(rng.randrange(1, 300))
                           if not 0xD800 <= rng.randrange(0x20, 0x2FFFF) <= 0xDFFF))
    return (" " if rng.random() < 0.5 else "\n\n").join(out)


def _safe(s: str) -> str:
    return s.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def build(root: Path, n: int = 2000, seed: int = 20261206) -> list[Path]:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []

    def put(name: str, data: bytes) -> None:
        p = root / name
        p.write_bytes(data)
        paths.append(p)

    kinds = ["text", "text", "text", "utf16", "badutf8", "nul", "html", "deep_html", "json", "jsonl",
             "deep_json", "wrong_json", "front", "empty", "pdf", "docx"]
    for i in range(n - 6):
        kind = kinds[i % len(kinds)]
        t = _safe(_text(rng, rng.randrange(1, 6)))
        if kind == "text":
            put(f"{i:05d}-text.txt", t.encode("utf-8", "replace"))
        elif kind == "utf16":
            enc = rng.choice(["utf-16", "utf-16-le", "utf-16-be"])
            data = t.encode(enc, "replace")
            put(f"{i:05d}-utf16.txt", data[:-1] if rng.random() < 0.3 else data)
        elif kind == "badutf8":
            data = bytearray(t.encode("utf-8", "replace"))
            for _ in range(rng.randrange(1, 20)):
                data.insert(rng.randrange(len(data) + 1), rng.choice([0x80, 0xC0, 0xFE, 0xFF, 0xED, 0xF8]))
            put(f"{i:05d}-bad.txt", bytes(data))
        elif kind == "nul":
            put(f"{i:05d}-nul.md", t.encode("utf-8").replace(b" ", b"\x00", rng.randrange(1, 10)))
        elif kind == "html":
            put(f"{i:05d}-page.html", (f"<html><head><script>fetch('http://x/{i}')</script><style>p{{}}</style></head>"
                                       f"<body><iframe src='http://x'></iframe><p>{t}</p><object data=x></object>"
                                       f"<img src=x onerror=alert(1)></body></html>").encode("utf-8", "replace"))
        elif kind == "deep_html":
            depth = rng.randrange(1000, 20000)
            put(f"{i:05d}-deep.html", ("<div>" * depth + t + "</div>" * (depth // 2)).encode("utf-8", "replace"))
        elif kind == "json":
            put(f"{i:05d}-rec.json", json.dumps({"text": t, "published": rng.choice(["2022-05-03", "0000-00-00", "9999-12-31", 123, None]),
                                                 "source": rng.choice(["Wire", 0, None, ["x"]])}).encode())
        elif kind == "jsonl":
            lines = [json.dumps({"text": _safe(_text(rng, 2)), "source_kind": rng.choice(["claim", "report", "auto", "bogus", 7])})
                     for _ in range(3)] + ["{not json", json.dumps([1, 2]), json.dumps({"text": None})]
            rng.shuffle(lines)
            put(f"{i:05d}-batch.jsonl", "\n".join(lines).encode())
        elif kind == "deep_json":
            depth = rng.randrange(2000, 100000)
            put(f"{i:05d}-deep.json", ("[" * depth + "]" * depth).encode())
        elif kind == "wrong_json":
            put(f"{i:05d}-wrong.json", json.dumps(rng.choice([5, "text", None, {"text": 5}, {"txt": "x"}, [{"text": {"a": 1}}]])).encode())
        elif kind == "front":
            meta = rng.choice(["published: 0000-00-00", "published: 9999-12-31", "source: 0", "source_kind: bogus",
                               "published: [1, 2]", "title: {a: b}", "published: 0001-01-01", ": : :"])
            put(f"{i:05d}-front.md", f"---\n{meta}\n---\n{t}".encode("utf-8", "replace"))
        elif kind == "empty":
            put(f"{i:05d}-empty.txt", rng.choice([b"", b"   \n\t ", b"\xef\xbb\xbf", b"---\n---\n"]))
        elif kind == "pdf":
            put(f"{i:05d}-doc.pdf", b"%PDF-1.4\n" + os.urandom(rng.randrange(10, 400)))
        elif kind == "docx":
            put(f"{i:05d}-doc.docx", b"PK\x03\x04" + os.urandom(rng.randrange(10, 400)))
    # one 10 MB line (larger than the default limit: reported, not read)
    put("big-line.txt", b"gunmen killed 3 people " * (10_000_000 // 23))
    # a symlink loop, a dangling symlink, a FIFO, a file that cannot be read
    for a, b in (("loop-a.txt", "loop-b.txt"), ("loop-b.txt", "loop-a.txt"), ("dangling.txt", "nowhere.txt")):
        os.symlink(root / b, root / a)
        paths.append(root / a)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.txt")
        paths.append(root / "pipe.txt")
    locked = root / "locked.txt"
    locked.write_text("On 2 May 2022 gunmen killed 3 people in Baidoa.")
    locked.chmod(0)
    paths.append(locked)
    return paths
