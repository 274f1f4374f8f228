"""Title, publication date, outlet and reporters, from the classified lines of a page.

Each field has an ordered list of places to look; the first that answers wins.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from hoedong.article.dates import parse_published
from hoedong.article.layout import Layout
from hoedong.article.lines import (_BYLINE_NAMES, Kind, Line, _reporter_title, date_labels, labelled_date,
                                   without_chrome_tail)
from hoedong.article.bylines import (broadcast_reporters, dateline_head, dateline_parts, is_byline_shaped,
                                     lone_name_line, names_before_titles, sign_off_name)
from hoedong.article.patterns import EMAIL
from hoedong.resources import word_list
from hoedong.article.outlets import (canonical_outlet, is_reposting_site, known_outlet, looks_like_outlet,
                                     outlet_by_form, outlet_by_shape, outlet_for_url)

_BOARD_CURRENT = re.compile(
    r"^»[\s»]*(?P<title>.+?)\s+(?P<board>\S+)\s+(?P<date>(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2})\.?$"
)
_COPYRIGHT_NAME = re.compile(
    r"(?:ⓒ|©|\([cC]\)|copyright|저작권자)\s*(?:ⓒ|©|\([cC]\))?\s*[:：]?\s*(?P<name>[^&<>|,.ⓒ©]+?)"
    r"(?=\s*(?:&|\.|,|\||무단|all rights|all right|\(|<|>|$|www\.|\d{4}))",
    re.IGNORECASE,
)
# `https://m.edaily.co.kr/…` or `www.asiae.co.kr` printed on a page (bounded: no backtracking on long words)
_PRINTED_HOST = re.compile(r"(?<![\w.-])((?:[\w-]{1,63}\.){1,6}(?:co\.kr|or\.kr|com|kr|net))(?![\w-])")
_DATE_PRECEDENCE = ("created", "issued", "modified")  # the web posting, then the print issue, then an update
_OUTLET_WORDS = 3  # an outlet's name is at most this many words (`SBS Biz`, `한국경제 TV`)
_LEDE_MIN = 20  # what must remain of a lede once its dateline is cut
_BYLINE_WINDOW = 15  # lines above the body searched for a byline when no headline was found
_TAIL_AFTER_SENTENCE = re.compile(r"[.!?…][\"'”’]?\s*(?P<tail>[^.!?…]{2,60})$")
_SEGMENT_BAR = re.compile(r"\s[|｜]\s")
_EMAIL = re.compile(EMAIL)
_ANCHOR_MARK = re.compile(r"[<\[‹〈(]\s*앵커\s*[>\]›〉)]|^앵커\s*[:：]")


def board_title(layout: Layout | None) -> tuple[str | None, str | None]:
    """Title and date of the board row marked as the article being read."""
    if layout is None or layout.board_current is None:
        return None, None
    match = _BOARD_CURRENT.match(layout.board_current.text)
    if not match:
        return None, None
    return match["title"].strip(), parse_published(match["date"])


def find_title(lines: list[Line], layout: Layout | None) -> str | None:
    """The page's own headline; the »-marked board row only on a page that shows none, as a
    board-style repost does: a » row may be another article's, in a ranking or related list."""
    if layout is not None and layout.title is not None:
        body = " ".join(line.text for line in layout.body_lines)
        return without_glued_badge(without_chrome_tail(layout.title.text), body)
    title, _ = board_title(layout)
    return title


def without_glued_badge(title: str, body: str) -> str:
    """`단독현대차, …` → `현대차, …`: a badge whose brackets a scraper dropped, found because the
    body has the word without the badge and never with it (`단독주택` stays)."""
    first, _, rest = title.partition(" ")
    for badge in word_list("headline_badges.txt"):
        word = first[len(badge):]
        if first.startswith(badge) and len(word) >= 2 and first not in body and re.sub(r"\W", "", word) in body:
            return f"{word} {rest}".strip()
    return title


