"""The explorer at scale: a generated corpus of 1,000 documents (our own synthetic sentences, about
5,000 people and organisations), stored and fused as `hoedong ingest --records` does it, then
served: the network's data endpoint is timed and weighed, and headless Chromium measures the
page's first render, the end of its layout and the cost of moving the date slider.

A benchmark, not a test: `make bench-explorer` (or `python benchmarks/explorer.py --help`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split()
SYLLABLES = "민 서 준 도 윤 지 하 은 우 현 수 연 재 영 태 성 진 호 경 혜 승 유 나 훈 빈 희 예 정 원 석".split()
ORG_HEADS = "가람 누리 한빛 새봄 온새 다온 미르 해솔 별하 라온 이룸 슬기 푸른 아름 늘봄 단비 두레 마루 보람 여울".split()
ORG_TAILS = "전자 테크 바이오 에너지 로보틱스 모빌리티 반도체 소프트 네트웍스 파트너스 캐피털 헬스 랩스 시스템즈 화학".split()
TITLES = ["대표", "회장", "사장", "부사장", "최고경영자(CEO)", "최고기술책임자(CTO)"]
PLACES = ["서울", "부산", "판교", "여의도", "세종", "인천 송도", "대전", "광주"]
TOPICS = ["인공지능", "반도체", "배터리", "로봇", "클라우드", "바이오"]
STATUSES = ["occurred"] * 6 + ["planned"] * 2 + ["speculated", "requested", "denied"]


def _names(rng: random.Random, people: int, orgs: int) -> tuple[list[str], list[str]]:
    persons = _distinct(people, lambda: rng.choice(SURNAMES) + rng.choice(SYLLABLES) + rng.choice(SYLLABLES))
    companies = _distinct(orgs, lambda: rng.choice(ORG_HEADS) + rng.choice(ORG_HEADS) + rng.choice(ORG_TAILS))
    return persons, companies


def _distinct(count: int, make) -> list[str]:
    """`count` different names from `make`, in the order first made (the same rng draws as before)."""
    made: dict[str, None] = {}
    while len(made) < count:
        made.setdefault(make(), None)
    return list(made)


def _pick(rng: random.Random, pool: list[str], count: int) -> list[str]:
    """Names drawn with a skew: the first of the pool appear in many documents, most in one or two."""
    chosen: list[str] = []
    while len(chosen) < count:
        name = pool[int(len(pool) * rng.random() ** 1.3)]
        if name not in chosen:
            chosen.append(name)
    return chosen


def generate(documents: int, seed: int = 7) -> list[dict]:
    """Records as `hoedong extract` writes them, for documents of our own synthetic text."""
    rng = random.Random(seed)
    persons, companies = _names(rng, 5000, 2000)
    records = []
    for number in range(documents):
        people = _pick(rng, persons, 6)
        orgs = _pick(rng, companies, 3)
        month = rng.randrange(1, 37)
        day = f"{2023 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-{rng.randrange(1, 29):02d}"
        titles = [rng.choice(TITLES) for _ in people]
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        sentences = [
            f"{people[0]} {orgs[0]} {titles[0]}은 {place}에서 {people[1]} {orgs[1]} {titles[1]}과 만나 {topic} 협력을 논의했다.",
            f"{orgs[0]}와 {orgs[1]}는 {topic} 분야에서 손을 잡기로 하고 업무협약을 맺었다.",
            f"{people[2]} {titles[2]}와 {people[3]} {titles[3]}도 이 자리에서 따로 만나 의견을 나눴다.",
            f"{orgs[2]}는 {orgs[0]}에 지분을 투자했다고 밝혔다.",
            f"{people[4]} {titles[4]}는 {people[5]} {titles[5]}를 만날 계획이라고 전했다.",
        ]
        body = "\n\n".join(sentences)
        spans, at = [], 0
        for sentence in sentences:
            spans.append({"start": at, "end": at + len(sentence)})
            at += len(sentence) + 2
        entities = [{"id": f"p{i}", "type": "PERSON", "name": name, "name_en": None, "kb_id": None, "kb_key": None,
                     "aliases": [name], "roles": [{"title": titles[i], "org": f"o{i % 2}"}] if i < 2 else [],
                     "mentions": [[body.index(name), body.index(name) + len(name)]]} for i, name in enumerate(people)]
        entities += [{"id": f"o{i}", "type": "ORG", "name": name, "name_en": None, "kb_id": None, "kb_key": None,
                      "aliases": [name], "roles": [], "mentions": [[body.index(name), body.index(name) + len(name)]]}
                     for i, name in enumerate(orgs)]
        date = {"start": day, "end": day, "text": day}

        def event(kind: str, participants: list[str], parties: list[str], evidence: dict) -> dict:
            return {"type": kind, "participants": participants, "orgs": parties, "date": date, "place": place,
                    "status": rng.choice(STATUSES), "topics": [topic], "amount": None, "evidence": [evidence]}

        events = [event("MEET", ["p0", "p1"], ["o0", "o1"], spans[0]), event("PARTNER", [], ["o0", "o1"], spans[1]),
                  event("MEET", ["p2", "p3"], [], spans[2]), event("INVEST", [], ["o2", "o0"], spans[3]),
                  event("MEET", ["p4", "p5"], [], spans[4])]
        doc_id = hashlib.sha256(f"bench-{seed}-{number}".encode()).hexdigest()[:16]
        records.append({"source": f"bench-{number:04d}", "doc_id": doc_id, "title": f"{orgs[0]}·{orgs[1]} {topic} 협력",
                        "published": day, "outlet": "벤치일보", "reporters": ["홍길동"], "body": body,
                        "entities": entities, "events": events})
    return records


def _get(url: str) -> tuple[float, bytes]:
    began = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
    return time.perf_counter() - began, body


def measure(documents: int, rounds: int, screenshot: Path | None = None) -> dict:
    from test_web_api import serving
    from test_web_browser import chromium

    folder = Path(tempfile.mkdtemp(prefix="hoedong-bench-explorer-"))
    (folder / "records").mkdir()
    records = generate(documents)
    (folder / "records" / "part-0.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = folder / "hoedong.db"
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hoedong.cli", "ingest", "--records", str(folder / "records"), "--db", str(db),
                    "-q"], check=True, capture_output=True)
    ingest_s = time.perf_counter() - began
    figures: dict = {"documents": documents, "ingest_and_fusion_s": round(ingest_s, 2)}
    with serving(db) as server:
        cold, body = _get(server.base + "/api/network")
        warm = [_get(server.base + "/api/network")[0] for _ in range(rounds)]
        data = json.loads(body)
        figures.update(nodes=len(data["nodes"]), edges=len(data["edges"]), events=len(data["events"]),
                       endpoint_kb=round(len(body) / 1024), endpoint_cold_s=round(cold, 3),
                       endpoint_median_s=round(statistics.median(warm), 3))
        browser = chromium()
        try:
            loads = []
            for _ in range(rounds):
                browser.get(server.base + "/network")
                deadline = time.monotonic() + 300
                while not browser.execute_script("return window.hoedongNetwork && window.hoedongNetwork.ready"):
                    assert time.monotonic() < deadline, "the network did not finish its layout"
                    time.sleep(0.1)
                marks = dict(browser.execute_script(
                    "return performance.getEntriesByType('mark').map(m => [m.name, m.startTime])"))
                slider = browser.execute_script("""
                    const box = document.getElementById('since-range'); const t = performance.now();
                    box.value = String(Math.round(Number(box.max) / 2)); box.dispatchEvent(new Event('input'));
                    return performance.now() - t;""")
                if screenshot:
                    browser.get(server.base + "/network")
                    while not browser.execute_script("return window.hoedongNetwork && window.hoedongNetwork.ready"):
                        time.sleep(0.1)
                    browser.save_screenshot(str(screenshot))
                    screenshot = None
                loads.append({"data_s": (marks["network-data"] - marks["network-start"]) / 1000,
                              "first_render_s": (marks["network-first-render"] - marks["network-start"]) / 1000,
                              "layout_done_s": (marks["network-layout-done"] - marks["network-start"]) / 1000,
                              "page_to_first_render_s": marks["network-first-render"] / 1000,
                              "slider_ms": slider})
        finally:
            browser.quit()
    for key in loads[0]:
        figures[f"browser_{key}"] = round(statistics.median(load[key] for load in loads), 3)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3, help="page loads and warm requests measured (median)")
    parser.add_argument("--out", type=Path, default=Path("bench-explorer.json"))
    parser.add_argument("--screenshot", type=Path, help="also save the network page as this PNG")
    args = parser.parse_args()
    figures = measure(args.documents, args.rounds, args.screenshot)
    args.out.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for key, value in figures.items():
        print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
