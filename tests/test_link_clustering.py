from __future__ import annotations

from datetime import date, timedelta

import pytest

from sitrep.link import (
    LinkConfig,
    _average_linkage,
    build_clusters,
    merge_cluster,
    candidate_pairs,
    link_events,
    pair_score,
    score_clustering,
    summarise_parties,
    verify_claims,
)
from sitrep.model import Document, Event, EventType, Evidence, GeoPrecision, SourceKind, SubEventType, TimePrecision

_n = 0


def ev(**kw: object) -> Event:
    """A hand-built event in its own document unless doc is given."""
    global _n
    _n += 1
    text = str(kw.pop("text", f"doc{_n}"))  # by default evidence texts share no word
    doc = kw.pop("doc", None) or Document(text=f"{text} ({_n})")
    base: dict[str, object] = dict(
        event_id=f"e{_n}", doc_id=doc.doc_id, evidence=Evidence.of(doc.text, 0, len(text)),
        event_date=date(2019, 3, 3), time_precision=TimePrecision.DAY,
        event_type=EventType.EXPLOSIONS, sub_event_type=SubEventType.REMOTE_EXPLOSIVE,
        actor1="Al Shabaab", country="Somalia", iso3="SOM", admin1="Banaadir", location="Mogadishu", weapon_type="Explosives",
        latitude=2.0371, longitude=45.3438, geo_precision=GeoPrecision.PLACE, fatalities=5,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def claim(**kw: object) -> Event:
    return ev(source_kind=SourceKind.CLAIM, claimed_by="Al Shabaab", **kw)


BOMB = "A roadside bomb struck an army convoy on the Afgooye road near Mogadishu on Sunday"


def test_link_same_event_from_two_sources_is_one_cluster() -> None:
    a = claim(fatalities=12, location="Muqdisho", text="Our fighters blew up an army convoy on the Afgooye road near Muqdisho")
    b = ev(event_date=date(2019, 3, 4), latitude=2.05, longitude=45.33, fatalities=4, text=BOMB)
    assignment = link_events([a, b])
    assert assignment[a.event_id] == assignment[b.event_id]


def test_link_two_events_of_one_document_are_never_merged() -> None:
    doc = Document(text="one document describing two attacks on one day")
    a, b = ev(doc=doc), ev(doc=doc, event_id="other")
    assert pair_score(a, b) == 0.0
    assert len(set(link_events([a, b]).values())) == 2


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"iso3": "KEN", "country": "Kenya"}, "another country"),
        ({"latitude": 4.7, "longitude": 45.2}, "300 km away"),
        ({"event_date": date(2019, 3, 12)}, "nine days later"),
        ({"actor1": "Islamic State (Somalia Province)", "fatalities": 40, "sub_event_type": SubEventType.SUICIDE_BOMB},
         "another named group, another toll, another weapon"),
        ({"event_type": EventType.PROTESTS, "sub_event_type": SubEventType.PEACEFUL_PROTEST}, "a protest"),
    ],
)
def test_link_incompatible_events_are_not_linked(change: dict[str, object], why: str) -> None:
    a, b = ev(), ev(**change)
    assert link_events([a, b])[a.event_id] != link_events([a, b])[b.event_id], why


def test_link_vague_date_precision_widens_the_window() -> None:
    a = ev(event_date=date(2019, 3, 1), time_precision=TimePrecision.WEEK)
    b = ev(event_date=date(2019, 3, 6))
    assert pair_score(a, b) > 0.0
    assert pair_score(ev(event_date=date(2019, 3, 1)), b) == 0.0


def test_link_candidate_pairs_only_within_country_and_window() -> None:
    evs = [ev(event_date=date(2019, 1, 1) + timedelta(days=10 * i)) for i in range(50)]
    assert list(candidate_pairs(evs)) == []
    evs.append(ev(event_date=date(2019, 1, 2)))
    assert len(list(candidate_pairs(evs))) == 1


