"""Mentions: the places in a body that name a person, organisation, place or product.

Each recogniser proposes mentions (gazetteer.py: the knowledge base; titled.py: titles and
apposition; short_forms.py: `이 회장` and family names; orgs.py: organisations and places by shape
and context; premises.py: a name before `본사에서`; employers.py: an organisation read from a person's
title; foreign_names.py: Arabic and Japanese name shapes); `settle` keeps one per span, and `names_found_elsewhere` spreads
a name found by context to its other occurrences (`orgs_found_elsewhere`: organisations found late).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from operator import attrgetter

from hoedong.entities.lexicon import given_names, particle_chars, title_of

_MAX_PARTICLE_TAIL = 4  # 오픈AI와의, 삼성전자에서는
_SHORTEST_ORG = 3  # letters of an organisation's name spread to its other occurrences (not `LG`, `SK`)
_KOREAN_NAME = re.compile(r"[가-힣]{2,4}")
_INITIAL_FIRST = re.compile(r"[A-Z]\. ")  # a middle initial opening what follows a name's first word
_WORD_CHARS = re.compile(r"[가-힣A-Za-z0-9]*")


PARTIAL_HOWS = ("surname_title", "family_name")  # readings that name a person only in part


# Read-only by convention (no rule assigns to a mention; a changed one is a new one, by replace), hashed
# by its fields as a frozen one is: a frozen dataclass's guarded __init__ costs some 2 µs a mention
# against 0.5 µs for a plain one, and the recognisers make thousands per corpus.
@dataclass(unsafe_hash=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | PLACE | PRODUCT | PROJECT
    how: str  # kb | title | apposition | english | surname_title | family_name | context | shape
    kb_key: str | None = None
    name: str | None = None  # the name this mention gives (full for names, the surname for `이 회장`)
    titles: tuple[str, ...] = ()
    org: tuple[int, int] | None = None  # the organisation named with the title, as a span
    name_en: str | None = None
    title_span: tuple[int, int] | None = None

    @property
    def partial(self) -> bool:
        return self.how in PARTIAL_HOWS


def followed_by_particles(body: str, end: int) -> bool:
    """A name ends where its word ends or where particles begin (오픈AI와의, 삼성전자가)."""
    rest = _WORD_CHARS.match(body, end).group()
    if not rest:
        return True
    if rest[0].isascii():
        return False
    return len(rest) <= _MAX_PARTICLE_TAIL and set(rest) <= particle_chars()


def names_found_elsewhere(body: str, mentions: list[Mention]) -> list[Mention]:
    """A name found once by context (a title) is a mention wherever else it stands."""
    known = {(m.name, m.type) for m in mentions if m.how in ("title", "apposition", "shape") and m.name and len(m.name) >= 2}
    return _standing_elsewhere(body, known)


def orgs_found_elsewhere(body: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation found late (by a deal, a title after it, a list) is a mention wherever else its
    name stands too (`B사의 X 이사 … B사와 협약을`), as names_found_elsewhere does for the early finders."""
    known = {(m.name, "ORG") for m in mentions
             if m.type == "ORG" and m.how == "context" and m.name and len(m.name) >= _SHORTEST_ORG}
    return _standing_elsewhere(body, known)


def _standing_elsewhere(body: str, known: set[tuple[str, str]]) -> list[Mention]:
    """Every occurrence of each known (name, type) in the body that only particles follow."""
    found = []
    for name, kind in sorted(known):
        for start in word_starts(body, name):
            if followed_by_particles(body, start + len(name)):
                found.append(Mention(start, start + len(name), name, kind, "context", name=name))
    return found


def word_starts(body: str, word: str) -> list[int]:
    """Where `word` stands in the body with no letter or digit right before it, left to right and
    not overlapping: what `(?<![가-힣A-Za-z0-9])WORD` finds, without a pattern made for each word."""
    starts = []
    at = body.find(word)
    while at >= 0 and word:
        if at == 0 or not _WORD_CHAR.match(body, at - 1):
            starts.append(at)
            at = body.find(word, at + len(word))
        else:
            at = body.find(word, at + 1)
    return starts


