"""Who took part in a trip: a couple or a father and son called by family name and title (`X 회장
부부`, `X 회장 부자`) are both of them; a trip word naming no destination (`출장 일정이 겹쳐 참석하지
못했다`) is no trip, and an employer named before a traveller's name is not where the traveller goes
(our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _events(text: str, published: str, kind: str) -> list[tuple[frozenset[str], str, str | None]]:
    return sorted(((e.people, e.status, e.date) for e in read_text(text, published) if e.type == kind),
                  key=lambda e: (len(e[0]), sorted(e[0])))


@pytest.mark.parametrize("text, visits", [
    # a couple sharing the family name, called by name and title
    ("서하준 가람바이오 대표는 10일 판교 본사에서 올리비아 브룩스 메이플파마 회장과 만났다. 만찬에는 브룩스 회장의 "
     "남편인 노아 브룩스 이사도 함께했다. 브룩스 회장 부부는 9일 방한했다.",
     [({"올리비아 브룩스", "노아 브룩스"}, "occurred", "2027-05-09")]),
    # a father and son called by family name and title
    ("오카다 히로시 오카다해운 회장과 아들 오카다 유키 사장이 10일 부산에서 서하준 대표를 만났다. "
     "오카다 회장 부자는 전날 김해공항으로 입국했다.",
     [({"오카다 히로시", "오카다 유키"}, "occurred", "2027-05-09")]),
])
def test_a_family_called_by_name_and_title_travels_together(text, visits):
    assert _events(text, "2027-05-11", "VISIT") == [(frozenset(p), s, d) for p, s, d in visits]


@pytest.mark.parametrize("text", [
    # a guest kept away by a trip that names no destination
    "서하준 가람바이오 대표는 10일 본사에서 마르틴 코흐 린데파마 회장을 만났다. 당초 동석할 예정이던 도하린 가람바이오 "
    "전무는 출장 일정이 겹쳐 참석하지 못했다.",
    # the same, with the guest's company named before the name and the trip only `해외`
    "서하준 가람바이오 대표는 10일 본사에서 마르틴 코흐 린데파마 회장을 만났다. 함께 초청된 누리화학 도하린 회장은 "
    "해외 출장 일정이 겹쳐 오지 못했다.",
])
def test_a_trip_word_naming_no_destination_is_no_trip_of_its_own(text):
    visits = _events(text, "2027-05-11", "VISIT")
    assert all("도하린" not in people for people, _, _ in visits), visits
    assert all(status != "denied" for _, status, _ in visits), visits


def test_a_general_statement_on_trips_denies_no_trip_told():
    """A spokesman's `별도 출장 일정이 없다` names no trip: the visit told before stands as planned."""
    text = "서하준 가람바이오 대표는 다음 달 독일 베를린을 방문한다. 회사 관계자는 \"그 전에는 별도 출장 일정이 없다\"고 말했다."
    assert _events(text, "2027-05-11", "VISIT") == [(frozenset({"서하준"}), "planned", "2027-06")]


@pytest.mark.parametrize("text, visits", [
    # a trip word with its destination named before it is still a trip
    ("도하린 한빛전자 회장은 다음 달 미국 출장길에 오른다.", [({"도하린"}, "planned", "2027-06")]),
    ("도하린 한빛전자 회장은 12일부터 닷새간 독일 출장에 나선다.", [({"도하린"}, "planned", "2027-05-12")]),
])
def test_a_trip_word_with_its_destination_is_a_trip(text, visits):
    assert _events(text, "2027-05-11", "VISIT") == [(frozenset(p), s, d) for p, s, d in visits]
