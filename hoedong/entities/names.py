"""Comparing names: jamo, syllable edit distance, and when a difference is a typo."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from hoedong.entities.lexicon import korean_name_shape, name_suffixes
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


_MIN_RESEMBLING = 3  # letters a name needs before resemblance (not only sameness) can join it to another
_MIN_JAMO_COMPARED = 4  # letters both names need before their jamo are compared
_JAMO_SIMILAR = 0.8  # jamo similarity of two spellings of one name
_GIVEN_SIMILAR = 0.5  # jamo similarity of given names told with the same family name
_LENGTH_SLACK = 0.25  # jamo length difference (share of the longer) past which they cannot be _JAMO_SIMILAR


def is_typo_of(variant: str, name: str) -> bool:
    """Whether `variant` is a misspelling or respelling of `name` (저커버크, 샘 알트만, 젠슨황).

    Korean names are never merged by resemblance: 최태원 and 최재원 are brothers, not a typo.
    """
    return Spelling.of(variant).is_typo_of(Spelling.of(name))


@dataclass(frozen=True)
class Spelling:
    """A name with the forms typo checks compare, worked out once."""

    words: tuple[str, ...]
    compact: str
    resembles: bool  # long enough and not Korean-shaped: a typo may be told by resemblance
    letters: str  # the compact form's jamo

    @staticmethod
    def of(name: str) -> "Spelling":
        flat = compact(name)
        return Spelling(tuple(name.split()), flat, len(flat) >= _MIN_RESEMBLING and not korean_name_shape(flat),
                        jamo(flat))

    @property
    def family(self) -> str | None:
        """The last word, when the given-name rule may compare on it (`선다 피차이`)."""
        return self.words[-1] if len(self.words) > 1 and len(self.words[-1]) >= 2 else None

    def _suffix_differs(self, other: "Spelling") -> bool:
        """`… 헤일 주니어` and `… 헤일 시니어`: a son and his father, however alike the rest."""
        mine, theirs = self.words[-1:], other.words[-1:]
        return mine != theirs and set(mine + theirs) <= name_suffixes()

    def _relatives(self, other: "Spelling") -> bool:
        """`하마드 압둘라 알마트루크` and `유수프 압둘라 알마트루크`: the same father's and family names after
        given names that sound nothing alike are two people of one family, however alike the whole."""
        mine, theirs = self.words, other.words
        if len(mine) < 2 or len(mine[-1]) < 2 or mine[1:] != theirs[1:]:
            return False
        return Levenshtein.normalized_similarity(jamo(mine[0]), jamo(theirs[0])) < _GIVEN_SIMILAR

    def is_typo_of(self, other: "Spelling") -> bool:
        a, b = self.compact, other.compact
        if a == b:
            return True
        if not (self.resembles and other.resembles) or self._suffix_differs(other):
            return False
        if abs(len(a) - len(b)) <= 1 and OSA.distance(a, b) <= 1:  # the distance is at least the length difference
            return True
        if self._relatives(other):
            return False
        if min(len(a), len(b)) >= _MIN_JAMO_COMPARED:
            ja, jb = self.letters, other.letters
            if abs(len(ja) - len(jb)) <= _LENGTH_SLACK * max(len(ja), len(jb)) \
                    and Levenshtein.normalized_similarity(ja, jb) >= _JAMO_SIMILAR:
                return True
        # `선다 피차이` / `순다르 피차이`: the same family name and given names that sound alike
        va, vb = self.words, other.words
        if len(va) > 1 and len(vb) > 1 and va[-1] == vb[-1] and len(va[-1]) >= 2:
            return Levenshtein.normalized_similarity(jamo("".join(va[:-1])), jamo("".join(vb[:-1]))) >= _GIVEN_SIMILAR
        return False


class SpellingIndex:
    """Names (the knowledge base's people) prepared once, to find which one a spelling misspells
    without comparing it against every name: a short or Korean-shaped spelling can only be the same
    name (a lookup), and only names that may be told by resemblance are compared by it."""

    def __init__(self, names: list[str]) -> None:
        self._same: dict[str, int] = {}
        self._by_size: dict[int, list[tuple[int, Spelling]]] = {}
        self._by_family: dict[str, list[tuple[int, Spelling]]] = {}
        compared: list[tuple[int, int, Spelling]] = []
        for n, name in enumerate(names):
            spelling = Spelling.of(name)
            self._same.setdefault(spelling.compact, n)
            if not spelling.resembles:
                continue
            self._by_size.setdefault(len(spelling.compact), []).append((n, spelling))
            if spelling.family:
                self._by_family.setdefault(spelling.family, []).append((n, spelling))
            if len(spelling.compact) >= _MIN_JAMO_COMPARED:
                compared.append((len(spelling.letters), n, spelling))
        compared.sort(key=lambda entry: entry[:2])
        self._letter_counts = [entry[0] for entry in compared]
        self._by_letters = [entry[1:] for entry in compared]

    def first_typo_of(self, variant: str | Spelling) -> int | None:
        """The position of the first name `variant` is a typo of (is_typo_of), or None. Only these
        can be one: names one letter longer or shorter or as long (one edit), names whose jamo are
        about as many (_LENGTH_SLACK), and names with the same family name (the given-name rule)."""
        spelling = variant if isinstance(variant, Spelling) else Spelling.of(variant)
        if not spelling.resembles:
            return self._same.get(spelling.compact)
        size = len(spelling.compact)
        candidates = [c for near in (size - 1, size, size + 1) for c in self._by_size.get(near, ())]
        candidates += self._by_family.get(spelling.family or "", [])
        if size >= _MIN_JAMO_COMPARED:
            letters = len(spelling.letters)
            low = bisect_left(self._letter_counts, math.floor(letters * (1 - _LENGTH_SLACK)))
            high = bisect_right(self._letter_counts, math.ceil(letters / (1 - _LENGTH_SLACK)))
            candidates += self._by_letters[low:high]
        unique = dict(candidates)  # a name may be near in size and in letters both: compared once
        near = _alike(spelling, unique) | {n for n, _ in self._by_family.get(spelling.family or "", ())}
        return next((n for n in sorted(near) if spelling.is_typo_of(unique[n])), None)


_ALIKE_MARGIN = 0.01  # the letter similarity the screen asks is this much lower than _JAMO_SIMILAR: it only screens


def _alike(spelling: Spelling, candidates: dict[int, Spelling]) -> set[int]:
    """The candidates one edit away or about as alike in letters as is_typo_of asks (both found by
    rapidfuzz in one call over all of them): only these, and those of the same family name, can be
    typos, and only these get the full check."""
    positions = list(candidates)
    edited = process.extract(spelling.compact, [candidates[n].compact for n in positions], scorer=OSA.distance,
                             score_cutoff=1, limit=None)
    alike = process.extract(spelling.letters, [candidates[n].letters for n in positions],
                            scorer=Levenshtein.normalized_similarity, score_cutoff=_JAMO_SIMILAR - _ALIKE_MARGIN,
                            limit=None)
    return {positions[at] for _, _, at in edited + alike}
