"""The store's fused side: what fusion reads (document entities and events without article
bodies, the blocks of the reports) and the fused tables it writes, whole or in part. Part of the
store (SQLiteStore inherits it): all SQL here has bound parameters; every read takes a set of keys
and answers in one query per 500 of them, never one per document."""

from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator

from hoedong.corpus.entities import Member, fusion_key
from hoedong.corpus.reports import block_rows, evidence_text

CHUNK = 500  # keys bound in one statement


def _chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = sorted(values)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _marks(chunk: list) -> str:
    return ", ".join("?" * len(chunk))  # only placeholders; every value is bound


class FusionTables:
    """Mixed into SQLiteStore: `self.db` is its connection, `self._transaction` its writer."""

    db: sqlite3.Connection

    # ---- inputs ---------------------------------------------------------------------------------

    def backfill_fusion_inputs(self) -> None:
        """Fill what fusion reads for documents stored before it was kept (one pass over the bodies)."""
        stale = [r[0] for r in self.db.execute(
            "SELECT DISTINCT doc_id FROM doc_events WHERE evidence_text IS NULL UNION "
            "SELECT DISTINCT doc_id FROM doc_entities WHERE fusion_key IS NULL")]
        for chunk in _chunks(stale):
            records = list(self._records(f"WHERE doc_id IN ({_marks(chunk)})", tuple(chunk)))
            with self._transaction() as db:
                for record in records:
                    _backfill(db, record)

    def fused_documents(self) -> int | None:
        """How many documents the stored fusion covers (None: none yet, or from before it was kept)."""
        row = self.db.execute("SELECT documents FROM fusion_state").fetchone()
        return row[0] if row else None

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT doc_id FROM documents ORDER BY doc_id")]

    def fusion_keys_of(self, doc_ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(doc_ids):
            found.update(r[0] for r in self.db.execute(
                f"SELECT DISTINCT fusion_key FROM doc_entities WHERE doc_id IN ({_marks(chunk)})", chunk))
        return found

    def fusion_members(self, keys: Iterable[str] | None = None) -> list[Member]:
        """The document entities of these name groups (None: all of them)."""
        query = ("SELECT doc_id, local_id, type, name, name_en, kb_id, kb_key, aliases, role_orgs FROM doc_entities")
        if keys is None:
            return [_member(r) for r in self.db.execute(query)]
        found = []
        for chunk in _chunks(keys):
            found += [_member(r) for r in self.db.execute(f"{query} WHERE fusion_key IN ({_marks(chunk)})", chunk)]
        return found

    def fused_ids_of_groups(self, keys: Iterable[str]) -> dict[tuple[str, str], str]:
        """The stored fused id of every document entity in these name groups."""
        found = {}
        for chunk in _chunks(keys):
            found.update(((r[0], r[1]), r[2]) for r in self.db.execute(
                "SELECT m.doc_id, m.local_id, m.entity_id FROM doc_entities d JOIN entity_members m "
                f"ON m.doc_id = d.doc_id AND m.local_id = d.local_id WHERE d.fusion_key IN ({_marks(chunk)})", chunk))
        return found

    def fused_ids_of_documents(self, doc_ids: Iterable[str]) -> dict[tuple[str, str], str]:
        found = {}
        for chunk in _chunks(doc_ids):
            found.update(((r[0], r[1]), r[2]) for r in self.db.execute(
                f"SELECT doc_id, local_id, entity_id FROM entity_members WHERE doc_id IN ({_marks(chunk)})", chunk))
        return found

    def report_inputs(self, doc_ids: Iterable[str] | None = None) -> dict[str, dict]:
        """Documents as fusion reads them: metadata and events with their evidence text, no body."""
        docs: dict[str, dict] = {}
        doc_query = "SELECT doc_id, source, outlet, published FROM documents"
        event_query = ("SELECT doc_id, idx, type, participants, orgs, date_start, date_end, date_text, place, status, "
                       "topics, amount, evidence_text FROM doc_events")
        for where, params in _wheres(doc_ids):
            for row in self.db.execute(f"{doc_query} {where}", params):
                docs[row[0]] = {"doc_id": row[0], "source": row[1], "outlet": row[2], "published": row[3], "events": []}
            for row in self.db.execute(f"{event_query} {where} ORDER BY doc_id, idx", params):
                docs[row["doc_id"]]["events"].append(_event(row))
        return docs

    def block_keys_of(self, doc_ids: Iterable[str]) -> set[tuple[str, str, str]]:
        found: set[tuple[str, str, str]] = set()
        for chunk in _chunks(doc_ids):
            found.update(tuple(r) for r in self.db.execute(
                f"SELECT DISTINCT type, member_key, bucket FROM doc_event_blocks WHERE doc_id IN ({_marks(chunk)})",
                chunk))
        return found

    def documents_in_blocks(self, blocks: Iterable[tuple[str, str, str]]) -> set[str]:
        """Documents with a report in any of these blocks (a report of unknown time is in every month)."""
        found: set[str] = set()
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted_blocks (type TEXT, member_key TEXT, bucket TEXT)")
        for chunk in _chunks(blocks):
            self.db.execute("DELETE FROM wanted_blocks")
            self.db.executemany("INSERT INTO wanted_blocks VALUES (?, ?, ?)", chunk)
            found.update(r[0] for r in self.db.execute(
                "SELECT DISTINCT b.doc_id FROM wanted_blocks w JOIN doc_event_blocks b "
                "ON b.type = w.type AND b.member_key = w.member_key "
                "AND (b.bucket = w.bucket OR b.bucket = '*' OR w.bucket = '*')"))
        return found

    def documents_fused_with(self, doc_ids: Iterable[str]) -> set[str]:
        """Documents that share a fused event with any of these."""
        found: set[str] = set()
        for chunk in _chunks(doc_ids):
            found.update(r[0] for r in self.db.execute(
                "SELECT DISTINCT doc_id FROM event_sources WHERE event_id IN "
                f"(SELECT event_id FROM event_sources WHERE doc_id IN ({_marks(chunk)}))", chunk))
        return found

    def entity_names(self, ids: Iterable[str]) -> dict[str, dict]:
        found = {}
        for chunk in _chunks(ids):
            found.update((r[0], {"id": r[0], "name": r[1], "name_en": r[2], "events": 0}) for r in self.db.execute(
                f"SELECT id, name, name_en FROM entities WHERE id IN ({_marks(chunk)})", chunk))
        return found

    # ---- writes ---------------------------------------------------------------------------------

    def replace_fusion_part(self, groups: set[str], entities: list[dict], doc_ids: set[str], events: list[dict],
                            documents: int) -> bool:
        """Replace the fused entities of these name groups and the fused events of these documents,
        in one transaction; entities' event counts follow. False (nothing written) when the number
        of documents is no longer `documents`."""
        with self._transaction() as db:
            if db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] != documents:
                return False
            touched = _delete_groups(db, groups) | _delete_events_of(db, doc_ids)
            write_entities(db, entities)
            write_events(db, events)
            touched |= {e["id"] for e in entities}
            touched |= {m["id"] for e in events for m in [*e["participants"], *e["orgs"]]}
            for chunk in _chunks(touched):
                db.execute("UPDATE entities SET events = (SELECT COUNT(DISTINCT event_id) FROM event_members "
                           f"WHERE entity_id = entities.id) WHERE id IN ({_marks(chunk)})", chunk)
            db.execute("DELETE FROM fusion_state")
            db.execute("INSERT INTO fusion_state VALUES (?)", (documents,))
        return True


