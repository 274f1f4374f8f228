"""Names in a deal's clause that describe rather than sign (events/deal_modifiers.py), and a transfer
of technology told as a deal (triggers.tsv `know_how`). Sentences of our own writing (invented
companies)."""

from __future__ import annotations

import pytest

from conftest import read_text


def _partners(text: str, published: str = "2031-05-20") -> list[set[str]]:
    return [set(e.orgs) for e in read_text(text, published) if e.type == "PARTNER"]


@pytest.mark.parametrize("text, orgs", [
    ("가람소재는 베트남 유통그룹 하롱마트와 물류 협력 양해각서를 맺었다고 20일 밝혔다.", {"가람소재", "하롱마트"}),
    ("물안개그룹 계열 물안개화학과 스위스 제약사 알펜파마가 원료 공동 개발 협약을 체결했다.", {"물안개화학", "알펜파마"}),
    ("해담식품은 일본 외식그룹 하카타다이닝과 가맹 사업 협약을 맺었다.", {"해담식품", "하카타다이닝"}),
])
def test_descriptors_a_name_that_runs_on_into_another_name_only_says_what_it_is(text, orgs):
    """`베트남 유통그룹 하롱마트와`, `물안개그룹 계열 물안개화학과`: the first name of the phrase tells the
    kind or the group of the one that signs; it is no party."""
    assert _partners(text) == [orgs]


@pytest.mark.parametrize("text, orgs", [
    ("한빛배터리는 호주 광산업체 캥거루리튬과 탄산리튬 5만t 구매 계약을 맺었다고 18일 밝혔다.",
     {"한빛배터리", "캥거루리튬"}),
    ("새봄소재는 인도네시아 제련업체 술라웨시니켈과 황산니켈 3만t 장기 구매 계약을 체결했다.",
     {"새봄소재", "술라웨시니켈"}),
])
def test_descriptors_a_name_that_runs_on_into_a_common_noun_is_a_thing_of_the_deal(text, orgs):
    """`B사와 탄산리튬 5만t 구매 계약을`: with a signer and a partner named, a third name whose phrase
    goes on to a common noun names what the deal is about (a product Kiwi took for a company)."""
    assert _partners(text) == [orgs]


@pytest.mark.parametrize("text, orgs", [
    ("미국 칩 설계사 오리온실리콘이 가온전자, 나래모터스 등 국내 기업과 공급 협력을 맺었다.",
     {"오리온실리콘", "가온전자", "나래모터스"}),
    ("동녘조선과 해오름중공업, 바른엔지니어링 3사는 12일 부산에서 컨소시엄 협약을 체결했다.",
     {"동녘조선", "해오름중공업", "바른엔지니어링"}),
])
def test_descriptors_a_list_closed_or_counted_keeps_its_members(text, orgs):
    """`A, B 등 국내 기업과`, `A와 B, C 3사는`: the members of a list closed by `등` or counted are
    parties, not descriptions of what follows."""
    assert _partners(text) == [orgs]


@pytest.mark.parametrize("text, orgs, published", [
    ("한국소재연구원은 이차전지 음극재 코팅 기술을 상장사 해오름셀에 이전했다고 4일 밝혔다.",
     {"한국소재연구원", "해오름셀"}, "2031-06-04"),
    ("바이오벤처 푸른솔바이오는 2029년 서울 소재 대학에서 나온 항체 특허 2건을 별빛대학교로부터 기술이전받았다.",
     {"푸른솔바이오", "별빛대학교"}, "2031-06-04"),
    ("모래섬제약은 2028년 미국 아이다호파마로부터 후보물질 기술이전을 받은 바 있다.",
     {"모래섬제약", "아이다호파마"}, "2031-06-04"),
])
def test_descriptors_a_technology_transferred_is_a_partnership(text, orgs, published):
    """`기술을 B사에 이전했다`, `A로부터 기술이전받았다`: a transfer of a technology or a right is a
    licence-like deal of the giver and the taker."""
    assert _partners(text, published) == [orgs]


@pytest.mark.parametrize("text", [
    "해오름셀은 지난해 본사를 대전에서 세종으로 이전했다.",
    "푸른솔바이오는 생산 공장 이전을 마쳤다고 밝혔다.",
    "모래섬제약은 2028년 이전에는 복제약만 만들었다.",
])
def test_descriptors_moving_a_site_is_no_partnership(text):
    """`본사를 이전했다`, `공장 이전`: moving a site or `이전` as `before` transfers nothing."""
    assert _partners(text) == []


def test_descriptors_a_studio_is_an_organisation_by_its_ending():
    """`X스튜디오`: a studio's name ends like an organisation's (lexicon/org_suffixes.tsv), so the
    partner it names is found; the bare word (`부산 스튜디오가`) names none."""
    text = ("게임사 하늘빛게임즈가 일본 애니메이션 제작사 미나토가와스튜디오와 인기 만화 '별의 검' 원작을 활용한 "
            "모바일 게임 판권 계약을 맺었다. 개발은 하늘빛게임즈의 부산 스튜디오가 맡는다.")
    assert _partners(text) == [{"하늘빛게임즈", "미나토가와스튜디오"}]


def test_descriptors_a_line_of_business_does_not_take_the_place_of_the_deal():
    """`위탁개발생산 기업 X는 Y로부터 계약을 따냈다`: a word that is a deal only with a named partner
    (`개발`), opening a chain of common nouns, names what the company does; the contract that follows in
    the same clause is the deal."""
    text = ("의약품 위탁개발생산(CDMO) 기업 솔바람바이오는 미국 제약사 케스케이드파마로부터 항체 위탁생산 "
            "계약을 따냈다고 18일 공시했다.")
    assert _partners(text, "2031-05-19") == [{"솔바람바이오", "케스케이드파마"}]
