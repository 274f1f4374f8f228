"""The day a lede leaves out: an act told as done with no time of its own (`A사가 B사에 투자했다`,
`방한 중인 X가 …`), whose next sentence tells the same parties' act on a day (`두 회사는 25일 …
계약에 서명했다`, `X는 전날 … 만났다`), took place on that day, not on the day of the news."""

from __future__ import annotations

from hoedong.events.draft import Draft
from hoedong.events.lexicon import DEAL_TYPES, background_told
from hoedong.timex import day_shift, tells_day

_NEXT_REACH = 1  # sentences after the act's in which the same parties' act gives it its day


def date_from_next(drafts: list[Draft], body: str) -> None:
    """Give each undated act told as done the day of the first act of the same parties told as
    done in its sentence or the next: a deal the day of a deal of the same companies (`투자했다.
    두 회사는 25일 … 서명했다`), a visit the day of a meeting its traveller held (`방한 중인 X가 …
    가졌다. … 전날 … 만났다`: the trip was under way that day). Background (`투자한 바 있다`) stays undated."""
    for draft in drafts:
        if draft.date is not None or draft.undated or not _done(draft):
            continue
        if any(background_told(body[start:end]) for start, end in draft.evidence):
            continue
        dated = next((d for d in drafts if d is not draft and draft.sentence <= d.sentence <= draft.sentence + _NEXT_REACH
                      and d.date is not None and tells_day(d.date) and (day_shift(d.date) or 0) <= 0
                      and _done(d) and _same_parties(draft, d)), None)  # not `방한했다. 이튿날 … 만났다`: a day after it
        if dated is not None:
            draft.date = dated.date


def _done(draft: Draft) -> bool:
    return bool(draft.statuses) and all(status == "occurred" for _, status in draft.statuses)


def _same_parties(undated: Draft, dated: Draft) -> bool:
    """A deal and a deal of the same companies (one's among the other's: `라운드는 … 마감했다` names the
    company raising alone); a visit and a meeting its travellers are in."""
    if undated.type in DEAL_TYPES:
        one, other = undated.key(), dated.key()
        return dated.type in DEAL_TYPES and bool(one) and bool(other) and (one <= other or other <= one)
    if undated.type == "VISIT":
        return dated.type == "MEET" and set(undated.participants) <= set(dated.participants)
    return False
