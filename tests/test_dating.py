"""Which day an event takes when the text counts from a day it named before, or points back to a
time it named (`이날`, `전날`, `당시`, `그해`). Examples written in our own words."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import read_text

from hoedong.timex import find_times


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.type: e.date for e in read_text(text, published)}


@pytest.mark.parametrize("text, published, expected", [
    # a day named in a sentence that told no event is still the day `이날` means
    ("한빛전자는 27일 판교에서 창립 기념식을 열었다. 이날 도하린 한빛전자 회장은 설윤아 가람바이오 대표와 만났다.",
     "2024-03-28", {"MEET": "2024-03-27"}),
    # the day of a report counts for `전날` in the same sentence
    ("28일 재계에 따르면 도하린 한빛전자 회장은 전날 저녁 설윤아 가람바이오 대표와 만찬 회동을 했다.",
     "2024-03-28", {"MEET": "2024-03-27"}),
    # `당시` opening a sentence: the time the previous sentence named
    ("도하린 한빛전자 회장의 첫 방미는 2016년 5월이었다. 당시 도 회장은 뉴욕에서 설윤아 가람바이오 대표와 만났다.",
     "2024-03-28", {"VISIT": "2016-05", "MEET": "2016-05"}),
    # `그해`: the year named last
    ("두 사람의 인연은 2011년으로 거슬러 올라간다. 도하린 한빛전자 회장과 설윤아 가람바이오 대표는 그해 베이징에서 처음 만났다.",
     "2024-03-28", {"MEET": "2011"}),
])
def test_dating_counts_from_the_day_or_time_the_text_named(text, published, expected):
    assert _dates(text, published) == expected


def test_dating_an_act_told_as_done_does_not_take_a_day_still_ahead():
    """`9일 출국한다` names a day ahead; a visit told as done is not on it."""
    text = "도하린 한빛전자 회장은 9일 출국한다. 도 회장이 지난달 미국을 찾은 것은 3년 만이다."
    assert _dates(text, "2024-05-07").get("VISIT") != "2024-05-09"


@pytest.mark.parametrize("text, found", [
    ("당시 그는 서울에 있었다.", ["2019-06"]),
    ("그는 당시 서울에 있었다.", ["2019-06"]),
    ("두 회사는 같은 해 합작법인을 세웠다.", ["2019"]),
    ("코로나19 당시 공장이 멈췄다.", []),  # the time of what it follows, which the text never named
    ("방한 당시 그는 공장을 둘러봤다.", []),
])
def test_timex_back_references_take_the_time_named_last(text, found):
    earlier = find_times("2019년 6월", date(2024, 3, 28))[0]
    assert [t.start for t in find_times(text, date(2024, 3, 28), earlier=earlier)] == found


@pytest.mark.parametrize("text, expected", [
    ("외무부는 20일(이하 현지시간) 보도자료를 내 이튿날 양국 정상이 만난다고 전했다.", ["2023-11-20", "2023-11-21"]),
    ("회사는 20일(현지시간) 다음 날 계약을 맺는다고 밝혔다.", ["2023-11-20", "2023-11-21"]),
])
def test_timex_relative_days_count_from_a_day_named_before_them(text, expected):
    assert [t.start for t in find_times(text, date(2023, 11, 21), "future")] == expected


@pytest.mark.parametrize("text, published, expected", [
    # the trip began two days before its third day, the meeting is on the day named
    ("도하린 한빛전자 회장은 미국 출장 사흘째인 12일 설윤아 가람바이오 대표와 만났다.", "2024-06-13",
     {"VISIT": "2024-06-10", "MEET": "2024-06-12"}),
    # no day named: the second day of the visit is the day of the news
    ("일본 방문 이틀째인 도하린 한빛전자 회장이 도쿄 공장 준공식에 참석했다.", "2024-06-13", {"VISIT": "2024-06-12"}),
])
def test_dating_an_event_followed_by_its_ordinal_day_began_that_many_days_before(text, published, expected):
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("도하린 한빛전자 회장은 14일 서울에서 설윤아 가람바이오 대표를 만났다. 설 대표는 이 자리에서 한빛전자에 국내 "
     "공장 투자를 늘려 달라고 요청했다.", "2024-06-15", {"MEET": "2024-06-14", "INVEST": "2024-06-14"}),
    ("도하린 한빛전자 회장은 다음 달 4일 설윤아 가람바이오 대표와 만찬을 할 예정이다. 두 회사는 이 자리에서 "
     "업무협약을 체결할 계획이다.", "2024-06-15", {"MEET": "2024-07-04", "PARTNER": "2024-07-04"}),
])
def test_dating_what_is_done_at_the_gathering_takes_its_day(text, published, expected):
    """`이 자리에서`: at the gathering just told, so on its day, not the day of the news."""
    assert _dates(text, published) == expected


def _meetings(text: str, published: str) -> list[tuple[frozenset[str], str | None]]:
    return [(e.people, e.date) for e in read_text(text, published) if e.type == "MEET"]


def test_dating_the_day_counted_back_to_is_the_day_the_account_speaks_of():
    """`28일 재계에 따르면 … 전날 만났다`: what the account tells next as done (`이날`, or with no
    day of its own) is on the 27th, not on the day of the telling."""
    text = ("28일 재계에 따르면 도하린 한빛전자 회장은 전날 저녁 설윤아 가람바이오 대표와 만찬 회동을 했다. "
            "이날 만찬에 앞서 도 회장은 박태오 누리로봇 대표를 따로 만났다.")
    assert {date for _, date in _meetings(text, "2024-03-28")} == {"2024-03-27"}


def test_dating_a_day_ahead_told_on_this_day_is_the_day_of_the_news():
    """After an account of the day before, `이날 … 찾는다` told as ahead is the day of the news."""
    text = ("28일 재계에 따르면 도하린 한빛전자 회장은 전날 저녁 설윤아 가람바이오 대표와 만찬 회동을 했다. "
            "도 회장은 이날 오후 부산 공장을 찾는다.")
    assert _dates(text, "2024-03-28")["VISIT"] == "2024-03-28"


def test_dating_a_count_of_weeks_is_not_a_day_the_text_names():
    """`2주 전부터`: no day in digits, so `이날` still means the day of the news."""
    text = ("가람바이오 측은 약 2주 전부터 방한일까지 호텔 객실을 통째로 예약했다. "
            "설윤아 가람바이오 대표는 이날 도하린 한빛전자 회장과 회담한다.")
    assert _dates(text, "2024-03-28")["MEET"] == "2024-03-28"


@pytest.mark.parametrize("frame", ["외신 인터뷰에서", "기자회견에서", "브리핑에서"])
def test_dating_the_day_of_a_saying_to_the_press_is_not_the_day_told_of(frame):
    """`전날 인터뷰에서 … 말했다` dates the saying; the trip told next keeps its own day."""
    text = (f"도하린 한빛전자 회장은 12일 미국 출장길에 올랐다. 도 회장은 전날 {frame} \"현지 투자를 늘리겠다\"고 "
            "말했다. 도 회장은 현지에서 설윤아 가람바이오 대표와 만날 예정이다.")
    assert _dates(text, "2024-06-12").get("MEET") != "2024-06-11"


@pytest.mark.parametrize("text, expected", [
    # the day of the departure was told as done: the trip's plans fall on days the text does not give
    ("도하린 한빛전자 회장은 11일 독일 방문길에 올랐다. 도 회장은 베를린에서 설윤아 가람바이오 대표와 회담할 예정이다.", None),
    # the day told is itself ahead: a plan with no day of its own is on it
    ("도하린 한빛전자 회장은 오는 13일 독일을 방문한다. 도 회장은 베를린에서 설윤아 가람바이오 대표와 회담할 예정이다.",
     "2024-06-13"),
    # an act told as done takes the day told as done
    ("도하린 한빛전자 회장은 11일 독일 방문길에 올랐다. 도 회장은 베를린에서 설윤아 가람바이오 대표와 회담했다.",
     "2024-06-11"),
])
def test_dating_a_plan_does_not_take_a_day_told_as_done(text, expected):
    assert _dates(text, "2024-06-11").get("MEET") == expected


@pytest.mark.parametrize("text, expected", [
    # `앞서` opening the sentence or after its subject: an earlier act on a day not given
    ("앞서 한빛전자는 가람바이오와 전략적 파트너십을 맺었다.", None),
    ("한빛전자는 앞서 가람바이오와 전략적 파트너십을 맺었다.", None),
    # `회담에 앞서`: before the talks, which is no background; the act is the news, on its day
    ("한빛전자는 정상회담에 앞서 가람바이오와 전략적 파트너십을 맺었다.", "2024-06-11"),
])
def test_dating_an_act_told_as_earlier_stays_undated(text, expected):
    assert _dates(text, "2024-06-11").get("PARTNER") == expected


def test_dating_a_connective_hanpyeon_is_no_new_frame():
    """`격려하는 한편 … 만났다` (and also) keeps the day the text speaks of; `한편,` opening a
    sentence starts a new frame, which carries no day over."""
    told = "도하린 한빛전자 회장은 14일 독일 베를린 공장을 방문했다. "
    also = told + "그는 현지 직원들을 격려하는 한편, 설윤아 가람바이오 대표와 만나 악수를 나눴다."
    meanwhile = told + "한편, 설윤아 가람바이오 대표는 박태오 누리로봇 대표와 만났다."
    assert _dates(also, "2024-06-15")["MEET"] == "2024-06-14"
    assert _dates(meanwhile, "2024-06-15")["MEET"] != "2024-06-14"


@pytest.mark.parametrize("text, expected", [
    # the day before a verb in the past tense is the day of the announcement, already made
    ("한빛전자는 오는 2030년까지 미국에 50억 달러를 투자할 것이라고 24일 발표했다.", "2025-03-24"),
    # a plan's own day is still read ahead
    ("한빛전자는 28일 미국 공장에 50억 달러를 투자할 예정이다.", "2025-03-28"),
    ("한빛전자는 다음 달 2일 미국 공장에 50억 달러를 투자한다고 24일 밝혔다.", "2025-04-02"),
])
def test_dating_the_day_of_an_announcement_already_made_is_read_back(text, expected):
    assert _dates(text, "2025-03-25")["INVEST"] == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day after the quotative ending dates the release; the act keeps the day the sentence named first
    ("한빛로보틱스는 현지시간 10일 독일 베를린에서 슈타크베르크와 업무협약(MOU)을 체결했다고 11일 밝혔다.",
     "2026-03-12", "2026-03-10"),
    ("누리정밀은 지난 9일 본사에서 프랑스 부품사 에어로닉과 공급 계약을 맺었다고 11일 밝혔다.", "2026-06-12", "2026-06-09"),
    ("다온전장은 대표가 지난 20일 자카르타를 찾아 현지 업체 순다텍과 합작 계약을 맺었다고 23일 발표했다.",
     "2026-07-24", "2026-07-20"),
    # with no other day named, the release day is the act's
    ("가람해운은 동해로지스와 선박 공급 계약을 체결했다고 14일 밝혔다.", "2026-06-15", "2026-06-14"),
])
def test_dating_a_release_day_after_a_quotative_yields_to_the_day_of_the_act(text, published, expected):
    partners = [e for e in read_text(text, published) if e.type == "PARTNER"]
    assert [e.date for e in partners] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # a deal still to come that a past telling announces or decides is dated by the telling
    ("가람소재와 일본 미즈호정밀은 공동 출자해 합작법인 '가람미즈호'를 세우기로 했다고 11일 밝혔다.",
     "2026-06-12", "2026-06-11"),
    ("미국 투자사 노스브릿지캐피털이 한빛의료에 1억 달러를 투자하겠다는 의향서를 지난달 27일 전달했다.",
     "2026-12-01", "2026-11-27"),
    ("누리수소는 22일 동해시와 협약을 맺었다. 누리수소 대표는 \"우리 회사는 앞으로 5년간 1000억원을 투자하겠다\"고 밝혔다.",
     "2026-04-23", "2026-04-22"),
    # a plan of its own, or one told in a new frame, takes no day of a telling
    ("가람전자는 디스플레이 분야에도 투자할 예정인데, 규모는 아직 정하지 않았다고 밝혔다.", "2026-04-23", None),
    ("가람건설은 14일 협약을 맺었다. 가람건설은 이와 별도로 합작법인에 향후 3년간 500억원을 투입하기로 했다.",
     "2026-02-15", None),
])
def test_dating_a_deal_announced_or_decided_is_dated_by_its_telling(text, published, expected):
    invests = [e for e in read_text(text, published) if e.type == "INVEST"]
    assert [e.date for e in invests] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # the act's own earlier day in the clause, then the day of the release
    ("누리솔루션은 물결식품을 인수하는 절차를 지난달 28일 마무리했다고 3일 밝혔다.",
     "2025-04-04", {"INVEST": "2025-03-28"}),
    # the day told in the clause before the act, which the release joins to it
    ("한솔바이오는 차민재 대표가 현지시간 14일 파리에서 에티엔 모로 베르니에제약 회장과 만나 베르니에제약과 공동 연구 협약을 체결했다고 15일 발표했다.",
     "2025-05-16", {"MEET": "2025-05-14", "PARTNER": "2025-05-14"}),
    # the quotation of a release with no other day: the release's day stands
    ("가람로직스는 미래항운과 물류 협약을 맺었다고 7일 전했다.", "2025-05-08", {"PARTNER": "2025-05-07"}),
])
def test_dating_the_day_of_a_release_yields_to_the_day_of_the_act(text, published, expected):
    """`체결했다고 11일 밝혔다`: a day between a quotation and its verb dates the saying; the act
    takes a day the sentence names for it, and the saying's only when it names none."""
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the ceremony of the deal told before
    ("해솔물산은 12일 부산에서 대양해운과 물류 협약을 맺었다. 왕도현 해솔물산 회장은 협약식 직후 제임스 파커 대양해운 회장과 "
     "면담을 했다.", "2025-06-14", {"PARTNER": "2025-06-12", "MEET": "2025-06-12"}),
    # the meeting told before, by its own word
    ("도하린 한빛전자 회장은 3일 설윤아 가람바이오 대표와 회담했다. 도 회장은 회담 뒤 표재헌 청람중공업 부회장과 따로 만났다.",
     "2025-06-05", {"MEET": "2025-06-03"}),
    # a contract's ceremony, told with another word of sequence
    ("미르항공은 9일 서울에서 에어노바와 정비 계약을 체결했다. 남궁태오 미르항공 사장은 계약식 이후 루카 비앙키 에어노바 회장과 "
     "오찬을 함께했다.", "2025-06-11", {"PARTNER": "2025-06-09", "MEET": "2025-06-09"}),
])
def test_dating_an_act_told_as_after_an_event_named_before_takes_its_day(text, published, expected):
    """`협약식 직후 … 면담했다`: the day of the event the text told, not the day of the news."""
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the release's day, then the ceremony counted back from it
    ("미르항공은 에어노바와 정비 협력 계약을 맺었다고 9일 밝혔다. 계약식은 전날 로마의 에어노바 본사에서 열렸다.",
     "2025-06-10", {"PARTNER": "2025-06-08"}),
    # no day in the lede, the signing told with its day in the next sentence
    ("경상남도와 창원시가 배터리 기업 한울셀과 2000억원 규모의 투자협약을 맺었다. 도지사는 지난 27일 도청에서 한울셀 대표와 "
     "협약서에 서명했다.", "2025-12-02", {"PARTNER": "2025-11-27"}),
    # the deal first, then the day the contract was signed after talks
    ("해솔물산이 대양해운과 장기 운송 계약을 체결했다. 양사는 두 달간 협상을 이어가다 5일 최종 계약서에 서명했다.",
     "2025-06-07", {"PARTNER": "2025-06-05"}),
])
def test_dating_a_deal_takes_the_day_its_signing_is_told_in_the_next_sentence(text, published, expected):
    """`… 계약을 맺었다. 계약식은 전날 … 열렸다`: not the day of the release or of the news."""
    assert {k: v for k, v in _dates(text, published).items() if k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    ("누리소재와 일본 하야시화학은 공동 출자해 합작법인을 세우기로 했다고 8일 밝혔다.",
     "2026-05-09", {"INVEST": "2026-05-08", "PARTNER": "2026-05-08"}),
    ("해솔물산은 대양해운에 500억원을 투자하고 물류 협약도 맺기로 했다고 2일 공시했다.",
     "2026-05-04", {"INVEST": "2026-05-02", "PARTNER": "2026-05-02"}),
    ("미르항공과 에어노바는 공동 투자해 정비 합작사를 만들기로 했다고 19일 발표했다.",
     "2026-05-20", {"INVEST": "2026-05-19", "PARTNER": "2026-05-19"}),
])
def test_dating_the_day_of_a_release_dates_every_act_it_announces(text, published, expected):
    """`출자해 합작법인을 세우기로 했다고 11일 밝혔다`: the day is not only the last act's."""
    assert {k: v for k, v in _dates(text, published).items() if k in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    ("한울배터리는 칠레 광산업체 안데스리튬과 2028년부터 5년간 탄산리튬을 공급받는 계약을 맺었다고 14일 밝혔다.",
     "2026-04-15", {"PARTNER": "2026-04-14"}),
    ("해솔물산은 내년부터 3년간 물류센터에 2000억원을 투자하겠다고 3일 밝혔다.", "2026-04-04", {"INVEST": "2026-04-03"}),
    ("미르항공과 에어노바는 다음 달부터 정비 인력을 함께 운용하는 협약을 20일 체결했다.", "2026-04-21", {"PARTNER": "2026-04-20"}),
])
def test_dating_the_start_of_a_deals_term_is_not_the_day_it_was_made(text, published, expected):
    """`2027년부터 10년간 … 공급 계약을 맺었다`: like a deadline (`까지`), the start of the term."""
    assert {k: v for k, v in _dates(text, published).items() if k in expected} == expected


