"""The ordered stages of the flow: one document in, one DocRecord out."""

from __future__ import annotations

import sys
from collections import deque
import traceback
from dataclasses import replace
from typing import Iterable, Iterator

from hoedong.article import extract_article
from hoedong.errors import InternalError
from hoedong.model import Article, DocRecord, RawDoc, failed_article


def extract(raw: RawDoc) -> DocRecord:
    """Run one document through every stage."""
    return next(run_many([raw]))


def run_many(raws: Iterable[RawDoc]) -> Iterator[DocRecord]:
    """Records stream out in input order. Kiwi reads the bodies as one stream: its worker threads
    analyse a bounded number of documents ahead (they pull the next body when they have room) while
    this thread makes articles and runs the rules, so Kiwi's work overlaps ours and nothing piles up
    beyond what Kiwi has read ahead."""
    from hoedong.nlp import analyze_many

    waiting: deque[Article] = deque()  # articles made, in order, whose records are not out yet

    def bodies() -> Iterator[str]:
        for raw in raws:
            article = _article(raw)
            waiting.append(article)
            if _readable(article):
                yield article.body

    for analysis in analyze_many(bodies()):
        while not _readable(waiting[0]):  # a document with no body keeps its place in the output
            yield DocRecord(article=waiting.popleft())
        yield _annotate_one(waiting.popleft(), analysis)
    while waiting:
        yield DocRecord(article=waiting.popleft())


def _readable(article: Article) -> bool:
    return not article.error and bool(article.body)


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
