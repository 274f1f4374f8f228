"""Statuses read from the right predicate: sentences of our own writing where the event word's own
verb and the sentence's main predicate disagree."""

from __future__ import annotations

import pytest
from conftest import read_text



def _events(text: str, published: str):
    return [(e.type, sorted(e.people or e.orgs), e.status) for e in read_text(text, published)]


@pytest.mark.parametrize("text, expected", [
    # the deal is told in a past relative clause; the forecast is about something else
    ("지난해 5월 한빛전자와 가람바이오는 업무협약을 체결한 상태로, 이번 행사에서 후속 사업이 공개될 가능성이 크다.",
     ("PARTNER", ["가람바이오", "한빛전자"], "occurred")),
    ("지난달 전략적 파트너십을 전격 발표한 한빛전자와 청람중공업의 수장이 다음 달 부산에서 만날 전망이다.",
     ("PARTNER", ["청람중공업", "한빛전자"], "occurred")),
    ("올해 초 양해각서를 맺은 누리모빌리티와 가람바이오는 합작 공장 건설을 검토하고 있다.",
     ("PARTNER", ["가람바이오", "누리모빌리티"], "occurred")),
    # the deal's own clause is still to come, or the past verb only frames it: the plan stands
    ("한빛전자와 가람바이오는 다음 달 업무협약을 체결할 예정이다.",
     ("PARTNER", ["가람바이오", "한빛전자"], "planned")),
    ("한빛전자와 가람바이오는 합작법인 설립을 위한 양해각서를 다음 달 체결할 계획이다.",
     ("PARTNER", ["가람바이오", "한빛전자"], "planned")),
])
def test_status_a_deal_in_its_own_past_clause_occurred_whatever_the_main_predicate_says(text, expected):
    assert expected in _events(text, "2025-02-12")


@pytest.mark.parametrize("text, published, status", [
    # the trip frames another act: under way when its day is before the news ...
    ("도하린 대통령은 방미 사흘째인 9일 현지 기업인들을 만나 투자를 요청할 예정이다.", "2025-03-09", "occurred"),
    ("영국 정부는 도하린 대통령의 10일 국빈 방문을 계기로 한국 기업들이 새 투자를 발표할 것이라고 밝혔다.", "2025-03-12", "occurred"),
    # ... and still ahead when it is not
    ("도하린 대통령의 방일 기간에 재계 총수들이 일본에서 협력 방안을 논의할 예정이다.", "2025-03-15", "planned"),
])
def test_status_a_trip_named_as_the_frame_of_another_act_keeps_its_own_status(text, published, status):
    visits = [e for e in _events(text, published) if e[0] == "VISIT" and "도하린" in e[1]]
    assert visits and {e[2] for e in visits} == {status}


@pytest.mark.parametrize("text, investors", [
    # the topic reports what others (not named as organisations) will invest: no investor to name
    ("가람시 정부는 해외 기업들이 내년 지역 산업단지에 2조원을 투자할 것이라고 밝혔다.", []),
    ("한빛전자는 중동 투자자들이 가람바이오 증설에 5000억원을 투자하기로 했다고 전했다.", []),
    # the topic that is itself the one investing stays the investor, whoever leads the target
    ("한빛전자는 내년 평택 공장에 1조원을 투자한다고 3일 밝혔다.", [["한빛전자"]]),
    ("한빛전자는 설윤아 대표가 이끄는 가람바이오에 500억원을 투자한다고 3일 밝혔다.", [["가람바이오", "한빛전자"]]),
])
def test_event_a_topic_reporting_another_subjects_investment_is_not_the_investor(text, investors):
    found = [e[1] for e in _events(text, "2025-03-04") if e[0] == "INVEST"]
    assert found == investors


@pytest.mark.parametrize("text, kinds", [
    ("누리모빌리티 관계자는 “도하린 회장과는 오슬로 방문 때도 수차례 회동하는 등 가까운 사이”라고 말했다.", set()),
    ("설윤아 가람바이오 대표는 2019년부터 매년 한빛전자 판교 연구소를 찾아 연구진을 격려했다.", set()),
    ("표재헌 청람중공업 부회장은 해마다 부산 조선소를 찾았던 경영자다.", set()),
    # one occasion, told once: still an event
    ("설윤아 가람바이오 대표는 지난 3일 한빛전자 판교 연구소를 찾아 연구진을 격려했다.", {"VISIT"}),
])
def test_event_meetings_and_visits_told_as_a_habit_are_no_one_occasion(text, kinds):
    assert {e[0] for e in _events(text, "2025-07-02") if e[0] in ("MEET", "VISIT")} == kinds


