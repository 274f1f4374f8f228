"""Mentions → entities: one entity per person or organisation the body names.

Full names are grouped by knowledge-base link or spelling (typos folded in); family names
(`저커버그`) and `SURNAME TITLE` mentions (`이 회장`) go to the nearest compatible person
before them, else to whoever the knowledge base says held that office on the article's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from hoedong.entities.chinese_names import chinese_surname_of
from hoedong.entities.lexicon import (
    compound_surname,
    korean_name_shape,
    same_office,
    surname_first,
    surnames,
    tenure_words,
)
from hoedong.entities.mentions import Mention
from hoedong.entities.names import Spelling, SpellingIndex, is_typo_of
from hoedong.knowledge import KnowledgeBase, Person, _same_title, compact, family_name_of


_MAX_RUN_TOGETHER_GIVEN = 3  # 밍하오: the syllables of a given name written onto its family name
_FAMILY_FIRST_WORDS = 2  # 나가노 다이스케: names of two words may put the family name first
MIN_NAME_PART = 2  # one syllable (`황`, `쿡`, `강`) is too common a word to name a person alone (relatives, kin groups too)


@dataclass
class Cluster:
    type: str
    key: str
    kb_key: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def full_names(self) -> list[str]:
        return [m.name or m.text for m in self.mentions if not m.partial and m.how != "english"]

    def titles(self) -> set[str]:
        return {t for m in self.mentions for t in m.titles}


_PERSON_CHINESE_NAME = 2  # a person's name of two syllables may be Chinese (리창)


def _family(name: str) -> str | None:
    return family_name_of(name)


def _surname_of(name: str) -> str | None:
    """The surname a `SURNAME TITLE` mention would use for this person."""
    family = _family(name)
    if family:
        return family
    if korean_name_shape(name):
        return name[:2] if len(name) == 4 or compound_surname(name) else name[0]
    return chinese_surname_of(name, shortest=_PERSON_CHINESE_NAME)  # 차오밍더 → 차오, 리창 → 리


def cluster(mentions: list[Mention], kb: KnowledgeBase, published: str | None) -> list[Cluster]:
    clusters: dict[str, Cluster] = {}

    def add(key: str, kind: str, mention: Mention, kb_key: str | None) -> None:
        entry = clusters.get(key)
        if entry is None:  # (a cluster is made only for a new key: most adds join one)
            entry = clusters[key] = Cluster(kind, key, kb_key)
        entry.kb_key = entry.kb_key or kb_key
        entry.mentions.append(mention)

    people_full = [m for m in mentions if m.type == "PERSON" and not m.partial]
    families = {(m.name or "").split()[-1] for m in people_full if " " in (m.name or "")}
    # `나가노 사장` after `나가노 다이스케`: a family name written first, though shaped like a Korean name
    families |= {(m.name or "").split()[0] for m in people_full
                 if len((m.name or "").split()) == _FAMILY_FIRST_WORDS and m.how != "context"}
    named_orgs = _named_orgs(mentions, kb)
    # single foreign words with a title (`올트먼 CEO`, `나델라 CEO`) are family names, not full names;
    # one that starts like a Korean name (`나델라`) needs its company, whatever its syllables: a word of
    # that shape may be a Korean name or a misspelling, and folding it into a full name on its shape
    # alone joins people the text keeps apart
    single = [m for m in people_full if m.how in ("title", "context") and " " not in (m.name or "")
              and kb.person(m.name or "") is None
              and (m.name in families or not surname_first(m.name or "")
                   or _kb_part_owner(m.name or "", kb, named_orgs, need_org=True) is not None)]
    singled = set(single)
    people_full = [m for m in people_full if m not in singled]
    for mention in people_full:
        person = kb.person(mention.name or mention.text) if mention.kb_key is None else None
        kb_key = mention.kb_key or (person.key if person else None)
        add(kb_key or f"person:{compact(mention.name or mention.text)}", "PERSON", mention, kb_key)
    _fold_typos(clusters, kb)
    for mention in single + [m for m in mentions if m.how == "family_name"]:
        target = _family_target(mention, clusters, kb, named_orgs)
        if target is None and mention.how == "context" and _several_hold(mention, clusters):
            continue  # `나가노` with two 나가노s in the text and no title to tell them apart: nobody new
        if target is None:
            add(f"person:{compact(mention.name or mention.text)}", "PERSON", mention, None)
        else:
            add(target[0], "PERSON", mention, target[1])
    surnames_of: dict[str, str | None] = {}  # each name's surname, worked out once in this text (_antecedent)
    for mention in sorted((m for m in mentions if m.how == "surname_title"), key=lambda m: m.start):
        target = _antecedent(mention, clusters, kb, published, named_orgs, surnames_of)
        if target is not None:
            add(target[0], "PERSON", mention, target[1])
    for mention in mentions:
        if mention.type != "PERSON":
            entry = _other_key(mention, kb)
            add(entry[0], mention.type, mention, entry[1])
    return sorted(clusters.values(), key=lambda c: c.first)


def _fold_typos(clusters: dict[str, Cluster], kb: KnowledgeBase) -> None:
    """An unlinked name that is a misspelling of a linked one (or of a knowledge-base name) joins it."""
    spellings: dict[str, Spelling] = {}

    def spelled(name: str) -> Spelling:
        if name not in spellings:
            spellings[name] = Spelling.of(name)
        return spellings[name]

    for key in list(clusters):
        entry = clusters[key]
        if entry.kb_key is not None or entry.type != "PERSON":
            continue
        name = entry.full_names()[0]
        mine = spelled(name)
        target = next((other for other in clusters.values() if other is not entry and other.type == "PERSON"
                       and any(mine.is_typo_of(spelled(n)) for n in other.full_names())), None) \
            or _family_respelled(entry, name, clusters, spelled)
        if target is None:
            at = _kb_spellings(kb).first_typo_of(mine)
            person = kb.people[at] if at is not None else None
            if person is not None and kb.person(name) is None:
                entry.kb_key = person.key
                if person.key in clusters:
                    target = clusters[person.key]
                else:
                    clusters[person.key] = entry
                    entry.key = person.key
                    del clusters[key]
                    continue
        if target is not None:
            target.mentions.extend(entry.mentions)
            del clusters[key]


def _family_respelled(entry: Cluster, name: str, clusters: dict[str, Cluster], spelled) -> Cluster | None:
    """`나델러 CEO` beside `사티아 나델라`, `나델라 CEO`: a one-word name with a title, respelled from the
    family name of a person of the text who holds the same title, is that person (foreign names are
    transliterated inconsistently, even within one article)."""
    if " " in name or not entry.titles():
        return None
    mine = spelled(name)
    return next((other for other in clusters.values() if other is not entry and other.type == "PERSON"
                 and any(same_office(a, b) for a in entry.titles() for b in other.titles())
                 and any((family := _family(n)) and mine.is_typo_of(spelled(family)) for n in other.full_names())),
                None)


def _family_target(mention: Mention, clusters: dict[str, Cluster], kb: KnowledgeBase,
                   named_orgs: frozenset[str]) -> tuple[str, str | None] | None:
    word = mention.name if mention.how != "family_name" else mention.text
    word = (word or mention.text).split()[0] if mention.how == "family_name" else (word or mention.text).split()[-1]
    matches = []
    for entry in clusters.values():
        if entry.type != "PERSON":
            continue
        for name in entry.full_names():
            family = _family(name) or run_together_family(name, word)
            if family and (family == word or is_typo_of(word, family)):
                before = [m.start for m in entry.mentions if m.start < mention.start]
                compatible = bool(set(mention.titles) & entry.titles())
                matches.append((not compatible, mention.start - max(before) if before else 10**6, entry))
                break
    if matches:
        entry = min(matches, key=lambda m: (m[0], m[1]))[2]
        return entry.key, entry.kb_key
    owner = _given_name_owner(word, clusters, set(mention.titles))
    if owner is not None:
        return owner.key, owner.kb_key
    if mention.kb_key:
        return mention.kb_key, mention.kb_key
    # a word that starts like a Korean name (`나델라`) needs its company to be the knowledge base's person
    person = _kb_part_owner(word, kb, named_orgs, need_org=surname_first(word))
    return (person.key, person.key) if person is not None else None


def run_together_family(name: str, word: str) -> str | None:
    """`저우 회장` after `저우밍하오 회장`: a Chinese name Korean media write as one word starts with its
    family name; a family name of two syllables or more is the only way to tell it apart."""
    if " " in name or len(word) < MIN_NAME_PART or not name.startswith(word):
        return None
    return word if 1 <= len(name) - len(word) <= _MAX_RUN_TOGETHER_GIVEN else None


def _kb_part_owner(word: str, kb: KnowledgeBase, named_orgs: frozenset[str], need_org: bool = False) -> Person | None:
    """The knowledge base's person a lone family or given name means (`나델라 CEO`, `아키오 회장`
    when nobody in the text has the full name): the one person with that family name, else the one
    with that family or given name who has held a role at an organisation the text names. A word
    that is also shaped like a Korean name needs that organisation (`need_org`)."""
    if len(word) < MIN_NAME_PART:
        return None
    by_family, by_part = _kb_name_parts(kb)
    family = by_family.get(word, ())
    if len(family) == 1 and not need_org:
        return family[0]
    owners = [p for p in family or by_part.get(word, ()) if any(r.org in named_orgs for r in p.roles)]
    return owners[0] if len(owners) == 1 else None


@lru_cache(maxsize=4)
def _kb_name_parts(kb: KnowledgeBase) -> tuple[dict[str, tuple[Person, ...]], dict[str, tuple[Person, ...]]]:
    """The knowledge base's people by family name, and those of several words by each word of their
    name, in the knowledge base's order (built once: every lone name asks)."""
    by_family: dict[str, list[Person]] = {}
    by_part: dict[str, list[Person]] = {}
    for person in kb.people:
        family = _family(person.name)
        if family is not None:
            by_family.setdefault(family, []).append(person)
        parts = person.name.split()
        if len(parts) > 1:
            for part in dict.fromkeys(parts):
                by_part.setdefault(part, []).append(person)
    return ({k: tuple(v) for k, v in by_family.items()}, {k: tuple(v) for k, v in by_part.items()})


