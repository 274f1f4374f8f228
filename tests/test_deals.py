"""Deals (events/deals.py): which organisations form a partnership or an investment, in sentences of
our own writing (invented companies)."""

from __future__ import annotations

import pytest

from conftest import read_text


def _of(kind: str, text: str, published: str = "2025-04-10") -> list:
    return [e for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, orgs", [
    # a stake named by its company with no particle (`X 지분`): X is what is bought, the seller is neither
    ("가람식품은 사모펀드 푸른솔파트너스로부터 바다온수산 지분 60%를 2000억원에 인수했다고 9일 밝혔다.",
     {"가람식품", "바다온수산"}),
    ("한빛화학은 미국 소재 업체 리버턴폴리머 지분 인수를 마무리했다.", {"한빛화학", "리버턴폴리머"}),
    ("누리전자는 9일 이사회를 열고 독일 부품사 슈반텍 경영권 인수를 결정했다.", {"누리전자", "슈반텍"}),
])
def test_deals_the_company_before_a_share_noun_is_the_target_of_a_purchase(text, orgs):
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == orgs


def test_deals_a_contract_to_buy_is_the_purchase_not_a_partnership():
    """`X 지분을 인수하는 계약을 체결했다`: one acquisition, no PARTNER of buyer and bought."""
    text = "가람식품은 사모펀드 푸른솔파트너스가 보유한 바다온수산 지분 60%를 인수하는 계약을 9일 체결했다."
    assert [e.orgs for e in _of("INVEST", text)] == [{"가람식품", "바다온수산"}]
    assert not _of("PARTNER", text)


def test_deals_a_contract_to_invest_together_stays_a_partnership():
    text = "한빛전자는 가온소재와 함께 2000억원을 투자해 연구소를 짓는 협약을 9일 체결했다."
    assert [e.orgs for e in _of("PARTNER", text)] == [{"한빛전자", "가온소재"}]


@pytest.mark.parametrize("text, orgs", [
    ("누리캐피털은 이날 한빛자산운용이 운용하는 500억원 규모 기술 펀드에 출자하기로 했다.", {"누리캐피털"}),
    ("가람식품은 푸른솔파트너스가 보유한 바다온수산 지분 60%를 인수했다.", {"가람식품", "바다온수산"}),
])
def test_deals_a_subject_inside_a_relative_clause_is_not_the_investor(text, orgs):
    """`B사가 운용하는 펀드`: B describes the fund (the unnamed fund is left out); the topic invests."""
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == orgs


@pytest.mark.parametrize("text, status", [
    ("한빛캐피탈은 우주 스타트업 별무리항공에 대한 지분 투자를 검토하고 있다.", "planned"),
    ("가람화학은 미국 소재 업체 리버턴폴리머의 인수를 검토 중이다.", "planned"),
    ("한빛캐피탈이 우주 스타트업 별무리항공에 대한 지분 투자를 저울질하고 있다는 관측이 나온다.", "speculated"),
])
def test_deals_an_investment_under_review_is_an_act_planned(text, status):
    """`투자를 검토`, `인수를 저울질`: an investment weighed is a plan (or, voiced by others, speculated)."""
    invest = _of("INVEST", text)
    assert len(invest) == 1 and len(invest[0].orgs) == 2 and invest[0].status == status


@pytest.mark.parametrize("text, orgs", [
    # industry endings (무역, 개발, 정밀, 디펜스, 해양…) name a company between a foreign name and a title
    ("파루크 알 하산 알사바무역 회장과 윤도겸 가람물산 대표는 9일 서울에서 장기 공급 계약을 체결했다.",
     {"알사바무역", "가람물산"}),
    ("클라우스 베버 라인강정밀 사장은 9일 한결모터스와 부품 공동 개발 협약을 맺었다.", {"라인강정밀", "한결모터스"}),
    ("올리버 펜윅 노섬브리아디펜스 회장은 9일 누리중공업과 업무협약(MOU)을 체결했다.", {"노섬브리아디펜스", "누리중공업"}),
])
def test_deals_industry_endings_name_the_companies_of_a_deal(text, orgs):
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and partner[0].orgs == orgs


@pytest.mark.parametrize("text", [
    "한빛화학은 2030년까지 충남 서산에 배터리 소재 공장을 짓는 데 2조원을 투자하겠다고 9일 밝혔다.",
    "가람제약은 충북 오송에 백신 생산공장을 세우는 데 3000억원을 투자하기로 했다.",
    "누리에너지는 전남 여수 공장 증설에 5000억원을 투입한다.",
])
def test_deals_a_plant_s_city_is_not_the_target_of_an_investment(text):
    """Korean industrial cities (places.tsv) are where a plant is built: the investment has no named target."""
    invest = _of("INVEST", text)
    assert len(invest) == 1 and len(invest[0].orgs) == 1


