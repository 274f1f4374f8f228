"""The knowledge base: people, organisations, places and products, from data files.

Dated roles let `이 대통령` mean the president of the article's day. The knowledge base
improves linking; it is not the recogniser (people not in it are still found).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from hoedong.resources import table, word_list

_ROLE = re.compile(r"^(?P<title>[^@]+)@(?P<org>[^\[]+)\[(?P<start>[^.\]]*)\.\.(?P<end>[^\]]*)\]$")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_QID = re.compile(r"^Q[1-9]\d*$")


@dataclass(frozen=True)
class Role:
    title: str
    org: str
    start: str | None  # ISO partial date, None when open or unknown
    end: str | None

    def held_on(self, day: str | None) -> bool:
        """Whether the role was held on `day` (ISO); unknown bounds count as open."""
        if day is None:
            return self.end is None
        if self.start and day < _pad(self.start, low=True):
            return False
        if self.end and day > _pad(self.end, low=False):
            return False
        return True


def _same_title(held: str, said: str) -> bool:
    """`주석` names 국가주석, `대표` names 대표이사: a title news shortens still matches."""
    return held == said or held.endswith(said) or held.startswith(said)


def _pad(partial: str, low: bool) -> str:
    if len(partial) == 4:
        return partial + ("-01-01" if low else "-12-31")
    if len(partial) == 7:
        return partial + ("-01" if low else "-31")
    return partial


@dataclass(frozen=True)
class Person:
    name: str
    name_en: str | None
    qid: str | None
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    @property
    def key(self) -> str:
        return f"person:{self.name}"

    def holds(self, title: str, on: str | None) -> bool:
        """Whether the person held `title` (or a title news shortens to it) on that day."""
        return any(_same_title(r.title, title) and r.held_on(on) for r in self.roles)


@dataclass(frozen=True)
class Org:
    name: str
    name_en: str | None
    qid: str | None
    kind: str
    aliases: tuple[str, ...]
    parent: str | None

    @property
    def key(self) -> str:
        return f"org:{self.name}"


@dataclass(frozen=True)
class Named:
    """A place or a product/project from the lexicon."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    """Loaded once; its indexes are built with it (it hashes by identity)."""

    people: tuple[Person, ...]
    orgs: tuple[Org, ...]
    places: tuple[Named, ...]
    products: tuple[Named, ...]
    person_by_name: dict[str, Person] = field(init=False, repr=False)
    org_by_name: dict[str, Org] = field(init=False, repr=False)
    place_forms: frozenset[str] = field(init=False, repr=False)
    person_by_key: dict[str, Person] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "person_by_name", _index(self.people))
        object.__setattr__(self, "org_by_name", _index(self.orgs))
        object.__setattr__(self, "place_forms", frozenset(
            compact(form) for place in self.places for form in (place.name, *place.aliases)))
        object.__setattr__(self, "person_by_key", {p.key: p for p in self.people})

    def person(self, form: str) -> Person | None:
        return self.person_by_name.get(compact(form))

    def org(self, form: str) -> Org | None:
        return self.org_by_name.get(compact(form))

    def is_place(self, form: str) -> bool:
        return compact(form) in self.place_forms

    def holders(self, title: str, on: str | None) -> list[Person]:
        """Everyone the knowledge base says held `title` on that day (asked again and again for the
        same titles and days, so kept)."""
        return list(_holders(self, title, on))


@lru_cache(maxsize=4096)
def _holders(kb: KnowledgeBase, title: str, on: str | None) -> tuple[Person, ...]:
    return tuple(p for p in kb.people if p.holds(title, on))


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """The form names are compared in: no spaces, middle dots or case."""
    return re.sub(r"[\s·ㆍ・\-]", "", text).lower()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _roles(cell: str) -> tuple[Role, ...]:
    roles = []
    for part in cell.split(";"):
        part = part.strip()
        if not part:
            continue
        match = _ROLE.match(part)
        if not match:
            raise ValueError(f"role '{part}' is not TITLE@ORG[FROM..TO]")
        roles.append(Role(match["title"].strip(), match["org"].strip(), match["start"] or None, match["end"] or None))
    return tuple(roles)


@cache
def load_kb() -> KnowledgeBase:
    """The knowledge base shipped with hoedong, loaded once per process."""
    people = tuple(
        Person(row["name"], row.get("name_en") or None, row.get("qid") or None, _split(row.get("aliases", "")),
               _roles(row.get("roles", "")))
        for row in table("hoedong.kb", "people.tsv")
    )
    orgs = tuple(
        Org(row["name"], row.get("name_en") or None, row.get("qid") or None, row.get("kind") or "other",
            _split(row.get("aliases", "")), row.get("parent") or None)
        for row in table("hoedong.kb", "orgs.tsv")
    )
    places = tuple(Named(r["name"], r["kind"], _split(r.get("aliases", ""))) for r in table("hoedong.lexicon", "places.tsv"))
    products = tuple(Named(r["name"], r["kind"], _split(r.get("aliases", ""))) for r in table("hoedong.lexicon", "products.tsv"))
    return KnowledgeBase(people, orgs, places, products)


def _index(entries) -> dict:
    index: dict = {}
    for entry in entries:
        for form in (entry.name, *entry.aliases, entry.name_en or ""):
            if form:
                index.setdefault(compact(form), entry)
    return index


def validate(kb: KnowledgeBase) -> list[str]:
    """Every problem in the data files, as sentences a maintainer can act on."""
    problems = []
    org_names = {org.name for org in kb.orgs}
    seen: dict[str, str] = {}
    for person in kb.people:
        if person.name in seen:
            problems.append(f"people.tsv: {person.name} appears twice")
        seen[person.name] = "person"
        if person.qid and not _QID.match(person.qid):
            problems.append(f"people.tsv: {person.name} has a malformed QID '{person.qid}'")
        for role in person.roles:
            if role.org not in org_names:
                problems.append(f"people.tsv: {person.name}'s role {role.title}@{role.org}: no such org in orgs.tsv")
            for bound in (role.start, role.end):
                if bound and not _PARTIAL_DATE.match(bound):
                    problems.append(f"people.tsv: {person.name}'s role {role.title}@{role.org}: bad date '{bound}'")
            if role.start and role.end and _pad(role.start, True) > _pad(role.end, False):
                problems.append(f"people.tsv: {person.name}'s role {role.title}@{role.org} ends before it starts")
    org_seen: set[str] = set()
    for org in kb.orgs:
        if org.name in org_seen:
            problems.append(f"orgs.tsv: {org.name} appears twice")
        org_seen.add(org.name)
        if org.qid and not _QID.match(org.qid):
            problems.append(f"orgs.tsv: {org.name} has a malformed QID '{org.qid}'")
        if org.parent and org.parent not in org_names:
            problems.append(f"orgs.tsv: {org.name}'s parent {org.parent} is not in orgs.tsv")
    qids: dict[str, str] = {}
    for entry in (*kb.people, *kb.orgs):
        if entry.qid:
            if entry.qid in qids:
                problems.append(f"{entry.name} and {qids[entry.qid]} share the QID {entry.qid}")
            qids[entry.qid] = entry.name
    return problems


@cache
def japanese_family_names() -> frozenset[str]:
    return frozenset(word_list("japanese_surnames.txt"))


def family_name_of(name: str) -> str | None:
    """The family name of a multi-word name: the last word (`샘 올트먼` → 올트먼), but the first of a
    Japanese name, which Korean media print family name first (`기시다 후미오` → 기시다)."""
    parts = name.split()
    if len(parts) < 2:
        return None
    return parts[0] if parts[0] in japanese_family_names() and len(parts) == 2 else parts[-1]
