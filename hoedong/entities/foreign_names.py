"""People absent from the knowledge base, found by the shape of their names in Hangul.

Arabic names run from a given name through linking words (`무함마드 빈 살만`, `칼둔 알
무바라크`, `타니 빈 아흐메드 알 제유디`); Japanese names stand family name first (`하시모토
다이키`). Kiwi cuts such words into common nouns and particles (`살만` → 살 + 만), so they are read
from the words of the text, with the lexicons of Arabic given names and links and of Japanese
family names (data files in hoedong/lexicon).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from hoedong.entities.lexicon import (given_names, name_suffixes, org_shape, particle_chars, particles, surnames,
                                      title_of, titles)
from hoedong.entities.mentions import Mention
from hoedong.entities.names import is_typo_of
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase, family_name_of, japanese_family_names, load_kb
from hoedong.resources import table, word_list

_MAX_ARABIC_WORDS = 8  # 무함마드 빈 살만 빈 압둘아지즈 알 사우드
_NAME_PART = re.compile(r"[가-힣]{2,6}(?:-[가-힣]{2,6})?")
_GIVEN_NAME = re.compile(r"[가-힣]{2,4}")
_VIETNAMESE_PART = re.compile(r"[가-힣]{1,2}")
_MIN_VIETNAMESE_PARTS = 2  # `응우옌 티 란`: a family name alone with one part is too like Korean words
_MAX_VIETNAMESE_PARTS = 3  # `응우옌 티 밍 카이`
_TITLE_REACH = 3  # words after a Vietnamese name within which its title stands (country, organisation)
_GLOSS_AFTER = re.compile(r"\([^()가-힣]*\)")  # the name in its own script, right after it
_GLOSS_THEN_PLACE = re.compile(r"\([^()가-힣]+\) ([가-힣]{2,8}) ")
_BETWEEN_NAME_AND_ORG = re.compile(r" (?:\([^()가-힣]+\) ?)?|\([^()가-힣]+\) ")  # a space, or English in parentheses


@cache
def _arabic() -> tuple[frozenset[str], frozenset[str]]:
    rows = table("hoedong.lexicon", "arabic_names.tsv")
    return (frozenset(r["form"] for r in rows if r["kind"] == "given"),
            frozenset(r["form"] for r in rows if r["kind"] == "link"))


@cache
def _kunyas() -> frozenset[str]:
    """`아부` 'father of': a name may open with it before a given name (`아부 바크르 빈 마르완`)."""
    return frozenset(r["form"] for r in table("hoedong.lexicon", "arabic_names.tsv") if r["kind"] == "kunya")


@cache
def _articles() -> frozenset[str]:
    """The links that mean `the` (`알`, `엘`): the part after one is the family name, which ends the name."""
    return frozenset(r["form"] for r in table("hoedong.lexicon", "arabic_names.tsv") if r["kind"] == "article")


def foreign_name_mentions(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    return _arabic_names(words, kb) + _japanese_names(words, kb) + _vietnamese_names(words, kb) \
        + _initialled_names(words, kb)


_INITIAL = re.compile(r"[A-Z]\.")
_INITIAL_LETTERS = 2  # what _INITIAL matches whole (its length asked first: most words are longer)


def _initialled_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`그레이엄 T. 와일더와`, `데이비드 K. 정은`: a given name, a Latin initial and a family name make a
    person with no title needed; the family name may be a Korean surname of one syllable."""
    found = []
    for k, (given, initial, family) in enumerate(zip(words, words[1:], words[2:])):
        if len(initial.text) != _INITIAL_LETTERS:
            continue
        if _INITIAL.fullmatch(initial.text) is None or not (given.sentence == initial.sentence == family.sentence):
            continue
        if given.stem != given.text or not _given_word(given, kb):
            continue
        stem = family.bare
        if not (_NAME_PART.fullmatch(stem) or stem in surnames()) or _common(stem, kb) or not _nominal(family, stem):
            continue
        text, end = f"{given.text} {initial.text} {stem}", family.start + len(stem)
        suffix = words[k + 3] if k + 3 < len(words) and family.stem == family.text else None
        if suffix is not None and suffix.bare in name_suffixes():  # `… 헤일 주니어`
            text, end = f"{text} {suffix.bare}", suffix.start + len(suffix.bare)
        found.append(Mention(given.start, end, text, "PERSON", "shape", name=text))
    return found


