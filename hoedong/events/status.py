"""Modality: whether an event occurred, is planned, requested, speculated or denied.

Read from the morphemes Kiwi gives after the trigger: negation (않/못/없), request nouns and verbs
(요청, 신청, -고 싶다, 받으려), forecast nouns (전망, 관측, 가능성, 것으로 보인다), plans (예정, 계획,
검토, -ㄹ 것이다), past tense (-었-, -ㄴ 바 있다). Present tense (`만난다`) is a plan when the day is
today or later.
"""

from __future__ import annotations

from hoedong.events.lexicon import modality_words
from hoedong.nlp import Token

_ORDER = ("denied", "requested", "speculated", "planned")
_QUESTION_ENDINGS = ("냐", "니", "는지", "ᆫ지", "은지", "나요", "까")


def modality(tokens: list[Token]) -> str | None:
    """The strongest modality word among these tokens (a clause after its trigger), if any."""
    found: set[str] = set()
    words = modality_words()
    for i, token in enumerate(tokens):
        status = words.get(token.form)
        if status and token.tag[0] in "NVXMJ" and not (status == "denied" and not _negates(tokens, i)):
            found.add(status)
        if token.form == "보이" and i >= 2 and tokens[i - 1].form in ("으로", "로") and tokens[i - 2].form == "것":
            found.add("speculated")
        if token.tag == "EC" and token.form in ("으려", "려", "려고", "으려고") and i and tokens[i - 1].form == "받":
            found.add("requested")
        if token.form == "싶" and token.tag == "VX":
            found.add("requested")
    return next((status for status in _ORDER if status in found), None)


def _negates(tokens: list[Token], i: int) -> bool:
    """`만나지 않는`, `계획이 없다`, `정해진 바 없다`: a negation of the act, not `차질 없이`."""
    token = tokens[i]
    if token.form in ("않", "못", "부인", "사실무근", "무산"):
        return True
    following = tokens[i + 1].form if i + 1 < len(tokens) else ""
    return token.form == "없" and following not in ("이", "게")


def tense(tokens: list[Token]) -> str | None:
    """past | future | present, from the endings of the predicate in these tokens."""
    for i, token in enumerate(tokens):
        if token.tag == "EP" and token.form in ("었", "았", "였", "었었", "았었"):
            return "past"
        if token.form == "바" and token.tag == "NNB" and i + 1 < len(tokens) and tokens[i + 1].form in ("있", "가"):
            return "past"
        if token.tag == "ETM" and token.form in ("ᆯ", "을") and i + 1 < len(tokens) and tokens[i + 1].form in ("것", "계획", "예정", "방침"):
            return "future"
        if token.tag == "EP" and token.form == "겠":
            return "future"
        if token.tag == "ETM" and token.form in ("ᆫ", "은") and i and tokens[i - 1].tag.startswith(("VV", "XSV")):
            return "past"  # `만든 합작사`, `만난 이후`: an action verb's relative clause is past
        if token.tag == "EF" and token.form in ("ᆫ다", "는다", "다") and i and tokens[i - 1].tag.startswith(("VV", "XSV", "VX")):
            return "present"
    return None


def ongoing(tokens: list[Token]) -> bool:
    """`만나고 있다`: an act going on (or habitual), said in the progressive."""
    return any(t.form == "고" and t.tag == "EC" and n.form == "있" for t, n in zip(tokens, tokens[1:]))


def is_question(tokens: list[Token]) -> bool:
    return any(t.tag in ("EF", "EC") and t.form in _QUESTION_ENDINGS for t in tokens)