def test_dating_a_visit_from_a_day_starts_on_that_day():
    """`이날부터 이틀간 방한한다`: for a trip, the first day of its stay is its day."""
    text = "도하린 한빛전자 회장은 다음 달 3일부터 나흘간 미국을 방문한다."
    assert _dates(text, "2026-04-21") == {"VISIT": "2026-05-03"}


def test_dating_a_plan_after_an_event_told_as_done_is_not_on_its_day():
    """`회담 후 … 만날 계획이다`: some day after the talks, which the text does not give."""
    text = "도하린 한빛전자 회장은 3일 설윤아 가람바이오 대표와 회담했다. 도 회장은 회담 후 표재헌 청람중공업 부회장과도 만날 계획이다."
    dates = {e.people: e.date for e in read_text(text, "2025-06-05") if e.type == "MEET"}
    assert dates == {frozenset({"도하린", "설윤아"}): "2025-06-03", frozenset({"도하린", "표재헌"}): None}


@pytest.mark.parametrize("text, published, expected", [
    ("지난해 3월 설립된 누리솔루션은 물결식품과 물류 협약을 맺었다고 3일 밝혔다.", "2026-05-04", {"PARTNER": "2026-05-03"}),
    ("2019년 설립된 누리솔루션은 물결식품을 인수했다고 3일 밝혔다.", "2026-05-04", {"INVEST": "2026-05-03"}),
    ("지난달 취임한 도하린 한빛전자 회장은 설윤아 가람바이오 대표와 만났다고 3일 밝혔다.", "2026-05-04", {"MEET": "2026-05-03"}),
])
def test_dating_a_time_describing_the_subject_is_not_the_acts(text, published, expected):
    """`지난해 설립된 X는 … 맺었다고 3일 밝혔다`: the time of a relative clause on the subject dates
    the company's founding or the chief's appointment, not the deal or the meeting."""
    assert _dates(text, published) == expected


