"""Event fusion told as stories: which reports of our own writing are one gathering, and which
are not; the status history rules one by one; input order, blocking and entity namesakes."""

from __future__ import annotations

import json
import random

import pytest
from fusion_stories import archive, document, report

from hoedong.corpus.cluster import candidate_pairs, cluster_reports
from hoedong.corpus.entities import fuse_entities
from hoedong.corpus.evidence import compare
from hoedong.corpus.fuse import fuse
from hoedong.corpus.reports import reports_of
from hoedong.events.history import settle


def _groups(records: list[dict]) -> list[list[str]]:
    """The fused events as sorted lists of `doc:index`, sorted."""
    _, events = fuse(records)
    return sorted(sorted(f"{s['doc_id']}:{s['doc_event']}" for s in e["sources"]) for e in events)


def _event_of(records: list[dict], doc_id: str, index: int = 0) -> dict:
    _, events = fuse(records)
    return next(e for e in events if any((s["doc_id"], s["doc_event"]) == (doc_id, index) for s in e["sources"]))


# ---- stories -------------------------------------------------------------------------------------

def test_fuse_the_same_two_people_meeting_twice_a_month_apart_are_two_events():
    records = [
        document("feb-a", "2025-02-04", report("MEET", ["이도현", "박서연"], day="2025-02-04", place="서울")),
        document("feb-b", "2025-02-05", report("MEET", ["박서연", "이도현"], day="2025-02-04"), outlet="누리신문"),
        document("mar-a", "2025-03-06", report("MEET", ["이도현", "박서연"], day="2025-03-06", place="서울")),
        document("mar-b", "2025-03-06", report("MEET", ["이도현", "박서연"], day="2025-03-06"), outlet="누리신문"),
    ]
    assert _groups(records) == [["feb-a:0", "feb-b:0"], ["mar-a:0", "mar-b:0"]]


def test_fuse_one_outlets_plan_and_anothers_report_of_one_dinner_are_one_held_event():
    records = [
        document("plan", "2025-05-01", report("MEET", ["이도현", "박서연", "최민준"], day="2025-05-02",
                                              place="서울 신라호텔", status="planned")),
        document("held", "2025-05-03", report("MEET", ["이도현", "박서연"], day="2025-05-02", place="신라호텔"),
                 outlet="누리신문"),
    ]
    event = _event_of(records, "plan")
    assert [s["doc_id"] for s in event["sources"]] == ["plan", "held"]  # oldest first
    assert event["status"] == "occurred" and event["date"] == {"start": "2025-05-02", "end": "2025-05-02"}
    assert [s["decisive"] for s in event["sources"]] == [False, True]
    (reason,) = event["merge_reasons"]
    assert (reason["a"], reason["b"]) == (0, 1) and reason["score"] >= 1.0
    assert "2 of 3 participants shared" in reason["rules"] and "the same day" in reason["rules"]


def test_fuse_one_articles_untimed_plan_joins_its_act_only_at_the_same_place():
    """An article that tells a trip as begun and, without a time, as planned is telling one trip
    twice; a site to be toured on that trip, or the next city, is a visit of its own."""
    def told(later_place: str) -> list[dict]:
        return [document("trip", "2025-09-02", report("VISIT", ["한지수"], day="2025-09-01", place="베트남"),
                         report("VISIT", ["한지수"], place=later_place, status="planned"))]

    assert _groups(told("베트남")) == [["trip:0", "trip:1"]]
    assert _groups(told("누리전자 하노이공장")) == [["trip:0"], ["trip:1"]]
    assert _groups(told("다낭")) == [["trip:0"], ["trip:1"]]