@pytest.mark.parametrize("text, visits", [
    # a site visited for a meeting the sentence tells is the meeting's venue
    ("도하린 한빛전자 회장은 오는 26일 청와대를 방문해 설윤아 총리와 오찬을 함께한다.", 0),
    ("에릭 솔베르그 노르딕AI CEO는 지난 25일 한빛전자 판교 사옥을 찾아 도하린 회장과 만났다.", 0),
    # a country or city travelled to stays a visit of its own
    ("에릭 솔베르그 노르딕AI CEO는 지난 25일 서울을 찾아 도하린 한빛전자 회장과 만났다.", 1),
    # a gathering with no named counterpart is no annotated meeting: the site stays a visit of its own
    ("도하린 한빛전자 회장은 오는 30일 한국무역협회를 찾아 회원사 대표들과 간담회를 갖는다.", 1),
    ("설윤아 가람바이오 대표는 지난 25일 한빛전자 판교 연구소를 찾아 연구진과 오찬을 함께했다.", 1),
    # a site toured before the meeting held there is more than its venue
    ("에릭 솔베르그 노르딕AI CEO는 지난 25일 한빛전자 구미 공장을 찾아 조립라인을 둘러본 뒤 도하린 회장과 오찬을 함께했다.", 1),
])
def test_event_a_site_visited_for_a_meeting_told_with_it_is_its_venue(text, visits):
    assert sum(1 for e in _events(text, "2025-03-27") if e[0] == "VISIT") == visits


def test_event_a_site_in_a_named_city_abroad_stays_a_visit_with_its_meeting():
    text = "에릭 솔베르그 CEO는 지난달 미국 실리콘밸리 마운틴뷰에 있는 한빛전자 연구소를 찾아 도하린 회장을 만났다."
    assert sum(1 for e in _events(text, "2025-03-27") if e[0] == "VISIT") == 1


@pytest.mark.parametrize("text", [
    "도하린 대통령은 이날 백악관에서 연설했다. 한빛전자에 따르면 한빛전자는 오는 2028년까지 철강에 2조원, 에너지에 1조원을 투자한다.",
    "가람전자는 오는 2028년까지 미국 텍사스 공장에 5조원을 투자한다.",
    "도하린 한빛전자 회장은 오는 주말 부산 사업장에서 임원 회의를 주재한다.",
    "설윤아 가람바이오 대표는 오는 3일 서울 본사에서 신제품을 공개한다.",
])
def test_event_the_upcoming_of_a_date_is_no_coming(text):
    assert not [e for e in _events(text, "2025-03-25") if e[0] == "VISIT"]


@pytest.mark.parametrize("text, expected", [
    # a plan undone: called off, fallen through, put off with no new time
    ("이달 말로 잡혔던 한도윤 누리모빌리티 회장의 방미가 돌연 취소됐다.",
     ("VISIT", ["한도윤"], "denied")),
    ("누리모빌리티와 청람중공업의 합작법인 설립 협약 체결이 막판에 불발됐다.",
     ("PARTNER", ["누리모빌리티", "청람중공업"], "denied")),
    ("서하준 가람바이오 대표와 마르틴 코흐 린데파마 회장의 회동이 추진됐으나 결국 성사되지 않았다.",
     ("MEET", ["마르틴 코흐", "서하준"], "denied")),
    ("한빛전자와 가람바이오의 공동 개발 협약 체결이 무기한 연기됐다.",
     ("PARTNER", ["가람바이오", "한빛전자"], "denied")),
    # put off to a named time: still ahead
    ("서하준 가람바이오 대표와 마르틴 코흐 린데파마 회장의 회동이 다음 달로 연기됐다.",
     ("MEET", ["마르틴 코흐", "서하준"], "planned")),
    # a plan told with contrast, but what follows is about something else: the plan stands
    ("서하준 가람바이오 대표는 다음 달 마르틴 코흐 린데파마 회장을 만날 예정이지만 구체적인 의제는 정해지지 않았다.",
     ("MEET", ["마르틴 코흐", "서하준"], "planned")),
    # a meeting held, then a deal not reached: the meeting still occurred
    ("서하준 가람바이오 대표는 어제 마르틴 코흐 린데파마 회장과 만났으나 합의에는 이르지 못했다.",
     ("MEET", ["마르틴 코흐", "서하준"], "occurred")),
])
def test_status_a_plan_called_off_or_fallen_through_is_denied_and_one_put_off_to_a_new_time_planned(text, expected):
    assert expected in _events(text, "2025-05-14")


