"""The interactive network and the timelines in headless Chromium, over the sample corpus: what the
page draws is what the API returns for the same filters; zoom, pan, drag, hover and click act on
it; labels never overlap; the console stays clean and no request leaves loopback.

One server and one browser for the module (the sample database is the one test_web_api.py builds).
Set HOEDONG_SCREENSHOTS=DIR to keep the screenshots (`make screenshots` writes docs/screenshots/).
"""

from __future__ import annotations

import io
import time
import urllib.parse
import urllib.request

import networkx as nx
import pytest
from test_web_api import sample_db, serving
from test_web_browser import CHROMIUM, DRIVER, chromium, off_loopback, page_log, shoot  # noqa: F401 - a fixture

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra: pip install -e '.[test]'")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="no chromium/chromedriver: run `make browser`")
NETWORK = "return window.hoedongNetwork"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(sample_db(tmp_path_factory)) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def _open(browser, server, query: str = "") -> None:
    browser.get(server.base + "/network" + query)
    WebDriverWait(browser, 90).until(lambda d: d.execute_script(NETWORK + " && window.hoedongNetwork.ready"))


def _js(browser, expression: str, *args):
    return browser.execute_script(f"const net = window.hoedongNetwork; return {expression};", *args)


def _api_graph(server, **params) -> tuple[list[str], list[str]]:
    status, graph = server.get("/api/graph", **params)
    assert status == 200
    return (sorted(n["id"] for n in graph["nodes"]),
            sorted(" ".join(sorted((e["source"], e["target"]))) for e in graph["edges"]))


def _drawn(browser) -> tuple[list[str], list[str]]:
    return _js(browser, "net.visibleNodes()"), _js(browser, "net.visibleEdges()")


def _pointer(browser, x: float, y: float) -> ActionChains:
    """Actions starting with the pointer at (x, y) of the drawing, which is scrolled into view."""
    left, top = browser.execute_script("const box = document.getElementById('network'); box.scrollIntoView();"
                                       "const r = box.getBoundingClientRect(); return [r.left, r.top];")
    actions = ActionChains(browser)
    actions.w3c_actions.pointer_action.move_to_location(int(left + x), int(top + y))
    return actions


def _steps(actions: ActionChains, dx: int, dy: int, count: int = 8) -> ActionChains:
    """A move in small steps, as a hand makes it (sigma starts a pan after a few moves)."""
    for _ in range(count):
        actions = actions.move_by_offset(dx // count, dy // count).pause(0.02)
    return actions


def _boxes_apart(boxes: list[dict]) -> bool:
    return all(a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or a["y"] + a["h"] <= b["y"]
               or b["y"] + b["h"] <= a["y"] for i, a in enumerate(boxes) for b in boxes[i + 1:])


def _ratio(browser) -> float:
    return _js(browser, "net.renderer.getCamera().ratio")


def _clear_spot(browser) -> dict:
    """A point of the drawing with no node within 40 pixels."""
    return _js(browser, """(() => {
        const dims = net.renderer.getDimensions(), at = net.visibleNodes().map(net.viewportOf);
        for (let y = 30; y < dims.height - 30; y += 20) for (let x = 30; x < dims.width - 30; x += 20)
          if (at.every(p => Math.hypot(p.x - x, p.y - y) > 40)) return {x, y};
        return null; })()""")


# ---- what is drawn -------------------------------------------------------------------------------

def test_network_draws_what_the_api_returns_with_labels_apart(server, browser, shoot):  # noqa: F811 - the fixture imported above
    page_log(browser)
    _open(browser, server)
    nodes, edges = _drawn(browser)
    assert (nodes, edges) == _api_graph(server) and len(nodes) > 40
    assert browser.find_elements(By.CSS_SELECTOR, "#network canvas"), "sigma draws on canvases"
    count = browser.find_element(By.ID, "network-count").text
    assert f"노드 {len(nodes)}개" in count and f"연결 {len(edges)}개" in count
    boxes = _js(browser, "net.labelBoxes()")
    assert len(boxes) >= 10 and _boxes_apart(boxes), "labels are drawn, and none overlaps another"
    colours = _js(browser, "new Set(net.visibleNodes().map(n => net.graph.getNodeAttribute(n, 'color'))).size")
    assert colours >= 3, "communities are coloured"
    shoot(browser, "network")
    errors, urls = page_log(browser)
    assert not errors, errors
    assert not off_loopback(urls), off_loopback(urls)
    paths = {urllib.parse.urlsplit(u).path for u in urls}
    assert {"/api/network", "/static/vendor/sigma.min.js", "/static/vendor/graphology.umd.min.js"} <= paths
    assert "sigma.js" in browser.find_element(By.CSS_SELECTOR, ".credits").text, "the licence is credited"


def test_network_pans_and_zooms_and_labels_follow_the_zoom(server, browser):
    _open(browser, server)
    camera = _js(browser, "net.renderer.getCamera().getState()")
    spot = _clear_spot(browser)
    assert spot, "somewhere to grab the background"
    _steps(_pointer(browser, spot["x"], spot["y"]).click_and_hold(), 120, 80).release().perform()
    time.sleep(0.5)
    moved = _js(browser, "net.renderer.getCamera().getState()")
    assert (moved["x"], moved["y"]) != (camera["x"], camera["y"]), "dragging the background pans"
    assert browser.current_url.split("?")[0].endswith("/network")
    canvas = browser.find_element(By.ID, "network")
    start, shown = _ratio(browser), len(_js(browser, "net.labelBoxes()"))
    ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(canvas), 0, 600).perform()  # out
    WebDriverWait(browser, 10).until(lambda d: _ratio(d) > start * 1.5)
    time.sleep(0.6)  # the zoom animation ends
    zoomed_out = _js(browser, "net.labelBoxes()")
    assert _boxes_apart(zoomed_out) and len(zoomed_out) < shown, "fewer labels fit when the drawing is small"
    for _ in range(3):
        ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(canvas), 0, -600).perform()  # in
        time.sleep(0.4)
    WebDriverWait(browser, 10).until(lambda d: _ratio(d) < start)
    time.sleep(0.6)
    assert _boxes_apart(_js(browser, "net.labelBoxes()"))


