"""European names with particles in the family name: `피터르 반 데르 묄런 회장`, `콘스탄틴 폰
하르덴베르크 회장`, `주앙 카를루스 다 코스타 페헤이라 회장`.

The titled reading stops at the particle (`데르 묄런`) because a particle is no name word for Kiwi
(`반` is a common noun, `다` an adverb). Here a name is one to three given names, one to three
particles (lexicon/surname_particles.txt), then the family name, with a title close after it; the
family name from its first particle on (`반 데르 묄런 회장`) names the person again anywhere in the text.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import given_names, name_suffixes, particles, title_of
from hoedong.entities.mentions import Mention, followed_by_particles, word_starts
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase
from hoedong.resources import word_list

_MAX_GIVEN = 3  # 주앙 카를루스 …
_MAX_PARTICLES = 3  # 반 데르, 반 덴, 데 라
_NAME_WORD = re.compile(r"[가-힣]{1,8}(?:-[가-힣]{1,8})?")
_FAMILY_WORD = re.compile(r"[가-힣]{2,8}(?:-[가-힣]{2,8})?")
_TITLE_REACH = 4  # the family name, up to three words of organisation, the title
_NOUN_TAGS = ("NN", "SL", "SH", "XR", "XPN", "XSN", "IC")
_LONG_WORD = 3  # 도나의 is too short to tell a genitive from a name


@cache
def surname_particles() -> frozenset[str]:
    return frozenset(word_list("surname_particles.txt"))


def particle_name_mentions(body: str, words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """The whole names with particles, and the family name (from its first particle) told again."""
    found: list[Mention] = []
    for k, word in enumerate(words):
        if word.text not in surname_particles() or (k and words[k - 1].text in surname_particles()):
            continue
        mention = _name_at(words, k, kb)
        if mention is not None:
            found.append(mention)
    found += _family_names_again(body, found)
    return found


def _name_at(words: list[Word], k: int, kb: KnowledgeBase) -> Mention | None:
    """The name whose first particle is words[k], when given names stand before it and a title after it."""
    # no sentence test: Kiwi may end a sentence at a particle (`다` read as an ending); the words of
    # a name carry no punctuation, which the tests on their text ensure
    end = k
    while end < len(words) and end - k < _MAX_PARTICLES and words[end].text in surname_particles():
        end += 1
    if end >= len(words) or not _family_word(words[end], kb):
        return None
    last = end
    if last + 1 < len(words) and _second_family_word(words, last + 1, kb):
        last += 1  # `다 코스타 페헤이라 회장`, with `페헤이라` told alone elsewhere
    if last + 1 < len(words) and words[last].stem == words[last].text and words[last + 1].bare in name_suffixes():
        last += 1  # `데 라 페냐 주니어 회장`: the suffix closes the name
    start = k
    while start > 0 and k - start < _MAX_GIVEN and _given_word(words[start - 1], kb):
        start -= 1
    if start == k or not _titled_after(words, last + 1, kb):
        return None
    family = words[last]
    name = " ".join(w.text for w in words[start:last]) + " " + family.bare
    return Mention(words[start].start, family.start + len(family.bare), name, "PERSON", "shape", name=name)


def _genitive_word(stem: str) -> bool:
    """A long word ending in the genitive, read by Kiwi as one proper noun (`아스테카시멘트의`)."""
    return len(stem) >= _LONG_WORD and stem.endswith(particles("of"))


def _common(stem: str, kb: KnowledgeBase) -> bool:
    """A title, a place or an organisation the knowledge base knows is no part of a name."""
    return title_of(stem) is not None or kb.is_place(stem) or kb.org(stem) is not None


def _nominal(word: Word) -> bool:
    return bool(word.core) and all(t.tag.startswith(_NOUN_TAGS) for t in word.core)


def _given_word(word: Word, kb: KnowledgeBase) -> bool:
    """A given name: a word of letters with no particle that Kiwi starts as a proper noun (`피터/NNP
    르/NNG`, `요스/NNP 트/VV`), or a known given name; a common noun (`협약식 뒤`) is none."""
    return (word.stem == word.text and _NAME_WORD.fullmatch(word.text) is not None and not _genitive_word(word.text)
            and word.text not in surname_particles() and not _common(word.text, kb)
            and (word.first_tag == "NNP" or word.text in given_names()))


def _family_word(word: Word, kb: KnowledgeBase) -> bool:
    """The family name after the particles, read as a proper noun or noun pieces; its particles may follow."""
    stem = word.bare
    return (_FAMILY_WORD.fullmatch(stem) is not None and stem not in surname_particles()
            and not _common(stem, kb) and _nominal(word) and word.first_tag != "NNB")


def _second_family_word(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """`코스타 페헤이라`: a second family word with no particle before the title, standing alone with a
    title elsewhere in the text (an organisation here stands only before its title)."""
    word, before = words[k], words[k - 1]
    if word.stem != word.text or before.stem != before.text or not _family_word(word, kb):
        return False
    return any(w.bare == word.bare and n != k and n + 1 < len(words) and title_of(words[n + 1].stem)
               and (n == 0 or words[n - 1].bare != before.bare) for n, w in enumerate(words))  # no wrap to the last word


def _titled_after(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """A title within reach after the family name (its organisation between), the family name
    bare of particles."""
    if words[k - 1].stem != words[k - 1].text.rstrip(","):
        return False
    for word in words[k: k + _TITLE_REACH]:
        if title_of(word.stem):
            return True
        if word.stem != word.text:
            return False
    return False


def _family_names_again(body: str, names: list[Mention]) -> list[Mention]:
    """`반 데르 묄런 회장은`: the family name from its first particle on, told again."""
    found = []
    for mention in names:
        parts = mention.name.split()
        first = next(i for i, p in enumerate(parts) if p in surname_particles())
        tail = " ".join(parts[first:-1] if parts[-1] in name_suffixes() else parts[first:])
        for start in word_starts(body, tail):
            end = start + len(tail)
            if start != mention.start + len(" ".join(parts[:first])) + 1 and followed_by_particles(body, end):
                found.append(Mention(start, end, tail, "PERSON", "shape", name=mention.name))
    return found
