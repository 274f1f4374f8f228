"""The knowledge base: valid data, dated roles, lookups by any alias."""

from __future__ import annotations

import pytest

from hoedong.knowledge import Role, load_kb, validate


def test_knowledge_ships_valid_and_large_enough():
    kb = load_kb()
    assert validate(kb) == []
    assert len(kb.people) >= 80 and len(kb.orgs) >= 80


@pytest.mark.parametrize("form, name", [
    ("샘올트먼", "샘 올트먼"), ("Sam Altman", "샘 올트먼"), ("李在鎔", "이재용"), ("마크 저커버그", "마크 저커버그"),
])
def test_knowledge_finds_people_by_any_form(form, name):
    assert load_kb().person(form).name == name


@pytest.mark.parametrize("form, name", [("OpenAI", "오픈AI"), ("SK hynix", "SK하이닉스"), ("삼성", "삼성그룹")])
def test_knowledge_finds_organisations_by_any_form(form, name):
    assert load_kb().org(form).name == name


@pytest.mark.parametrize("day, president", [
    ("2017-06-01", "문재인"), ("2023-06-09", "윤석열"), ("2025-10-01", "이재명"),
])
def test_knowledge_knows_who_held_an_office_when(day, president):
    korean = [p.name for p in load_kb().holders("대통령", day) if any(r.org == "한국 정부" for r in p.roles)]
    assert korean == [president]


def test_knowledge_roles_change_over_time():
    lee = load_kb().person("이재용")
    assert [r.title for r in lee.roles if r.held_on("2020-01-01")] == ["부회장"]
    assert [r.title for r in lee.roles if r.held_on("2024-06-14")] == ["회장"]


@pytest.mark.parametrize("role, day, held", [
    (Role("회장", "X", "2022-10-27", None), "2022-10-26", False),
    (Role("회장", "X", "2022-10", None), "2022-10-01", True),
    (Role("사장", "X", None, "2024"), "2024-12-31", True),
    (Role("사장", "X", None, "2024"), "2025-01-01", False),
    (Role("사장", "X", None, None), None, True),
])
def test_knowledge_role_bounds_are_partial_dates(role, day, held):
    assert role.held_on(day) is held


def test_knowledge_validation_names_each_problem(monkeypatch):
    kb = load_kb()
    broken = type(kb)(kb.people[:1] + (kb.people[0],), kb.orgs[:1], kb.places, kb.products)
    problems = validate(broken)
    assert any("appears twice" in p for p in problems)
    assert any("no such org" in p for p in problems)
