"""Ways a text tells whether an act happened (events/status.py, announcements.py, legs.py, lexicon/modality.tsv,
event_cues.tsv, endings.tsv): a plan as it stood that something called off nearby undoes, a meeting
followed by a request told by the auxiliary `-아 달라`, an act told as likely (`유력하다`), a
question put in an adnominal (`-느냐는 질문`) and settled by its answer, a question left unanswered
(`회동할까`, `찾을지 주목된다`), a postponement that keeps the plan unless open-ended (`무기한`), an
investment announced by the verb that ends its clause (`투자해 … 짓는다고 밝혔다`), a deal dropped,
undone or broken off (`백지화`, `해제`, `중단`), a plan that a later act discusses (`만나 … 계획을
협의했다`), acts others foretell (`것으로 내다본다`, `점쳐진다`, `만날 것이라고 보도했다`) or only an unnamed
source reports (`재계에 따르면 … 것으로 알려졌다`), a guess answered `없다` in the same sentence, a rumour
dismissed (`일축`), a meeting begged (`청했지만`) or accepted (`받아들였다`). Sentences of our own writing
(invented people and companies)."""

from __future__ import annotations

import pytest

from conftest import read_text

_PUBLISHED = "2027-05-12"


def _of(kind: str, text: str) -> list:
    return [e for e in read_text(text, _PUBLISHED) if e.type == kind]


@pytest.mark.parametrize("text", [
    # the trip is called off after the plan is told
    "노아름 별빛제지 회장은 오는 20일 방한해 도경민 한울포장 대표와 만날 예정이었다. "
    "그러나 별빛제지는 15일 \"회장의 개인 사정으로 방한 일정이 취소됐다\"고 밝혔다.",
    # an occasion that is no event is called off before the plan is told
    "이달 하순 오사카에서 열릴 예정이던 한일 섬유 포럼이 무기한 연기됐다. "
    "당초 이 포럼을 계기로 노아름 별빛제지 회장과 도경민 한울포장 대표가 만찬 회동을 할 계획이었다.",
    "다음 주 열릴 예정이던 아시아 물류 정상회의가 태풍으로 취소됐다. "
    "노아름 별빛제지 회장은 회의 기간 중 도경민 한울포장 대표와 만날 계획이었다.",
])
def test_status_wording_a_plan_as_it_stood_goes_with_what_is_called_off_nearby(text):
    meetings = _of("MEET", text)
    assert [m.status for m in meetings] == ["denied"]


def test_status_wording_a_plan_as_it_stood_keeps_the_time_of_the_occasion_dropped():
    text = ("이달 하순 오사카에서 열릴 예정이던 한일 섬유 포럼이 무기한 연기됐다. "
            "당초 이 포럼을 계기로 노아름 별빛제지 회장과 도경민 한울포장 대표가 만찬 회동을 할 계획이었다.")
    assert [m.date[:7] for m in _of("MEET", text)] == ["2027-05"]


def test_status_wording_a_gathering_that_replaces_one_called_off_is_another_gathering():
    text = ("이달 하순 오사카에서 열릴 예정이던 한일 섬유 포럼이 무기한 연기됐다. "
            "당초 이 포럼을 계기로 노아름 별빛제지 회장과 도경민 한울포장 대표가 만찬 회동을 할 계획이었다. "
            "노 회장은 대신 다음 달 초 도쿄를 찾아 도 대표와 따로 만나는 방안을 추진하고 있다.")
    assert sorted(m.status for m in _of("MEET", text)) == ["denied", "planned"]


@pytest.mark.parametrize("text", [
    # moved to a new time: the old plan is the same act, still ahead
    "노아름 별빛제지 회장과 도경민 한울포장 대표의 회동이 다음 달로 미뤄졌다. "
    "두 사람은 당초 이날 만날 예정이었다.",
    # what is called off is another act of other parties
    "노아름 별빛제지 회장은 다음 달 도경민 한울포장 대표와 만날 예정이었다. "
    "한편 푸른들제약은 미국 공장 투자 계획을 철회했다.",
])
def test_status_wording_a_plan_as_it_stood_stands_when_nothing_of_its_own_is_called_off(text):
    assert "denied" not in {m.status for m in _of("MEET", text)}


