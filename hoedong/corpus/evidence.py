"""Report-to-report evidence: how strongly two reports tell the same gathering, the rules that
said so, and the hard rules that say they cannot (cannot-link).

Evidence is added up from people and organisations (Jaccard on fused entity ids), dates at the
precision each report has, place, topic words and publication proximity. Two reports are
*linkable* when no cannot-link rule fires, the members the type needs are shared, and the score
reaches LINK; undated reports need more (participants and place agreeing strongly).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hoedong.corpus.parties import as_parties
from hoedong.corpus.reports import Report, Span
from hoedong.knowledge import compact, load_kb

LINK = 1.0  # the score two reports need to be joined directly
SAME_DAY, NEXT_DAY, SAME_DAY_OF_MONTH, SAME_MONTH, SAME_YEAR = 0.5, 0.35, 0.3, 0.25, 0.1
SAME_PLACE, SHARED_TOPICS, CLOSE_PUBLICATION, ORG_WEIGHT = 0.3, 0.2, 0.1, 0.3
CLOSE_PUBLICATION_DAYS = 2
NEWS_OF_THE_DAY = 0.1  # an undated report published within CLOSE_PUBLICATION_DAYS of the other's day
YEAR_ONLY = "the same year"  # the rule of two reports whose dates agree only on the year
YEAR_ONLY_EXTRA = 0.3  # what reports that agree only on the year need on top of LINK
STRONG_PEOPLE = 0.5  # participant Jaccard an undated report needs
PRINCIPALS = 0.6  # a meeting told by its principals only, against a report of all its attendees
PRINCIPALS_TABLE = 4  # attendees per principal beyond which the longer list is a crowd, not their table
VISIT_STAY_DAYS = 3  # days apart two reports of one visit to one place may tell (a stay of several days)
PARTIAL_PLACE = 0.15  # sites that share a name (삼성 평택, 삼성전자 평택), or one area
LOCAL_TIME_CUES = ("현지시간", "현지 시간")  # a day told in the local time abroad may be the next day at home
PEOPLE_TYPES = ("MEET", "VISIT")
_AREAS = ("country", "region", "city", "district")


@dataclass(frozen=True)
class Link:
    score: float
    rules: tuple[str, ...]
    cannot: str | None = None  # the cannot-link rule that fired
    linkable: bool = False
    needs_story: bool = False  # linkable only if the two articles tell another gathering in common
    must: bool = False  # one article's plan and its act: joined before any other merge


def compare(a: Report, b: Report) -> Link:
    """The evidence that reports `a` and `b` tell the same gathering. It reads only what
    `Report.content` holds and whether the two share an article (pairs are cached by content)."""
    if a.type != b.type:
        return Link(0.0, (), "different event types")
    if a.doc_id == b.doc_id and (a.status == "occurred") == (b.status == "occurred"):
        return Link(0.0, (), "one article told them apart")
    parts = [_members(a, b), _dates(a, b), _places(a, b), _topics(a, b), _publication(a, b)]
    cannot = next((p.cannot for p in parts if p.cannot), None)
    score = round(sum(p.score for p in parts), 3)
    rules = tuple(r for p in parts for r in p.rules)
    if cannot:
        return Link(score, rules, cannot)
    if a.doc_id == b.doc_id and _plan_and_act(a, b):
        return Link(score, (*rules, "one article's plan and its act"), linkable=True, must=True)
    if not (_needs_met(a, b) and score >= LINK + _coarse_time_extra(rules)):
        return Link(score, rules)
    if not _undated(a, b):
        return Link(score, rules, linkable=True)
    if not _strong_enough_undated(a, b):
        return Link(score, rules)
    if _unplaced_in_time(a, b) and not _same_people_met(a, b):
        return Link(score, (*rules, "undated: the articles tell another gathering in common"), needs_story=True)
    return Link(score, (*rules, "undated: participants and place agree"), linkable=True)


def _coarse_time_extra(rules: tuple[str, ...]) -> float:
    """A year is a weak tie: the same people meet several times a year, so reports that agree only
    on the year need more than their members to be joined (the place, or the topics)."""
    return YEAR_ONLY_EXTRA if YEAR_ONLY in rules else 0.0


def _jaccard(one: frozenset, other: frozenset) -> float:
    return len(one & other) / len(one | other) if one | other else 0.0


def _members(a: Report, b: Report) -> Link:
    (one, other), people = as_parties(a.orgs, b.orgs), a.people & b.people
    orgs = one & other
    if a.type in PEOPLE_TYPES:
        if a.people and b.people and not people:
            return Link(0.0, (), "no participant in common")
        score = _people_agreement(a, b) + ORG_WEIGHT * _jaccard(one, other)
    else:
        if one and other and not orgs:
            return Link(0.0, (), "no organisation in common")
        score = _jaccard(one, other) + ORG_WEIGHT * _jaccard(a.people, b.people)
    rules = []
    if people:
        rules.append(f"{len(people)} of {len(a.people | b.people)} participants shared")
    if orgs:
        rules.append(f"{len(orgs)} of {len(one | other)} organisations shared")
    if orgs - (a.orgs & b.orgs):
        rules.append("a group and its own company as one party")
    return Link(score, tuple(rules))


def _people_agreement(a: Report, b: Report) -> float:
    """Participant Jaccard; a meeting one report tells by its principals (two or more, all among
    the other's longer list of attendees) agrees more than the share of names says."""
    jaccard = _jaccard(a.people, b.people)
    smaller, larger = sorted((a.people, b.people), key=len)
    crowd = len(larger) > PRINCIPALS_TABLE * len(smaller)  # any pair of a forum's forty may also meet apart
    if a.type == "MEET" and len(smaller) >= 2 and smaller <= larger and not crowd:
        return max(jaccard, PRINCIPALS)
    return jaccard


def _needs_met(a: Report, b: Report) -> bool:
    """A meeting needs two shared participants (or the one a report names, with a shared
    organisation); a visit its visitor; a partnership or investment its parties."""
    (one, other), people = as_parties(a.orgs, b.orgs), a.people & b.people
    orgs = one & other
    if a.type == "MEET":
        single = min(len(a.people), len(b.people)) == 1
        return len(people) >= 2 or (single and len(people) == 1 and bool(orgs))
    if a.type == "VISIT":
        return bool(people) or (not a.people and not b.people and bool(orgs))
    return len(orgs) >= max(1, min(2, len(one), len(other)))


def _dates(a: Report, b: Report) -> Link:
    one, other = a.span, b.span
    if one is not None and other is not None:
        stay = a.type == "VISIT" and _places(a, b).score >= SAME_PLACE
        return _spans(one, other, _local_time(a) or _local_time(b), stay)
    hinted = [r.day_of_month for r in (a, b)]
    if one is not None or other is not None:
        span = one or other
        hint = hinted[1] if one is not None else hinted[0]
        return _hint_against(hint, span) if hint else _undated_against(a if one is None else b, span)
    if all(hinted):
        if abs(hinted[0] - hinted[1]) > 1:
            return Link(0.0, (), "different days of the month")
        return Link(SAME_DAY_OF_MONTH, ("the same day of the month",))
    return _publications_close(a, b)


def _spans(one: Span, other: Span, local_time: bool, stay: bool) -> Link:
    gap = max((other.first - one.last).days, (one.first - other.last).days, 0)
    if one.precision == other.precision == "day":
        if gap == 0:
            return Link(SAME_DAY, ("the same day",))
        if gap == 1 and (local_time or not (one.explicit and other.explicit)):
            why = "a day apart, local time abroad" if local_time else "a day apart, one dated by its news"
            return Link(NEXT_DAY, (why,))
        if stay and gap <= VISIT_STAY_DAYS:
            return Link(SAME_MONTH, (f"{gap} days apart in one stay at one place",))
        return Link(0.0, (), f"two different days ({gap} apart)")
    if gap > 0:
        return Link(0.0, (), "dates further apart than their precision allows")
    coarse = "year" if "year" in (one.precision, other.precision) else "month"
    return Link(SAME_YEAR if coarse == "year" else SAME_MONTH, (f"the same {coarse}",))


def _hint_against(day: int, span: Span) -> Link:
    if span.precision != "day":
        return Link(0.0, ())
    days = {d.day for d in (span.first, span.last)}
    if day in days:
        return Link(SAME_DAY_OF_MONTH, ("the same day of the month",))
    return Link(0.0, (), "different days of the month")


def _undated_against(report: Report, span: Span) -> Link:
    """An undated report can be about a dated one only when its window (reports.Report.window)
    holds the date."""
    if report.window is None:
        return Link(0.0, ())
    first, last = report.window
    gap = max((first - span.last).days, (span.first - last).days, 0)
    if gap > 0:
        return Link(0.0, (), f"undated, published {gap} days outside the time it can be about")
    published = report.published_day
    near = max((published - span.last).days, (span.first - published).days, 0)
    if span.precision == "day" and near <= CLOSE_PUBLICATION_DAYS:
        return Link(NEWS_OF_THE_DAY, ("undated, published on the other's day",))
    return Link(0.0, ())


def _publications_close(a: Report, b: Report) -> Link:
    if a.window is None or b.window is None:
        return Link(0.0, ())
    if a.window[0] > b.window[1] or b.window[0] > a.window[1]:
        return Link(0.0, (), "undated, published too far apart")
    return Link(0.0, ())


def _local_time(report: Report) -> bool:
    return any(cue in report.evidence for cue in LOCAL_TIME_CUES)


def _places(a: Report, b: Report) -> Link:
    """Places agree when one holds the other's name, or their sites (the words that are not a
    country, region, city or district) share a name; they are incompatible when both name sites
    and the sites differ, or both are areas of one kind (two countries, two cities) that differ."""
    if not a.place or not b.place:
        return Link(0.0, ())
    one, other = compact(a.place), compact(b.place)
    if one in other or other in one:
        return Link(SAME_PLACE, ("the same place",))
    sites = (_words(a.place, site=True), _words(b.place, site=True))
    if sites[0] and sites[1]:
        if any(x in y or y in x for x in sites[0] for y in sites[1]):
            return Link(PARTIAL_PLACE, ("sites that share a name",))
        return Link(0.0, (), "different places")
    areas = (_words(a.place, site=False), _words(b.place, site=False))
    if areas[0] & areas[1]:
        return Link(PARTIAL_PLACE, ("the same area",))
    # no area in common: apart when both name one of a kind (two countries: `아랍에미리트`, `이집트 카이로`)
    if not (sites[0] or sites[1]) and {_kind(w) for w in areas[0]} & {_kind(w) for w in areas[1]}:
        return Link(0.0, (), "different places")
    return Link(0.0, ())


def _words(place: str, site: bool) -> set[str]:
    words = {compact(w) for w in place.split() if w}
    return {w for w in words if (_kind(w) in _AREAS) != site}


def _kind(place: str) -> str:
    """The lexicon's kind of a place (country, region, city, district, site); site if unknown."""
    return _place_kinds().get(place, "site")


@lru_cache(maxsize=1)
def _place_kinds() -> dict[str, str]:
    return {compact(form): place.kind for place in load_kb().places for form in (place.name, *place.aliases)}


def _topics(a: Report, b: Report) -> Link:
    shared = set(a.topics) & set(b.topics)
    if not shared:
        return Link(0.0, ())
    return Link(SHARED_TOPICS * _jaccard(frozenset(a.topics), frozenset(b.topics)),
                (f"shared topics: {', '.join(sorted(shared))}",))


def _publication(a: Report, b: Report) -> Link:
    days = [r.published_day for r in (a, b)]
    if all(days) and abs((days[0] - days[1]).days) <= CLOSE_PUBLICATION_DAYS:
        return Link(CLOSE_PUBLICATION, (f"published within {CLOSE_PUBLICATION_DAYS} days",))
    return Link(0.0, ())


def _undated(a: Report, b: Report) -> bool:
    return a.span is None or b.span is None


def _unplaced_in_time(a: Report, b: Report) -> bool:
    """Neither a date, a day of the month nor a publication date ties the undated side to a time."""
    return any(r.span is None and r.day_of_month is None and r.published_day is None for r in (a, b))


def _strong_enough_undated(a: Report, b: Report) -> bool:
    """An undated report joins only when the members agree strongly (half of them shared, or all of
    one side's two or more among the other's; two shared participants for a meeting) and, for a
    visit, the destinations agree."""
    one, other = (a.people, b.people) if a.type in PEOPLE_TYPES else as_parties(a.orgs, b.orgs)
    within = min(len(one), len(other)) >= 2 and (one <= other or other <= one)  # all of one side's are the other's
    if _jaccard(one, other) < STRONG_PEOPLE and not within:
        return False
    if a.type == "MEET" and len(a.people & b.people) < 2:
        return False
    return a.type != "VISIT" or _places(a, b).score >= PARTIAL_PLACE


def _plan_and_act(a: Report, b: Report) -> bool:
    """One article telling a gathering twice, as planned (with no time of its own) and as held, the
    plan's members all among the act's: two for a meeting, the parties otherwise."""
    if (a.status == "occurred") == (b.status == "occurred"):
        return False
    plan, act = (a, b) if b.status == "occurred" else (b, a)
    if plan.span is not None:
        return False  # a plan with a time of its own the article kept apart: another occasion
    one, other = (plan.people, act.people) if a.type in PEOPLE_TYPES else as_parties(plan.orgs, act.orgs)
    if a.type == "VISIT" and (plan.place or act.place) and _places(plan, act).score < SAME_PLACE:
        return False  # a site on the trip, or another stop: a visit of its own
    return len(one) >= (2 if a.type == "MEET" else 1) and one <= other


def _same_people_met(a: Report, b: Report) -> bool:
    """A meeting of exactly the same two people or more, told by both: strong enough without a time."""
    return a.type == "MEET" and a.people == b.people and len(a.people) >= 2
