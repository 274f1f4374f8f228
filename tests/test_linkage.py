"""The heap behind average linkage (corpus/cluster._Linkage) picks, merge after merge, the pair a
plain scan of every pair of clusters picks: the highest average evidence, at least JOIN, ties to
the smaller pair, never a pair with a cannot-link across it; support (compatible pairs short of a
link) counts in the average, but only clusters with a linkable pair across them merge."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest

from hoedong.corpus.cluster import _MILLI, JOIN, _Linkage


def _scan(members, totals, cannot, support):
    """The reference: every pair of clusters, every time."""
    merges = []
    while True:
        best, best_average = None, None
        for one in sorted(members):
            for other in sorted(members):
                if other <= one or any((i, j) in cannot for i in members[one] for j in members[other]):
                    continue
                total = sum(totals.get((min(i, j), max(i, j)), 0) + support.get((min(i, j), max(i, j)), 0)
                            for i in members[one] for j in members[other])
                if not any((min(i, j), max(i, j)) in totals for i in members[one] for j in members[other]):
                    continue
                average = Fraction(total, len(members[one]) * len(members[other]) * _MILLI)
                if average >= JOIN and (best is None or average > best_average):
                    best, best_average = (one, other), average
        if best is None:
            return merges
        merges.append(best)
        members[best[0]] += members.pop(best[1])


def _heap(members, totals, cannot, support):
    linkage = _Linkage({cid: 1 for cid in members}, dict(totals), dict(support))
    merges = []
    while (best := linkage.best()) is not None:
        one, other = best
        if any((i, j) in cannot for i in members[one] for j in members[other]):
            linkage.refuse(one, other)
            continue
        merges.append(best)
        members[one] += members.pop(other)
        linkage.merge(one, other)
    return merges


@pytest.mark.parametrize("seed", range(30))
def test_the_heap_merges_exactly_as_scanning_every_pair(seed):
    rng = random.Random(seed)
    size = rng.randint(2, 12)
    totals = {(i, j): rng.choice([800, 1100, 1100, 1300, 1600, 2000])
              for i in range(size) for j in range(i + 1, size) if rng.random() < 0.6}
    cannot = {(i, j) for i in range(size) for j in range(size) if i != j and rng.random() < 0.08}
    cannot |= {(j, i) for i, j in cannot}
    support = {(i, j): rng.choice([300, 700, 950]) for i in range(size) for j in range(i + 1, size)
               if (i, j) not in totals and rng.random() < 0.5}
    expected = _scan({i: [i] for i in range(size)}, totals, cannot, support)
    assert _heap({i: [i] for i in range(size)}, totals, cannot, support) == expected
