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
