"""Who attended a gathering: attendance sentences that name one side of it (`한국 측에서는`), more
of its guests (`이 외에`), or someone showing up at the scene (`현장에 모습을 드러냈다`); a gathering
first told with one named attendee stays open for the lists that follow. Sentences of our own
writing, invented companies and people."""

from __future__ import annotations

import pytest
from conftest import read_text



def _meetings(text: str, published: str = "2025-04-10") -> list[tuple[set[str], str]]:
    return [(set(e.people), e.status) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, people, status", [
    # one attendee named with the gathering; the two sides' lists follow
    ("도하린 한빛전자 회장은 9일 서울 중구의 한 호텔에서 열린 한일 경제인 오찬 간담회에 참석했다.\n\n"
     "한국 측에서는 설윤아 가람바이오 대표, 표재헌 청람중공업 부회장 등 10명이 참석했다.\n\n"
     "일본 측에서는 사토 겐지 미나토상사 회장 등 8명이 참석했다.",
     {"도하린", "설윤아", "표재헌", "사토 겐지"}, "occurred"),
    # the same, told ahead: the attendance is to come
    ("도하린 한빛전자 회장은 12일 부산에서 열리는 경제인 간담회에 참석한다.\n\n"
     "우리 측에서는 설윤아 가람바이오 대표와 표재헌 청람중공업 부회장 등이 참석할 것으로 알려졌다.",
     {"도하린", "설윤아", "표재헌"}, "planned"),
], ids=["two-sides-held", "our-side-to-come"])
def test_attendance_lists_by_side_join_the_gathering_one_attendee_opened(text, people, status):
    """`A는 간담회에 참석했다. 한국 측에서는 B, C가 참석했다`: one gathering of A, B and C."""
    meets = _meetings(text)
    assert len(meets) == 1 and {name.split()[0] for name in meets[0][0]} == {p.split()[0] for p in people}
    assert meets[0][1] == status


def test_attendance_a_gathering_with_one_named_attendee_and_no_list_is_no_meeting():
    """An open gathering no one else is named at stays unannotated (a meeting needs two people)."""
    text = "도하린 한빛전자 회장은 9일 서울에서 열린 경제인 간담회에 참석했다.\n\n간담회는 두 시간 동안 이어졌다."
    assert _meetings(text) == []


def test_attendance_the_other_side_of_a_meeting_already_told_joins_it():
    """`중국 측도 X, Y 등이 참석했다`: the delegation of the meeting just told, not a new one."""
    text = ("도하린 한빛전자 회장은 9일 서울에서 왕리핑 중국 상무부장과 면담했다.\n\n"
            "한빛전자에서는 설윤아 사장이 배석했고, 중국 측도 천야오 부부장 등이 참석했다.")
    meets = _meetings(text)
    assert len(meets) == 1 and meets[0][0] >= {"도하린", "왕리핑", "천야오"}


@pytest.mark.parametrize("text", [
    "도하린 한빛전자 회장과 설윤아 가람바이오 대표는 9일 서울에서 만찬 회동을 가졌다.\n\n"
    "두 사람 이외에 표재헌 청람중공업 부회장도 참석한 것으로 전해졌다.",
    "도하린 한빛전자 회장과 설윤아 가람바이오 대표는 9일 서울에서 만찬 회동을 가졌다.\n\n"
    "이 밖에 표재헌 청람중공업 부회장도 뒤늦게 합류했다.",
    "도하린 한빛전자 회장과 설윤아 가람바이오 대표는 9일 서울에서 만찬 회동을 가졌다.\n\n"
    "이날 현장에는 표재헌 청람중공업 부회장도 모습을 드러냈다.",
], ids=["besides", "and-more", "showed-up"])
def test_attendance_more_guests_of_the_gathering_told_join_it(text):
    meets = _meetings(text)
    assert [m for m, _ in meets] == [{"도하린", "설윤아", "표재헌"}]


