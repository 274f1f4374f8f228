"""The tense and status a noun event word takes from the words right around it (`방한한 회장`,
`예정됐던 방한이 취소됐다`, `회동설`, `방한 중인`, `방한 여부`, `방일 기간에`, `방한했던`, `협약을 체결한`),
before and whatever the sentence's main predicate says (status.py reads that predicate). The cue
words live in event_cues.tsv and endings.tsv.
"""

from __future__ import annotations

from hoedong.events.lexicon import cues, endings, modality_words, triggers
from hoedong.events.status import plan_as_it_stood
from hoedong.nlp import Token
from hoedong.timex import counts_time_since

_RELATIVE_WINDOW = 4  # tokens before a noun trigger in which its relative clause ends


def relative_clause_tense(tokens: list[Token], index: int) -> str | None:
    """`오라클과 함께 만든 합작사`: a noun takes the tense of the relative clause before it; not
    when a name stands between them (`회의가 열린 헤이그 방문`): the clause tells of the name."""
    before = tokens[max(0, index - _RELATIVE_WINDOW): index]
    for at, (verb, ending) in enumerate(zip(before, before[1:])):
        if verb.tag in ("VV", "XSV") and ending.tag == "ETM":
            if any(t.tag == "NNP" for t in before[at + 2:]):
                return None
            if ending.form in endings("adnominal_past"):
                return "occurred"
            return "planned" if ending.form in endings("adnominal_future") else None
    return None


def called_off(tokens: list[Token], index: int) -> bool:
    """`회동을 추진했으나 … 무산됐다`, `예정됐던 방한이 취소됐다`: a word of coming about or calling
    off after the event word, or a plan told as it stood (`만날 예정이었으나 … 못했다`): the gathering
    was set up before it fell through, so it keeps its time."""
    following = list(tokens[index + 1:])
    return any(t.form in cues("fell_through") for t in following) or plan_as_it_stood(following)


def is_rumour(tokens: list[Token], index: int) -> bool:
    """`회동설`: talk of a meeting, not the meeting."""
    return index + 1 < len(tokens) and tokens[index + 1].form in cues("rumour_suffix") \
        and tokens[index + 1].start == tokens[index].end


def under_way(tokens: list[Token], index: int) -> bool:
    """`방한 중인`: the act under way on the day told."""
    return index + 1 < len(tokens) and tokens[index + 1].form in cues("ongoing_noun") and tokens[index + 1].tag == "NNB"


def left_open(tokens: list[Token], index: int) -> bool:
    """`방한 여부에 대해 "말씀드릴 수 없다"`, `예방 여부는 확인해 드릴 수 없다`, `만남 여부도 주목된다`:
    the act named as a question of whether it happens, which what follows neither confirms nor
    denies: only guessed."""
    return index + 1 < len(tokens) and tokens[index + 1].form in cues("whether_noun") \
        and tokens[index + 1].tag.startswith("NN")


def trip_frame(tokens: list[Token], index: int) -> bool:
    """`방일 기간에`, `국빈 방문을 계기로`, `방한 이틀째인`: a trip named as the frame of another act;
    the main predicate tells that act, not whether the trip is under way."""
    following = tokens[index + 1: index + 4]
    if following and following[0].tag == "JKO":
        following = following[1:]  # `방문을 계기로`
    if not following or not following[0].tag.startswith("NN"):
        return False
    ordinal = len(following) > 1 and following[1].tag == "XSN" and following[1].form in cues("ordinal_suffix")
    return following[0].form in cues("trip_frame") or ordinal


def later_day_of_trip(tokens: list[Token], index: int) -> bool:
    """`방한 이튿날인 29일`, `방한 마지막 날에는`: the trip word names a later day of the trip (event_cues
    `trip_later_day`), which dates the act it frames, never the trip's own start."""
    return index + 1 < len(tokens) and tokens[index + 1].form in cues("trip_later_day")


_ADNOMINAL_REACH = 3  # 방한(+하/XSV)(+었/EP)(+ᆫ/ETM): the tokens up to a relative-clause ending


