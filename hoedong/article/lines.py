"""The line classifier: every line of a page dump is body or a kind of chrome, by its shape.

No library removes chrome from plain text, so each line is judged on what it looks like
(length, sentence endings, bullets, numbered rows, credits, dates, UI words). The word lists
are data files in hoedong/lexicon; nothing here is keyed to one site.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache
from typing import NamedTuple

from hoedong.article.bylines import is_byline_shaped, is_sign_off, names_before_titles
from hoedong.article.outlets import looks_like_outlet
from hoedong.article.patterns import DATE, EMAIL, TIME, WEEKDAY
from hoedong.resources import table, word_list


class Kind(str, Enum):
    BLANK = "blank"
    BODY = "body"  # prose: a paragraph of the article or of some other story
    SHORT = "short"  # a headline-shaped line: title, deck, subheading, or another headline
    CAPTION = "caption"
    BYLINE = "byline"
    DATE = "date"  # a publication date line (입력 2025.10.30 21:14)
    WIDGET_DATE = "widget_date"  # a header's today's-date widget (2024.09.07(토))
    COPYRIGHT = "copyright"
    EMAIL = "email"
    BOARD_HEADER = "board_header"
    BOARD_ROW = "board_row"
    BOARD_CURRENT = "board_current"  # the board row marked as the article being read
    LIST = "list"
    COUNTER = "counter"
    WEATHER = "weather"
    UI = "ui"
    OUTLET = "outlet"  # a lone outlet name signing off an article
    FOOTER = "footer"


class Line(NamedTuple):
    """One line of a page: a typed tuple, as a page has thousands and a tuple is made at a third
    of a frozen dataclass's cost."""

    index: int
    text: str
    kind: Kind
    start: int  # character offset of the line in the page


_SPACE_CLASS = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]"
_OTHER_SPACE_CLASS = r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]"
# every run of spaces becomes one space; written so that a lone space (most of them) is no match
_SPACES = re.compile(rf"{_SPACE_CLASS}{{2,}}|{_OTHER_SPACE_CLASS}")
# a sentence's last syllable (…다, …니다, …요, …음) and its stop: one class of syllables, not an
# alternation of endings, so that the search jumps from syllable to syllable (…니다 ends in 다 too)
_SENTENCE_END = re.compile(r"[다요죠까네음함됨임][.?!…]+[\"'”’」』)\]]*(?=\s|$|[\"'”’])")
_DATE, _TIME, _WEEKDAY = DATE, TIME, WEEKDAY


@cache
def date_labels() -> dict[str, str]:
    """Publication-date labels (입력, 승인, 수정…) → created | modified, from lexicon/date_labels.tsv."""
    return {row["label"]: row["meaning"] for row in table("hoedong.lexicon", "date_labels.tsv")}


@cache
def labelled_date() -> re.Pattern:
    labels = "|".join(r"\s*".join(map(re.escape, label)) for label in sorted(date_labels(), key=len, reverse=True))
    return re.compile(
        rf"(?P<label>{labels})(?:일시|일자|시간|일)?\s*[:：]?\s*(?P<date>{_DATE}(?:\s*{_WEEKDAY})?(?:\s*{_TIME})?)"
    )

_DATE_ONLY = re.compile(rf"^(?P<date>{_DATE})\s*(?P<weekday>{_WEEKDAY})?\s*(?P<time>{_TIME})?$")
_BOARD_ROW = re.compile(rf"^\d{{2,}}\s+.+\s+{_DATE}$")
_BOARD_WORDS = ("번호", "제목", "글쓴이", "작성자", "날짜", "조회", "추천", "등록일", "작성일")
_BOARD_WORD = re.compile("|".join(_BOARD_WORDS))  # the cheap test first: most short lines hold none of them
_WEATHER = re.compile(
    r"^(?:맑음|흐림|구름\s*많음|구름\s*조금|비|눈|소나기|진눈깨비|안개|황사|박무|연무|뇌우)\s*[가-힣]{1,6}\s*-?\d+(?:\.\d+)?\s*(?:℃|°C?)?$")
