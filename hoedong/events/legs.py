"""Plans as they stood (`만날 계획이었다`, status.plan_as_it_stood): a meeting planned for a trip the
text told as called off did not take place, nor does a plan told near any sentence calling off an
occasion or an act of its own people (undone_plans); the old plan of an act told just before as
moved to a new time is that act again, on the new time. An arrival told as done a day or two before a
trip told under way is how that trip began (arrival_day)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from hoedong.events.clauses import View
from hoedong.events.draft import Draft
from hoedong.events.history import settle
from hoedong.events.lexicon import cues, place_kinds, place_names
from hoedong.events.status import modality
from hoedong.timex import TimeValue, month_of, parse_day

_TRIP_REACH = 3  # sentences after a trip called off in which a plan for it may be told (`… 만날 계획이었다`)
_MOVED_REACH = 3  # sentences after an act told as moved in which its old plan may be restated (`당초 … 예정이었다`)


def called_off_trip(meeting: Draft, drafts: list[Draft]) -> Draft | None:
    """`다음 주로 예정됐던 X의 방한이 취소됐다. X는 방한 기간 중 Y와 만날 계획이었다`: the trip, told
    just before as called off, of someone in a meeting told as a plan as it stood (status.plan_as_it_stood);
    the meeting goes with it, denied on the trip's time."""
    for trip in reversed(drafts):
        if trip.type != "VISIT" or meeting.sentence - trip.sentence > _TRIP_REACH:
            continue
        if set(trip.participants) & set(meeting.participants):
            return trip if settle([s for _, s in trip.statuses])[0] == "denied" else None
    return None


def calls_off(view: View) -> bool:
    """`서밋이 태풍으로 취소됐다`, `회의가 무기한 연기됐다`, `방한 일정이 취소됐다`: the sentence tells
    something called off (a word of calling off or putting off, read as a denial), whatever it names."""
    if view.forms.isdisjoint(cues("fell_through")) and view.forms.isdisjoint(cues("postponement")):
        return False  # the cheap word test first: every sentence is asked
    return modality(list(view.sentence.tokens)) == "denied"


class CalledOff(NamedTuple):
    """A sentence telling something called off: the events it tells (none for an occasion that is no
    event, `서밋이 취소됐다`) and the time it gives what was dropped."""

    acts: list[Draft]
    time: TimeValue | None


def undone_plans(drafts: list[Draft], called_off: dict[int, CalledOff]) -> None:
    """`X는 20일 방한해 Y와 만날 예정이었다. 그러나 … 방한 일정이 취소됐다`, `… 회의가 무기한
    연기됐다. 당초 이 회의를 계기로 … 만날 계획이었다`: a plan told as it stood, a few sentences
    before or after a sentence telling something called off (an occasion with no event of its own,
    or an act of the plan's own people), went with it: denied, after both, keeping the time of the
    occasion dropped when it has none of its own."""
    for draft in drafts:
        near = {n: told for n, told in called_off.items() if 0 < abs(n - draft.sentence) <= _TRIP_REACH
                and (not told.acts or any(act.key() & draft.key() for act in told.acts))}
        if not (draft.stood and near and settle([s for _, s in draft.statuses])[0] == "planned"):
            continue
        draft.statuses.append((max([*near, draft.sentence]), "denied"))
        occasions = [told.time for told in near.values() if not told.acts and told.time is not None]
        draft.date = draft.date or (occasions[0] if occasions else None)


def told_before(act: Draft, drafts: list[Draft]) -> Draft | None:
    """`… 계약이 다음 달 초로 미뤄졌다. 두 회사는 당초 이달 말 계약을 체결할 예정이었다`: the act a
    plan as it stood tells again, told just before by the same people or organisations; the old
    plan's time is not the act's (the report before gives it)."""
    return next((d for d in reversed(drafts) if d.type == act.type and d.key() == act.key() and _same_place(act, d)
                 and act.sentence - d.sentence <= _MOVED_REACH and d.sentence < act.sentence), None)


def _same_place(act: Draft, other: Draft) -> bool:
    """Not another leg of a trip (`당초 오타와에도 들를 예정이었으나`): the same place, or one not named."""
    return act.place is None or other.place is None or act.place == other.place


_DAY = len("2026-01-01")
_ARRIVAL_LEAD = 2  # days an arrival may come before the day another report of the same trip is told on
_TRIP_KINDS = ("country", "region")  # a trip's destination an arrival (at an airport, a city) lies in


