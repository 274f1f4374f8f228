"""Reports of one event in a document become one event; its final status and date are decided here."""

from __future__ import annotations

from datetime import date, timedelta

from hoedong.events.deal_sides import employers
from hoedong.events.draft import Draft, unique
from hoedong.events.history import settle
from hoedong.events.legs import arrival_day
from hoedong.events.repeats import told_apart
from hoedong.events.lexicon import DEAL_TYPES, background_told, cues, place_kinds, topic_words
from hoedong.timex import TimeValue
from hoedong.model import Entity, Event

_DAY_LENGTH = len("2025-01-01")


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """Reports of one gathering (same people, dates that agree) become one event."""
    merged: list[Draft] = []
    for draft in drafts:
        twin = next((m for m in reversed(merged) if _same_event(m, draft)), None)
        if twin is None:
            merged.append(draft)
            continue
        arrived = arrival_day(twin, draft)  # before the words are pooled
        signed = _decided_and_signed(twin, draft) or _decided_and_signed(draft, twin)
        signed_on = _signing_day(twin, draft) if signed else None  # before the statuses are pooled
        twin.evidence.extend(draft.evidence)
        twin.statuses.extend(draft.statuses)
        twin.participants = unique(twin.participants + draft.participants)
        twin.words |= draft.words
        twin.undated = twin.undated and draft.undated
        twin.date = arrived or signed_on or more_precise(twin.date, draft.date)
        twin.place = twin.place or draft.place
        twin.amount = max((a for a in (twin.amount, draft.amount) if a), key=lambda a: a["value"], default=None)
        twin.orgs = unique(twin.orgs + draft.orgs)
    return merged


def more_precise(one: TimeValue | None, other: TimeValue | None) -> TimeValue | None:
    """`이번 주말 방한` then `오는 9일 한국을 찾는다`: a day inside the other report's range wins."""
    if one is None or other is None:
        return one or other
    inside = one.start and other.start and one.end and other.end and (
        one.start[:10] <= other.start[:10] <= one.end[:10] or other.start.startswith(one.end))  # a day in a month
    return other if inside and _width(other) < _width(one) else one


def _width(time: TimeValue) -> tuple[int, int]:
    """Smaller is more precise: an exact day first, then the longer partial date."""
    exact = time.start is not None and time.start == time.end and len(time.start) == _DAY_LENGTH
    return (0 if exact else 1, -len(time.start or ""))


def _withdrawn_and_replaced(one: Draft, other: Draft) -> bool:
    """`1조원 투자 계획을 철회 … 대신 3000억원을 투자하기로`: two sums, one of them denied."""
    denied = ["denied" in {s for _, s in d.statuses} for d in (one, other)]
    sums = one.amount is not None and other.amount is not None and one.amount["value"] != other.amount["value"]
    return sums and denied[0] != denied[1]


def _same_event(one: Draft, other: Draft) -> bool:
    if one.type != other.type or other.follows is one or one.follows is other:
        return False
    if one.type == "PARTNER":  # `지난해 … 협력한 데 이어 12일 MOU를 맺었다`: two acts of one pair
        return one.key() == other.key() and (_same_time(one, other) or _decided_and_signed(one, other)
                                             or _decided_and_signed(other, one))
    if one.type == "INVEST":
        years = [d.date.start[:4] for d in (one, other) if d.date is not None and d.date.start]
        if len(years) == 2 and years[0] != years[1]:
            return False  # `2021년 … 투자한 데 이어 올해 … 추가로 투자했다`: two rounds
        if one.key() == other.key():  # tranches of one deal (`27억5000만 달러를 추가로 … 40억 달러 투자를 마무리`),
            # not a plan dropped and another made instead, nor a swap of stakes (`A사는 B사 지분을 인수했고,
            # B사는 A사 신주를 인수한다`: two investments)
            return not _withdrawn_and_replaced(one, other) and not _opposite_ways(one, other)
        amounts = one.amount is None or other.amount is None or one.amount["value"] == other.amount["value"]
        return amounts and one.orgs[:1] == other.orgs[:1] and (one.key() <= other.key() or other.key() <= one.key())
    if _undone_and_replaced(one, other) or _undone_and_replaced(other, one) or told_apart(one, other):
        return False
    if arrival_day(one, other) is not None:
        return True  # an arrival a day or two before the trip told under way (legs.arrival_day)
    if one.type == "VISIT" and one.place and other.place and not same_place(one.place, other.place) \
            and not _arrival_of(one, other):
        return False
    if one.since != other.since and (one.date is None or other.date is None):
        return False  # `2023년 12월 이후 2년 만` is the last visit, not the one now told with no time
    if not _same_time(one, other):
        return False
    done = "occurred" in {s for _, s in one.statuses}, "occurred" in {s for _, s in other.statuses}
    if one.key() == other.key():
        return done[0] == done[1] or _dated_alike(one, other)
    subset = one.key() <= other.key() or other.key() <= one.key()
    if one.type == "VISIT":  # `A와 B가 서초사옥을 방문했다` … `A는 서초사옥에 도착한 뒤`: one visit
        return (subset and done[0] == done[1] and _one_destination(one, other)) or \
            (subset and _one_trip_told_twice(one, other))
    # attendees told apart: one gathering when the people of one report are among the other's,
    # or when two reports of the same day share two people or more
    if not all(done) or (one.place and other.place and not same_place(one.place, other.place)):
        return False  # a gathering at one place and another at another (`… 낮 X에서 오찬`, `저녁 Y에서`)
    if one.key() <= other.key() or other.key() <= one.key():
        return True
    return one.date is not None and other.date is not None and len(one.key() & other.key()) >= 2