def test_fuse_two_countries_are_different_places_whatever_else_a_report_names():
    """A stay in one country and a move to a city of another the same day are two visits; a city
    told inside the same country is not a conflict."""
    def told(second_place: str) -> list[dict]:
        return [document("stay", "2025-11-19", report("VISIT", ["한지수"], day="2025-11-19", place="아랍에미리트")),
                document("next", "2025-11-19", report("VISIT", ["한지수"], day="2025-11-19", place=second_place),
                         outlet="누리신문")]

    assert _groups(told("이집트 카이로")) == [["next:0"], ["stay:0"]]
    assert _groups(told("베트남 하노이")) == [["next:0"], ["stay:0"]]
    assert _groups(told("아랍에미리트 두바이")) == [["next:0", "stay:0"]]


def test_fuse_a_report_told_only_by_its_year_needs_more_than_its_people():
    """Two people meet several times a year: a report dated only `올해` joins a dated one when the
    place or the topics agree too, not on the people alone."""
    def told(place: str | None = None, topics=()) -> list[dict]:
        return [document("dated", "2025-06-11", report("MEET", ["이도현", "박서연"], day="2025-06-10", place="부산",
                                                       topics=["배터리"])),
                document("year", "2025-09-30", report("MEET", ["이도현", "박서연"], day="2025", place=place,
                                                      topics=topics), outlet="누리신문")]

    assert _groups(told()) == [["dated:0"], ["year:0"]]
    assert _groups(told(place="부산")) == [["dated:0", "year:0"]]
    assert _groups(told(topics=["배터리"])) == [["dated:0", "year:0"]]


def test_fuse_three_gatherings_in_one_city_on_one_day_with_overlapping_people_stay_three():
    day = "2025-06-10"
    breakfast = ["이도현", "박서연", "최민준"]
    lunch = ["이도현", "박서연", "정하은"]
    dinner = ["최민준", "정하은", "한지우"]
    records = []
    for name, people, place in (("breakfast", breakfast, "서울 신라호텔"), ("lunch", lunch, "서울 롯데호텔"),
                                ("dinner", dinner, "서울 서초사옥")):
        records.append(document(f"{name}-a", day, report("MEET", people, day=day, place=place)))
        records.append(document(f"{name}-b", day, report("MEET", people[:2] + people[2:], day=day, place=place),
                                outlet="누리신문"))
    assert _groups(records) == [["breakfast-a:0", "breakfast-b:0"], ["dinner-a:0", "dinner-b:0"],
                                ["lunch-a:0", "lunch-b:0"]]


def test_fuse_a_denial_of_one_meeting_next_to_the_report_of_another():
    records = [
        document("held-a", "2025-07-02", report("MEET", ["이도현", "박서연"], day="2025-07-01", place="서울")),
        document("held-b", "2025-07-02", report("MEET", ["이도현", "박서연"], day="2025-07-01"), outlet="누리신문"),
        # the same day, another outlet: 이도현 denies meeting 최민준 (another gathering, one person shared)
        document("denial", "2025-07-02", report("MEET", ["이도현", "최민준"], day="2025-07-01", status="denied"),
                 outlet="한빛경제"),
        # and a denial of a second 이도현–박서연 meeting next month
        document("next", "2025-07-03", report("MEET", ["이도현", "박서연"], day="2025-08", status="denied"),
                 outlet="다온뉴스"),
    ]
    assert _groups(records) == [["denial:0"], ["held-a:0", "held-b:0"], ["next:0"]]
    assert _event_of(records, "held-a")["status"] == "occurred"
    assert _event_of(records, "denial")["status"] == "denied"


def test_fuse_a_bridge_report_naming_the_members_of_two_gatherings_joins_at_most_one():
    day = "2025-02-05"
    records = [
        document("ab-1", day, report("MEET", ["이도현", "박서연"], day=day)),
        document("ab-2", day, report("MEET", ["이도현", "박서연"], day=day), outlet="누리신문"),
        document("cd-1", day, report("MEET", ["최민준", "정하은"], day=day), outlet="한빛경제"),
        document("cd-2", day, report("MEET", ["최민준", "정하은"], day=day), outlet="다온뉴스"),
        document("bridge", day, report("MEET", ["이도현", "박서연", "최민준", "정하은"], day=day), outlet="새솔일보"),
    ]
    groups = _groups(records)
    assert not any({"ab-1:0", "cd-1:0"} <= set(g) for g in groups)
    assert ["ab-1:0", "ab-2:0"] in [[m for m in g if m != "bridge:0"] for g in groups]