def test_status_a_postponed_meeting_takes_the_time_it_was_moved_to():
    text = "당초 20일로 잡혔던 서하준 가람바이오 대표와 마르틴 코흐 린데파마 회장의 회동이 오는 28일로 연기됐다."
    meets = [e for e in read_text(text, "2025-05-14") if e.type == "MEET"]
    assert [(e.status, e.date) for e in meets] == [("planned", "2025-05-28")]


@pytest.mark.parametrize("text", [
    "도하린 대통령은 이번 방미 기간에 한빛전자 서하준 회장과는 만나지 않기로 했다.",
    "하시모토 겐 아사히나전기 사장은 방한 기간 중 가람바이오 설윤아 대표를 만나지 않았다.",
])
def test_status_a_meeting_refused_during_a_trip_does_not_deny_the_trip_itself(text):
    visits = [e for e in _events(text, "2025-03-15") if e[0] == "VISIT"]
    assert visits and all(e[2] != "denied" for e in visits)


@pytest.mark.parametrize("text, expected", [
    # the event word's own predicate proposes the act: asked for, whatever verb reports it
    ("마르틴 코흐 린데파마 회장은 서하준 가람바이오 대표에게 다음 달 서울에서 만나자는 뜻을 전했다.",
     ("MEET", ["마르틴 코흐", "서하준"], "requested")),
    ("서하준 가람바이오 대표는 마르틴 코흐 린데파마 회장에게 연내 베를린에서 다시 만나자고 제안했다.",
     ("MEET", ["마르틴 코흐", "서하준"], "requested")),
    # a proposal about something else after a meeting held: the meeting occurred
    ("서하준 가람바이오 대표와 마르틴 코흐 린데파마 회장은 어제 만나 공동 연구를 하자고 뜻을 모았다.",
     ("MEET", ["마르틴 코흐", "서하준"], "occurred")),
])
def test_status_a_meeting_proposed_in_its_own_verb_is_requested(text, expected):
    assert expected in _events(text, "2025-05-14")


@pytest.mark.parametrize("text, status", [
    # a report of a meeting that the side concerned calls untrue: denied
    ("서하준 가람바이오 대표가 최근 마르틴 코흐 린데파마 회장과 만났다는 보도에 대해 가람바이오 측은 "
     "\"두 사람이 만난 적은 없다\"고 부인했다.", "denied"),
    ("가람바이오 측은 \"서하준 대표와 마르틴 코흐 린데파마 회장이 만나 합작을 논의했다는 내용은 사실이 아니다\"라고 밝혔다.",
     "denied"),
    ("가람바이오 측은 서하준 대표가 마르틴 코흐 린데파마 회장을 만났다는 보도는 사실무근이라고 밝혔다.", "denied"),
    # a report left standing is told as done
    ("서하준 가람바이오 대표가 최근 마르틴 코흐 린데파마 회장과 만났다는 보도가 나왔다.", "occurred"),
])
def test_status_a_reported_meeting_called_untrue_is_denied(text, status):
    meets = [e for e in _events(text, "2025-07-01") if e[0] == "MEET"]
    assert [e[2] for e in meets] == [status]


@pytest.mark.parametrize("text, expected", [
    # the event's own clause is quoted in the present tense: the past verb after it is the telling's
    ("총리실은 이날 도하린 총리가 서하준 가람바이오 대표 등 기업인들과 조찬 간담회에 참석한다고 전했다.",
     ("MEET", ["도하린", "서하준"], "planned")),
    ("린데파마는 마르틴 코흐 회장이 다음 주 방한해 서하준 가람바이오 대표와 만찬을 한다고 전했다.",
     ("MEET", ["마르틴 코흐", "서하준"], "planned")),
    # a clause before it, coordinated, takes the tense of the telling: the deal was made
    ("한빛전자는 가람바이오와 공동연구 협약을 맺고 신약 후보 물질을 함께 찾는다고 밝혔다.",
     ("PARTNER", ["가람바이오", "한빛전자"], "occurred")),
])
def test_status_an_act_quoted_in_the_present_is_not_made_past_by_the_telling(text, expected):
    assert expected in _events(text, "2025-03-12")


