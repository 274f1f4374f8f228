"""Clustering reports into gatherings so that no chain of near matches joins separate ones.

Blocking finds every linkable pair without comparing all pairs: two linkable reports share a type,
a member and a month they can be about (reports.buckets). The linkable pairs cut the reports into
components (networkx); each component is clustered on its own by average linkage under cannot-link
constraints: the two clusters with the highest average evidence merge, if that average reaches
JOIN, a linkable pair joins them and no pair across them is cannot-linked (compatible pairs short
of a link count in the average, see _support); so every cluster's members are mutually compatible
and its dates are bounded by its members' precision. A cluster told without a day that fits two
clusters of different days equally is left apart from both (_torn). Reports are taken in a
canonical order and ties go to the smallest keys, so the result never depends on input order.
scipy's hierarchy was not used: it cannot enforce cannot-link pairs nor break ties by a key of ours.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import combinations

import networkx as nx

from hoedong.corpus.evidence import LINK, YEAR_ONLY, Link, compare
from hoedong.corpus.parties import as_parties, groups_of
from hoedong.corpus.reports import ANY_TIME, Report, buckets

JOIN = Fraction(LINK).limit_denominator()  # the average evidence two clusters need to merge: a link's
TORN = 0.05  # how close a report's best links to two clusters of different days are to count as equal
STAY = "VISIT"  # the type whose gatherings last several days (no cluster is torn between two of its days)
SAME_STORY = 0.2  # two articles that tell another gathering in common tell this one more surely
_MILLI = 1000


@dataclass
class Cluster:
    reports: list[Report]
    reasons: list[tuple[Report, Report, Link]] = field(default_factory=list)  # the pairs that joined it


class Pairs:
    """The evidence between reports, computed once per pair (blocked pairs up front, the rest
    when a merge asks whether they are cannot-linked)."""

    def __init__(self, reports: list[Report]):
        self.reports = reports
        self.links: dict[tuple[int, int], Link] = {}
        contents: dict[tuple, int] = {}
        self._content = [contents.setdefault(report.content, len(contents)) for report in reports]
        self._by_content: dict[tuple[int, int, bool], Link] = {}  # reposts of one story: one comparison

    def link(self, i: int, j: int) -> Link:
        pair = (i, j) if i < j else (j, i)
        found = self.links.get(pair)
        if found is None:
            one, other = self.reports[pair[0]], self.reports[pair[1]]
            key = (self._content[pair[0]], self._content[pair[1]], one.doc_id == other.doc_id)
            found = self._by_content.get(key)
            if found is None:
                found = self._by_content[key] = compare(one, other)
            self.links[pair] = found
        return found

    def linkable(self) -> dict[tuple[int, int], Link]:
        """The pairs that may be joined: linkable ones, and those that need their two articles to
        tell another gathering in common when they do."""
        direct = [pair for pair, link in self.links.items() if link.linkable]
        waiting = [pair for pair, link in self.links.items() if link.needs_story]
        told = {self._docs(pair) for pair in direct} | _vouching(waiting, self._docs)
        story = [pair for pair in waiting if self._docs(pair) in told]
        return {pair: self.links[pair] for pair in sorted({*direct, *story})}

    def _docs(self, pair: tuple[int, int]) -> tuple[str, str]:
        return _articles(self.reports[pair[0]], self.reports[pair[1]])


def _vouching(waiting: list[tuple[int, int]], docs) -> set[tuple[str, str]]:
    """Article pairs that tell two gatherings in common, each waiting for another to vouch for
    it (a visit and the meeting held in it, both undated): they vouch for each other."""
    reports_of: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for pair in waiting:
        reports_of.setdefault(docs(pair), []).append(pair)
    return {key for key, pairs in reports_of.items()
            if any(not set(one) & set(other) for one, other in combinations(pairs, 2))}


def _articles(one: Report, other: Report) -> tuple[str, str]:
    """The two reports' articles, in a fixed order (a key for pairs of articles)."""
    return (one.doc_id, other.doc_id) if one.doc_id <= other.doc_id else (other.doc_id, one.doc_id)


