"""Organisations named again by a clipped ending (`별빛엔터테인먼트` … `별빛엔터는`, `한솔엔지니어링` …
`한솔엔지가`): reporters shorten a long ending to its first syllables after the full name has been
given once; the clipped form is a mention of that organisation wherever it stands before particles.
"""

from __future__ import annotations

from dataclasses import replace

from hoedong.entities.lexicon import longest_org_suffix
from hoedong.entities.mentions import Mention, followed_by_particles, word_starts

_LONG_ENDING = 4  # syllables of an ending long enough to be clipped (`엔터테인먼트`; not `랩스`)
_CLIPPED = 2  # syllables of the ending a clipped form keeps at least (`엔터`, `엔지`)
_STEM = 2  # syllables of the name before its ending (`별빛`), so that a clipped form is still a name


def clipped_orgs(body: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each clipped form of an organisation already found named after it (found
    already by another finder, or now where it stands in the body); the very list given when there is none."""
    names = sorted({m.name for m in mentions if m.type == "ORG" and m.name and " " not in m.name})
    full_of = {form: full for full in names for form in _clipped_forms(full)}
    found = [Mention(start, start + len(form), form, "ORG", "context", name=full)
             for form, full in sorted(full_of.items())
             for start in word_starts(body, form) if followed_by_particles(body, start + len(form))]
    if not found and not any(m.type == "ORG" and m.name in full_of for m in mentions):
        return mentions  # most texts clip no name: the same list, which needs no settling again
    renamed = [replace(m, name=full_of[m.name]) if m.type == "ORG" and m.name in full_of else m for m in mentions]
    return renamed + found


def _clipped_forms(name: str) -> list[str]:
    """`별빛엔터테인먼트` → `별빛엔터`, `별빛엔터테`, …: the stem and each shorter start of the ending."""
    ending = longest_org_suffix(name)
    if ending is None or len(ending) < _LONG_ENDING or len(name) - len(ending) < _STEM:
        return []
    stem = name[:-len(ending)]
    return [stem + ending[:size] for size in range(_CLIPPED, len(ending))]