def adnominal_tense(tokens: list[Token], index: int) -> str | None:
    """`이날 방한한 황 CEO는 … 찾을 예정이다`: an event word whose own predicate ends in a relative
    clause (`-ㄴ` past, `-는` present, `-ㄹ` future) keeps that tense, whatever the main clause says;
    not when the ending feeds a predicate that says more (`만날 예정`, `만난 것으로`)."""
    following = tokens[index + 1: index + 1 + _ADNOMINAL_REACH]
    for i, token in enumerate(following):
        if token.tag == "EP" and token.form in endings("past"):
            return "occurred" if _ends_relative(tokens[index + i + 2:]) else None  # `방한했을 때`: past
        if token.tag == "ETM":
            at = index + 1 + i + 1
            after = tokens[at] if at < len(tokens) else None
            if token.form in endings("adnominal_present") and _reported_as_set(tokens[at:]):
                return "present"  # `회동하는 것으로 알려졌다`: the act as now set, not the reporting verb's past
            if after is None or after.form in modality_words() or after.form in cues("etm_says_more"):
                return "occurred" if _past_counted_since(token, tokens[at:]) else None
            if not after.tag.startswith(("NNP", "NNG", "SL", "SN")):
                return None
            if token.form in endings("adnominal_past"):
                return "occurred"
            if token.form in endings("adnominal_future"):
                return "planned"
            return "present" if token.form in endings("adnominal_present") else None
        if not (token.tag.startswith("XSV") or token.tag == "EP" or (i == 0 and tokens[index].tag.startswith("VV"))):
            return None
    return None


_SINCE_WORDS = 6  # morphemes of `이후 19 년 만 이 다`: the word for since and the count of time after it


def _past_counted_since(ending: Token, following: list[Token]) -> bool:
    """`방문한 이후 19년 만이다`: the act whose past relative ending comes before `이후` is the last one,
    done, that the count of time since is told from (not `방한한 뒤 … 만날 예정이다`)."""
    if ending.form not in endings("adnominal_past") or not following or following[0].form not in cues("since"):
        return False
    return counts_time_since("".join(t.form for t in following[1:_SINCE_WORDS]))


def recalled(tokens: list[Token], index: int) -> bool:
    """`방한했던 왕세자`, `만났던 회장`: the event word's own predicate ends in the retrospective
    relative ending after the past (`-었던`): an act recalled as background, not the news; so is
    the last act a count of time is told since (`공장을 방문한 이후 9년 만이다`)."""
    following = tokens[index + 1: index + 1 + _ADNOMINAL_REACH]
    for at, token in enumerate(following):
        if token.tag != "ETM":
            continue
        before = following[at - 1] if at else tokens[index]
        retrospective = before.tag == "EP" and before.form in endings("past") and token.form in endings("retrospective")
        return retrospective or _past_counted_since(token, tokens[index + at + 2:])
    return False


_OBJECT_REACH = 4  # 업무+협약(+을/JKO)(+전격)(+체결/NNG): the tokens up to the verb that takes a noun as its object


def object_verb(tokens: list[Token], index: int) -> int | None:
    """`협약을 체결한`, `파트너십을 전격 발표한`: the verb whose object the event noun is (its index),
    when only the rest of the noun, its object particle and an adverb stand between them; not a verb
    that frames the act (`협약을 위한`, `MOU 체결을 앞둔`) or says how certain it is (`협약을 취소한`)."""
    if not tokens[index].tag.startswith(("NN", "SL")):
        return None
    marked = False
    for at in range(index + 1, min(len(tokens), index + 1 + _OBJECT_REACH + 1)):
        token = tokens[at]
        verbal_noun = token.tag.startswith("NN") and at + 1 < len(tokens) and tokens[at + 1].tag.startswith("XSV")
        if marked and (token.tag.startswith("VV") or verbal_noun):
            framing = token.form in cues("framing_verb") or token.form in modality_words()
            return None if framing else at
        joined = token.start == tokens[at - 1].end  # `양해+각서`: the rest of the event word
        if not marked and token.tag.startswith("NN") and not joined and (token.form, "noun") not in triggers():
            return None  # `합작사 설립을`: the object is another noun, not the event word
        marked = marked or token.tag == "JKO"
        if not token.tag.startswith(("NN", "MAG", "SSO", "SSC", "JKO", "SL")):
            return None
    return None


def _reported_as_set(tokens: list[Token]) -> bool:
    """`것으로 알려졌다`, `것으로 전해졌다`: a source reports the act in the present."""
    return len(tokens) >= 3 and tokens[0].form in cues("speculation_noun") \
        and tokens[1].form in cues("speculation_particle") and tokens[2].form in cues("report_verb")


def _guessed(tokens: list[Token]) -> bool:
    """`-을 것`: the ending and noun after a past tense that make the act a guess (`만났을 것이라는`)."""
    return len(tokens) == 2 and tokens[0].tag == "ETM" and tokens[0].form in endings("adnominal_future") \
        and tokens[1].form in cues("speculation_noun")


def _ends_relative(tokens: list[Token]) -> bool:
    """`방한했던 회장`, not `만났다는 보도` (a report of the act, whose status the sentence goes on to
    tell), `만났느냐는 질문` (a question, which its answer settles) nor `만났을 것이라는 관측` (a guess about the past: the sentence tells how sure it is)."""
    if not tokens or tokens[0].tag != "ETM" or tokens[0].form in endings("reported") or tokens[0].form in endings("question"):
        return False  # `만났느냐는 질문`: asked, not told
    return not _guessed(tokens[:2])  # `방한했을 때` is still a past act