def candidate_pairs(reports: list[Report]) -> set[tuple[int, int]]:
    """Pairs that share a type, a member and a month (a report of unknown time meets every month);
    an organisation's group counts as a member (corpus/parties.py: a group and its company are one party)."""
    filed: dict[tuple[str, str, str], list[int]] = {}
    anytime: dict[tuple[str, str], list[int]] = {}
    by_member: dict[tuple[str, str], list[int]] = {}
    for index, report in enumerate(reports):
        for member in report.members | groups_of(report.orgs):
            by_member.setdefault((report.type, member), []).append(index)
            for bucket in buckets(report):
                if bucket == ANY_TIME:
                    anytime.setdefault((report.type, member), []).append(index)
                else:
                    filed.setdefault((report.type, member, bucket), []).append(index)
    pairs: set[tuple[int, int]] = set()
    for block in filed.values():
        pairs.update(combinations(block, 2))
    for key, undated in anytime.items():
        pairs.update((min(i, j), max(i, j)) for i in undated for j in by_member[key] if i != j)
    return pairs


def cluster_reports(reports: list[Report], blocked: bool = True) -> list[Cluster]:
    """The gatherings these reports tell. `blocked=False` compares every pair (the reference the
    tests hold blocking to) and clusters all reports as one component."""
    ordered = sorted(reports, key=lambda r: r.key)
    pairs = Pairs(ordered)
    wanted = candidate_pairs(ordered) if blocked else set(combinations(range(len(ordered)), 2))
    for i, j in wanted:  # in any order: each pair's evidence is its own
        pairs.link(i, j)
    linkable = pairs.linkable()
    scores = _with_story(ordered, linkable)
    if blocked:
        graph = nx.Graph()
        graph.add_nodes_from(range(len(ordered)))
        graph.add_edges_from(linkable)
        components = sorted(sorted(c) for c in nx.connected_components(graph))
    else:
        components = [list(range(len(ordered)))]
    home = {i: n for n, component in enumerate(components) for i in component}
    by_component: list[dict[tuple[int, int], int]] = [{} for _ in components]
    for pair, score in scores.items():
        by_component[home[pair[0]]][pair] = score
    support: list[dict[tuple[int, int], int]] = [{} for _ in components]
    for pair, score in _support(pairs, scores).items():
        if home[pair[0]] == home[pair[1]]:
            support[home[pair[0]]][pair] = score
    found = []
    for component, inside, more in zip(components, by_component, support):
        found += _agglomerate(component, inside, more, pairs)
    return sorted(found, key=lambda c: min(r.key for r in c.reports))


def _support(pairs: Pairs, scores: dict[tuple[int, int], int]) -> dict[tuple[int, int], int]:
    """The evidence of compatible pairs that share a member but fall short of a link (thousandths):
    it counts in the average between two clusters, though it alone never joins them. A report that
    agrees with most of a gathering's reports, and falls just short with one that names a longer
    list, is not held apart by that one as if it were a stranger. Pairs that agree only on the year
    give none: the same people meet several times a year, and a report of the year would lean
    towards whichever of their gatherings has the most reports."""
    found = {}
    for pair, link in pairs.links.items():
        one, other = pairs.reports[pair[0]], pairs.reports[pair[1]]
        if pair not in scores and not link.cannot and link.score > 0 and _share_member(one, other) \
                and YEAR_ONLY not in link.rules:
            found[pair] = round(link.score * _MILLI)
    return found


def _share_member(one: Report, other: Report) -> bool:
    orgs = as_parties(one.orgs, other.orgs)
    return bool(one.people & other.people or orgs[0] & orgs[1])