def test_attendance_a_word_in_a_quotation_does_not_open_a_gathering():
    """`"… 역할을 수행한다"`: an attending word someone says is not an attendance."""
    text = ("도하린 한빛전자 회장은 9일 기념사에서 \"한국은 선도적 역할을 수행한다\"고 말했다.\n\n"
            "이 자리에는 설윤아 가람바이오 대표 등도 참석했다.")
    assert not any("도하린" in m and "설윤아" in m for m, _ in _meetings(text))


def test_attendance_to_come_keeps_the_tense_of_its_own_verb_not_the_report():
    """`참석하는 것으로 전해졌다`: the report is past, the attendance still to come."""
    text = ("도하린 한빛전자 회장과 설윤아 가람바이오 대표는 20일 서울에서 만찬 회동을 가질 예정이다.\n\n"
            "두 사람 이외에 표재헌 청람중공업 부회장도 참석하는 것으로 전해졌다.")
    meets = _meetings(text)
    assert [m for m, _ in meets] == [{"도하린", "설윤아", "표재헌"}] and meets[0][1] == "planned"


def _dated(text: str, published: str) -> list[tuple[set[str], str, str | None]]:
    return [(set(e.people), e.status, e.date) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, published", [
    # a gathering scheduled, then one guest who will not come
    ("라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 만찬을 가진다.\n\n"
     "표재헌 청람중공업 부회장은 같은 날 해외 일정 때문에 이번 만찬에는 불참한다.", "2025-04-11"),
    # a gathering held, then one who could not make it
    ("라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 오찬을 했다.\n\n"
     "표재헌 청람중공업 부회장은 주주총회 일정 때문에 오찬에 참석하지 못했다.", "2025-04-13"),
    # the go-between who set it up and stayed away
    ("라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 오찬을 했다.\n\n"
     "이번 만남은 표재헌 청람중공업 부회장이 주선했지만 표 부회장은 그 자리에는 참석하지 않았다.", "2025-04-13"),
], ids=["will-not-come", "could-not-come", "set-it-up"])
def test_attendance_an_absentee_no_one_expected_is_no_guest_and_no_event(text, published):
    """`X는 오찬에 참석하지 못했다` with no sentence before expecting X there: X is not at the
    gathering, and the absence is no meeting of its own (batches 3 and 5 annotate it so)."""
    meets = _dated(text, published)
    assert len(meets) == 1 and "표재헌" not in meets[0][0] and meets[0][1] != "denied", meets


def test_attendance_a_guessed_then_denied_attendance_is_one_denied_meeting():
    """`X도 이 자리에 참석할 것으로 예상됐다` … `X는 만찬에는 불참한다`: the guess is no presence; the later
    statement wins."""
    text = ("라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 만찬을 가진다.\n\n"
            "일각에서는 표재헌 청람중공업 부회장도 이 자리에 참석할 것으로 예상했다.\n\n"
            "하지만 표 부회장은 해외 출장 때문에 만찬에는 불참한다.")
    meets = _dated(text, "2025-04-11")
    assert ({"라일라 모건", "도하린", "설윤아"}, "planned", "2025-04-12") in meets
    assert [m for m in meets if "표재헌" in m[0]] == [({"라일라 모건", "표재헌"}, "denied", "2025-04-12")]


@pytest.mark.parametrize("text, people", [
    ("도하린 한빛전자 회장이 12일 독일 뮌헨의 케슬러오토모티브 본사를 방문했다.\n\n"
     "설윤아 가람바이오 대표와 표재헌 청람중공업 부회장 등도 함께했다.", {"도하린", "설윤아", "표재헌"}),
    ("도하린 한빛전자 회장은 12일 라일라 모건 노스게이트 CEO와 회동했다.\n\n"
     "표재헌 청람중공업 부회장도 동석했다.", {"도하린", "라일라 모건", "표재헌"}),
], ids=["visit", "meeting"])
def test_attendance_people_there_too_join_the_event_told_just_before(text, people):
    """`… 본사를 방문했다. B와 C 등도 함께했다`: with no scene word, those there `too` go with it."""
    told = [set(e.people) for e in read_text(text, "2025-04-13") if e.type in ("MEET", "VISIT")]
    assert told == [people]


