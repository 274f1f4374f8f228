"""Shared fixtures: the repository's sample corpus and, when present, ../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
SHARED = Path(os.environ.get("HOEDONG_SHARED", ROOT.parent / "shared"))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "gold" / "seeds.jsonl").is_file():
        pytest.skip(f"the shared seeds and gold are not at {SHARED} (set HOEDONG_SHARED to point at them)")
    return SHARED
