"""The pipeline: one record per document, in order, whatever happens to any one of them."""

from __future__ import annotations

import pytest
from samples import ARTICLE

import hoedong.events
import hoedong.pipeline
from hoedong.events.amounts import find_amounts
from hoedong.model import RawDoc, SourceMeta
from hoedong.pipeline import run_many


def _raw(source: str, text: str) -> RawDoc:
    return RawDoc(source=source, doc_id=source, text=text, form="text")


def test_pipeline_a_bug_on_one_document_stays_in_its_record(monkeypatch, capsys):
    real = hoedong.events.find_events

    def breaks_on_the_second(body, analysis, entities, published):
        if "두 번째" in body:
            raise ValueError("a rule met something it did not expect")
        return real(body, analysis, entities, published)

    monkeypatch.setattr(hoedong.events, "find_events", breaks_on_the_second)
    second = ARTICLE.replace("회동은 약 한 시간", "두 번째 회동은 약 한 시간")
    records = [r.to_json() for r in run_many([_raw("a", ARTICLE), _raw("b", second), _raw("c", ARTICLE)])]
    assert [r["source"] for r in records] == ["a", "b", "c"]
    assert records[1]["error_code"] == "D900" and "please report" in records[1]["error"]
    assert records[1]["title"] and records[1]["body"]
    assert records[0]["events"] and records[2]["events"] and "error" not in records[2]
    assert "ValueError" in capsys.readouterr().err


def test_pipeline_pairs_each_analysis_with_its_own_document_when_some_are_unreadable():
    """Kiwi reads only the bodies, ahead of the rules: documents with no body in between must not
    shift the analyses onto the wrong article, and keep their own place in the output."""
    first = "한도윤 대표는 3일 서울에서 마르코 벨리니 회장을 만났다."
    second = "유세린 장관은 5일 부산을 방문했다."
    third = "오지훈 사장은 7일 도쿄에서 사카이 미노루 회장과 회동했다."
    raws = [_raw("empty", ""), _raw("one", first), _raw("blank", "   \n  "), _raw("two", second),
            _raw("three", third), _raw("blank2", "\n")]
    records = [r.to_json() for r in run_many(raws)]
    assert [r["source"] for r in records] == ["empty", "one", "blank", "two", "three", "blank2"]
    people = {r["source"]: {e["name"] for e in r["entities"] if e["type"] == "PERSON"} for r in records}
    assert people["one"] >= {"한도윤", "마르코 벨리니"} and people["two"] == {"유세린"}
    assert people["three"] >= {"오지훈", "사카이 미노루"}
    assert not people["empty"] and not people["blank"] and not people["blank2"]


def test_pipeline_a_bug_in_the_article_stage_stays_in_its_record(monkeypatch, capsys):
    real = hoedong.pipeline.extract_article

    def breaks_on_b(raw):
        if raw.source == "b":
            raise KeyError("a layout rule met something it did not expect")
        return real(raw)

    monkeypatch.setattr(hoedong.pipeline, "extract_article", breaks_on_b)
    records = [r.to_json() for r in run_many([_raw("a", ARTICLE), _raw("b", ARTICLE), _raw("c", ARTICLE)])]
    assert [r["source"] for r in records] == ["a", "b", "c"]
    assert records[1]["error_code"] == "D900" and "reading the article" in records[1]["error"]
    assert records[0]["events"] and records[2]["events"]
    assert "KeyError" in capsys.readouterr().err


def test_pipeline_a_damaged_url_in_a_feed_line_names_no_outlet_and_loses_nothing():
    raw = RawDoc(source="feed:1", doc_id="f1", text=ARTICLE, form="text", meta=SourceMeta(url="http://[news.example.co.kr/1"))
    (record,) = [r.to_json() for r in run_many([raw])]
    assert "error" not in record and record["events"]


@pytest.mark.parametrize("text, value, currency", [
    ("3조3000억원 규모의 투자", 3_300_000_000_000, "KRW"),
    ("40억 달러를 투자했다", 4_000_000_000, "USD"),
    ("5000억 달러 규모", 500_000_000_000, "USD"),
    ("2억 유로를 투자한다", 200_000_000, "EUR"),
    ("150억원을 유치했다", 15_000_000_000, "KRW"),
    ("1,500억 달러를 쏟는다", 150_000_000_000, "USD"),
    ("38억7000만 달러를 들여", 3_870_000_000, "USD"),
    ("1조 엔을 출자했다", 1_000_000_000_000, "JPY"),
])
def test_pipeline_amounts_normalise_korean_units(text, value, currency):
    (_, amount), *_ = find_amounts(text)
    assert (amount["value"], amount["currency"]) == (value, currency)


def test_pipeline_streams_a_long_input_without_reading_it_all_first():
    """Kiwi pulls documents a bounded number ahead of the records taken: after the first record,
    most of a long stream is still unread."""
    pulled = 0

    def documents():
        nonlocal pulled
        for n in range(2000):
            pulled += 1
            yield _raw(f"doc{n}", "장서윤 대표는 9일 대전에서 로렌스 피어스 사장을 만났다.")

    records = run_many(documents())
    first = next(records)
    assert first.article.source == "doc0" and first.events
    assert pulled < 500
    assert sum(1 for _ in records) == 1999
