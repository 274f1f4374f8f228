"""The corpus store: SQLite (one file, WAL, numbered migrations), behind one interface.

All SQL lives here, with bound parameters. Each document is written in one transaction, so an
interrupted ingest leaves whole documents only; the fused tables are derived and replaced in one
transaction. Another backend (PostgreSQL) would implement the same methods.

One writer at a time: a writable store holds an exclusive lock on `<db>.lock` for as long as it is
open (the operating system drops it when the process ends, even when killed), so two ingests into
one database run one after the other, and fusion, which rewrites the fused tables from every stored
document, never interleaves with another writer's. Readers (the web server) never take it: WAL
lets them read while a writer writes, and they see each fusion whole or not at all.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Protocol
from urllib.parse import quote

from hoedong.corpus.entities import fusion_key
from hoedong.corpus.fusion_tables import FusionTables, write_entities, write_events
from hoedong.corpus.reports import block_rows, evidence_text
from hoedong.errors import HoedongError

WRITER_TIMEOUT = 30.0  # seconds a writer's statement waits for SQLite's own lock (busy_timeout)
WRITER_CACHE_KB = 65536  # SQLite page cache of the writer, in KiB
READER_TIMEOUT = 10.0  # seconds a reader's statement waits (rare with WAL: recovery, a checkpoint's restart)


class StoreError(HoedongError):
    code = "S301"
    hint = "check the --db path; `hoedong ingest` creates the database"


class StoreBusy(StoreError):
    """Another process is writing to the database and did not finish in the time given."""

    code = "S302"
    hint = ("wait for it to finish and run this again (documents already stored are skipped), "
            "or give `hoedong ingest` a longer --wait")


_MIGRATIONS: tuple[str, ...] = (
    # 1: documents as extracted
    """
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, outlet TEXT,
        reporters TEXT NOT NULL, body TEXT NOT NULL, error TEXT, error_code TEXT
    );
    CREATE TABLE doc_entities (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id), local_id TEXT NOT NULL, type TEXT NOT NULL,
        name TEXT NOT NULL, name_en TEXT, kb_id TEXT, kb_key TEXT, aliases TEXT NOT NULL, roles TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL, local_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
    );
    CREATE TABLE doc_events (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id), idx INTEGER NOT NULL, type TEXT NOT NULL,
        participants TEXT NOT NULL, orgs TEXT NOT NULL, date_start TEXT, date_end TEXT, date_text TEXT,
        place TEXT, status TEXT NOT NULL, topics TEXT NOT NULL, amount TEXT, evidence TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, body, tokenize='trigram');
    """,
    # 2: the fused corpus
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, kb_id TEXT,
        aliases TEXT NOT NULL, roles TEXT NOT NULL, documents INTEGER NOT NULL, events INTEGER NOT NULL
    );
    CREATE TABLE entity_members (entity_id TEXT NOT NULL, doc_id TEXT NOT NULL, local_id TEXT NOT NULL);
    CREATE TABLE aliases (entity_id TEXT NOT NULL, alias TEXT NOT NULL);
    CREATE INDEX aliases_by_alias ON aliases(alias);
    CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, date_start TEXT, date_end TEXT, place TEXT,
        status TEXT NOT NULL, topics TEXT NOT NULL, amount TEXT
    );
    CREATE TABLE event_members (event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL);
    CREATE INDEX event_members_by_entity ON event_members(entity_id);
    CREATE TABLE event_sources (
        event_id TEXT NOT NULL, doc_id TEXT NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL,
        status TEXT NOT NULL, published TEXT, outlet TEXT, evidence TEXT NOT NULL
    );
    """,
    # 3: reading a document's mentions back in one query
    """
    CREATE INDEX mentions_by_doc ON mentions(doc_id);
    CREATE INDEX doc_entities_by_doc ON doc_entities(doc_id);
    """,
    # 4: the day a source without a publication date borrows from its event
    """
    ALTER TABLE event_sources ADD COLUMN borrowed_date TEXT;
    """,
    # 5: why sources were joined, and the reports that set an event's status
    """
    ALTER TABLE events ADD COLUMN merge_reasons TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE event_sources ADD COLUMN decisive INTEGER NOT NULL DEFAULT 0;
    """,
    # 6: what fusion reads, without article bodies, and the blocks an incremental fusion looks up
    """
    ALTER TABLE doc_entities ADD COLUMN fusion_key TEXT;
    ALTER TABLE doc_entities ADD COLUMN role_orgs TEXT;
    ALTER TABLE doc_events ADD COLUMN evidence_text TEXT;
    CREATE TABLE doc_event_blocks (
        doc_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, member_key TEXT NOT NULL, bucket TEXT NOT NULL
    );
    CREATE INDEX doc_event_blocks_by_key ON doc_event_blocks(type, member_key, bucket);
    CREATE INDEX doc_event_blocks_by_doc ON doc_event_blocks(doc_id);
    CREATE INDEX doc_entities_by_key ON doc_entities(fusion_key);
    ALTER TABLE entities ADD COLUMN name_key TEXT;
    CREATE INDEX entities_by_name_key ON entities(name_key);
    CREATE INDEX entity_members_by_doc ON entity_members(doc_id);
    CREATE INDEX entity_members_by_entity ON entity_members(entity_id);
    CREATE INDEX aliases_by_entity ON aliases(entity_id);
    CREATE INDEX event_members_by_event ON event_members(event_id);
    CREATE INDEX event_sources_by_doc ON event_sources(doc_id);
    CREATE INDEX event_sources_by_event ON event_sources(event_id);
    CREATE TABLE fusion_state (documents INTEGER NOT NULL);
    """,
)


