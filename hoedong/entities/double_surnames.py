"""Names with two family names (Spanish, Portuguese): `알레한드로 가르시아 모레노 회장`, `마리아 페르난다
곤살레스 로드리게스 이베로솔라르 CEO`. The person is called by the first family name (`가르시아
회장`), the one before the last; a word told alone with a title elsewhere in the text, standing inside a
run of name words, marks where the name ends: one word after it. That word, with a title, names the
person again.
"""

from __future__ import annotations

import re

from hoedong.entities.lexicon import given_names, org_shape, particles, title_of
from hoedong.entities.mentions import Mention, word_starts
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_MAX_GIVEN = 2  # 마리아 페르난다
_TITLE_REACH = 3  # the second family name, up to two words of organisation or remit, the title
_NAME_WORD = re.compile(r"[가-힣]{2,8}")
_LONG_WORD = 3  # 도나의 is too short to tell
_MIN_CALLED_BY = 2  # a one-syllable word (`반`, `티`) is too often something else


def double_surname_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """Whole names `GIVEN… FIRST SECOND` where FIRST stands alone with a title elsewhere."""
    alone = _told_alone(words, kb)
    found = []
    for k in range(1, len(words) - 1):
        first, second = words[k], words[k + 1]
        if first.bare not in alone or not _name_word(first, kb) or not _second_family_name(words, k + 1, alone, kb):
            continue
        start = k
        while start > 0 and k - start < _MAX_GIVEN and _name_word(words[start - 1], kb) \
                and words[start - 1].bare not in alone:
            start -= 1
        if start == k:
            continue
        name = " ".join(w.bare for w in words[start:k + 2])
        found.append(Mention(words[start].start, second.start + len(second.bare), name, "PERSON", "shape", name=name))
    return found


def _told_alone(words: list[Word], kb: KnowledgeBase) -> set[str]:
    """Words standing alone before a title: no name word before them (`곤살레스 CEO는`)."""
    alone = set()
    for k in range(len(words) - 1):
        word, after = words[k], words[k + 1]
        before = words[k - 1] if k else None
        if title_of(after.stem) and word.stem == word.text and len(word.bare) >= _MIN_CALLED_BY \
                and (before is None or before.sentence != word.sentence or not _name_word(before, kb)):
            alone.add(word.bare)
    return alone


def _name_word(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    # `아스테카시멘트의` read by Kiwi as one proper noun: an organisation in the genitive, no name
    return (word.stem == word.text and _NAME_WORD.fullmatch(stem) is not None and not genitive_word(stem)
            and (word.first_tag == "NNP" or stem in given_names())
            and title_of(stem) is None and not kb.is_place(stem) and kb.org(stem) is None)


def _second_family_name(words: list[Word], k: int, alone: set[str], kb: KnowledgeBase) -> bool:
    """The word after the first family name is the second, not the organisation: a name word with the
    organisation (or remit) between it and the title, or told alone with a title itself; never a word
    the text tells elsewhere with particles or shaped like an organisation (`로사모빌리타는`)."""
    second = words[k]
    if not _name_word(second, kb) or org_shape(second.bare, strong_only=False):
        return False
    if any(w.bare == second.bare and w.stem != w.text for w in words):
        return False
    if k + 1 < len(words) and title_of(words[k + 1].stem):
        return second.bare in alone
    return _titled_within(words, k + 1)


def _titled_within(words: list[Word], k: int) -> bool:
    for word in words[k: k + _TITLE_REACH]:
        if title_of(word.stem):
            return True
        if word.stem != word.text:
            return False
    return False


def called_by(people: list[tuple[str, str | None]]) -> dict[str, tuple[str, str | None]]:
    """The first family name of each name of three words or more (`가르시아` of `알레한드로 가르시아
    모레노`), for the person it stands for when one name alone has it."""
    seen: dict[str, list[tuple[str, str | None]]] = {}
    for full, key in people:
        parts = full.split()
        if len(parts) >= 3 and len(parts[-2]) >= _MIN_CALLED_BY and parts[-2] not in given_names():
            seen.setdefault(parts[-2], []).append((full, key))
    return {word: owners[0] for word, owners in seen.items() if len(owners) == 1}


def called_by_mentions(body: str, people: list[tuple[str, str | None]]) -> list[Mention]:
    """`가르시아 회장은`: the first family name told alone with a title."""
    found = []
    for word, (full, key) in called_by(people).items():
        inside = full.split()[-3]
        for start in word_starts(body, word):
            after = re.match(r" ([가-힣A-Z]{1,8})", body[start + len(word):])
            if body[:start].rstrip().endswith(inside) or after is None or title_of(after[1]) is None:
                continue
            title = title_of(after[1])
            title_at = start + len(word) + 1
            found.append(Mention(start, start + len(word), word, "PERSON", "family_name", key, name=full,
                                 titles=(title,), title_span=(title_at, title_at + len(title))))
    return found


def genitive_word(stem: str) -> bool:
    """A long word ending in the genitive, read by Kiwi as one proper noun (`아스테카시멘트의`)."""
    return len(stem) >= _LONG_WORD and stem.endswith(particles("of"))