@lru_cache(maxsize=4)
def _kb_by_surname(kb: KnowledgeBase) -> dict[str | None, tuple[Person, ...]]:
    """The knowledge base's people by the surname a `SURNAME TITLE` mention would use (built once)."""
    found: dict[str | None, list[Person]] = {}
    for person in kb.people:
        found.setdefault(_surname_of(person.name), []).append(person)
    return {surname: tuple(people) for surname, people in found.items()}


@lru_cache(maxsize=4)
def _kb_spellings(kb: KnowledgeBase) -> SpellingIndex:
    """The knowledge base's people's names, ready for typo checks (built once)."""
    return SpellingIndex([p.name for p in kb.people])


def _several_hold(mention: Mention, clusters: dict[str, Cluster]) -> bool:
    """Two people or more of the text have the mention's word in their full names."""
    word = mention.name or mention.text
    holders = [entry for entry in clusters.values() if entry.type == "PERSON"
               and any(len(name.split()) > 1 and word in name.split() for name in entry.full_names())]
    return len(holders) > 1


def _given_name_owner(word: str, clusters: dict[str, Cluster], titles: set[str]) -> Cluster | None:
    """`겐타 회장` after `미즈노 겐타`, `함단 청장` after `함단 빈 라시드 알 나세리`: a
    given name told with a title is the one person in the text whose full name holds it; of several
    (`나가노 사장`, `나가노 상무` after two 나가노s), the one who was told with that title."""
    owners = []
    for entry in clusters.values():
        if entry.type != "PERSON":
            continue
        for name in entry.full_names():
            parts = name.split()
            if len(parts) > 1 and word in parts and word != _family(name):
                owners.append(entry)
                break
    titled = [entry for entry in owners if titles & entry.titles()] if len(owners) > 1 else owners
    return titled[0] if len(titled) == 1 else None


