"""An attendance that names its gathering's word (`… 오찬에 참석할 예정이다`) joins the gathering told
by that word, not a meeting of another word told after it (our own sentences, invented companies
and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meetings(text: str, published: str = "2026-04-10") -> list[frozenset[str]]:
    return [e.people for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, joined, apart", [
    # a lunch told first, a background meeting after it, then the lunch's guest list
    ("도하린 한빛전자 회장은 오는 12일 에밀리 카터 미국 상무장관 환영 오찬에 참석한다. 도 회장은 지난달에도 "
     "표재헌 산업부 장관을 만나 반도체 지원책을 논의했다. 재계에 따르면 12일 세종청사에서 열리는 오찬에는 표 장관과 "
     "설윤아 가람바이오 대표, 마재윤 누리소프트 대표도 참석할 예정이다.",
     {"도하린", "표재헌", "에밀리 카터", "설윤아", "마재윤"}, {"도하린", "표재헌"}),
    # a lunch, then a meeting with someone else the same day, then the lunch's guest
    ("고하늘 은하통신 회장은 8일 클라우스 베버 라인전기 회장과 오찬을 했다. 고 회장은 같은 날 오후 한스 뮐러 "
     "노르트해운 CEO와도 만나 해운 협력을 논의했다. 이날 오찬에는 배수아 은하통신 부사장도 참석했다.",
     {"고하늘", "클라우스 베버", "배수아"}, {"고하늘", "한스 뮐러"}),
], ids=["lunch-then-background", "lunch-then-another-meeting"])
def test_attendance_naming_a_word_joins_the_gathering_of_that_word(text, joined, apart):
    meets = _meetings(text)
    assert frozenset(joined) in meets and frozenset(apart) in meets, meets


def test_attendance_naming_no_word_told_joins_the_last_meeting():
    # `이 자리에는`: a scene word, no gathering word: the last meeting told
    text = ("고하늘 은하통신 회장은 8일 클라우스 베버 라인전기 회장과 만찬을 했다. 고 회장은 이튿날 베버 회장과 "
            "따로 만나 합작 방안을 논의했다. 이 자리에는 배수아 은하통신 부사장이 배석했다.")
    meets = _meetings(text)
    assert frozenset({"고하늘", "클라우스 베버", "배수아"}) in meets, meets
