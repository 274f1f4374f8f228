"""The acts inside a trip: a meeting planned for a trip the text told as called off did not take place."""

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