def test_deals_a_joint_venture_is_what_partners_set_up_and_what_they_put_money_into():
    """`합작법인 'X'를 세우는 계약`: X is no partner; `합작법인에 … 출자` later puts money into X, and
    `두 회사는 … 각각 출자` is one investment per parent."""
    text = ("가람건설과 사우디 알와하개발은 9일 리야드에 합작법인 '가람와하'를 세우는 합작 계약을 맺었다. "
            "두 회사는 이날 합작법인에 각각 700억원과 300억원을 출자하기로 했다.")
    assert [e.orgs for e in _of("PARTNER", text)] == [{"가람건설", "알와하개발"}]
    invest = [e.orgs for e in _of("INVEST", text)]
    assert len(invest) == 2 and set(invest) == {frozenset({"가람건설", "가람와하"}), frozenset({"알와하개발", "가람와하"})}


def test_deals_parents_investing_together_in_a_named_venture_make_one_investment():
    text = "누리소재와 일본 미카즈키화학은 공동 출자해 합작법인 '누리미카즈키'를 설립한다고 9일 밝혔다."
    assert [e.orgs for e in _of("INVEST", text)] == [{"누리소재", "미카즈키화학", "누리미카즈키"}]
    assert [e.orgs for e in _of("PARTNER", text)] == [{"누리소재", "미카즈키화학"}]


def test_deals_the_two_companies_invest_together_when_the_pair_is_named_before():
    text = "한빛통신은 9일 미국 클라우드 기업 스카이베일과 전략적 파트너십을 체결했다. 양사는 향후 5년간 1조원 규모의 공동 투자를 약속했다."
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == {"한빛통신", "스카이베일"}


def test_deals_a_joint_project_offered_at_a_meeting_is_a_request_to_the_people_met():
    """`이 자리에서 공동 개발을 제안했다`: the partner is the employer of the person just met."""
    text = ("도윤찬 가람중공업 부회장은 9일 서울에서 하비에르 모랄레스 이베리아디펜스 회장을 만났다. "
            "도 부회장은 이 자리에서 함정 공동 개발을 제안했다.")
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and partner[0].orgs == {"가람중공업", "이베리아디펜스"}
    assert partner[0].status == "requested"


@pytest.mark.parametrize("text", [
    "영국 해상풍력 기업 노스윈드가 한국에 1조원 규모의 투자를 확정했다고 9일 밝혔다.",
    "사우디 국영 광물기업 알하다드는 한빛배터리에 대한 2000억원 투자를 결정했다.",
])
def test_deals_an_investment_decided_is_planned_and_a_compound_company_noun_introduces_its_name(text):
    """`투자를 확정했다`: the money is still to be put in; `광물기업 알하다드`, `해상풍력 기업 노스윈드`."""
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].status == "planned"


@pytest.mark.parametrize("text", [
    "가람증권은 한빛전자에 대한 투자의견을 매수로 유지한다고 9일 밝혔다.",
    "베트남 정부는 한빛전자의 현지 투자 활동을 적극 지원하겠다며 새 정책을 발표하겠다고 밝혔다.",
    "두 사람은 만찬에서 한국 자본시장 투자 확대 방안을 논의했다.",
])
def test_deals_an_investment_noun_naming_a_kind_of_thing_tells_no_investment(text):
    """`투자의견`, `투자 활동`, `투자 확대 방안`: no act, though a verb of investing follows later."""
    assert not _of("INVEST", text)


def test_deals_an_investment_increase_asked_for_is_still_an_investment():
    text = ("안재현 산업통상자원부 장관은 9일 정부세종청사에서 고민재 한빛전자 사장을 만났다. "
            "안 장관은 고 사장에게 한빛전자의 국내 설비 투자 확대를 당부했다.")
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == {"한빛전자"} and invest[0].status == "requested"


def test_deals_companies_listed_with_their_countries_sign_one_after_another():
    """`독일 A, 일본 B와 잇따라 … 협약`: A is an organisation though a country stands between the two,
    and `잇따라` makes one partnership with each."""
    text = "누리화학은 9일 서울 본사에서 독일 할스테트, 일본 미즈호라화학과 잇따라 배터리 소재 공동 개발 협약을 맺었다."
    partner = {e.orgs for e in _of("PARTNER", text)}
    assert partner == {frozenset({"누리화학", "할스테트"}), frozenset({"누리화학", "미즈호라화학"})}


def test_deals_a_venture_noun_in_a_compound_introduces_the_company_bought():
    text = "가람제약은 지난 7일 미국 바이오벤처 셀로노바를 3억 달러에 인수했다고 9일 밝혔다."
    assert [e.orgs for e in _of("INVEST", text)] == [{"가람제약", "셀로노바"}]


@pytest.mark.parametrize("text, orgs", [
    ("별빛AI는 지난해 가람벤처스가 투자한 회사로, 음성 인식 분야에서 기술력을 인정받고 있다.", {"가람벤처스", "별빛AI"}),
    ("이날 전시에는 한빛캐피털이 투자한 별빛로보틱스도 참가했다.", {"한빛캐피털", "별빛로보틱스"}),
])
def test_deals_an_investment_in_a_relative_clause_goes_into_what_it_describes(text, orgs):
    invest = _of("INVEST", text, "2026-03-04")
    assert len(invest) == 1 and invest[0].orgs == orgs


