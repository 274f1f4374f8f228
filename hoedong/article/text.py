"""Page dumps (plain text with site chrome) → Article, through the line classifier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hoedong.article.layout import Layout, find_layout
from hoedong.article.lines import Kind, Line, classify_lines
from hoedong.article.runon import split_run_on
from hoedong.article.metadata import find_outlet, find_published, find_reporters, find_title, strip_dateline
from hoedong.resources import table

_NAME_PART = r"\S{1,12}"  # a word of the name a widget repeats; a name is one or two such words
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


@dataclass(frozen=True)
class PageBody:
    """A page's classified lines, where its article sits and the article's paragraphs."""

    lines: list[Line]
    layout: Layout | None
    paragraphs: tuple[str, ...]


def read_page(page: str, url: str | None = None, known: dict[str, Kind] | None = None) -> PageReading:
    """`known`: the kinds of lines another reading of the same document classified (classify_lines)."""
    body = read_body(page, known)
    lines, layout = body.lines, body.layout
    outlet = find_outlet(lines, layout, url)
    return PageReading(
        paragraphs=body.paragraphs,
        title=find_title(lines, layout),
        published=find_published(lines, layout),
        outlet=outlet,
        reporters=find_reporters(lines, layout, outlet),
        lines=tuple(lines),
        layout=layout,
    )


def read_body(page: str, known: dict[str, Kind] | None = None) -> PageBody:
    """The body of a page without its metadata: all that a second reading of one document needs."""
    lines = classify_lines(split_run_on(page), known)
    layout = find_layout(lines)
    paragraphs: list[str] = []
    if layout is not None:
        paragraphs = [line.text for line in layout.deck] + [line.text for line in layout.body_lines]
        lede = len(layout.deck)
        paragraphs[lede] = strip_dateline(paragraphs[lede])
        paragraphs = [clean_paragraph(p) for p in paragraphs]
        paragraphs = [p for p in paragraphs if p]
    return PageBody(lines=lines, layout=layout, paragraphs=tuple(paragraphs))


def clean_paragraph(text: str) -> str:
    """Remove what sites inject into paragraphs: a widget's residue keeps only the name it repeats."""
    if _button_word().search(text):  # the cheap test first: the residue's pattern is costly to try
        text = _widget_residue().sub(lambda m: m["name"], text)
    return _SPACE_RUN.sub(" ", text).strip()


def _residue_words(role: str) -> str:
    """The lexicon's words of one role as an alternation, spacing inside a word loose."""
    words = [row["word"] for row in table("hoedong.lexicon", "widget_residue.tsv") if row["role"] == role]
    return "|".join(r"\s*".join(map(re.escape, word)) for word in sorted(words, key=len, reverse=True))


@cache
def _button_word() -> re.Pattern:
    return re.compile(_residue_words("button"))


@cache
def _widget_residue() -> re.Pattern:
    """`name` `button` `name` `trail words`: a person card told inline (lexicon/widget_residue.tsv)."""
    return re.compile(
        rf"(?P<name>{_NAME_PART}(?: {_NAME_PART})?)(?:{_residue_words('button')})(?P=name)"
        rf"(?:\s*(?:{_residue_words('trail')}))+(?![가-힣A-Za-z0-9])"
    )
