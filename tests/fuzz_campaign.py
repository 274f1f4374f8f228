"""A long fuzz campaign over hoedong's reader and pipeline: `python tests/fuzz_campaign.py --cases 10000`.

Case number i of a campaign is built by tests/fuzz_inputs.py from `random.Random(seed * 10**7 + i)`,
so a campaign is the same every time it runs with the same --seed, and any case it reports can be
run again alone with --replay SEED (its seed is printed). Cases run in worker processes that load
Kiwi once; a case still running after --timeout seconds is stopped (its worker is replaced) and
reported. Prints: cases run, time per case, records by error_code, crashes (with the first
traceback), time-outs, internal errors (D900), documents lost, control documents read as errors,
extra records, malformed error messages, and the slowest case.

Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import multiprocessing
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_inputs import (FORMS, LIMIT, LONG_LINE, Budget, Case, control_problems, count_problems,  # noqa: E402
                         message_problems, random_case, read_case)

CASE_SEED_STRIDE = 10**7


def case_seed(seed: int, number: int) -> int:
    return seed * CASE_SEED_STRIDE + number


@dataclass
class Outcome:
    seed: int
    case: Case
    seconds: float
    records: list[dict] = field(default_factory=list)
    crash: str | None = None  # the traceback of an exception that escaped (or why the worker stopped)
    internal: str | None = None  # what the pipeline printed for a D900 record
    timed_out: bool = False
    problems: list[str] = field(default_factory=list)


def execute(seed: int, budget: Budget, form: str | None) -> tuple[float, list[dict], str | None, str | None]:
    """Build case `seed` and run hoedong on it in this process: seconds, records, crash, internal."""
    from hoedong.pipeline import run_many

    case = random_case(seed, budget, form)
    captured = io.StringIO()
    records: list[dict] = []
    crash = internal = None
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stderr(captured):
        try:
            raws = read_case(case, folder, budget.limit)
            records = [record.to_json() for record in run_many(raws)]
        except Exception:  # noqa: BLE001 - a crash is what the campaign looks for
            crash = traceback.format_exc()
    seconds = time.perf_counter() - start
    if any(r.get("error_code") == "D900" for r in records):
        internal = captured.getvalue()[-4000:] or "(nothing printed)"
    return seconds, records, crash, internal


def judge(seed: int, budget: Budget, form: str | None, seconds: float, records: list[dict],
          crash: str | None = None, internal: str | None = None, timed_out: bool = False) -> Outcome:
    case = random_case(seed, budget, form)  # the same bytes the worker built: cases are deterministic
    outcome = Outcome(seed, case, seconds, records, crash, internal, timed_out)
    if crash is None and not timed_out:
        outcome.problems = (count_problems(case, records) + control_problems(case, records)
                            + message_problems(records))
    return outcome


def run_one(seed: int, budget: Budget, form: str | None) -> Outcome:
    """One case, in this process (no time-out)."""
    return judge(seed, budget, form, *execute(seed, budget, form))


def _worker(conn, budget: Budget, form: str | None) -> None:
    """A worker process: Kiwi once, then cases by seed until told to stop."""
    from hoedong.nlp import kiwi

    kiwi().tokenize("준비")
    conn.send("ready")
    while True:
        seed = conn.recv()
        if seed is None:
            return
        conn.send((seed, *execute(seed, budget, form)))


class Worker:
    """One worker process and the case it is running."""

    def __init__(self, budget: Budget, form: str | None):
        self.budget, self.form = budget, form
        context = multiprocessing.get_context("spawn")  # Kiwi runs threads: never fork a process holding one
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, budget, form), daemon=True)
        self.process.start()
        child.close()
        self.seed: int | None = None
        self.started = 0.0
        self.ready = False

    def submit(self, seed: int) -> None:
        self.seed, self.started = seed, time.perf_counter()
        self.conn.send(seed)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError, BrokenPipeError):
                self.conn.send(None)
        self.process.join(10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def run_cases(seeds: list[int], budget: Budget, form: str | None, jobs: int, timeout: float):
    """Outcomes of the cases, in the order they finish, from `jobs` worker processes."""
    pending = list(reversed(seeds))
    workers = [Worker(budget, form) for _ in range(max(1, jobs))]
    try:
        while pending or any(w.seed is not None for w in workers):
            for worker in workers:
                if worker.ready and worker.seed is None and pending:
                    worker.submit(pending.pop())
            busy = [w for w in workers if w.seed is not None]
            waits = [timeout - (time.perf_counter() - w.started) for w in busy]
            ready = wait([w.conn for w in workers], timeout=max(0.05, min(waits)) if waits else None)
            for index, worker in enumerate(workers):
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):  # the worker died (a crash in native code?)
                        code = worker.process.exitcode
                        if not worker.ready:
                            raise RuntimeError(f"a worker process could not start (exit code {code})") from None
                        if worker.seed is not None:
                            yield judge(worker.seed, budget, form, time.perf_counter() - worker.started, [],
                                        crash=f"the worker process died (exit code {code}) on this case")
                        worker.stop(kill=True)
                        workers[index] = Worker(budget, form)
                        continue
                    if message == "ready":
                        worker.ready = True
                        continue
                    seed, *result = message
                    worker.seed = None
                    yield judge(seed, budget, form, *result)
                elif worker.seed is not None and time.perf_counter() - worker.started > timeout:
                    seed, seconds = worker.seed, time.perf_counter() - worker.started
                    worker.stop(kill=True)
                    workers[index] = Worker(budget, form)
                    yield judge(seed, budget, form, seconds, [], timed_out=True)
    finally:
        for worker in workers:
            worker.stop()


def damage_kind(label: str) -> str:
    """'missing_header(record 2 of 3: missing WARC-Target-URI); pages: …' → 'missing_header WARC-Target-URI'."""
    head = label.split(";")[0]
    kind = re.match(r"[\w:. ]+", head)
    kind = kind.group(0).strip() if kind else head
    detail = re.search(r"missing ([\w-]+)|Content-Length \d+ -> ('?[-\w]*'?)|junk (b'[^']*')", head)
    if detail:
        kind += " " + next(g for g in detail.groups() if g is not None)
    if "no space after periods" in head:
        kind += " (no space after periods)"
    if kind in ("mixed", "bom", "unclosed", "deep", "empty", "magic", "line:malformed", "line:wrong_type"):
        kind = head
    return kind


def problem_kind(problem: str, case: Case) -> str:
    """'control as error: record 2 (flip(3)) is D103: …' → 'control as error | flip | D103';
    'lost: …' → 'lost | <the case's damage>'."""
    category = problem.split(":")[0]
    if category.startswith("record "):  # a malformed error message
        code = re.search(r"(D\d{3})", problem)
        return f"bad message | {code.group(1) if code else '?'}"
    damage = re.search(r"\((.*?)\) (?:is|body)", problem)
    code = re.search(r" is (D\d{3})", problem)
    parts = [category, damage_kind(damage.group(1) if damage else case.damage)]
    if code:
        parts.append(code.group(1))
    return " | ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=1000, help="how many cases to run")
    parser.add_argument("--seed", type=int, default=0, help="the campaign's seed (case i is seed*10^7+i)")
    parser.add_argument("--start", type=int, default=0, help="the number of the first case (to resume a campaign)")
    parser.add_argument("--form", choices=FORMS, default=None, help="only this input form")
    parser.add_argument("--max-bytes", type=int, default=LIMIT, help="the per-document limit hoedong reads with")
    parser.add_argument("--long-line", type=int, default=LONG_LINE,
                        help="the longest enormous line built within the limit, in characters")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (each loads Kiwi once)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds one case may take before it is stopped and reported")
    parser.add_argument("--examples", type=int, default=3, help="case seeds shown for each kind of finding")
    parser.add_argument("--replay", type=int, default=None, help="run the case with this seed alone and show it")
    args = parser.parse_args(argv)
    budget = Budget(args.max_bytes, args.long_line)

    from rich.console import Console

    out = Console(highlight=False, soft_wrap=True, markup=False)
    if args.replay is not None:
        return replay(out, args.replay, budget, args.form)

    err = Console(file=sys.stderr, highlight=False)
    return campaign(out, err, args, budget)


