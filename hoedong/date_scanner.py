"""korean-datetime's parser with a scanner that jumps between the places a date can start.

The library's scanner tries each of its ~60 token rules at every word start of a sentence, in
Python: the costliest step of reading an article. Each rule's pattern is searched over the whole
text instead (in C), and the rules are tried only where one of them matches. The
tokens are the library's own: same rules, same order, same tie-breaking
(tests/test_date_scanner.py compares the two on every sentence of the sample corpus).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from datetime import datetime
from functools import cache

import korean_datetime as kd
from korean_datetime.core.scanner import Scanner, Split, Token
from korean_datetime.temporal.parser import TemporalParser


_REMEMBERED_TEXTS = 8  # a sentence is read in two or three directions, one right after another


class SkippingScanner(Scanner):
    """A `Scanner` that finds each rule's candidate positions first. The tokens depend on the text
    alone (every direction's parser shares the library's rules, hence one scanner): the last few
    texts' are kept, so a sentence read in another direction is not scanned again."""

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self._recent: OrderedDict[str, tuple[Token, ...]] = OrderedDict()

    def scan(self, text: str) -> list[Token]:
        tokens = self._recent.get(text)
        if tokens is None:
            tokens = self._recent[text] = tuple(self._scan(text))
            if len(self._recent) > _REMEMBERED_TEXTS:
                self._recent.popitem(last=False)
        return list(tokens)

    def _scan(self, text: str) -> list[Token]:
        candidates: dict[int, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for start in _starts(rule.pattern, text):
                candidates.setdefault(start, []).append(index)
        starts = sorted(candidates)
        tokens: list[Token] = []
        pos = last_end = 0
        while True:
            at = bisect_left(starts, pos)
            if at == len(starts):
                return tokens
            pos = starts[at]
            attached = not self._left_ok(text, pos, last_end)
            if attached and not self._has_attachable:
                pos += 1
                continue
            best = self._best_of(text, pos, attached, candidates[pos])
            if best is None:
                pos += 1
                continue
            tokens.extend(best)
            pos = last_end = best[-1].end

    def _best_of(self, text: str, pos: int, attached: bool, indices: list[int]):
        """The library's `_best_match`, over the rules known to match here (in rule order)."""
        best = None
        best_end = pos
        for index in indices:
            rule = self.rules[index]
            if attached and not rule.attachable:
                continue
            match = rule.pattern.match(text, pos)
            if match is None or match.end() <= best_end:
                continue
            if rule.right_boundary and not self._right_ok(text, match.end()):
                continue
            value = rule.build(match)
            if value is None:
                continue
            best = value if isinstance(value, Split) else (self._token(rule, match, value),)
            best_end = match.end()
        return best


def _starts(pattern: re.Pattern, text: str):
    """Every position where `pattern` matches, one inside another's match included. A search
    from the next position finds the next one: unlike a lookahead (`(?=…)`), the pattern keeps
    the literal prefix the regex engine skips ahead with, and the text around `pos` stays in
    view of its lookbehinds."""
    found = pattern.search(text)
    while found is not None:
        start = found.start()
        yield start
        if start >= len(text):
            return  # a search from past the end would start again at the end
        found = pattern.search(text, start + 1)


@cache
def parser(cycle: kd.Cycle) -> TemporalParser:
    """One parser per direction, made once, with the skipping scanner in place of the library's."""
    made = TemporalParser(kd.ParseOptions(cycle=cycle))
    made._scanner = _scanner(made._scanner)
    return made


@cache
def _scanner(library: Scanner) -> SkippingScanner:
    """One skipping scanner for each of the library's (its scanners are shared across directions)."""
    return SkippingScanner(library.rules)


def parse_all(text: str, now: datetime, cycle: kd.Cycle) -> list:
    """`korean_datetime.parse_all` with the fast scanner."""
    return parser(cycle).parse_all(text, now)
