"""Organisations and places the knowledge base does not know, by their shape or their context.

Shape: a name ending like an organisation's (lexicon/org_suffixes.tsv: `루미나랩스`, `케슬러
로보틱`) or a site's (lexicon/site_endings.txt: `평택캠퍼스`). Context: the noun that introduces it
(introduced.py, lexicon/company_nouns.txt: `스타트업 온누리셀`), the organisation a list joins it to (`구름소프트는
파리젠과`), the deal word that takes it as a counterpart (`파리젠과의 제휴`, `하만을 인수`; particles
from lexicon/name_particles.tsv, deal words from lexicon/triggers.tsv), the list or government word
of a local body (`충청남도와 당진시가`, `안드라프라데시주 정부는`; lexicon/local_government.tsv), the
group whose own name an affiliate takes (`태산홀딩스` … `태산배터리`). An organisation read from a
person's title (`ORG NAME TITLE`, `ORG의 NAME TITLE`) is employers.py's.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.entities.lexicon import (
    buying_words,
    deal_words,
    industry_terms,
    given_names,
    inland_place,
    is_suffix_word,
    legal_forms,
    local_government_words,
    longest_org_suffix,
    org_shape,
    org_suffix_strength,
    org_suffixes,
    particles,
    site_endings,
    stake_words,
    title_of,
)
from hoedong.entities.introduced import company_noun, glued_particle_cut, glued_tail_letters, introduced_at
from hoedong.entities.mentions import Mention, settle
from hoedong.entities.words import Word
from hoedong.knowledge import KnowledgeBase

_DEAL_WINDOW = 7  # words after a counterpart in which its deal word stands
_TOPIC_DEAL_WINDOW = 16  # words after a sentence-opening topic in which its deal word stands
_MIN_SITE = 4  # `평택캠퍼스`, not the bare ending
# The shapes names are checked against (compiled once: each is asked of most words)
_SHAPED_NAME = re.compile(r"[가-힣A-Za-z0-9]{3,20}")  # a word an organisation's ending may make a name
_HANGUL_NAME = re.compile(r"[가-힣]{3,12}")
_NAME_BEFORE_ENDING = re.compile(r"[가-힣A-Za-z]{2,10}")  # `케슬러` of `케슬러 로보틱`
_LETTERS_NAME = re.compile(r"[가-힣A-Za-z]{2,12}")
_HANGUL = re.compile(r"[가-힣]+")
_LATIN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9&.,' -]*")


def shaped_mentions(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    found = []
    strength = org_suffixes().get  # (asked first, without a call: few words are an ending by themselves)
    sites = site_endings()
    for before, word in zip(words, words[1:]):
        # `케슬러 로보틱은`: a proper noun and a word that is itself an organisation ending
        if strength(word.bare) == "strong" and _bare_ending_after_name(before, word, kb):
            name = f"{before.bare} {word.bare}"
            found.append(Mention(before.start, word.start + len(word.bare), name, "ORG", "shape", name=name))
    glued, last_letters = glued_tail_letters(), _shape_last_letters()
    for i, word in enumerate(words):
        bare = word.bare
        # (asked first, of the bare stem, cheapest first: with no ending, no site and no particle to cut, the
        # word names nothing)
        if bare[-1:] not in last_letters:
            continue
        if not (bare[-1:] in glued or bare.endswith(sites) or org_shape(bare, strong_only=False)):
            continue
        stem = glued_particle_cut(word)
        if not _SHAPED_NAME.fullmatch(stem):
            continue
        shaped = org_shape(stem, strong_only=False)  # any ending (a strong one is one too)
        if not shaped and not stem.endswith(sites):
            continue  # most words end like no organisation and no site
        strong = shaped and org_shape(stem) and (word.first_tag == "NNP" or len(stem) >= 4)
        weak = shaped and word.first_tag == "NNP" and len(word.core) == 1 \
            and _HANGUL_NAME.fullmatch(stem) and kb.person(stem) is None and stem not in industry_terms()
        if ((strong or weak) and word.nominal()) or (strong and _read_apart(word, stem)):
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
        elif stem.endswith(sites) and len(stem) >= _MIN_SITE and word.nominal() and word.first_tag == "NNP" \
                and not introduced_at(words, i):  # `액셀러레이터 새싹캠퍼스가`: a company named like a site
            found.append(Mention(word.start, word.start + len(stem), stem, "PLACE", "shape", name=stem))
    return found


@cache
def _shape_last_letters() -> frozenset[str]:
    """The letters an organisation's ending, a site's ending or a glued particle ends with."""
    endings = list(org_suffixes()) + list(site_endings())
    return frozenset(ending[-1] for ending in endings if ending) | glued_tail_letters()


_READ_APART = 5  # syllables of a word Kiwi cut apart that still names an organisation by its ending
_READ_APART_NAME = re.compile(rf"[가-힣]{{{_READ_APART},20}}")


def _read_apart(word: Word, stem: str) -> bool:
    """`우리들이인베스트먼트가` (우리/NP 들/XSN 이/JKS …), `하얀돛파트너스가` (하얗/VA ᆫ/ETM 돛 …): Kiwi
    cuts a name it does not know into a pronoun, particles or a verb; one long Hangul word that ends in
    a noun and a strong organisation ending (the caller checks it) is still that name."""
    core = word.core
    ends_in_noun = bool(core) and core[-1].tag in ("NNP", "NNG")
    return ends_in_noun and bool(_READ_APART_NAME.fullmatch(stem))


def _bare_ending_after_name(before: Word, word: Word, kb: KnowledgeBase) -> bool:
    if org_suffix_strength(word.bare) != "strong" or before.sentence != word.sentence:
        return False
    if before.stem != before.text or before.first_tag != "NNP":
        return False
    stem = before.bare
    return kb.person(stem) is None and not kb.is_place(stem) and bool(_NAME_BEFORE_ENDING.fullmatch(stem))


_NAME = re.compile(r"[가-힣A-Za-z0-9&]{2,20}")


def affixed_orgs(words: list[Word], kb: KnowledgeBase) -> list[Mention]:
    """`㈜청람에이치투`, `(주)케이씨엠에스(KCMS)`, `주식회사 가온누리`, `동아시아해운주식회사`: a
    legal-form affix says the word is a company's name, whatever its shape."""
    found = []
    for before, word in zip([None] + words[:-1], words):
        bare_form = before is not None and before.sentence == word.sentence and before.text in legal_forms()
        if not (word.legal or bare_form):
            continue
        name = glued_particle_cut(word)
        if _NAME.fullmatch(name) and kb.person(name) is None:
            found.append(Mention(word.start, word.start + len(name), name, "ORG", "shape", name=name,
                                 name_en=word.parenthesis if _latin(word.parenthesis) else None))
    return found