def test_deals_what_a_deal_is_about_is_not_a_party_to_it():
    """`B와 액화수소 장기 공급 계약`: a bare word opening a compound after a partner is the deal's subject matter."""
    text = "누리에너지는 9일 카타르 진주가스와 액화수소 장기 공급 계약을 체결했다고 밝혔다."
    assert [e.orgs for e in _of("PARTNER", text)] == [{"누리에너지", "진주가스"}]


@pytest.mark.parametrize("text, status", [
    ("한빛전자는 가온소재와 함께 2000억원을 투자해 연구소를 짓는 협약을 9일 체결했다.", "planned"),
    ("가람화학과 누리셀은 내년부터 500억원을 투입해 공장을 함께 운영하는 내용의 양해각서를 9일 맺었다.", "planned"),
    # a second act of its own, told before the agreement, stays done
    ("한빛전자는 가온소재에 2000억원을 투자하고 공동 연구 협약을 9일 체결했다.", "occurred"),
])
def test_deals_an_investment_an_agreement_says_will_be_made_is_planned(text, status):
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].status == status


@pytest.mark.parametrize("text, count", [
    ("가람화학과 누리셀은 3000억원을 들여 울산에 공장을 짓기로 했다고 9일 밝혔다.", 1),
    ("가람화학은 오랜 시간 공을 들여 울산 공장의 매출을 3000억원으로 늘렸다.", 0),
])
def test_deals_spending_a_sum_on_a_plan_is_an_investment_and_effort_is_not(text, count):
    """`X원을 들여`: a sum spent (planned when the plan is decided); `공을 들여`: effort, not money."""
    invest = _of("INVEST", text)
    assert len(invest) == count and all(e.status == "planned" for e in invest)


def test_deals_a_province_listed_among_the_signers_is_a_party_but_a_country_before_a_name_is_not():
    text = "산업통상자원부와 전라남도, 덴마크 풍력기업 베스테르빈드는 9일 서울에서 투자 양해각서(MOU)를 체결했다."
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and partner[0].orgs == {"산업통상자원부", "전라남도", "베스테르빈드"}


@pytest.mark.parametrize("text, count", [
    ("윤도겸 가람물산 회장과 라훌 메타 뭄바이모터스 회장은 9일 서울에서 만나 전기 삼륜차 합작 생산을 논의했다.", 0),
    ("두 회사는 배터리 공동 개발 범위를 놓고 의견을 나눴다.", 0),
    ("가람물산은 9일 뭄바이모터스와 전기 삼륜차 합작 생산 계약을 맺었다.", 1),
])
def test_deals_a_partnership_talked_over_is_not_formed(text, count):
    """`합작 생산을 논의했다`: talk about a deal is no PARTNER; `합작 생산 계약을 맺었다` is one."""
    assert len(_of("PARTNER", text)) == count


@pytest.mark.parametrize("text, status", [
    ("가람물산과 누리엔진은 설비 공동 개발 협약을 다음 달 맺기로 했다.", "planned"),
    ("한빛모터스는 폴란드 부품사 코발스카그룹과 구동부품 합작사를 세우기로 했다고 9일 밝혔다.", "planned"),
    # an agreement to found it is itself the act
    ("한빛모터스는 코발스카그룹과 합작사를 세우기로 합의했다고 9일 밝혔다.", "occurred"),
])
def test_deals_a_signing_or_founding_decided_is_still_to_come(text, status):
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and partner[0].status == status


def test_deals_talk_of_a_stake_bought_names_the_genitive_as_investor():
    """`A사의 B사 지분 투자설`: A would invest in B; dismissed, it is denied."""
    text = ("누리해운은 9일 부산에서 가람캐피털과 업무협약을 맺었다. "
            "시장 일각에서 제기된 가람캐피털의 누리해운 지분 투자설에 대해 누리해운 측은 \"논의한 적 없다\"고 일축했다.")
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == {"가람캐피털", "누리해운"} and invest[0].status == "denied"


@pytest.mark.parametrize("text, orgs", [
    ("드론 스타트업 하늘누리로보틱스가 도심항공 컨소시엄 '스카이웨이코리아'에 합류했다고 9일 밝혔다.",
     {"하늘누리로보틱스", "스카이웨이코리아"}),
    ("가람전자는 글로벌 반도체 얼라이언스 '칩브릿지'에 가입했다.", {"가람전자", "칩브릿지"}),
])
def test_deals_joining_a_named_consortium_is_a_partnership_with_it(text, orgs):
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and partner[0].orgs == orgs


def test_deals_joining_a_meeting_is_no_partnership():
    text = "최도윤 가람전자 회장과 한지수 누리화학 사장은 9일 만찬을 함께했다. 박서준 한빛은행 행장도 뒤늦게 합류했다."
    assert not _of("PARTNER", text)


def test_deals_a_plan_withdrawn_and_another_made_instead_are_two_investments():
    text = ("가람화학은 미국 공장 건설에 투입하려던 2조원 규모의 투자 계획을 철회한다고 9일 공시했다. "
            "가람화학은 대신 여수 공장 증설에 5000억원을 투자하기로 했다고 같은 날 밝혔다.")
    statuses = sorted(e.status for e in _of("INVEST", text))
    assert statuses == ["denied", "planned"]


