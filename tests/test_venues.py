"""Venues (events/venues.py): a site visited for a meeting the same sentence tells is the meeting's
venue, unless the sentence tells a trip. Sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str = "2026-04-10") -> list[list[str]]:
    return [sorted(e.people) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text", [
    # a site in a city at home, the city only locating it: the meeting's venue
    "마르틴 코흐 린데파마 회장은 9일 서울 여의도 가람바이오 본사를 찾아 설윤아 대표와 만났다.",
    "도하린 한빛전자 회장은 8일 부산 해운대의 청람중공업 사옥을 방문해 표재헌 부회장과 오찬을 했다.",
    "방한 중인 에릭 솔베르그 노르딕AI CEO가 7일 경기 성남 누리모빌리티 연구소를 찾아 한도윤 회장과 회동했다.",
])
def test_venues_a_site_in_a_city_at_home_is_the_meetings_venue(text):
    assert len(_visits(text)) == (1 if text.startswith("방한") else 0)  # the trip to Korea alone


@pytest.mark.parametrize("text", [
    # the city itself is where the visit goes
    "마르틴 코흐 린데파마 회장은 9일 부산을 찾아 표재헌 청람중공업 부회장과 만났다.",
    # a site abroad: the trip there
    "설윤아 가람바이오 대표는 9일 독일 뮌헨의 린데파마 본사를 찾아 마르틴 코흐 회장과 만났다.",
    # an arrival somewhere other than where the meeting is held
    "에릭 솔베르그 노르딕AI CEO는 9일 김포공항으로 입국해 서울 중구 한빛전자 본사에서 도하린 회장과 만났다.",
])
def test_venues_a_trip_told_with_the_meeting_stays_a_visit(text):
    assert len(_visits(text)) == 1


def test_venues_a_site_visited_on_another_day_than_the_meeting_is_no_venue():
    text = "마르틴 코흐 린데파마 회장은 8일 울산 청람중공업 조선소를 방문하고, 9일에는 표재헌 부회장과 만났다."
    assert len(_visits(text)) == 1

