"""A day restated in Korea's clock dates nothing (local_days.in_home_time): sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.timex import find_times


def _dated(text: str, published: str):
    return sorted((e.type, sorted(e.people or e.orgs), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text, published, event", [
    # the local day abroad, its Korean restatement in parentheses
    ("권도윤 누리전자 회장이 현지시간 8일 오후(한국시간 9일 새벽) 프랑스 파리에서 토마스 베커 린데파마 부사장과 "
     "회담했다.", "2026-03-09", ("MEET", ["권도윤", "토마스 베커"], "occurred", "2026-03-08")),
    ("권도윤 누리전자 회장이 미국 시카고에서 현지시간 20일 밤(한국시간 21일 오전) 데이비드 홀름 아이언브룩 CEO와 "
     "만나 배터리 공급 계약을 맺었다.", "2026-07-21", ("MEET", ["권도윤", "데이비드 홀름"], "occurred", "2026-07-20")),
])
def test_a_day_restated_in_korea_time_does_not_date_the_act(text, published, event):
    assert event in _dated(text, published)


@pytest.mark.parametrize("text, days", [
    ("현지시간 14일 오후(한국시간 15일 새벽) 회담했다.", ["2026-10-14"]),
    ("회담은 한국시간으로는 23일 새벽에 열렸다.", []),
    ("회담은 우리 시간으로 23일 새벽에 열렸다.", []),
    ("두 사람은 23일 한국 시간 기준 새벽에 만났다.", ["2026-10-23"]),  # the marker after a day restates nothing
])
def test_timex_leaves_out_a_day_restated_in_korea_time(text, days):
    found = [t.start for t in find_times(text, __import__("datetime").date(2026, 10, 25), "past")]
    assert found == days
