"""Days told without digits and days told around a quotation or a closing: what `이튿날`, `이날` and
`이 자리에서` count from when a broadcast script says `어제` or `지난 화요일`; the day a quoted
pledge or request was spoken; the day a later sentence gives a deal's closing. Examples written in
our own words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import read_text

from hoedong.timex import find_times, names_day


def _dated(text: str, published: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.status, e.date) for e in read_text(text, published)}


@pytest.mark.parametrize("text", ["어제", "어젯밤", "오늘 오전", "그제", "지난 목요일"])
def test_timex_a_day_spoken_from_the_day_of_the_news_is_a_day_named(text):
    assert names_day(find_times(f"그는 {text} 도착했습니다.", date(2031, 4, 11))[0])


@pytest.mark.parametrize("text", ["다음 주 목요일", "내일", "모레", "이달 말", "지난주"])
def test_timex_a_day_ahead_or_a_span_is_not_a_day_told_as_done(text):
    found = find_times(f"그는 {text} 도착합니다.", date(2031, 4, 11), "future")
    assert found and not any(names_day(t) for t in found)  # read as a time, but no day told as done


def test_timex_this_gathering_after_a_counted_day_in_the_same_sentence_is_that_day():
    """`이튿날 … 만났고, … 이 자리에서`: the gathering just told, on the day counted."""
    found = find_times("그는 이튿날 상대 회장을 만났고, 양사는 이 자리에서 협약을 맺었다.", date(2031, 4, 11),
                       anchor=date(2031, 4, 7))
    assert [t.start for t in found] == ["2031-04-08", "2031-04-08"]


@pytest.mark.parametrize("text, published, expected", [
    # a weekday told as past, then `이튿날`: counted from the weekday, not from the day of the news
    ("[기자] 오스카 린드홀름 노르바크해운 회장은 지난 월요일 부산에 도착했습니다. "
     "린드홀름 회장은 이튿날 윤해솔 가람조선 사장과 만찬을 함께했습니다.",
     "2031-04-11", ("MEET", "occurred", "2031-04-08")),
    # spoken `어제`, then `이 자리에서` in the next sentence but one
    ("[기자] 오스카 린드홀름 노르바크해운 회장은 어제 가람조선 본사를 찾아 윤해솔 사장과 만났습니다. "
     "린드홀름 회장은 선박 네 척을 더 맡기고 싶다고 말했습니다. "
     "노르바크해운과 가람조선은 이 자리에서 선박 건조 계약을 맺었습니다.",
     "2031-04-11", ("PARTNER", "occurred", "2031-04-10")),
])
def test_dating_a_spoken_day_is_what_the_next_days_count_from(text, published, expected):
    assert expected in _dated(text, published)


@pytest.mark.parametrize("text, expected", [
    # a pledge quoted after the day the speaker spoke is dated by that day, not by the day of the news
    ("윤해솔 가람조선 사장은 8일 기자들과 만나 \"내년까지 베트남 조선소에 2억 달러를 투자하겠다\"고 밝혔다.",
     ("INVEST", "planned", "2031-04-08")),
    # so is a request to invest quoted after a meeting's day
    ("윤해솔 가람조선 사장은 지난 8일 오스카 린드홀름 노르바크해운 회장과 만나 "
     "\"가람조선의 새 도크에 투자해 달라\"고 했다.", ("INVEST", "requested", "2031-04-08")),
])
def test_dating_a_quoted_pledge_or_request_takes_the_day_it_was_spoken(text, expected):
    assert expected in _dated(text, "2031-04-11")


@pytest.mark.parametrize("text", [
    "가람조선이 노르바크해운으로부터 해양플랜트 업체 솔섬엔지니어링 지분 40%를 인수했다. 거래는 지난 7일 종결됐다.",
    "가람조선이 해양플랜트 업체 솔섬엔지니어링 지분 40%를 인수했다고 11일 밝혔다. 거래는 지난 7일 마무리됐다.",
])
def test_dating_a_completed_purchase_takes_the_day_its_closing_is_told(text):
    assert ("INVEST", "occurred", "2031-04-07") in _dated(text, "2031-04-11")


def test_dating_a_weekday_ahead_in_a_quotation_is_no_day_told_as_done():
    """`수요일 … 만찬을 연다` in a quotation names a plan: an arrival told as done keeps its own day."""
    text = ("오스카 린드홀름 노르바크해운 회장이 9일 인천공항으로 입국했다. "
            "회사 측은 \"린드홀름 회장은 수요일 윤해솔 가람조선 사장과 만찬을 할 것\"이라고 밝혔다.")
    assert ("VISIT", "occurred", "2031-04-09") in _dated(text, "2031-04-10")


def test_dating_the_day_after_the_teller_of_a_release_dates_the_saying():
    """`맺었다고 도가 9일 밝혔다`: the teller named between the quotative and the day; the act keeps
    the day its own clause counts (`이튿날`)."""
    text = ("윤해솔 가람조선 사장은 지난 2일 오스카 린드홀름 노르바크해운 회장과 만났다. "
            "노르바크해운은 이튿날 가람조선과 2억 달러를 투자해 울산에 도크를 짓는 내용의 협약을 맺었다고 "
            "울산시가 9일 밝혔다.")
    assert ("PARTNER", "occurred", "2031-04-03") in _dated(text, "2031-04-10")


@pytest.mark.parametrize("text, expected", [
    # a meeting asked for with no time asked takes no day carried over from the sentence before
    ("오스카 린드홀름 노르바크해운 회장이 다음 달 5일 방한한다. 린드홀름 회장은 윤해솔 가람조선 사장과의 "
     "면담을 요청해 둔 상태다.", ("MEET", "requested", None)),
    ("윤해솔 가람조선 사장은 8일 오스카 린드홀름 노르바크해운 회장과 만났다. 린드홀름 회장은 윤 사장에게 "
     "오슬로 본사를 찾아 달라고 요청했다.", ("VISIT", "requested", None)),
    # the time asked for, told in its own sentence, dates it
    ("윤해솔 가람조선 사장은 8일 오스카 린드홀름 노르바크해운 회장과 만났다. 린드홀름 회장은 윤 사장에게 "
     "오는 9월 오슬로 본사를 찾아 달라고 요청했다.", ("VISIT", "requested", "2031-09")),
])
def test_dating_a_meeting_or_visit_asked_for_takes_only_the_time_asked(text, expected):
    assert expected in _dated(text, "2031-04-10")

