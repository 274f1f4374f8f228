"""Partnerships (events/deals.py) told as an order won or signed by the heads of the two sides, in
sentences of our own writing (invented companies and people)."""

from __future__ import annotations

import pytest

from conftest import read_text


def _of(kind: str, text: str, published: str = "2026-04-20") -> list:
    return [e for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, orgs", [
    ("선박 부품업체 동해마린이 덴마크 선사 노르드라인으로부터 900억원 규모의 추진축을 수주했다고 13일 공시했다.",
     {"동해마린", "노르드라인"}),
    ("해솔조선은 캐나다 해운사 퍼시픽로열로부터 LNG 운반선 3척을 약 8000억원에 수주했다.", {"해솔조선", "퍼시픽로열"}),
    ("플랜트 업체 가온엔지니어링이 카타르 국영 가스사 알루마이라가스로부터 정제 설비를 수주했다고 20일 밝혔다.",
     {"가온엔지니어링", "알루마이라가스"}),
])
def test_signing_an_order_won_from_a_client_is_a_partnership_of_the_two(text, orgs):
    """`A가 B로부터 … 수주했다`: an order won is a supply contract with the client (lexicon/triggers.tsv
    `수주`, only as a verb); its value is no investment."""
    partner = _of("PARTNER", text)
    assert [e.orgs for e in partner] == [orgs] and partner[0].status == "occurred"
    assert not _of("INVEST", text)


@pytest.mark.parametrize("text", [
    "동해마린은 올해 수주 목표를 2조원으로 잡았다.",
    "해솔조선의 수주 잔고는 10조원을 넘어섰다.",
    "가온엔지니어링과 한빛건설은 중동 수주 확대 방안을 논의했다.",
])
def test_signing_orders_as_a_topic_are_no_partnership(text):
    """`수주 목표`, `수주 잔고`, `수주 확대 방안`: orders as a noun name no deal made."""
    assert not _of("PARTNER", text)


@pytest.mark.parametrize("text, orgs", [
    ("대만 부품업체 가람정밀의 천보위 회장은 12일 경기 수원의 누리반도체 본사에서 한지우 누리반도체 사장을 만나 "
     "차량용 칩 공동 개발 계약을 맺었다.", {"가람정밀", "누리반도체"}),
    ("독일 화학사 베르크켐의 한스 뮐러 사장은 8일 서울에서 오세린 한결소재 대표를 만나 배터리 소재 공급 계약을 맺었다.",
     {"베르크켐", "한결소재"}),
    ("일본 부품사 아사히정공의 모리타 겐지 사장이 15일 창원에서 배도윤 태강기계 대표를 만나 감속기 공동 개발 계약을 체결했다.",
     {"아사히정공", "태강기계"}),
])
def test_signing_the_employer_of_the_head_who_signs_is_a_side_not_the_partner(text, orgs):
    """`A사의 X 회장은 Y B사 사장을 만나 계약을 맺었다`: A, named before its head, is X's side; the
    partner is the employer of the one met."""
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


@pytest.mark.parametrize("text, orgs", [
    ("배터리 업체 한빛셀은 15일 울산시와 전극 공장을 짓는 투자협약을 맺었다.", {"한빛셀", "울산시"}),
    ("미국 부품사 오로라모터스는 경상남도와 창원에 공장을 세우는 협약을 체결했다.", {"오로라모터스", "경상남도"}),
    ("소재 기업 한결케미칼은 충남도와 서산에 연구소를 짓는 양해각서를 맺었다.", {"한결케미칼", "충청남도"}),
])
def test_signing_a_province_or_city_joined_as_a_government_is_the_partner(text, orgs):
    """`A사는 충남도와 … 협약을 맺었다`: a local government named with its ending and joined by `와/과`
    signs with the company."""
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


def test_signing_places_listed_where_a_plant_goes_are_no_partner():
    """`울산과 부산에 공장을 짓는 협약`: bare place names in a list are where, not who."""
    assert not _of("PARTNER", "배터리 업체 한빛셀은 15일 울산과 부산에 공장을 짓는 협약을 맺었다.")


@pytest.mark.parametrize("text, orgs, status", [
    ("오세린 한결소재 대표는 8일 부산에서 한스 뮐러 베르크켐 사장과 만찬을 했다. 양측은 이튿날 합작법인 설립 계약서에 서명했다.",
     {"한결소재", "베르크켐"}, "occurred"),
    ("배도윤 태강기계 대표는 3일 창원에서 모리타 겐지 아사히정공 사장과 만났다. 두 사람은 다음 달 도쿄에서 감속기 공동 개발 "
     "협약을 체결하기로 했다.", {"태강기계", "아사히정공"}, "planned"),
])
def test_signing_a_pair_of_people_just_met_signs_for_their_two_employers(text, orgs, status):
    """`X 대표는 Y 사장과 만났다. 두 사람은 … 협약을 체결하기로 했다`: `두 사람`/`양측` are the two just
    met, and the deal is their companies'."""
    partner = _of("PARTNER", text)
    assert [e.orgs for e in partner] == [orgs] and partner[0].status == status


