"""Who invests, and whether it is asked for (events/investments.py, events/status.py, events/deals.py): a
wish that covers every act coordinated before it, a request made at a meeting told sentences before,
a subject that is no organisation, and a source named by `에 따르면`. Sentences of our own writing
(invented companies and people)."""

from __future__ import annotations

import pytest

from conftest import read_text

_PUBLISHED = "2029-06-12"


def _invest(text: str) -> list:
    return [e for e in read_text(text, _PUBLISHED) if e.type == "INVEST"]


@pytest.mark.parametrize("text, org", [
    ('한누리 장관은 11일 울산에서 여울모터스 강태린 사장을 만났다. 한 장관은 "여울모터스가 울산에 더 투자하고 청년 고용을 '
     '늘려 주기를 바란다"고 당부했다.', "여울모터스"),
    ('문태호 지사는 10일 창원에서 솔빛중공업 배하람 회장과 만나 환담했다. 두 사람은 조선 경기를 두고 이야기를 나눴다. 이 '
     '자리에는 솔빛중공업 오세린 부사장도 배석했다. 문 지사는 이어 "경남에 더 많이 투자하고 일자리도 늘려 주기를 바란다"고 '
     '당부했다.', "솔빛중공업"),
])
def test_invest_a_wish_covers_the_investment_coordinated_before_it(text, org):
    """`더 투자하고 고용을 늘려 주기를 바란다`: the wish (`-기를 바라다`) closes the chain of coordinated
    acts, so the investment in the first of them is asked for too."""
    assert [(e.orgs, e.status) for e in _invest(text)] == [({org}, "requested")]


def test_invest_an_investment_told_beside_a_noun_asked_for_is_no_request():
    """`투자하고 … 지원을 요청했다`: only the noun after is asked for; the investment is told as done."""
    text = "은하배터리는 청주 공장에 2000억원을 투자하고 정부에 인허가 지원을 요청했다."
    assert [(e.orgs, e.status) for e in _invest(text)] == [({"은하배터리"}, "occurred")]


def test_invest_a_request_made_at_a_meeting_told_before_is_of_the_people_met_on_its_day():
    """A meeting, then its attendance, then the asking: the companies asked are the employers of the
    people the asker met (each person's first), and the request is dated by the meeting."""
    text = ('문태호 지사는 10일 창원에서 솔빛중공업 배하람 회장과 만나 환담했다. 이 자리에는 솔빛중공업 오세린 부사장도 '
            '배석했다. 문 지사는 "경남에 생산 거점을 더 많이 투자해 주기를 바란다"고 당부했다.')
    assert [(e.orgs, e.status, e.date) for e in _invest(text)] == [({"솔빛중공업"}, "requested", "2029-06-10")]


@pytest.mark.parametrize("text", [
    "누리전자는 올해 매출 목표를 높였다. 베트남은 한국 기업에 50억 달러를 투자하겠다고 밝혔다.",
    "누리전자는 올해 매출 목표를 높였다. 정부는 반도체 기업에 5조원을 투입하기로 했다.",
])
def test_invest_a_subject_that_is_no_company_leaves_the_company_told_before_out(text):
    """`베트남은 … 투자하겠다`, `정부는 … 투입하기로`: the clause has a subject of its own, a place or a
    noun that is no word for a company, so the company the text was about is not the investor."""
    assert _invest(text) == []


def test_invest_a_company_word_as_subject_still_means_the_company_told_before():
    text = "누리전자는 올해 매출 목표를 높였다. 회사는 내년에 구미 공장에 3000억원을 투자할 계획이다."
    assert [e.orgs for e in _invest(text)] == [{"누리전자"}]


def test_invest_the_source_of_the_news_is_no_party():
    """`X그룹에 따르면 Y는 … 투자할 계획이다`: X tells the news; its `에` makes it no target."""
    text = "누리그룹에 따르면 누리모터스는 미국 조지아주 공장에 50억 달러를 투자할 계획이다."
    assert [e.orgs for e in _invest(text)] == [{"누리모터스"}]