@pytest.mark.parametrize("text, status", [
    ("노아름 별빛제지 회장은 지난 8일 베를린에서 도경민 한울포장 대표와 만나 \"독일 공장에 투자해 달라\"고 했다.",
     "occurred"),
    ("노아름 별빛제지 회장은 지난 8일 도경민 한울포장 대표와 만나 물류 거점을 세워 달라며 투자를 요청했다.",
     "occurred"),
    ("노아름 별빛제지 회장은 다음 주 도경민 한울포장 대표를 만나 투자를 요청할 예정이다.", "planned"),
])
def test_status_wording_a_meeting_then_a_request_is_the_meeting_told(text, status):
    assert [m.status for m in _of("MEET", text)] == [status]


@pytest.mark.parametrize("text, kind", [
    ("재계에서는 노아름 별빛제지 회장이 다음 달 도경민 한울포장 대표와 만날 것이 유력하다.", "MEET"),
    ("업계에서는 노아름 별빛제지 회장이 다음 달 베트남을 방문할 것이 유력하다고 본다.", "VISIT"),
])
def test_status_wording_an_act_told_as_likely_is_speculated(text, kind):
    assert [e.status for e in _of(kind, text)] == ["speculated"]


def test_status_wording_a_likely_figure_is_no_speculation():
    text = "노아름 별빛제지 회장은 지난 3일 유력 인사인 도경민 한울포장 대표와 만났다."
    assert [m.status for m in _of("MEET", text)] == ["occurred"]


@pytest.mark.parametrize("text, status", [
    ("노아름 별빛제지 회장이 도경민 한울포장 대표와 회동했느냐는 질문에 별빛제지 측은 \"만난 바 없다\"고 답했다.", "denied"),
    ("노아름 별빛제지 회장이 도경민 한울포장 대표와 만났느냐는 물음에 회사 측은 \"다음 달 만날 예정\"이라고 답했다.",
     "planned"),
])
def test_status_wording_a_question_put_in_an_adnominal_is_settled_by_its_answer(text, status):
    assert [m.status for m in _of("MEET", text)] == [status]


@pytest.mark.parametrize("text", [
    # a headline's question with no answer in the text
    "노아름 별빛제지 회장, 도경민 한울포장 대표와 회동할까\n두 회사는 포장재 공급을 두고 협상을 이어 왔다.",
    # the act's own predicate asks, and the sentence goes on to other talk
    "다음 달 방한하는 도경민 한울포장 대표가 노아름 별빛제지 회장을 만날지 관심이 쏠린다.",
])
def test_status_wording_a_question_left_unanswered_is_speculated(text):
    assert [m.status for m in _of("MEET", text)] == ["speculated"]


def test_status_wording_a_question_on_a_trip_is_speculated():
    text = "노아름 별빛제지 회장이 다음 달 열리는 박람회에 맞춰 베트남 하노이를 찾을지 관심이 모인다."
    assert [v.status for v in _of("VISIT", text)] == ["speculated"]


@pytest.mark.parametrize("text, kind, status", [
    # put off by a span of time, or with no time named: still ahead
    ("노아름 별빛제지 회장의 베트남 출장이 보름가량 미뤄졌다.", "VISIT", "planned"),
    ("별빛제지는 노아름 회장이 현지 사정으로 다음 주 하노이 출장을 연기했다고 밝혔다.", "VISIT", "planned"),
    # put off with no time ahead: called off
    ("노아름 별빛제지 회장과 도경민 한울포장 대표의 만찬 회동이 무기한 미뤄졌다.", "MEET", "denied"),
    # put on hold
    ("한빛전자는 하노이 반도체 공장에 2000억원을 투자하려던 계획을 잠정 보류했다고 밝혔다.", "INVEST", "denied"),
])
def test_status_wording_a_postponement_keeps_the_plan_unless_open_ended(text, kind, status):
    assert [e.status for e in _of(kind, text)] == [status]


