"""Timelines drawn as SVG on the server: one lane per row (an event type, a side of a pair, an
organisation), time running left to right, each event a mark whose shape is its type and whose
colour is its status. Plain data for the templates; no script is needed to read them."""

from __future__ import annotations

from datetime import date

LABEL_WIDTH = 150  # pixels left of the time axis, for the lane names
LANE_HEIGHT = 34
PLOT_WIDTH = 760
_TOP = 28  # room for the axis labels
_STACK = 7  # pixels between marks of one lane that fall on the same day
SHAPES = {"MEET": "circle", "VISIT": "square", "PARTNER": "diamond", "INVEST": "triangle"}


def day_of(value: str | None) -> date | None:
    """The first day a partial ISO date (`2025`, `2025-02`, `2025-02-04`) can mean; None when unknown."""
    if not value:
        return None
    parts = [int(p) for p in value[:10].split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def draw_lanes(lanes: list[tuple[str, list[dict]]]) -> dict:
    """Positions of every dated event in its lane, the axis ticks, and the undated events apart."""
    days = [d for _, events in lanes for d in (day_of((e["date"] or {}).get("start")) for e in events) if d]
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    first, last = date(first.year, 1, 1), date(last.year + (1 if last.month > 6 else 0), 7 if last.month <= 6 else 1, 1)
    span = max(1, (last - first).days)

    def x_of(day: date) -> float:
        return round(LABEL_WIDTH + (day - first).days / span * PLOT_WIDTH, 1)

    marks, undated, rows = [], [], []
    for row, (label, events) in enumerate(lanes):
        y = _TOP + row * LANE_HEIGHT + LANE_HEIGHT / 2
        rows.append({"label": label, "y": y, "count": len(events)})
        taken: dict[float, int] = {}
        for event in events:
            day = day_of((event["date"] or {}).get("start"))
            if day is None:
                undated.append(event)
                continue
            x = x_of(day)
            stacked = taken.get(x, 0)
            taken[x] = stacked + 1
            marks.append({"x": x, "y": round(y + _offset(stacked), 1), "event": event,
                          "shape": SHAPES.get(event["type"], "circle")})
    ticks = [{"x": x_of(date(year, 1, 1)), "label": str(year)} for year in range(first.year, last.year + 1)
             if date(year, 1, 1) <= last]
    if len(ticks) < 3:  # a short span: months too
        ticks += [{"x": x_of(date(y, m, 1)), "label": f"{m}월", "minor": True}
                  for y in range(first.year, last.year + 1) for m in (4, 7, 10) if date(y, m, 1) <= last]
    return {"width": LABEL_WIDTH + PLOT_WIDTH + 20, "height": _TOP + len(lanes) * LANE_HEIGHT + 8, "rows": rows,
            "marks": marks, "ticks": ticks, "undated": list({e["id"]: e for e in undated}.values()),
            "axis_left": LABEL_WIDTH, "axis_right": LABEL_WIDTH + PLOT_WIDTH}


def _offset(stacked: int) -> float:
    """0, +7, -7, +14, -14…: marks on one day spread around the lane's middle."""
    if stacked == 0:
        return 0.0
    step = (stacked + 1) // 2 * _STACK
    return float(step if stacked % 2 else -step)
