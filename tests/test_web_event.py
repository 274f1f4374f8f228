"""The event page and its JSON twin show who said what of a gathering and when (its status history)
and why its sources were joined: through `hoedong serve` on a real port, the page in headless
Chromium. The corpus is a story of our own writing stored directly (no reading stage needed): a
dinner announced by one outlet, reported held by two, then denied by a third."""

from __future__ import annotations

import json
import shutil
import urllib.request

import pytest
from fusion_stories import document, report
from test_web_api import Server
from typer.testing import CliRunner

from hoedong.cli import app
from hoedong.corpus import SQLiteStore, ingest

STORY = [
    document("plan", "2025-05-01", report("MEET", ["이도현", "박서연", "최민준"], day="2025-05-02", place="서울 신라호텔",
                                          status="planned", evidence="세 사람은 2일 신라호텔에서 만찬을 할 예정이다.")),
    document("held", "2025-05-03", report("MEET", ["이도현", "박서연"], day="2025-05-02", place="신라호텔",
                                          evidence="두 사람은 2일 신라호텔에서 만찬을 했다."), outlet="누리신문"),
    document("held-too", "2025-05-03", report("MEET", ["이도현", "박서연", "최민준"], day="2025-05-02",
                                              evidence="세 사람이 2일 저녁 만났다."), outlet="한빛경제"),
    document("denial", "2025-05-06", report("MEET", ["이도현", "박서연"], day="2025-05-02", status="denied",
                                            evidence="회사는 두 사람이 만난 적이 없다고 밝혔다."), outlet="다온뉴스"),
    document("alone", "2025-06-01", report("VISIT", ["정하은"], day="2025-06-01", place="부산",
                                           evidence="정하은은 1일 부산을 찾았다."), outlet="새솔일보"),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    db = tmp_path_factory.mktemp("event") / "hoedong.db"
    with SQLiteStore(db) as store:
        ingest(store, STORY)
    with SQLiteStore(db, readonly=True) as store:
        dinner = next(e for e in store.fused_events() if e["type"] == "MEET")
        alone = next(e for e in store.fused_events() if e["type"] == "VISIT")
    server = Server(db).wait_ready()
    try:
        yield db, server.base, dinner["id"], alone["id"]
    finally:
        server.stop()


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_web_event_api_returns_the_status_history_and_the_merge_reasons(served):
    db, base, dinner, alone = served
    event = _get(f"{base}/api/events/{dinner}")
    assert event["status"] == "denied"  # the denial came last
    assert [(h["source"], h["status"], h.get("decisive", False)) for h in event["status_history"]] == [
        ("plan.txt", "planned", False), ("held-too.txt", "occurred", False), ("held.txt", "occurred", False),
        ("denial.txt", "denied", True)]
    assert [s["source"] for s in event["sources"]] == [h["source"] for h in event["status_history"]]
    assert len(event["merge_reasons"]) == 3  # four sources, three joins
    for reason in event["merge_reasons"]:
        assert 0 <= reason["a"] < reason["b"] < 4 and reason["score"] >= 1.0 and reason["rules"]
    assert _get(f"{base}/api/events/{alone}")["merge_reasons"] == []
    printed = [json.loads(line) for line in CliRunner().invoke(app, ["events", "--db", str(db)]).stdout.splitlines()]
    assert {e["id"]: (e["status_history"], e["merge_reasons"]) for e in printed}[dinner] == (
        event["status_history"], event["merge_reasons"])


webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra: pip install -e '.[test]'")
from selenium.webdriver.common.by import By  # noqa: E402


@pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("chromedriver")),
                    reason="no chromium/chromedriver: run `make browser`")
def test_web_event_page_shows_who_said_what_and_why_sources_were_joined(served):
    _, base, dinner, alone = served
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ko-KR"):
        options.add_argument(flag)
    browser = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=shutil.which("chromedriver")))
    browser.implicitly_wait(5)
    try:
        browser.get(f"{base}/events/{dinner}")
        told = browser.find_elements(By.CSS_SELECTOR, ".status-history li")
        assert [t.text.split()[0] for t in told] == ["2025-05-01", "2025-05-03", "2025-05-03", "2025-05-06"]
        assert "가람일보" in told[0].text and "다온뉴스" in told[3].text
        (decisive,) = browser.find_elements(By.CSS_SELECTOR, ".status-history li.decisive")
        assert "상태를 정한 보도" in decisive.text and "다온뉴스" in decisive.text
        reasons = browser.find_elements(By.CSS_SELECTOR, ".merge-reason")
        assert len(reasons) == 3 and all("participants shared" in r.text and "↔" in r.text for r in reasons)
        reasons[0].find_element(By.TAG_NAME, "a").click()
        assert browser.current_url.split("#")[1].startswith("source-")
        target = browser.find_element(By.ID, browser.current_url.split("#")[1])
        assert target.find_element(By.CSS_SELECTOR, "blockquote").text  # the evidence of that source
        browser.get(f"{base}/events/{alone}")
        assert browser.find_element(By.CSS_SELECTOR, ".reasons .single").text == "기사 한 건이 전한 일입니다."
    finally:
        browser.quit()
