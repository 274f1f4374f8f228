"""Meetings and who takes part in them (our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-06-10") -> list[tuple[frozenset[str], str]]:
    return [(e.people, e.status) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, people", [
    # a first formal meeting and a one-on-one meeting are gatherings
    ("도하린 한빛전자 회장은 9일 서울 중구 가람건설 본사에서 서유찬 가람건설 회장과 상견례를 가졌다.",
     {"도하린", "서유찬"}),
    ("마재윤 누리소프트 대표는 지난 5일 판교에서 고하늘 은하통신 회장과 독대했다.", {"마재윤", "고하늘"}),
])
def test_meet_gathering_words(text, people):
    assert (frozenset(people), "occurred") in _meets(text)
