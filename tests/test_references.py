"""Who and which gathering a reference means: an occasion told by people attending or chairing it
(`서밋`, `모임`: triggers.tsv rows with `needs`), an occasion pointed back to with its guest
list (`이번 서밋에는 A, B, C 등이 참석했다`), and a meeting with unnamed people (`인사들을 만난다`) left
open for the list that follows. Sentences of our own writing, invented companies and people."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meetings(text: str, published: str = "2025-04-10") -> list[tuple[set[str], str, str | None]]:
    return [(set(e.people), e.status, e.date) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, people, status, day", [
    # one attendee of an occasion named; the same occasion pointed back to adds another
    ("하오준 미래에너지 회장은 다음 달 12일 부산에서 열리는 수소 산업 서밋에 참석해 기조연설을 할 예정이다. "
     "이번 서밋에는 나은석 청해조선 회장도 참석해 협력 방안을 논의한다.",
     {"하오준", "나은석"}, "planned", "2025-05-12"),
    # a meeting told, then its occasion word pointed back to with the one who chaired it
    ("표재헌 청람중공업 회장, 도하린 가람그룹 회장, 설윤아 해솔바이오 대표 등 재계 인사들이 9일 서울의 한 "
     "호텔에서 조찬 회동을 했다. 이날 모임은 하오준 대한상의 회장이 주재했다.",
     {"표재헌", "도하린", "설윤아", "하오준"}, "occurred", "2025-04-09"),
    # an occasion no meeting before told, its guest list too long for the attending verb to be near
    ("가람텔레콤은 9일 서울 워커힐호텔에서 '아시아 통신 서밋'을 열었다.\n\n"
     "도하린 가람그룹 회장이 직접 주재한 이번 서밋에는 설윤아 가람텔레콤 사장, 마르코 벨리니 텔레이탈리아 "
     "부회장, 응우옌 반 탄 비엣텔 CEO 등이 참석했다.",
     {"도하린", "설윤아", "마르코 벨리니", "응우옌 반 탄"}, "occurred", "2025-04-09"),
    # a forum two named people attend together
    ("나은석 대통령은 22일 도하린 가람그룹 회장, 표재헌 청람중공업 회장 등 총수들과 함께 '한-호주 CEO 서밋'에 "
     "참석한다.", {"나은석", "도하린", "표재헌"}, "planned", "2025-04-22"),
], ids=["summit-then-summit-again", "gathering-chaired", "summit-guest-list", "summit-together"])
def test_references_an_occasion_attended_is_a_gathering_of_its_attendees(text, people, status, day):
    meets = _meetings(text)
    assert len(meets) == 1
    assert {n.split()[0] for n in meets[0][0]} >= {p.split()[0] for p in people}
    assert meets[0][1:] == (status, day)


@pytest.mark.parametrize("text", [
    "도하린 가람그룹 회장은 9일 서울에서 열린 반도체 포럼에서 기조연설을 했다. 표재헌 청람중공업 회장도 같은 "
    "포럼에서 축사를 했다.",
    "도하린 가람그룹 회장은 9일 서울에서 열린 수소 산업 서밋에 참석했다.\n\n서밋은 두 시간 동안 이어졌다.",
    "가람텔레콤은 9일 서울에서 '아시아 통신 서밋'을 열었다. 서밋은 이틀 동안 이어진다.",
], ids=["speeches-at-a-forum", "one-attendee", "no-one-attends"])
def test_references_an_occasion_nobody_is_told_meeting_at_is_no_gathering(text):
    """Speaking at an occasion, or one person attending it, tells no meeting."""
    assert _meetings(text) == []


@pytest.mark.parametrize("text, people", [
    ("도하린 대통령은 17일 오전 양국 의원연맹 등 주요 정관계 인사들을 만난다.\n\n"
     "이 자리에는 사토 겐지 전 총리, 다나카 히로시 전 외무상 등도 참석하는 것으로 알려졌다.",
     {"도하린", "사토 겐지", "다나카 히로시"}),
    ("표재헌 청람중공업 회장은 9일 현지 진출 기업인들을 만났다. 이 자리에는 설윤아 해솔바이오 대표와 "
     "하오준 미래에너지 대표가 함께했다.", {"표재헌", "설윤아", "하오준"}),
    ("나은석 장관은 10일 경제단체장들을 접견한다. 이 자리에는 하오준 대한상의 회장과 도하린 경총 회장이 "
     "참석할 예정이다.", {"나은석", "하오준", "도하린"}),
], ids=["politicians", "businesspeople", "received"])
def test_references_a_meeting_with_unnamed_people_is_open_to_the_list_that_follows(text, people):
    """`X는 인사들을 만난다. 이 자리에는 A, B가 참석한다`: one meeting of X, A and B."""
    meets = _meetings(text)
    assert len(meets) == 1 and {n.split()[0] for n in meets[0][0]} == {p.split()[0] for p in people}


def test_references_a_plural_object_of_another_verb_opens_no_gathering():
    """`… 면담에 앞서 선박들을 둘러봤다`: what someone looks at is no one met; the site visit stays."""
    text = ("표재헌 청람중공업 회장이 5일 울산 본사에서 마르코 벨리니 텔레이탈리아 회장을 만났다. "
            "벨리니 회장은 면담에 앞서 조선소 도크를 찾아 건조 중인 선박들을 둘러봤다.")
    events = read_text(text, "2025-04-10")
    assert [e.type for e in events].count("VISIT") == 1


@pytest.mark.parametrize("text, people", [
    # the pair word in the clause before the meeting noun, the two named in the sentences before
    ("도하린 가람그룹 회장은 9일 오전 울산 공장을 찾아 생산 라인을 점검했다. 오후에는 서울의 한 호텔에서 "
     "마르코 벨리니 텔레이탈리아 부회장과 마주 앉았다. 두 사람이 얼굴을 맞댄 것은 2년 만으로, 회동은 두 시간 "
     "넘게 이어졌다.", {"도하린", "마르코 벨리니"}),
    # no pair told before: the last two people named
    ("표재헌 청람중공업 회장은 10일 부산을 찾았다. 설윤아 해솔바이오 대표도 같은 날 부산 행사에 모습을 "
     "드러냈는데, 두 사람이 만난 것은 처음이다.", {"표재헌", "설윤아"}),
    ("나은석 장관은 지난달 하오준 미래에너지 회장에게 편지를 보냈다. 이후 두 사람은 11일 세종에서 만났다.",
     {"나은석", "하오준"}),
], ids=["pair-word-before-meeting-noun", "last-two-named", "pair-told-before"])
def test_references_two_people_mean_the_pair_just_named(text, people):
    meets = _meetings(text)
    assert [m for m, _, _ in meets] == [people]


def test_references_people_after_a_pair_meeting_tell_when_not_who():
    """`두 사람이 만난 건 X가 … 방한한 이후 처음이다`: X tells since when; the pair met, no one else,
    now and at the time the count runs from (trips.meeting_since)."""
    text = ("도하린 가람그룹 회장은 9일 서울에서 마르코 벨리니 텔레이탈리아 부회장과 회동했다. 두 사람이 국내에서 "
            "만난 건 벨리니 부회장이 2015년 표재헌 당시 청람중공업 사장의 초청으로 방한한 이후 10년 만이다.")
    assert sorted((d or "", m == {"도하린", "마르코 벨리니"}) for m, _, d in _meetings(text)) == \
        [("2015", True), ("2025-04-09", True)]


def test_references_a_pair_meeting_someone_named_before_the_act_meets_them():
    """`두 사람은 X와도 만났다`: X, named before the act, is met."""
    text = "도하린 가람그룹 회장과 마르코 벨리니 부회장은 9일 서울에서 회동했다. 두 사람은 표재헌 청람중공업 회장과도 만났다."
    assert {"표재헌"} <= set().union(*(m for m, _, _ in _meetings(text)))


@pytest.mark.parametrize("text, people", [
    ("국내 4대 그룹 총수들은 전날 오후 서울 한남동 영빈관에서 마르코 벨리니 텔레이탈리아 회장과 만나 회동을 했다. "
     "이번 회동은 오후 8시께부터 약 1시간 동안 진행됐으며, 도하린 가람그룹 회장, 표재헌 청람중공업 회장, "
     "설윤아 해솔그룹 회장 등이 참석했다.", {"마르코 벨리니", "도하린", "표재헌", "설윤아"}),
    ("중견기업 대표들이 9일 서울에서 나은석 산업부 장관과 간담회를 했다. 이날 간담회는 두 시간 동안 이어졌고, "
     "하오준 미래에너지 대표와 도하린 가람정밀 대표가 참석했다.", {"나은석", "하오준", "도하린"}),
    ("재계 총수들은 10일 부산에서 다나카 히로시 미나토상사 회장과 만찬을 했다. 이번 만찬은 표재헌 청람중공업 "
     "회장이 주선했으며, 설윤아 해솔그룹 회장과 하오준 미래그룹 회장이 함께했다.", {"다나카 히로시", "설윤아", "하오준"}),
], ids=["heads-of-groups", "ceo-meeting", "dinner"])
def test_references_unnamed_plural_subjects_are_named_by_the_attendance_that_follows(text, people):
    """`총수들은 X와 만났다. 이번 회동은 … A, B 등이 참석했다`: X, A and B met."""
    meets = _meetings(text)
    assert len(meets) == 1 and meets[0][0] >= people


def test_references_unnamed_plural_subjects_no_one_names_tell_no_meeting():
    assert _meetings("국내 4대 그룹 총수들은 전날 오후 서울에서 마르코 벨리니 텔레이탈리아 회장과 만났다.") == []


def test_references_a_plural_summing_up_a_list_keeps_the_host():
    """`A, B 등 총수들도 참석한다`: the plural sums up the list; the gathering is still the host's."""
    text = ("나은석 대통령은 17일 도쿄에서 열리는 한일 비즈니스 라운드테이블에 참석한다.\n\n"
            "라운드테이블에는 도하린 가람그룹 회장, 표재헌 청람중공업 회장 등 재계 총수들도 참석한다.")
    meets = _meetings(text)
    assert len(meets) == 1 and meets[0][0] == {"나은석", "도하린", "표재헌"}


def test_references_a_meeting_pointed_back_to_is_not_an_occasion_one_person_attends():
    """`서밋 참석차 방한한 X는 …`: the summit is why X came; `이날 회동` is the meeting told before."""
    text = ("도하린 가람그룹 회장과 마르코 벨리니 텔레이탈리아 회장이 9일 서울에서 만났다.\n\n"
            "아시아 CEO 서밋 참석차 이날 방한한 벨리니 회장은 10일 부산을 찾을 예정이다.\n\n"
            "재계에서는 이날 회동이 두 회사의 협력을 넓히는 계기가 될 것으로 보고 있다.")
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    events = [e for e in find_events(text, analysis, find_entities(text, analysis, "2025-04-10"), "2025-04-10")
              if e.type == "MEET"]
    assert len(events) == 1
    assert any(text[start:end].startswith("재계에서는") for start, end in events[0].evidence)  # told again there