def test_signing_a_pair_pronoun_with_no_meeting_before_names_no_deal():
    """`두 사람은 … 서명했다` with no two heads met before: no partners to take."""
    text = "한결소재는 8일 신제품을 공개했다. 두 사람은 이튿날 합작법인 설립 계약서에 서명했다."
    assert not _of("PARTNER", text)


@pytest.mark.parametrize("text", [
    "한빛캐피털과 싱가포르 투자사 머라이언파트너스가 공동 펀드를 만든다. 두 기관은 12일 오슬로에서 업무협약을 맺었다.",
    "국민연금공단과 캐나다 연기금 온타리오교원연금이 공동 투자에 나선다. 두 기관은 12일 서울에서 양해각서를 체결했다.",
])
def test_signing_two_bodies_called_두_기관_are_the_pair_just_named(text):
    """`두 기관은 … 협약을 맺었다`: public bodies and funds are called `기관`, as companies `회사`
    (event_cues.tsv pair_orgs)."""
    partner = _of("PARTNER", text)
    assert len(partner) == 1 and len(partner[0].orgs) == 2


@pytest.mark.parametrize("text, orgs", [
    ("핀란드 설비업체 라플란드테크의 미카 라티넨 사장은 9일 경북 포항 동녘철강 본사에서 주예린 대표와 만나 "
     "압연 설비 공급 계약을 맺었다.", {"라플란드테크", "동녘철강"}),
    ("호주 광산업체 킴벌리미네랄의 이선 월시 회장이 21일 울산 물보라화학 사옥에서 채도현 대표를 만나 "
     "니켈 장기 공급 계약을 체결했다.", {"킴벌리미네랄", "물보라화학"}),
    ("캐나다 소프트웨어 기업 로렌시아랩스의 클로이 타르디프 CEO는 3일 판교 누리온소프트 사무실에서 방하율 대표와 만나 "
     "음성 모델 라이선스 계약을 맺었다.", {"로렌시아랩스", "누리온소프트"}),
])
def test_signing_at_the_premises_of_a_host_whose_head_is_met_makes_the_host_the_partner(text, orgs):
    """`A사 X 사장은 B사 본사에서 Y 대표와 만나 계약을 맺었다`: Y, with no employer named, is the
    host's head, and the host is the other side (deal_sides.host_of_signing)."""
    assert [e.orgs for e in _of("PARTNER", text)] == [orgs]


@pytest.mark.parametrize("text", [
    "덴마크 선사 노르드라인의 라스 옌센 회장은 9일 부산 해솔조선 본사를 둘러봤다.",
    "한결소재 오세린 대표는 8일 서울 본사에서 기자간담회를 열었다.",
])
def test_signing_a_visit_or_a_talk_at_premises_is_no_partnership(text):
    """A site visited or a briefing held at premises signs nothing."""
    assert not _of("PARTNER", text)



@pytest.mark.parametrize("text, orgs", [
    ("핀란드 조선기자재 업체 라플란드마린의 오스카리 비르타넨 사장이 7일 부산 강서구 동백중공업 본사에서 한도경 대표와 만났다. "
     "비르타넨 사장과 한 대표는 이 자리에서 선박용 열교환기를 함께 생산하는 협약에 서명했다.", {"라플란드마린", "동백중공업"}),
    ("캐나다 수산기업 노바스코샤씨푸드의 로버트 맥닐 회장이 11일 전남 여수 다도해식품 본사에서 문서진 대표와 만났다. "
     "맥닐 회장과 문 대표는 이 자리에서 냉동 가공품 합작법인 설립 계약을 맺었다.", {"노바스코샤씨푸드", "다도해식품"}),
    ("스위스 정밀기기 업체 알펜메트릭의 루카스 브루너 CEO가 20일 경기 안산 새결정밀 공장에서 봉하윤 대표와 만났다. "
     "브루너 CEO와 봉 대표는 이 자리에서 측정 장비를 함께 개발하는 계약을 체결했다.", {"알펜메트릭", "새결정밀"}),
])
def test_signing_the_one_met_at_a_company_premises_signs_for_that_host(text, orgs):
    """`A사 X 사장이 B사 본사에서 Y 대표와 만났다. X 사장과 Y 대표는 이 자리에서 … 서명했다`: Y, whose
    employer the text never names, was met at B's premises and signs for B (deal_sides.note_hosts);
    a development told with a light verb (`함께 개발하는 계약`) has its partner in the two signers."""
    partner = _of("PARTNER", text)
    assert [e.orgs for e in partner] == [orgs] and partner[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "정하람 회장과 마리아 곤살레스 총리는 지난해 멕시코 한결 연구개발센터 개소식에서 만난 바 있다.",
    "윤서호 회장과 응우옌 반 투 장관은 2023년 하노이 누리 연구개발센터 준공식에서 처음 만났다.",
])
def test_signing_development_inside_a_name_is_no_partnership_of_the_two_heads(text):
    """`연구개발센터`: development as a noun of a building's name tells no deal, whoever the heads are."""
    assert not _of("PARTNER", text)
