"""korean-datetime's parser with a scanner that jumps between the places a date can start.

The library's scanner tries each of its ~60 token rules at every word start of a sentence, in
Python: the costliest step of reading an article. Each rule's pattern is searched over the whole
text instead (in C), and only for the rules whose characters and opening pairs of characters
the text holds; the rules are tried only where one of them matches. The
tokens are the library's own: same rules, same order, same tie-breaking
(tests/test_date_scanner.py compares the two on every sentence of the sample corpus). The frames
the tokens make depend on the text alone too: a sentence read in two or three directions (past,
future, nearest) is scanned and framed once, and only resolved in each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from re import _compiler, _constants, _parser  # the standard library's own reading of a pattern (Python 3.11+)

import korean_datetime as kd
from korean_datetime.core.scanner import Scanner, Split, Token, ends_word
from korean_datetime.core.types import require_text, to_datetime
from korean_datetime.temporal.context_hour import apply_context_hours
from korean_datetime.temporal.frame import Frame, apply_corrections, build_frames, link_alternatives, link_day_shifts
from korean_datetime.temporal.options import AmbiguousHour
from korean_datetime.temporal.parser import TemporalParser
from korean_datetime.temporal.postprocess import postprocess
from korean_datetime.temporal.ranges import merge_ranges


_REMEMBERED_TEXTS = 8  # a sentence is read in two or three directions, one right after another


class SkippingScanner(Scanner):
    """A `Scanner` that finds each rule's candidate positions first, passing over the rules whose
    needed characters the text lacks (most sentences hold a few of the rules' words at most)."""

    def __init__(self, rules) -> None:
        super().__init__(rules)
        self._reaches = tuple(_reach(rule.pattern) for rule in self.rules)
        self._needs = _Needs(self._reaches)

    def scan(self, text: str) -> list[Token]:
        candidates: dict[int, list[int]] = {}
        rules, reaches = self.rules, self._reaches
        for index in self._needs.admitted(text):
            for start in reaches[index].starts(rules[index].pattern, text):
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
            best = self._best_of(text, pos, attached, candidates[pos], candidates)
            if best is None:
                pos += 1
                continue
            tokens.extend(best)
            pos = last_end = best[-1].end

    def _best_of(self, text: str, pos: int, attached: bool, indices: list[int], candidates: dict[int, list[int]]):
        """The library's `_best_match`, over the rules known to match here (in rule order). Its right
        boundary holds where a word ends or another rule matches: where one starts, in `candidates`."""
        best = None
        best_end = pos
        for index in indices:
            rule = self.rules[index]
            if attached and not rule.attachable:
                continue
            match = rule.pattern.match(text, pos)
            if match is None or match.end() <= best_end:
                continue
            if rule.right_boundary and not (ends_word(text, match.end()) or match.end() in candidates):
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


@dataclass(frozen=True)
class _Reach:
    """What a rule's pattern asks of a text, read from the pattern itself: a character of each of
    `needed` somewhere in it, and (`first`) one of some characters where a match starts. A
    pattern read only in part asks less, never more: the starts found are the same."""

    needed: tuple[frozenset[str], ...] = ()
    first: re.Pattern | None = None  # one character of the match's first ones; None: any
    openings: frozenset[str] | None = None  # the two characters a match opens with, spaces left out; None: any

    def starts(self, pattern: re.Pattern, text: str):
        """Every position where `pattern` matches: where a first character stands, tried one by one
        (the regex engine cannot skip ahead over a pattern that opens with a lookbehind or words)."""
        if self.first is None:
            return _starts(pattern, text)
        match = pattern.match
        return [found.start() for found in self.first.finditer(text) if match(text, found.start())]


class _Needs:
    """Every rule's needed characters (`_Reach.needed`) and openings (`_Reach.openings`) as bits,
    one per set: a text's characters and pairs of characters light the bits of the sets they fall
    in, all at once, and a rule is admitted when all of its bits are lit (no loop per rule: most
    rules' words are absent from a sentence, and a search for each would cost more than the test)."""

    def __init__(self, reaches) -> None:
        bits_of: dict[str, int] = {}
        pair_bits: dict[str, int] = {}
        wants = []
        bit = 1
        for reach in reaches:
            want = 0
            sets = [(chars, bits_of) for chars in reach.needed]
            if reach.openings:
                sets.append((reach.openings, pair_bits))
            for members, bits in sets:
                for member in members:
                    bits[member] = bits.get(member, 0) | bit
                want |= bit
                bit <<= 1
            wants.append(want)
        self._bits_of, self._pair_bits = bits_of, pair_bits
        self._chars = frozenset(bits_of)
        # a pair's first character and the next past spaces, looked ahead at: it may open the next pair
        firsts, seconds = {pair[0] for pair in pair_bits}, {pair[1] for pair in pair_bits}
        self._pairs = re.compile(f"({_one_of(firsts)})\\s*(?=({_one_of(seconds)}))")
        self._wants = tuple(enumerate(wants))

    def admitted(self, text: str) -> list[int]:
        """The rules (their indices, in order) for which `text` holds a character of each needed set
        and one of the openings."""
        lit = 0
        for char in self._chars.intersection(text):
            lit |= self._bits_of[char]
        for pair in set(self._pairs.findall(text)):
            lit |= self._pair_bits.get("".join(pair), 0)
        return [index for index, want in self._wants if want & lit == want]


_SPACE = re.compile(r"\s")


def _one_of(chars: set[str]) -> str:
    """A character set of `chars` (none matches nothing)."""
    return f"[{''.join(map(re.escape, sorted(chars)))}]" if chars else "(?!)"


_SMALL_RANGE = 256  # a character range wider than this (`가-힣`) is no use as a needed character
_DIGIT = r"\d"  # stands for any digit (Unicode's too) among the characters a match starts with


def _reach(pattern: re.Pattern) -> _Reach:
    items = _parser.parse(pattern.pattern, pattern.flags)
    first, empty = _first(items)
    needed = _needed(items)
    if pattern.flags & re.IGNORECASE:  # a letter stands for its other case too: only caseless characters
        needed = [chars for chars in needed if _caseless(chars)]
        first = first if first is not None and _caseless(first) else None
    openings = _openings(items)
    if openings is not None and pattern.flags & re.IGNORECASE and not _caseless(frozenset("".join(openings))):
        openings = None
    if first is None or empty or _engine_skips(items, pattern.flags):
        return _Reach(tuple(needed), openings=openings)
    return _Reach(tuple(needed), re.compile(_class_of(first)), openings)


def _engine_skips(items, flags: int) -> bool:
    """The regex engine itself skips ahead to where a match can start (the pattern opens with a
    literal or with words whose first characters it knows, as `re` reads it): its search, in C,
    then beats trying each first character from Python."""
    if items.getwidth()[0] == 0 or (flags & re.IGNORECASE and flags & re.LOCALE):
        return False  # `re` keeps no prefix for these
    return bool(_compiler._get_literal_prefix(items, flags)[0] or _compiler._get_charset_prefix(items, flags))


def opening_guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """`pattern` compiled to be tried only where one of the characters its matches open with stands
    (same matches, spans and groups): alternatives that open with named groups or lookbehinds leave
    `re` no prefix to skip ahead with, so its search would try every alternative at every position."""
    first, empty = _first(_parser.parse(pattern, flags))
    if first is None or empty or flags & re.IGNORECASE:
        return re.compile(pattern, flags)
    return re.compile(f"(?={_class_of(first)})(?:{pattern})", flags)


def _class_of(first: frozenset[str]) -> str:
    """A character class of the characters a match opens with (`_DIGIT` kept as it is written)."""
    return f"[{''.join(c if c == _DIGIT else re.escape(c) for c in sorted(first))}]"


def _caseless(chars: frozenset[str]) -> bool:
    """No character of `chars` has another case (Hangul, digits, punctuation)."""
    return all(c == _DIGIT or c.lower() == c == c.upper() for c in chars)


def _chars(op, av) -> frozenset[str] | None:
    """The characters one item matches, when it is a character or a set of a few; else None."""
    if op is _constants.LITERAL:
        return frozenset(chr(av))
    if op is not _constants.IN:
        return None
    chars: set[str] = set()
    for kind, value in av:
        if kind is _constants.LITERAL:
            chars.add(chr(value))
        elif kind is _constants.RANGE and value[1] - value[0] < _SMALL_RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind is _constants.CATEGORY and value is _constants.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            return None  # `\w`, `[^…]`: not a few characters
    return frozenset(chars)


_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _first(items) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of `items` can start with (None: unknown), and whether it can be empty."""
    first: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL or op is _constants.IN:
            chars = _chars(op, av)
            return (None if chars is None else frozenset(first | chars)), False
        if op is _constants.SUBPATTERN and not (av[1] or av[2]):  # a group, with no flags of its own
            chars, empty = _first(av[3])
        elif op is _constants.BRANCH:
            alternatives = [_first(alternative) for alternative in av[1]]
            if any(chars is None for chars, _ in alternatives):
                return None, False
            chars = frozenset().union(*(chars for chars, _ in alternatives))
            empty = any(empty for _, empty in alternatives)
        elif op in _REPEATS:
            chars, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if chars is None:
            return None, False
        first |= chars
        if not empty:
            return frozenset(first), False
    return frozenset(first), True


def _needed(items) -> list[frozenset[str]]:
    """Sets of characters of which a match of `items` holds one each (lookarounds' included)."""
    needed: list[frozenset[str]] = []
    for op, av in items:
        chars = _chars(op, av)
        if chars is not None:
            if _DIGIT not in chars:  # (a set of characters; any digit is no character of a text)
                needed.append(chars)
        elif op is _constants.ASSERT:
            needed += _needed(av[1])
        elif op is _constants.SUBPATTERN and not (av[1] or av[2]):
            needed += _needed(av[3])
        elif op in _REPEATS and av[0] >= 1:
            needed += _needed(av[2])
        elif op is _constants.BRANCH:
            first, empty = _first([(op, av)])
            if first is not None and not empty and _DIGIT not in first:
                needed.append(first)
    return needed


_PAIR = 2  # characters of an opening
_MOST_OPENINGS = 64  # openings of one pattern beyond which they are no use as a test


def _openings(items) -> frozenset[str] | None:
    """The pairs of characters a match of `items` can open with, spaces between them left out (the
    text's are too); None when `items` is read only in part: a pattern read so asks nothing."""
    openings = _opened({""}, items)
    if openings is None or any(len(opening) < _PAIR for opening in openings):
        return None
    return frozenset(openings)


def _opened(openings: set[str] | None, items) -> set[str] | None:
    """`openings` (the characters read so far, up to two each) carried on through `items`."""
    for op, av in items:
        if openings is None or all(len(opening) == _PAIR for opening in openings):
            return openings
        if op in _ZERO_WIDTH or _only_spaces(op, av):
            continue
        chars = _chars(op, av)
        if chars is not None:
            if _DIGIT in chars or any(_SPACE.match(c) for c in chars):
                return None
            openings = {o + c if len(o) < _PAIR else o for o in openings for c in chars}
        elif op is _constants.SUBPATTERN and not (av[1] or av[2]):
            openings = _opened(openings, av[3])
        elif op is _constants.BRANCH:
            branches = [_opened(openings, alternative) for alternative in av[1]]
            openings = None if None in branches else set().union(*branches)
        elif op in _REPEATS:  # each count from the least to two (more read no further)
            taken, reached = openings, (set(openings) if av[0] == 0 else set())
            for count in range(1, min(av[1], max(av[0], _PAIR)) + 1):
                taken = _opened(taken, av[2])
                if taken is None:
                    return None
                if count >= av[0]:
                    reached |= taken
            openings = reached
        else:
            return None
        if openings is not None and len(openings) > _MOST_OPENINGS:
            return None
    return openings


def _only_spaces(op, av) -> bool:
    """The item matches nothing but spaces (`\\s*`, ` `): what a text's pairs are read without."""
    if op in _REPEATS:
        return all(_only_spaces(*item) for item in av[2])
    if op is _constants.LITERAL:
        return _SPACE.match(chr(av)) is not None
    if op is _constants.IN:
        return all(kind is _constants.CATEGORY and value is _constants.CATEGORY_SPACE for kind, value in av)
    return False


class FramingParser(TemporalParser):
    """The library's `TemporalParser.parse_all`, step for step, with the frames of the last few
    texts kept: they come from the text alone (scanned, merged, linked), so every direction's
    parser shares them and only resolves them against its own cycle."""

    def parse_all(self, text: str, now: datetime) -> list:
        require_text(text)
        reference = to_datetime(now, self.options.timezone)
        frames = _frames(self._scanner, text)
        resolved = [(frame, result) for frame in frames if (result := self._resolve(frame, text, reference))]
        if self.options.ambiguous_hour is AmbiguousHour.CONTEXT:
            resolved = apply_context_hours(resolved, text, reference, self.options.cycle is kd.Cycle.FUTURE)
        return merge_ranges(resolved, text, lambda frame, ref, cycle: self._resolve(frame, text, ref, cycle))


_recent_frames: OrderedDict[tuple[Scanner, str], tuple[Frame, ...]] = OrderedDict()


def _frames(scanner: Scanner, text: str) -> tuple[Frame, ...]:
    """The text's frames, before any resolving (the library's steps in its order), of the last few texts."""
    key = (scanner, text)
    frames = _recent_frames.get(key)
    if frames is None:
        tokens = postprocess(scanner.scan(text), text)
        made = apply_corrections(build_frames(tokens, text), text)
        frames = _recent_frames[key] = tuple(link_day_shifts(link_alternatives(made, text), text))
        if len(_recent_frames) > _REMEMBERED_TEXTS:
            _recent_frames.popitem(last=False)
    return frames


@cache
def parser(cycle: kd.Cycle) -> TemporalParser:
    """One parser per direction, made once, with the skipping scanner in place of the library's."""
    made = FramingParser(kd.ParseOptions(cycle=cycle))
    made._scanner = _scanner(made._scanner)
    return made


@cache
def _scanner(library: Scanner) -> SkippingScanner:
    """One skipping scanner for each of the library's (its scanners are shared across directions)."""
    return SkippingScanner(library.rules)


def parse_all(text: str, now: datetime, cycle: kd.Cycle) -> list:
    """`korean_datetime.parse_all` with the fast scanner."""
    return parser(cycle).parse_all(text, now)
