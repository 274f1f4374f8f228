"""Fusion stories of our own writing for the rules of session 22: compatible pairs short of a link
count in the average between clusters (support), though never alone and never for the year only;
two reports whose evidence reaches a link are joined (JOIN equals LINK); an undated report
published on the other's day leans towards it."""

from __future__ import annotations

import pytest
from fusion_stories import document, fused_groups, report, shuffles

from hoedong.corpus.cluster import cluster_reports
from hoedong.corpus.entities import fuse_entities
from hoedong.corpus.evidence import compare
from hoedong.corpus.reports import reports_of

LUNCH = ["한지우", "오세린", "남궁민", "서하준", "윤채원", "구태오", "문가온", "백도윤", "표서아"]


def _groups(records: list[dict]) -> list[list[str]]:
    return fused_groups(records)


def _reports(records: list[dict]) -> dict[str, object]:
    _, member_of = fuse_entities(records)
    return {f"{r.doc_id}:{r.index}": r for r in reports_of(records, member_of)}


# ---- support: a report that agrees with a gathering's reports but one -------------------------------

GUEST, FIRMS = "표지호", ["가람전자", "누리바이오", "한빛은행", "다온모빌리티"]
SUPPORT_STORIES = [
    # a guest's visit and his lunch with six hosts, told as planned (no time of their own) on the day;
    # two reports of the lunch held that day name nine and eight at the table
    ([document("plan", "2024-06-12", report("VISIT", [GUEST], place="서울", status="planned"),
               report("MEET", [GUEST, *LUNCH[:5]], FIRMS[:1], status="planned")),
      document("held-a", "2024-06-12", report("VISIT", [GUEST], day="2024-06-12", place="서울"),
               report("MEET", [GUEST, *LUNCH[:8]], FIRMS, day="2024-06-12"), outlet="누리신문"),
      document("held-b", "2024-06-12", report("VISIT", [GUEST], day="2024-06-12", place="서울"),
               report("MEET", [GUEST, *LUNCH[:7]], FIRMS[:1], day="2024-06-12"), outlet="한빛경제")],
     [["held-a:0", "held-b:0", "plan:0"], ["held-a:1", "held-b:1", "plan:1"]]),
    # two hosts and a guest the others do not name, by one outlet; the table of seven by another, at
    # the same place for the same firm; the table of six, a day late, by a third (short with the first)
    ([document("hosts", "2024-09-03", report("MEET", ["한지우", "오세린", GUEST], ["가람전자"], day="2024-09-03",
                                             place="부산")),
      document("table-a", "2024-09-03", report("MEET", LUNCH[:7], ["가람전자"], day="2024-09-03", place="부산"),
               outlet="누리신문"),
      document("table-b", "2024-09-04", report("MEET", LUNCH[:6], day="2024-09-03"), outlet="한빛경제")],
     [["hosts:0", "table-a:0", "table-b:0"]]),
    # a roundtable: one report by the guests, one by the hosts, a third by both sides; the guests'
    # and the hosts' reports share three names, short of a link, and both agree with the third
    ([document("guests", "2025-04-08", report("MEET", LUNCH[:5], day="2025-04-08", place="판교")),
      document("both", "2025-04-08", report("MEET", LUNCH[:9], day="2025-04-08", place="판교"), outlet="누리신문"),
      document("hosts2", "2025-04-09", report("MEET", LUNCH[2:9], day="2025-04-08"), outlet="다온뉴스")],
     [["both:0", "guests:0", "hosts2:0"]]),
]


@pytest.mark.parametrize("records, expected", SUPPORT_STORIES)
def test_fuse_a_report_short_of_a_link_with_one_member_still_counts_towards_the_gathering(records, expected):
    assert _groups(records) == expected


def test_fuse_support_alone_never_joins_two_reports():
    """Two reports that share members and a day but fall short of a link stay apart."""
    records = [document("one", "2024-06-12", report("MEET", LUNCH[:2], day="2024-06-12")),
               document("two", "2024-06-12", report("MEET", LUNCH[1:9], day="2024-06-12"), outlet="누리신문")]
    link = compare(*_reports(records).values())
    assert not link.linkable and not link.cannot
    assert _groups(records) == [["one:0"], ["two:0"]]