def campaign(out, err, args, budget: Budget) -> int:
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    codes: Counter[str] = Counter()
    timeouts: list[Outcome] = []
    forms: Counter[str] = Counter()
    findings: dict[str, list[Outcome]] = defaultdict(list)  # kind of finding → the cases showing it
    crashes: list[Outcome] = []
    internals: list[Outcome] = []
    times: list[float] = []
    slowest: Outcome | None = None
    documents = controls = lost_documents = 0
    started = time.perf_counter()
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[found]}"), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("fuzzing", total=args.cases, found="starting workers (Kiwi)")
        seeds = [case_seed(args.seed, number) for number in range(args.start, args.start + args.cases)]
        outcomes = run_cases(seeds, budget, args.form, args.jobs, args.timeout)
        for outcome in _until_interrupted(outcomes, err):
            case = outcome.case
            forms[case.form] += 1
            times.append(outcome.seconds)
            if slowest is None or outcome.seconds > slowest.seconds:
                slowest = outcome
            documents += len(outcome.records)
            controls += case.controls
            codes.update(r.get("error_code") or "ok" for r in outcome.records)
            if outcome.timed_out:
                timeouts.append(outcome)
                findings[f"timeout | {case.form} {damage_kind(case.damage)}"].append(outcome)
            if outcome.crash:
                crashes.append(outcome)
                last = outcome.crash.strip().splitlines()[-1]
                findings[f"crash | {case.form} {damage_kind(case.damage)} | {last[:100]}"].append(outcome)
            if outcome.internal:
                internals.append(outcome)
            for problem in outcome.problems:
                findings[problem_kind(problem, case) + f" | {case.form}"].append(outcome)
            expected = max(case.min_records, case.whole)
            if outcome.crash is None and not outcome.timed_out and len(outcome.records) < expected:
                lost_documents += expected - len(outcome.records)
            found = sum(len(v) for v in findings.values())
            progress.update(task, advance=1,
                            found=f"crashes {len(crashes)}  time-outs {len(timeouts)}  findings {found}  "
                                  f"slowest {slowest.seconds:.1f}s")
    elapsed = time.perf_counter() - started
    for outcomes in findings.values():
        outcomes.sort(key=lambda o: o.seed)
    crashes.sort(key=lambda o: o.seed)
    internals.sort(key=lambda o: o.seed)
    report(out, args, codes, forms, findings, crashes, timeouts, internals, times, slowest, documents, controls,
           lost_documents, elapsed)
    return 1 if findings or internals else 0


