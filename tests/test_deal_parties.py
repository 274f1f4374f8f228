"""Which organisations a deal is found with (entities/employers.py, events/clauses.py, events/triggers.py,
events/purchases.py): the employer named in the genitive before a titled person, a particle Kiwi
glues onto an unknown name, a share purchase whose seller and price stand between the shares and the
verb, and the company whose shares a relative clause describes. Sentences of our own writing
(invented companies and people)."""

from __future__ import annotations

import pytest

from conftest import read_text


def _of(kind: str, text: str, published: str = "2029-06-01") -> list:
    return [e for e in read_text(text, published) if e.type == kind]


def _roles(text: str, published: str = "2029-06-01") -> dict[str, set[str]]:
    """Each person's name with the names of the organisations their roles name."""
    from hoedong.entities import find_entities
    from hoedong.nlp import analyze

    entities = find_entities(text, analyze(text), published)
    names = {e.id: e.name for e in entities}
    return {e.name: {names[r.org] for r in e.roles if r.org in names} for e in entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, person, org", [
    ("[기자] 위니펙코발트의 로버트 제임스 하워드 최고경영자는 어제 서울에서 국내 업체 대표들과 점심을 함께했습니다.",
     "로버트 제임스 하워드", "위니펙코발트"),
    ("[기자] 타스마니아니켈의 올리버 존 그랜트 회장은 어제 서울에서 국내 업체 대표들과 만났습니다.",
     "올리버 존 그랜트", "타스마니아니켈"),
    ("[기자] 브라질 쿠리치바일렉트로니카의 로버트 제임스 하워드 대표는 어제 경기도 시흥의 개울전자 본사에서 윤태오 "
     "대표와 만났습니다.", "로버트 제임스 하워드", "쿠리치바일렉트로니카"),
    ("[기자] 베트남 하롱해운의 응우옌 반 흥 회장이 어제 부산을 찾아 물결로지스 김하늘 대표와 만났습니다.",
     "응우옌 반 흥", "하롱해운"),
])
def test_parties_a_name_in_the_genitive_before_a_titled_person_is_their_employer(text, person, org):
    """`X의 A B C 회장`: X, whatever its ending (Kiwi may glue `의` on), is the organisation the person
    heads; a name read by its shape takes the title after it (`응우옌 반 흥 회장`)."""
    assert org in _roles(text)[person]


def test_parties_a_country_in_the_genitive_is_no_employer():
    assert _roles("미국의 조 바이든 대통령은 워싱턴에서 기자들과 만났다.")["조 바이든"] == set()


def test_parties_the_employer_in_the_genitive_signs_for_its_head():
    text = ("[기자] 타스마니아니켈의 올리버 존 그랜트 회장은 어제 서울에서 국내 업체 대표들과 만났습니다. 그랜트 회장은 "
            "이에 앞서 해바라기소재와 니켈 구매 계약에 서명했습니다.")
    assert [e.orgs for e in _of("PARTNER", text)] == [{"타스마니아니켈", "해바라기소재"}]


@pytest.mark.parametrize("text, orgs", [
    ("은빛나래바이오가 캐나다 백신 기업 노바스코샤백신 주식 300만 주를 사들이기로 했다.", {"은빛나래바이오", "노바스코샤백신"}),
    ("물안개바이오를 미국 투자사 보스턴벤처스가 인수하기로 했다.", {"보스턴벤처스", "물안개바이오"}),
    ("해넘이바이오를 미국 투자사 시애틀벤처스가 인수했다.", {"시애틀벤처스", "해넘이바이오"}),
])
def test_parties_a_particle_glued_onto_an_unknown_name_still_gives_its_role(text, orgs):
    """`은빛나래바이오가`/NNP: Kiwi reads an unknown name and its particle as one proper noun; the rest
    of the token after the name is the particle, so the buyer and the company bought are still found."""
    assert [e.orgs for e in _of("INVEST", text)] == [orgs]


@pytest.mark.parametrize("text, orgs", [
    ("하늘정원식품은 캐나다 메이플그로브 지분 40%를 사모펀드 북극성파트너스로부터 900억원에 사들이는 계약을 맺었다.",
     {"하늘정원식품", "메이플그로브"}),
    ("모래톱해운은 그리스 선사 에게라인 주식 51%를 창업주 가문으로부터 2억 달러에 사들이기로 했다.", {"모래톱해운", "에게라인"}),
    ("가람화학은 독일 라인폴리머 지분 30%를 투자사 엘베에쿼티에서 1억 유로에 매입하는 계약을 체결했다.",
     {"가람화학", "라인폴리머"}),
])
def test_parties_shares_bought_with_the_seller_and_price_between_are_still_shares(text, orgs):
    """`지분 40%를 X로부터 900억원에 사들이는`: the object of the buying word is the share noun however
    many phrases (seller, price) stand between its particle and the verb; the seller is no party."""
    assert [e.orgs for e in _of("INVEST", text)] == [orgs]
    assert not _of("PARTNER", text)


