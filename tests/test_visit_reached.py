"""Trips told by a verb of arriving or moving (`공항에 내렸다`, `부산에 들어왔다`, `울산으로 내려가`: triggers.tsv
destination `reached`): a visit to the place named right before the verb, and a site toured after the
move is inside it. Examples written in our own words (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return sorted(((e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"),
                  key=lambda v: (v[2] or "", v[1]))


@pytest.mark.parametrize("text, published, expected", [
    # a landing at an airport
    ("탁서윤 누리해운 회장이 11일 오후 전용기편으로 김포공항에 내렸다.", "2027-03-12",
     [(frozenset({"탁서윤"}), "occurred", "2027-03-11")]),
    # coming into a city
    ("마르코 벨리니 노르마레 회장은 9일 밤 항공편으로 부산에 들어왔다.", "2027-03-12",
     [(frozenset({"마르코 벨리니"}), "occurred", "2027-03-09")]),
    # going down to a city while in the country: a visit of its own
    ("마르코 벨리니 노르마레 회장은 9일 입국했다. 벨리니 회장은 14일 광주로 내려가 협력사 대표들과 오찬을 한다.",
     "2027-03-12",
     [(frozenset({"마르코 벨리니"}), "occurred", "2027-03-09"),
      (frozenset({"마르코 벨리니"}), "planned", "2027-03-14")]),
])
def test_arriving_or_moving_at_a_named_place_is_a_visit(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text", [
    "탁서윤 누리해운 회장은 11일 이사회에서 신규 노선 개설 결정을 내렸다.",
    "탁서윤 누리해운 회장은 올해 유럽 시장에 들어가겠다고 말했다.",
    "탁서윤 누리해운 회장은 작년 부산에 들어온 화물의 절반을 처리했다고 밝혔다.",
    "탁서윤 누리해운 회장은 11일 협상에 들어갔다.",
])
def test_the_same_verbs_with_no_place_reached_are_no_visits(text):
    assert _visits(text, "2027-03-12") == []


def test_a_site_toured_after_a_move_lies_in_the_place_moved_to():
    text = ("마르코 벨리니 노르마레 회장은 9일 입국해 가온정밀 서태오 대표와 만났다. 벨리니 회장은 14일 경남 창원으로 "
            "내려가 가온정밀의 감속기 공장을 둘러볼 예정이다.")
    assert _visits(text, "2027-03-12") == [(frozenset({"마르코 벨리니"}), "occurred", "2027-03-09"),
                                           (frozenset({"마르코 벨리니"}), "planned", "2027-03-14")]


def test_an_arrival_at_an_airport_is_how_the_trip_to_the_country_began():
    text = ("이재명 대통령은 20일 청와대에서 국빈 방한한 에르난 소토 칠레 대통령과 정상회담을 했다. "
            "소토 대통령은 전날 오후 성남 서울공항으로 들어왔다.")
    assert _visits(text, "2027-03-21") == [(frozenset({"에르난 소토"}), "occurred", "2027-03-19")]
