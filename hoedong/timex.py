"""Korean temporal expressions → ISO partial dates, against the publication date.

korean-datetime does the parsing; this module is the small interface around it and covers what
it leaves out: `이날`/`당일` (the day the text is about), `전날`, `다음날`/`이튿날`, `연내`, and
durations (`10년 만에`, `15년간`) that are not dates at all. Which way a bare `12일` points depends on
the event: a planned event's 12th is ahead, an occurred one's behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

import korean_datetime as kd

from hoedong.resources import word_list

Direction = Literal["past", "future", "nearest"]

_CYCLES = {"past": kd.Cycle.PAST, "future": kd.Cycle.FUTURE, "nearest": kd.Cycle.NEAREST}
_DURATION_AFTER = re.compile(r"^\s*(?:만에|만이|만의|만|동안|간|째|가량|여간|내내|이상|이내|연속|에 걸쳐|넘게|넘는|가까이|남짓|여|이 넘)")
_DURATION_BEFORE = re.compile(r"\d+\s*박\s*$")  # `1박 2일`, `3박5일`: nights and days of a stay
_HAS_DATE = re.compile(r"\d\s*[일월년주]|[년월]|말|초|중순|하순|상순|상반기|하반기|분기|어제|오늘|내일|모레|지난|작년|올해|내년|내달|이달|다음 ?주|이번 ?주|주말|\d{4}[.\-/]")
_ABSOLUTE_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:년|[.\-/])")
_OWN = re.compile(
    r"(?P<this>이날|당일|같은 날|그날)|(?P<before>(?:그\s?)?전날|하루 전)|(?P<after>(?:그\s?)?다음\s?날|이튿날|다음날|하루 뒤)"
    r"|(?P<withinyear>연내|올해 안|올해 중|연말까지)"
    r"|(?P<nextmonth>(?:다음|오는)\s?달|내달)(?:\s?(?P<nextday>\d{1,2})\s?일)?|(?P<lastmonth>지난\s?달)(?!\s?\d)"
    r"|(?P<count>하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘)\s?(?P<way>전|후|뒤)"
)
_NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8, "아흐레": 9, "열흘": 10}


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


_MAYBE_DATE = re.compile(r"\d\s*(?:일|월|년|주|분기|개월|세기|[.\-/]\s*\d)|지난|오는|올해|작년|내년|이달|다음|이번|내달|전날|이날|당일|어제|오늘|내일|모레|주말|반기|분기|연내|연말|연초|그날|이튿날|하루|이틀|사흘|나흘|닷새|열흘|초순|중순|하순")


def find_times(text: str, published: date | None, direction: Direction = "past",
               anchor: date | None = None) -> list[TimeValue]:
    """Every temporal expression in `text`, resolved. `anchor` is the day the text is about
    (for `이날`, `전날`); it defaults to the publication date."""
    if not (_MAYBE_DATE.search(text) or _OWN.search(text)):
        return []  # the parser is the costly part of the events stage: skip text with nothing date-like
    return list(_find_times(text, published, direction, anchor or published))


def _find_times(text: str, published: date | None, direction: Direction, anchor: date | None) -> tuple[TimeValue, ...]:
    found: list[TimeValue] = []
    for match in _OWN.finditer(text):
        found.append(_own(match, anchor, published))
    now = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    try:
        parsed = kd.parse_all(text, now=now, options=kd.ParseOptions(cycle=_CYCLES[direction]))
    except (ValueError, OverflowError):
        parsed = []
    for expression in parsed:
        start, end = expression.span
        if any(start < e and s < end for s, e in (t.span for t in found)):
            continue
        if _DURATION_AFTER.match(text[end:]) and not re.search(r"[전후]$", expression.text):
            continue
        if _DURATION_BEFORE.search(text[:start]):
            continue
        if not _HAS_DATE.search(expression.text):
            continue  # `오전`, `3시`: a time of day, not a date
        value = _from_library(expression, published, text[start:end])
        if value is not None and published is not None and _local_time_after(text[end:]):
            value = _local_day(value, published)
        if value is not None:
            found.append(value)
    return tuple(sorted(found, key=lambda t: t.span))


_LOCAL_REACH = 12  # characters after a date in which `(현지시간)` marks it as the local date abroad
_LOCAL_LAG = timedelta(days=1)  # abroad (the Americas, Europe) the date is at most a day behind Korea's


def _local_time_after(following: str) -> bool:
    window = following[:_LOCAL_REACH].lstrip(" (")
    return window.startswith(word_list("local_time.txt"))


def _local_day(value: TimeValue, published: date) -> TimeValue:
    """`24일(현지시간) 발표한다` published on the 25th in Korea: the 24th abroad, not next month's."""
    day_before = published - _LOCAL_LAG
    if value.grain != "day" or value.start is None or value.start != value.end or value.start <= published.isoformat():
        return value
    if date.fromisoformat(value.start).day != day_before.day:
        return value
    said = day_before.isoformat()
    return TimeValue(said, said, value.text, value.span, value.grain)


def _own(match: re.Match, anchor: date | None, published: date | None) -> TimeValue:
    span = match.span()
    if match["withinyear"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "year")
        return TimeValue(published.isoformat(), f"{published.year}-12-31", match.group(), span, "day")
    if match["count"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "day")
        days = _NATIVE_DAYS[match["count"]] * (-1 if match["way"] == "전" else 1)
        value = (published + timedelta(days=days)).isoformat()
        return TimeValue(value, value, match.group(), span, "day")
    if match["nextmonth"] or match["lastmonth"]:
        if published is None:
            return TimeValue(None, None, match.group(), span, "day" if match["nextday"] else "month")
        month = published.month + (1 if match["nextmonth"] else -1)
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        if match["nextday"]:
            try:
                value = date(year, month, int(match["nextday"])).isoformat()
            except ValueError:
                value = f"{year}-{month:02d}"
            return TimeValue(value, value, match.group(), span, "day")
        value = f"{year}-{month:02d}"
        return TimeValue(value, value, match.group(), span, "month")
    if anchor is None:
        return TimeValue(None, None, match.group(), span, "day")
    shift = -1 if match["before"] else 1 if match["after"] else 0
    day = (anchor + timedelta(days=shift)).isoformat()
    return TimeValue(day, day, match.group(), span, "day")


def _from_library(expression, published: date | None, said: str) -> TimeValue | None:
    absolute = bool(_ABSOLUTE_YEAR.search(said))
    grain = expression.grain.value
    start, end = expression.start.date(), (expression.end - timedelta(microseconds=1)).date()
    if published is None and not absolute:
        return TimeValue(None, None, said, expression.span, _grain(grain))
    if grain == "year":
        return TimeValue(f"{start.year}", f"{end.year}", said, expression.span, "year")
    if grain in ("month", "quarter", "half_year"):
        return TimeValue(start.isoformat()[:7], end.isoformat()[:7], said, expression.span, "month")
    if grain == "week" or expression.is_range or start != end:
        if re.search(r"(?:말|초|중순|하순|상순)$", said) and published is not None and start <= published <= end:
            start = published  # `이달 말` said on the 21st: from that day to the month's end
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


def at_month_precision(value: dict | None, month: str) -> dict | None:
    """A date resolved against a month-precision publication date: a day the text names
    (`29일`) stands; one only counted from the unknown day of publication (`어제`, `이날`) is
    known to the month."""
    if not value or not value.get("start") or re.search(r"\d+\s*일", value.get("text") or ""):
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
