"""Heads of local governments whose place no gazetteer knows: `연규담 해든시장`, `마태윤 솔바다군수`.

A city's or county's name glued to the post of its government is a title (lexicon.glued_local_post);
a market (`반도체시장`) has the same shape, so the word counts only right after a Korean full name
standing alone (no particle, known as nothing else). Known places are read by titled.py already.
"""

from __future__ import annotations

from hoedong.entities.lexicon import glued_local_post, title_of
from hoedong.entities.mentions import Mention
from hoedong.entities.name_spans import bare_korean_name, korean_name
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_ENDING = 1  # the post's first syllable is the place's own ending (`시장` = `시` + `장`, `군수` = `군` + `수`)


def local_heads(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """A person for every Korean full name right before a glued post of an unknown place."""
    found: list[Mention] = []
    for name, post in zip(words, words[1:]):
        title = glued_local_post(post.stem)
        if title is None or title_of(post.stem) is not None or post.sentence != name.sentence:
            continue  # a known place's post is titled.py's
        if not (bare_korean_name(name, kb) or (korean_name(name, kb) and name.stem == name.text)):
            continue
        body = post.stem[:len(post.stem) - len(title) + _ENDING]  # `해든시장` → `해든시`, `솔바다군수` → `솔바다군`
        org = (post.start, post.start + len(body))
        found.append(Mention(name.start, name.start + len(name.bare), name.bare, "PERSON", "title",
                             name=name.bare, titles=(title,), org=org, title_span=(post.start, post.stem_end)))
        found.append(Mention(*org, body, "ORG", "shape", name=body))
    return found
