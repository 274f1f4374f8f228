"""What the events stage accumulates while it reads: drafts of events, and the discourse so far."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from hoedong.timex import TimeValue


@dataclass
class Draft:
    type: str
    participants: list[str]
    orgs: list[str]
    status: str
    sentence: int
    evidence: list[tuple[int, int]]
    date: TimeValue | None = None
    place: str | None = None
    amount: dict | None = None
    statuses: list[tuple[int, str]] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # the trigger words that told it

    def key(self) -> frozenset[str]:
        return frozenset(self.participants if self.type in ("MEET", "VISIT") else self.orgs)


@dataclass
class Discourse:
    """What the text is about so far: who its last subjects were, and the day it speaks of."""

    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    org_counts: Counter = field(default_factory=Counter)
    day: TimeValue | None = None
    trip: bool = False  # the last sentence told of a trip to a country
    pair: list[str] = field(default_factory=list)  # the two people `두 사람` would mean
    last_date: TimeValue | None = None  # the date of the previous sentence's event
    times: dict = field(default_factory=dict)  # parsed temporal expressions, by sentence and direction
    org_pair: list[str] = field(default_factory=list)  # the two organisations `양사` would mean


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
