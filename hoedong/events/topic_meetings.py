"""Meetings told by their topic (`A와 B는 … 방안을 논의했다`): the discussion is a meeting of the two
only when no meeting of theirs was told before; after one (`… 만났다. 두 사람은 … 논의했다`,
`… 만난다. 이들은 … 논의할 것으로 보인다`) it is what they did there: the sentence is evidence of
that meeting and tells no time or status of its own."""

from __future__ import annotations

from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues


def names_gathering(word: str) -> bool:
    """Whether the event word names a gathering: a discussion word tells what was done at one, so
    beside a gathering named again (`간담회에는 … 참석해 … 논의했다`) it is that gathering's, not another."""
    return word not in cues("topic_meeting")


def told_before(draft: Draft, word: str, drafts: list[Draft]) -> Draft | None:
    """The meeting of the same people told before `draft`, a meeting told by a discussion word, if any."""
    if draft.type != "MEET" or word not in cues("topic_meeting"):
        return None
    people = set(draft.participants)
    return next((d for d in reversed(drafts) if d.type == "MEET" and people <= set(d.participants)), None)


def fold_told(made: list[Draft], word: str, drafts: list[Draft]) -> list[Draft]:
    """`made` without the discussions of a meeting told before, whose sentences join that meeting's evidence."""
    kept = []
    for draft in made:
        meeting = told_before(draft, word, drafts)
        if meeting is None:
            kept.append(draft)
            continue
        meeting.evidence.extend(span for span in draft.evidence if span not in meeting.evidence)
    return kept
