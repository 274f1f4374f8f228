"""How much hoedong reads of one document: a cap so one enormous file cannot stall a batch."""

from __future__ import annotations

import os

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def max_bytes_from_env() -> int:
    """The per-document cap: HOEDONG_MAX_BYTES when set, else 20 MB."""
    value = os.environ.get("HOEDONG_MAX_BYTES")
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            pass
    return DEFAULT_MAX_BYTES


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} kB"
    return f"{size} bytes"
