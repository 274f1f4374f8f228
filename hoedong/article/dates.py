"""Publication dates as pages print them → ISO 8601 (Korean news is in KST, +09:00)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

KST = timezone(timedelta(hours=9))

_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[.\-/년]\s*(?P<m>\d{1,2})\s*[.\-/월]\s*(?P<d>\d{1,2})")
_TIME = re.compile(r"(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<h>\d{1,2})\s*:\s*(?P<mi>\d{2})(?:\s*:\s*(?P<s>\d{2}))?")


def parse_published(text: str | None) -> str | None:
    """`2025.10.01. 오후 4:21` → `2025-10-01T16:21:00+09:00`; a date alone stays a date."""
    if not text:
        return None
    text = text.strip()
    iso = _from_iso(text)
    if iso:
        return iso
    match = _DATE.search(text)
    if not match:
        return None
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    clock = _TIME.search(text, match.end())
    if not clock:
        return day.isoformat()
    hour, minute = int(clock["h"]), int(clock["mi"])
    second = int(clock["s"] or 0)
    if clock["ampm"] in ("오후", "PM", "pm") and hour < 12:
        hour += 12
    if clock["ampm"] in ("오전", "AM", "am") and hour == 12:
        hour = 0
    try:
        moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=KST)
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def _from_iso(text: str) -> str | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    if len(text) == 10:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=KST)
    return moment.isoformat()
