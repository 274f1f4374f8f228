"""Plans as they stood (`만날 계획이었다`, status.plan_as_it_stood): a meeting planned for a trip the
text told as called off did not take place, and the old plan of an act told just before as moved
to a new time is that act again, on the new time."""

from __future__ import annotations

from hoedong.events.draft import Draft
from hoedong.events.history import settle

_TRIP_REACH = 3  # sentences after a trip called off in which a plan for it may be told (`… 만날 계획이었다`)


def called_off_trip(meeting: Draft, drafts: list[Draft]) -> Draft | None:
    """`다음 주로 예정됐던 X의 방한이 취소됐다. X는 방한 기간 중 Y와 만날 계획이었다`: the trip, told
    just before as called off, of someone in a meeting told as a plan as it stood (status.plan_as_it_stood);
    the meeting goes with it, denied on the trip's time."""
    for trip in reversed(drafts):
        if trip.type != "VISIT" or meeting.sentence - trip.sentence > _TRIP_REACH:
            continue
        if set(trip.participants) & set(meeting.participants):
            return trip if settle([s for _, s in trip.statuses])[0] == "denied" else None
    return None


def told_before(act: Draft, drafts: list[Draft]) -> Draft | None:
    """`… 계약이 다음 달 초로 미뤄졌다. 두 회사는 당초 이달 말 계약을 체결할 예정이었다`: the act a
    plan as it stood tells again, told just before by the same people or organisations; the old
    plan's time is not the act's (the report before gives it)."""
    return next((d for d in reversed(drafts) if d.type == act.type and d.key() == act.key() and _same_place(act, d)
                 and act.sentence - d.sentence <= _TRIP_REACH and d.sentence < act.sentence), None)


def _same_place(act: Draft, other: Draft) -> bool:
    """Not another leg of a trip (`당초 오타와에도 들를 예정이었으나`): the same place, or one not named."""
    return act.place is None or other.place is None or act.place == other.place
