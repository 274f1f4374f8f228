"""Page dumps (plain text with site chrome) → Article, through the line classifier."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoedong.article.layout import Layout, find_layout
from hoedong.article.lines import Line, classify_lines
from hoedong.article.runon import split_run_on
from hoedong.article.metadata import find_outlet, find_published, find_reporters, find_title, strip_dateline

_HOVER_CLOSE = "닫기"  # the card's close button; searched for first, as the card's pattern is costly to try
_HOVER_CARD = re.compile(rf"(?P<name>[^\s닫]{{1,12}}(?: [^\s닫]{{1,12}})?){_HOVER_CLOSE}(?P=name)\s*(?:광고\s*보고\s*)?기사\s*보기")
_SPACE_RUN = re.compile(r" {2,}")


@dataclass(frozen=True)
class PageReading:
    """What the classifier read off a page: body paragraphs and metadata found in the chrome."""

    paragraphs: tuple[str, ...]
    title: str | None
    published: str | None
    outlet: str | None
    reporters: tuple[str, ...]
    lines: tuple[Line, ...]
    layout: Layout | None


def read_page(page: str, url: str | None = None) -> PageReading:
    lines = classify_lines(split_run_on(page))
    layout = find_layout(lines)
    paragraphs: list[str] = []
    if layout is not None:
        paragraphs = [line.text for line in layout.deck] + [line.text for line in layout.body_lines]
        lede = len(layout.deck)
        paragraphs[lede] = strip_dateline(paragraphs[lede])
        paragraphs = [clean_paragraph(p) for p in paragraphs]
        paragraphs = [p for p in paragraphs if p]
    outlet = find_outlet(lines, layout, url)
    return PageReading(
        paragraphs=tuple(paragraphs),
        title=find_title(lines, layout),
        published=find_published(lines, layout),
        outlet=outlet,
        reporters=find_reporters(lines, layout, outlet),
        lines=tuple(lines),
        layout=layout,
    )


def clean_paragraph(text: str) -> str:
    """Remove what sites inject into paragraphs (person hover-cards)."""
    if _HOVER_CLOSE in text:
        text = _HOVER_CARD.sub(lambda m: m["name"], text)
    return _SPACE_RUN.sub(" ", text).strip()
