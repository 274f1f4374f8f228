"""The commands that check and measure hoedong itself: the knowledge base and outlet table (`kb`),
throughput against Kiwi alone (`bench`) and incremental fusion (`bench-fusion`). Registered on the
`hoedong` app by cli.py; thin like it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from hoedong.errors import HoedongError


def kb(
    query: Optional[str] = typer.Argument(None, help="A name or alias to look up (person or organisation)."),
    on: Optional[str] = typer.Option(None, "--on", help="With --holders: the day (YYYY-MM-DD) to ask about."),
    holders: Optional[str] = typer.Option(None, "--holders", help="Who held this title (e.g. 대통령) on --on."),
) -> None:
    """Show and validate the knowledge base (hoedong/kb/*.tsv); exit 1 when it has problems."""
    from rich.table import Table

    from hoedong.article.outlets import all_outlets, validate_outlets
    from hoedong.cli import err  # the app's error console (imported here: cli.py imports this module)
    from hoedong.knowledge import load_kb, validate

    base = load_kb()
    console = Console()
    problems = validate(base) + [f"outlets.tsv: {problem}" for problem in validate_outlets()]
    if holders:
        names = [p.name for p in base.holders(holders, on)]
        console.print(f"{holders} on {on or 'today'}: {', '.join(names) or 'nobody the knowledge base knows'}")
    elif query:
        person, org = base.person(query), base.org(query)
        if person is None and org is None:
            console.print(f"[yellow]{query}[/] is not in the knowledge base (hoedong still finds people it does not "
                          "know); to add them, give them a line in hoedong/kb/people.tsv or orgs.tsv and run `hoedong kb`")
            raise typer.Exit(1)
        if person is not None:
            console.print(f"[bold]{person.name}[/] ({person.name_en or '-'}) {person.qid or ''}")
            console.print(f"  aliases: {', '.join(person.aliases) or '-'}")
            for role in person.roles:
                console.print(f"  {role.title} @ {role.org}  [{role.start or '…'} .. {role.end or '…'}]")
        if org is not None:
            console.print(f"[bold]{org.name}[/] ({org.name_en or '-'}) {org.qid or ''} {org.kind}"
                          f"{' ⊂ ' + org.parent if org.parent else ''}")
            console.print(f"  aliases: {', '.join(org.aliases) or '-'}")
    else:
        summary = Table("data", "entries", "with QID")
        summary.add_row("people.tsv", str(len(base.people)), str(sum(1 for p in base.people if p.qid)))
        summary.add_row("orgs.tsv", str(len(base.orgs)), str(sum(1 for o in base.orgs if o.qid)))
        summary.add_row("places.tsv", str(len(base.places)), "-")
        summary.add_row("products.tsv", str(len(base.products)), "-")
        summary.add_row("outlets.tsv", str(len(all_outlets())), "-")
        console.print(summary)
    for problem in problems:
        err.print(f"[red]problem[/] {problem}")
    if problems:
        raise typer.Exit(1)
    if not query and not holders:
        console.print("[green]valid[/]: every role's organisation exists, dates parse, QIDs are well formed and unique;"
                      " every outlet has a name and a domain, and no name, alias or domain is on two outlets")


def bench(
    paths: Optional[list[str]] = typer.Argument(None, help="Corpus to measure (default: examples/corpus)."),
    seconds: float = typer.Option(20.0, "--seconds", help="Keep repeating the corpus until this much work is done."),
    out: Path = typer.Option(Path("bench.json"), "--out", help="Where to write the figures as JSON."),
) -> None:
    """Measure each stage's throughput against Kiwi tokenisation alone, on the same corpus."""
    from rich.table import Table

    from hoedong.bench import bench_cold_start, bench_memory, bench_store, bench_workers, run_bench
    from hoedong.cli import _fail, err

    corpus = paths or ["examples/corpus"]
    try:
        memory = bench_memory(corpus)  # first: the floor's own Kiwi, made by run_bench, is not the pipeline's memory
        with Progress(TextColumn("measuring"), BarColumn(), TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("bench", total=1.0)
            result = run_bench(corpus, seconds, progress=lambda done: bar.update(task, completed=done))
    except HoedongError as exc:
        raise _fail(exc) from None
    figures = result.to_json()
    figures["store"] = bench_store(corpus, target_documents=1000)
    figures["cold_start_first_record_s"] = round(bench_cold_start(corpus), 2)
    figures["memory"] = memory
    figures["workers"] = bench_workers(corpus, max(2, os.cpu_count() or 1))
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    table = Table("stage (timed apart)", "docs/s", "chars/s", "cost ÷ Kiwi alone")
    for name, row in figures["stages"].items():
        table.add_row(name, f"{row['docs_per_s']:.1f}", f"{row['chars_per_s']:,}", f"{row['cost_vs_kiwi']:.3f}")
    Console().print(table)
    typer.echo(f"{figures['corpus']['documents']} documents × {figures['corpus']['rounds']} rounds; "
               f"whole pipeline {figures['pipeline_docs_per_s']} docs/s = {figures['pipeline_throughput_vs_kiwi']} × Kiwi alone "
               f"(stages timed apart and added: {figures['stage_sum_throughput_vs_kiwi']} ×); "
               f"bench process peak RSS {figures['peak_rss_mb']} MB (with the floor's Kiwi); written to {out}")
    if cpu := figures["cpu"]:
        typer.echo(f"CPU per document: Kiwi alone {cpu['kiwi_alone_ms_per_doc']} ms, whole pipeline {cpu['pipeline_ms_per_doc']} ms "
                   f"(its main thread {cpu['pipeline_main_thread_ms_per_doc']} ms); ceilings: every core busy "
                   f"{cpu['ceiling_every_core_busy_vs_kiwi']} x, main thread {cpu['ceiling_main_thread_vs_kiwi']} x Kiwi alone")
    store = figures["store"]
    typer.echo(f"store: {store['store_docs_per_s']} documents/s written, {store['db_mb_per_1000_docs']} MB per 1,000 "
               f"articles, fusion of {store['documents']} documents in {store['fusion_seconds']} s")
    memory, pool = figures["memory"], figures["workers"]
    typer.echo(f"cold start to the first record {figures['cold_start_first_record_s']} s; pipeline RSS {memory['rss_mb_after_corpus']} MB "
               f"after the corpus, {memory['rss_mb_after_10x']} MB after {memory['documents_10x']} documents "
               f"(x{memory['growth_ratio']}); {pool['workers']} worker processes: {pool['docs_per_s']} docs/s = {pool['throughput_vs_kiwi']} x Kiwi alone")


def bench_fusion(
    sizes: str = typer.Option("10000,30000,100000", "--sizes", help="Corpus sizes to measure, comma-separated."),
    batch: int = typer.Option(1000, "--batch", min=1, help="Documents added to the corpus at each size."),
    check: bool = typer.Option(True, "--check/--no-check", help="Compare each result with fusing from scratch."),
    out: Path = typer.Option(Path("bench-fusion.json"), "--out", help="Where to write the figures as JSON."),
) -> None:
    """Time to add a batch of documents to a synthetic corpus as it grows (it should stay flat):
    incremental fusion against fusing from scratch."""
    from rich.table import Table

    from hoedong.cli import err

    from hoedong.corpus.benchmark import bench_fusion as run

    try:
        chosen = [int(size.replace("_", "")) for size in sizes.split(",") if size.strip()]
    except ValueError:
        err.print(f"[bold red]error[/]: --sizes takes whole numbers separated by commas, not {sizes!r}")
        raise typer.Exit(2) from None
    with Progress(TextColumn("[progress.description]{task.description}"), TimeElapsedColumn(), console=err,
                  transient=True) as bar:
        task = bar.add_task("synthetic corpus", total=None)
        rows = run(chosen, batch, check=check, progress=lambda said: bar.update(task, description=said))
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    table = Table("documents", f"add {batch:,}: store s", "fuse s", "total s", "re-fused docs", "from scratch s",
                  "equal")
    for row in rows:
        table.add_row(f"{row['documents']:,}", str(row["store_batch_s"]), str(row["fuse_batch_s"]),
                      str(row["add_batch_s"]), str(row["refused_documents"]), str(row["fuse_from_scratch_s"]),
                      str(row.get("equal_to_scratch", "-")))
    Console().print(table)
    typer.echo(f"written to {out}")