def test_fuse_chaining_probe_a_meeting_grows_and_shrinks_over_three_days_is_three_events():
    records = [
        document("d4", "2025-02-04", report("MEET", ["A씨", "B씨"], day="2025-02-04", place="서울")),
        document("d5", "2025-02-05", report("MEET", ["A씨", "B씨", "C씨", "D씨"], day="2025-02-05", place="서울")),
        document("d6", "2025-02-06", report("MEET", ["C씨", "D씨"], day="2025-02-06", place="서울")),
    ]
    assert _groups(records) == [["d4:0"], ["d5:0"], ["d6:0"]]


def test_fuse_chaining_probe_seven_daily_meetings_of_two_people_are_seven_events():
    records = [document(f"day{n}", f"2025-02-{n:02d}", report("MEET", ["A씨", "B씨"], day=f"2025-02-{n:02d}", place="서울"))
               for n in range(3, 10)]
    assert len(_groups(records)) == 7


def test_fuse_a_day_told_in_local_time_abroad_may_be_the_next_day_at_home():
    records = [
        document("local", "2025-02-05", report("MEET", ["A씨", "B씨"], day="2025-02-04", place="미국",
                                               evidence="A씨는 4일(현지시간) 미국에서 B씨를 만났다.")),
        document("home", "2025-02-05", report("MEET", ["A씨", "B씨"], day="2025-02-05", place="미국"), outlet="누리신문"),
    ]
    assert _groups(records) == [["home:0", "local:0"]]
    reasons = _event_of(records, "local")["merge_reasons"][0]["rules"]
    assert "a day apart, local time abroad" in reasons


@pytest.mark.parametrize("undated, joins", [
    (report("VISIT", ["A씨"], place="일본"), True),  # published the day after, the same visitor and place
    (report("VISIT", ["A씨"]), False),  # no place to agree on
    (report("MEET", ["A씨", "B씨"]), False),  # undated: too little to tell
])
def test_fuse_an_undated_report_joins_only_when_participants_and_place_agree(undated, joins):
    records = [
        document("dated-1", "2025-04-10", report("VISIT", ["A씨"], day="2025-04-10", place="일본")),
        document("dated-2", "2025-04-10", report("VISIT", ["A씨"], day="2025-04-10", place="일본"), outlet="누리신문"),
        document("undated", "2025-04-11", undated, outlet="한빛경제"),
    ]
    assert (["dated-1:0", "dated-2:0", "undated:0"] in _groups(records)) == joins


def test_fuse_a_meeting_told_by_its_principals_joins_the_report_of_all_its_attendees():
    """One paper names the two leaders, another the whole table of eight: the same day, one
    meeting. Told a month apart, the principals met twice."""
    table = ["한지수", "박서연", "최민준", "오하람", "서진우", "윤나래", "강도윤", "임하늘"]
    def told(day: str) -> list[dict]:
        return [document("all", "2025-06-12", report("MEET", table, day="2025-06-12", place="서울 신라호텔")),
                document("principals", day, report("MEET", ["박서연", "한지수"], day=day), outlet="누리신문")]

    assert _groups(told("2025-06-12")) == [["all:0", "principals:0"]]
    assert _groups(told("2025-07-15")) == [["all:0"], ["principals:0"]]


def test_fuse_two_of_a_forums_crowd_meeting_the_same_day_stay_apart_from_the_forum():
    """Forty at a forum and two of them meeting that day: the pair is no table's principals, and
    their names among the forty's are too small a share to join."""
    crowd = [f"{family}{given}" for family in "김이박최정" for given in ("민수", "서연", "지훈", "하늘", "도윤", "나래", "진우", "하람")]
    records = [document("forum", "2025-06-12", report("MEET", crowd, day="2025-06-12")),
               document("pair", "2025-06-12", report("MEET", crowd[:2], day="2025-06-12"), outlet="누리신문")]
    assert _groups(records) == [["forum:0"], ["pair:0"]]


