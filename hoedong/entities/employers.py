"""Organisations read from where a person's title stands, not from their own shape.

Two readings of the same phrase, `ORG NAME TITLE` and `ORG의 NAME TITLE`: what stands between a
person's name and their title is the organisation they work for (`도하린 한빛전자 회장`), and one
proper noun in the genitive right before a titled person is their employer, whatever its ending.
Kept apart from orgs.py (names by shape and deal context) because both take the person's reading
as their evidence and set the person's organisation, which no shape rule does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from hoedong.entities.lexicon import given_names, industry_terms, name_suffixes, particles, title_of
from hoedong.entities.mentions import Mention
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_EMPLOYER_NAME = re.compile(r"[가-힣A-Za-z0-9]{3,20}")  # a one-noun name: not a particle or a bare syllable


def organisations_named_with_titles(body: str, mentions: list[Mention]) -> list[Mention]:
    """`김창한 크래프톤 대표`: what stands between a name and its title is an organisation."""
    found = []
    for mention in mentions:
        if mention.type == "PERSON" and mention.org is not None:
            start, end = mention.org
            text = body[start:end]
            known = any(m.start <= start and end <= m.end and m.type in ("ORG", "PLACE") for m in mentions)
            if not known and text not in name_suffixes():  # `… 페냐 주니어 회장`: the name's own last word
                found.append(Mention(start, end, text, "ORG", "context", name=text))
    return found


def employers_before_titles(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`루미나랩스의 한스 베버 CEO`: one proper noun in the genitive right before a person named with
    a title is who they work for, an organisation, whatever its ending (Kiwi may glue the particle on:
    `유콘니켈의`/NNP). Returns the mentions with such organisations added and each such person's
    organisation set, where their own reading left it open."""
    starts = [w.start for w in words]
    after = {m.start: _word_after(words, starts, m.end) for m in mentions if m.type == "PERSON"}
    people = {m.start: m for m in mentions if m.type == "PERSON" and m.org is None
              and (m.titles or _title_after(after[m.start]))}  # `응우옌 반 흥 회장`, `한서윤(52) 대표`: titled after its shape
    orgs = {m.start: m for m in mentions if m.type == "ORG"}
    taken = [(m.start, m.end) for m in mentions]
    found, employed = [], {}
    for word, following in zip(words, words[1:]):
        person = people.get(following.start)
        if person is None or following.sentence != word.sentence:
            continue
        known = orgs.get(word.start)
        if known is not None and word.text[known.end - word.start:] in particles("of"):
            employed[person] = _employed(person, (known.start, known.end), after[person.start])  # `A사의 X(52) 대표`
            continue
        stem = _genitive_name(word)
        if stem is None or any(s <= word.start < e for s, e in taken) or kb.person(stem) is not None \
                or kb.is_place(stem) or title_of(stem) or stem in given_names() or stem in industry_terms():
            continue
        found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
        employed[person] = _employed(person, (word.start, word.start + len(stem)), after[person.start])
    return [employed.get(m, m) for m in mentions] + found


def _employed(person: Mention, org: tuple[int, int], following: Word | None) -> Mention:
    """The person with their organisation, and the title after their name when only that tells it."""
    titles = person.titles or ((following.bare,) if following is not None else ())
    return replace(person, org=org, titles=titles)


def _word_after(words: list[Word], starts: list[int], end: int) -> Word | None:
    at = bisect_right(starts, end)
    return words[at] if at < len(words) else None


def _title_after(word: Word | None) -> bool:
    return word is not None and title_of(word.stem) is not None


def _genitive_name(word: Word) -> str | None:
    """The name of a one-noun word in the genitive (`루미나랩스의`, glued `루미나랩스의`/NNP), if it is one."""
    if len(word.core) != 1 or word.first_tag not in ("NNP", "SL"):
        return None
    stem, genitive = word.bare, particles("of")
    if word.text == word.stem:
        glued = next((p for p in genitive if stem.endswith(p)), None)
        stem = stem[: -len(glued)] if glued else None
    elif word.text[len(word.stem):] not in genitive:
        stem = None
    return stem if stem is not None and _EMPLOYER_NAME.fullmatch(stem) else None
