"""HTML pages → Article: trafilatura for the body, the page's own markup and text for metadata."""

from __future__ import annotations

import copy
import re
from html import unescape

import htmldate
import lxml.html
import trafilatura
import trafilatura.metadata
from lxml import etree
from trafilatura.utils import load_html

from hoedong.article.dates import parse_published
from hoedong.article.lines import Kind, normalize_line
from hoedong.article.metadata import names_in_author_field
from hoedong.article.outlets import canonical_outlet, looks_like_outlet
from hoedong.article.text import PageReading, clean_paragraph, read_body, read_page
from hoedong.errors import NoArticle

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "nav", "aside", "figure", "figcaption", "blockquote", "dd", "dt",
    "dl", "main", "form", "title", "option", "button", "td", "th", "hr", "pre", "address",
}
_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "head")
_INVISIBLE = re.compile(r"<(script|style|noscript|template|svg)\b[^>]{0,2000}>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^<>]{0,2000}>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|:–—<>]|::)\s+")
_NOT_WORD = re.compile(r"\W")


def read_html(html: str, url: str | None = None) -> PageReading:
    """Body from trafilatura (the page-dump reader when it finds none); metadata from markup and
    text. Markup too damaged to show its text (an unclosed `<title>` swallows the page) is read as
    the text between its tags."""
    reading = _read_tree(html, url)
    if reading is None or not reading.paragraphs:
        salvaged = read_page(text_between_tags(html), url)
        if salvaged.paragraphs:
            return salvaged
    if reading is None:
        raise NoArticle("the HTML could not be parsed")
    return reading


def text_between_tags(html: str) -> str:
    """The page's text with every tag cut out and block tags as line breaks, scripts and styles dropped."""
    text = _INVISIBLE.sub(" ", html)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub(" ", text)
    return "\n".join(normalize_line(line) for line in unescape(text).splitlines())


def _read_tree(html: str, url: str | None) -> PageReading | None:
    tree = load_html(html)
    if tree is None:
        return None
    visible = visible_text(tree)
    known: dict[str, Kind] = {}  # the kinds of lines read once: trafilatura's text repeats most of the page's
    page = read_page(visible, url, known)
    # fast: our own page reader is the fallback when trafilatura finds no body; metadata is read
    # from the page's markup first and asked of trafilatura only when that is missing
    extracted = trafilatura.bare_extraction(  # it reads a copy of the tree it is given
        tree, url=url, fast=True, with_metadata=False, include_comments=False,
        include_tables=False, include_images=False, deduplicate=False,
    )
    described = _Described(tree, url)
    metas = _meta_index(tree)
    site_name = _meta_content(metas, "og:site_name") or described.get("sitename")
    title = _clean_title(_meta_content(metas, "og:title") or described.get("title") or page.title, site_name)
    paragraphs = _paragraphs(extracted.text if extracted else "", title, page, known) or list(page.paragraphs)
    published = _published(tree, metas) or page.published
    outlet = page.outlet or _site_outlet(site_name)
    reporters = page.reporters or _author_names(described.get("author"))
    return PageReading(
        paragraphs=tuple(paragraphs), title=title or page.title, published=published, outlet=outlet,
        reporters=reporters, lines=page.lines, layout=page.layout,
    )


class _Described:
    """trafilatura's reading of the page's metadata, made only when first asked for: it costs
    as much as extracting the body, and the page's own markup usually answers first."""

    def __init__(self, tree, url: str | None):
        self._tree, self._url, self._document = tree, url, None

    def get(self, field: str) -> str | None:
        if self._document is None:
            # not extensive: we read the date ourselves, and the extensive search loads every
            # locale dateparser knows (about 10 s the first time in a process)
            self._document = trafilatura.metadata.extract_metadata(copy.deepcopy(self._tree), default_url=self._url,
                                                                    extensive=False)
        return getattr(self._document, field, None)


