"""Business leaders accompanying a head of state's trip (`X 대통령의 … 방문에 동행`, `… 경제사절단으로`):
they travel on the owner's trip, one VISIT with the owner, not a trip of their own nor the trip told
before (our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str = "2025-06-10") -> list[tuple[frozenset[str], str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text, people, status, day", [
    # companions of the trip a person owns travel with its owner
    ("도하린 한빛전자 회장과 서유찬 가람건설 회장은 다음 달 10일 윤민서 대통령의 독일 국빈 방문에 경제사절단으로 "
     "동행한다.", {"윤민서", "도하린", "서유찬"}, "planned", "2025-07-10"),
    ("마재윤 누리소프트 대표는 지난달 윤민서 대통령의 베트남 방문에 동행했다.", {"윤민서", "마재윤"}, "occurred", "2025-05"),
])
def test_companions_join_the_trip_its_owner_makes(text, people, status, day):
    assert _visits(text) == [(frozenset(people), status, day)]


def test_a_delegation_trip_told_by_two_visit_words_is_one_trip():
    # `X의 국빈 방문 경제사절단으로 독일을 찾는다`: the owner's visit word and the companions' verb tell one trip
    text = "도하린 한빛전자 회장과 서유찬 가람건설 회장이 다음 달 윤민서 대통령의 국빈 방문 경제사절단으로 독일을 찾는다."
    assert _visits(text) == [(frozenset({"윤민서", "도하린", "서유찬"}), "planned", "2025-07")]


def test_companions_of_another_owner_do_not_join_the_trip_told_before():
    # the trip told before is someone else's: the companions go on the owner's own trip, with its own time
    text = ("클라우스 베버 라인전기 회장은 2019년 한국을 방문했다. 도하린 한빛전자 회장과 서유찬 가람건설 회장은 "
            "지난해 3월 윤민서 대통령의 독일 방문에 동행했다.")
    assert sorted(_visits(text), key=lambda v: sorted(v[0])) == sorted([
        (frozenset({"클라우스 베버"}), "occurred", "2019"),
        (frozenset({"윤민서", "도하린", "서유찬"}), "occurred", "2024-03")], key=lambda v: sorted(v[0]))


def test_companions_of_the_trip_just_told_still_join_it():
    # `이번 방문에는 X가 동행한다`: the trip told, with no owner of another's named, takes its companion
    text = "윤민서 대통령이 10일 독일을 방문한다. 이번 방문에는 도하린 한빛전자 회장이 동행한다."
    assert _visits(text) == [(frozenset({"윤민서", "도하린"}), "planned", "2025-06-10")]


def test_an_owner_with_no_companion_word_travels_alone():
    # `X 대통령의 독일 방문을 앞두고`: the subject is not said to go with X
    text = "도하린 한빛전자 회장은 윤민서 대통령의 독일 방문을 앞두고 현지 법인장들을 불러 모았다."
    visits = _visits(text)
    assert visits and all("도하린" not in people for people, _, _ in visits), visits


def test_companions_come_from_the_visit_words_own_clause():
    # the subject of an earlier clause of the sentence does not go on the trip
    text = "도하린 한빛전자 회장은 신제품을 공개했고, 서유찬 가람건설 회장은 다음 달 윤민서 대통령의 독일 방문에 동행한다."
    visits = _visits(text)
    assert visits and all("도하린" not in people for people, _, _ in visits), visits
    assert any({"윤민서", "서유찬"} <= people for people, _, _ in visits), visits


@pytest.mark.parametrize("text, people", [
    # a companion clause after the visit in the same sentence
    ("도하린 한빛전자 회장은 9일 독일 뮌헨을 찾아 현지 공장을 둘러봤으며, 생산본부장인 서유찬 전무가 동행했다.",
     {"도하린", "서유찬"}),
    # the companions are the head of a relative clause in the sentence after the trip
    ("윤민서 대통령은 9일 독일을 국빈 방문했다. 경제사절단으로 동행한 도하린 한빛전자 회장과 서유찬 가람건설 회장은 "
     "같은 날 베를린에서 현지 기업인들과 간담회를 했다.", {"윤민서", "도하린", "서유찬"}),
    # a companion told alone, as the subject of the sentence after the trip
    ("마재윤 누리소프트 대표가 9일 베트남 하노이를 방문했다. 기술총괄인 도하린 상무도 동행했다.", {"마재윤", "도하린"}),
])
def test_companions_told_by_their_own_verb_join_the_trip_just_told(text, people):
    assert [v[0] for v in _visits(text)] == [frozenset(people)]


def test_a_companion_verb_with_no_trip_told_before_adds_no_one():
    # the trip is two sentences back and the sentence between tells something else: no trip to join
    text = ("마재윤 누리소프트 대표가 9일 베트남 하노이를 방문했다. 회사는 올해 매출 목표를 높였다. "
            "도하린 상무는 지난해 윤민서 대표의 강연에 동행했다.")
    assert [v[0] for v in _visits(text)] == [frozenset({"마재윤"})]


def test_a_companion_clause_that_describes_no_person_adds_no_one_to_the_trip_told_before():
    # `… 동행한 가운데 면담했다`: the people who sat in on a meeting, not travellers of the earlier trip
    text = ("마재윤 누리소프트 대표는 2019년 베트남 하노이를 방문했다. 윤민서 회장은 도하린 상무가 동행한 가운데 "
            "마재윤 대표와 면담했다.")
    assert [v[0] for v in _visits(text)] == [frozenset({"마재윤"})]


@pytest.mark.parametrize("text, missed, month", [
    # `당초 동행할 예정이던 Y는 … 합류하지 못했다`: Y misses the trip told, in the trip's month
    ("도하린 한빛전자 회장이 7일 독일 뮌헨을 방문했다. 당초 동행할 예정이던 서유찬 누리소프트 대표는 비자 발급이 "
     "늦어져 합류하지 못했다.", "서유찬", "2025-06"),
    # a member of a group kept at home (`출국하지 못했다`)
    ("가람시 방문단이 8일 베트남 하노이를 찾았다. 단장인 도하린 가람시장은 현지 기업들을 둘러봤다. 당초 방문단에 "
     "이름을 올렸던 서유찬 가람시의회 의원은 의회 일정 때문에 출국하지 못했다.", "서유찬", "2025-06"),
    # the visit word read itself (`방한하지 못했다`) takes the month of the trip missed
    ("클라우스 베버 라인전기 회장이 3일 방한했다. 당초 동행할 예정이던 한스 뮐러 라인전기 부사장은 현지 사정으로 "
     "방한하지 못했다.", "한스 뮐러", "2025-06"),
])
def test_a_companion_who_could_not_come_misses_the_trip_in_its_month(text, missed, month):
    visits = _visits(text)
    assert (frozenset({missed}), "denied", month) in visits, visits
    assert all(missed not in people for people, status, _ in visits if status != "denied"), visits


def test_a_person_who_did_not_join_with_no_trip_told_misses_nothing():
    # no trip told before: not joining is no visit of anyone
    text = "서유찬 누리소프트 대표는 비자 발급이 늦어져 합류하지 못했다."
    assert _visits(text) == []


def test_people_taken_along_travel_with_the_subject_of_the_chain():
    # `X가 A와 B를 대동하고 … 찾았다`: the subject of the clause before travels, and those taken along
    text = "도하린 한빛전자 회장이 8일 서유찬 부사장과 마재윤 전무를 대동하고 미국 오스틴을 찾았다."
    assert _visits(text) == [(frozenset({"도하린", "서유찬", "마재윤"}), "occurred", "2025-06-08")]


def test_a_companion_leading_a_mission_joins_the_trip_the_scene_names():
    # `이번 순방에는 X도 사절단을 이끌고 동행했다`: the companion is the subject of the chained clause, the
    # trip the one the scene word names, told two sentences before
    text = ("윤민서 대통령이 8일 독일을 국빈 방문했다. 두 정상은 이날 베를린에서 원전 협력을 논의했다. "
            "이번 순방에는 도하린 한빛전자 회장도 경제사절단을 이끌고 동행했다.")
    visits = _visits(text)
    assert [people for people, _, _ in visits] == [frozenset({"윤민서", "도하린"})], visits