@pytest.mark.parametrize("text, orgs", [
    # a count of companies (`세 회사`, `3사`, `해운 4사`) means the last that many organisations named
    ("가람전자와 누리소프트, 다온물산은 컨소시엄을 꾸렸다. 세 회사는 지난 12일 컨소시엄 구성 협약을 맺었다.",
     {"가람전자", "누리소프트", "다온물산"}),
    ("한솔해운, 바다로해운, 푸른항운이 공동 운항에 나선다. 해운 3사 대표들은 8일 업무협약을 체결했다.",
     {"한솔해운", "바다로해운", "푸른항운"}),
    ("누리텔레콤과 스텔라텔레콤, 오로라텔레콤, 미르텔레콤이 모였다. 이날 네 회사는 MOU를 맺었다.",
     {"누리텔레콤", "스텔라텔레콤", "오로라텔레콤", "미르텔레콤"}),
])
def test_deals_a_count_of_companies_means_the_last_that_many_named(text, orgs):
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


def test_deals_a_count_larger_than_the_companies_named_makes_no_partnership():
    text = "가람전자와 누리소프트가 손을 잡았다. 다섯 회사는 협약을 맺었다."
    assert all(len(e.orgs) != 5 for e in _of("PARTNER", text))


@pytest.mark.parametrize("text, orgs, date", [
    # a request to invest with no one named as asked is made of the people just met (their employers)
    ("김도윤 경기도지사는 15일 도청에서 박서준 누리해운 회장과 면담하고 도내 물류센터에 투자해 달라고 요청했다.",
     {"누리해운"}, "2025-06-15"),
    ("살림 알 파디 왕세자는 이날 이재훈 가람전자 회장, 최민호 누리화학 회장과 만났다. "
     "왕세자는 총수들과 의견을 나누며 자국에 대한 투자를 당부했다.", {"가람전자", "누리화학"}, "2025-06-16"),
    # a wish voiced at the meeting told the day before is dated by that day
    ("정하늘 총리는 15일 서준호 한빛모터스 회장과 면담했다. 정 총리는 이 자리에서 \"한빛모터스가 더 많이 투자해 주기를 바란다\"고 말했다.",
     {"한빛모터스"}, "2025-06-15"),
])
def test_deals_an_investment_asked_for_at_a_meeting_is_asked_of_the_people_met(text, orgs, date):
    invests = _of("INVEST", text, "2025-06-16")
    assert [(e.orgs, e.status, e.date) for e in invests] == [(orgs, "requested", date)]


def test_deals_an_appeal_to_companies_in_general_asks_no_one_met():
    text = "정하늘 총리는 15일 서준호 한빛모터스 회장과 오찬을 했다. 정 총리는 \"기업들이 국내 투자를 늘려 달라\"고 당부했다."
    assert _of("INVEST", text, "2025-06-16") == []


@pytest.mark.parametrize("text, date", [
    # the signing told after the deal, by the pair opening the sentence, gives the deal its day
    ("누리반도체가 미국 스텔라클라우드와 메모리 공급 계약을 맺었다. 업계에 따르면 양사는 지난달 말까지 협상을 이어가다 "
     "3일 최종 계약서에 서명했다.", "2025-07-03"),
    ("가람바이오는 독일 하이델팜과 공동 연구 계약을 맺었다. 두 회사는 조건을 조율하다 2일 계약서에 서명했다.", "2025-07-02"),
    # the two people just met sign for their companies: the meeting's day
    ("한지우 가온에너지 회장이 3일 서울에서 아라솔건설 서민재 사장과 만났다. 한 회장과 서 사장은 태양광 단지 공동 개발 협약에 서명했다.",
     "2025-07-03"),
])
def test_deals_a_signing_told_after_the_deal_or_by_the_two_just_met_dates_it(text, date):
    assert [e.date for e in _of("PARTNER", text, "2025-07-04")] == [date]


@pytest.mark.parametrize("text, orgs", [
    # the genitive owner of what is bought (`X의 사업부를 인수`) is the target, also with the buyer told before
    ("한빛전자는 지난 7일 모라텍의 조명 사업부를 인수했다.", {"한빛전자", "모라텍"}),
    ("가람식품은 누리푸드의 제빵 부문을 300억원에 인수했다.", {"가람식품", "누리푸드"}),
    ("한빛전자는 올해 공조 업체 두 곳을 사들였다. 특히 지난 7일 미국 모라텍의 오디오 사업부를 인수하는 등 성장 동력 확보에 나서고 있다.",
     {"한빛전자", "모라텍"}),
])
def test_deals_the_owner_of_a_business_bought_is_the_target(text, orgs):
    assert orgs in [e.orgs for e in _of("INVEST", text)]


