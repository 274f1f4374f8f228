"""Korean temporal expressions → ISO partial dates, against the publication date.

korean-datetime does the parsing; this module is the small interface around it and covers what
it leaves out: `이날`/`당일` (the day the text is about), `전날`, `다음날`/`이튿날`, `연내`, and
durations (`10년 만에`, `15년간`) that are not dates at all. Which way a bare `12일` points depends on
the event: a planned event's 12th is ahead, an occurred one's behind. Every word it reacts to is in
lexicon/time_words.tsv (by kind), lexicon/local_time.txt and lexicon/home_time.txt; the patterns are
built from them once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Literal

import korean_datetime as kd

from hoedong.date_scanner import opening_guarded, parse_all
from hoedong.local_days import in_home_time, local_day, local_time_after
from hoedong.resources import table

Direction = Literal["past", "future", "nearest"]

_CYCLES = {"past": kd.Cycle.PAST, "future": kd.Cycle.FUTURE, "nearest": kd.Cycle.NEAREST}
_WEEK = 7  # days in a week: `내주` runs from the Monday after the news to the Sunday after it


@cache
def _time_words() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind → (form, value) rows of lexicon/time_words.tsv."""
    kinds: dict[str, list[tuple[str, str]]] = {}
    for row in table("hoedong.lexicon", "time_words.tsv"):
        kinds.setdefault(row["kind"], []).append((row["form"], row.get("value") or ""))
    return {kind: tuple(rows) for kind, rows in kinds.items()}


def _values(kind: str) -> dict[str, int]:
    return {form: int(value) for form, value in _time_words()[kind]}


def _words(kind: str) -> str:
    """The kind's words as one alternation, longest first; a space in a form is an optional space."""
    forms = sorted((form for form, _ in _time_words()[kind]), key=len, reverse=True)
    return "|".join(r"\s?".join(re.escape(part) for part in form.split(" ")) for form in forms)


@dataclass(frozen=True)
class _Patterns:
    duration_after: re.Pattern  # `10년 만에`, `3년여`: what follows makes a count a span
    counted_from: re.Pattern  # `10년 전`: a count from now is a date after all
    stay: re.Pattern  # `1박 2일`: what precedes makes a day count a stay
    has_date: re.Pattern  # a parsed expression that is a date, not a time of day
    absolute_year: re.Pattern  # `2019년`: known without the day of the news
    maybe_date: re.Pattern  # the sentence may hold a date at all
    own: re.Pattern  # what korean-datetime leaves out (`이날`, `전날`, `연내`, `사흘 전`)
    own_word: re.Pattern  # a word `own` opens with: the cheap test before `own` itself
    ordinal: re.Pattern  # `이틀째`, `3일째`, `첫날`: the how-manieth day of something
    period_part: re.Pattern  # `이달 말`: a part of a period
    named_day: re.Pattern  # `29일`: a day the text names
    one_day: re.Pattern  # `29일`, or `어제`, `지난 화요일` (from the day of the news), or `개막일` (of the span told last)
    since_count: re.Pattern  # `6년 만에`: a count of time since something


