"""Take docs/web-app.png and docs/web-cluster.png: the web app on the bundled examples, in
headless Chromium.

    python scripts/screenshot_web.py [--out-dir docs]

Builds a store from examples/ (extract, link), serves it on a free localhost port, opens an event
with its evidence (web-app.png), then its cluster: a group's claim, as relayed by a wire story,
beside an independent report (web-cluster.png).
Needs Debian's Chromium (/usr/bin/chromium), Playwright's Python client and `npm ci`.
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    import uvicorn
    from playwright.sync_api import sync_playwright

    from sitrep.ingest import iter_documents
    from sitrep.link import build_clusters, link_events
    from sitrep.model import Document
    from sitrep.pipeline import process_document
    from sitrep.store import Store
    from sitrep.web import create_app

    db = Path(tempfile.mkdtemp()) / "examples.db"
    with Store(db) as store:
        for doc in iter_documents([ROOT / "examples"]):
            if isinstance(doc, Document):
                store.save(doc, process_document(doc))
        evs = list(store.iter_events())
        assignment = link_events(evs)
        store.set_clusters(assignment, build_clusters(evs, assignment))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    while not srv.started:
        time.sleep(0.05)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        pg = b.new_page(viewport={"width": 1440, "height": 960})
        pg.goto(f"http://127.0.0.1:{port}/")
        pg.wait_for_selector("body[data-ready]")
        pg.locator("#events tbody tr", has_text="Gubio").first.click()
        pg.wait_for_selector("#detail mark.ev")
        pg.wait_for_timeout(500)
        pg.screenshot(path=str(args.out_dir / "web-app.png"))
        pg.click("#open-cluster")
        pg.wait_for_selector("#cluster .card")
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(args.out_dir / "web-cluster.png"))
        b.close()
    srv.should_exit = True
    print(f"wrote {args.out_dir / 'web-app.png'} and {args.out_dir / 'web-cluster.png'}")


if __name__ == "__main__":
    main()