# ---- a report of the year gives no support -------------------------------------------------------------

def test_fuse_reports_of_the_year_do_not_lean_into_a_later_meeting_of_the_same_pair():
    """The pair met early in the year (two reports tell only the year) and again on 24 November (three
    reports): the year's reports agree with the November ones only on the year, which the same
    people share with every meeting of theirs, so they stay a gathering of their own."""
    pair, firms = ["한지우", "오세린"], ["가람전자", "누리바이오"]
    records = [
        document("nov-a", "2024-11-24", report("MEET", pair, firms, day="2024-11-24")),
        document("nov-b", "2024-11-25", report("MEET", pair, firms, day="2024-11-24"), outlet="누리신문"),
        document("nov-c", "2024-11-24", report("MEET", [*pair, "남궁민"], [*firms, "한빛은행"], day="2024-11-24"),
                 outlet="한빛경제"),
        document("early", "2024-10-27", report("MEET", pair, firms[:1], day="2024", text="올 초"), outlet="다온뉴스"),
        document("early-b", "2024-10-28", report("MEET", pair, firms, day="2024", text="올 초", status="planned")),
    ]
    assert _groups(records) == [["early-b:0", "early:0"], ["nov-a:0", "nov-b:0", "nov-c:0"]]


# ---- undated report in the news of the day --------------------------------------------------------------

NEWS_OF_THE_DAY = [
    ("MEET", ["한지우", "오세린", "남궁민"], "2024-06-12", "2024-06-12", True),
    ("MEET", ["한지우", "오세린", "남궁민"], "2024-06-12", "2024-06-14", True),
    ("VISIT", ["한지우"], "2024-06-12", "2024-06-13", True),
    ("MEET", ["한지우", "오세린", "남궁민"], "2024-06-12", "2024-06-09", False),  # before the day: no lean
]


@pytest.mark.parametrize("type_, people, day, published, leans", NEWS_OF_THE_DAY)
def test_fuse_an_undated_report_published_on_the_others_day_leans_towards_it(type_, people, day, published, leans):
    records = [document("dated", day, report(type_, people, day=day, place="서울")),
               document("undated", published, report(type_, people, place="서울", status="planned"), outlet="누리신문")]
    link = compare(*_reports(records).values())
    assert ("undated, published on the other's day" in link.rules) == leans


def test_fuse_support_and_ordering_keep_the_result_independent_of_input_order():
    records = [r for stories, _ in SUPPORT_STORIES for r in stories]
    expected = _groups(records)
    for shuffled in shuffles(records, 5):
        assert _groups(shuffled) == expected
    reports = list(_reports(records).values())
    blocked = sorted(sorted(r.key for r in c.reports) for c in cluster_reports(reports))
    every_pair = sorted(sorted(r.key for r in c.reports) for c in cluster_reports(reports, blocked=False))
    assert blocked == every_pair


# ---- a link is enough for two reports ------------------------------------------------------------------

JUST_LINKED = [
    # a takeover agreed (no time told) and, years on, told as done in a year
    [document("deal", "2016-11-15", report("INVEST", orgs=["가람전자", "누리바이오"], status="planned")),
     document("done", "2025-05-14", report("INVEST", orgs=["가람전자", "누리바이오"], day="2017", text="2017년"),
              outlet="누리신문")],
    # a partnership told by its month and, two days before, by its day with a third party named
    [document("month", "2025-01-09", report("PARTNER", orgs=["가람전자", "한빛은행"], day="2025-01", text="이달")),
     document("day", "2025-01-08", report("PARTNER", orgs=["가람전자", "한빛은행", "새솔에너지"], day="2025-01-07"),
              outlet="누리신문")],
    # two of a meeting's three, told by their month the next day, against the three on their day
    [document("trio", "2024-03-05", report("MEET", ["한지우", "오세린", "남궁민"], day="2024-03-05")),
     document("duo", "2024-03-06", report("MEET", ["한지우", "오세린"], day="2024-03", text="이달"), outlet="누리신문")],
]


@pytest.mark.parametrize("records", JUST_LINKED)
def test_fuse_two_reports_whose_evidence_reaches_a_link_are_one_event(records):
    link = compare(*_reports(records).values())
    assert link.linkable and link.score < 1.1, link
    assert len(_groups(records)) == 1
