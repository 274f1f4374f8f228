"""Organisations named by their premises: `B사 본사에서 Y 대표와 만났다`, `B사 사옥을 찾아`. A proper
noun the reader does not know, right before a word for a company's own premises
(lexicon/premises_words.txt) that takes a particle, is that company; a known place or person, or the
last part of an address after a known place (`서울 서초구 양재동 본사`), is not."""

from __future__ import annotations

import re

from hoedong.entities.lexicon import address_endings, district_endings, premises_words, title_of
from hoedong.entities.mentions import Mention
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_NAME = re.compile(r"[가-힣A-Za-z0-9&]{3,20}")  # a name of three letters or more (not `A사`, `그`)


def premises_orgs(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`오륙도라인 본사에서`: the name before a premises word with its particle."""
    found = []
    for before, name, premises in zip([None] + words, words, words[1:]):
        if name.sentence != premises.sentence or name.stem != name.text or premises.stem not in premises_words():
            continue  # `X의 본사`, `X는 본사를`: the name takes no particle of its own before the premises word
        if premises.text == premises.stem or not _NAME.fullmatch(name.stem) or name.first_tag not in ("NNP", "NNG", "SL"):
            continue  # `본사 이전`: the premises word as a topic, not a place the clause goes to
        if kb.is_place(name.stem) or kb.org(name.stem) or kb.person(name.stem) or title_of(name.stem):
            continue
        if _addressed(before, name, kb):
            continue  # `서울 서초구 양재동 본사`: the last part of an address
        found.append(Mention(name.start, name.start + len(name.stem), name.stem, "ORG", "shape", name=name.stem))
    return found


def _addressed(before: Word | None, name: Word, kb: KnowledgeBase) -> bool:
    """A district, neighbourhood or road (lexicon/address_endings.txt) right after a known place or
    another part of an address."""
    if before is None or before.sentence != name.sentence:
        return False
    placed = kb.is_place(before.stem) or before.stem.endswith(address_endings() + district_endings())  # `서울`, `마포구`
    return placed and name.stem.endswith(address_endings())
