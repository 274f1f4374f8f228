"""The ordered stages of the flow: one document in, one DocRecord out."""

from __future__ import annotations

from typing import Iterable, Iterator

from hoedong.article import extract_article
from hoedong.model import Article, DocRecord, RawDoc


def extract(raw: RawDoc) -> DocRecord:
    """Run one document through every stage."""
    return next(run_many([raw]))


def run_many(raws: Iterable[RawDoc]) -> Iterator[DocRecord]:
    """Records stream out in input order; nothing accumulates beyond one batch."""
    batch: list[Article] = []
    for raw in raws:
        batch.append(extract_article(raw))
        if len(batch) >= 32:
            yield from _annotate(batch)
            batch = []
    if batch:
        yield from _annotate(batch)


def _annotate(articles: list[Article]) -> Iterator[DocRecord]:
    """Kiwi reads the whole batch at once (its worker threads); the rules run per document."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze_many

    readable = [a for a in articles if not a.error and a.body]
    analyses = dict(zip((id(a) for a in readable), analyze_many(a.body for a in readable)))
    for article in articles:
        analysis = analyses.get(id(article))
        if analysis is None:
            yield DocRecord(article=article)
            continue
        entities = find_entities(article.body, analysis, article.published)
        events = find_events(article.body, analysis, entities, article.published)
        yield DocRecord(article=article, entities=entities, events=events)
