"""The status of a gathering from its status history: what each report said of it, oldest first.

One rule for both places a gathering is told more than once: the sentences of one article
(events/merge.py, ordered by sentence) and the articles of many outlets (corpus fusion, ordered by
publication time). Reports (held, planned, denied) are weighed by time: a later report of the act
beats earlier plans and denials, a later denial or cancellation beats an earlier plan or report,
and a plan never undoes what was told before it: told after the act it is stale, told after a
denial it is most often the story being denied (`앞서 일부 매체는 … 보도했다`).
Hearsay (speculation, a request) never overrides a report; among hearsay alone the most advanced
wins.
"""

from __future__ import annotations

from typing import Sequence

HEARSAY = ("speculated", "requested")  # weakest first
REPORTED = ("planned", "occurred", "denied")
_HEARSAY_RANK = {status: rank for rank, status in enumerate(HEARSAY)}


def settle(history: Sequence[str]) -> tuple[str, tuple[int, ...]]:
    """The status a history (oldest first) supports, and the indexes of the decisive reports:
    the one that set it and the later ones that said the same."""
    if not history:
        raise ValueError("a status history needs at least one report")
    current, setter = None, 0
    for index, status in enumerate(history):
        if _overrides(status, current):
            current, setter = status, index
    if current is None:  # statuses outside the model (none today): the last word stands
        current, setter = history[-1], len(history) - 1
    return current, tuple(i for i in range(setter, len(history)) if history[i] == current)


def _overrides(status: str, current: str | None) -> bool:
    """Whether a report of `status`, told after the history so far settled on `current`, replaces it."""
    if status in HEARSAY:
        if current is None:
            return True
        return current in HEARSAY and _HEARSAY_RANK[status] > _HEARSAY_RANK[current]
    if status not in REPORTED or status == current:
        return False
    if status == "planned":
        return current not in ("occurred", "denied")
    return True  # held, or denied: the later report of the act or its denial
