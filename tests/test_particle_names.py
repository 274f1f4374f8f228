"""European names with particles in the family name (`반 데르`, `폰`, `데`, `다`): our own sentences,
names the knowledge base does not hold."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.events import find_events
from hoedong.nlp import analyze


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text, analyze(text), "2026-04-01") if e.type == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("하은솔 가람해운 대표는 마르테인 반 데르 호르스트 노르트캐리어 회장과 만났다.", "마르테인 반 데르 호르스트"),
    ("독일 베르거텍의 루트비히 폰 에셴바흐 회장이 10일 울산 공장을 찾았다.", "루트비히 폰 에셴바흐"),
    ("밀라노패션의 프란체스카 디 로렌초 사장은 이날 서울에 도착했다.", "프란체스카 디 로렌초"),
    ("안도윤 대표는 요스트 판 덴 베르흐 CEO와 협약을 맺었다.", "요스트 판 덴 베르흐"),
    # two given names, a Portuguese particle and a double family name (`세이샤스` told alone later)
    ("파울루 엔히키 두스 산투스 세이샤스 회장이 방한했다. 세이샤스 회장은 이튿날 출국했다.",
     "파울루 엔히키 두스 산투스 세이샤스"),
    ("리스본식품의 안토니우 루이스 다 실바 멘드스 회장이 방한했다. 멘드스 회장은 이튿날 출국했다.",
     "안토니우 루이스 다 실바 멘드스"),
])
def test_particle_names_whole(text, name):
    assert name in people(text)


def test_particle_names_the_family_name_from_its_particle_is_the_same_person():
    found = people("루트비히 폰 에셴바흐 베르거텍 회장이 3일 방한했다. 폰 에셴바흐 회장은 이튿날 도하린 한빛전자 "
                   "대표를 만났다.")
    assert set(found) == {"루트비히 폰 에셴바흐", "도하린"}
    assert "폰 에셴바흐" in found["루트비히 폰 에셴바흐"]


def test_particle_names_a_second_family_word_not_told_alone_is_the_organisation():
    found = people("마르테인 반 데르 호르스트 노르트캐리어 회장이 방한했다.")
    assert "마르테인 반 데르 호르스트" in found
    assert not [name for name in found if "노르트캐리어" in name]


@pytest.mark.parametrize("text", [
    "직원들이 다 모인 자리에서 도하린 회장이 말했다.",  # `다` an adverb, no given name before it
    "두 사람은 3학년 반 대표를 만났다.",  # `반` a class, no family name after it
    "회의에는 반 이상이 참석했다고 도하린 회장이 밝혔다.",
])
def test_particle_names_none_where_the_shape_is_not_there(text):
    assert not [name for name in people(text) if " " in name]


def test_particle_names_meet_takes_the_whole_name():
    text = ("가람해운의 하은솔 대표는 12일 부산 본사에서 마르테인 반 데르 호르스트 노르트캐리어 회장과 만나 "
            "공동 운항을 논의했다. 반 데르 호르스트 회장은 이튿날 출국했다.")
    analysis = analyze(text)
    entities = find_entities(text, analysis, "2026-04-12")
    names = {e.id: e.name for e in entities}
    meets = [e for e in find_events(text, analysis, entities, "2026-04-12") if e.type == "MEET"]
    assert meets
    assert {"하은솔", "마르테인 반 데르 호르스트"} <= {names.get(p) for p in meets[0].participants}


@pytest.mark.parametrize("text", [
    "협약식 뒤 도하린 회장은 기자들과 만났다.",  # `뒤` after a common noun: `after`, no particle
    "서명식 다 끝난 뒤 하은솔 가람해운 대표가 말했다.",
])
def test_particle_names_a_common_noun_is_no_given_name(text):
    assert not [name for name in people(text) if "식" in name]


def test_particle_names_a_father_and_a_son_told_apart_by_their_suffix():
    """`주니어`, `시니어` (lexicon/name_suffixes.txt) are the last words of two people's names, not an
    organisation between a name and its title."""
    found = people("마닐라항만의 안드레스 데 라 페냐 주니어 회장이 방한했다. 1990년 그의 부친인 "
                   "안드레스 데 라 페냐 시니어 명예회장이 회사를 세웠다. 데 라 페냐 회장은 이튿날 출국한다.")
    assert {"안드레스 데 라 페냐 주니어", "안드레스 데 라 페냐 시니어"} <= set(found)
