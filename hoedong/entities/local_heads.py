"""Local governments the knowledge base does not know, read from how the text makes them act.

- Their head's title glued to their name after a person's name (`연규담 해든시장`, `탁서연 갈맷군수`;
  lexicon/local_heads.tsv): the city or county is a body (an organisation: it signs agreements and
  attracts investment) and the person its head, who works for it.
- A name with a local ending (lexicon/local_government.tsv) that Kiwi reads as a word and a bare
  ending (`물빛`+`시`), standing as the topic, subject or partner of a deal word in its sentence
  (`물빛시는 … 협정을 맺었다`): the city acts as a body.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import deal_words, local_government_words, local_heads, particles, title_of
from hoedong.entities.mentions import Mention, settle
from hoedong.entities.name_spans import bare_korean_name, korean_name
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_BASE = re.compile(r"[가-힣]{2,8}")  # a local name before its ending (`해든`, `사마르칸트`; not `도`+`시`)
_DEAL_REACH = 16  # words after the body's name in which its deal word stands (the end of its clause)


def local_head_mentions(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`연규담 해든시장이`: an organisation for `해든시` and the person before it, its head. The
    mentions found so far are settled only when a glued post is there (most texts have none)."""
    endings = _head_titles()  # (asked here first, without a call: most words end with no head's title)
    posts = [(before, word, head) for before, word in zip(words, words[1:]) if word.bare.endswith(endings)
             and (head := _head(word, kb)) is not None and before.sentence == word.sentence and before.stem == before.text]
    if not posts:
        return []
    people = {m.end: m for m in settle(list(mentions)) if m.type == "PERSON"}
    found = []
    for before, word, head in posts:
        person = people.get(before.start + len(before.bare))
        if person is None and not _standing_korean_name(before, kb):
            continue  # `국내 반도체시장`: a market has the same shape; only a person's name makes it a post
        title, body = head
        org = (word.start, word.start + len(body))
        found.append(Mention(org[0], org[1], body, "ORG", "shape", name=body))
        start, name = (person.start, person.name) if person else (before.start, before.bare)
        found.append(Mention(start, before.start + len(before.bare), name or before.bare, "PERSON", "title",
                             name=name, titles=(title,), org=org,
                             title_span=(word.stem_end - len(title), word.stem_end)))
    return found


def _standing_korean_name(word: Word, kb: KnowledgeBase) -> bool:
    """A Korean full name standing alone (no particle, known as nothing else) before the post."""
    return bare_korean_name(word, kb) or (korean_name(word, kb) and word.stem == word.text)


def _head(word: Word, kb: KnowledgeBase) -> tuple[str, str] | None:
    """(title, body's name) when the word is a local name glued to its head's title (`해든시장`)."""
    stem = word.bare
    if not stem.endswith(_head_titles()):
        return None  # asked of every word: most end with no head's title
    for title, ending in local_heads():
        if not stem.endswith(title):
            continue
        base = stem[: len(stem) - len(title)]
        if _BASE.fullmatch(base) and _unknown(base + ending, kb) and not title_of(base):
            return title, base + ending
    return None


@cache
def _head_titles() -> tuple[str, ...]:
    return tuple(title for title, _ in local_heads())


def acting_local_bodies(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`물빛시는 … 오울루시와 … 협정을 맺었다`: a local name that Kiwi cut into a word and its bare ending,
    as the topic, subject or partner of a deal word later in its sentence, is that city or county.
    The mentions found so far are settled only when such a word is there."""
    endings = local_government_words("ending")
    cut = [i for i, word in enumerate(words) if len(word.core) >= 2 and word.core[-1].form in endings
           and word.bare.endswith(word.core[-1].form)]  # `신도시`, `연합군`: a common noun Kiwi knows whole
    if not cut:
        return []
    taken = {at for m in settle(list(mentions)) for at in range(m.start, m.end)}
    acting = particles("topic") + particles("with")  # `topic` holds the subject's `이/가` too
    found = []
    for i in cut:
        word = words[i]
        stem = word.bare
        ending = next((e for e in endings if stem.endswith(e)), None)
        if ending is None or word.start in taken or word.core[-1].form != ending:
            continue
        if not _BASE.fullmatch(stem[: -len(ending)]) or not _unknown(stem, kb) or title_of(stem):
            continue
        if word.text[len(word.stem):].rstrip(",.") not in acting:
            continue
        ahead = [t.form for w in words[i + 1: i + 1 + _DEAL_REACH] if w.sentence == word.sentence for t in w.core]
        if any(form in deal_words() for form in ahead):
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def _unknown(name: str, kb: KnowledgeBase) -> bool:
    """A name the knowledge base knows (`삼척시`, a place) keeps its own reading."""
    return not kb.is_place(name) and not kb.is_place(name[:-1]) and kb.org(name) is None and kb.person(name) is None


def local_body_references(body: str, words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """`울산시는 … 밝혔다. 시와 도야마하이드로는 … 협약을 맺을 예정이다`, `도는 같은 날 … 협약을 맺었다`:
    a bare local ending opening its sentence (or joined to one that does: `도와 시는`) with a particle
    is the first city, county or province the text named with that ending: the one it is about."""
    bodies = [m for m in mentions if m.type in ("ORG", "PLACE") and m.name]
    acting = particles("topic") + particles("and")
    found = []
    for i, word in enumerate(words):
        ending = word.stem
        if ending not in local_government_words("ending") or word.text[len(ending):].rstrip(",.") not in acting:
            continue
        before = words[i - 1] if i > 0 else None
        opens = before is None or before.sentence != word.sentence or (
            before.stem in local_government_words("ending") and (i < 2 or words[i - 2].sentence != word.sentence))
        named = [m for m in bodies if m.end <= word.start and _told_with(body, m, ending)]
        if opens and named:
            meant = named[0]  # the body the text is about, named first (not `오울루시`, its partner abroad)
            found.append(Mention(word.start, word.start + len(ending), ending, meant.type, "context",
                                 kb_key=meant.kb_key, name=meant.name))
    return found


def _told_with(body: str, mention: Mention, ending: str) -> bool:
    """`해든시`, `울산시` (the place `울산` and its ending): a local name told with this ending."""
    text = mention.text if mention.text.endswith(ending) else mention.text + body[mention.end: mention.end + len(ending)]
    return text.endswith(ending) and bool(_BASE.fullmatch(text[: -len(ending)]))
