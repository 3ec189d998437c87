"""The HTTP API (FastAPI TestClient over a hand-built store): filters, pages, sorting, GeoJSON,
single records, clusters and claim checks, statistics, errors in one JSON shape, read-only mode
and the security headers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from sitrep.web import create_app  # noqa: E402
from sitrep.web.app import CSP, static_dir  # noqa: E402

from .web_helpers import HOSTILE, build_store  # noqa: E402


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict]:
    """The same store on each backend (PostgreSQL: a throwaway server, tests/pg_server.py)."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("web") / "api.db")
    else:
        db = request.getfixturevalue("pg_server").new_database()
    ids = build_store(db)
    return db, ids


@pytest.fixture(scope="module")
def client(built: tuple[str, dict]) -> TestClient:
    return TestClient(create_app(built[0]))


@pytest.fixture(scope="module")
def ids(built: tuple[str, dict]) -> dict:
    return built[1]


def _ids(resp) -> set[str]:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text
    return {e["event_id"] for e in resp.json()["events"]}


def assert_error(resp, status: int, code: str, fragment: str = "") -> None:  # type: ignore[no-untyped-def]
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status and err["code"] == code
    assert isinstance(err["message"], str) and fragment in err["message"]


# -- filters --------------------------------------------------------------------------------------
def test_web_api_filters_country_by_name_or_iso3(client: TestClient, ids: dict) -> None:
    want = {ids["report"], ids["bomb"], ids["claim"]}
    assert _ids(client.get("/api/events", params={"country": "Nigeria"})) == want
    assert _ids(client.get("/api/events", params={"country": "NGA"})) == want
    both = _ids(client.get("/api/events", params=[("country", "Nigeria"), ("country", "IRQ")]))
    assert both == want | {ids["hostile"]}


def test_web_api_filters_type_subtype_dates_and_voice(client: TestClient, ids: dict) -> None:
    got = _ids(client.get("/api/events", params={"event_type": "Explosions/Remote violence"}))
    assert got == {ids["bomb"], ids["hostile"]}
    got = _ids(client.get("/api/events", params={"sub_event_type": "Armed clash", "date_from": "2020-01-01",
                                                  "date_to": "2020-12-31"}))
    assert got == {ids["report"], ids["claim"]}
    assert _ids(client.get("/api/events", params={"date_from": "2020-01-06", "date_to": "2020-03-01"})) == {
        ids["bomb"], ids["hostile"]}
    assert _ids(client.get("/api/events", params={"source_kind": "claim"})) == {ids["claim"]}
    assert _ids(client.get("/api/events", params={"claimed_by": "Group X"})) == {ids["claim"]}
    assert _ids(client.get("/api/events", params={"claimed_by": "Group Y"})) == set()


def test_web_api_filters_actor_admin1_cluster_bbox_and_text(client: TestClient, ids: dict) -> None:
    assert _ids(client.get("/api/events", params={"actor": "civilians (nigeria)"})) == {ids["bomb"]}
    assert _ids(client.get("/api/events", params={"admin1": "Diyala"})) == {ids["hostile"]}
    assert _ids(client.get("/api/events", params={"cluster": ids["cluster"]})) == {ids["report"], ids["claim"]}
    # around Borno: the three Nigerian events, not Iraq or Somalia
    box = _ids(client.get("/api/events", params={"bbox": "12,10,14,12.5"}))
    assert box == {ids["report"], ids["bomb"], ids["claim"]}
    # free text matches places, regions and actors, any case, and is not a LIKE pattern
    assert _ids(client.get("/api/events", params={"q": "baqu"})) == {ids["hostile"]}
    assert _ids(client.get("/api/events", params={"q": "DAMBOA"})) == {ids["bomb"]}
    assert _ids(client.get("/api/events", params={"q": "group x"})) == {ids["claim"]}
    assert _ids(client.get("/api/events", params={"q": "diyala"})) == {ids["hostile"]}
    assert _ids(client.get("/api/events", params={"q": "%"})) == set()


# -- pages and sorting ----------------------------------------------------------------------------
def test_web_api_pagination_covers_every_event_once(client: TestClient, ids: dict) -> None:
    seen: list[str] = []
    offset = 0
    while True:
        r = client.get("/api/events", params={"limit": 7, "offset": offset, "sort": "country"})
        body = r.json()
        assert body["total"] == ids["n"] and body["limit"] == 7 and body["offset"] == offset
        seen += [e["event_id"] for e in body["events"]]
        if len(body["events"]) < 7:
            break
        offset += 7
    assert len(seen) == len(set(seen)) == ids["n"]


def test_web_api_sorting_desc_with_nulls_last(client: TestClient) -> None:
    evs = client.get("/api/events", params={"sort": "-fatalities", "limit": 100}).json()["events"]
    figs = [e["fatalities"] for e in evs]
    assert figs[0] == 24 and figs[-1] is None
    known = [f for f in figs if f is not None]
    assert known == sorted(known, reverse=True)
    evs = client.get("/api/events", params={"sort": "event_date", "limit": 3}).json()["events"]
    assert [e["event_date"] for e in evs] == ["2020-01-05", "2020-01-05", "2020-01-20"]


