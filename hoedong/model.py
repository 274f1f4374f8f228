"""Plain data passed between the stages of the flow (see DESIGN.md).

Every stage takes one of these and returns a new one; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceForm = Literal["text", "html"]


@dataclass(frozen=True)
class SourceMeta:
    """Metadata a source states about a document (a JSONL feed, a WARC header).

    What a source states wins over what extraction finds.
    """

    id: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class RawDoc:
    """One document as read from its source, decoded to text.

    `error` is set (and `text` empty) when the document could not be read; the
    record for it still flows through the pipeline so nothing is silently lost.
    """

    source: str
    doc_id: str
    text: str
    form: SourceForm
    meta: SourceMeta = SourceMeta()
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    error: str | None = None
    error_code: str | None = None


@dataclass(frozen=True)
class Article:
    """The clean article: the body text every later offset points into."""

    source: str
    doc_id: str
    title: str | None
    published: str | None
    outlet: str | None
    reporters: tuple[str, ...]
    body: str
    warnings: tuple[str, ...] = ()
    error: str | None = None
    error_code: str | None = None


@dataclass(frozen=True)
class Role:
    title: str
    org: str | None  # entity id of the organisation, when the document names it


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place or product the body names, with every mention of it."""

    id: str
    type: str  # PERSON | ORG | PLACE | PRODUCT | PROJECT | OTHER
    name: str
    name_en: str | None
    kb_id: str | None  # Wikidata QID, when the knowledge base is certain of it
    kb_key: str | None  # the knowledge-base entry it is linked to (person:이재용), else None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    mentions: tuple[tuple[int, int], ...]  # [start, end) offsets into the body

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "name_en": self.name_en,
            "kb_id": self.kb_id,
            "kb_key": self.kb_key,
            "aliases": list(self.aliases),
            "roles": [{"title": r.title, "org": r.org} for r in self.roles],
            "mentions": [list(span) for span in self.mentions],
        }


@dataclass(frozen=True)
class Event:
    """A meeting, visit, partnership or investment the body states, with its evidence."""

    type: str  # MEET | VISIT | PARTNER | INVEST
    participants: tuple[str, ...]  # entity ids of people
    orgs: tuple[str, ...]  # entity ids of organisations
    date: dict | None  # {"start", "end", "text"} ISO partial dates
    place: str | None
    status: str  # occurred | planned | requested | speculated | denied
    topics: tuple[str, ...]
    amount: dict | None  # INVEST: {"value", "currency", "text"}
    evidence: tuple[tuple[int, int], ...]  # sentence offsets into the body

    def to_json(self) -> dict:
        return {
            "type": self.type,
            "participants": list(self.participants),
            "orgs": list(self.orgs),
            "date": self.date,
            "place": self.place,
            "status": self.status,
            "topics": list(self.topics),
            "amount": self.amount,
            "evidence": [{"start": s, "end": e} for s, e in self.evidence],
        }


@dataclass(frozen=True)
class DocRecord:
    """What `hoedong extract` prints for one document (spec/OUTPUT.md)."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()

    def to_json(self) -> dict:
        a = self.article
        record = {
            "source": a.source,
            "doc_id": a.doc_id,
            "title": a.title,
            "published": a.published,
            "outlet": a.outlet,
            "reporters": list(a.reporters),
            "body": a.body,
            "entities": [entity.to_json() for entity in self.entities],
            "events": [event.to_json() for event in self.events],
        }
        if a.warnings:
            record["warnings"] = list(a.warnings)
        if a.error:
            record["error"] = a.error
            record["error_code"] = a.error_code
        return record


def failed_article(raw: RawDoc, error: str, code: str) -> Article:
    """An empty article that carries the reason its document failed."""
    return Article(
        source=raw.source,
        doc_id=raw.doc_id,
        title=raw.meta.title,
        published=raw.meta.published,
        outlet=raw.meta.outlet,
        reporters=(),
        body="",
        warnings=raw.warnings,
        error=error,
        error_code=code,
    )


__all__ = ["SourceMeta", "RawDoc", "Article", "Role", "Entity", "Event", "DocRecord", "failed_article", "field"]
