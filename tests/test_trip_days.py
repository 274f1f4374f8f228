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


@pytest.mark.parametrize("text, published, events", [
    # a dinner timed to the signing of a deal moved to next month: the deal's new time
    ("한빛전자와 라인물류의 합작 계약이 다음 달 초로 미뤄졌다. 도하린 한빛전자 회장은 계약식 날짜에 맞춰 "
     "한스 베버 라인물류 회장을 서울로 초청해 만찬을 함께할 계획이다.", "2025-12-16",
     [("MEET", ["도하린", "한스 베버"], "planned", "2026-01"), ("PARTNER", [], "planned", "2026-01")]),
    # the same, with the old plan told in between (a plan as it stood has no time of its own)
    ("한빛전자와 라인물류의 합작 계약이 다음 달 초로 미뤄졌다. 두 회사는 당초 이달 말 계약을 맺을 예정이었다. "
     "도하린 한빛전자 회장은 계약식 날짜에 맞춰 한스 베버 라인물류 회장을 서울로 초청해 만찬을 함께할 계획이다.",
     "2025-12-16", [("MEET", ["도하린", "한스 베버"], "planned", "2026-01"), ("PARTNER", [], "planned", "2026-01")]),
    # a dinner timed to the schedule of a signing on a day named
    ("한빛전자는 다음 달 3일 독일 라인물류와 합작 계약을 맺는다. 도하린 한빛전자 회장은 계약식 일정에 맞춰 "
     "한스 베버 라인물류 회장과 만찬을 함께할 예정이다.", "2026-02-25",
     [("MEET", ["도하린", "한스 베버"], "planned", "2026-03-03"), ("PARTNER", [], "planned", "2026-03-03")]),
])
def test_an_act_timed_to_an_occasion_takes_its_time(text, published, events):
    assert _events(text, published) == events


def test_an_occasion_that_is_no_event_told_gives_no_time():
    # `시장 수요에 맞춰`: timed to something that is no event, so no time is carried over
    events = _events("한빛해운은 2028년까지 선대를 두 배로 늘린다. 도하린 회장은 시장 수요에 맞춰 "
                     "한스 베버 라인물류 CEO를 만날 예정이다.", "2025-09-15")
    assert [e[3] for e in events if e[0] == "MEET"] == [None]


def test_an_occasion_gone_gives_no_time_to_an_act_told_as_done():
    # the forum was last month and the meeting is told as done: no time carried from the forum
    events = _events("지난달 인천에서 세계물류포럼이 열렸다. 업계는 한스 베버 라인물류 CEO가 포럼 기간 "
                     "도하린 한빛해운 회장과 따로 만났을 것으로 보고 있다.", "2025-09-15")
    assert [e[3] for e in events if e[0] == "MEET"] == [None]


@pytest.mark.parametrize("text, published, events", [
    # the day the trip ended is not its date: the days of its stay told next give the arrival
    ("최민 대통령은 14일 독일 국빈방문 일정을 마무리하고 귀국했다. "
     "최 대통령은 지난 10일 독일을 찾아 나흘 동안 머물렀다. "
     "최 대통령은 12일 올라프 베커 독일 총리와 정상회담을 했다.", "2025-05-14",
     [("MEET", ["올라프 베커", "최민"], "occurred", "2025-05-12"), ("VISIT", ["최민"], "occurred", "2025-05-10")]),
    # with no arrival told, the month of the trip
    ("도하린 한빛그룹 회장이 30일 2주간의 미국 출장 일정을 마무리하고 귀국했다.", "2025-05-31",
     [("VISIT", ["도하린"], "occurred", "2025-05")]),
    # an arrival day told with the end keeps its day
    ("마르틴 코흐 린데파마 회장이 지난 9일 방한해 나흘간의 일정을 마치고 12일 출국했다.", "2025-05-14",
     [("VISIT", ["마르틴 코흐"], "occurred", "2025-05-09")]),
])
def test_the_day_a_trip_ended_is_not_its_date(text, published, events):
    assert _events(text, published) == events


@pytest.mark.parametrize("text, published, events", [
    # the trip's relative clause describes the month: the trip then, and the deal told after it too
    ("한빛전자는 인도를 방문한 지난 3월 현지 기업과 부품 공급 계약을 맺은 바 있다. "
     "도하린 한빛전자 회장은 다음 달 다시 인도를 찾는다.", "2025-07-02",
     [("VISIT", ["도하린"], "planned", "2025-08")]),
    ("도하린 한빛전자 회장은 인도를 방문한 지난 3월 현지 공장을 둘러봤다.", "2025-07-02",
     [("VISIT", ["도하린"], "occurred", "2025-03")]),
    # a trip under way on the day the clause describes, and the meeting held that day
    ("서하준 가람바이오 대표는 독일 출장 중이던 지난 4일 뮌헨에서 한스 베버 라인물류 회장과 만났다.", "2025-06-09",
     [("MEET", ["서하준", "한스 베버"], "occurred", "2025-06-04"), ("VISIT", ["서하준"], "occurred", "2025-06-04")]),
    ("마르틴 코흐 린데파마 회장이 한국을 방문 중인 12일 서하준 가람바이오 대표와 만찬을 함께했다.", "2025-05-14",
     [("MEET", ["마르틴 코흐", "서하준"], "occurred", "2025-05-12"), ("VISIT", ["마르틴 코흐"], "occurred", "2025-05-12")]),
])
def test_a_time_a_trip_clause_describes_is_the_trip_s(text, published, events):
    assert _events(text, published) == events