class Store(Protocol):
    """What the pipeline and the queries need of a corpus store; SQLiteStore is the default one."""

    def document_count(self) -> int: ...
    def has_document(self, doc_id: str) -> bool: ...
    def add_document(self, record: dict) -> bool: ...
    def document_records(self) -> Iterator[dict]: ...
    def replace_fusion(self, entities: list[dict], events: list[dict], documents: int | None = None) -> bool: ...
    def fused_events(self) -> list[dict]: ...
    def fused_entities(self) -> list[dict]: ...
    def events_where(self, **filters) -> tuple[int, list[dict]]: ...
    def event(self, event_id: str) -> dict | None: ...
    def entities_where(self, **filters) -> tuple[int, list[dict]]: ...
    def entity(self, entity_id: str) -> dict | None: ...
    def document(self, doc_id: str) -> dict | None: ...
    def entity_ids_named(self, name: str) -> list[str]: ...
    def search(self, text: str, limit: int = 20) -> list[dict]: ...
    def stats(self) -> dict: ...


class SQLiteStore(FusionTables):
    """One corpus database file (the fused side's reads and writes: corpus/fusion_tables.py)."""

    def __init__(self, path: str | Path, readonly: bool = False, wait: float = 600.0,
                 on_wait: Callable[[str], None] | None = None):
        """Open the database; read-only, or as its one writer: then wait up to `wait` seconds for
        another writer to finish (calling `on_wait` once with who it is), or raise StoreBusy."""
        self.path = Path(path)
        self.readonly = readonly
        self._lock: _WriterLock | None = None
        if readonly and not self.path.is_file():
            raise StoreError(f"no corpus database at {self.path}")
        if not readonly:
            self._lock = _WriterLock(Path(f"{self.path}.lock"))
            self._lock.acquire(wait, on_wait, self.path)
        # read-only by URI (the path percent-encoded, so `?` or `#` in it cannot add parameters)
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro" if readonly else str(self.path)
        try:
            # a read-only store may be opened on one thread and read on another (a web request's
            # dependency and its handler run on different worker threads); it is never shared at once
            self.db = sqlite3.connect(uri, uri=readonly, isolation_level=None, check_same_thread=not readonly,
                                      timeout=READER_TIMEOUT if readonly else WRITER_TIMEOUT)
            self.db.row_factory = sqlite3.Row
            if readonly:
                self.db.execute("PRAGMA query_only = ON")  # a second guard: no statement may write
            else:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KB}")  # fusion reads a large corpus by index
                self._migrate()
        except sqlite3.Error as exc:
            self.close()
            raise StoreError(f"cannot open {self.path}: {exc}") from None

    def close(self) -> None:
        if getattr(self, "db", None) is not None:
            self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        for number, script in enumerate(_MIGRATIONS, 1):
            with self._transaction() as db:
                # read inside the transaction: a writer that did not hold the lock cannot apply one twice
                if (db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0) >= number:
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        self.backfill_fusion_inputs()

    # ---- documents ----------------------------------------------------------------------------

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def has_document(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def add_document(self, record: dict) -> bool:
        """Store one document record (spec/OUTPUT.md) in one transaction; False if it was there."""
        with self._transaction() as db:
            if db.execute("SELECT 1 FROM documents WHERE doc_id = ?", (record["doc_id"],)).fetchone():
                return False
            db.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record["doc_id"], record["source"], record["title"], record["published"], record["outlet"],
                 _dump(record["reporters"]), record["body"], record.get("error"), record.get("error_code")))
            db.execute("INSERT INTO documents_fts (doc_id, title, body) VALUES (?, ?, ?)",
                       (record["doc_id"], record["title"] or "", record["body"]))
            names = {e["id"]: e["name"] for e in record["entities"]}
            for entity in record["entities"]:
                db.execute("INSERT INTO doc_entities (doc_id, local_id, type, name, name_en, kb_id, kb_key, aliases, roles, "
                           "fusion_key, role_orgs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (record["doc_id"], entity["id"], entity["type"], entity["name"], entity["name_en"],
                            entity["kb_id"], entity.get("kb_key"), _dump(entity["aliases"]), _dump(entity["roles"]),
                            fusion_key(entity["type"], entity["name"], entity.get("kb_key")),
                            _dump([[r["title"], names.get(r.get("org"))] for r in entity["roles"]])))
                db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)",
                               [(record["doc_id"], entity["id"], s, e) for s, e in entity["mentions"]])
            for index, event in enumerate(record["events"]):
                date = event.get("date") or {}
                db.execute("INSERT INTO doc_events (doc_id, idx, type, participants, orgs, date_start, date_end, date_text, "
                           "place, status, topics, amount, evidence, evidence_text) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (record["doc_id"], index, event["type"], _dump(event["participants"]), _dump(event["orgs"]),
                            date.get("start"), date.get("end"), date.get("text"), event.get("place"), event["status"],
                            _dump(event.get("topics") or []), _dump(event.get("amount")), _dump(event["evidence"]),
                            evidence_text(record["body"], event)))
            db.executemany("INSERT INTO doc_event_blocks VALUES (?, ?, ?, ?, ?)",
                           [(record["doc_id"], *row) for row in block_rows(record)])
        return True

    def document_records(self) -> Iterator[dict]:
        """Every stored document as its record, in source order (what fusion reads)."""
        return self._records("ORDER BY source, doc_id", ())

    def _records(self, where: str, params: tuple) -> Iterator[dict]:
        rows = self.db.execute(f"SELECT * FROM documents {where}", params).fetchall()  # where: constants of this module
        for row in rows:
            spans: dict[str, list[list[int]]] = {}
            for local_id, start, end in self.db.execute(
                    "SELECT local_id, start, end FROM mentions WHERE doc_id = ? ORDER BY start", (row["doc_id"],)):
                spans.setdefault(local_id, []).append([start, end])
            entities = [{"id": e["local_id"], "type": e["type"], "name": e["name"], "name_en": e["name_en"],
                         "kb_id": e["kb_id"], "kb_key": e["kb_key"], "aliases": json.loads(e["aliases"]),
                         "roles": json.loads(e["roles"]), "mentions": spans.get(e["local_id"], [])}
                        for e in self.db.execute("SELECT * FROM doc_entities WHERE doc_id = ? ORDER BY rowid",
                                                 (row["doc_id"],))]
            events = []
            for v in self.db.execute("SELECT * FROM doc_events WHERE doc_id = ? ORDER BY idx", (row["doc_id"],)):
                date = {"start": v["date_start"], "end": v["date_end"], "text": v["date_text"]} \
                    if v["date_start"] or v["date_text"] else None
                events.append({"type": v["type"], "participants": json.loads(v["participants"]),
                               "orgs": json.loads(v["orgs"]), "date": date, "place": v["place"], "status": v["status"],
                               "topics": json.loads(v["topics"]), "amount": json.loads(v["amount"]),
                               "evidence": json.loads(v["evidence"])})
            yield {"doc_id": row["doc_id"], "source": row["source"], "title": row["title"], "published": row["published"],
                   "outlet": row["outlet"], "reporters": json.loads(row["reporters"]), "body": row["body"],
                   "entities": entities, "events": events, "error": row["error"]}

    # ---- the fused corpus ----------------------------------------------------------------------

    def replace_fusion(self, entities: list[dict], events: list[dict], documents: int | None = None) -> bool:
        """Replace the fused entities and events, in one transaction. With `documents` (how many
        documents the fusion read), nothing is written and False returned when the count has changed
        since: the fusion is stale (documents were added by a writer that did not hold the lock)."""
        with self._transaction() as db:
            if documents is not None and db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] != documents:
                return False
            for table in ("entities", "entity_members", "aliases", "events", "event_members", "event_sources",
                          "fusion_state"):
                db.execute(f"DELETE FROM {table}")  # table names are constants of this module
            write_entities(db, entities)
            write_events(db, events)
            db.execute("DELETE FROM fusion_state")
            db.execute("INSERT INTO fusion_state VALUES ((SELECT COUNT(*) FROM documents))")
        return True

    def fused_events(self) -> list[dict]:
        return self.events_where(limit=None, oldest_first=True)[1]

    def events_where(self, *, type: str | None = None, members: list[str] | set[str] | None = None,
                     since: str | None = None, until: str | None = None, status: str | None = None,
                     limit: int | None = 50, offset: int = 0, oldest_first: bool = False,
                     all_of: list[set[str]] | None = None) -> tuple[int, list[dict]]:
        """Fused events that match every filter given (`members`: any of these entity ids takes part),
        newest first (undated last) or oldest first (undated last): how many there are, and one page
        of them (`limit` None: all). `since`/`until` compare at the precision both dates have
        (`2025` holds `2025-02-04`). `all_of`: groups of entity ids, one of each group takes part."""
        clauses, params = ["1 = 1"], []
        if type:
            clauses.append("type = ?")
            params.append(type.upper())
        if status:
            clauses.append("status = ?")
            params.append(status)
        if since:
            clauses.append("date_start IS NOT NULL AND substr(date_start, 1, length(?)) >= substr(?, 1, length(date_start))")
            params += [since, since]
        if until:
            clauses.append("date_start IS NOT NULL AND substr(date_start, 1, length(?)) <= substr(?, 1, length(date_start))")
            params += [until, until]
        if members is not None:
            marks = ", ".join("?" * len(members)) or "NULL"
            clauses.append(f"id IN (SELECT event_id FROM event_members WHERE entity_id IN ({marks}))")
            params += sorted(members)
        for group in all_of or ():
            marks = ", ".join("?" * len(group)) or "NULL"
            clauses.append(f"id IN (SELECT event_id FROM event_members WHERE entity_id IN ({marks}))")
            params += sorted(group)
        where = " AND ".join(clauses)  # only the constant clauses above; every value is bound
        order = "COALESCE(date_start, '9999'), id" if oldest_first else "COALESCE(date_start, '0000') DESC, id"
        total = self.db.execute(f"SELECT COUNT(*) FROM events WHERE {where}", params).fetchone()[0]
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM events WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                                             [*params, -1 if limit is None else limit, offset])]
        return total, self._events(ids)

    def event(self, event_id: str) -> dict | None:
        found = self._events([event_id])
        return found[0] if found else None

    def _events(self, ids: list[str]) -> list[dict]:
        """The fused events of these ids, in this order, with participants, organisations and sources
        (read in a few queries per 500 events, not three per event)."""
        rows: dict[str, sqlite3.Row] = {}
        members: dict[str, list[sqlite3.Row]] = {}
        sources: dict[str, list[sqlite3.Row]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))  # only placeholders; every id is bound
            rows.update((r["id"], r) for r in self.db.execute(f"SELECT * FROM events WHERE id IN ({marks})", chunk))
            for m in self.db.execute(
                    "SELECT m.event_id, m.entity_id, m.role, e.name, e.name_en FROM event_members m "
                    f"JOIN entities e ON e.id = m.entity_id WHERE m.event_id IN ({marks}) ORDER BY m.rowid", chunk):
                members.setdefault(m["event_id"], []).append(m)
            for r in self.db.execute(f"SELECT * FROM event_sources WHERE event_id IN ({marks}) ORDER BY rowid", chunk):
                sources.setdefault(r["event_id"], []).append(r)
        events = []
        for event_id in ids:
            row = rows.get(event_id)
            if row is None:
                continue
            mine = members.get(event_id, [])
            events.append({
                "id": row["id"], "type": row["type"],
                "participants": [{"id": m["entity_id"], "name": m["name"], "name_en": m["name_en"]}
                                 for m in mine if m["role"] == "participant"],
                "orgs": [{"id": m["entity_id"], "name": m["name"]} for m in mine if m["role"] == "org"],
                "date": {"start": row["date_start"], "end": row["date_end"]} if row["date_start"] else None,
                "place": row["place"], "status": row["status"], "topics": json.loads(row["topics"]),
                "amount": json.loads(row["amount"]) if row["amount"] else None,
                "sources": [{"source": s["source"], "doc_id": s["doc_id"], "doc_event": s["idx"], "status": s["status"],
                             "published": s["published"], "outlet": s["outlet"], "evidence": s["evidence"],
                             "borrowed_date": s["borrowed_date"]}
                            for s in sources.get(event_id, [])],
                "status_history": [_told(s) for s in sources.get(event_id, [])],
                "merge_reasons": json.loads(row["merge_reasons"]),
            })
        return events

    def fused_entities(self) -> list[dict]:
        return [_entity(r) for r in self.db.execute("SELECT * FROM entities ORDER BY events DESC, documents DESC, id")]

    def entities_where(self, *, text: str | None = None, type: str | None = None, limit: int = 50,
                       offset: int = 0) -> tuple[int, list[dict]]:
        """Fused entities whose name or an alias contains `text`, the most connected first."""
        clauses, params = ["1 = 1"], []
        if type:
            clauses.append("type = ?")
            params.append(type.upper())
        if text:
            clauses.append("(instr(name, ?) > 0 OR instr(COALESCE(name_en, ''), ?) > 0 "
                           "OR id IN (SELECT entity_id FROM aliases WHERE instr(alias, ?) > 0))")
            params += [text, text, text]
        where = " AND ".join(clauses)  # only the constant clauses above; every value is bound
        total = self.db.execute(f"SELECT COUNT(*) FROM entities WHERE {where}", params).fetchone()[0]
        rows = self.db.execute(f"SELECT * FROM entities WHERE {where} ORDER BY events DESC, documents DESC, id "
                               "LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [_entity(r) for r in rows]

    def entity(self, entity_id: str, documents_limit: int | None = None) -> dict | None:
        """One fused entity with the documents that mention it (the newest `documents_limit` of
        them; `documents` counts them all)."""
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        entity = _entity(row)
        entity["roles_over_time"] = self._roles_over_time(entity_id)
        entity["in_documents"] = [dict(r) for r in self.db.execute(
            "SELECT DISTINCT d.doc_id, d.source, d.title, d.published, d.outlet FROM entity_members m "
            "JOIN documents d ON d.doc_id = m.doc_id WHERE m.entity_id = ? ORDER BY d.published DESC, d.source "
            "LIMIT ?", (entity_id, -1 if documents_limit is None else documents_limit))]
        return entity

    def _roles_over_time(self, entity_id: str) -> list[dict]:
        """Each title an entity is given in the articles, with the first and last publication date
        it was given on: what the corpus says of their roles over time."""
        seen: dict[tuple[str, str | None], dict] = {}
        rows = self.db.execute(
            "SELECT de.doc_id, de.roles, d.published FROM entity_members m "
            "JOIN doc_entities de ON de.doc_id = m.doc_id AND de.local_id = m.local_id "
            "JOIN documents d ON d.doc_id = m.doc_id WHERE m.entity_id = ?", (entity_id,)).fetchall()
        for row in rows:
            roles = json.loads(row["roles"])
            if not roles:
                continue
            names = {r["local_id"]: r["name"] for r in self.db.execute(
                "SELECT local_id, name FROM doc_entities WHERE doc_id = ?", (row["doc_id"],))}
            day = (row["published"] or "")[:10] or None
            for role in roles:
                key = (role["title"], names.get(role.get("org")))
                span = seen.setdefault(key, {"title": key[0], "org": key[1], "first": day, "last": day, "documents": 0})
                span["documents"] += 1
                if day:
                    span["first"] = min(filter(None, [span["first"], day]))
                    span["last"] = max(filter(None, [span["last"], day]))
        return sorted(seen.values(), key=lambda r: (r["first"] or "9999", r["title"]))

    def document(self, doc_id: str) -> dict | None:
        """One stored document as its record, each local entity with the fused id it belongs to."""
        row = self.db.execute("SELECT source FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        record = next(r for r in self._records("WHERE doc_id = ?", (doc_id,)))
        fused = {r["local_id"]: r["entity_id"] for r in self.db.execute(
            "SELECT local_id, entity_id FROM entity_members WHERE doc_id = ?", (doc_id,))}
        for entity in record["entities"]:
            entity["fused_id"] = fused.get(entity["id"])
        return record

    def entity_ids_named(self, name: str) -> list[str]:
        """Fused entities any of whose aliases (or name) is `name`."""
        rows = self.db.execute("SELECT DISTINCT entity_id FROM aliases WHERE alias = ? UNION "
                               "SELECT id FROM entities WHERE name = ? OR name_en = ?", (name, name, name))
        return sorted(r[0] for r in rows)

    def search(self, text: str, limit: int = 20) -> list[dict]:
        """Documents whose title or body contain `text` (FTS5 trigram; short words by substring).
        NUL characters are dropped: FTS5 reads its query as a C string."""
        text = text.replace("\x00", "")
        if not text:
            return []
        if len(text) >= 3:
            query = '"' + text.replace('"', '""') + '"'
            rows = self.db.execute(
                "SELECT d.doc_id, d.source, d.title, d.published, d.outlet, "
                "snippet(documents_fts, 2, '[', ']', '…', 12) AS snippet FROM documents_fts "
                "JOIN documents d ON d.doc_id = documents_fts.doc_id WHERE documents_fts MATCH ? LIMIT ?",
                (query, limit)).fetchall()
        else:
            rows = self.db.execute(
                "SELECT doc_id, source, title, published, outlet, substr(body, max(1, instr(body, ?) - 20), 60) AS snippet "
                "FROM documents WHERE instr(body, ?) > 0 OR instr(COALESCE(title, ''), ?) > 0 ORDER BY source LIMIT ?",
                (text, text, text, limit)).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict:
        count = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731 - constant queries of this module
        by_type = {r[0]: r[1] for r in self.db.execute("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY type")}
        by_status = {r[0]: r[1] for r in self.db.execute("SELECT status, COUNT(*) FROM events GROUP BY status ORDER BY status")}
        return {
            "documents": count("SELECT COUNT(*) FROM documents"),
            "documents_failed": count("SELECT COUNT(*) FROM documents WHERE error IS NOT NULL"),
            "document_events": count("SELECT COUNT(*) FROM doc_events"),
            "entities": count("SELECT COUNT(*) FROM entities"),
            "people": count("SELECT COUNT(*) FROM entities WHERE type = 'PERSON'"),
            "organisations": count("SELECT COUNT(*) FROM entities WHERE type = 'ORG'"),
            "events": count("SELECT COUNT(*) FROM events"),
            "events_by_type": by_type,
            "events_by_status": by_status,
            "outlets": count("SELECT COUNT(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
        }

    def dump(self) -> list[str]:
        """The database as SQL text, for comparing two databases."""
        return list(self.db.iterdump())


def _entity(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "type": row["type"], "name": row["name"], "name_en": row["name_en"], "kb_id": row["kb_id"],
            "aliases": json.loads(row["aliases"]), "roles": json.loads(row["roles"]), "documents": row["documents"],
            "events": row["events"]}


def _told(source: sqlite3.Row) -> dict:
    """One entry of an event's status history: who said what, when (sources are stored oldest first)."""
    told = {"source": source["source"], "doc_event": source["idx"], "outlet": source["outlet"],
            "published": source["published"], "status": source["status"], "evidence": source["evidence"]}
    if source["decisive"]:
        told["decisive"] = True
    return told


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class _WriterLock:
    """An exclusive, advisory lock on a file beside the database, held by the one writer.

    flock (fcntl) locks belong to the open file and go with the process, so a killed ingest
    leaves no stale lock behind: the file stays, unlocked, and the next writer takes it. The
    holder writes its pid and start time into the file, so a waiting writer can say who it waits
    for."""

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def acquire(self, wait: float, on_wait: Callable[[str], None] | None, db: Path) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot create the writer lock {self.path}: {exc.strerror}",
                             hint="the folder of --db must exist and be writable to ingest into it") from None
        deadline = time.monotonic() + max(0.0, wait)
        told = False
        while not _try_lock(self.fd):
            holder = self._holder()
            if time.monotonic() >= deadline:
                self.release()
                waited = f"after waiting {wait:g} s" if wait > 0 else "(--wait 0: not waiting)"
                raise StoreBusy(f"another process ({holder}) is writing to {db} {waited}")
            if not told and on_wait is not None:
                on_wait(holder)
                told = True
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))
        os.ftruncate(self.fd, 0)
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.write(self.fd, f"pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())

    def _holder(self) -> str:
        try:
            os.lseek(self.fd, 0, os.SEEK_SET)
            text = os.read(self.fd, 200).decode("utf-8", "replace").strip()
        except OSError:
            text = ""
        return text or "pid unknown"

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the file drops its lock
            self.fd = None


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: lock the first byte instead
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