def arrival_day(one: Draft, other: Draft) -> TimeValue | None:
    """`방한 중인 X를 30일 만났다. X는 전날 … 입국했다`, `국빈 방문을 위해 전날 … 도착했다`, `A 부자는
    전날 입국했다. A의 방한은 …`: an arrival told as done, by people of a trip told as done to a
    country or region (or to no place named), on the same day or a day or two before it, is how that
    trip began: one visit, dated by the arrival. None when the two are not so."""
    arrivals = [d for d in (one, other) if d.words & set(cues("arrival"))]
    if len(arrivals) != 1 or one.type != "VISIT" or other.type != "VISIT":
        return None
    arrival = arrivals[0]
    trip = other if arrival is one else one
    done = all("occurred" in {s for _, s in d.statuses} for d in (one, other))
    shared = arrival.key() <= trip.key() or trip.key() <= arrival.key()
    if not (done and shared and _trip_place(trip.place) and _not_elsewhere(arrival.place, trip.place)):
        return None
    begun, told = _day(arrival.date), _day(trip.date)
    if begun is None or (told is not None and not 0 <= (told - begun).days <= _ARRIVAL_LEAD):
        return None
    return arrival.date


def _trip_place(place: str | None) -> bool:
    """No place named, or a country or region (not a city: `하노이에 도착 … 호찌민을 방문` are two legs)."""
    words = (place or "").split()
    return not words or place_kinds().get(words[-1]) in _TRIP_KINDS


def _not_elsewhere(arrival: str | None, trip: str | None) -> bool:
    """An arrival in another country is another leg (`베트남에 도착 … 태국을 방문`); a country in the
    region travelled to is not (`사우디아라비아에 도착해 … 중동 출장`)."""
    kinds = place_kinds()
    if not arrival or not trip or kinds.get(arrival.split()[0]) != kinds.get(trip.split()[-1]):
        return True
    return arrival == trip or bool(place_names(arrival) & place_names(trip))


def _day(time: TimeValue | None) -> date | None:
    """The exact day a time names, or None."""
    if time is None or not time.start or not time.end or len(time.start) < _DAY or time.start[:_DAY] != time.end[:_DAY]:
        return None
    return parse_day(time.start)


_RANK_REACH = 4  # words after a trip word in which its rank stands (`방문은 올해 들어 세 번째다`)
_ORDINAL_REACH = 4  # words before a trip word in which its ordinal or count stands (`국교를 맺은 뒤 첫 정상 방문`)
_END_REACH = 4  # tokens after a trip word in which the verb telling its end stands (`방문 동행 일정을 마치고`)


def ended_trip(tokens, index: int, when: TimeValue | None) -> TimeValue | None:
    """`14일 … 순방 일정을 마치고 돌아왔다`, `방일 일정을 마치고 24일 귀국했다`: the day a
    trip (the word at `index`) is told as finished is not the day it began; the trip is dated by its
    arrival when another report gives it, else by the month (ANNOTATION: the month its days give)."""
    if when is None or not when.start or when.grain != "day" or not _finished(tokens[index + 1: index + 1 + _END_REACH]):
        return when
    return month_of(when)


def _finished(following) -> bool:
    """The words after a trip word tell its end: its nouns (`일정`), an object particle, then `마치다`,
    `마무리하다` (event_cues trip_end)."""
    for token in following:
        if token.form in cues("trip_end") and (token.tag == "VV" or token.tag.startswith("NN")):
            return True
        if not (token.tag.startswith("NN") or token.tag == "JKO"):
            return False
    return False


def counted_occasion(text: str, at: int) -> bool:
    """`인도를 찾은 것은 이번이 다섯 번째다`, `X의 방한은 이번이 처음이다`: the act before `at` is
    the occasion now told, counted among others (a count, not an event of its own)."""
    return any(w.startswith(cues("occasion_count")) for w in text[at:].split())


def counted_trip(text: str, start: int, end: int) -> bool:
    """A trip word ranked rather than told: `이번이 첫 방한은 아니다` (the count before the word),
    `방문은 올해 들어 세 번째다` (its rank after it), `국교를 맺은 뒤 첫 정상 방문이다` (an ordinal
    before a word that is the predicate). The time such a sentence names is the span of the count."""
    before, after = text[:start].split(), text[end:].split()
    if any(w.startswith(cues("occasion_count")) for w in before[-_ORDINAL_REACH:]):
        return True
    if text[end:].startswith(cues("topic_marker")) and any(w.startswith(cues("occasion_rank")) for w in after[1:_RANK_REACH + 1]):
        return True  # `방문은 … 번째다`: the trip word is the topic the rank is said of
    ordinal = any(w in cues("occasion_ordinal") for w in before[-_ORDINAL_REACH:])  # whole words: not `첫날`
    return ordinal and text[end:].startswith(cues("predicate_copula"))
