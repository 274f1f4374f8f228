"""Purchases: which organisation a buying or stake word takes as the company bought, for the
investment builder (deals.py): the owner of what is bought, the company before a share noun, the
genitive of a rumoured stake, the company a relative clause of investing describes; a share sale
contract (the purchase, not a partnership) and the closing told after it (its time and, when
still ahead, its status)."""

from __future__ import annotations

from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

from hoedong.entities.lexicon import buying_words, stake_words
from hoedong.events.clauses import SUBJECT_ROLES, View
from hoedong.events.dating import ended_before, times_ahead, told_here
from hoedong.events.discourse import Discourse
from hoedong.events.draft import Draft, unique
from hoedong.events.lexicon import cues
from hoedong.events.status import tense

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_RELATIVE_CHAIN = 3  # 투자(+하/XSV)(+었/EP)(+ᆫ/ETM): the tokens that close a relative clause
_STAKE_PARTS = 2  # tokens Kiwi may split a share noun into (`경영권`: 경영 + 권)


def rumoured_stake(r: Reading) -> list[str]:
    """`A사의 B사 지분 투자설`: talk of a stake bought; the genitive is the investor, the company before
    the share noun the target. With no genitive, the company the clause is about answers the talk of
    its own purchase (`A사는 B사 지분 인수설에 대해 "검토한 바 없다"고 밝혔다`): it is the investor."""
    before = [a for a in r.orgs if a.end <= r.view.sentence.tokens[r.index].start]
    owners = [a.entity.id for a in before if owns_stake(r, a)]
    givers = [a.entity.id for a in before if a.role == "of" and a.entity.id not in owners] or \
        ([a.entity.id for a in before if a.role in SUBJECT_ROLES and a.entity.id not in owners] if owners else [])
    return unique(givers[-1:] + owners[-1:]) if givers else []


def described(r: Reading, givers: list[str]) -> list[str]:
    """`네이버가 투자한 슬기AI`, `슬기AI는 네이버가 투자한 회사로`: an investment told in a relative
    clause goes into what the clause describes: the organisation after it, or, when that is a word for
    a company, the sentence's topic."""
    tokens = r.view.sentence.tokens
    following = tokens[r.index + 1: r.index + 1 + _RELATIVE_CHAIN]
    ending = next((i for i, t in enumerate(following) if t.tag == "ETM"), None)
    if ending is None or any(t.tag not in ("XSV", "EP") for t in following[:ending]):
        return []
    head = r.index + ending + 2
    if head >= len(tokens):
        return []
    named = [a.entity.id for a in r.orgs if a.start == tokens[head].start and a.entity.id not in givers]
    if named or tokens[head].form not in cues("company_head"):
        return named[:1]
    return [a.entity.id for a in r.view.args if a.role == "topic" and a.entity.type == "ORG"
            and a.start < tokens[r.index].start and a.entity.id not in givers][:1]


def subscribers(r: Reading) -> list[str]:
    """`A사는 B사를 대상으로 유상증자를 결정했다`: the party new shares are allotted to (`X를 대상으로`)
    pays in; the issuer, the clause's subject, takes the money."""
    tokens = r.view.sentence.tokens
    found = []
    for arg in r.orgs:
        after = [t for t in tokens if t.start >= arg.end][:_ALLOTTED_REACH]
        if len(after) == _ALLOTTED_REACH and after[0].tag == "JKO" and after[1].form in cues("allotted_to"):
            found.append(arg.entity.id)
    return found


_ALLOTTED_REACH = 2  # 를 + 대상: the tokens after a subscriber's name


def owner_of_object(r: Reading, givers: list[str]) -> list[str]:
    """`A사는 B사의 지분 35%를 인수했다`, `A사는 B사 지분을 인수했다`: with a buying word, the owner of
    what is bought (a genitive after the buyer, or a name right before a share noun) is the target;
    a genitive before the buyer (`A사의 B사 인수`) is the buyer's."""
    first_giver = min((a.start for a in r.orgs if a.entity.id in givers), default=-1)  # -1: a giver the text gave before
    return [a.entity.id for a in r.orgs if (a.role == "of" or owns_stake(r, a)) and a.start > first_giver
            and a.entity.id not in givers][:1]


