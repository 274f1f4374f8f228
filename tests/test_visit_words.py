"""Words of a trip beyond `방문`/`방한`: a trip there and back (`다녀오다`, with a named destination), a
return visit (`답방`), an arrival told as setting foot on a land (`땅을 밟다`) and a site toured (`견학하다`). Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"]


def _who(text: str, published: str) -> list[tuple[frozenset, str]]:
    return [(people, status) for people, status, _ in _visits(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # a trip there and back to a named city: a finished visit, dated as `방문했다` would be
    ("문태호 한결상사 사장이 지난주 캐나다 밴쿠버를 다녀왔다.", "2026-04-15",
     [(frozenset({"문태호"}), "occurred", "2026-04-06")]),
    ("반지성 누리해운 대표는 지난 3일 싱가포르에 다녀왔다.", "2026-04-15",
     [(frozenset({"반지성"}), "occurred", "2026-04-03")]),
    # a plan to go there and back
    ("설윤아 가람바이오 대표는 다음 달 독일 베를린을 다녀올 계획이다.", "2026-04-15",
     [(frozenset({"설윤아"}), "planned", "2026-05")]),
])
def test_a_trip_there_and_back_to_a_named_place_is_a_visit(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text", [
    "문태호 한결상사 사장은 회의 도중 잠시 현장에 다녀왔다.",  # no named destination
    "반지성 누리해운 대표는 점심을 먹고 다녀왔다고 말했다.",
])
def test_going_and_coming_back_with_no_named_place_is_no_visit(text):
    assert _visits(text, "2026-04-15") == []


@pytest.mark.parametrize("text, published, expected", [
    # a return visit promised in a quote: planned
    ("도하린 한빛전자 회장은 \"연내 카이로를 답방해 협력 방안을 논의하겠다\"고 말했다.", "2026-04-15",
     [(frozenset({"도하린"}), "planned")]),
    # a return visit told as done
    ("카림 할릴 나일건설 회장은 지난 8일 서울을 답방했다.", "2026-04-15",
     [(frozenset({"카림 할릴"}), "occurred")]),
    ("설윤아 가람바이오 대표는 다음 달 하노이 답방을 한다.", "2026-04-15",
     [(frozenset({"설윤아"}), "planned")]),
])
def test_a_return_visit_is_a_visit(text, published, expected):
    assert _who(text, published) == expected


def test_a_trip_called_a_return_visit_is_one_trip():
    """`이번 방한은 … 답방이다`: the noun with no light verb names the trip told, not a second one."""
    text = "카림 할릴 나일건설 회장이 8일 방한했다. 할릴 회장의 이번 방한은 지난해 도하린 한빛전자 회장의 이집트 방문에 대한 답방이다."
    visits = [v for v in _visits(text, "2026-04-15") if "카림 할릴" in v[0]]
    assert visits == [(frozenset({"카림 할릴"}), "occurred", "2026-04-08")]


@pytest.mark.parametrize("text, published, expected", [
    # `짐을 풀다`, `여장을 풀다` at a city: an arrival, a visit
    ("반지성 누리해운 대표는 지난 3일 싱가포르에 짐을 풀었다.", "2026-04-15",
     [(frozenset({"반지성"}), "occurred", "2026-04-03")]),
    ("카림 할릴 나일건설 회장은 9일 부산에 여장을 풀었다.", "2026-04-15",
     [(frozenset({"카림 할릴"}), "occurred", "2026-04-09")]),
    # `발걸음을 옮기다` to another country: a leg of its own
    ("문태호 한결상사 사장은 6일 태국 방콕을 방문했다. 문 사장은 이튿날 말레이시아 쿠알라룸푸르로 발걸음을 옮겨 "
     "현지 유통사 대표들과 만찬을 했다.", "2026-04-15",
     [(frozenset({"문태호"}), "occurred", "2026-04-06"), (frozenset({"문태호"}), "occurred", "2026-04-07")]),
])
def test_travel_idioms_to_a_named_place_are_visits(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text", [
    # the idioms at a venue, or with no place: no trip
    "반지성 누리해운 대표는 회의를 마치고 호텔에 짐을 풀었다.",
    "문태호 한결상사 사장은 회의장으로 발걸음을 옮겼다.",
    "설윤아 가람바이오 대표는 사무실에서 짐을 풀고 업무를 시작했다.",
])
def test_travel_idioms_to_no_named_place_are_no_visits(text):
    assert _visits(text, "2026-04-15") == []


@pytest.mark.parametrize("text, published, expected", [
    # setting foot on a country's land: an arrival there, done or ahead
    ("반지성 누리해운 대표가 오는 22일 베트남 땅을 밟는다.", "2026-04-15",
     [(frozenset({"반지성"}), "planned", "2026-04-22")]),
    ("카림 할릴 나일건설 회장은 지난 8일 처음으로 한국 땅을 밟았다.", "2026-04-15",
     [(frozenset({"카림 할릴"}), "occurred", "2026-04-08")]),
])
def test_setting_foot_on_a_land_is_a_visit(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a plant or a line toured (`견학하다`): a visit to the site, as `공장을 찾았다` would be
    ("도하린 한빛전자 회장은 9일 경기 화성 공장을 견학했다.", "2026-04-15",
     [(frozenset({"도하린"}), "occurred", "2026-04-09")]),
    ("설윤아 가람바이오 대표는 14일 충북 오창의 한빛전자 배터리 생산라인을 견학했다.", "2026-04-15",
     [(frozenset({"설윤아"}), "occurred", "2026-04-14")]),
])
def test_a_site_toured_is_a_visit(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text", [
    "문태호 한결상사 사장은 맨발로 땅을 밟으며 산책했다.",  # the ground under foot, no land arrived in
    "도하린 한빛전자 회장은 공장 견학을 마친 뒤 기자들과 만났다.",  # a tour told before, no second visit
    "이 공장에는 매년 견학 방문객 3만 명이 다녀간다.",  # unnamed visitors, a habit
])
def test_ground_walked_or_a_tour_told_again_is_no_new_visit(text):
    assert _visits(text, "2026-04-15") == []
