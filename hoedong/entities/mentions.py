"""Finding mentions: the places in a body that name a person, organisation, place or product.

Several recognisers each propose mentions; overlaps are settled at the end. People come from
the knowledge base, from titles (`김창한 크래프톤 대표`, `ORG의 NAME TITLE`, `ORG TITLE NAME`),
from English in parentheses, and from `SURNAME TITLE` (`이 회장`); names found by context are
then looked for everywhere else in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from hoedong.entities.lexicon import (
    MODIFIERS,
    compound_surname,
    PARTICLE_CHARS,
    is_suffix_word,
    org_suffix_strength,
    korean_name_shape,
    not_person_words,
    org_shape,
    surnames,
    title_of,
    titles,
)
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase, family_name_of
from hoedong.resources import word_list


@cache
def given_names() -> frozenset[str]:
    return frozenset(word_list("given_names.txt"))

_ENGLISH_NAME = re.compile(r"\(\s*(?P<en>[A-Z][a-z]+(?:[ -][A-Z][a-zA-Z'\-]+){1,2})\s*\)")
_SITE_ENDINGS = ("사옥", "본사", "본점", "공장", "캠퍼스", "호텔", "공항", "청사", "연구소", "센터", "자택", "관저")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | PLACE | PRODUCT | PROJECT
    how: str  # kb | title | apposition | english | surname_title | family_name | context | shape
    kb_key: str | None = None
    name: str | None = None  # the name this mention gives (full for names, the surname for `이 회장`)
    titles: tuple[str, ...] = ()
    org: tuple[int, int] | None = None  # the organisation named with the title, as a span
    name_en: str | None = None
    title_span: tuple[int, int] | None = None

    @property
    def partial(self) -> bool:
        return self.how in ("surname_title", "family_name")


# ---- the knowledge base and the lexicon, matched over the body ---------------------------------

@dataclass(frozen=True)
class _Form:
    type: str
    kb_key: str
    name: str


@cache
def _gazetteer(kb: KnowledgeBase) -> tuple[re.Pattern, dict[str, _Form]]:
    forms: dict[str, _Form] = {}
    for person in kb.people:
        for form in (person.name, *person.aliases):
            forms.setdefault(form, _Form("PERSON", person.key, person.name))
    for org in kb.orgs:
        for form in (org.name, *org.aliases):
            if org.kind == "project":
                forms.setdefault(form, _Form("PROJECT", org.key, org.name))
            else:
                forms.setdefault(form, _Form("ORG", org.key, org.name))
    for place in kb.places:
        for form in (place.name, *place.aliases):
            forms.setdefault(form, _Form("PLACE", f"place:{place.name}", place.name))
    for product in kb.products:
        for form in (product.name, *product.aliases):
            kind = "PROJECT" if product.kind == "project" else "PRODUCT"
            forms.setdefault(form, _Form(kind, f"{kind.lower()}:{product.name}", product.name))
    usable = [f for f in forms if len(f) >= 2 and not (f.isascii() and len(f) <= 2 and not f.isupper())]
    alternatives = "|".join(re.escape(f) for f in sorted(usable, key=len, reverse=True))
    pattern = re.compile(rf"(?<![가-힣A-Za-z0-9])(?:{alternatives})")
    return pattern, forms


def _followed_by_particles(body: str, end: int) -> bool:
    """A name ends where its word ends or where particles begin (오픈AI와의, 삼성전자가)."""
    rest = re.match(r"[가-힣A-Za-z0-9]*", body[end:]).group()
    if not rest:
        return True
    if rest[0].isascii():
        return False
    return len(rest) <= 4 and set(rest) <= PARTICLE_CHARS


def gazetteer_mentions(body: str, kb: KnowledgeBase) -> list[Mention]:
    pattern, forms = _gazetteer(kb)
    found = []
    for match in pattern.finditer(body):
        if not _followed_by_particles(body, match.end()):
            continue
        form = forms[match.group()]
        found.append(Mention(match.start(), match.end(), match.group(), form.type, "kb", form.kb_key, form.name))
    return found


# ---- people by their titles -----------------------------------------------------------------------

def _is_org_word(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if kb.org(stem) is not None or org_shape(stem, strong_only=False):
        return True
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&.\-]{1,12}", stem)) and kb.person(stem) is None


def _place_word(stem: str, kb: KnowledgeBase) -> bool:
    return kb.is_place(stem)


def _can_be_name_part(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if not re.fullmatch(r"[가-힣]{1,6}", stem) or stem in not_person_words() or stem in MODIFIERS:
        return False
    if title_of(stem) or kb.org(stem) is not None or _place_word(stem, kb):
        return False
    # `루체로보` read as 루체/NNP 로/JKB 보/VV: a word that starts as a proper noun, without particles
    return word.nominal() or kb.person(stem) is not None or (word.first_tag == "NNP" and stem == word.text)


def _korean_name(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    if kb.person(stem) is not None:
        return True
    if stem in given_names():
        return False  # `마르코`: a foreign given name, though 마 is a Korean surname
    first = word.tokens[0] if word.tokens else None
    if korean_name_shape(stem) and len(stem) == 3 and stem == word.text and first is not None \
            and first.form == stem[0] and first.start == word.start and stem not in not_person_words() \
            and kb.org(stem) is None and not _place_word(stem, kb):
        return True  # a surname read apart by Kiwi (김/NNP 창/NNG …), no particle
    if not korean_name_shape(stem) or not _can_be_name_part(word, kb):
        return False
    if first is None or first.start != word.start:
        return False
    if compound_surname(stem):
        return True
    # Kiwi reads a name as a proper noun, or breaks it after the surname (김/NNP 창/NNG 하/XSV);
    # a common noun of two syllables or more at the start (고객/NNG 사) is not a name.
    return first.tag == "NNP" or len(first.form) == 1


def _name_before(words: list[Word], index: int, kb: KnowledgeBase, with_org: bool = False) -> tuple[int, int] | None:
    """The words [i, j) just before `index` that make a person's name, if any. With an organisation
    between the name and its title (`송이담 별빛금융 회장`), a surname and two syllables is a name
    however Kiwi splits it (송이/NNG 담/NNG)."""
    if index <= 0:
        return None
    last = words[index - 1]
    verbal = any(t.tag.startswith(("V", "E", "XSV")) for t in last.core)
    if with_org and not verbal and last.bare not in given_names() and korean_name_shape(last.bare) \
            and len(last.bare) == 3 and last.bare == last.text \
            and last.bare not in not_person_words() and kb.org(last.bare) is None and not _place_word(last.bare, kb) \
            and not title_of(last.stem):
        return index - 1, index
    if last.bare in surnames() and not (index >= 2 and _foreign_part(words[index - 2], kb, family=False)):
        return None  # `남궁 대표`: a surname and a title, for coreference to resolve (but `젠슨 황`)
    if last.stem != last.text.rstrip(",") or last.sentence != words[index].sentence:
        if last.stem + "," != last.text:
            return None
    if _korean_name(last, kb) and len(last.bare) >= 2:
        return index - 1, index
    if not _can_be_name_part(last, kb):
        return None
    start = index - 1
    if not _foreign_part(last, kb, family=True):
        return None
    while start > 0 and index - start < 3:
        previous = words[start - 1]
        if previous.sentence != last.sentence or not _foreign_part(previous, kb, family=False):
            break
        if kb.org(previous.bare) is not None or _place_word(previous.bare, kb) or title_of(previous.stem):
            break
        start -= 1
    if index - start == 1 and len(last.bare) < 2:
        return None
    if index - start == 1 and last.first_tag != "NNP" and kb.person(last.bare) is None:
        return None
    return start, index


_NOT_GIVEN_NAMES = frozenset("지난 오는 이번 새로운 다른 모든 여러 각 한 두 세 네 그 이 저 새 첫 옛 또 및 등".split())


def _foreign_part(word: Word, kb: KnowledgeBase, family: bool) -> bool:
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
    if not re.fullmatch(r"[가-힣]{1,6}", stem) or stem in _NOT_GIVEN_NAMES or word.stem != word.text:
        return False
    if len(stem) < 2 and stem not in given_names():
        return False
    fragments = len(stem) >= 2 and all(len(t.form) == 1 and not t.tag.startswith(("J", "E", "V", "X")) for t in core)
    return word.first_tag == "NNP" and len(core) == 1 or stem in given_names() or fragments


def titled_people(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`NAME [ORG…] [당시] TITLE [TITLE]` and `ORG NAME TITLE` and `ORG의 NAME TITLE`."""
    found: list[Mention] = []
    i = 0
    while i < len(words):
        title = title_of(words[i].stem)
        if title is None or _chain_goes_on(words, i):
            i += 1
            continue
        first_title = i
        while first_title > 0:
            before = words[first_title - 1]
            if title_of(before.stem) and before.stem == before.text:
                first_title -= 1
            elif before.stem == "겸" and first_title > 1 and title_of(words[first_title - 2].stem):
                first_title -= 2  # `대표이사 부회장 겸 DX부문장`
            else:
                break
        j = first_title
        while j > 0 and words[j - 1].stem in MODIFIERS:
            j -= 1
        if j > 1 and words[j - 1].stem.endswith("담당"):
            j -= 2 if words[j - 1].stem == "담당" else 1  # `아시아 담당 본부장`: the remit is part of the title
        org_end = j
        while j > 0 and org_end - j < 3 and words[j - 1].sentence == words[i].sentence \
                and (_is_org_word(words[j - 1], kb) or _place_word(words[j - 1].bare, kb)) \
                and words[j - 1].stem == words[j - 1].text.rstrip(","):
            j -= 1
        if j < org_end and j > 0 and is_suffix_word(words[j].bare) and words[j - 1].first_tag == "NNP" \
                and not _korean_name(words[j - 1], kb):
            j -= 1  # 케슬러 로보틱: a proper noun before a bare ending belongs to the organisation
        slot_start = j
        while slot_start < org_end - 1 and _place_word(words[slot_start].bare, kb):
            slot_start += 1
        org = (words[slot_start].start, words[org_end - 1].stem_end) if j < org_end else None
        while j > 0 and words[j - 1].stem in MODIFIERS:
            j -= 1
        span = _name_before(words, j, kb, with_org=org is not None)
        if span is not None and org is None:
            span, org = _name_then_place_then_org(words, span, kb)
        if span is not None and org is None:
            span, org = _name_then_org(words, span, kb)
        elif span is None and org is None and j >= 2 and words[j - 1].nominal() and words[j - 1].stem == words[j - 1].text:
            retry, unknown_org = _name_then_place_then_org(words, (j - 1, j), kb)
            if unknown_org is not None:
                span, org = retry, unknown_org
        if span is not None:
            s, e = span
            name = " ".join(w.bare for w in words[s:e])
            if org is None:
                org = _org_before(words, s, kb)
            titles_here = tuple(w.bare.strip(",") for w in words[first_title: i + 1] if title_of(w.stem) and w.stem != "겸")
            found.append(Mention(words[s].start, words[e - 1].start + len(words[e - 1].bare), name, "PERSON",
                                 "title", name=name, titles=titles_here, org=org,
                                 name_en=words[e - 1].parenthesis if _ENGLISH_NAME.match(f"({words[e - 1].parenthesis})") else None,
                                 title_span=(words[first_title].start, words[i].stem_end)))
        else:
            apposition = _name_after(words, i, kb)
            if apposition is not None:
                s, e = apposition
                name = " ".join(w.bare for w in words[s:e])
                org = _org_before(words, first_title, kb)
                found.append(Mention(words[s].start, words[s].start + len(name), name, "PERSON", "apposition",
                                     name=name, titles=(words[i].bare,), org=org))
        i += 1
    return found


