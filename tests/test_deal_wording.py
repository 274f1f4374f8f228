"""Ways a partnership or an investment is worded (triggers.tsv, events/investments.py, purchases.py,
entities/orgs.py): cooperation promised, a joint entry, a stake acquired, a sum spent, new
shares bought in a capital increase, the payment day told after the deal, and a list member named
after its country and trade. Sentences of our own writing (invented companies)."""

from __future__ import annotations

import pytest

from conftest import read_text

_PUBLISHED = "2026-05-14"


def _of(kind: str, text: str) -> list:
    return [e for e in read_text(text, _PUBLISHED) if e.type == kind]


def _investors_first(text: str) -> list[list[str]]:
    """Each investment's organisations in the reader's order: the investor, then the target."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    entities = find_entities(text, analysis, _PUBLISHED)
    names = {e.id: e.name for e in entities}
    return [[names[o] for o in e.orgs] for e in find_events(text, analysis, entities, _PUBLISHED) if e.type == "INVEST"]


@pytest.mark.parametrize("text", [
    "새벽바이오와 독일 제약사 린덴파마가 항체 신약 분야에서 협력을 약속했다.",
    "한결워터텍과 스페인 기업 톨레도아쿠아가 북아프리카 정수 시장에 공동 진출한다.",
])
def test_deal_wording_cooperation_promised_or_a_joint_entry_is_a_partnership(text):
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and len(partner[0].orgs) == 2


@pytest.mark.parametrize("text", [
    "새벽바이오는 앞으로 여러 기업과의 협력이 중요하다고 강조했다.",
    "새벽바이오와 린덴파마는 오래전부터 긴밀한 협력 관계를 구축해 왔다.",
])
def test_deal_wording_cooperation_wished_for_or_standing_is_no_partnership(text):
    assert not _of("PARTNER", text)


def test_deal_wording_a_stake_acquired_is_an_investment_in_its_owner():
    text = "마루중공업은 노르웨이 설계사 스타방에르마린 지분 20%를 다음 달 취득할 예정이라고 14일 공시했다."
    invest = _of("INVEST", text)
    assert [(e.orgs, e.status, e.date) for e in invest] == [({"마루중공업", "스타방에르마린"}, "planned", "2026-06")]


def test_deal_wording_a_licence_acquired_is_no_investment():
    assert not _of("INVEST", "마루중공업은 지난달 선박 설계 특허를 취득했다고 14일 밝혔다.")


def test_deal_wording_a_sum_spent_into_a_company_is_an_investment():
    text = "벤처캐피털 솔숲인베스트먼트는 의료기기 업체 온기메디칼에 12일 80억원을 집행했다."
    invest = _of("INVEST", text)
    assert [(e.orgs, e.status, e.date) for e in invest] == [({"솔숲인베스트먼트", "온기메디칼"}, "occurred", "2026-05-12")]


def test_deal_wording_a_budget_carried_out_is_no_investment():
    assert not _of("INVEST", "솔숲인베스트먼트는 올해 운영 예산 집행을 마쳤다고 밝혔다.")


def test_deal_wording_joining_a_capital_increase_invests_in_its_issuer():
    text = "한울홀딩스가 계열사 한울에너지의 500억원 규모 유상증자에 참여한다고 14일 밝혔다."
    invest = _of("INVEST", text)
    assert [(e.orgs, e.status) for e in invest] == [({"한울홀딩스", "한울에너지"}, "planned")]


def test_deal_wording_shares_allotted_to_a_company_make_it_the_investor():
    """`B사는 A사를 대상으로 유상증자를 결정했다`: A buys the new shares, so A invests in B."""
    text = "가람셀은 일본 소재기업 오가와케미칼을 대상으로 한 300억원 규모의 제3자 배정 유상증자를 결정했다."
    assert _investors_first(text) == [["오가와케미칼", "가람셀"]]


def test_deal_wording_the_payment_day_told_next_dates_each_investors_share():
    text = ("소재기업 새암케미칼에 청솔인베스트와 바위파트너스가 각각 300억원과 100억원을 투자하기로 했다. "
            "투자금은 다음 달 말 납입된다.")
    invest = _of("INVEST", text)
    assert len(invest) == 2 and {(e.status, e.date) for e in invest} == {("planned", "2026-06")}


def test_deal_wording_a_list_member_named_after_its_country_and_trade_is_an_organisation():
    text = "무지개제강과 호주 광산기업 필라바아이언이 합작법인을 세우기로 하고 12일 계약을 맺었다."
    partner = _of("PARTNER", text)
    assert [e.orgs for e in partner] == [{"무지개제강", "필라바아이언"}]


def test_deal_wording_a_signing_ceremony_of_two_companies_is_their_partnership():
    text = "온누리해운과 칠레 선사 발파라이소라인이 12일 부산에서 협약식을 가졌다."
    partner = _of("PARTNER", text)
    assert [(e.orgs, e.status, e.date) for e in partner] == [({"온누리해운", "발파라이소라인"}, "occurred", "2026-05-12")]


def test_deal_wording_a_ceremony_put_off_is_a_partnership_still_planned():
    text = "가온식품과 태국 유통기업 치앙마이마트의 서명식이 다음 달 3일로 미뤄졌다."
    partner = _of("PARTNER", text)
    assert [(e.orgs, e.status) for e in partner] == [({"가온식품", "치앙마이마트"}, "planned")]


def test_deal_wording_a_ceremony_that_only_times_another_act_tells_no_second_deal():
    text = ("온누리해운은 12일 칠레 선사 발파라이소라인과 운송 협약을 맺었다. "
            "협약식 직후 두 회사 대표는 따로 만나 추가 협력을 논의했다.")
    assert len(_of("PARTNER", text)) == 1