def _given_word(word: Word, kb: KnowledgeBase) -> bool:
    """A given name before an initial: a known one, or one proper noun of two syllables or more."""
    text = word.text
    if _common(text, kb) or not _NAME_PART.fullmatch(text):
        return False
    if text not in given_names() and text.endswith(particles("of")):
        return False  # `바라트넷의 P. …`: the affiliation, glued to its genitive
    return text in given_names() or (word.first_tag == "NNP" and len(word.core) == 1)


@cache
def _vietnamese_family_names() -> frozenset[str]:
    return frozenset(word_list("vietnamese_surnames.txt"))


def _vietnamese_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`응우옌 티 란 사이공그린에너지 회장`, `쩐 탄 만 베트남 국회의장`: a Vietnamese family name and two
    or three short parts (one or two syllables each), with a title close after them."""
    found = []
    families = _vietnamese_family_names()
    for i, family in enumerate(words):
        if family.text not in families:
            continue
        parts: list[str] = []
        for word in words[i + 1: i + 1 + _MAX_VIETNAMESE_PARTS]:
            # Kiwi reads the one-syllable parts as anything (`탄 만` → 타/VV ᆫ 말/VX ᆫ): the letters decide
            text = _clean(word.text)
            if word.sentence != family.sentence or not _VIETNAMESE_PART.fullmatch(text) or _common(text, kb) \
                    or text in given_names():
                break
            parts.append(text)
        following = words[i + 1 + len(parts): i + 1 + len(parts) + _TITLE_REACH]
        if len(parts) >= _MIN_VIETNAMESE_PARTS and any(title_of(w.stem) for w in following):
            last = words[i + len(parts)]
            text = " ".join([family.text] + parts)
            found.append(Mention(family.start, last.start + len(parts[-1]), text, "PERSON", "shape", name=text))
    return found


def _arabic_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    given, links = _arabic()
    found = []
    kunyas = _kunyas()
    for i, first in enumerate(words):
        if _clean(first.text) not in given and not _opens_with_kunya(words, i, kunyas, given):
            continue
        if i > 0 and words[i - 1].sentence == first.sentence and _clean(words[i - 1].text) in links:
            continue  # `사이드 빈 압둘라흐만 알카세미`: a father's name inside a name starts none
        last, after_link, article, family = None, False, False, False
        for j in range(i + 1, min(len(words), i + _MAX_ARABIC_WORDS)):
            word = words[j]
            if word.sentence != first.sentence:
                break
            closed = word.parenthesis is not None  # `알카비(34)`: an age or a gloss closes the name
            text = _clean(word.bare if closed else word.text)
            if text in links:
                after_link, article = True, text in _articles()
                continue
            if text in given and last is None and j == i + 1:
                after_link = True  # `술탄 아흐메드 빈 술라옘`: two given names before the first link
                continue
            part = _name_part(text, kb)
            # `아부다비`: a place that starts like a link is no name part
            glued = _glued_link(text) if "-" in text else _glued_part(word, part)
            if glued is not None and family and "-" not in text:
                break  # `술탄 알 누아이미 알와하투자`: after `알 누아이미` the name is over; a company follows
            if glued is not None:  # `알-마무리`, `알오타이비`: the link written onto the name
                after_link, part = True, glued
            if part is None or not after_link:
                break
            last, after_link, family = (j, part), False, article
            if part != text or closed:  # a particle or punctuation closes the name
                break
        if last is not None:
            j, part = last
            end = words[j].start + len(part)
            text = " ".join(_clean(w.text) for w in words[i:j]) + " " + part
            found.append(Mention(first.start, end, text, "PERSON", "shape", name=text))
    return found


def _opens_with_kunya(words: list[Word], i: int, kunyas: frozenset[str], given: frozenset[str]) -> bool:
    """`아부 바크르 빈 …`: the kunya, then a given name in the same sentence, opens a name."""
    if _clean(words[i].text) not in kunyas or i + 1 >= len(words) or words[i + 1].sentence != words[i].sentence:
        return False
    return _clean(words[i + 1].text) in given


def _glued_part(word: Word, part: str | None) -> str | None:
    """The link and the name written as one word (`알오타이비`), its particles off even when the word
    with them still looks like one name part (`알하리시가`: 알 + 하리시 + 가)."""
    if part is None:
        return None
    if _unconjugated(word, part):
        return _glued_link(part)
    stem = word.bare  # the word's own particles, as words.py reads them
    return _glued_link(stem) if stem != part and part.startswith(stem) and _unconjugated(word, stem) else None


def _unconjugated(word: Word, part: str) -> bool:
    """No verb, ending or particle in the part, whatever else Kiwi cuts it into (`알수바이` as 알수바/NNP
    이/MM)."""
    core = [t for t in word.tokens if t.start < word.start + len(part)]
    return not any(t.tag.startswith(("V", "E", "J")) for t in core)


def _glued_link(text: str) -> str | None:
    """`알-마무리` (the link and the name joined by a hyphen) or `알오타이비`, `빈하마드` (written as one
    word) → the whole name part, particles off. A word shaped like an organisation (`알칼리즈조선`) is
    none."""
    head, dash, tail = text.partition("-")
    if dash:
        tail = _strip_particles(tail)
        return f"{head}-{tail}" if head in _arabic()[1] and _GIVEN_NAME.fullmatch(tail) else None
    for link in sorted(_arabic()[1], key=len, reverse=True):
        tail = text[len(link):]
        if text.startswith(link) and _GIVEN_NAME.fullmatch(tail) and not org_shape(text, strong_only=False):
            return link + tail
    return None


def _name_part(text: str, kb: KnowledgeBase) -> str | None:
    """The name part a word's text holds (`살만`, `알-사우드`, `나흐얀과` → `나흐얀`), or None."""
    if _NAME_PART.fullmatch(text) and not _common(text, kb):
        return text
    stem = _strip_particles(text)
    if stem != text and _NAME_PART.fullmatch(stem) and not _common(stem, kb):
        return stem
    return None


