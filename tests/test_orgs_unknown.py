"""Organisations the knowledge base has never seen, found by their shape (sentences of our own writing).

A name's last noun read together with its particle (`태성물산은` as 태성물+산은, `아키타화학과` with the
noun 화학과) keeps the name and drops the particle; a company whose ending says what it does
(`…미네랄`, `…스틸`, `…케미컬`, `…기술`, `…인베스트`) is no person's name, also right after one; a
city, county or state listed with a province or named with its government is a party; a group's own
name with a business ending is its affiliate; `e&` is read in lower case.
"""

from __future__ import annotations

import pytest

from conftest import read_text

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def _entities(text: str):
    return find_entities(text, analyze(text), "2026-03-02")


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in _entities(text) if e.type == kind}


@pytest.mark.parametrize("text, org, not_org", [
    ("동림물산은 베트남 해운사 하롱해운의 지분 40%를 인수했다고 3일 밝혔다.", "동림물산", "동림물산은"),
    ("한결케미칼은 이날 일본 나가노화학과 3년간의 원료 공급 계약을 맺었다.", "나가노화학", "나가노화학과"),
    ("충청북도는 렌즈 부품기업 ㈜새빛광학과 증설 투자 협약을 맺었다.", "새빛광학", "새빛광학과"),
])
def test_orgs_a_particle_read_into_the_last_noun_of_a_name_is_cut_off(text, org, not_org):
    found = _names(text, "ORG")
    assert org in found and not_org not in found, found


@pytest.mark.parametrize("text, person, org", [
    ("박도윤 한울소재 대표는 지난 5일 페루 리마에서 마르타 쿠에바스 잉카미네랄 회장과 만났다.", "마르타 쿠에바스", "잉카미네랄"),
    ("최민 사장은 하리쉬 난다 비크람실리콘 CEO와 만났다.", "하리쉬 난다", "비크람실리콘"),
    ("김민재 소라테크 대표는 제임스 월터 데저트코스트케미컬 사장과 만나 공급 계약을 맺었다.", "제임스 월터", "데저트코스트케미컬"),
    ("남궁현 대표는 이날 에스더 린 마리나호스피탈리티 대표와 만났다.", "에스더 린", "마리나호스피탈리티"),
])
def test_orgs_a_company_by_its_ending_is_not_the_person_before_the_title(text, person, org):
    people, orgs = _names(text, "PERSON"), _names(text, "ORG")
    assert person in people and org in orgs and org not in people, (people, orgs)


@pytest.mark.parametrize("text, person, org", [
    ("왼쪽은 단하람 미르항공기술 전무.", "단하람", "미르항공기술"),
    ("이날 오찬에는 쩐반꽝 메콩인베스트 대표가 함께했다.", "쩐반꽝", "메콩인베스트"),
    ("최민 사장은 하리쉬 난다 비크람실리콘 CEO와 만났다.", "하리쉬 난다", "비크람실리콘"),
])
def test_orgs_a_name_followed_by_a_company_is_two_entities(text, person, org):
    people, orgs = _names(text, "PERSON"), _names(text, "ORG")
    assert person in people and org in orgs, (people, orgs)


def _partners(text: str) -> list[set[str]]:
    from hoedong.events import find_events
    analysis = analyze(text)
    entities = find_entities(text, analysis, "2026-03-02")
    names = {e.id: e.name for e in entities}
    return [{names[o] for o in e.orgs} for e in find_events(text, analysis, entities, "2026-03-02") if e.type == "PARTNER"]


@pytest.mark.parametrize("text, parties", [
    ("전라남도와 목포시는 해상풍력 기업 ㈜바람누리와 투자협약을 맺었다.", {"전라남도", "목포시", "바람누리"}),
    ("충청북도와 음성군이 이차전지 소재기업 ㈜한솔셀텍과 업무협약을 체결했다.", {"충청북도", "음성군", "한솔셀텍"}),
    ("인도 타밀나두주 정부는 10일 한국 부품업체 누리전자와 투자 양해각서(MOU)를 체결했다.", {"타밀나두주 정부", "누리전자"}),
])
def test_orgs_a_city_county_or_state_listed_with_a_province_or_named_with_its_government_is_a_party(text, parties):
    assert parties in _partners(text), _partners(text)


@pytest.mark.parametrize("text", [
    "누리전자는 목포시에 새 공장을 짓는다고 밝혔다.",
    "당시 누리전자는 국내 기업과 협약을 맺었다.",
])
def test_orgs_a_city_where_something_happens_or_a_generic_company_is_no_party(text):
    orgs = _names(text, "ORG")
    assert not any(name.endswith(("시", "기업")) for name in orgs), orgs


@pytest.mark.parametrize("text, affiliate", [
    ("태평홀딩스는 태평배터리 지분을 늘렸다.", "태평배터리"),
    ("도하홀딩스가 2차전지 계열사 도하배터리의 유상증자에 참여한다.", "도하배터리"),
    ("누리그룹은 누리리조트를 팔기로 했다.", "누리리조트"),
])
def test_orgs_a_group_name_with_a_business_ending_is_its_affiliate(text, affiliate):
    assert affiliate in _names(text, "ORG"), _names(text, "ORG")


