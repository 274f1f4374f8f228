"""Guesses: the words that make an act speculated rather than told (`만날 것으로 보인다`, `합류할 것이
유력하다`, `투자할 수도 있다`, `방한할 것이라고 보도했다`), read on the tokens of the clause after the
event word (status.modality)."""

from __future__ import annotations

from functools import cache

from hoedong.events.lexicon import cues, endings
from hoedong.nlp import Token

_POSSIBLE_REACH = 3  # 수(+도/JX)(+있/VA)(+다): the tokens after the bound noun of a possibility


@cache
def guess_forms() -> frozenset[str]:
    """The forms at which `voices_a_guess` can be true (the words each of its readings starts from)."""
    kinds = ("speculation_verb", "possibility_noun", "likely", "press_report")
    return frozenset(form for kind in kinds for form in cues(kind))


def voices_a_guess(tokens: list[Token], i: int) -> bool:
    """The token at `i` voices a guess about the act: a forecast, a likelihood or a possibility."""
    return _is_forecast(tokens, i) or _is_possible(tokens, i) or _is_likely(tokens, i) or _is_foretold(tokens, i)


def _is_forecast(tokens: list[Token], i: int) -> bool:
    """`만날 것으로 보인다`."""
    return tokens[i].form in cues("speculation_verb") and i >= 2 and tokens[i - 1].form in cues("speculation_particle") \
        and tokens[i - 2].form in cues("speculation_noun")


_FORETOLD_REACH = 6  # 라고(+4/SN)(+일/NNB)(+보도): the tokens from the quotative ending to the verb of reporting
_FORETOLD_FORM = 3  # ᆯ/ETM + 것/NNB + 이/VCP: the tokens before the quotative ending that tell a future


def _is_foretold(tokens: list[Token], i: int) -> bool:
    """`방한해 회장과 만날 것이라고 4일 보도했다`: a press report (the reporting noun made a verb) of an act
    it tells in the future; others foretell it, nobody says it is set (not `방한한다고 보도했다`, a day
    set, nor `만났다고 보도했다`, done)."""
    if tokens[i].form not in cues("press_report") or i + 1 >= len(tokens) or not tokens[i + 1].tag.startswith("XSV"):
        return False
    quote = next((j for j in range(i - 1, max(0, i - _FORETOLD_REACH) - 1, -1)
                  if tokens[j].tag == "EC" and tokens[j].form in endings("quotative")), None)
    if quote is None or quote < _FORETOLD_FORM:
        return False
    ending, noun, copula = tokens[quote - _FORETOLD_FORM: quote]
    return ending.tag == "ETM" and ending.form in endings("adnominal_future") and noun.form in cues("speculation_noun") \
        and copula.tag == "VCP"


_LIKELY_PREDICATE = 2  # 유력(+하/XSA)(+다/EF): the tokens after the word of likelihood that make it the predicate


def _is_likely(tokens: list[Token], i: int) -> bool:
    """`사절단에 합류할 것이 유력하다`, `인수 후보로는 X가 유력하다`: the act told as likely, the word being
    the predicate (a final or connective ending), not a noun's modifier (`유력 인사`, `유력한 후보`)."""
    following = tokens[i + 1: i + 1 + _LIKELY_PREDICATE]
    return tokens[i].form in cues("likely") and len(following) == _LIKELY_PREDICATE \
        and following[0].tag == "XSA" and following[1].tag in ("EF", "EC")


def _is_possible(tokens: list[Token], i: int) -> bool:
    """`만날 수 있다고 보도했다`, `투자할 수도 있다`: a possibility voiced (the verb of `가능성`); not
    `투자할 수 있도록` (enabling another act), `만날 수 있었다` (it came about), `만날 수 있는 자리`
    (describing a noun) nor a possibility of another verb after the act (`체결했음을 밝힐 수 있다`)."""
    if tokens[i].form not in cues("possibility_noun") or tokens[i].tag != "NNB" or not i \
            or tokens[i - 1].tag != "ETM" or tokens[i - 1].form not in endings("adnominal_future"):
        return False
    if any(t.tag == "ETN" or (t.tag == "EP" and t.form in endings("past")) for t in tokens[:i]):
        return False  # `계약을 맺었음을 밝힐 수 있다`: the possibility is of another verb's act
    following = [t for t in tokens[i + 1: i + 1 + _POSSIBLE_REACH] if t.tag != "JX"]  # `수도 있다`
    if not following or following[0].form not in cues("possibility_verb"):
        return False
    after = following[1] if len(following) > 1 else None
    if after is not None and after.tag == "ETM":
        return False  # `만날 수 있는 자리를 마련했다`: a possibility describing a noun, not voiced of the act
    return after is None or not (after.form in cues("enabling_ending") or (after.tag == "EP" and after.form in endings("past")))


_SOURCE_REACH = 2  # 업계(+에/JKB)(+따르/VV): the tokens from the source's noun to the verb of following it


def told_by_hearsay(tokens: list[Token], index: int) -> bool:
    """`재계에 따르면 … 회동할 것으로 알려졌다`, `업계에 따르면 … 방문을 검토 중인 것으로 알려졌다`: an act
    still ahead that only an unnamed source in the trade tells, as a report, is a guess; not one an
    office tells (`대통령실에 따르면 … 회담을 한다`), nor an act placed in a trip already told (`방한 기간
    … 만날 것으로 알려졌다`: as sure as the trip)."""
    before, after = tokens[:index], tokens[index + 1:]
    if not _unnamed_source(before) or any(t.form in cues("trip_frame") and t.tag.startswith("NN") for t in before):
        return False
    return any(noun.form in cues("speculation_noun") and particle.form in cues("speculation_particle")
               and verb.form in cues("report_verb") for noun, particle, verb in zip(after, after[1:], after[2:]))


def _unnamed_source(tokens: list[Token]) -> bool:
    """`업계에 따르면`, `복수의 관계자에 따르면`: the news is told after a source no one names."""
    return any(t.form in cues("source_verb") and t.tag == "VV"
               and any(s.form in cues("hearsay_source") for s in tokens[max(0, i - _SOURCE_REACH): i])
               for i, t in enumerate(tokens))
