"""Loading the data files that ship with the package (lexicons, knowledge base), once."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


def _read(package: str, name: str) -> str:
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A lexicon file of one entry per line; `#` starts a comment."""
    entries = []
    for line in _read("hoedong.lexicon", name).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@cache
def table(package: str, name: str) -> tuple[dict[str, str], ...]:
    """A tab-separated data file with a header row; `#` lines are comments."""
    lines = [line for line in _read(package, name).splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({key: (value or "").strip() for key, value in row.items() if key} for row in reader)
