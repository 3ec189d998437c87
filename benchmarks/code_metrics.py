"""Counts that say how much language knowledge and re-detection lives in sitrep's Python code.

Prints, for ``src/sitrep`` (or the package folder given):

- sentence splitters, tokenizers and mention-range helpers outside the shared annotation layer
  (``sentences.py``, ``annotate.py``, ``nlp.py``): functions whose name says they are one
  (``*sentence*``, ``*token*``, ``*_ranges``);
- inline regex literals: string constants given as the pattern of an ``re`` call
  (``re.compile/search/match/fullmatch/finditer/findall/sub/split``);
- inline vocabulary strings: string constants inside list/tuple/set/frozenset/dict literals that
  hold three or more strings (vocabularies, not argument tuples);
- private cross-module imports (``from .x import _name``) and function-level imports of package
  modules;
- the five largest modules, in lines, and the ten modules with the most inline vocabulary strings
  and regex literals (where moving knowledge to data files pays most).

Run: ``python benchmarks/code_metrics.py [src/sitrep] [--json]``. The figures go into the closing
note of the annotation-layer work, before and after.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
_SPLITTER = re.compile(r"sentence")
_TOKENIZER = re.compile(r"token")
_RANGES = re.compile(r"_ranges$|^ranges$")


def _is_re_call(node: ast.Call) -> bool:
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr in _RE_CALLS and isinstance(f.value, ast.Name)
            and f.value.id in {"re", "regex"})


def _strings(node: ast.AST) -> int:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return 1
    if isinstance(node, ast.JoinedStr):
        return 1
    return 0


def measure_file(path: Path) -> dict:
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    out = {"lines": src.count("\n"), "splitters": [], "tokenizers": [], "range_helpers": [],
           "regex_literals": 0, "vocabulary_strings": 0, "private_imports": [], "function_imports": 0}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = node.name.lower()
            if _SPLITTER.search(name) and not name.startswith("test"):
                out["splitters"].append(node.name)
            if _TOKENIZER.search(name):
                out["tokenizers"].append(node.name)
            if _RANGES.search(name):
                out["range_helpers"].append(node.name)
            for sub in ast.walk(node):
                if sub is not node and isinstance(sub, ast.ImportFrom) and (sub.level or 0) > 0:
                    out["function_imports"] += 1
        elif isinstance(node, ast.Call) and _is_re_call(node) and node.args:
            if _strings(node.args[0]):
                out["regex_literals"] += 1
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            n = sum(_strings(e) for e in node.elts)
            if n >= 3:
                out["vocabulary_strings"] += n
        elif isinstance(node, ast.Dict):
            n = sum(_strings(k) for k in node.keys if k is not None)
            n += sum(_strings(v) for v in node.values)
            if n >= 3:
                out["vocabulary_strings"] += n
        if isinstance(node, ast.ImportFrom) and (node.level or 0) > 0:
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    out["private_imports"].append(f"{node.module}.{alias.name}")
    return out


#: the modules that are the one sentence source, tokenizer and range helper: not counted as copies
SHARED_LAYER = {"sentences.py", "annotate.py", "nlp.py"}


def measure(root: Path) -> dict:
    files = sorted(p for p in root.rglob("*.py"))
    per = {str(p.relative_to(root)): measure_file(p) for p in files}
    for name in SHARED_LAYER & per.keys():
        for key in ("splitters", "tokenizers", "range_helpers"):
            per[name][key] = []
    total = {
        "sentence_splitters": sum(len(m["splitters"]) for m in per.values()),
        "tokenizers": sum(len(m["tokenizers"]) for m in per.values()),
        "range_helpers": sum(len(m["range_helpers"]) for m in per.values()),
        "regex_literals": sum(m["regex_literals"] for m in per.values()),
        "vocabulary_strings": sum(m["vocabulary_strings"] for m in per.values()),
        "private_cross_module_imports": sum(len(m["private_imports"]) for m in per.values()),
        "function_level_package_imports": sum(m["function_imports"] for m in per.values()),
        "largest_modules": sorted(((k, m["lines"]) for k, m in per.items()), key=lambda kv: -kv[1])[:5],
        #: where the most language knowledge is still inline: (module, vocabulary strings, regex literals)
        "most_inline": sorted(((k, m["vocabulary_strings"], m["regex_literals"]) for k, m in per.items()
                               if m["vocabulary_strings"] or m["regex_literals"]),
                              key=lambda kv: (-(kv[1] + kv[2]), kv[0]))[:10],
    }
    detail = {k: {"splitters": m["splitters"], "tokenizers": m["tokenizers"],
                  "range_helpers": m["range_helpers"], "private_imports": m["private_imports"]}
              for k, m in per.items()
              if m["splitters"] or m["tokenizers"] or m["range_helpers"] or m["private_imports"]}
    return {"total": total, "detail": detail}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "src" / "sitrep"
    result = measure(root)
    if "--json" in argv:
        print(json.dumps(result, indent=2))
        return 0
    t = result["total"]
    for key in ("sentence_splitters", "tokenizers", "range_helpers", "regex_literals",
                "vocabulary_strings", "private_cross_module_imports", "function_level_package_imports"):
        print(f"{key:34s} {t[key]}")
    print("largest modules (lines):")
    for name, n in t["largest_modules"]:
        print(f"  {name:40s} {n}")
    print("most inline vocabulary strings / regex literals:")
    for name, vocab, regex in t["most_inline"]:
        print(f"  {name:40s} {vocab:5d} {regex:4d}")
    for name, d in result["detail"].items():
        bits = [f"{k}={v}" for k, v in d.items() if v]
        print(f"  {name}: " + "; ".join(bits))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
