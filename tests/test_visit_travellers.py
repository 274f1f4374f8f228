"""Who travels on a visit: the person asked to come, not the one who asks; the named head of a group
that travels, and the members a later sentence lists for it (our own sentences, in the style of
Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str = "2026-04-10") -> list[tuple[frozenset[str], str]]:
    return [(e.people, e.status) for e in read_text(text, published) if e.type == "VISIT"]


@pytest.mark.parametrize("text, traveller, asker", [
    # `B에게 … 방문해 달라고 요청했다`: B is asked to travel
    ("문지호 가람시장은 9일 시청에서 클라우스 베버 라인전기 회장을 접견했다. 문 시장은 베버 회장에게 올해 안에 "
     "가람 산업단지를 방문해 달라고 요청했다.", "클라우스 베버", "문지호"),
    # `B에게 … 찾아 달라고 요청했다`, the asker a guest who came to Korea
    ("에밀리 카터 카터에너지 회장이 8일 방한했다. 카터 회장은 9일 도하린 한빛전자 회장과 오찬을 하며 도 회장에게 "
     "미국 휴스턴의 연구소를 찾아 달라고 요청했다.", "도하린", "에밀리 카터"),
    # `B에게 … 방문해 달라고 초청했다`: an invitation
    ("서유찬 산업부 장관은 8일 라르스 헤드베리 스웨덴 무역장관과 회담했다. 헤드베리 장관은 서 장관에게 내년 "
     "스웨덴을 방문해 달라고 초청했다.", "서유찬", "라르스 헤드베리"),
    # `B와 통화를 하고 방한을 요청했다`: the visit noun asked for is the counterpart's trip
    ("윤민서 대통령은 9일 마르코 로시 이탈리아 총리와 전화 통화를 하고 올해 하반기 방한을 요청했다.",
     "마르코 로시", "윤민서"),
])
def test_visit_asked_for_is_the_trip_of_the_person_asked(text, traveller, asker):
    visits = _visits(text)
    asked = [people for people, status in visits if status == "requested"]
    assert asked == [frozenset({traveller})], visits
    assert not any(asker in people for people in asked)


def test_visit_asked_for_during_a_trip_is_the_trip_of_the_person_addressed():
    # `B에게 방한 기간 중 면담을 신청했다`: the trip is B's (it joins B's visit told in the same sentence)
    text = ("마재윤 누리소프트 대표가 다음 달 방한하는 에밀리 카터 카터에너지 회장에게 방한 기간 중 면담을 "
            "신청했다.")
    visits = _visits(text)
    assert visits and all(people == frozenset({"에밀리 카터"}) for people, _ in visits), visits


@pytest.mark.parametrize("text, traveller", [
    # the traveller asks someone there for something: the visit is the asker's own
    ("도하린 한빛전자 회장은 9일 베트남 하노이를 방문해 응우옌 반 훙 하노이시 인민위원장에게 협조를 요청했다.",
     "도하린"),
    # a wish to come told to someone is no request of that person's trip
    ("에밀리 카터 카터에너지 회장은 이달 초 서유찬 산업부 장관에게 서한을 보내 방한 의사를 전했다.", "에밀리 카터"),
])
def test_visit_of_the_asker_stays_the_askers(text, traveller):
    visits = _visits(text)
    assert visits and all(traveller in people for people, _ in visits), visits


@pytest.mark.parametrize("text, people", [
    # `X를 단장으로 한 사절단이 도착했다`: the head travels with the group, then its members are listed
    ("도하린 한빛상공회의소 회장을 단장으로 한 경제사절단 20여 명이 3일 폴란드 바르샤바에 도착했다. "
     "사절단에는 설윤아 가람바이오 대표와 마재윤 누리소프트 대표 등이 포함됐다.",
     {"도하린", "설윤아", "마재윤"}),
    # `X가 이끄는 경영진이 도착했다. 일행에는 A와 B가 포함됐다`: the list names the party by another word
    ("고하늘 은하통신 회장이 이끄는 경영진이 5일 일본 오사카에 도착했다. 일행에는 고 회장의 장남인 "
     "고태민 은하통신 전무와 배수아 은하통신 부사장이 포함됐다.", {"고하늘", "고태민", "배수아"}),
    # `X 회장이 인솔하는 방문단이 방한했다`
    ("클라우스 베버 라인전기 회장이 인솔하는 방문단이 7일 방한했다. 방문단에는 한스 뮐러 라인전기 부사장이 "
     "포함됐다.", {"클라우스 베버", "한스 뮐러"}),
])
def test_visit_of_a_group_is_its_heads_and_its_listed_members(text, people):
    visits = _visits(text)
    assert [found for found, _ in visits] == [frozenset(people)], visits


def test_visit_a_group_head_meets_for_the_group_with_its_members():
    # the group meets someone after its members were listed: the head and the members meet
    text = ("도하린 한빛상공회의소 회장을 단장으로 한 경제사절단이 3일 폴란드 바르샤바에 도착했다. "
            "사절단에는 설윤아 가람바이오 대표가 포함됐다. 사절단은 4일 얀 코발스키 폴란드 개발부 장관과 "
            "간담회를 할 예정이다.")
    meets = [e.people for e in read_text(text, "2026-04-04") if e.type == "MEET"]
    assert meets == [frozenset({"도하린", "설윤아", "얀 코발스키"})], meets



def test_visit_a_group_named_by_its_own_body_is_not_the_group_just_told():
    # another company's delegation listed after the mission arrived: its members join neither the
    # mission's visit nor take the mission's head
    text = ("도하린 한빛상공회의소 회장을 단장으로 한 경제사절단이 3일 폴란드 바르샤바에 도착했다. "
            "한편 누리소프트 대표단에는 마재윤 누리소프트 대표와 설윤아 누리소프트 전무가 포함됐다.")
    visits = _visits(text)
    assert [found for found, _ in visits] == [frozenset({"도하린"})], visits


@pytest.mark.parametrize("text, traveller, other", [
    # an invitation accepted in a clause of its own: the visit is the one who answers (the topic of
    # the nearest clause, not every topic of the sentence)
    ("윤민서 대통령은 9일 마르코 로시 이탈리아 총리와 통화했다. 윤 대통령은 로시 총리를 한국에 초청했고, 로시 "
     "총리는 초청을 받아들이며 \"내년 봄 방한하겠다\"고 답했다.", "마르코 로시", "윤민서"),
    # `A는 B를 초청했고, B는 초청을 수락하며 방한하겠다고 밝혔다`
    ("표재헌 산업부 장관은 라르스 헤드베리 스웨덴 무역장관을 서울로 초청했고, 헤드베리 장관은 초청을 수락하며 "
     "연내 방한하겠다고 밝혔다.", "라르스 헤드베리", "표재헌"),
    # `A는 B와 통화했고, B는 … 밝히며 다음 달 방한할 계획이라고 전했다`
    ("고하늘 은하통신 회장은 9일 클라우스 베버 라인전기 회장과 통화했고, 베버 회장은 협력 의사를 밝히며 다음 달 "
     "방한할 계획이라고 전했다.", "클라우스 베버", "고하늘"),
])
def test_visit_with_no_subject_of_its_own_is_the_nearest_topics(text, traveller, other):
    visits = _visits(text)
    assert visits and all(traveller in people and other not in people for people, _ in visits), visits


@pytest.mark.parametrize("text, people", [
    # a group's trip told with no one named, then its head and deputy by their posts
    ("가람창업협회 방문단이 다음 주 미국 실리콘밸리를 찾는다. 단장인 도하린 한빛전자 회장과 부단장을 맡은 "
     "서유찬 누리소프트 대표는 현지 투자사들을 돌아볼 계획이다.", {"도하린", "서유찬"}),
    # `방문단장인 A 의원과 B 의원은`: the post holder and the one listed with them
    ("국회 미래산업특위 방문단이 7일 독일 뮌헨의 라인전기 공장을 찾았다. 방문단장인 도하린 의원과 서유찬 의원은 "
     "견학을 마친 뒤 공장 관계자들과 오찬을 함께했다.", {"도하린", "서유찬"}),
    # `방문단을 이끄는 A 대표와 단원인 B 대표는`: the one leading the group and a member by post
    ("중소기업 방문단이 8일 중국 선전에 도착했다. 방문단을 이끄는 도하린 한빛전자 대표와 단원인 서유찬 "
     "누리소프트 대표는 이튿날 현지 업체들을 둘러봤다.", {"도하린", "서유찬"}),
])
def test_visit_of_a_group_takes_the_members_named_by_their_posts_later(text, people):
    visits = _visits(text)
    assert [found for found, _ in visits] == [frozenset(people)], visits


def test_visit_of_a_group_whose_members_are_never_named_is_no_event():
    # the group travels, but no person of it is named: no VISIT without a visitor
    text = "가람창업협회 방문단이 다음 주 미국 실리콘밸리를 찾는다. 협회는 현지 투자사 30여 곳을 돌아볼 계획이다."
    assert _visits(text) == []


def test_visit_a_group_head_is_found_past_the_brackets_and_the_long_name_of_the_group():
    # `A 의원(…)을 단장으로 한 한·독 의원친선협회 방문단`: the brackets and the group's name run on
    text = ("도하린 의원(가람당·서울 중구)을 단장으로 한 한·독 의원친선협회 방문단이 9일 독일 베를린에 도착했다. "
            "면담에는 부단장인 서유찬 의원도 함께했다.")
    visits = _visits(text)
    assert [found for found, _ in visits] == [frozenset({"도하린", "서유찬"})], visits
