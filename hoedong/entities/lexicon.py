"""The word lists the entity stage reads: titles, surnames, organisation endings, non-names."""

from __future__ import annotations

import re
from functools import cache

from hoedong.resources import table, word_list

# What may follow a name inside its word: particles and the like (이재용은, 오픈AI와의, 메타 측).
PARTICLE_CHARS = set("의은는이가을를도만와과에서게께으로부터까지처럼보다하고랑측들나며자란라는씨님사엔요")


@cache
def titles() -> dict[str, str]:
    return {row["title"]: row["kind"] for row in table("hoedong.lexicon", "titles.tsv")}


@cache
def title_endings() -> tuple[str, ...]:
    """Titles, longest first, for reading compounds like DS부문장 or 메모리사업부장."""
    return tuple(sorted(titles(), key=len, reverse=True))


@cache
def surnames() -> dict[str, str]:
    """Surname (hangul or hanja) → hangul surname."""
    mapping: dict[str, str] = {}
    for row in table("hoedong.lexicon", "surnames.tsv"):
        mapping[row["surname"]] = row["surname"]
        for hanja in (row.get("hanja") or "").split("|"):
            if hanja:
                mapping.setdefault(hanja, row["surname"])
    return mapping


@cache
def org_suffixes() -> dict[str, str]:
    return {row["suffix"]: row["strength"] for row in table("hoedong.lexicon", "org_suffixes.tsv")}


@cache
def not_person_words() -> frozenset[str]:
    return frozenset(word_list("not_person_words.txt"))


MODIFIERS = ("당시", "전", "현", "前", "現", "신임", "초대", "차기", "전임", "현직", "공동")


# Titles that also end compounds naming a division: DS부문장, 메모리사업부장, 북미총괄.
_COMPOUNDING = ("부문장", "사업부장", "본부장", "센터장", "연구소장", "법인장", "총괄", "부지사", "도지사", "지사",
               "팀장", "실장", "부장", "그룹장", "CEO", "CTO")


@cache
def title_of(stem: str) -> str | None:
    """The title a word's stem is or ends with (`DS(디바이스솔루션)부문장` → `부문장`)."""
    stem = re.sub(r"\([^)]*\)", "", stem).strip(",.;:")
    if stem in titles():
        return stem
    for title in title_endings():
        rest = stem[len(title):] if stem.startswith(title) else None
        if rest and len(rest) <= 3 and set(rest) <= PARTICLE_CHARS:
            return title
    for title in _COMPOUNDING:
        if stem.endswith(title) and 1 <= len(stem) - len(title) <= 8:
            return title
    return None


@cache
def korean_name_shape(word: str) -> bool:
    """A Korean personal name: a surname and one or two syllables (or a two-syllable surname and two)."""
    if not re.fullmatch(r"[가-힣]{2,4}", word) or word in surnames():
        return False
    if len(word) == 4 or compound_surname(word):
        return word[:2] in surnames() and len(word) >= 3
    return word[0] in surnames()


def compound_surname(word: str) -> bool:
    """남궁, 황보, 제갈, 선우, 독고, 사공: two-syllable surnames, themselves evidence of a name."""
    return len(word) >= 3 and word[:2] in surnames() and len(word[:2]) == 2


@cache
def org_shape(word: str, strong_only: bool = True) -> bool:
    """A proper name ending like an organisation's (루미나랩스, 바이에른투자청)."""
    for suffix, strength in org_suffixes().items():
        if strong_only and strength != "strong":
            continue
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if strong_only else 1):
            return True
    return False


def org_suffix_strength(word: str) -> str | None:
    return org_suffixes().get(word)


def is_suffix_word(word: str) -> bool:
    return word in org_suffixes()

