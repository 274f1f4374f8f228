"""The day of a gathering named again, and a day restated in Korea's clock: sentences of our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.timex import find_times


def _dated(text: str, published: str):
    return sorted((e.type, sorted(e.people or e.orgs), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text, published, event", [
    # a lunch with unnamed guests on a day; the next sentence names who sat together at it
    ("방한 중인 토마스 베커 린데파마 부사장이 7일 서울 중구 한 호텔에서 국내 기업인들과 오찬 간담회를 했다. "
     "오찬에서는 권도윤 누리전자 회장과 한지석 가람바이오 사장이 베커 부사장 옆에 앉아 수소 협력을 논의했다.",
     "2026-03-08", ("MEET", ["권도윤", "토마스 베커", "한지석"], "occurred", "2026-03-07")),
    # the same, with a sentence in between and a dinner
    ("마르틴 코흐 린데파마 회장이 12일 부산에서 지역 기업인들과 만찬 간담회를 가졌다. 간담회는 두 시간가량 이어졌다. "
     "만찬에서는 서하준 가람바이오 대표가 코흐 회장과 마주 앉아 공동 연구 방안을 논의했다.",
     "2026-04-14", ("MEET", ["마르틴 코흐", "서하준"], "occurred", "2026-04-12")),
])
def test_a_gathering_named_again_takes_the_day_it_was_told_on(text, published, event):
    assert event in _dated(text, published)


def test_a_gathering_named_again_keeps_a_time_its_own_sentence_gives():
    text = ("마르틴 코흐 린데파마 회장은 다음 달 4일 방한해 같은 날 저녁 서하준 가람바이오 대표와 만찬을 할 예정이다. "
            "그는 2021년 처음 방한했을 때도 서 대표와 만찬을 함께했다.")
    dated = _dated(text, "2026-05-20")
    assert ("MEET", ["마르틴 코흐", "서하준"], "occurred", "2021") in dated
    assert ("MEET", ["마르틴 코흐", "서하준"], "planned", "2026-06-04") in dated


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
