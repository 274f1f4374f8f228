"""Meetings told by their topic: two named people who discuss (`논의하다`) or talk over (`협의하다`)
something met, though no meeting word is said; a discussion told after the meeting is that meeting.
Companies that discuss, or a person who talks a matter over with unnamed others, tell no meeting.
Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "MEET"]


_PAIR = frozenset({"권다온", "문태호"})


@pytest.mark.parametrize("text, expected", [
    # the pair as joint subject
    ("권다온 새솔정밀 회장과 문태호 한결상사 사장가 8일 부품 공동 구매 방안을 논의했다.",
     [(_PAIR, "occurred", "2026-06-08")]),
    # the counterpart with 와/과
    ("권다온 새솔정밀 회장은 8일 문태호 한결상사 사장와 설비 이전 일정을 협의했다.",
     [(_PAIR, "occurred", "2026-06-08")]),
    # a discussion still ahead
    ("권다온 새솔정밀 회장은 다음 달 문태호 한결상사 사장와 합작 조건을 논의할 예정이다.",
     [(_PAIR, "planned", "2026-07")]),
    # told after the meeting: the same gathering, not a second one
    ("권다온 새솔정밀 회장이 8일 서울에서 문태호 한결상사 사장를 만났다. 권 회장과 문 사장는 "
     "부품 공동 구매 방안을 논의했다.",
     [(_PAIR, "occurred", "2026-06-08")]),
])
def test_two_named_people_who_discuss_a_matter_met(text, expected):
    assert _meets(text, "2026-06-10") == expected


@pytest.mark.parametrize("text", [
    "새솔정밀과 한결상사는 부품 공동 구매 방안을 논의하고 있다.",  # companies, no people
    "권다온 새솔정밀 회장은 8일 임원들과 설비 이전 일정을 협의했다.",  # no named counterpart
    "권다온 새솔정밀 회장은 관계 부처와 수출 대책을 논의했다고 밝혔다.",  # an office, not a person
])
def test_no_meeting_without_two_named_people(text):
    assert _meets(text, "2026-06-10") == []


def _meeting_evidence(text: str, published: str) -> list[list[str]]:
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    events = find_events(text, analysis, find_entities(text, analysis, published), published)
    return [[text[start:end] for start, end in e.evidence] for e in events if e.type == "MEET"]


@pytest.mark.parametrize("text", [
    # the pair named again
    "권다온 새솔정밀 회장이 8일 서울에서 문태호 한결상사 사장를 만났다. 권 회장과 문 사장는 부품 공동 구매 방안을 논의했다.",
    # the pair as `두 사람`, with a day of its own that does not move the meeting
    "권다온 새솔정밀 회장은 8일 문태호 한결상사 사장와 만찬을 했다. 두 사람은 이날 설비 이전 일정을 협의했다.",
])
def test_a_discussion_after_the_meeting_is_evidence_of_it(text):
    first, second = (part.strip() for part in text.split(". ", 1))
    assert _meeting_evidence(text, "2026-06-10") == [[first + ".", second]]


@pytest.mark.parametrize("text, people", [
    # guests of a gathering the sentence names again, who discussed something there
    ("권다온 새솔정밀 회장은 8일 협력사 대표 간담회를 열었다. 간담회에는 문태호 한결상사 사장과 윤세아 가온물류 대표가 "
     "참석해 납품 단가 조정 방안을 논의했다.", {"권다온", "문태호", "윤세아"}),
    # the gathering named again as the place of the talks
    ("권다온 새솔정밀 회장은 8일 문태호 한결상사 사장과 만찬 회동을 했다. 두 사람은 이날 회동에서 설비 이전 일정을 "
     "협의했다.", {"권다온", "문태호"}),
])
def test_a_discussion_at_a_gathering_named_again_is_that_gathering(text, people):
    assert [(found, status) for found, status, _ in _meets(text, "2026-06-10")] == [(frozenset(people), "occurred")]
