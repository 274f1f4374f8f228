"""An organisation's title told with no name means the one person the text names with it there
(entities/org_titles.py): sentences of our own writing, invented companies and people."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _events(text: str, kind: str, published: str = "2025-07-30") -> list[frozenset[str]]:
    return [e.people for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, kind, people", [
    # `X의 회장 및 …`: the chairman named earlier with the same company
    ("도하린 한빛전자 회장은 지난주 미국 출장을 마쳤다. 서유찬 가람모터스 회장은 \"한빛전자의 회장 및 경영진과 "
     "화상 통화를 했다\"고 밝혔다.", "MEET", {"도하린", "서유찬"}),
    # a head word (`수장`): the one named at the company with a title that heads it (not its president, `사장`)
    ("도하린 한빛전자 회장과 서유찬 가람모터스 회장이 5일 만찬 회동을 했다. 만찬에는 한빛 측에서 마재윤 사장이 배석했다. "
     "업계에서는 한빛전자 측 수장이 연내 가람모터스 창원공장을 찾을 것이라는 관측이 나온다.", "VISIT", {"도하린"}),
    # the title told right after the company, with a particle
    ("도하린 한빛전자 회장은 3일 방한했다. 서유찬 가람모터스 회장은 4일 서울에서 한빛전자 회장과 오찬을 함께했다.",
     "MEET", {"도하린", "서유찬"}),
])
def test_org_titles_a_title_told_with_its_company_means_the_person_named_with_it(text, kind, people):
    assert frozenset(people) in _events(text, kind), _events(text, kind)


def test_org_titles_a_title_inside_a_longer_name_is_no_person():
    """`가람모터스 CEO 서밋`: the company's title opens the name of an event, not a mention of its CEO."""
    text = "서유찬 가람모터스 CEO는 올해 초 도하린 한빛전자 회장을 만났다. 도 회장은 작년 가람모터스 CEO 서밋에 참석했다."
    assert _events(text, "MEET") == [frozenset({"서유찬", "도하린"})]


def test_org_titles_two_holders_leave_the_title_unread():
    """Two chairmen of one company named (a chairman and an honorary one told as 회장 both): no one is meant."""
    text = ("도하린 한빛전자 회장과 마재윤 한빛전자 회장이 나란히 참석했다. 서유찬 가람모터스 대표는 \"한빛전자의 회장과 "
            "통화했다\"고 말했다.")
    assert all(len(people) != 2 or "서유찬" not in people for people in _events(text, "MEET"))


def test_org_titles_a_bare_title_is_no_alias():
    """The person told by the company's head word gains a mention there, not the title as a name."""
    text = "도하린 한빛전자 회장은 지난 3일 방한했다. 업계는 한빛전자의 수장과 서유찬 가람모터스 대표의 만남에 주목한다."
    person = next(e for e in find_entities(text, analyze(text), "2025-07-30") if e.name == "도하린")
    assert len(person.mentions) == 2 and "수장" not in person.aliases