def _name_then_place_then_org(words: list[Word], span: tuple[int, int], kb: KnowledgeBase):
    """`프리야 메논 인도 타타넥스 부사장`, `마르코 펠레티 당시 루미에라 CTO`: a place or `당시`
    between two proper nouns makes the second the organisation and the first the name."""
    s, e = span
    separator = words[s - 1] if s >= 2 else None
    if separator is not None and separator.stem == separator.text and (
            _place_word(separator.bare, kb) or separator.stem in MODIFIERS):
        earlier = _name_before(words, s - 1, kb)
        if earlier is not None:
            return earlier, (words[s].start, words[e - 1].stem_end)
    return span, None


def _chain_goes_on(words: list[Word], i: int) -> bool:
    """`대표이사 부회장 겸 DX부문장`: only the last title of a chain makes the mention."""
    if i + 1 >= len(words) or words[i].stem != words[i].text.rstrip(","):
        return False
    nxt = words[i + 1]
    if nxt.stem == "겸":
        return i + 2 < len(words) and bool(title_of(words[i + 2].stem))
    return bool(title_of(nxt.stem)) and words[i].stem == words[i].text


def _name_then_org(words: list[Word], span: tuple[int, int], kb: KnowledgeBase):
    """`송이담 별빛금융 대표`: a Korean full name never starts a foreign name, so what follows it
    is the organisation; `클레어 몬태규 브라이트웨일 CEO`, with `몬태규` standing alone elsewhere,
    reads the same way."""
    s, e = span
    if e - s < 2:
        return span, None
    first = words[s]
    if _korean_name(first, kb) and kb.person(" ".join(w.bare for w in words[s:e])) is None:
        return (s, s + 1), (words[s + 1].start, words[e - 1].stem_end)
    if e - s == 3 and (words[s + 1].bare in _standing_alone(words) or words[s + 1].bare not in given_names()):
        # three-word names are rare; `라르스 뵈르케 베스트피요르 CEO` is a name and an organisation
        # unless the middle word is itself a given name (`아나 루시아 페레이라`)
        return (s, s + 2), (words[s + 2].start, words[e - 1].stem_end)
    return span, None