def _with_story(reports: list[Report], linkable: dict[tuple[int, int], Link]) -> dict[tuple[int, int], int]:
    """Scores in thousandths, with SAME_STORY added when the two articles share another linkable pair."""
    between: dict[tuple[str, str], int] = {}
    for i, j in linkable:
        docs = _articles(reports[i], reports[j])
        between[docs] = between.get(docs, 0) + 1
    scores = {}
    for (i, j), link in linkable.items():
        story = SAME_STORY if between[_articles(reports[i], reports[j])] >= 2 else 0.0
        scores[(i, j)] = round((link.score + story) * _MILLI)
    return scores


def _agglomerate(component: list[int], scores: dict[tuple[int, int], int], support: dict[tuple[int, int], int],
                 pairs: Pairs) -> list[Cluster]:
    """Average linkage under cannot-link constraints over one component (`scores`: its linkable
    pairs; `support`: its compatible pairs short of a link, counted in averages only)."""
    members = {i: [i] for i in component}
    owner = {i: i for i in component}
    must = sorted(pair for pair in scores if pairs.link(*pair).must)
    riders = {i if pairs.reports[i].status != "occurred" else j for i, j in must}  # plans that ride on their act
    linkage = _Linkage({i: int(i not in riders) for i in component},  # plans joined to their act count as the act
                       {pair: score for pair, score in scores.items() if not (set(pair) & riders)},
                       {pair: score for pair, score in support.items() if not (set(pair) & riders)})
    reasons: dict[int, list[tuple[int, int]]] = {i: [] for i in component}
    while True:
        forced = _must_merge(must, owner)
        best = forced or linkage.best()
        if best is None:
            break
        one, other = best
        if any(pairs.link(i, j).cannot for i in members[one] for j in members[other]):
            linkage.refuse(one, other)
            must = [pair for pair in must if {owner[pair[0]], owner[pair[1]]} != {one, other}]
            continue
        torn = None if forced else _torn(one, other, members, linkage, pairs)
        if torn:
            for coarse, day in torn:
                linkage.refuse(coarse, day)
            continue
        reasons[one] += reasons.pop(other) + [_strongest(members[one], members[other], scores)]
        for report in members[other]:
            owner[report] = one
        members[one] += members.pop(other)
        linkage.merge(one, other)
    reports = pairs.reports
    return [Cluster([reports[i] for i in sorted(group)],
                    [(reports[a], reports[b], pairs.link(a, b)) for a, b in reasons[cid]])
            for cid, group in members.items()]


def _torn(one: int, other: int, members: dict[int, list[int]], linkage: "_Linkage",
          pairs: Pairs) -> list[tuple[int, int]]:
    """A cluster told without a day that fits two clusters of different days equally (its best
    link to each within TORN of the other): it is left apart from both rather than given to one.
    Not for visits: a stay covers several days, and a month's report fits all of them.
    Returns the pairs of clusters to hold apart (none when the merge may go on)."""
    if pairs.reports[members[one][0]].type == STAY:
        return []
    for coarse, day in ((one, other), (other, one)):
        if _has_day(members[coarse], pairs) or not _has_day(members[day], pairs):
            continue
        best = _best_link(members[coarse], members[day], pairs)
        for rival in sorted(linkage.links[coarse]):
            if rival == day or rival in linkage.refused[coarse] or not _has_day(members[rival], pairs):
                continue
            if best - _best_link(members[coarse], members[rival], pairs) <= TORN and \
                    any(pairs.link(i, j).cannot for i in members[day] for j in members[rival]):
                return [(coarse, day), (coarse, rival)]
    return []


def _has_day(group: list[int], pairs: Pairs) -> bool:
    return any(pairs.reports[i].span is not None and pairs.reports[i].span.precision == "day" for i in group)


def _best_link(one: list[int], other: list[int], pairs: Pairs) -> float:
    return max((pairs.link(i, j).score for i in one for j in other if pairs.link(i, j).linkable), default=0.0)


