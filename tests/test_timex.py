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


@pytest.mark.parametrize("text", ["두 사람은 같은 날 저녁 따로 만났다.", "그는 이튿날 공장을 찾았다.", "회담은 하루 뒤 열렸다."])
def test_timex_finds_relative_days_in_sentences_without_digits(text):
    (found,) = find_times(text, date(2025, 3, 10), anchor=date(2025, 3, 7))
    assert found.start in {"2025-03-07", "2025-03-08"}
