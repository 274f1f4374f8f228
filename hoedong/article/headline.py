"""The page's own headline and deck among the headline-shaped lines above the body.

An article's header is its headline, perhaps a deck of one or two lines, and a byline or a
date stamp; lists of other articles' headlines (related, most read, earlier versions) sit
above or below it under a list header. So the headline is the first line of the run of
headline-shaped lines that the byline or date closes; failing that, the first line sharing
enough of its words with the body.
"""

from __future__ import annotations

import operator
import re
from functools import lru_cache

from hoedong.article.lines import Kind, Line, is_list_header, labelled_date
from hoedong.article.outlets import looks_like_outlet

_TITLE_OVERLAP = 0.5  # share of a headline's character bigrams found in the body
_WEAK_TITLE_OVERLAP = 0.25  # ... for a headline the byline closes, or close above the body
_DECK_OVERLAP = 0.3
_TITLE_WINDOW = 8  # non-blank lines above the body where a weakly overlapping headline may stand
_HEADLINE_MIN_LETTERS = 10
_BODIES_KEPT = 16  # bodies whose bigrams are kept (a batch of documents is read one at a time)
_NOT_WORD_RUN = re.compile(r"[^가-힣A-Za-z0-9]+")
_WORD_RUN = re.compile(r"[가-힣A-Za-z0-9]+")
_LATIN_WORD = re.compile(r"[A-Za-z0-9.&\-]+")
_FULL_STOP_END = re.compile(r"[^.]\.$")
_DATE_WORD_START = re.compile(r"^date\b", re.IGNORECASE)
_NOT_HEADLINE_LETTER = re.compile(r"[^가-힣A-Za-z0-9一-鿿]")
_HEADER_CLOSERS = {Kind.DATE, Kind.BYLINE, Kind.WIDGET_DATE, Kind.EMAIL}


def find_headline(lines: list[Line], start: int, body_text: str) -> tuple[Line | None, tuple[Line, ...]]:
    """The headline line and the deck lines, above the body that begins at line `start`."""
    candidates = [line for line in lines[:start]
                  if line.kind is Kind.SHORT and not _is_caption_title(line, lines) and headline_shaped(line.text)]
    runs = [run for run in _runs(candidates, lines) if not _listed(run[0], lines)]
    unlisted = [line for run in runs for line in run]
    title = _closed_by_header(runs, lines, body_text)
    if title is None:
        title = next((line for line in unlisted if bigram_overlap(line.text, body_text) >= _TITLE_OVERLAP), None)
    if title is None:  # a quote or a pun for a headline shares fewer words with the body
        near = _last_lines_before(lines, start, _TITLE_WINDOW)
        title = next((line for line in unlisted
                      if line.index >= near and bigram_overlap(line.text, body_text) >= _WEAK_TITLE_OVERLAP), None)
    if title is None:
        return None, ()
    deck = tuple(line for line in unlisted
                 if line.index > title.index and bigram_overlap(line.text, body_text) >= _DECK_OVERLAP)
    return title, deck


def headline_shaped(text: str) -> bool:
    """Headlines never end with a full stop (a photo's caption does) and never carry a date
    stamp; a site's name or logo line is no headline either."""
    if _FULL_STOP_END.search(text) or labelled_date().search(text) or _DATE_WORD_START.match(text):
        return False
    if len(_NOT_HEADLINE_LETTER.sub("", text)) < _HEADLINE_MIN_LETTERS:  # `경제 바이오·제약`: a section label
        return False
    return not _is_masthead(text)


def _closed_by_header(runs: list[list[Line]], lines: list[Line], body_text: str) -> Line | None:
    """The first line of the last run that a byline or date stamp follows."""
    for run in reversed(runs):
        following = _next_non_blank(lines, run[-1].index)
        if following is not None and following.kind in _HEADER_CLOSERS:
            return next((line for line in run if bigram_overlap(line.text, body_text) >= _WEAK_TITLE_OVERLAP), None)
    return None


def _runs(candidates: list[Line], lines: list[Line]) -> list[list[Line]]:
    """Candidates next to each other (blank lines between them only)."""
    runs: list[list[Line]] = []
    for line in candidates:
        if runs and all(between.kind is Kind.BLANK for between in lines[runs[-1][-1].index + 1: line.index]):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _listed(first: Line, lines: list[Line]) -> bool:
    before = _previous_non_blank(lines, first.index)
    return before is not None and is_list_header(before.text)


def _next_non_blank(lines: list[Line], index: int) -> Line | None:
    return next((line for line in lines[index + 1:] if line.kind is not Kind.BLANK), None)


def _previous_non_blank(lines: list[Line], index: int) -> Line | None:
    return next((line for line in reversed(lines[:index]) if line.kind is not Kind.BLANK), None)


def _last_lines_before(lines: list[Line], start: int, count: int) -> int:
    """The index from which the last `count` non-blank lines before `start` run."""
    seen = 0
    for line in reversed(lines[:start]):
        if line.kind is not Kind.BLANK:
            seen += 1
            if seen >= count:
                return line.index
    return 0


def _is_masthead(text: str) -> bool:
    """A site's name or logo line (`이데일리 Edaily`): outlet names and Latin words only."""
    words = text.split()
    rest = [w for w in words if not looks_like_outlet(w) and not _LATIN_WORD.fullmatch(w)]
    return len(rest) < 2 and len(words) <= 4


def _is_caption_title(line: Line, lines: list[Line]) -> bool:
    """A photo's own title line sits right above its caption, with no blank line between."""
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if following is None or following.kind is not Kind.CAPTION:
        return False
    credit_only = len(following.text) < 40
    return credit_only or line.text.endswith(".") or bigram_overlap(line.text, following.text) >= 0.6


def bigram_overlap(text: str, body: str) -> float:
    """Share of a line's Korean/Latin character bigrams that also occur in the body."""
    grams: set[str] = set()
    for word in _NOT_WORD_RUN.split(text):
        word = word.lower()
        grams.update(map(operator.add, word, word[1:]))
    if not grams:
        return 0.0
    compact = _compact_body(body)
    return sum(1 for gram in grams if gram in compact) / len(grams)


@lru_cache(maxsize=_BODIES_KEPT)
def _compact_body(body: str) -> str:
    """A body's letters and digits, lowered, kept for the few bodies being read: every candidate
    line is compared with it. A bigram of the body is a two-character substring of it: a few
    substring searches per line cost less than the set of all the body's bigrams. Spaces go
    first, by split: the pattern then has far fewer runs to find."""
    return "".join(_WORD_RUN.findall("".join(body.split()))).lower()

