"""The `hoedong` command: thin; it parses, calls the library and renders."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from hoedong import __version__
from hoedong.cli_measure import bench, bench_fusion, kb
from hoedong.errors import HoedongError, exit_status
from hoedong.ingest import list_inputs, max_bytes_from_env, read_input
from hoedong.model import DocRecord, RawDoc
from hoedong.pipeline import run_many

app = typer.Typer(
    help="hoedong: who met whom, visited where, partnered with and invested in whom, from Korean news.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    pretty = "pretty"


def _fail(exc: HoedongError) -> typer.Exit:
    err.print(f"[bold red]error[/] {exc.code}: {exc.reason}")
    return typer.Exit(2)


def _records(paths: list[str], max_bytes: int, quiet: bool, workers: int = 1) -> Iterator[DocRecord]:
    """Records of every document under `paths`, with a progress bar on a terminal."""
    if workers > 1:
        from hoedong.parallel import run_parallel

        inputs = list_inputs(paths)
        yield from run_parallel((doc for item in inputs for doc in read_input(item, max_bytes)), workers)
        return
    inputs = list_inputs(paths)
    show = not quiet and err.is_terminal and len(inputs) > 1
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, disable=not show, transient=True) as progress:
        task = progress.add_task("reading", total=len(inputs))

        def documents() -> Iterator[RawDoc]:
            """Every input's documents as one stream (Kiwi reads ahead across files), advancing
            the bar as each input is read."""
            for item in inputs:
                progress.update(task, description=f"reading {Path(item.path).name}")
                yield from read_input(item, max_bytes)
                progress.advance(task)

        yield from run_many(documents())


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files (.txt .html .jsonl .warc .warc.gz), directories, or - for stdin."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl: one record a line; json: an array; pretty: for reading."),
    max_bytes: int = typer.Option(None, "--max-bytes", help="Largest document read, in bytes (default 20 MB, or HOEDONG_MAX_BYTES)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary on stderr."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Worker processes (each loads Kiwi once)."),
    engine: str = typer.Option("local", "--engine", help="local, or dask for a Dask distributed cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: the scheduler address (tcp://host:8786)."),
    out: Optional[Path] = typer.Option(None, "--out", help="With --engine dask: the folder for the record shards."),
) -> None:
    """Print one record per document, as spec/OUTPUT.md defines it.

    Exit status 0 when every document was read, 1 when some failed (their records carry
    `error`), 2 when the command itself could not run. With --engine dask the records go to
    sharded JSONL files in --out, for `hoedong ingest --records DIR`.
    """
    limit = max_bytes or max_bytes_from_env()
    if engine == "dask":
        if not scheduler or not out:
            err.print("[bold red]error[/]: --engine dask needs --scheduler ADDRESS and --out DIR")
            raise typer.Exit(2)
        from hoedong.distributed import extract_on_dask

        try:
            shards = extract_on_dask(paths, scheduler, out, limit)
        except (OSError, TimeoutError) as exc:
            err.print(f"[bold red]error[/]: the Dask cluster at {scheduler} cannot be reached ({exc}); is the scheduler running?")
            raise typer.Exit(2) from None
        except HoedongError as exc:
            raise _fail(exc) from None
        err.print(f"[dim]{len(shards)} shards written to {out}[/]")
        return
    if engine != "local":
        err.print("[bold red]error[/]: --engine is local or dask")
        raise typer.Exit(2)
    failed = total = 0
    out = sys.stdout
    try:
        if format is OutputFormat.json:
            out.write("[")
        for record in _records(paths, limit, quiet, workers):
            data = record.to_json()
            total += 1
            failed += 1 if data.get("error") else 0
            if format is OutputFormat.jsonl:
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            elif format is OutputFormat.json:
                out.write(("," if total > 1 else "") + "\n" + json.dumps(data, ensure_ascii=False, indent=2))
            else:
                _print_pretty(data)
            out.flush()
        if format is OutputFormat.json:
            out.write("\n]\n")
    except HoedongError as exc:
        raise _fail(exc) from None
    if not quiet:
        note = f", [red]{failed} failed[/] (see their \"error\")" if failed else ""
        err.print(f"[dim]{total} documents{note}[/]")
    raise typer.Exit(exit_status(failed))


def _print_pretty(data: dict) -> None:
    console = Console()
    if data.get("error"):
        console.print(f"[bold red]✗ {data['source']}[/] {data.get('error_code')}: {data['error']}")
        return
    console.rule(f"[bold]{data['title'] or '(no title)'}")
    console.print(f"[dim]{data['source']}[/]  {data['outlet'] or '-'} · {data['published'] or 'date unknown'}"
                  f" · {', '.join(data['reporters']) or 'no byline'}")
    body = data["body"]
    console.print(body[:600] + ("…" if len(body) > 600 else ""), highlight=False)
    if data["entities"] or data["events"]:
        console.print(f"[dim]{len(data['entities'])} entities, {len(data['events'])} events[/]")


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold annotations (JSONL, spec/ANNOTATION.md)."),
    paths: Optional[list[str]] = typer.Argument(None, help="The documents the gold describes (files or directories)."),
    records: Optional[Path] = typer.Option(None, "--records", exists=True, dir_okay=False, help="Score this `hoedong extract` output instead of running the pipeline."),
    misses: bool = typer.Option(False, "--misses", help="Also print, per document, what was missed or extra."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    explain: bool = typer.Option(False, "--why", help="Also count each missed and extra event by the class of its fault "
                                 "(recognition, trigger, type, role, date, modality, spurious) and list them."),
) -> None:
    """Run the pipeline on annotated documents and print the scores tools/score.py prints."""
    from hoedong.evaluate import report_lines, score, source_key, why, why_table

    wanted = {source_key(r, n): r for n, r in enumerate(_read_jsonl(gold), 1)}
    if records is not None:
        produced = {source_key(r, n): r for n, r in enumerate(_read_jsonl(records), 1)}
    elif paths:
        try:
            produced = {source_key(r.to_json()): r.to_json() for r in _records(paths, max_bytes_from_env(), False)}
        except HoedongError as exc:
            raise _fail(exc) from None
    else:
        err.print("[bold red]error[/]: give the documents the gold describes (PATH...) or --records FILE")
        raise typer.Exit(2)
    scores = score(wanted, produced)
    if as_json:
        typer.echo(json.dumps(_scores_json(scores), ensure_ascii=False, indent=1))
        return
    for line in report_lines(scores):
        typer.echo(line)
    if misses:
        for miss in scores.misses:
            typer.echo(json.dumps(miss, ensure_ascii=False))
    if explain:
        items = why(wanted, produced)
        for line in why_table(items):
            typer.echo(line)
        for item in items:
            typer.echo(json.dumps(item, ensure_ascii=False))


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                err.print(f"[bold red]error[/]: {path} line {number} is not JSON ({exc.msg})")
                raise typer.Exit(2) from None
    return rows


def _scores_json(scores) -> dict:
    def prf(c):
        return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "p": round(c.precision, 3), "r": round(c.recall, 3), "f1": round(c.f1, 3)}
    return {
        "documents": scores.documents,
        "articles": {k: f"{v[0]}/{v[1]}" for k, v in scores.articles.items() if v[1]},
        "people": prf(scores.people),
        "events": {level: {"all": prf(scores.events_total(level)),
                           **{t: prf(c) for t, c in table.items() if c.tp + c.fp + c.fn}}
                   for level, table in scores.events.items()},
        "misses": scores.misses,
    }


# the commands that check and measure hoedong itself (cli_measure.py)
app.command()(kb)
app.command()(bench)
app.command("bench-fusion")(bench_fusion)


# ---- the corpus ----------------------------------------------------------------------------------

DB_OPTION = typer.Option(Path("hoedong.db"), "--db", help="The corpus database (SQLite).")


class ListFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    json = "json"


def _open_store(db: Path, readonly: bool = True):
    from hoedong.corpus import SQLiteStore

    try:
        return SQLiteStore(db, readonly=readonly)
    except HoedongError as exc:
        raise _fail(exc) from None


@app.command()
def ingest(
    paths: Optional[list[str]] = typer.Argument(None, help="Files, directories or - (as for extract)."),
    db: Path = DB_OPTION,
    records: Optional[Path] = typer.Option(None, "--records", help="A folder of record shards (from --engine dask) to store instead."),
    max_bytes: int = typer.Option(None, "--max-bytes", help="Largest document read, in bytes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64, help="Worker processes (each loads Kiwi once)."),
    wait: float = typer.Option(600.0, "--wait", min=0, help="Seconds to wait for another ingest into the same --db to finish (0: stop at once)."),
) -> None:
    """Run the pipeline over every input, store each new document, then fuse the corpus.

    Re-ingesting a document changes nothing; an interrupted ingest resumes where it stopped.
    One ingest writes to a database at a time: a second one waits for the first (up to --wait
    seconds), then stores what the first did not.
    """
    from hoedong.corpus import ingest as ingest_records

    if records is None and not paths:
        err.print("[bold red]error[/]: give the documents (PATH...) or --records DIR")
        raise typer.Exit(2)
    store = _open_writer(db, wait)
    counts = {"new": 0, "known": 0, "failed": 0}

    def seen(record: dict, new: bool) -> None:
        counts["new" if new else "known"] += 1
        counts["failed"] += 1 if record.get("error") else 0

    if records is not None:
        from hoedong.distributed import read_shards

        source = read_shards(records)
    else:
        source = _records(paths, max_bytes or max_bytes_from_env(), quiet, workers)
    try:
        ingest_records(store, source, seen)
    except HoedongError as exc:
        raise _fail(exc) from None
    finally:
        store.close()
    err.print(f"[dim]{counts['new']} new, {counts['known']} already stored, {counts['failed']} failed; corpus fused in {db}[/]")


def _open_writer(db: Path, wait: float):
    """The database opened as its one writer, waiting for another ingest (saying so) up to `wait` s."""
    import time

    from hoedong.corpus import SQLiteStore

    began: list[float] = []

    def waiting(holder: str) -> None:
        began.append(time.monotonic())
        err.print(f"[yellow]waiting[/] for another ingest into {db} ({holder}) to finish, up to {wait:g} s "
                  "(--wait to change)")

    try:
        store = SQLiteStore(db, readonly=False, wait=wait, on_wait=waiting)
    except HoedongError as exc:
        raise _fail(exc) from None
    if began:
        err.print(f"[dim]the other ingest is done; writing to {db} after waiting {time.monotonic() - began[0]:.1f} s[/]")
    return store


def _named(store, name: Optional[str], types: Optional[tuple[str, ...]] = None) -> Optional[set[str]]:
    from hoedong.corpus.query import ids_named

    if not name:
        return None
    ids = ids_named(store, name, types)
    if not ids:
        err.print(f"[yellow]no {'organisation' if types else 'entity'} is called {name}[/] "
                  "(try `hoedong entities` to see names)")
    return ids


TYPE_OPTION = typer.Option(None, "--type", help="MEET, VISIT, PARTNER or INVEST.")
ENTITY_OPTION = typer.Option(None, "--entity", help="Only events of this entity (any alias).")
ORG_OPTION = typer.Option(None, "--org", help="Only events of this organisation (any alias).")
SINCE_OPTION = typer.Option(None, "--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL_OPTION = typer.Option(None, "--until", help="Up to this date.")
STATUS_OPTION = typer.Option(None, "--status", help="occurred, planned, requested, speculated or denied.")


def _filters(store, type, entity, org, since, until, status):
    """The filters as the API reads them (hoedong/corpus/query.py): given together, they intersect."""
    from hoedong.corpus.query import ORG_TYPES, Filters

    _named(store, entity)  # says so when a name matches nobody
    _named(store, org, ORG_TYPES)
    return Filters(type=type.upper() if type else None, entity=entity, org=org, since=since, until=until,
                   status=status)


@app.command()
def events(
    db: Path = DB_OPTION,
    format: ListFormat = typer.Option(ListFormat.jsonl, "--format", "-f"),
    type: Optional[str] = TYPE_OPTION,
    entity: Optional[str] = ENTITY_OPTION,
    org: Optional[str] = ORG_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    status: Optional[str] = STATUS_OPTION,
) -> None:
    """Print the fused events (spec/CORPUS.md)."""
    from hoedong.corpus import query

    store = _open_store(db)
    _, chosen = query.events(store, _filters(store, type, entity, org, since, until, status), limit=None,
                             oldest_first=True)
    if format is ListFormat.jsonl:
        for event in chosen:
            typer.echo(json.dumps(event, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("date", "type", "who", "place", "status", "sources")
    for event in chosen:
        who = ", ".join(p["name"] for p in event["participants"]) or ", ".join(o["name"] for o in event["orgs"])
        table.add_row((event["date"] or {}).get("start") or "-", event["type"], who, event["place"] or "-",
                      event["status"], str(len(event["sources"])))
    Console().print(table)


@app.command()
def entities(
    db: Path = DB_OPTION,
    format: ListFormat = typer.Option(ListFormat.jsonl, "--format", "-f"),
    type: Optional[str] = typer.Option(None, "--type", help="PERSON, ORG, PLACE, PRODUCT or PROJECT."),
    entity: Optional[str] = typer.Option(None, "--entity", help="Only this entity (any alias)."),
) -> None:
    """Print the fused entities (spec/CORPUS.md)."""
    store = _open_store(db)
    ids = _named(store, entity)
    chosen = [e for e in store.fused_entities()
              if (not type or e["type"] == type.upper()) and (ids is None or e["id"] in ids)]
    if format is ListFormat.jsonl:
        for item in chosen:
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("name", "type", "roles", "documents", "events")
    for item in chosen:
        roles = ", ".join(f"{r['title']}@{r['org']}" if r["org"] else r["title"] for r in item["roles"][:3])
        table.add_row(item["name"], item["type"], roles, str(item["documents"]), str(item["events"]))
    Console().print(table)


@app.command("who-met")
def who_met(name: str = typer.Argument(..., help="A person (any alias)."), db: Path = DB_OPTION,
            since: Optional[str] = typer.Option(None, "--since")) -> None:
    """Whom this person met, when and where, with how many reports."""
    from hoedong.corpus import query
    from hoedong.corpus.query import Filters

    store = _open_store(db)
    ids = _named(store, name)
    if not ids:
        raise typer.Exit(1)
    _, met = query.events(store, Filters(type="MEET", entity=name, since=since), limit=None, oldest_first=True)
    for event in met:
        others = [p["name"] for p in event["participants"] if p["id"] not in ids]
        typer.echo(f"{(event['date'] or {}).get('start') or '날짜 미상':<10}  {', '.join(others)}  "
                   f"@ {event['place'] or '-'}  [{event['status']}, {len(event['sources'])} reports]")


@app.command()
def timeline(name: str = typer.Argument(..., help="A person or organisation (any alias)."), db: Path = DB_OPTION) -> None:
    """Every event of this entity, in date order."""
    from hoedong.corpus import query
    from hoedong.corpus.query import Filters

    store = _open_store(db)
    ids = _named(store, name)
    if not ids:
        raise typer.Exit(1)
    for event in query.events(store, Filters(entity=name), limit=None, oldest_first=True)[1]:
        who = ", ".join(p["name"] for p in event["participants"]) or ", ".join(o["name"] for o in event["orgs"])
        typer.echo(f"{(event['date'] or {}).get('start') or '날짜 미상':<10}  {event['type']:<7} {who}  "
                   f"[{event['status']}] {event['place'] or ''}")


@app.command()
def search(text: str = typer.Argument(..., help="Words to find in titles and bodies."), db: Path = DB_OPTION,
           limit: int = typer.Option(20, "--limit", max=200)) -> None:
    """Full-text search of the stored articles."""
    store = _open_store(db)
    for hit in store.search(text, limit):
        typer.echo(f"{hit['published'] or '-':<10.10}  {hit['outlet'] or '-'}  {hit['title'] or hit['source']}")
        typer.echo(f"            {' '.join(hit['snippet'].split())}")  # one line a hit, whatever the body's breaks


@app.command()
def stats(db: Path = DB_OPTION) -> None:
    """Counts of the corpus, and its most central people and organisations."""
    from hoedong.corpus.graph import alliance_graph, people_graph, summary

    store = _open_store(db)
    figures = store.stats()
    entities_, events_ = store.fused_entities(), store.fused_events()
    figures["people_graph"] = summary(people_graph(entities_, events_), 5)
    figures["alliance_graph"] = summary(alliance_graph(entities_, events_), 5)
    typer.echo(json.dumps(figures, ensure_ascii=False, indent=1))


@app.command()
def export(
    format: ExportFormat = typer.Option(..., "--format", "-f", help="graphml, gexf, csv or json."),
    db: Path = DB_OPTION,
    out: Optional[Path] = typer.Option(None, "--out", help="Output file (default hoedong.<format>)."),
    graph: str = typer.Option("full", "--graph", help="full, people or alliance."),
    type: Optional[str] = TYPE_OPTION,
    entity: Optional[str] = ENTITY_OPTION,
    org: Optional[str] = ORG_OPTION,
    since: Optional[str] = SINCE_OPTION,
    until: Optional[str] = UNTIL_OPTION,
    status: Optional[str] = STATUS_OPTION,
) -> None:
    """Export the graph for Gephi (GEXF, GraphML), Neo4j or pandas (CSV), or the web (JSON).

    With filters, the graph of the events they keep (the explorer's export of the same filters is
    the same file); without, the whole corpus.
    """
    from hoedong.corpus import query

    if graph not in query.GRAPHS:
        err.print("[bold red]error[/]: --graph is full, people or alliance")
        raise typer.Exit(2)
    store = _open_store(db)
    target = out or Path(f"hoedong.{format.value}")
    chosen = query.network(store, _filters(store, type, entity, org, since, until, status), graph)
    files = query.export_files(chosen, format.value, target.stem)
    written = [target] if len(files) == 1 else [target.with_name(name) for name in files]
    for path, data in zip(written, files.values()):
        path.write_bytes(data)
    err.print(f"[dim]wrote {', '.join(map(str, written))}[/]")


@app.command()
def serve(
    db: Path = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
) -> None:
    """Serve the corpus's JSON API (documented at /api/docs), the database opened read-only."""
    import uvicorn

    from hoedong.web import create_app

    try:
        api = create_app(db)
    except HoedongError as exc:
        raise _fail(exc) from None
    err.print(f"[dim]serving {db} on http://{host}:{port}/api/docs[/]")
    uvicorn.run(api, host=host, port=port, log_level="warning")


@app.command()
def version() -> None:
    """Print hoedong's version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
