"""Counterparts each told with a time of their own (`8일 A를, 9일 B를 만났다`): separate occasions,
one meeting per counterpart on its own day (ANNOTATION: people met on separate occasions).

Read only when every counterpart of the list has a time between the one before it and itself, so a
time that opens the sentence for the whole list (`3일 A, B와 만났다`) keeps it one gathering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.dating import times_ahead, times_told
from hoedong.timex import TimeValue

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_LIST_SIZE = 2  # a list of counterparts has two or more


def own_times(r: "Reading", others: list[str]) -> list[TimeValue] | None:
    """The time of each counterpart in `others` (in their order), when each is told with one of its
    own and no two share one; else None."""
    if len(others) < _LIST_SIZE:
        return None
    starts = [min((a.start for a in r.people if a.entity.id == other), default=None) for other in others]
    if any(s is None for s in starts) or starts != sorted(starts):
        return None
    base = r.view.sentence.start
    told = times_told if r.status == "occurred" else times_ahead
    times = told(r.view, r.text, r.day, r.state)
    found: list[TimeValue] = []
    previous = base
    for start in starts:
        between = [t for t in times if previous <= base + t.span[0] < start]
        if not between:
            return None
        found.append(between[-1])
        previous = start
    return found if len({(t.start, t.end) for t in found}) == len(found) else None
