"""Meetings told by their topic (`A와 B는 … 방안을 논의했다`): the discussion is a meeting of the two
only when no meeting of theirs was told before; after one (`… 만났다. 두 사람은 … 논의했다`,
`… 만난다. 이들은 … 논의할 것으로 보인다`) it is what they did there, and tells no time or status
of its own."""

from __future__ import annotations

from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues


def told_before(draft: Draft, word: str, drafts: list[Draft]) -> bool:
    """Whether `draft`, a meeting told by a discussion word, is a meeting of the same people told before."""
    if draft.type != "MEET" or word not in cues("topic_meeting"):
        return False
    people = set(draft.participants)
    return any(d.type == "MEET" and people <= set(d.participants) for d in drafts)
