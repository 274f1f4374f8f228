"""The closing of a purchase told still ahead (events/purchases.py closing_ahead, close_purchase): a
contract signed is not a purchase done, so the purchase is planned, on the time its closing or payment
is told for. Sentences of our own writing (invented companies)."""

from __future__ import annotations

import pytest

from conftest import read_text


def _invest(text: str, published: str) -> list[tuple[int, str, str | None]]:
    return [(len(e.orgs), e.status, e.date) for e in read_text(text, published) if e.type == "INVEST"]


@pytest.mark.parametrize("text, date", [
    # the deal as the topic, closing by its verb in a later sentence
    ("가람식품은 9일 베트남 음료업체 사이공드링크 지분 80%를 900억원에 사들이는 계약을 맺었다. "
     "거래는 현지 당국의 승인을 거쳐 내년 3월 마무리될 예정이다.", "2027-03"),
    ("한결캐피털은 8일 누리소재 지분 30%를 500억원에 인수하는 계약을 체결했다. 인수 자금은 자체 펀드로 마련한다. "
     "거래는 공정거래위원회 심사를 거쳐 다음 달 마무리된다.", "2026-07"),
    # in the same sentence, after the contract signed
    ("지난 2일 한결캐피털이 누리소재 지분 30%를 500억원에 인수하는 계약서에 서명했는데, 거래는 오는 9월 중 끝날 예정이다.",
     "2026-09"),
    # the balance paid
    ("초록홀딩스는 5일 유통업체 물결리테일의 지분 100%를 700억원에 사들이는 계약을 맺었다. 잔금은 10월 말 치른다.", "2026-10"),
])
def test_a_purchase_whose_closing_is_still_ahead_is_planned_on_the_closing(text, date):
    [(orgs, status, start)] = _invest(text, "2026-06-10")  # `10월 말` starts within the month
    assert (orgs, status, (start or "")[:len(date)]) == (2, "planned", date)


@pytest.mark.parametrize("text, status, date", [
    # a closing told as done stands: the purchase is done, on its day
    ("누리전자는 독일 부품사 슈반텍 지분 전량을 인수했다고 3일 밝혔다. 거래는 지난 5일 마무리됐다.", "occurred", "2026-06-05"),
    # something else finishing is no closing of the purchase
    ("누리전자는 독일 부품사 슈반텍 지분 전량을 인수했다고 3일 밝혔다. 통합 작업은 다음 달 마무리될 예정이다.",
     "occurred", "2026-06-03"),
])
def test_a_closing_told_as_done_or_another_act_finishing_leaves_the_purchase(text, status, date):
    assert _invest(text, "2026-06-10") == [(2, status, date)]


@pytest.mark.parametrize("text, date", [
    # the payment in the same sentence as the decision to invest
    ("바다로지스는 하늘물류에 300억원을 투자하기로 했으며, 납입은 다음 달 중 이뤄진다.", "2026-07"),
    # the day of payment three sentences after the investment
    ("솔잎테크는 12일 이사회를 열어 들꽃바이오에 200억원을 투자하기로 의결했다. 두 회사는 신약 공동 연구도 검토한다. "
     "솔잎테크는 올해 매출 목표를 2000억원으로 잡았다. 납입일은 이달 28일이다.", "2026-06-28"),
])
def test_an_investment_paid_in_later_is_dated_by_the_payment(text, date):
    assert _invest(text, "2026-06-13") == [(2, "planned", date)]