def test_fuse_two_undated_articles_that_tell_a_visit_and_its_meeting_vouch_for_each_other():
    """Without any time, one gathering in common is too little; a trip and the meeting held on it,
    both told by both articles, are the same story, so both join. One of them alone stays apart."""
    trip = report("VISIT", ["한지수"], place="일본")
    talks = report("MEET", ["한지수", "박서연", "최민준", "오하람"], place="도쿄")
    fewer = report("MEET", ["한지수", "박서연", "최민준"], place="도쿄")
    both = [document("first", None, trip, talks), document("second", None, trip, fewer, outlet="누리신문")]
    assert _groups(both) == [["first:0", "second:0"], ["first:1", "second:1"]]
    visit_only = [document("first", None, trip), document("second", None, trip, outlet="누리신문")]
    assert _groups(visit_only) == [["first:0"], ["second:0"]]


def test_fuse_an_undated_article_without_a_publication_date_joins_the_day_it_tells():
    """No publication date: its `4일` ties its other reports (`이날`, none) to the 4th, not the 9th."""
    records = [
        document("feb", "2025-02-04", report("VISIT", ["A씨"], day="2025-02-04", place="한국"),
                 report("PARTNER", orgs=["가람전자", "누리바이오"], day="2025-02-04")),
        document("jun", "2023-06-09", report("VISIT", ["A씨"], day="2023-06-09", place="한국"), outlet="누리신문"),
        document("undated", None, report("PARTNER", orgs=["가람전자", "누리바이오"], text="4일"),
                 report("VISIT", ["A씨"], text="이날", place="한국"), outlet="한빛경제"),
    ]
    assert _groups(records) == [["feb:0", "undated:1"], ["feb:1", "undated:0"], ["jun:0"]]
    assert _event_of(records, "undated", 1)["sources"][0]["borrowed_date"] == "2025-02-04"


# ---- the status history, rule by rule ---------------------------------------------------------------

@pytest.mark.parametrize("history, status, decisive", [
    (["planned", "occurred"], "occurred", (1,)),  # a later report of the act beats the plan
    (["occurred", "planned"], "occurred", (0,)),  # a plan told after the act is stale
    (["planned", "denied"], "denied", (1,)),  # a later denial beats an earlier plan
    (["occurred", "denied"], "denied", (1,)),  # a denial made last stays visible
    (["denied", "occurred"], "occurred", (1,)),  # ...until the act is reported after it
    (["denied", "planned"], "denied", (0,)),  # a plan never undoes a denial told before it
    (["occurred", "speculated"], "occurred", (0,)),  # speculation never overrides a report
    (["denied", "requested"], "denied", (0,)),
    (["speculated", "requested"], "requested", (1,)),  # hearsay alone: the most advanced
    (["planned", "planned", "occurred", "occurred"], "occurred", (2, 3)),  # the setter and who said it again
])
def test_fuse_status_history_rules(history, status, decisive):
    assert settle(history) == (status, decisive)


def test_fuse_the_status_history_is_oldest_first_with_the_decisive_report_marked():
    records = [
        document("late", "2025-09-03", report("MEET", ["A씨", "B씨"], day="2025-09-02", status="denied"), outlet="다온뉴스"),
        document("early", "2025-08-30", report("MEET", ["A씨", "B씨"], day="2025-09-02", status="planned")),
        document("rumour", "2025-09-04", report("MEET", ["A씨", "B씨"], day="2025-09-02", status="speculated"),
                 outlet="누리신문"),
    ]
    event = _event_of(records, "late")
    assert event["status"] == "denied"
    assert [(s["doc_id"], s["status"], s["decisive"]) for s in event["sources"]] == [
        ("early", "planned", False), ("late", "denied", True), ("rumour", "speculated", False)]


# ---- order, blocking, entities ------------------------------------------------------------------------

