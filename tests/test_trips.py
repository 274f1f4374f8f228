"""Trips told more than once, guesses about the past, and the travel words of a trip. Examples
written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text, published, expected", [
    # the trip named again as the frame of a meeting asked for: one visit, still ahead
    ("도하린 한빛전자 회장이 다음 주 방한한다. 도 회장은 방한 기간 설윤아 가람바이오 대표와의 면담을 희망한다는 뜻을 전했다.",
     "2025-10-15", [("planned", "2025-10-20")]),
    # the trip named again in a past-tense clause about why a race came about: still the trip of next month
    ("도하린 한빛전자 회장은 다음 달 방한한다. 이번 경기는 도 회장이 축제 기간에 맞춰 방한하면서 성사됐다.",
     "2024-09-11", [("planned", "2024-10")]),
    # the trip named again with a count of years since the last one: no visit on the day carried over
    ("표재헌 청람중공업 회장이 오는 16일 방한길에 오른다. 표 회장은 이튿날 설윤아 가람바이오 대표와 만날 예정이다. "
     "청람중공업 회장의 방한은 6년 만이다.", "2026-09-14", [("planned", "2026-09-16")]),
])
def test_a_trip_told_again_with_no_time_of_its_own_is_the_same_trip(text, published, expected):
    assert _visits(text, published) == expected


def test_a_meeting_in_the_frame_of_a_trip_takes_the_trip_time():
    """`방한 기간 … 회동할 것이라는 관측`: the meeting is guessed for the days of the trip."""
    text = ("도하린 한빛전자 회장의 방한 일정이 다음 달 10~12일로 잡혔다. "
            "업계에서는 도 회장이 방한 기간 설윤아 가람바이오 대표와 회동할 것이라는 관측이 나온다.")
    meets = [(e.status, e.date) for e in read_text(text, "2025-10-20") if e.type == "MEET"]
    assert meets == [("speculated", "2025-11-10")]


def test_a_site_on_the_trip_is_not_the_trip():
    """A plant visited on the trip is a visit of its own (another place), not the trip told again."""
    text = "도하린 한빛전자 회장이 3일 방한했다. 도 회장은 평택 공장을 방문해 생산라인을 둘러봤다."
    assert len(_visits(text, "2025-06-04")) == 2


@pytest.mark.parametrize("text, status", [
    ("도하린 한빛전자 회장과 설윤아 가람바이오 대표가 지난주 부산에서 비공개로 만났을 것이라는 관측이 나온다.", "speculated"),
    ("도하린 한빛전자 회장은 지난달 설윤아 가람바이오 대표와 만났을 것으로 보인다.", "speculated"),
    ("도하린 한빛전자 회장이 지난달 방한했을 때 설윤아 가람바이오 대표를 만났다.", "occurred"),
])
def test_a_guess_about_the_past_is_not_an_act_told_as_done(text, status):
    assert {e.status for e in read_text(text, "2025-11-19") if e.type == "MEET"} == {status}


def test_an_act_dated_after_the_news_has_not_happened_yet():
    """Told in a past-tense clause but dated next month: still a plan."""
    text = "표재헌 청람중공업 회장의 방한 일정이 다음 달 10~12일로 확정됐다."
    assert _visits(text, "2025-10-20") == [("planned", "2025-11-10")]


@pytest.mark.parametrize("text, expected", [
    # a stop-over on the way is a visit
    ("도하린 한빛전자 사장은 지난 24일 싱가포르에 들러 설윤아 가람캐피털 회장을 만났다.", [("occurred", "2025-08-24")]),
    # moving on to another city for an activity there is a visit
    ("도하린 한빛전자 사장은 25일 베트남 하노이로 이동해 현지 공장의 생산라인을 점검했다.", [("occurred", "2025-08-25")]),
    # an inspection tour is a visit
    ("표재헌 국무총리는 4일 울산 국가산업단지를 시찰하고 구조조정 상황을 점검했다.", [("occurred", "2025-08-04")]),
    # moving to a hotel is no trip
    ("설윤아 회장은 오후 서울 중구 한빛호텔로 이동했다.", []),
])
def test_travel_words_of_a_trip(text, expected):
    assert _visits(text, "2025-08-26") == expected


def test_the_day_of_an_event_named_before_the_same_day_word():
    """`회담 당일`: the summit's day, not the arrival day told in between."""
    text = ("도하린 대통령은 11일 청와대에서 표재헌 총리와 정상회담을 했다. 표 총리는 전날 밤 서울공항을 통해 입국했다. "
            "표 총리는 회담 당일 오후 숙소에서 설윤아 가람바이오 회장을 만나 협력을 논의했다.")
    meets = {e.people: e.date for e in read_text(text, "2026-06-12") if e.type == "MEET"}
    assert meets[frozenset({"표재헌", "설윤아"})] == "2026-06-11"