def _japanese_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    found = []
    families = japanese_family_names()
    for family, given in zip(words, words[1:]):
        if family.text not in families or family.sentence != given.sentence:
            continue
        # `고헤이`, `료헤이`: a last 이 Kiwi reads as part of the name is no particle; `유카(34)`: an age
        # or a gloss right after the given name is no part of it
        shown = _clean(given.text) if given.parenthesis is None else given.bare
        part = given.bare if _GIVEN_NAME.fullmatch(given.bare) and given.bare == shown \
            else _strip_particles(shown)
        if not _GIVEN_NAME.fullmatch(part) or _common(part, kb) or _known_noun(given, part) or not _nominal(given, part):
            continue
        if kb.org(family.text) is not None and not _titled(words, given):
            continue  # `도요타 가주`: the family name is also a company's; only a title makes it a person
        text = f"{family.text} {part}"
        found.append(Mention(family.start, given.start + len(part), text, "PERSON", "shape", name=text))
    return found


def _nominal(word: Word, part: str) -> bool:
    """Kiwi reads the given name as nouns or letters, never a verb (`도요타 넘어`)."""
    core = [t for t in word.tokens if t.start < word.start + len(part)]
    return all(t.tag.startswith(("NN", "SL", "SH", "XR")) for t in core)


def _titled(words: list[Word], given: Word) -> bool:
    following = next((w for w in words if w.start > given.start), None)
    return following is not None and title_of(_clean(following.text)) is not None


_WRAPPING = "\"'“”‘’()[],.·"  # quotes, brackets and punctuation around a word


def _clean(text: str) -> str:
    if text[:1] in _WRAPPING or text[-1:] in _WRAPPING:  # (strip is slow on these letters: most words have none)
        return text.strip(_WRAPPING)
    return text