@pytest.mark.parametrize("text, date", [
    # `이와 별도로` opens a new frame; `별도로 회담했다` is an act of its own on the day told
    ("가람건설은 14일 협약을 맺었다. 가람건설은 이와 별도로 합작법인에 500억원을 투입하기로 했다.", None),
    ("김 총리는 8일 웡 총리와 회담했다. 김 총리는 이어 이브라힘 총리와도 별도로 회담했다.", "2026-10-08"),
])
def test_deals_a_new_frame_needs_this_before_separately(text, date):
    events = [e for e in read_text(text, "2026-10-09") if e.type in ("INVEST", "MEET")]
    assert events[-1].date == date


@pytest.mark.parametrize("text", [
    # a second round with no target of its own goes to the target of the same giver's first round
    "새벽벤처스는 2021년 한빛로보틱스에 50억원을 투자한 뒤 올해 120억원을 추가로 투자했다.",
    "초록캐피탈은 2022년 가온바이오에 30억원을 출자했고, 올해 70억원을 추가로 출자했다.",
    "누리인베스트는 2020년 바다온수산에 20억원을 투자한 데 이어 올해 40억원을 더 투자했다.",
])
def test_deals_a_further_round_goes_to_the_target_of_the_first(text):
    invest = _of("INVEST", text)
    assert len(invest) == 2 and all(len(e.orgs) == 2 for e in invest) and invest[0].orgs == invest[1].orgs


@pytest.mark.parametrize("text, investor, raiser", [
    ("순다르 피차이 구글 CEO가 서울을 찾았다. 정부는 해외 기업의 국내 투자를 유치하는 데 힘쓰고 있다. "
     "총리는 아마존이 국내 투자를 진행하는 데 감사를 표했다.", "아마존", "구글"),
    ("다온셀은 시리즈B 투자를 유치했다. 해솔중공업은 같은 달 설비 투자를 진행했다.", "해솔중공업", "다온셀"),
    ("누리로보는 지난주 200억원의 투자를 유치했다. 한빛화학은 이달 울산 공장에 투자를 집행했다.", "한빛화학", "누리로보"),
])
def test_deals_an_investment_with_no_round_word_is_not_into_the_company_that_raised_money_before(text, investor, raiser):
    """Only a clause that leads or joins (주도, 참여) is a round of the company told before."""
    later = [e for e in _of("INVEST", text, "2026-05-04") if investor in e.orgs]
    assert later and all(raiser not in e.orgs for e in later), later


@pytest.mark.parametrize("text, date", [
    # the lede tells the deal with no day, then `두 회사는` signs it at one of them: one deal, the signing's day
    ("카드사 모란카드가 항공사 하늘길에어와 손잡고 마일리지 적립 제휴카드를 내놓는다. "
     "두 회사는 4일 서울 중구 모란카드 본사에서 업무협약을 맺었다.", "2026-03-04"),
    ("한빛로보틱스가 독일 부품사 슈텔텍과 물류 로봇을 공동 개발한다. "
     "양사는 7일 경기 판교 한빛로보틱스 본사에서 전략적 파트너십 협약을 체결했다.", "2026-03-07"),
    ("가온제약이 미국 바이오 기업 리버젠과 손잡고 항체 치료제를 함께 만든다. "
     "두 회사는 2일 서울 강남구 가온제약 본사에서 공동 개발 계약을 맺었다.", "2026-03-02"),
])
def test_deals_the_pair_signing_at_one_of_them_is_the_deal_of_the_lede(text, date):
    """`두 회사는 A사 본사에서 협약을 맺었다`: the company before the venue is where, not a party."""
    partner = _of("PARTNER", text, "2026-03-09")
    assert [(len(e.orgs), e.status, e.date) for e in partner] == [(2, "occurred", date)]


@pytest.mark.parametrize("text, orgs", [
    ("바이오 스타트업 누리젠이 벤처캐피털 한빛인베스트먼트와 가람파트너스로부터 모두 300억원을 투자받았다고 9일 밝혔다.",
     [{"한빛인베스트먼트", "누리젠"}, {"가람파트너스", "누리젠"}]),
    ("로봇 기업 새봄로보틱스는 미래캐피탈, 솔빛벤처스로부터 시리즈A 투자를 유치했다.",
     [{"미래캐피탈", "새봄로보틱스"}, {"솔빛벤처스", "새봄로보틱스"}]),
    ("핀테크 업체 다온페이는 투자사 세쿼이아캐피탈과 한빛증권, 은하자산운용으로부터 500억원 규모의 투자를 받았다.",
     [{"세쿼이아캐피탈", "다온페이"}, {"한빛증권", "다온페이"}, {"은하자산운용", "다온페이"}]),
    # together only when the text says so
    ("로봇 기업 새봄로보틱스는 미래캐피탈과 솔빛벤처스로부터 공동으로 150억원을 투자받았다.",
     [{"미래캐피탈", "솔빛벤처스", "새봄로보틱스"}]),
])
def test_deals_money_taken_in_from_several_investors_is_one_investment_each(text, orgs):
    invest = _of("INVEST", text)
    assert sorted(map(sorted, (e.orgs for e in invest))) == sorted(map(sorted, orgs))