@pytest.mark.parametrize("text, expected", [
    # the day named first is the meeting's; the one right before the relative clause is the arrival's
    ("도하린 한빛전자 회장은 12일 판교 사옥에서 전날 방한한 표재헌 청람중공업 회장과 만났다.",
     {"VISIT": "2025-06-11", "MEET": "2025-06-12"}),
    # a plan is not on the day of a visit told as done in a relative clause
    ("지난해 방한했던 설윤아 가람바이오 대표는 이번에도 도하린 한빛전자 회장을 만날 예정이다.",
     {"VISIT": "2024", "MEET": None}),
])
def test_a_relative_clause_keeps_the_time_right_before_it(text, expected):
    assert {e.type: e.date for e in read_text(text, "2025-06-13")} == expected


@pytest.mark.parametrize("text", [
    "한빛전자는 미국 공장 건설에 투입하려던 2조원 규모의 투자 계획을 철회한다고 17일 공시했다.",
    "한빛전자는 가람바이오와 추진해 온 합작법인 설립을 추진하지 않기로 했다고 9일 밝혔다.",
])
def test_a_deal_dropped_has_no_day(text):
    dropped = [e for e in read_text(text, "2026-03-18") if e.status == "denied"]
    assert dropped and all(e.date is None for e in dropped)


@pytest.mark.parametrize("text, status", [
    ("표재헌 청람중공업 회장이 다음 달 방한할 것이라는 보도가 나왔다.", "speculated"),
    ("도하린 한빛전자 회장과 설윤아 가람바이오 대표가 만났다는 소문이 돌았다.", "speculated"),
    # a press release states the act: no talk about it
    ("가람바이오는 설윤아 대표가 지난 3일 방한했다는 보도자료를 냈다.", "occurred"),
])
def test_talk_of_an_act_is_a_guess(text, status):
    assert {e.status for e in read_text(text, "2025-08-05")} == {status}


def test_moving_on_within_the_country_of_the_trip_is_the_same_trip():
    """`부산으로 이동해` on a trip to Korea is no new visit; `싱가포르로 이동해` would be one."""
    within = "표재헌 청람중공업 회장이 10일 방한했다. 표 회장은 12일 부산으로 이동해 거래처 대표들과 만찬을 할 예정이다."
    abroad = "표재헌 청람중공업 회장이 10일 방한했다. 표 회장은 12일 싱가포르로 이동해 거래처 대표들과 만찬을 할 예정이다."
    assert len(_visits(within, "2025-03-11")) == 1
    assert len(_visits(abroad, "2025-03-11")) == 2


@pytest.mark.parametrize("text, expected", [
    # a plant toured is a site visit
    ("표재헌 청람중공업 회장은 이튿날 가람바이오 오송 공장을 둘러본 뒤 출국했다.", 1),
    # a city visited and an exhibition toured there: one visit
    ("도하린 한빛전자 회장은 다음 주 미국 라스베이거스를 찾아 현지 전시회를 둘러볼 예정이다.", 1),
])
def test_a_tour_of_a_site_is_a_visit(text, expected):
    assert len(_visits(text, "2025-05-19")) == expected


def test_an_arrival_is_part_of_the_trip_to_the_country():
    """`한국을 찾아 …` and `17일 새벽 서울공항에 도착한 뒤`: one visit, not a second one to the airport."""
    text = ("표재헌 청람중공업 회장이 4년 만에 한국을 찾아 바쁜 일정을 소화했다. "
            "표 회장은 17일 새벽 전용기 편으로 서울공항에 도착한 뒤 숙소로 향했다.")
    assert len(_visits(text, "2022-11-17")) == 1


