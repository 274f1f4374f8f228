"""Absences from an event in Korea (our own sentences, invented companies and people): a foreign
executive who stays away missed the trip it needed, a denied visit on the event's time; a Korean who
stays away travels nowhere, and an event held abroad is no trip to Korea."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[frozenset[str], str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text, published, person, day", [
    ("루카 페라리스 토리노로보틱스 CEO는 다음 달 서울에서 열리는 한·이탈리아 로봇 포럼에 불참한다.",
     "2027-05-20", "루카 페라리스", "2027-06"),
    ("잉그리드 보스 노르다해운 회장은 지난 3일 부산에서 열린 해양 정상회의에 불참했다.",
     "2027-05-20", "잉그리드 보스", "2027-05-03"),
    # the event told in the sentence before gives the time
    ("가람자동차 울산 신공장 준공식이 오는 9일 열린다. 일본 협력사 오쿠보정밀의 오쿠보 신이치 회장은 준공식에 "
     "불참한다고 알려 왔다.", "2027-05-02", "오쿠보 신이치", "2027-05-09"),
], ids=["month-ahead", "day-past", "event-told-before"])
def test_a_foreign_executive_staying_away_from_an_event_here_is_a_denied_visit(text, published, person, day):
    assert (frozenset({person}), "denied", day) in _visits(text, published), _visits(text, published)


@pytest.mark.parametrize("text", [
    "도하린 한빛전자 회장은 오는 9일 청와대 만찬에 불참한다.",  # a Korean stays away: no trip
    "루카 페라리스 토리노로보틱스 CEO는 다음 달 도쿄에서 열리는 로봇 포럼에 불참한다.",  # held abroad
], ids=["korean", "abroad"])
def test_staying_away_is_no_visit_for_a_korean_or_from_an_event_abroad(text):
    assert _visits(text, "2027-05-02") == []