def visible_text(tree) -> str:
    """The text a reader sees, one block element a line."""
    tree = copy.deepcopy(tree)
    for element in tree.iter(*_INVISIBLE_TAGS):
        element.drop_tree() if isinstance(element, lxml.html.HtmlElement) else None
    for element in list(tree.iter(etree.Comment)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    for element in tree.iter(*_BLOCK_TAGS):  # the HTML parser writes every tag name in lower case
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    text = tree.text_content() if hasattr(tree, "text_content") else "".join(tree.itertext())
    return "\n".join(normalize_line(line) for line in text.splitlines())


def _paragraphs(text: str, title: str | None, page: PageReading, known: dict[str, Kind]) -> list[str]:
    """trafilatura's text read like a page dump (it can hold a whole table layout), with the
    deck it drops (an `<h2>` under the headline) taken back from the page's own layout."""
    if not text.strip():
        return []
    extracted = read_body(text, known)  # its metadata is the page's, read already
    if extracted.layout is None:
        return []
    title_key = _key(title or "")
    body = [clean_paragraph(p) for p in extracted.paragraphs if _key(p) != title_key]
    keys = {_key(p) for p in body}
    deck = [clean_paragraph(line.text) for line in (page.layout.deck if page.layout else ())
            if _key(line.text) not in keys and _key(line.text) != title_key]
    return deck + body


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text)


_META_ATTRIBUTES = ("property", "name", "itemprop")  # what names a <meta>, in the order asked


def _meta_index(tree) -> dict[tuple[str, str], str]:
    """(attribute, value) → the content of the first <meta> so named that has one: the page's
    metadata read in one pass, not in an XPath query per name and attribute."""
    index: dict[tuple[str, str], str] = {}
    for element in tree.iter("meta"):
        content = element.get("content")
        if content is None:
            continue
        for attribute in _META_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                index.setdefault((attribute, value), content)
    return index


def _meta_content(metas: dict[tuple[str, str], str], name: str) -> str | None:
    for attribute in _META_ATTRIBUTES:
        value = metas.get((attribute, name))
        if value and value.strip():
            return value.strip()
    return None


def _clean_title(title: str | None, site_name: str | None) -> str | None:
    """`헤드라인 - 매체명` → `헤드라인`: drop trailing parts naming the site or a section."""
    if not title:
        return None
    title = normalize_line(title)
    parts = _TITLE_SEPARATORS.split(title)
    while len(parts) > 1:
        tail = parts[-1].strip()
        if (site_name and _key(tail) == _key(site_name)) or looks_like_outlet(tail) or len(tail) <= 6:
            parts.pop()
        else:
            break
    return " - ".join(parts).strip() or None


_PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:regDate", "dable:published_time",
    "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "article.published",
)


def _published(tree, metas: dict[tuple[str, str], str]) -> str | None:
    for name in _PUBLISHED_META:
        value = _meta_content(metas, name)
        published = parse_published(value)
        if published:
            return published
    for value in tree.xpath("//time/@datetime"):
        published = parse_published(value)
        if published:
            return published
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True,
                                   outputformat="%Y-%m-%dT%H:%M:%S")
    except (ValueError, TypeError):
        found = None
    return None if found is None else parse_published(found[:10]) if found.endswith("T00:00:00") else parse_published(found)


def _site_outlet(site_name: str | None) -> str | None:
    if not site_name:
        return None
    return canonical_outlet(site_name) if looks_like_outlet(site_name) or len(site_name) <= 12 else None


def _author_names(author: str | None) -> tuple[str, ...]:
    """trafilatura's author field, cleaned of `기자 · 입력` residue."""
    if not author:
        return ()
    names: list[str] = []
    for part in re.split(r"[;|]", author):
        part = normalize_line(part)
        found = names_in_author_field(part) or ([part] if re.fullmatch(r"[가-힣]{2,4}", part) else [])
        names.extend(name for name in found if name not in names)
    return tuple(names)
