"""Replies (events/replies.py): an act asked for and taken up by the asked side is planned, on the
time the answer offers (a reply that only weighs it, or says no, does not take it up); a side that
says an act asked for or guessed is not so denies it. Sentences of our own writing."""

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


def _statuses(text: str):
    return [(e.type, e.status) for e in read_text(text, _PUBLISHED)]


@pytest.mark.parametrize("text, expected", [
    # a side of an investment asked for says there is no plan (the denial names no event word of its own)
    ("청람전자는 지난 10일 누리바이오에 오송 공장 증설을 위한 추가 투자를 공식 요청했다. 누리바이오 측은 \"현재로선 공장 증설 계획이 없다\"고 밝혔다.",
     [("INVEST", "denied")]),
    # a side of an investment only guessed at calls it untrue
    ("업계에서는 누리바이오가 청람전자에 500억원을 투자할 것으로 보고 있다. 누리바이오 측은 \"사실무근\"이라고 말했다.",
     [("INVEST", "denied")]),
    # the company of one of the people a meeting is guessed for; the trip guessed with it is not the one denied
    ("표재헌 회장이 다음 달 방한해 도하린 청람전자 회장과 만날 것이라는 관측이 나온다. 청람전자 관계자는 \"회장 간 만남은 정해진 바 없다\"고 말했다.",
     [("VISIT", "speculated"), ("MEET", "denied")]),
])
def test_replies_a_side_of_an_act_asked_for_or_guessed_that_says_it_is_not_so_denies_it(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no answer yet
    ("도하린 대표는 표재헌 회장에게 면담을 요청했다. 표 회장 측은 아직 답변하지 않았다.", [("MEET", "requested")]),
    # someone who is no side of the act
    ("업계에서는 누리바이오가 청람전자에 500억원을 투자할 것으로 보고 있다. 가람증권 측은 \"당분간 증설 계획이 없다\"고 말했다.",
     [("INVEST", "speculated")]),
    # a plan told as such is not undone by a side's denial of something else
    ("누리바이오는 청람전자에 500억원을 투자할 계획이다. 누리바이오 측은 \"추가 인력 채용 계획은 없다\"고 말했다.",
     [("INVEST", "planned")]),
])
def test_replies_no_answer_or_a_denial_by_no_side_leaves_the_act_as_it_was(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an answer that says only that it is not settled yet
    ("도하린 대표가 표재헌 청람전자 회장에게 면담을 요청했다. 청람전자 측은 \"날짜는 아직 결정되지 않았다\"고 말했다.",
     [("MEET", "requested")]),
    # an answer that neither confirms nor denies
    ("업계에서는 누리바이오가 청람전자에 500억원을 투자할 것으로 보고 있다. 누리바이오 측은 \"확인해 줄 수 없다\"고 말했다.",
     [("INVEST", "speculated")]),
    # a judgement of a side told by others, not its own answer
    ("업계에서는 누리바이오가 청람전자에 500억원을 투자할 것으로 보고 있다. 누리바이오는 그간 시장 변화에 대응하지 못했다는 평가를 받는다.",
     [("INVEST", "speculated")]),
])
def test_replies_no_yes_or_no_from_the_side_itself_leaves_a_guess_a_guess(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("reply", [
    "누리바이오 측은 \"이사회에 보고하겠다\"고만 답했다.",
    "누리바이오 측은 \"이달 안에 답을 주겠다\"고 했다.",
    "누리바이오 측은 본사와 상의한 뒤 회신을 주겠다고 답했다.",
])
def test_acceptance_a_reply_that_passes_the_request_on_or_promises_only_an_answer_leaves_it_asked_for(reply):
    """`보고하겠다`, `답을 주겠다`: what the asked side promises is to pass the request on or to answer
    later, not the act: the investment stays asked for."""
    text = "청람전자는 지난 10일 누리바이오에 오송 공장 투자를 요청했다. " + reply
    assert [(e.type, e.status) for e in read_text(text, _PUBLISHED) if e.type == "INVEST"] == [("INVEST", "requested")]


def test_acceptance_a_reply_that_promises_the_act_itself_takes_the_request_up():
    text = "청람전자는 지난 10일 누리바이오에 오송 공장 투자를 요청했다. 누리바이오 측은 \"내년에 공장을 짓겠다\"고 답했다."
    assert [e.status for e in read_text(text, _PUBLISHED) if e.type == "INVEST"] == ["planned"]
