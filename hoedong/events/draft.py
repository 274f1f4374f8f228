"""What the events stage accumulates while it reads: drafts of events, merged into events at the end."""

from __future__ import annotations

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
    follows: object = None  # the gathering this one came after in its sentence (`회담을 한 뒤 만찬`): not a report of it
    since: bool = False  # the earlier visit a `X 이후 N년 만` counts from: never the same as an undated visit
    undated: bool = False  # no one day: a series (`잇달아 만나고 있다`) or an act a source reports
    #                        (`15일 업계에 따르면 … 투자했다`), so not the day of the news either
    said: bool = False  # dated only by the day a release told it (`맺었다고 4일 밝혔다`): a day told of the act wins
    stood: bool = False  # told as a plan as it stood (`만날 계획이었다`): what the text calls off nearby undoes it
    again: bool = False  # a repeat meeting (`다시 만나`, `재회`): it came after an earlier one of the same people (repeats.py)
    after: TimeValue | None = None  # the time a repeat is told after (`지난 1월 이후 다시`): the earlier meeting's

    def key(self) -> frozenset[str]:
        return frozenset(self.participants if self.type in ("MEET", "VISIT") else self.orgs)


def unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