def _wheres(doc_ids: Iterable[str] | None):
    if doc_ids is None:
        yield "", ()
        return
    for chunk in _chunks(doc_ids):
        yield f"WHERE doc_id IN ({_marks(chunk)})", tuple(chunk)


def _member(row) -> Member:
    return Member(row[0], row[1], row[2], row[3], row[4], row[5], row[6], tuple(json.loads(row[7])),
                  tuple((title, org) for title, org in json.loads(row[8] or "[]")))


def _event(row: sqlite3.Row) -> dict:
    date = {"start": row["date_start"], "end": row["date_end"], "text": row["date_text"]} \
        if row["date_start"] or row["date_text"] else None
    return {"index": row["idx"], "type": row["type"], "participants": json.loads(row["participants"]),
            "orgs": json.loads(row["orgs"]), "date": date, "place": row["place"], "status": row["status"],
            "topics": json.loads(row["topics"]), "amount": json.loads(row["amount"]),
            "evidence_text": row["evidence_text"] or ""}


def _backfill(db: sqlite3.Connection, record: dict) -> None:
    names = {e["id"]: e["name"] for e in record["entities"]}
    for entity in record["entities"]:
        db.execute("UPDATE doc_entities SET fusion_key = ?, role_orgs = ? WHERE doc_id = ? AND local_id = ?",
                   (fusion_key(entity["type"], entity["name"], entity.get("kb_key")),
                    json.dumps([[r["title"], names.get(r.get("org"))] for r in entity["roles"]], ensure_ascii=False),
                    record["doc_id"], entity["id"]))
    for index, event in enumerate(record["events"]):
        db.execute("UPDATE doc_events SET evidence_text = ? WHERE doc_id = ? AND idx = ?",
                   (evidence_text(record["body"], event), record["doc_id"], index))
    db.execute("DELETE FROM doc_event_blocks WHERE doc_id = ?", (record["doc_id"],))
    db.executemany("INSERT INTO doc_event_blocks VALUES (?, ?, ?, ?, ?)",
                   [(record["doc_id"], *row) for row in block_rows(record)])


