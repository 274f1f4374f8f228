"""Fusion stories of our own writing for parties (corpus/parties.py): a group and its namesake
company are one party (one outlet writes that the group signed or invested, another that its car
maker did); the group's other companies and two companies of one group stay parties of their own.
Organisations here are linked to the knowledge base, as the reader links them."""

from __future__ import annotations

import pytest
from fusion_stories import document, fused_groups, report, shuffles

from hoedong.corpus.parties import as_parties, entity_id, groups_of, groups_of_key
from hoedong.corpus.reports import block_rows

GROUP, CAR, STEEL, PARTNER = "현대자동차그룹", "현대자동차", "현대제철", "GM"


def _linked(record: dict) -> dict:
    """The record with its organisations linked to the knowledge base (kb_key `org:NAME`)."""
    for entity in record["entities"]:
        if entity["name"] in (GROUP, CAR, STEEL, PARTNER):
            entity["type"], entity["kb_key"] = "ORG", f"org:{entity['name']}"
    return record


def _groups(records: list[dict]) -> list[list[str]]:
    return fused_groups([_linked(r) for r in records])


def test_parties_know_only_the_namesake_company_of_a_group():
    assert groups_of_key(f"org:{CAR}") == {f"org:{GROUP}"}
    assert groups_of_key(f"org:{STEEL}") == frozenset()  # a company of the group, not its namesake
    assert groups_of(frozenset({entity_id(f"org:{CAR}")})) == {entity_id(f"org:{GROUP}")}


def test_parties_read_a_company_as_its_group_only_where_the_other_side_names_the_group():
    car, group, steel = (entity_id(f"org:{name}") for name in (CAR, GROUP, STEEL))
    assert as_parties(frozenset({car}), frozenset({group})) == ({group}, {group})
    assert as_parties(frozenset({car, group}), frozenset({group})) == ({car, group}, {group})
    assert as_parties(frozenset({steel}), frozenset({group})) == ({steel}, {group})


PARTY_STORIES = [
    # one outlet: the group signed with GM on the 12th; another, the car maker, undated, same day told
    ([document("grp", "2024-09-12", report("PARTNER", orgs=[GROUP, PARTNER], day="2024-09-12")),
      document("car", "2024-09-12", report("PARTNER", orgs=[CAR, PARTNER], text="12일"))],
     [["car:0", "grp:0"]]),
    # the group's investment plan told by one outlet as the group's, by another as the car maker's
    ([document("plan-a", "2025-03-25", report("INVEST", orgs=[GROUP], day="2025-03-24", topics=["투자"])),
      document("plan-b", "2025-03-25", report("INVEST", orgs=[CAR], day="2025-03-24", topics=["투자"]))],
     [["plan-a:0", "plan-b:0"]]),
    # the group's plan and its steel maker's plant, the same day: two deals
    ([document("plan-c", "2025-03-25", report("INVEST", orgs=[GROUP], day="2025-03-24", topics=["투자"])),
      document("mill", "2025-03-25", report("INVEST", orgs=[STEEL], day="2025-03-24", topics=["투자"]))],
     [["mill:0"], ["plan-c:0"]]),
    # the car maker and the steel maker, each with GM on one day: two companies, two deals
    ([document("car-gm", "2024-09-12", report("PARTNER", orgs=[CAR, PARTNER], day="2024-09-12")),
      document("steel-gm", "2024-09-12", report("PARTNER", orgs=[STEEL, PARTNER], day="2024-09-12"))],
     [["car-gm:0"], ["steel-gm:0"]]),
]


@pytest.mark.parametrize("records, expected", PARTY_STORIES)
def test_fuse_a_group_and_its_namesake_company_are_one_party(records, expected):
    assert _groups(records) == expected


def test_fuse_parties_keep_the_result_independent_of_input_order():
    records = [r for story, _ in PARTY_STORIES for r in story]
    expected = _groups(records)
    for shuffled in shuffles(records, 5):
        assert _groups(shuffled) == expected


def test_block_rows_index_a_company_under_its_group_too():
    record = _linked(document("car", "2024-09-12", report("PARTNER", orgs=[CAR, PARTNER], day="2024-09-12")))
    keys = {member for _, _, member, _ in block_rows(record)}
    assert {f"org:{CAR}", f"org:{GROUP}", f"org:{PARTNER}"} <= keys


def test_fuse_a_company_ingested_after_its_group_joins_it_as_from_scratch(tmp_path):
    """The company's report arrives in a later ingest than the group's: the store's blocks must find
    the group's report (block_rows), so the incremental fusion ends where fusing from scratch ends."""
    import sqlite3

    from hoedong.corpus import SQLiteStore, ingest

    records = [_linked(r) for story, _ in PARTY_STORIES for r in story]
    company_first = sorted(records, key=lambda r: GROUP in {e["name"] for e in r["entities"]})
    fused = {}
    for name, batches in (("scratch", [records]), ("steps", [[r] for r in company_first[::-1]])):
        with SQLiteStore(tmp_path / f"{name}.db") as store:
            for batch in batches:
                ingest(store, batch)
        connection = sqlite3.connect(tmp_path / f"{name}.db")
        fused[name] = sorted(map(repr, connection.execute("SELECT * FROM event_sources")))
        connection.close()
    assert fused["steps"] == fused["scratch"]
