"""Who is in a meeting the reader finds: no one from a pair told before, a count or a discussion
told again is the gathering already told, and an attendance points to its own sentence's meeting
(our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-06-15") -> list[tuple[frozenset[str], str]]:
    """The meetings read, as (people, status), in a fixed order."""
    return sorted(((e.people, e.status) for e in read_text(text, published) if e.type == "MEET"), key=_key)


def _key(meeting: tuple[frozenset[str], str]) -> tuple[list[str], str]:
    return sorted(meeting[0]), meeting[1]


@pytest.mark.parametrize("text, expected", [
    # `양자 회담` with a counterpart named: a talk of the subject and that counterpart, not of the last pair
    ("도하린 총리는 9일 오전 서유찬 대통령과 정상회담을 했다. 같은 날 오후에는 회의장 옆 호텔에서 마재윤 총리와 "
     "30분간 양자 회담을 가졌다.",
     [({"도하린", "서유찬"}, "occurred"), ({"도하린", "마재윤"}, "occurred")]),
    ("도하린 총리는 다음 달 도쿄에서 서유찬 대통령과 정상회담을 한다. 반면 고하늘 총리와의 "
     "양자 회담은 일정상 열리지 않을 것으로 알려졌다.",
     [({"도하린", "서유찬"}, "planned"), ({"도하린", "고하늘"}, "denied")]),
    # with no one named, the pair word still means the two told before (a second talk, the next day)
    ("도하린 총리는 9일 서유찬 대통령을 만났다. 이튿날 양자 회담을 한 차례 더 가졌다.",
     [({"도하린", "서유찬"}, "occurred"), ({"도하린", "서유찬"}, "occurred")]),
], ids=["bilateral-talk-named", "bilateral-talk-denied", "pair-word-alone"])
def test_meet_a_pair_word_before_a_talk_with_a_counterpart_named_tells_its_kind(text, expected):
    found = _meets(text, "2025-06-10")
    assert found == sorted([(frozenset(p), s) for p, s in expected], key=_key), found


def test_meet_counted_among_others_is_the_gathering_now_told():
    """`…을 만나는 것은 이번이 네 번째다`: the meeting counted is the one told, not a meeting on the day it counts from."""
    text = ("도하린 한빛전자 회장과 마재윤 누리소프트 대표는 오는 20일 서유찬 대통령과 오찬을 함께할 예정이다. "
            "도 회장이 서 대통령을 만나는 것은 지난해 3월 이후 이번이 네 번째다.")
    assert _meets(text) == [(frozenset({"도하린", "마재윤", "서유찬"}), "planned")]


def test_meet_a_discussion_told_counterpart_by_counterpart_is_the_meetings_told_apart():
    """`A는 B와 …을, C와는 …을 논의했다` after `B와 C를 잇따라 만났다`: what was said at each meeting, not a third."""
    text = ("고하늘 은하통신 대표는 3일 서울 본사에서 라일라 모건 노스게이트 회장과 마재윤 누리소프트 부사장을 잇따라 "
            "만났다. 고 대표는 모건 회장과 부품 공급 조건을, 마 부사장과는 공동 연구 방안을 논의했다.")
    assert _meets(text) == sorted(
        [(frozenset({"고하늘", "라일라 모건"}), "occurred"), (frozenset({"고하늘", "마재윤"}), "occurred")], key=_key)


@pytest.mark.parametrize("text, first, second", [
    ("도하린 한빛전자 회장은 10일 뉴욕에서 라일라 모건 노스게이트 CEO와 만찬을 했다. 12일에는 워싱턴에서 서유찬 "
     "장관과 면담했고, 이 자리에는 마재윤 한빛전자 사장이 배석했다.",
     {"도하린", "라일라 모건"}, {"도하린", "서유찬", "마재윤"}),
    ("고하늘 은하통신 대표는 2일 도쿄에서 배수아 회장과 오찬을 했다. 이튿날에는 오사카에서 문지호 사장과 회동했으며, "
     "그 자리에는 마재윤 은하통신 전무가 동석했다.",
     {"고하늘", "배수아"}, {"고하늘", "문지호", "마재윤"}),
], ids=["after-a-dinner", "after-a-lunch"])
def test_meet_an_attendance_after_its_own_sentences_meeting_joins_that_meeting(text, first, second):
    """`B와 면담했고, 이 자리에는 C가 배석했다`: the scene is the meeting just told in the sentence, not one before it."""
    found = _meets(text)
    assert sorted(sorted(p) for p, _ in found) == sorted([sorted(first), sorted(second)]), found


@pytest.mark.parametrize("text, expected", [
    # the companions of a state visit do not become the subject of the summit told next
    ("라일라 모건 노스랜드 총리가 15일 공식 방한했다. 방한에는 도하린 한빛전자 회장 등 기업인 20여 명이 동행했다. "
     "서유찬 대통령과의 정상회담은 16일 청와대에서 열린다.", {"라일라 모건", "서유찬"}),
    # nor does an executive who sat in on a meeting become who goes on to the next one
    ("고하늘 은하통신 회장은 12일 서울에서 라일라 모건 노스게이트 CEO와 만났다. 이 자리에는 마재윤 은하통신 부사장이 "
     "배석했다. 이튿날에는 부산으로 내려가 배수아 시장을 예방했다.", {"고하늘", "배수아"}),
], ids=["visit-companions", "meeting-attendee"])
def test_meet_people_who_attend_are_not_who_the_text_goes_on_about(text, expected):
    """`이 자리에는 X가 배석했다`, `방한에는 X 등이 동행했다`: X joins the act told; the next act with no
    subject of its own is still the act of the person the text is about."""
    assert frozenset(expected) in [p for p, _ in _meets(text, "2025-06-16")]
