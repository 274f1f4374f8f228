"""Occasions within one attendance: `이번 출장에는 A가 동행하며, A도 B와의 면담에 배석할 예정이다` tells
two. The trip's companions are those of the clauses that name the trip; a later attending clause that
names a meeting (a meeting word or the scene word before its particle: `면담에`, `자리에도`) sits in on
the meeting told on that trip, and the people it alone names (the counterpart, `B와의`) are not on
the trip for it.
"""

from __future__ import annotations

from hoedong.events.clauses import View
from hoedong.events.draft import Draft, unique
from hoedong.events.lexicon import cues, triggers


def sit_in(view: View, trip: Draft, drafts: list[Draft], clauses: set[int], joining: list[str]) -> list[str]:
    """Of `joining` (the people the attending `clauses` add to `trip`), add those of the clauses that
    name a meeting to the meeting told on the trip, and return the rest: those the trip takes."""
    meeting_clauses = {c for c in clauses if _names_meeting(view, c)}
    if trip.type != "VISIT" or not meeting_clauses or meeting_clauses == clauses:
        return joining
    people = {c: [a.entity.id for a in view.args if a.entity.type == "PERSON" and a.clause == c] for c in clauses}
    sitting = unique([p for c in meeting_clauses for p in people[c]])
    meeting = _meeting_on(trip, drafts, sitting)
    if meeting is None:
        return joining
    for person in sitting:
        if person not in meeting.participants:
            meeting.participants.append(person)
    meeting.evidence.append((view.sentence.start, view.sentence.end))
    travelling = {p for c in clauses - meeting_clauses for p in people[c]}
    return [p for p in joining if p in travelling]


def _names_meeting(view: View, clause: int) -> bool:
    """The clause names a meeting as its occasion: a meeting word or the scene word, then its particle."""
    tokens = [t for _, t in view.clause_tokens(clause)]
    for token, after in zip(tokens, tokens[1:]):
        trigger = triggers().get((token.form, "noun"))
        meeting = (trigger is not None and trigger.type == "MEET") or token.form in cues("scene")
        if meeting and after.form in cues("scene_particle"):
            return True
    return False


def _meeting_on(trip: Draft, drafts: list[Draft], sitting: list[str]) -> Draft | None:
    """The meeting told on the trip (since it was told) with someone the clause names, else the last."""
    meetings = [d for d in drafts if d.type == "MEET" and d.sentence >= trip.sentence
                and set(d.participants) & set(trip.participants)]
    return next((d for d in reversed(meetings) if set(d.participants) & (set(sitting) - set(trip.participants))), None) \
        or (meetings[-1] if meetings else None)