@pytest.mark.parametrize("text", [
    "한빛전자는 가람바이오와 협약을 맺었다고 3일 밝혔다. 도하린 한빛전자 회장은 지난 1일 노조와의 임금 합의서에 서명했다.",
    "한빛전자는 가람바이오와 협약을 맺었다고 3일 밝혔다. 도하린 한빛전자 회장은 지난 2월 비밀유지계약서에 서명했다.",
])
def test_dating_the_signing_of_another_paper_does_not_date_the_deal(text):
    """A wage agreement or a confidentiality contract signed is not the deal told before."""
    assert _dates(text, "2026-05-04") == {"PARTNER": "2026-05-03"}


@pytest.mark.parametrize("text, expected", [
    # an investment planned with no time of its own (a deadline is none) by a party to a deal told as
    # done on a day was planned with that deal: its day, even sentences later
    ("한빛전자가 독일 린데파마와 합작법인을 세운다. 두 회사는 12일 베를린에서 합작 계약을 맺었다. "
     "합작법인의 지분은 두 회사가 절반씩 나눠 갖는다. 한빛전자와 린데파마는 2028년까지 합작법인에 "
     "모두 5000억원을 출자할 계획이다.", ("INVEST", "planned", "2025-05-12")),
    ("한빛전자는 12일 린데파마와 배터리 소재 공급 계약을 맺었다. 린데파마는 한빛전자의 헝가리 공장 "
     "증설에 2027년까지 2억 달러를 투자할 계획이다.", ("INVEST", "planned", "2025-05-12")),
    # not in a new frame (`이와 별도로`), nor by another company, sentences later
    ("한빛전자는 12일 린데파마와 배터리 소재 공급 계약을 맺었다. 린데파마는 이와 별도로 한빛전자의 "
     "헝가리 공장 증설에 2억 달러를 투자하기로 했다.", ("INVEST", "planned", None)),
    ("한빛전자는 12일 린데파마와 배터리 소재 공급 계약을 맺었다. 두 회사의 지분 구조는 공개되지 않았다. "
     "가람바이오는 미국 공장에 3억 달러를 투자할 계획이다.", ("INVEST", "planned", None)),
])
def test_dating_an_investment_planned_with_a_deal_done_on_a_day_takes_its_day(text, expected):
    assert expected in [(e.type, e.status, e.date) for e in read_text(text, "2025-05-13")]
