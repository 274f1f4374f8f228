"""Which words make a person's name: Korean names by their shape (a surname from the lexicon and one
or two syllables) and transliterated names by their parts (proper nouns, pieces Kiwi could not read,
known foreign given names from lexicon/given_names.txt).

The recognisers that find people by their titles (titled.py) ask here where a name before a title
begins; `anchored_foreign_names` finds a known foreign given name and the family name after it.
"""

from __future__ import annotations

import re

from hoedong.entities.lexicon import (
    KOREAN_FULL_NAME,
    ambiguous_given_names,
    compound_surname,
    given_names,
    korean_name_shape,
    no_person_name,
    not_given_names,
    not_person_words,
    org_shape,
    particles,
    surnames,
    title_modifiers,
    title_of,
)
from hoedong.entities.chinese_names import glued_chinese_name
from hoedong.entities.mentions import Mention
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_SHORT_NAME = 2  # 한빛: a word of two syllables, as often an organisation's short name as a name
_MAX_NAME_WORDS = 3  # 라르스 뵈르케 …, 아나 루시아 페레이라
_MAX_NAME_SYLLABLES = 8  # a transliterated name word may be long (누르마간베토프, 페트로파블롭스키)
_FAMILY_NAME = re.compile(rf"[가-힣]{{2,{_MAX_NAME_SYLLABLES}}}(?:-[가-힣]{{1,6}})?")  # 발머, 뒤부아-라크루아, 멘도사-탄
_ACRONYM = re.compile(r"(?=[A-Z0-9&]*[A-Z])[A-Z0-9&]{2,}")  # HBM, 5G, not an age (58)
_NAME_WORD = re.compile(rf"[가-힣]{{1,{_MAX_NAME_SYLLABLES}}}")
_MIN_UNKNOWN_GIVEN = 3  # 하넬로레: an unknown noun this long after `ORG의` may be a given name
_MAX_UNKNOWN_ORG_WORDS = 2  # `옹재혁 HD현대중공업 특수선사업부 대표`: an organisation and its division
_AGE = re.compile(r"\d{1,3}")  # `(58)`
_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial between a given name and a family name (`제임스 T. 하퍼`)
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9&.\-]{1,12}")  # `SK`, `AMD`, `Nvidia`: an organisation in Latin letters
_HANGUL_WORD = re.compile(r"[가-힣]{2,8}")


def carries_age(word: Word) -> bool:
    """`히카리(38)`: an age in parentheses after a word marks the end of a person's name."""
    return word.parenthesis is not None and _AGE.fullmatch(word.parenthesis) is not None


