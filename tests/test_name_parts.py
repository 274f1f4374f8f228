"""Foreign names cut short, split or run into their company, relatives who share a family name, and
who stands in at a gathering (sentences of our own writing)."""

from __future__ import annotations

import pytest

from hoedong.entities import find_entities
from hoedong.events import find_events
from hoedong.nlp import analyze

PUBLISHED = "2026-04-20"


def people(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in find_entities(text, analyze(text), PUBLISHED) if e.type == "PERSON"}


def meetings(text: str) -> list[frozenset[str]]:
    analysis = analyze(text)
    entities = find_entities(text, analysis, PUBLISHED)
    names = {e.id: e.name for e in entities}
    return [frozenset(names[p] for p in e.participants) for e in find_events(text, analysis, entities, PUBLISHED)
            if e.type == "MEET"]


@pytest.mark.parametrize("text, name", [
    # an Arabic link written onto the name, with no space or hyphen
    ("도하린 가람전자 회장은 나세르 알마즈루이 사막해운 회장과 만찬을 했다.", "나세르 알마즈루이"),
    ("칼리드 빈술탄 알하르비 왕자가 14일 울산 조선소를 둘러봤다.", "칼리드 빈술탄 알하르비"),
    ("회의에는 오마르 알자베르 에너지장관이 참석했다.", "오마르 알자베르"),
    # a company's name that starts like a link is no part of the name before it
    ("도하린 회장은 유수프 알샴시 알바흐르해운 회장을 만났다.", "유수프 알샴시"),
])
def test_arabic_links_written_onto_the_name(text, name):
    assert name in people(text)


def test_an_arabic_name_inside_another_starts_no_name_of_its_own():
    """A son's name holds his father's given name after `빈`: that given name starts nothing."""
    found = people("하산 빈 유수프 알나세르 회장의 아들인 유수프 빈 하산 알나세르 부회장이 배석했다.")
    assert {"하산 빈 유수프 알나세르", "유수프 빈 하산 알나세르"} <= set(found)
    assert "하산 알나세르" not in found


def test_a_place_that_starts_like_a_link_ends_the_arabic_name():
    found = people("무함마드 칼리파 알하미드 아부다비 투자청장이 방한했다.")
    assert "무함마드 칼리파 알하미드" in found


@pytest.mark.parametrize("text, name", [
    # given names Kiwi cuts into proper nouns
    ("한서준 대표는 장피에르 모로 리옹에어로 회장과 만났다.", "장피에르 모로"),
    ("한서준 대표는 루시아나 페헤이라 상파울루해운 회장과 만났다.", "루시아나 페헤이라"),
    # a company ending after the name (no person's name)
    ("도하린 회장은 베르너 크라프트 라인오토메이션 CEO와 만났다.", "베르너 크라프트"),
    ("쩐반록 사이공인베스트 회장이 13일 방한했다.", "쩐반록"),
    # an affiliation in the genitive before the name: the words up to the title are the name
    ("태국 방콕리빙의 솜차이 분마 회장과 만찬을 했다.", "솜차이 분마"),
    ("라인모터스의 하넬로레 슈미트 이사는 화상으로 참여했다.", "하넬로레 슈미트"),
    # an honorific before the name is no part of it
    ("말레이시아 쿠칭그룹의 탄스리 옹부안 회장이 방한했다.", "옹부안"),
    # apposition after the title, up to three words
    ("비슈와스틸 회장 아르준 라메시 파텔을 만났다.", "아르준 라메시 파텔"),
    ("가람전자는 델타스틸 부회장 카를로스 멘데스 소자와 협의했다.", "카를로스 멘데스 소자"),
])
def test_names_whole_before_or_after_their_title(text, name):
    assert name in people(text)


def test_a_company_after_a_name_is_not_the_name():
    found = people("한서준 대표는 쩐반록 사이공인베스트 회장과 만났다.")
    assert "쩐반록 사이공인베스트" not in found


