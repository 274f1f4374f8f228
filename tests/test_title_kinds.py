"""Titles beyond offices: `씨` after a full name, `단장`, occupations before a name (`배우 한소결은`), and a
foreign name after an organisation Kiwi reads with its genitive glued on (our own sentences, invented
people and companies)."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text, analyze(text), "2031-05-10") if e.type == "PERSON"}


@pytest.mark.parametrize("text, person", [
    ("만찬에는 그의 부인 남보라 씨도 함께했다.", "남보라"),
    ("행사에는 작가 윤채원 씨와 변호사 고현우 씨가 참석했다.", "고현우"),
    ("방문단 서하진 단장은 이날 공장을 둘러봤다.", "서하진"),
    ("사절단을 이끈 권도율 단장이 7일 출국했다.", "권도율"),
])
def test_title_kinds_ssi_and_danjang_follow_a_full_name(text, person):
    assert person in _people(text)


def test_title_kinds_ssi_after_a_surname_alone_makes_no_person():
    assert _people("김씨는 이날 회의에 참석했다. 박 씨도 함께했다.") == set()


@pytest.mark.parametrize("text, person", [
    ("배우 한소결은 이날 시사회에 참석했다.", "한소결"),
    ("가수 도하윤이 7일 화장품 회사 대표와 만났다.", "도하윤"),
    ("프로골퍼 최나래가 후원사 대표와 만났다.", "최나래"),
])
def test_title_kinds_an_occupation_names_the_person_after_it(text, person):
    assert person in _people(text)


def test_title_kinds_an_occupation_word_alone_makes_no_person():
    assert _people("그는 이날 타자 연습을 마쳤다.") == set()


@pytest.mark.parametrize("text, person", [
    ("협약식 뒤 한빛에너지 기서윤 사장과 코피아포솔라의 이네스 카브레라 솔리스 회장은 만찬을 함께했다.",
     "이네스 카브레라 솔리스"),
    ("협약식 뒤 한빛에너지 기서윤 사장과 마이푸솔라의 우고 몬테로 바렐라 회장은 만찬을 함께했다.",
     "우고 몬테로 바렐라"),
])
def test_title_kinds_a_glued_genitive_keeps_a_three_word_name_whole(text, person):
    assert person in _people(text)


def test_title_kinds_a_known_name_ending_in_ui_is_no_genitive():
    assert "손정의" in _people("손정의 소프트뱅크그룹 회장은 이날 방한했다.")


@pytest.mark.parametrize("text, person", [
    ("이 자리에는 한빛정밀 베트남법인의 차유진 지사장도 함께했다.", "차유진"),
    ("면담에는 다온소재 도쿄지사의 노다 유키 지사장이 동석했다.", "노다 유키"),
])
def test_title_kinds_a_branch_head_is_titled(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text, person, not_person", [
    ("이 자리에는 누리바다 최고기술책임자(CTO) 김서진도 함께했다.", "김서진", "누리바다"),
    ("이 자리에는 구름다리 최고기술책임자(CTO) 정민서가 함께했다.", "정민서", "구름다리"),
])
def test_title_kinds_a_glossed_title_names_the_person_after_it(text, person, not_person):
    people = _people(text)
    assert person in people and not_person not in people


def test_title_kinds_a_glossed_title_after_its_holder_stays_his():
    assert _people("이 자리에는 공동창업자인 염하윤 최고기술책임자(CTO)도 함께 있었다.") == {"염하윤"}


def test_title_kinds_a_foreign_name_kiwi_cuts_up_before_an_unknown_company():
    # Kiwi cuts 톨리버 into noun pieces: after the known given name it still ends the name, and the proper
    # noun between it and the title is the company, not the person
    people = _people("유하늘 대표는 보스턴에서 그레이엄 톨리버 오크리프 CEO와 면담했다.")
    assert "그레이엄 톨리버" in people and "오크리프" not in people


@pytest.mark.parametrize("text, person", [
    ("실무 협의는 가람전자 구매팀 소하람 과장이 맡았다.", "소하람"),
    ("통역은 현지 사무소의 에르덴 바트자르갈 과장이 맡았다.", "에르덴 바트자르갈"),
])
def test_title_kinds_gwajang_is_a_rank_after_a_name(text, person):
    assert person in _people(text)


def test_title_kinds_gwajang_as_exaggeration_makes_no_person():
    assert _people("그 수치는 과장이 섞인 것이라고 반박했다.") == set()
