"""One person's separate meetings kept apart: counterparts each told with a day of their own, and a
gathering with counterparts given only by a head count that the list after it names (our own
sentences, in the style of Korean reporting)."""

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


@pytest.mark.parametrize("text, people", [
    # the time opens the list, so the list is one table
    ("도하린 한빛전자 사장은 10일 라일라 모건 노스게이트 CEO, 서유찬 누리은행 회장과 만찬을 함께했다.",
     ["도하린", "라일라 모건", "서유찬"]),
    # the first time dates the relative clause describing a counterpart, not a meeting of its own
    ("도하린 한빛전자 회장은 지난해 11월 취임한 마재윤 사장과 함께 12일 라일라 모건 노스게이트 CEO를 만났다.",
     ["도하린", "라일라 모건", "마재윤"]),
], ids=["one-time-for-all", "time-of-a-description"])
def test_meet_a_list_without_a_time_per_counterpart_keeps_one_gathering(text, people):
    assert [found for found, _, _ in _meets(text)] == [people]


def test_meet_a_venue_described_between_a_time_and_its_counterpart_still_dates_that_meeting():
    text = ("고하늘 은하통신 대표는 25일에는 파리에서 열린 박람회장에서 배수아 루미에르 회장과, 26일에는 베를린에서 "
            "문지호 슈타르크 사장과 면담했다.")
    assert _meets(text, "2025-05-28") == [(["고하늘", "문지호"], "occurred", "2025-05-26"),
                                          (["고하늘", "배수아"], "occurred", "2025-05-25")]


@pytest.mark.parametrize("text, first, second", [
    ("고하늘 은하통신 대표는 12일 서유찬 장관을 만났다. 이 외에도 고 대표는 이날 오후 벤처기업 4곳과 비공개 간담회를 "
     "진행했다. 이번 간담회에 참여한 곳은 배수아 한솔랩 대표, 문지호 누리봇 대표 등이다.",
     ["고하늘", "서유찬"], ["고하늘", "문지호", "배수아"]),
    ("도하린 한빛전자 사장은 20일 마재윤 장관과 오찬을 한다. 도 사장은 같은 날 저녁 협력사 대표 다섯 명과 간담회를 "
     "열 예정이다. 이 간담회에는 배수아 한솔랩 대표와 문지호 누리봇 대표 등이 참석한다.",
     ["도하린", "마재윤"], ["도하린", "문지호", "배수아"]),
], ids=["places-counted", "people-counted"])
def test_meet_counted_counterparts_open_a_gathering_of_its_own(text, first, second):
    """`벤처기업 4곳과 간담회`: the list that names the counted guests joins that gathering, not the meeting before."""
    assert sorted(people for people, _, _ in _meets(text)) == sorted([first, second])


def test_meet_counted_counterparts_no_one_names_leave_no_meeting():
    text = "도하린 한빛전자 사장은 13일 협력사 대표 10여 명과 간담회를 했다. 도 사장은 이튿날 서유찬 장관을 만났다."
    assert _meets(text) == [(["도하린", "서유찬"], "occurred", "2025-06-14")]