@pytest.mark.parametrize("text, orgs, status", [
    # the `와` party of money sought (`투자 유치를 협의`) is the investor; talks are a plan with no day
    ("배터리 소재 업체 새벽소재는 국내 사모펀드 한강파트너스와 300억원 규모의 투자 유치를 협의하고 있다.",
     {"한강파트너스", "새벽소재"}, "planned"),
    ("자율주행 스타트업 모빌린은 현재 일본 부품사 오구라전장과 추가 투자 유치를 조율하고 있다.",
     {"오구라전장", "모빌린"}, "planned"),
    ("물류 스타트업 바로로지스틱스는 미국 벤처캐피털 하이랜드벤처스와 시리즈B 투자 유치를 논의하고 있다고 밝혔다.",
     {"하이랜드벤처스", "바로로지스틱스"}, "planned"),
    ("새벽소재는 12일 \"화성신에너지와 투자 유치를 논의한 사실이 없다\"고 밝혔다.",
     {"화성신에너지", "새벽소재"}, "denied"),
])
def test_deals_an_investment_in_talks_is_planned_from_the_party_talked_with(text, orgs, status):
    invest = _of("INVEST", text, "2026-03-13")
    assert [(e.orgs, e.status, e.date) for e in invest] == [(orgs, status, None)]


@pytest.mark.parametrize("text, published, status, date", [
    # a share sale contract signed is a purchase still to close; the closing told next dates it
    ("가람식품은 일본 제과업체 하나야제과의 지분 70%를 1200억원에 인수하는 주식매매계약(SPA)을 체결했다고 5일 공시했다. "
     "거래 종결은 규제 당국의 승인을 거쳐 오는 9월 이뤄질 예정이다.", "2026-06-06", "planned", "2026-09"),
    ("한빛화학은 미국 소재 업체 리버턴폴리머 지분 51%를 인수한다고 12일 공시했다. 인수 대금은 다음 달 말 치를 예정이다.",
     "2026-06-13", "planned", "2026-07"),
    ("누리전자는 독일 부품사 슈반텍 지분 전량을 인수했다고 3일 밝혔다. 인수 대금 납입은 지난달 말 마무리됐다.",
     "2026-06-04", "occurred", "2026-05"),
    # a payment of another kind closes nothing
    ("누리전자는 독일 부품사 슈반텍 지분 전량을 인수했다고 3일 밝혔다. 납품 대금은 다음 달 말 받는다.",
     "2026-06-04", "occurred", "2026-06-03"),
])
def test_deals_the_closing_of_a_purchase_gives_it_its_time(text, published, status, date):
    events = [e for e in read_text(text, published) if e.type in ("INVEST", "PARTNER")]
    assert [(e.type, len(e.orgs), e.status, e.date) for e in events] == [("INVEST", 2, status, date)]


def test_deals_a_share_sale_contract_is_the_purchase_not_a_partnership():
    text = "누리전자는 독일 부품사 슈반텍을 인수했다고 3일 밝혔다. 두 회사는 지난해 11월 주식매매계약을 맺었다."
    events = [e for e in read_text(text, "2026-06-04") if e.type in ("INVEST", "PARTNER")]
    assert [(e.type, e.orgs, e.status) for e in events] == [("INVEST", {"누리전자", "슈반텍"}, "occurred")]


@pytest.mark.parametrize("text, orgs", [
    # no investor named in the clause: the company the text is about, with the `와` partner, invests
    ("한지우 가온에너지 회장은 9일 독일 슈반텍 본사를 찾았다. 이 자리에서 슈반텍과 3000억원을 들여 수소 연구소를 세우기로 했다.",
     {"가온에너지", "슈반텍"}),
    ("가람식품은 9일 일본 하나야제과와 업무협약을 맺었다. 이와 함께 하나야제과와 500억원을 투자해 베트남에 공장을 짓기로 했다.",
     {"가람식품", "하나야제과"}),
    ("윤서아 누리반도체 회장은 12일 스위스 알펜옵틱 본사에서 그 회사 대표를 만났다. 누리반도체는 알펜옵틱과 8000억원을 들여 광학 연구소를 짓기로 했다.",
     {"누리반도체", "알펜옵틱"}),
])
def test_deals_investing_with_a_partner_names_the_investor_from_the_text(text, orgs):
    invest = _of("INVEST", text, "2026-03-10")
    assert [(e.orgs, e.status) for e in invest] == [(orgs, "planned")]


@pytest.mark.parametrize("text, orgs", [
    # two parties joined by `와/과` and closed by `간`/`사이`, even with a count of agreements before the word
    ("정상회담에 앞서 이날 오전 한국과 베트남 사이에 모두 12건의 양해각서가 체결됐다.", {"한국", "베트남"}),
    ("같은 날 칠레와 한국 간 모두 아홉 건의 업무협약 체결이 마무리됐다.", {"칠레", "한국"}),
    ("가람전자와 누리화학 간 반도체 소재 공급 계약이 9일 체결됐다.", {"가람전자", "누리화학"}),
])
def test_deals_the_two_joined_before_between_are_the_parties(text, orgs):
    partner = _of("PARTNER", text, "2026-03-10")
    assert [(e.orgs, e.status) for e in partner] == [(orgs, "occurred")]


