"""People told again by a short form: `SURNAME TITLE` (`이 회장`, `尹 대통령`, `권 CSO`, `이 전 회장`)
and the family name of a multi-word name (`저커버그가`, `올트먼 CEO`, `기시다 총리`).

Surnames come from lexicon/surnames.tsv, titles from lexicon/titles.tsv and the words that say
when a title was held (`전`, `現`, `당시`) from lexicon/title_words.tsv. Who the short form means
is resolve.py's work.
"""

from __future__ import annotations

import re
from functools import cache

import ahocorasick

from hoedong.entities.chinese_names import chinese_surnames
from hoedong.entities.lexicon import surnames, tenure_words, titles
from hoedong.entities.mentions import Mention, followed_by_particles, word_starts
from hoedong.entities.names import is_typo_of
from hoedong.knowledge import family_name_of
from hoedong.resources import word_list

_MAX_GLUED_PARTICLES = 3  # `이 회장과는`
_MAX_TITLE_TAIL = 4  # letters after a title that make it another word (`회장단협의회`)


def _alternatives(forms) -> str:
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


@cache
def _surname_title_pattern() -> re.Pattern:
    heads = _alternatives(_heads())
    names = _alternatives(titles())
    modifier = rf"(?:(?:{'|'.join(map(re.escape, tenure_words()))})\s?)?"
    return re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<surname>{heads})\s?{modifier}(?P<title>{names})(?![가-힣A-Za-z])|"
                      rf"(?<![가-힣A-Za-z0-9])(?P<surname2>{heads})\s?{modifier}(?P<title2>{names})"
                      rf"(?=[가-힣]{{1,{_MAX_GLUED_PARTICLES}}}(?![가-힣]))")


def surname_title_mentions(body: str) -> list[Mention]:
    """`이 회장`, `손 회장`, `尹 대통령`, `권 CSO`: a person by surname and title."""
    found = []
    for match in _matches_near_titles(body):
        surname = match["surname"] or match["surname2"]
        title = match["title"] or match["title2"]
        end = match.start("title") + len(title) if match["title"] else match.start("title2") + len(title)
        if match["title2"] and not followed_by_particles(body, end):
            continue
        found.append(Mention(match.start(), end, body[match.start():end], "PERSON", "surname_title",
                             name=surnames().get(surname, surname), titles=(title,)))
    return found


def _matches_near_titles(body: str):
    """What `_surname_title_pattern().finditer(body)` finds, tried only where a match can start: a
    little before a title (one pass of an automaton finds them), not at every letter of the body."""
    pattern = _surname_title_pattern()
    reach = _reach_before_title()
    initials = _head_initials()
    starts: set[int] = set()
    for end, size in _title_automaton().iter(body):
        title_at = end - size + 1
        starts.update(range(max(0, title_at - reach), title_at))
    resume = 0
    for start in sorted(starts):
        if start < resume or body[start] not in initials:
            continue  # inside the match before (finditer goes on where a match ends), or no surname's start
        match = pattern.match(body, start)  # the look-behind still sees the text before `start`
        if match is not None:
            resume = match.end()
            yield match


@cache
def _title_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for title in titles():
        automaton.add_word(title, len(title))
    automaton.make_automaton()
    return automaton


@cache
def _reach_before_title() -> int:
    """How far before its title a `SURNAME TITLE` match starts at most: the longest surname, a space,
    the longest word of tenure and a space."""
    return max(map(len, _heads())) + 1 + max(map(len, tenure_words())) + 1


@cache
def _head_initials() -> frozenset[str]:
    """The letters a `SURNAME TITLE` match starts with: most places before a title start none."""
    return frozenset(head[0] for head in _heads())


@cache
def _heads() -> frozenset[str]:
    """The surnames a `SURNAME TITLE` starts with: Korean ones and Chinese ones (`차오 회장`)."""
    return frozenset(surnames()) | chinese_surnames()


def former_title(mention: Mention, mentions: list[Mention], body: str) -> bool:
    """`이명박 전 대통령`: right after a name, 전 means 'former', not the surname 전."""
    if mention.how != "surname_title" or body[mention.start] not in _one_syllable_tenure_words():
        return False
    before = body[:mention.start].rstrip()
    return any(m.type == "PERSON" and m.end == len(before) for m in mentions if m is not mention)


