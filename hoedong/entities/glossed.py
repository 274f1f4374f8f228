"""Names glossed in their own script: Korean papers print a foreign name once in Hangul followed by
the original in parentheses (`존 D. 매켄지(John D. McKenzie)`, `린젠훙(林建宏)`).

The gloss tells where the name begins: a Latin gloss of N words covers the N words before it (initials
line up with initials), a Han gloss of N characters a Hangul word of N syllables or a few more (周明華 저우밍화); a
Hangul word of two syllables glossed in Han is a Sino-Korean word (`한중(韓中)`), not a name no
lexicon knows. A glossed name
followed by a title (or glossed with an initial) is a person, read whole by its shape; the Latin
gloss is the person's English name.
"""

from __future__ import annotations

import re

from hoedong.entities.lexicon import KOREAN_FULL_NAME, korean_name_shape, particle_chars, title_of
from hoedong.entities.mentions import Mention
from hoedong.knowledge import KnowledgeBase

_TITLE_REACH = 3  # words after the gloss within which the person's title stands (country, organisation)
_MIN_WORDS, _MAX_WORDS = 2, 5  # `마르코 벨리니` … `카밀라 페르난데스 오로스코`
# McKenzie, O'Neil, Jean-Luc, D. (each inner run of capitals, apostrophes or hyphens is one or more: with
# none allowed, a run of lower case letters splits many ways, and a failing match tries them all)
_LATIN_WORD = r"(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-Z'\-]+[a-zà-ÿ]+)*|[A-Z]\.)"
_LATIN_GLOSS = re.compile(rf"\(({_LATIN_WORD}(?: {_LATIN_WORD}){{{_MIN_WORDS - 1},{_MAX_WORDS - 1}}})\)")
_HAN_GLOSS = re.compile(r"(?<![가-힣])([가-힣]{3,5})\(([\u4e00-\u9fff]{2,4})\)")  # 3+: `한중(韓中)` is a word
_EXTRA_SYLLABLES = 2  # a Chinese syllable may take two in Hangul (周 저우, 趙 자오)
_HANGUL_WORD = re.compile(r"[가-힣]+(?:-[가-힣]+)*|[A-Z]\.")
_INITIAL = re.compile(r"[A-Z]\.")
_PARTICLE_AFTER = re.compile(r"[가-힣]")  # `(Eco Power)의 김철수 대표`: the glossed words end their phrase
_MAX_PARTICLE = 2  # syllables of particles a word may carry (`회장은`, `대표에게`)


def glossed_names(body: str, kb: KnowledgeBase) -> list[Mention]:
    """The people the body names with their name in its own script after it, read whole."""
    return _latin_glossed(body, kb) + _han_glossed(body, kb)


def _latin_glossed(body: str, kb: KnowledgeBase) -> list[Mention]:
    found = []
    for gloss in _LATIN_GLOSS.finditer(body):
        latin = gloss[1].split()
        words = _words_before(body, gloss.start(), len(latin))
        if words is None or any(bool(_INITIAL.fullmatch(w)) != bool(_INITIAL.fullmatch(l))
                                for (w, _), l in zip(words, latin)):
            continue
        hangul = [w for w, _ in words if not _INITIAL.fullmatch(w)]
        if not hangul or any(_common(w, kb) for w in hangul):
            continue
        if not (_titled_after(body, gloss.end()) or any(_INITIAL.fullmatch(l) for l in latin)):
            continue
        start = words[0][1]
        name = " ".join(w for w, _ in words)
        found.append(Mention(start, gloss.start(), name, "PERSON", "shape", name=name, name_en=gloss[1]))
    return found


def _han_glossed(body: str, kb: KnowledgeBase) -> list[Mention]:
    found = []
    for gloss in _HAN_GLOSS.finditer(body):
        hangul, han = gloss[1], gloss[2]
        fits = len(han) <= len(hangul) <= len(han) + _EXTRA_SYLLABLES
        if not fits or _common(hangul, kb) or not _titled_after(body, gloss.end()):
            continue
        found.append(Mention(gloss.start(1), gloss.end(1), hangul, "PERSON", "shape", name=hangul))
    return found


def _words_before(body: str, end: int, count: int) -> list[tuple[str, int]] | None:
    """The `count` space-separated words that end at `end`, with their starts; None when the text
    before them runs out or a word is no name word."""
    words, cursor = [], end
    for _ in range(count):
        start = body.rfind(" ", 0, cursor) + 1
        word = body[start:cursor]
        if not _HANGUL_WORD.fullmatch(word):
            return None
        words.append((word, start))
        cursor = start - 1
        if cursor < 0 and len(words) < count:
            return None
    return list(reversed(words))


def _titled_after(body: str, end: int) -> bool:
    """A title follows the gloss and belongs to it: not when a particle closes the glossed phrase
    (`에코 파워(Eco Power)의 김철수 대표`) or the title stands before a Korean name (`… 대표 김민수는`)."""
    if _PARTICLE_AFTER.match(body, end):
        return False
    words = [word.strip(",.;:\"'") for word in body[end:].split()[:_TITLE_REACH + 1]]
    for i, word in enumerate(words[:_TITLE_REACH]):
        if title_of(word) and title_of(word) != word:
            return True  # `부사장이 배석했다`: a title with its particle closes its phrase; no name follows it
        if title_of(word):
            return i + 1 == len(words) or not _korean_name(words[i + 1])
        if any(title_of(word[:-cut]) for cut in _particle_cuts(word)):
            return True
    return False


def _particle_cuts(word: str) -> list[int]:
    """How many syllables at the word's end may be particles (`회장은`, `김민수는`)."""
    return [cut for cut in range(1, _MAX_PARTICLE + 1) if len(word) > cut and set(word[-cut:]) <= particle_chars()]


def _korean_name(word: str) -> bool:
    """A full Korean name, perhaps with a particle (`김민수는`): the person a bare title before it is of."""
    return any(len(stem) >= KOREAN_FULL_NAME and korean_name_shape(stem)
               for stem in (word, *(word[:-cut] for cut in _particle_cuts(word))))


def _common(word: str, kb: KnowledgeBase) -> bool:
    """A title, a place or an organisation is no part of a name."""
    return title_of(word) is not None or kb.is_place(word) or kb.org(word) is not None
