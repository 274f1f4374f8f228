"""An act told inside a quotation took place some day before the saying: it takes the quotation's
own time or none, never the day of the saying or of the news (dating.date_for, events._sentence_events).
Sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.model import RawDoc, SourceMeta
from hoedong.pipeline import extract


def _dated(text: str, published: str):
    return sorted((e.type, sorted(e.people or e.orgs), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text", [
    # the saying has a day, the call it tells has none
    "서하준 가람바이오 대표는 14일 주주총회에서 \"마르틴 코흐 린데파마 회장과 화상 통화를 하고 "
    "위탁생산 확대를 논의했다\"고 말했다.",
    # no day at all: the news day is the saying's, not the call's
    "서하준 가람바이오 대표는 주주총회에서 “마르틴 코흐 린데파마 회장과 따로 만나 "
    "위탁생산 확대를 논의했다”고 밝혔다.",
])
def test_a_past_act_told_in_a_quotation_has_no_day_of_its_own(text):
    assert ("MEET", ["마르틴 코흐", "서하준"], "occurred", None) in _dated(text, "2025-05-15")


def test_a_quotation_that_names_its_own_day_is_dated_by_it():
    text = ("서하준 가람바이오 대표는 14일 주주총회에서 \"지난 9일 마르틴 코흐 린데파마 회장을 만나 "
            "위탁생산 확대를 논의했다\"고 말했다.")
    assert ("MEET", ["마르틴 코흐", "서하준"], "occurred", "2025-05-09") in _dated(text, "2025-05-15")


def test_the_same_act_narrated_takes_the_day_of_the_news():
    text = "서하준 가람바이오 대표는 마르틴 코흐 린데파마 회장과 따로 만나 위탁생산 확대를 논의했다."
    assert ("MEET", ["마르틴 코흐", "서하준"], "occurred", "2025-05-15") in _dated(text, "2025-05-15")


def test_a_feed_printing_double_primes_for_quotes_reads_them_as_quotations():
    """Some sites print the double prime (″) for a quotation mark: the article stage reads it as one, so
    the name after it is whole and the quoted call keeps no day."""
    text = ("가람바이오, 린데파마와 위탁생산 확대\n\n"
            "서하준 가람바이오 대표는 14일 주주총회에서 ″마르틴 코흐 린데파마 회장과 화상 통화를 하고 "
            "위탁생산 확대를 논의했다″고 말했다. 두 회사는 지난해 처음 손을 잡았다.\n")
    raw = RawDoc(source="feed:7", doc_id="f7", text=text, form="text", meta=SourceMeta(published="2025-05-15"))
    record = extract(raw).to_json()
    assert "″" not in record["body"] and "\"마르틴 코흐" in record["body"]
    names = {e["id"]: e["name"] for e in record["entities"]}
    meetings = [(sorted(names[p] for p in e["participants"]), e["date"]) for e in record["events"] if e["type"] == "MEET"]
    assert meetings == [(["마르틴 코흐", "서하준"], None)]
