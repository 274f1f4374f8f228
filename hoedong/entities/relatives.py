"""Relatives who share a family name: a second person told by another given name before the family
name of someone the text has named (`루시아나 코스타 히베이루 회장` … `남편인 마르셀루 히베이루도`).

The second name needs no title of its own: the family name, known from the first person, vouches for
it, and the given name before it must read as a transliterated given name (name_spans.foreign_part).
Family names told alone (`히베이루 회장`) are resolve.py's work, which then has two people to choose from.
"""

from __future__ import annotations

from hoedong.entities.lexicon import korean_name_shape, title_of
from hoedong.entities.mentions import Mention
from hoedong.entities.name_spans import can_be_name_part, foreign_part
from hoedong.entities.resolve import MIN_NAME_PART
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase, family_name_of



def relatives(words: list[Word], people: list[tuple[str, str | None]], kb: KnowledgeBase) -> list[Mention]:
    """`마르셀루 히베이루`: a given name no known person has, then a known foreign family name."""
    families = {}
    for full, _ in people:
        family = family_name_of(full)
        if family and len(family) >= MIN_NAME_PART and family == full.split()[-1] and not korean_name_shape(full.split()[0]):
            families.setdefault(family, set()).update(full.split())
    if not families:
        return []  # most texts name no foreign family: no word to look at
    found = []
    for given, family in zip(words, words[1:]):
        parts = families.get(family.bare)
        if parts is None or given.sentence != family.sentence or given.stem != given.text or given.bare in parts:
            continue
        if not can_be_name_part(given, kb) or not foreign_part(given, kb, family=False) or title_of(given.stem):
            continue
        name = f"{given.bare} {family.bare}"
        if kb.person(name) is None and name not in {full for full, _ in people}:
            found.append(Mention(given.start, family.start + len(family.bare), name, "PERSON", "shape", name=name))
    return found
