"""Investments: who puts money into what (`A사가 B사에 500억원을 투자했다`, `B사는 A사로부터 투자를
유치했다`), per investor, with the amount; requests for investment, rounds told over sentences
(rounds.py) and purchases (purchases.py). Moved out of deals.py, which keeps partnerships and the
sides of a deal both builders read."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hoedong.events.amounts import find_amounts
from hoedong.events.clauses import SUBJECT_ROLES, is_affiliation, pair_pronoun
from hoedong.events.deal_modality import agreed_content, decided, discussed, under_review
from hoedong.events.dating import told_here
from hoedong.events.deal_sides import local_body, pointed_back
from hoedong.events.deals import (affiliations_of, describes, last_counted, meeting_of, met_side, reports_another,
                                  venture_meant)
from hoedong.events.draft import Draft, unique
from hoedong.entities.lexicon import company_nouns
from hoedong.events.lexicon import cues, particle_roles
from hoedong.events.purchases import (bought_before, close_purchase, contract_to_buy, described, issuer_described,
                                      owner_of_object, rumoured_stake, subscribers)
from hoedong.events.rounds import (joined_target, just_raised, note_raisers, raiser_meant, round_members, round_owner,
                                   tells_round)

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading
    from hoedong.events.clauses import Arg

_MONEY_OBJECT_GAP = 12  # characters between a sum and the spending word it is the object of
_RECEIVING_REACH = 6  # tokens after an investment word in which `받다` makes it received
_SOURCE_REACH = 2  # tokens after a name that make it a source: `에` + `따르`(면)
_ASKING_REACH = 3  # sentences back in which the meeting an asker was told at gives the companies asked
_TOGETHER_REACH = 2  # tokens before an investment word in which `공동`/`함께` make it one act of several givers


def invest(r: Reading) -> list[Draft]:
    """The investments the event word tells: the givers, then the target, with the amount."""
    if close_purchase(r):
        return []  # `거래 종결은 4분기에 이뤄질 예정이다`: the purchase told before, now dated
    if r.status == "occurred" and (decided(r) or agreed_content(r) or contract_to_buy(r)) or \
            r.status in ("occurred", "present") and discussed(r):
        r = replace(r, status="planned")  # `투자 유치를 협의하고 있다`: talks, the investment still to come
    if r.status == "present" and r.when is not None and not told_here(r.text, r.when):
        r = replace(r, status="planned")  # `… 밝혔다. B사는 이 펀드에 100억 원을 넣는다`: the day is the telling's, the act ahead
    made = _investments(r)
    if made and under_review(r):
        for draft in made:  # `추가 투자 유치를 조율하고 있다`: no day, not the day of the news either
            draft.date, draft.undated = None, True
    return made

def _investments(r: Reading) -> list[Draft]:
    """The investments the event word tells, with the status the caller settled."""
    if r.trigger.object_is_money and not _money_put_in(r):
        return []  # `양극재를 공장에 투입할 예정`, `공을 들여`: feeding material or effort, not spending
    following = r.view.sentence.tokens[r.index: r.index + _RECEIVING_REACH]
    receiving = any(t.form in cues("receiving") for t in following)
    if r.status == "requested" and not receiving:
        return _requested_investment(r)
    if r.index + 1 < len(r.view.sentence.tokens) and r.view.sentence.tokens[r.index + 1].form in cues("rumour_suffix"):
        rumoured = rumoured_stake(r)  # `A사의 B사 지분 투자설`: only with the investor named
        return [r.draft("INVEST", [], rumoured, amount=_amount(r))] if rumoured else []
    givers, targets = _told_parties(r, receiving)
    members = round_members(r, targets if receiving else [])
    if members and (givers or receiving):  # `이번 투자는 A사가 주도했고 B사가 참여했다`: each invests
        into = targets or raiser_meant(r, members) or joined_target(r, members)
        if targets and not receiving:  # `A사는 B사에 투자했으며, C사도 … 참여했다`: A invests in B too
            members = unique(givers + members)
        amount = _amount(r) if len(members) == 1 else None  # one sum for several investors is no one's
        return [r.draft("INVEST", [], unique([m] + into[:1]), amount=amount) for m in members]
    if givers and not targets and not receiving and (tells_round(r) or (just_raised(r) and _money_put_in(r))):
        targets = raiser_meant(r, givers)  # not `넷플릭스가 국내 투자를 진행`: no round or bid told
        if targets and len(givers) >= 2:  # `A사가 600억원, B사가 200억원을 댔다`: each its own share of the round
            return [r.draft("INVEST", [], [g] + targets) for g in givers]
    if givers and not targets and not receiving:
        targets = joined_target(r, givers)  # `B사도 출자하기로 했다`: into what A was just said to fund
    elif targets and not receiving and r.trigger.object_is_target:
        note_raisers(r, targets)  # `B사를 인수할 가능성`: a bid told next is for B
    if not givers and not receiving:
        givers, targets = _untold_givers(r, targets)
    if not givers:
        return []
    if not receiving:  # `(A사는) B사와 1조원을 들여 …`: the partner of a giver the text gave before
        givers += [a.entity.id for a in r.orgs if a.role == "with" and a.entity.id not in givers + targets
                   and not describes(r, a)]  # not `B와 함께 세운 합작법인에서 … 인수`
    givers = unique(givers)
    if not targets and not receiving:
        targets = _earlier_target(r, givers)
    if not targets and r.trigger.form in cues("share_verb"):
        return []  # `제련소 증설에 함께 넣는 방안`: a share put into no company or round told
    return _by_investor(r, givers, targets, receiving)

def _told_parties(r: Reading, receiving: bool) -> tuple[list[str], list[str]]:
    """The givers and targets the clause's own organisations tell, by their roles: the subject
    gives (the `로부터` party when money is taken in), the `에`/object party takes."""
    bought = [] if receiving else bought_before(r)  # `X 인수도 검토`: X is bought, whatever its particle
    subscribing = [] if receiving else subscribers(r)
    if subscribing:  # `A사는 B사를 대상으로 유상증자를 결정`: B pays into A
        issuers = [a.entity.id for a in r.orgs if a.role in SUBJECT_ROLES and a.entity.id not in subscribing] or \
            [a.entity.id for a in r.view.args if a.role in SUBJECT_ROLES and a.entity.type == "ORG"
             and a.entity.id not in subscribing]  # `B사는 이사회를 열고 A사를 대상으로 …`: the sentence's
        return subscribing, issuers[:1]
    orgs = [a for a in r.orgs if a.entity.id not in bought and not _source(r, a)]
    givers = [a.entity.id for a in orgs if a.role == ("from" if receiving else "subject") and not describes(r, a)] or \
             [a.entity.id for a in orgs if a.role == "topic" and not receiving and not reports_another(r, a)] or \
             [a.entity.id for a in orgs if a.role == "also" and not receiving] or \
             [a.entity.id for a in orgs if a.role == "with" and receiving]  # `B사와 투자 유치를 협의`: B gives
    wanted = SUBJECT_ROLES if receiving else ("to", "object") if r.trigger.object_is_target else ("to",)
    targets = bought + [a.entity.id for a in orgs if a.role in wanted and a.entity.id not in givers]
    if not targets and givers and not receiving and r.trigger.object_is_target:
        targets = owner_of_object(r, givers)
    if not receiving:  # `공동 출자해 합작법인 'X'를 세운다`, `합작법인에 출자한다`: the venture is the target
        targets = (targets or venture_meant(r, givers) or described(r, givers) or issuer_described(r, givers)
                   or pointed_back(r, givers))  # `이 펀드에 출자했다`: the fund last named
    if not receiving and not targets:
        targets = round_owner(r, givers)  # `B사의 시리즈 C 라운드에 투자`: B takes the money
        note_raisers(r, targets)
    if givers and not receiving:  # `삼성전자와 함께 투자`, `A와 B가 공동 투자`: investing together
        givers += [a.entity.id for a in orgs if a.role == "with" and a.entity.id not in givers + targets]
    if receiving and not givers and len(targets) >= 2:  # `A가 B가 주도하는 투자를 유치했다`: B invests
        targets, givers = targets[:1], targets[1:]
    named = bool(targets)
    if receiving and not targets:
        targets = r.state.orgs[:1]
    if receiving:
        note_raisers(r, targets, named)
    return givers, targets

def _source(r: Reading, arg: Arg) -> bool:
    """`X그룹에 따르면 Y사는 … 투자한다`: X tells the news (its `에` is no target's), no party to the act."""
    following = [t for t in r.view.sentence.tokens if t.start >= arg.end][:_SOURCE_REACH]
    return len(following) == _SOURCE_REACH and particle_roles().get((following[0].tag, following[0].form)) == "to" \
        and following[1].form in cues("source_verb") and following[1].tag.startswith("VV")

def _untold_givers(r: Reading, targets: list[str]) -> tuple[list[str], list[str]]:
    """A clause that names no investor: the pair the text calls `두 회사`, the organisation the
    sentence is about, a speaker's company, or the one the text is about."""
    if pair_pronoun(r.clause_forms, "orgs") and len(r.state.org_pair) == 2:
        return list(r.state.org_pair), targets  # `두 회사는 합작법인에 각각 … 출자하기로 했다`
    counted = [o for o in last_counted(r) if o not in targets]
    if counted:
        return counted, targets  # `3사는 합작법인에 각각 … 출자한다`: the three just named
    acting = [a for a in r.orgs if a.role not in ("of", "with") and a.entity.id not in bought_before(r)]  # `X의 사업부를 인수`: an owner of what is bought gives nothing
    topic = [a.entity.id for a in r.view.args if a.role in SUBJECT_ROLES and a.entity.type == "ORG"
             and not reports_another(r, a)]
    speakers = [a for a in r.view.args if a.role in SUBJECT_ROLES and a.entity.type == "PERSON"]
    givers = topic[:1] or affiliations_of([a for a in r.people if a.role in SUBJECT_ROLES], r.by_id)[:1] \
        or affiliations_of(speakers, r.by_id)[:1] \
        or (r.state.orgs[:1] if not r.people and not acting and not _subject_not_org(r) else [])
    if givers and not targets and r.trigger.object_is_target:  # `(삼성전자는) X의 사업부를 인수하는`
        targets = [o for o in owner_of_object(r, givers) if o not in givers]
    return givers, targets

def _subject_not_org(r: Reading) -> bool:
    """`UAE는 한국 기업에 투자하겠다고`, `정부는 … 투입하기로`, not `회사는`: the clause's own subject
    before the event word is a place or a noun that is no word for a company, so it stands for no
    organisation the text named, and the company the text is about is not the investor."""
    clause = [t for i, t in r.view.clause_tokens(r.view.clause_of[r.index]) if i < r.index]
    heads = [clause[n - 1] for n, t in enumerate(clause) if n and particle_roles().get((t.tag, t.form)) in SUBJECT_ROLES]
    kinds = [{a.entity.type for a in r.view.args if a.start <= head.start < a.end} for head in heads]
    return any(kind == {"PLACE"} or (not kind and head.tag.startswith("NN") and head.form not in company_nouns())
               for head, kind in zip(heads, kinds))

def _by_investor(r: Reading, givers: list[str], targets: list[str], receiving: bool) -> list[Draft]:
    """One investment, or one per investor when the text lists them each on their own; a city or
    province where the money goes is no target (deal_sides.local_body)."""
    targets = [t for t in targets if not local_body(r.by_id[t])]
    sentence_forms = [t.form for t in r.view.sentence.tokens]
    each = any(f in cues("each") for f in r.clause_forms)
    listed = each or receiving or any(f in cues("list_tail") for f in r.clause_forms)
    into_venture = bool(targets) and targets[0] in r.state.ventures  # `A가 60%, B가 40%를 출자한다`: each its share
    if len(givers) >= 2 and (listed or into_venture) and (each or into_venture and not _together(r)
                                                         or not any(f in cues("joint") for f in sentence_forms)):
        # `소프트뱅크, TSMC 등이 대미 투자 계획을 발표했다`, `합작법인에 각각 … 출자`, `A와 B로부터
        # 투자받았다`: each its own (`A와 B가 투자`, `공동 투자`, `A와 B로부터 공동으로`: together)
        return [r.draft("INVEST", [], unique([g] + targets)) for g in givers]
    return [r.draft("INVEST", [], unique(givers + targets), amount=_amount(r))]


def _together(r: Reading) -> bool:
    """`공동 출자해`, `함께 출자한다`: the givers put the money in together, right before the word."""
    before = r.view.sentence.tokens[max(0, r.index - _TOGETHER_REACH): r.index]
    return any(t.form in cues("joint") and t.form not in cues("venture_kind") for t in before)


def _requested_investment(r: Reading) -> list[Draft]:
    """`이 회장에게 더 많이 투자해 주기를 바란다`, `삼성 등 기업이 투자를 늘려 달라고 요청했다`: the
    investors asked are the organisations addressed, or the employers of the people addressed; an
    organisation asking for itself (`A사는 B에 투자를 요청했다`) is the target."""
    asking = {a.entity.id for a in r.people if a.role in SUBJECT_ROLES}
    asked_people = [a for a in r.view.args if a.entity.type == "PERSON" and a.role == "to"]
    asked = [a.entity.id for a in r.orgs if a.role in ("to", "subject", "none", "list") and not is_affiliation(a, r.args)]
    employers = [o for o in affiliations_of(asked_people, r.by_id)]
    own = set(affiliations_of([a for a in r.people if a.entity.id in asking], r.by_id))
    givers = [o for o in unique(asked + employers) if o not in own]
    if not givers and not _unnamed_subject(r):  # `X는 Y 회장과 면담하고 … 투자해 달라고 요청했다`: the people met
        topic = [a for a in r.view.args if a.entity.id in r.sentence_subjects]  # the sentence's, in a clause before
        askers = [a for a in r.people if a.role in SUBJECT_ROLES] or topic
        givers = [o for o in met_side(r, askers, _ASKING_REACH) if o not in own]
    askers = [a.entity.id for a in r.orgs if a.role in SUBJECT_ROLES and a.entity.id not in givers
              and not local_body(a.entity)]  # `해든시는 A사에 투자를 요청했다`: the host, not a target
    if not givers:
        return []
    meeting = meeting_of(r, [a for a in r.view.args if a.entity.id in asking | set(r.sentence_subjects)] + asked_people,
                         _ASKING_REACH)  # asked at a meeting told: asked on its day, not on the day of the news
    date = meeting.date if meeting is not None and meeting.date is not None else r.when
    return [r.draft("INVEST", [], givers + askers, amount=_amount(r), date=date)]

def _unnamed_subject(r: Reading) -> bool:
    """`"기업들이 국내 투자를 늘려 달라"`: the clause gives the act a subject no name stands for (an
    appeal to companies in general), so the people met are not the ones asked."""
    clause = r.view.clause_of[r.index]
    named = [(a.start, a.end) for a in r.view.args]
    return any(t.tag == "JKS" and not any(s < t.start <= e for s, e in named)
               for i, t in r.view.clause_tokens(clause) if i < r.index)

def _money_put_in(r: Reading) -> bool:
    """A sum ends right before the word (`1조원을 투입`, `1조원 규모의 자금을 들여`): it is what is put in."""
    trigger_at = r.view.sentence.tokens[r.index].start - r.view.sentence.start
    return any(0 <= trigger_at - span[1] <= _MONEY_OBJECT_GAP for span, _ in find_amounts(r.text))

def _amount(r: Reading) -> dict | None:
    """The sum nearest before the event word (`5000억원을 투자`), else the sentence's first one."""
    amounts = find_amounts(r.text)
    if not amounts:
        return None
    trigger_at = r.view.sentence.tokens[r.index].start - r.view.sentence.start
    before = [a for span, a in amounts if span[0] < trigger_at]
    return (before or [a for _, a in amounts])[-1 if before else 0]

def _earlier_target(r: Reading, givers: list[str]) -> list[str]:
    """`A는 2021년 B에 투자한 데 이어 올해 추가로 투자했다`: a second investment with no target of its
    own goes to the target of the same giver's investment told earlier in the sentence."""
    earlier = [d for d in r.drafts if d.type == "INVEST" and d.sentence == r.number and d.orgs[:1] == givers[:1]
               and len(d.orgs) >= 2]
    return earlier[-1].orgs[1:] if earlier else []