def test_the_day_before_yesterday_counts_from_the_news():
    text = "표재헌 청람중공업 회장은 그제 입국했고, 어제 판교 본사에서 도하린 한빛전자 회장과 만났다."
    assert {e.type: e.date for e in read_text(text, "2025-07-17")} == {"VISIT": "2025-07-15", "MEET": "2025-07-16"}


@pytest.mark.parametrize("text, expected", [
    # arriving is told before the reception the plan is about: the plan's tense, not a past act
    ("표재헌 총리는 11일 마드리드에 도착한 직후 동포 간담회에 참석합니다.", [("planned", "2025-12-11")]),
    ("표재헌 총리는 11일 오후 마드리드에 도착해 동포 간담회에 참석한 뒤 귀빈 만찬에 참석한다.", [("planned", "2025-12-11")]),
])
def test_an_act_told_before_another_takes_the_other_tense(text, expected):
    assert _visits(text, "2025-12-07") == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting still ahead with no day of its own falls in the trip still ahead
    ("표재헌 청람중공업 회장이 다음 달 한국을 찾는다. 업계는 표 회장이 도하린 한빛전자 회장과 만날 것으로 보고 있다.",
     ("speculated", "2025-03")),
    # not in a trip of years ago
    ("표재헌 청람중공업 회장은 2019년 5월 한국을 찾았다. 표 회장은 도하린 한빛전자 회장과 만날 예정이다.",
     ("planned", None)),
    # not in a trip told as done: its day is not the meeting's
    ("표재헌 청람중공업 회장이 12일 방한했다. 표 회장은 도하린 한빛전자 회장과도 만날 예정이다.",
     ("planned", None)),
])
def test_a_meeting_ahead_falls_in_the_trip_ahead(text, expected):
    meets = [(e.status, e.date and e.date[:7]) for e in read_text(text, "2025-02-12") if e.type == "MEET"]
    assert meets == [expected]


@pytest.mark.parametrize("text, status", [
    # a source reports the meeting as set: not the past of the reporting verb
    ("표재헌 청람중공업 회장은 도하린 한빛전자 회장과도 판교 모처에서 회동하는 것으로 알려졌다.", "planned"),
    # an act whose going on is thanked for in the past: the thanking tells it
    ("도하린 회장은 지난 17일 표재헌 청람중공업 회장과 오찬을 함께 하며 청람중공업이 국내 투자를 진행하는 것에 감사를 표했다.",
     "occurred"),
])
def test_an_act_reported_as_set(text, status):
    assert {e.status for e in read_text(text, "2025-02-20") if e.type == "MEET"} == {status}


def test_a_count_since_the_last_visit_tells_two_visits():
    """`2023년 12월 이후 2년 만`: the last visit (2023-12) and the visit now, which is the trip told."""
    text = ("일본을 찾은 표재헌 청람중공업 회장은 14일 도쿄에서 도하린 대표를 만났다. "
            "표 회장의 일본 방문은 2023년 12월 이후 2년 만이다.")
    visits = sorted(_visits(text, "2025-12-16"))
    assert len(visits) == 2 and visits[0] == ("occurred", "2023-12") and visits[1][1].startswith("2025-12")


def test_a_first_since_a_date_is_no_visit_then():
    """`수교 이래 최초`: no count of time since a last visit, so no visit now made from it."""
    text = "표재헌 대통령은 11일 네덜란드 국빈 방문에 나선다. 1961년 양국 수교 이래 최초의 국빈 방문이다."
    assert len([v for v in _visits(text, "2023-12-11") if v[1] != "1961"]) == 1


def test_early_this_year_is_the_year_of_the_news():
    text = "도하린 한빛전자 회장은 올 초 설윤아 가람바이오 대표를 만나 협력을 논의했다."
    assert {e.date for e in read_text(text, "2024-10-28") if e.type == "MEET"} == {"2024"}


@pytest.mark.parametrize("text, expected", [
    # set up for a time, then called off: denied, the time stands
    ("한빛전자는 이달 중순 도하린 회장과 표재헌 청람중공업 회장의 회동을 추진했으나 일정 문제로 무산됐다고 18일 밝혔다.",
     ("denied", "2025-09")),
    # never set up: no time
    ("한빛전자 관계자는 \"도하린 회장이 표재헌 회장을 만날 계획은 없다\"고 말했다.", ("denied", None)),
])
def test_a_gathering_called_off_keeps_its_time(text, expected):
    meets = [(e.status, e.date and e.date[:7]) for e in read_text(text, "2025-09-18") if e.type == "MEET"]
    assert meets == [expected]


