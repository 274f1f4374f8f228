"""Meetings told by their topic (`A와 B는 … 방안을 논의했다`): the discussion is a meeting of the two
only when no meeting of theirs was told before; after one (`… 만났다. 두 사람은 … 논의했다`,
`… 만난다. 이들은 … 논의할 것으로 보인다`) it is what they did there: the sentence is evidence of
that meeting and tells no time or status of its own. So is a discussion told counterpart by
counterpart after meetings told one per counterpart, and a meeting counted among others
(`만나는 것은 이번이 네 번째다`: the gathering now told, not one on the day the count starts from)."""

from __future__ import annotations

from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues

_MEETING_SIZE = 2  # a meeting needs two named people; a discussion told apart needs two meetings


def names_gathering(word: str) -> bool:
    """Whether the event word names a gathering: a discussion word tells what was done at one, so
    beside a gathering named again (`간담회에는 … 참석해 … 논의했다`) it is that gathering's, not another."""
    return word not in cues("topic_meeting")


def meetings_told(draft: Draft, word: str, drafts: list[Draft], counted: bool = False) -> list[Draft]:
    """The meeting of the same people told before `draft`, a meeting told by a discussion word or
    counted among others (`만나는 것은 이번이 세 번째다`: the gathering now told); else, for a
    discussion told counterpart by counterpart (`A는 B와 …을, C와는 …을 논의했다`), the meetings told
    one per counterpart before it (`B와 C를 잇따라 만났다`). Empty when it tells a meeting of its own."""
    if draft.type != "MEET" or (word not in cues("topic_meeting") and not counted):
        return []
    people = set(draft.participants)
    meetings = [d for d in drafts if d.type == "MEET"]
    covering = next((d for d in reversed(meetings) if people <= set(d.participants)), None)
    if covering is not None:
        return [covering]
    parts = [d for d in meetings if len(d.participants) >= _MEETING_SIZE and set(d.participants) < people]
    told = [d for d in parts if d.sentence == parts[-1].sentence] if parts else []
    joined = {p for d in told for p in d.participants}
    return told if len(told) >= _MEETING_SIZE and joined == people else []


def fold_told(made: list[Draft], word: str, drafts: list[Draft], counted: bool = False) -> list[Draft]:
    """`made` without the discussions or counts of meetings told before, whose sentences join those meetings' evidence."""
    kept = []
    for draft in made:
        meetings = meetings_told(draft, word, drafts, counted)
        if not meetings:
            kept.append(draft)
        for meeting in meetings:
            meeting.evidence.extend(span for span in draft.evidence if span not in meeting.evidence)
    return kept
