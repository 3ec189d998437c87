"""The web app in a real browser: Debian's Chromium driven by Playwright, on a store built from the
bundled examples (plus one hostile document), served by uvicorn on localhost.

On a developer's machine without Chromium, Playwright or the npm-installed map libraries these
tests skip; with CI=true they fail instead, since `.ci/run` installs all three.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "data" / "web" / "hostile-page.txt"
CHROMIUM = os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"Python package missing: {exc.name} (pip install -e '.[test]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    from sitrep.web.app import vendor_missing

    if vendor_missing():
        return f"map libraries not installed (npm ci): {vendor_missing()}"
    return None


_why = _missing()
if _why:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run in CI: {_why}", pytrace=False)
    pytest.skip(_why, allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from sitrep.ingest import iter_documents  # noqa: E402
from sitrep.link import build_clusters, link_events  # noqa: E402
from sitrep.model import Document  # noqa: E402
from sitrep.pipeline import process_document  # noqa: E402
from sitrep.store import Store  # noqa: E402
from sitrep.web import create_app  # noqa: E402


def build_example_store(path: Path) -> None:
    """The bundled examples and the hostile page, extracted, stored and linked as the CLI does."""
    with Store(path) as store:
        for doc in iter_documents([ROOT / "examples", HOSTILE]):
            assert isinstance(doc, Document), doc
            store.save(doc, process_document(doc))
        evs = list(store.iter_events())
        assignment = link_events(evs)
        store.set_clusters(assignment, build_clusters(evs, assignment))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "examples.db"
    build_example_store(db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not th.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:  # Playwright starts Chromium on a fresh, empty profile of its own
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Page]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: None if r.url.startswith((server, "data:")) else problems.append(f"external request {r.url}"))
    pg.problems = problems  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not problems, problems  # no CSP violation, script error or request leaving the machine


def ready(pg: Page, url: str) -> None:
    pg.goto(url)
    pg.wait_for_selector("body[data-ready]")


def api(pg: Page, server: str, path: str) -> Any:
    return pg.request.get(server + path).json()


def test_web_browser_filter_by_country_and_type_kept_in_the_url(page: Page, server: str) -> None:
    ready(page, server + "/")
    total = api(page, server, "/api/events")["total"]
    expect(page.locator("#page-info")).to_contain_text(f"of {total}")
    page.select_option("select[name=country]", "Nigeria")
    page.wait_for_load_state("networkidle")
    page.select_option("select[name=event_type]", "Battles")
    want = api(page, server, "/api/events?country=Nigeria&event_type=Battles")["total"]
    assert 0 < want < total
    expect(page.locator("#page-info")).to_contain_text(f"of {want}")
    rows = page.locator("#events tbody tr")
    expect(rows).to_have_count(want)
    for i in range(want):
        cells = rows.nth(i).locator("td")
        expect(cells.nth(6)).to_have_text("Nigeria")
        expect(cells.nth(1)).to_contain_text("Battles")
    q = parse_qs(urlparse(page.url).query)
    assert q["country"] == ["Nigeria"] and q["event_type"] == ["Battles"]
    # the map shows the same selection (one marker or cluster icon per place at most)
    assert page.locator("#map .leaflet-interactive, #map .marker-cluster").count() >= 1
    # the URL alone restores the view
    ready(page, page.url)
    expect(page.locator("#page-info")).to_contain_text(f"of {want}")
    assert page.input_value("select[name=country]") == "Nigeria"


def test_web_browser_event_evidence_highlighted_at_its_offsets(page: Page, server: str) -> None:
    ready(page, server + "/?q=Gubio&source_kind=report")
    page.locator("#events tbody tr").first.click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    eid = parse_qs(urlparse(page.url).query)["event"][0]
    ev = api(page, server, f"/api/events/{eid}")
    text = ev["document"]["text"]
    expect(detail.locator(".src-text")).to_have_text(text)
    marks = page.eval_on_selector_all(
        "#detail .src-text mark.ev",
        "ms => ms.map(m => ({start: +m.dataset.start, end: +m.dataset.end, fields: m.dataset.fields.split(' '),"
        " text: m.textContent, cls: m.className}))",
    )
    assert marks
    for m in marks:  # every highlighted piece sits at its offsets in the stored text
        assert text[m["start"] : m["end"]] == m["text"]
    for field, spans in ev["field_evidence"].items():  # every evidence span is highlighted as its field
        for s in spans:
            covered = [m for m in marks if field in m["fields"] and s["start"] <= m["start"] and m["end"] <= s["end"]]
            assert "".join(m["text"] for m in sorted(covered, key=lambda m: m["start"])) == s["text"], field
    # each field in its own colour
    colours = {}
    for m in marks:
        if len(m["fields"]) == 1:
            colours.setdefault(m["fields"][0], set()).add(m["cls"])
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)


def test_web_browser_cluster_shows_claim_beside_report(page: Page, server: str) -> None:
    ready(page, server + "/?q=Gubio&source_kind=claim")
    page.locator("#events tbody tr").first.click()
    page.click("#open-cluster")
    cards = page.locator("#cluster [data-testid=cluster-sources] .card")
    expect(cards).to_have_count(2)
    # the wire story only relays the group's statement (docs/rules/claims.md): it comes first, as
    # the claim's side, beside the radio's independent report
    expect(cards.nth(0)).to_have_attribute("data-kind", "relay")
    expect(cards.nth(0)).to_contain_text("Islamic State (West Africa Province)")
    expect(cards.nth(1)).to_have_attribute("data-kind", "report")
    expect(cards.nth(0).locator(".fig").first).to_have_text("7")
    expect(cards.nth(1).locator(".fig").first).to_have_text("2")
    expect(page.locator("#cluster .check[data-status=corroborated]")).to_contain_text("claimed 7 vs reported 2")
    assert "cluster=" in page.url
    # and from the clusters list
    ready(page, server + "/?view=clusters")
    page.locator("[data-testid=cluster-list] button").first.click()
    expect(page.locator("#cluster [data-testid=cluster-sources] .card")).to_have_count(2)


def test_web_browser_hostile_document_renders_as_text(page: Page, server: str) -> None:
    ready(page, server + "/?country=Iraq&date_from=2020-03-01&date_to=2020-03-01")
    page.locator("#events tbody tr").first.click()
    src = page.locator("#detail .src-text")
    expect(src).to_contain_text("<script>window.__pwned = 1</script>")
    expect(src).to_contain_text('<img src="x" onerror="window.__pwned = 2">')
    expect(page.locator("#detail")).to_contain_text("<i>Odd</i> Outlet")
    assert page.locator("#detail script, #detail img, #detail b, #detail a[href], #detail i").count() == 0
    assert page.evaluate("window.__pwned") is None


def test_web_browser_timeline_brush_sets_the_date_range(page: Page, server: str) -> None:
    ready(page, server + "/")
    box = page.locator("#timeline").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.02, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.up()
    page.wait_for_url(lambda url: "date_from=" in url)  # (no string predicates: the CSP forbids eval)
    q = parse_qs(urlparse(page.url).query)
    total = api(page, server, f"/api/events?date_from={q['date_from'][0]}&date_to={q['date_to'][0]}")["total"]
    expect(page.locator("#page-info")).to_contain_text(f"of {total}")
    assert page.input_value("input[name=date_from]") == q["date_from"][0]