def _strip_particles(text: str) -> str:
    """`나흐얀과` → `나흐얀`: one or two particle syllables off a name of three or more."""
    for cut in (2, 1):
        if len(text) - cut >= 2 and set(text[-cut:]) <= particle_chars():
            return text[:-cut]
    return text


def _common(text: str, kb: KnowledgeBase) -> bool:
    """A title, a place or an organisation the knowledge base knows is no part of a name."""
    return text in titles() or title_of(text) is not None or kb.is_place(text) or kb.org(text) is not None


def _known_noun(word: Word, part: str) -> bool:
    """Kiwi knows the word as one common noun (`회장`, `자동차`): not a given name."""
    core = [t for t in word.tokens if t.start < word.start + len(part)]
    return len(core) == 1 and core[0].tag == "NNG"


def arabic_tail_mentions(body: str, people: list[tuple[str, str | None]]) -> list[Mention]:
    """`빈 살만 왕세자`, `알 무바라크 청장`: an Arabic name told again from one of its links on."""
    given, links = _arabic()
    firsts = _first_names(people)
    found = []
    for full, key in people:
        parts = full.split()
        tails = {" ".join(parts[i:]) for i in range(1, len(parts) - 1) if parts[i] in links}
        tails |= {" ".join(parts[i:]) for i in range(1, len(parts)) if _glued_link(parts[i])}
        if parts[0] in given and len(parts) > 2 and firsts.count(parts[0]) == 1:
            found += _first_name_with_title(body, parts[0], full, key)
        for tail in sorted(tails, key=len, reverse=True):
            for match in re.finditer(rf"(?<![가-힣]){re.escape(tail)}(?![가-힣]{{3}})", body):
                if body[max(0, match.start() - 1): match.start()].strip() == "" and body[:match.start()].rstrip().endswith(parts[0]):
                    continue  # inside the full name itself
                found.append(Mention(match.start(), match.end(), tail, "PERSON", "family_name", key, name=full))
    return found


def _first_name_with_title(body: str, first: str, full: str, key: str | None) -> list[Mention]:
    """`무함마드 대통령`, `칼리드 사장`: an Arabic full name told again by its given name and a title."""
    found = []
    for match in re.finditer(rf"(?<![가-힣]){re.escape(first)}(?= (?P<title>[가-힣A-Z]{{1,6}}))", body):
        title = title_of(match["title"])
        if body[match.end():].startswith(" " + full.split()[1]) or title is None:
            continue
        found.append(Mention(match.start(), match.end(), first, "PERSON", "family_name", key, name=full,
                             titles=(title,), title_span=(match.start("title"), match.start("title") + len(title))))
    return found


def first_word_mentions(body: str, people: list[tuple[str, str | None]]) -> list[Mention]:
    """`안와르 총리` after `안와르 이브라힘`, `고다 회장` after `고다 마사히로`: a two-word name told again
    by its first word and a title (a family name written first, or the name the person goes by), when
    no other person's name starts with that word."""
    firsts = [full.split()[0] for full, _ in people]
    found = []
    for full, key in people:
        parts = full.split()
        if len(parts) == 2 and parts[0] != family_name_of(full) and firsts.count(parts[0]) == 1:
            found += _first_name_with_title(body, parts[0], full, key)
    return found


def first_words_told_again(body: str, people: list[tuple[str, str | None]]) -> set[str]:
    """The first words `first_word_mentions` reads as their person in this text."""
    return {m.text for m in first_word_mentions(body, people)}


def arabic_given_names_of(people: list[tuple[str, str | None]]) -> set[str]:
    """The given names that stand for one Arabic full name each in this text (`무함마드 대통령`)."""
    given, _ = _arabic()
    firsts = _first_names(people)
    return {first for first in firsts if first in given and firsts.count(first) == 1}


def _first_names(people: list[tuple[str, str | None]]) -> list[str]:
    """The first word of each person's name, a person written two ways (`라시드`/`라쉬드`) counted once."""
    distinct: list[str] = []
    for full, _ in people:
        if len(full.split()) > 2 and not any(is_typo_of(full, seen) for seen in distinct):
            distinct.append(full)
    return [full.split()[0] for full in distinct]