def test_link_cluster_record_takes_lowest_independent_figure_and_keeps_the_range() -> None:
    a = claim(fatalities=20, text=BOMB)
    b = ev(fatalities=6, text=BOMB)
    c = ev(fatalities=4, event_date=date(2019, 3, 4), text=BOMB)
    assignment = link_events([a, b, c])
    (cluster,) = build_clusters([a, b, c], assignment)
    assert cluster.n_sources == 3
    assert cluster.fatalities == 4 and cluster.fatalities_basis == "independent reports"
    assert (cluster.fatalities_min, cluster.fatalities_max) == (4, 20)
    assert {s.source_kind for s in cluster.sources} == {"claim", "report"}


def test_verify_claim_with_reports_is_corroborated_with_ratio() -> None:
    a, b = claim(fatalities=12, injured=10), ev(fatalities=4, injured=5)
    checks = verify_claims([a, b], link_events([a, b]))
    (chk,) = checks
    assert chk.corroborated and chk.n_reports == 1
    assert chk.fatalities_ratio == 3.0 and chk.injured_ratio == 2.0
    assert chk.date_agrees and chk.place_agrees


def test_verify_claim_without_report_is_uncorroborated() -> None:
    a = claim()
    (chk,) = verify_claims([a], link_events([a]))
    assert not chk.corroborated and chk.fatalities_ratio is None
    (party,) = summarise_parties([chk])
    assert party.claims == 1 and party.share_corroborated == 0.0 and party.uncorroborated_event_ids == [a.event_id]
    assert chk.status == "uncorroborated" and chk.corroborating == [] and chk.relaying == []


def test_verify_party_summary_median_and_spread() -> None:
    evs = []
    for k, (claimed, reported) in enumerate([(10, 5), (9, 3), (4, 4), (8, 2)]):
        d = date(2019, 5, 1) + timedelta(days=30 * k)
        evs += [claim(fatalities=claimed, event_date=d), ev(fatalities=reported, event_date=d)]
    (party,) = summarise_parties(verify_claims(evs, link_events(evs)))
    assert party.claims == 4 and party.corroborated == 4
    assert party.median_fatalities_ratio == 2.5  # ratios 2, 3, 1, 4
    assert party.ratio_iqr is not None and party.ratio_iqr[0] < 2.5 < party.ratio_iqr[1]


def test_score_clustering_perfect_and_all_singletons() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert score_clustering(gold, {"a": "x", "b": "x", "c": "y"})["bcubed_f1"] == 1.0
    s = score_clustering(gold, {"a": "x", "b": "y", "c": "z"})
    assert s["pairwise_recall"] == 0.0 and s["bcubed_precision"] == 1.0
    assert s["bcubed_recall"] == pytest.approx((0.5 + 0.5 + 1) / 3, abs=1e-3)


def test_link_clusters_cannot_chain_through_one_member() -> None:
    """A matches B and B matches C, but A and C are 50 km apart (incompatible): the linker must
    not put all three in one cluster, as union-find would."""
    a = ev(latitude=2.0371, longitude=45.3438)
    b = ev(latitude=2.2, longitude=45.25)
    c = ev(latitude=2.42, longitude=45.2)
    assert pair_score(a, b) > 0 and pair_score(b, c) > 0 and pair_score(a, c) == 0.0
    assignment = link_events([a, b, c])
    assert len({assignment[e.event_id] for e in (a, b, c)}) >= 2


def test_link_figure_fit_allows_claim_inflation_but_not_between_reports() -> None:
    from sitrep.link import _figure_fit

    inflated = _figure_fit(12, 5, claim_vs_report=True, claim_first=True)
    deflated = _figure_fit(5, 12, claim_vs_report=True, claim_first=True)
    between_reports = _figure_fit(12, 5, claim_vs_report=False, claim_first=False)
    assert inflated is not None and deflated is not None and between_reports is not None
    assert inflated > deflated and inflated > between_reports
    assert _figure_fit(None, 5, claim_vs_report=False, claim_first=False) is None


