"""People by their titles and apposition (titles from lexicon/titles.tsv, the words around them from
lexicon/title_words.tsv).

`NAME [ORG…] [당시] TITLE [TITLE]` (`김창한 크래프톤 대표`, `마르코 펠레티 당시 루미에라 CTO`),
`ORG NAME TITLE`, `ORG의 NAME TITLE`, chains (`대표이사 부회장 겸 DX부문장`) and apposition
(`엔비디아 CEO 젠슨 황이`): read right to left from the title, through the modifiers and the
organisation, to the name.
"""

from __future__ import annotations

import re

from hoedong.entities.chinese_names import glued_chinese_name
from hoedong.entities.gazetteer import is_english_name
from hoedong.entities.lexicon import (
    given_names,
    org_shape,
    is_suffix_word,
    is_occupation,
    is_title_joiner,
    korean_name_shape,
    name_suffixes,
    not_person_words,
    particles,
    remit_word,
    same_office,
    title_modifiers,
    title_of,
)
from hoedong.entities.mentions import Mention
from hoedong.entities.name_spans import (
    glued_genitive,
    after_initial,
    can_be_name_part,
    carries_age,
    foreign_name_next_to_org,
    given_names_before,
    is_initial,
    is_org_word,
    korean_name,
    name_before,
    name_before_unknown_org,
    name_text,
)
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_LIST_DOTS = re.compile(r"[·‧ㆍ・]")
_ONE_WORD_NAME = re.compile(r"[가-힣]{2,5}")  # a Korean or Chinese name written as one word (`권오름`, `린야오밍`)
_SHORT_KOREAN_NAME = 2  # 남건: a surname and one syllable
_MAX_APPOSED_WORDS = 3  # `회장 아르준 라메시 파텔을`: the words of a name in apposition after its title
_MIN_GLUED_NAME = 3  # `손정의` leaves two syllables before 의: a Korean name, not an organisation in the genitive
_MAX_ORG_WORDS = 3  # `프리야 메논 인도 타타넥스 부사장`: up to three words of places and organisation