def _delete_groups(db: sqlite3.Connection, groups: set[str]) -> set[str]:
    gone: set[str] = set()
    for chunk in _chunks(groups):
        ids = [r[0] for r in db.execute(f"SELECT id FROM entities WHERE name_key IN ({_marks(chunk)})", chunk)]
        gone.update(ids)
        for part in _chunks(ids):
            for table, column in (("entities", "id"), ("entity_members", "entity_id"), ("aliases", "entity_id")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN ({_marks(part)})", part)  # constant names
    return gone


def _delete_events_of(db: sqlite3.Connection, doc_ids: set[str]) -> set[str]:
    """Delete the fused events any of these documents is a source of; the entities they named."""
    named: set[str] = set()
    for chunk in _chunks(doc_ids):
        ids = [r[0] for r in db.execute(
            f"SELECT DISTINCT event_id FROM event_sources WHERE doc_id IN ({_marks(chunk)})", chunk)]
        for part in _chunks(ids):
            named.update(r[0] for r in db.execute(
                f"SELECT entity_id FROM event_members WHERE event_id IN ({_marks(part)})", part))
            for table, column in (("events", "id"), ("event_members", "event_id"), ("event_sources", "event_id")):
                db.execute(f"DELETE FROM {table} WHERE {column} IN ({_marks(part)})", part)  # constant names
    return named


def write_entities(db: sqlite3.Connection, entities: list[dict]) -> None:
    for entity in entities:
        db.execute("INSERT INTO entities (id, type, name, name_en, kb_id, aliases, roles, documents, events, name_key) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (entity["id"], entity["type"], entity["name"], entity["name_en"], entity["kb_id"],
                    _dump(entity["aliases"]), _dump(entity["roles"]), entity["documents"], entity["events"],
                    entity.get("group")))
        db.executemany("INSERT INTO entity_members VALUES (?, ?, ?)",
                       [(entity["id"], doc, local) for doc, local in entity["members"]])
        db.executemany("INSERT INTO aliases VALUES (?, ?)", [(entity["id"], a) for a in entity["aliases"]])


def write_events(db: sqlite3.Connection, events: list[dict]) -> None:
    for event in events:
        date = event["date"] or {}
        db.execute("INSERT INTO events (id, type, date_start, date_end, place, status, topics, amount, merge_reasons) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (event["id"], event["type"], date.get("start"), date.get("end"), event["place"], event["status"],
                    _dump(event["topics"]), _dump(event.get("amount")), _dump(event.get("merge_reasons") or [])))
        db.executemany("INSERT INTO event_members VALUES (?, ?, ?)",
                       [(event["id"], p["id"], "participant") for p in event["participants"]]
                       + [(event["id"], o["id"], "org") for o in event["orgs"]])
        db.executemany("INSERT INTO event_sources (event_id, doc_id, idx, source, status, published, outlet, evidence, "
                       "borrowed_date, decisive) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(event["id"], s["doc_id"], s["doc_event"], s["source"], s["status"], s["published"],
                         s["outlet"], s["evidence"], s.get("borrowed_date"), int(bool(s.get("decisive"))))
                        for s in event["sources"]])


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
