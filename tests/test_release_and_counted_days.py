"""Days an act takes from another thing the text tells: a day counted from an event named by its
word (`방한 이튿날`, `만찬 전날`: events/dating._day_of_event_named, timex.day_shift; `면담은 방한
이튿날 열린다`: the trip word counting its day owns no time, dating._owning), the act of
a meeting told just before in its sentence (`만나 … 서명할 예정이다`), and the day a deal was signed
told right after the release that dated it (`서명은 26일 … 이뤄졌다`, `계약은 12일 …`: anchors.signing_at,
anchors.deal_as_topic). A report of an act said to be untrue (`만난 사실이 없다`) is denied
(lexicon/event_cues.tsv `etm_says_more`); an act asked about as `여부` (whether) is only guessed, whatever
the answer's negation (noun_tense.left_open); the act a count of time is told since (`방문한 이후 9년
만이다`) was done, as background (noun_tense.recalled). Sentences of our own writing (invented people and companies)."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.timex import TimeValue, day_shift


def _of(kind: str, text: str, published: str) -> list:
    return [e for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, published, kind, day", [
    # a weekday, then the report's day in digits: `이튿날` counts from the trip, not the report
    ("노르웨이 선사 피오르라인의 올레 한센 회장이 이번 주 수요일 방한한다고 현지 언론이 4일 보도했다. "
     "한센 회장은 방한 이튿날 부산에서 오태윤 바다물산 회장을 만날 예정이다.", "2031-03-04", "MEET", "2031-03-06"),
    # a dinner dated by a weekday ahead, the visit told by the day before it
    ("여름솔 윤하경 대표는 다음 주 화요일 도쿄에서 사사키 미노루 회장과 만찬을 한다고 회사가 2일 밝혔다. "
     "윤 대표는 만찬 전날 오사카 공장을 찾을 예정이다.", "2031-07-02", "VISIT", "2031-07-07"),
    # the day named in digits keeps working
    ("한결제약 문서진 대표는 오는 9일 스위스 바젤에 도착한다. "
     "문 대표는 도착 이튿날 클라우스 베버 바젤케미 회장과 만날 계획이다.", "2031-03-04", "MEET", "2031-03-10"),
    # the meeting named first as the topic: the trip word counting its own day owns no time, the meeting does
    ("칠레 광산업체 안데스리튬의 마르타 로하스 회장이 오는 12일 방한한다. "
     "서지안 한빛소재 대표와의 면담은 방한 이튿날 울산 공장에서 열린다.", "2031-03-04", "MEET", "2031-03-13"),
    ("핀란드 해운사 노르딕라인의 에로 비르타넨 회장이 오는 20일 사흘 일정으로 방한한다. "
     "하윤석 바다중공업 회장과의 회동은 방한 이튿날 부산에서 열릴 예정이다.", "2031-03-16", "MEET", "2031-03-21"),
])
def test_release_and_counted_days_count_from_the_event_the_word_names(text, published, kind, day):
    assert [e.date for e in _of(kind, text, published)] == [day]


def test_release_and_counted_days_a_trip_told_only_by_its_month_gives_no_day_to_count_from():
    text = ("올레 한센 피오르라인 회장이 다음 달 방한한다고 회사가 4일 밝혔다. "
            "한센 회장은 방한 이튿날 부산에서 오태윤 바다물산 회장을 만날 예정이다.")
    assert all(not (e.date or "").startswith("2031-04-0") for e in _of("MEET", text, "2031-03-04"))


@pytest.mark.parametrize("text, shift", [("당일", 0), ("전날", -1), ("이튿날", 1), ("다음 날", 1), ("17일", None)])
def test_release_and_counted_days_day_shift(text, shift):
    assert day_shift(TimeValue("2031-03-17", "2031-03-17", text, (0, len(text)), "day")) == shift


def test_release_and_counted_days_a_deal_signed_at_a_meeting_takes_its_day_not_the_trips():
    text = ("독일 공구업체 베버툴스의 한스 베버 사장이 이번 주 목요일 방한한다고 현지 신문이 3일 보도했다. "
            "베버 사장은 방한 이튿날 인천의 누리기공 본사에서 고은채 회장을 만나 절삭공구 공급 계약에 서명할 예정이다.")
    assert [e.date for e in _of("PARTNER", text, "2031-03-03")] == ["2031-03-07"]


@pytest.mark.parametrize("text, day", [
    # the signing as the topic of the next sentence, with no verb of signing
    ("보안업체 가온시큐리티는 태국 통신사 시암텔레콤과 합작법인 설립 계약을 맺었다고 18일 밝혔다. "
     "계약서 서명은 16일 방콕에서 이뤄졌다.", "2031-05-16"),
    # the deal named again as the topic, signed by video
    ("게임 유통사 한빛게임즈는 일본 게임 개발사 오로라스튜디오와 판권 계약을 맺었다고 18일 밝혔다. "
     "계약은 15일 두 회사 대표가 화상으로 만나 서명하는 방식으로 이뤄졌다.", "2031-05-15"),
])
def test_release_and_counted_days_a_signing_told_after_the_release_dates_the_deal(text, day):
    assert [e.date for e in _of("PARTNER", text, "2031-05-18")] == [day]


def test_release_and_counted_days_a_deal_of_the_same_pair_told_by_its_parties_is_another():
    """`… 제공한다고 30일 공시했다. A와 B는 지난 27일 … 파트너십을 체결했다`: the parties as the
    subject tell another act of theirs, not the release's deal again."""
    text = ("다온통신은 제휴사 하루카클라우드에 데이터센터 설비를 제공한다고 30일 공시했다. "
            "다온통신과 하루카클라우드는 지난 27일 도쿄에서 5개년 전략적 파트너십을 체결했다.")
    assert sorted(e.date for e in _of("PARTNER", text, "2031-05-30")) == ["2031-05-27", "2031-05-30"]


