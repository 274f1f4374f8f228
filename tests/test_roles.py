"""Who takes part: hosts left out of their guests' list, groups whose members are listed apart,
plural subjects that mean the group just told, people left out or stood in for, and companions of a
trip. Sentences of our own writing, invented companies and people."""

from __future__ import annotations

import pytest
from conftest import read_text



def _events(text: str, kind: str, published: str = "2025-04-10") -> list[set[str]]:
    return [set(e.people) for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, people", [
    ("도하린 한빛전자 회장이 해외 협력사 대표들을 부산으로 초청했다.\n\n"
     "9일 해운대의 한 호텔에서 열린 만찬에는 사토 겐지 미나토상사 회장과 설윤아 가람바이오 대표가 참석했다.",
     {"도하린", "사토 겐지", "설윤아"}),
    ("표재헌 청람중공업 부회장은 지난달 취임 후 첫 해외 고객 행사를 열었다.\n\n"
     "8일 울산 본사에서 열린 오찬에는 한스 뮐러 노르트reederei CEO와 왕리핑 하이양해운 사장이 참석했다.",
     {"표재헌", "한스 뮐러", "왕리핑"}),
    ("설윤아 가람바이오 대표가 국내 바이오 벤처 대표들을 한자리에 모았다.\n\n"
     "7일 서울 성수동에서 열린 간담회에는 도하린 한빛전자 회장도 참석했다.",
     {"설윤아", "도하린"}),
], ids=["dinner-two-guests", "lunch-two-guests", "meeting-one-guest"])
def test_roles_a_gathering_told_by_its_guest_list_has_the_host_the_text_is_about(text, people):
    """`… 열린 만찬에는 A와 B가 참석했다`: the guests listed leave out the host, the person of the
    sentence before."""
    meets = _events(text, "MEET")
    assert len(meets) == 1 and {n.split()[0] for n in meets[0]} >= {p.split()[0] for p in people}


def test_roles_a_guest_list_does_not_take_the_host_when_the_host_is_named():
    """`A 회장이 주재한 오찬에는 B와 C가 참석했다`: A is named; no one else is added."""
    text = ("설윤아 가람바이오 대표는 지난주 유럽 출장을 다녀왔다.\n\n"
            "9일 열린 오찬에는 도하린 한빛전자 회장과 사토 겐지 미나토상사 회장, 설윤아 대표가 참석했다.")
    meets = _events(text, "MEET")
    assert len(meets) == 1 and {n.split()[0] for n in meets[0]} == {"도하린", "사토", "설윤아"}


@pytest.mark.parametrize("text, kind, people", [
    # a delegation met, then listed in a sentence of its own
    ("표재헌 산업부 차관은 3일 세종청사에서 중소 수출기업 대표단과 간담회를 했다.\n\n"
     "대표단은 도하린 한빛전자 회장, 설윤아 가람바이오 대표 등 2명이다.",
     "MEET", {"표재헌", "도하린", "설윤아"}),
    # a party arrived, then its members are listed
    ("한스 뮐러 노르트해운 CEO 일행이 5일 방한했다.\n\n일행에는 왕리핑 노르트해운 부사장이 포함됐다.",
     "VISIT", {"한스 뮐러", "왕리핑"}),
], ids=["delegation-met", "party-arrived"])
def test_roles_a_group_takes_the_members_a_later_sentence_lists(text, kind, people):
    """`대표단과 간담회를 했다. 대표단은 A, B 등 2명이다`: A and B took part."""
    found = _events(text, kind)
    assert len(found) == 1 and {n.split()[0] for n in found[0]} == {p.split()[0] for p in people}


def test_roles_a_group_named_after_its_list_brings_its_members():
    """`X 일행에는 A가 포함됐다. X 일행은 B와 만날 예정이다`: A meets B too."""
    text = ("한스 뮐러 노르트해운 CEO 일행이 5일 방한했다.\n\n일행에는 왕리핑 노르트해운 부사장이 포함됐다.\n\n"
            "뮐러 CEO 일행은 7일 도하린 한빛전자 회장과 만날 예정이다.")
    meets = _events(text, "MEET")
    assert len(meets) == 1 and {n.split()[0] for n in meets[0]} == {"한스", "왕리핑", "도하린"}


def test_roles_a_group_acting_in_its_own_sentence_is_not_listed():
    """`대표단은 이날 A 장관과 만났다`: A is whom the group met, not a member of it."""
    text = ("중소 수출기업 대표단이 3일 방미했다.\n\n대표단은 이날 워싱턴에서 존 밀러 미국 상무차관과 만났다.")
    assert all("존 밀러" in people for people in _events(text, "MEET"))
    assert not any("존 밀러" in people for people in _events(text, "VISIT"))


def test_roles_a_plural_subject_means_the_group_just_told_but_the_one_left_out():
    """`X 회장을 제외한 세 그룹 총수들은 … Y와 만났다`: the group of the meeting before, without X."""
    text = ("도하린 한빛전자 회장, 표재헌 청람중공업 부회장, 설윤아 가람바이오 대표, 오카다 히로시 미나토상사 회장 등은 "
            "9일 저녁 신라호텔에서 왕리핑 중국 상무부장과 만났다.\n\n"
            "오카다 회장을 제외한 총수들은 이날 낮 정부서울청사에서 열린 오찬에서도 왕 부장과 만났다.")
    meets = _events(text, "MEET")
    assert len(meets) == 2
    lunch = next(m for m in meets if not any(n.startswith("오카다") for n in m))
    assert {n.split()[0] for n in lunch} == {"도하린", "표재헌", "설윤아", "왕리핑"}


