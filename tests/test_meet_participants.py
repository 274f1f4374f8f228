"""Meetings and who takes part in them (our own sentences, in the style of Korean reporting)."""

from __future__ import annotations

import pytest
from conftest import read_text


def _meets(text: str, published: str = "2025-06-10") -> list[tuple[frozenset[str], str]]:
    return [(e.people, e.status) for e in read_text(text, published) if e.type == "MEET"]


@pytest.mark.parametrize("text, people", [
    # a first formal meeting and a one-on-one meeting are gatherings
    ("도하린 한빛전자 회장은 9일 서울 중구 가람건설 본사에서 서유찬 가람건설 회장과 상견례를 가졌다.",
     {"도하린", "서유찬"}),
    ("마재윤 누리소프트 대표는 지난 5일 판교에서 고하늘 은하통신 회장과 독대했다.", {"마재윤", "고하늘"}),
])
def test_meet_gathering_words(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


@pytest.mark.parametrize("text, attendee, elsewhere", [
    # the attendance's own clause adds its people; a clause after it with a subject of its own tells that
    # person's own act, which is not lost; `같은 시각` dates it on the day told
    ("고하늘 은하통신 회장은 12일 하노이를 방문해 서유찬 총리를 예방했다. 이번 방문에는 문지호 부회장과 배수아 "
     "전무가 동행했다. 예방에는 문 부회장만 배석했고, 배 전무는 같은 시각 하이퐁 공장을 찾았다.", "문지호", "배수아"),
    ("도하린 한빛전자 회장은 12일 서울에서 라일라 모건 노스게이트 CEO와 만났다. 이 자리에는 마재윤 부사장이 "
     "함께했고, 고하늘 전무는 같은 시각 경기 평택의 한빛전자 공장을 둘러봤다.", "마재윤", "고하늘"),
])
def test_meet_an_attendance_keeps_the_act_of_another_clause(text, attendee, elsewhere):
    events = read_text(text, "2025-06-13")
    meets = [e.people for e in events if e.type == "MEET"]
    assert len(meets) == 1 and attendee in meets[0] and elsewhere not in meets[0], events
    assert (frozenset({elsewhere}), "2025-06-12") in [(e.people, e.date) for e in events if e.type == "VISIT"], events


@pytest.mark.parametrize("text, trip, meeting", [
    # a companion of the trip who also sits in on the meeting told on it; the counterpart of that meeting,
    # named in the sitting-in clause only, is not on the trip
    ("도하린 한빛전자 대표는 다음 주 독일 뮌헨을 방문해 클라우스 베버 라인전기 회장을 만날 예정이다. 이번 출장에는 "
     "문지호 한빛전자 전무가 동행하며, 문 전무도 베버 회장과의 면담에 배석할 예정이다.",
     {"도하린", "문지호"}, {"도하린", "클라우스 베버", "문지호"}),
    ("고하늘 은하통신 회장은 다음 달 일본 도쿄를 찾아 라일라 모건 노스게이트 CEO와 회동한다. 이번 방문에는 배수아 "
     "은하통신 부사장이 동행하고, 배 부사장은 회동 자리에도 함께할 예정이다.",
     {"고하늘", "배수아"}, {"고하늘", "라일라 모건", "배수아"}),
])
def test_meet_a_trip_companion_sitting_in_on_its_meeting(text, trip, meeting):
    events = read_text(text, "2025-06-13")
    assert [e.people for e in events if e.type == "VISIT"] == [frozenset(trip)], events
    assert [e.people for e in events if e.type == "MEET"] == [frozenset(meeting)], events


def test_meet_a_round_table_with_its_attendance_list():
    # a round table one person attends, with the attendees of one side in the next sentence
    text = ("서유찬 산업부 장관은 3일 비즈니스 라운드테이블에 참석했다. 우리 측에서는 도하린 "
            "한빛전자 회장과 마재윤 누리소프트 대표가 참석했다.")
    assert (frozenset({"서유찬", "도하린", "마재윤"}), "occurred") in _meets(text)


@pytest.mark.parametrize("text, people", [
    # `세 사람은`: the three people named just before, with the counterpart of the dinner
    ("도하린 한빛전자 회장은 3일 서유찬 부사장과 마재윤 전무를 데리고 독일 뮌헨을 찾았다. 세 사람은 이튿날 "
     "클라우스 베버 라인전기 회장과 만찬을 했다.", {"도하린", "서유찬", "마재윤", "클라우스 베버"}),
    ("고하늘 은하통신 회장, 문지호 가람건설 회장, 배수아 누리소프트 대표가 한자리에 모였다. 세 사람은 이날 "
     "존 하퍼 미국 상무부 차관과 오찬을 함께했다.", {"고하늘", "문지호", "배수아", "존 하퍼"}),
])
def test_meet_a_counted_group_means_the_people_just_named(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


@pytest.mark.parametrize("text, people", [
    # a royal named once with the title: the bare title later is that person
    ("윤민서 대통령은 10일 필리프 벨기에 국왕의 초청으로 브뤼셀에 도착했다. 11일에는 국왕 내외와의 친교 오찬이 "
     "이어졌다.", {"윤민서", "필리프"}),
    # a head of government named once: `총리와의 회담`
    ("윤민서 대통령은 11일 에르나 솔베르그 노르웨이 총리를 만났다. 이튿날 윤 대통령은 베르겐으로 이동해 총리와의 "
     "업무 오찬을 가졌다.", {"윤민서", "에르나 솔베르그"}),
    # a Chinese name of two syllables, told again by a surname that is no Korean one (`리 총리`)
    ("리창 중국 총리가 26일 방한했다. 도하린 한빛전자 회장은 이튿날 리 총리와 면담했다.", {"도하린", "리창"}),
])
def test_meet_a_bare_title_means_the_one_person_named_with_it(text, people):
    assert any(found == frozenset(people) for found, _ in _meets(text, "2025-06-12")), _meets(text, "2025-06-12")


def test_meet_a_bare_title_with_two_holders_named_is_left_unread():
    # `국무총리` holds `총리` too: the lunch with `총리` may be with either, so it names no one
    text = ("윤민서 대통령은 11일 에르나 솔베르그 노르웨이 총리와 한서준 국무총리를 잇따라 만났다. 이튿날 총리와의 오찬이 "
            "이어졌다.")
    assert len(_meets(text, "2025-06-12")) == 2


@pytest.mark.parametrize("text, people", [
    # unnamed plural counterparts: the gathering waits for its attendance list
    ("서유찬 산업부 장관은 3일 중소기업인들과 오찬을 했다. 이 자리에는 도하린 한빛전자 회장과 마재윤 누리소프트 "
     "대표가 참석했다.", {"서유찬", "도하린", "마재윤"}),
    ("고하늘 대통령은 5일 현지 최고경영자(CEO)들과 환담을 나눴다. 이 자리에는 배수아 누리소프트 대표, 문지호 "
     "가람건설 회장 등이 함께했다.", {"고하늘", "배수아", "문지호"}),
])
def test_meet_unnamed_counterparts_take_the_attendance_list_that_follows(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


def test_meet_unnamed_counterparts_alone_are_no_meeting():
    assert _meets("서유찬 산업부 장관은 3일 중소기업인들과 오찬을 했다.") == []


def test_meet_a_second_gathering_word_after_the_first_is_its_own_gathering():
    # the summit, then the dinner the guests of the next sentence join: two gatherings
    text = ("고하늘 대통령은 8일 청와대에서 국빈 방한한 마르코 벨리니 이탈리아 총리와 정상회담을 한 뒤 국빈 만찬을 "
            "열었다. 만찬에는 고 대통령의 부인 윤서아 여사와 벨리니 총리의 부인 줄리아 콘티 여사가 함께했다.")
    meets = _meets(text, "2025-12-09")
    assert (frozenset({"고하늘", "마르코 벨리니"}), "occurred") in meets
    assert (frozenset({"고하늘", "마르코 벨리니", "윤서아", "줄리아 콘티"}), "occurred") in meets


def test_meet_a_verb_after_a_gathering_tells_its_own_meeting():
    text = "도하린 한빛전자 회장은 3일 존 하퍼 회장과 오찬을 했지만, 마재윤 누리소프트 대표와는 만나지 않았다."
    assert (frozenset({"도하린", "존 하퍼"}), "denied") not in _meets(text)


def test_meet_a_venue_word_beside_another_occasion_is_no_attendance_list():
    # `행사장 도착` is where the president arrived, not the meeting told before; the prime minister who
    # attended the opening with him did not join the meeting
    text = ("고하늘 대통령은 9일 인도에서 도하린 한빛전자 회장을 만났다. 라훌 메타 인도 총리와 함께 한빛전자 공장 "
            "준공식에 참석한 고 대통령은 행사장 도착 직후 도 회장의 안내를 받아 대기실로 갔다.")
    assert _meets(text, "2025-07-10") == [(frozenset({"고하늘", "도하린"}), "occurred")]


def test_meet_a_scene_word_in_the_attending_phrase_adds_the_person():
    text = ("도하린 한빛전자 회장은 19일 존 하퍼 회장과 티타임을 가졌다. 두 사람의 티타임에는 마재윤 한빛전자 부회장도 "
            "자리를 함께했다.")
    assert (frozenset({"도하린", "존 하퍼", "마재윤"}), "occurred") in _meets(text)


@pytest.mark.parametrize("text, people", [
    # the host and the co-organiser of a gathering told in the passive, then its guests
    ("도하린 한빛전자 회장이 주최하고 서유찬 가람건설 회장이 공동 주관한 조찬 간담회가 9일 서울에서 열렸다. "
     "간담회에는 마재윤 누리소프트 대표와 고하늘 은하통신 회장이 참석했다.",
     {"도하린", "서유찬", "마재윤", "고하늘"}),
    # the chair of a lunch whose guests the same sentence lists
    ("배수아 국무총리가 주재한 오찬에는 문지호 가람건설 회장과 고하늘 은하통신 회장이 참석했다.",
     {"배수아", "문지호", "고하늘"}),
    # the guest of a dinner someone hosted
    ("클라우스 베버 라인전기 회장은 9일 도하린 한빛전자 회장이 주최한 만찬에 참석했다.",
     {"클라우스 베버", "도하린"}),
])
def test_meet_the_host_of_a_gathering_is_at_it(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


@pytest.mark.parametrize("text, people", [
    # `X를 비롯해 Y, Z 등이`: X heads the list of those who attend, not the object of an act
    ("도하린 한빛전자 회장은 9일 서울에서 클라우스 베버 라인전기 회장과 만찬을 했다. 이 자리에는 서유찬 "
     "가람건설 회장을 비롯해 마재윤 누리소프트 대표 등이 참석했다.", {"도하린", "클라우스 베버", "서유찬", "마재윤"}),
    ("존 하퍼 미국 상무부 차관은 9일 고하늘 은하통신 회장을 비롯해 문지호 가람건설 회장, 배수아 누리소프트 대표와 "
     "오찬을 했다.", {"존 하퍼", "고하늘", "문지호", "배수아"}),
    ("한국 측에서는 서유찬 가람건설 회장을 포함해 마재윤 누리소프트 대표와 고하늘 은하통신 회장이 자리했다.",
     {"서유찬", "마재윤", "고하늘"}),
])
def test_meet_the_first_of_a_list_headed_by_biroshae_attends(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


@pytest.mark.parametrize("text, people, status", [
    # the guide names the guests as the object of 안내
    ("도하린 한빛전자 회장은 12일 라일라 모건 노스게이트 CEO와 클라우스 베버 라인전기 회장을 안내하며 공장을 "
     "함께 둘러봤다.", {"도하린", "라일라 모건", "클라우스 베버"}, "occurred"),
    # the guide of a visit told just before
    ("라일라 모건 노스게이트 CEO는 오는 12일 한빛전자 평택 공장을 방문할 예정이다. 이날 서유찬 한빛전자 사장이 "
     "직접 안내를 맡는다.", {"라일라 모건", "서유찬"}, "planned"),
    ("클라우스 베버 라인전기 회장은 지난 9일 가람건설 울산 공장을 찾았다. 현장에서는 문지호 가람건설 부사장이 "
     "안내했다.", {"클라우스 베버", "문지호"}, "occurred"),
])
def test_meet_whoever_guides_meets_whom_they_guide(text, people, status):
    assert (frozenset(people), status) in _meets(text)


@pytest.mark.parametrize("caption", [
    "▲도하린 한빛전자 회장이 11일 문지호 가람건설 부회장과 만나 악수하고 있다. (사진=한빛전자)",
    "▲이 자리에 배석한 문지호 가람건설 부회장이 인사하고 있다. 홍길순 기자",
    "▲한빛전자와 가람건설이 업무협약을 체결하고 있다. 사진제공=가람건설",
    # no caption mark: a scene with only a credit after it (an outlet, a pool credit, a separator)
    "도하린 한빛전자 회장이 11일 문지호 가람건설 부회장과 만나 악수하고 있다. /누리통신",
    "[서울=누리통신] 문지호 가람건설 부회장이 11일 서유찬 장관과 환담하고 있다. |",
    "도하린 회장과 문지호 부회장이 11일 공장을 둘러보고 있다. 공동취재단 photo@example.com",
])
def test_meet_a_photo_caption_left_in_the_body_tells_no_event_and_adds_no_one(caption):
    text = ("도하린 한빛전자 회장은 12일 서울에서 라일라 모건 노스게이트 CEO와 오찬을 함께했다.\n" + caption)
    events = read_text(text, "2025-06-13")
    assert [(e.type, e.people) for e in events] == [("MEET", frozenset({"도하린", "라일라 모건"}))], events


def test_meet_a_body_paragraph_ending_in_a_scene_is_no_caption():
    # `-고 있다.` closing a paragraph of the body, with no credit after it, still tells its meeting
    text = ("가람건설은 해외 수주를 늘리고 있다.\n도하린 한빛전자 회장은 12일 서울에서 라일라 모건 노스게이트 CEO와 "
            "만나 협력 방안을 논의하고 있다.\n두 회사는 지난해 합작법인을 세웠다.")
    assert frozenset({"도하린", "라일라 모건"}) in [people for people, _ in _meets(text, "2025-06-12")]


@pytest.mark.parametrize("text", [
    "라일라 모건 노스게이트 CEO가 12일 방한한다. 대통령실 서유찬 대변인은 이 같은 일정을 안내했다.",
    "라일라 모건 노스게이트 CEO가 12일 방한한다. 서유찬 대변인은 \"공항에서 환영 행사가 열린다\"고 안내했다.",
])
def test_meet_announcing_a_schedule_is_no_guiding(text):
    assert _meets(text) == []


@pytest.mark.parametrize("text, meetings", [
    # `-ㄴ 데 이어`: the first act's clause ends at `데`; the counterparts after it are another meeting's
    ("도하린 한빛전자 회장은 3일 서유찬 가람건설 회장과 조찬을 한 데 이어 4일에는 마재윤 누리소프트 대표와 오찬을 함께했다.",
     [{"도하린", "서유찬"}, {"도하린", "마재윤"}]),
    ("고하늘 은하통신 회장은 이날 오전 문지호 가람건설 부회장과 면담한 데 이어 오후에는 배수아 누리소프트 대표와 만찬 회동을 했다.",
     [{"고하늘", "문지호"}, {"고하늘", "배수아"}]),
    ("라일라 모건 노스게이트 CEO는 9일 도하린 한빛전자 회장과 만난 데 이어 서유찬 가람건설 회장과도 차담회를 가졌다.",
     [{"라일라 모건", "도하린"}, {"라일라 모건", "서유찬"}]),
])
def test_meet_one_meeting_after_another_are_two_meetings(text, meetings):
    assert sorted(sorted(p) for p, _ in _meets(text)) == sorted(sorted(m) for m in meetings)


@pytest.mark.parametrize("text, meetings", [
    # the organisation name Kiwi cuts into an adverb or adjective and a noun (`한결`+`중공업`, `새롭`+`은`
    # +`전자`) is still part of the topic's phrase: the person is the topic the second clause goes on with
    ("맹석진 한결중공업 부회장은 3일 도하린 한빛전자 회장과 오찬을 한 뒤 4일에는 마재윤 누리소프트 대표와 만찬을 했다.",
     [{"맹석진", "도하린"}, {"맹석진", "마재윤"}]),
    ("도하린 새로운전자 회장은 3일 서유찬 가람건설 회장과 조찬을 한 뒤 오후에는 마재윤 누리소프트 대표와 면담했다.",
     [{"도하린", "서유찬"}, {"도하린", "마재윤"}]),
    ("문지호 더좋은식품 대표는 3일 고하늘 은하통신 회장과 오찬을 했고, 4일에는 배수아 누리소프트 대표와 만찬을 했다.",
     [{"문지호", "고하늘"}, {"문지호", "배수아"}]),
    ("배수아 다시바이오 대표는 3일 도하린 한빛전자 회장과 오찬을 한 뒤 4일에는 문지호 가람건설 부회장과 만찬을 했다.",
     [{"배수아", "도하린"}, {"배수아", "문지호"}]),
])
def test_meet_a_topic_whose_organisation_kiwi_cuts_stays_the_topic(text, meetings):
    assert sorted(sorted(p) for p, _ in _meets(text)) == sorted(sorted(m) for m in meetings)


@pytest.mark.parametrize("text, people", [
    # the pair named as subject before a connective of manner shares it with the meeting verb after it
    ("도하린 한빛전자 회장과 서유찬 가람건설 회장이 12일 부산의 한 호텔에서 웃으며 다시 만났다.", {"도하린", "서유찬"}),
    ("마재윤 누리소프트 대표와 고하늘 은하통신 회장은 손을 흔들며 재회했다.", {"마재윤", "고하늘"}),
    ("도하린 한빛전자 회장과 서유찬 가람건설 회장이 나란히 입장하면서 회동을 시작했다.", {"도하린", "서유찬"}),
])
def test_meet_a_verb_shares_the_subject_of_the_clause_chained_before_it(text, people):
    assert (frozenset(people), "occurred") in _meets(text)


def test_meet_a_chained_clause_with_its_own_subject_keeps_it():
    """The later clause names its own subject: the earlier one's is no participant of its meeting."""
    text = "도하린 한빛전자 회장이 기조연설을 하며 마재윤 누리소프트 대표는 고하늘 은하통신 회장과 만났다."
    assert [people for people, _ in _meets(text)] == [frozenset({"마재윤", "고하늘"})]


@pytest.mark.parametrize("text, meetings", [
    # two named subjects under a distributive word each meet the one counterpart on their own
    ("문지호 가람건설 회장과 배수아 은하통신 부회장은 10일 오후 라일라 모건 노스게이트 CEO를 잇따라 예방했다.",
     [{"문지호", "라일라 모건"}, {"배수아", "라일라 모건"}]),
    ("도하린 한빛전자 대표와 마재윤 누리소프트 대표는 행사를 마친 뒤 클라우스 베버 라인전기 회장과 차례로 "
     "마주 앉았다.", [{"도하린", "클라우스 베버"}, {"마재윤", "클라우스 베버"}]),
    ("고하늘 은하통신 회장과 서유찬 가람건설 사장이 9일 서울에서 라일라 모건 노스게이트 CEO와 각각 만났다.",
     [{"고하늘", "라일라 모건"}, {"서유찬", "라일라 모건"}]),
])
def test_meet_subjects_under_a_distributive_word_meet_the_counterpart_one_by_one(text, meetings):
    assert sorted(map(sorted, (people for people, _ in _meets(text)))) == sorted(map(sorted, meetings))


def test_meet_subjects_with_no_distributive_word_meet_the_counterpart_together():
    text = "문지호 가람건설 회장과 배수아 은하통신 부회장은 10일 오후 라일라 모건 노스게이트 CEO를 함께 예방했다."
    assert [people for people, _ in _meets(text)] == [frozenset({"문지호", "배수아", "라일라 모건"})]


@pytest.mark.parametrize("text", [
    "표서준 대통령은 오찬 회담 뒤 구미에 있는 도하린 회장 기념관을 찾을 계획이다.",
    "표서준 대통령은 정상회담을 마친 뒤 고하늘 선생 생가를 둘러볼 예정이다.",
], ids=["memorial", "birthplace"])
def test_the_person_a_memorial_is_named_after_takes_no_part(text):
    assert not any(len(people) >= 2 for people, _ in _meets(text, "2027-05-01")), _meets(text, "2027-05-01")



def test_only_the_side_met_named_is_no_meeting_among_them():
    # an opening with no one who meets them, in the sentence or before it
    text = ("첫 방한 일정 공개\n오는 9일에는 도하린 한빛전자 회장, 설윤아 가람바이오 대표 등 국내 기업인들과 회동한다. "
            "구체적인 의제는 공개되지 않았다.")
    assert _meets(text, "2027-05-01") == []


def test_the_side_met_with_its_subject_told_before_is_a_meeting():
    text = "마재윤 누리소프트 대표가 방한했다. 이튿날 도하린 한빛전자 회장, 설윤아 가람바이오 대표 등과 회동했다."
    assert any(people == frozenset({"마재윤", "도하린", "설윤아"}) for people, _ in _meets(text, "2027-05-01"))