def _standing_alone(words: list[Word]) -> set[str]:
    """Words that appear once on their own before a title (`몬태규 CEO는`): family names."""
    alone = set()
    for before, word, after in zip([None] + words, words, words[1:] + [None]):
        if after is not None and title_of(after.stem) and (before is None or not before.first_tag == "NNP"):
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
    if _is_org_word(previous, kb) and (previous.stem == previous.text or previous.text == stem + "의"):
        return previous.start, previous.start + len(stem)
    return None


def _name_after(words: list[Word], index: int, kb: KnowledgeBase) -> tuple[int, int] | None:
    """`엔비디아 CEO 젠슨 황이`: a title without particles, then the name."""
    word = words[index]
    if word.stem != word.text or index + 1 >= len(words) or words[index + 1].sentence != word.sentence:
        return None
    if index == 0 or not _is_org_word(words[index - 1], kb):
        return None
    nxt = words[index + 1]
    if _korean_name(nxt, kb):
        return index + 1, index + 2
    if index + 2 < len(words) and nxt.first_tag == "NNP" and nxt.stem == nxt.text and _can_be_name_part(nxt, kb):
        after = words[index + 2]
        if after.sentence == word.sentence and _can_be_name_part(after, kb) and after.stem != after.text:
            return index + 1, index + 3
    return None