def _opposite_ways(one: Draft, other: Draft) -> bool:
    """Two investments between the same companies (the caller has compared their keys), each naming a
    different one first (the giver): money going both ways (`지분 맞교환`), not one deal told twice."""
    return len(one.orgs) >= 2 and len(other.orgs) >= 2 and one.orgs[0] != other.orgs[0]


def same_place(one: str, other: str) -> bool:
    """`삼성 평택` and `경기 평택 삼성전자`, `신라호텔` and `서울 중구 신라호텔`: one place's words all stand in
    the other's, whole or as the start of one (`삼성` of `삼성전자`); not `평택 LG` and `평택 삼성전자`."""
    short, long_ = sorted((one.split(), other.split()), key=len)
    return all(any(word.startswith(part) for word in long_) for part in short)


def _undone_and_replaced(undone: Draft, other: Draft) -> bool:
    """`당초 … 만찬 회동을 할 계획이었다. … 대신 다음 달 … 따로 만나는 방안을 추진하고 있다`: a plan as it
    stood that the text called off (legs.undone_plans) and a gathering of the same people told with no
    denial are two gatherings: the one dropped and the one that replaces it."""
    denied = ["denied" in {s for _, s in d.statuses} for d in (undone, other)]
    return undone.stood and denied[0] and not denied[1]


def _dated_alike(one: Draft, other: Draft) -> bool:
    """A report told as done and one told as ahead are one event when both name its time at one
    grain; not `올봄 처음 만났다. … 오는 28일 다시 만난다` (a year, then a day: two meetings)."""
    return one.date is not None and other.date is not None and one.date.grain == other.date.grain


def _decided_and_signed(plan: Draft, done: Draft) -> bool:
    """`합작법인을 세우기로 하고 21일 합작 계약을 맺었다`: a partnership decided on and signed in one
    sentence is one deal, on the day of the signing."""
    planned_in = {n for n, s in plan.statuses if s == "planned"}
    signed_in = {n for n, s in done.statuses if s == "occurred"}
    only_planned = len(planned_in) == len(plan.statuses)
    return plan.type == "PARTNER" and only_planned and bool(planned_in & signed_in) and done.date is not None


def _signing_day(one: Draft, other: Draft) -> TimeValue | None:
    """The day of the one of two drafts that tells the deal signed."""
    return other.date if _decided_and_signed(one, other) else one.date


def _one_destination(one: Draft, other: Draft) -> bool:
    """Two reports of a trip to one place, both told as done or both as ahead (`스웨덴을 국빈 방문한다` …
    `A와 B 여사는 스웨덴을 방문할 예정`), or the arrival of one at a city of the country the other names:
    one trip, whose travellers are those of both reports."""
    return bool(one.place) and (one.place == other.place or _arrival_of(one, other))


def _one_trip_told_twice(one: Draft, other: Draft) -> bool:
    """`A가 X 대통령의 국빈 방문 경제사절단으로 독일을 찾는다`: two visit words of one sentence, one
    with no place of its own, for people of one party, tell one trip."""
    return one.sentence == other.sentence and (one.place is None or other.place is None)


def _arrival_of(one: Draft, other: Draft) -> bool:
    """`한국을 찾아 …` and `17일 새벽 서울공항에 도착한 후`: the arrival (at an airport, a city) is the
    trip to the country the other report names, not a visit of its own."""
    def arrival(d: Draft) -> bool:
        return bool(d.words & set(cues("arrival")))

    def country(d: Draft) -> bool:
        return any(place_kinds().get(w) == "country" for w in (d.place or "").split())
    return (arrival(one) and country(other)) or (arrival(other) and country(one))


def _same_time(one: Draft, other: Draft) -> bool:
    a, b = one.date, other.date
    if a is None or b is None:
        return True
    if a.start and b.start:
        if a.start.startswith(b.start) or b.start.startswith(a.start):
            return True
        # `다음 주` and `오는 10일`: a range and a day in it
        return bool(a.end and b.end) and a.start[:10] <= b.end[:10] and b.start[:10] <= a.end[:10] and len(a.start) == len(b.start) == 10
    return a.text == b.text


