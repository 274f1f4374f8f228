"""Fusion stories of our own writing for a report torn between two days (cluster._torn): a report
told only by its month that fits two gatherings of different days equally is left apart from both
rather than given to one; with one such gathering it joins it; visits (stays of several days) are
not torn."""

from __future__ import annotations

import pytest
from fusion_stories import document, fused_groups, report, shuffles


PAIR, FIRMS = ["한서율", "도재헌"], ["가람전자", "누리바이오"]


def _groups(records: list[dict]) -> list[list[str]]:
    return fused_groups(records)


TORN_STORIES = [
    # the pair met on the 4th in Seoul and on the 5th in Busan; a monthly review tells "a March meeting"
    ([document("d4-a", "2025-03-04", report("MEET", PAIR, FIRMS[:1], day="2025-03-04", place="서울")),
      document("d4-b", "2025-03-04", report("MEET", PAIR, FIRMS[:1], day="2025-03-04", place="서울")),
      document("d5-a", "2025-03-05", report("MEET", PAIR, FIRMS[:1], day="2025-03-05", place="부산")),
      document("d5-b", "2025-03-05", report("MEET", PAIR, FIRMS[:1], day="2025-03-05", place="부산")),
      document("month", "2025-04-20", report("MEET", PAIR, FIRMS[:1], day="2025-03"))],
     [["d4-a:0", "d4-b:0"], ["d5-a:0", "d5-b:0"], ["month:0"]]),
    # the same, with one meeting only: the month's report joins it
    ([document("e4-a", "2025-03-04", report("MEET", PAIR, FIRMS[:1], day="2025-03-04", place="서울")),
      document("e4-b", "2025-03-04", report("MEET", PAIR, FIRMS[:1], day="2025-03-04", place="서울")),
      document("month2", "2025-04-20", report("MEET", PAIR, FIRMS[:1], day="2025-03"))],
     [["e4-a:0", "e4-b:0", "month2:0"]]),
    # two deals of the same two companies, on the 10th and the 20th; a quarterly note tells "in June"
    ([document("p10", "2025-06-10", report("PARTNER", orgs=FIRMS, day="2025-06-10")),
      document("p20", "2025-06-20", report("PARTNER", orgs=FIRMS, day="2025-06-20")),
      document("june", "2025-07-30", report("PARTNER", orgs=FIRMS, day="2025-06"))],
     [["june:0"], ["p10:0"], ["p20:0"]]),
    # a guest's stay in one city told day by day, and a month's report of the visit: it joins
    ([document("v1", "2025-09-02", report("VISIT", PAIR[:1], day="2025-09-02", place="부산")),
      document("v2", "2025-09-03", report("VISIT", PAIR[:1], day="2025-09-03", place="부산")),
      document("sept", "2025-10-15", report("VISIT", PAIR[:1], day="2025-09", place="부산"))],
     [["sept:0", "v1:0", "v2:0"]]),
]


@pytest.mark.parametrize("records, expected", TORN_STORIES)
def test_fuse_a_report_of_the_month_between_two_days_stays_apart(records, expected):
    assert _groups(records) == expected


def test_fuse_torn_reports_keep_the_result_independent_of_input_order():
    records = [r for story, _ in TORN_STORIES for r in story]
    expected = _groups(records)
    for shuffled in shuffles(records, 6):
        assert _groups(shuffled) == expected
