"""Korean temporal expressions resolved against the publication date (cases written blind)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import ROOT, load_jsonl

from hoedong.timex import find_times

CASES = load_jsonl(ROOT / "tests" / "fixtures" / "timex_cases.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_timex_resolves_against_the_publication_date(case):
    published = date.fromisoformat(case["published"]) if case["published"] else None
    found = find_times(case["text"], published, case["direction"])
    if case["expression"] is None:
        assert found == [], [t.text for t in found]
        return
    assert found, f"nothing found in {case['text']!r}"
    value = next((t for t in found if case["expression"] in t.text or t.text in case["expression"]), found[0])
    assert (value.start, value.end) == (case["start"], case["end"])
