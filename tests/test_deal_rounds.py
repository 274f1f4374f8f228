"""Funding rounds told by the round itself (rounds.py, triggers.tsv `라운드`, event_cues `round_noun`,
`round_role`) and partnerships made official (`공식화`, `출범`): a round's lead and followers each
invest in the company that raised it; joining a company's round invests in that company. Sentences of
our own writing (invented companies)."""

from __future__ import annotations

from conftest import read_text

_PUBLISHED = "2026-05-14"


def _of(kind: str, text: str) -> list:
    return [e for e in read_text(text, _PUBLISHED) if e.type == kind]


def test_deal_rounds_the_lead_and_the_followers_each_invest_in_the_raiser():
    text = ("물류 로봇 스타트업 바퀴살로지스가 200억 원 규모의 시리즈B 투자를 유치했다고 12일 밝혔다. "
            "이번 라운드는 벤처캐피털 해오름캐피털이 이끌었고 샛별인베스트먼트와 일본 다카라벤처스가 뒤따랐다.")
    invest = _of("INVEST", text)
    assert sorted(tuple(sorted(e.orgs)) for e in invest) == sorted([
        tuple(sorted({"해오름캐피털", "바퀴살로지스"})), tuple(sorted({"샛별인베스트먼트", "바퀴살로지스"})),
        tuple(sorted({"다카라벤처스", "바퀴살로지스"}))])


def test_deal_rounds_joining_a_companys_round_invests_in_that_company():
    text = "가전업체 빛고을전자는 스마트홈 스타트업 문고리랩의 시리즈A 라운드에 참여해 30억 원을 투자했다고 13일 밝혔다."
    invest = _of("INVEST", text)
    assert [(e.orgs, e.status, e.date) for e in invest] == [({"빛고을전자", "문고리랩"}, "occurred", "2026-05-13")]


def test_deal_rounds_an_investment_in_a_series_round_goes_to_its_company():
    text = "통신사 한울텔레콤은 지난해 3월 위성 부품 스타트업 별자리테크의 시리즈 C 투자에 참여했다."
    invest = _of("INVEST", text)
    assert [e.orgs for e in invest] == [{"한울텔레콤", "별자리테크"}]


def test_deal_rounds_a_round_only_closed_names_no_investor():
    text = "물류 로봇 스타트업 바퀴살로지스가 200억 원 규모의 시리즈B 라운드를 마무리했다고 12일 밝혔다."
    assert not _of("INVEST", text)


def test_deal_rounds_an_alliance_made_official_is_a_partnership():
    text = ("조선사 갈매기중공업과 핀란드 엔진 업체 오울루파워가 친환경 엔진 동맹을 맺을 것이라는 관측이 나온다. "
            "업계는 두 회사가 다음 달 동맹을 공식화할 것으로 보고 있다.")
    partner = _of("PARTNER", text)
    assert [(e.orgs, e.status) for e in partner] == [({"갈매기중공업", "오울루파워"}, "speculated")]


def test_deal_rounds_an_investor_in_a_capacity_or_adding_more_invests_in_the_round_told_before():
    """`전략적 투자자로`, `추가로`: a `로` of capacity or manner names no use of its own (`증설에`), so the
    sum is a share of the round the sentence before told."""
    text = ("반려동물 헬스케어 스타트업 꼬리별이 80억 원 규모의 시리즈A 투자를 유치했다고 12일 밝혔다. "
            "사료업체 든든펫푸드가 전략적 투자자로 30억 원을 투자했고, 초기 투자사 새싹벤처스가 10억 원을 추가로 투자했다.")
    assert sorted(tuple(sorted(e.orgs)) for e in _of("INVEST", text)) == [
        tuple(sorted({"든든펫푸드", "꼬리별"})), tuple(sorted({"새싹벤처스", "꼬리별"}))]


def test_deal_rounds_a_sum_put_into_a_use_of_its_own_is_no_share_of_the_round():
    text = ("반려동물 헬스케어 스타트업 꼬리별이 80억 원 규모의 시리즈A 투자를 유치했다고 12일 밝혔다. "
            "사료업체 든든펫푸드는 별도로 연구소 증설에 30억 원을 투자했다.")
    assert [e.orgs for e in _of("INVEST", text) if "든든펫푸드" in e.orgs] == [{"든든펫푸드"}]


def test_deal_rounds_a_round_raised_in_the_sentence_is_the_one_its_lead_and_follower_join():
    """`B사가 시리즈A 라운드에서 90억 원을 유치했는데, 라운드는 A사가 이끌었고 C사가 뒤따랐다`: the
    company raising the round in the sentence's first clause takes the money, not the company a
    sentence before told bought."""
    text = ("앞서 11일 가람전자는 반도체 설계사 모래알반도체의 지분 20%를 인수했다. 같은 날 전기차 충전 스타트업 "
            "온결모빌리티가 시리즈A 라운드에서 90억 원을 유치했는데, 라운드는 벤처캐피털 솔무리파트너스가 이끌었고 "
            "북극성인베스트가 뒤따랐다.")
    assert sorted(tuple(sorted(e.orgs)) for e in _of("INVEST", text)) == sorted([
        tuple(sorted({"가람전자", "모래알반도체"})), tuple(sorted({"솔무리파트너스", "온결모빌리티"})),
        tuple(sorted({"북극성인베스트", "온결모빌리티"}))])


def test_deal_rounds_the_lead_told_after_the_round_raised_invests_in_its_company():
    text = ("농업 로봇 스타트업 들꽃로보틱스가 프리IPO 라운드에서 300억원을 조달했다. "
            "벤처캐피털 한울타리벤처스가 200억원을 투자하며 라운드를 주도했다.")
    assert [e.orgs for e in _of("INVEST", text)] == [{"한울타리벤처스", "들꽃로보틱스"}]