def _named_orgs(mentions: list[Mention], kb: KnowledgeBase) -> frozenset[str]:
    """The knowledge base's organisations the text names, with the groups they belong to."""
    orgs = {kb.org(m.name or m.text) for m in mentions if m.type == "ORG"}
    names = {org.name for org in orgs if org is not None}
    return frozenset(names | {org.parent for org in orgs if org is not None and org.parent})


def _antecedent(mention: Mention, clusters: dict[str, Cluster], kb: KnowledgeBase, published: str | None,
                named_orgs: frozenset[str], surnames_of: dict[str, str | None]) -> tuple[str, str | None] | None:
    """The person `이 회장` means: nearest compatible before it, else after, else the office holder
    (`surnames_of`: the surnames of the text's names found so far, each name's worked out once)."""
    surname, title = mention.name, mention.titles[0]
    wanted = (surname, _hangul(surname))
    candidates = []
    for entry in clusters.values():
        if entry.type != "PERSON":
            continue
        names = entry.full_names() or [m.name for m in entry.mentions if m.name]
        if not any(_known_surname(n or "", surnames_of) in wanted for n in names):
            continue
        before = [m.start for m in entry.mentions if m.start < mention.start]
        distance = mention.start - max(before) if before else 10**6 + min(m.start for m in entry.mentions)
        exact = title in entry.titles()
        titled = any(_same_title(t, title) or same_office(t, title) for t in entry.titles())  # `최고기술책임자` … `CTO`
        compatible = exact or titled or _kb_title(entry, kb, title, published)
        candidates.append((not compatible, not exact, distance, entry))
    compatible = [c for c in candidates if not c[0]]
    if compatible:
        entry = min(compatible, key=lambda c: (c[1], c[2]))[3]
        return entry.key, entry.kb_key
    office = _office_holder(mention, title, kb, published, named_orgs)
    if office is not None:
        return office
    untitled = [c for c in candidates if not c[3].titles()]
    if untitled:
        entry = min(untitled, key=lambda c: c[2])[3]
        return entry.key, entry.kb_key
    return None


