"""Trips told again (`방한 기간 …`, `X의 방한은 이번이 처음이다`), meetings that fall in a trip still
ahead, and a visit or a meeting counted since the last one (`2019년 6월 이후 3년 만이다`, `2007년 …
둘러본 이후 17년 만이다`). Moved out of dating.py, which reads them as it dates each event word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from hoedong.events.clauses import View
from hoedong.events.dating import AHEAD, ended_before, told_here
from hoedong.events.draft import Draft
from hoedong.events.history import settle
from hoedong.events.lexicon import cues, is_travel_place, place_names
from hoedong.events.merge import after_news, resolve_present
from hoedong.timex import TimeValue, count_since_end, counts_time_since


def trip_of(visit: Draft, drafts: list[Draft], counted: bool = False) -> Draft | None:
    """`방한 기간 …`, `… 기간에 맞춰 방한하면서`, `이탈리아 정상의 방한은 8년 만이다`: a visit told
    with no time of its own, by people already on a trip the text told to the same place (or to
    no place named), is that trip again: it takes the trip's time instead of the day of the news.
    `counted` (`인도를 찾은 것은 이번이 다섯 번째다`, legs.counted_occasion): the trip is counted
    among others, whatever place or leg of it the count names."""
    return next((d for d in reversed(drafts) if d.type == "VISIT" and d is not visit
                 and set(visit.participants) <= set(d.participants)
                 and (counted or _same_place(visit.place, d.place))), None)


def _same_place(mention: str | None, trip: str | None) -> bool:
    """No place named, the same words, or the same place by another name (`UAE`, `아랍에미리트`)."""
    return mention is None or mention == trip or bool(place_names(mention) and place_names(mention) == place_names(trip))


def trip_time(meeting: Draft, drafts: list[Draft], day: date | None) -> TimeValue | None:
    """`다음 달 방한한다 … 조주완 대표와 회동할 것으로 보인다`: a meeting still ahead with no day of
    its own, by someone the text sends on a trip still ahead, falls in that trip: its time (not one
    only asked for, `만남을 요청해 둔 상태다`: the time asked for dates it)."""
    if meeting.date is not None or meeting.status not in AHEAD:
        return None
    trips = [d for d in reversed(drafts) if d.type == "VISIT" and set(d.participants) & set(meeting.participants)
             and _to_travel_place(d.place) and not ended_before(d.date, day)]  # not a trip of years ago
    there = [d for d in trips if place_names(meeting.place) & place_names(d.place)]  # `카타르에서 만날`: that leg
    trip = (there or trips or [None])[0]
    told = [resolve_present(trip, s, day) for _, s in trip.statuses] if trip is not None else []
    told = ["planned" if s == "occurred" and after_news(trip.date, day) else s for s in told]  # `오른다고 1일 밝혔다`
    if trip is None or trip.date is None or not trip.date.start or settle(told)[0] not in AHEAD:
        return None  # `방한 중인 X와 회동한다`: the trip told last is under way, its day is not the meeting's
    return trip.date


def _to_travel_place(place: str | None) -> bool:
    """A trip a meeting may fall in goes to no place named or to a country, region or city (not a site)."""
    return not (place or "").split() or is_travel_place(place)


_SINCE_REACH = 60  # characters after a time in which `이후` (after the name of an event) makes it a start


def visit_since(visit: Draft, text: str, when: TimeValue | None, drafts: list[Draft]) -> list[Draft]:
    """`X의 방한은 2019년 6월 이후 3년 만이다`: the time is that of the last visit (occurred, kept
    apart from undated reports of the visit now), and the mention is also the visit now, with no
    time of its own: the trip the text told (not a visit of someone else's: `일본 총리의 방한은
    2009년 X 총리 이후 처음`)."""
    if visit.type != "VISIT" or when is None or not told_here(text, when):
        return [visit]
    following = text[when.span[1]: when.span[1] + _SINCE_REACH]
    words = following.split()
    since = next((i for i, w in enumerate(words) if w.startswith(cues("since"))), None)
    if since is None or not counts_time_since(" ".join(words[since + 1:])):
        return [visit]  # `1961년 수교 이래 최초`: no count of time since a last visit
    now = replace(visit, date=None, status="present", statuses=[(visit.sentence, "present")],
                  evidence=list(visit.evidence), words=set(visit.words))  # told now: resolved by its trip's time
    visit.since, visit.status, visit.statuses = True, "occurred", [(visit.sentence, "occurred")]
    return [visit, now] if trip_of(now, drafts) is not None else [visit]  # the visit now, when the text told it


_COUNT_REACH = 4  # characters between the end of a count of time and a meeting word it counts (`19년 만에 재회`)
_TOPIC_REACH = 5  # tokens after a meeting word in which it is made the topic (`한자리`+`에`+`모이`+`ᆫ`+`것`+`은`)
_TOPIC_WAY = ("XSV", "EP", "ETM", "NNB", "JKB", "VV")  # the tags between a meeting word and the topic particle
#                                                        (`회동한 것은`, `한자리에 모인 것은`)


def meeting_since(meeting: Draft, view: View, index: int, times: Callable[[], list[TimeValue]]) -> list[Draft]:
    """`두 사람이 한자리에 모인 것은 2016년 … 찾은 이후 8년 만이다`, `지난 3월 도쿄 회동 이후 두 달
    만이다`: a meeting told as counted since an occasion the sentence dates (the last time before
    `이후`, in reach) also tells the meeting of that occasion, occurred on its time. The meeting word
    (token `index`) is the topic the count is told of (`만난 건`, `만남은`), or follows the count. A
    count with no time (`14년 만에 재회했다`) gives no earlier meeting (ANNOTATION: undated
    background is null, and the year is not reckoned back). `times` reads the sentence's times as
    told as done, asked only when a count is found."""
    if meeting.type != "MEET":
        return []
    text, token = view.sentence_text, view.sentence.tokens[index]
    at = (token.start - view.sentence.start, token.end - view.sentence.start)
    topic = _made_topic(view.sentence.tokens[index + 1: index + 1 + _TOPIC_REACH])
    for match in _since_cues(text):
        count = count_since_end(text[match[1]: match[1] + _SINCE_REACH])
        if count is None or not ((topic and at[1] <= match[0]) or 0 <= at[0] - (match[1] + count) <= _COUNT_REACH):
            continue
        before = [t for t in times() if t.start and t.span[1] <= match[0] and match[0] - t.span[1] <= _SINCE_REACH]
        if not before:
            return []
        return [replace(meeting, date=before[-1], status="occurred", statuses=[(meeting.sentence, "occurred")],
                        evidence=list(meeting.evidence), words=set(meeting.words), since=True)]
    return []


def _made_topic(following) -> bool:
    """The words after a meeting word make it the topic (`만남은`, `회동한 것은`)."""
    for token in following:
        if token.tag == "JX":
            return True
        if token.tag not in _TOPIC_WAY:
            return False
    return False


def _since_cues(text: str) -> list[tuple[int, int]]:
    """The spans of the words that open a count of time since something (`이후`, event_cues since)."""
    spans, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        if word.startswith(cues("since")):
            spans.append((at, at + len(word)))
        at += len(word)
    return spans