def titled_people(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """A person for every title (the last of a chain) with a name before or, in apposition, after it."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if title_of(word.stem) is None or _chain_goes_on(words, i):
            continue
        mention = _titled_person(words, i, kb)
        if mention is not None:
            found.append(mention)
    return found


def listed_people(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`김민수·박지훈·최서연 특사`, `A·B·C 회장`: Korean names joined by middle dots share the title after them."""
    found: list[Mention] = []
    for word, after in zip(words, words[1:]):
        if title_of(after.stem) is None:
            continue  # (asked first: few words stand before a title)
        parts = _LIST_DOTS.split(word.stem)
        if len(parts) < 2 or word.stem != word.text or after.sentence != word.sentence:
            continue
        if not all(_listed_name(part, kb) for part in parts):
            continue
        offset = word.start
        for part in parts:
            found.append(Mention(offset, offset + len(part), part, "PERSON", "title", name=part,
                                 titles=(after.bare,)))
            offset += len(part) + 1
    return found


def _listed_name(part: str, kb: KnowledgeBase) -> bool:
    if kb.person(part) is not None:
        return True
    if not korean_name_shape(part) or part in not_person_words():
        return False
    return kb.org(part) is None and not kb.is_place(part) and title_of(part) is None


def _titled_person(words: list[Word], i: int, kb: KnowledgeBase) -> Mention | None:
    first_title = _chain_start(words, i)
    if _aged_name_after(words, i, kb):
        return _apposition(words, i, first_title, kb)  # `바다마중의 사장 빈수호(48)와`: the aged name is the holder
    if _glossed_title(words[i]) and _name_after(words, i, kb) is not None:
        return _apposition(words, i, first_title, kb)  # `한별몰 최고기술책임자(CTO) 윤다엘과`: the name after holds it
    org_end = _skip_remit(words, _skip_modifiers(words, first_title))
    j, org = _org_slot(words, org_end, i, kb)
    j = _skip_modifiers(words, j)
    suffixed = int(j > 1 and words[j - 1].stem == words[j - 1].text and words[j - 1].bare in name_suffixes())
    j -= suffixed  # `토머스 하인즈 주니어 회장`: the name runs through its suffix
    span = name_before(words, j, kb, with_org=org is not None)
    if span is not None and org is None:
        span, org = _name_then_place_then_org(words, span, kb)
    if span is not None and org is None:
        span, org = _name_then_org(words, span, kb)
    elif span is None and org is None and j >= 2 and words[j - 1].nominal() and words[j - 1].stem == words[j - 1].text:
        retry, unknown_org = _name_then_place_then_org(words, (j - 1, j), kb)
        if unknown_org is not None:
            span, org = retry, unknown_org
    if span is None and org is None:
        span, org = name_before_unknown_org(words, j, kb) or (None, None)
    if span is not None and org is None and span[1] - span[0] == 1:
        span, org = _foreign_name_then_unknown_org(words, span, kb)
    if span is None:
        return _apposition(words, i, first_title, kb)
    s, e = _leading_initials(words, span[0]), span[1]
    e += suffixed if e == j else 0
    name = name_text(words[s:e])
    if org is None:
        org = _org_before(words, s, kb)
    titles_here = tuple(w.bare.strip(",") for w in words[first_title: i + 1]
                        if title_of(w.stem) and not is_title_joiner(w.stem))
    english = words[e - 1].parenthesis
    return Mention(words[s].start, words[e - 1].start + len(words[e - 1].bare), name, "PERSON", "title",
                   name=name, titles=titles_here, org=org, name_en=english if is_english_name(english) else None,
                   title_span=(words[first_title].start, words[i].stem_end))


def _leading_initials(words: list[Word], s: int) -> int:
    """`K. V. 스리니바산 회장`, `S. 라구파티 …`: Latin initials right before a name (given names told by
    their letters) are part of it."""
    while s > 0 and is_initial(words[s - 1]) and words[s - 1].sentence == words[s].sentence:
        s -= 1
    return s


def _chain_start(words: list[Word], i: int) -> int:
    """`대표이사 부회장 겸 DX부문장`: the first title of the chain the title at i ends."""
    first_title = i
    while first_title > 0:
        before = words[first_title - 1]
        if title_of(before.stem) and before.stem == before.text:
            first_title -= 1
        elif is_title_joiner(before.stem) and first_title > 1 and title_of(words[first_title - 2].stem):
            first_title -= 2
        else:
            break
    return first_title


def _skip_modifiers(words: list[Word], j: int) -> int:
    while j > 0 and words[j - 1].stem in title_modifiers():
        j -= 1
    return j


def _skip_remit(words: list[Word], j: int) -> int:
    """`아시아 담당 본부장`, `AI담당 부사장`: the remit is part of the title."""
    remit = remit_word()
    if j > 1 and words[j - 1].stem.endswith(remit):
        j -= 2 if words[j - 1].stem == remit else 1
    return j


def _org_slot(words: list[Word], org_end: int, i: int, kb: KnowledgeBase) -> tuple[int, tuple[int, int] | None]:
    """The organisation (and places) between a name and its title, ending at org_end: where the slot
    begins and the organisation's span, if any."""
    j = org_end
    while j > 0 and org_end - j < _MAX_ORG_WORDS and _slot_word(words, j - 1, i, kb):
        j -= 1
    if j < org_end and j > 0 and is_suffix_word(words[j].bare) and words[j - 1].first_tag == "NNP" \
            and not korean_name(words[j - 1], kb):
        j -= 1  # 케슬러 로보틱: a proper noun before a bare ending belongs to the organisation
    slot_start = j
    while slot_start < org_end - 1 and kb.is_place(words[slot_start].bare):
        slot_start += 1
    org = (words[slot_start].start, words[org_end - 1].stem_end) if j < org_end else None
    return j, org


def _slot_word(words: list[Word], k: int, i: int, kb: KnowledgeBase) -> bool:
    """words[k], with no particle, may stand in the organisation slot before the title at i: an
    organisation or a place, not a family name after an initial nor a name's suffix (`주니어`)."""
    word = words[k]
    if word.sentence != words[i].sentence or word.stem != word.text.rstrip(",") or word.bare in name_suffixes():
        return False
    return (is_org_word(word, kb) or kb.is_place(word.bare)) and not after_initial(words, k, kb)


def _apposition(words: list[Word], i: int, first_title: int, kb: KnowledgeBase) -> Mention | None:
    apposition = _name_after(words, i, kb)
    if apposition is None:
        return None
    s, e = apposition
    name = name_text(words[s:e])
    org = _org_before(words, first_title, kb)
    return Mention(words[s].start, words[s].start + len(name), name, "PERSON", "apposition",
                   name=name, titles=(words[i].bare,), org=org)


def _name_then_place_then_org(words: list[Word], span: tuple[int, int], kb: KnowledgeBase):
    """`프리야 메논 인도 타타넥스 부사장`, `마르코 펠레티 당시 루미에라 CTO`: a place or `당시`
    between two proper nouns makes the second the organisation and the first the name."""
    s, e = span
    separator = words[s - 1] if s >= 2 else None
    if separator is not None and separator.stem == separator.text and (
            kb.is_place(separator.bare) or separator.stem in title_modifiers()):
        earlier = name_before(words, s - 1, kb)
        if earlier is not None:
            return earlier, (words[s].start, words[e - 1].stem_end)
    return span, None


def _foreign_name_then_unknown_org(words: list[Word], span: tuple[int, int], kb: KnowledgeBase):
    """`그레이엄 톨리버 켄드릭바이오 CEO`, Kiwi cutting 톨리버 into noun pieces: a lone proper noun before
    the title, after a known given name and such a word, is the organisation and they are the name."""
    s, _ = span
    word = words[s]
    if word.first_tag != "NNP" or word.stem != word.text or korean_name(word, kb):
        return span, None
    name = foreign_name_next_to_org(words, s, kb)
    if name is None:
        return span, None
    return name, (word.start, word.stem_end)


def _chain_goes_on(words: list[Word], i: int) -> bool:
    """`대표이사 부회장 겸 DX부문장`: only the last title of a chain makes the mention."""
    if i + 1 >= len(words) or words[i].stem != words[i].text.rstrip(","):
        return False
    nxt = words[i + 1]
    if is_title_joiner(nxt.stem):
        return i + 2 < len(words) and bool(title_of(words[i + 2].stem))
    return bool(title_of(nxt.stem)) and words[i].stem == words[i].text


def _name_then_org(words: list[Word], span: tuple[int, int], kb: KnowledgeBase):
    """`송이담 별빛금융 대표`: a Korean full name never starts a foreign name, so what follows it
    is the organisation; `클레어 몬태규 브라이트웨일 CEO`, with `몬태규` standing alone elsewhere,
    reads the same way."""
    s, e = span
    if e - s < 2:
        return span, None
    if _affiliation_before(words, s, kb) or carries_age(words[e - 1]):
        # `시암리빙의 차이왓 분나그 회장`: the organisation was told before the name; `나가노 히카리(38)
        # 상무`: the age closes the name
        return span, None
    if _korean_then_other(words, s, kb) and kb.person(" ".join(w.bare for w in words[s:e])) is None:
        return (s, s + 1), (words[s + 1].start, words[e - 1].stem_end)
    middle_not_given = words[s + 1].bare in _standing_alone(words) or words[s + 1].bare not in given_names()
    middle_not_given = middle_not_given and not is_initial(words[s + 1])  # `제임스 T. 하퍼`: one name
    # `… 페헤이라 회장을 만났다. … 페헤이라 회장의 남편`: a last word told alone elsewhere is the family name
    if e - s == 3 and middle_not_given and words[e - 1].bare not in _standing_alone(words, besides=e - 1):
        # three-word names are rare; `라르스 뵈르케 베스트피요르 CEO` is a name and an organisation
        # unless the middle word is itself a given name (`아나 루시아 페레이라`) or the affiliation
        # came before the name (`알바솔라의 카밀라 페르난데스 오로스코 회장`)
        # the name reaches back past the word limit the organisation took up (`캐서린 앤 매키넌 …`)
        return (given_names_before(words, s + 2, kb), s + 2), (words[s + 2].start, words[e - 1].stem_end)
    return span, None


def _affiliation_before(words: list[Word], s: int, kb: KnowledgeBase) -> bool:
    """The word before the name is in the genitive (`알바솔라의`, `브라질의`): the person's
    organisation or country is told there, not between the name and the title."""
    if s == 0 or words[s - 1].sentence != words[s].sentence:
        return False
    tokens = words[s - 1].tokens
    if bool(tokens) and tokens[-1].tag == "JKG":
        return True
    return glued_genitive(words[s - 1]) or _glued_unknown_genitive(words[s - 1], kb)


def _glued_unknown_genitive(word: Word, kb: KnowledgeBase) -> bool:
    """`아타카마솔라의` read by Kiwi as one proper noun: a name no lexicon knows and the genitive glued to
    it (`손정의`, a person, and `대한상의`, an organisation, are known; a Korean full name is too short)."""
    if len(word.tokens) != 1 or word.first_tag != "NNP" or word.stem != word.text.rstrip(","):
        return False
    name = next((word.bare[:-len(p)] for p in particles("of") if word.bare.endswith(p)), "")
    return len(name) >= _MIN_GLUED_NAME and kb.person(word.bare) is None and kb.org(word.bare) is None


def _korean_then_other(words: list[Word], s: int, kb: KnowledgeBase) -> bool:
    """A Korean name starts no transliterated name; but a two-syllable word shaped like one (`조엘
    바르탕`) does, unless the next word is shaped like a Korean name too (`남건 한빛 회장`)."""
    first = words[s]
    if glued_chinese_name(first):
        return True  # `림카이신 래플스빌드 회장`: a Chinese name written as one word
    if not korean_name(first, kb):
        return False
    return len(first.bare) > _SHORT_KOREAN_NAME or korean_name_shape(words[s + 1].bare)


def _standing_alone(words: list[Word], besides: int = -1) -> set[str]:
    """Words that appear once on their own before a title (`몬태규 CEO는`): family names (the word at
    `besides` not counted)."""
    alone = set()
    for k, (before, word, after) in enumerate(zip([None] + words, words, words[1:] + [None])):
        if k != besides and after is not None and title_of(after.stem) and (before is None or not before.first_tag == "NNP"):
            alone.add(word.bare)
    return alone


def _org_before(words: list[Word], index: int, kb: KnowledgeBase) -> tuple[int, int] | None:
    """`오픈AI의 제이슨 권` or `삼성전자 전영현`: the organisation right before a name."""
    if index <= 0:
        return None
    previous = words[index - 1]
    if previous.sentence != words[index].sentence:
        return None
    stem = previous.bare
    if is_org_word(previous, kb) and (previous.stem == previous.text or previous.text in _genitives(stem)):
        return previous.start, previous.start + len(stem)
    if previous.text in _genitives(stem) and _unknown_proper_noun(previous, kb):
        return previous.start, previous.start + len(stem)  # `알바솔라의 마리아 … 회장`: whose the person is
    return None


def _affiliated_title(words: list[Word], index: int, kb: KnowledgeBase) -> bool:
    """`엔비디아 CEO`, `한결소재의 사장`: an organisation right before the title at index."""
    return index > 0 and (is_org_word(words[index - 1], kb) or _genitive_affiliation(words[index - 1], kb))


def _glossed_title(word: Word) -> bool:
    """`최고기술책임자(CTO)`: a title glossed with its abbreviation is the formal title of a post, which
    names its holder right after it whatever stands before it (an organisation no lexicon knows)."""
    gloss = word.parenthesis
    return gloss is not None and gloss != word.bare and same_office(word.bare, gloss)


def _genitive_affiliation(word: Word, kb: KnowledgeBase) -> bool:
    """`한결소재의 사장 …`: an organisation in the genitive right before a title, Kiwi reading the particle
    apart or not: the title's holder is named after it."""
    if glued_genitive(word):
        return True
    return word.text in _genitives(word.bare) and (is_org_word(word, kb) or _unknown_proper_noun(word, kb))


def _unknown_proper_noun(word: Word, kb: KnowledgeBase) -> bool:
    """A proper noun no lexicon knows as a place, a person, a title or a Korean name."""
    stem = word.bare
    return (word.first_tag == "NNP" and len(word.core) == 1 and not kb.is_place(stem) and kb.person(stem) is None
            and not title_of(stem) and not korean_name(word, kb))


def _genitives(stem: str) -> tuple[str, ...]:
    return tuple(stem + particle for particle in particles("of"))


def _aged_name_after(words: list[Word], i: int, kb: KnowledgeBase) -> bool:
    return _aged_name_end(words, i, kb) is not None


def _aged_name_end(words: list[Word], i: int, kb: KnowledgeBase) -> int | None:
    """The title at i, with no particle, is followed in its sentence by a name with an age in
    parentheses (`회장 린야오밍(71)은`, `전무 사카모토 유이(41)가`): the age makes the words a person's
    name, one word (Korean, Chinese) or up to three proper nouns. Where the name ends, or None."""
    if i + 1 >= len(words) or words[i].stem != words[i].text or words[i + 1].sentence != words[i].sentence:
        return None
    word = words[i + 1]
    if carries_age(word):
        return i + 2 if _ONE_WORD_NAME.fullmatch(word.bare) is not None and can_be_name_part(word, kb) else None
    for end in range(i + 2, min(len(words), i + 1 + _MAX_APPOSED_WORDS)):
        before = words[end - 1]
        if before.stem != before.text or before.first_tag != "NNP" or not can_be_name_part(before, kb):
            return None
        if words[end].sentence == word.sentence and carries_age(words[end]) and can_be_name_part(words[end], kb):
            return end + 1
    return None


def _name_after(words: list[Word], index: int, kb: KnowledgeBase) -> tuple[int, int] | None:
    """`엔비디아 CEO 젠슨 황이`: a title without particles, then the name."""
    word = words[index]
    if word.stem != word.text or index + 1 >= len(words) or words[index + 1].sentence != word.sentence:
        return None
    aged_end = _aged_name_end(words, index, kb)
    if aged_end is not None:
        return index + 1, aged_end  # `비슬정공에서는 회장 권오름(72)과`: an age closes a name after a title
    nxt = words[index + 1]
    if not (_affiliated_title(words, index, kb) or _glossed_title(word) or is_occupation(title_of(word.stem) or "")):
        return None
    # `노아 벤하임이`: a word of two syllables shaped like a Korean name may be a given name that a
    # family name with its particle follows
    if korean_name(nxt, kb) and (len(nxt.bare) > _SHORT_KOREAN_NAME or nxt.stem != nxt.text):
        return index + 1, index + 2
    if nxt.first_tag != "NNP" or nxt.stem != nxt.text or not can_be_name_part(nxt, kb):
        return (index + 1, index + 2) if korean_name(nxt, kb) else None
    # `비슈와스틸 회장 아르준 라메시 파텔을`: given names with no particle, then the family name with one
    for end in range(index + 2, min(len(words), index + 1 + _MAX_APPOSED_WORDS)):
        after = words[end]
        if after.sentence != word.sentence or not can_be_name_part(after, kb):
            break
        if after.stem != after.text:
            return index + 1, end + 1
    return (index + 1, index + 2) if korean_name(nxt, kb) else None