@pytest.mark.parametrize("text, orgs", [
    # money put into a founding (`출자해 설립 등기를 마쳤다`) goes to the venture named in the sentence before
    ("한빛케미칼과 독일 슈텔케미칼은 합작법인 '한빛슈텔'을 세웠다. 두 회사는 지난달 각각 300억원과 200억원을 출자해 설립 등기를 마쳤다.",
     [{"한빛케미칼", "한빛슈텔"}, {"슈텔케미칼", "한빛슈텔"}]),
    ("가온모빌리티는 일본 사쿠라모터스와 합작사 '가온사쿠라'를 만든다. 가온모빌리티는 다음 달 500억원을 출자해 법인을 설립할 계획이다.",
     [{"가온모빌리티", "가온사쿠라"}]),
    ("누리에너지와 미국 레드록파워가 합작사 '누리레드'를 세운다. 누리에너지는 1000억원을 출자해 연내 법인을 세울 예정이다.",
     [{"누리에너지", "누리레드"}]),
])
def test_deals_money_put_into_a_founding_goes_to_the_venture_named_before(text, orgs):
    assert [e.orgs for e in _of("INVEST", text, "2026-03-10")] == orgs


def test_deals_a_pair_joined_by_between_far_from_the_deal_word_is_not_its_parties():
    """`A와 B 간` names the parties only when it leads straight into the deal word, not when it opens
    a clause of its own (`…간 무역 갈등이 커지는 가운데`)."""
    text = "한국과 미국 간 무역 갈등이 커지는 가운데 한빛전자는 가람바이오와 업무협약을 맺었다."
    assert all(e.orgs >= {"한빛전자", "가람바이오"} for e in _of("PARTNER", text))
    assert _of("PARTNER", "이날 한국과 베트남 간 모두 열두 건의 양해각서 체결이 이뤄졌다.")[0].orgs == {"한국", "베트남"}


@pytest.mark.parametrize("text", [
    "한빛전자와 가람바이오는 지금까지 5건의 MOU를 맺었다.",
    "두 회사는 그동안 누적 3건의 공급 계약을 맺었다.",
])
def test_deals_agreements_counted_up_over_time_are_no_one_signing(text):
    assert _of("PARTNER", text) == []


def test_deals_money_for_a_new_plant_does_not_go_into_the_venture_named_before():
    """Only founding (`설립`) sends money to the joint venture named before; building a plant does not."""
    text = ("한빛전자는 가온소재와 합작법인 한빛가온배터리를 세웠다. 한빛전자는 별도로 1000억원을 투자해 "
            "미국 텍사스에 새 공장을 세운다.")
    assert not any("한빛가온배터리" in e.orgs for e in _of("INVEST", text) if e.orgs >= {"한빛전자"} and len(e.orgs) == 2)


def test_deals_money_still_in_talks_takes_no_day_from_a_deal_signed_before():
    text = ("한빛전자는 9일 가온소재와 배터리 공급 계약을 맺었다. 한빛전자는 가온소재로부터 500억원 규모의 투자 유치를 "
            "협의하고 있다.")
    invest = _of("INVEST", text, "2025-04-10")
    assert invest and all(e.date is None for e in invest)


@pytest.mark.parametrize("text, orgs, status", [
    # a buying verb whose object is a share noun (`지분을 사들였다`, `주식을 매입했다`) is a purchase of
    # the company that owns the share
    ("한솔바이오는 지난달 독일 진단기기 업체 베르크메디의 지분 25%를 사들였다.", {"한솔바이오", "베르크메디"}, "occurred"),
    ("누리전자가 가온소재 지분 일부를 사들일 것이라는 관측이 나온다.", {"누리전자", "가온소재"}, "speculated"),
    ("다온캐피탈은 별하늘제약 주식 30만주를 장내에서 매입했다.", {"다온캐피탈", "별하늘제약"}, "occurred"),
    ("누리화학이 일본 부품사 아오바정밀 지분 51%를 공개매수한다고 9일 밝혔다. 공개매수 대금은 다음 달 "
     "중순 치를 예정이다.", {"누리화학", "아오바정밀"}, "planned"),
])
def test_deals_buying_a_share_of_a_company_is_an_investment_in_it(text, orgs, status):
    invest = _of("INVEST", text)
    assert len(invest) == 1 and invest[0].orgs == orgs and invest[0].status == status


@pytest.mark.parametrize("text", [
    "한결에너지는 올해 1분기 중동산 원유를 대량으로 사들였다.",
    "누리건설은 세종시 산업단지 부지를 매입했다.",
    "한빛전자는 주가 방어를 위해 자사주를 사들였다.",
])
def test_deals_buying_goods_land_or_own_shares_is_no_investment(text):
    """`사들이다`, `매입` are purchases of a company only with a share noun as their object."""
    assert not _of("INVEST", text)


