"""One trip told in several reports, and destinations told with the additive particle (`X도 방문한다`).
Sentences of our own writing (invented companies and people)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _visits(text: str, published: str) -> list[tuple[frozenset, str, str | None]]:
    return sorted(((e.people, e.status, e.date) for e in read_text(text, published) if e.type == "VISIT"),
                  key=lambda v: (sorted(v[0]), v[1], v[2] or ""))


@pytest.mark.parametrize("text, published, expected", [
    # a planned trip told by the traveller, then by a spokesman with the spouse who goes along: one trip
    ("윤민서 대통령은 다음 달 4~7일 스웨덴을 국빈 방문한다. 대변인은 \"윤 대통령과 한소진 여사는 구스타프 국왕의 "
     "초청으로 4일부터 7일까지 스웨덴을 국빈 방문할 예정\"이라고 말했다.", "2026-04-20",
     [(frozenset({"윤민서", "한소진"}), "planned", "2026-05-04")]),
    # the same trip, then the arrival at a city of that country: still one trip
    ("도하린 한빛전자 회장은 다음 주 독일을 방문한다. 도 회장과 설윤아 가람바이오 대표는 독일을 함께 방문할 "
     "예정이다. 도 회장은 다음 주 월요일 뮌헨에 도착한다.", "2026-04-15",
     [(frozenset({"도하린", "설윤아"}), "planned", "2026-04-20")]),
])
def test_visit_reports_of_one_planned_trip_are_one_trip(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # two trips of one person to one country, one done and one ahead, stay apart
    ("도하린 한빛전자 회장은 지난 3일 독일을 방문했다. 도 회장과 설윤아 가람바이오 대표는 다음 달 독일을 "
     "다시 방문할 예정이다.", "2026-04-15",
     [(frozenset({"도하린"}), "occurred", "2026-04-03"),
      (frozenset({"도하린", "설윤아"}), "planned", "2026-05")]),
    # planned trips to two countries stay apart
    ("도하린 한빛전자 회장은 다음 주 독일을 방문한다. 도 회장과 설윤아 가람바이오 대표는 다음 달 프랑스를 "
     "방문할 예정이다.", "2026-04-15",
     [(frozenset({"도하린"}), "planned", "2026-04-20"),
      (frozenset({"도하린", "설윤아"}), "planned", "2026-05")]),
])
def test_visit_reports_of_other_trips_stay_apart(text, published, expected):
    assert _visits(text, published) == expected


@pytest.mark.parametrize("text, published, place", [
    # `X도 방문한다`: a further destination, told with the additive particle
    ("마재윤 누리소프트 대표는 다음 달 미국 시애틀을 찾는다. 마 대표는 이번 출장에서 캐나다 밴쿠버도 방문할 계획이다.",
     "2026-04-15", "밴쿠버"),
    ("서하준 가람바이오 대표는 다음 주 스위스 바젤의 린데파마 본사도 방문할 예정이다.", "2026-04-15", "린데파마"),
    # a site with the additive particle before a touring verb
    ("서하준 가람바이오 대표는 내일 부품 공장도 둘러볼 예정이다.", "2026-04-15", "부품 공장"),
])
def test_visit_a_place_with_the_additive_particle_is_a_destination(text, published, place):
    assert any(place in (where or "") for where in _places(text, published)), _places(text, published)


@pytest.mark.parametrize("text", [
    # an organisation with `도` as a subject, the visit word further on, is no destination
    "한빛전자도 다음 달 서하준 가람바이오 대표의 방문 계획을 검토하고 있다.",
    # `도` after a place that is no object of the visit word
    "서하준 가람바이오 대표는 다음 주 방문 일정에서 부품 공장도 가동 현황을 점검한다.",
])
def test_visit_an_additive_particle_away_from_the_visit_word_names_no_destination(text):
    assert not any(("한빛전자" in (where or "")) or ("공장" in (where or "")) for where in _places(text, "2026-04-15"))


def _places(text: str, published: str) -> list[str | None]:
    """The places of the visits the reader finds."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    return [e.place for e in find_events(text, analysis, find_entities(text, analysis, published), published)
            if e.type == "VISIT"]
