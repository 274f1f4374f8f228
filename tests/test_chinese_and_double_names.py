"""Chinese names written as one word (`차오밍더`), Spanish and Portuguese names with two family
names, and foreign given names the lexicon now holds: our own sentences, people the knowledge base
does not hold."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.entities.chinese_names import chinese_surname_of
from hoedong.nlp import analyze


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text, analyze(text), "2026-04-01") if e.type == "PERSON"}


@pytest.mark.parametrize("name, surname", [
    ("차오융핑", "차오"), ("린자밍", "린"), ("림분순", "림"), ("렁카와이", "렁"), ("저우하이빈", "저우"),
    # Western names starting like a Chinese family name: a syllable no Chinese name has (르, 돌, 처)
    ("리카르도", None), ("루돌프", None), ("리처드", None), ("린지", None), ("탄야", None),
])
def test_chinese_surname_of(name, surname):
    assert chinese_surname_of(name) == surname


@pytest.mark.parametrize("text, name", [
    ("하은솔 가람해운 대표는 린자밍 화난물류 총경리와 만났다.", "린자밍"),
    ("도하린 대표는 림분순 페낭빌드 회장과 협약을 맺었다.", "림분순"),
])
def test_chinese_name_before_organisation_and_title(text, name):
    found = people(text)
    assert name in found
    assert not [n for n in found if n.startswith(name + " ")]


def test_chinese_name_told_again_by_family_name_and_title():
    found = people("중국 화난물류의 차오융핑 회장은 하은솔 가람해운 대표를 만났다. 차오 회장은 이튿날 출국했다.")
    assert set(found) == {"차오융핑", "하은솔"}
    assert "차오 회장" in found["차오융핑"]


@pytest.mark.parametrize("text, name, called", [
    ("카밀라 에레라 소토 안디나광업 CEO는 하은솔 대표와 만났다. 에레라 CEO는 공장도 둘러봤다.",
     "카밀라 에레라 소토", "에레라 CEO"),
])
def test_double_family_names_whole_and_called_by_the_first(text, name, called):
    found = people(text)
    assert name in found
    assert called in found[name]


@pytest.mark.parametrize("text, name", [
    ("가람전자 대표는 네이선 그레이브스 블루웨이 CEO와 만났다.", "네이선 그레이브스"),
    ("도하린 대표는 유세프 알 마즈루이 사막개발 회장과 만났다.", "유세프 알 마즈루이"),
    ("독일 라인오토의 하인츠 베르크만 회장이 방한했다.", "하인츠 베르크만"),
])
def test_given_names_the_lexicon_holds(text, name):
    assert name in people(text)


def test_chinese_surname_and_title_finds_a_two_syllable_name():
    """`리 총리` after `리창`: a person's Chinese name of two syllables keeps its family name."""
    found = people("리창 중국 총리는 도하린 가람전자 회장을 만났다. 리 총리는 공장도 둘러봤다.")
    assert "리 총리" in found["리창"]
