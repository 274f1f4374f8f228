"""Comparing names: jamo, syllable edit distance, and when a difference is a typo."""

from __future__ import annotations

from functools import cache

from rapidfuzz.distance import OSA, Levenshtein

from hoedong.entities.lexicon import korean_name_shape
from hoedong.knowledge import compact

_LEADS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_TAILS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


_FIRST_SYLLABLE, _SYLLABLES = 0xAC00, 11172
_PER_LEAD, _PER_VOWEL = 588, 28


@cache
def _letters_of_syllables() -> dict[int, str]:
    """Every Hangul syllable's letters, for `str.translate` (made once)."""
    return {_FIRST_SYLLABLE + code: _LEADS[code // _PER_LEAD] + _VOWELS[(code % _PER_LEAD) // _PER_VOWEL]
            + _TAILS[code % _PER_VOWEL].strip() for code in range(_SYLLABLES)}


def jamo(text: str) -> str:
    """Hangul syllables split into their letters (올트먼 → ㅇㅗㄹㅌㅡㅁㅓㄴ)."""
    return text.translate(_letters_of_syllables())


def is_typo_of(variant: str, name: str) -> bool:
    """Whether `variant` is a misspelling or respelling of `name` (저커버크, 샘 알트만, 젠슨황).

    Korean names are never merged by resemblance: 최태원 and 최재원 are brothers, not a typo.
    """
    a, b = compact(variant), compact(name)
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    if korean_name_shape(a) or korean_name_shape(b):
        return False
    if OSA.distance(a, b) <= 1:
        return True
    if min(len(a), len(b)) >= 4 and Levenshtein.normalized_similarity(jamo(a), jamo(b)) >= 0.8:
        return True
    # `선다 피차이` / `순다르 피차이`: the same family name and given names that sound alike
    va, vb = variant.split(), name.split()
    if len(va) > 1 and len(vb) > 1 and va[-1] == vb[-1] and len(va[-1]) >= 2:
        return Levenshtein.normalized_similarity(jamo("".join(va[:-1])), jamo("".join(vb[:-1]))) >= 0.5
    return False
