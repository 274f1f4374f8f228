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
