/* The explorer's network: sigma.js (WebGL) over a graphology graph, laid out by ForceAtlas2 and
 * coloured by Louvain communities. The data is /api/network (compact rows); the page filters it here
 * exactly as hoedong/corpus/query.py filters events (tests/test_web_network.py holds the two equal):
 * an edge shows when one of its events passes every filter, a role edge when both its ends are named
 * by a passing event (or nothing is filtered), a node when one of its edges shows. */
(function () {
  "use strict";

  var TYPE_WORDS = { MEET: "회동", VISIT: "방문", PARTNER: "제휴", INVEST: "투자", role: "직함" };
  var STATUS_WORDS = { occurred: "열림", planned: "예정", requested: "요청", speculated: "관측", denied: "부인" };
  var PALETTE = ["#1f77b4", "#e45756", "#54a24b", "#b279a2", "#f58518", "#4c78a8", "#9d755d", "#eeca3b",
                 "#72b7b2", "#ff9da6", "#79706e", "#bab0ac"];
  var FADED = "#e4e7ec";
  var LABEL_SIZE = 13;
  var MAX_LABELS = 300;  // labels drawn at once, the most connected first

  var root = document.getElementById("network");
  var info = document.getElementById("network-info");
  var count = document.getElementById("network-count");
  var api = { ready: false };
  window.hoedongNetwork = api;

  if (!root) return;
  if (typeof Sigma === "undefined" || typeof graphology === "undefined" || typeof graphologyLibrary === "undefined") {
    document.getElementById("network-missing").hidden = false;
    count.textContent = "라이브러리 없음";
    return;
  }

  function seeded(seed) {  // mulberry32: the same corpus lays out and colours the same way every time
    return function () {
      seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function atPrecision(a, b) {  // compare two partial ISO dates at the precision both have
    var n = Math.min(a.length, b.length);
    var x = a.slice(0, n), y = b.slice(0, n);
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  performance.mark("network-start");
  fetch(root.dataset.source, { headers: { Accept: "application/json" } })
    .then(function (response) { return response.json(); })
    .then(build)
    .catch(function (error) { count.textContent = "그림을 그리지 못했습니다: " + error.message; throw error; });

  function build(data) {
    performance.mark("network-data");
    var ids = data.nodes.map(function (n) { return n[0]; });
    var events = data.events.map(function (e) {
      return { id: e[0], type: e[1], date: e[2], status: e[3], members: e[4], who: e[5] };
    });
    var graph = new graphology.Graph({ type: "undirected" });
    data.nodes.forEach(function (n) { graph.addNode(n[0], { label: n[1], kind: n[2], x: 0, y: 0, size: 3 }); });
    data.edges.forEach(function (e, k) {
      graph.addEdgeWithKey("e" + k, ids[e[0]], ids[e[1]], {
        relation: e[2], weight: e[3], last: e[4], events: e[5],
        size: Math.min(6, 0.6 + Math.log2(1 + e[3])), color: e[2] === "role" ? "#d0d5dd" : "#98a2b3" });
    });
    graph.forEachNode(function (node) {
      graph.setNodeAttribute(node, "size", 3 + 1.6 * Math.sqrt(graph.degree(node)));
    });
    colourCommunities(graph);
    placeByCommunity(graph);

    var state = { visibleNodes: new Set(), visibleEdges: new Set(), labelled: new Set(), hovered: null,
                  neighbours: null, focus: null, dragged: null, dragMoved: false };
    var renderer = new Sigma(graph, root, {
      enableEdgeEvents: true, zIndex: true, labelSize: LABEL_SIZE, labelWeight: "500",
      labelFont: getComputedStyle(document.body).fontFamily, labelRenderedSizeThreshold: 0,
      defaultEdgeType: "line", minCameraRatio: 0.02, maxCameraRatio: 20,
      nodeReducer: function (node, attrs) {
        var shown = state.visibleNodes.has(node);
        var out = Object.assign({}, attrs);
        if (!shown) { out.hidden = true; return out; }
        var lit = !state.neighbours || state.neighbours.has(node);
        if (!lit) { out.color = FADED; out.zIndex = 0; } else { out.zIndex = 1; }
        if (node === state.hovered || node === state.focus) out.highlighted = true;
        var labelled = state.labelled.has(node);
        out.label = labelled ? attrs.label : null;
        out.forceLabel = labelled;
        return out;
      },
      edgeReducer: function (edge, attrs) {
        var out = Object.assign({}, attrs);
        if (!state.visibleEdges.has(edge)) { out.hidden = true; return out; }
        if (state.neighbours) {
          var ends = graph.extremities(edge);
          var lit = state.hovered ? (ends[0] === state.hovered || ends[1] === state.hovered)
                                  : (state.neighbours.has(ends[0]) && state.neighbours.has(ends[1]));
          if (!lit) out.color = "#f2f4f7"; else { out.color = "#475467"; out.zIndex = 1; }
        }
        if (edge === state.hoveredEdge) { out.color = "#f04438"; out.size = attrs.size + 2; }
        return out;
      }
    });
    renderer.once("afterRender", function () { performance.mark("network-first-render"); });

    var controls = setUpControls(data, graph, events, state, renderer);
    setUpInteraction(graph, events, state, renderer, controls);
    api.renderer = renderer;
    api.graph = graph;
    api.state = state;
    api.events = events;
    api.visibleNodes = function () { return Array.from(state.visibleNodes).sort(); };
    api.visibleEdges = function () {
      return Array.from(state.visibleEdges).map(function (e) { return graph.extremities(e).slice().sort().join(" "); }).sort();
    };
    api.labelBoxes = function () { return state.boxes || []; };
    api.viewportOf = function (node) {
      var d = renderer.getNodeDisplayData(node);
      return renderer.framedGraphToViewport(d);
    };
    api.edgeMiddle = function (edge) {
      var ends = graph.extremities(edge).map(api.viewportOf);
      return { x: (ends[0].x + ends[1].x) / 2, y: (ends[0].y + ends[1].y) / 2 };
    };
    controls.apply();
    layOut(graph, renderer, state, function () {
      performance.mark("network-layout-done");
      renderer.refresh();
      placeLabels(graph, renderer, state);
      api.ready = true;
      root.dataset.ready = "1";
    });
  }

  function colourCommunities(graph) {
    if (graph.size === 0) return;
    graphologyLibrary.communitiesLouvain.assign(graph, { rng: seeded(11), getEdgeWeight: "weight" });
    var sizes = {};
    graph.forEachNode(function (n, a) { sizes[a.community] = (sizes[a.community] || 0) + 1; });
    var ranked = Object.keys(sizes).sort(function (a, b) { return sizes[b] - sizes[a] || a - b; });
    var rank = {};
    ranked.forEach(function (c, i) { rank[c] = i; });
    graph.forEachNode(function (n, a) {
      var r = rank[a.community];
      graph.setNodeAttribute(n, "color", sizes[a.community] < 2 ? "#98a2b3" : (r < PALETTE.length ? PALETTE[r] : hue(r)));
    });
  }

  function hue(rank) {  // beyond the palette: hues a golden angle apart, as hex (what sigma reads)
    var h = (rank * 137.508) % 360 / 60, s = 0.5, l = 0.55;
    var c = (1 - Math.abs(2 * l - 1)) * s, x = c * (1 - Math.abs(h % 2 - 1)), m = l - c / 2;
    var rgb = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]][Math.floor(h) % 6];
    return "#" + rgb.map(function (v) { return ("0" + Math.round((v + m) * 255).toString(16)).slice(-2); }).join("");
  }

  function placeByCommunity(graph) {
    /* Start each community around its own point of a sunflower spiral, the largest in the middle,
     * so ForceAtlas2 starts near an answer and needs few iterations on a large graph. */
    var random = seeded(7), members = {};
    graph.forEachNode(function (n, a) { (members[a.community] = members[a.community] || []).push(n); });
    var groups = Object.keys(members).sort(function (a, b) { return members[b].length - members[a].length || a - b; });
    var golden = Math.PI * (3 - Math.sqrt(5)), placed = 0;
    groups.forEach(function (group, i) {
      var size = members[group].length;
      var distance = 12 * Math.sqrt(placed + size / 2), angle = i * golden, radius = 4 * Math.sqrt(size);
      var cx = distance * Math.cos(angle), cy = distance * Math.sin(angle);
      members[group].forEach(function (n) {
        var r = radius * Math.sqrt(random()), t = 2 * Math.PI * random();
        graph.mergeNodeAttributes(n, { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) });
      });
      placed += size;
    });
  }

  function layOut(graph, renderer, state, done) {
    /* ForceAtlas2 in slices, so the page answers while it settles: a small graph to the end, a large
     * one for a time budget (it starts from its communities' places); redrawn a few times a second. */
    var fa2 = graphologyLibrary.layoutForceAtlas2;
    var big = graph.order > 1000;
    var settings = Object.assign(fa2.inferSettings(graph), { barnesHutOptimize: big, gravity: 3, strongGravityMode: true });
    var total = big ? 200 : 300, slice = big ? 1 : 30, budget = 4000, doneSoFar = 0;
    var began = performance.now(), drawn = began;
    function step() {
      var sliceStart = performance.now();
      while (doneSoFar < total && performance.now() - sliceStart < 40) {
        if (graph.order > 0) fa2.assign(graph, { iterations: slice, settings: settings });
        doneSoFar += slice;
      }
      var now = performance.now(), finished = doneSoFar >= total || (big && now - began > budget);
      if (finished || now - drawn > 300) { renderer.refresh(); drawn = now; }
      if (finished) done(); else requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  }

  function placeLabels(graph, renderer, state) {
    /* The labels drawn: the most connected first, each only where it overlaps no label drawn and
     * lies on screen; zooming in makes room for more. */
    var context = placeLabels.context || (placeLabels.context = document.createElement("canvas").getContext("2d"));
    context.font = "500 " + LABEL_SIZE + "px " + getComputedStyle(document.body).fontFamily;
    var dims = renderer.getDimensions();
    var candidates = Array.from(state.visibleNodes).filter(function (n) {
      return !state.neighbours || state.neighbours.has(n);
    });
    candidates.sort(function (a, b) {
      var pa = (a === state.hovered || a === state.focus) ? 1 : 0, pb = (b === state.hovered || b === state.focus) ? 1 : 0;
      return pb - pa || graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1);
    });
    var boxes = [], chosen = new Set();
    for (var i = 0; i < candidates.length && chosen.size < MAX_LABELS; i++) {
      var node = candidates[i];
      var display = renderer.getNodeDisplayData(node);
      if (!display) continue;
      var at = renderer.framedGraphToViewport(display);
      var radius = renderer.scaleSize(display.size);
      var label = graph.getNodeAttribute(node, "label") || "";
      var box = { node: node, x: at.x + radius + 2, y: at.y - LABEL_SIZE / 2 - 2,
                  w: context.measureText(label).width + 4, h: LABEL_SIZE + 4 };
      if (box.x > dims.width || box.x + box.w < 0 || box.y > dims.height || box.y + box.h < 0) continue;
      var clash = boxes.some(function (o) {
        return box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h;
      });
      if (clash) continue;
      boxes.push(box);
      chosen.add(node);
    }
    var same = chosen.size === state.labelled.size && Array.from(chosen).every(function (n) { return state.labelled.has(n); });
    state.boxes = boxes;
    if (!same) {
      state.labelled = chosen;
      renderer.refresh({ skipIndexation: true });
    }
  }

  function setUpControls(data, graph, events, state, renderer) {
    var params = new URLSearchParams(location.search);
    var months = monthsOf(events);
    var since = document.getElementById("since-range"), until = document.getElementById("until-range");
    var rangeText = document.getElementById("range-text");
    var typeBox = document.getElementById("type-filter"), statusBox = document.getElementById("status-filter");
    var orgBox = document.getElementById("org-filter"), depthBox = document.getElementById("depth-filter");
    var search = document.getElementById("network-search"), names = document.getElementById("network-names");
    since.max = until.max = String(Math.max(0, months.length - 1));
    since.value = String(indexOf(months, params.get("since"), 0));
    until.value = String(indexOf(months, params.get("until"), months.length - 1));
    if (months.length < 2) { since.disabled = until.disabled = true; }
    var orgs = data.nodes.filter(function (n) { return n[2] === "ORG" || n[2] === "PROJECT"; })
      .sort(function (a, b) { return a[1] < b[1] ? -1 : (a[1] > b[1] ? 1 : 0); });
    orgs.forEach(function (n) { orgBox.appendChild(el("option", n[1], { value: n[0] })); });
    if (params.get("org")) orgBox.value = params.get("org");
    data.nodes.forEach(function (n) { names.appendChild(el("option", null, { value: n[1] })); });
    if (params.get("depth")) depthBox.value = params.get("depth");
    if (params.get("focus") && graph.hasNode(params.get("focus"))) state.focus = params.get("focus");

    function current() {
      var lo = Number(since.value), hi = Number(until.value);
      if (lo > hi) { var t = lo; lo = hi; hi = t; }
      return {
        type: typeBox.value || null, status: statusBox.value || null, org: orgBox.value || null,
        since: months.length && lo > 0 ? months[lo] : null,
        until: months.length && hi < months.length - 1 ? months[hi] : null
      };
    }

    function passes(event, f) {
      if (f.type && event.type !== f.type) return false;
      if (f.status && event.status !== f.status) return false;
      if (f.since && !(event.date && atPrecision(event.date, f.since) >= 0)) return false;
      if (f.until && !(event.date && atPrecision(event.date, f.until) <= 0)) return false;
      if (f.org && event.members.indexOf(orgIndex[f.org]) < 0) return false;
      return true;
    }
    var orgIndex = {};
    data.nodes.forEach(function (n, i) { orgIndex[n[0]] = i; });

    function apply() {
      var f = current();
      var active = Boolean(f.type || f.status || f.org || f.since || f.until);
      var passing = events.map(function (e) { return passes(e, f); });
      var named = new Set();
      events.forEach(function (e, i) { if (passing[i]) e.members.forEach(function (m) { named.add(data.nodes[m][0]); }); });
      var edges = new Set(), nodes = new Set();
      graph.forEachEdge(function (edge, attrs, a, b) {
        var shown = attrs.relation === "role" ? (!active || (named.has(a) && named.has(b)))
                                              : attrs.events.some(function (i) { return passing[i]; });
        if (shown) { edges.add(edge); nodes.add(a); nodes.add(b); }
      });
      if (state.focus && nodes.has(state.focus)) {
        var near = within(graph, state.focus, Number(depthBox.value), nodes, edges);
        edges.forEach(function (edge) {
          var ends = graph.extremities(edge);
          if (!near.has(ends[0]) || !near.has(ends[1])) edges.delete(edge);
        });
        nodes = near;
      }
      state.visibleNodes = nodes;
      state.visibleEdges = edges;
      state.passing = passing;
      var kept = passing.filter(Boolean).length;
      count.textContent = "노드 " + nodes.size + "개, 연결 " + edges.size + "개, 사건 " + kept + "건";
      root.dataset.nodes = String(nodes.size);
      root.dataset.edges = String(edges.size);
      rangeText.textContent = (f.since || (months[0] || "처음")) + " ~ " + (f.until || (months[months.length - 1] || "끝")) +
        (f.since || f.until ? "" : " (전체, 날짜 미상 포함)");
      document.getElementById("since-value").value = f.since || "";
      document.getElementById("until-value").value = f.until || "";
      document.getElementById("focus-value").value = state.focus || "";
      var query = new URLSearchParams();
      ["type", "status", "org", "since", "until"].forEach(function (k) { if (f[k]) query.set(k, f[k]); });
      Array.prototype.forEach.call(document.querySelectorAll("a.export"), function (link) {
        var q = new URLSearchParams(query); q.set("format", link.dataset.format);
        link.href = "/api/export?" + q.toString();
      });
      if (state.focus) { query.set("focus", state.focus); query.set("depth", depthBox.value); }
      history.replaceState(null, "", "/network" + (query.toString() ? "?" + query.toString() : ""));
      renderer.refresh({ skipIndexation: true });
      placeLabels(graph, renderer, state);
      api.filters = f;
    }

    [since, until].forEach(function (box) { box.addEventListener("input", apply); });
    [typeBox, statusBox, orgBox, depthBox].forEach(function (box) { box.addEventListener("change", apply); });
    document.getElementById("network-controls").addEventListener("submit", function (e) { e.preventDefault(); focusOn(search.value); });
    search.addEventListener("change", function () { focusOn(search.value); });
    document.getElementById("focus-clear").addEventListener("click", function () { state.focus = null; search.value = ""; apply(); });

    function focusOn(text) {
      text = (text || "").trim();
      if (!text) return;
      var found = null;
      graph.forEachNode(function (n, a) { if (!found && a.label === text) found = n; });
      graph.forEachNode(function (n, a) { if (!found && a.label.indexOf(text) >= 0) found = n; });
      if (!found) { count.textContent = "‘" + text + "’을(를) 찾지 못했습니다"; return; }
      state.focus = found;
      apply();
      var d = renderer.getNodeDisplayData(found);
      renderer.getCamera().animate({ x: d.x, y: d.y, ratio: 0.5 }, { duration: 300 });
      describeNode(graph, found, state);
    }
    api.focusOn = focusOn;
    return { apply: apply };
  }

  function within(graph, centre, depth, nodes, edges) {
    var seen = new Set([centre]), frontier = [centre];
    for (var step = 0; step < depth; step++) {
      var next = [];
      frontier.forEach(function (node) {
        graph.forEachEdge(node, function (edge, attrs, a, b) {
          if (!edges.has(edge)) return;
          var other = a === node ? b : a;
          if (nodes.has(other) && !seen.has(other)) { seen.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return seen;
  }

  function monthsOf(events) {
    var known = new Set();
    events.forEach(function (e) { if (e.date) known.add(e.date.slice(0, 4) + (e.date.length >= 7 ? e.date.slice(4, 7) : "-01")); });
    var sorted = Array.from(known).sort();
    if (!sorted.length) return [];
    var months = [], y = Number(sorted[0].slice(0, 4)), m = Number(sorted[0].slice(5, 7));
    var last = sorted[sorted.length - 1];
    while (true) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      months.push(key);
      if (key >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }

  function indexOf(months, value, fallback) {
    if (!value) return fallback;
    var i = months.indexOf(value.slice(0, 7));
    return i < 0 ? fallback : i;
  }

  function describeNode(graph, node, state) {
    var a = graph.getNodeAttributes(node);
    info.replaceChildren();
    var title = el("h2");
    title.appendChild(el("a", a.label, { href: "/entities/" + encodeURIComponent(node) }));
    info.appendChild(title);
    info.appendChild(el("p", (a.kind === "PERSON" ? "사람" : "기업·기관") + " · 보이는 연결 " +
      graph.edges(node).filter(function (e) { return state.visibleEdges.has(e); }).length + "개", { class: "meta" }));
    var list = el("ul", null, { class: "neighbours" });
    graph.neighbors(node).filter(function (n) { return state.visibleNodes.has(n); }).slice(0, 30).forEach(function (n) {
      var item = el("li");
      item.appendChild(el("a", graph.getNodeAttribute(n, "label"), { href: "/entities/" + encodeURIComponent(n) }));
      list.appendChild(item);
    });
    info.appendChild(list);
  }

  function describeEdge(graph, edge, events, state) {
    var attrs = graph.getEdgeAttributes(edge);
    var ends = graph.extremities(edge).map(function (n) { return graph.getNodeAttribute(n, "label"); });
    info.replaceChildren();
    info.appendChild(el("h2", ends[0] + " — " + ends[1]));
    if (attrs.relation === "role") {
      info.appendChild(el("p", "직함으로 이어짐 (기사에 나온 소속)", { class: "meta" }));
      return;
    }
    var shown = attrs.events.filter(function (i) { return !state.passing || state.passing[i]; });
    info.appendChild(el("p", "사건 " + shown.length + "건", { class: "meta" }));
    var list = el("ul", null, { class: "edge-events" });
    shown.forEach(function (i) {
      var e = events[i];
      var item = el("li", null, { "data-event": e.id });
      item.appendChild(el("span", (e.date || "날짜 미상") + " ", { class: "date" }));
      item.appendChild(el("a", (TYPE_WORDS[e.type] || e.type) + ": " + e.who, { href: "/events/" + encodeURIComponent(e.id) }));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(el("span", STATUS_WORDS[e.status] || e.status, { class: "status status-" + e.status }));
      list.appendChild(item);
    });
    info.appendChild(list);
  }

  function setUpInteraction(graph, events, state, renderer, controls) {
    var pending = false;
    renderer.getCamera().on("updated", function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; placeLabels(graph, renderer, state); });
    });
    renderer.on("enterNode", function (e) {
      if (state.dragged) return;
      state.hovered = e.node;
      state.neighbours = new Set(graph.neighbors(e.node).filter(function (n) { return state.visibleNodes.has(n); }));
      state.neighbours.add(e.node);
      describeNode(graph, e.node, state);
      root.dataset.hovered = e.node;
      renderer.refresh({ skipIndexation: true });
      placeLabels(graph, renderer, state);
    });
    renderer.on("leaveNode", function () {
      if (state.dragged) return;
      state.hovered = null;
      state.neighbours = null;
      delete root.dataset.hovered;
      renderer.refresh({ skipIndexation: true });
      placeLabels(graph, renderer, state);
    });
    renderer.on("enterEdge", function (e) {
      state.hoveredEdge = e.edge;
      root.dataset.hoveredEdge = e.edge;
      describeEdge(graph, e.edge, events, state);
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("leaveEdge", function () {
      state.hoveredEdge = null;
      delete root.dataset.hoveredEdge;
      renderer.refresh({ skipIndexation: true });
    });
    renderer.on("clickEdge", function (e) {
      var attrs = graph.getEdgeAttributes(e.edge);
      var shown = attrs.events.filter(function (i) { return !state.passing || state.passing[i]; });
      if (shown.length === 1) location.assign("/events/" + encodeURIComponent(events[shown[0]].id));
      else describeEdge(graph, e.edge, events, state);
    });
    renderer.on("clickNode", function (e) {
      if (state.dragMoved) { state.dragMoved = false; return; }
      location.assign("/entities/" + encodeURIComponent(e.node));
    });
    renderer.on("downNode", function (e) {
      state.dragged = e.node;
      state.dragMoved = false;
      if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
    });
    renderer.on("moveBody", function (e) {
      if (!state.dragged) return;
      var at = renderer.viewportToGraph(e.event);
      graph.mergeNodeAttributes(state.dragged, { x: at.x, y: at.y });
      state.dragMoved = true;
      e.event.preventSigmaDefault();
      if (e.event.original.cancelable) e.event.original.preventDefault();
      e.event.original.stopPropagation();
    });
    function release() {
      if (!state.dragged) return;
      state.dragged = null;
      placeLabels(graph, renderer, state);
    }
    renderer.on("upNode", release);
    renderer.on("upStage", release);
  }
})();
