"""Meetings told face to face: verb phrases of several words (`얼굴을 마주하다`, `얼굴을 맞대다`, `마주
앉다`). A handshake (`악수하고 있다`) is left out: it is the stock scene of photo captions, which
bodies sometimes keep. Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "MEET"]


_PAIR = frozenset({"도하린", "카를로스 멘데스"})


@pytest.mark.parametrize("text, expected", [
    # the first meeting told in a cleft: a background meeting of that year
    ("도하린 한빛전자 회장과 카를로스 멘데스 브라질 산업장관이 처음 얼굴을 마주한 것은 2015년 상파울루 박람회에서였다.",
     [(_PAIR, "occurred", "2015")]),
    ("반지성 누리해운 대표는 9일 오후 부산의 한 호텔에서 올리버 그랜트 노스우드 회장과 마주 앉았다.",
     [(frozenset({"반지성", "올리버 그랜트"}), "occurred", "2026-06-09")]),
    ("설윤아 가람바이오 대표와 문태호 한결상사 사장이 8일 서울에서 얼굴을 맞댔다.",
     [(frozenset({"설윤아", "문태호"}), "occurred", "2026-06-08")]),
    # told with the meeting verb in the same clause: that one meeting
    ("도하린 한빛전자 회장은 9일 서울에서 카를로스 멘데스 브라질 산업장관을 만나 얼굴을 맞댔다.",
     [(_PAIR, "occurred", "2026-06-09")]),
])
def test_a_face_to_face_phrase_is_a_meeting(text, expected):
    assert _meets(text, "2026-06-10") == expected


@pytest.mark.parametrize("text", [
    "도하린 한빛전자 회장은 9일 기자들과 마주 앉아 신사업 계획을 설명했다.",  # no named counterpart
    "도하린 한빛전자 회장은 9일 위기를 정면으로 마주했다고 말했다.",  # facing a problem, not a person
    "도하린 한빛전자 회장과 카를로스 멘데스 브라질 산업장관이 9일 악수하고 있다.",  # a caption's scene
])
def test_no_meeting_without_a_named_counterpart(text):
    assert _meets(text, "2026-06-10") == []