def test_network_drags_a_node_without_opening_it(server, browser):
    _open(browser, server)
    node = _js(browser, "net.labelBoxes()[0].node")
    before = _js(browser, "net.viewportOf(arguments[0])", node)
    graph_before = _js(browser, "net.graph.getNodeAttributes(arguments[0])", node)
    _steps(_pointer(browser, before["x"], before["y"]).click_and_hold(), 80, 60).release().perform()
    time.sleep(0.3)
    after = _js(browser, "net.viewportOf(arguments[0])", node)
    graph_after = _js(browser, "net.graph.getNodeAttributes(arguments[0])", node)
    assert (graph_after["x"], graph_after["y"]) != (graph_before["x"], graph_before["y"])
    assert abs(after["x"] - before["x"] - 80) < 12 and abs(after["y"] - before["y"] - 60) < 12, (before, after)
    assert browser.current_url.split("?")[0].endswith("/network"), "a drag is not a click"


def test_network_hover_lights_the_neighbours_and_lists_an_edges_events(server, browser):
    _open(browser, server)
    node = _js(browser, "net.labelBoxes()[0].node")
    at = _js(browser, "net.viewportOf(arguments[0])", node)
    _pointer(browser, at["x"], at["y"]).perform()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "network").get_attribute("data-hovered") == node)
    lit = set(_js(browser, "Array.from(net.state.neighbours)"))
    neighbours = set(_js(browser, "net.graph.neighbors(arguments[0])", node)) & set(_js(browser, "net.visibleNodes()"))
    assert lit == neighbours | {node} and len(lit) > 2
    label = _js(browser, "net.graph.getNodeAttribute(arguments[0], 'label')", node)
    assert browser.find_element(By.CSS_SELECTOR, "#network-info h2").text == label
    faded = _js(browser, "net.visibleNodes().filter(n => !net.state.neighbours.has(n)).length")
    assert faded > 0, "the others are dimmed"
    # an edge with several events, grabbed at its middle where no node is near
    status, graph = server.get("/api/graph")
    several = {" ".join(sorted((e["source"], e["target"]))): e["events"] for e in graph["edges"] if len(e["events"]) > 1}
    assert several
    spot = _js(browser, """(() => {
        const apart = (m, a, b) => {  // the distance from m to the segment a-b
          const dx = b.x - a.x, dy = b.y - a.y, t = Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
          return Math.hypot(m.x - a.x - t * dx, m.y - a.y - t * dy); };
        const visible = Array.from(net.state.visibleEdges);
        for (const edge of visible) {
          if (net.graph.getEdgeAttribute(edge, 'events').length < 2) continue;
          const m = net.edgeMiddle(edge);
          const clear = net.visibleNodes().every(n => { const p = net.viewportOf(n); return Math.hypot(p.x - m.x, p.y - m.y) > 25; })
            && visible.every(other => other === edge || apart(m, ...net.graph.extremities(other).map(net.viewportOf)) > 8);
          if (clear) return {edge, x: m.x, y: m.y, ends: net.graph.extremities(edge).slice().sort().join(' ')};
        }
        return null; })()""")
    assert spot, "an edge of several events lies clear of the nodes and of other edges"
    for dx, dy in ((0, 0), (1, 0), (0, 1), (-1, 0), (0, -1), (1, 1)):  # a hand settles on a thin line
        _pointer(browser, spot["x"] + dx, spot["y"] + dy).pause(0.3).perform()
        if browser.find_element(By.ID, "network").get_attribute("data-hovered-edge") == spot["edge"]:
            break
    assert browser.find_element(By.ID, "network").get_attribute("data-hovered-edge") == spot["edge"]
    listed = [li.get_attribute("data-event") for li in browser.find_elements(By.CSS_SELECTOR, "#network-info li[data-event]")]
    assert sorted(listed) == sorted(several[spot["ends"]]), "the events behind the edge, as the API has them"


