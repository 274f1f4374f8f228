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
    return table_rows(_read(package, name))


def table_rows(text: str) -> tuple[dict[str, str], ...]:
    """The rows of a data file's text, as `table` reads them (a validator is also fed tables of its own)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({key: (value or "").strip() for key, value in row.items() if key} for row in reader)
