"""One person's separate meetings kept apart: counterparts each told with a day of their own (our
own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-06-15") -> list[tuple[list[str], str, str | None]]:
    """The meetings read, as (people, status, day), in a fixed order."""
    return sorted((sorted(e.people), e.status, e.date) for e in read_text(text, published) if e.type == "MEET")


@pytest.mark.parametrize("text, expected", [
    ("도하린 한빛전자 사장은 유럽 출장 중 10일 라일라 모건 노스게이트 CEO를, 11일 서유찬 누리은행 회장을, "
     "13일 마재윤 솔빛화학 대표를 만났다.",
     [(["도하린", "라일라 모건"], "occurred", "2025-06-10"), (["도하린", "서유찬"], "occurred", "2025-06-11"),
      (["도하린", "마재윤"], "occurred", "2025-06-13")]),
    ("고하늘 은하통신 대표는 지난 9일 파리에서 배수아 루미에르 회장과, 11일 베를린에서 문지호 슈타르크 사장과 면담했다.",
     [(["고하늘", "배수아"], "occurred", "2025-06-09"), (["고하늘", "문지호"], "occurred", "2025-06-11")]),
    ("고하늘 은하통신 대표는 오는 20일 라일라 모건 노스게이트 CEO를, 21일 서유찬 누리은행 회장을 만날 예정이다.",
     [(["고하늘", "라일라 모건"], "planned", "2025-06-20"), (["고하늘", "서유찬"], "planned", "2025-06-21")]),
], ids=["three-days", "with-particle", "planned"])
def test_meet_counterparts_each_with_a_day_of_their_own_are_met_apart(text, expected):
    assert _meets(text) == sorted(expected)


def test_meet_one_day_for_the_whole_list_keeps_one_gathering():
    """`10일 A, B와 만찬을 함께했다`: the time opens the list, so the list is one table."""
    text = "도하린 한빛전자 사장은 10일 라일라 모건 노스게이트 CEO, 서유찬 누리은행 회장과 만찬을 함께했다."
    assert _meets(text) == [(["도하린", "라일라 모건", "서유찬"], "occurred", "2025-06-10")]
