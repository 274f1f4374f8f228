"""An act decided or announced (`투자하기로 했다`, `투자한다고 밝혔다`) is still to come, whatever
the tense of the verb that reports it.

Split from status.py: these two readings look past the event word's own modality to the ending
that closes its predicate (announced_plan) or its clause (announced_by_clause), and the events
package turns them into a planned status dated by the telling. The ending forms are endings.tsv's
(`decision`, `quoted_present`, `quoted_plain`, `future`, `past`); an agreement word right after
`-기로` (event_cues.tsv `agreement`) makes the decision the act itself, done.
"""

from __future__ import annotations

from hoedong.events.lexicon import cues, endings
from hoedong.events.status import OWN_PREDICATE
from hoedong.nlp import Token

_AGREEMENT_REACH = 2  # tokens after `-기로` in which an agreement word stands (`투자하기로 최종 합의했다`)
_DECISION_TOKENS = 2  # `-기로` is two tokens, 기/ETN and 로


def announced_plan(tokens: list[Token], index: int) -> bool:
    """`투자하기로 했다`, `투자한다고 밝혔다`, `투자하겠다고 밝혔다`: the act decided or announced is
    still to come, whatever the tense of the verb that reports it."""
    start = index + 1  # the first ending: right after a verb, after `하` of a noun
    if not tokens[index].tag.startswith("VV"):
        if not (start < len(tokens) and tokens[start].tag.startswith("XSV")):
            return False
        start += 1
    following = tokens[start: start + OWN_PREDICATE]
    for i, token in enumerate(following):
        if _decision_at(following, i):
            return not _agreed_after(tokens, start + i)  # `투자하기로 (최종) 합의했다` is the agreement, done
        if token.tag == "EC" and token.form in endings("quoted_present"):
            return True
        if token.tag == "EC" and token.form in endings("quoted_plain"):
            return i > 0 and following[i - 1].form in endings("future")  # `투자하겠다고`
        if token.tag != "EP" or token.form not in endings("future"):
            return False
    return False


def announced_by_clause(own: list[Token]) -> bool:
    """`투자를 … 공장 증설에 단행한다고 밝혔다`, `2조 원을 투자해 공장을 짓는다고 밝혔다`, `투자를 …
    단행하기로 했다`: the act's clause ends in a decision (`-기로 하다`) or an announcement in the present
    or future (`-ㄴ다고`, `-겠다고`) on another verb, with no past tense before it: still to come. Not
    `투자하기로 합의했다` (the agreement is the act, done) nor `투자해 지분을 확보했다고` (past)."""
    for i, token in enumerate(own):
        if token.tag == "EP" and token.form in endings("past"):
            return False
        if _decision_at(own, i):
            return not _agreed_after(own, i)
        if token.tag == "EC" and token.form in endings("quoted_present"):
            return True
        if token.tag == "EC" and token.form in endings("quoted_plain"):
            return i > 0 and own[i - 1].tag == "EP" and own[i - 1].form in endings("future")
    return False


def _decision_at(tokens: list[Token], i: int) -> bool:
    """`-기로` (기/ETN + 로) starting at i: the act is decided, so still to come."""
    return tokens[i].tag == "ETN" and tokens[i].form in endings("decision") and i + 1 < len(tokens) \
        and tokens[i + 1].form in endings("decision")


def _agreed_after(tokens: list[Token], i: int) -> bool:
    """An agreement word stands just past the `-기로` that starts at i (`투자하기로 (최종) 합의했다`):
    the decision is the agreement itself, done. One offset for every caller: 기 and 로 are two tokens."""
    after = i + _DECISION_TOKENS
    return any(t.form in cues("agreement") for t in tokens[after: after + _AGREEMENT_REACH])