_EMAIL = re.compile(EMAIL + r"|\[\s*email[\s\xa0]*protected\s*\]|\[이메일\s*보호됨\]", re.IGNORECASE)
_COPYRIGHT = re.compile(r"ⓒ|©|\([cC]\)\s|copyright|저작권|무단\s*전재|재배포\s*금지|all rights reserved", re.IGNORECASE)
# _COPYRIGHT split by case, to tell whether a line holds a notice: a case-blind alternation is tried
# whole at every position, the marks without case are found by their first character (Ⓒ: ⓒ's capital)
_NOTICE_MARK = re.compile(r"ⓒ|Ⓒ|©|저작권|무단\s*전재|재배포\s*금지")
_NOTICE_WORD = re.compile(r"\([cC]\)\s|copyright|all rights reserved", re.IGNORECASE)
# each notice word's first two letters, in every case the flag allows them (none but these)
_NOTICE_WORD_START = re.compile(r"[cC][oO)]|[aA][lL]")
_COUNTER = re.compile(r"^(?:(?:댓글|조회수?|좋아요|추천|비추천|공감|스크랩|구독자?|공유)\s*[:：]?\s*[\d,]*\s*)+$|^[\d,.]+$")
_BULLET = re.compile(r"^(?:[•▶☞▷►◀◁➤✓○◎※·∙]|-\s|\*\s|\d{1,2}[.)]\s)")
_WIRE_CREDIT_END = re.compile(r"[\[(（【][^\[\]()（）【】]{0,20}=[^\[\]()（）【】]{1,20}[\])）】]\s*$")
_CREDIT_VERBS = tuple(word_list("credit_verbs.txt"))  # 제공, 캡처, 촬영: what ends a credit line
# the credit patterns are searched only on lines holding one of their verbs: searched unanchored,
# `\S{2,15}…$` is tried at every position of every line
_CREDIT_VERB = re.compile("|".join(_CREDIT_VERBS))
_GIVEN_CREDIT_END = re.compile(rf"\S{{2,15}}\s*(?:{'|'.join(_CREDIT_VERBS)})\s*[)\]]?\s*\.?$")
_DATED_CREDIT_END = re.compile(rf"{_DATE}\s*(?:(?:{_EMAIL.pattern})|/\s*\S{{2,12}})?\s*$")
_GIVEN_CREDIT_INSIDE = re.compile(r"[(\[]\s*(?:사진\s*)?[^()\[\]]{2,15}\s*제공[^()\[\]]{0,20}[)\]]")
_CREDIT_ONLY = re.compile(r"^(?:사진|그래픽|영상|일러스트)\s*[=:：]?\s*[가-힣A-Za-z][가-힣A-Za-z .]{1,20}$")
_BREADCRUMB = re.compile(r"^(?:홈|HOME|Home|home)\s*[>›»]")
_SECTION_PATH = re.compile(r"^[^\s>›»]{1,10}(?:\s[^\s>›»]{1,10})?\s[>›»]\s[^\s>›»]{1,12}(?:\s[^\s>›»]{1,10})?$")
_BYLINE_NAMES = r"[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*"
_BYLINE_LINE_LIMIT = 100  # a byline line is short
_CREW_CREDIT = re.compile(r"^(?:영상취재|영상편집|촬영기자|촬영|영상|편집|그래픽|카메라)\s*[:：]")
_STOP_INSIDE = re.compile(r"[가-힣)]\.\s")
_FINAL_STOP = re.compile(r"[.?!…][\"'”’」』)\]]*$")
_SENTENCE_THEN_TAIL = {  # `…있다. 연합뉴스`: a long line's sentence ends in 다/요, a short one's in any syllable
    True: re.compile(r"[다요][.]\s*/?\s*(?P<tail>[^.?!]{2,20})$"),
    False: re.compile(r"[가-힣)][.]\s*/?\s*(?P<tail>[^.?!]{2,20})$"),
}
_CREDITED_NAME = re.compile(r"[가-힣A-Za-z]{2,10}(?:\s[가-힣A-Za-z]{2,10})?\s?(?:제공|기자|DB)")
_NAMED_COUNTER = re.compile(r"^\S{2,12}\s+조회수?\s*[\d,]*$")
# The whole-line shapes `classify` tests, as one pattern tried once: a line that has none of them
# (most lines) skips their tests one by one.
_LINE_SHAPES = re.compile("|".join(f"(?:{shape.pattern})" for shape in (
    _BOARD_ROW, _DATE_ONLY, _COUNTER, _NAMED_COUNTER, _BULLET)))
