"""The reader on one batch of blind event cases, case by case: which gold events it found, which it
missed and which events it added, with F1 by class. For reader work, next to the floors that
tests/test_blind_events.py holds (`make blind BATCH=blind_events4`, or `python benchmarks/blind_cases.py --help`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def _shown(event, by_id) -> str:
    members = [by_id[i].name for i in event.participants] or [by_id[i].name for i in event.orgs]
    return f"{event.type} {members} {event.status} {(event.date or {}).get('start')}"


def _expected(event: dict) -> str:
    return f"{event['type']} {event['people'] or event['orgs']} {event['status']} {event['date']}"


def report(batch: str, only_misses: bool) -> Counter:
    from test_blind_events import _f1
    from test_events import align

    overall, by_class = Counter(), defaultdict(Counter)
    for line in (ROOT / "tests" / "fixtures" / batch / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        missed, left, by_id = align(case)
        hits = len(case["events"]) - len(missed)
        for counts in (overall, by_class[case["class"]]):
            counts.update(tp=hits, fp=len(left), fn=len(missed))
        if only_misses and not (missed or left):
            continue
        print(f"{case['id']} [{case['class']}] {hits}/{len(case['events'])} found")
        for expected in missed:
            print(f"   missed  {_expected(expected)}")
        for event in left:
            print(f"   extra   {_shown(event, by_id)}")
    print(batch, "F1", round(_f1(overall), 3), {k: round(_f1(c), 3) for k, c in sorted(by_class.items())})
    return overall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch", help="a folder under tests/fixtures, e.g. blind_events4")
    parser.add_argument("--misses", action="store_true", help="only the cases with a miss or an extra event")
    args = parser.parse_args()
    report(args.batch, args.misses)


if __name__ == "__main__":
    main()