def test_attendance_someone_there_too_at_an_occasion_of_their_own_is_not_a_companion():
    """`B도 행사에 참석했다`: B went to the ceremony, not on A's trip."""
    text = ("방한 사흘째인 라일라 모건 노스게이트 CEO가 12일 한빛전자 공장 준공식에 참석했다.\n\n"
            "도하린 한빛전자 회장도 행사에 참석했다.")
    visits = [set(e.people) for e in read_text(text, "2025-04-13") if e.type == "VISIT"]
    assert all("도하린" not in v for v in visits)


def _people_met(text: str, published: str = "2025-04-13") -> list[set[str]]:
    return [set(e.people) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, people", [
    ("도하린 한빛전자 회장과 설윤아 가람바이오 대표는 지난해 5월 라일라 모건 캐나다 총리의 방한 당시에도 "
     "표재헌 청람중공업 부회장과 만찬을 가졌다.", {"도하린", "설윤아", "표재헌"}),
    ("도하린 한빛전자 회장은 2019년 라일라 모건 총리 방일 기간에 열린 간담회에서 설윤아 가람바이오 대표와 "
     "표재헌 청람중공업 부회장을 만났다.", {"도하린", "설윤아", "표재헌"}),
], ids=["visit-at-the-time", "during-the-visit"])
def test_attendance_a_visitor_whose_visit_tells_the_time_is_not_at_the_meeting(text, people):
    """`X 총리의 방한 당시에도 A와 만찬을 가졌다`: X's visit says when; X is not one of those who met."""
    assert people in _people_met(text) and not any("라일라 모건" in m for m in _people_met(text))


def test_attendance_the_visitor_is_whom_one_met_when_no_one_else_is_named():
    """`A는 X 방한 당시 환담을 한 바 있다`: with no other counterpart, A met the visitor."""
    text = "도하린 한빛전자 회장은 2022년 라일라 모건 캐나다 총리 방한 당시 환담을 한 바 있다."
    assert {"도하린", "라일라 모건"} in _people_met(text)


@pytest.mark.parametrize("text, people", [
    # the meeting's own word named again, with no scene word, and someone joining it
    ("도하린 한빛전자 회장은 12일 라일라 모건 노스게이트 CEO와 면담했다. 면담이 시작되고 한참 뒤 표재헌 청람중공업 "
     "부회장이 뒤늦게 합류했다.", {"도하린", "라일라 모건", "표재헌"}),
    ("도하린 한빛전자 회장은 12일 라일라 모건 노스게이트 CEO와 오찬을 했다. 오찬 도중 설윤아 가람바이오 대표가 "
     "자리에 합류했다.", {"도하린", "라일라 모건", "설윤아"}),
    ("도하린 한빛전자 회장은 12일 라일라 모건 노스게이트 CEO와 회동했다. 회동 내내 표재헌 청람중공업 부회장이 "
     "배석했다.", {"도하린", "라일라 모건", "표재헌"}),
])
def test_attendance_a_meeting_named_again_is_the_one_joined(text, people):
    """`면담이 시작된 지 20분쯤 지나 X가 합류했다`: the meeting's own word names the gathering joined."""
    assert _people_met(text) == [people]


def test_attendance_a_meeting_word_as_what_they_had_together_is_a_gathering_of_its_own():
    """`2019년에도 … 만찬을 함께했다`: the word is the object of `함께하다`, another dinner, not a guest joining."""
    text = ("라일라 모건 노스게이트 CEO는 다음 달 4일 도하린 한빛전자 회장과 만찬을 할 예정이다. 그는 2019년 방한했을 때도 "
            "도 회장과 만찬을 함께했다.")
    assert sorted(e.status for e in read_text(text, "2025-04-13") if e.type == "MEET") == ["occurred", "planned"]
