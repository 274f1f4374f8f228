"""The explorer in headless Chromium: search a person, open them, click through to an event, see the
evidence highlighted in its article, draw the network; an article's markup shows as text.

Needs Debian's chromium and chromedriver (`make browser` installs them; CI always does). Set
HOEDONG_SCREENSHOTS=DIR to keep a screenshot of every page (the README's come from docs/).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import CORPUS

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra: pip install -e '.[test]'")
from selenium.webdriver.common.by import By  # noqa: E402

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="no chromium/chromedriver: run `make browser`")
HOEDONG = [sys.executable, "-m", "hoedong.cli"]


def _serve(db: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([*HOEDONG, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=5).read()
            return server, base
        except (urllib.error.URLError, ConnectionError):
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    feed = folder / "hostile.jsonl"
    hostile = ("<script>window.hacked = 1</script> 한빛전자는 <b>굵은 글씨</b>와 <img src=x onerror=\"window.hacked=2\"> "
               "같은 표시가 기사 본문에 들어 있어도 글자 그대로 보여야 한다고 밝혔다. 회사는 다음 달 새 제품을 내놓을 예정이다.")
    feed.write_text(json.dumps({"id": "hostile-1", "title": "<i>표시</i>가 든 기사", "published": "2025-03-02",
                                "outlet": "가람일보", "text": hostile}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = folder / "hoedong.db"
    subprocess.run([*HOEDONG, "ingest", str(CORPUS), str(feed), "--db", str(db), "-q"], check=True,
                   capture_output=True, timeout=300)
    server, base = _serve(db)
    yield base
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def chromium():
    """Headless Chromium, its console and network logged (shared by the explorer's browser tests)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ko-KR",
                 "--enable-unsafe-swiftshader", "--use-angle=swiftshader"):  # WebGL without a GPU, for sigma.js
        options.add_argument(flag)
    # the console and every request the page makes, read back by the tests
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.implicitly_wait(5)
    return driver


def page_log(driver) -> tuple[list[str], list[str]]:
    """Since the last call: what the console logged as errors, and the URL of every request made."""
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return errors, urls


def off_loopback(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith(("data:", "blob:"))
            and urllib.parse.urlsplit(u).hostname not in ("127.0.0.1", "localhost")]


@pytest.fixture
def shoot(tmp_path):
    folder = Path(os.environ.get("HOEDONG_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def save(driver, name: str) -> Path:
        path = folder / f"{name}.png"
        assert driver.save_screenshot(str(path)) and path.stat().st_size > 10_000
        return path

    return save


def test_browser_from_search_to_the_evidence(site, browser, shoot):
    browser.get(site + "/")
    assert browser.find_elements(By.CSS_SELECTOR, "ol li a"), "the home page lists the most connected"
    shoot(browser, "home")
    box = browser.find_element(By.ID, "home-search")
    box.send_keys("이재용")
    box.submit()
    assert "이재용" in browser.find_element(By.TAG_NAME, "h1").text
    shoot(browser, "search")
    browser.find_element(By.LINK_TEXT, "이재용").click()
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("이재용")
    assert browser.find_elements(By.CSS_SELECTOR, ".timeline .event .status"), "the timeline shows each status"
    assert browser.find_elements(By.CSS_SELECTOR, "svg.network .node.centre"), "the neighbourhood is drawn around them"
    shoot(browser, "entity")
    browser.find_element(By.CSS_SELECTOR, ".timeline .event a").click()
    evidence = browser.find_elements(By.CSS_SELECTOR, ".source mark.evidence")
    assert evidence and all(mark.text.strip() for mark in evidence)
    shoot(browser, "event")
    sentence = evidence[0].text.strip()
    browser.find_element(By.CSS_SELECTOR, ".source a.to-document").click()
    chosen = browser.find_elements(By.CSS_SELECTOR, "mark.evidence.chosen")
    assert chosen, "the article marks the event's evidence"
    background = chosen[0].value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    marked = "".join(m.text for m in browser.find_elements(By.CSS_SELECTOR, "mark.evidence.chosen"))
    assert sentence.split(" ")[0] in marked
    assert browser.find_elements(By.CSS_SELECTOR, "a.mention-PERSON"), "people are marked in the article"
    shoot(browser, "document")
    errors, urls = page_log(browser)
    assert not errors and urls and not off_loopback(urls), (errors, off_loopback(urls))


def test_browser_korean_text_is_drawn_with_a_korean_font(site, browser):
    browser.get(site + "/")
    widths = browser.execute_script("""
        const probe = (font) => { const c = document.createElement('canvas').getContext('2d');
          c.font = '32px ' + font; return c.measureText('회동한국어').width; };
        return [probe(getComputedStyle(document.body).fontFamily), probe('monospace')];""")
    assert widths[0] > 100, "Hangul has glyphs (a missing font draws nothing or tofu of one width)"


def test_browser_shows_article_markup_as_text(site, browser):
    browser.get(site + "/search?q=" + urllib.request.quote("한빛전자"))
    browser.find_element(By.PARTIAL_LINK_TEXT, "표시").click()
    text = browser.find_element(By.TAG_NAME, "article").text
    assert "<script>window.hacked = 1</script>" in text and "<b>굵은 글씨</b>" in text
    assert "<i>표시</i>" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.execute_script("return window.hacked === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "article b, article img, article script")


def test_browser_fits_a_phone(site, browser):
    browser.set_window_size(390, 844)
    try:
        browser.get(site + "/")
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1
    finally:
        browser.set_window_size(1280, 1000)