def issuer_described(r: Reading, givers: list[str]) -> list[str]:
    """`A사는 B사가 새로 발행하는 주식을 인수한다`, `A사는 B사 오너 일가가 보유한 주식을 사들인다`: the
    company whose shares a relative clause before the object tells of, as their issuer (lexicon
    `issuing_verb`) or through the holders its name leads (`stake_holder`), is the target."""
    tokens = r.view.sentence.tokens
    trigger_at = tokens[r.index].start
    for arg in r.orgs:
        if arg.entity.id in givers or arg.end > trigger_at:
            continue
        after = [t for t in tokens[:r.index] if t.start >= arg.end]
        ending = next((n for n, t in enumerate(after) if t.tag == "ETM"), None)
        if not ending:
            continue  # no relative clause after the name (or its ending right after it)
        phrase = after[:ending]
        head = after[ending + 1] if ending + 1 < len(after) else None
        issued = any(t.form in cues("issuing_verb") for t in phrase)  # `발행`+`하`+`는`
        held = head is not None and head.form in stake_words() and any(t.form in cues("stake_holder") for t in phrase)
        if issued or held:
            return [arg.entity.id]
    return []


def bought_before(r: Reading) -> list[str]:
    """`슈반텍 인수도 검토하고 있다`, `X 인수를 추진`: a name right before a buying noun, with no particle
    between, is what is bought (whatever particle the phrase ends with), never the buyer."""
    if not r.trigger.object_is_target or r.trigger.pos != "noun" or r.trigger.form in cues("bid_word"):
        return []
    start = r.view.sentence.tokens[r.index].start
    gap = r.text[:start - r.view.sentence.start]
    return [a.entity.id for a in r.orgs if a.end <= start and not gap[a.end - r.view.sentence.start:].strip()]


def owns_stake(r: Reading, arg: Arg) -> bool:
    """The organisation is named right before a share noun (`물빛수산 지분 70%`)."""
    following = list(islice((t for t in r.view.sentence.tokens if t.start >= arg.end), _STAKE_PARTS))
    return bool(following) and (following[0].form in stake_words()
                                or "".join(t.form for t in following) in stake_words())  # 경영/NNG 권/XSN



_CLOSING_REACH = 3  # sentences back in which the purchase a closing (`거래 종결은 …`) finishes was told
#                     (its own sentence too: `출자하기로 했으며, 납입은 내년 1분기 중 이뤄진다`)


def sale_contract(r: Reading) -> bool:
    """`주식매매계약(SPA)을 맺었다`: the contract word names a sale of shares (a word before it, or
    its abbreviation in brackets after it): the contract is the purchase, not a partnership."""
    tokens = r.view.sentence.tokens
    near = [t for t in tokens[max(r.index - 1, 0): r.index + _RELATIVE_CHAIN] if t.tag not in ("SSO", "SSC")]
    return any(t.form in cues("sale_contract") for t in near)


def contract_to_buy(r: Reading) -> bool:
    """`지분 65%를 인수하는 주식매매계약을 체결했다`: a purchase told as what a share sale contract
    says is signed, not closed: it is still to come."""
    tokens = r.view.sentence.tokens
    following = tokens[r.index + 1: r.index + 1 + _RELATIVE_CHAIN]
    ending = next((i for i, t in enumerate(following) if t.tag == "ETM"), None)
    if ending is None or any(t.tag not in ("XSV", "EP") for t in following[:ending]):
        return False
    head = tokens[r.index + ending + 2: r.index + ending + 2 + _RELATIVE_CHAIN]
    return any(t.form in cues("sale_contract") for t in head)