def test_a_meeting_in_one_country_of_a_tour_takes_that_leg():
    text = ("도하린 한빛전자 회장은 일본(3일), 베트남(5일) 등 아시아 2개국 순방길에 오른다고 1일 밝혔다. "
            "도 회장은 베트남에서 표재헌 청람중공업 회장을 만날 예정이다.")
    meets = [(e.status, e.date) for e in read_text(text, "2025-12-01") if e.type == "MEET"]
    assert meets == [("planned", "2025-12-05")]


@pytest.mark.parametrize("text, place", [
    # a city no lexicon knows, with the particle of a destination right before the arrival word
    ("도하린 한빛전자 회장은 지난 3일 로테르담에 도착했다.", "로테르담"),
    ("설윤아 가람바이오 대표는 5일 바르셀로나에 도착해 현지 공장을 점검했다.", "바르셀로나"),
    ("표재헌 청람중공업 회장 일행은 어제 오후 이스탄불로 도착했다.", "이스탄불"),
])
def test_an_unknown_city_arrived_at_is_the_destination(text, place):
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    events = find_events(text, analysis, find_entities(text, analysis, "2025-06-07"), "2025-06-07")
    assert [e.place for e in events if e.type == "VISIT"] == [place], events


@pytest.mark.parametrize("text", [
    "도하린 한빛전자 회장은 오전 9시 현장에 도착했다.",  # a common noun: reaching a venue
    "설윤아 가람바이오 대표는 행사장에 도착해 인사를 나눴다.",
])
def test_arriving_at_a_venue_is_no_visit(text):
    assert not [e for e in read_text(text, "2025-06-07") if e.type == "VISIT"]


@pytest.mark.parametrize("text, expected", [
    # a plain verb of going with a country or city given as where to (로/으로): a visit there
    ("도하린 한빛전자 회장은 10일 일본으로 떠난다.", [("planned", "2025-06-10")]),
    ("설윤아 가람바이오 대표는 지난달 싱가포르로 날아가 현지 투자사 대표를 만났다.", [("occurred", "2025-05")]),
    ("표재헌 청람중공업 회장은 지난 3일 베트남 하노이로 향했다.", [("occurred", "2025-06-03")]),
    # whence, not whither; a venue, not a city
    ("도하린 한빛전자 회장은 어제 한국을 떠났다.", []),
    ("설윤아 가람바이오 대표는 회의를 마치고 회담장으로 향했다.", []),
])
def test_a_plain_verb_of_going_with_a_destination_is_a_visit(text, expected):
    assert _visits(text, "2025-06-07") == expected



@pytest.mark.parametrize("one, other, same", [
    ("삼성 평택", "경기 평택 삼성전자", True),  # the short words stand at the start of the long ones
    ("신라호텔", "서울 중구 신라호텔", True),
    ("평택 LG", "평택 삼성전자", False),  # one city, two companies' sites
    ("수원", "기흥", False),
])
def test_places_named_in_fewer_words_are_the_same_place(one, other, same):
    from hoedong.events.merge import same_place
    assert same_place(one, other) is same and same_place(other, one) is same


def test_a_site_visit_told_again_undated_in_fuller_words_is_one_visit():
    from hoedong.events.draft import Draft
    from hoedong.events.merge import merge_drafts
    from hoedong.timex import TimeValue
    day = TimeValue("2026-07-03", "2026-07-03", "3일", (0, 2), "day")
    dated = Draft("VISIT", ["e1"], [], "planned", 0, [(0, 10)], date=day, place="삼성 평택", statuses=[(0, "planned")])
    again = Draft("VISIT", ["e1"], [], "planned", 2, [(20, 30)], place="경기 평택 삼성전자", statuses=[(2, "planned")])
    other = Draft("VISIT", ["e1"], [], "planned", 3, [(40, 50)], place="이천 SK하이닉스", statuses=[(3, "planned")])
    merged = merge_drafts([dated, again, other])
    assert [(d.place, d.date) for d in merged] == [("삼성 평택", day), ("이천 SK하이닉스", None)]
