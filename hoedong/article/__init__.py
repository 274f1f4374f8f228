"""Stage 2, article: RawDoc → Article (the clean body and its metadata)."""

from __future__ import annotations

from hoedong.article.dates import parse_published
from hoedong.article.html import read_html
from hoedong.article.outlets import canonical_outlet, outlet_for_url
from hoedong.article.text import read_page
from hoedong.errors import DocumentError, NoArticle
from hoedong.model import Article, RawDoc, failed_article


def extract_article(raw: RawDoc) -> Article:
    """The article in a document; metadata the source states wins over what the page shows."""
    if raw.error:
        return failed_article(raw, raw.error, raw.error_code or "D000")
    try:
        reading = read_html(raw.text, raw.meta.url) if raw.form == "html" else read_page(raw.text, raw.meta.url)
        if not reading.paragraphs:
            raise NoArticle("no article text found")
    except DocumentError as exc:
        return failed_article(raw, exc.reason, exc.code)
    meta = raw.meta
    warnings = list(raw.warnings)
    published = reading.published
    if meta.published:
        published = parse_published(meta.published)
        if published is None:
            published = meta.published
            warnings.append(f"published '{meta.published}' is not a date hoedong can read; kept as given")
    return Article(
        source=raw.source,
        doc_id=raw.doc_id,
        title=meta.title or reading.title,
        published=published,
        outlet=canonical_outlet(meta.outlet) if meta.outlet else (reading.outlet or outlet_for_url(meta.url)),
        reporters=reading.reporters,
        body="\n\n".join(reading.paragraphs),
        warnings=tuple(warnings),
    )


__all__ = ["extract_article"]