def _canonical(records: list[dict]) -> str:
    entities, events = fuse(records)
    return json.dumps([entities, events], ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize("seed", [1, 2])
def test_fuse_output_is_identical_under_any_order_of_the_documents(seed):
    records = archive(300, seed)
    expected = _canonical(records)
    shuffled = records[:]
    for round_ in range(3):
        random.Random(seed * 10 + round_).shuffle(shuffled)
        assert _canonical(shuffled) == expected


@pytest.mark.parametrize("seed", [3, 4])
def test_fuse_blocking_gives_the_clustering_of_comparing_every_pair(seed):
    records = archive(250, seed, people=8)
    entities, member_of = fuse_entities(records)
    reports = reports_of(records, member_of)
    blocked = cluster_reports(reports)
    everything = cluster_reports(reports, blocked=False)

    def shape(clusters):
        return [([r.key for r in c.reports], [(a.key, b.key, link.score) for a, b, link in c.reasons]) for c in clusters]
    assert len(blocked) < len(reports) * 0.8  # reports did fuse, or the comparison proves little
    assert shape(blocked) == shape(everything)
    pairs = len(reports) * (len(reports) - 1) // 2
    assert len(candidate_pairs(sorted(reports, key=lambda r: r.key))) * 5 < pairs  # blocking compared far fewer


def test_fuse_no_fused_event_joins_incompatible_reports():
    """Every two sources of a fused event are mutually compatible: none of the cannot-link rules fires."""
    from hoedong.corpus.evidence import compare

    records = archive(400, 6, people=8)
    _, member_of = fuse_entities(records)
    for cluster in cluster_reports(reports_of(records, member_of)):
        for n, one in enumerate(cluster.reports):
            for other in cluster.reports[n + 1:]:
                assert compare(one, other).cannot is None, (one.key, other.key, compare(one, other))


def _person(doc: str, name: str, title: str, org: str | None) -> dict:
    return document(doc, "2025-01-02", report("VISIT", [name], day="2025-01-02", place="서울"),
                    roles={name: (title, org)})


def test_fuse_namesakes_split_by_organisation_and_an_unaffiliated_one_joins_the_title_holder():
    records = [
        _person("n1", "박서연", "대표", "가람전자"),
        _person("n2", "박서연", "부사장", "누리바이오"),
        _person("n3", "박서연", "대표", "가람전자"),
        document("n4", "2025-01-05", report("VISIT", ["박서연"], day="2025-01-05", place="부산"),
                 roles={"박서연": ("부사장", None)}),  # no organisation: the 부사장 of the two
    ]
    entities, member_of = fuse_entities(records)
    people = sorted((e["roles"][0]["org"], e["documents"]) for e in entities if e["type"] == "PERSON")
    assert people == [("가람전자", 2), ("누리바이오", 2)]
    for order in (records[::-1], records[1:] + records[:1]):
        assert fuse_entities(order)[0] == entities  # order-independent, ids included


def test_fuse_a_repost_compares_like_its_original_whatever_its_outlet_and_source():
    """Pairs of reposts are compared once, by content (corpus/cluster.Pairs): that is only right if
    evidence reads nothing of a report's identity but whether two reports share an article."""
    story = report("MEET", ["이도현", "박서연"], day="2025-02-04", place="서울", evidence="두 사람은 4일 서울에서 만났다.")
    other = report("MEET", ["박서연", "이도현"], day="2025-02-04", evidence="이도현과 박서연이 4일 회동했다.")
    records = [document("wire", "2025-02-04", story), document("repost", "2025-02-04", story, outlet="누리신문"),
               document("other", "2025-02-05", other, outlet="한빛일보")]
    members = {(r["doc_id"], e["id"]): e["name"] for r in records for e in r["entities"]}
    wire, repost, third = reports_of(records, members)
    assert wire.content == repost.content and wire.source != repost.source and wire.outlet != repost.outlet
    assert compare(wire, third) == compare(repost, third)
    assert compare(wire, repost).linkable
