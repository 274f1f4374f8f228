"""Days told abroad: a date marked as local time (`24일(현지시간)`) may run a day behind Korea's
day of the news, and a date restated in Korea's clock (`(한국시간 15일 새벽)`) dates nothing
(lexicon/local_time.txt, lexicon/home_time.txt). timex.py reads each parsed date through these."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hoedong.resources import word_list

if TYPE_CHECKING:
    from hoedong.timex import TimeValue

_LOCAL_REACH = 12  # characters after a date in which `(현지시간)` marks it as the local date abroad
_LOCAL_LAG = timedelta(days=1)  # abroad (the Americas, Europe) the date is at most a day behind Korea's
_HOME_REACH = 12  # characters before a date in which `한국시간으로는` marks it as Korea's restatement


def in_home_time(preceding: str) -> bool:
    """`현지시간 14일 오후(한국시간 15일 새벽)`: a date after a Korea-time marker restates one told
    abroad, which is the act's date (lexicon/home_time.txt)."""
    window = re.sub(r"\s", "", preceding[-_HOME_REACH:]).rstrip("(,")
    return window.endswith(word_list("home_time.txt"))


def local_time_after(following: str) -> bool:
    """`24일(현지시간)`: the words right after a date mark it as the local date abroad."""
    window = following[:_LOCAL_REACH].lstrip(" (")
    return window.startswith(word_list("local_time.txt"))


def local_day(value: TimeValue, published: date) -> TimeValue:
    """`24일(현지시간) 발표한다` published on the 25th in Korea: the 24th abroad, not next month's."""
    day_before = published - _LOCAL_LAG
    if value.grain != "day" or value.start is None or value.start != value.end or value.start <= published.isoformat():
        return value
    if date.fromisoformat(value.start).day != day_before.day:
        return value
    said = day_before.isoformat()
    return replace(value, start=said, end=said)
