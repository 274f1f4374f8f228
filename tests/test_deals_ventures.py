"""Joint ventures told over two sentences (events/deals.py, investments.py, merge.py): the parents
counted back (`세 회사는`), what each pays in, and a venture decided on and signed in one sentence.
Sentences of our own writing (invented companies)."""

from __future__ import annotations

from conftest import read_text

_PUBLISHED = "2026-05-14"


def _of(kind: str, text: str) -> list:
    return [e for e in read_text(text, _PUBLISHED) if e.type == kind]


def test_deals_ventures_a_count_of_parents_gives_each_its_own_investment_into_the_venture():
    """`세 회사는 X에 각각 출자한다`: the three named before (not the venture they made), each paying
    into X, a plan dated by the contract day."""
    text = ("누리에너지와 레드록마이닝, 노던리튬은 12일 합작법인 푸른바다윈드를 세우는 계약을 체결했다. "
            "세 회사는 푸른바다윈드에 각각 300억원씩 출자한다.")
    invest = _of("INVEST", text)
    assert sorted(sorted(e.orgs) for e in invest) == sorted(sorted({parent, "푸른바다윈드"})
                                                             for parent in ("누리에너지", "레드록마이닝", "노던리튬"))
    assert {(e.status, e.date) for e in invest} == {("planned", "2026-05-12")}


def test_deals_ventures_money_a_pair_pays_in_after_the_contract_is_a_plan_of_that_day():
    text = "가온케미칼과 베르너케미가 합작법인을 세우기로 하고 12일 계약을 맺었다. 두 회사는 합작법인에 각각 500억원을 출자한다."
    invest = _of("INVEST", text)
    assert len(invest) == 2 and {(e.status, e.date) for e in invest} == {("planned", "2026-05-12")}


def test_deals_ventures_a_venture_decided_on_and_signed_in_one_sentence_is_one_deal_of_the_signing_day():
    text = "한빛식품은 태국 외식기업 차오프라야다이닝과 합작사를 세우기로 하고 12일 방콕에서 합작 계약을 맺었다."
    partner = _of("PARTNER", text)
    assert [(e.orgs, e.status, e.date) for e in partner] == \
        [({"한빛식품", "차오프라야다이닝"}, "occurred", "2026-05-12")]


def test_deals_ventures_contributions_with_a_figure_each_go_into_the_venture_set_up_in_the_same_sentence():
    """`합작법인 X를 세우고, A가 2억 달러, B가 1억 달러를 출자한다`: the contribution names nothing it goes
    into, so it goes into the venture the sentence set up; each investor, followed by its own sum, pays in
    its own share (one investment each, not one of both)."""
    text = ("솔뫼전지와 캐나다 광산업체 레이크쇼어메탈은 12일 합작법인 솔레이크셀을 세우고, "
            "솔뫼전지가 2억 달러, 레이크쇼어메탈이 1억 달러를 출자한다.")
    assert sorted(sorted(e.orgs) for e in _of("INVEST", text)) == \
        sorted(sorted({parent, "솔레이크셀"}) for parent in ("솔뫼전지", "레이크쇼어메탈"))


def test_deals_ventures_shares_of_capital_told_after_the_contract_go_into_the_venture_it_set_up():
    """`… 합작법인 'X'를 세우는 계약을 맺었다. 자본금은 A가 51%, B가 49%를 출자한다`: a share (a
    percentage) is a figure of its own too; the venture is the one the sentence before named."""
    text = ("해오름화학은 12일 독일 기업 클라인바흐와 합작법인 '해오름클라인'을 세우는 계약을 맺었다. "
            "자본금은 해오름화학이 51%, 클라인바흐가 49%를 출자한다.")
    assert sorted(sorted(e.orgs) for e in _of("INVEST", text)) == \
        sorted(sorted({parent, "해오름클라인"}) for parent in ("해오름화학", "클라인바흐"))


def test_deals_ventures_each_clause_of_contribution_goes_into_the_venture_named_before():
    """`A는 부지를 현물로 출자하고, B는 300억원을 현금으로 출자한다`, after the venture's contract:
    both contributions go into it."""
    text = ("해오름화학은 12일 독일 기업 클라인바흐와 합작법인 '해오름클라인'을 세우는 계약을 맺었다. "
            "해오름화학은 공장 부지를 현물로 출자하고, 클라인바흐는 300억원을 현금으로 출자한다.")
    assert sorted(sorted(e.orgs) for e in _of("INVEST", text)) == \
        sorted(sorted({parent, "해오름클라인"}) for parent in ("해오름화학", "클라인바흐"))


def test_deals_ventures_a_contribution_far_from_any_venture_named_goes_into_none():
    """A venture named sentences before is not what a later contribution with no target goes into,
    and a sum put in together (`공동으로`) stays one investment."""
    text = ("해오름화학은 12일 독일 기업 클라인바흐와 합작법인 '해오름클라인'을 세우는 계약을 맺었다. "
            "두 회사는 올해 시제품을 내놓는다. 공장은 내년 완공된다. 한편 마루전자는 1000억원을 출자한다.")
    assert [e.orgs for e in _of("INVEST", text)] == [{"마루전자"}]
    together = "청솔바이오와 미국 제약사 브룩필드파마가 500억원을 공동으로 출자한다."
    assert [e.orgs for e in _of("INVEST", together)] == [{"청솔바이오", "브룩필드파마"}]
