"""`sitrep clusters` heads each cluster with one readable line: no "range None-None" when no source
gives a toll, no one-value range when every source gives the same figure."""

from __future__ import annotations

from sitrep.cli import cluster_title
from sitrep.model import ClusterRecord


def test_cli_cluster_title_no_figure_says_so() -> None:
    title = cluster_title(ClusterRecord(cluster_id="c1", n_sources=2, event_date="2022-05-02", location="Kunduz"))
    assert title == "c1: 2022-05-02 Kunduz, 2 sources, killed ? (no figure)"
    assert "None" not in title


def test_cli_cluster_title_range_only_when_sources_differ() -> None:
    same = ClusterRecord(cluster_id="c2", n_sources=3, location="Baidoa", fatalities=3,
                         fatalities_basis="independent reports", fatalities_min=3, fatalities_max=3)
    assert cluster_title(same) == "c2: ? Baidoa, 3 sources, killed 3 (independent reports)"
    apart = same.model_copy(update={"fatalities_min": 2, "fatalities_max": 7, "fatalities": 2})
    assert cluster_title(apart).endswith("killed 2 (independent reports; range 2-7)")
