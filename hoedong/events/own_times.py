"""Counterparts each told with a time of their own (`8일 A를, 9일 B를 만났다`): separate occasions,
one meeting per counterpart on its own day (ANNOTATION: people met on separate occasions).

Read only when every counterpart of the list has a time between the one before it and itself, so a
time that opens the sentence for the whole list (`3일 A, B와 만났다`) keeps it one gathering, and
not when a relative clause between them makes the time describe the counterpart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.dating import times_ahead, times_told
from hoedong.timex import TimeValue

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_LIST_SIZE = 2  # a list of counterparts has two or more
_NOUN_TAGS = ("NN", "NP", "SL", "SN", "SH", "XSN")  # what may stand between a relative clause and the name it describes


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
        if not between or _describes(r, base + between[-1].span[1], start):
            return None
        found.append(between[-1])
        previous = start
    return found if len({(t.start, t.end) for t in found}) == len(found) else None


def _describes(r: "Reading", after: int, start: int) -> bool:
    """A relative clause between the time and the counterpart ends on the counterpart's own noun
    phrase (`지난해 취임한 B`, `2019년 처음 만난 B`): the time dates what describes B, not the meeting
    (`25일 … 열린 박람회장에서 B와` still does)."""
    tokens = [t for t in r.view.sentence.tokens if after <= t.start < start]
    ends = [i for i, t in enumerate(tokens) if t.tag == "ETM"]
    return bool(ends) and all(t.tag.startswith(_NOUN_TAGS) for t in tokens[ends[-1] + 1:])