# ---- English names, surname + title, family names ---------------------------------------------

def english_mentions(body: str, kb: KnowledgeBase) -> list[Mention]:
    """`(Mark Zuckerberg)`: the English form of a name just before it, or a name on its own."""
    found = []
    for match in _ENGLISH_NAME.finditer(body):
        person = kb.person(match["en"])
        if person is not None:
            found.append(Mention(match.start("en"), match.end("en"), match["en"], "PERSON", "english",
                                 person.key, person.name, name_en=match["en"]))
    return found


@cache
def _surname_title_pattern() -> re.Pattern:
    heads = "|".join(sorted(map(re.escape, surnames()), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, titles()), key=len, reverse=True))
    modifier = r"(?:(?:전|前|현|現|당시)\s?)?"
    return re.compile(rf"(?<![가-힣A-Za-z0-9])(?P<surname>{heads})\s?{modifier}(?P<title>{names})(?![가-힣A-Za-z])|"
                      rf"(?<![가-힣A-Za-z0-9])(?P<surname2>{heads})\s?{modifier}(?P<title2>{names})(?=[가-힣]{{1,3}}(?![가-힣]))")


def surname_title_mentions(body: str) -> list[Mention]:
    """`이 회장`, `손 회장`, `尹 대통령`, `권 CSO`: a person by surname and title."""
    found = []
    for match in _surname_title_pattern().finditer(body):
        surname = match["surname"] or match["surname2"]
        title = match["title"] or match["title2"]
        end = match.start("title") + len(title) if match["title"] else match.start("title2") + len(title)
        if match["title2"] and not _followed_by_particles(body, end):
            continue
        found.append(Mention(match.start(), end, body[match.start():end], "PERSON", "surname_title",
                             name=surnames()[surname], titles=(title,)))
    return found


