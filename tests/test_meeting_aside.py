"""A meeting told as apart (`별도로`, `따로`) from a larger gathering of the same day is a meeting of its
own, not one more report of the gathering whose people include its own. Examples written in our own
words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text

_ALL = frozenset({"카를로스 멘데스", "도하린", "설윤아", "문태호", "반지성"})
_PAIR = frozenset({"도하린", "카를로스 멘데스"})


def _meets(text: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, "2026-06-10") if e.type == "MEET"]


@pytest.mark.parametrize("text, expected", [
    ("국내 4대 그룹 총수들은 9일 오후 서울 한남동에서 카를로스 멘데스 브라질 대통령과 만났다. 이번 회동에는 "
     "도하린 한빛전자 회장, 설윤아 가람바이오 회장, 문태호 한결상사 회장, 반지성 누리해운 회장이 참석했다. "
     "특히 도하린 회장은 말미에 정원에서 멘데스 대통령과 별도로 잠깐 만나 대화한 것으로 전해졌다.",
     [(_ALL, "occurred", "2026-06-09"), (_PAIR, "occurred", "2026-06-09")]),
    ("도하린 한빛전자 회장과 설윤아 가람바이오 회장, 카를로스 멘데스 브라질 대통령은 9일 서울에서 오찬 회동을 했다. "
     "도 회장은 이에 앞서 멘데스 대통령과 따로 만나 20분간 대화했다.",
     [(frozenset({"도하린", "설윤아", "카를로스 멘데스"}), "occurred", "2026-06-09"), (_PAIR, "occurred", "2026-06-09")]),
])
def test_a_meeting_apart_is_not_the_larger_gathering(text, expected):
    assert _meets(text) == expected


def test_the_same_people_told_again_are_one_meeting():
    """Told apart, then named again with the same people: still one meeting."""
    text = ("도하린 한빛전자 회장은 9일 서울에서 카를로스 멘데스 브라질 대통령과 별도로 만났다. "
            "두 사람은 이날 배터리 협력을 논의했다.")
    assert _meets(text) == [(_PAIR, "occurred", "2026-06-09")]


def test_a_larger_gathering_told_twice_is_still_one():
    """Without the word of apartness, the people of one report among the other's are one gathering."""
    text = ("도하린 한빛전자 회장과 설윤아 가람바이오 회장, 카를로스 멘데스 브라질 대통령은 9일 서울에서 오찬 회동을 했다. "
            "도 회장은 이날 멘데스 대통령과 만나 배터리 협력을 논의했다.")
    assert _meets(text) == [(frozenset({"도하린", "설윤아", "카를로스 멘데스"}), "occurred", "2026-06-09")]
