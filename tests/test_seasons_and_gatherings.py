"""Times told by a season, by a word that only looks like a duration mark, and by the gathering
just told named again as a place (`같은 자리에서`, `이번 만남에서`). Examples written in our own words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import read_text

from hoedong.timex import find_times


@pytest.mark.parametrize("text, start", [
    # a word starting with `여` after a space is a new word, not the `여` of `3년여`
    ("두 대표는 지난 4일 여의도 사옥에서 만났다.", "2026-05-04"),
    ("양측은 지난해 여름 부산에서 처음 만났다.", "2025"),
    ("그는 9일 여수 공장을 둘러봤다.", "2026-05-09"),
])
def test_seasons_a_date_before_a_word_starting_like_a_duration_mark_is_kept(text, start):
    found = find_times(text, date(2026, 5, 20), "past")
    assert [t.start for t in found] == [start]


@pytest.mark.parametrize("text", ["두 회사는 2년여 만에 다시 손을 잡았다.", "양측은 1년여간 협상을 이어왔다."])
def test_seasons_the_mark_written_onto_a_count_still_makes_a_span(text):
    assert find_times(text, date(2026, 5, 20), "past") == []


@pytest.mark.parametrize("text, start", [
    ("도하람 대표는 올봄 베를린을 찾았다.", "2026"),
    ("새 공장은 올 여름 문을 연다.", "2026"),
    ("두 사람은 올가을 다시 만날 예정이다.", "2026"),
])
def test_seasons_a_season_of_the_news_year_is_that_year(text, start):
    (found,) = find_times(text, date(2026, 5, 20), "past")
    assert (found.start, found.end, found.grain) == (start, start, "year")


def test_seasons_a_first_meeting_in_a_season_and_the_next_on_a_day_ahead_stay_two_meetings():
    text = ("윤가람 솔빛게임즈 대표와 토비아스 렌크 노르베르크스튜디오 CEO는 올봄 파리 전시회에서 처음 만났다. "
            "두 사람은 오는 27일 부산에서 다시 만나 제휴를 논의할 예정이다.")
    meetings = sorted(((e.status, e.date) for e in read_text(text, "2026-06-15") if e.type == "MEET"))
    assert meetings == [("occurred", "2026"), ("planned", "2026-06-27")]


@pytest.mark.parametrize("text, expected", [
    ("모은결 한결화학 대표는 지난 11일 제네바에서 루카스 파이퍼 알프켐 회장과 만났다. "
     "두 사람은 2019년 가을 처음 인연을 맺었다. 양사는 이번 만남에서 촉매 공동 개발 계약을 체결했다.",
     "2026-03-11"),
    ("한결화학과 알프켐은 13일 서울에서 기술 협력 양해각서를 맺었다. 같은 자리에서 누리소재는 다온케미칼과 "
     "원료 공급 계약을 체결했다.", "2026-03-13"),
])
def test_seasons_the_gathering_named_again_as_a_place_gives_its_day(text, expected):
    deals = [e for e in read_text(text, "2026-03-16") if e.type == "PARTNER"]
    assert deals and deals[-1].date == expected
