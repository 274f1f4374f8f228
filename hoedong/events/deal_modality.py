"""The modality of a deal, from the predicate after its word: a partnership that stands
(`협력관계를 맺고 있다`) or is only talked over (`공동 개발을 논의했다`), a signing decided
(`맺기로 했다`), an investment decided (`투자를 확정했다`), promised as what an agreement says
(`투자해 … 짓는 협약`) or under review or in talks (`투자 유치를 협의하고 있다`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.events.dating import told_here
from hoedong.events.lexicon import cues, endings, triggers

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_STANDING_REACH = 10  # tokens after a partnership word in which `-고 있다` makes it a standing one
_CLOSING_ENDINGS = ("ETM", "ETN", "EF")  # endings that close the deal word's own verb before a later one (`맺을 것으로 보고`)
_DECISION_REACH = 3  # tokens after an investment noun in which its deciding verb comes (`투자를 확정`)
_AGREEMENT_HEAD = 3  # tokens after a relative ending in which the agreement word it describes comes


def discussed(r: Reading) -> bool:
    """The first predicate after the partnership word in its clause is a verb of talking it over."""
    predicate = first_predicate(r)
    return predicate is not None and predicate[0].form in cues("discussion")


def decided_to_form(r: Reading) -> bool:
    """`협약을 다음 달 맺기로 했다`, `합작사를 세우기로 했다`: the signing or founding verb of the
    partnership word takes the decision ending (기 + 로, not `합의했다`): it is still to come."""
    predicate = first_predicate(r)
    if predicate is None or predicate[0].form not in cues("forming_verb"):
        return False
    rest = [t for t in predicate[1] if t.tag != "XSV"]
    decided = len(rest) >= 2 and rest[0].tag == "ETN" and rest[0].form in endings("decision") \
        and rest[1].form in endings("decision")
    return decided and not any(t.form in cues("agreement") for t in rest[2: 2 + _AGREEMENT_HEAD])


def first_predicate(r: Reading):
    """The first verb (or noun with 하다) after the event word in its clause, with the tokens after it."""
    clause = r.view.clause_of[r.index]
    tokens = [t for i, t in r.view.clause_tokens(clause) if i > r.index]
    for k, (token, after) in enumerate(zip(tokens, tokens[1:] + [None])):
        if token.tag.startswith("VV") or (token.tag == "NNG" and after is not None and after.tag == "XSV"):
            return token, tokens[k + 1:]
    return None


def under_review(r: Reading) -> bool:
    """The deal's first predicate weighs or negotiates it (`검토`, `협의`, `조율`), it is still a
    plan, and its clause names no time of its own (`내달 투자를 확정할 예정`)."""
    predicate = first_predicate(r)
    return r.status == "planned" and predicate is not None and predicate[0].form in cues("review") \
        and not told_here(r.text, r.when)


def decided(r: Reading) -> bool:
    """`투자를 확정했다`, `인수를 결정했다`: the noun's own verb decides the investment, which is still
    to be made (a verb that tells it done, `투자를 완료했다`, is not one)."""
    following = r.view.sentence.tokens[r.index + 1: r.index + 1 + _DECISION_REACH]
    return r.trigger.pos == "noun" and bool(following) and following[0].tag == "JKO" \
        and any(t.form in cues("decided") for t in following[1:])


def agreed_content(r: Reading) -> bool:
    """`1조원을 투자해 연구소를 짓는 협약을 체결했다`, `1조원을 들여 센터를 짓기로 했다`: an investment
    told as the means of what an agreement says or a decision takes is promised, still to be made."""
    later = r.view.sentence.tokens[r.index + 1:]
    own = next((t for t in later if t.tag.startswith("E")), None)
    if own is None or own.tag != "EC" or own.form not in cues("means_ending"):
        return False  # `투자해 …`, not `투자하고 …` (a second act) or `투자했다`
    for i, token in enumerate(later):
        if token.tag == "EF":
            return False
        if token.tag == "ETM" and any(is_agreement(t) for t in later[i + 1: i + 1 + _AGREEMENT_HEAD]):
            return True
        if token.tag == "ETN" and token.form in endings("decision") and i + 1 < len(later) \
                and later[i + 1].form in endings("decision"):
            return True  # `1조원을 들여 센터를 짓기로 했다`: the plan decided includes the spending
    return False


def is_agreement(token) -> bool:
    trigger = triggers().get((token.form, "noun")) or triggers().get((token.form, "verb"))
    return trigger is not None and trigger.type == "PARTNER" and trigger.splits or token.form in cues("agreement_noun")


def standing(tokens, index: int) -> bool:
    """`협력관계를 맺고 있다`: the partnership word's own verb is followed by a progressive `-고 있다`
    (not a later verb's: `계약을 맺을 것으로 보고 있다` tells a forecast of an act)."""
    following = tokens[index: index + _STANDING_REACH]
    for k, (t, n) in enumerate(zip(following, following[1:])):
        if t.form in cues("progressive_ending") and t.tag == "EC" and n.form in cues("progressive_verb"):
            return not any(u.tag in _CLOSING_ENDINGS for u in following[:k])
    return False