def family_name_mentions(body: str, people: list[tuple[str, str | None]]) -> list[Mention]:
    """`저커버그가`, `올트먼 CEO`: the last word of a multi-word name, on its own."""
    found = []
    title_after = _title_after()
    for full, key in people:
        parts = full.split()
        if len(parts) < 2:
            continue
        family = family_name_of(full)
        first = family == parts[0]  # a Japanese name, family name first
        for match in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(family)}", body):
            before = body[max(0, match.start() - len(parts[-2]) - 1): match.start()]
            inside = body[match.end():].startswith(" " + parts[1]) if first else before.strip() == parts[-2]
            if inside or not _followed_by_particles(body, match.end()):
                continue
            titled = title_after.match(body, match.end())
            if len(family) == 1 and titled is None:
                continue  # `수 CEO`: a one-syllable family name counts only with its title
            found.append(Mention(match.start(), match.end(), family, "PERSON", "family_name", key, name=full,
                                 titles=(titled["title"],) if titled else (),
                                 title_span=titled.span("title") if titled else None))
    return found


@cache
def _title_after() -> re.Pattern:
    names = "|".join(sorted(map(re.escape, titles()), key=len, reverse=True))
    return re.compile(rf" (?P<title>{names})(?![가-힣A-Za-z]{{4}})")


# ---- organisations, places and products by their shape ------------------------------------------

