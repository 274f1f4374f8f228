"""Days a sentence leaves out and the text gives elsewhere: an act a lede tells as done with no day
takes the day the next sentence gives the same parties' act (events/told_next.py); a weekday named
alone is read like one named with `오는` or `지난`, in the act's direction; `개막일`, `폐막일` are the
first and last days of the span of days told last (lexicon/time_words.tsv). Examples written in our
own words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import read_text

from hoedong.timex import find_times


def _dated(text: str, published: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.status, e.date) for e in read_text(text, published)}


@pytest.mark.parametrize("text, published, expected", [
    # a stake told in the lede, its contract signed on a day the next sentence names
    ("한빛전자가 배터리 스타트업 물결셀에 300억 원을 투자했다. 두 회사는 8일 판교 한빛전자 본사에서 "
     "기술 제휴 협약을 맺었다.",
     "2031-05-09", ("INVEST", "occurred", "2031-05-08")),
    # a round the company raising closed on a day: the investor's stake in it is of that day
    ("가람벤처스가 로봇 스타트업 솔바람로보틱스에 50억 원을 투자했다. 솔바람로보틱스가 12일 마감한 "
     "시리즈A 라운드에는 누리캐피털도 투자했다.",
     "2031-05-13", ("INVEST", "occurred", "2031-05-12")),
])
def test_told_next_a_deal_told_with_no_day_takes_the_day_told_next(text, published, expected):
    assert expected in _dated(text, published)


def test_told_next_a_trip_under_way_takes_the_day_of_the_meeting_told_next():
    """`방한 중인 X가 … 만났다`, then the day: the trip was under way that day, not the day of the news."""
    text = ("방한 중인 라파엘 몬테이로 브라질 광업장관이 국내 철강사 대표들과 비공개 회동을 했다. "
            "13일 업계에 따르면 몬테이로 장관은 전날 저녁 서울 한 호텔에서 도하린 한빛철강 회장과 만났다.")
    assert ("VISIT", "occurred", "2031-05-12") in _dated(text, "2031-05-13")


@pytest.mark.parametrize("text", [
    # background stays undated: no day of the news, and not the day of the next act either
    "한빛전자는 2019년 물결셀에 투자한 바 있다. 두 회사는 8일 기술 제휴 협약을 맺었다.",
    # another pair's deal gives no day
    "한빛전자가 물결셀에 300억 원을 투자했다. 가람화학은 8일 누리소재와 기술 제휴 협약을 맺었다.",
])
def test_told_next_no_day_from_another_act(text):
    invested = [e for e in read_text(text, "2031-05-09") if e.type == "INVEST"]
    assert invested and all(e.date != "2031-05-08" for e in invested)


@pytest.mark.parametrize("text, direction, expected", [
    ("월요일 새벽 바르샤바에 내린 그는 공장을 둘러봤다.", "past", "2031-05-12"),
    ("수요일에는 뮌헨으로 건너가 협약서에 서명했다.", "past", "2031-05-14"),
    ("화요일에는 하노이 공장을 찾는다.", "future", "2031-05-20"),
    ("목요일에는 도쿄에서 조찬을 함께한다.", "future", "2031-05-22"),
])
def test_timex_a_weekday_named_alone_is_read_in_the_acts_direction(text, direction, expected):
    """From a Friday (16 May 2031): a weekday told as done is this week's, one ahead is next week's."""
    assert [t.start for t in find_times(text, date(2031, 5, 16), direction)] == [expected]


def test_told_next_a_week_told_day_by_day():
    """A schedule of the week (`화요일에는 …`, `목요일에는 …`) dates each act by its weekday."""
    text = ("이번 주 재계는 해외 일정이 몰려 있다. 화요일에는 도하린 한빛그룹 회장이 인도 뉴델리를 방문한다. "
            "목요일에는 설윤아 가람그룹 회장이 도쿄에서 오카다 료 미도리상사 사장과 조찬을 함께한다.")
    found = _dated(text, "2031-05-12")
    assert ("VISIT", "planned", "2031-05-13") in found
    assert ("MEET", "planned", "2031-05-15") in found


@pytest.mark.parametrize("text, expected", [
    ("개막일에 맞춰 현지에 도착한다.", ["2031-06-10"]),
    ("폐막일에 협약을 맺는다.", ["2031-06-13"]),
    ("개막 당일 두 사람이 만났다.", ["2031-06-10"]),
])
def test_timex_the_opening_or_closing_day_of_the_span_told_last(text, expected):
    span = find_times("박람회는 10일부터 13일까지 열린다.", date(2031, 6, 2), "future")[0]
    assert [t.start for t in find_times(text, date(2031, 6, 2), "future", earlier=span)] == expected


def test_timex_an_opening_day_with_no_span_told_is_no_day():
    assert find_times("개막일에 맞춰 현지에 도착한다.", date(2031, 6, 2), "future") == []


def test_told_next_the_day_after_the_opening_day():
    """`개막일에 … 도착하고, 이튿날 … 만난다`: the second day of the fair, not the day after the news."""
    text = ("가람전자가 오는 10일부터 13일까지 독일 뮌헨에서 열리는 박람회에 참가한다. 설윤아 가람전자 대표는 "
            "개막일에 맞춰 뮌헨에 도착하고, 이튿날 오토리히 베커 바이에른모터스 사장과 만난다.")
    found = _dated(text, "2031-06-02")
    assert ("MEET", "planned", "2031-06-11") in found


def test_a_lede_act_keeps_its_own_day_when_the_next_act_is_told_as_the_day_after():
    # `이튿날` counts from the lede's day: the visit was the day before the meeting, not on it
    text = "마재윤 누리소프트 대표가 방한했다. 이튿날 도하린 한빛전자 회장, 설윤아 가람바이오 대표 등과 회동했다."
    visits = [e.date for e in read_text(text, "2027-05-01") if e.type == "VISIT"]
    assert visits == ["2027-05-01"], visits