def test_roles_someone_stood_in_for_did_not_meet():
    """`A는 B 회장을 대신해 C를 만났다`: B was not there."""
    text = "사토 겐지 미나토상사 사장은 9일 B 회장을 대신해 도하린 한빛전자 회장을 만났다."
    text = text.replace("B 회장", "왕리핑 미나토상사 회장")
    meets = _events(text, "MEET")
    assert len(meets) == 1 and {n.split()[0] for n in meets[0]} == {"사토", "도하린"}


def test_roles_two_gatherings_of_one_day_at_two_places_stay_apart():
    """The same people at lunch in one place and at dinner in another: two gatherings."""
    text = ("도하린 한빛전자 회장과 표재헌 청람중공업 부회장은 9일 낮 정부서울청사에서 왕리핑 중국 상무부장과 오찬을 했다.\n\n"
            "도 회장과 표 부회장, 설윤아 가람바이오 대표는 이날 저녁 롯데호텔에서 왕 부장과 다시 만났다.")
    assert len(_events(text, "MEET")) == 2


def test_roles_companions_of_this_visit_join_the_trip_not_a_site_on_it():
    """`이번 방문에는 A와 B가 동행한다`: they go on the trip to the country; the plant visit told just
    before is one stop of it."""
    text = ("도하린 산업부 장관은 11일 독일 방문을 위해 출국했다.\n\n"
            "도 장관은 이번 방문 기간 뮌헨의 아우토크라프트 공장 방문도 할 예정이다.\n\n"
            "이번 방문에는 표재헌 청람중공업 부회장과 설윤아 가람바이오 대표가 동행한다.")
    visits = _events(text, "VISIT", "2025-12-11")
    trip = max(visits, key=len)
    assert {n.split()[0] for n in trip} == {"도하린", "표재헌", "설윤아"}


def test_roles_an_attendance_adds_only_the_people_of_its_own_clause():
    """`면담에는 A만 배석했고, B는 같은 시각 공장을 찾았다`: B, told doing something else, did not attend."""
    text = ("도하린 한빛전자 회장은 4일 베트남 하노이를 방문해 응우옌 반 탄 베트남 총리를 예방했다.\n\n"
            "예방에는 표재헌 한빛전자 부회장만 배석했고, 설윤아 한빛전자 사장은 같은 시각 하이퐁 공장을 둘러봤다.")
    meets = _events(text, "MEET", "2025-06-05")
    assert len(meets) == 1 and not any(n.startswith("설윤아") for n in meets[0])
    assert any(n.startswith("표재헌") for n in meets[0])


@pytest.mark.parametrize("text, kind, people", [
    ("표재헌 대변인은 2일 브리핑에서 \"도하린 장관과 설윤아 차관은 다음 주 독일을 방문할 예정\"이라고 밝혔다.",
     "VISIT", {"도하린", "설윤아"}),
    ("표재헌 대변인은 2일 \"도하린 장관은 9일 왕리핑 중국 상무부장과 회담할 예정\"이라고 말했다.",
     "MEET", {"도하린", "왕리핑"}),
], ids=["visit-announced", "meeting-announced"])
def test_roles_the_speaker_of_a_quotation_with_its_own_subject_takes_no_part(text, kind, people):
    """`X는 "A와 B는 … 방문할 예정"이라고 밝혔다`: A and B go; X only tells it."""
    found = _events(text, kind, "2025-06-02")
    assert len(found) == 1 and {n.split()[0] for n in found[0]} == people


def test_roles_a_speaker_who_tells_their_own_plan_goes():
    """`X는 "다음 달 일본을 방문해 Y를 만날 계획"이라고 밝혔다`: no subject in the quotation, so X goes."""
    text = "도하린 한빛전자 대표는 2일 기자간담회에서 \"다음 달 일본 오사카를 방문해 오카다 히로시 회장을 만날 계획\"이라고 밝혔다."
    visits = _events(text, "VISIT", "2025-06-02")
    assert len(visits) == 1 and {n.split()[0] for n in visits[0]} == {"도하린"}


@pytest.mark.parametrize("text, kind, absent", [
    ("도하린 한빛전자 회장은 9일 왕리핑 중국 상무부장과 면담했다.\n\n"
     "이 자리에는 설윤아 한빛전자 사장도 배석했다고 표재헌 한빛전자 대변인이 밝혔다.", "MEET", "표재헌"),
    ("도하린 장관은 9일 서울에서 왕리핑 중국 상무부장을 접견했다고 표재헌 대변인이 전했다.", "MEET", "표재헌"),
], ids=["attendance-told", "meeting-told"])
def test_roles_one_named_after_a_quotative_ending_tells_the_act_and_is_not_in_it(text, kind, absent):
    """`… 배석했다고 X 대변인이 밝혔다`: X reports; the act has its own subject."""
    found = _events(text, kind, "2025-06-10")
    assert found and not any(absent in people for people in found)