@pytest.mark.parametrize("text, relatives", [
    ("정하윤 회장은 루시아나 코스타 페헤이라 회장을 만났다. 이 자리에는 페헤이라 회장의 남편인 마르셀루 페헤이라도 참석했다.",
     {"루시아나 코스타 페헤이라", "마르셀루 페헤이라"}),
    ("한서준 대표는 게오르크 슈미트 라인모터스 회장과 만났다. 회의에는 그의 딸 클라라 슈미트가 배석했다.",
     {"게오르크 슈미트", "클라라 슈미트"}),
    ("도하린 회장은 라흐만 파텔 델타스틸 회장과 면담했다. 장남인 비크람 파텔 사장도 함께했다.",
     {"라흐만 파텔", "비크람 파텔"}),
])
def test_relatives_who_share_a_family_name_are_two_people(text, relatives):
    assert relatives <= set(people(text))


def test_a_run_together_chinese_family_name_with_a_title_goes_to_the_one_with_that_title():
    found = people("톈룽에너지의 왕하이펑 회장과 딸인 왕수이 부총재가 방한했다. 왕 회장은 서울에서 구예원 대표를 만났고, "
                   "왕 부총재는 공장을 둘러봤다.")
    assert {"왕하이펑", "왕수이"} <= set(found)  # both found, each with only their own short form
    assert "왕 회장" not in found["왕수이"]
    assert "왕 부총재" not in found["왕하이펑"]
    found = people("저우캉 회장과 딸 저우린 부사장이 28일 방한했다. 저우 회장은 이날 한서준 대표를 만났다. 저우 부사장은 공장을 찾았다.")
    assert "저우" not in found
    assert "저우 회장" in found["저우캉"] and "저우 부사장" in found["저우린"]


@pytest.mark.parametrize("text, present, absent", [
    ("한민국 회장은 20일 서울에서 기업 대표들과 간담회를 가졌다. 간담회에는 박서준 한빛전자 사장과 오지훈 대양건설 사장이 참석했다. "
     "출장 중인 조현우 미래그룹 회장을 대신해서는 조은비 미래그룹 부회장이 자리했다.", "조은비", "조현우"),
    ("도하린 회장은 3일 마크 존스 회장과 만났다. 이 자리에는 병환 중인 김석진 사장을 대신해 이수아 부사장이 배석했다.",
     "이수아", "김석진"),
    ("간담회에는 오지훈 사장과 박서준 사장이 참석했다. 최민호 대양그룹 회장을 대신해서는 최윤서 부회장이 자리했다.",
     "최윤서", "최민호"),
])
def test_a_stand_in_attends_and_the_principal_does_not(text, present, absent):
    met = set().union(*meetings(text))
    assert present in met and absent not in met


def test_numbered_posts_are_titles():
    found = people("간담회 사회는 윤재하 산업통상부 1차관이 맡았다. 제2차관인 서민혁 차관도 참석했다.")
    assert "윤재하" in found


@pytest.mark.parametrize("text, people_met", [
    ("한서준 회장은 3일 마크 존스 회장과 만났고, 이 자리에는 오지훈 사장이 배석했다.", {"한서준", "마크 존스", "오지훈"}),
    ("도하린 회장은 5일 서울에서 쿠르트 베버 회장과 만찬을 했으며, 이 자리에는 도윤재 부사장만 배석했다.",
     {"도하린", "쿠르트 베버", "도윤재"}),
    ("정하윤 장관은 다음 달 2일 마크 존스 장관과 회담을 하며, 회담에는 오지훈 차관이 배석할 예정이다.",
     {"정하윤", "마크 존스", "오지훈"}),
])
def test_an_attendance_clause_after_the_sentences_own_meeting_joins_it(text, people_met):
    assert people_met in meetings(text)


def visitors(text: str) -> list[frozenset[str]]:
    analysis = analyze(text)
    entities = find_entities(text, analysis, PUBLISHED)
    names = {e.id: e.name for e in entities}
    return [frozenset(names[p] for p in e.participants) for e in find_events(text, analysis, entities, PUBLISHED)
            if e.type == "VISIT"]


@pytest.mark.parametrize("text, visitor", [
    # an envoy goes in someone's name: the one who sent him is no visitor
    ("한서준 장관이 정하윤 대통령의 특사 자격으로 베트남을 방문했다.", "한서준"),
    ("오지훈 부회장은 한서준 회장의 대리인 자격으로 도쿄를 방문했다.", "오지훈"),
    # `전` (former) between the name and the title keeps the subject its phrase's
    ("한서준 전 장관이 정하윤 대통령의 특사 자격으로 베트남을 방문했다.", "한서준"),
    ("오지훈 전 회장은 지난 5일 일본 도쿄를 방문했다.", "오지훈"),
    ("정하윤 전 국무총리가 14일 인도 뉴델리를 방문했다.", "정하윤"),
])
def test_who_visits_in_someones_name_or_after_a_former_title(text, visitor):
    assert visitors(text) == [frozenset({visitor})]


