"""Meetings the reader finds: people whose names Kiwi cuts before a final consonant, floor leaders,
the interviewee of an interview acting in its answers, and counted groups (`두 사람`, `세 사람`, `양사 대표`)
standing for the people named before, at the head of a chain of clauses or as the counterpart.
Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text

_DAY = "2029-09-15"


def _meets(text: str) -> list[tuple[frozenset, str, str | None]]:
    return sorted(((e.people, e.status, e.date) for e in read_text(text, _DAY) if e.type == "MEET"),
                  key=lambda m: (len(m[0]), m[2] or ""))


@pytest.mark.parametrize("text, people", [
    # 경훈, 상훈: Kiwi reads the final ㄴ as the spoken topic particle (…후/NNG ᆫ/JX)
    ("김경훈 한별그룹 회장은 14일 서울에서 아사다 히로키 사장과 만났다.", {"김경훈", "아사다 히로키"}),
    ("한상훈 누리소재 대표가 14일 부산에서 엘리엇 브룩스 하버라인 회장을 만났다.", {"한상훈", "엘리엇 브룩스"}),
    # a floor leader is a title like a party leader
    ("오태림 국무총리가 14일 공관에서 구세진 새빛당 원내대표와 만찬 회동을 했다.", {"오태림", "구세진"}),
])
def test_meetings_found_names_of_every_shape(text, people):
    assert _meets(text) == [(frozenset(people), "occurred", "2029-09-14")]


def test_meetings_found_a_pair_at_the_head_of_a_chain_of_clauses():
    text = ("박경훈 솔빛기계 회장과 아사다 히로키 미나토산업 사장이 14일 서울에서 다시 만났다. "
            "두 사람은 2021년 오사카에서 부품 입찰을 함께 준비하며 처음 만났지만, 이후 연락이 끊겼다.")
    pair = frozenset({"박경훈", "아사다 히로키"})
    assert _meets(text) == [(pair, "occurred", "2021"), (pair, "occurred", "2029-09-14")]


def test_meetings_found_a_counted_group_with_no_name_in_its_clause():
    text = ("도선우 장관은 14일 아사다 히로키 미나토산업 사장과 회담했다. 두 사람은 이어진 만찬에 엘리엇 브룩스 "
            "하버라인 회장을 함께 불렀고, 세 사람은 항만 자동화 협력을 주제로 대화했다.")
    assert (frozenset({"도선우", "아사다 히로키", "엘리엇 브룩스"}), "occurred", "2029-09-14") in _meets(text)


def test_meetings_found_a_counted_group_as_the_counterpart():
    text = ("엘리엇 브룩스 하버라인 회장은 13일 박경훈 솔빛기계 회장을, 오후에는 한상훈 누리소재 대표를 각각 만났다. "
            "브룩스 회장은 이튿날 저녁 두 회장과 만찬을 함께했다.")
    assert _meets(text) == [
        (frozenset({"엘리엇 브룩스", "박경훈"}), "occurred", "2029-09-13"),
        (frozenset({"엘리엇 브룩스", "한상훈"}), "occurred", "2029-09-13"),
        (frozenset({"엘리엇 브룩스", "박경훈", "한상훈"}), "occurred", "2029-09-14"),
    ]


def test_meetings_found_the_heads_of_two_companies_are_the_pair_named():
    text = ("박경훈 솔빛기계 회장은 14일 아사다 히로키 미나토산업 사장과 화상 회의를 했다. "
            "양사 대표는 다음 달 오사카에서 만나 공급 계약서에 서명하기로 했다.")
    pair = frozenset({"박경훈", "아사다 히로키"})
    assert _meets(text) == [(pair, "occurred", "2029-09-14"), (pair, "planned", "2029-10")]


def test_meetings_found_a_counted_group_with_no_time_of_its_own_is_the_meeting_told():
    text = ("박경훈 솔빛기계 회장과 한상훈 누리소재 대표, 엘리엇 브룩스 하버라인 회장이 14일 저녁 서울의 한 식당에서 "
            "만났다. 세 사람은 한 테이블에 둘러앉아 두 시간 가까이 이야기를 나눴다.")
    assert _meets(text) == [(frozenset({"박경훈", "한상훈", "엘리엇 브룩스"}), "occurred", "2029-09-14")]


def test_meetings_found_the_interviewee_acts_in_the_answers():
    text = ('[인터뷰] 하도윤 별하늘로봇 대표 "오사카에서 길을 찾았다"\n'
            "―첫 해외 고객은 어떻게 만났나.\n"
            '"지난해 10월 오사카로 건너가 아사다 히로키 미나토산업 사장을 직접 만났다. 그 뒤 석 달 만에 계약했다."')
    assert _meets(text) == [(frozenset({"하도윤", "아사다 히로키"}), "occurred", "2028-10")]

