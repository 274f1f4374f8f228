"""The word lists the entity stage reads, each from its data file in hoedong/lexicon: titles and the
words around them, surnames, given names, organisation and site endings, non-names, particles."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from hoedong.resources import table, word_list


@cache
def particle_chars() -> frozenset[str]:
    """The syllables that may follow a name inside its word (이재용은, 오픈AI와의, 메타 측)."""
    return frozenset("".join(word_list("name_endings.txt")))


@cache
def titles() -> dict[str, str]:
    return {row["title"]: row["kind"] for row in table("hoedong.lexicon", "titles.tsv")}


def is_occupation(title: str) -> bool:
    """`가수`, `프로골퍼`, `타자`: an occupation (titles.tsv kind `job`), which names its holder after it
    with no organisation before it (`프로골퍼 온다인이`)."""
    return titles().get(title) == "job"


@cache
def _short_titles() -> dict[str, str]:
    return {row["title"]: row["short"] for row in table("hoedong.lexicon", "titles.tsv") if row.get("short")}


def same_office(one: str, other: str) -> bool:
    """`최고기술책임자` and `CTO` name one office: a title and its abbreviation (titles.tsv `short`)."""
    short = _short_titles()
    return short.get(one, one) == short.get(other, other)


@cache
def title_endings() -> tuple[str, ...]:
    """Titles, longest first, for reading compounds like DS부문장 or 메모리사업부장."""
    return tuple(sorted(titles(), key=len, reverse=True))


@cache
def surnames() -> dict[str, str]:
    """Surname (hangul or hanja) → hangul surname."""
    mapping: dict[str, str] = {}
    for row in table("hoedong.lexicon", "surnames.tsv"):
        mapping[row["surname"]] = row["surname"]
        for hanja in (row.get("hanja") or "").split("|"):
            if hanja:
                mapping.setdefault(hanja, row["surname"])
    return mapping


@cache
def org_suffixes() -> dict[str, str]:
    return {row["suffix"]: row["strength"] for row in table("hoedong.lexicon", "org_suffixes.tsv")}


@cache
def not_person_words() -> frozenset[str]:
    return frozenset(word_list("not_person_words.txt"))


_MIN_BODY_STEM = 1  # syllables before a body's ending (`한빛` + `당`); the ending alone is a word of its own


@cache
def names_a_body(word: str) -> bool:
    """`한빛당`, `가람금융특구`: the word ends like a body's or an area's name (body_endings.txt), so it
    is no person's name."""
    return any(word.endswith(ending) and len(word) - len(ending) >= _MIN_BODY_STEM for ending in _body_endings())


@cache
def _body_endings() -> tuple[str, ...]:
    return tuple(word_list("body_endings.txt"))


@cache
def name_suffixes() -> frozenset[str]:
    """`주니어`, `시니어` (name_suffixes.txt): the last word of a name that a father and a son share."""
    return frozenset(word_list("name_suffixes.txt"))


def no_person_name(word: str) -> bool:
    """A word that stands where a name would but never is one: not_person_words.txt, or a body's name."""
    return word in not_person_words() or names_a_body(word)


@cache
def _title_words() -> dict[str, str]:
    return {row["form"]: row["role"] for row in table("hoedong.lexicon", "title_words.tsv")}


_WHEN = ("former", "current", "then")


@cache
def title_modifiers() -> frozenset[str]:
    """Words that qualify a title (`당시`, `전`, `신임`, `공동`)."""
    return frozenset(form for form, role in _title_words().items() if role in _WHEN + ("modifier",))


@cache
def tenure_words(*roles: str) -> tuple[str, ...]:
    """Words that say when a title was held (`전`, `現`, `당시`), of the given roles or all of them."""
    wanted = roles or _WHEN
    return tuple(form for form, role in _title_words().items() if role in wanted)


@cache
def title_words_in(role: str) -> tuple[str, ...]:
    """The title words of one role of title_words.tsv (`org_link`: `의`, `측`; `leader`: `수장`)."""
    return tuple(form for form, r in _title_words().items() if r == role)


def is_bare_title(text: str) -> bool:
    """A title or a head word alone (`국왕`, `회장`, `수장`): a mention of someone by the post, not a name."""
    return text in titles() or text in title_words_in("leader")


@cache
def unnamed_forms() -> frozenset[str]:
    """What a mention may be without being a name: a bare title or head word (is_bare_title) or a
    bare local ending (`도는`), in one set for the thousands of mentions asked."""
    return frozenset(titles()) | frozenset(title_words_in("leader")) | frozenset(local_government_words("ending"))


def is_title_joiner(word: str) -> bool:
    """`겸`: joins two titles of one person."""
    return _title_words().get(word) == "joiner"


@cache
def remit_word() -> str:
    """`담당`: ends the remit a title is held for (`아시아 담당 본부장`)."""
    return next(form for form, role in _title_words().items() if role == "remit")


