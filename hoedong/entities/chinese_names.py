"""Chinese names written as one word (`차오밍더`, `린보원`, `림카이신`): a Chinese family name
(lexicon/chinese_surnames.txt, or a Korean surname) and a given name of one to three syllables read in
Mandarin or Cantonese sound. Such a word before an organisation and a title is the person, and its
family name with a title (`차오 회장`) names the person again.

Transliterated Chinese syllables end in no consonant but ㄴ, ㅇ or ㅁ and carry the vowel ㅡ only
after a sibilant (`쓰`, `츠`, `즈`, `스`): `리카르도`, `루돌프` are no Chinese names.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import given_names, surnames, titles
from hoedong.entities.mentions import Mention, word_starts
from hoedong.entities.words import Word
from hoedong.resources import word_list

_HANGUL_BASE = 0xAC00
_VOWELS, _FINALS = 21, 28
_CHINESE_FINALS = frozenset({0, 4, 16, 21})  # none, ㄴ, ㅁ, ㅇ
_EU = 18  # the vowel ㅡ
_SIBILANTS = frozenset({9, 10, 12, 13, 14})  # ㅅ, ㅆ, ㅈ, ㅉ, ㅊ
_GIVEN_SYLLABLES = (1, 2, 3)  # 밍더, 보원; Cantonese and Hokkien in three (호이만, 카이신)
_HANGUL = re.compile(r"[가-힣]+")
_SHORTEST, _LONGEST = 3, 5  # 린지, two syllables, is as often a Western given name
_MAX_TITLE_TAIL = 4  # letters after a title that make it another word (`회장단협의회`)


@cache
def chinese_surnames() -> frozenset[str]:
    return frozenset(word_list("chinese_surnames.txt"))


def chinese_surname_of(name: str, shortest: int = _SHORTEST) -> str | None:
    """The family name of a Chinese name written as one word (`차오밍더` → `차오`), or None; a name
    known to be a person's may be of two syllables (`리창` → `리`)."""
    if not _HANGUL.fullmatch(name) or not shortest <= len(name) <= _LONGEST or name in given_names():
        return None
    for size in (2, 1):
        head, given = name[:size], name[size:]
        if (head in chinese_surnames() or (size == 1 and head in surnames())) \
                and len(given) in _GIVEN_SYLLABLES and all(map(_chinese_syllable, given)):
            return head
    return None


def glued_chinese_name(word: Word) -> bool:
    """A word with no particle that Kiwi reads as one proper noun and is shaped like a Chinese name
    whose family name is no Korean surname (a Korean name is read elsewhere)."""
    stem = word.bare
    surname = chinese_surname_of(stem)
    return (surname is not None and surname in chinese_surnames() and word.stem == word.text
            and len(word.core) == 1 and word.core[0].tag == "NNP" and word.core[0].form == stem)


def _chinese_syllable(syllable: str) -> bool:
    code = ord(syllable) - _HANGUL_BASE
    initial, vowel, final = code // (_VOWELS * _FINALS), code // _FINALS % _VOWELS, code % _FINALS
    return final in _CHINESE_FINALS and (vowel != _EU or initial in _SIBILANTS)


def _one_word_people(mentions: list[Mention]) -> set[tuple[str, str | None]]:
    return {(m.name, m.kb_key) for m in mentions if m.type == "PERSON" and m.name and " " not in m.name}


def chinese_family_names(mentions: list[Mention]) -> set[str]:
    """`차오 회장` after `차오밍더`: the family names of Chinese names written as one word."""
    return {surname for name, _ in _one_word_people(mentions)
            if (surname := chinese_surname_of(name)) in chinese_surnames()}


def chinese_family_mentions(body: str, mentions: list[Mention]) -> list[Mention]:
    """`차오 회장`: the family name of a Chinese name written as one word, with a title after it."""
    found = []
    for name, key in sorted(_one_word_people(mentions), key=str):
        surname = chinese_surname_of(name)
        if surname not in chinese_surnames():
            continue
        for start in word_starts(body, surname):
            titled = _title_after().match(body, start + len(surname))
            if titled is not None:
                found.append(Mention(start, start + len(surname), surname, "PERSON", "family_name", key, name=name,
                                     titles=(titled["title"],), title_span=titled.span("title")))
    return found


@cache
def _title_after() -> re.Pattern:
    forms = "|".join(sorted(map(re.escape, titles()), key=len, reverse=True))
    return re.compile(rf" (?P<title>{forms})(?![가-힣A-Za-z]{{{_MAX_TITLE_TAIL}}})")
