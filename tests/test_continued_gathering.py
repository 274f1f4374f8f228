"""A gathering told as following the last one (`이어진 만찬에는 C도 합류했다`): with someone new it is a
gathering of its own, the first staying as told; with the same people it is the first going on (our own
sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-06-12") -> list[tuple[frozenset[str], str, str | None]]:
    return sorted(((e.people, e.status, e.date) for e in read_text(text, published) if e.type == "MEET"), key=str)


@pytest.mark.parametrize("text, first, second", [
    ("도하린 한빛전자 회장은 10일 서울 중구의 한 호텔에서 클라우스 베버 라인전기 회장과 면담했다. 이어진 만찬에는 "
     "서유찬 가람건설 회장도 합류했다.", {"도하린", "클라우스 베버"}, {"도하린", "클라우스 베버", "서유찬"}),
    ("도하린 한빛전자 회장은 10일 클라우스 베버 라인전기 회장과 회동했다. 회동 뒤 이어 열린 오찬에는 서유찬 "
     "가람건설 회장이 참석했다.", {"도하린", "클라우스 베버"}, {"도하린", "클라우스 베버", "서유찬"}),
    ("마재윤 누리소프트 대표는 10일 서울 강남구에서 고하늘 은하통신 회장과 오찬 회동을 했다. 이어서 열린 만찬에는 서유찬 "
     "가람건설 회장도 함께했다.", {"마재윤", "고하늘"}, {"마재윤", "고하늘", "서유찬"}),
])
def test_a_following_gathering_someone_new_joins_is_its_own(text, first, second):
    assert _meets(text) == sorted([(frozenset(first), "occurred", "2025-06-10"),
                                   (frozenset(second), "occurred", "2025-06-10")], key=str)


def test_a_following_gathering_of_the_same_people_goes_on():
    text = "도하린 한빛전자 회장은 10일 클라우스 베버 라인전기 회장과 회동했다. 이어진 오찬에는 베버 회장도 함께했다."
    assert _meets(text) == [(frozenset({"도하린", "클라우스 베버"}), "occurred", "2025-06-10")]


def test_a_gathering_word_not_told_as_following_joins_the_last():
    # no word telling it follows: the attendee joins the gathering just told
    text = "도하린 한빛전자 회장은 10일 클라우스 베버 라인전기 회장과 회동했다. 이 자리에는 서유찬 가람건설 회장도 합류했다."
    assert _meets(text) == [(frozenset({"도하린", "클라우스 베버", "서유찬"}), "occurred", "2025-06-10")]