def _own_alternatives() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The alternatives of `own`, each with the kinds of words it opens with: `own_word`, the cheap
    test before `own`, is made from the same list, so the two cannot drift apart."""
    return (
        (("this_day",), rf"(?P<this>{_words('this_day')})"),
        (("day_before",), rf"(?P<before>{_words('day_before')})"),
        (("day_after",), rf"(?P<after>{_words('day_after')})"),
        (("within_year",), rf"(?P<withinyear>{_words('within_year')})"),
        (("news_day",), rf"(?<![\uac00-\ud7a3])(?P<newsday>{_words('news_day')})"),
        (("this_year",), rf"(?<![\uac00-\ud7a3])(?P<thisyear>{_words('this_year')})"),
        (("next_month",), rf"(?P<nextmonth>{_words('next_month')})"
                          rf"(?:\s?(?P<nextday>\d{{1,2}})(?:\s?[~∼\-]\s?(?P<nextend>\d{{1,2}}))?\s?(?:{_words('day_unit')}))?"),
        (("last_month",), rf"(?P<lastmonth>{_words('last_month')})(?!\s?\d)"),
        (("next_week",), rf"(?<![\uac00-\ud7a3])(?P<nextweek>{_words('next_week')})(?=[\s,.]|{_words('next_week_particle')}|$)"),
        (("day_count",), rf"(?P<count>{_words('day_count')})\s?(?P<way>{_words('count_way')})"),
        (("span_day",), rf"(?P<span>{_words('span_day')})"),
        (("then", "then_open"), rf"(?P<then>{_words('then')}|{_words('then_open')})"),
    )


@cache
def _patterns() -> _Patterns:
    named_day = rf"\d+\s*(?:{_words('day_unit')})"  # `29일`: one of the ways `one_day` names a day too
    return _Patterns(
        duration_after=re.compile(rf"^\s*(?!{_words('not_duration_after')})(?:{_words('duration_after')})"
                                  rf"|^(?:{_words('duration_attached')})"),
        counted_from=re.compile(rf"(?:{_words('counted_from')})$"),
        stay=re.compile(rf"\d+\s*(?:{_words('stay_night')})\s*$"),
        has_date=opening_guarded(rf"\d\s*(?:{_words('date_unit')})|{_words('date_word')}|\d{{4}}[.\-/]"),
        absolute_year=re.compile(rf"(?:19|20)\d{{2}}\s*(?:{_words('year_unit')}|[.\-/])"),
        maybe_date=opening_guarded(rf"\d\s*(?:{_words('maybe_unit')}|[.\-/]\s*\d)|{_words('maybe_word')}"),
        own=opening_guarded("|".join(alternative for _, alternative in _own_alternatives())),
        own_word=re.compile("|".join(_words(kind) for kinds, _ in _own_alternatives() for kind in kinds)),
        ordinal=re.compile(rf"\s*(?:(?P<digits>\d+)\s?(?:{_words('ordinal_unit')})|(?P<word>{_words('ordinal_day')}))"),
        period_part=re.compile(rf"(?:{_words('period_part')})$"),
        named_day=re.compile(named_day),
        one_day=re.compile(rf"{named_day}|{_words('spoken_day')}|{_words('span_day')}"),
        since_count=re.compile(rf"\d\s*(?:{_words('year_unit')}|{_words('date_unit')})?\S*\s*(?:{_words('since_count')})"),
    )


@dataclass(frozen=True)
class TimeValue:
    """A resolved expression: ISO partial dates (`2024`, `2024-06`, `2024-06-11`), or None when the
    publication date it depends on is unknown; `text` is what the document says."""

    start: str | None
    end: str | None
    text: str
    span: tuple[int, int]  # offsets into the text searched
    grain: str  # year | month | day

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


def find_times(text: str, published: date | None, direction: Direction = "past",
               anchor: date | None = None, earlier: TimeValue | None = None,
               current: date | None = None) -> list[TimeValue]:
    """Every temporal expression in `text`, resolved. `anchor` is the last day the text named in
    digits (for `전날`, `다음 날`), defaulting to the publication date; `current` the day of what
    the text is telling (for `이날`; `27일 … 전날 만났다. 이날 …` is the day of the meeting),
    defaulting to `anchor`; `earlier` is the last time the text named before (for `당시`, `같은
    해`). A day or time named earlier in `text` itself comes first."""
    patterns = _patterns()
    own = list(patterns.own.finditer(text)) if patterns.own_word.search(text) else []
    if not (own or patterns.maybe_date.search(text)):
        return []  # the parser is the costly part of the events stage: skip text with nothing date-like
    anchor = anchor or published
    return list(_find_times(text, own, published, direction, (anchor, current or anchor), earlier))


def _find_times(text: str, own: list[re.Match], published: date | None, direction: Direction,
                anchors: tuple[date | None, date | None], earlier: TimeValue | None) -> tuple[TimeValue, ...]:
    found = _parsed(text, published, direction, [m.span() for m in own])
    for match in own:
        before = sorted((t for t in found if t.span[1] <= match.start() and t.start is not None), key=lambda t: t.span)
        # `이튿날 … 만났고, … 이 자리에서`: the day of the gathering just told, counted or named
        named = [t for t in before if names_day(t) or (match["this"] and counts_from_day(t))]
        day = date.fromisoformat(named[-1].start) if named else anchors[1] if match["this"] else anchors[0]
        if match["then"]:
            value = _then(match, before[-1] if before else earlier if _stands_alone(text, match) else None)
        elif match["span"]:
            value = _span_day(match, before[-1] if before else earlier)
        else:
            value = _own(match, day, published)
        if value is not None:
            found.append(value)
    return tuple(sorted(found, key=lambda t: t.span))


def _parsed(text: str, published: date | None, direction: Direction, taken: list[tuple[int, int]]) -> list[TimeValue]:
    """What korean-datetime finds, less what `taken` (our own expressions) covers, durations and
    times of day."""
    patterns = _patterns()
    if not patterns.has_date.search(text):
        return []  # what the library finds is part of the text: with no date word in it, nothing would be kept
    now = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    try:
        parsed = parse_all(text, now, _CYCLES[direction])
    except (ValueError, OverflowError):
        parsed = []
    found = []
    for expression in parsed:
        start, end = expression.span
        if any(start < e and s < end for s, e in taken):
            continue
        if patterns.duration_after.match(text[end:]) and not patterns.counted_from.search(expression.text):
            continue
        if patterns.stay.search(text[:start]):
            continue
        if not patterns.has_date.search(expression.text):
            continue  # `오전`, `3시`: a time of day, not a date
        if in_home_time(text[:start]):
            continue  # `(한국시간 15일 새벽)`: the local day told before it dates the act
        value = _from_library(expression, published, text[start:end], direction)
        if value is not None and published is not None and local_time_after(text[end:]):
            value = local_day(value, published)
        if value is not None:
            found.append(value)
    return found


def ordinal_day(following: str) -> tuple[int, int] | None:
    """`이틀째인 17일`, `3일째`, `첫날` at the start of `following`: (which day, where the words end)."""
    match = _patterns().ordinal.match(following)
    if match is None:
        return None
    number = int(match["digits"]) if match["digits"] else _values("ordinal_day")[match["word"]]
    return number, match.end()


def names_day(time: TimeValue) -> bool:
    """`17일`, `3월 5일`, or spoken from the day of the news (`어제`, `지난 화요일`, the broadcast
    script's way): one day named, which `이날`, `이튿날` and `이 자리에서` then count from."""
    return (time.grain == "day" and time.start is not None and time.start == time.end
            and _patterns().one_day.search(time.text) is not None)


def named_in_digits(time: TimeValue) -> bool:
    """`지난 2월`, `22일`, `2005년`: a time told by its number, not counted from something else
    (`다음 날`, `이튿날`, `다음 달`)."""
    return time.start is not None and any(ch.isdigit() for ch in time.text)


def counts_from_day(time: TimeValue) -> bool:
    """`전날`, `이날`, `다음 날`: one day counted from a day told, as good as a day named."""
    match = _patterns().own.fullmatch(time.text)
    return time.start is not None and match is not None and bool(match["this"] or match["before"] or match["after"])


def counts_time_since(text: str) -> bool:
    """`약 2년 만이다`, `6년 만에`: a count of time since something (`만`), not a date."""
    return _since_count(text) is not None


def count_since_end(text: str) -> int | None:
    """Where a count of time opening `text` (`약 19년 만에`, after at most a word) ends, else None."""
    match = _since_count(text)
    return match.end() if match is not None and match.start() <= _COUNT_OPENING else None


_COUNT_OPENING = 4  # characters before a count's digits at the opening of a text (` 약 19년`)


def _since_count(text: str) -> re.Match | None:
    return _patterns().since_count.search(text)


_DAY_BEFORE, _DAY_AFTER = -1, 1


def day_shift(time: TimeValue) -> int | None:
    """`당일` 0, `전날` -1, `이튿날` 1: the days a word counting from a day told moves from it (None
    for any other expression)."""
    match = _patterns().own.fullmatch(time.text)
    if match is None or not (match["this"] or match["before"] or match["after"]):
        return None
    return _shift_of(match)


def _shift_of(match: re.Match) -> int:
    """The days an own-day expression moves from the day it counts from (`전날` -1, `이튿날` 1, else 0)."""
    return _DAY_BEFORE if match["before"] else _DAY_AFTER if match["after"] else 0


def tells_day(time: TimeValue) -> bool:
    """A day the text tells in digits or counts from one (`17일`, `전날`); not `2주 전`."""
    return names_day(time) or counts_from_day(time)


def _stands_alone(text: str, match: re.Match) -> bool:
    """`당시 그는 …`, `그는 당시 …` mean the time last told; `방한 당시` means the time of what it
    follows, which the text may not have named. `그해`, `같은 해` always point back."""
    if _compact(match["then"]) not in {_compact(f) for f, _ in _time_words()["then_open"]}:
        return True
    before = text[:match.start()].rstrip()
    return not before or before.endswith(_CLAUSE_OPENERS) or before.endswith(tuple(f for f, _ in _time_words()["subject_end"]))


_CLAUSE_OPENERS = (",", ".", "\"", "'", "“", "‘")


def _compact(form: str) -> str:
    return re.sub(r"\s", "", form)


def _then(match: re.Match, referent: TimeValue | None) -> TimeValue | None:
    """`당시`, `같은 해`: the time named last, cut to the grain the word keeps (a year for `그해`)."""
    if referent is None:
        return None
    keep = _grains().get(_compact(match["then"]), "")
    start, end, grain = referent.start, referent.end, referent.grain
    if keep and start is not None and end is not None and _GRAIN_ORDER[keep] < _GRAIN_ORDER[grain]:
        width = 4 if keep == "year" else 7
        start, end, grain = start[:width], end[:width], keep
    return TimeValue(start, end, match.group(), match.span(), grain)


_GRAIN_ORDER = {"year": 0, "month": 1, "day": 2}


def _span_day(match: re.Match, referent: TimeValue | None) -> TimeValue | None:
    """`24일부터 27일까지 … 전시회`, then `개막일에`: the first (or last) day of the span of days told
    last; nothing when the time told last is no span of days."""
    if referent is None or referent.grain != "day" or not referent.start or referent.start == referent.end:
        return None
    end = _time_words_value("span_day", match["span"])
    day = referent.start if end == "first" else referent.end
    return TimeValue(day, day, match.group(), match.span(), "day")


def _time_words_value(kind: str, form: str) -> str:
    """The `value` of the row of `kind` whose form is `form` (spaces optional)."""
    return next((value for f, value in _time_words()[kind] if _compact(f) == _compact(form)), "")


@cache
def _grains() -> dict[str, str]:
    return {_compact(form): value for form, value in _time_words()["then"]}


def _own(match: re.Match, anchor: date | None, published: date | None) -> TimeValue:
    span = match.span()
    if match["withinyear"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "year")
        return TimeValue(published.isoformat(), f"{published.year}-12-31", match.group(), span, "day")
    if match["thisyear"]:  # `올 초`: the year of the news
        year = str(published.year) if published else None
        return TimeValue(year, year, match.group(), span, "year")
    if match["newsday"]:  # `그제`: from the day of the news, like `어제`
        if published is None:
            return TimeValue(None, None, match.group(), span, "day")
        value = (published + timedelta(days=_values("news_day")[match["newsday"]])).isoformat()
        return TimeValue(value, value, match.group(), span, "day")
    if match["count"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "day")
        days = _values("day_count")[match["count"]] * _values("count_way")[match["way"]]
        value = (published + timedelta(days=days)).isoformat()
        return TimeValue(value, value, match.group(), span, "day")
    if match["nextweek"]:  # `내주`: the week after the news, from its Monday
        if published is None:
            return TimeValue(None, None, match.group(), span, "day")
        monday = published + timedelta(days=_WEEK - published.weekday())
        return TimeValue(monday.isoformat(), (monday + timedelta(days=_WEEK - 1)).isoformat(), match.group(), span, "day")
    if match["nextmonth"] or match["lastmonth"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "day" if match["nextday"] else "month")
        month = published.month + (1 if match["nextmonth"] else -1)
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        if match["nextday"]:  # `다음 달 10일`, `다음 달 10~12일`
            try:
                value = date(year, month, int(match["nextday"])).isoformat()
                last = date(year, month, int(match["nextend"])).isoformat() if match["nextend"] else value
            except ValueError:
                value = last = f"{year}-{month:02d}"
            return TimeValue(value, last, match.group(), span, "day")
        value = f"{year}-{month:02d}"
        return TimeValue(value, value, match.group(), span, "month")
    if anchor is None:
        return TimeValue(None, None, match.group(), span, "day")
    day = (anchor + timedelta(days=_shift_of(match))).isoformat()
    return TimeValue(day, day, match.group(), span, "day")


def _from_library(expression, published: date | None, said: str, direction: Direction) -> TimeValue | None:
    absolute = bool(_patterns().absolute_year.search(said))
    grain = expression.grain.value
    start, end = expression.start.date(), (expression.end - timedelta(microseconds=1)).date()
    if published is None and not absolute:
        return TimeValue(None, None, said, expression.span, _grain(grain))
    if grain == "year":
        return TimeValue(f"{start.year}", f"{end.year}", said, expression.span, "year")
    if grain in ("month", "quarter", "half_year"):
        return TimeValue(start.isoformat()[:7], end.isoformat()[:7], said, expression.span, "month")
    if grain == "week" or expression.is_range or start != end:
        within = published is not None and start <= published <= end
        if within and _patterns().period_part.search(said):
            start = published  # `이달 말` said on the 21st: from that day to the month's end
        elif within and grain == "week" and direction != "past":
            start = published  # `이번 주 만날 예정` said on a Thursday: not the days already gone (last month's)
        return TimeValue(start.isoformat(), end.isoformat(), said, expression.span, "day")
    return TimeValue(start.isoformat(), end.isoformat(), said, expression.span, "day")


def _grain(grain: str) -> str:
    return "year" if grain == "year" else "month" if grain in ("month", "quarter", "half_year") else "day"


def month_reference(value: str | None) -> date | None:
    """For a publication date known only to the month (`2024-02`): the month's last day, the
    latest day the news can speak from, to resolve `29일` or `이달 말` against."""
    match = re.fullmatch(r"\s*((?:19|20)\d{2})-(\d{2})\s*", value or "")
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    following = date(year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


_MONTH_LENGTH = len("2026-01")


def month_of(time: TimeValue) -> TimeValue:
    """The month a time with a start falls in, as a month-grain time (a trip's days told by its end,
    or missed by someone who did not go, leave only its month)."""
    return TimeValue(time.start[:_MONTH_LENGTH], (time.end or time.start)[:_MONTH_LENGTH], time.text, time.span, "month")


def at_month_precision(value: dict | None, month: str) -> dict | None:
    """A date resolved against a month-precision publication date: a day the text names
    (`29일`) stands; one only counted from the unknown day of publication (`어제`, `이날`) is
    known to the month."""
    if not value or not value.get("start") or _patterns().named_day.search(value.get("text") or ""):
        return value
    if not str(value["start"]).startswith(month):
        return value
    return {**value, "start": month, "end": month}


def parse_day(value: str | None) -> date | None:
    """The date part of an ISO timestamp, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