@pytest.mark.parametrize("text, group", [
    ("한서준 회장은 12일 서울에서 하산 빈 유수프 알나세르 회장을 만났다. 면담에는 아들인 유수프 빈 하산 알나세르 부회장이 "
     "배석했다. 알나세르 부자는 전날 함께 입국했다.", {"하산 빈 유수프 알나세르", "유수프 빈 하산 알나세르"}),
    ("게오르크 슈미트 라인모터스 회장과 딸 클라라 슈미트 이사가 10일 방한했다. 슈미트 부녀는 이튿날 한서준 대표와 만찬을 했다.",
     {"게오르크 슈미트", "클라라 슈미트", "한서준"}),
    ("저우캉 회장과 딸 저우린 부사장은 10일 입국했다. 저우 부녀는 이튿날 한서준 대표와 만찬을 했다.",
     {"저우캉", "저우린", "한서준"}),
])
def test_a_family_name_with_a_kinship_word_means_everyone_of_that_family(text, group):
    assert group in visitors(text) + meetings(text)


def test_a_couple_with_the_spouse_unnamed_adds_no_one():
    found = meetings("한서준 회장 부부는 20일 자택으로 마크 존스 대사 부부를 초청해 만찬을 함께했다.")
    assert found == [frozenset({"한서준", "마크 존스"})]


@pytest.mark.parametrize("text, people_met", [
    ("오지훈 장관은 22일 서울에서 한서준 한빛전자 사장, 도하린 가람화학 사장과 조찬 간담회를 했다. "
     "간담회 사회는 정하윤 산업부 차관이 맡았다.", {"오지훈", "한서준", "도하린", "정하윤"}),
    ("한서준 회장은 5일 업계 대표들과 오찬 간담회를 가졌다. 이 자리에는 오지훈 사장과 도하린 사장이 참석했다. "
     "진행은 정하윤 교수가 맡았다.", {"한서준", "오지훈", "도하린", "정하윤"}),
    ("도하린 장관은 3일 마크 존스 장관과 회의를 했다. 회의 좌장은 오지훈 차관이 맡았다.", {"도하린", "마크 존스", "오지훈"}),
])
def test_whoever_chairs_the_gathering_is_at_it(text, people_met):
    assert people_met in meetings(text)


def test_a_chair_with_no_gathering_told_makes_no_meeting():
    assert meetings("이번 포럼의 사회는 정하윤 교수가 맡는다.") == []


@pytest.mark.parametrize("text, name, company", [
    # after a part introduced by `알` (the family name) the name is over; a company glued to `알` follows
    ("회의에는 오마르 알 하산 알바흐르투자 회장이 참석했다.", "오마르 알 하산", "오마르 알 하산 알바흐르투자"),
    ("한서준 대표는 유수프 알 나세리 알자지라개발 회장과 만났다.", "유수프 알 나세리", "유수프 알 나세리 알자지라개발"),
    # an organisation glued to its genitive (Kiwi reads `세하그룹의` as one word) is told before the name
    ("한서준 대표는 브라질 세하그룹의 주앙 마르쿠스 실바 CEO와 만났다.", "주앙 마르쿠스 실바", "주앙 마르쿠스"),
    ("도하린 회장은 멕시코 이달고그룹의 파블로 루이스 가르시아 회장을 만났다.", "파블로 루이스 가르시아", "파블로 루이스"),
])
def test_the_name_ends_where_its_company_begins(text, name, company):
    found = people(text)
    assert name in found and company not in found


