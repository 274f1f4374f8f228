"""Organisations named in quotes: a span of a few words between quotes whose last word ends like a
fund (lexicon/quoted_name_heads.txt: `'소부장 도약펀드'`, `'K-그린 성장펀드'`) is the name of one
organisation, whatever words it is made of; investors put money into it (events/deals.py)."""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.mentions import Mention
from hoedong.resources import word_list

_OPEN, _CLOSE = "'‘\"“", "'’\"”"
_MAX_NAME = 30  # characters of a quoted name: a few words, not a quoted sentence


@cache
def _quoted() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in word_list("quoted_name_heads.txt"))
    return re.compile(rf"[{_OPEN}]([^{_OPEN}{_CLOSE}\n]{{1,{_MAX_NAME}}}?(?:{heads}))[{_CLOSE}]")


def quoted_orgs(body: str) -> list[Mention]:
    """`'푸드테크 상생펀드'`: the quoted name, without its quotes."""
    return [Mention(m.start(1), m.end(1), m.group(1), "ORG", "shape", name=m.group(1))
            for m in _quoted().finditer(body) if not m.group(1).startswith(" ")]
