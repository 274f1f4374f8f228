"""Names with two family names (Spanish, Portuguese): a person found with a name of three words or
more (`알레한드로 가르시아 모레노`) is called by the first family name (`가르시아 회장`), the one before
the last. (A finder that ran a name one word past a family name told alone with a title was taken
out: on unseen writing it read an organisation or another word into names more often than it found
one.)
"""

from __future__ import annotations

import re

from hoedong.entities.lexicon import given_names, title_of
from hoedong.entities.mentions import Mention, word_starts

_MIN_CALLED_BY = 2  # a one-syllable word (`반`, `티`) is too often something else


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