# -- GeoJSON --------------------------------------------------------------------------------------
def test_web_api_geojson_points_lon_lat_and_null_geometry(client: TestClient, ids: dict) -> None:
    fc = client.get("/api/events", params={"format": "geojson", "country": "SOM", "limit": 5000}).json()
    assert fc["type"] == "FeatureCollection" and fc["total"] == 25 and fc["truncated"] is False
    by_id = {f["id"]: f for f in fc["features"]}
    assert by_id[ids["fillers"][0]]["geometry"] is None
    pt = by_id[ids["fillers"][3]]["geometry"]
    assert pt == {"type": "Point", "coordinates": [42.5454, -0.3582]}
    assert by_id[ids["fillers"][3]]["properties"]["location"] == "Kismayo"
    small = client.get("/api/events", params={"format": "geojson", "limit": 2}).json()
    assert len(small["features"]) == 2 and small["truncated"] is True
    m = client.get("/api/events", params={"format": "geojson", "properties": "map", "country": "IRQ"})
    assert m.headers["content-type"].startswith("application/geo+json")
    (feat,) = m.json()["features"]
    assert feat["properties"] == {"event_id": ids["hostile"], "event_date": "2020-03-01",
                                  "event_type": "Explosions/Remote violence", "location": "Baqubah",
                                  "country": "Iraq", "fatalities": 3}


# -- single records -------------------------------------------------------------------------------
def test_web_api_event_has_every_field_evidence_and_its_document(client: TestClient, ids: dict) -> None:
    e = client.get(f"/api/events/{ids['report']}").json()
    text = e["document"]["text"]
    assert e["cluster_id"] == ids["cluster"]
    assert set(e["field_evidence"]) == {"date", "place", "fatalities", "event_type"}
    for spans in [[e["evidence"]], *e["field_evidence"].values()]:
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
    assert e["document"]["path"] == "wire.txt"  # the file name, never the server's directories
    assert "rules" in e and "confidence" in e


def test_web_api_document_text_and_its_events(client: TestClient, ids: dict) -> None:
    d = client.get("/api/documents/doc-hostile").json()
    assert d["text"] == HOSTILE and d["source"] == "<i>Odd</i> Outlet"
    (ev,) = d["events"]
    assert ev["event_id"] == ids["hostile"]
    fields = {s["field"] for s in ev["evidence"]}
    assert fields == {"event", "place", "fatalities", "date"}
    for s in ev["evidence"]:
        assert 0 <= s["start"] < s["end"] <= len(HOSTILE)


def test_web_api_cluster_shows_claim_against_report(client: TestClient, ids: dict) -> None:
    c = client.get(f"/api/clusters/{ids['cluster']}").json()
    assert c["n_sources"] == 2 and {s["event_id"] for s in c["sources"]} == {ids["report"], ids["claim"]}
    assert c["fatalities"] == 5 and c["fatalities_basis"] == "independent reports"
    (chk,) = c["claims"]
    assert chk["claimed_by"] == "Group X" and chk["corroborated"] is True
    assert (chk["claimed_fatalities"], chk["reported_fatalities"], chk["fatalities_ratio"]) == (20, 5, 4.0)
    listing = client.get("/api/clusters").json()["clusters"]
    assert [x["cluster_id"] for x in listing] == [ids["cluster"]] and listing[0]["has_claim"] is True


def test_web_api_verify_per_party_and_per_claim(client: TestClient, ids: dict) -> None:
    v = client.get("/api/verify").json()
    (party,) = v["parties"]
    assert party["claimed_by"] == "Group X" and party["claims"] == 1 and party["corroborated"] == 1
    assert [c["claim_event_id"] for c in v["claims"]] == [ids["claim"]]
    assert v["claims"][0]["corroborating"] == [ids["report"]] and v["claims"][0]["status"] == "corroborated"
    assert client.get("/api/verify", params={"claimed_by": "Nobody"}).json() == {"parties": [], "claims": []}


def test_web_api_verify_refuses_an_unlinked_store(tmp_path: Path) -> None:
    path = tmp_path / "unlinked.db"
    build_store(path, link=False)
    assert_error(TestClient(create_app(path)).get("/api/verify"), 409, "conflict", "sitrep link")


def test_web_api_stats_timeline_and_groups(client: TestClient, ids: dict) -> None:
    s = client.get("/api/stats", params={"interval": "day"}).json()
    assert s["total"] == ids["n"] and sum(p["n"] for p in s["timeline"]) == ids["n"]
    assert {g["key"]: g["n"] for g in s["by_country"]} == {"Somalia": 25, "Nigeria": 3, "Iraq": 1}
    w = client.get("/api/stats", params={"interval": "week", "country": "NGA"}).json()
    assert w["timeline"] == [{"period": "2019-12-30", "n": 2, "fatalities": 25},
                             {"period": "2020-01-20", "n": 1, "fatalities": 2}]
    # the date filter narrows the counts but not the timeline, so a brush can widen again
    d = client.get("/api/stats", params={"date_from": "2021-01-01"}).json()
    assert d["total"] == 25 and sum(p["n"] for p in d["timeline"]) == ids["n"]
    assert client.get("/api/stats").json()["interval"] == "week"  # 2020-01 .. 2021-06: weeks