def test_network_click_opens_the_entity(server, browser):
    _open(browser, server)
    node = _js(browser, "net.labelBoxes()[0].node")
    label = _js(browser, "net.graph.getNodeAttribute(arguments[0], 'label')", node)
    at = _js(browser, "net.viewportOf(arguments[0])", node)
    _pointer(browser, at["x"], at["y"]).click().perform()
    WebDriverWait(browser, 10).until(lambda d: "/entities/" in d.current_url)
    assert browser.current_url.endswith("/entities/" + node)
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith(label)


# ---- filters -------------------------------------------------------------------------------------

def test_network_slider_and_filters_change_the_graph_as_the_api_does(server, browser):
    _open(browser, server)
    everything = _drawn(browser)
    months = _js(browser, "Number(document.getElementById('since-range').max)")
    slider = browser.find_element(By.ID, "since-range")
    slider.send_keys(Keys.ARROW_RIGHT * (months - 12))  # the last year only
    filters = _js(browser, "net.filters")
    assert filters["since"] and not filters["until"]
    narrowed = _drawn(browser)
    assert narrowed == _api_graph(server, since=filters["since"])
    assert 0 < len(narrowed[0]) < len(everything[0]), "the slider changed the graph"
    assert f"since={filters['since']}" in browser.current_url
    Select(browser.find_element(By.ID, "type-filter")).select_by_value("MEET")
    status, orgs = server.get("/api/entities", q="삼성전자", type="ORG")
    (samsung,) = [o["id"] for o in orgs["entities"] if o["name"] == "삼성전자"]
    Select(browser.find_element(By.ID, "org-filter")).select_by_value(samsung)
    both = _drawn(browser)
    assert both == _api_graph(server, since=filters["since"], type="MEET", org=samsung) and both[0]
    assert len(both[0]) < len(narrowed[0])
    link = browser.find_element(By.CSS_SELECTOR, "a.export[data-format='graphml']").get_attribute("href")
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(link).query))
    assert query == {"format": "graphml", "since": filters["since"], "type": "MEET", "org": samsung}
    exported = nx.read_graphml(io.BytesIO(urllib.request.urlopen(link, timeout=30).read()))
    assert sorted(" ".join(sorted(e)) for e in exported.edges) == both[1], "the export is the view"
    errors, urls = page_log(browser)
    assert not errors and not off_loopback(urls)


def test_network_search_focuses_an_ego_network_of_depth_1_to_3(server, browser):
    _open(browser, server)
    start = _ratio(browser)
    box = browser.find_element(By.ID, "network-search")
    box.send_keys("최하은", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: _js(d, "net.state.focus"))
    lee = _js(browser, "net.state.focus")
    for depth in (1, 2, 3):
        Select(browser.find_element(By.ID, "depth-filter")).select_by_value(str(depth))
        assert _drawn(browser) == _api_graph(server, entity=lee, depth=depth), depth
    time.sleep(0.5)
    assert _ratio(browser) < start, "the camera closes in on the person found"
    browser.find_element(By.ID, "focus-clear").click()
    assert _drawn(browser) == _api_graph(server)