def find_published(lines: list[Line], layout: Layout | None) -> str | None:
    """Labelled date lines outside the body, then a bare date line near the headline, then the board row."""
    outside = lines[: layout.start] + _closing(lines, layout) if layout is not None else lines
    buckets: dict[str, list[str]] = {meaning: [] for meaning in _DATE_PRECEDENCE}
    dated = labelled_date()
    for line in outside:
        if line.kind in (Kind.CAPTION, Kind.BODY, Kind.BOARD_ROW, Kind.BOARD_CURRENT, Kind.LIST):
            continue
        for match in dated.finditer(line.text):
            label = re.sub(r"\s", "", match["label"])
            buckets.setdefault(date_labels().get(label, "created"), []).append(match["date"])
    for candidate in [date for meaning in _DATE_PRECEDENCE for date in buckets[meaning]]:
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
    """What the text says first, then the URL: a dateline (`(서울=뉴스1)`, `[매체=홍길동 기자]`),
    a copyright notice, a byline (its outlet, its e-mail domain, a lone outlet line beside it);
    then the URL's domain (a portal or repost site names no outlet); then a sign-off line, a
    printed address, or an outlet-shaped name closing the article."""
    stated = _dateline_outlet(layout) or _copyright_outlet(lines) or _byline_outlet(lines, layout)
    if stated is not None and known_outlet(stated) is not None:
        return stated
    # a name the table does not know is a weaker witness than the URL's domain
    return outlet_for_url(url) or stated or _closing_outlet(lines, layout)


def _dateline_outlet(layout: Layout | None) -> str | None:
    if layout is None or not layout.body_lines:
        return None
    lede = layout.body_lines[0].text
    head = dateline_head(lede)
    named = outlet_by_shape(lede, "lede") or (outlet_by_form(head) if head else None)
    if named:
        return named
    opening = dateline_parts(lede)
    if opening is None:
        return None
    for part in opening[0]:
        named = _outlet_in(part, bylined=bool(names_before_titles(part)) or len(opening[0]) > 1)
        if named:
            return named
    return None


def _outlet_in(part: str, bylined: bool) -> str | None:
    """The outlet a dateline part or byline names: a known outlet at its start, else (in a
    bracket that is plainly a dateline) the words before the byline."""
    words = _byline_and_after().sub("", part).split()
    for size in range(min(len(words), _OUTLET_WORDS), 0, -1):
        candidate = " ".join(words[:size])
        if known_outlet(candidate) is not None or looks_like_outlet(candidate):
            return _outlet_name(candidate)
    return None


@cache
def _byline_and_after() -> re.Pattern:
    """Names, a reporter title and what follows them, compiled once (the titles make it large)."""
    return re.compile(rf"{_BYLINE_NAMES}\s*{_reporter_title()}.*$")


def _copyright_outlet(lines: list[Line]) -> str | None:
    """The name in a copyright notice that is an outlet's: `ⓒ 한국경제TV`, `<저작권자 ⓒ 매체>`."""
    for line in lines:
        if line.kind is not Kind.COPYRIGHT:
            continue
        named = outlet_by_shape(line.text, "notice") or outlet_by_form(line.text)
        if named:
            return named
        for match in _COPYRIGHT_NAME.finditer(line.text):
            name = _outlet_name(match["name"], latin=_is_notice(line.text))
            if name:
                return name
    return None


def _is_notice(text: str) -> bool:
    """A real copyright notice (rights reserved, no redistribution), not a photo's credit."""
    return bool(re.search(r"무단|재배포|all rights|copyright|저작권", text, re.IGNORECASE))


def _byline_outlet(lines: list[Line], layout: Layout | None) -> str | None:
    bylines, area = _bylines(lines, layout), _byline_area(lines, layout)
    for line in bylines + area:
        named = outlet_by_shape(line.text, "byline")
        if named:
            return named
    for line in bylines:
        named = _outlet_in(line.text, bylined=True) if names_before_titles(line.text) else None
        if named:
            return named
    for line in bylines + area:
        for address in _EMAIL.findall(line.text):
            by_mail = outlet_for_url(address)
            if by_mail:
                return by_mail
    for line in area:
        text = line.text.strip(" •·-|<>[]()")
        outlet = known_outlet(text)
        if outlet is not None and outlet.kind == "outlet":
            return outlet.name
    return None


def _closing_outlet(lines: list[Line], layout: Layout | None) -> str | None:
    closing = _closing(lines, layout)
    area = _byline_area(lines, layout)  # the header's and the closing's lines, bylines and dates aside
    for line in area + [line for line in closing if line not in area]:
        for host in _PRINTED_HOST.findall(line.text):
            by_host = outlet_for_url(host)
            if by_host:
                return by_host
    for line in closing:
        if line.kind is Kind.OUTLET:
            candidate = line.text.strip(" <>[]()")
            if looks_like_outlet(candidate):
                return _outlet_name(candidate)
    return None


