"""Days of a trip told by their place in it (`방문 첫날`, anchors.trip_begun) and weekdays named
ahead (`오는 화요일`). Sentences of our own writing."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import read_text

from hoedong.timex import find_times


def _events(text: str, published: str):
    return sorted((e.type, sorted(e.people), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text, published, events", [
    # a trip told from a weekday of next week, then its first day: the trip's day, not the release's
    ("산업부는 최민 장관이 다음 주 월요일부터 사흘간 태국 방콕을 방문한다고 8일 밝혔다. "
     "최 장관은 방문 첫날 솜차이 분나크 태국 상무장관과 회담할 예정이다.", "2025-05-08",
     [("MEET", ["솜차이 분나크", "최민"], "planned", "2025-05-12"), ("VISIT", ["최민"], "planned", "2025-05-12")]),
    # a trip on this week's Friday, its first day a dinner
    ("가람바이오는 마르틴 코흐 린데파마 회장이 이번 주 금요일 방한한다고 6일 밝혔다. "
     "코흐 회장은 방한 첫날 서하준 가람바이오 대표와 만찬을 할 예정이다.", "2025-05-06",
     [("MEET", ["마르틴 코흐", "서하준"], "planned", "2025-05-09"), ("VISIT", ["마르틴 코흐"], "planned", "2025-05-09")]),
    # a range in digits keeps working: the first day is the range's start
    ("한빛전자는 도하린 회장이 오는 7일부터 사흘간 태국 방콕을 방문한다고 3일 밝혔다. "
     "도 회장은 방문 첫날 솜차이 분나크 시암모터스 회장과 만나 합작 공장 설립 방안을 논의할 예정이다.", "2025-05-03",
     [("MEET", ["도하린", "솜차이 분나크"], "planned", "2025-05-07"), ("VISIT", ["도하린"], "planned", "2025-05-07")]),
])
def test_a_day_of_the_trip_counts_from_the_trip_told(text, published, events):
    assert _events(text, published) == events


def test_a_day_told_after_the_ordinal_still_wins():
    # `방한 이틀째인 12일`: the trip began on the 11th, the meeting is on the 12th
    events = _events("마르틴 코흐 린데파마 회장이 방한 이틀째인 12일 서하준 가람바이오 대표와 만났다.", "2025-05-12")
    assert events == [("MEET", ["마르틴 코흐", "서하준"], "occurred", "2025-05-12"),
                      ("VISIT", ["마르틴 코흐"], "occurred", "2025-05-11")]


@pytest.mark.parametrize("text, published, start", [
    ("도 대표는 오는 화요일 오슬로를 찾을 예정이다.", date(2026, 3, 5), "2026-03-10"),  # a Thursday: next Tuesday
    ("오는 금요일 열릴 예정이던 협약식이 취소됐다.", date(2026, 2, 25), "2026-02-27"),
    ("지난 화요일 마드리드에서 계약이 체결됐다.", date(2026, 3, 5), "2026-03-03"),
])
def test_a_weekday_named_ahead_or_gone_is_a_day(text, published, start):
    assert [t.start for t in find_times(text, published, "future")] == [start]


def test_a_time_of_day_alone_is_still_no_date():
    assert not find_times("오는 오후 만난다.", date(2026, 3, 5), "future")
