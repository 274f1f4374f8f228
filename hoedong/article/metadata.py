"""Title, publication date, outlet and reporters, from the classified lines of a page.

Each field has an ordered list of places to look; the first that answers wins.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.article.dates import parse_published
from hoedong.article.layout import Layout
from hoedong.article.lines import _BYLINE_NAMES, Kind, Line, _reporter_title, date_labels, labelled_date
from hoedong.article.outlets import canonical_outlet, is_reposting_site, looks_like_outlet, outlet_for_url
from hoedong.resources import word_list

_BOARD_CURRENT = re.compile(
    r"^»[\s»]*(?P<title>.+?)\s+(?P<board>\S+)\s+(?P<date>(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2})\.?$"
)
_COPYRIGHT_NAME = re.compile(
    r"(?:ⓒ|©|\([cC]\)|copyright|저작권자)\s*(?:ⓒ|©|\([cC]\))?\s*[:：]?\s*(?P<name>[^&<>|,.ⓒ©]+?)"
    r"(?=\s*(?:&|\.|,|\||무단|all rights|all right|\(|<|>|$|www\.|\d{4}))",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(r"^[\[(【]\s*[^\[\]()【】=]{1,20}=\s*(?P<name>[^\[\]()【】]{2,20}?)\s*[\])】]")
_BRACKET_BYLINE = re.compile(r"^\[\s*(?P<name>[^\[\]]{2,20}?)\s+[가-힣]{2,4}\s*(?:기자|특파원)\s*\]")
_DATELINE_PREFIX = re.compile(
    r"^(?:[\[(【]\s*[^\[\]()【】]{1,40}[\])】]\s*(?:[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*\s*(?:기자|특파원)\s*=\s*)?"
    r"|[가-힣]{1,10}\s*=\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)"
)


def board_title(layout: Layout | None) -> tuple[str | None, str | None]:
    """Title and date of the board row marked as the article being read."""
    if layout is None or layout.board_current is None:
        return None, None
    match = _BOARD_CURRENT.match(layout.board_current.text)
    if not match:
        return None, None
    return match["title"].strip(), parse_published(match["date"])


def find_title(lines: list[Line], layout: Layout | None) -> str | None:
    title, _ = board_title(layout)
    if title:
        return title
    if layout is not None and layout.title is not None:
        return layout.title.text
    return None


def find_published(lines: list[Line], layout: Layout | None) -> str | None:
    """Labelled date lines outside the body, then a bare date line near the headline, then the board row."""
    outside = lines[: layout.start] + _closing(lines, layout) if layout is not None else lines
    created, modified = [], []
    for line in outside:
        if line.kind in (Kind.CAPTION, Kind.BODY, Kind.BOARD_ROW, Kind.BOARD_CURRENT, Kind.LIST):
            continue
        for match in labelled_date().finditer(line.text):
            label = re.sub(r"\s", "", match["label"])
            bucket = modified if date_labels().get(label) == "modified" else created
            bucket.append(match["date"])
    for candidate in created + modified:
        published = parse_published(candidate)
        if published:
            return published
    if layout is not None:
        near = [line for line in lines[max(0, layout.start - 12): layout.start] if line.kind is Kind.DATE]
        near += [line for line in lines[layout.end + 1: layout.end + 6] if line.kind is Kind.DATE]
        for line in near:
            published = parse_published(line.text)
            if published:
                return published
    return board_title(layout)[1]


def find_outlet(lines: list[Line], layout: Layout | None, url: str | None = None) -> str | None:
    """Copyright line, wire dateline, bracketed byline, byline, sign-off line, then domains."""
    for line in lines:
        if line.kind is Kind.COPYRIGHT:
            for match in _COPYRIGHT_NAME.finditer(line.text):
                name = _outlet_name(match["name"], latin=True)
                if name:
                    return name
    lede = layout.body_lines[0].text if layout is not None and layout.body_lines else ""
    for pattern in (_WIRE_DATELINE, _BRACKET_BYLINE):
        for text in [lede] + [line.text for line in _bylines(lines, layout)]:
            match = pattern.match(text)
            if match:
                name = _outlet_name(match["name"])
                if name:
                    return name
    for line in _bylines(lines, layout):
        for token in line.text.split():
            if looks_like_outlet(token) and not token.endswith("기자"):
                name = _outlet_name(token)
                if name:
                    return name
    for line in _closing(lines, layout):
        if line.kind is Kind.OUTLET or line.kind is Kind.COUNTER:
            candidate = re.sub(r"\s*조회수?.*$", "", line.text)
            if looks_like_outlet(candidate):
                name = _outlet_name(candidate)
                if name:
                    return name
    head = lines[: layout.start] if layout is not None else lines
    for line in head:
        if line.kind is Kind.COUNTER:
            candidate = re.sub(r"\s*조회수?.*$", "", line.text)
            if looks_like_outlet(candidate):
                return _outlet_name(candidate)
    by_url = outlet_for_url(url)
    if by_url:
        return by_url
    for line in _bylines(lines, layout) + [line for line in lines if line.kind is Kind.EMAIL]:
        for address in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", line.text):
            by_mail = outlet_for_url(f"x@{address}")
            if by_mail:
                return by_mail
    return None


def _outlet_name(raw: str, latin: bool = False) -> str | None:
    """A name that can be an outlet's; Latin names only where a copyright line states them."""
    raw = re.sub(r"\s+", " ", raw).strip(" \t-:;=[]()<>\"'")
    if not raw or len(raw) > 20 or is_reposting_site(raw):
        return None
    if not looks_like_outlet(raw) and not re.search(r"[가-힣]", raw):
        if not (latin and re.fullmatch(r"[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3}", raw)):
            return None
    return canonical_outlet(raw)