@pytest.mark.parametrize("text, deals", [
    # a fund named in quotes is an organisation: the one investors put money into
    ("가람식품은 농식품 운용사 들판인베스트먼트가 조성하는 '푸른들 성장펀드'에 50억원을 출자하기로 했다.",
     [{"가람식품", "푸른들 성장펀드"}]),
    ("한국성장금융은 '차세대 배터리 혁신펀드'에 2000억원을 출자한다고 9일 밝혔다.",
     [{"한국성장금융", "차세대 배터리 혁신펀드"}]),
    # investors told with `도` and no target of their own join the investment told just before
    ("한빛은행이 '그린수소 도약펀드'에 1000억원을 출자한다. 누리전자와 가온화학도 각각 200억원씩 출자하기로 했다.",
     [{"한빛은행", "그린수소 도약펀드"}, {"누리전자", "그린수소 도약펀드"}, {"가온화학", "그린수소 도약펀드"}]),
    ("다온캐피탈은 별하늘제약 지분 20%를 사들였다. 한솔인베스트먼트도 100억원을 투자했다.",
     [{"다온캐피탈", "별하늘제약"}, {"한솔인베스트먼트", "별하늘제약"}]),
])
def test_deals_a_fund_named_in_quotes_and_investors_joining_with_do(text, deals):
    assert sorted((e.orgs for e in _of("INVEST", text)), key=sorted) == sorted(map(frozenset, deals), key=sorted)


def test_deals_an_investor_with_do_and_no_investment_before_has_no_target():
    """`B사도 투자했다` with nothing invested just before names no target."""
    text = "가온전자는 9일 새 사옥을 공개했다. 한솔인베스트먼트도 올해 국내 공장에 500억원을 투자했다."
    assert [e.orgs for e in _of("INVEST", text)] == [{"한솔인베스트먼트"}]


@pytest.mark.parametrize("text, orgs", [
    ("가온전자와 누리화학이 배터리 소재 합작에 나선다. 두 계열사는 합작법인에 모두 800억원을 공동 출자한다.",
     {"가온전자", "누리화학"}),
    ("한빛캐피탈과 다온인베스트먼트가 공동 펀드를 만든다. 두 기관은 펀드에 모두 300억원을 공동 출자한다.",
     {"한빛캐피탈", "다온인베스트먼트"}),
])
def test_deals_two_affiliates_or_institutions_are_the_pair_just_named(text, orgs):
    """`두 계열사는`, `두 기관은` mean the two organisations just named, like `두 회사는`."""
    assert any(e.orgs == orgs for e in _of("INVEST", text))


@pytest.mark.parametrize("text, deals", [
    # investors told right after a company raised money, with no target of their own, are in its round
    ("누리칩스가 시리즈A 투자를 유치했다고 9일 밝혔다. 한빛홀딩스가 200억원을 투자했다.",
     [{"한빛홀딩스", "누리칩스"}]),
    # `댔다` with a sum put in: each investor its own share of the round
    ("별빛바이오가 시리즈B 투자 유치를 마쳤다. 가온캐피탈이 150억원, 한솔벤처스가 50억원을 댔다.",
     [{"가온캐피탈", "별빛바이오"}, {"한솔벤처스", "별빛바이오"}]),
    # the company that raised the money spends it: its own investment, no target
    ("누리칩스가 시리즈A 투자를 유치했다. 누리칩스는 이 자금 가운데 100억원을 연구소 증설에 투자한다.",
     [{"누리칩스"}]),
    # no round told before, or a sum put into a place: the investment has no target
    ("가온전자는 9일 새 사옥을 공개했다. 한빛홀딩스가 미국 공장에 500억원을 투자했다.", [{"한빛홀딩스"}]),
    ("누리칩스가 시리즈A 투자를 유치했다. 한빛화학은 울산 공장에 500억원을 투자했다.", [{"한빛화학"}]),
    # another company's sum put to a use of its own (`증설에`) is not a share of the round
    ("누리칩스가 시리즈A 투자를 유치했다. 한빛홀딩스는 자사 연구소 증설에 200억원을 투자한다.", [{"한빛홀딩스"}]),
])
def test_deals_investors_told_after_a_raise_are_in_that_round(text, deals):
    assert sorted((e.orgs for e in _of("INVEST", text)), key=sorted) == sorted(map(frozenset, deals), key=sorted)


def test_deals_parking_a_car_is_no_investment():
    """`대다` is an investment only with a sum put in (`100억원을 댔다`)."""
    assert not _of("INVEST", "가온전자 직원들은 회사 차를 정문 앞에 댔다.")


@pytest.mark.parametrize("text, orgs", [
    # a name right before a buying noun, with no particle between, is what is bought whatever the phrase's
    # particle (`X 인수도`): the buyer is the sentence's company
    ("누리전자는 독일 부품사 슈반텍 인수도 검토하고 있다.", {"누리전자", "슈반텍"}),
    ("누리전자는 9일 신제품을 공개했다. 회사는 독일 부품사 슈반텍 인수도 검토하고 있다.", {"누리전자", "슈반텍"}),
    ("누리전자는 독일 부품사 슈반텍 인수를 마무리했다.", {"누리전자", "슈반텍"}),
])
def test_deals_a_name_before_a_buying_noun_is_what_is_bought(text, orgs):
    assert [e.orgs for e in _of("INVEST", text)] == [orgs]
