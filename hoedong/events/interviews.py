"""Interviews: `[인터뷰] A 대표 "…"` then questions and answers. The answers speak in the first
person with no subject, so the one person the badge line names is who acts in them (`"지난해 X를
직접 만났다"`): the discourse's current person until another is told."""

from __future__ import annotations

from hoedong.events.clauses import View
from hoedong.events.discourse import Discourse
from hoedong.events.lexicon import cues

_BADGE_REACH = 3  # tokens at a line's start in which the interview badge stands (`[`, `인터뷰`, `]`)


def interviewee(state: Discourse, view: View) -> None:
    """A line opening with the interview badge and naming one person makes that person the speaker."""
    opening = view.sentence.tokens[:_BADGE_REACH]
    if not any(t.form in cues("interview_badge") for t in opening):
        return
    people = list(dict.fromkeys(a.entity.id for a in view.args if a.entity.type == "PERSON"))
    if len(people) == 1:
        state.people = people
