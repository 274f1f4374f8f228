"""A gathering told as following the last one (`이어진 만찬에는 C도 합류했다`): with someone new it is a
gathering of its own, the first staying as told; with the same people it is the first going on. Whoever
tells the attendance, or failed to come, is no newcomer (our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-09-05") -> list[tuple[tuple[str, ...], str, str | None]]:
    return sorted((tuple(sorted(e.people)), e.status, e.date) for e in read_text(text, published) if e.type == "MEET")


@pytest.mark.parametrize("text, first, second", [
    ("고하늘 은하통신 회장은 3일 부산 해운대에서 라일라 모건 노스게이트 CEO와 면담했다. 이어진 오찬에는 문지호 "
     "가람건설 부회장도 합류했다.", ("고하늘", "라일라 모건"), ("고하늘", "라일라 모건", "문지호")),
    ("배수아 누리소프트 대표는 3일 도하린 한빛전자 회장과 조찬 회동을 했다. 이어서 열린 만찬에는 마재윤 "
     "가람건설 사장이 참석했다.", ("도하린", "배수아"), ("도하린", "마재윤", "배수아")),
    ("서유찬 산업부 장관은 3일 클라우스 베버 라인전기 회장과 회담을 했다. 이어 열린 오찬에는 고하늘 은하통신 "
     "회장도 함께했다.", ("서유찬", "클라우스 베버"), ("고하늘", "서유찬", "클라우스 베버")),
])
def test_a_following_gathering_someone_new_joins_is_its_own(text, first, second):
    assert _meets(text) == sorted([(first, "occurred", "2025-09-03"), (second, "occurred", "2025-09-03")])


def test_a_following_gathering_of_the_same_people_goes_on():
    text = "고하늘 은하통신 회장은 3일 라일라 모건 노스게이트 CEO와 면담했다. 이어진 오찬에는 모건 CEO도 함께했다."
    assert _meets(text) == [(("고하늘", "라일라 모건"), "occurred", "2025-09-03")]


def test_whoever_tells_the_following_gathering_is_not_at_it():
    text = ("고하늘 은하통신 회장은 3일 라일라 모건 노스게이트 CEO와 면담했다. 이어진 오찬에는 문지호 가람건설 "
            "부회장도 합류했다고 배수아 대변인이 밝혔다.")
    assert (("고하늘", "라일라 모건", "문지호"), "occurred", "2025-09-03") in _meets(text)
    assert all("배수아" not in people for people, _, _ in _meets(text))


def test_a_newcomer_who_failed_to_come_makes_no_gathering_of_everyone():
    text = ("고하늘 은하통신 회장은 3일 라일라 모건 노스게이트 CEO와 면담했다. 이어진 오찬에는 문지호 가람건설 "
            "부회장도 합류할 예정이었으나 일정이 겹쳐 참석하지 못했다.")
    assert _meets(text) == [(("고하늘", "라일라 모건"), "occurred", "2025-09-03")]


def test_an_attendance_not_told_as_following_joins_the_gathering_just_told():
    text = "고하늘 은하통신 회장은 3일 라일라 모건 노스게이트 CEO와 면담했다. 이 자리에는 문지호 가람건설 부회장도 합류했다."
    assert _meets(text) == [(("고하늘", "라일라 모건", "문지호"), "occurred", "2025-09-03")]
