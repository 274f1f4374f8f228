"""Where the article sits on a classified page: its body block, headline, deck and the board row.

The body is the largest run of prose lines; runs are broken by end-of-article chrome
(bylines, copyright, board rows) or by more than a little chrome in between.
"""

from __future__ import annotations

from dataclasses import dataclass

from hoedong.article.headline import find_headline
from hoedong.article.lines import Kind, Line, is_list_header

# Chrome that ends an article: nothing after it belongs to the same body.
_HARD_BREAKS = {Kind.BYLINE, Kind.EMAIL, Kind.COPYRIGHT, Kind.BOARD_HEADER, Kind.BOARD_ROW,
                Kind.BOARD_CURRENT, Kind.OUTLET, Kind.FOOTER}
_NEUTRAL = {Kind.BLANK, Kind.CAPTION}
_SHORT_GAP = 2  # chrome lines tolerated between two paragraphs of one body
_LONG_GAP = 12  # ... when what follows is itself a body of several paragraphs (an ad, a related box)
_CUT_OFF_MIN_CHARS = 30  # a text cut off mid-sentence keeps its last line when it is at least this long ...
_CUT_OFF_MIN_WORDS = 8  # ... and runs on for this many words (a headline, a menu or a related title is shorter)
_CUT_OFF_HANGUL_SHARE = 0.5  # ... most of its letters Hangul
_HANGUL_FIRST, _HANGUL_LAST = "\uac00", "\ud7a3"  # the precomposed Hangul syllables


@dataclass(frozen=True)
class Layout:
    body_lines: tuple[Line, ...]  # the body block's paragraphs (prose and subheadings)
    title: Line | None
    deck: tuple[Line, ...]
    board_current: Line | None
    start: int  # index of the first body line
    end: int  # index of the last body line


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    gap = 0
    listing = False  # under a list header (관련기사): headlines there are other articles'
    for line in lines:
        listing = line.kind is not Kind.BODY and (listing or is_list_header(line.text))
        if line.kind is Kind.BODY:
            if current and gap <= _SHORT_GAP:
                current.append(line)
            else:
                if current:
                    blocks.append(current)
                current = [line]
            gap = 0
        elif line.kind in _NEUTRAL:
            continue
        elif line.kind in _HARD_BREAKS:
            gap = 10**6
        else:
            gap += 1
            if current and line.kind is Kind.SHORT and not listing:
                current.append(line)  # a possible subheading; trimmed if the block ends here
    if current:
        blocks.append(current)
    cut = _cut_off_end(lines)
    return [_trim(block, cut) for block in blocks]


def _trim(block: list[Line], cut: Line | None) -> list[Line]:
    """The block without its trailing headline-shaped lines, unless the last is the text cut off."""
    kept = block[-1] if block and block[-1] is cut else None
    while block and block[-1].kind is not Kind.BODY:
        block.pop()
    return block + [Line(kept.index, kept.text, Kind.BODY, kept.start)] if kept else block


def _cut_off_end(lines: list[Line]) -> Line | None:
    """The page's very last line when it is running prose that stops mid-sentence (an excerpt, a
    feed's description, a preview cut at a length): the end of the body, not a subheading. Not a
    line after the article's end (a byline, a copyright notice: a ranked title below), nor one that
    only repeats the start of another (a caption shown twice, the second time cut)."""
    last = next((line for line in reversed(lines) if line.kind is not Kind.BLANK), None)
    if last is None or last.kind is not Kind.SHORT:
        return None
    since_body = next((lines[at + 1:] for at in range(len(lines) - 1, -1, -1) if lines[at].kind is Kind.BODY), [])
    if any(line.kind in _HARD_BREAKS for line in since_body):
        return None
    text = last.text.strip()
    hangul = sum(1 for ch in text if _HANGUL_FIRST <= ch <= _HANGUL_LAST)
    letters = sum(1 for ch in text if ch.isalpha()) or 1
    prose = len(text) >= _CUT_OFF_MIN_CHARS and len(text.split()) >= _CUT_OFF_MIN_WORDS
    if not prose or hangul / letters < _CUT_OFF_HANGUL_SHARE:
        return None
    repeated = any(line is not last and line.text.strip().startswith(text) for line in lines)
    return None if repeated else last


def _merge_interrupted(blocks: list[list[Line]], lines: list[Line]) -> list[list[Line]]:
    """Join blocks split by a related-links box or an ad inside one article."""
    merged: list[list[Line]] = []
    for block in blocks:
        if merged and _joinable(merged[-1], block, lines):
            merged[-1] = merged[-1] + block
        else:
            merged.append(block)
    return merged


def _joinable(before: list[Line], after: list[Line], lines: list[Line]) -> bool:
    between = lines[before[-1].index + 1: after[0].index]
    kinds = [line.kind for line in between if line.kind not in _NEUTRAL]
    if any(kind in _HARD_BREAKS for kind in kinds):
        return False
    paragraphs = sum(1 for line in after if line.kind is Kind.BODY)
    return len(kinds) <= _LONG_GAP and (paragraphs >= 3 or _signed_off(after, lines))


def _signed_off(block: list[Line], lines: list[Line]) -> bool:
    """A block the article's byline or copyright notice closes is the article's last part."""
    following = next((line for line in lines[block[-1].index + 1:] if line.kind not in _NEUTRAL), None)
    return following is not None and following.kind in (Kind.BYLINE, Kind.EMAIL, Kind.COPYRIGHT)


def _size(block: list[Line]) -> int:
    return sum(len(line.text) for line in block if line.kind is Kind.BODY)


def find_layout(lines: list[Line]) -> Layout | None:
    """The article's place on the page, or None when the page holds no prose at all."""
    blocks = _merge_interrupted(_blocks(lines), lines)
    blocks = [block for block in blocks if block]
    if not blocks:
        return None
    block = max(blocks, key=_size)
    body_text = " ".join(line.text for line in block)
    start = block[0].index
    title, deck = find_headline(lines, start, body_text)
    board_current = next((line for line in lines if line.kind is Kind.BOARD_CURRENT), None)
    return Layout(body_lines=tuple(block), title=title, deck=deck, board_current=board_current,
                  start=start, end=block[-1].index)
