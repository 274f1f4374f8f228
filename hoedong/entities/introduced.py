"""Organisations a noun introduces (`스타트업 온누리셀`, `액셀러레이터 새싹마당이`):
the name right after a noun that says it is a company (lexicon/company_nouns.txt), whatever shape
Kiwi gives a name it does not know. Also the cut of a particle Kiwi glued onto such a name.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import company_nouns, org_shape, particles, title_of
from hoedong.entities.mentions import Mention
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase


def glued_particle_cut(word: Word) -> str:
    """`㈜아람에너지와`, `태성물산은` (태성물+산은), `아키타화학과` (아키타+화학과): Kiwi may read a
    name's last noun and its particle as one noun; a last syllable that is a particle after a name
    shaped like an organisation's is cut."""
    name = word.bare
    core = word.core
    if not core or core[-1].tag not in ("NNP", "NNG") or not name.endswith(core[-1].form):
        return name
    for tail in _glued_tails().get(name[-1:], ()):  # `오십천정밀과도` (정밀+과도): `과` and `도`
        if len(name) > len(tail) + 1 and name.endswith(tail) \
                and org_shape(name[:-len(tail)], strong_only=False) and not org_shape(name, strong_only=False):
            return name[:-len(tail)]
    return name


@cache
def glued_tail_letters() -> frozenset[str]:
    """The last letters of the particles glued_particle_cut may cut: a word ending in none keeps its bare stem."""
    return frozenset(_glued_tails())


@cache
def _glued_tails() -> dict[str, tuple[str, ...]]:
    """The particles a glued name may end with, in the order they are tried, by their last letter:
    a word is tried only against the few that end as it does (it is asked of every word, often twice)."""
    by_last: dict[str, tuple[str, ...]] = {}
    for tail in particles("also") + _short_particles():
        by_last[tail[-1]] = by_last.get(tail[-1], ()) + (tail,)
    return by_last


@cache
def _short_particles() -> tuple[str, ...]:
    return tuple(p for role in ("and", "topic", "object", "of") for p in particles(role) if len(p) == 1)


_INTRODUCED_NAME = re.compile(r"[가-힣A-Za-z0-9]{2,15}")


def introduced_orgs(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`스타트업 온누리셀을`: a proper noun right after a noun that says it is a company."""
    found = []
    for i, word in enumerate(words[1:], 1):
        before = words[i - 1]  # (a word with a particle introduces nothing: passed by before introduced_at is asked)
        if before.stem != before.text or not introduced_at(words, i) or _inside_quoted_name(words, i):
            continue  # `합작사 'SB 오픈AI 재팬'을`: a name of several words, not its first
        stem = glued_particle_cut(word)
        unread = _unread_noun(word) or _fragmented_name(word) or _compound_name(word)
        if _INTRODUCED_NAME.fullmatch(stem) and (word.first_tag in ("NNP", "SL") or unread) \
                and word.nominal() and kb.person(stem) is None and not title_of(word.stem):
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def introduced_at(words: list[Word], i: int) -> bool:
    """The word before words[i], in its sentence, is a bare company noun (`스타트업 온누리셀`)."""
    before = words[i - 1] if i > 0 else None
    return before is not None and before.sentence == words[i].sentence and before.stem == before.text \
        and company_noun(before.stem)


def _compound_name(word: Word) -> bool:
    """`다솜AI가` (다솜/NNG AI/SL), `페이파리는` (페이/NNG 파리/NNP), `장터리테일의` (장터/NNG
    리테일/NNG): Kiwi reads a name it does not know as a compound of nouns; after a company noun, one
    with a proper or Latin piece, or one that ends like an organisation's name, is that company's name."""
    core = word.core
    if len(core) < 2 or not all(t.tag in ("NNG", "NNP", "SL") for t in core):
        return False
    return any(t.tag in ("NNP", "SL") for t in core) or org_shape(word.bare, strong_only=False)


def company_noun(stem: str) -> bool:
    """`업체`, `자회사`, or a compound ending in one (`광물기업`, `완성차업체`)."""
    return stem in company_nouns() or stem.endswith(_compound_heads())


@cache
def _compound_heads() -> tuple[str, ...]:
    return tuple(n for n in company_nouns() if len(n) >= _COMPOUND_HEAD)


_COMPOUND_HEAD = 2  # syllables of a company noun that may end a compound (`광물기업`; not `사`)
_QUOTED_NAME_WORDS = 3  # words a quoted name may run on after its first
_CLOSING_QUOTES = "'’\"”"


def _inside_quoted_name(words: list[Word], i: int) -> bool:
    """The word has no closing quote but one of the next few words of its sentence has."""
    if any(q in words[i].text for q in _CLOSING_QUOTES):
        return False
    following = [w for w in words[i + 1: i + 1 + _QUOTED_NAME_WORDS] if w.sentence == words[i].sentence]
    for w in following:
        if company_noun(w.stem):
            return False  # `기업 A사가 합작법인 'B'를`: the quote is the name the next noun introduces
        if any(q in w.text for q in _CLOSING_QUOTES):
            return True
    return False


_UNREAD_NOUN = 4  # syllables: a single common noun this long that Kiwi could not split is a name it does not know


def _unread_noun(word: Word) -> bool:
    """`선사 아테나마리타임으로부터`: Kiwi tags an unknown name one long common noun."""
    core = word.core
    return len(core) == 1 and core[0].tag == "NNG" and len(core[0].form) >= _UNREAD_NOUN


_FRAGMENT = 1  # syllables of a piece Kiwi breaks off an unknown name (`바퀴`+`온`, `블루`+`마`+`린`)


def _fragmented_name(word: Word) -> bool:
    """`운영사 바퀴온을`, `자회사 청솔음료를`: Kiwi cuts a name it does not know into common nouns, one of
    them a lone syllable; after a company noun, such a word is that company's name."""
    core = word.core
    return len(core) >= 2 and all(t.tag == "NNG" for t in core) and any(len(t.form) == _FRAGMENT for t in core)

