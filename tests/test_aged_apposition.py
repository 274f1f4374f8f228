"""A title before a one-word name with an age in parentheses (`OO의 회장 권하람(64)은`): the age makes the
word a person's name whatever stands before the title (our own sentences, invented people and companies)."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text, analyze(text), "2031-05-10") if e.type == "PERSON"}


@pytest.mark.parametrize("text, person", [
    ("수산업체 물결마루의 사장 도예람(52)이 7일 창원 공장에서 손님을 맞았다.", "도예람"),
    ("물결마루에서는 회장 권하람(64)과 그의 아들이 손님을 맞았다.", "권하람"),
    ("식품업체 늘봄찬의 사장 여다슬(47)이 7일 부산에 왔다.", "여다슬"),
    ("홍콩 해운사 하버라인의 회장 천웨이룽(70)은 7일 부산에 왔다.", "천웨이룽"),
])
def test_aged_apposition_a_name_with_an_age_after_a_title_is_a_person(text, person):
    assert person in _people(text)


def test_aged_apposition_an_age_after_a_common_noun_makes_no_person():
    assert _people("수산업체 물결마루의 사장 선임(2029)은 이사회가 정했다.") == set()


def test_aged_apposition_the_person_meets():
    events = read_text("마르코 벨리니 회장은 7일 창원에서 물결마루의 사장 도예람(52)과 면담했다.", "2031-05-08")
    assert [(e.type, e.people) for e in events if e.type == "MEET"] == [("MEET", frozenset({"마르코 벨리니", "도예람"}))]


@pytest.mark.parametrize("text, person", [
    # a name of two words after a title, the age on its last word (family name first, or given name first)
    ("그의 딸인 전무 사카모토 유이(41)가 통역을 맡았다.", "사카모토 유이"),
    ("이 자리에는 고문 라르센 비에른(66)도 함께했다.", "라르센 비에른"),
])
def test_aged_apposition_a_name_of_two_words_with_an_age_after_a_title_is_a_person(text, person):
    assert person in _people(text)


def test_aged_apposition_two_relatives_with_one_family_name_stay_two_people():
    found = _people("물결기계의 사장 사카모토 다이치(60)와 그의 딸인 전무 사카모토 유이(41)가 5일 방한했다. "
                    "사카모토 사장과 사카모토 전무는 6일 창원 공장을 둘러봤다.")
    assert {"사카모토 다이치", "사카모토 유이"} <= found and "사카모토" not in found
