"""Entity fusion: the same person or organisation across documents is one entity.

Document entities fall into name groups by their fusion key (a knowledge-base key, else the type
and the compacted name); each group is fused on its own, so fusing a group needs only its members
(an incremental ingest re-fuses the groups its new documents touch). Inside a person's name group,
namesakes are told apart by organisation: members whose organisations overlap are one person, and
a member with no organisation joins the person who holds its title (or the one named most often).
Every choice is made over members in a canonical order, so the result never depends on the order
documents arrive in; ids are hashes of the key and the first organisation of the person, so a
namesake added later never takes an existing person's id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

import networkx as nx

from hoedong.knowledge import compact

PREFIX = {"PERSON": "p", "ORG": "o", "PLACE": "g", "PRODUCT": "x", "PROJECT": "j"}


def short_hash(text: str, size: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


@dataclass(frozen=True)
class Member:
    """One document entity, with the names of the organisations its roles name in that document."""

    doc_id: str
    local_id: str
    type: str
    name: str
    name_en: str | None
    kb_id: str | None
    kb_key: str | None
    aliases: tuple[str, ...]
    roles: tuple[tuple[str, str | None], ...]  # (title, organisation name)

    @property
    def key(self) -> str:
        return fusion_key(self.type, self.name, self.kb_key)

    @property
    def orgs(self) -> frozenset[str]:
        return frozenset(org for _, org in self.roles if org)

    @property
    def titles(self) -> frozenset[str]:
        return frozenset(title for title, _ in self.roles)


def fusion_key(type_: str, name: str, kb_key: str | None) -> str:
    """The name group a document entity belongs to."""
    return kb_key or f"{type_.lower()}:{compact(name)}"


def members_of(record: dict) -> list[Member]:
    """The document entities of one record (spec/OUTPUT.md), roles resolved to organisation names."""
    local = {e["id"]: e["name"] for e in record["entities"]}
    return [Member(record["doc_id"], e["id"], e["type"], e["name"], e.get("name_en"), e.get("kb_id"), e.get("kb_key"),
                   tuple(e.get("aliases") or ()),
                   tuple((r["title"], local.get(r.get("org"))) for r in e.get("roles") or ()))
            for e in record["entities"]]


def fuse_members(members: list[Member]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Fused entities (sorted by id) and the fused id of every member."""
    groups: dict[str, list[Member]] = {}
    for member in members:
        groups.setdefault(member.key, []).append(member)
    fused: list[dict] = []
    member_of: dict[tuple[str, str], str] = {}
    for key in sorted(groups):
        for person in _people(key, sorted(groups[key], key=lambda m: (m.doc_id, m.local_id))):
            entity = _entity(person)
            fused.append(entity)
            member_of.update({(doc, local): entity["id"] for doc, local in entity["members"]})
    return sorted(fused, key=lambda e: e["id"]), member_of


def _people(key: str, members: list[Member]) -> list[tuple[str, list[Member]]]:
    """One name group split into its people: (id key, members). Only unlinked people split."""
    if members[0].type != "PERSON" or members[0].kb_key:
        return [(key, members)]
    links = nx.Graph()
    links.add_nodes_from(range(len(members)))
    holders: dict[str, list[int]] = {}
    for index, member in enumerate(members):
        for org in member.orgs:
            holders.setdefault(org, []).append(index)
    for indexes in holders.values():
        nx.add_path(links, indexes)
    placed = [sorted(c) for c in nx.connected_components(links.subgraph(i for i, m in enumerate(members) if m.orgs))]
    if not placed:
        return [(key, members)]
    persons = [[members[i] for i in component] for component in placed]
    for member in members:
        if not member.orgs:
            _home(member, persons).append(member)
    return [(f"{key}#{min(org for m in person for org in m.orgs)}", person) for person in persons]


def _home(member: Member, persons: list[list[Member]]) -> list[Member]:
    """The person an unaffiliated namesake is: the one holding its title, else the one named most
    often (persons come in canonical order, so a tie goes to the first)."""
    return max(persons, key=lambda person: (bool(member.titles & {t for m in person for t in m.titles}), len(person)))


def _entity(person: tuple[str, list[Member]]) -> dict:
    key, members = person
    first = members[0]
    names = Counter(m.name for m in members)
    linked = next((m for m in members if m.kb_key), None)
    name = linked.name if linked else max(
        names.items(), key=lambda kv: (kv[1], len(kv[0].replace(" ", "")), kv[0]))[0]
    aliases = list(dict.fromkeys(a for m in members for a in (m.name, *m.aliases)))
    roles = list(dict.fromkeys(role for m in members for role in m.roles))
    return {"id": f"{PREFIX.get(first.type, 'x')}_{short_hash(key)}", "type": first.type, "name": name,
            "name_en": next((m.name_en for m in members if m.name_en), None),
            "kb_id": next((m.kb_id for m in members if m.kb_id), None), "aliases": aliases,
            "roles": [{"title": t, "org": o} for t, o in roles], "key": key, "group": first.key,
            "members": [(m.doc_id, m.local_id) for m in members],
            "documents": len({m.doc_id for m in members}), "events": 0}


def fuse_entities(records: list[dict]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Fused entities of these records and the fused id of every document entity."""
    return fuse_members([m for record in records for m in members_of(record)])
