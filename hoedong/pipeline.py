"""The ordered stages of the flow: one document in, one DocRecord out."""

from __future__ import annotations

from typing import Iterable, Iterator

from hoedong.article import extract_article
from hoedong.model import DocRecord, RawDoc


def extract(raw: RawDoc) -> DocRecord:
    """Run one document through every stage."""
    article = extract_article(raw)
    return DocRecord(article=article)


def run_many(raws: Iterable[RawDoc]) -> Iterator[DocRecord]:
    """Records stream out in input order; nothing accumulates."""
    for raw in raws:
        yield extract(raw)