def shaped_names_over_titles(body: str, mentions: list[Mention]) -> list[Mention]:
    """A foreign name read by its shape (`구로다 신이치`, `사이프 알 마흐무드`) is whole: a titled reading
    that cuts through it (`구로다` + organisation `신이치 다이토정밀`, `마흐무드 알자지라무역` + 회장) gives
    the shaped name its title, and the organisation starts after the name."""
    shaped = [m for m in mentions if m.type == "PERSON" and m.kb_key is None and m.name and " " in m.name
              and (m.how == "shape" or (m.how == "title" and not m.titles))]
    better: dict[int, Mention] = {}
    dropped = set()
    for mention in mentions:
        cut = next((s for s in shaped if _cuts_through(body, mention, s)), None)
        if cut is not None and id(cut) not in better:
            org = _org_after(body, cut.end, mention.org or (mention.start, mention.end))
            better[id(cut)] = _titled_shape(cut, mention, org)
            dropped.add(id(mention))
    kept = [better.get(id(m), m) for m in mentions if id(m) not in dropped]
    return [_org_before_title(body, m) if m.how == "shape" and m.type == "PERSON" and not m.titles else m
            for m in kept]


_ORG_THEN_TITLE = re.compile(r" ([가-힣A-Za-z0-9]{2,12}) ([가-힣A-Z]{1,6})")


def _org_before_title(body: str, shaped: Mention) -> Mention:
    """`무함마드 알-사이프 사막에너지 회장`: one word between a shaped name and its title is its
    organisation (titled.py reads no name there it could cut)."""
    match = _ORG_THEN_TITLE.match(body, shaped.end)
    if match is None or title_of(match[2]) is None or title_of(match[1]) is not None:
        return shaped
    return replace(shaped, titles=(title_of(match[2]),), org=match.span(1),
                   title_span=(match.start(2), match.start(2) + len(title_of(match[2]))))


def _cuts_through(body: str, mention: Mention, shaped: Mention) -> bool:
    """A titled person of no knowledge-base entry whose name or organisation overlaps the shaped name
    without being it, or who starts right after it (`제니퍼 박(Jennifer Park) 한미벤처포럼 의장`: the
    organisation read as the name)."""
    if mention.type != "PERSON" or mention.how != "title" or mention.kb_key is not None or not mention.titles:
        return False
    spans = [(mention.start, mention.end)] + ([mention.org] if mention.org else [])
    # a given name and the word after it (`알렉산더 네달란드`) is no stronger than a titled reading
    overlaps = shaped.how == "shape" and any(s < shaped.end and shaped.start < e for s, e in spans)
    between = body[shaped.end:mention.start]
    next_to = mention.start > shaped.end and (_BETWEEN_NAME_AND_ORG.fullmatch(between) or _country_between(between))
    return bool(overlaps or next_to) and (mention.start, mention.end) != (shaped.start, shaped.end)


def _country_between(between: str) -> bool:
    """`파울루 소자(Paulo Souza) 브라질 세라두농산 회장`: the gloss and a country or city before the
    organisation of the titled reading."""
    match = _GLOSS_THEN_PLACE.fullmatch(between)
    return match is not None and load_kb().is_place(match[1])


def _org_after(body: str, name_end: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """The organisation of a titled reading from the name's end on, past the name's gloss in
    parentheses (`… 오로스코(Camila Fernández Orozco) 회장`: no organisation)."""
    start = max(span[0], name_end)
    gloss = _GLOSS_AFTER.match(body, start)
    if gloss is not None:
        start = gloss.end()
    while start < span[1] and body[start] == " ":
        start += 1
    return (start, span[1]) if start < span[1] else None


def _titled_shape(shaped: Mention, titled: Mention, org: tuple[int, int] | None) -> Mention:
    return replace(shaped, titles=titled.titles, title_span=titled.title_span, org=org, how="title")