@cache
def _one_syllable_tenure_words() -> frozenset[str]:
    """The one-syllable tenure words (`전`), which a surname can be mistaken for (made once: every mention is asked)."""
    return frozenset(w for w in tenure_words() if len(w) == 1)


def family_name_mentions(body: str, people: list[tuple[str, str | None]]) -> list[Mention]:
    """`저커버그가`, `올트먼 CEO`: the last word of a multi-word name, on its own."""
    found = []
    title_after = _title_after()
    for full, key in people:
        parts = full.split()
        if len(parts) < 2:
            continue
        family = family_name_of(full)
        first = family == parts[0]  # a Japanese name, family name first
        for start in word_starts(body, family):
            end = start + len(family)
            before = body[max(0, start - len(parts[-2]) - 1): start]
            inside = body[end:].startswith(" " + parts[1]) if first else before.strip() == parts[-2]
            if inside or not followed_by_particles(body, end):
                continue
            titled = title_after.match(body, end)
            if len(family) == 1 and titled is None:
                continue  # `수 CEO`: a one-syllable family name counts only with its title
            found.append(Mention(start, end, family, "PERSON", "family_name", key, name=full,
                                 titles=(titled["title"],) if titled else (),
                                 title_span=titled.span("title") if titled else None))
    return found


@cache
def _title_after() -> re.Pattern:
    return re.compile(rf" (?P<title>{_alternatives(titles())})(?![가-힣A-Za-z]{{{_MAX_TITLE_TAIL}}})")


def sole_title_mentions(body: str, mentions: list[Mention]) -> list[Mention]:
    """`국왕 내외와의 친교 오찬`, `총리와의 회담`: a head of state or government, or a royal, whom the
    text names once with that title (lexicon/sole_titles.txt) is who the bare title means elsewhere;
    with two holders of the title named, the bare title is left unread."""
    holders: dict[str, set[tuple[str, str | None]]] = {}
    for mention in mentions:
        if mention.type == "PERSON" and not mention.partial and mention.name and len(mention.name) >= 2:
            for title in mention.titles:
                holders.setdefault(title, set()).add((mention.name, mention.kb_key))
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for title in _sole_titles():
        # `국무총리` holds `총리` too: with a prime minister of each side named, `총리` is either
        named = sorted({h for held, people in holders.items() if held.endswith(title) for h in people},
                       key=lambda h: (h[1] is None, -len(h[0])))
        if not named or any(not is_typo_of(other, named[0][0]) for other, _ in named[1:]):
            continue  # `빌럼-알렉산더`/`빌럼-알렉산더르`: one person written two ways is still one
        name, key = named[0]
        for match in re.finditer(rf"(?<![가-힣A-Za-z0-9·]){re.escape(title)}", body):
            couple = any(body.startswith(f" {word}", match.end()) for word in tenure_words("couple"))
            if not (couple or followed_by_particles(body, match.end())):
                continue
            if _after_a_name(body, match.start(), taken):
                continue  # `빌럼-알렉산더르 네덜란드 국왕`: the title of the name before it
            found.append(Mention(match.start(), match.end(), title, "PERSON", "family_name", key, name=name))
    return found


def _after_a_name(body: str, start: int, taken: list[tuple[int, int]]) -> bool:
    """The word before the title is part of a mention (a name, the organisation or country of the
    title), or is itself a surname (`김 총리`)."""
    before = body[:start].rstrip(" ")
    if len(before) == len(body[:start]) and before and before[-1] not in "\n":
        return before[-1] not in ",.·\"'“”‘’()[]"
    previous = re.search(r"(\S+)$", before)
    if previous is None:
        return False
    word = previous.group(1)
    if word[-1] in ",.\"'“”‘’)]":
        return False
    return word in surnames() or any(s < len(before) <= e for s, e in taken)


@cache
def _sole_titles() -> tuple[str, ...]:
    return word_list("sole_titles.txt")
