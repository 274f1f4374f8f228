"""Where the article sits on a classified page: its body block, headline, deck and the board row.

The body is the largest run of prose lines; runs are broken by end-of-article chrome
(bylines, copyright, board rows) or by more than a little chrome in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hoedong.article.lines import Kind, Line
from hoedong.article.outlets import looks_like_outlet

# Chrome that ends an article: nothing after it belongs to the same body.
_HARD_BREAKS = {Kind.BYLINE, Kind.EMAIL, Kind.COPYRIGHT, Kind.BOARD_HEADER, Kind.BOARD_ROW,
                Kind.BOARD_CURRENT, Kind.OUTLET, Kind.FOOTER}
_NEUTRAL = {Kind.BLANK, Kind.CAPTION}
_SHORT_GAP = 2  # chrome lines tolerated between two paragraphs of one body
_LONG_GAP = 12  # ... when what follows is itself a body of several paragraphs (an ad, a related box)


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
    for line in lines:
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
            if current and line.kind is Kind.SHORT:
                current.append(line)  # a possible subheading; trimmed if the block ends here
    if current:
        blocks.append(current)
    return [_trim(block) for block in blocks]


def _trim(block: list[Line]) -> list[Line]:
    while block and block[-1].kind is not Kind.BODY:
        block.pop()
    return block


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
    return len(kinds) <= _LONG_GAP and paragraphs >= 3


def _size(block: list[Line]) -> int:
    return sum(len(line.text) for line in block if line.kind is Kind.BODY)


def bigram_overlap(text: str, body: str) -> float:
    """Share of a line's Korean/Latin character bigrams that also occur in the body."""
    grams = {gram for word in re.split(r"[^가-힣A-Za-z0-9]+", text) for gram in _bigrams(word)}
    if not grams:
        return 0.0
    body_grams = _bigrams(body)
    return sum(1 for gram in grams if gram in body_grams) / len(grams)


def _bigrams(text: str) -> set[str]:
    compact = re.sub(r"[^가-힣A-Za-z0-9]", "", text).lower()
    return {compact[i: i + 2] for i in range(len(compact) - 1)}


def find_layout(lines: list[Line]) -> Layout | None:
    """The article's place on the page, or None when the page holds no prose at all."""
    blocks = _merge_interrupted(_blocks(lines), lines)
    blocks = [block for block in blocks if block]
    if not blocks:
        return None
    block = max(blocks, key=_size)
    body_text = " ".join(line.text for line in block)
    start = block[0].index
    preamble = [line for line in lines[:start]
                if line.kind is Kind.SHORT and not _is_caption_title(line, lines) and not _is_masthead(line.text)]
    title = next((line for line in preamble if bigram_overlap(line.text, body_text) >= 0.5), None)
    deck: tuple[Line, ...] = ()
    if title is not None:
        deck = tuple(line for line in preamble
                     if line.index > title.index and bigram_overlap(line.text, body_text) >= 0.3)
    board_current = next((line for line in lines if line.kind is Kind.BOARD_CURRENT), None)
    return Layout(body_lines=tuple(block), title=title, deck=deck, board_current=board_current,
                  start=start, end=block[-1].index)


def _is_masthead(text: str) -> bool:
    """A site's name or logo line (`이데일리 Edaily`): outlet names and Latin words only."""
    words = text.split()
    rest = [w for w in words if not looks_like_outlet(w) and not re.fullmatch(r"[A-Za-z0-9.&\-]+", w)]
    return len(rest) < 2 and len(words) <= 4


def _is_caption_title(line: Line, lines: list[Line]) -> bool:
    """A photo's own title line sits right above its caption, with no blank line between."""
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if following is None or following.kind is not Kind.CAPTION:
        return False
    credit_only = len(following.text) < 40
    return credit_only or line.text.endswith(".") or bigram_overlap(line.text, following.text) >= 0.6
