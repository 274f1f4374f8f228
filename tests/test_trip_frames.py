"""A later day of a trip told before (`방한 이튿날인 21일`, `방한 마지막 날`: event_cues trip_frame) frames
another act: the trip keeps its own time. Examples written in our own words (invented people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text", [
    "오스카 린드크비스트 스웨덴 총리가 오는 20일부터 사흘 일정으로 방한한다. 대통령실은 14일 린드크비스트 총리가 "
    "방한 이튿날인 21일 이재명 대통령과 정상회담을 한다고 밝혔다.",
    "오스카 린드크비스트 스웨덴 총리가 오는 20일부터 사흘 일정으로 방한한다. 외교부는 14일 린드크비스트 총리가 "
    "방한 마지막 날인 22일 서해진 한빛전자 회장과 오찬을 한다고 전했다.",
])
def test_a_later_day_of_a_trip_told_before_dates_the_other_act_not_a_second_trip(text):
    """`방한 이튿날인 21일`, `방한 마지막 날`: the trip told before framing another act, not a trip of
    the day of the telling (event_cues trip_frame)."""
    assert _visits(text, "2027-03-14") == [(frozenset({"오스카 린드크비스트"}), "planned", "2027-03-20")]
