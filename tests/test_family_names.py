"""Names of one family and names that open unlike most: relatives who share every word but the given
name stay two people, an Arabic name may open with a kunya (`아부`) or a given name the lexicon gained,
and a Russian given name before a Korean surname makes a person (our own sentences, invented people
and companies)."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.entities.names import Spelling
from hoedong.nlp import analyze


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text, analyze(text), "2031-05-10") if e.type == "PERSON"}


def test_family_names_brothers_sharing_father_and_family_names_stay_two_people():
    text = ("카타르 건설사 알사디그룹의 라시드 압둘라 알사디 회장이 5일 도윤재 한결건설 사장과 만났다. "
            "자리에는 그의 동생인 파이살 압둘라 알사디 부회장도 함께했다.")
    people = _people(text)
    assert {"라시드 압둘라 알사디", "파이살 압둘라 알사디"} <= people


@pytest.mark.parametrize("a, b, same", [
    ("하마드 압둘라 알마트루크", "유수프 압둘라 알마트루크", False),
    ("파이살 빈 나세르 알카비", "라시드 빈 나세르 알카비", False),
    ("무함마드 빈 나세르 알카비", "모하메드 빈 나세르 알카비", True),  # one man, spelled two ways
])
def test_family_names_given_names_alike_decide_between_a_typo_and_a_relative(a, b, same):
    assert Spelling.of(a).is_typo_of(Spelling.of(b)) is same


@pytest.mark.parametrize("text, person", [
    ("그는 리야드의 투자사 본사에서 아부 바크르 빈 파와즈 알오타이비 회장을 만났다.",
     "아부 바크르 빈 파와즈 알오타이비"),
    ("오만 물류기업 사하르로지스의 살림 빈 마지드 알 하스니 회장이 7일 방한했다.", "살림 빈 마지드 알 하스니"),
])
def test_family_names_an_arabic_name_opening_with_a_kunya_or_salim_is_read_whole(text, person):
    assert person in _people(text)


def test_family_names_a_kunya_before_no_given_name_opens_nothing():
    assert not any(p.startswith("아부") for p in _people("방문단은 아부다비에서 하루를 묵은 뒤 귀국했다."))


def test_family_names_a_russian_given_name_before_a_korean_surname_is_a_person():
    text = "회의에는 우즈베크 법인의 고려인 임원인 니콜라이 박 부사장이 배석했다. 박 부사장은 통역도 맡았다."
    assert "니콜라이 박" in _people(text)