@pytest.mark.parametrize("text, name", [
    # a known given name and a family name Kiwi cuts into a particle and a noun, vouched for by the title
    ("국태윤 사장은 칠레에서 이사벨 로하스 안데스광업 회장과 만났다.", "이사벨 로하스"),
    ("국태윤 사장은 이어 파블로 로하스 부사장과도 따로 만났다.", "파블로 로하스"),
    ("회의에는 아미르 하무딘 툰자야캐피털 회장이 참석했다.", "아미르 하무딘"),
])
def test_a_known_given_name_and_a_titled_family_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, people_met", [
    ("한서준 대표는 7일 도하린 회장의 아들인 도윤재 사장과 만났다.", {"한서준", "도윤재"}),
    ("오지훈 장관은 한서준 회장의 장남인 한도윤 부사장과 오찬을 했다.", {"오지훈", "한도윤"}),
    ("국태윤 사장은 이어 7일 로하스 회장의 동생인 파블로 로하스 부사장과도 따로 만났다.", {"국태윤", "파블로 로하스"}),
    # named on their own too, the relative's kin takes part
    ("한서준 대표는 7일 마크 존스 회장과 존스 회장의 부인 에밀리 존스 여사를 만났다.", {"한서준", "마크 존스", "에밀리 존스"}),
])
def test_someone_named_to_tell_whose_relative_a_person_is_does_not_meet(text, people_met):
    assert meetings(text) == [frozenset(people_met)]


@pytest.mark.parametrize("text, name, company", [
    ("㈜누리항공기술은 9일 업무협약을 맺었다. 오찬에는 성도윤 누리항공기술 대표와 마크 존스 부사장이 함께했다.",
     "성도윤", "누리항공기술"),
    ("㈜가온정보통신이 3일 협약을 맺었다. 이 자리에는 한서준 가온정보통신 사장이 참석했다.", "한서준", "가온정보통신"),
    ("이번 협약은 ㈜다온물류기술이 주도했다. 협약식에는 도하린 다온물류기술 대표가 참석했다.", "도하린", "다온물류기술"),
])
def test_an_organisation_the_text_names_is_not_part_of_a_name_before_it(text, name, company):
    found = people(text)
    assert name in found and f"{name} {company}" not in found and company not in found


def test_a_family_name_taken_for_a_company_elsewhere_stays_the_name():
    found = people("한서준 부회장과 그레이엄 맥클라우드 노던리튬 회장이 16일 만났다. 당초 맥클라우드 회장은 방한을 미룰 것으로 관측됐다.")
    assert "그레이엄 맥클라우드" in found and "그레이엄" not in found


def test_a_chair_told_long_after_joins_no_earlier_meeting_and_the_sentence_keeps_its_own():
    """The chair joins the gathering of the sentence before at most; a sentence that goes on after
    `…맡았으며` tells its own meeting too."""
    text = ("오지훈 장관은 22일 한서준 한빛전자 사장과 조찬 간담회를 했다. 두 사람은 반도체 수출을 논의했다. "
            "정부는 다음 달 지원책을 내놓는다. 업계는 기대하고 있다. 한편 같은 날 오후 열린 포럼의 진행은 "
            "정하윤 교수가 맡았으며, 정 교수는 이날 도하린 가람화학 사장과 따로 만났다.")
    found = meetings(text)
    assert frozenset({"정하윤", "도하린"}) in found
    assert frozenset({"오지훈", "한서준"}) in found


@pytest.mark.parametrize("text, name", [
    # a Latin initial between the given name and the family name, with no English gloss
    ("윤채원 해솔바이오 대표는 8일 보스턴에서 데이비드 L. 휘트모어 CEO와 만났다.", "데이비드 L. 휘트모어"),
    ("라일락테크의 레이철 M. 손더스 회장이 방한했다.", "레이철 M. 손더스"),
    # an organisation between the name and its title
    ("제임스 K. 버클리 버클리캐피털 회장이 11일 방한했다.", "제임스 K. 버클리"),
    # a family name spelt like a city is still the family name after an initial
    ("그린필드에너지의 마이클 P. 시드니 CEO가 추가 투자를 요청했다.", "마이클 P. 시드니"),
])
def test_a_middle_initial_stays_inside_the_name(text, name):
    assert name in people(text)


def test_a_middle_initial_name_takes_its_family_name_and_title_as_aliases():
    text = ("데이비드 L. 휘트모어 CEO가 9일 윤채원 해솔바이오 대표와 만찬을 했다. "
            "휘트모어 CEO는 다음 달 다시 방한한다.")
    found = people(text)
    assert "휘트모어 CEO" in found["데이비드 L. 휘트모어"]
    assert "휘트모어" not in found
    assert meetings(text) == [frozenset({"데이비드 L. 휘트모어", "윤채원"})]


