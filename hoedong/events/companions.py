"""Companions told by their own verb (`Y가 동행했다`, `동행한 Y는 …`), with no scene word to point
back to the trip (`이번 출장에는`: discourse.attend): they travel on the trip the sentence told in an
earlier clause, else on the one the sentence before told (ANNOTATION: one VISIT per trip and
destination; its participants are who travels). One told as not going along (`당초 동행할 예정이던 Y는
… 합류하지 못했다`) misses the trip: a denied VISIT of their own, in the trip's month."""

from __future__ import annotations

from hoedong.events.clauses import SUBJECT_ROLES, View, chained_before
from hoedong.events.draft import Draft, unique
from hoedong.events.lexicon import cues, names_travel
from hoedong.timex import TimeValue, month_of

_LIST_ROLES = SUBJECT_ROLES + ("also", "list")  # a companion is the clause's subject, or one of a list of them
_HEAD_AFTER = 3  # tokens from the companion word to the head its relative clause describes (`동행`+`하`+`ᆫ`+X)
_BEFORE = 1  # sentences back in which the trip the companions join was told
_NAMED_BEFORE = 4  # the same, when the companion word names the trip (`자카르타 일정에 동행한`)
_MISSED_BEFORE = 3  # sentences back in which the trip someone could not join was told
_NEGATION_REACH = 3  # tokens from a joining word to the negation after it (`합류 하 지 못하`, `출국 하 지 못`)
_TAKEN_ROLES = ("object", "list")  # `A 부사장과 B 전무를`: the people taken along, a list ending in the object particle


def go_along(view: View, found: list[Draft], drafts: list[Draft], number: int) -> None:
    """Add the people of a companion clause to the trip they go along on, unless the sentence
    already made them travellers (`X 대통령의 방문에 동행한다`: participants.accompanying; `ASML 방문에는 …
    동행한다`: discourse.attend, the site's visit)."""
    at = _companion_at(view)
    if at is None:
        return
    people = _companions(view, at)
    told_here = (view.sentence.start, view.sentence.end)  # an attendance (`노르디아텍 방문에는 … 동행한다`) joined them
    if not people or any(set(people) & set(d.participants) for d in found + drafts
                         if d.type == "VISIT" and (d in found or told_here in d.evidence)):
        return
    trip = _trip_gone_on(view, view.clause_of[at], found, drafts, number, at)
    if trip is not None:
        trip.participants.extend(p for p in people if p not in trip.participants)


def _companion_at(view: View) -> int | None:
    """The index of a companion word used as a verb (`동행했다`, `동행한`; not `동행 일정`)."""
    if view.forms.isdisjoint(cues("going_along")):
        return None  # no companion word (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    return next((i for i, t in enumerate(tokens[:-1]) if t.form in cues("going_along") and tokens[i + 1].tag == "XSV"),
                None)


def _companions(view: View, at: int) -> list[str]:
    """Who goes along: the people a relative clause describes (`동행한 A와 B는`: its head and those
    listed with it, not `… 동행한 가운데`), else the subjects before the verb (`Y가 동행했다`)."""
    tokens = view.sentence.tokens
    clause = view.clause_of[at]
    people = [a for a in view.args if a.entity.type == "PERSON" and a.clause == clause and a.role in _LIST_ROLES]
    for earlier in ([] if people else chained_before(view, clause)):  # `X도 사절단을 이끌고 동행했다`
        people = people or [a for a in view.args_in(earlier) if a.entity.type == "PERSON" and a.role in _LIST_ROLES]
    head = at + _HEAD_AFTER
    if head < len(tokens) and tokens[head - 1].tag == "ETM":
        described = [a for a in people if a.start >= tokens[head].start]
        if not described or described[0].start != tokens[head].start:
            return []
        return unique([a.entity.id for a in described])
    return unique([a.entity.id for a in people if a.end <= tokens[at].start])