def _outlet_name(raw: str, latin: bool = False) -> str | None:
    """A name that can be an outlet's; Latin names only where a copyright notice states them."""
    raw = re.sub(r"\s+", " ", raw).strip(" \t-:;=[]()<>\"'")
    if not raw or len(raw) > 20 or is_reposting_site(raw):
        return None
    if known_outlet(raw) is None and not looks_like_outlet(raw):
        if not (latin and re.fullmatch(r"[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3}", raw)):
            return None
    return canonical_outlet(raw)


def find_reporters(lines: list[Line], layout: Layout | None, outlet: str | None = None) -> tuple[str, ...]:
    """Bylined names only (see bylines.py): never photo credits (captions), never e-mail addresses."""
    names: list[str] = []

    def add(found: list[str]) -> None:
        names.extend(name for name in found if name not in names)

    if layout is not None and layout.body_lines:
        head = dateline_head(layout.body_lines[0].text)
        if head:
            add(names_before_titles(head))
        add(_closing_byline(layout.body_lines[-1].text))
    around = _bylines(lines, layout) + _byline_area(lines, layout)
    outlets = frozenset(filter(None, [outlet, *_outlet_words(around)]))
    for line in around:
        head = dateline_head(line.text)
        if head:
            add(names_before_titles(head))
        for segment in _SEGMENT_BAR.split(line.text):  # `이름 기자 a@b.kr | 입력 … | 수정 …`
            named = names_before_titles(segment)  # the cheap test first: most segments name no reporter
            if named and is_byline_shaped(segment, outlets):
                add(named)
        lone = lone_name_line(line.text, outlet)
        if lone:
            add([lone])
    add([name for name in map(sign_off_name, (line.text for line in lines if line.kind is Kind.BYLINE)) if name])
    if not names and _is_transcript(lines):
        add(broadcast_reporters([line.text for line in lines if line.kind is Kind.BODY or line.kind is Kind.SHORT],
                                outlets))
    return tuple(names)


def _closing_byline(text: str) -> list[str]:
    """`…라고 말했다. 홍길동 기자`: a byline after the last paragraph's last sentence."""
    match = _TAIL_AFTER_SENTENCE.search(text)
    named = names_before_titles(match["tail"]) if match else []
    return named if named and is_byline_shaped(match["tail"]) else []


def _outlet_words(around: list[Line]) -> list[str]:
    """Outlet names standing in the byline lines (`머니투데이 홍길동 기자`)."""
    words = []
    for line in around:
        tokens = line.text.strip(" •·-|[]()").split()
        for size in (3, 2, 1):
            candidate = " ".join(tokens[:size])
            if tokens and (known_outlet(candidate) is not None or looks_like_outlet(candidate)):
                words.append(candidate)
                break
    return words


def _is_transcript(lines: list[Line]) -> bool:
    return any(_ANCHOR_MARK.search(line.text) for line in lines)


def names_in_author_field(text: str) -> list[str]:
    """Names in a page's author metadata (`홍길동 기자`, `홍길동 기자 · 입력 …`)."""
    return names_before_titles(text)


def strip_dateline(text: str) -> str:
    """The lede without its `(서울=연합뉴스) 김현수 기자 =` or `[매체 OOO 기자]` head."""
    head = dateline_head(text)
    if head and len(text) - len(head) > _LEDE_MIN:
        return text[len(head):].lstrip()
    return text


def _byline_area(lines: list[Line], layout: Layout | None) -> list[Line]:
    """Non-body lines between the headline and the body, and just after the body: where a byline
    or a lone outlet line stands, whatever kind the classifier gave it (not captions)."""
    if layout is None:
        return []
    top = layout.title.index + 1 if layout.title is not None else max(0, layout.start - _BYLINE_WINDOW)
    around = lines[top: layout.start] + _closing(lines, layout)
    return [line for line in around if line.kind not in (Kind.BODY, Kind.CAPTION, Kind.BLANK, Kind.BYLINE, Kind.DATE)]


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
    for line in islice(lines, layout.end + 1, None):  # not a copy of the page's rest: most of it is never read
        if line.kind in (Kind.BLANK, Kind.CAPTION):
            continue
        if line.kind in (Kind.BOARD_HEADER, Kind.BOARD_ROW, Kind.LIST, Kind.BODY) or len(closing) >= 8:
            break
        closing.append(line)
    return closing