_WORD_CHAR = re.compile(r"[가-힣A-Za-z0-9]")


_RANK = {"title": 0, "apposition": 0, "kb": 1, "english": 1, "context": 2, "surname_title": 3, "family_name": 3, "shape": 4}


_UNRANKED = (False, 9)
_ORDER_OF_HOW = {how: (how in PARTIAL_HOWS, rank) for how, rank in _RANK.items()}  # what settle sorts by, per reading


def settle(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per span: full names before partial ones (`제이슨 권` over `권 CSO`),
    then the longest, and of equals the best-evidenced."""
    by_start = sorted(mentions, key=attrgetter("start"))
    if _apart(by_start):
        return by_start  # most passes settle what is settled already: nothing to drop or merge
    ordered = sorted(mentions, key=_settle_order)
    kept: list[Mention] = []
    taken = _Spans()
    overlaps, cover = taken.overlaps, taken.cover  # (looked up once: settle runs some ten times a text)
    for mention in ordered:
        if overlaps(mention.start, mention.end):
            if mention.partial:
                continue
            at = cover(mention.start, mention.end)
            if at is not None and kept[at].type != mention.type:
                at = None
            if mention.start == mention.end:  # an empty span may lie inside several: the first that covers it
                at = next((n for n, k in enumerate(kept) if k.start <= mention.start and mention.end <= k.end
                           and k.type == mention.type), None)
            if at is not None:
                kept[at] = _merge(kept[at], mention)
            continue
        taken.add(mention.start, mention.end, len(kept))
        kept.append(mention)
    return sorted(kept, key=attrgetter("start"))


def _settle_order(mention: Mention) -> tuple[bool, int, int, int]:
    partial, rank = _ORDER_OF_HOW.get(mention.how, _UNRANKED)
    return partial, mention.start - mention.end, rank, mention.start


def _apart(by_start: list[Mention]) -> bool:
    """No two spans overlap and none is empty (the mentions sorted by start): each one is kept as is."""
    end = -1
    for mention in by_start:
        if mention.start < end or mention.start >= mention.end:
            return False
        end = mention.end
    return True


class _Spans:
    """Spans that do not overlap, kept sorted, each with the position of its mention: whether a new
    span overlaps one, and which one covers it, are a binary search instead of a look at each (over
    the starts alone, kept beside the spans: ints compare faster than tuples)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int, int]] = []  # (start, end, position), by start then end
        self._starts: list[int] = []  # each span's start, in the same order

    def add(self, start: int, end: int, position: int) -> None:
        span = (start, end, position)
        at = bisect_right(self._spans, span)
        self._spans.insert(at, span)
        self._starts.insert(at, start)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span s, e has start < e and s < end: of the spans starting before `end` (disjoint,
        so their ends rise with their starts), the last reaches furthest."""
        before = bisect_left(self._starts, end)
        return before > 0 and start < self._spans[before - 1][1]

    def cover(self, start: int, end: int) -> int | None:
        """The position of the span holding start..end (one at most when it is not empty)."""
        if start == end:
            return None
        before = bisect_right(self._starts, start)  # the spans starting at or before `start`
        if before == 0:
            return None
        s, e, position = self._spans[before - 1]
        return position if s <= start and end <= e else None


def _merge(first: Mention, second: Mention) -> Mention:
    """Two readings of one span: keep the knowledge-base link and every title."""
    titles_ = first.titles + tuple(t for t in second.titles if t not in first.titles) if second.titles else first.titles
    kb_key, how = first.kb_key or second.kb_key, "title" if first.how == "kb" and second.titles else first.how
    org, name_en = first.org or second.org, first.name_en or second.name_en
    title_span = first.title_span or second.title_span
    if (kb_key, titles_, how, org, name_en, title_span) == \
            (first.kb_key, first.titles, first.how, first.org, first.name_en, first.title_span):
        return first  # the second reading adds nothing (most often): no copy to make
    # (the first's fields as they stand, the merged ones over them: dataclasses.replace looks the fields up each
    # time, and settle merges thousands)
    return Mention(**{**vars(first), "how": how, "kb_key": kb_key, "titles": titles_, "org": org, "name_en": name_en,
                      "title_span": title_span})


def names_without_known_orgs(body: str, mentions: list[Mention]) -> list[Mention]:
    """`성민채 바른항공기술 대표` where the text names `㈜바른항공기술` elsewhere: a name's last word that
    is an organisation of this text is that organisation, not part of the name (`NAME ORG TITLE`)."""
    orgs = {m.name or m.text for m in mentions if m.type == "ORG"} | {m.text for m in mentions if m.type == "ORG"}
    after_names = {m.start + len(m.name.rpartition(" ")[0]) + 1 for m in mentions if m.type == "PERSON" and m.name}
    after_names |= {m.end + 1 for m in mentions if m.type == "PERSON"}
    people = {m.name for m in mentions if m.type == "PERSON" and m.name and " " in m.name}
    kept = []
    for mention in mentions:
        head, _, last = (mention.name or "").rpartition(" ")
        org_last = mention.type == "PERSON" and mention.kb_key is None and head and last in orgs
        # what is left must still be a full name: two words, or one that is no foreign given name
        # (`그레이엄 맥클라우드 노던리튬 CEO`: `맥클라우드`, taken for a company elsewhere, is his family name);
        # asked only of a name whose last word is such an organisation
        full = org_last and (" " in head or (_KOREAN_NAME.fullmatch(head) is not None and head not in given_names()))
        # (the body is searched for the last word with a title only for such a name)
        if org_last and full and mention.text == mention.name and not _told_with_a_title(body, last, after_names):
            org_start = mention.start + len(head) + 1
            mention = replace(mention, end=mention.start + len(head), text=head, name=head,
                              org=mention.org or (org_start, org_start + len(last)))
        elif mention.type == "PERSON" and mention.kb_key is None and mention.name in orgs:
            continue  # the organisation itself read as a name before its title
        else:
            mention = _org_first_off(body, mention, orgs, people)
        kept.append(mention)
    return kept


def _org_first_off(body: str, mention: Mention, orgs: set[str], people: set[str]) -> Mention:
    """`린셰핑리사이클링 요한나 베리크비스트 CEO` where the text names the company elsewhere: a name's
    first word that is an organisation of this text is that organisation (`ORG NAME TITLE`), when
    what follows it is still a name of two words or more; a word read as the organisation after
    the name (`ORG 요한나` + `베리크비스트`) joins the name when the text names that person whole."""
    first, _, rest = (mention.name or "").partition(" ")
    if mention.type != "PERSON" or mention.kb_key is not None or mention.text != mention.name or first not in orgs:
        return mention
    if _INITIAL_FIRST.match(rest):
        return mention  # `오웬 T. 하퍼` beside the company `오웬`: an initial follows a given name, never an organisation
    end = mention.end
    after = body[mention.org[0]:mention.org[1]] if mention.org is not None and mention.org[0] == end + 1 else None
    if after is not None and f"{rest} {after}" in people:
        rest, end = f"{rest} {after}", mention.org[1]
    elif " " not in rest:
        return mention
    start = mention.start + len(first) + 1
    return replace(mention, start=start, end=end, text=rest, name=rest, org=(mention.start, mention.start + len(first)))


def _told_with_a_title(body: str, word: str, named_before: set[int]) -> bool:
    """`당초 맥클라우드 회장은`: the word with a title and no name before it is someone's family name
    (`named_before`: where words right after a person's name start)."""
    for match in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(word)} ([가-힣A-Z]+)", body):
        if match.start() not in named_before and title_of(match[1]) is not None:
            return True
    return False
