"""Funding rounds and deals told over several sentences: a company raises money (`투자를 유치했다`)
or is up for sale (`B사를 인수할 가능성`), and investors lead, join or decline the round or the bid
(`이번 투자는 A사가 주도했고 C사가 참여했다`, `D사는 "인수에 참여할 계획이 없다"고 밝혔다`) in the next
sentences without naming the company again. Each of them invests (or would) in that company.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.clauses import SUBJECT_ROLES, View
from hoedong.events.draft import unique
from hoedong.events.lexicon import cues, particle_roles

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading
    from hoedong.events.discourse import Discourse

_MEMBER_ROLES = SUBJECT_ROLES + ("also",)  # `A사가 주도했고`, `B사도 참여했다`
_RAISE_REACH = 1  # sentences back in which a round an investor joins without naming its company was told
_JOIN_REACH = 2  # sentences back in which the investment a `도` investor joins was told


def note_raisers(r: Reading, raisers: list[str], named: bool = True) -> None:
    """Keep the companies that take in an investment or are bought: a round or bid told next is theirs.
    `named`: the sentence names the company (not `해외 투자를 유치하고` of the one the text is about),
    so an investment told next with no target of its own is in this round (just_raised)."""
    r.state.raisers[:] = [o for o in r.state.raisers if o not in raisers] + list(raisers)
    if raisers and named:
        r.state.raised_at = r.number


def note_round_raisers(view: View, state: Discourse, number: int) -> None:
    """`B사가 시리즈A 라운드에서 120억원을 유치했다(는데)`, `B사가 시리즈B 라운드를 마감하며 …`, `B사가
    시리즈C 투자금을 수혈받았다`: the subject of a clause that tells a round as where a sum was raised (a
    round word, then `에서`, then a figure) or a round and a word of taking money in is the company
    raising it, so the investors told leading, joining or putting money in next (`라운드는 A사가
    이끌었고 C사가 뒤따랐다`, `A사가 100억원을 넣었다`) put money into B. Read before the sentence's own event words."""
    if view.forms.isdisjoint(cues("round_noun")):
        return  # no round word (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    rounds = {view.clause_of[i]: token.start for i, token in reversed(list(enumerate(tokens)))
              if token.form in cues("round_noun") and _tells_raising(view, i)}  # each clause's first round word
    raisers = unique([a.entity.id for a in view.args if a.clause in rounds and a.start < rounds[a.clause]
                      and a.role in SUBJECT_ROLES and a.entity.type == "ORG"])  # not `라운드는 A사가 이끌었다`
    if raisers:
        state.raisers[:] = [o for o in state.raisers if o not in raisers] + raisers
        state.raised_at = number


def _tells_raising(view: View, i: int) -> bool:
    """The round word at i is where a sum was raised (`라운드에서 120억원을`) or its clause has a word of
    taking money in (`라운드를 마감하며`, `시리즈C 투자금을 수혈받았다`, `B사가 마감한 시리즈A 라운드`;
    event_cues `round_raise`)."""
    tokens = view.sentence.tokens
    clause = [(k, t) for k, t in enumerate(tokens) if view.clause_of[k] == view.clause_of[i]]
    later = [t for k, t in clause if k > i]
    scene = i + 1 < len(tokens) and tokens[i + 1].form in cues("round_scene") and any(t.tag == "SN" for t in later)
    return scene or any(t.form in cues("round_raise") and t.tag.startswith(("NN", "VV")) for _, t in clause)


def round_members(r: Reading, exclude: list[str]) -> list[str]:
    """The organisations the sentence says lead or join the investment: the subjects of clauses whose
    predicate is a leading or joining word (`A사가 주도했고 B사가 새로 참여했다`)."""
    if r.trigger.pos != "noun":
        return []
    clauses = _round_clauses(r)
    exclude = exclude + (r.state.raisers[-1:] if r.state.raised_at == r.number else [])  # `B사가 마감한 라운드는 A사가 이끌었다`
    members = []
    for arg in r.view.args:
        if arg.clause in clauses and arg.role in _MEMBER_ROLES and arg.entity.type == "ORG" \
                and arg.entity.id not in exclude + members:
            members.append(arg.entity.id)
    return members


def tells_round(r: Reading) -> bool:
    """The event word is a bid (`인수전`), or its clause or one after it leads or joins (`주도했다`,
    `참여할 계획이 없다`)."""
    return r.trigger.form in cues("bid_word") or bool(_round_clauses(r))


def _round_clauses(r: Reading) -> set[int]:
    """The clauses, from the event word's on (not a gathering joined before), whose predicate leads
    or joins (`주도`, `참여`)."""
    own = r.view.clause_of[r.index]
    return {r.view.clause_of[i] for i, t in enumerate(r.view.sentence.tokens)
            if t.form in cues("round_role") and r.view.clause_of[i] >= own}


def just_raised(r: Reading) -> bool:
    """`B사가 시리즈B 투자를 유치했다. A사가 200억원을 투자했다`: the sentence or the one before told a
    company raising money (or bought), so a sum put in with no target of its own (the caller checks the
    sum) is a share of that round; not a sum put into a place or a use of its own (`울산 공장에 500억원을
    투자했다`, `연구소 증설에 200억원을 투자한다`); a capacity or manner in `로` (`전략적 투자자로`,
    `추가로`) names no use (event_cues.tsv `aim_particle`)."""
    clause = r.view.clause_of[r.index]
    placed = any(a.entity.type == "PLACE" for a in r.view.args_in(clause))
    tokens = r.view.sentence.tokens[:r.index]
    aimed = any(particle_roles().get((t.tag, t.form)) == "to" and t.form in cues("aim_particle")
                and r.view.clause_of[i] == clause for i, t in enumerate(tokens))  # `연구소 증설에 200억원을 투자한다`
    return 0 <= r.number - r.state.raised_at <= _RAISE_REACH and not placed and not aimed


def raiser_meant(r: Reading, givers: list[str]) -> list[str]:
    """`이번 투자는 A사가 주도했다`, `D사는 "인수전에 참여할 계획이 없다"고 밝혔다`: an investment with no
    target of its own, told after a company raised money or was named for sale, goes to that company."""
    return [o for o in r.state.raisers[-1:] if o not in givers]


def round_owner(r: Reading, givers: list[str]) -> list[str]:
    """`A사는 B사의 시리즈 C 라운드에 투자했다`, `A사가 B사의 시리즈 A 투자에 참여했다`: the company
    whose round (a round word between its `의` and the next particle) the investor joins takes the money."""
    tokens = r.view.sentence.tokens
    for arg in r.orgs:
        if arg.role != "of" or arg.entity.id in givers:
            continue
        after = [t for t in tokens if t.start >= arg.end][1:]  # past the `의`
        phrase = []
        for token in after:
            if token.tag.startswith(("J", "V", "E")):
                break
            phrase.append(token.form)
        if any(form in cues("round_noun") for form in phrase):
            return [arg.entity.id]
    return []


def joined_target(r: Reading, givers: list[str]) -> list[str]:
    """`A은행이 'X펀드'에 3000억원을 출자한다. B사와 C사도 각각 500억원씩 출자하기로 했다`: investors
    told with `도` and no target of their own join the investment told just before: they invest in
    its target."""
    if not any(a.role == "also" and a.entity.id in givers for a in r.orgs):
        return []
    recent = [d for d in r.drafts if d.type == "INVEST" and len(d.orgs) >= 2 and 0 <= r.number - d.sentence <= _JOIN_REACH
              and d.orgs[-1] not in givers]
    return recent[-1].orgs[-1:] if recent else []
