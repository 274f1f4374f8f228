"""Meetings told by what the people did together: talking (`대화를 나눴다`, `대화했다`), tea
(`차를 마시며`), and a counted group that a newcomer joins (`B가 합류해 세 사람이 만찬을 함께했다`).
Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2026-06-10") -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "MEET"]


_PAIR = frozenset({"도하린", "설윤아"})


@pytest.mark.parametrize("text, expected", [
    ("도하린 한빛전자 회장은 9일 시상식이 끝난 뒤 설윤아 가람바이오 대표와 자리를 옮겨 30분가량 대화를 나눴다.",
     [(_PAIR, "occurred", "2026-06-09")]),
    ("도하린 한빛전자 회장과 설윤아 가람바이오 대표는 9일 부산의 한 호텔에서 한 시간 넘게 대화했다.",
     [(_PAIR, "occurred", "2026-06-09")]),
    ("도하린 한빛전자 회장은 9일 서울에서 설윤아 가람바이오 대표와 차를 마시며 배터리 공급 방안을 논의했다.",
     [(_PAIR, "occurred", "2026-06-09")]),
])
def test_talking_or_tea_with_a_named_person_is_a_meeting(text, expected):
    assert _meets(text) == expected


@pytest.mark.parametrize("text", [
    "도하린 한빛전자 회장은 9일 임직원들과 대화를 나눴다.",  # no named counterpart
    "설윤아 가람바이오 대표는 9일 기자간담회에서 \"노사 대화가 필요하다\"고 말했다.",  # a word, not a talk held
    "도하린 한빛전자 회장은 9일 사무실에서 혼자 차를 마시며 보고서를 읽었다.",
])
def test_no_meeting_without_a_named_counterpart(text):
    assert _meets(text) == []


def test_a_counted_group_a_newcomer_joins_is_one_gathering_of_all():
    text = ("도하린 한빛전자 회장은 9일 부산에서 설윤아 가람바이오 대표와 만나 공급 방안을 논의했다. "
            "다음 날에는 표재헌 청람중공업 부회장이 합류해 세 사람이 만찬을 함께했다.")
    assert _meets(text) == [(_PAIR, "occurred", "2026-06-09"),
                            (_PAIR | {"표재헌"}, "occurred", "2026-06-10")]


@pytest.mark.parametrize("text, expected", [
    ("도하린 한빛전자 회장은 9일 저녁 숙소에서 설윤아 가람바이오 대표와 담소를 나누며 협력 방안을 들었다.",
     [(_PAIR, "occurred", "2026-06-09")]),
    ("도하린 한빛전자 회장은 9일 오후 자리를 옮겨 설윤아 가람바이오 대표와 한 시간가량 차담을 이어갔다.",
     [(_PAIR, "occurred", "2026-06-09")]),
    ("도하린 한빛전자 회장과 설윤아 가람바이오 대표는 지난 9일 전화 통화에서 공급 일정을 확인했다.",
     [(_PAIR, "occurred", "2026-06-09")]),
    ("한빛전자는 도하린 회장과 설윤아 가람바이오 대표의 전화 통화를 조율하고 있다고 밝혔다.",
     [(_PAIR, "planned", None)]),
])
def test_a_chat_a_tea_continued_or_a_phone_call_told_without_a_light_verb_is_a_meeting(text, expected):
    assert _meets(text) == expected


def test_a_phone_interview_with_a_paper_is_no_meeting():
    assert _meets("도하린 한빛전자 회장은 9일 본지와의 전화 통화에서 \"증설 계획은 없다\"고 말했다.") == []
