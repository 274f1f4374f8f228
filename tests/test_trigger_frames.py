"""Finding the event at all: event words cut into pieces by Kiwi, sites toured with no known name,
acts told as coming before a gathering, and a person whose post names a country. Sentences of our
own writing (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _events(text: str, published: str, kind: str) -> list[tuple[frozenset, str, str | None]]:
    return [(e.people, e.status, e.date) for e in read_text(text, published) if e.type == kind]


@pytest.mark.parametrize("text, published, expected", [
    # `차+담+을 한다`: the light verb two tokens after the last piece of the word, not after its first
    ("모윤서 여사는 오는 7일 클라라 베버 여사와 차담을 한다.", "2026-05-04", ("planned", "2026-05-07")),
    ("설윤아 가람바이오 대표는 3일 서울에서 토마스 베버 노르트팜 회장과 차담을 했다.", "2026-05-04",
     ("occurred", "2026-05-03")),
])
def test_a_meeting_word_in_pieces_takes_its_light_verb_after_the_last_piece(text, published, expected):
    meets = _events(text, published, "MEET")
    assert [(status, date) for _, status, date in meets] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # a plant in a city no lexicon knows, toured the day after a meeting (the city of the meeting is its venue)
    ("도하린 한빛전자 회장은 5일 독일 뮌헨에서 클라라 베버 노르트팜 CEO와 만났다. 도 회장은 이튿날 에를랑엔 공장을 둘러볼 예정이다.",
     "2026-03-05", [("planned", "2026-03-06")]),
    # a yard toured before the meeting told in the sentence before: the meeting's day
    ("표재헌 청람중공업 회장은 8일 울산 본사에서 마크 로웰 해양청장과 면담했다. 로웰 청장은 면담에 앞서 조선소 도크를 둘러봤다.",
     "2026-04-09", [("occurred", "2026-04-08")]),
    ("표재헌 청람중공업 회장은 8일 거제 본사에서 안나 코스타 리베라해운 회장을 만났다. 코스타 회장은 면담에 앞서 조선소 도크를 찾아 건조 중인 선박을 둘러봤다.",
     "2026-04-09", [("occurred", "2026-04-08")]),
])
def test_a_site_toured_with_no_known_name_is_a_visit(text, published, expected):
    assert [(status, date) for _, status, date in _events(text, published, "VISIT")] == expected


@pytest.mark.parametrize("text", [
    # parts of a site or a venue are no destination
    "도하린 한빛전자 회장은 3일 행사 준비 현장을 둘러봤다.",
    "도하린 한빛전자 회장은 3일 건조 중인 선박을 둘러봤다.",
    "도하린 한빛전자 회장은 3일 생산라인을 둘러봤다.",
])
def test_what_is_not_a_site_makes_no_visit(text):
    assert _events(text, "2026-03-04", "VISIT") == []


def test_a_person_whose_post_names_a_country_is_the_subject():
    """`X 사우디아라비아 에너지부 장관이 방한했다`: the country and ministry are the post, X visits."""
    text = "파이살 알마리 사우디아라비아 에너지부 장관이 11일 방한했다. 알마리 장관은 이날 도하린 한빛전자 회장과 회담했다."
    visits = _events(text, "2026-03-12", "VISIT")
    assert [(sorted(p), s, d) for p, s, d in visits] == [(["파이살 알마리"], "occurred", "2026-03-11")]


def test_the_country_of_a_post_is_no_destination():
    """`X 베트남 국회의장은 국회를 찾아 … 예방했다`: the parliament is the venue of the call, not a visit."""
    text = "응우옌 반 록 베트남 국회의장은 28일 국회를 찾아 도하린 국회의장을 예방했다."
    assert _events(text, "2026-10-29", "VISIT") == []
    assert len(_events(text, "2026-10-29", "MEET")) == 1


@pytest.mark.parametrize("text, published, expected", [
    # the country and company in the genitive before the visitor tell where the visitor comes from
    ("영국 해운사 노던라인의 앤드루 캠벨 CEO가 12일 전남 여수항의 물류 부두를 둘러봤다.", "2026-05-13", 1),
    # arriving at a restaurant: the employer in the genitive is no city arrived at
    ("반도체 소재 업체 ㈜가람머티리얼의 도하린 대표가 약속 시간보다 먼저 도착해 손님을 기다렸다.", "2026-05-13", 0),
])
def test_a_genitive_before_the_visitor_is_no_destination(text, published, expected):
    assert len(_events(text, published, "VISIT")) == expected


@pytest.mark.parametrize("text, published, visitor", [
    # a country's short form in parentheses inside the post
    ("무함마드 알하마디 아랍에미리트(UAE) 에너지부 장관이 다음 달 방한해 도하린 한빛전자 회장과 만날 예정이다.",
     "2026-05-13", "무함마드 알하마디"),
    # `전` (former) before the title is inside the person's phrase
    ("표재헌 전 산업부 장관이 대통령 특사 자격으로 인도를 방문 중이다.", "2026-05-13", "표재헌"),
    # the genitive owns another noun (`X의 특사 자격으로`), not the visit: the subject visits
    ("표재헌 전 산업부 장관이 도하린 대통령의 특사 자격으로 인도를 방문 중이다.", "2026-05-13", "표재헌"),
])
def test_the_visitor_is_the_subject_whose_post_or_errand_is_told(text, published, visitor):
    assert [sorted(p) for p, _, _ in _events(text, published, "VISIT")] == [[visitor]]


@pytest.mark.parametrize("text, expected", [
    # a trip abroad to nowhere named, given as the reason of an absence: no visit
    ("도하린 한빛전자 회장은 해외 출장 일정으로 이날 회의에 참석하지 못했다.", 0),
    ("해외 출장 중인 도하린 한빛전자 회장을 대신해 표재헌 부회장이 자리했다.", 0),
    # a trip to a country named is one
    ("도하린 한빛전자 회장은 다음 주 미국 출장길에 오른다.", 1),
])
def test_a_trip_abroad_to_nowhere_named_is_no_visit(text, expected):
    assert len(_events(text, "2026-03-24", "VISIT")) == expected


@pytest.mark.parametrize("text, published, expected", [
    # `X를 비롯해` heads the list of guides however Kiwi cuts 비롯하다: the guides meet the visitor
    ("마리아 산토스 필리핀 상원의장은 오는 3일 가람전자 구미 사업장을 둘러볼 예정이다. 이날 도하린 가람전자 부사장을 비롯해 경영진이 안내를 맡는다.",
     "2026-07-01", [({"마리아 산토스", "도하린"}, "planned", "2026-07-03")]),
])
def test_the_head_of_a_list_of_guides_meets_the_visitor(text, published, expected):
    assert [(set(p), s, d) for p, s, d in _events(text, published, "MEET")] == expected


@pytest.mark.parametrize("text", [
    "한빛전자는 인도네시아 출장 인력을 위한 숙소를 자카르타에 마련했다고 도하린 한빛전자 회장이 전했다.",
    "가람관광공사는 도하린 사장이 일본 여행사와 방한 수요를 늘리기 위한 마케팅을 벌인다고 밝혔다.",
])
def test_a_visit_word_naming_a_kind_of_traveller_is_no_visit(text):
    assert _events(text, "2026-03-24", "VISIT") == []


@pytest.mark.parametrize("text, published, expected", [
    # sharing a round of golf or an evening with someone is meeting them
    ("도하린 한빛전자 회장은 17일 용인의 한 골프장에서 클라라 베버 노르트팜 회장과 라운딩을 함께했다.", "2026-05-18",
     [({"도하린", "클라라 베버"}, "occurred", "2026-05-17")]),
    ("클라라 베버 노르트팜 회장은 이어 목포 시내 한 식당에서 도하린 한빛전자 회장과 저녁을 함께하며 협력 방안을 논의했다.",
     "2026-05-18", [({"도하린", "클라라 베버"}, "occurred", "2026-05-18")]),
    # joining, with nothing shared as object, is no meeting of its own
    ("행사에는 도하린 한빛전자 회장과 표재헌 청람중공업 회장도 함께했다.", "2026-05-18", []),
])
def test_a_thing_shared_with_someone_is_a_meeting(text, published, expected):
    assert [(set(p), s, d) for p, s, d in _events(text, published, "MEET")] == expected
