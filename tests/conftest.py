"""Shared fixtures: the repository's sample corpus and, when present, ../shared."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
SHARED = Path(os.environ.get("HOEDONG_SHARED", ROOT.parent / "shared"))


def hangul_in_code(path: Path) -> list[str]:
    """String literals of a module that hold Hangul, Hangul jamo or hanja, outside docstrings and
    outside the character class `가-힣` of a pattern: a word list that belongs in a data file."""
    import ast
    import re

    letters = re.compile(r"[가-힣\u1100-\u11ff\u4e00-\u9fff]")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [f"{path.name}:{node.lineno} {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and letters.search(node.value.replace("가-힣", ""))]


@dataclass(frozen=True)
class ReadEvent:
    """An event as a test states it: its members by name, and the first day of its date."""

    type: str
    people: frozenset[str]
    orgs: frozenset[str]
    status: str
    date: str | None


def read_text(text: str, published: str | None) -> list[ReadEvent]:
    """The events the reader finds in a text of our own writing (Kiwi, entities and events for real)."""
    from hoedong.entities import find_entities
    from hoedong.events import find_events
    from hoedong.nlp import analyze

    analysis = analyze(text)
    entities = find_entities(text, analysis, published)
    names = {e.id: e.name for e in entities}
    return [ReadEvent(e.type, frozenset(names[i] for i in e.participants), frozenset(names[i] for i in e.orgs),
                      e.status, (e.date or {}).get("start"))
            for e in find_events(text, analysis, entities, published)]


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "gold" / "seeds.jsonl").is_file():
        pytest.skip(f"the shared seeds and gold are not at {SHARED} (set HOEDONG_SHARED to point at them)")
    return SHARED
