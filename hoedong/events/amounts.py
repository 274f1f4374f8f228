"""Money in Korean numerals and units → a value and a currency (3조3000억원 → 3.3e12 KRW).
The units and currencies are data (lexicon/amounts.tsv)."""

from __future__ import annotations

import re
from functools import cache

from hoedong.resources import table

_NOT_A_WORD_AFTER = r"(?![가-힣]{0,1}[가-힣]{2})"  # `2원칙`-like words are not money; `원 규모` is


@cache
def _units() -> dict[str, int]:
    return {r["form"]: 10 ** int(r["value"]) for r in table("hoedong.lexicon", "amounts.tsv") if r["kind"] == "unit"}


@cache
def _currencies() -> dict[str, str]:
    return {r["form"]: r["value"] for r in table("hoedong.lexicon", "amounts.tsv") if r["kind"] == "currency"}


def is_currency(form: str) -> bool:
    """`원`, `달러`: a word of money (`80억원의 투자` is a sum, not a count like `8번의 미팅`)."""
    return form in _currencies()


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _amount_pattern() -> re.Pattern:
    units, currencies = _alternatives(_units()), _alternatives(_currencies())
    return re.compile(rf"(?P<number>(?:\d[\d,.]*\s*(?:{units})?\s*)+)(?P<currency>{currencies}){_NOT_A_WORD_AFTER}")


@cache
def _figure_pattern() -> re.Pattern:
    return re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s*({_alternatives(_units())})?")


def find_amounts(text: str) -> list[tuple[tuple[int, int], dict]]:
    """Every money amount in the text: (span, {"value", "currency", "text"})."""
    found = []
    for match in _amount_pattern().finditer(text):
        value = _value(match["number"])
        if value:
            said = match.group().strip()
            found.append((match.span(), {"value": value, "currency": _currencies()[match["currency"]], "text": said}))
    return found


def _value(number: str) -> int | None:
    total = 0
    for amount, unit in _figure_pattern().findall(number):
        figure = float(amount.replace(",", ""))
        total += figure * _units().get(unit, 1)
    return int(round(total)) if total else None
