"""A deal still to come dated by the step that settles it: `3사 MOU 서명식은 다음 달 3일 열린다`, `오는
22일 투자심의위원회에서 투자 여부를 확정할 예정이다`, `신주는 다음 달 10일 발행된다`. A partnership or
investment told as ahead with no time of its own takes the time ahead its sentence gives, later on, for
its ceremony, signing, decision, share issue or payment (event_cues.tsv: deal_ceremony, signing,
closing, deal_step)."""

from __future__ import annotations

from datetime import date

from hoedong.events.clauses import View
from hoedong.events.dating import ended_before, times_ahead
from hoedong.events.discourse import Discourse
from hoedong.events.draft import Draft
from hoedong.events.lexicon import DEAL_TYPES, cues
from hoedong.events.status import tense
from hoedong.timex import TimeValue

_AHEAD = ("future", "present")  # `확정할 예정이다`, `열린다`: the step still to come, not `서명했다`
_STEP_KINDS = ("deal_ceremony", "signing", "closing", "deal_step")


def date_by_step(view: View, text: str, day: date | None, state: Discourse, found: list[Draft]) -> None:
    """Give each deal of `found` still ahead and undated the time of the step the sentence tells after it."""
    tokens = view.sentence.tokens
    for draft in found:
        if draft.type not in DEAL_TYPES or draft.date is not None:
            continue  # talks with no day of their own (`투자를 검토하고 있으며`) take the day set for the decision
        if not all(status in ("planned", "present") for _, status in draft.statuses):
            continue
        at = next((i for i, t in enumerate(tokens) if t.form in draft.words), None)
        step = None if at is None else next((j for j in range(at + 1, len(tokens)) if _is_step(tokens[j].form)), None)
        if step is None or tense(list(tokens[step:])) not in _AHEAD:
            continue
        when = _time_of_step(view, text, day, state, at, step)
        if when is not None:
            draft.date = when


def _is_step(form: str) -> bool:
    return any(form in cues(kind) for kind in _STEP_KINDS)


def _time_of_step(view: View, text: str, day: date | None, state: Discourse, at: int, step: int) -> TimeValue | None:
    """The time ahead nearest the step word, after the deal word and within the step's clause."""
    tokens = view.sentence.tokens
    clause = [t for i, t in enumerate(tokens) if view.clause_of[i] == view.clause_of[step]]
    lo = tokens[at].end - view.sentence.start
    hi = (clause[-1].end if clause else tokens[-1].end) - view.sentence.start
    here = tokens[step].start - view.sentence.start
    times = [t for t in times_ahead(view, text, day, state)
             if t.start and lo <= t.span[0] < hi and not ended_before(t, day)]
    return min(times, key=lambda t: abs(t.span[0] - here), default=None)