def is_org_word(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if kb.org(stem) is not None or org_shape(stem, strong_only=False):
        return True
    return bool(_LATIN_NAME.fullmatch(stem)) and kb.person(stem) is None


def can_be_name_part(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if not _NAME_WORD.fullmatch(stem) or no_person_name(stem) or stem in title_modifiers():
        return False
    if word.parenthesis and _ACRONYM.fullmatch(word.parenthesis):
        return False  # `고대역폭메모리(HBM)`: a term glossed by its acronym, no person's name
    if title_of(stem) or kb.org(stem) is not None or kb.is_place(stem):
        return False
    # `루체로보` read as 루체/NNP 로/JKB 보/VV: a word that starts as a proper noun, without particles
    return word.nominal() or kb.person(stem) is not None or (word.first_tag == "NNP" and stem == word.text)


def bare_korean_name(word: Word, kb: KnowledgeBase) -> bool:
    """A surname and two syllables standing alone, known as nothing else (no particle, no title; an
    age in parentheses may follow it)."""
    stem = word.bare
    if not korean_name_shape(stem) or len(stem) != KOREAN_FULL_NAME or word.stem != word.text:
        return False
    if no_person_name(stem) or kb.org(stem) is not None or kb.is_place(stem):
        return False
    return True


def korean_name(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if kb.person(stem) is not None:
        return True
    if stem in given_names():
        return False  # `마르코`: a foreign given name, though 마 is a Korean surname
    first = word.tokens[0] if word.tokens else None
    if bare_korean_name(word, kb) and first is not None and first.form == stem[0] and first.start == word.start:
        return True  # a surname read apart by Kiwi (김/NNP 창/NNG …), no particle
    if not korean_name_shape(stem) or not can_be_name_part(word, kb):
        return False
    if first is None or first.start != word.start:
        return False
    if compound_surname(stem):
        return True
    # Kiwi reads a name as a proper noun, or breaks it after the surname (김/NNP 창/NNG 하/XSV);
    # a common noun of two syllables or more at the start (고객/NNG 사) is not a name.
    return first.tag == "NNP" or len(first.form) == 1


def _name_next_to_org(last: Word, kb: KnowledgeBase) -> bool:
    """With an organisation between the name and its title (`송이담 별빛금융 회장`), a surname and
    two syllables is a name however Kiwi splits it (송이/NNG 담/NNG)."""
    # a reading that breaks the first syllable (빈지현 as 비/NNG 이/VCP ㄴ지/EC) is Kiwi forcing a verb
    # onto a rare surname, not a verb
    broken = bool(last.core) and not last.bare.startswith(last.core[0].form)
    verbal = not broken and any(t.tag.startswith(("V", "E", "XSV")) for t in last.core)
    # `차량용 전력반도체 시장`: a common noun and a suffix (차량/NNG 용/XSN) is a derived noun, no name
    derived = _derived_noun(last)
    if verbal or derived or last.bare in given_names() or title_of(last.stem):
        return False
    return bare_korean_name(last, kb) or glued_chinese_name(last)  # `린보원 톈싱반도체 총경리`


def _derived_noun(word: Word) -> bool:
    """A common noun of two syllables or more and a suffix (차량/NNG 용/XSN)."""
    core = word.core
    return len(core) == 2 and core[0].tag == "NNG" and len(core[0].form) >= 2 and core[1].tag == "XSN"


def name_before(words: list[Word], index: int, kb: KnowledgeBase, with_org: bool = False) -> tuple[int, int] | None:
    """The words [i, j) just before `index` that make a person's name, if any."""
    if index <= 0:
        return None
    last = words[index - 1]
    if with_org and _name_next_to_org(last, kb):
        return index - 1, index
    if with_org and (foreign := foreign_name_next_to_org(words, index, kb)) is not None:
        return foreign
    if last.bare in surnames() and not (index >= 2 and (foreign_part(words[index - 2], kb, family=False)
                                                        or _middle_syllable(words, index - 2, kb))):
        return None  # `남궁 대표`: a surname and a title, for coreference to resolve (but `젠슨 황`)
    if last.stem != last.text.rstrip(",") or last.sentence != words[index].sentence:
        if last.stem + "," != last.text:
            return None
    if glued_genitive(last):
        return None  # `미나토가와화학의 사장 시오바라 …`: the affiliation, read as one proper noun with its particle
    if korean_name(last, kb) and len(last.bare) >= 2 and not _foreign_given_before(words, index - 1, kb):
        # `허정민 한빛 회장`: of two name-shaped words before a title, the first is the name and the second,
        # of two syllables, its organisation (titled.py splits them); `한빛사 김철수 대표` is ORG NAME TITLE
        short = len(last.bare) == _SHORT_NAME
        return (index - 2 if short and _korean_name_before(words, index - 1, kb) else index - 1), index
    initialled = after_initial(words, index - 1, kb)
    if not initialled and (not can_be_name_part(last, kb) or not foreign_part(last, kb, family=True)):
        return None  # but `마커스 J. 웰링턴`: after a given name and an initial, a place's name is the family's
    start = given_names_before(words, index, kb)
    if index - start == 1 and len(last.bare) < 2:
        return None
    if index - start == 1 and last.first_tag != "NNP" and kb.person(last.bare) is None:
        return None
    return start, index


def name_before_unknown_org(words: list[Word], index: int, kb: KnowledgeBase):
    """`기태완 한국항공정비협의회 전무`, `옹재혁 HD현대중공업 특수선사업부 대표`, `남기로 ㈜온담케이블
    사장`: a Korean full name, then one or two words with no particle that no lexicon knows, then the
    title: those words are the organisation (with its division). The name and the organisation's
    spans, or None."""
    for width in range(1, _MAX_UNKNOWN_ORG_WORDS + 1):
        start = index - width - 1
        if start < 0:
            return None
        name, between = words[start], words[start + 1: index]
        if any(w.sentence != words[index].sentence or w.stem != w.text or title_of(w.stem)
               or (korean_name_shape(w.bare) and not _common_noun(w)) or w.bare in not_person_words() for w in between):
            return None
        named = korean_name(name, kb) and _name_next_to_org(name, kb)
        if named and name.stem == name.text and name.sentence == words[index].sentence \
                and (start == 0 or not bare_korean_name(words[start - 1], kb)):
            return (start, start + 1), (between[0].start, between[-1].stem_end)
    return None


def _common_noun(word: Word) -> bool:
    """`연구소`, `재단`: Kiwi knows the word as one common noun, though it is shaped like a Korean name."""
    return len(word.core) == 1 and word.core[0].tag == "NNG" and word.core[0].form == word.bare


def foreign_name_next_to_org(words: list[Word], index: int, kb: KnowledgeBase) -> tuple[int, int] | None:
    """`아난드 크리슈나무르티 타라파워 회장`: with an organisation between the name and its title, a
    given name and a word Kiwi reads only as noun pieces (or an interjection) make a foreign name."""
    last = words[index - 1]
    stem = last.bare
    if index < 2 or last.stem != last.text or not _HANGUL_WORD.fullmatch(stem):
        return None
    if no_person_name(stem) or title_of(last.stem) or kb.org(stem) is not None or kb.is_place(stem):
        return None
    if not last.core or not all(t.tag.startswith("NN") or t.tag == "IC" for t in last.core):
        return None
    start = given_names_before(words, index, kb)
    return (start, index) if start < index - 1 else None


def _korean_name_before(words: list[Word], index: int, kb: KnowledgeBase) -> bool:
    if index < 1:
        return False
    previous = words[index - 1]
    if previous.sentence != words[index].sentence or previous.stem != previous.text:
        return False
    # the organisation after it vouches for the name however Kiwi reads it (a Chinese name as one common noun)
    return len(previous.bare) >= 2 and (korean_name(previous, kb) or _name_next_to_org(previous, kb))


def given_names_before(words: list[Word], index: int, kb: KnowledgeBase) -> int:
    """Where a transliterated name ending with words[index - 1] begins."""
    last = words[index - 1]
    start = index - 1
    while start > 0 and index - start - _initials(words[start:index]) < _MAX_NAME_WORDS:
        previous = words[start - 1]
        if _initial_after_given(words, start - 1, kb):
            start -= 2  # `조슈아 T. 브래넌`: the initial and the given name before it
            continue
        if _middle_syllable(words, start - 1, kb):
            start -= 1  # `메리 앤 …`: a middle name of one syllable; the given name before it comes next
            continue
        if previous.sentence != last.sentence or not (foreign_part(previous, kb, family=False)
                                                      or _given_after_affiliation(words, start - 1, kb)):
            break
        if _another_kind(previous, kb):
            break
        if _ends_in_affiliation_or_place(previous):
            break  # `노르스크시핑의 크누트 하우게`: the affiliation, read as one proper noun with its particle
        start -= 1
    # `알마텍 드미트리 페트로프 회장`: a word shaped like an organisation before a known given name is
    # the organisation, not a first given name (`빌럼 알렉산더 …` keeps its first word)
    first, second = words[start].bare, words[start + 1].bare if start + 1 < index else ""
    if index - start > 2 and second in given_names() and first not in given_names() and org_shape(first, strong_only=False):
        start += 1
    return start


def glued_genitive(word: Word) -> bool:
    """`보르바토그룹의` read by Kiwi as one proper noun: an organisation's name and the genitive."""
    text = word.text.rstrip(",")
    return any(text.endswith(particle) and org_shape(text[:-len(particle)], strong_only=False)
               for particle in particles("of"))


def _ends_in_affiliation_or_place(word: Word) -> bool:
    """A word before a name that ends in the genitive (`노르스크시핑의`) or in a particle of place
    (`볼프스부르크에서`), however Kiwi reads it: no transliterated given name ends so, so it tells the
    affiliation or the place, never a part of the name."""
    text = word.text.rstrip(",")
    return word.bare not in given_names() and any(
        text.endswith(particle) and len(text) > len(particle) for particle in particles("of") + particles("place"))


def is_initial(word: Word) -> bool:
    return _INITIAL.fullmatch(word.text) is not None


def name_text(words: list[Word]) -> str:
    """The name the words make, an initial keeping its period (`레이철 Q. 애버내시`)."""
    return " ".join(w.text if is_initial(w) else w.bare for w in words)


def after_initial(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """words[k] follows a given name and an initial: a family name, even one spelt like a place."""
    return _initial_after_given(words, k - 1, kb) and _FAMILY_NAME.fullmatch(words[k].bare) is not None


def _foreign_given_before(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """words[k], shaped like a Korean name (`오언스`: 오 and two syllables), ends a foreign name when a
    known foreign given name or an initial stands right before it (`다니엘라 오언스`, `레이철 M. 손더스`)."""
    if after_initial(words, k, kb):
        return True
    if k < 1 or words[k - 1].sentence != words[k].sentence or words[k - 1].stem != words[k - 1].text:
        return False
    given = words[k - 1].bare
    if given in given_names() and given not in ambiguous_given_names():
        return True
    return _introduced_foreign_given(words, k - 1, kb)


def _introduced_foreign_given(words: list[Word], g: int, kb: KnowledgeBase) -> bool:
    """`한결소재의 잉가 솔바크 하우센 사장`, `장남인 미즈노하라 유토 상무`: after an affiliation in the genitive
    or a copula clause, proper nouns shaped like no Korean name or organisation start a transliterated
    name, and the Korean-shaped word before the title is its last part."""
    start = g
    while start > 0 and g - start < _MAX_NAME_WORDS - 2 and _foreign_given(words[start - 1], kb):
        start -= 1  # the last word and up to two given names
    if start == 0 or not all(_foreign_given(w, kb) for w in words[start: g + 1]):
        return False
    opener = words[start - 1]
    tags = tuple(t.tag for t in opener.tokens[-2:])
    genitive = tags[-1:] == ("JKG",) or glued_genitive(opener)
    return opener.sentence == words[g].sentence and (tags == ("VCP", "ETM") or genitive)


def _foreign_given(word: Word, kb: KnowledgeBase) -> bool:
    """A proper noun with no particle, shaped like no Korean name (unless a known given name), no organisation."""
    korean = korean_name_shape(word.bare) and word.bare not in given_names()
    return (word.stem == word.text and word.first_tag == "NNP" and len(word.core) == 1 and not korean
            and not is_org_word(word, kb) and not _another_kind(word, kb) and foreign_part(word, kb, family=False))


def _initials(words: list[Word]) -> int:
    return sum(1 for w in words if is_initial(w))


def _initial_after_given(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """A Latin initial at k with a given name right before it, in one sentence: the middle of one
    transliterated name, which Kiwi reads as a foreign letter and a period."""
    if k < 1 or not is_initial(words[k]) or _initials(words[k - 1: k]):
        return False
    given = words[k - 1]  # not an affiliation glued to its genitive (`바라트넷의 P. …`)
    return given.sentence == words[k].sentence and foreign_part(given, kb, family=False) \
        and not _another_kind(given, kb) and not _ends_in_affiliation_or_place(given)


def _middle_syllable(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """words[k] is a middle name of one syllable (`앤`, `리`, `싱`): a proper noun to Kiwi, right after a
    transliterated given name of two syllables or more in the same sentence. Alone, one syllable is too
    like a surname or a word to start or end a name; between a given name and the rest it is a part."""
    if k < 1 or k + 1 >= len(words):
        return False
    word, given = words[k], words[k - 1]
    if len(word.bare) != 1 or word.stem != word.text or word.first_tag != "NNP" or len(word.core) != 1:
        return False
    if not (given.sentence == word.sentence == words[k + 1].sentence) or len(given.bare) < _SHORT_NAME:
        return False
    if title_of(word.stem) or _another_kind(given, kb):
        return False
    return foreign_part(given, kb, family=False) and not korean_name(given, kb)


def _another_kind(word: Word, kb: KnowledgeBase) -> bool:
    """The word is an organisation, a place or a title the knowledge base or lexicon knows: no part of a name."""
    return kb.org(word.bare) is not None or kb.is_place(word.bare) or bool(title_of(word.stem))


def _given_after_affiliation(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """`슈바르츠발트오토의 하넬로레 바이스 이사`: right after an affiliation in the genitive, a word Kiwi
    reads as one unknown noun (of three syllables or more) starts the name."""
    word = words[k]
    if k == 0 or words[k - 1].sentence != word.sentence or word.stem != word.text:
        return False
    affiliation = words[k - 1].tokens
    if not affiliation or affiliation[-1].tag != "JKG" or words[k - 1].first_tag != "NNP":
        return False
    stem = word.bare
    core = word.core
    return (len(core) == 1 and core[0].tag in ("NNG", "NNP") and len(stem) >= _MIN_UNKNOWN_GIVEN
            and _NAME_WORD.fullmatch(stem) is not None and stem not in not_given_names()
            and stem not in not_person_words() and not title_of(stem) and kb.org(stem) is None
            and not kb.is_place(stem))


def foreign_part(word: Word, kb: KnowledgeBase, family: bool) -> bool:
    """A word of a transliterated name. The family name (last word) is a proper noun or pieces
    Kiwi could not read (재/XPN 시/NNG); a given name has two syllables or more and holds no
    common noun (`아시아 담당` is a remit, not a name)."""
    stem = word.bare
    if kb.person(stem) is not None:
        return True
    core = word.core
    if not core:
        return False
    if family:
        return word.first_tag == "NNP" or all(len(t.form) == 1 and t.tag in ("NNG", "NNP", "XPN", "XSN", "NNB") for t in core)
    if not _NAME_WORD.fullmatch(stem) or stem in not_given_names() or word.stem != word.text:
        return False
    if len(stem) < 2 and stem not in given_names():
        return False
    fragments = len(stem) >= 2 and all(len(t.form) == 1 and not t.tag.startswith(("J", "E", "V", "X")) for t in core)
    # `장뤼크` (장/NNP 뤼크/NNP), `루시아나` (루시/NNP 아나/NNP): a name Kiwi cuts into proper nouns
    proper_pieces = len(core) > 1 and all(t.tag == "NNP" for t in core) and not org_shape(stem, strong_only=False)
    return word.first_tag == "NNP" and len(core) == 1 or stem in given_names() or fragments or proper_pieces


def _titled_after(words: list[Word], k: int, kb: KnowledgeBase) -> bool:
    """A title at words[k], or an organisation and then a title."""
    for word in words[k: k + 2]:
        if title_of(word.stem):
            return True
        if word.stem != word.text or not is_org_word(word, kb):
            return False
    return False


def anchored_foreign_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`스티브 발머에 이어`: a known foreign given name and the family name after it, no title needed."""
    found = []
    for k, (given, family) in enumerate(zip(words, words[1:])):
        if given.stem != given.text or given.bare not in given_names() or given.sentence != family.sentence:
            continue
        stem = family.bare
        # `제니퍼 박`: a Korean-American name, a foreign given name and a Korean surname
        korean = stem in surnames() and len(stem) == 1 and given.bare not in ambiguous_given_names()
        if not (_FAMILY_NAME.fullmatch(stem) or korean) or title_of(family.stem) or kb.org(stem) or kb.is_place(stem):
            continue
        core = family.core
        proper = family.first_tag == "NNP" or "-" in stem  # Kiwi reads no hyphenated name (`뒤부아-라크루아`)
        # `이사벨 로하스 안데스미네랄 회장` (로/JKB 하스): a title after it vouches for the family name however Kiwi cuts it
        proper = proper or (family.stem == family.text and _titled_after(words, k + 2, kb))
        unknown = len(core) == 1 and core[0].tag in ("NNG", "NNP") and len(core[0].form) >= 2
        if proper or korean or (unknown and given.bare not in ambiguous_given_names()):
            name = f"{given.bare} {stem}"
            found.append(Mention(given.start, family.start + len(stem), name, "PERSON", "title", name=name))
    return found
