"""Reports: one document-level event each, with what fusion needs of it and nothing more (no
article body), and the time it can be about at the precision its document gives."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta

UNDATED_WINDOW = 7  # days before its publication an undated report can be about
PLAN_HORIZON = 60  # days after its publication an undated plan (or rumour, or denial) can be about
_AHEAD = ("planned", "requested", "speculated", "denied")
_DAY_OF_MONTH = re.compile(r"(?<!\d)(\d{1,2})일")
SPAN_PADDING = 3  # days either side of a date another report's date may lie and still agree (a stay)
ANY_TIME = "*"  # the bucket of a report whose time is unknown: compared with every time


@dataclass(frozen=True)
class Span:
    """The days a report's date covers and the precision it was told at (day, month, year)."""

    first: date
    last: date
    precision: str
    explicit: bool  # told by a time expression, not the day of the news


@dataclass(frozen=True)
class Report:
    doc_id: str
    index: int
    source: str
    outlet: str | None
    published: str | None
    type: str
    people: frozenset[str]
    orgs: frozenset[str]
    date: dict | None
    place: str | None
    status: str
    topics: tuple[str, ...]
    amount: dict | None
    evidence: str
    context_day: int | None = None  # the one day of the month its article tells, when it has no month

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc_id, self.index)

    @property
    def members(self) -> frozenset[str]:
        return self.people | self.orgs

    @cached_property
    def content(self) -> tuple:
        """All that evidence (corpus/evidence.py) reads of a report besides its article's identity:
        reposts of one wire story share it, and are compared once."""
        return (self.type, self.people, self.orgs, json.dumps(self.date, sort_keys=True), self.place,
                self.status, self.topics, self.evidence, self.published, self.context_day)

    @cached_property
    def span(self) -> Span | None:
        return span_of(self.date)

    @cached_property
    def day_of_month(self) -> int | None:
        """A day told without its month (`4일` in an article with no publication date); a report
        without a day of its own, or told only by reference (`이날`), is of the day its article tells."""
        if self.span is not None:
            return None
        return day_told((self.date or {}).get("text")) or self.context_day

    @cached_property
    def published_day(self) -> date | None:
        return _day(self.published)

    @cached_property
    def window(self) -> tuple[date, date] | None:
        """The days an undated report can be about, from its publication date and status: the
        days just before it, and for a plan (a rumour, a denial) the weeks after it too."""
        published = self.published_day
        if self.span is not None or published is None:
            return None
        after = PLAN_HORIZON if self.status in _AHEAD else 1
        return published - timedelta(days=UNDATED_WINDOW), published + timedelta(days=after)

    @property
    def timeline_key(self) -> tuple:
        """Oldest first by publication; reports of unknown time first, then by source."""
        return (self.published or "", self.source, self.index)


def report_of(doc: dict, index: int, event: dict, member_of: dict, evidence: str,
              context_day: int | None = None) -> Report:
    """One report from its document's metadata and its event as stored (ids fused by `member_of`)."""
    doc_id = doc["doc_id"]
    return Report(doc_id=doc_id, index=index, source=doc["source"], outlet=doc.get("outlet"),
                  published=doc.get("published"), type=event["type"],
                  people=frozenset(member_of[(doc_id, p)] for p in event["participants"]),
                  orgs=frozenset(member_of[(doc_id, o)] for o in event["orgs"]), date=event.get("date"),
                  place=event.get("place"), status=event["status"], topics=tuple(event.get("topics") or ()),
                  amount=event.get("amount"), evidence=evidence, context_day=context_day)


def evidence_text(body: str, event: dict) -> str:
    return " ".join(body[e["start"]: e["end"]] for e in event["evidence"])


def reports_of(records: list[dict], member_of: dict) -> list[Report]:
    return [report_of(record, index, event, member_of, evidence_text(record["body"], event), context_day(record["events"]))
            for record in records for index, event in enumerate(record["events"])]


def day_told(text: str | None) -> int | None:
    found = _DAY_OF_MONTH.search(text or "")
    return int(found.group(1)) if found and 1 <= int(found.group(1)) <= 31 else None


def context_day(events: list[dict]) -> int | None:
    """The day of the month an article with unresolved dates tells, when it tells just one."""
    days = {day_told((e.get("date") or {}).get("text")) for e in events
            if e.get("date") and not e["date"].get("start")}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def span_of(value: dict | None) -> Span | None:
    start = (value or {}).get("start")
    if not start:
        return None
    end = value.get("end") or start
    try:
        first, _ = _bounds(start)
        _, last = _bounds(end if len(end) >= len(start) else start)
    except ValueError:
        return None
    precision = {10: "day", 7: "month", 4: "year"}.get(len(start), "day")
    return Span(first, max(first, last), precision, bool(value.get("text")))


def _bounds(text: str) -> tuple[date, date]:
    if len(text) >= 10:
        day = date.fromisoformat(text[:10])
        return day, day
    if len(text) == 7:
        year, month = int(text[:4]), int(text[5:7])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    year = int(text[:4])
    return date(year, 1, 1), date(year, 12, 31)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text and len(text) >= 10 else None
    except ValueError:
        return None


def buckets(report: Report) -> frozenset[str]:
    """The months a report can be about (SPAN_PADDING days either side included): two reports whose
    dates agree always share one. ANY_TIME when nothing bounds it."""
    span = report.span
    if span is not None:
        return _months(span.first - timedelta(days=SPAN_PADDING), span.last + timedelta(days=SPAN_PADDING))
    if report.window is None:
        return frozenset({ANY_TIME})
    first, last = report.window
    return _months(first - timedelta(days=1), last + timedelta(days=1))


def _months(first: date, last: date) -> frozenset[str]:
    found, year, month = set(), first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.add(f"{year:04d}-{month:02d}")
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return frozenset(found)


def block_rows(record: dict) -> list[tuple[int, str, str, str]]:
    """(event index, type, member's name group, month) for each event of a record: what the store
    indexes so an incremental fusion finds the reports a new one may be compared with. Name groups
    (corpus.entities.fusion_key) hold every fused entity of that name, so the blocks are never finer
    than fusion's own; an organisation's groups are indexed too, as cluster.candidate_pairs blocks them."""
    from hoedong.corpus.entities import fusion_key
    from hoedong.corpus.parties import groups_of_key

    groups = {e["id"]: fusion_key(e["type"], e["name"], e.get("kb_key")) for e in record["entities"]}
    above = {e["id"]: groups_of_key(e.get("kb_key")) for e in record["entities"]}
    rows = []
    for index, event in enumerate(record["events"]):
        shape = Report(doc_id=record["doc_id"], index=index, source=record["source"], outlet=record.get("outlet"),
                       published=record.get("published"), type=event["type"], people=frozenset(), orgs=frozenset(),
                       date=event.get("date"), place=None, status=event["status"], topics=(), amount=None, evidence="")
        months = sorted(buckets(shape))
        keys = {groups[m] for m in [*event["participants"], *event["orgs"]]} | {g for o in event["orgs"] for g in above[o]}
        for member in sorted(keys):
            rows += [(index, event["type"], member, month) for month in months]
    return rows
