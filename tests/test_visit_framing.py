"""Visits told around other acts (our own sentences, in the style of Korean reporting): an attending
word that is the aim of a trip or an arrival at a city tells travel, not presence at the meeting told
before (travel_words.py); a visit that frames another act (`… 방문한 가운데`) is the frame clause's
people's alone; a companion clause that names the trip (`… 일정에 동행한`) joins it a few sentences on."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str = "2027-05-20") -> list[frozenset[str]]:
    return sorted((e.people for e in read_text(text, published) if e.type == "VISIT"), key=sorted)


@pytest.mark.parametrize("text", [
    # `참석으로 방한한 X`, after a meeting of the same two told just before
    "도하린 한빛전자 회장은 어제 마르코 벨리니 총리와 면담을 가졌다. 도 회장은 정상회담 참석으로 방한한 "
    "마르코 벨리니 이탈리아 총리를 만나 면담했다.",
    # `참석을 위해 … 찾은 X`
    "도하린 한빛전자 회장은 어제 마르코 벨리니 총리와 면담을 가졌다. 도 회장은 포럼 참석을 위해 서울을 찾은 "
    "마르코 벨리니 이탈리아 총리와 만나 면담했다.",
])
def test_an_attending_word_that_is_the_aim_of_a_trip_leaves_the_trip_standing(text):
    assert _visits(text) == [frozenset({"마르코 벨리니"})]


def test_an_arrival_at_a_city_is_a_trip_not_presence_at_the_dinner_told_before():
    text = ("서유찬 가람건설 회장은 9일 에밀리 카터 주지사와 만찬을 했다. 서 회장은 그 전날 애틀랜타에 도착했고, "
            "만찬 이튿날에는 현지 공장을 찾아 생산 라인을 살폈다.")
    visits = [e for e in read_text(text, "2030-06-11") if e.type == "VISIT"]
    assert [e.date for e in visits if e.people == frozenset({"서유찬"})][:1] == ["2030-06-08"]
    meetings = [e for e in read_text(text, "2030-06-11") if e.type == "MEET"]
    assert [e.people for e in meetings] == [frozenset({"서유찬", "에밀리 카터"})]


def test_arriving_at_the_scene_of_a_meeting_is_still_attendance():
    # `현장에 도착했다`: a common noun, the venue of the meeting told, not a trip
    text = "도하린 회장은 12일 서유찬 회장과 만찬을 했다. 이날 현장에는 마재윤 대표가 먼저 도착했다."
    meetings = [e for e in read_text(text, "2027-05-13") if e.type == "MEET"]
    assert [e.people for e in meetings] == [frozenset({"도하린", "서유찬", "마재윤"})]


def test_a_visit_framing_another_act_is_the_framing_clause_s_people_alone():
    text = ("윤민서 대통령이 독일을 국빈 방문한 가운데 21일 베를린에서 열린 환영식에 도하린 한빛전자 회장과 "
            "서유찬 가람건설 회장이 참석했다.")
    assert _visits(text, "2027-05-22") == [frozenset({"윤민서"})]


def test_travellers_of_a_visit_with_no_frame_are_still_its_subjects():
    text = "도하린 한빛전자 회장과 서유찬 가람건설 회장이 21일 독일을 방문했다."
    assert _visits(text, "2027-05-22") == [frozenset({"도하린", "서유찬"})]


@pytest.mark.parametrize("text", [
    # the trip told two sentences before, named by its city
    "마재윤 누리소프트 대표가 13일 베트남 하노이를 찾아 응우옌 반 훙 장관을 면담했다. 면담에는 현지 법인장인 "
    "서태오 전무가 배석했다. 하노이 일정에 동행한 도하린 부사장은 같은 시간 현지 협력사와 따로 협의했다.",
    # named by `이번 일정에`, a quotation between
    "마재윤 누리소프트 대표가 13일 베트남 하노이를 찾아 응우옌 반 훙 장관을 면담했다. 마 대표는 \"협력의 폭이 "
    "넓어질 것\"이라고 말했다. 이번 일정에 동행한 도하린 부사장은 \"현지 수요가 크다\"고 전했다.",
])
def test_a_companion_clause_naming_the_trip_joins_it_a_few_sentences_on(text):
    assert frozenset({"마재윤", "도하린"}) in _visits(text, "2027-05-14")


def test_a_site_visited_for_a_courtesy_call_on_a_trip_told_apart_is_only_its_venue():
    # `한국을 방문 중인 X가 … 국회를 찾아 Y를 예방했다`: the trip to the country is the visit, the site its venue
    text = "한국을 방문 중인 라르스 헤드베리 스웨덴 무역장관이 15일 국회를 찾아 서유찬 국회의장을 예방했다."
    visits = [e for e in read_text(text, "2027-05-16") if e.type == "VISIT"]
    assert len(visits) == 1 and visits[0].people == frozenset({"라르스 헤드베리"})


def test_a_city_visited_for_a_meeting_is_still_a_trip():
    # `부산을 찾아 … 만났다`: the visit goes to the city itself, no other trip told
    text = "라르스 헤드베리 스웨덴 무역장관이 15일 부산을 찾아 서유찬 시장과 만났다."
    visits = [e for e in read_text(text, "2027-05-16") if e.type == "VISIT"]
    assert [e.people for e in visits] == [frozenset({"라르스 헤드베리"})]


@pytest.mark.parametrize("text, travel", [
    ("서 총리는 총회 참석차 뉴욕을 찾았다.", True),
    ("서 총리는 박람회에 참석하기 위해 방한했다.", True),
    ("서 총리는 회의에 참석한 후 부산으로 이동했다.", False),  # an attendance, then a trip
    ("서 총리는 하노이에 도착했다.", True),
    ("이날 현장에는 서 총리가 먼저 도착했다.", False),  # the scene of the gathering, no place
])
def test_an_attending_word_tells_travel_only_as_an_aim_or_an_arrival_at_a_place(text, travel):
    from hoedong.events.travel_words import tells_travel
    from hoedong.nlp import analyze

    tokens = analyze(text).sentences[0].tokens
    at = next(i for i, t in enumerate(tokens) if t.form in ("참석", "참석차", "도착"))
    assert tells_travel(tokens, at) is travel