def _latin(text: str | None) -> bool:
    return text is not None and bool(_LATIN_TEXT.fullmatch(text))


def _joined(word: Word) -> bool:
    """The word ends with a list's joining particle or punctuation (`파리젠과`, `가온반도체,`)."""
    joiners = particles("and")
    return word.text[len(word.stem):] in _list_endings() or word.text.endswith(joiners)


@cache
def _list_endings() -> frozenset[str]:
    return frozenset(particles("and") + particles("list"))


def _coordinated(pairs: list[tuple[Word, Word]], after: dict[int, Word], mentions: list[Mention],
                 kb: KnowledgeBase) -> list[Mention]:
    """`구름소프트는 파리젠과`, `가온반도체와 바르나클라우드가`: a proper noun joined to an
    organisation by `와/과`, `·` or a comma is an organisation too (`pairs`: the words a joiner ends
    with their neighbours, _joined_pairs; `after`: the word after each word, by its start)."""
    orgs = {at for m in mentions if m.type == "ORG" for at in range(m.start, m.end)}  # offsets: one lookup a word
    taken = {at for m in mentions for at in range(m.start, m.end)}
    found = []
    for one, other in pairs:
        for known, unknown in ((one, other), (other, one)):
            if known.start not in orgs:
                continue
            stem = unknown.bare
            if unknown.start in taken or not _name_like(unknown, after.get(unknown.start)) \
                    or company_noun(unknown.stem):
                continue  # `영국 방산업체 X가`: the noun that says what X is, not a member of the list
            if unknown is other and _opens_compound(unknown, after.get(unknown.start)):
                continue  # `진주에너지와 액화수소 장기 공급 계약`: what the deal is about, not a party
            if _LETTERS_NAME.fullmatch(stem) and kb.person(stem) is None and not kb.is_place(stem) \
                    and not title_of(unknown.stem) and stem not in given_names() and stem not in industry_terms():
                found.append(Mention(unknown.start, unknown.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def chained_orgs(words: list[Word], mentions: list[Mention], kb: KnowledgeBase,
                 settled: list[Mention] | None = None) -> list[Mention]:
    """`청명중공업과 은하조선, 한울엔지니어링`: each member a list joins to an organisation is one,
    so the list is read member by member until no new one is found (`settled`: settle(mentions),
    when the caller has it, for the first round)."""
    found: list[Mention] = []
    pairs = list(_joined_pairs(words, kb))  # the same words each round: only the organisations known grow
    if not pairs:
        return found
    after = {w.start: nxt for w, nxt in zip(words, words[1:])}
    for _ in range(_LIST_MEMBERS):
        known = settled if settled is not None and not found else settle(mentions + found)
        new = _coordinated(pairs, after, known, kb)
        if not new:
            break
        found += new
    return found


_LIST_MEMBERS = 6  # members of one list read one after another


def _name_like(word: Word, following: Word | None) -> bool:
    """A proper noun, or a common noun Kiwi made of a name ending like an organisation's that does not
    say what the next name is (`은하조선,`, `동해조선 3사`; not `벤처캐피털 솔가람벤처스`)."""
    if word.first_tag == "NNP":
        return True
    introduces = word.text == word.stem and following is not None and following.first_tag in ("NNP", "SL")
    return not introduces and len(word.core) <= 2 and org_shape(word.bare, strong_only=False)


def _opens_compound(word: Word, following: Word | None) -> bool:
    """A bare word followed by a common noun of the same sentence starts a compound noun."""
    if following is None or word.stem != word.text or following.sentence != word.sentence:
        return False
    counted = following.stem[:1].isdigit()  # `동해조선 3사는`: a count of the list, not a compound
    return following.first_tag in ("NNG", "SL") and not title_of(following.stem) and not counted


def _joined_pairs(words: list[Word], kb: KnowledgeBase):
    """Each word a list's joiner ends (_joined) with each of its neighbours in its sentence."""
    endings = tuple(_list_endings())  # a joined word ends with one of these: one that ends in none is passed by at once
    for i, one in enumerate(words[:-1]):
        if one.text.endswith(endings) and _joined(one):  # first: most words join nothing, nor need their neighbours
            for other in _neighbours(words, i, kb):
                if other.sentence == one.sentence:
                    yield one, other


def _neighbours(words: list[Word], i: int, kb: KnowledgeBase):
    """The word after words[i], and the one after a bare country or city between them (`바스프, 일본
    미쓰이화학과`: the place says where the second is from), or after such a place and a company noun
    (`A사와 독일 화학기업 B사가`)."""
    yield words[i + 1]
    between = words[i + 1]
    if i + 2 < len(words) and between.stem == between.text and kb.is_place(between.bare):
        yield words[i + 2]
        kind = words[i + 2]  # `고드름냉동과 일본 물류기업 홋카이도콜드체인이`: where it is from, then what it is
        if i + 3 < len(words) and kind.stem == kind.text and company_noun(kind.stem):
            yield words[i + 3]


def deal_counterparts(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`파리젠과의 전략적 제휴`, `베스트피요르에 1000억원 규모의 지분 투자`, `별빛금융으로부터 … 투자`:
    a proper noun that a partnership or investment word takes as its counterpart is an organisation."""
    counterpart = frozenset(particles("with") + particles("to") + particles("from") + particles("topic"))
    objects, genitives = frozenset(particles("object")), frozenset(particles("of"))
    topics = frozenset(particles("topic"))
    told = counterpart | objects | genitives  # the particles a counterpart may carry
    stakes = stake_words()
    taken = {at for m in mentions for at in range(m.start, m.end)}  # each offset a mention holds: one lookup a word
    families = {(m.name or "").split()[-1] for m in mentions if m.type == "PERSON" and m.name}
    found = []
    for i, word in enumerate(words):
        if word.start in taken:
            continue
        particle = word.text[len(word.stem):].rstrip(",.")
        if particle and particle not in told:
            continue  # (most words carry a particle no deal takes: passed by before the tests below)
        # (a word with a particle owns no shares right after it: _staked is asked only of a bare word before
        # a share noun)
        staked = not particle and i + 1 < len(words) and words[i + 1].stem in stakes and _staked(words, i)
        objected = particle in objects or staked \
            or (particle in genitives and _owns_object(words, i))  # `하만을`, `하만 지분을`, `X의 사업부를 인수`
        if particle not in counterpart and not objected:
            continue
        topic = particle in topics
        opening = topic and _opens_sentence(words, i, kb)
        if not _counterpart_shaped(word, particle, families, kb) and not (opening and _one_proper_noun(word, kb)):
            continue
        if _spot(words, i):
            continue  # `경남 밀양에 … 투자해`, `여수 율촌산단에`: where the money goes, no counterpart
        # the deal word of a sentence's topic stands at the end of its clause, however long
        window = _TOPIC_DEAL_WINDOW if opening else _DEAL_WINDOW
        ahead = [t.form for w in words[i + 1: i + 1 + window] if w.sentence == word.sentence for t in w.core]
        if any(form in (buying_words() if objected else deal_words()) for form in ahead):
            stem = word.bare
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=_full_name(stem, mentions)))
    return found


def _spot(words: list[Word], i: int) -> bool:
    """A site by its ending (`율촌산단`, site_endings.txt) or a name right after a place inside a
    country (`텍사스주 라레도`, `경남 밀양`): a spot where a plant goes. A company is introduced by
    its country (`미국 해돋이랩스`) or a company noun, not by a province or city."""
    word = words[i]
    if word.bare.endswith(site_endings()):
        return True
    before = words[i - 1] if i > 0 else None
    if before is None or before.sentence != word.sentence or before.text != before.stem:
        return False  # `경남에서 가람전자와`: a place with its own particle introduces nothing
    return inland_place(before.bare)


def _full_name(stem: str, mentions: list[Mention]) -> str:
    """`플랙트그룹을 인수 … 플랙트 지분`: a short form of an organisation named in full is that one."""
    longer = [m.name for m in mentions if m.type == "ORG" and m.name and m.name.startswith(stem)
              and is_suffix_word(m.name[len(stem):].strip())]
    return longer[0] if len(set(longer)) == 1 else stem


_OBJECT_WORDS = 2  # words of what is bought after its owner (`마시모의 오디오 사업부를`)


def _owns_object(words: list[Word], i: int) -> bool:
    """`X의 오디오 사업부를 인수`: a genitive whose noun phrase is the object of what follows."""
    following = [w for w in words[i + 1: i + 1 + _OBJECT_WORDS] if w.sentence == words[i].sentence]
    for word in following:
        ending = word.text[len(word.stem):].rstrip(",.")
        if ending:
            return ending in particles("object")
    return False


def _staked(words: list[Word], i: int) -> bool:
    """`물빛수산 지분 70%를 인수`: a word with no particle right before a share noun owns the shares."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    return word.text == word.stem and following is not None and following.sentence == word.sentence \
        and following.stem in stake_words()


def _opens_sentence(words: list[Word], i: int, kb: KnowledgeBase) -> bool:
    """The word opens its sentence, or follows only its country (`이탈리아 로사모빌리타는`)."""
    if i == 0 or words[i - 1].sentence != words[i].sentence:
        return True
    return kb.is_place(words[i - 1].bare) and (i == 1 or words[i - 2].sentence != words[i].sentence)


def _one_proper_noun(word: Word, kb: KnowledgeBase) -> bool:
    """`로사모빌리타는 … 투자했다`: one unbroken proper noun, no known person, place or name."""
    stem = word.bare
    core = word.core
    return len(core) == 1 and core[0].tag == "NNP" and len(stem) >= 3 and kb.person(stem) is None \
        and not kb.is_place(stem) and stem not in given_names() and stem not in industry_terms() and not title_of(stem)


def _counterpart_shaped(word: Word, particle: str, families: set[str], kb: KnowledgeBase) -> bool:
    """A word that could name an organisation: no person, place, title or family name; shaped like an
    organisation, or a proper noun with a particle other than a topic's."""
    stem = word.bare
    if not _LETTERS_NAME.fullmatch(stem) or kb.person(stem) or kb.is_place(stem) or title_of(stem) \
            or stem in families or stem in industry_terms():
        return False
    named_like = org_shape(stem, strong_only=False) or (word.first_tag == "NNP" and particle not in particles("topic"))
    return named_like and stem not in given_names()


_LOCAL_BASE = 2  # syllables of a local name before its ending (`당진`+`시`; not `전`+`시`)


def local_governments(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`충청남도와 당진시가 … 협약을 맺었다`, `인도 안드라프라데시주 정부는`: a city, county or state the
    knowledge base does not know, joined in a list to a place or followed by a word for its government,
    acts as a body (an organisation), not only as where something happens."""
    places = [(m.start, m.end) for m in mentions if m.type == "PLACE"]
    taken = [(m.start, m.end) for m in mentions]
    endings = local_government_words("ending")
    found = []
    for i, word in enumerate(words):
        if not word.bare.endswith(endings):
            continue  # (asked here first, without a call: most words have no local ending)
        if not _local_name(word, kb) or any(s <= word.start < e for s, e in taken):
            continue
        stem = word.bare
        before = words[i - 1] if i > 0 and words[i - 1].sentence == word.sentence else None
        after = words[i + 1] if i + 1 < len(words) and words[i + 1].sentence == word.sentence else None
        if word.stem == word.text and after is not None and after.stem in local_government_words("government"):
            name = f"{stem} {after.stem}"
            found.append(Mention(word.start, after.start + len(after.stem), name, "ORG", "shape", name=name))
        elif (before is not None and _joined(before) and _placed(before, places)) \
                or (after is not None and _joined(word) and _placed(after, places)):
            found.append(Mention(word.start, word.start + len(stem), stem, "PLACE", "shape", name=stem))
    return found


def _local_name(word: Word, kb: KnowledgeBase) -> bool:
    stem = word.bare
    ending = next((e for e in local_government_words("ending") if stem.endswith(e)), None)
    return ending is not None and len(stem) - len(ending) >= _LOCAL_BASE and word.first_tag == "NNP" \
        and bool(_HANGUL_NAME.fullmatch(stem)) and kb.person(stem) is None and not title_of(stem)


def _placed(word: Word, places: list[tuple[int, int]]) -> bool:
    return any(s <= word.start < e for s, e in places)


_FAMILY_BASE = 2  # syllables of a group's own name before its ending (`태산`+`홀딩스`)


def family_orgs(words: list[Word], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """`태산홀딩스 … 계열사 태산배터리의`, `청하그룹의 계열사 청하리조트`: a word made of the own name of
    an organisation the text names and an organisation ending is an affiliate of the group, however
    Kiwi cuts it (`청`+`하`+`리조트`)."""
    bases = {b for m in mentions if m.type == "ORG" and m.name for b in [_org_base(m.name)] if b}
    openings = {b[:_FAMILY_BASE] for b in bases}  # a word that opens with none of these holds no base
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for word in words:
        if word.bare[:_FAMILY_BASE] not in openings:
            continue  # (the cut below only shortens the word's end)
        stem = glued_particle_cut(word)
        base = next((b for b in bases if stem.startswith(b) and is_suffix_word(stem[len(b):])), None)
        if base is not None and not any(s <= word.start < e for s, e in taken) and kb.person(stem) is None:
            found.append(Mention(word.start, word.start + len(stem), stem, "ORG", "shape", name=stem))
    return found


def _org_base(name: str) -> str | None:
    """`태산홀딩스` → `태산`: the name before its longest organisation ending."""
    ending = longest_org_suffix(name)
    base = name[: len(name) - len(ending)] if ending else ""
    return base if len(base) >= _FAMILY_BASE and _HANGUL.fullmatch(base) else None
