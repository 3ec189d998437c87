"""Scale benchmark for cross-source linking: synthetic events from realistic distributions.

Prints seconds, candidate pairs and peak memory at several corpus sizes, the growth factor
between the smallest and the largest, and clustering quality against the synthetic truth.

    python benchmarks/link_scale.py                 # 10k, 30k, 100k events
    python benchmarks/link_scale.py --sizes 1000 5000

Distributions: events per country follow a skewed (Zipf-like) share over 20 conflict
countries; dates are uniform over a span that grows with the corpus at a constant rate of
about 140 reports a day (ACLED-like global volume), so a larger corpus is a longer period, not
a denser one; each real event is reported by 1-4 sources
(a party's claim in a third of them) with a 0-2 day date shift, 0-15 km jitter, spelling noise
and fatality figures that differ (claims inflated up to 4x).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sitrep.link import candidate_pairs, link_events, score_clustering  # noqa: E402
from sitrep.model import (  # noqa: E402
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    SourceKind,
    SubEventType,
    TimePrecision,
)

COUNTRIES = [  # iso3, name, lat range, lon range
    ("SYR", "Syria", (32.5, 37.0), (36.0, 41.5)), ("AFG", "Afghanistan", (30.0, 38.0), (61.0, 71.0)),
    ("IRQ", "Iraq", (29.5, 37.0), (39.0, 48.0)), ("NGA", "Nigeria", (4.5, 13.5), (3.0, 14.5)),
    ("SOM", "Somalia", (-1.5, 11.5), (41.0, 51.0)), ("MLI", "Mali", (11.0, 24.0), (-11.0, 4.0)),
    ("BFA", "Burkina Faso", (9.5, 15.0), (-5.5, 2.0)), ("YEM", "Yemen", (12.5, 18.5), (43.0, 53.0)),
    ("COD", "Democratic Republic of the Congo", (-13.0, 5.0), (12.5, 31.0)),
    ("MOZ", "Mozambique", (-26.5, -10.5), (31.0, 40.5)), ("PAK", "Pakistan", (24.0, 37.0), (61.0, 77.0)),
    ("PHL", "Philippines", (5.0, 19.0), (117.0, 126.0)), ("EGY", "Egypt", (22.0, 31.5), (25.0, 35.0)),
    ("NER", "Niger", (12.0, 23.5), (0.5, 16.0)), ("CMR", "Cameroon", (2.0, 13.0), (9.0, 16.0)),
    ("SDN", "Sudan", (9.0, 22.0), (22.0, 38.0)), ("ETH", "Ethiopia", (3.5, 14.5), (33.0, 47.5)),
    ("COL", "Colombia", (-4.0, 12.0), (-79.0, -67.0)), ("MMR", "Myanmar", (10.0, 28.0), (92.5, 101.0)),
    ("UKR", "Ukraine", (44.5, 52.0), (22.5, 40.0)),
]  # fmt: skip
TYPES = [
    (EventType.BATTLES, SubEventType.ARMED_CLASH), (EventType.EXPLOSIONS, SubEventType.REMOTE_EXPLOSIVE),
    (EventType.EXPLOSIONS, SubEventType.AIR_DRONE_STRIKE), (EventType.EXPLOSIONS, SubEventType.SHELLING),
    (EventType.VIOLENCE_AGAINST_CIVILIANS, SubEventType.ATTACK),
]  # fmt: skip
GROUPS = ["Group A", "Group B", "Group C", "Group D"]
EVIDENCE = Evidence(start=0, end=5, text="event")
RATE_PER_DAY = 140


def synthesise(n_events: int, seed: int = 7) -> tuple[list[Event], dict[str, str]]:
    rng = random.Random(seed)
    weights = [1 / (k + 1) for k in range(len(COUNTRIES))]
    events: list[Event] = []
    truth: dict[str, str] = {}
    real = 0
    start = date(2021, 1, 1)
    span_days = max(30, n_events // RATE_PER_DAY)
    while len(events) < n_events:
        real += 1
        iso3, name, (la0, la1), (lo0, lo1) = rng.choices(COUNTRIES, weights)[0]
        lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
        day = start + timedelta(days=rng.randrange(span_days))
        et, st = rng.choice(TYPES)
        group = rng.choice(GROUPS)
        killed = rng.choice([0, 1, 2, 3, 5, 8, 12, 20])
        for s in range(min(rng.choice([1, 1, 2, 2, 3, 4]), n_events - len(events))):
            is_claim = s == 0 and rng.random() < 0.33
            jitter = rng.uniform(0, 15) / 111.0
            events.append(
                Event(
                    event_id=f"e{len(events)}", doc_id=f"d{len(events)}", evidence=EVIDENCE,
                    event_date=day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2])),
                    time_precision=TimePrecision.DAY if rng.random() < 0.85 else TimePrecision.WEEK,
                    event_type=et, sub_event_type=st, actor1=group, country=name, iso3=iso3,
                    location=f"Place {real}" + ("" if rng.random() < 0.7 else "h"),
                    latitude=lat + jitter, longitude=lon + jitter, geo_precision=GeoPrecision.PLACE,
                    fatalities=killed * rng.choice([2, 3, 4]) if is_claim else max(0, killed - rng.choice([0, 0, 1])),
                    source_kind=SourceKind.CLAIM if is_claim else SourceKind.REPORT,
                    claimed_by=group if is_claim else None,
                )
            )
            truth[events[-1].event_id] = f"r{real}"
    return events, truth


def run(n: int) -> dict[str, float]:
    events, truth = synthesise(n)
    pairs = sum(1 for _ in candidate_pairs(events))
    t0 = time.perf_counter()
    assignment = link_events(events)
    secs = time.perf_counter() - t0
    tracemalloc.start()  # a second, traced run for the memory figure (tracing slows it down)
    link_events(events)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    scores = score_clustering(truth, assignment)
    return {"events": n, "seconds": secs, "pairs": pairs, "peak_mb": peak / 2**20, **scores}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = ap.parse_args()
    rows = [run(n) for n in args.sizes]
    print(f"{'events':>8} {'seconds':>8} {'pairs':>10} {'peak MB':>8} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'pw F1':>6}")
    for r in rows:
        print(
            f"{r['events']:>8} {r['seconds']:>8.2f} {r['pairs']:>10} {r['peak_mb']:>8.1f} "
            f"{r['bcubed_precision']:>6.3f} {r['bcubed_recall']:>6.3f} {r['bcubed_f1']:>6.3f} {r['pairwise_f1']:>6.3f}"
        )
    a, b = rows[0], rows[-1]
    size_x = b["events"] / a["events"]
    print(
        f"growth from {a['events']} to {b['events']} events ({size_x:.0f}x): time {b['seconds'] / a['seconds']:.1f}x, "
        f"candidate pairs {b['pairs'] / max(a['pairs'], 1):.1f}x, peak memory {b['peak_mb'] / a['peak_mb']:.1f}x "
        f"(linear would be {size_x:.0f}x; quadratic {size_x**2:.0f}x)"
    )


if __name__ == "__main__":
    main()