@pytest.mark.parametrize("text, status", [
    # the meeting is told with -아/어 and what follows asks for another act: the meeting happened
    ("설윤아 한빛전자 대표는 18일 시청에서 에릭 솔베르그 노르딕AI 사장을 만나 연구소 투자를 요청했다.", "occurred"),
    ("도하린 한빛전자 회장은 지난 3일 부산에서 표재헌 청람중공업 부회장과 만나 합작 사업 가능성을 타진했다.",
     "occurred"),
    ("표재헌 청람중공업 부회장은 어제 도하린 한빛전자 회장을 만나 울산에 합작 공장을 세우자고 제안했다.", "occurred"),
    ("가람시의 설윤아 시장은 지난 7일 에릭 솔베르그 사장과 회동해 공장 증설을 위한 추가 투자를 당부했다.", "occurred"),
    # the time of the asking is the meeting's time
    ("설윤아 한빛전자 대표는 다음 주 에릭 솔베르그 사장을 만나 연구소 투자를 요청할 예정이다.", "planned"),
    # the meeting itself asked for, or wished for, stays a request
    ("설윤아 한빛전자 대표는 에릭 솔베르그 사장에게 만나 달라고 요청했다.", "requested"),
    ("설윤아 한빛전자 대표는 에릭 솔베르그 사장에게 서한을 보내 면담을 요청했다.", "requested"),
    ("설윤아 한빛전자 대표는 \"다음 달 에릭 솔베르그 사장을 만나 투자를 요청하고 싶다\"고 말했다.", "requested"),
])
def test_status_a_meeting_followed_by_an_asking_for_another_act_keeps_its_own_status(text, status):
    meetings = [e for e in _events(text, "2025-03-20") if e[0] == "MEET"]
    assert [e[2] for e in meetings] == [status]


@pytest.mark.parametrize("text, expected", [
    # a rumour or report of the act, called untrue in the same sentence: denied
    ("누리페이가 청람캐피탈로부터 지분 투자를 받는다는 설이 돌았으나 누리페이 측은 \"사실이 아니다\"라고 선을 그었다.",
     ("INVEST", ["누리페이", "청람캐피탈"], "denied")),
    ("한빛전자가 가람바이오에 500억원을 투자한다는 보도가 나왔지만 가람바이오 측은 \"사실무근\"이라고 일축했다.",
     ("INVEST", ["가람바이오", "한빛전자"], "denied")),
    ("도하린 회장이 다음 달 방한할 것이라는 보도가 나왔지만 회사 측은 이를 부인했다.",
     ("VISIT", ["도하린"], "denied")),
    # not confirmed is not denied, and a report left alone stays a report
    ("한빛전자가 가람바이오에 500억원을 투자한다는 보도가 나왔지만 가람바이오 측은 \"확인해 줄 수 없다\"고 했다.",
     ("INVEST", ["가람바이오", "한빛전자"], "speculated")),
    ("도하린 회장이 다음 달 방한할 것이라는 보도가 나왔다.", ("VISIT", ["도하린"], "speculated")),
])
def test_status_a_rumour_called_untrue_in_its_sentence_is_denied(text, expected):
    assert expected in _events(text, "2025-02-11")


@pytest.mark.parametrize("text, status", [
    # `-ㄹ 수(도) 있다` on the act's own verb voices a possibility: speculated
    ("일부 외신은 도하린 회장이 이튿날 표재헌 부회장과도 만날 수 있다고 보도했다.", "speculated"),
    ("도하린 회장은 내년 미국을 방문할 수도 있다.", "speculated"),
    # it came about, it cannot be, or the possibility is another verb's
    ("도하린 회장은 지난 3일 표재헌 부회장을 만날 수 있었다.", "occurred"),
    ("도하린 회장은 다음 달 표재헌 부회장을 만날 수 없다고 밝혔다.", "denied"),
    ("한빛전자는 지난달 가람바이오와 업무협약을 맺었음을 다음 주 공개할 수 있다.", "occurred"),
])
def test_status_a_possibility_of_the_act_itself_is_speculated(text, status):
    assert [e[2] for e in _events(text, "2025-04-09")] == [status]


def test_status_a_possibility_describing_a_noun_voices_no_guess():
    # `만날 수 있는 자리`: the possibility describes the occasion arranged, it is no guess about the act
    events = _events("한빛전자는 지난 3일 도하린 회장이 표재헌 부회장을 만날 수 있는 자리를 마련했다.", "2025-04-09")
    assert "speculated" not in [e[2] for e in events]