_PATH_ARROW = re.compile(r"\s[>›»]\s")
_NOT_WORD = re.compile(r"[^가-힣A-Za-z0-9]")
_NON_WORD_RUN = re.compile(r"[\W\d_]+")
_LABEL_WORD = re.compile(r"[^\s|/>›»·]+")  # what stands between separators (spaces, |, /, >, ›, », ·)


# Marks some sites print for a double quotation mark (the double prime, the fullwidth quote): read as `"`
# so that every later stage sees one kind of quotation.
_QUOTE_VARIANTS = str.maketrans({"\u2033": '"', "\u2036": '"', "\uff02": '"'})


# what normalize_line changes besides the ends: a double space, a space other than ` `, a quotation variant
_RARE_CHAR = re.compile(rf"{_OTHER_SPACE_CLASS}|[\u2033\u2036\uff02]")


def normalize_line(text: str) -> str:
    """One space for every run of spaces, no spaces at the ends, one kind of double quotation mark.
    The cheap test first: most lines need only their ends stripped."""
    if "  " in text or _RARE_CHAR.search(text):
        return _SPACES.sub(" ", text).strip().translate(_QUOTE_VARIANTS)
    return text.strip()


def sentence_ends(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def is_prose(text: str) -> bool:
    """A paragraph of sentences, not a headline: it ends like a Korean sentence."""
    ends = sentence_ends(text)
    if ends >= 2:
        return True
    if ends == 1 and len(text) >= 20:
        return bool(_FINAL_STOP.search(text)) or len(text) >= 60
    return False


@cache
def _reporter_title() -> str:
    titles = sorted(word_list("reporter_titles.txt"), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, titles)) + ")"


@cache
def _byline() -> re.Pattern:
    title = _reporter_title()
    return re.compile(
        rf"^(?:[\[(【]\s*)?(?:(?:글|글·사진|사진·글)\s*=\s*)?(?:[가-힣]{{1,10}}\s*=\s*)?(?:\S{{2,15}}\s+)?{_BYLINE_NAMES}\s*{title}(?=$|[\s\]),=·@/])"
    )


@cache
def _phrases(name: str) -> tuple[str, ...]:
    return word_list(name)


@cache
def _any_phrase(name: str) -> re.Pattern:
    """A phrase list as one alternation: its `search` tells `any(phrase in text)` in one pass."""
    return re.compile("|".join(map(re.escape, sorted(_phrases(name), key=len, reverse=True))))


@cache
def _chrome_word() -> re.Pattern:
    words = sorted(_phrases("chrome_words.txt"), key=len, reverse=True)  # longest first
    return re.compile("|".join(map(re.escape, words)) + r"|[\W\d_]+")


def _section_labels_only(text: str) -> bool:
    """`산업 산업일반`, `경제 | 금융`: a section label or breadcrumb without arrows."""
    sections = _sections()
    labels = 0
    for word in _LABEL_WORD.finditer(text):  # word by word: most lines fail at their first
        if word.group() not in sections:
            return False
        labels += 1
    return labels > 0


@cache
def _sections() -> frozenset[str]:
    return frozenset(_phrases("sections.txt"))


