"""People the knowledge base does not know, found by the shape of their names (our own sentences)."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.nlp import analyze


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text, analyze(text), "2025-05-01") if e.type == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("함단 빈 라시드 알 나세리 가람투자청장이 3일 서울을 찾았다.", "함단 빈 라시드 알 나세리"),
    ("회의에는 술탄 알 카비 에너지장관과 도하린 한빛전자 회장이 참석했다.", "술탄 알 카비"),
    ("파이살 빈 투르키 왕자는 이튿날 울산 공장을 둘러봤다.", "파이살 빈 투르키"),
    ("모리타 유키노리 아오바전자 사장이 판교 본사를 방문했다.", "모리타 유키노리"),
    ("한빛전자는 이시카와 료타 사장과 공급 계약을 맺었다고 밝혔다.", "이시카와 료타"),
    # known foreign given names anchor an unknown family name (lexicon/given_names.txt)
    ("이날 만찬에서 크누트 올센 피오르해운 CEO를 만났다.", "크누트 올센"),
    ("가람전자는 엘케 바우어 라인화학 부사장과 협의했다.", "엘케 바우어"),
    # a given name that anchors a country and a ministry before the title (`… 노르웨이 산업부 장관`)
    ("엘레나 코바치 크로아티아 경제부 장관이 이틀째 울산에 머물렀다.", "엘레나 코바치"),
    # an Indian given name, an Arabic given name with no link, an Indonesian given name
    ("아닐 샤스트리 가람철강 회장이 평택 부지를 둘러봤다.", "아닐 샤스트리"),
    ("하미드 알사디 바다석유 부사장은 가람해운 대표와 통화했다.", "하미드 알사디"),
    ("가람니켈은 부디 하르요노 술라웨시광업 회장과 만찬을 했다.", "부디 하르요노"),
    # a Japanese family name (japanese_surnames.txt)
    ("도가와 유키 아오바상사 사장이 여수 공장을 찾았다.", "도가와 유키"),
    # two given names before the first link
    ("가람해운 회장은 술탄 하마드 빈 라시드 사막항만 회장과 면담했다.", "술탄 하마드 빈 라시드"),
    # an honorific before an Arabic name is no part of it
    ("셰이크 파이살 빈 투르키 왕자가 3일 울산을 찾았다.", "파이살 빈 투르키"),
    # a Japanese given name ending in 이 keeps it
    ("가람전자는 니시카와 료헤이 사장과 협의했다.", "니시카와 료헤이"),
])
def test_foreign_names_by_their_shape(text, name):
    assert name in people(text)


def test_foreign_names_an_arabic_name_told_again_from_its_link_is_the_same_person():
    found = people("함단 빈 라시드 알 나세리 청장이 3일 방한했다. 알 나세리 청장은 이튿날 울산을 찾았다.")
    assert list(found) == ["함단 빈 라시드 알 나세리"]
    assert {"나세리", "알 나세리"} & set(found["함단 빈 라시드 알 나세리"])


@pytest.mark.parametrize("text", [
    "회의장에는 빈 자리가 많았다. 관계자는 알 수 없다고 말했다.",  # 빈 'empty', 알 'know': no given name before them
    "도요타 자동차는 새 공장을 짓는다.",  # a Japanese family name before a common noun
    "니시카와 회장은 이날 불참했다.",  # a family name alone is no full name
    "도요타 가주 레이싱 팀이 우승했다. 도요타 넘어 현대가 간다.",  # a family name that is also a company's, no title
])
def test_foreign_names_no_name_where_the_shape_is_not_there(text):
    assert not [name for name in people(text) if " " in name]


def test_foreign_names_a_japanese_name_told_again_by_its_family_name_is_the_same_person():
    """Korean media print Japanese names family name first: `모리타 사장` is 모리타 유키노리, not someone new."""
    found = people("모리타 유키노리 아오바전자 사장이 3일 방한했다. 모리타 사장은 이튿날 도하린 한빛전자 회장을 만났다.")
    assert set(found) == {"모리타 유키노리", "도하린"}
    assert "모리타 사장" in found["모리타 유키노리"]


def test_foreign_names_an_arabic_name_told_again_by_its_given_name_and_title_is_the_same_person():
    found = people("함단 빈 라시드 알 나세리 가람투자청장이 3일 방한했다. 함단 청장은 도하린 한빛전자 회장을 만났다.")
    assert set(found) == {"함단 빈 라시드 알 나세리", "도하린"}


@pytest.mark.parametrize("text, name, short", [
    # a Japanese name told again by its given name and a title
    ("미즈노 겐타 아오바전자 회장이 방한했다. 겐타 회장은 이튿날 울산 공장을 찾았다.", "미즈노 겐타", "겐타 회장"),
    # an Arabic name told again by its given name and a title, though written two ways
    ("함단 빈 라시드 알 나세리 청장이 방한했다. 함단 빈 라쉬드 알 나세리 청장은 3일 울산을 찾았다. "
     "함단 청장은 4일 출국했다.", "함단 빈 라시드 알 나세리", "함단 청장"),
])
def test_foreign_names_a_given_name_with_a_title_is_the_one_person_whose_full_name_holds_it(text, name, short):
    found = people(text)
    (person,) = [n for n in found if n.split()[0] == name.split()[0]]
    assert len(person.split()) == len(name.split())
    assert short in found[person]


def test_foreign_names_a_two_syllable_given_name_that_looks_korean_still_starts_a_foreign_name():
    found = people("누리모터스 팀의 조엘 바르탕 선수는 2위에 올랐다. 바르탕 선수는 경기 뒤 인터뷰를 했다.")
    assert list(found) == ["조엘 바르탕"]
    assert "바르탕 선수" in found["조엘 바르탕"]


def _orgs(text: str) -> set[str]:
    return {e.name for e in find_entities(text, analyze(text), "2025-05-01") if e.type == "ORG"}


@pytest.mark.parametrize("text, name, org", [
    # an Arabic name, then a company whose name starts like a link (알…): the company is no name part
    ("한빛전자 대표는 이튿날 하마드 알 카타니 알바흐르해운 회장과 만났다.", "하마드 알 카타니", "알바흐르해운"),
    ("협약식에는 술탄 알 누아이미 알와하투자 회장이 참석했다.", "술탄 알 누아이미", "알와하투자"),
    # a Japanese family-first name, then a company: the given name is not the company's first word
    ("가람전자 사장은 모리타 겐지 아오바정밀 회장과 만나 협의했다.", "모리타 겐지", "아오바정밀"),
    # the Arabic link written onto the name with a hyphen
    ("무함마드 알-사이프 사막에너지 회장이 20일 방한했다.", "무함마드 알-사이프", "사막에너지"),
    # a given name and a hyphenated family name, or a Korean surname (a Korean-American name)
    ("피에르 르블랑-모로 오로라항공 CEO는 이날 공장을 찾았다.", "피에르 르블랑-모로", "오로라항공"),
    ("제니퍼 김(Jennifer Kim) 누리벤처스 대표가 판교를 찾았다.", "제니퍼 김", "누리벤처스"),
])
def test_foreign_names_a_shaped_name_keeps_the_company_after_it_out(text, name, org):
    found = people(text)
    assert name in found and org not in found, found
    assert org in _orgs(text)


def test_foreign_names_a_hyphenated_arabic_name_told_again_is_the_same_person():
    found = people("무함마드 알-사이프 사막에너지 회장이 20일 방한했다. 알-사이프 회장은 이튿날 울산을 찾았다.")
    assert list(found) == ["무함마드 알-사이프"]
    assert "알-사이프 회장" in found["무함마드 알-사이프"]


@pytest.mark.parametrize("text, name, short", [
    # a Vietnamese name, family name first, told again by its last part and a title
    ("쩐 반 훙 베트남 교통부 장관이 5일 방한했다. 훙 장관은 이튿날 인천항을 둘러봤다.", "쩐 반 훙", "훙 장관"),
    ("응우옌 티 마이 하롱해운 회장은 가람해운 대표와 만났다. 마이 회장은 협력을 제안했다.", "응우옌 티 마이", "마이 회장"),
])
def test_foreign_names_a_vietnamese_name_and_its_last_part_with_a_title(text, name, short):
    found = people(text)
    assert name in found and short in found[name], found


@pytest.mark.parametrize("text", [
    "도 대표는 이날 공장을 둘러봤다.",  # a Korean surname and title, no Vietnamese name
    "당 대표 선거가 열렸다. 부 사장과 팜 회장은 불참했다.",  # short words with no name after them
])
def test_foreign_names_no_vietnamese_name_without_its_shape(text):
    assert not [name for name in people(text) if " " in name]



@pytest.mark.parametrize("text, name", [
    # a two-word name told again by its first word and a title: a family name written first that the
    # Japanese lexicon lacks, or the name a Malay leader goes by
    ("가람전자 대표는 오카베 신지 아오바상사 회장과 만났다. 오카베 회장은 협력 확대를 제안했다.", "오카베 신지"),
    ("루크만 하킴 말레이시아 총리가 22일 방한했다. 루크만 총리는 이튿날 대통령실에서 정상회담을 한다.", "루크만 하킴"),
    ("가람전자는 사와베 히로시 아오바상사 회장과 협약을 맺었다. 사와베 회장은 이날 판교를 찾았다.", "사와베 히로시"),
])
def test_foreign_names_a_two_word_name_told_again_by_its_first_word_and_a_title_is_the_same_person(text, name):
    found = people(text)
    assert name in found and not any(n != name and n in name for n in found), found


def test_foreign_names_a_first_word_two_people_share_is_neither_of_them():
    text = "오카베 신지 아오바상사 회장과 오카베 유키 사쿠라은행 사장이 만났다. 오카베 대표는 협력 확대를 제안했다."
    found = people(text)
    assert "오카베" not in found.get("오카베 신지", ()) and "오카베" not in found.get("오카베 유키", ())


def test_foreign_names_a_first_word_two_people_share_goes_to_the_one_told_with_its_title():
    text = "오카베 신지 아오바상사 회장과 오카베 유키 사쿠라은행 사장이 만났다. 오카베 회장은 협력 확대를 제안했다."
    found = people(text)
    assert "오카베 회장" in found["오카베 신지"] and "오카베" not in found["오카베 유키"]


@pytest.mark.parametrize("text, kept, respelled", [
    # a family name respelled by one letter with the same title (CEO = 최고경영자), a name that starts like
    # a Korean one (나 + 델리) all the same
    ("아난드 나델라 벡터소프트 최고경영자(CEO)가 다음 주 방한한다. 나델리 CEO는 방한 첫날 판교의 개발자 "
     "행사에서 기조연설을 맡는다.", "아난드 나델라", "나델리"),
    ("마르코 펠레그리니 오르비스항공 회장이 부산을 찾았다. 펠레그리노 회장은 가람조선 부두를 둘러봤다.",
     "마르코 펠레그리니", "펠레그리노"),
], ids=["short-family-name", "long-family-name"])
def test_a_family_name_respelled_with_the_same_title_is_the_same_person(text, kept, respelled):
    found = people(text)
    assert respelled not in found and respelled in found[kept], found


def test_a_respelled_family_name_under_another_title_stays_apart():
    # the same letters off by one, but one is a chief executive and the other an ambassador: two people
    found = people("아난드 나델라 벡터소프트 최고경영자(CEO)가 한국을 찾았다. 나델리 대사는 이날 외교부를 방문했다.")
    assert "나델리" in found, found


@pytest.mark.parametrize("text, name", [
    # the article glued onto the family name, a particle after it (알 + 하리시 + 가)
    ("투자가 자이드 빈 하마드 알하리시가 3일 여수 공장을 찾았다.", "자이드 빈 하마드 알하리시"),
    # an age in parentheses closes the name after its family name
    ("그의 장남 하마드 빈 술탄 알카비(34) 부회장도 동석했다.", "하마드 빈 술탄 알카비"),
    # given names the lexicon holds for women and men alike (arabic_names.tsv)
    ("사막투자의 마리얌 빈트 칼리드 알수바이 파트너는 화상으로 참여했다.", "마리얌 빈트 칼리드 알수바이"),
    ("가람해운은 살렘 빈 주마 알하시미 사막물류 회장과 만났다.", "살렘 빈 주마 알하시미"),
])
def test_foreign_names_an_arabic_name_runs_to_its_family_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "알카비 부자 물빛화학 회장과 만났다.",
    "알카비 부녀 물빛화학 회장과 만났다.",
])
def test_foreign_names_two_relatives_together_are_nobody(text):
    """`부자`, `부녀` (lexicon/not_person_words.txt) stand where a family name would, before an organisation and a title."""
    assert not [name for name in people(text) if "부자" in name or "부녀" in name]


@pytest.mark.parametrize("text, name", [
    # a given name, a Latin initial and a family name make a person with no title after them
    ("가람게임즈 대표는 창업자 그레이엄 T. 와일더와 저녁을 함께했다.", "그레이엄 T. 와일더"),
    # the family name may be a Korean surname of one syllable
    ("통역은 동행한 심사역 데이비드 K. 정이 맡았다.", "데이비드 K. 정"),
])
def test_foreign_names_a_given_name_an_initial_and_a_family_name_are_a_person(text, name):
    assert name in people(text)


def test_foreign_names_an_initialled_name_starting_with_a_company_word_keeps_it():
    """`재스퍼 R. 클라크` beside the company `재스퍼`: an initial follows a given name, never an organisation."""
    text = "튜터 스타트업 오웬(Owen)의 대표가 교육기업 마루러닝의 오웬 T. 하퍼 최고경영자와 만났다."
    assert "오웬 T. 하퍼" in people(text)


@pytest.mark.parametrize("text, name", [
    ("만남에는 창업주의 손녀인 히로세 나나(34) 전무도 함께했다.", "히로세 나나"),
    ("협약식에는 이시카와 미카(45) 아오바전자 이사가 참석했다.", "이시카와 미카"),
])
def test_foreign_names_an_age_after_a_japanese_given_name_keeps_the_name_whole(text, name):
    assert name in people(text)


def test_foreign_names_a_family_name_joined_to_a_one_syllable_name_by_a_hyphen_is_told_again():
    text = "마닐라 해운사의 크리스티나 레예스-고 회장이 왔다. 레예스-고 회장은 부산항을 둘러봤다."
    assert "레예스-고 회장" in people(text)["크리스티나 레예스-고"]