@cache
def _compounding() -> tuple[str, ...]:
    """Titles that also end compounds naming a division (DS부문장, 메모리사업부장, 북미총괄), longest first."""
    rows = table("hoedong.lexicon", "titles.tsv")
    return tuple(sorted((r["title"] for r in rows if r.get("compounds") == "yes"), key=len, reverse=True))


@cache
def given_names() -> frozenset[str]:
    return frozenset(word_list("given_names.txt"))


@cache
def ambiguous_given_names() -> frozenset[str]:
    """Given names that are also everyday words: a name only before a proper noun."""
    return frozenset(word_list("ambiguous_given_names.txt"))


@cache
def not_given_names() -> frozenset[str]:
    return frozenset(word_list("not_given_names.txt"))


@cache
def kind_words() -> frozenset[str]:
    """Words that make an organisation ending a kind of business (`석유화학`, `투자은행`), not a name."""
    return frozenset(word_list("kind_words.txt"))


@cache
def industry_terms() -> frozenset[str]:
    """Common nouns of business reporting Kiwi may tag as proper nouns (`빅테크`, `클라우드`)."""
    return frozenset(word_list("industry_terms.txt"))


@cache
def company_nouns() -> frozenset[str]:
    return frozenset(word_list("company_nouns.txt"))


@cache
def premises_words() -> frozenset[str]:
    return frozenset(word_list("premises_words.txt"))


@cache
def address_endings() -> tuple[str, ...]:
    return tuple(word_list("address_endings.txt"))


@cache
def district_endings() -> tuple[str, ...]:
    return tuple(word_list("district_endings.txt"))


@cache
def legal_forms() -> tuple[str, ...]:
    """Legal-form affixes of company names (legal_forms.txt), longest first."""
    return tuple(sorted(word_list("legal_forms.txt"), key=len, reverse=True))


@cache
def site_endings() -> tuple[str, ...]:
    return word_list("site_endings.txt")


@cache
def particles(role: str) -> tuple[str, ...]:
    """Particles with a role (name_particles.tsv): of, and, list, with, to, from, object, topic."""
    return tuple(row["form"] for row in table("hoedong.lexicon", "name_particles.tsv")
                 if role in row["roles"].split("|"))


_MAX_COMPOUND_HEAD = 8  # `DS(디바이스솔루션)부문장`, `글로벌전략총괄`: what may stand before a compounding title


@cache
def title_of(stem: str) -> str | None:
    """The title a word's stem is or ends with (`DS(디바이스솔루션)부문장` → `부문장`)."""
    stem = re.sub(r"\([^)]*\)", "", stem).strip(",.;:")
    if stem in titles():
        return stem
    ordinal = _ORDINAL.match(stem)  # `1차관`, `2차장`: a numbered post is its title
    if ordinal and stem[ordinal.end():] in titles():
        return stem[ordinal.end():]
    for title in title_endings():
        rest = stem[len(title):] if stem.startswith(title) else None
        if rest and len(rest) <= 3 and set(rest) <= particle_chars():
            return title
    for title in _compounding():
        if stem.endswith(title) and 1 <= len(stem) - len(title) <= _MAX_COMPOUND_HEAD:
            return title
    return _local_post(stem) or _head_of_org(stem)


def _local_post(stem: str) -> str | None:
    """`부산시장`, `울산시장`: a city's name glued to the post of its government (a title starting with
    a local-government ending, 시장 = 시 + 장); `반도체시장` (a market) has no place before it."""
    for title in _local_posts():
        place = stem[:-len(title)]
        if stem.endswith(title) and place in _local_places():
            return title
    return None


@cache
def _local_posts() -> tuple[str, ...]:
    endings = local_government_words("ending")
    return tuple(sorted((r["title"] for r in table("hoedong.lexicon", "titles.tsv")
                         if r["kind"] == "gov" and r["title"].startswith(endings)), key=len, reverse=True))


@cache
def _local_places() -> frozenset[str]:
    """Cities and regions (places.tsv) whose governments have posts."""
    return frozenset(r["name"] for r in table("hoedong.lexicon", "places.tsv") if r["kind"] in ("city", "region"))


_INLAND_KINDS = ("region", "city", "district")  # places.tsv kinds below a country


@cache
def _inland_forms() -> frozenset[str]:
    """Every name and alias of a region, city or district in places.tsv (`경상남도`, `경남`)."""
    return frozenset(form for r in table("hoedong.lexicon", "places.tsv") if r["kind"] in _INLAND_KINDS
                     for form in (r["name"], *(r.get("aliases") or "").split("|")) if form)


