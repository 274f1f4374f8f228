"""Money in Korean numerals and units → a value and a currency (3조3000억원 → 3.3e12 KRW)."""

from __future__ import annotations

import re

_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 10**3}
_CURRENCIES = {"원": "KRW", "달러": "USD", "불": "USD", "엔": "JPY", "유로": "EUR", "위안": "CNY", "파운드": "GBP"}
_AMOUNT = re.compile(
    r"(?P<number>(?:\d[\d,.]*\s*(?:조|억|만|천)?\s*)+)(?P<currency>원|달러|불|엔|유로|위안|파운드)(?![가-힣]{0,1}[가-힣]{2})"
)


def find_amounts(text: str) -> list[tuple[tuple[int, int], dict]]:
    """Every money amount in the text: (span, {"value", "currency", "text"})."""
    found = []
    for match in _AMOUNT.finditer(text):
        value = _value(match["number"])
        if value:
            said = match.group().strip()
            found.append((match.span(), {"value": value, "currency": _CURRENCIES[match["currency"]], "text": said}))
    return found


def _value(number: str) -> int | None:
    total = 0
    for amount, unit in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(조|억|만|천)?", number):
        figure = float(amount.replace(",", ""))
        total += figure * _UNITS.get(unit, 1)
    return int(round(total)) if total else None