@pytest.mark.parametrize("text", [
    "나래화학은 \"도하린 회장과 한지우 사장이 만난 사실이 없다\"고 밝혔다.",
    "나래화학 측은 \"두 회사가 투자를 논의한 사실은 있지만 도하린 회장이 한지우 사장을 만난 사실은 없다\"고 설명했다.",
])
def test_release_and_counted_days_an_act_said_to_be_no_fact_is_denied(text):
    assert [e.status for e in _of("MEET", text, "2031-05-30")] == ["denied"]


@pytest.mark.parametrize("text, kind", [
    ("가람전자 측은 \"도하린 한빛전자 회장의 방한 여부는 아직 정해지지 않았다\"고 밝혔다.", "VISIT"),
    ("한빛전자 측은 도하린 회장과 한지우 사장의 회동 여부에 대해 \"확인해 줄 수 없다\"고 했다.", "MEET"),
])
def test_release_and_counted_days_an_act_asked_whether_is_only_guessed(text, kind):
    """`방한 여부는 …`, `회동 여부에 대해 "확인해 줄 수 없다"`: a question of whether (noun_tense.left_open),
    which a negation after it does not turn into a denial."""
    assert [e.status for e in _of(kind, text, "2031-05-12")] == ["speculated"]


def test_release_and_counted_days_a_no_comment_on_whether_leaves_a_plan_standing():
    text = ("도하린 한빛전자 회장이 다음 주 미국을 방문해 한지우 가람전자 사장을 만난다. "
            "가람전자 측은 한 사장의 면담 여부에 대해 \"말씀드릴 수 없다\"고만 답했다.")
    assert [(e.status, e.date) for e in _of("MEET", text, "2031-05-12")] == [("planned", "2031-05-19")]


def test_release_and_counted_days_the_act_a_count_of_time_is_told_since_was_done_undated():
    """`… 공장을 방문한 이후 9년 만이다`: the last visit, done (noun_tense.recalled, adnominal_tense), with no
    time of its own: not a plan, and not on the day of the news."""
    text = "두 사람이 다시 만난 건 오세라 회장이 대구 공장을 방문한 이후 9년 만이다."
    assert [(e.status, e.date) for e in _of("VISIT", text, "2031-05-12")] == [("occurred", None)]


def test_release_and_counted_days_the_act_counted_since_takes_the_occasion_the_sentence_dates():
    text = ("문태오 회장과 오세라 회장이 12일 서울에서 만났다. 두 사람이 국내에서 만난 건 오세라 회장이 "
            "2019년 부산 방한 시 한결화학 울산 공장을 방문한 이후 12년 만이다.")
    visits = _of("VISIT", text, "2031-05-12")
    assert visits and all((e.status, e.date) == ("occurred", "2019") for e in visits)