def shaped_mentions(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    found = []
    for before, word in zip(words, words[1:]):
        # `케슬러 로보틱은`: a proper noun and a word that is itself an organisation ending
        if is_suffix_word(word.bare) and org_suffix_strength(word.bare) == "strong" and before.sentence == word.sentence \
                and before.stem == before.text and before.first_tag == "NNP" and kb.person(before.bare) is None \
                and not _place_word(before.bare, kb) and re.fullmatch(r"[가-힣A-Za-z]{2,10}", before.bare):
            name = f"{before.bare} {word.bare}"
            found.append(Mention(before.start, word.start + len(word.bare), name, "ORG", "shape", name=name))
    for word in words:
        stem = word.bare
        if not re.fullmatch(r"[가-힣A-Za-z0-9]{3,20}", stem):
            continue
        strong = org_shape(stem) and (word.first_tag == "NNP" or len(stem) >= 4)
        weak = org_shape(stem, strong_only=False) and word.first_tag == "NNP" and len(word.core) == 1 \
            and re.fullmatch(r"[가-힣]{3,12}", stem) and kb.person(stem) is None
        if (strong or weak) and word.nominal():
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
        elif stem.endswith(_SITE_ENDINGS) and len(stem) > 3 and word.nominal() and word.first_tag == "NNP":
            found.append(Mention(word.start, word.start + len(stem), stem, "PLACE", "shape", name=stem))
    return found


# Given names that are also everyday words need a proper noun after them to start a name.
_AMBIGUOUS_GIVEN = frozenset("마크 크리스 팀 존 빌 잭 짐 밥 벤 톰 폴 레이 조 미라 마리 앤 켄 윌 닉 필 샘 장".split())


def anchored_foreign_names(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`스티브 발머에 이어`: a known foreign given name and the family name after it, no title needed."""
    found = []
    for given, family in zip(words, words[1:]):
        if given.stem != given.text or given.bare not in given_names() or given.sentence != family.sentence:
            continue
        stem = family.bare
        if not re.fullmatch(r"[가-힣]{2,6}", stem) or title_of(family.stem) or kb.org(stem) or _place_word(stem, kb):
            continue
        core = family.core
        proper = family.first_tag == "NNP"
        unknown = len(core) == 1 and core[0].tag in ("NNG", "NNP") and len(core[0].form) >= 2
        if proper or (unknown and given.bare not in _AMBIGUOUS_GIVEN):
            name = f"{given.bare} {stem}"
            found.append(Mention(given.start, family.start + len(stem), name, "PERSON", "title", name=name))
    return found


@cache
def _company_nouns() -> frozenset[str]:
    return frozenset(word_list("company_nouns.txt"))


def introduced_orgs(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`스타트업 온누리셀을`: a proper noun right after a noun that says it is a company."""
    found = []
    for before, word in zip(words, words[1:]):
        if before.stem != before.text or before.stem not in _company_nouns() or before.sentence != word.sentence:
            continue
        stem = word.bare
        if re.fullmatch(r"[가-힣A-Za-z0-9]{2,15}", stem) and word.first_tag in ("NNP", "SL") and word.nominal() \
                and kb.person(stem) is None and not title_of(word.stem):
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def coordinated_orgs(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`구름소프트는 파리젠과`, `가온반도체와 바르나클라우드가`: a proper noun joined to an
    organisation by `와/과`, `·` or a comma is an organisation too."""
    orgs = [(m.start, m.end) for m in mentions if m.type == "ORG"]
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for one, other in zip(words, words[1:]):
        if one.sentence != other.sentence:
            continue
        joined = one.text[len(one.stem):] in ("와", "과", ",", "·") or one.text.endswith(("와", "과"))
        for known, unknown in ((one, other), (other, one)):
            if not joined or not any(s <= known.start < e for s, e in orgs):
                continue
            stem = unknown.bare
            if any(s <= unknown.start < e for s, e in taken) or unknown.first_tag != "NNP":
                continue
            if re.fullmatch(r"[가-힣A-Za-z]{2,12}", stem) and kb.person(stem) is None and not _place_word(stem, kb) \
                    and not title_of(unknown.stem) and stem not in given_names():
                found.append(Mention(unknown.start, unknown.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


_OBJECT_PARTICLES = ("을", "를")
_DEAL_PARTICLES = ("와", "과", "와의", "과의", "에", "로부터", "으로부터", "에게서", "은", "는", "이", "가")


def deal_counterparts(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`파리젠과의 전략적 제휴`, `베스트피요르에 1000억원 규모의 지분 투자`, `별빛금융으로부터 … 투자`:
    a proper noun that a partnership or investment word takes as its counterpart is an organisation."""
    from hoedong.events.lexicon import triggers

    deal_words = {form for (form, _), t in triggers().items() if t.type in ("PARTNER", "INVEST")}
    taking_objects = {form for (form, _), t in triggers().items() if t.object_is_target}
    taken = [(m.start, m.end) for m in mentions]
    families = {(m.name or "").split()[-1] for m in mentions if m.type == "PERSON" and m.name}
    found = []
    for i, word in enumerate(words):
        particle = word.text[len(word.stem):].rstrip(",.")
        stem = word.bare
        objected = particle in _OBJECT_PARTICLES  # `하만을 인수`: the object of a word that buys it
        if (particle not in _DEAL_PARTICLES and not objected) or any(s <= word.start < e for s, e in taken):
            continue
        if not re.fullmatch(r"[가-힣A-Za-z]{2,12}", stem) or kb.person(stem) or _place_word(stem, kb) or title_of(stem) \
                or stem in families:
            continue
        named_like = org_shape(stem, strong_only=False) or (word.first_tag == "NNP" and particle not in ("은", "는", "이", "가"))
        if not named_like or stem in given_names():
            continue
        ahead = [t.form for w in words[i + 1: i + 8] if w.sentence == word.sentence for t in w.core]
        if any(form in (taking_objects if objected else deal_words) for form in ahead):
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def names_found_elsewhere(body: str, mentions: list[Mention]) -> list[Mention]:
    """A name found once by context (a title) is a mention wherever else it stands."""
    found = []
    known = {(m.name, m.type) for m in mentions if m.how in ("title", "apposition", "shape") and m.name and len(m.name) >= 2}
    for name, kind in sorted(known):
        for match in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}", body):
            if _followed_by_particles(body, match.end()):
                found.append(Mention(match.start(), match.end(), name, kind, "context", name=name))
    return found


def settle(mentions: list[Mention]) -> list[Mention]:
    """Keep one mention per span: full names before partial ones (`제이슨 권` over `권 CSO`),
    then the longest, and of equals the best-evidenced."""
    rank = {"title": 0, "apposition": 0, "kb": 1, "english": 1, "context": 2, "surname_title": 3, "family_name": 3, "shape": 4}
    ordered = sorted(mentions, key=lambda m: (m.partial, -(m.end - m.start), rank.get(m.how, 9), m.start))
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in ordered:
        if any(mention.start < e and s < mention.end for s, e in taken):
            cover = next((k for k in kept if k.start <= mention.start and mention.end <= k.end and k.type == mention.type), None)
            if cover is not None and not mention.partial:
                kept[kept.index(cover)] = _merge(cover, mention)
            continue
        kept.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)


def _merge(first: Mention, second: Mention) -> Mention:
    """Two readings of one span: keep the knowledge-base link and every title."""
    titles_ = first.titles + tuple(t for t in second.titles if t not in first.titles)
    return replace(first, kb_key=first.kb_key or second.kb_key, titles=titles_,
                   how="title" if first.how == "kb" and second.titles else first.how,
                   org=first.org or second.org, name_en=first.name_en or second.name_en,
                   title_span=first.title_span or second.title_span)
