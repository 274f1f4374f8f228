"""Deals of local governments and agencies (entities/local_heads.py, events/deals.py, investments.py):
a city or county the knowledge base does not know, read from its head's glued title or from the deal
it makes; `시는`/`도는` for the body the text is about; what a deal founds; capital paid into a venture
founded the sentence before; a sports club or an agency as a party. Sentences of our own writing
(invented cities, companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text

_PUBLISHED = "2030-04-16"


def _orgs(kind: str, text: str) -> list[set[str]]:
    return sorted((set(e.orgs) for e in read_text(text, _PUBLISHED) if e.type == kind), key=sorted)


@pytest.mark.parametrize("text, deal", [
    # the mayor's title glued to the city's name: the city signs, its head signing for it
    ("방누리 초롱시장은 14일 시청에서 배터리 소재 업체 한결머티리얼즈와 투자협약을 맺었다.", {"초롱시", "한결머티리얼즈"}),
    ("도하람 별내군수는 어제 식품기업 가온푸드와 공장 이전 협약을 체결했다.", {"별내군", "가온푸드"}),
    # a city the text only shows acting in its deal (Kiwi cuts the name apart from `시`)
    ("물결시는 15일 네덜란드 항만기업 스헬더포트와 물류 협력 협정을 맺었다.", {"물결시", "스헬더포트"}),
])
def test_deal_local_bodies_a_city_unknown_to_the_knowledge_base_signs_its_deal(text, deal):
    assert _orgs("PARTNER", text) == [deal]


def test_deal_local_bodies_the_heads_of_two_local_governments_give_a_deal_of_the_two():
    """`두 단체장은 … 협약을 맺겠다고 발표했다`: the two heads just met sign for their city and county."""
    text = ("맹도윤 가람시장과 석지후 솔내군수가 지난달 초 비공개로 만났다. "
            "회동 사실은 양측 비서실만 알고 있었다. 두 단체장은 다음 달 관광 협력 협약을 맺겠다고 밝혔다.")
    assert _orgs("PARTNER", text) == [{"가람시", "솔내군"}]


def test_deal_local_bodies_a_bare_ending_is_the_body_the_text_is_about():
    """`시는 같은 날 … 협약도 맺었다`: the city named first (the one signing), not its foreign partner city."""
    text = ("물결시는 15일 독일 하펠시와 우호 협정을 맺었다. "
            "시는 같은 날 하펠에 본사를 둔 장비 업체 오더텍과 연구소 유치 업무협약도 체결했다.")
    assert _orgs("PARTNER", text) == [{"물결시", "오더텍"}, {"물결시", "하펠시"}]


def test_deal_local_bodies_a_partner_with_its_also_particle_read_as_a_noun_is_still_the_partner():
    """`X과도 … 협약을 맺었다` (Kiwi: 과도/NNG): X is the partner, its name without `과도`."""
    text = "가온전자는 5일 누리정밀과 협약을 맺었다. 가온전자는 같은 날 부품 업체 한솔정밀과도 공급 협약을 맺었다."
    assert {"가온전자", "한솔정밀"} in _orgs("PARTNER", text)


def test_deal_local_bodies_the_host_city_is_no_target_of_an_investment():
    """`초롱시에 공장을 짓는 투자`: the city where the plant stands is no investee."""
    text = "방누리 초롱시장은 14일 한결머티리얼즈와 투자협약을 맺었다. 한결머티리얼즈는 초롱시에 500억원을 투자해 공장을 짓는다."
    assert _orgs("INVEST", text) == [{"한결머티리얼즈"}]


def test_deal_local_bodies_a_fund_the_deal_sets_up_is_what_the_partners_make():
    """`각각 … 출자해 'X'를 조성하는 협약`: X is no partner; each investor pays into it."""
    text = "누리해외개발공사와 말레이시아 국부펀드 세리안은 8일 각각 5000만 달러씩 출자해 '아세안녹색펀드'를 조성하는 협약을 체결했다."
    assert _orgs("PARTNER", text) == [{"누리해외개발공사", "세리안"}]
    assert _orgs("INVEST", text) == [{"누리해외개발공사", "아세안녹색펀드"}, {"세리안", "아세안녹색펀드"}]


def test_deal_local_bodies_capital_paid_in_after_a_venture_founded_goes_to_the_venture():
    """`… 합작법인 'X'를 세우는 계약을 맺었다. A가 60%, B가 40%를 출자한다`: each parent's own share, into X."""
    text = ("가람모터스와 튀르키예 부품사 보스포르오토는 3일 합작법인 '가람보스포르'를 세우는 계약을 맺었다. "
            "자본금은 가람모터스가 60%, 보스포르오토가 40%를 출자한다.")
    assert _orgs("INVEST", text) == [{"가람모터스", "가람보스포르"}, {"보스포르오토", "가람보스포르"}]


@pytest.mark.parametrize("text, deal", [
    ("프로배구 물보라스파이커스가 음료 업체 새벽음료와 2년 후원 계약을 맺었다.", {"물보라스파이커스", "새벽음료"}),
    ("프로축구 누리FC는 10일 물류기업 한빛로지스와 유니폼 후원 계약을 체결했다.", {"누리FC", "한빛로지스"}),
])
def test_deal_local_bodies_a_club_introduced_by_its_league_is_a_party(text, deal):
    assert _orgs("PARTNER", text) == [deal]


def test_deal_local_bodies_a_development_corporation_is_an_organisation():
    """`X개발공사`, `X도시공사`: a public corporation (not `공사`, a construction work)."""
    text = "한결도시개발공사는 2일 건설사 가온건설과 주택 공급 협약을 맺었다."
    assert _orgs("PARTNER", text) == [{"한결도시개발공사", "가온건설"}]


def test_deal_local_bodies_a_forecast_told_with_a_progressive_verb_is_no_standing_relation():
    """`계약을 맺을 것으로 보고 있다`: the `-고 있다` is the forecaster's, not a relation that stands."""
    text = "누리식품의 한도경 회장이 5일 가람유통 차서윤 회장을 만났다. 업계에서는 두 회사가 연내 공급 계약을 맺을 것으로 보고 있다."
    partner = [e for e in read_text(text, _PUBLISHED) if e.type == "PARTNER"]
    assert [(set(e.orgs), e.status) for e in partner] == [({"누리식품", "가람유통"}, "speculated")]


def test_deal_local_bodies_a_pair_pronoun_with_no_pair_named_together_means_the_sides_of_the_meeting():
    """The two groups were never named in one sentence: `두 그룹은` means the employers of the people at
    the meeting just told."""
    text = ("인도 소프트웨어 기업 마할라인포텍의 비크람 세티 회장이 26일 방한했다. "
            "세티 회장은 이날 저녁 나래그룹 탁윤호 회장의 자택에서 만찬을 했다. "
            "두 그룹은 다음 달 클라우드 사업 협력을 위한 업무협약을 맺는다.")
    assert _orgs("PARTNER", text) == [{"마할라인포텍", "나래그룹"}]
