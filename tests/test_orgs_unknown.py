"""Organisations the knowledge base has never seen, found by their shape (sentences of our own writing).

A name's last noun read together with its particle (`태성물산은` as 태성물+산은, `아키타화학과` with the
noun 화학과) keeps the name and drops the particle; a company whose ending says what it does
(`…미네랄`, `…스틸`, `…케미컬`, `…기술`, `…인베스트`) is no person's name, also right after one.
"""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _entities(text: str):
    return find_entities(text, analyze(text), "2026-03-02")


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in _entities(text) if e.type == kind}


@pytest.mark.parametrize("text, org, not_org", [
    ("동림물산은 베트남 해운사 하롱해운의 지분 40%를 인수했다고 3일 밝혔다.", "동림물산", "동림물산은"),
    ("한결케미칼은 이날 일본 나가노화학과 3년간의 원료 공급 계약을 맺었다.", "나가노화학", "나가노화학과"),
    ("충청북도는 렌즈 부품기업 ㈜새빛광학과 증설 투자 협약을 맺었다.", "새빛광학", "새빛광학과"),
])
def test_orgs_a_particle_read_into_the_last_noun_of_a_name_is_cut_off(text, org, not_org):
    found = _names(text, "ORG")
    assert org in found and not_org not in found, found


@pytest.mark.parametrize("text, person, org", [
    ("박도윤 한울소재 대표는 지난 5일 페루 리마에서 마르타 쿠에바스 잉카미네랄 회장과 만났다.", "마르타 쿠에바스", "잉카미네랄"),
    ("최민 사장은 하리쉬 난다 비크람실리콘 CEO와 만났다.", "하리쉬 난다", "비크람실리콘"),
    ("김민재 소라테크 대표는 제임스 월터 데저트코스트케미컬 사장과 만나 공급 계약을 맺었다.", "제임스 월터", "데저트코스트케미컬"),
    ("남궁현 대표는 이날 에스더 린 마리나호스피탈리티 대표와 만났다.", "에스더 린", "마리나호스피탈리티"),
])
def test_orgs_a_company_by_its_ending_is_not_the_person_before_the_title(text, person, org):
    people, orgs = _names(text, "PERSON"), _names(text, "ORG")
    assert person in people and org in orgs and org not in people, (people, orgs)


@pytest.mark.parametrize("text, person, org", [
    ("왼쪽은 단하람 미르항공기술 전무.", "단하람", "미르항공기술"),
    ("이날 오찬에는 쩐반꽝 메콩인베스트 대표가 함께했다.", "쩐반꽝", "메콩인베스트"),
    ("최민 사장은 하리쉬 난다 비크람실리콘 CEO와 만났다.", "하리쉬 난다", "비크람실리콘"),
])
def test_orgs_a_name_followed_by_a_company_is_two_entities(text, person, org):
    people, orgs = _names(text, "PERSON"), _names(text, "ORG")
    assert person in people and org in orgs, (people, orgs)