def inland_place(stem: str) -> bool:
    """`경남`, `당진`, `텍사스주`: a region, city or district, bare or with its local-government ending
    (local_government.tsv), a place inside a country rather than the country itself."""
    if stem in _inland_forms():
        return True
    return any(stem.endswith(e) and stem[:-len(e)] in _inland_forms() for e in local_government_words("ending"))


def _head_of_org(stem: str) -> str | None:
    """`전국농업인연합회장`: an organisation's name (연합회) glued to `장` makes the title 회장."""
    for head in _heads():
        org = stem[:-len(head)]
        if stem.endswith(head) and org_shape(org):
            title = org[-1] + head
            if title in titles():
                return title
    return None


@cache
def _heads() -> tuple[str, ...]:
    return tuple(form for form, role in _title_words().items() if role == "head")


KOREAN_FULL_NAME = 3  # 김창한: a surname and two syllables, the common length of a Korean full name


@cache
@lru_cache(maxsize=1 << 14)
def korean_name_shape(word: str) -> bool:
    """A Korean personal name: a surname and one or two syllables (or a two-syllable surname and two),
    none of them a syllable only transliteration uses (`하루키` is no 하 and a given name)."""
    return surname_first(word) and transliteration_syllables().isdisjoint(word[1:])


_SURNAME_FIRST = re.compile(r"[가-힣]{2,4}")  # the letters of a name that opens with its surname


def surname_first(word: str) -> bool:
    """A surname and one or two syllables (or a two-syllable surname and two), whatever the syllables."""
    if not _SURNAME_FIRST.fullmatch(word) or word in surnames():
        return False
    if len(word) == 4 or compound_surname(word):
        return word[:2] in surnames() and len(word) >= 3
    return word[0] in surnames()


@cache
def transliteration_syllables() -> frozenset[str]:
    """Syllables only transliteration uses (`르`, `트`, lexicon file): a word with one after its surname is no Korean name."""
    return frozenset(word_list("transliteration_syllables.txt"))


def compound_surname(word: str) -> bool:
    """남궁, 황보, 제갈, 선우, 독고, 사공: two-syllable surnames, themselves evidence of a name."""
    return len(word) >= 3 and word[:2] in surnames() and len(word[:2]) == 2


_ORDINAL = re.compile(r"[1-9]")


_MIN_STRONG_STEM = 2  # syllables before a strong ending (`루미나랩스`), before any ending at all
_MIN_STEM = 1


@cache
def org_shape(word: str, strong_only: bool = True) -> bool:
    """A proper name ending like an organisation's (루미나랩스, 바이에른투자청). Asked of every word:
    the word's own endings are looked up in the suffix table, not the table's hundreds of suffixes
    tried on the word."""
    suffixes = _strong_suffixes() if strong_only else org_suffixes()
    for size in range(1, len(word) - (_MIN_STRONG_STEM if strong_only else _MIN_STEM) + 1):
        if word[-size:] in suffixes and word[:-size] not in kind_words():
            return True
    return False


@cache
def _strong_suffixes() -> frozenset[str]:
    return frozenset(suffix for suffix, strength in org_suffixes().items() if strength == "strong")


def longest_org_suffix(name: str) -> str | None:
    """The longest organisation ending `name` ends with (the whole name included), if any."""
    suffixes = org_suffixes()
    return next((name[-size:] for size in range(len(name), 0, -1) if name[-size:] in suffixes), None)


def org_suffix_strength(word: str) -> str | None:
    return org_suffixes().get(word)


def is_suffix_word(word: str) -> bool:
    return word in org_suffixes()


_DEAL_TYPES = ("PARTNER", "INVEST")


@cache
def deal_words() -> frozenset[str]:
    """Partnership and investment words (triggers.tsv), which take an organisation as counterpart."""
    return frozenset(row["form"] for row in table("hoedong.lexicon", "triggers.tsv") if row["type"] in _DEAL_TYPES)


@cache
def stake_words() -> frozenset[str]:
    """Nouns for a share of a company (`X 지분`, stake_words.txt)."""
    return frozenset(word_list("stake_words.txt"))


@cache
def buying_words() -> frozenset[str]:
    """Deal words whose object is the other party (`하만을 인수`), from triggers.tsv."""
    return frozenset(row["form"] for row in table("hoedong.lexicon", "triggers.tsv")
                     if row.get("object") in ("target", "stake"))  # `stake`: `지분을 사들였다`


@cache
def local_government_words(kind: str) -> tuple[str, ...]:
    """Endings of local names (`시`, `주`) or words for a government (`정부`): local_government.tsv."""
    return tuple(row["form"] for row in table("hoedong.lexicon", "local_government.tsv") if row["kind"] == kind)


@cache
def local_heads() -> tuple[tuple[str, str], ...]:
    """(title, ending) of the heads of local governments (`시장`, `시`): local_heads.tsv, longest first."""
    rows = [(row["title"], row["ending"]) for row in table("hoedong.lexicon", "local_heads.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))