@pytest.mark.parametrize("text, status", [
    # the investment's clause ends in an announcement in the present, on another verb
    ("한빛전자는 베트남 하노이에 3000억원을 투자해 반도체 공장을 짓는다고 11일 밝혔다.", "planned"),
    ("한빛전자는 1500억원 규모의 투자를 하노이 공장 증설에 단행한다고 11일 밝혔다.", "planned"),
    # or in a decision
    ("한빛전자는 1500억원 규모의 투자를 하노이 공장 증설에 단행하기로 했다.", "planned"),
    # told as done before the announcement: done
    ("한빛전자는 가람바이오에 300억원을 투자해 지분 10%를 확보했다고 11일 밝혔다.", "occurred"),
])
def test_status_wording_an_investment_announced_by_the_verb_that_ends_its_clause_is_planned(text, status):
    assert [e.status for e in _of("INVEST", text)][:1] == [status]


@pytest.mark.parametrize("text, kind", [
    # a plan given up (`접다`) in the same clause as the act
    ("행사 참석차 방한하려던 마르틴 코흐 린데파마 회장도 결국 일정을 접었다.", "VISIT"),
    # a plan told in a clause of contrast and given up in the next
    ("노아름 별빛제지 회장은 당초 오사카에도 들를 계획이었으나 현지 사정으로 이 일정을 접었다.", "VISIT"),
    ("한빛전자는 가람바이오 지분 인수도 검토했지만 최근 이를 접었다.", "INVEST"),
])
def test_status_wording_a_plan_given_up_is_denied(text, kind):
    assert "denied" in [e.status for e in _of(kind, text)]


@pytest.mark.parametrize("text", [
    # a purchase dropped (`백지화`: Kiwi reads 백지 + 화), its contract undone, its talks broken off
    "한빛전자는 가람바이오 지분 40%를 인수하려던 계획을 백지화했다고 11일 밝혔다.",
    "한빛전자는 가람바이오 지분 100%를 인수하기 위해 지난해 맺은 주식매매계약을 해제했다고 11일 공시했다.",
    "한빛전자는 가람바이오 지분을 인수하기 위한 협상을 중단했다고 11일 밝혔다.",
])
def test_status_wording_a_deal_dropped_undone_or_broken_off_is_denied(text):
    """The denial words beside `철회`, `보류` (lexicon/modality.tsv, event_cues.tsv verbal_negation);
    a deal denied has no day (merge._never_scheduled)."""
    assert [(e.status, e.date) for e in _of("INVEST", text)] == [("denied", None)]


@pytest.mark.parametrize("text, since", [
    # a signing set for a span still ahead and dropped: the span is the dropped deal's time
    ("이달 하순 열릴 예정이던 한빛전자와 가람바이오의 공동 연구 협약식이 무산됐다.", "2027-05-21"),
    ("한빛전자는 \"연내 가람바이오 지분을 사들일 계획은 없다\"고 밝혔다.", "2027-05-12"),
    # the day the denial is told stays the telling's
    ("한빛전자는 가람바이오 지분을 사들이려던 계획을 철회했다고 11일 밝혔다.", None),
])
def test_status_wording_a_deal_dropped_keeps_a_span_ahead_not_the_day_told(text, since):
    """A denial is told on one day; a span (`이달 하순`, `연내`) reaching the news or past it is the
    time of the act dropped (merge._span_past_news)."""
    assert [(e.status, e.date) for e in read_text(text, _PUBLISHED)
            if e.type in ("PARTNER", "INVEST")] == [("denied", since)]


def test_status_wording_a_break_in_talks_is_no_denial_of_another_act():
    """`중단` denies only the act of its own clause: a stop told in the clause before leaves the act."""
    text = "한빛전자는 하노이 공장 가동을 잠시 중단한 뒤 가람바이오 지분 30%를 인수했다고 11일 밝혔다."
    assert [e.status for e in _of("INVEST", text)] == ["occurred"]


