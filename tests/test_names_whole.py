"""People's names read whole as reporting writes them: an age in parentheses between the name and
its title, foreign words shaped like Korean names, every word between an affiliation in the
genitive and the title, rare Korean surnames (sentences of our own writing)."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.entities.lexicon import korean_name_shape
from hoedong.nlp import analyze

PUBLISHED = "2029-05-20"


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text, analyze(text), PUBLISHED) if e.type == "PERSON"}


@pytest.mark.parametrize("text, name", [
    # an age in parentheses is no acronym glossing a term: the name before it stays a name
    ("물류업체 솔바람운송의 남궁태오(51) 대표가 14일 인천을 찾았다.", "남궁태오"),
    ("구미의 한 공장에서 모다은(44) 달빛정밀 대표와 만났다.", "모다은"),
    ("가나자와정공의 호시노 겐이치(61) 사장이 2일 창원을 찾았다.", "호시노 겐이치"),
])
def test_an_age_after_the_name_keeps_the_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("word", ["하루키", "하이너", "마이클", "도널드", "간톨가", "나델라"])
def test_a_syllable_only_transliteration_uses_makes_no_korean_name(word):
    assert not korean_name_shape(word)


@pytest.mark.parametrize("word", ["김하늘", "한보람", "권나래", "허즈창", "하은택", "목하람"])
def test_korean_and_chinese_names_keep_their_shape(word):
    assert korean_name_shape(word)


@pytest.mark.parametrize("text, name, tail", [
    # a foreign name whose first word looks like a Korean one (surname and syllables)
    ("뮌헨의 부품사 라인펠트오토의 하이너 그륀발트 회장이 방한했다.", "하이너 그륀발트", "하이너"),
    ("미야자키수산의 기타무라 하루키 사장은 부산 공장을 둘러봤다.", "기타무라 하루키", "하루키"),
])
def test_a_foreign_word_shaped_like_a_korean_name_is_part_of_the_name(text, name, tail):
    found = people(text)
    assert name in found and tail not in found


@pytest.mark.parametrize("text, name", [
    # every word between the genitive and the title is the name, however Kiwi reads each
    ("이스탄불의 직물업체 보스포루스텍스의 부락 일디즈 회장이 공장을 찾았다.", "부락 일디즈"),
    ("자카르타의 화학사 치르본케미칼의 헤루 위보워 누그로호 회장과 만났다.", "헤루 위보워 누그로호"),
    ("시애틀 소재 레이니어로보틱스의 노아 벤저민 콜 CEO는 다음 주 방한한다.", "노아 벤저민 콜"),
    ("울란바토르의 광산업체 오르홍광업의 바트바야르 체렌도르지 회장을 접견했다.", "바트바야르 체렌도르지"),
    ("첸나이의 부품사 카베리모터스의 아룬 쿠마르 라잔(58) 회장과 만났다.", "아룬 쿠마르 라잔"),
])
def test_the_words_after_an_affiliation_are_one_name(text, name):
    assert name in people(text)


def test_the_name_told_again_by_its_last_word_is_the_same_person():
    found = people("치르본케미칼의 헤루 위보워 누그로호 회장을 만났다. 누그로호 회장은 투자를 약속했다.")
    assert "헤루 위보워 누그로호" in found and "누그로호" not in found


@pytest.mark.parametrize("text, absent", [
    # common nouns between the genitive and the title are a remit, not a name
    ("삼성전자의 반도체 부문 사장이 발표했다.", "반도체 부문"),
    ("현대차의 미국 법인 사장이 참석했다.", "미국 법인"),
])
def test_remits_after_an_affiliation_make_no_name(text, absent):
    assert absent not in people(text)


def test_a_korean_full_name_after_a_remit_word_is_the_name_on_its_own():
    assert set(people("한빛전자의 해외영업 김도윤 상무가 배석했다.")) == {"김도윤"}


def test_a_rare_korean_surname_starts_the_name_after_its_company():
    """`목`, `당`: a company written before a name of a rare surname is no part of the name."""
    found = people("서해조선 목하윤 대표가 노르웨이 선주를 만났다.\n서해조선 목하윤 대표는 계약서에 서명했다.")
    assert "목하윤" in found and "서해조선 목하윤" not in found


@pytest.mark.parametrize("text, name", [
    # a city's name glued to the post of its government: the post is the title, not part of the name
    ("염하준 포항시장은 이날 시청에서 독일 철강업체 대표단을 맞았다.", "염하준"),
    ("오는 3일 공서윤 인천시장과 면담할 예정이다.", "공서윤"),
])
def test_a_city_glued_to_its_post_is_a_title(text, name):
    assert name in people(text)


def test_a_market_is_no_post():
    from hoedong.entities.lexicon import title_of
    assert title_of("반도체시장") is None and title_of("수원시장") == "시장"


def test_an_age_closes_a_family_first_name():
    """`나가노 히카리(38) 상무`: the word with the age is the given name, not an organisation."""
    found = people("교토정밀의 이와타 히로시 사장은 조카인 이와타 미도리(33) 상무와 함께 왔다.")
    assert {"이와타 히로시", "이와타 미도리"} <= set(found)


def test_a_family_name_told_with_a_title_goes_to_the_relative_who_held_that_title():
    text = ("교토정밀의 이와타 히로시 사장은 조카인 이와타 미도리(33) 상무와 함께 왔다. "
            "이와타 사장은 공장을 둘러봤고 이와타 상무는 계약서를 검토했다.")
    found = people(text)
    assert "이와타 사장" in found["이와타 히로시"] and "이와타 상무" in found["이와타 미도리"]
    assert "이와타" not in found


def test_a_company_the_text_names_is_no_first_word_of_a_name():
    """`ORG NAME TITLE` in a headline, the same person told `ORG의 NAME TITLE` below it."""
    text = ('[대담] 노를란드메탈 마르타 셰비크비스트 CEO "올해 안에 한국 공장 부지 고른다"\n'
            "스웨덴 금속 재활용 업체 노를란드메탈의 마르타 셰비크비스트 최고경영자는 3일 부산에서 계획을 밝혔다.")
    found = people(text)
    assert "마르타 셰비크비스트" in found and not any("노를란드메탈" in name for name in found)


def test_an_honorific_after_the_affiliation_is_no_part_of_the_name():
    found = people("이서하 대표는 쿠알라룸푸르에서 말레이시아 수리아그룹의 탄스리 옹카이밍 회장과 만났다.")
    assert "옹카이밍" in found and "탄스리 옹카이밍" not in found


@pytest.mark.parametrize("text, name, short", [
    # after an affiliation in the genitive, a last word shaped like a Korean name (하+우겐, 시+리완) still
    # ends the foreign name the proper nouns before it start
    ("오슬로 해운사 베르겐라인의 잉에르 솔바크 하우겐 사장이 3일 통영을 찾았다.", "잉에르 솔바크 하우겐", "하우겐"),
    ("방콕 여행사 짜오프라야투어의 끼띠삭 시리완 대표는 5일 부산에 왔다.", "끼띠삭 시리완", "시리완"),
    # and after a copula clause (`장남인`, `총괄인`)
    ("회의에는 그의 장남인 미즈노하라 유토 상무가 동석했다.", "미즈노하라 유토", "유토"),
])
def test_a_korean_shaped_last_word_after_an_introduced_foreign_name_is_its_family_name(text, name, short):
    found = people(text)
    assert name in found and short not in found


def test_an_organisation_and_a_korean_name_before_a_title_stay_apart():
    found = people("한빛전자의 루미에라 김하늘 대표가 3일 방한했다.")
    assert "김하늘" in found and not [n for n in found if n.startswith("루미에라")]


@pytest.mark.parametrize("text, name", [
    # the affiliation, glued to its genitive by Kiwi, is nobody; the name after the title is the holder
    ("일본 소재 기업 미나토가와화학의 사장 시오바라 겐타로가 2일 울산 공장을 찾았다.", "시오바라 겐타로"),
    ("금형업체 나카노시마공기의 사장 이즈미다 쇼고(57)와 함께 왔다.", "이즈미다 쇼고"),
])
def test_the_name_after_a_title_after_a_genitive_affiliation_is_the_holder(text, name):
    found = people(text)
    assert name in found and not [n for n in found if n.endswith("의")]


def test_a_generational_suffix_ends_the_name_before_its_title():
    found = people("로버트 헤일 주니어 헤일캐피털 회장이 12일 여의도에서 오찬을 했다. 헤일 회장은 "
                   "부친인 로버트 헤일 시니어 명예회장에 이어 회사를 이끈다.")
    assert {"로버트 헤일 주니어", "로버트 헤일 시니어"} <= set(found)


@pytest.mark.parametrize("text, name", [
    # after a title in apposition, a two-syllable given name shaped like a Korean one (노+아) and the
    # family name that carries the particle are one name
    ("보안업체 체리시큐리티의 공동창업자 노아 벤하임이 1일 방한했다.", "노아 벤하임"),
])
def test_a_two_syllable_given_name_in_apposition_keeps_its_family_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, name", [
    # Latin initials before a name (given names told by their letters) are part of it
    ("첸나이 부품사 카베리모터스의 R. S. 나라야난 회장이 방한했다.", "R. S. 나라야난"),
    ("협약식에는 가람전자 대표와 바라트넷의 P. 수브라마니안 아이어 CTO가 참석했다.", "P. 수브라마니안 아이어"),
])
def test_leading_initials_are_part_of_the_name(text, name):
    assert name in people(text)
