"""Text without line breaks, cut into the lines a page would have shown.

Feeds and APIs often deliver a whole article as one paragraph, sometimes with no space after a
sentence's full stop (`…만났다.이어 …`). The line classifier judges lines, so such text is cut
first: after each sentence, and around what pages put on lines of their own — a dateline
(`(서울=뉴스1)`), a labelled date (`입력 2025-06-03 14:20`), a copyright notice, and a byline
closing the text. Lines that already look like a page's lines are left as they are.
"""

from __future__ import annotations

import re

from hoedong.article.bylines import byline_group, is_byline_shaped
from hoedong.article.lines import labelled_date
from hoedong.article.patterns import EMAIL

_RUN_ON_CHARS = 1200  # a line this long with many sentences is a whole article, not a paragraph
_RUN_ON_SENTENCES = 6
_FEW_LINES = 3  # a text of this few lines is one block however long its lines are
_CLOSERS = "\"'”’」』)\\]"
# A sentence's end: a Korean final ending and its stop, then closing quotes and a space, or no
# space at all before the next sentence (`…했다.이어`, `…했다.25일`: one full stop before a figure,
# as `만든다...900억` is a headline's pause); `…했다."라고` goes on. The ending is its last syllable
# (…니다 ends in 다): one class of syllables lets the search jump from syllable to syllable.
_SENTENCE_END = re.compile(
    rf"[다요죠까네](?:[.?!…]+(?:[{_CLOSERS}]*(?=\s+\S)|(?=[가-힣A-Za-z\[(“‘]))|\.(?=\d))")
_GLUED_END = re.compile(r"[다요죠까네](?:[.?!]+(?=[가-힣A-Za-z\[(“\"‘'])|\.(?=\d))")
_DATELINE = re.compile(r"(?<=\S)\s*(?=[\[(【]\s*[가-힣A-Za-z·]{1,12}\s*=\s*[가-힣A-Za-z0-9 ]{1,16}[\])】])")
_COPYRIGHT = re.compile(r"(?<=\S)\s*(?=(?:<\s*)?(?:ⓒ|©|Copyright\b|copyright\b|저작권자|무단\s*전재))")
# A date and time with no label (`2026-06-04 14:20`), as a page's header prints it.
_BARE_STAMP = re.compile(r"(?<=\S)\s+(?P<stamp>(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+(?:(?:오전|오후)\s*)?"
                         r"\d{1,2}:\d{2}(?::\d{2})?)(?=\s+\S)")
_BYLINE_TAIL = 60  # what may follow a closing byline on its line (an e-mail address)


def is_run_on(line: str, lines_in_text: int) -> bool:
    """A line that holds what a page would have put on several lines."""
    if _GLUED_END.search(line):
        return True
    if lines_in_text > _FEW_LINES and len(line) < _RUN_ON_CHARS:
        return False  # neither test below can pass: the sentences need not be counted
    ends = len(_SENTENCE_END.findall(line))
    if lines_in_text <= _FEW_LINES and ends >= 2:
        return True
    return len(line) >= _RUN_ON_CHARS and ends >= _RUN_ON_SENTENCES


def split_run_on(page: str) -> str:
    """The page with each run-on line cut into lines; other lines unchanged."""
    lines = page.splitlines(keepends=True)
    count = sum(1 for line in lines if line.strip())
    if not any(is_run_on(line, count) for line in lines):
        return page
    return "".join(_cut(line) if is_run_on(line, count) else line for line in lines)


def _split_leading_byline(part: str) -> str:
    """`홍길동 기자 첫 문장은…`: a byline opening a line of prose goes on a line of its own
    (a dateline's `홍길동 기자 =` stays with its lede)."""
    part = part.strip()
    match = byline_group().match(part)
    if match is None:
        return part
    end = match.end()
    address = re.match(rf"\s*[(<\[]?\s*{EMAIL}\s*[)>\]]?", part[end:])
    end += address.end() if address else 0
    rest = part[end:].lstrip()
    if not rest or rest.startswith("="):
        return part
    return part[:end].rstrip() + "\n" + rest


def _split_trailing_byline(part: str) -> str:
    """`…했다. 홍길동 기자` or `헤드라인 홍길동 기자`: the byline goes on a line of its own."""
    for match in byline_group().finditer(part):
        tail = part[match.start():]
        if match.start() > 0 and len(tail) - len(match.group(0)) <= _BYLINE_TAIL and is_byline_shaped(tail):
            return part[: match.start()].rstrip() + "\n" + tail
    return part


def _cut(line: str) -> str:
    ending = line[len(line.rstrip("\r\n")):]
    text = line.rstrip("\r\n")
    text = labelled_date().sub(lambda m: "\n" + m.group(0) + "\n", text)
    text = "\n".join(part if labelled_date().match(part.strip()) else _BARE_STAMP.sub(lambda m: "\n" + m["stamp"] + "\n", part)
                     for part in text.split("\n"))
    text = _DATELINE.sub("\n", text)
    text = _COPYRIGHT.sub("\n", text)
    text = _SENTENCE_END.sub(lambda m: m.group(0) + "\n", text)
    text = "\n".join(_split_trailing_byline(_split_leading_byline(part)) for part in text.split("\n"))
    parts = [part.strip() for part in text.split("\n")]
    return "\n".join(part for part in parts if part) + (ending or "\n")