def test_an_initial_opening_a_list_item_makes_no_name():
    """`A.`, `B.` opening the items of an agenda stand before common nouns: no one is named."""
    found = people("윤채원 대표가 밝힌 안건은 A. 배터리 공급 B. 기술 협력이다.")
    assert set(found) == {"윤채원"}


@pytest.mark.parametrize("text, name", [
    # a family name shaped like a Korean name (오 and two syllables) after a known foreign given name
    ("미국 클라우드 업체의 다니엘라 오세인 CEO가 윤채원 대표와 만났다.", "다니엘라 오세인"),
    ("레이철 M. 손더스 회장이 방한했다.", "레이철 M. 손더스"),
])
def test_a_korean_shaped_family_name_after_a_foreign_given_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, name", [
    # the affiliation in the genitive, read by Kiwi as one proper noun, is no part of the name after it
    ("윤채원 대표는 노르딕시핑의 크누트 하우겐 CEO와 만났다.", "크누트 하우겐"),
    ("윤채원 대표는 로젠탈파마의 마티아스 쾰러 회장과 만났다.", "마티아스 쾰러"),
])
def test_a_genitive_affiliation_stays_out_of_the_name(text, name):
    found = people(text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


@pytest.mark.parametrize("text, name, short", [
    # a middle name of one syllable, between a given name and the family name
    ("오늘 행사에는 마거릿 앤 콜드웰 해안물류 회장이 참석했다. 콜드웰 회장은 축사를 했다.",
     "마거릿 앤 콜드웰", "콜드웰 회장"),
    ("윤채원 대표는 그레이스 리 톰프슨 CEO와 만났다. 톰프슨 CEO는 웃었다.", "그레이스 리 톰프슨", "톰프슨 CEO"),
    # the family name itself one syllable, a Korean surname too
    ("오찬에는 구르미트 싱 만 부사장이 동석했다. 만 부사장은 말을 아꼈다.", "구르미트 싱 만", "만 부사장"),
])
def test_a_one_syllable_middle_name_stays_inside_the_name(text, name, short):
    found = people(text)
    assert name in found
    assert short in found[name]


def test_a_one_syllable_family_name_after_a_given_name_is_still_a_two_word_name():
    """`그레이스 리`: the one syllable ends the name when a title follows it."""
    found = people("윤채원 대표는 그레이스 리 CFO와 만났다.")
    assert "그레이스 리" in found


@pytest.mark.parametrize("text, name, org", [
    # three name words, then a company no lexicon knows, then the title: the word limit takes no given name
    ("만찬에는 마거릿 앤 콜드웰 블루코브트레이딩 회장이 참석했다.", "마거릿 앤 콜드웰", "블루코브트레이딩"),
    ("윤채원 대표는 로버트 딘 피츠제럴드 실버크릭마리타임 회장과 만났다.", "로버트 딘 피츠제럴드", "실버크릭마리타임"),
])
def test_a_three_word_name_before_an_unknown_company_is_whole(text, name, org):
    found = {e.name: e for e in find_entities(text, analyze(text), PUBLISHED)}
    assert name in found and found[name].type == "PERSON"
    assert org in found and found[org].type == "ORG"


@pytest.mark.parametrize("text, name", [
    # a family name whose final ㄴ Kiwi reads as the spoken topic particle (해리스 + ㄴ)
    ("윤채원 대표는 폴 데이비슨 회장과 만났다.", "폴 데이비슨"),
    ("회의에는 에밀리 해리슨 바닷길해운 부사장이 참석했다.", "에밀리 해리슨"),
    ("오찬에는 조지 해리슨 사장이 나왔다.", "조지 해리슨"),
])
def test_a_final_n_is_no_topic_particle_on_a_name(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, name", [
    ("한지우 누리모터스 사장은 독일 볼프스부르크에서 카를 베젤 베젤모빌리티 회장과 만났다.", "카를 베젤"),
    ("한지우 누리모터스 사장은 독일 볼프스부르크에서 카를 로터 로터머신 회장과 만났다.", "카를 로터"),
])
def test_a_place_with_its_particle_glued_on_is_no_part_of_the_name_after_it(text, name):
    """Kiwi may read `볼프스부르크에서` as one proper noun; the particle of place still ends it."""
    assert name in people(text)
