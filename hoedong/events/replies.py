"""Replies of a side of an act asked for or only talked of.

An acceptance: an act asked for (`면담을 요청했다`, `방문해 달라고 초청했다`) that the asked side takes
up is planned, no longer only asked for: in the same sentence (`초청했고, … 초청을 수락했다`) or in
the next one, told by the asked side (`X 측은 "다음 달 시간을 내겠다"고 답했다`, `… 만나는 방향으로
일정을 조율하고 있다`). A time the answer names is the act's. A reply that only weighs the request
(`일정을 검토해 보겠다`) leaves it asked for; a refusal right after a request is answers.py's.

A denial: a sentence that tells no act of its own, in which a side of an act asked for or only
guessed says in its own quoted words that it is not so (`X 측은 "추가 투자 계획이 없다"고 밝혔다`,
`"회장 간 만남은 정해진 바 없다"`, `"사실무근"`), denies it; not `"일정은 정해지지 않았다"` (not yet
settled), `아직 답하지 않았다` (no answer yet) nor `"확인해 줄 수 없다"` (neither yes nor no)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from hoedong.events.answers import refuses
from hoedong.events.clauses import SUBJECT_ROLES, View, inside, quote_spans
from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues, endings, triggers
from hoedong.events.status import modality
from hoedong.model import Entity
from hoedong.nlp import Token
from hoedong.timex import TimeValue

_ANSWER_REACH = 1  # sentences after the request in which the asked side's answer takes it up
_DENIAL_REACH = 3  # sentences after an act asked for or guessed in which a side of it may deny it
_UNSETTLED = ("requested", "speculated")  # what a side's denial answers: not a plan or a report of the act
_DENIAL_KINDS = ("absence", "untrue_word", "untrue")  # event_cues.tsv kinds of the words a denial says


def accept(view: View, drafts: list[Draft], number: int, by_id: dict[str, Entity],
           times_ahead: Callable[[], list[TimeValue]]) -> None:
    """The last act asked for, in this sentence or just before it, that this sentence accepts
    becomes planned (history.settle: a plan told later outranks a request)."""
    asked = [d for d in drafts if d.statuses and d.statuses[-1][1] == "requested"]
    if not asked:
        return  # nothing asked for to accept (checked first: every sentence is asked)
    tokens = list(view.sentence.tokens)
    if refuses(tokens) or _negated(tokens):
        return
    here = [d for d in asked if d.statuses[-1][0] == number]
    if here and _accepted_after_asking(tokens):
        here[-1].statuses.append((number, "planned"))  # `방문해 달라고 초청했고, … 초청을 수락했다`
        return
    before = [d for d in asked if number - _ANSWER_REACH <= d.statuses[-1][0] < number and _told_by_asked(d, view, by_id)]
    if not before or not _commits(tokens):
        return
    before[-1].statuses.append((number, "planned"))
    time = _time_answered(view, times_ahead())
    if time is not None:
        before[-1].date = time  # `"다음 달 방한 기간에 시간을 내겠다"`: the time offered, not the asking's


def deny(view: View, drafts: list[Draft], number: int, by_id: dict[str, Entity]) -> None:
    """In a sentence that tells no act of its own: the last act asked for or guessed, of the kind the
    sentence names if it names one, that a side of it calls untrue or without a plan is denied."""
    if view.forms.isdisjoint(_denial_words()):
        return  # no word of absence or untruth (checked first: every sentence is asked)
    tokens = list(view.sentence.tokens)
    quotes = quote_spans(view)
    if not quotes:
        return  # only a side's own words deny
    said = [t for t in tokens if inside(quotes, t.start)]  # the side's own words, not `… 못했다는 평가`
    if not _says_not_so(said):
        return
    if any(t.form in cues("reply") or t.form in cues("unconfirmed") for t in tokens):
        return  # `아직 답하지 않았다`: no answer yet; `"확인해 줄 수 없다"`: neither yes nor no
    named = {trigger.type for t in tokens for trigger in (triggers().get((t.form, "noun")), triggers().get((t.form, "verb")))
             if trigger is not None}
    told = [d for d in drafts if d.statuses and d.statuses[-1][1] in _UNSETTLED and (not named or d.type in named)
            and number - _DENIAL_REACH <= d.statuses[-1][0] < number and _told_by_asked(d, view, by_id)]
    if told:
        told[-1].statuses.append((number, "denied"))  # `"현재로선 추가 투자 계획이 없다"고 밝혔다`


def _says_not_so(said: list[Token]) -> bool:
    """`"계획이 없다"`, `"정해진 바 없다"`, `"사실무근"`, `"사실이 아니다"`: a denial by absence or
    untruth; not `"일정은 정해지지 않았다"` (a verb negated: not settled yet, still open)."""
    return modality(said) == "denied" and any(t.form in _denial_words() for t in said)


@cache
def _denial_words() -> frozenset[str]:
    """The words of a denial by absence or untruth (event_cues.tsv kinds, built once)."""
    return frozenset(form for kind in _DENIAL_KINDS for form in cues(kind))


def _accepted_after_asking(tokens: list[Token]) -> bool:
    """`… 초청했고, 이 대통령은 초청을 수락했다`: an accepting word after the asking word."""
    asking = next((i for i, t in enumerate(tokens) if t.form in cues("asking") or t.form in cues("inviting")), None)
    return asking is not None and any(t.form in cues("acceptance") for t in tokens[asking + 1:])


def _commits(tokens: list[Token]) -> bool:
    """`초청을 수락했다`, `면담에 응하기로 했다`; a reply that promises (`"시간을 내겠다"고 답했다`) or
    arranges the act (`일정을 조율하고 있다`); not one that only weighs it (`검토해 보겠다`)."""
    if any(t.form in cues("acceptance") for t in tokens):
        return True
    if any(t.form in cues("noncommittal") for t in tokens) or _answer_promised(tokens):
        return False
    promised = any(t.tag == "EP" and t.form in endings("future") for t in tokens)
    replied = any(t.form in cues("reply") for t in tokens)
    return (promised and replied) or any(t.form in cues("arranging") for t in tokens)


def _answer_promised(tokens: list[Token]) -> bool:
    """`"연내 답을 주겠다"`, `상의한 뒤 회신을 주겠다`: what the reply promises is an answer to come (a
    reply word as its object), so the request stays asked for."""
    return any(t.form in cues("reply") and nxt.tag == "JKO" for t, nxt in zip(tokens, tokens[1:]))


def _negated(tokens: list[Token]) -> bool:
    """`응할 수 없다`, `시간을 내지 못한다`: an answer that says no is not an acceptance."""
    return any(t.form in cues("negation") or (t.form in cues("absence") and t.tag.startswith("VA")) for t in tokens)


def _told_by_asked(draft: Draft, view: View, by_id: dict[str, Entity]) -> bool:
    """The sentence's subject is a side of the act asked for: one of its people, or their company."""
    sides = set(draft.participants) | set(draft.orgs)
    sides |= {r.org for p in draft.participants if p in by_id for r in by_id[p].roles if r.org}
    return any(a.role in SUBJECT_ROLES and a.entity.id in sides for a in view.args)


def _time_answered(view: View, times: list[TimeValue]) -> TimeValue | None:
    """The time the answer offers: inside its quotation when it quotes one (not `20일 … 답했다`,
    the day of the answer)."""
    quotes = quote_spans(view)
    if not quotes:
        return times[0] if times else None
    base = view.sentence.start
    return next((t for t in times if inside(quotes, base + t.span[0] + 1)), None)
