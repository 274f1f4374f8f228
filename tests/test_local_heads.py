"""Heads of local governments whose place no gazetteer knows (`OOO 별하시장`, `OOO 솔가람군수`): the name
before the glued post is a person, the place with its ending the body they head; a market noun of the
same shape after no name is nobody (our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _people(text: str) -> set[str]:
    return {e.name for e in find_entities(text, analyze(text), "2031-05-10") if e.type == "PERSON"}


@pytest.mark.parametrize("text, person", [
    ("우도현 별하시장은 7일 시청에서 마리아 콘티 루미나 회장을 만났다.", "우도현"),
    ("한지율 솔가람군수가 지난 7일 군청에서 토마스 브란트 베르크하임 대표와 면담했다.", "한지율"),
    ("모영선 은빛나래시장과 길태오 푸른들군수가 7일 비공개로 회동했다.", "모영선"),
])
def test_local_heads_a_name_before_the_post_of_an_unknown_place_is_a_person(text, person):
    assert person in _people(text)


@pytest.mark.parametrize("text", [
    "국내 반도체시장이 올해 크게 커졌다.",
    "업계는 내년 전기차시장이 다시 살아날 것으로 본다.",
])
def test_local_heads_a_market_noun_of_the_same_shape_is_nobody(text):
    assert _people(text) == set()


def test_local_heads_the_head_meets_and_the_place_signs():
    text = ("우도현 별하시장은 7일 시청에서 마리아 콘티 루미나 회장과 면담했다. 루미나는 이 자리에서 "
            "별하시와 투자협약을 맺었다.")
    events = read_text(text, "2031-05-08")
    assert any(e.type == "MEET" and e.people == {"우도현", "마리아 콘티"} and e.date == "2031-05-07" for e in events)
    assert any(e.type == "PARTNER" and "별하시" in e.orgs for e in events)


def test_local_heads_two_heads_who_meet_are_both_found():
    events = read_text("모영선 은빛나래시장과 길태오 푸른들군수가 지난 7일 비공개로 회동했다.", "2031-05-10")
    assert [(e.type, e.people) for e in events] == [("MEET", frozenset({"모영선", "길태오"}))]