def test_link_time_of_day_and_names_are_read_from_the_evidence() -> None:
    from sitrep.link import proper_names, time_of_day

    assert time_of_day("shot around 12:40 a.m. on Sunday") == "night"
    assert time_of_day("a blast on Tuesday morning") == "morning"
    assert time_of_day("gunmen attacked a checkpoint") is None
    names = proper_names("Police said Darnell Smith was shot on Hollow Road in Huntsville.", ["Huntsville"])
    assert {"darnell", "smith", "hollow"} <= names and "huntsville" not in names and "police" not in names
    assert "road" not in names  # a street word alone names no street (data/link_cues.yaml, not_names)


def test_link_weights_name_every_feature_in_order() -> None:
    from sitrep.link import FEATURE_NAMES, link_weights

    w = link_weights()
    assert tuple(w["features"]) == FEATURE_NAMES and len(w["coef"]) == len(FEATURE_NAMES)
    assert 0.0 < w["threshold"] < 1.0 and w["inflation"]["claim_sd"] > 0


def test_cluster_record_flags_sources_that_name_different_attackers() -> None:
    a = ev(actor1="Al Shabaab", fatalities=5)
    b = ev(actor1="Islamic State (Somalia Province)", fatalities=7)
    rec = merge_cluster("c1", [a, b])
    flagged = {d.field: d for d in rec.disagreements}
    assert set(flagged["attacker"].values) == {"Al Shabaab", "Islamic State (Somalia Province)"}
    assert set(flagged["fatalities"].values) == {"5", "7"}
    assert "event_type" not in flagged


def test_verify_relayed_report_is_never_corroboration() -> None:
    a = claim(fatalities=30)
    relayed = ev(fatalities=30, independent=False, relayed_from="Al Shabaab")
    (chk,) = verify_claims([a, relayed], {a.event_id: "c", relayed.event_id: "c"})
    assert chk.status == "only-relayed" and chk.corroborating == [] and chk.relaying == [relayed.event_id]
    assert not chk.corroborated and chk.reported_fatalities is None
    (party,) = summarise_parties([chk])
    assert party.only_relayed == 1 and party.corroborated == 0


def test_verify_report_of_no_deaths_contradicts_a_claimed_toll() -> None:
    a = claim(fatalities=12)
    r = ev(fatalities=0)
    (chk,) = verify_claims([a, r], {a.event_id: "c", r.event_id: "c"})
    assert chk.status == "contradicted" and chk.corroborating == [r.event_id]


def test_verify_outlet_relaying_a_claim_is_listed_under_the_party_own_statement() -> None:
    own = claim(fatalities=30)
    relayed_claim = claim(fatalities=30, independent=False, relayed_from="Al Shabaab")
    report = ev(fatalities=8)
    ids = {e.event_id: "c" for e in (own, relayed_claim, report)}
    (chk,) = verify_claims([own, relayed_claim, report], ids)
    assert chk.claim_event_id == own.event_id and chk.status == "corroborated"
    assert chk.relaying == [relayed_claim.event_id] and chk.corroborating == [report.event_id]
    assert chk.fatalities_ratio == 3.75


def test_link_cohesion_below_the_threshold_lets_a_cluster_take_a_member_it_matches_on_the_whole() -> None:
    """A pair at the threshold proposes a merge; the mean across the two clusters must reach the
    cohesion (the threshold less the fitted margin), and a cross pair that is no candidate still
    vetoes it."""
    probs = {(0, 1): 0.9, (1, 2): 0.8, (0, 2): 0.5}
    docs = ["a", "b", "c"]
    assert len(set(_average_linkage(3, docs, probs, 0.7))) == 2  # mean (0.8 + 0.5) / 2 < 0.7
    assert len(set(_average_linkage(3, docs, probs, 0.7, 0.6))) == 1  # 0.65 >= 0.6
    assert len(set(_average_linkage(3, docs, {(0, 1): 0.9, (1, 2): 0.8}, 0.7, 0.1))) == 2  # (0, 2) no candidate
    cfg = LinkConfig(threshold=0.7)
    assert cfg.resolved_cohesion() <= cfg.resolved_threshold()
