/* sitrep web app: map, timeline, table, evidence and claims, over the JSON API of `sitrep serve`.
 *
 * Safety: every string that comes from a document or the API is written with textContent (the
 * el() helper below); this file never parses markup from strings or assigns it. The page
 * loads nothing from outside this origin (Content-Security-Policy: 'self' only).
 */
"use strict";

(function () {
  const FILTERS = ["date_from", "date_to", "country", "event_type", "sub_event_type", "source_kind",
    "claimed_by", "actor", "q"];
  const PAGE = 50;
  const GEO_LIMIT = 20000;
  const TYPE_CLASS = {
    "Battles": "t-battles",
    "Explosions/Remote violence": "t-explosions",
    "Violence against civilians": "t-vac",
    "Protests": "t-protests",
    "Riots": "t-riots",
    "Strategic developments": "t-strategic",
  };
  const TYPE_COLOR = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const NO_TYPE_COLOR = "#34495e";
  // fixed colours (CSS classes f0..f9) for the evidence of each field, in this order
  const FIELD_ORDER = ["date", "place", "actor1", "actor2", "event_type", "fatalities", "injured",
    "casualties", "captured", "claim"];

  // ---------------------------------------------------------------------------------------------
  // small helpers
  // ---------------------------------------------------------------------------------------------
  /** An element with attributes and children; strings become text nodes (never HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = String(v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const $ = (sel) => document.querySelector(sel);
  const show = (node, on) => { node.hidden = !on; };
  const fmt = (v) => (v === null || v === undefined || v === "" ? "—" : String(v));

  async function api(path, params) {
    const qs = params ? "?" + params.toString() : "";
    const resp = await fetch(path + qs, { headers: { Accept: "application/json" } });
    const body = await resp.json().catch(() => ({}));
    if (!resp.ok) {
      const msg = body && body.error ? body.error.message : resp.statusText;
      throw new Error(msg);
    }
    return body;
  }

  // ---------------------------------------------------------------------------------------------
  // state <-> URL (filters, sort, page, open event or cluster)
  // ---------------------------------------------------------------------------------------------
  const state = { filters: {}, sort: "-event_date", page: 0, event: null, cluster: null, clusters: false };

  function readUrl() {
    const p = new URLSearchParams(location.search);
    state.filters = {};
    for (const k of FILTERS) if (p.get(k)) state.filters[k] = p.get(k);
    state.sort = p.get("sort") || "-event_date";
    state.page = Math.max(0, parseInt(p.get("page") || "0", 10) || 0);
    state.event = p.get("event");
    state.cluster = p.get("cluster");
    state.clusters = p.get("view") === "clusters";
  }

  function writeUrl() {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
    if (state.sort !== "-event_date") p.set("sort", state.sort);
    if (state.page) p.set("page", String(state.page));
    if (state.event) p.set("event", state.event);
    else if (state.cluster) p.set("cluster", state.cluster);
    else if (state.clusters) p.set("view", "clusters");
    const url = location.pathname + (p.toString() ? "?" + p.toString() : "");
    history.replaceState(null, "", url);
  }

  function filterParams(skip) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (state.filters[k] && !(skip || []).includes(k)) p.set(k, state.filters[k]);
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // filters form
  // ---------------------------------------------------------------------------------------------
  const form = $("#filters");

  function fillSelect(name, items) {
    const sel = form.elements[name];
    for (const it of items) sel.appendChild(el("option", { value: it.value, text: `${it.value} (${it.n})` }));
  }

  function formToState() {
    const f = {};
    for (const k of FILTERS) {
      const v = (form.elements[k].value || "").trim();
      if (v) f[k] = v;
    }
    state.filters = f;
    state.page = 0;
  }

  function stateToForm() {
    for (const k of FILTERS) {
      const input = form.elements[k];
      const v = state.filters[k] || "";
      if (input.tagName === "SELECT" && v && ![...input.options].some((o) => o.value === v)) {
        input.appendChild(el("option", { value: v, text: v }));
      }
      input.value = v;
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); formToState(); refresh(); });
  form.addEventListener("change", (ev) => {
    if (ev.target.tagName === "SELECT" || ev.target.type === "date") { formToState(); refresh(); }
  });
  $("#reset").addEventListener("click", () => {
    state.filters = {}; state.page = 0; stateToForm(); refresh();
  });
  $("#show-clusters").addEventListener("click", () => openClusters());

  // ---------------------------------------------------------------------------------------------
  // map: Leaflet + markercluster on Natural Earth country outlines shipped with the package
  // ---------------------------------------------------------------------------------------------
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true, preferCanvas: false })
    .setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Country outlines: Natural Earth (public domain)");
  const cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);

  fetch("/static/vendor/countries-50m.json")
    .then((r) => r.json())
    .then((topo) => {
      const land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, {
        interactive: false,
        style: { color: "#8a9aa9", weight: 0.6, fillColor: "#f2efe9", fillOpacity: 1 },
      }).addTo(map).bringToBack();
    })
    .catch(() => { $("#summary").textContent += " (basemap unavailable)"; });

  function legend() {
    const box = $("#legend");
    for (const [t, cls] of Object.entries(TYPE_CLASS)) {
      box.appendChild(el("div", {}, el("span", { class: "swatch " + cls }), t));
    }
    box.appendChild(el("div", {}, "point size: fatalities"));
  }

  function radius(f) {
    return 4 + 2.2 * Math.sqrt(Math.max(0, f || 0));
  }

  function drawMap(fc) {
    cluster.clearLayers();
    const layers = [];
    for (const f of fc.features) {
      if (!f.geometry) continue;
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const m = L.circleMarker([lat, lon], {
        radius: radius(p.fatalities),
        color: "#222", weight: 1, fillOpacity: 0.85,
        fillColor: TYPE_COLOR[p.event_type] || NO_TYPE_COLOR,
      });
      // built when first shown (a function, not 20,000 nodes up front), as DOM text, never HTML
      m.bindTooltip(() => el("div", {},
        el("strong", { text: `${fmt(p.event_date)} · ${fmt(p.event_type)}` }), el("br"),
        `${fmt(p.location)}, ${fmt(p.country)} · killed ${fmt(p.fatalities)}`));
      m.on("click", () => openEvent(p.event_id));
      m.eventId = p.event_id;
      layers.push(m);
    }
    cluster.addLayers(layers);
    if (layers.length) { // the view follows the filters
      // from the points themselves: with chunked loading the cluster layer fills in later
      map.fitBounds(L.latLngBounds(layers.map((m) => m.getLatLng())), { maxZoom: 6, padding: [20, 20] });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // timeline with a brush (drag to choose a date range)
  // ---------------------------------------------------------------------------------------------
  const svg = $("#timeline");
  const SVGNS = "http://www.w3.org/2000/svg";
  let tl = null; // {periods, x0, x1, t0, t1}

  function sv(tag, attrs) {
    const n = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") n.textContent = String(v);
      else n.setAttribute(k, String(v));
    }
    return n;
  }
  const day = (s) => Date.parse(s + "T00:00:00Z");
  const iso = (t) => new Date(t).toISOString().slice(0, 10);

  function drawTimeline(stats) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const W = svg.clientWidth || 800, H = svg.clientHeight || 100, pad = 14;
    const periods = stats.timeline;
    $("#timeline-label").textContent = `Events per ${stats.interval}` + (periods.length ? "" : " (no dated events)");
    if (!periods.length) { tl = null; return; }
    const step = { day: 86400000, week: 7 * 86400000, month: 31 * 86400000 }[stats.interval];
    const t0 = day(periods[0].period), t1 = day(periods[periods.length - 1].period) + step;
    const x = (t) => pad + ((t - t0) / Math.max(1, t1 - t0)) * (W - 2 * pad);
    const maxN = Math.max(...periods.map((p) => p.n));
    const from = state.filters.date_from ? day(state.filters.date_from) : null;
    const to = state.filters.date_to ? day(state.filters.date_to) + 86400000 : null;
    for (const p of periods) {
      const a = day(p.period), b = a + step;
      const h = Math.max(1, (p.n / maxN) * (H - 2 * pad));
      const out = (from !== null && b <= from) || (to !== null && a >= to);
      const r = sv("rect", { class: "col" + (out ? " out" : ""), x: x(a), y: H - pad - h,
        width: Math.max(1, x(b) - x(a) - 1), height: h });
      r.appendChild(sv("title", { text: `${p.period}: ${p.n} events, ${p.fatalities} killed` }));
      svg.appendChild(r);
    }
    svg.appendChild(sv("text", { x: pad, y: H - 2, text: iso(t0) }));
    svg.appendChild(sv("text", { x: W - pad, y: H - 2, "text-anchor": "end", text: iso(t1 - 86400000) }));
    if (from !== null || to !== null) {
      const bx0 = x(Math.max(t0, from ?? t0)), bx1 = x(Math.min(t1, to ?? t1));
      svg.appendChild(sv("rect", { class: "brush", x: bx0, y: 2, width: Math.max(1, bx1 - bx0), height: H - pad - 2 }));
    }
    tl = { t0, t1, W, pad };
  }

  let drag = null;
  function tAt(evt) {
    const r = svg.getBoundingClientRect();
    const px = Math.min(Math.max(evt.clientX - r.left, tl.pad), tl.W - tl.pad);
    return tl.t0 + ((px - tl.pad) / (tl.W - 2 * tl.pad)) * (tl.t1 - tl.t0);
  }
  svg.addEventListener("pointerdown", (evt) => {
    if (!tl) return;
    svg.setPointerCapture(evt.pointerId);
    drag = { a: tAt(evt), b: tAt(evt), rect: sv("rect", { class: "brush", y: 2, height: (svg.clientHeight || 100) - tl.pad - 2 }) };
    svg.appendChild(drag.rect);
  });
  svg.addEventListener("pointermove", (evt) => {
    if (!drag) return;
    drag.b = tAt(evt);
    const r = svg.getBoundingClientRect();
    const xa = tl.pad + ((Math.min(drag.a, drag.b) - tl.t0) / (tl.t1 - tl.t0)) * (tl.W - 2 * tl.pad);
    const xb = tl.pad + ((Math.max(drag.a, drag.b) - tl.t0) / (tl.t1 - tl.t0)) * (tl.W - 2 * tl.pad);
    drag.rect.setAttribute("x", xa);
    drag.rect.setAttribute("width", Math.max(1, xb - xa));
    void r;
  });
  svg.addEventListener("pointerup", () => {
    if (!drag) return;
    const a = Math.min(drag.a, drag.b), b = Math.max(drag.a, drag.b);
    drag = null;
    if (b - a < 86400000 / 2) { drawTimeline(lastStats); return; } // a click, not a drag
    state.filters.date_from = iso(a);
    state.filters.date_to = iso(b);
    state.page = 0;
    stateToForm();
    refresh();
  });
  $("#clear-brush").addEventListener("click", () => {
    delete state.filters.date_from; delete state.filters.date_to; state.page = 0; stateToForm(); refresh();
  });

  // ---------------------------------------------------------------------------------------------
  // table
  // ---------------------------------------------------------------------------------------------
  const tbody = $("#events tbody");
  for (const th of document.querySelectorAll("#events th[data-sort]")) {
    th.addEventListener("click", () => {
      const k = th.dataset.sort;
      state.sort = state.sort === "-" + k ? k : state.sort === k ? "-" + k : (k === "event_date" || k === "fatalities" || k === "injured" ? "-" + k : k);
      state.page = 0;
      refresh();
    });
  }
  function markSort() {
    for (const th of document.querySelectorAll("#events th[data-sort]")) {
      const k = th.dataset.sort;
      if (state.sort === k) th.setAttribute("aria-sort", "ascending");
      else if (state.sort === "-" + k) th.setAttribute("aria-sort", "descending");
      else th.removeAttribute("aria-sort");
    }
  }

  function drawTable(page) {
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    for (const e of page.events) {
      const tr = el("tr", { dataset: { eventId: e.event_id }, onclick: () => openEvent(e.event_id) },
        el("td", { text: fmt(e.event_date) }),
        el("td", {}, el("span", { class: "swatch " + (TYPE_CLASS[e.event_type] || "t-none") }), " ", fmt(e.event_type)),
        el("td", { text: fmt(e.sub_event_type) }),
        el("td", { text: fmt(e.actor1) }),
        el("td", { text: fmt(e.actor2) }),
        el("td", { text: fmt(e.location) }),
        el("td", { text: fmt(e.country) }),
        el("td", { class: "num", text: fmt(e.fatalities) }),
        el("td", { class: "num", text: fmt(e.injured) }),
        el("td", {}, el("span", { class: "badge " + e.source_kind, text: e.source_kind === "claim" ? `claim: ${fmt(e.claimed_by)}` : fmt(e.source_kind) })),
        el("td", { text: fmt(e.source) }));
      if (e.event_id === state.event) tr.classList.add("selected");
      tbody.appendChild(tr);
    }
    const a = page.total ? page.offset + 1 : 0, b = page.offset + page.events.length;
    $("#page-info").textContent = `${a}–${b} of ${page.total}`;
    $("#prev").disabled = page.offset === 0;
    $("#next").disabled = b >= page.total;
  }
  $("#prev").addEventListener("click", () => { state.page = Math.max(0, state.page - 1); refresh({ only: "table" }); });
  $("#next").addEventListener("click", () => { state.page += 1; refresh({ only: "table" }); });

  // ---------------------------------------------------------------------------------------------
  // loading
  // ---------------------------------------------------------------------------------------------
  let lastStats = null;
  let seq = 0;

  async function refresh(opts) {
    const only = opts && opts.only;
    writeUrl();
    markSort();
    const mine = ++seq;
    const fp = filterParams();
    const pageParams = new URLSearchParams(fp);
    pageParams.set("limit", String(PAGE));
    pageParams.set("offset", String(state.page * PAGE));
    pageParams.set("sort", state.sort);
    try {
      const jobs = [api("/api/events", pageParams)];
      if (only !== "table") {
        const geo = new URLSearchParams(fp);
        geo.set("format", "geojson");
        geo.set("limit", String(GEO_LIMIT));
        geo.set("properties", "map");
        jobs.push(api("/api/events", geo), api("/api/stats", statsParams()));
      }
      const [page, fc, stats] = await Promise.all(jobs);
      if (mine !== seq) return;
      drawTable(page);
      if (fc) {
        drawMap(fc);
        lastStats = stats;
        drawTimeline(stats);
        $("#summary").textContent = `${page.total} events` + (fc.truncated ? ` (map shows the first ${fc.features.length})` : "") +
          ` · ${stats.fatalities} killed in the filtered events`;
      }
      document.body.dataset.ready = String(mine);
    } catch (err) {
      $("#summary").textContent = "Error: " + err.message;
      $("#summary").classList.add("error");
    }
  }

  function statsParams() {
    const p = filterParams();
    // the timeline shows the whole span (the server ignores the date filter for it): pick a
    // period that keeps the number of bars readable
    p.set("interval", "auto");
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // detail panel: source text with each field's evidence highlighted at its offsets
  // ---------------------------------------------------------------------------------------------
  const panels = { empty: $("#panel-empty"), detail: $("#detail"), cluster: $("#cluster"), clusters: $("#clusters") };
  function showPanel(name) {
    for (const [k, node] of Object.entries(panels)) show(node, k === name);
  }

  function fieldClass(field, order) {
    let i = FIELD_ORDER.indexOf(field);
    if (i < 0) i = FIELD_ORDER.length + order.indexOf(field);
    return "f" + (i % 10);
  }

  /** The document text as text nodes, with <mark> around each field's evidence span. */
  function highlighted(text, mention, fieldEvidence) {
    const spans = [];
    for (const [field, list] of Object.entries(fieldEvidence || {})) {
      for (const s of list) if (s.end > s.start) spans.push({ field, start: s.start, end: s.end });
    }
    const extra = Object.keys(fieldEvidence || {}).filter((f) => !FIELD_ORDER.includes(f)).sort();
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    if (mention) { cuts.add(mention.start); cuts.add(mention.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const box = el("div", { class: "src-text", "data-testid": "source-text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter((s) => s.start <= a && s.end >= b);
      let node;
      if (covering.length) {
        // the narrowest span decides the colour; all covering fields are named in the title
        covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
        const top = covering[0];
        node = el("mark", {
          class: "ev " + fieldClass(top.field, extra),
          title: covering.map((s) => s.field).join(", "),
          dataset: { field: top.field, fields: covering.map((s) => s.field).join(" "), start: a, end: b },
          text: piece,
        });
      } else {
        node = document.createTextNode(piece);
      }
      if (mention && a >= mention.start && b <= mention.end) {
        node = el("span", { class: "mention" }, node);
      }
      box.appendChild(node);
    }
    return box;
  }

  async function openEvent(id) {
    state.event = id; state.cluster = null; state.clusters = false;
    writeUrl();
    for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("selected", tr.dataset.eventId === id);
    const box = panels.detail;
    let e;
    try {
      e = await api("/api/events/" + encodeURIComponent(id));
    } catch (err) {
      while (box.firstChild) box.removeChild(box.firstChild);
      box.appendChild(el("p", { class: "error", text: "Cannot open event: " + err.message }));
      showPanel("detail");
      return;
    }
    while (box.firstChild) box.removeChild(box.firstChild);
    const extra = Object.keys(e.field_evidence || {}).filter((f) => !FIELD_ORDER.includes(f)).sort();
    const sw = (field) => (e.field_evidence && e.field_evidence[field] ? el("span", { class: "swatch " + fieldClass(field, extra) }) : null);
    const row = (label, value, field) => [el("dt", {}, sw(field), label), el("dd", { text: fmt(value) })];
    const range = (best, lo, hi) => (best === null || best === undefined ? null :
      (lo !== null && hi !== null && (lo !== best || hi !== best) ? `${best} (${lo}–${hi})` : String(best)));
    box.appendChild(el("h2", { text: `${fmt(e.event_type)} · ${fmt(e.location)}, ${fmt(e.country)}` }));
    const actions = el("p", {});
    if (e.cluster_id) actions.appendChild(el("button", { type: "button", class: "link", id: "open-cluster", onclick: () => openCluster(e.cluster_id), text: "Open its cluster (all reports of this event)" }));
    box.appendChild(actions);
    box.appendChild(el("dl", { class: "fields" },
      row("date", e.event_date + (e.event_date_end && e.event_date_end !== e.event_date ? " – " + e.event_date_end : ""), "date"),
      row("time precision", e.time_precision),
      row("event type", e.event_type, "event_type"),
      row("sub-event type", e.sub_event_type),
      row("actor 1", e.actor1, "actor1"),
      row("assoc. actor 1", (e.assoc_actor_1 || []).join("; ")),
      row("actor 2", e.actor2, "actor2"),
      row("assoc. actor 2", (e.assoc_actor_2 || []).join("; ")),
      row("interaction", e.interaction),
      row("place", [e.location, e.admin1, e.country].filter(Boolean).join(", "), "place"),
      row("coordinates", e.latitude !== null ? `${e.latitude}, ${e.longitude} (precision ${e.geo_precision})` : null),
      row("killed", range(e.fatalities, e.fatalities_low, e.fatalities_high), "fatalities"),
      row("injured", range(e.injured, e.injured_low, e.injured_high), "injured"),
      row("casualties", e.casualties, "casualties"),
      row("voice", e.source_kind === "claim" ? `claim by ${fmt(e.claimed_by)}` : e.source_kind),
      row("source", [e.source, e.published].filter(Boolean).join(", ")),
      row("confidence", e.confidence),
      ...extra.map((f) => row(f, (e.field_evidence[f] || []).map((s) => s.text).join(" | "), f)),
    ));
    box.appendChild(el("h3", { text: "Notes (generated)" }));
    box.appendChild(el("p", { text: fmt(e.notes) }));
    box.appendChild(el("h3", { text: "Source text, evidence highlighted" }));
    const doc = e.document;
    if (doc) {
      box.appendChild(el("p", { class: "rules", text: [doc.source, doc.published, doc.title, doc.path].filter(Boolean).join(" · ") }));
      box.appendChild(highlighted(doc.text, e.evidence, e.field_evidence));
    }
    box.appendChild(el("h3", { text: "Rules that fired" }));
    box.appendChild(el("p", { class: "rules", text: (e.rules || []).join(", ") || "—" }));
    showPanel("detail");
    // bring the mention into view inside the text box (not the page)
    const src = box.querySelector(".src-text"), first = box.querySelector(".src-text .mention, .src-text mark.ev");
    if (src && first) src.scrollTop = Math.max(0, first.offsetTop - src.offsetTop - 40);
  }

  // ---------------------------------------------------------------------------------------------
  // cluster view: a claim beside its corroborating and relaying reports, figures side by side
  // ---------------------------------------------------------------------------------------------
  async function openCluster(id) {
    state.cluster = id; state.event = null; state.clusters = false;
    writeUrl();
    const box = panels.cluster;
    while (box.firstChild) box.removeChild(box.firstChild);
    let c;
    try {
      c = await api("/api/clusters/" + encodeURIComponent(id));
    } catch (err) {
      box.appendChild(el("p", { class: "error", text: "Cannot open cluster: " + err.message }));
      showPanel("cluster");
      return;
    }
    box.appendChild(el("h2", { text: `${fmt(c.event_type)} · ${fmt(c.location)}, ${fmt(c.country)} · ${fmt(c.event_date)}` }));
    box.appendChild(el("p", { text: `${c.n_sources} sources. Killed: ${fmt(c.fatalities)} (${fmt(c.fatalities_basis)}); range across sources ${fmt(c.fatalities_min)}–${fmt(c.fatalities_max)}.` }));
    for (const chk of c.claims || []) {
      const status = { "corroborated": `corroborated by ${chk.n_reports} independent report(s)`,
        "contradicted": "contradicted by independent reports", "only-relayed": "only relayed by others, no independent report",
        "uncorroborated": "no independent report" }[chk.status] || String(chk.status);
      const parts = [`Claim by ${chk.claimed_by}: ${status}`];
      if (chk.claimed_fatalities !== null || chk.reported_fatalities !== null) {
        parts.push(` · killed: claimed ${fmt(chk.claimed_fatalities)} vs reported ${fmt(chk.reported_fatalities)}` + (chk.fatalities_ratio !== null ? ` (×${chk.fatalities_ratio})` : ""));
      }
      if (chk.claimed_injured !== null || chk.reported_injured !== null) {
        parts.push(` · injured: claimed ${fmt(chk.claimed_injured)} vs reported ${fmt(chk.reported_injured)}`);
      }
      if (chk.date_agrees !== null) parts.push(` · date ${chk.date_agrees ? "agrees" : "differs"}`);
      if (chk.place_agrees !== null) parts.push(` · place ${chk.place_agrees ? "agrees" : "differs"}`);
      if (chk.relaying && chk.relaying.length) parts.push(` · relayed by ${chk.relaying.length} other source(s)`);
      box.appendChild(el("p", { class: "check", dataset: { status: chk.status }, text: parts.join("") }));
    }
    for (const d of c.disagreements || []) {
      const vals = Object.entries(d.values).map(([v, ids]) => `${v} (${ids.length})`).join("; ");
      box.appendChild(el("p", { class: "check", text: `Sources disagree on ${d.field}: ${vals}` + (d.note ? ` — ${d.note}` : "") }));
    }
    // the party's own statements first, then the sources that only relay them, then independent reports
    const rank = (s) => (s.source_kind === "claim" && s.independent !== false ? 0 : s.independent === false ? 1 : 2);
    const sources = [...c.sources].sort((a, b) => rank(a) - rank(b));
    const cards = el("div", { class: "cards", "data-testid": "cluster-sources" });
    for (const s of sources) {
      const relayed = s.independent === false;
      const kind = relayed ? "relay" : s.source_kind === "claim" ? "claim" : "report";
      const label = relayed ? `relays ${fmt(s.relayed_from || s.claimed_by)}` : kind === "claim" ? `claim · ${fmt(s.claimed_by)}` : "independent report";
      cards.appendChild(el("div", { class: "card " + kind, dataset: { eventId: s.event_id, kind } },
        el("div", {}, el("span", { class: "badge " + kind, text: label })),
        el("div", { text: fmt(s.source) }),
        el("div", {}, el("span", { class: "fig", text: fmt(s.fatalities) }), " killed · ", el("span", { class: "fig", text: fmt(s.injured) }), " injured"),
        el("div", { text: `${fmt(s.event_date)} · ${fmt(s.location)} · ${fmt(s.event_type)}` }),
        el("div", { text: `by ${fmt(s.actor1)}` }),
        el("blockquote", { text: s.evidence ? s.evidence.text : "" }),
        el("button", { type: "button", class: "link", onclick: () => openEvent(s.event_id), text: "open this report" })));
    }
    box.appendChild(el("h3", { text: "Sources side by side" }));
    box.appendChild(cards);
    showPanel("cluster");
  }

  async function openClusters() {
    state.clusters = true; state.event = null; state.cluster = null;
    writeUrl();
    const box = panels.clusters;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.appendChild(el("h2", { text: "Clusters and claims" }));
    try {
      const [cl, ver] = await Promise.all([api("/api/clusters", new URLSearchParams({ limit: "200" })),
        api("/api/verify").catch((err) => ({ error: err.message }))]);
      if (ver.error) box.appendChild(el("p", { class: "error", text: ver.error }));
      else {
        box.appendChild(el("h3", { text: "Claims by party" }));
        const t = el("table", {}, el("thead", {}, el("tr", {}, ["party", "claims", "corroborated", "median claimed/reported killed"].map((h) => el("th", { text: h })))));
        const tb = el("tbody");
        for (const p of ver.parties) {
          tb.appendChild(el("tr", {}, el("td", { text: p.claimed_by }), el("td", { class: "num", text: p.claims }),
            el("td", { class: "num", text: p.corroborated }), el("td", { class: "num", text: fmt(p.median_fatalities_ratio) })));
        }
        t.appendChild(tb);
        box.appendChild(t);
      }
      box.appendChild(el("h3", { text: "Events reported by several sources" }));
      if (!cl.clusters.length) box.appendChild(el("p", { text: "No cluster with several sources (run `sitrep link`)." }));
      const ul = el("ul", { "data-testid": "cluster-list" });
      for (const c of cl.clusters) {
        ul.appendChild(el("li", {}, el("button", { type: "button", class: "link", dataset: { clusterId: c.cluster_id }, onclick: () => openCluster(c.cluster_id),
          text: `${fmt(c.event_date)} · ${fmt(c.location)}, ${fmt(c.country)} · ${c.n_sources} sources` + (c.has_claim ? " · with a claim" : "") })));
      }
      box.appendChild(ul);
    } catch (err) {
      box.appendChild(el("p", { class: "error", text: err.message }));
    }
    showPanel("clusters");
  }

  // ---------------------------------------------------------------------------------------------
  // start
  // ---------------------------------------------------------------------------------------------
  async function start() {
    legend();
    readUrl();
    try {
      const f = await api("/api/facets");
      fillSelect("country", f.country);
      fillSelect("event_type", f.event_type);
      fillSelect("sub_event_type", f.sub_event_type);
      fillSelect("claimed_by", f.claimed_by);
    } catch (err) {
      $("#summary").textContent = "Error: " + err.message;
    }
    stateToForm();
    await refresh();
    if (state.event) openEvent(state.event);
    else if (state.cluster) openCluster(state.cluster);
    else if (state.clusters) openClusters();
  }
  start();
})();