@pytest.mark.parametrize("text, kind, status, date", [
    # a plan that is the object of the act after the event word: the meeting or trip was held
    ("노아름 별빛제지 회장은 지난 8일 도경민 한울포장 대표를 만나 합작 공장 건설 계획을 협의했다.", "MEET", "occurred",
     "2027-05-08"),
    ("노아름 별빛제지 회장은 지난달 방한해 한울포장 경영진과 물류 거점 증설 계획을 논의했다.", "VISIT", "occurred",
     "2027-04"),
    ("노아름 별빛제지 회장은 8일 방한해 내년 투자 방침을 밝혔다.", "VISIT", "occurred", "2027-05-08"),
    # or the later act's own verb
    ("노아름 별빛제지 회장은 지난 8일 도경민 한울포장 대표를 만나 합작 일정을 조율했다.", "MEET", "occurred", "2027-05-08"),
    # the plan is the whole chain's, or the plan noun is no object: still ahead
    ("노아름 별빛제지 회장은 다음 달 도경민 한울포장 대표를 만나 합작 계획을 논의할 예정이다.", "MEET", "planned", "2027-06"),
    ("노아름 별빛제지 회장은 도경민 한울포장 대표와 만나 합작 계획을 논의하는 방안을 검토 중이다.", "MEET", "planned", None),
    ("노아름 별빛제지 회장은 다음 달 도경민 한울포장 대표를 만나 합작 일정을 조율할 예정이다.", "MEET", "planned", "2027-06"),
])
def test_status_wording_a_plan_discussed_after_the_act_is_no_plan_of_the_act(text, kind, status, date):
    """status._plan_of_a_later_act: `만나 … 계획을 협의했다` tells a meeting held (and read back: the 8th
    just gone, not next month's)."""
    assert [(e.status, e.date) for e in _of(kind, text)] == [(status, date)]


@pytest.mark.parametrize("text", [
    # a forecast made by others, as the verb of foreseeing (`내다보다`)
    "증권가에서는 노아름 별빛제지 회장이 다음 달 도경민 한울포장 대표와 만날 것으로 내다본다.",
    # a guess voiced by the verb of fortune-telling, passive and active (Kiwi reads both as 점치)
    "노아름 별빛제지 회장은 방한 기간 도경민 한울포장 대표와도 따로 만날 것으로 점쳐진다.",
    # a paper reports the act in the future: foretold, nobody says it is set
    "일본 한 신문은 노아름 별빛제지 회장이 이달 하순 도경민 한울포장 대표와 만날 것이라고 3일 보도했다.",
])
def test_status_wording_an_act_others_foretell_is_speculated(text):
    assert [m.status for m in _of("MEET", text)] == ["speculated"]


def test_status_wording_a_trip_whose_time_others_guess_is_speculated():
    text = "업계는 노아름 별빛제지 회장의 방한 시점을 다음 달로 점치고 있다."
    assert [v.status for v in _of("VISIT", text)] == ["speculated"]


@pytest.mark.parametrize("text, status", [
    ("일본 한 신문은 노아름 별빛제지 회장이 오는 20일 방한한다고 3일 보도했다.", "planned"),  # a day set
    ("일본 한 신문은 노아름 별빛제지 회장이 지난 1일 방한했다고 3일 보도했다.", "occurred"),  # done
    ("일본 한 신문은 노아름 별빛제지 회장이 이달 하순 방한할 것이라고 3일 보도했다.", "speculated"),
])
def test_status_wording_a_press_report_foretells_only_in_the_future(text, status):
    assert [v.status for v in _of("VISIT", text)] == [status]


def test_status_wording_a_rumoured_meeting_dismissed_is_denied():
    text = ("노아름 별빛제지 회장과 도경민 한울포장 대표가 지난주 도쿄에서 만났다는 이야기가 업계에 돌았다. "
            "별빛제지 측은 4일 \"회장은 지난주 내내 서울에 있었다\"며 회동설을 일축했다.")
    assert [m.status for m in _of("MEET", text)] == ["denied"]


@pytest.mark.parametrize("text, status", [
    # asked for by the verb 청하다, with no answer yet
    ("노아름 별빛제지 회장은 지난달 도경민 한울포장 대표에게 면담을 청했지만 아직 회신을 받지 못했다.", "requested"),
    # asked for and turned down
    ("노아름 별빛제지 회장은 지난달 도경민 한울포장 대표에게 면담을 청했으나 한울포장 측이 이를 거절했다.", "denied"),
])
def test_status_wording_a_meeting_asked_for_by_the_verb_of_begging(text, status):
    assert [m.status for m in _of("MEET", text)] == [status]