def test_network_fits_a_phone(server, browser, shoot):  # noqa: F811 - the fixture imported above
    browser.set_window_size(390, 844)
    try:
        _open(browser, server)
        assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 1
        width = browser.find_element(By.ID, "network").size["width"]
        assert 300 <= width <= 390 and int(browser.find_element(By.ID, "network").get_attribute("data-nodes")) > 40
        shoot(browser, "network-phone")
    finally:
        browser.set_window_size(1280, 1000)


def test_network_labels_are_drawn_in_a_korean_font(server, browser):
    _open(browser, server)
    widths = browser.execute_script("""
        const font = window.hoedongNetwork.renderer.getSetting('labelFont');
        const probe = (f) => { const c = document.createElement('canvas').getContext('2d');
          c.font = '32px ' + f; return c.measureText('회동한국어').width; };
        return [probe(font), document.fonts.check('32px ' + font, '회동')];""")
    assert widths[0] > 100 and widths[1], "Hangul has glyphs in the labels' font"


# ---- timelines and the API's own page ------------------------------------------------------------

def test_timelines_of_an_entity_a_pair_and_the_alliances(server, browser, shoot):  # noqa: F811 - the fixture imported above
    status, found = server.get("/api/entities", q="이재용", type="PERSON")
    (lee,) = [e for e in found["entities"] if e["name"] == "이재용"]
    _, entity = server.get(f"/api/entities/{lee['id']}")
    browser.get(f"{server.base}/entities/{lee['id']}")
    marks = browser.find_elements(By.CSS_SELECTOR, "svg.timeline-svg a.mark")
    dated = {e["id"]: e for e in entity["timeline"] if e["date"]}
    assert sorted(m.get_attribute("data-event") for m in marks) == sorted(dated)
    assert all(m.get_attribute("data-status") == dated[m.get_attribute("data-event")]["status"] for m in marks)
    shoot(browser, "entity-timeline")
    browser.get(f"{server.base}/pair?a={urllib.parse.quote('이재용')}&b={urllib.parse.quote('샘 올트먼')}")
    _, pair = server.get("/api/pair", a="이재용", b="샘 올트먼")
    assert pair["events"]["both"] and pair["events"]["a"] and pair["events"]["b"]
    drawn = {m.get_attribute("data-event") for m in browser.find_elements(By.CSS_SELECTOR, "svg.timeline-svg a.mark")}
    assert drawn == {e["id"] for side in pair["events"].values() for e in side if e["date"]}
    lanes = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "svg.timeline-svg .lane-label")]
    assert lanes == [f"이재용 ({len(pair['events']['a'])})", f"함께 ({len(pair['events']['both'])})",
                     f"샘 올트먼 ({len(pair['events']['b'])})"]
    shoot(browser, "pair")
    browser.get(f"{server.base}/alliances")
    _, alliances = server.get("/api/alliances")
    marks = browser.find_elements(By.CSS_SELECTOR, "svg.timeline-svg a.mark")
    assert marks and {m.get_attribute("data-type") for m in marks} <= {"PARTNER", "INVEST"}
    assert {m.get_attribute("data-event") for m in marks} == {e["id"] for e in alliances["events"] if e["date"]}
    shoot(browser, "alliances")
    browser.get(f"{server.base}/events?org={urllib.parse.quote('삼성전자')}&since=2025")
    assert len(browser.find_elements(By.CSS_SELECTOR, "ul.events li.event")) == server.get(
        "/api/events", org="삼성전자", since="2025")[1]["total"] > 0
    shoot(browser, "events")
    errors, urls = page_log(browser)
    assert not errors and not off_loopback(urls)


def test_the_api_docs_load_from_this_server_only(server, browser):
    page_log(browser)
    browser.get(server.base + "/api/docs")
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock"))
    assert "/api/events" in browser.find_element(By.CSS_SELECTOR, ".swagger-ui").text
    errors, urls = page_log(browser)
    assert not errors, errors
    assert urls and not off_loopback(urls), off_loopback(urls)