@pytest.mark.parametrize("text", [
    # a request turned down in its own sentence, after a contrast ...
    "도하린 대표는 표재헌 회장에게 서한을 보내 면담을 요청했지만, 회사 측은 \"일정상 어렵다\"며 거절했다.",
    "도하린 대표는 표재헌 회장에게 면담을 요청했으나 거절당했다.",
    # ... or in the next sentence, which tells no act of its own
    "도하린 대표는 지난 2일 표재헌 회장에게 면담을 공식 요청했다. 그러나 회사 측은 5일 \"지금은 만날 수 없다\"며 거절했다.",
    "도하린 대표는 지난달 표재헌 회장과의 면담을 요청했다. 그러나 청람 측은 요청을 거절한 것으로 20일 확인됐다.",
    # declined politely, or a line drawn under the asking
    "도하린 대표는 표재헌 회장에게 면담을 요청했지만, 회사 측은 \"해외 일정이 겹친다\"며 고사했다.",
    "도하린 대표는 표재헌 회장에게 면담을 요청했으나, 청람 측은 \"개별 면담은 하지 않는다는 방침\"이라며 선을 그었다.",
])
def test_status_a_request_turned_down_is_denied_with_no_day(text):
    assert [(e.type, e.status, e.date) for e in read_text(text, "2026-02-06")] == [("MEET", "denied", None)]


@pytest.mark.parametrize("text, status", [
    # no answer yet, or a refusal of something else (the meeting itself happened)
    ("도하린 대표는 표재헌 회장에게 면담을 요청했다. 회사 측은 아직 답하지 않았다.", "requested"),
    ("도하린 대표는 지난 2일 표재헌 회장과 만나 투자를 요청했다. 그러나 표 회장은 이를 거절했다.", "occurred"),
])
def test_status_a_request_not_turned_down_keeps_its_status(text, status):
    assert [e.status for e in read_text(text, "2026-02-06") if e.type == "MEET"] == [status]


@pytest.mark.parametrize("text, expected", [
    # a plan word made a manner (`예정대로`, `계획대로`) tells how the act went: it happened
    ("그간 성사 여부가 불확실했던 도하린 회장과 표재헌 사장의 회동이 3일 예정대로 부산에서 열렸다.", ("MEET", "occurred", "2026-04-03")),
    ("도하린 회장은 지난 3일 계획대로 부산에서 표재헌 사장을 만났다.", ("MEET", "occurred", "2026-04-03")),
    # the plan word itself still makes a plan
    ("도하린 회장과 표재헌 사장은 오는 9일 부산에서 만날 예정이다.", ("MEET", "planned", "2026-04-09")),
])
def test_status_a_plan_word_made_a_manner_tells_how_the_act_went(text, expected):
    assert [(e.type, e.status, e.date) for e in read_text(text, "2026-04-05")] == [expected]


@pytest.mark.parametrize("text, status", [
    ("가람화학은 누리소재에 300억원을 투자하기로 최종 합의했다고 9일 밝혔다.", "occurred"),
    ("가람화학은 누리소재에 300억원을 투자하기로 합의했다고 9일 밝혔다.", "occurred"),
    ("한울바이오는 솔빛제약 지분을 인수하기로 최종 합의했다.", "occurred"),
    ("가람화학은 누리소재에 300억원을 투자하기로 했다고 9일 밝혔다.", "planned"),
])
def test_status_an_investment_agreed_after_the_decision_ending_is_done_with_a_word_between(text, status):
    """`투자하기로 (최종) 합의했다`: the agreement is the act, done, whether or not a word stands
    between `-기로` and the agreement word; `투자하기로 했다` stays a plan."""
    assert [e.status for e in read_text(text, "2025-04-10") if e.type == "INVEST"] == [status]


@pytest.mark.parametrize("text, month", [
    # talk of a meeting, its time given, then called untrue: denied, on the time the talk gave
    ('김태오 한빛전자 회장이 이달 초 싱가포르에서 나은정 가람바이오 대표와 만나 지분 매각 조건을 최종 협의했다는 설이 돌았으나, '
     '한빛전자는 "두 사람이 만난 적이 없다"고 부인했다.', "2025-07"),
    ("김태오 한빛전자 회장은 자신이 지난달 하순 나은정 가람바이오 대표를 따로 만났다는 설을 일축했다.", "2025-06"),
])
def test_status_a_rumoured_meeting_denied_keeps_the_time_of_the_rumour(text, month):
    meetings = [e for e in read_text(text, "2025-07-20") if e.type == "MEET"]
    assert [(e.status, (e.date or "")[:len(month)]) for e in meetings] == [("denied", month)]