def _trip_gone_on(view: View, clause: int, found: list[Draft], drafts: list[Draft], number: int,
                  at: int) -> Draft | None:
    """The visit of an earlier clause of the sentence, else the last trip (to a country, region or
    city) the sentence before told; a companion word that names the trip it joins (`자카르타 일정에
    동행한`, `이번 일정에 동행한`) reaches a few sentences further back, to the trip to the place it
    names if there is one."""
    own = [d for d in found if d.type == "VISIT" and _clause_of(view, d) < clause]
    if own:
        return own[-1]
    named = _trip_named(view.sentence.tokens, at)
    reach = _NAMED_BEFORE if named is not None else _BEFORE
    before = [d for d in drafts if d.type == "VISIT" and 0 < number - d.sentence <= reach and names_travel(d.place)]
    there = [d for d in before if named and set(named) & set((d.place or "").split())]
    return (there or before or [None])[-1]


def _trip_named(tokens, at: int) -> list[str] | None:
    """`자카르타 일정에 동행한`, `이번 출장에 동행했다`, `이번 순방에는 X도 사절단을 이끌고 동행했다`: a word
    for a trip (event_cues `trip_named`) with the particle of a scene before the companion word; returns
    the proper nouns before it (the place it names, `자카르타`), else None."""
    scenes = [i for i in range(at - 1) if tokens[i].form in cues("trip_named") and tokens[i + 1].form in cues("scene_particle")]
    if not scenes:
        return None
    names = []
    for token in reversed(tokens[:scenes[-1]]):
        if token.tag != "NNP":
            break
        names.insert(0, token.form)
    return names


def _clause_of(view: View, draft: Draft) -> int:
    """The clause of the sentence whose event word told the draft (its first evidence in the sentence)."""
    return min((view.clause_of[i] for i, t in enumerate(view.sentence.tokens) if t.form in draft.words), default=0)


def stay_behind(view: View, found: list[Draft], drafts: list[Draft], number: int) -> None:
    """`당초 동행할 예정이던 Y는 … 합류하지 못했다`, `방문단에 이름을 올렸던 Y는 … 출국하지 못했다`: a person
    told as not joining a trip (event_cues `joining_trip`, then `missed_negation`) misses the trip the text told
    last, which Y is not on: a denied VISIT of Y's own to its place, in its month (ANNOTATION: `합류하지
    못했다` is denied; a non-attendance keeps the time of the trip missed). A visit word the sentence read
    itself (`방한하지 못했다`) takes that month when it has no time of its own."""
    if view.forms.isdisjoint(cues("joining_trip")):
        return  # no word of joining a trip (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.form in cues("joining_trip") and any(
        f.form in cues("missed_negation") for f in tokens[i + 1: i + 1 + _NEGATION_REACH])), None)
    if at is None:
        return
    people = unique([a.entity.id for a in view.args if a.entity.type == "PERSON" and a.role in SUBJECT_ROLES
                     and a.end <= tokens[at].start])
    trips = [d for d in drafts if d.type == "VISIT" and 0 <= number - d.sentence <= _MISSED_BEFORE
             and not set(people) & set(d.participants)]
    if not people or not trips:
        return
    trip = trips[-1]
    own = [d for d in found if d.type == "VISIT" and set(people) & set(d.participants)]
    for draft in own:
        draft.date = draft.date or _month_of_trip(trip.date)
    if not own:
        own = [Draft("VISIT", people, [], "denied", number, [(view.sentence.start, view.sentence.end)],
                     date=_month_of_trip(trip.date), place=trip.place, statuses=[(number, "denied")])]
        found.extend(own)
    for draft in own:  # set up with the trip, then missed: the trip's time stands (merge._never_scheduled)
        if "planned" not in {s for _, s in draft.statuses}:
            draft.statuses.insert(0, (number, "planned"))


def taken_along(view: View, clause: int) -> list[str]:
    """`X가 A 부사장과 B 전무를 대동하고 오스틴을 찾았다`: the people a clause chained before the visit's
    takes along (the object of an event_cues `taking_along` word) travel with its subject."""
    taken = []
    for earlier in chained_before(view, clause):
        forms = {t.form for _, t in view.clause_tokens(earlier)}
        if forms & set(cues("taking_along")):
            taken += [a.entity.id for a in view.args_in(earlier) if a.entity.type == "PERSON" and a.role in _TAKEN_ROLES]
    return unique(taken)


def _month_of_trip(when: TimeValue | None) -> TimeValue | None:
    """The month of the trip's time: the days of a trip missed are not the missing person's."""
    return month_of(when) if when is not None and when.start else when