def is_list_header(text: str) -> bool:
    """`관련기사`, `▶ 많이 본 뉴스`: a line that introduces other articles' headlines."""
    return text.strip(" :>»▶▷►·•-[]") in _list_headers()


@cache
def _list_headers() -> frozenset[str]:
    return frozenset(word_list("list_headers.txt"))


def without_chrome_tail(text: str) -> str:
    """A line without the page widgets glued after it (`…헤드라인 본문듣기`)."""
    words = text.split()
    while len(words) > 1 and _listed_chrome_word().fullmatch(_NON_WORD_RUN.sub("", words[-1])):
        words.pop()
    return " ".join(words)


@cache
def _listed_chrome_word() -> re.Pattern:
    words = sorted(_phrases("chrome_words.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(re.sub(r"[\W\d_]+", "", w)) for w in words if re.sub(r"[\W\d_]+", "", w)) + ")+")


def _chrome_words_only(text: str) -> bool:
    """At most one character is left once chrome words and non-word runs are cut out. The scan is
    `sub`'s (leftmost, the first alternative that matches), stopped at the second character left:
    most lines that get here are headlines, decided in two or three steps."""
    pattern = _chrome_word()
    left = position = 0
    while position < len(text):
        match = pattern.match(text, position)
        if match:
            position = match.end()
            continue
        left += 1
        if left > 1:
            return False
        position += 1
    return True


def _is_caption(text: str, notice: bool) -> bool:
    """`notice`: the line holds a copyright notice (searched once, by `classify`)."""
    if _is_text_and_photo_byline(text):
        return False
    if notice and names_before_titles(_COPYRIGHT.split(text)[-1]):
        return True  # `… 발언하고 있다. © 매체 홍길동 기자`: a photographer's credit, not a notice
    if _CREW_CREDIT.match(text):
        return True
    if _any_phrase("photo_credits.txt").search(text) or _CREDIT_ONLY.match(text):
        return True
    if text.startswith(("▲", "△")) and not is_prose(text.lstrip("▲△ ")) or text.startswith(("▲", "△")) and text.endswith("있다."):
        return True
    credited = _CREDIT_VERB.search(text) is not None
    if ("=" in text and _WIRE_CREDIT_END.search(text)) or (credited and _GIVEN_CREDIT_INSIDE.search(text)):
        return True
    if _DATED_CREDIT_END.search(text) and (sentence_ends(text) or _STOP_INSIDE.search(text)):
        return True
    if credited and _GIVEN_CREDIT_END.search(text) and (sentence_ends(text) or len(text) < 60):
        return True
    return _credit_after_sentence(text)


def _is_text_and_photo_byline(text: str) -> bool:
    """`글·사진=홍길동 기자`: the writer took the photos too; a byline, not a photo credit."""
    return len(text) < _BYLINE_LINE_LIMIT and bool(names_before_titles(text)) and is_byline_shaped(text)


def _credit_after_sentence(text: str) -> bool:
    """`…발언하고 있다. 연합뉴스`: a sentence followed by the name of whoever took the photo."""
    # the tail holds no stop: the sentence's is the line's last, and the match starts before it
    stop = max(text.rfind("."), text.rfind("?"), text.rfind("!"))
    match = _SENTENCE_THEN_TAIL[len(text) >= 60].search(text, stop - 1) if stop > 0 else None
    if not match:
        return False
    tail = match.group("tail").strip(" /")
    return looks_like_outlet(tail) or bool(
        _CREDITED_NAME.fullmatch(tail)
        or _CREDIT_ONLY.match(tail))


def _holds_notice(text: str) -> bool:
    """Whether _COPYRIGHT finds a notice, in cheap steps: the marks without case first, the words
    only on a line holding the start of one."""
    if _NOTICE_MARK.search(text):
        return True
    return _NOTICE_WORD_START.search(text) is not None and _NOTICE_WORD.search(text) is not None


def classify(text: str) -> Kind:
    """The kind of one normalised line."""
    if not text:
        return Kind.BLANK
    compact = text.lstrip("•·∙-* ")
    if "℃" in text and len(text) < 40 or _WEATHER.match(compact):
        return Kind.WEATHER
    if len(text) < 40 and _BOARD_WORD.search(text) and sum(word in text for word in _BOARD_WORDS) >= 3:
        return Kind.BOARD_HEADER
    if text.startswith("»"):
        return Kind.BOARD_CURRENT
    shaped = _LINE_SHAPES.match(text) is not None
    if shaped and _BOARD_ROW.match(text):
        return Kind.BOARD_ROW
    emails = _EMAIL.findall(text) if "@" in text or "[" in text else []  # every form holds one of these
    if emails and len(_EMAIL.sub("", text).strip()) < 3:
        return Kind.EMAIL
    prose = is_prose(text)
    notice = _holds_notice(text)
    if _is_caption(text, notice):
        return Kind.CAPTION
    if notice and (not prose or len(text) < 120):
        return Kind.COPYRIGHT
    if not prose and len(text) < 100 and _byline().match(text):
        return Kind.BYLINE
    if is_sign_off(text):
        return Kind.BYLINE
    if emails and not prose and len(text) < 80:
        return Kind.BYLINE
    date_only = _DATE_ONLY.match(text) if shaped else None
    if date_only:
        return Kind.WIDGET_DATE if date_only.group("weekday") else Kind.DATE
    if not prose and len(text) < 120 and labelled_date().search(text):
        return Kind.DATE
    if shaped and (_COUNTER.match(text) or _NAMED_COUNTER.match(text)):
        return Kind.COUNTER
    if not prose and _any_phrase("footer_markers.txt").search(text):
        return Kind.FOOTER
    if shaped and _BULLET.match(text) and not (prose and len(text) > 80):
        return Kind.LIST
    if prose:
        return Kind.BODY
    if _BREADCRUMB.match(text) or len(_PATH_ARROW.findall(text)) >= 2 or _SECTION_PATH.match(text):
        return Kind.UI
    if _chrome_words_only(text) or len(text) < 60 and _any_phrase("chrome_phrases.txt").search(text):
        return Kind.UI
    if _section_labels_only(text):
        return Kind.UI
    if looks_like_outlet(text):
        return Kind.OUTLET
    if len(_NOT_WORD.sub("", text)) < 6:
        return Kind.UI
    return Kind.SHORT


_line = tuple.__new__  # a Line made without its Python-level __new__: a page has hundreds of lines


def classify_lines(page: str, known: dict[str, Kind] | None = None) -> list[Line]:
    """Every line of a page with its kind and its offset in the page. `known`: kinds of lines
    already classified, shared by the readings of one document (an HTML page's text and
    trafilatura's body repeat most lines); each new line's kind is added to it."""
    known = {} if known is None else known
    lines = []
    offset = 0
    for index, raw in enumerate(page.splitlines(keepends=True)):
        text = normalize_line(raw)
        kind = known.get(text)
        if kind is None:
            kind = known[text] = classify(text)
        lines.append(_line(Line, (index, text, kind, offset)))
        offset += len(raw)
    return _join_caption_parts(lines)


def _join_caption_parts(lines: list[Line]) -> list[Line]:
    """A credit on its own line (`[사진=카카오]`) takes the one-sentence line touching it along."""
    credits = [i for i, line in enumerate(lines) if line.kind is Kind.CAPTION and len(line.text) < 40]
    taken = [j for i in credits for j in (i - 1, i + 1) if 0 <= j < len(lines) and _caption_sentence(lines[j])]
    for j in taken:  # decided on the kinds as classified, then changed
        lines[j] = lines[j]._replace(kind=Kind.CAPTION)
    return lines


def _caption_sentence(line: Line) -> bool:
    if line.kind is Kind.SHORT:
        return line.text.endswith(".")
    return line.kind is Kind.BODY and sentence_ends(line.text) <= 1 and line.text.endswith("있다.")
