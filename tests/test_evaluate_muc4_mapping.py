"""How benchmarks/muc4.py turns sitrep events into MUC-4 templates (the metrics themselves are
tested in test_evaluate_muc4_gtt_rules.py and test_evaluate_muc4_ceaf_rules.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from .bench_helpers import load_benchmark

muc4 = load_benchmark("muc4")


def test_evaluate_muc4_incident_type_mapping() -> None:
    ev = {"evidence": {"text": "A bomb exploded at the bank."}, "event_type": "Explosions/Remote violence",
          "sub_event_type": "Remote explosive/landmine/IED"}
    assert muc4.incident_type(ev) == "bombing"
    ev = {"evidence": {"text": "Gunmen seized the mayor."}, "event_type": "Violence against civilians",
          "sub_event_type": "Abduction/forced disappearance"}
    assert muc4.incident_type(ev) == "kidnapping"
    ev = {"evidence": {"text": "Rebels burned a bus on the highway."}, "event_type": "Violence against civilians",
          "sub_event_type": "Attack"}
    assert muc4.incident_type(ev) == "arson"
    assert muc4.incident_type({"evidence": {"text": "A march."}, "event_type": "Protests"}) is None


def test_evaluate_muc4_perpetrator_split_into_individuals_and_organisations() -> None:
    t = muc4.event_to_template({
        "evidence": {"text": "x"}, "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "perpetrators": [{"text": "urban guerrillas"}, {"text": "Farabundo Marti National Liberation Front"}, {"text": "FMLN"}],
    })
    assert t["PerpInd"] == [["urban guerrillas"]]
    # a name and its acronym are one entity with two mentions
    assert t["PerpOrg"] == [["Farabundo Marti National Liberation Front", "FMLN"]]


@pytest.mark.parametrize(
    ("fillers", "ind", "org"),
    [
        (["two men", "Juan Perez", "urban guerrillas"], [["urban guerrillas"]], []),
        (["FMLN rebels"], [["FMLN rebels"]], [["FMLN"]]),
        (["M-19"], [], [["M-19"]]),
        (["the Extraditables"], [], [["the Extraditables"]]),
        (["Guatemalan National Revolutionary Unity", "URNG"], [], [["Guatemalan National Revolutionary Unity", "URNG"]]),
        (["Southern Front", "Northern Army"], [], [["Southern Front"]]),
    ],
)
def test_evaluate_muc4_one_perpetrator_description_and_one_organisation(fillers, ind, org) -> None:
    t = muc4.event_to_template({
        "evidence": {"text": "x"}, "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "perpetrators": [{"text": f} for f in fillers],
    })
    assert t["PerpInd"] == ind
    assert t["PerpOrg"] == org


def test_evaluate_muc4_published_date_from_dateline() -> None:
    assert muc4.published_from_dateline("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE)") == date(1990, 2, 4)
    assert muc4.published_from_dateline("no date here") is None


def test_evaluate_muc4_missing_data_exits_zero(tmp_path: Path, capsys) -> None:
    assert muc4.main(["--data", str(tmp_path)]) == 0
    assert "not found" in capsys.readouterr().out


def test_evaluate_muc4_clash_with_state_forces_is_not_a_muc_incident() -> None:
    clash = {"evidence": {"text": "x"}, "event_type": "Battles", "sub_event_type": "Armed clash",
             "inter1": 2, "inter2": 1, "victims": [{"text": "two soldiers"}]}
    assert muc4.muc_codes(clash) is False
    assert muc4.doc_templates([clash]) == []
    assert muc4.muc_codes({**clash, "civilian_targeting": True}) is True
    assert muc4.muc_codes({**clash, "victims": [{"text": "Juan Perez"}]}) is True
    attack = {"evidence": {"text": "x"}, "event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert muc4.muc_codes(attack) is True


def test_evaluate_muc4_victim_slot_keeps_names_not_descriptions() -> None:
    t = muc4.event_to_template({
        "evidence": {"text": "x"}, "event_type": "Violence against civilians", "sub_event_type": "Attack",
        "victims": [{"text": "three soldiers"}, {"text": "Juan Perez"}, {"text": "the mayor"}],
    })
    assert t["Victim"] == [["Juan Perez"]]


def test_evaluate_muc4_one_template_per_event_and_background_skipped() -> None:
    ev = {"evidence": {"text": "A bomb exploded."}, "event_type": "Explosions/Remote violence",
          "sub_event_type": "Remote explosive/landmine/IED"}
    assert len(muc4.doc_templates([ev, ev, {**ev, "background": True}])) == 2


def test_evaluate_muc4_only_dev_and_train_splits() -> None:
    assert set(muc4.SPLITS) == {"dev", "train"}
    with pytest.raises(ValueError):
        muc4.load_muc(Path("/nonexistent"), "upper", None, "test")


@pytest.mark.parametrize(
    ("acro", "name", "expected"),
    [
        ("FMLN", "Farabundo Marti National Liberation Front", True),
        ("URNG", "Guatemalan National Revolutionary Unity", True),
        ("MRTA", "Tupac Amaru Revolutionary Movement", True),
        ("ELN", "Army of National Liberation", False),  # the Spanish initials: no letter to match
        ("FARC", "Southern Liberation Front", False),
        ("guerrillas", "Southern Liberation Front", False),
    ],
)
def test_evaluate_muc4_acronym_of_a_name(acro: str, name: str, expected: bool) -> None:
    assert muc4._acronym_of(acro, name) is expected


def test_evaluate_muc4_coref_merge_joins_the_same_incident_only(monkeypatch) -> None:
    base = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
            "event_date": "1990-01-02", "location": "Town A"}
    a = {**base, "evidence": {"text": "Gunmen shot the judge."}, "victims": [{"text": "Juan Perez"}]}
    b = {**base, "evidence": {"text": "The judge died later."}, "victims": [{"text": "Juan Perez"}], "event_date": None}
    c = {**base, "evidence": {"text": "Gunmen shot a mayor."}, "victims": [{"text": "Luis Gomez"}],
         "event_date": "1990-01-05", "location": "Town B"}
    monkeypatch.setattr(muc4, "MERGE", "coref")
    out = muc4.doc_templates([a, b, c])
    assert [t["Victim"] for t in out] == [[["Juan Perez"]], [["Luis Gomez"]]]
    assert all("_when_where" not in t for t in out)


_SELECTOR_MODEL = (Path(__file__).resolve().parent.parent / "src" / "sitrep" / "data" / "role_selector.npz").is_file()


@pytest.mark.skipif(not _SELECTOR_MODEL, reason="no shipped selector model")
def test_evaluate_muc4_selector_fills_templates_from_the_text() -> None:
    text = ("URBAN GUERRILLAS BLEW UP THE ELECTRICITY TOWER IN SAN MIGUEL WITH DYNAMITE TODAY. "
            "JUDGE JUAN PEREZ WAS KILLED BY THE GUNMEN.")
    ev = {"evidence": {"text": text, "start": 0, "end": len(text)}, "event_type": "Explosions/Remote violence",
          "sub_event_type": "Remote explosive/landmine/IED", "weapons": [{"text": "TOWER"}]}
    out = muc4.doc_templates([ev], text)
    assert out and all(t["incident_type"] in ("attack", "bombing") for t in out)
    weapons = [e[0] for t in out for e in t["Weapon"]]
    assert weapons == ["DYNAMITE"]  # the selector's filler, not the event's own
    # without the text, the events' own fillers are used
    assert muc4.doc_templates([ev])[0]["Weapon"] == [["TOWER"]]


@pytest.mark.skipif(not _SELECTOR_MODEL, reason="no shipped selector model")
def test_evaluate_muc4_no_template_without_an_incident() -> None:
    assert muc4.doc_templates([], "THE PRESIDENT OPENED A NEW SCHOOL IN THE CAPITAL AND SPOKE ABOUT THE ECONOMY.") == []


def test_evaluate_muc4_selector_training_without_data_exits_zero(tmp_path: Path, capsys) -> None:
    mod = load_benchmark("muc4_selector")
    assert mod.main(["--data", str(tmp_path), "--out", str(tmp_path / "m.npz")]) == 0
    assert "not found" in capsys.readouterr().out
    assert not (tmp_path / "m.npz").exists()


@pytest.mark.skipif(not _SELECTOR_MODEL, reason="no shipped selector model")
def test_evaluate_muc4_empty_perp_org_taken_from_the_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A BOMB EXPLODED AT THE BANK IN THE CAPITAL TODAY, DESTROYING THE BUILDING."
    ev = {"evidence": {"text": text, "start": 0, "end": len(text)}, "event_type": "Explosions/Remote violence",
          "sub_event_type": "Remote explosive/landmine/IED",
          "perpetrators": [{"text": "Farabundo Marti National Liberation Front"}]}
    from sitrep.extractors import role_selector as sel

    monkeypatch.setattr(sel, "select", lambda *a, **k: {r: [] for r in muc4.ROLES})
    monkeypatch.setattr(sel, "template_types", lambda *a, **k: ["bombing"])
    monkeypatch.setattr(sel, "extra_template", lambda *a, **k: False)
    (t,) = muc4.doc_templates([ev], text)
    assert t["PerpOrg"] == [["Farabundo Marti National Liberation Front"]]
    monkeypatch.setattr(muc4, "EVENT_FILLS", ())
    (t,) = muc4.doc_templates([ev], text)
    assert t["PerpOrg"] == []


def test_evaluate_muc4_extra_template_names_the_type_only(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A BOMB DESTROYED THE BANK. " + "X " * 200 + "A BOMB DESTROYED THE SCHOOL."
    bank, school = text.index("BANK"), text.index("SCHOOL")
    from sitrep.extractors import role_selector as sel

    chosen = {r: [] for r in muc4.ROLES} | {"Target": [(bank, bank + 4, 0.9), (school, school + 6, 0.8)]}
    monkeypatch.setattr(sel, "select", lambda *a, **k: chosen)
    monkeypatch.setattr(sel, "template_types", lambda *a, **k: ["bombing"])
    monkeypatch.setattr(sel, "extra_template", lambda *a, **k: False)
    (t,) = muc4.doc_templates([], text)
    assert t["Target"] == [["BANK"], ["SCHOOL"]]
    monkeypatch.setattr(sel, "extra_template", lambda *a, **k: True)
    a, b = muc4.doc_templates([], text)
    assert a["Target"] == [["BANK"], ["SCHOOL"]]
    assert b == {"incident_type": "bombing", **{r: [] for r in muc4.ROLES}}
