"""The learned selector reads the rule-based fillers (sitrep.extractors.roles.extract_roles) as
features: a span that is, lies inside or holds a rule filler of a role says so."""

from __future__ import annotations

from sitrep.extractors import role_selector as sel

TEXT = ("Urban guerrillas attacked the police post in San Miguel with dynamite. "
        "Judge Juan Perez was killed by the gunmen.")


def _rule_features(text: str) -> dict[str, list[str]]:
    found, ctx = sel.spans(text)
    return {text[c.start : c.end].lower(): sel.rule_features(c, ctx.rule_fillers) for c in found}


def test_role_selector_rule_fillers_are_the_rule_extractors_spans() -> None:
    found, ctx = sel.spans(TEXT)
    fillers = {(TEXT[s:e], key) for s, e, key in ctx.rule_fillers}
    assert ("police post", "targets") in fillers
    assert ("dynamite", "weapons") in fillers
    assert ("Juan Perez", "victims") in fillers


def test_role_selector_rule_features_say_same_inside_or_holding() -> None:
    feats = _rule_features(TEXT)
    assert feats["police post"] == ["rb=targets"]
    assert feats["post"] == ["rb_in=targets"]
    assert "rb_has=weapons" in feats["san miguel with dynamite"]
    assert feats["juan perez"] == ["rb=victims"]
    assert feats["san miguel"] == []  # a place, no filler of any role
    with_feats = {TEXT[c.start : c.end]: f for c, f in sel.candidates(TEXT)}
    assert "rb=weapons" in with_feats["dynamite"]


def test_role_selector_rule_features_ignore_case() -> None:
    assert _rule_features(TEXT) == _rule_features(TEXT.upper())