def _known_surname(name: str, surnames_of: dict[str, str | None]) -> str | None:
    """The surname of `name` (_surname_of), worked out once per name of the text and kept in `surnames_of`."""
    if name not in surnames_of:
        surnames_of[name] = _surname_of(name)
    return surnames_of[name]


def _office_holder(mention: Mention, title: str, kb: KnowledgeBase, published: str | None,
                   named_orgs: frozenset[str]) -> tuple[str, str | None] | None:
    """Who the knowledge base says held the office on the article's day (or before it, for 전); of
    several, the one who held it at an organisation the text names (`최 회장` beside SK그룹)."""
    surname = mention.name
    day = (published or "")[:10] or None
    if day is None:
        return None
    if _former(mention.text):
        holders = [p for p in _kb_by_surname(kb).get(_hangul(surname), ())
                   if any(_same_title(r.title, title) and r.end and r.end < day for r in p.roles)]
    else:
        # the knowledge base's holders of the office with that surname, in its order (by surname first:
        # an office has many holders, a surname few)
        holders = [p for p in _kb_by_surname(kb).get(_hangul(surname), ()) if p.holds(title, day)]
        holders = _held_at_named_orgs(holders, title, day, named_orgs) if len(holders) > 1 else holders
    if len(holders) == 1:
        return holders[0].key, holders[0].key
    return None


def _held_at_named_orgs(holders: list, title: str, day: str, named_orgs: frozenset[str]) -> list:
    """Of several office holders, those who held the title at an organisation the text names, the
    title itself before a longer or shorter one (회장 before 명예회장)."""
    for exact in (False, True):
        holders = [p for p in holders if any(r.org in named_orgs and r.held_on(day)
                                             and (r.title == title if exact else _same_title(r.title, title))
                                             for r in p.roles)]
        if len(holders) <= 1:
            return holders
    return holders


def _former(text: str) -> bool:
    """`이 전 회장`, `文 前 대통령`: a title held before."""
    return _former_title().search(text) is not None


@cache
def _former_title() -> re.Pattern:
    former = "|".join(map(re.escape, tenure_words("former")))
    return re.compile(rf"(?:{former})\s?\S+$")


def _hangul(surname: str | None) -> str | None:
    return surnames().get(surname or "", surname)


def _kb_title(entry: Cluster, kb: KnowledgeBase, title: str, published: str | None) -> bool:
    if entry.kb_key is None:
        return False
    person = kb.person_by_key.get(entry.kb_key)
    day = (published or "")[:10] or None
    return person is not None and any(_same_title(r.title, title) and r.held_on(day) for r in person.roles)


def _other_key(mention: Mention, kb: KnowledgeBase) -> tuple[str, str | None]:
    if mention.kb_key:
        return mention.kb_key, mention.kb_key
    if mention.type == "ORG":
        org = kb.org(mention.name or mention.text)
        if org is not None:
            return org.key, org.key
    return f"{mention.type.lower()}:{compact(mention.name or mention.text)}", None

