"""Acceptances (events/acceptance.py): an act asked for and taken up by the asked side is planned,
on the time the answer offers; a reply that only weighs it, or says no, leaves it as it was.
Sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text

_PUBLISHED = "2026-04-14"


def _meetings(text: str):
    """Each meeting's status and the month it starts in (a week offered starts on its first day)."""
    return [(e.status, e.date and e.date[:len("2026-05")]) for e in read_text(text, _PUBLISHED) if e.type == "MEET"]


@pytest.mark.parametrize("text, expected", [
    # the asked side promises in a reply, naming a time: the time offered is the meeting's
    ("도하린 대표는 지난주 표재헌 회장에게 서한을 보내 면담을 요청했다. 표 회장 측은 10일 \"다음 달 중순 서울에서 시간을 내겠다\"고 답했다.",
     [("planned", "2026-05")]),
    # the asked side's company arranges it
    ("도하린 대표는 지난달 표재헌 청람전자 회장에게 접견을 신청했다. 청람전자 관계자는 \"6월 첫째 주 본사에서 만나는 방향으로 일정을 조율하고 있다\"고 말했다.",
     [("planned", "2026-06")]),
    # an accepting word, with no time of its own
    ("도하린 대표는 표재헌 회장에게 면담을 요청했다. 표 회장은 이튿날 면담 요청을 수락했다.",
     [("planned", None)]),
])
def test_acceptance_a_request_taken_up_by_the_asked_side_is_planned(text, expected):
    assert _meetings(text) == expected


def test_acceptance_an_invitation_accepted_in_its_own_sentence_is_a_planned_visit():
    text = "표재헌 총리는 회담에서 도하린 대통령에게 내년 봄 자국을 방문해 달라고 초청했고, 도 대통령은 초청을 수락했다."
    assert [(e.status, e.date) for e in read_text(text, _PUBLISHED) if e.type == "VISIT"] == [("planned", "2027")]


@pytest.mark.parametrize("text", [
    # a reply that only weighs the request
    "도하린 대표는 표재헌 회장에게 면담을 요청했다. 표 회장 측은 \"일정을 검토해 보겠다\"고 답했다.",
    # a promise told by someone who is not asked
    "도하린 대표는 표재헌 회장에게 면담을 요청했다. 김서진 장관은 \"양국 협력을 돕겠다\"고 답했다.",
    # a reply that says no
    "도하린 대표는 표재헌 회장에게 면담을 요청했다. 표 회장 측은 \"당분간 시간을 낼 수 없다\"고 답했다.",
])
def test_acceptance_a_reply_that_does_not_take_the_request_up_leaves_it_asked_for(text):
    assert [s for s, _ in _meetings(text)] in (["requested"], ["denied"])
    assert "planned" not in [s for s, _ in _meetings(text)]