def test_parties_a_commodity_bought_is_still_no_investment():
    assert not _of("INVEST", "해돋이정유는 중동산 원유 200만 배럴을 현물 시장에서 배럴당 80달러에 사들였다.")


@pytest.mark.parametrize("text, orgs", [
    ("누리전자는 가온소재가 새로 발행하는 주식을 300억원에 인수하기로 했다.", {"누리전자", "가온소재"}),
    ("바다숲에너지는 별도로 한빛배터리가 발행하는 전환사채 100억원어치를 인수하기로 했다.", {"바다숲에너지", "한빛배터리"}),
    ("청록에너지는 태백중공업 오너 일가가 보유한 주식 55%를 3000억원에 사들이는 계약을 맺었다.", {"청록에너지", "태백중공업"}),
])
def test_parties_the_company_whose_shares_a_relative_clause_tells_of_is_the_target(text, orgs):
    """`B사가 새로 발행하는 주식을 인수`, `B사 오너 일가가 보유한 주식을 사들인다`: the issuer of the
    shares, or the company whose owners hold them, takes the investment."""
    assert [e.orgs for e in _of("INVEST", text)] == [orgs]


def test_parties_a_seller_holding_the_shares_is_no_target():
    """`사모펀드 X가 보유한 지분`: a fund holding shares sells them; whose shares they are is not told."""
    assert [e.orgs for e in _of("INVEST", "한결건설은 사모펀드 은하캐피털이 보유한 지분 30%를 사들였다.")] == [{"한결건설"}]


@pytest.mark.parametrize("text, orgs", [
    ("전라북도는 14일 도청에서 미국 배터리 소재 업체 오하이오셀과 새만금에 양극재 공장을 짓는 투자협약을 맺었다.",
     {"전라북도", "오하이오셀"}),
    ("충청남도는 이날 독일 부품사 하이델베르크모터와 천안에 연구소를 세우는 업무협약을 체결했다.", {"충청남도", "하이델베르크모터"}),
    ("강원특별자치도는 이튿날 캐나다 수소 기업 유콘하이드로젠과 수소 생산 협약을 맺었다.", {"강원도", "유콘하이드로젠"}),
])
def test_parties_a_province_as_the_subject_signs_with_the_company_it_is_joined_to(text, orgs):
    """`전라북도는 … A사와 … 협약을 맺었다`: a local government named in full (with its ending) as the
    subject of the deal's clause is a party, as it is when joined by `와/과` (deal_sides.government_joined)."""
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


def test_parties_a_city_where_two_companies_sign_is_no_party():
    text = "한빛셀은 부산에서 해오름조선과 배터리 공급 계약을 맺었다."
    assert [e.orgs for e in _of("PARTNER", text)] == [{"한빛셀", "해오름조선"}]


@pytest.mark.parametrize("text", [
    "누리강관은 전남 여수 율촌산단에 900억원을 투자해 공장을 짓는다.",
    "가람케이블은 텍사스주 라레도에 2억 달러를 투자해 공장을 세운다.",
])
def test_parties_a_plant_investment_into_a_park_or_a_town_has_no_target(text):
    """An industrial park or a town taking the money is a place: the investor alone (ANNOTATION:
    the target only when it is a named organisation)."""
    invest = [e for e in read_text(text, "2026-03-02") if e.type == "INVEST"]
    assert len(invest) == 1 and len(invest[0].orgs) == 1


@pytest.mark.parametrize("text, orgs", [
    ("한결모빌리티 서도윤 사장은 지난해 가을 북미 시장 진출을 선언했다. 올해 초에는 캐나다 배터리 업체 노던셀과 파트너십을 맺었다.",
     {"한결모빌리티", "노던셀"}),
    ("가온로보틱스 문채원 대표는 2024년 회사를 세웠다. 지난달에는 일본 부품사 오사카정공과 업무협약을 체결했다.",
     {"가온로보틱스", "오사카정공"}),
    ("누리소프트 강하율 대표는 지난해 미국 진출을 공언했다. 이달 초 현지 유통사 블루리버디스트리뷰션과 제휴를 맺었다.",
     {"누리소프트", "블루리버디스트리뷰션"}),
])
def test_deal_with_only_its_partner_named_is_made_by_the_employer_of_the_person_told_of(text, orgs):
    """`X 사장은 … 선언했다. 올해 초에는 B사와 파트너십을 맺었다`: a deal whose clause names only the
    partner, and no organisation was the text's subject, is signed by the employer of the person the
    text was telling of (deal_sides.employers_told_of)."""
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


