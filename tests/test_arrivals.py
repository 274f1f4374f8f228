"""An arrival told as how a trip began (legs.arrival_day): sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str):
    return sorted((sorted(e.people), e.status, e.date)
                  for e in read_text(text, published) if e.type == "VISIT")


@pytest.mark.parametrize("text, published, visits", [
    # a trip told under way on the day of a meeting, its arrival the day before: one visit, the arrival's day
    ("서하준 가람바이오 대표가 14일 서울 본사에서 방한 중인 마르틴 코흐 린데파마 회장을 만나 협력 방안을 논의했다. "
     "코흐 회장은 전날 김포공항을 통해 입국했다.", "2025-05-14",
     [(["마르틴 코흐"], "occurred", "2025-05-13")]),
    # the trip's purpose and its arrival in one sentence, after a summit dated the next day
    ("도하린 한빛전자 회장은 현지시간 21일 오후 하노이에서 응우옌 반 안 비엣텔 회장과 회담했다. "
     "도 회장은 사흘 일정의 베트남 방문을 위해 전날 하노이 공항에 도착했다.", "2025-05-22",
     [(["도하린"], "occurred", "2025-05-20")]),
    # people arriving together, then the visit of one of them told again: one visit with both
    ("서하준 가람바이오 대표는 8일 판교 본사에서 마르틴 코흐 린데파마 회장과 한스 코흐 부회장을 만났다. "
     "코흐 부자는 전날 함께 입국했다. 마르틴 코흐 회장의 방한은 이번이 두 번째다.", "2025-05-09",
     [(["마르틴 코흐", "한스 코흐"], "occurred", "2025-05-07")]),
    # an arrival in a country of the region the trip goes to, with companions told after
    ("도하린 한빛전자 회장이 4일 카타르 도하에 도착해 닷새간의 중동 출장 일정을 시작했다. "
     "이번 출장에는 서하준 가람바이오 대표가 동행했다.", "2025-05-06",
     [(["도하린", "서하준"], "occurred", "2025-05-04")]),
])
def test_an_arrival_is_how_the_trip_began(text, published, visits):
    assert _visits(text, published) == visits


@pytest.mark.parametrize("text, published, count", [
    # an arrival in one country and a visit to another: two legs
    ("도하린 한빛전자 회장은 3일 베트남에 도착해 현지 공장을 둘러봤다. "
     "도 회장은 5일 태국을 방문해 협력사 대표들과 만났다.", "2025-04-06", 2),
    # an arrival weeks before the visit told: two trips
    ("마르틴 코흐 린데파마 회장은 지난달 2일 입국했다. 코흐 회장은 28일 다시 방한했다.", "2025-05-29", 2),
    # an arrival still ahead and a visit told as done: not how that trip began
    ("마르틴 코흐 린데파마 회장은 지난 3일 방한했다. 코흐 회장은 오는 4일 다시 입국할 예정이다.", "2025-05-10", 2),
])
def test_an_arrival_elsewhere_or_at_another_time_is_another_visit(text, published, count):
    assert len(_visits(text, published)) == count


@pytest.mark.parametrize("text, published, visits", [
    # the trip counted among others, by the country of a trip told city by city
    ("도하린 한빛전자 회장이 3일 출장길에 올라 베트남 하노이의 한빛전자 공장을 찾았다. "
     "도 회장은 4일 호찌민으로 이동해 현지 협력사 대표들과 만난다. "
     "도 회장이 취임 후 베트남을 찾은 것은 이번이 세 번째다.", "2025-04-04",
     [(["도하린"], "occurred", "2025-04-03"), (["도하린"], "planned", "2025-04-04")]),
    # the first visit, told after the legs still ahead: no visit of its own, no status of its own
    ("마르틴 코흐 린데파마 회장이 2일 인천국제공항으로 입국했다. 코흐 회장은 3일 부산 공장을 방문하고, "
     "4일에는 서하준 가람바이오 대표와 만날 예정이다. 코흐 회장의 방한은 이번이 처음이다.", "2025-06-03",
     [(["마르틴 코흐"], "occurred", "2025-06-02"), (["마르틴 코흐"], "planned", "2025-06-03")]),
    # a site of the trip counted: the trip again
    ("마르틴 코흐 린데파마 회장이 12일 경기 성남시 판교의 가람바이오 연구소를 찾았다. "
     "코흐 회장이 한국 바이오 기업을 찾은 것은 이번이 두 번째다.", "2025-06-13",
     [(["마르틴 코흐"], "occurred", "2025-06-12")]),
])
def test_a_trip_counted_among_others_is_the_trip_told(text, published, visits):
    assert _visits(text, published) == visits


@pytest.mark.parametrize("text, published, visits", [
    # the trip ranked after it as the topic: the year the rank counts in dates no second trip
    ("도하린 한빛전자 회장은 지난 9일 폴란드 브로츠와프 공장을 찾아 새 설비를 점검했다. "
     "도 회장의 유럽 공장 방문은 올해 들어 네 번째다.", "2025-06-12",
     [(["도하린"], "occurred", "2025-06-09")]),
    # an ordinal before the trip word as the predicate: the year since which it is counted is no visit's
    ("마르틴 코흐 독일 총리는 오는 10일 한국을 공식 방문한다. 1985년 국교를 맺은 뒤 최초의 독일 총리 방문이다.",
     "2025-06-04", [(["마르틴 코흐"], "planned", "2025-06-10")]),
    ("마르틴 코흐 독일 총리는 오는 10일 한국을 공식 방문한다. 두 나라가 1985년 국교를 맺은 뒤 첫 정상 방문이기도 하다.",
     "2025-06-04", [(["마르틴 코흐"], "planned", "2025-06-10")]),
    # a trip only ranked, with no trip told: no visit
    ("서하준 가람바이오 대표는 5일 판교 본사에서 마르틴 코흐 린데파마 회장과 만나 공동 연구를 논의했다. "
     "코흐 회장은 이번이 첫 한국 출장은 아니다.", "2025-06-06",
     []),
    # an ordinal before a trip word that is no predicate: the trip is told
    ("마르틴 코흐 린데파마 회장이 취임 후 첫 방한길에 올라 8일 김포공항에 도착했다.", "2025-06-09",
     [(["마르틴 코흐"], "occurred", "2025-06-08")]),
])
def test_a_trip_only_ranked_is_no_trip_of_its_own(text, published, visits):
    assert _visits(text, published) == visits
