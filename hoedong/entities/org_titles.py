"""An organisation's title told with no name (`한빛전자의 회장`, `한빛 측 수장`): the one person the
text names with that title at that organisation is who it means. The organisation may be told by a
short form of the name the title was given with (`한빛` for `한빛전자`); a head word (`수장`,
lexicon/title_words.tsv `leader`) means the one person named there with a title that heads it
(lexicon/head_titles.txt). With two such
people named, or none, the phrase is left unread."""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import title_words_in, titles
from hoedong.entities.mentions import Mention, followed_by_particles
from hoedong.entities.names import is_typo_of
from hoedong.resources import word_list

_CLOSING = ",.·\"'”’)\n"  # marks that close a phrase
_SHORT_FORM = 2  # letters an organisation's short form keeps at least (`LG`, `한빛`)


def org_title_mentions(body: str, mentions: list[Mention]) -> list[Mention]:
    """A PERSON mention over each organisation's title that means one person named elsewhere."""
    holders = _holders(body, mentions)
    taken = [(m.start, m.end) for m in mentions if m.type == "PERSON"] + \
        [m.title_span for m in mentions if m.title_span] + [m.org for m in mentions if m.type == "PERSON" and m.org]
    found = []
    for org in mentions:
        if org.type != "ORG" or (org.start, org.end) in taken:
            continue  # `이재용 삼성전자 회장`: the organisation of a named person's title
        told = _title_pattern().match(body, org.end)
        if told is None or not _phrase_ends(body, told.end()) or _named_after(told.end(), taken):
            continue  # `MS CEO 서밋`: a title inside a longer name
        title = told["title"]
        people = {(name, key) for at, held, name, key in holders
                  if _same_org(org.text, at) and _holds(held, title)}
        named = sorted(people, key=lambda p: (p[1] is None, -len(p[0])))
        if not named or any(not is_typo_of(other, named[0][0]) for other, _ in named[1:]):
            continue
        name, key = named[0]
        found.append(Mention(told.start("title"), told.end("title"), title, "PERSON", "family_name", key, name=name))
    return found


def _holds(held: str, told: str) -> bool:
    """The title held is the one told, or heads the organisation when a head word is told (`수장`)."""
    return held == told or (told in title_words_in("leader") and held in _head_titles())


def _holders(body: str, mentions: list[Mention]) -> list[tuple[str, str, str, str | None]]:
    """(organisation as written, title, name, key) of each person named with a title at an organisation."""
    return [(body[m.org[0]: m.org[1]], title, m.name, m.kb_key) for m in mentions
            if m.type == "PERSON" and not m.partial and m.name and m.org for title in m.titles]


def _same_org(told: str, held_at: str) -> bool:
    """`한빛` and `한빛전자`: the same organisation, one name the other's short form."""
    short, full = sorted((told, held_at), key=len)
    return len(short) >= _SHORT_FORM and full.startswith(short)


def _phrase_ends(body: str, end: int) -> bool:
    """The title closes its phrase: particles glued to it (`회장과`), punctuation, or a list word (`회장 및`)."""
    if end >= len(body) or body[end] in _CLOSING:
        return True
    if body[end] != " ":
        return followed_by_particles(body, end)
    return any(body.startswith(f" {word} ", end) for word in title_words_in("list"))


def _named_after(end: int, taken: list[tuple[int, int]]) -> bool:
    """`한빛전자 회장 도하린`: the title of a name that follows it."""
    return any(end <= start <= end + 1 for start, _ in taken)


@cache
def _title_pattern() -> re.Pattern:
    links = "|".join(map(re.escape, title_words_in("org_link")))
    words = sorted(set(titles()) | set(title_words_in("leader")), key=len, reverse=True)
    return re.compile(rf"(?: ?(?:{links}))? (?P<title>{'|'.join(map(re.escape, words))})")


@cache
def _head_titles() -> frozenset[str]:
    return frozenset(word_list("head_titles.txt"))
