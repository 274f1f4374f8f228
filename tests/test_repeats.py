"""Repeat meetings (`다시 만나`, `재회`): they come after an earlier meeting of the same people, which
is another gathering. Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meetings(text: str, published: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    return sorted((tuple(sorted(e.people)), e.status, e.date) for e in read_text(text, published)
                  if e.type == "MEET")


@pytest.mark.parametrize("text, expected", [
    # a repeat whose clause names one of the pair, told in a quotation: between the pair met before
    ("도하린 한빛전자 대표와 클라라 로젠탈 회장은 지난달 뮌헨에서 8년 만에 재회했다. 도 대표는 \"로젠탈 회장이 부산에 오는 "
     "다음 달 초 다시 만나 증설 문제를 논의하기로 했다\"고 말했다.",
     [(("도하린", "클라라 로젠탈"), "occurred", "2026-04"), (("도하린", "클라라 로젠탈"), "planned", "2026-06")]),
    # a repeat with its pair left unsaid, counted since a dated occasion: the pair's meeting then
    ("도하린 한빛전자 대표가 12일 서울에서 클라라 로젠탈 회장과 면담했다. 지난 2009년 로젠탈 회장이 처음 한국을 찾았을 때 "
     "공장 안내를 맡았던 이후 17년 만에 재회한 것이다.",
     [(("도하린", "클라라 로젠탈"), "occurred", "2009"), (("도하린", "클라라 로젠탈"), "occurred", "2026-05-12")]),
])
def test_a_repeat_naming_fewer_than_two_is_between_the_people_met_before(text, expected):
    assert _meetings(text, "2026-05-14") == expected


@pytest.mark.parametrize("text", [
    "한지호 솔빛소재 대표는 지난 1월 서울에서 마르코 벨리니 회장을 만났다. 한 대표는 다음 달 밀라노 포럼에서 "
    "벨리니 회장과 지난 1월 이후 다시 만나 납품 일정을 논의할 예정이다.",
    "한지호 솔빛소재 대표는 지난 1월 서울에서 마르코 벨리니 회장을 만났다. 두 사람은 지난 1월 이후 "
    "다시 만나 공급 조건을 매듭지을 계획이다.",
])
def test_the_time_a_repeat_is_told_after_is_the_earlier_meetings(text):
    """`지난 1월 이후 다시 만나`: January is the last meeting's time, so the repeat ahead is another one."""
    found = _meetings(text, "2025-05-04")
    assert [status for _, status, _ in found] == ["occurred", "planned"]
    assert found[0][2] == "2025-01" and found[1][2] != "2025-01"


@pytest.mark.parametrize("text, expected", [
    # a repeat told twice, the second time with the same day: one meeting
    ("여도훈 누리칩스 대표와 클라라 로젠탈 회장이 12일 뮌헨에서 다시 만났다. 두 사람의 12일 회동은 "
     "두 시간 동안 이어졌다.", [(("여도훈", "클라라 로젠탈"), "occurred", "2026-05-12")]),
    # a repeat with no time of its own and a report of that meeting with its day: one meeting
    ("여도훈 누리칩스 대표와 클라라 로젠탈 회장이 다시 만났다. 두 사람은 12일 뮌헨의 한 호텔에서 "
     "회동했다.", [(("여도훈", "클라라 로젠탈"), "occurred", "2026-05-12")]),
    # a repeat of one person with no meeting of theirs told before: none
    ("여도훈 누리칩스 대표는 다음 달 다시 만나 협력을 논의하겠다고 말했다.", []),
])
def test_a_repeat_told_again_is_one_meeting(text, expected):
    assert _meetings(text, "2026-05-14") == expected