def close_purchase(r: Reading) -> bool:
    """`거래 종결은 4분기에 이뤄질 예정이다`, `인수 대금은 다음 달 말 치른다`: the closing of the
    purchase told just before gives it its time and status; a payment (`납입일은 …`) that of any
    investment told just before. True when the word is a closing (it
    tells no investment of its own)."""
    tokens = r.view.sentence.tokens
    at = r.index + 1 if r.index + 1 < len(tokens) and tokens[r.index + 1].form in cues("closing") else r.index
    if tokens[at].form not in cues("closing"):
        return False
    paid = tokens[at].form in cues("payment")  # `납입일은 다음 달 15일이다`: any investment is paid in
    if not paid and (at == 0 or tokens[at - 1].form not in cues("closing_head")):
        return True
    bought = [d for d in r.drafts if d.type == "INVEST" and (paid or d.words & buying_words()) and len(d.orgs) >= 2
              and 0 <= r.number - d.sentence <= _CLOSING_REACH]
    last = [d for d in bought if d.sentence == bought[-1].sentence and d.orgs[1:] == bought[-1].orgs[1:]]
    ahead = r.status in _AHEAD_STATUSES and told_here(r.text, r.when) and not ended_before(r.when, r.day)
    for deal in last:  # `A와 B가 각각 X에 투자하기로 했다. 투자금은 다음 달 말 납입된다`: each investor's
        if told_here(r.text, r.when):
            deal.date = r.when
        if ahead:
            _closed_ahead(deal, r.number, r.status)
        else:
            deal.statuses.append((r.number, r.status))
        deal.evidence.append((r.view.sentence.start, r.view.sentence.end))
    return True


_AHEAD_STATUSES = ("planned", "present")  # a closing told still ahead (`납입은 10월 중 이뤄진다`)


def _closed_ahead(deal: Draft, number: int, status: str) -> None:
    """A purchase whose closing is still ahead is signed, not done: what told it as done (the contract
    signed) gives way to the closing's plan."""
    deal.statuses = [(n, "planned" if s == "occurred" else s) for n, s in deal.statuses] + [(number, status)]


def closing_ahead(view: View, text: str, day: date | None, state: Discourse, drafts: list[Draft], number: int) -> None:
    """`… 지분을 사들이는 계약을 맺었다. 거래는 내년 1월 마무리된다`, `… 계약서에 도장을 찍었는데, 거래는
    다음 달 … 마무리될 예정이다`, `잔금은 11월 말 치른다`: the deal (`거래는`, `인수는`) or its payment
    told as closing on a time still ahead:
    the purchase told just before is signed, not done, so it is planned on the closing's time, as
    `거래 종결은 4분기에 이뤄질 예정이다` (close_purchase) makes it."""
    if view.forms.isdisjoint(cues("closing_head")) and view.forms.isdisjoint(cues("closing")):
        return  # no deal or payment word to close (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    topic = next((i for i in range(len(tokens) - 1) if tokens[i].form in cues("closing_head") + cues("closing")
                  and tokens[i].tag.startswith("NN") and tokens[i + 1].tag in _TOPIC_PARTICLES), None)
    if topic is None:
        return
    verb = next((i for i in range(topic + 2, len(tokens)) if tokens[i].form in cues("closing_verb")
                 and _as_predicate(tokens, i)), None)
    if verb is None or tense(list(tokens[verb:])) not in _AHEAD_TENSES:
        return
    lo, hi = tokens[topic].start - view.sentence.start, tokens[verb].start - view.sentence.start
    times = [t for t in times_ahead(view, text, day, state) if t.start and lo <= t.span[0] < hi]
    if not times or ended_before(times[-1], day):
        return
    bought = [d for d in drafts if d.type == "INVEST" and d.words & buying_words() and len(d.orgs) >= 2
              and 0 <= number - d.sentence <= _CLOSING_REACH]
    if not bought:
        return
    for deal in (d for d in drafts if d.type == "INVEST" and d.key() == bought[-1].key()):
        _closed_ahead(deal, number, "planned")
        deal.date, deal.said = times[-1], False
        deal.evidence.append((view.sentence.start, view.sentence.end))


_TOPIC_PARTICLES = ("JX", "JKS")  # `거래는`, `인수가`: the deal as the sentence's topic or subject
_AHEAD_TENSES = ("future", "present")  # `마무리될 예정이다`, `마무리된다`: not `마무리됐다` (dating.date_signing)


def _as_predicate(tokens, i: int) -> bool:
    """`끝나`, `마무리`+`되`: the word is a verb, or a noun a verb suffix makes one."""
    return tokens[i].tag.startswith("VV") or (i + 1 < len(tokens) and tokens[i + 1].tag.startswith("XSV"))
