"""The ordered stages of the flow: one document in, one DocRecord out."""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import replace
from typing import Iterable, Iterator

from hoedong.article import extract_article
from hoedong.errors import InternalError
from hoedong.model import Article, DocRecord, RawDoc, failed_article


def extract(raw: RawDoc) -> DocRecord:
    """Run one document through every stage."""
    return next(run_many([raw]))


def batch_size() -> int:
    """Documents read by Kiwi at once (HOEDONG_BATCH, default 32): larger batches keep its worker
    threads busy, smaller ones hand records out sooner."""
    try:
        return max(1, int(os.environ.get("HOEDONG_BATCH", "32")))
    except ValueError:
        return 32


def run_many(raws: Iterable[RawDoc]) -> Iterator[DocRecord]:
    """Records stream out in input order; nothing accumulates beyond one batch."""
    batch: list[Article] = []
    size = batch_size()
    for raw in raws:
        batch.append(_article(raw))
        if len(batch) >= size:
            yield from _annotate(batch)
            batch = []
    if batch:
        yield from _annotate(batch)


def _article(raw: RawDoc) -> Article:
    """The article of one document. A bug the article stage hits on one document is that
    document's error (D900, its traceback on stderr), never the run's."""
    try:
        return extract_article(raw)
    except Exception as exc:  # noqa: BLE001 - reported, not swallowed
        traceback.print_exc(file=sys.stderr)
        reason = (f"internal error while reading the article ({type(exc).__name__}: {exc}); "
                  "please report this document")
        return failed_article(raw, reason, InternalError.code)


def _annotate(articles: list[Article]) -> Iterator[DocRecord]:
    """Kiwi is given the whole batch at once and its worker threads read ahead while the rules run on
    each document as its analysis comes back (analyses are taken one at a time, not all first)."""
    from hoedong.nlp import analyze_many

    analyses = analyze_many(a.body for a in articles if _readable(a))
    for article in articles:
        yield _annotate_one(article, next(analyses)) if _readable(article) else DocRecord(article=article)


def _readable(article: Article) -> bool:
    return not article.error and bool(article.body)


def _annotate_one(article: Article, analysis) -> DocRecord:
    """Entities and events of one article. A bug the rules hit on one document is reported in
    that document's record (and its traceback on stderr), never lost and never fatal to the batch."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events

    try:
        entities = find_entities(article.body, analysis, article.published)
        events = find_events(article.body, analysis, entities, article.published)
    except Exception as exc:  # noqa: BLE001 - reported, not swallowed
        traceback.print_exc(file=sys.stderr)
        reason = (f"internal error while reading entities and events ({type(exc).__name__}: {exc}); "
                  "the article fields are kept; please report this document")
        return DocRecord(article=replace(article, error=reason, error_code=InternalError.code))
    return DocRecord(article=article, entities=entities, events=events)
