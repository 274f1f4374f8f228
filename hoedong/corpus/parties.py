"""A group and its own companies as one party: one outlet writes that the group signed or invested
(현대자동차그룹), another that its company did (현대자동차). Fusion compares the parties, so a
company is read as its group when the other report names the group and not the company.

Only a group (orgs.tsv kind `group`, up the parent chain) stands for its namesake company, the
one named as the group is without its `그룹` (현대차그룹: 현대차); its other companies stay parties
of their own (the group's plan and its steel maker's plant are two deals), and so do two companies.
"""

from __future__ import annotations

from functools import lru_cache

from hoedong.corpus.entities import PREFIX, short_hash
from hoedong.knowledge import compact, load_kb

GROUP_KIND = "group"
GROUP_WORDS = ("그룹", "Group")  # what a group's name adds to its namesake company's


def entity_id(kb_key: str) -> str:
    """The fused id of an organisation linked to the knowledge base (corpus/entities.py)."""
    return f"{PREFIX['ORG']}_{short_hash(kb_key)}"


@lru_cache(maxsize=1)
def _groups_by_key() -> dict[str, frozenset[str]]:
    """Knowledge-base key of each organisation -> keys of the groups above it."""
    by_name = {org.name: org for org in load_kb().orgs}
    found = {}
    for org in by_name.values():
        groups, seen, parent = set(), {org.name}, org.parent
        while parent in by_name and parent not in seen:
            seen.add(parent)
            if by_name[parent].kind == GROUP_KIND and _namesake(org, by_name[parent]):
                groups.add(by_name[parent].key)
            parent = by_name[parent].parent
        if groups:
            found[org.key] = frozenset(groups)
    return found


def _namesake(company, group) -> bool:
    """The company bears the group's name (any of their names and aliases)."""
    stems = {_stem(form) for form in (group.name, *group.aliases)}
    return bool(stems & {compact(form) for form in (company.name, *company.aliases)})


def _stem(form: str) -> str:
    form = compact(form)
    for word in GROUP_WORDS:
        form = form.removesuffix(compact(word))
    return form


@lru_cache(maxsize=1)
def _groups_by_id() -> dict[str, frozenset[str]]:
    return {entity_id(key): frozenset(entity_id(g) for g in groups) for key, groups in _groups_by_key().items()}


def groups_of_key(kb_key: str | None) -> frozenset[str]:
    """The knowledge-base keys of the groups an organisation belongs to (none if unlinked)."""
    return _groups_by_key().get(kb_key or "", frozenset())


def groups_of(orgs: frozenset[str]) -> frozenset[str]:
    """The fused ids of the groups these fused organisations belong to."""
    table = _groups_by_id()
    return frozenset(g for org in orgs for g in table.get(org, ()))


def as_parties(one: frozenset[str], other: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Both sides' organisations, each company read as its group where the other side names the
    group and not the company, and its own side does not name the group too (then the two are
    parties of their own)."""
    return _lift(one, other), _lift(other, one)


def _lift(orgs: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    table = _groups_by_id()
    return frozenset(o if o in other else min((table.get(o, frozenset()) & other) - orgs, default=o) for o in orgs)
