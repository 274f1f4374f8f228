"""Korean temporal expressions resolved against the publication date (cases written blind)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ROOT, hangul_in_code, load_jsonl

from hoedong.timex import find_times

CASES = load_jsonl(ROOT / "tests" / "fixtures" / "timex_cases.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_timex_resolves_against_the_publication_date(case):
    published = date.fromisoformat(case["published"]) if case["published"] else None
    found = find_times(case["text"], published, case["direction"])
    if case["expression"] is None:
        assert found == [], [t.text for t in found]
        return
    assert found, f"nothing found in {case['text']!r}"
    value = next((t for t in found if case["expression"] in t.text or t.text in case["expression"]), found[0])
    assert (value.start, value.end) == (case["start"], case["end"])


@pytest.mark.parametrize("text", ["두 사람은 같은 날 저녁 따로 만났다.", "그는 이튿날 공장을 찾았다.", "회담은 하루 뒤 열렸다."])
def test_timex_finds_relative_days_in_sentences_without_digits(text):
    (found,) = find_times(text, date(2025, 3, 10), anchor=date(2025, 3, 7))
    assert found.start in {"2025-03-07", "2025-03-08"}


def test_timex_a_month_precision_publication_date_still_resolves_the_days_the_text_names():
    from hoedong.timex import at_month_precision, month_reference

    assert month_reference("2024-02").isoformat() == "2024-02-29" and month_reference("2024-02-03") is None
    # `29일` names its day; `어제` only counts from the unknown day of publication
    assert at_month_precision({"start": "2024-02-29", "end": "2024-02-29", "text": "29일"}, "2024-02")["start"] == "2024-02-29"
    assert at_month_precision({"start": "2024-02-28", "end": "2024-02-28", "text": "어제"}, "2024-02")["start"] == "2024-02"
    assert at_month_precision({"start": "2023-11", "end": "2023-11", "text": "지난해 11월"}, "2024-02")["start"] == "2023-11"


def test_timex_events_in_news_dated_only_to_the_month():
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    text = ("도하린 한빛전자 회장은 13일 미국 출장길에 올랐다. 도 회장은 이달 말 설윤아 가람바이오 대표와 "
            "만날 예정이다.")
    analysis = analyze(text)
    events = find_events(text, analysis, find_entities(text, analysis, "2024-02"), "2024-02")
    dates = {e.type: (e.date or {}).get("start") for e in events}
    assert dates == {"VISIT": "2024-02-13", "MEET": "2024-02"}


@pytest.mark.parametrize("text", ["28일부터 1박2일 일정으로 방한한다", "3박 5일 일정으로 유럽을 순방한다"])
def test_timex_nights_and_days_of_a_stay_are_never_dates(text):
    from hoedong.timex import find_times

    assert [t.text for t in find_times(text, date(2025, 5, 20), "future")] in (["28일"], [])


@pytest.mark.parametrize("module", ["timex.py", "events/dating.py"])
def test_timex_holds_no_word_lists_in_code(module):
    """The time words (durations, relative days, parts of a month) are in lexicon/time_words.tsv:
    the only Hangul in the time modules' code is in docstrings and comments."""
    found = hangul_in_code(ROOT / "hoedong" / module)
    assert not found, found


@pytest.mark.parametrize("text, published, found", [
    ("그는 5년 만에 고향 공장을 다시 찾았다.", "2025-04-02", []),
    ("협상은 석 달 넘게 이어졌다. 양측은 20일째 논의 중이다.", "2025-04-02", []),
    ("두 대표는 사흘 전 서울에서 만났다.", "2025-04-02", ["2025-03-30"]),
    ("두 대표는 같은날 저녁 다시 만났다.", "2025-04-02", ["2025-04-02"]),
    ("양사는 다음 달 7일 계약서에 서명한다.", "2025-04-02", ["2025-05-07"]),
    # `내주` is the week after the news, from its Monday, as `다음 주`; `내주고` is a verb
    ("도 장관은 내주 독일 베를린을 방문한다.", "2025-04-02", ["2025-04-07"]),
    ("한빛전자는 내주에 이사회를 열어 출자 안건을 의결한다.", "2025-04-06", ["2025-04-07"]),
    ("그는 대표 자리를 내주고 고문으로 물러났다.", "2025-04-02", []),
])
def test_timex_reads_the_time_words_from_data(text, published, found):
    assert [t.start for t in find_times(text, date.fromisoformat(published))] == found


@pytest.mark.parametrize("text, direction, found", [
    # a week said on its Thursday: what is still ahead starts on the day of the news (not on the
    # Monday, last month's), what is told as done keeps the whole week
    ("두 대표는 이번 주 서울에서 만날 예정이다.", "future", [("2026-04-02", "2026-04-05")]),
    ("두 대표는 이번 주 서울에서 만났다.", "past", [("2026-03-30", "2026-04-05")]),
    ("두 대표는 다음 주 서울에서 만날 예정이다.", "future", [("2026-04-06", "2026-04-12")]),
])
def test_timex_a_week_holding_the_news_day_starts_on_it_for_what_is_ahead(text, direction, found):
    assert [(t.start, t.end) for t in find_times(text, date(2026, 4, 2), direction)] == found


@pytest.mark.parametrize("text, start", [
    # a meeting word that begins like the duration mark `만` does not make the date a span
    ("두 회장은 오는 18일 만날 예정이다.", "2025-06-18"),
    ("두 사람은 이달 말 만나 협력 방안을 논의한다.", "2025-06-21"),
    ("양측은 20일 만찬을 함께할 계획이다.", "2025-06-20"),
])
def test_timex_a_date_before_a_meeting_word_that_starts_like_a_duration_is_still_a_date(text, start):
    found = find_times(text, date(2025, 6, 12), "future")
    assert [t.start for t in found] == [start]


@pytest.mark.parametrize("text", ["두 사람은 3년 만에 다시 만났다.", "양사의 협력은 두 달 만이다."])
def test_timex_a_count_of_time_before_the_duration_mark_is_still_no_date(text):
    assert find_times(text, date(2025, 6, 12), "past") == []
