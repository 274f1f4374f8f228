"""Repeat meetings: `다시 만나`, `재회` tell a meeting that comes after an earlier one of the same
people. So a repeat that names fewer than two people is between the people of the earlier meeting
(`두 사람은 … 재회했다. … "그가 오는 다음 달 다시 만나기로 했다"`); a time the repeat is told after
(`지난 1월 이후 다시 만나`) is the earlier meeting's, not the repeat's: the repeat keeps no day of it,
and a report of the pair by that time is the earlier meeting, another gathering than the repeat
(merge.py keeps them apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues
from hoedong.timex import TimeValue

if TYPE_CHECKING:  # arguments.py reads the discourse, which merges through this module
    from hoedong.events.arguments import Reading

_AGAIN_REACH = 2  # tokens before a meeting word in which `다시` makes it a repeat (`다시 마주 앉았다`)
_PAIR = 2  # people a meeting needs
_BOUND_GAP = 1  # characters between a time and the `이후` that makes it the bound of the repeat


def mark_repeats(made: list[Draft], tokens, index: int, text: str, told_here) -> None:
    """Mark the meetings the word at `index` tells as repeats; a time the sentence (`text`) names
    just before `이후` (event_cues `since`) becomes the bound the repeat came after, no longer its
    date (`told_here(text, time)`: the time is the sentence's own, not one carried over)."""
    if not _told_again(tokens, index):
        return
    for draft in made:
        if draft.type != "MEET":
            continue
        draft.again = True
        if told_here(text, draft.date) and _bounds(text, draft.date):
            draft.after, draft.date = draft.date, None


def repeat_of(reading: Reading, told: list[Draft]) -> list[Draft]:
    """A repeat the arguments gave no meeting of two (`B 회장이 오면 다시 만나기로`, a `재회` with its
    pair left unsaid): the people of the last meeting told of whoever its clause names, else of the
    last meeting told."""
    if reading.trigger.type != "MEET" or not _told_again(reading.view.sentence.tokens, reading.index):
        return []
    named = {a.entity.id for a in reading.people}
    earlier = next((d for d in reversed(told) if d.type == "MEET" and len(d.participants) >= _PAIR
                    and (not named or named & set(d.participants))), None)
    return [reading.draft("MEET", list(earlier.participants), [])] if earlier is not None else []


def told_apart(one: Draft, other: Draft) -> bool:
    """A repeat told after a time and a report of the same people, not told as a repeat, that took
    place by that time are two meetings (`1월에 … 만났다` and `지난 1월 이후 다시 만나`)."""
    if one.type != "MEET" or one.again == other.again:
        return False
    repeat, plain = (one, other) if one.again else (other, one)
    if repeat.after is None or not repeat.after.end or plain.date is None or not plain.date.start:
        return False
    return plain.date.start <= repeat.after.end


def _told_again(tokens, index: int) -> bool:
    """`재회`, or `다시` right before the meeting word."""
    if tokens[index].form in cues("again"):
        return True
    return any(t.form in cues("again") for t in tokens[max(0, index - _AGAIN_REACH): index])


def _bounds(text: str, time: TimeValue) -> bool:
    """The time's words are followed by `이후` (`지난 1월 이후`)."""
    end = time.span[1]
    following = text[end:].lstrip()
    return len(text[end:]) - len(following) <= _BOUND_GAP and following.startswith(cues("since"))