@pytest.mark.parametrize("text, orgs", [
    ("해오름자산운용이 500억 원 규모 '해오름 그린 1호 펀드'를 결성했다고 2일 밝혔다. 은하전자가 200억 원을 이 펀드에 출자했다.",
     {"은하전자", "해오름 그린 1호 펀드"}),
    ("정부는 '바다로 해양펀드'에 300억 원을 출자하기로 했다. 부산항만공사는 이 펀드에 100억 원을 넣는다.",
     {"부산항만공사", "바다로 해양펀드"}),
])
def test_parties_a_fund_pointed_back_to_is_the_one_last_named(text, orgs):
    """`이 펀드에`: a pointing word and a kind of organisation mean the last one named of that kind
    (deal_sides.pointed_back), not the investor whose own name ends the same way."""
    assert orgs in [e.orgs for e in _of("INVEST", text)]


@pytest.mark.parametrize("text, deals", [
    ("한빛전자는 국내 소재기업 대림소재, 화학업체 누리화학과 배터리 재활용 사업을 함께 추진하는 컨소시엄 협약을 맺었다.",
     [{"한빛전자", "대림소재", "누리화학"}]),
    ("한빛전자는 대림소재, 누리화학과 함께 폐배터리 회수망을 꾸리는 협약을 맺었다.",
     [{"한빛전자", "대림소재", "누리화학"}]),
    ("한빛전자는 대림소재, 누리화학과 잇따라 컨소시엄 협약을 맺었다.",
     [{"한빛전자", "대림소재"}, {"한빛전자", "누리화학"}]),
    ("한빛전자는 대림소재, 누리화학과 배터리 재활용 공급 협약을 맺었다.",
     [{"한빛전자", "대림소재"}, {"한빛전자", "누리화학"}]),
])
def test_parties_partners_acting_together_make_one_deal_of_them_all(text, deals):
    """`A는 B, C와 함께 추진하는 컨소시엄 협약을 맺었다`: a consortium, or partners said to act together,
    is one deal of every party (deals._parties_counted, event_cues `party_together`); a list of partners
    without it, or with the deals told one after another (`잇따라`), is one deal with each."""
    assert sorted((e.orgs for e in _of("PARTNER", text)), key=sorted) == sorted(deals, key=sorted)


def _investments(text: str, published: str = "2029-06-06") -> list[tuple[list[str], str]]:
    """Each investment's organisations in order (the giver first) with its status."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    entities = find_entities(text, analysis, published)
    names = {e.id: e.name for e in entities}
    return [([names[o] for o in e.orgs], e.status) for e in find_events(text, analysis, entities, published)
            if e.type == "INVEST"]


@pytest.mark.parametrize("text, investments", [
    ('바람개비항공은 저가항공사 구름다리항공 지분 인수설에 대해 5일 "검토한 바 없다"고 밝혔다.',
     [(["바람개비항공", "구름다리항공"], "denied")]),
    ('단풍게임즈와 물결미디어는 지난해 지분을 맞교환했다. 물결미디어는 업계에 돌던 단풍게임즈 경영권 인수설에 대해 '
     '"전혀 고려하지 않는다"고 밝혔다.', [(["물결미디어", "단풍게임즈"], "denied")]),
])
def test_parties_the_company_answering_talk_of_a_stake_purchase_is_the_buyer(text, investments):
    """`A는 B 지분 인수설에 대해 "검토한 바 없다"고 밝혔다`: with no genitive investor, the company the
    clause is about answers talk of its own purchase; the name before the share noun (`지분`, or
    `경영권` that Kiwi splits in two) is the company it would buy (purchases.rumoured_stake)."""
    assert _investments(text) == investments


def test_parties_a_swap_of_stakes_is_two_investments_one_each_way():
    """`A는 B 지분을 인수했고, B는 A가 발행하는 신주를 인수한다`: the same two companies, each the giver
    once: two investments, not one told twice (merge._opposite_ways)."""
    text = ("게임사 단풍게임즈와 콘텐츠 기업 물결미디어가 5일 지분을 맞교환했다. 단풍게임즈는 이날 물결미디어 지분 3%를 "
            "인수했고, 물결미디어는 단풍게임즈가 다음 달 10일 발행하는 신주를 인수한다.")
    assert _investments(text) == [(["단풍게임즈", "물결미디어"], "occurred"), (["물결미디어", "단풍게임즈"], "planned")]
