"""Property-based fuzzing of reading: damaged inputs built from control articles (tests/fuzz_inputs.py).

Properties, each checked per input form (txt, html, jsonl, warc, warc.gz, stdin):

* the reader never raises, whatever the bytes;
* every input yields its records (one per file, per non-blank feed line, per WARC document
  record; a damaged WARC: the records before the damage plus a D106 error, never a silent loss);
* every error record has a known error_code and a message '<what is wrong>; <what to do>';
* a control document (readable prose, perhaps damaged in ways that leave it readable) is never
  an error, and its body keeps its sentences;
* `hoedong extract --workers 2` prints what one worker prints.

Bounded for CI: few examples, deterministic (derandomize), no shrinking (set
HOEDONG_FUZZ_SHRINK=1 to shrink a failure to a minimal input, HOEDONG_FUZZ_EXAMPLES=N for more
examples). tests/fuzz_campaign.py runs the same builders for thousands of cases.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, note, settings
from hypothesis.configuration import set_hypothesis_home_dir

from fuzz_inputs import (FORMS, LIMIT, Budget, Case, cases, control_problems, count_problems, message_problems,
                         random_case, read_case, run_case, write_case)

# Hypothesis keeps a cache of its own; not in the checkout (no example database is used: CI is derandomized)
set_hypothesis_home_dir(Path(os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY", "")
                             or Path(tempfile.gettempdir()) / "hoedong-hypothesis"))

BUDGET = Budget(limit=LIMIT, long_line=3_000)  # lines this long still cost hoedong well under a second
_SCALE = int(os.environ.get("HOEDONG_FUZZ_EXAMPLES", "0"))
_PHASES = tuple(Phase) if os.environ.get("HOEDONG_FUZZ_SHRINK") else (Phase.explicit, Phase.generate)


def bounded(examples: int):
    """CI settings: deterministic, no deadline (Kiwi's first load), no shrinking unless asked."""
    return settings(max_examples=_SCALE or examples, deadline=None, derandomize=True, database=None,
                    phases=_PHASES, print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.large_base_example, HealthCheck.function_scoped_fixture])


def _strategies():
    return {form: cases(BUDGET, form) for form in FORMS}


STRATEGIES = _strategies()


# Cases tests/fuzz_campaign.py found (by seed, built as the campaign builds them), run first every time.
FOUND = {
    "jsonl": [10000025],  # a feed whose first line is only a UTF-8 BOM
    "warc": [265, 10002292],  # junk with no newline before a record; a record cut inside its HTTP headers
    "warc.gz": [10001305],  # a gzip member cut short inside the record's HTTP headers
    "stdin": [322, 389],  # the same junk in a crawl on stdin; a feed on stdin that starts with a UTF-8 BOM
}


def with_found(form: str, check):
    for seed in FOUND.get(form, ()):
        check = example(random_case(seed))(check)
    return check


def _folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _describe(case: Case) -> str:
    note(case.describe())
    return f"{case.describe()}\n  expected {case.min_records}..{case.max_records} records; docs: " + "; ".join(
        f"{'control' if d.control else 'damaged'} {d.damage}" for d in case.docs)


# ---- the reader --------------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_fuzz_reader_never_raises(form, tmp_path_factory):
    @bounded(25)
    @given(STRATEGIES[form])
    def check(case: Case):
        where = _describe(case)
        try:
            read_case(case, _folder(tmp_path_factory), BUDGET.limit)
        except Exception as exc:  # noqa: BLE001 - the property is that nothing escapes
            raise AssertionError(f"the reader raised {type(exc).__name__}: {exc}\n  on {where}") from exc

    check()


@pytest.mark.parametrize("form", FORMS)
def test_fuzz_every_input_yields_its_records(form, tmp_path_factory):
    @bounded(25)
    @given(STRATEGIES[form])
    def check(case: Case):
        where = _describe(case)
        docs = read_case(case, _folder(tmp_path_factory), BUDGET.limit)
        problems = count_problems(case, docs)
        got = ", ".join(f"{d.error_code or 'ok'}" for d in docs)
        assert not problems, "\n  ".join([*problems, f"on {where}", f"got: [{got}]"])

    with_found(form, check)()


# ---- the whole pipeline ------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_fuzz_error_records_say_what_is_wrong_and_what_to_do(form, tmp_path_factory):
    @bounded(8)
    @given(STRATEGIES[form])
    def check(case: Case):
        where = _describe(case)
        records = run_case(case, _folder(tmp_path_factory), BUDGET.limit)
        problems = message_problems(records)
        assert not problems, "\n  ".join([*problems, f"on {where}"])

    check()


@pytest.mark.parametrize("form", FORMS)
def test_fuzz_control_documents_are_never_errors(form, tmp_path_factory):
    @bounded(8)
    @given(STRATEGIES[form])
    def check(case: Case):
        where = _describe(case)
        records = run_case(case, _folder(tmp_path_factory), BUDGET.limit)
        problems = control_problems(case, records)
        assert not problems, "\n  ".join([*problems, f"on {where}"])

    check()


# ---- several workers -------------------------------------------------------------------------------


def test_fuzz_two_workers_print_what_one_worker_prints(tmp_path):
    """One CLI run with --workers 2 over a folder of damaged files (and a damaged page on stdin)
    against the same records computed in this process, as one worker computes them."""
    from hoedong.ingest import list_inputs, read_input
    from hoedong.pipeline import run_many

    folder = tmp_path / "inputs"
    folder.mkdir()
    for number, form in enumerate(("txt", "html", "jsonl", "warc", "warc.gz", "txt", "html", "jsonl"), 1):
        case = random_case(number, BUDGET, form)
        sub = folder / f"{number:02d}"
        sub.mkdir()
        write_case(case, sub)
    piped = random_case(100, BUDGET, "stdin")
    paths = [str(folder), "-"]

    stdin = io.BytesIO(piped.data)
    one = "".join(json.dumps(record.to_json(), ensure_ascii=False) + "\n"
                  for record in run_many(doc for item in list_inputs(paths)
                                         for doc in read_input(item, BUDGET.limit, stdin=stdin)))
    result = subprocess.run([sys.executable, "-m", "hoedong.cli", "extract", *paths, "--format", "jsonl", "-q",
                             "--workers", "2", "--max-bytes", str(BUDGET.limit)],
                            input=piped.data, capture_output=True, timeout=300)
    assert result.returncode in (0, 1), (f"the run did not go on: exit {result.returncode}\n"
                                         f"{result.stderr.decode()[-2000:]}")
    assert len(one.splitlines()) >= 8
    assert result.stdout.decode() == one
