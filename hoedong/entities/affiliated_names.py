"""Names told right after their affiliation in the genitive: `ORG의 W1 W2 [W3] TITLE`.

With the organisation (or country) told before the name, nothing between the genitive and the
title can be the organisation again: every word there is part of the name, whatever Kiwi makes of
each (`부락` read as a common noun, `누그로호` as one, `세티아완` as a proper noun). The titled
reading, which walks left from the title over words it trusts as name parts, stops at the first
word it does not and keeps only the tail of the name (`에르소이 회장`, `하트 CEO`); this reading
gives the whole name with the same title, and `settle` keeps the longer span with both readings'
titles.
"""

from __future__ import annotations

import re

from hoedong.entities.lexicon import (
    KOREAN_FULL_NAME,
    is_title_joiner,
    korean_name_shape,
    not_given_names,
    not_person_words,
    particles,
    remit_word,
    title_modifiers,
    title_of,
    transliteration_syllables,
)
from hoedong.entities.mentions import Mention
from hoedong.entities.name_spans import carries_age, glued_genitive, korean_name
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_MIN_WORDS = 2  # one word after the genitive is the titled reading's own case
_MAX_WORDS = 4  # `아흐마드 자키 빈 이스마일`: links included
_NAME_WORD = re.compile(r"[가-힣]{1,10}(?:-[가-힣]{1,10})?")
_LONG_GENITIVE = 4  # `반텐페트로의`: a shorter word ending in 의 may be a name of its own (`정의`)


def affiliated_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """Every `ORG의 NAME TITLE` whose name has two words or more, read whole."""
    found = []
    for i, word in enumerate(words):
        if title_of(word.stem) is None or i == 0:
            continue
        first_title = _chain_start(words, i)
        start = first_title
        while start > 0 and first_title - start < _MAX_WORDS and not _after_affiliation(words, start) \
                and _name_word(words, start - 1, first_title, kb):
            start -= 1
        run = words[start:first_title]
        if len(run) < _MIN_WORDS or not _after_affiliation(words, start) or not _foreign_looking(run):
            continue
        # (of two syllables, `노아` and `부락` are as often foreign)
        if any(korean_name(w, kb) and len(w.bare) >= KOREAN_FULL_NAME for w in run):
            continue  # `ORG의 해외영업 김민호 상무`: a Korean full name is the whole name where it stands
        name = " ".join(w.bare for w in run)
        found.append(Mention(run[0].start, run[-1].start + len(run[-1].bare), name, "PERSON", "title", name=name,
                             titles=(words[i].bare.strip(","),), org=_affiliation_span(words[start - 1], kb),
                             title_span=(words[first_title].start, words[i].stem_end)))
    return found


def _chain_start(words: list[Word], i: int) -> int:
    """`대표이사 부회장`: the first title of the chain ending at i."""
    while i > 0 and title_of(words[i - 1].stem) and words[i - 1].stem == words[i - 1].text:
        i -= 1
    return i


def _name_word(words: list[Word], k: int, title: int, kb: KnowledgeBase) -> bool:
    """A word that may be part of the name: letters (a hyphen inside) with nothing after them but an
    age in parentheses, no title, modifier, remit, place or organisation, in the title's sentence."""
    word = words[k]
    if word.sentence != words[title].sentence or not _NAME_WORD.fullmatch(word.bare):
        return False
    if word.stem != word.text or (word.parenthesis is not None and not carries_age(word)):
        return False
    if word.parenthesis is not None and k != title - 1:
        return False  # an age stands only after the last word of the name
    stem = word.bare
    if stem in not_person_words() or stem in not_given_names() or stem in title_modifiers() or stem == remit_word() \
            or is_title_joiner(stem):
        return False  # `탄스리 림웨이밍 회장`: an honorific before the name is no part of it
    return not (title_of(stem) or kb.is_place(stem) or kb.org(stem) is not None or kb.person(stem) is not None
                and korean_name_shape(stem))


def _after_affiliation(words: list[Word], start: int) -> bool:
    """The word before the name is a proper noun in the genitive (`반텐페트로의`), in its sentence."""
    if start == 0:
        return False
    before = words[start - 1]
    if before.sentence != words[start].sentence:
        return False
    tokens = before.tokens
    if tokens and tokens[-1].tag == "JKG" and before.first_tag in ("NNP", "SL"):
        return True
    # `반텐페트로의` read by Kiwi as one proper noun, the genitive inside it
    glued = len(before.core) == 1 and before.first_tag == "NNP" and len(before.text) >= _LONG_GENITIVE
    return glued_genitive(before) or glued and before.text.endswith(particles("of"))


def _affiliation_span(word: Word, kb: KnowledgeBase) -> tuple[int, int] | None:
    """The affiliation without its genitive, though Kiwi read it inside the word (`보르바토그룹의`);
    none for a country or place (`미국의 … 대통령` serves it but is employed by no organisation)."""
    stem = word.bare
    genitive = next((p for p in particles("of") if stem.endswith(p) and len(stem) > len(p)), "")
    if kb.is_place(stem[: len(stem) - len(genitive)]):
        return None
    return word.start, word.start + len(stem) - len(genitive)


def _foreign_looking(run: list[Word]) -> bool:
    """Some word of the run is a proper noun to Kiwi, hyphenated or spelt with a syllable only
    transliteration uses: common nouns alone (`반도체 부문 사장`) make a remit, not a name."""
    return any(w.first_tag == "NNP" or "-" in w.bare or not transliteration_syllables().isdisjoint(w.bare)
               for w in run)