# -- errors and limits ----------------------------------------------------------------------------
def test_web_api_errors_share_one_json_shape(client: TestClient) -> None:
    assert_error(client.get("/api/events/nope"), 404, "not_found", "nope")
    assert_error(client.get("/api/documents/nope"), 404, "not_found")
    assert_error(client.get("/api/clusters/nope"), 404, "not_found")
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/api/events", params={"sort": "record"}), 400, "bad_request", "cannot sort")
    assert_error(client.get("/api/events", params={"bbox": "1,2,3"}), 400, "bad_request", "bbox")
    assert_error(client.get("/api/events", params={"bbox": "0,80,10,95"}), 400, "bad_request", "bbox")
    assert_error(client.get("/api/events", params={"date_from": "2020-13-01"}), 422, "invalid_parameter", "date_from")
    assert_error(client.get("/api/events", params={"date_from": "2021-01-01", "date_to": "2020-01-01"}), 400,
                 "bad_request", "after")
    assert_error(client.get("/api/events", params={"source_kind": "rumour"}), 422, "invalid_parameter")


def test_web_api_limits_stop_huge_queries(client: TestClient) -> None:
    assert_error(client.get("/api/events", params={"limit": 5000}), 400, "bad_request", "at most 1000")
    assert_error(client.get("/api/events", params={"limit": 10**6, "format": "geojson"}), 422, "invalid_parameter")
    assert_error(client.get("/api/events", params={"offset": 10**7}), 422, "invalid_parameter")
    assert_error(client.get("/api/events", params={"q": "x" * 500}), 422, "invalid_parameter")
    assert_error(client.get("/api/events", params={"sort": "a,b,c,d"}), 400, "bad_request")


# -- read-only and ingest -------------------------------------------------------------------------
def test_web_api_read_only_refuses_writes(client: TestClient, ids: dict) -> None:
    assert_error(client.post("/api/documents", json={"text": "Gunmen killed 3 people in Kabul."}), 403,
                 "read_only", "--allow-ingest")
    assert_error(client.delete(f"/api/events/{ids['report']}"), 405, "method_not_allowed")
    assert_error(client.put(f"/api/documents/doc-wire", json={}), 405, "method_not_allowed")
    assert client.get("/api/events").json()["total"] == ids["n"]  # nothing changed


def test_web_api_ingest_when_allowed(tmp_path: Path) -> None:
    path = tmp_path / "ingest.db"
    build_store(path)
    c = TestClient(create_app(path, allow_ingest=True))
    r = c.post("/api/documents", json={"text": "KABUL, 3 May 2021 - Gunmen killed 3 police officers in Kabul on "
                                               "Monday, officials said.", "source": "Test Wire",
                                       "published": "2021-05-03"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["events"]) == 1
    e = c.get(f"/api/events/{body['events'][0]}").json()
    assert e["country"] == "Afghanistan" and e["fatalities"] == 3 and e["document"]["source"] == "Test Wire"
    assert_error(c.post("/api/documents", json={"text": "   "}), 400, "bad_request", "empty")
    assert_error(c.post("/api/documents", json={"text": "x" * 1_000_001}), 413, "too_large")
    assert_error(c.post("/api/documents", content=b"{}", headers={"content-length": str(10**9)}), 413, "too_large")


# -- the page: security headers, offline assets ---------------------------------------------------
def test_web_api_security_headers_and_strict_csp(client: TestClient) -> None:
    for path in ("/api/events", "/api/events/nope", "/static/app.js"):
        h = client.get(path).headers
        assert h["content-security-policy"] == CSP
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"
    assert "'unsafe-inline'" not in CSP.split("style-src")[0] and "unsafe-eval" not in CSP
    assert "default-src 'none'" in CSP and "frame-ancestors 'none'" in CSP


def test_web_api_static_files_refuse_other_paths(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    for bad in ("/static/../app.py", "/static/vendor/..%2f..%2fapp.py", "/static/query.py", "/static/vendor/.hidden"):
        assert client.get(bad).status_code == 404


def test_web_api_page_scripts_never_write_html_and_load_nothing_from_outside() -> None:
    js = (static_dir() / "app.js").read_text(encoding="utf-8")
    html = (static_dir() / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", js)
    assert not re.search(r"https?://", html)
    assert not re.search(r"fetch\(\s*['\"]https?:", js)
    assert "<script>" not in html and "style=" not in html  # no inline script or style for the CSP


def test_web_api_openapi_docs_are_served_offline(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/clusters/{cluster_id}",
            "/api/verify", "/api/stats"} <= set(spec["paths"])
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
    assert "script-src 'self' 'sha256-" in page.headers["content-security-policy"]