def find_reporters(lines: list[Line], layout: Layout | None) -> tuple[str, ...]:
    """Bylined names only: never photo credits (captions), never e-mail addresses."""
    names: list[str] = []
    texts = [line.text for line in _bylines(lines, layout)]
    if layout is not None and layout.body_lines:
        prefix = _DATELINE_PREFIX.match(layout.body_lines[0].text)
        if prefix:
            texts.insert(0, prefix.group(0))
    for text in texts:
        for name in _names_in_byline(text):
            if name not in names:
                names.append(name)
    return tuple(names)


@cache
def _name_pattern() -> re.Pattern:
    return re.compile(rf"(?P<names>{_BYLINE_NAMES})\s*(?:[가-힣A-Za-z0-9&]{{2,15}}\s+)?{_reporter_title()}(?=$|[\s\]),=·@/])")


def _names_in_byline(text: str) -> list[str]:
    stop = set(word_list("not_reporter_names.txt"))
    found = []
    for match in _name_pattern().finditer(text):
        before = text[: match.start("names")]
        if before and re.search(r"[가-힣A-Za-z0-9]$", before):
            continue
        for name in re.split(r"\s*[·,]\s*", match["names"]):
            if 2 <= len(name) <= 4 and name not in stop and not looks_like_outlet(name):
                found.append(name)
    return found


def strip_dateline(text: str) -> str:
    """The lede without its `(서울=연합뉴스) 김현수 기자 =` or `[매체 OOO 기자]` head."""
    match = _DATELINE_PREFIX.match(text)
    if match and (match.group(0).rstrip().endswith(("=", "]", ")", "】")) and len(text) - match.end() > 20):
        head = match.group(0)
        if "=" in head or "기자" in head or "특파원" in head:
            return text[match.end():].lstrip()
    return text


def _bylines(lines: list[Line], layout: Layout | None) -> list[Line]:
    """Byline lines between the headline and the body, or just after the body."""
    if layout is None:
        return [line for line in lines if line.kind is Kind.BYLINE]
    top = layout.title.index if layout.title is not None else max(0, layout.start - 15)
    around = lines[top: layout.start] + _closing(lines, layout)
    return [line for line in around if line.kind in (Kind.BYLINE, Kind.DATE)]


def _closing(lines: list[Line], layout: Layout | None) -> list[Line]:
    """The few lines right after the body: byline, e-mail, sign-off."""
    if layout is None:
        return []
    closing = []
    for line in lines[layout.end + 1:]:
        if line.kind in (Kind.BLANK, Kind.CAPTION):
            continue
        if line.kind in (Kind.BOARD_HEADER, Kind.BOARD_ROW, Kind.LIST, Kind.BODY) or len(closing) >= 8:
            break
        closing.append(line)
    return closing