def resolve_present(draft: Draft, status: str, published: date | None) -> str:
    """A report in the present tense (`만난다`) is a plan when its day is the publication day or
    later, a past event when its day is earlier or stated as a past year without a publication date."""
    if status != "present":
        return status
    end = draft.date.end if draft.date else None
    if end is None:
        return "planned"
    if published is None:
        return "occurred"
    return "planned" if end >= published.isoformat()[: len(end)] else "occurred"


def _final_status(draft: Draft, published: date | None) -> str:
    """The status the article's own history of the event supports (events/history.py), in the
    order of its sentences. A report in the present tense (`만난다`) is a plan when its day is the
    publication day or later."""
    if published is None:
        ahead = draft.date is None or not draft.date.end
    else:
        ahead = draft.date is None or not draft.date.end or draft.date.end >= published.isoformat()[: len(draft.date.end)]
    told = sorted(draft.statuses, key=lambda item: item[0])  # sentence order; one sentence's in reading order
    status = settle([("planned" if ahead else "occurred") if s == "present" else s for _, s in told])[0]
    return "planned" if status == "occurred" and after_news(draft.date, published) else status


_CLOCK_LAG = timedelta(days=1)  # a day told as done may run a day ahead of the news (time zones, late editions)


def after_news(time: TimeValue | None, published: date | None) -> bool:
    """`다음 달 … 방한하면서 성사됐다`: an act dated after the day of the news (beyond a day's lag)
    has not happened yet."""
    if time is None or not time.start or published is None:
        return False
    latest = (published + _CLOCK_LAG).isoformat()
    return time.start > latest[: len(time.start)] if len(time.start) == _DAY_LENGTH \
        else time.start > published.isoformat()[: len(time.start)]


def _the_day_of_the_news(status: str, told: list[str], published: date | None) -> TimeValue | None:
    """An act the news tells as done, with no time of its own, happened on the day of the news,
    unless a sentence that tells it (`told`) tells it as experience (`만난 바 있다`, `당시`, `앞서 …
    체결했다`, even after a lede that told it as news): background stays undated."""
    if status != "occurred" or published is None or any(background_told(sentence) for sentence in told):
        return None
    day = published.isoformat()
    return TimeValue(day, day, "", (0, 0), "day")


def _never_scheduled(draft: Draft, status: str, published: date | None) -> bool:
    """A denial of a meeting only ever rumoured or asked for (`만날 계획은 없다`) has no day; a denial
    of a scheduled gathering (`만찬에는 불참한다`) keeps the gathering's. A deal denied, dropped or
    withdrawn (`투자 계획을 철회한다고 17일 공시했다`) never took place: the day told is the denial's,
    unless its time is a month or year reaching past the news (`이달 말 예정됐던 협약식이 무산됐다`,
    `연내 투자는 계획이 없다`): that is the dropped act's."""
    if status == "denied" and draft.type in DEAL_TYPES:
        return not _span_past_news(draft.date, published)
    return status == "denied" and not any(s in ("planned", "occurred", "present") for _, s in draft.statuses)


def _span_past_news(time: TimeValue | None, published: date | None) -> bool:
    """`이달 말`, `연내`, `다음 달`: a span (days, a month, a year) that reaches the day of the news or
    after it. A denial is told on one day, on or before the news, so such a span is the dropped act's
    time; a single day near a denial may be the telling's or borrowed from another act (`25일 방한한다`)."""
    if time is None or not time.end or published is None:
        return False
    one_day = time.start == time.end and len(time.end) == _DAY_LENGTH
    return not one_day and time.end >= published.isoformat()[: len(time.end)]


def finish(draft: Draft, by_id: dict[str, Entity], body: str, published: date | None) -> Event:
    status = _final_status(draft, published)
    orgs = list(draft.orgs)
    if draft.type in ("MEET", "VISIT"):
        for pid in draft.participants:
            for org in employers(by_id[pid], by_id):
                if org not in orgs:
                    orgs.append(org)
    evidence = tuple(sorted(set(draft.evidence)))
    told = [body[s:e] for s, e in evidence]
    text = " ".join(told)
    topics = tuple(dict.fromkeys(topic for form, topic in topic_words() if form in text))
    date_told = draft.date or (None if draft.undated else _the_day_of_the_news(status, told, published))
    when = date_told.to_json() if date_told and not _never_scheduled(draft, status, published) else None
    return Event(type=draft.type, participants=tuple(draft.participants), orgs=tuple(orgs),
                 date=when, place=draft.place, status=status,
                 topics=topics, amount=draft.amount, evidence=evidence)