def _must_merge(must: list[tuple[int, int]], owner: dict[int, int]) -> tuple[int, int] | None:
    """The first pair that must be joined (one article's plan and its act) still in two clusters."""
    for i, j in must:
        one, other = sorted((owner[i], owner[j]))
        if one != other:
            return one, other
    return None


class _Linkage:
    """The clusters' summed evidence and sizes, with a heap that yields the pair of clusters of the
    highest average evidence (ties to the smaller pair), as long as that average reaches JOIN and
    a linkable pair joins them (support alone never does).

    A heap entry is stale once either cluster has grown or gone (its version moved on); a merge
    pushes the merged cluster's pairs anew. Refusals (a cannot-link pair across two clusters) carry
    over to whatever the two clusters become, since the pair stays inside it."""

    def __init__(self, sizes: dict[int, int], totals: dict[tuple[int, int], int], support: dict[tuple[int, int], int]):
        self.sizes = sizes
        self.totals: dict[int, dict[int, int]] = {cid: {} for cid in sizes}
        self.links: dict[int, dict[int, int]] = {cid: {} for cid in sizes}  # linkable pairs across two clusters
        for (i, j), total in totals.items():
            self.totals[i][j] = self.totals[j][i] = total
            self.links[i][j] = self.links[j][i] = 1
        for (i, j), total in support.items():
            self.totals[i][j] = self.totals[j][i] = total
        self.refused: dict[int, set[int]] = {cid: set() for cid in sizes}
        self.version = {cid: 0 for cid in sizes}
        self.heap: list[tuple[float, tuple[int, int], int, int]] = []
        for i, j in totals:  # the heap orders them
            self._push(i, j)

    def _push(self, i: int, j: int) -> None:
        one, other = (i, j) if i < j else (j, i)
        if other in self.refused[one] or not self.links[one].get(other):
            return
        weight = self.sizes[one] * self.sizes[other]
        if not weight:
            return
        total = self.totals[one][other]
        if total * JOIN.denominator >= JOIN.numerator * weight * _MILLI:
            # a float orders these averages exactly: division is correctly rounded, so equal
            # fractions give one float, and fractions of whole numbers this small never share one
            heapq.heappush(self.heap, (-total / weight, (one, other), self.version[one], self.version[other]))

    def best(self) -> tuple[int, int] | None:
        while self.heap:
            _, (one, other), seen_one, seen_other = self.heap[0]
            if self.version.get(one) == seen_one and self.version.get(other) == seen_other \
                    and other not in self.refused[one]:
                return one, other
            heapq.heappop(self.heap)
        return None

    def refuse(self, one: int, other: int) -> None:
        self.refused[one].add(other)
        self.refused[other].add(one)

    def merge(self, one: int, other: int) -> None:
        """Cluster `other` joins `one` (the smaller id stays)."""
        for third, total in self.totals.pop(other).items():
            del self.totals[third][other]
            if third != one:
                self.totals[one][third] = self.totals[third][one] = self.totals[one].get(third, 0) + total
        for third, count in self.links.pop(other).items():
            del self.links[third][other]
            if third != one:
                self.links[one][third] = self.links[third][one] = self.links[one].get(third, 0) + count
        for third in self.refused.pop(other):
            self.refused[third].discard(other)
            if third != one:
                self.refused[third].add(one)
                self.refused[one].add(third)
        self.sizes[one] += self.sizes.pop(other)
        del self.version[other]
        self.version[one] += 1
        for third in self.totals[one]:
            self._push(one, third)


def _strongest(one: list[int], other: list[int], scores) -> tuple[int, int]:
    """The linkable pair across two clusters with the most evidence (the reason they merged)."""
    found = [(scores[(min(i, j), max(i, j))], (min(i, j), max(i, j))) for i in one for j in other
             if (min(i, j), max(i, j)) in scores]
    return max(found, key=lambda item: (item[0], (-item[1][0], -item[1][1])))[1]


__all__ = ["Cluster", "JOIN", "LINK", "cluster_reports", "candidate_pairs"]
