"""Background occasions a count of time runs from (`2019년 6월 이후 6년 만이다`): the earlier visit or
meeting is dated by the time the text gives it, and that time does not date the acts told next.
Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _events(text: str, published: str, kind: str) -> list[tuple[str, str | None]]:
    return sorted(((e.status, e.date) for e in read_text(text, published) if e.type == kind),
                  key=lambda pair: (pair[0], pair[1] or ""))


@pytest.mark.parametrize("text, expected", [
    # a guess about a meeting with no subject of its own, after the count: not on the last visit's month
    ("도하린 한빛전자 회장이 방한해 국내 총수들과 회동한다. 도 회장의 방한은 2018년 9월 이후 7년 만이다. "
     "업계에서는 설윤아 가람바이오 대표와의 회동 가능성도 거론된다.", [("speculated", None)]),
    # a meeting guessed for the trip ahead: the trip's day, not the year counted from
    ("도하린 한빛전자 회장이 오는 20일 방한한다. 도 회장의 방한은 2019년 6월 이후 6년 만이다. "
     "설윤아 가람바이오 대표와 만날 가능성도 거론된다.", [("speculated", "2025-11-20")]),
    # `방한 기간` of a plan is the trip ahead, not the visit the count runs from
    ("표재헌 청람중공업 회장이 다음 주 방한한다. 표 회장의 방한은 2018년 3월 이후 7년 만이다. "
     "방한 기간 중 설윤아 가람바이오 대표와의 만남도 성사될 것으로 보인다.", [("speculated", "2025-11-24")]),
])
def test_the_time_a_count_runs_from_does_not_date_a_plan_told_next(text, expected):
    assert _events(text, "2025-11-17", "MEET") == expected


def test_an_act_told_as_done_right_after_the_count_is_on_the_earlier_visit():
    """`방한은 2013년 6월 이후 10년 만이다. … 등을 만났다`: told as done with no subject, the same
    occasion as the visit counted from (kept)."""
    text = ("표재헌 청람중공업 회장의 방한은 다음 달로 잡혔다. 표 회장의 방한은 2014년 5월 이후 약 11년 만이다. "
            "당시 도하린 한빛전자 회장 등을 만났다.")
    assert ("occurred", "2014-05") in _events(text, "2025-04-10", "MEET")


@pytest.mark.parametrize("text, earlier", [
    # the meeting word is the topic the count is told of; the time is another act's (`방문한 이후`)
    ("도하린 한빛전자 회장이 26일 서울에서 설윤아 가람바이오 대표를 만났다. 두 사람이 국내에서 만난 건 "
     "설 대표가 2007년 한빛전자 구미 공장을 둘러본 이후 17년 만이다.", "2007"),
    ("도하린 한빛전자 회장이 26일 서울에서 설윤아 가람바이오 대표를 만났다. 두 사람이 한자리에 모인 것은 "
     "2016년 설 대표가 한빛전자 본사를 찾은 이후 8년 만이다.", "2016"),
    ("도하린 한빛전자 회장이 26일 서울에서 설윤아 가람바이오 대표를 만났다. 두 사람이 얼굴을 맞댄 것은 "
     "지난 2011년 3월 설 대표가 부산 박람회에 참석한 이후 13년 만이다.", "2011-03"),
    # the count before the meeting word, with the time of a gathering named (`회동 이후`)
    ("도하린 한빛전자 회장이 26일 서울에서 설윤아 가람바이오 대표를 만났다. 두 사람의 만남은 지난 3월 도쿄 회동 이후 "
     "두 달 만이다.", "2024-03"),
])
def test_a_meeting_counted_since_a_dated_occasion_tells_the_meeting_then(text, earlier):
    """The count is told of the meeting now; the time before `이후` dates the meeting then, whichever
    act's time it is (a visit's, an attendance's)."""
    assert _events(text, "2024-05-27", "MEET") == [("occurred", earlier), ("occurred", "2024-05-26")]


@pytest.mark.parametrize("text", [
    # a count with no time: the year is not reckoned back (ANNOTATION: undated background is null)
    "도하린 한빛전자 회장은 26일 서울에서 설윤아 가람바이오 대표와 14년 만에 다시 만났다.",
    "도하린 한빛전자 회장이 26일 서울에서 설윤아 가람바이오 대표를 만났다. 두 사람이 만난 것은 약 5년 만이다.",
    # a time that is no start of a count (`이후` with no `만`)
    "도하린 한빛전자 회장은 2019년 취임 이후 처음으로 26일 서울에서 설윤아 가람바이오 대표를 만났다.",
])
def test_a_count_without_the_time_it_runs_from_tells_no_earlier_meeting(text):
    assert _events(text, "2024-05-27", "MEET") == [("occurred", "2024-05-26")]


@pytest.mark.parametrize("text", [
    "표재헌 청람중공업 회장이 19일 설윤아 가람바이오 대표를 만나 투자 방안을 논의했다. "
    "가람바이오는 청주에 공장을 짓는 데 500억원을 투자하는 방안을 추진하고 있다.",
    "도하린 한빛전자 회장은 19일 울산에서 표재헌 청람중공업 회장과 회동했다. "
    "청람중공업은 울산 조선소에 3000억원을 추가로 투자하는 방안을 검토하고 있다.",
])
def test_a_plan_with_no_subject_of_its_own_takes_no_day_gone_before_the_news(text):
    """A plan still under way, told after a meeting on a day already gone, is not on that day."""
    assert _events(text, "2025-09-20", "INVEST") == [("planned", None)]