def _until_interrupted(outcomes, err):
    """The outcomes until Ctrl-C, after which the campaign reports what it has."""
    try:
        yield from outcomes
    except KeyboardInterrupt:
        outcomes.close()
        err.print("interrupted: reporting the cases run so far")


def report(out, args, codes, forms, findings, crashes, timeouts, internals, times, slowest, documents, controls,
           lost_documents, elapsed) -> None:
    def cases_with(prefix: str) -> set[int]:
        return {o.seed for kind, outcomes in findings.items() if kind.startswith(prefix) for o in outcomes}

    out.rule("hoedong fuzz campaign")
    by_form = ", ".join(f"{form} {n}" for form, n in sorted(forms.items()))
    out.print(f"cases run        {len(times)} (seed {args.seed}, from case {args.start}; {by_form})")
    if not times:
        out.print("no case was run")
        return
    out.print(f"time             {elapsed:.1f} s with {args.jobs} worker(s); "
              f"per case mean {statistics.mean(times) * 1000:.0f} ms, "
              f"median {statistics.median(times) * 1000:.0f} ms, "
              f"p95 {_quantile(times, 0.95) * 1000:.0f} ms, max {max(times):.2f} s")
    out.print(f"records          {documents} ({controls} control documents)")
    out.print("by error_code    " + ", ".join(f"{code} {n}" for code, n in sorted(codes.items())))
    out.print(f"crashes          {len(crashes)} cases")
    out.print(f"time-outs        {len(timeouts)} cases (over {args.timeout:g} s each, stopped)")
    out.print(f"internal errors  {len(internals)} cases with a D900 record")
    out.print(f"documents lost   {len(cases_with('lost'))} cases, {lost_documents} documents "
              "(fewer records than expected, or lost silently)")
    out.print(f"controls as errors  {len(cases_with('control as error'))} cases")
    out.print(f"controls that lost their prose  {len(cases_with('control lost its prose'))} cases")
    out.print(f"extra records    {len(cases_with('extra'))} cases")
    out.print(f"bad error codes  {len(cases_with('code'))} cases")
    out.print(f"bad messages     {len(cases_with('bad message'))} cases")
    if slowest is not None:
        stopped = " (stopped: time-out)" if slowest.timed_out else ""
        out.print(f"slowest case     {slowest.seconds:.2f} s{stopped}: seed {slowest.seed}, "
                  f"form {slowest.case.form}, damage {slowest.case.describe()}")
    if findings:
        out.rule("findings (kind | damage | form: cases, first seeds)")
        for kind, outcomes in sorted(findings.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            seeds = ", ".join(str(o.seed) for o in outcomes[: args.examples])
            out.print(f"{len(outcomes):6d}  {kind}  (seeds {seeds})")
    if crashes:
        first = crashes[0]
        out.rule("first crash")
        out.print(f"seed {first.seed}: {first.case.describe()}")
        out.print(first.crash)
    if internals:
        out.rule("first internal error (D900)")
        out.print(f"seed {internals[0].seed}: {internals[0].case.describe()}")
        out.print(internals[0].internal)


def replay(out, seed: int, budget: Budget, form: str | None) -> int:
    """One case, shown in full: its expectations, its records and what is wrong with them."""
    import json

    outcome = run_one(seed, budget, form)
    case = outcome.case
    out.print(f"seed {seed}: {case.describe()}")
    out.print(f"expected {case.min_records}..{case.max_records} records (documents in the input: {case.whole})")
    for number, doc in enumerate(case.docs, 1):
        out.print(f"  doc {number}: {'control' if doc.control else 'damaged'} {doc.damage}"
                  + (f" (codes {'/'.join(sorted(doc.codes))})" if doc.codes else ""))
    out.print(f"took {outcome.seconds:.2f} s; first bytes: {case.data[:200]!r}")
    for record in outcome.records:
        out.print(json.dumps({k: record.get(k) for k in ("source", "error_code", "error", "title")}
                             | {"body": record.get("body", "")[:160]}, ensure_ascii=False))
    if outcome.crash:
        out.print(outcome.crash)
    for problem in outcome.problems:
        out.print(problem, style="red")
    return 1 if outcome.crash or outcome.problems else 0


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


if __name__ == "__main__":
    sys.exit(main())