@pytest.mark.parametrize("text", [
    "SKT는 도이치텔레콤, e&, 싱텔과 함께 AI 협의체를 만들었다.",
    "중동 통신사 e&는 한국 기업과의 협력을 늘리고 있다.",
    "SK텔레콤과 e&·싱텔의 최고경영자가 서울에서 만났다.",
])
def test_orgs_a_short_latin_name_with_a_symbol_is_read_in_lower_case(text):
    assert "e&" in _names(text, "ORG"), _names(text, "ORG")


@pytest.mark.parametrize("text, org", [
    ("이번 라운드는 우리들이인베스트먼트가 이끌었다.", "우리들이인베스트먼트"),
    ("시드 때 들어온 하얀돛파트너스가 20억원을 보탰다.", "하얀돛파트너스"),
    ("나머지는 붉은돛캐피탈이 댔다.", "붉은돛캐피탈"),
])
def test_orgs_a_long_name_kiwi_cuts_into_a_pronoun_particle_or_verb_still_ends_like_a_company(text, org):
    """Kiwi reads an unknown name as `우리/NP 들/XSN 이/JKS …` or `붉/VA 은/ETM 돛 …`: one long Hangul word
    ending in a strong organisation ending is still the company's name."""
    assert org in _names(text, "ORG")


@pytest.mark.parametrize("text, spot", [
    ("누리강관은 전남 여수 율촌산단에 900억원을 투자해 공장을 짓는다.", "율촌산단"),
    ("가람케이블은 텍사스주 라레도에 2억 달러를 투자해 공장을 세운다.", "라레도"),
    ("한빛정공은 경남 밀양에 300억원을 투자해 부품 공장을 짓겠다고 밝혔다.", "밀양"),
])
def test_orgs_a_spot_in_a_province_or_an_industrial_park_taking_money_is_no_company(text, spot):
    """`X에 투자` takes a company as its counterpart, but a site by its ending (`…산단`) or a name right
    after a province, state or city is where the plant goes: no organisation."""
    assert spot not in _names(text, "ORG")


def test_orgs_a_company_after_its_country_still_takes_the_investment():
    assert "해돋이랩스" in _names("가람전자는 미국 해돋이랩스에 100억원을 투자했다.", "ORG")


@pytest.mark.parametrize("text, org, other", [
    ("면담에는 가수 윤세아의 소속사인 푸른달엔터의 강이준 이사가 동석했다. 한결제과는 다음 달 푸른달엔터와 광고 모델 계약을 맺을 계획이다.",
     "푸른달엔터", "한결제과"),
    ("만찬에는 선수의 에이전시인 별바다스포츠의 이서율 이사도 함께했다. 한울음료는 이달 말 별바다스포츠와 후원 협약을 맺는다.",
     "별바다스포츠", "한울음료"),
    ("자리에는 작가의 에이전시인 달무리에이전시의 최하온 대표가 배석했다. 노을출판은 내달 달무리에이전시와 판권 계약을 맺는다.",
     "달무리에이전시", "노을출판"),
])
def test_orgs_an_organisation_found_by_a_title_is_named_again_with_any_particle(text, org, other):
    """`B사의 X 이사가 동석했다. A사는 B사와 …`: an organisation first found beside a person's title is
    a mention wherever its name stands again (mentions.orgs_found_elsewhere), so the deal has its partner."""
    entity = next(e for e in _entities(text) if e.name == org)
    assert len(entity.mentions) == 2
    partner = [e for e in read_text(text, "2026-03-02") if e.type == "PARTNER"]
    assert [e.orgs for e in partner] == [{org, other}]


@pytest.mark.parametrize("text, orgs", [
    ("노르웨이 선사 피오르드쉬핑의 올라 한센 회장이 9일 부산 영도구 갈매기라인 본사에서 윤하진 대표와 만나 운송 계약을 맺었다.",
     {"피오르드쉬핑", "갈매기라인"}),
    ("호주 광산기업 필바라미네랄의 잭 톰슨 회장은 2일 서울 강남구 돌개바람 사옥에서 채다온 대표와 공급 계약을 체결했다.",
     {"필바라미네랄", "돌개바람"}),
    ("독일 공구업체 슈바르츠베르크의 클라우스 마이어 회장은 14일 대구 달구벌공구 본사에서 권도하 대표와 공급 계약을 맺었다.",
     {"슈바르츠베르크", "달구벌공구"}),
])
def test_orgs_a_name_before_its_premises_word_is_the_host_organisation(text, orgs):
    """`B 본사에서 Y 대표와 … 계약을 맺었다`: an unknown name right before `본사`/`사옥` with a particle is an
    organisation (entities/premises.py), the host and partner of the deal signed there."""
    assert [e.orgs for e in read_text(text, "2026-03-02") if e.type == "PARTNER"] == [orgs]


@pytest.mark.parametrize("text, word", [("서울 본사에서 간담회가 열렸다.", "서울"), ("울산 본사를 찾아 현장을 점검했다.", "울산"),
                                        ("회의는 서울 마포구 상암동 본사에서 열렸다.", "상암동")])
def test_orgs_a_place_or_an_address_before_a_premises_word_is_no_organisation(text, word):
    """`서울 본사에서`, `서울 마포구 상암동 본사에서`: a known place, or a neighbourhood after one, is where the
    premises stand, not whose they are."""
    assert word not in _names(text, "ORG")
