"""Trips told leg by leg, and the meetings of a trip called off: sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text


def _events(text: str, published: str):
    return sorted((e.type, sorted(e.people or e.orgs), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text, published, legs", [
    # a trip told city by city (an arrival in a city, a site in a city): moving on to another city is a leg
    ("서하준 가람바이오 대표는 9일 베트남 하노이에 도착해 현지 협력사 대표들과 만찬을 했다. "
     "서 대표는 11일 호찌민으로 이동해 생산 법인을 점검할 예정이다.", "2025-06-10",
     [("occurred", "2025-06-09"), ("planned", "2025-06-11")]),
    ("도하린 한빛전자 회장은 3일 독일 뮌헨에 도착해 현지 공장을 둘러봤다. "
     "도 회장은 5일 베를린으로 이동해 마르틴 코흐 린데파마 회장과 만날 계획이다.", "2025-04-04",
     [("occurred", "2025-04-03"), ("planned", "2025-04-05")]),
    ("도하린 한빛전자 회장은 3일 뮌헨의 한빛전자 유럽법인을 찾았다. "
     "도 회장은 이튿날 베를린으로 이동해 현지 협력사를 둘러볼 예정이다.", "2025-04-04",
     [("occurred", "2025-04-03"), ("planned", "2025-04-04")]),
    # a trip told as one to a country as a whole: a move inside it is the same trip
    ("도하린 한빛전자 회장은 3일 독일을 방문했다. "
     "도 회장은 5일 베를린으로 이동해 마르틴 코흐 린데파마 회장과 만날 계획이다.", "2025-04-04",
     [("occurred", "2025-04-03")]),
    ("마르틴 코흐 린데파마 회장이 10일 방한했다. "
     "코흐 회장은 12일 부산으로 이동해 서하준 가람바이오 대표와 만찬을 할 예정이다.", "2025-06-10",
     [("occurred", "2025-06-10")]),
])
def test_legs_a_move_to_another_city_is_a_leg_of_a_trip_told_city_by_city(text, published, legs):
    visits = [(status, when) for kind, _, status, when in _events(text, published) if kind == "VISIT"]
    assert visits == legs


@pytest.mark.parametrize("text, published, meeting", [
    # a trip called off, then the meeting it was to hold, told as a plan as it stood: denied with the trip
    ("다음 달로 예정됐던 마르틴 코흐 린데파마 회장의 방한이 취소됐다. "
     "코흐 회장은 방한 기간에 서하준 가람바이오 대표와 만날 계획이었다.", "2025-05-20",
     ("MEET", ["마르틴 코흐", "서하준"], "denied", "2025-06")),
    ("도하린 한빛전자 회장의 이번 주 독일 출장이 현지 사정으로 무산됐다. "
     "도 회장은 베를린에서 마르틴 코흐 린데파마 회장과 회동할 예정이었다.", "2025-05-20",
     ("MEET", ["도하린", "마르틴 코흐"], "denied", "2025-05-20")),
    # put off with no time ahead (`무기한`): called off too; a trip merely put off keeps its plan
    ("마르틴 코흐 린데파마 회장의 다음 주 방한이 무기한 연기됐다. "
     "코흐 회장은 서울에서 서하준 가람바이오 대표와 회담하고 공동 투자 방안을 논의할 계획이었다.", "2025-05-20",
     ("MEET", ["마르틴 코흐", "서하준"], "denied", "2025-05-26")),
    # the trip took place: the plan as it stood is no denial
    ("마르틴 코흐 린데파마 회장이 지난 3일 방한했다. "
     "코흐 회장은 방한 기간에 서하준 가람바이오 대표와 만날 계획이었다.", "2025-05-20",
     ("MEET", ["마르틴 코흐", "서하준"], "planned", None)),
])
def test_legs_a_meeting_planned_for_a_trip_called_off_is_denied(text, published, meeting):
    meetings = [e if meeting[3] else e[:3] + (None,) for e in _events(text, published) if e[0] == "MEET"]
    assert meetings == [meeting]  # one meeting (its day not asked when the trip took place: only its status)


@pytest.mark.parametrize("text, meeting", [
    # a plan told as it stood, in a clause of contrast, and the rest of the sentence negates an act:
    # the gathering was set up and did not take place (denied, on the day it was set for)
    ("도하린 한빛전자 회장은 지난주 서울에서 마르틴 코흐 린데파마 회장과 만날 계획이었으나 일정이 엇갈려 만나지 못했다.",
     ("MEET", ["도하린", "마르틴 코흐"], "denied", "2025-05-12")),
    ("서하준 가람바이오 대표는 19일 마르틴 코흐 린데파마 회장과 회동할 예정이었으나 코흐 회장의 건강 문제로 "
     "자리가 마련되지 않았다.", ("MEET", ["마르틴 코흐", "서하준"], "denied", "2025-05-19")),
    ("서하준 가람바이오 대표는 다음 달 마르틴 코흐 린데파마 회장과 회동할 예정이었으나 코흐 회장의 건강 문제로 "
     "만나지 않기로 했다.", ("MEET", ["마르틴 코흐", "서하준"], "denied", "2025-06")),
])
def test_legs_a_plan_as_it_stood_then_negated_is_denied_on_its_day(text, meeting):
    assert meeting in _events(text, "2025-05-20")


def test_legs_an_attendance_planned_as_it_stood_then_negated_adds_no_one():
    text = ("도하린 한빛전자 회장과 서하준 가람바이오 대표가 18일 서울에서 만찬을 함께했다. 당초 이 자리에는 "
            "마르틴 코흐 린데파마 회장도 참석할 예정이었으나 항공편 문제로 합류하지 못했다.")
    assert _events(text, "2025-05-20") == [("MEET", ["도하린", "서하준"], "occurred", "2025-05-18")]


def test_legs_a_trip_told_by_its_month_then_by_its_day_takes_the_day():
    text = ("마르틴 코흐 린데파마 회장이 다음 달 방한한다. "
            "코흐 회장은 오는 9일 한국을 찾아 서하준 가람바이오 대표와 만날 예정이다.")
    assert ("VISIT", ["마르틴 코흐"], "planned", "2025-06-09") in _events(text, "2025-05-14")


@pytest.mark.parametrize("text, expected", [
    # an act moved to a new time, then its old plan told as it stood: one act, on the new time
    ("한빛전자와 가람바이오의 업무협약 체결이 다음 달 10일로 연기됐다. 두 회사는 당초 이달 말 서울에서 협약을 맺을 예정이었다.",
     [("PARTNER", ["가람바이오", "한빛전자"], "planned", "2025-06-10")]),
    ("도하린 한빛전자 회장과 마르틴 코흐 린데파마 회장의 회동이 다음 달 초로 미뤄졌다. 두 사람은 당초 이번 주 서울에서 만날 예정이었다.",
     [("MEET", ["도하린", "마르틴 코흐"], "planned", "2025-06")]),
    ("서하준 가람바이오 대표의 방한이 다음 주로 연기됐다. 서 대표는 당초 오는 16일 한국을 찾을 예정이었다.",
     [("VISIT", ["서하준"], "planned", "2025-05-19")]),
])
def test_legs_the_old_plan_of_an_act_moved_to_a_new_time_is_the_same_act(text, expected):
    assert _events(text, "2025-05-14") == expected


@pytest.mark.parametrize("text, expected", [
    # a gathering set up and called off with no time of its own: no time carried over from the sentence before
    ("도하린 장관은 8일 서울에서 열린 투자 포럼에서 연설했다. 도 장관과 서하준 가람바이오 대표의 별도 면담도 "
     "추진됐으나 일정이 맞지 않아 성사되지 않았다.", ("MEET", ["도하린", "서하준"], "denied", None)),
    ("도하린 한빛전자 회장은 18일 필라델피아 공장을 찾았고 이튿날 워싱턴DC에서 의원들과 면담했다. "
     "당초 캐나다 오타와에도 들를 예정이었으나 현지 일정이 맞지 않아 취소했다.", ("VISIT", ["도하린"], "denied", None)),
    # one with a time of its own keeps it
    ("서하준 가람바이오 대표는 19일 마르틴 코흐 린데파마 회장과 회동할 예정이었으나 코흐 회장의 건강 문제로 "
     "자리가 마련되지 않았다.", ("MEET", ["마르틴 코흐", "서하준"], "denied", "2025-05-19")),
])
def test_legs_a_gathering_called_off_keeps_only_a_time_of_its_own(text, expected):
    assert expected in _events(text, "2025-05-20")


@pytest.mark.parametrize("text, published, legs", [
    # cities of trips abroad are known places: moving on to one is a leg
    ("서하준 가람바이오 대표는 8일 덴마크 코펜하겐에 도착했다. "
     "서 대표는 10일 스톡홀름으로 이동해 현지 협력사 대표와 만날 예정이다.", "2025-06-09",
     [("occurred", "2025-06-08"), ("planned", "2025-06-10")]),
    # a country written right before its city and a site there is one destination, not a tour of two
    ("도하린 한빛전자 회장은 지난달 인도 뉴델리 기술개발센터를 찾았다.", "2025-04-04", [("occurred", "2025-03")]),
    # places joined by a middle dot are a tour of two
    ("도하린 한빛전자 회장은 지난달 일본·대만을 잇달아 찾았다.", "2025-04-04", [("occurred", "2025-03"), ("occurred", "2025-03")]),
])
def test_legs_world_cities_and_a_country_before_its_city(text, published, legs):
    visits = [(status, when) for kind, _, status, when in _events(text, published) if kind == "VISIT"]
    assert visits == legs
