"""Typo tolerance: variant spellings merge, distinct people never do."""

from __future__ import annotations

import pytest

from hoedong.entities.names import is_typo_of, jamo


@pytest.mark.parametrize("variant, name", [
    ("저커버크", "저커버그"), ("저버커그", "저커버그"), ("샘 알트만", "샘 올트먼"), ("샘 올트만", "샘 올트먼"),
    ("젠슨황", "젠슨 황"), ("선다 피차이", "순다르 피차이"), ("크리스티아노아몬", "크리스티아노 아몬"),
])
def test_names_variant_spellings_are_the_same_person(variant, name):
    assert is_typo_of(variant, name)


@pytest.mark.parametrize("one, other", [
    ("최태원", "최재원"), ("이재용", "이재명"), ("이재용", "이재웅"), ("정의선", "정의성"),
    ("팀 쿡", "팀 국"), ("마크", "마이크"), ("하스", "하수"),
])
def test_names_distinct_people_stay_apart(one, other):
    assert not is_typo_of(one, other)


def test_names_jamo_splits_syllables():
    assert jamo("올트먼") == "ㅇㅗㄹㅌㅡㅁㅓㄴ"


def test_names_family_members_are_not_typos():
    assert not is_typo_of("랜디 저커버그", "마크 저커버그")
    assert not is_typo_of("헌터 바이든", "조 바이든")
