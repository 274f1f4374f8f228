"""Funding rounds: a company raises money (`투자를 유치했다`), investors lead or join the round
(`이번 투자는 A사가 주도했고 B사가 참여했다`, `후속 투자에 나선다`), often in the next sentences
without naming the company again. Each investor that leads or joins invests in the company raising.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.clauses import SUBJECT_ROLES
from hoedong.events.lexicon import cues

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_MEMBER_ROLES = SUBJECT_ROLES + ("also",)  # `A사가 주도했고`, `B사도 참여했다`


def note_raisers(r: Reading, raisers: list[str]) -> None:
    """Keep the companies that took in an investment: a round told next is theirs."""
    r.state.raisers.extend(o for o in raisers if o not in r.state.raisers)


def round_members(r: Reading, exclude: list[str]) -> list[str]:
    """The organisations the sentence says lead or join the investment: the subjects of clauses whose
    predicate is a leading or joining word (`A사가 주도했고 B사가 새로 참여했다`)."""
    if r.trigger.pos != "noun":
        return []
    tokens = r.view.sentence.tokens
    own = r.view.clause_of[r.index]  # this clause and the ones after it, not a gathering joined before
    clauses = {r.view.clause_of[i] for i, t in enumerate(tokens) if t.form in cues("round_role")
               and r.view.clause_of[i] >= own}
    members = []
    for arg in r.view.args:
        if arg.clause in clauses and arg.role in _MEMBER_ROLES and arg.entity.type == "ORG" \
                and arg.entity.id not in exclude + members:
            members.append(arg.entity.id)
    return members


def raiser_meant(r: Reading, givers: list[str]) -> list[str]:
    """`이번에도 후속 투자에 나설 것으로 보인다`: an investment with no target of its own, told after a
    company raised money, goes to that company."""
    return [o for o in r.state.raisers[-1:] if o not in givers]