def test_deal_rounds_a_valuation_in_the_round_names_no_company_raising_it():
    """`X의 기업가치는 이번 라운드에서 …로 평가됐다`: no subject raised the sum, so the lead told after it
    invests in no company this sentence names."""
    text = ("앞서 11일 가람전자는 반도체 설계사 모래알반도체의 지분 20%를 인수했다. 온결모빌리티의 기업가치는 "
            "이번 라운드에서 900억 원으로 평가됐고, 라운드는 솔무리파트너스가 이끌었다.")
    assert all("온결모빌리티" not in e.orgs for e in _of("INVEST", text))


def _pairs(kind: str, text: str) -> list:
    return sorted(tuple(sorted(e.orgs)) for e in _of(kind, text))


def test_deal_rounds_shares_put_in_after_a_round_closed_go_to_its_company():
    """`라운드를 마감하며 … 확보했다` tells the company raising the round (event_cues `round_raise`); the
    sums each investor `넣었고`, `보탰다` next are its shares (triggers.tsv `넣`, `보태`)."""
    text = ("위성 데이터 스타트업 별바라기랩이 11일 시리즈B 라운드를 마감하며 240억 원을 확보했다. "
            "반도체 기업 금강전자의 CVC인 금강인베스트가 150억 원을 넣었고, 기존 투자사 솔숲벤처스가 50억 원을 보탰다.")
    assert _pairs("INVEST", text) == [tuple(sorted({"금강인베스트", "별바라기랩"})),
                                      tuple(sorted({"솔숲벤처스", "별바라기랩"}))]


def test_deal_rounds_money_taken_in_for_a_series_names_the_company_raising_it():
    text = ("교육 앱 스타트업 말모이랩이 90억 원 규모 시리즈A 투자금을 수혈받았다고 12일 밝혔다. "
            "벤처캐피털 들꽃파트너스가 60억 원을 베팅하며 라운드를 이끌었다.")
    assert [(e.orgs, e.date) for e in _of("INVEST", text)] == [({"들꽃파트너스", "말모이랩"}, "2026-05-12")]


def test_deal_rounds_a_share_put_into_no_company_told_is_no_investment():
    text = "해돋이화학과 바닷길소재는 공장 증설에 3억 달러를 함께 넣는 방안을 논의하고 있다."
    assert not _of("INVEST", text)


def test_deal_rounds_the_lead_of_a_round_its_company_closed_in_the_same_sentence():
    """`B사가 마감한 시리즈A 라운드의 일부로, 라운드는 A사가 이끌었다`: B raised the round (it comes
    before the round word); A, who leads it, invests in B."""
    text = ("구름나래벤처스가 미국 드론 스타트업 스카이핀치에 500만 달러를 투자했다. "
            "스카이핀치가 10일 마감한 시리즈A 라운드의 일부로, 라운드는 미국 VC 레드캐니언벤처스가 이끌었다.")
    assert _pairs("INVEST", text) == sorted([tuple(sorted({"구름나래벤처스", "스카이핀치"})),
                                             tuple(sorted({"레드캐니언벤처스", "스카이핀치"}))])


def test_deal_rounds_an_investor_and_one_joining_it_with_do_both_invest_in_its_company():
    text = ("새벽별캐피털은 이날 물류 스타트업 나르샤로지스에 300만 달러를 투자했으며, "
            "싱가포르 투자사 머라이언파트너스도 100만 달러로 이번 투자에 참여했다.")
    assert _pairs("INVEST", text) == sorted([tuple(sorted({"새벽별캐피털", "나르샤로지스"})),
                                             tuple(sorted({"머라이언파트너스", "나르샤로지스"}))])


def test_deal_rounds_a_round_led_with_rideu_each_investor_invests():
    text = ("헬스케어 스타트업 숨결랩이 120억 원 규모의 시리즈B 투자를 유치했다고 12일 밝혔다. "
            "이번 라운드는 벤처캐피털 한빛캐피털이 리드했고, 기존 투자사 푸른솔벤처스가 참여했다.")
    assert _pairs("INVEST", text) == sorted([tuple(sorted({"한빛캐피털", "숨결랩"})),
                                             tuple(sorted({"푸른솔벤처스", "숨결랩"}))])


def test_deal_rounds_an_alliance_launched_by_several_companies_is_one_partnership():
    """Kiwi cuts 얼라이언스 into 얼라이언/NNG + 스/VV (triggers.tsv reads it as a noun and verb pair)."""
    text = "가람텔레콤, 노을텔레콤, 해솔모바일 등 통신사 3곳은 이날 '아시아 AI 얼라이언스'를 발족했다."
    assert [e.orgs for e in _of("PARTNER", text)] == [{"가람텔레콤", "노을텔레콤", "해솔모바일"}]


def test_deal_rounds_a_share_in_the_present_tense_on_a_day_carried_over_is_still_ahead():
    """`… 3일 밝혔다. B사는 이 펀드에 100억 원을 넣는다`: the day is the telling's, carried over; the
    present tense tells the act ahead (planned), as `출자한다` does after a deal signed."""
    text = ("해양수산부는 '바다로 해양펀드'에 300억 원을 출자하기로 했다고 13일 밝혔다. "
            "부산항만공사는 이 펀드에 100억 원을 넣는다.")
    found = [(e.status, e.date) for e in _of("INVEST", text) if "부산항만공사" in e.orgs]
    assert found == [("planned", "2026-05-13")]
