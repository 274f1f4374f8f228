"""Fusing a stored corpus, from scratch or only where new documents touch it.

Both read what the store keeps for fusion (document entities and events with their evidence text,
never article bodies). An incremental fusion re-fuses the name groups of the new documents'
entities, then grows the set of documents to re-fuse until it is closed: every report linkable to
one inside (found through the store's blocks), and every document that shared a fused event with
one inside, is inside. Clustering works component by component (corpus/cluster.py), so a closed
set clusters exactly as it does inside the whole corpus: the result equals fusing from scratch.
"""

from __future__ import annotations

from hoedong.corpus.cluster import Pairs, candidate_pairs
from hoedong.corpus.entities import fuse_members
from hoedong.corpus.fuse import events_of, name_members
from hoedong.corpus.reports import Report, context_day, report_of


def fuse_stored(store) -> tuple[list[dict], list[dict]]:
    """Fused entities and events of every stored document."""
    entities, member_of = fuse_members(store.fusion_members())
    events = events_of(_reports(store.report_inputs(), member_of))
    name_members(entities, events)
    return entities, events


def refuse_touched(store, new_doc_ids: set[str], documents: int) -> dict:
    """Re-fuse what these new documents touch and write it; how much was re-fused."""
    groups = store.fusion_keys_of(new_doc_ids)
    entities, refused = fuse_members(store.fusion_members(groups))
    before = store.fused_ids_of_groups(groups)
    moved = {doc for member, fused in refused.items() if before.get(member) != fused for doc, _ in [member]}
    inputs, member_of = _closed_set(store, set(new_doc_ids) | moved, refused)
    events = events_of(_reports(inputs, member_of))
    known = {e["id"]: e for e in entities}
    others = {m for e in events for m in [*e["participants"], *e["orgs"]]} - set(known)
    named = list(entities) + list(store.entity_names(others).values())
    name_members(named, events)
    if not store.replace_fusion_part(groups, entities, set(inputs), events, documents):
        return {}
    return {"groups": len(groups), "documents": len(inputs), "events": len(events)}


def _closed_set(store, seeds: set[str], refused: dict) -> tuple[dict[str, dict], dict]:
    """The documents to re-fuse, as fusion reads them, and the fused ids of their entities."""
    inside: dict[str, dict] = {}
    member_of: dict = {}
    frontier = set(seeds)
    while frontier:
        _load(store, frontier, inside, member_of, refused)
        near = store.documents_in_blocks(store.block_keys_of(frontier)) - set(inside)
        fused_with = store.documents_fused_with(frontier) - set(inside)
        candidates: dict[str, dict] = {}
        _load(store, near - fused_with, candidates, member_of, refused)
        frontier = fused_with | _linked(inside, frontier, candidates, member_of)
    return inside, member_of


def _load(store, doc_ids: set[str], into: dict, member_of: dict, refused: dict) -> None:
    wanted = doc_ids - set(into)
    if not wanted:
        return
    into.update(store.report_inputs(wanted))
    member_of.update(store.fused_ids_of_documents(wanted))
    member_of.update({m: f for m, f in refused.items() if m[0] in wanted})


def _linked(inside: dict, frontier: set[str], candidates: dict, member_of: dict) -> set[str]:
    """Candidate documents with a report linkable (or linkable by their story) to one of the frontier's."""
    if not candidates:
        return set()
    mine = _reports({d: inside[d] for d in frontier}, member_of)
    theirs = _reports(candidates, member_of)
    ordered = sorted(mine + theirs, key=lambda r: r.key)
    pairs = Pairs(ordered)
    found = set()
    for i, j in candidate_pairs(ordered):
        one, other = ordered[i], ordered[j]
        if (one.doc_id in candidates) == (other.doc_id in candidates):
            continue
        link = pairs.link(i, j)
        if link.linkable or link.needs_story:
            found.add(one.doc_id if one.doc_id in candidates else other.doc_id)
    return found


def _reports(inputs: dict[str, dict], member_of: dict) -> list[Report]:
    found = []
    for doc in inputs.values():
        day = context_day(doc["events"])
        found += [report_of(doc, event["index"], event, member_of, event["evidence_text"], day) for event in doc["events"]]
    return found