@pytest.mark.parametrize("text, status", [
    ("업계에서는 노아름 별빛제지 회장이 도경민 한울포장 대표와도 회동할 것이라는 관측이 나왔지만, "
     "한울포장 측은 \"잡혀 있는 일정이 없다\"고 밝혔다.", "denied"),  # no such thing
    ("일본 한 신문은 노아름 별빛제지 회장이 도경민 한울포장 대표와 만날 것이라고 보도했으나, "
     "별빛제지는 \"사실무근\"이라고 밝혔다.", "denied"),  # untrue
    ("업계에서는 노아름 별빛제지 회장이 도경민 한울포장 대표와도 회동할 것이라는 관측이 나왔지만, "
     "한울포장 측은 \"확인해 줄 수 없다\"고 밝혔다.", "speculated"),  # neither yes nor no
    ("업계에서는 노아름 별빛제지 회장이 도경민 한울포장 대표와도 회동할 것이라는 관측이 나왔지만, "
     "한울포장 측은 \"말씀드릴 수 없다\"고 밝혔다.", "speculated"),  # cannot say
    ("업계에서는 노아름 별빛제지 회장이 도경민 한울포장 대표와도 회동할 것이라는 관측이 나왔지만, "
     "한울포장 측은 \"아직 정해지지 않았다\"고 밝혔다.", "speculated"),  # not settled yet
])
def test_status_wording_a_guess_answered_in_the_same_sentence(text, status):
    assert [m.status for m in _of("MEET", text)] == [status]


@pytest.mark.parametrize("text, status", [
    # only an unnamed source in the trade tells the plan: a guess
    ("재계에 따르면 노아름 별빛제지 회장은 다음 달 도경민 한울포장 대표와 회동할 것으로 알려졌다.", "speculated"),
    # the same report with no source named, or an office as the source: a plan
    ("노아름 별빛제지 회장은 오는 20일 도경민 한울포장 대표와 만날 것으로 알려졌다.", "planned"),
    ("별빛제지에 따르면 노아름 회장은 오는 20일 도경민 한울포장 대표와 만난다.", "planned"),
    # placed in a trip already told: as sure as the trip
    ("재계에 따르면 노아름 별빛제지 회장은 방한 기간 도경민 한울포장 대표와 만날 것으로 알려졌다.", "planned"),
])
def test_status_wording_a_plan_only_hearsay_tells_is_a_guess(text, status):
    assert [m.status for m in _of("MEET", text)] == [status]


def test_status_wording_a_trip_under_review_only_hearsay_tells_is_a_guess():
    text = "업계에 따르면 노아름 별빛제지 회장은 다음 달 인도 뭄바이 방문을 검토 중인 것으로 알려졌다."
    assert [v.status for v in _of("VISIT", text)] == ["speculated"]


@pytest.mark.parametrize("text", [
    "한울포장은 노아름 별빛제지 회장이 요청한 도경민 한울포장 대표와의 면담은 받아들였다.",
    "한울포장은 노아름 별빛제지 회장이 지난달 보낸 도경민 대표와의 면담 요청을 받아들였다.",
])
def test_status_wording_a_meeting_asked_for_and_accepted_is_planned(text):
    assert [m.status for m in _of("MEET", text)] == ["planned"]


def test_status_wording_a_meeting_asked_for_and_not_accepted_is_denied():
    text = "한울포장은 노아름 별빛제지 회장이 지난달 보낸 도경민 대표와의 면담 요청을 받아들이지 않았다."
    assert [m.status for m in _of("MEET", text)] == ["denied"]


def test_status_wording_a_headline_guess_does_not_make_the_trip_a_plan():
    text = ("노아름 회장, 이달 말 방한할 듯\n"
            "재계에 따르면 노아름 별빛제지 회장이 이달 말 방한해 도경민 한울포장 대표와 만날 것으로 알려졌다.")
    assert [v.status for v in _of("VISIT", text)] == ["speculated"]
