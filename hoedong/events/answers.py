"""Answers to a request: an act asked for (`면담을 요청했다`) and turned down, in the same sentence
after a contrast (`요청했지만 … 거절했다`) or in the next one (`그러나 회사 측은 … 거절했다`), is
denied; with no day of its own, since it was never scheduled (merge._never_scheduled)."""

from __future__ import annotations

from hoedong.events.clauses import View
from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues, endings
from hoedong.nlp import Token

_ANSWER_REACH = 1  # sentences after the request in which a refusal answers it


def refuses(tokens: list[Token]) -> bool:
    """`요청을 거절했다`, `거절당했다`, `제안을 고사했다`: a word of turning down, as the predicate
    (a verb or a noun made one), not in passing (`거절 사유`); or a line drawn under it (`"…"이라며
    선을 그었다`)."""
    if _draws_a_line(tokens):
        return True
    refusal = cues("refusal")
    for i in [i for i, t in enumerate(tokens) if t.form in refusal]:
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        made_verb = following is not None and (following.tag.startswith("XSV") or following.form in cues("suffered_verb"))
        if token.tag.startswith("VV") or made_verb:
            return True
    return False


def _draws_a_line(tokens: list[Token]) -> bool:
    """`선을 그었다`: the noun for a line, its object particle, and the verb of drawing it."""
    return any(noun.form in cues("line_noun") and noun.tag == "NNG" and particle.tag == "JKO"
               and verb.form in cues("line_verb") and verb.tag.startswith("VV")
               for noun, particle, verb in zip(tokens, tokens[1:], tokens[2:]))


def turned_down_here(own: list[Token], rest: list[Token]) -> bool:
    """`면담을 요청했지만, 회사 측은 "…"며 거절했다`: the request's clause ends in a contrast and the
    rest of the sentence turns it down."""
    if not own or own[-1].tag != "EC" or own[-1].form not in endings("contrastive"):
        return False
    after = rest[len(own):] if rest[:len(own)] == own else rest
    return refuses(after)


def turn_down(view: View, drafts: list[Draft], number: int) -> None:
    """A sentence that tells no act of its own and turns something down answers the last request
    told just before it: that act is denied."""
    if view.forms.isdisjoint(cues("refusal")) or not refuses(list(view.sentence.tokens)):
        return  # no word of turning down (checked first: every sentence with no act is asked)
    asked = [d for d in drafts if d.statuses and d.statuses[-1][1] == "requested"
             and number - _ANSWER_REACH <= d.statuses[-1][0] < number]
    if asked:
        asked[-1].statuses.append((number, "denied"))
