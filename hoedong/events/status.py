"""Modality: whether an event occurred, is planned, requested, speculated or denied.

Read per event clause from the morphemes Kiwi gives after the trigger, in this order: a question
and its answer; a modality word (modality.tsv: negation, request, forecast and plan words); the
tense of the predicate (endings.tsv: `-었-` past, `-겠-` and `-ㄹ 것/계획/예정` future, `-ㄴ 바
 있다` experience); then a modality word later in the sentence unless the clause is coordinated (a
wish closing the coordinated chain, `투자하고 … 늘려 주기를 바란다`, still covers it).
Words that belong to an act after the event word's own (`만나 투자를 요청했다`, `만나 … 계획을
협의했다`) do not tell the event word's status.
Present tense (`만난다`) stays `present` here and becomes a plan or a report once the date is
known (merge.resolve_present). The cue words live in event_cues.tsv.
"""

from __future__ import annotations

from hoedong.events.answers import turned_down_here
from hoedong.events.guesses import voices_a_guess
from hoedong.events.lexicon import cues, endings, modality_words, triggers
from hoedong.nlp import Token
from hoedong.timex import counts_time_since

_ORDER = ("denied", "requested", "speculated", "planned")
_UNTRUE_REACH = 2  # 사실(+이/JKC)(+아니/VCN): the tokens between the word for truth and its negation
_PLANS = ("planned", "requested", "speculated")  # statuses of an act not yet done, which a later clause may undo
_RELATIVE_WINDOW = 4  # tokens before a noun trigger in which its relative clause ends
_QUESTION_REACH = 12  # tokens after the trigger in which a question ending makes it a question
OWN_PREDICATE = 3  # 투자(+하/XSV)(+겠/EP)(+다고/EC): the tokens of the event word's own predicate (also announcements.py)
_HEARSAY_REACH = 12  # 만나(+어)(+가격)(+을)(+조율)(+하)(+었)(+다는)(+설): the tokens up to a word for talk of the act


def clause_status(own: list[Token], rest: list[Token], after: list[Token] | None = None) -> str:
    """The status told by this clause (`own`) and what follows it in the sentence outside
    quotations (`rest`); a question's answer is read from everything `after` it, quoted or not."""
    said = modality(own)
    sequel = _asked_in_sequel(own) if said == "requested" else None
    if sequel is not None:  # `사장을 만나 투자를 요청했다`: the meeting happened; `요청할 예정이다`: it is ahead
        said = modality(sequel[0]) or modality(sequel[1], ignore=_NOT_THE_MEETINGS)
    if said == "planned" and _plan_of_a_later_act(own):
        said = modality(own, ignore=("planned",))  # `만나 … 증설 계획을 협의했다`: the meeting was held
    if said != "denied" and _proposed(own):
        said = "requested"
    talk = _hearsay(rest[:_HEARSAY_REACH]) if said is None else None
    if talk is not None:
        said = "speculated"
        if after is not None and _report_denied(_told_of_talk(after, talk)):
            return "denied"  # `투자를 받는다는 설이 돌았으나 "사실이 아니다"라고 선을 그었다`, `만났다는 설을 일축했다`
    if is_question(own) or is_question(rest[:_QUESTION_REACH]):
        answer_tokens = after if after is not None else rest
        answer = modality(answer_tokens)
        if answer == "denied" or any(t.form in cues("answer_negative") for t in answer_tokens):
            return "denied"
        if answer:
            return answer
    if _asks_of_itself(own):
        return "speculated"  # `회동할까`, `울산을 찾을지 관심이 쏠린다`: asked and not answered
    if said == "requested" and turned_down_here(own, rest):
        return "denied"  # `면담을 요청했지만 … 거절했다`
    if said in _PLANS and falls_through(own, rest):
        return "denied"
    if said:
        return said
    told = has_predicate(rest)  # `13일 … 회담, 회의가 열린 곳 방문 등의 일정`: no predicate tells a tense
    when = _quoted_present(own) or tense(own, relatives=told) or tense(rest, relatives=told)
    if when == "past":
        return "occurred"
    if when == "future":
        return "planned"
    coordinated = own and own[-1].tag == "EC" and own[-1].form in endings("coordinating")
    later = modality(rest) if not coordinated or _wished_together(rest[len(own):]) else None
    if later in ("speculated", "planned", "requested"):
        return later
    return "present"


def _wished_together(sequel: list[Token]) -> bool:
    """`더 투자하고 고용을 늘려 주기를 바란다`: the clause after a coordinated one ends in an act asked
    for (a nominalised `-기를` or `달라`) before any clause of its own is closed, so the asking covers
    the whole chain; not `계약을 맺고 추가 투자를 요청했다`, where only the noun after is asked for."""
    for i, token in enumerate(sequel):
        if token.tag in ("EF", "ETM") or (token.tag == "EC" and token.form in endings("coordinating")):
            return False
        if modality([token]) == "requested":
            return any((t.form in cues("wish_embedding") and t.tag == "ETN") or _asking_aux(t) for t in sequel[:i + 1])
    return False


def _asks_of_itself(own: list[Token]) -> bool:
    """`두 회장 만날까`, `방한할지 주목된다`: the event word's own predicate asks whether the act
    will happen; with no answer in the sentence, a question voiced is a guess."""
    return any(t.tag in ("EF", "EC") and t.form in endings("question") for t in own[1:OWN_PREDICATE + 1])


def _quoted_present(own: list[Token]) -> str | None:
    """`간담회에 참석한다고 전했다`: the clause's own predicate is quoted in the present tense,
    and the past tense after it is the telling's; not `계약을 체결하고 … 나선다고 밝혔다` (another clause's)."""
    for token in own:
        if token.tag == "EP" and token.form in endings("past"):
            return None
        if token.tag == "EC" and token.form in endings("quoted_present"):
            return "present"
    return None


def rumour_denied(tokens: list[Token], index: int) -> bool:
    """`만났다는 설이 돌았으나 … 부인했다`, `만났다는 설을 일축했다`: the act at `index` is talk that the
    sentence calls untrue; the talk gave it its time, which the denial keeps."""
    following = list(tokens[index:])
    talk = _hearsay(following[:_HEARSAY_REACH])
    return talk is not None and _report_denied(_told_of_talk(following, talk))


def _told_of_talk(tokens: list[Token], talk: Token) -> list[Token]:
    """What the sentence tells after the word for talk of the act (`설을 일축했다`, `설이 돌았으나 …`)."""
    return tokens[tokens.index(talk) + 1:] if talk in tokens else []


def _hearsay(tokens: list[Token]) -> Token | None:
    """`방한할 것이라는 보도`, `투자를 받는다는 설`: the act's own predicate ends in a reported
    ending that a word for talk takes (that word); a press report of an act told as done stands."""
    for i in range(1, len(tokens)):
        prev, token = tokens[i - 1], tokens[i]
        joined = i + 1 < len(tokens) and tokens[i + 1].start == token.end and tokens[i + 1].tag.startswith("NN")
        if token.form in cues("hearsay_noun") and token.tag.startswith("NN") and prev.tag == "ETM" \
                and prev.form in endings("reported") and not joined:  # not `보도+자료`
            told_done = any(t.tag == "EP" and t.form in endings("past") for t in tokens[:i])
            return None if told_done and token.form in cues("press_report") else token  # `만났다는 보도가 나왔다`: done
    return None


def _report_denied(tokens: list[Token]) -> bool:
    """`"사실이 아니다"라고 선을 그었다`, `"사실무근"이라고 일축했다`, `보도를 부인했다`: what the sentence
    tells after a report or rumour of the act (quoted or not) calls it untrue; not `확인해 줄 수 없다`."""
    for i, token in enumerate(tokens):
        if token.form in cues("untrue") and token.tag == "VCN" and any(
                t.form in cues("truth_noun") for t in tokens[max(0, i - _UNTRUE_REACH): i]):
            return True
        if token.form in cues("untrue_word") or (token.form in cues("denying_verb") and _as_verb(tokens, i)):
            return True
    return False


def modality(tokens: list[Token], ignore: tuple[str, ...] = ()) -> str | None:
    """The strongest modality word among these tokens (a clause after its trigger), if any, leaving
    out the statuses in `ignore`."""
    found: set[str] = set()
    words = modality_words()
    for i, token in enumerate(tokens):
        manner = i + 1 < len(tokens) and tokens[i + 1].form in cues("manner_particle")  # `예정대로 열렸다`: how it went
        status = None if manner else words.get(token.form)
        if status and token.tag[0] in "NVXMJ" and not (status == "denied" and not _negates(tokens, i)):
            found.add(status)
        if voices_a_guess(tokens, i):
            found.add("speculated")
        if token.tag == "EC" and token.form in endings("purpose") and i and tokens[i - 1].form in cues("request_verb"):
            found.add("requested")
        if token.form in cues("request_aux") and token.tag == "VX":
            found.add("requested")
        if token.form in cues("untrue") and token.tag == "VCN" and any(
                t.form in cues("truth_noun") for t in tokens[max(0, i - _UNTRUE_REACH): i]):
            found.add("denied")  # `만났다는 내용은 사실이 아니다`
        if token.form in cues("postponement") and _as_verb(tokens, i):
            found.add("denied" if _indefinitely(tokens, i) else "planned")  # `25일로 연기됐다` still ahead
    return next((status for status in _ORDER if status in found and status not in ignore), None)


def _sequential_end(own: list[Token]) -> int | None:
    """Where the event word's own predicate ends in a sequential `-아/어` that another act follows
    (`만나 투자를 요청했다`), not an auxiliary (`만나 달라고`): the index of that ending, or None."""
    end = next((i for i, t in enumerate(own[:OWN_PREDICATE]) if t.tag == "EC"), None)
    if end is None or own[end].form not in endings("sequential"):
        return None
    sequel = own[end + 1:]
    return end if sequel and sequel[0].tag != "VX" else None


_NOT_THE_MEETINGS = ("denied",)  # an asking turned down after the meeting: the meeting stands


def _asked_in_sequel(own: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """`사장을 만나 투자를 요청했다`, `회장과 회동해 합작 가능성을 타진했다`, `회장과 만나 "투자해
    달라"고 했다`: the event word's own predicate ends in a sequential `-아/어` that no auxiliary follows
    (not `만나 달라고`), and an asking word or auxiliary comes later, after what it asks for (the last
    of them: `세워 달라며 투자를 요청했다`): that second act is asked for, not the meeting. Gives
    the meeting's own predicate and what follows the asking word (`요청할 예정이다`)."""
    end = _sequential_end(own)
    if end is None:
        return None
    sequel = own[end + 1:]
    asking = max((i for i, t in enumerate(sequel) if i and (t.form in cues("asking") or _asking_aux(t))), default=None)
    return None if asking is None else (own[:end + 1], sequel[asking + 1:])


def _plan_of_a_later_act(own: list[Token]) -> bool:
    """`방한해 … 공장 증설 계획을 협의했다`, `만나 … 문안을 조율했다`: after the event word's own
    predicate ends in a sequential `-아/어` (no auxiliary after it), every plan word is the object of a
    later verb or that verb itself: what the later act is about or does, not how certain the event
    word's act is (not `만나 … 논의할 계획이다`, `만나 … 검토 중이다`: the plan is the whole chain's)."""
    end = _sequential_end(own)
    if end is None:
        return False
    sequel = own[end + 1:]
    words = modality_words()
    plans = [i for i, t in enumerate(sequel) if words.get(t.form) == "planned"]
    return bool(plans) and all(sequel[i].tag.startswith("NN") and i + 1 < len(sequel)
                               and sequel[i + 1].tag in _LATER_ACT_TAGS for i in plans)


_LATER_ACT_TAGS = ("JKO", "XSV")  # `계획을 협의했다`: an object; `조율했다`: the later act's own verb


def _asking_aux(token: Token) -> bool:
    """`만나 "투자해 달라"고 했다`: the auxiliary asks for the act told just before it."""
    return token.tag == "VX" and token.form in cues("asking_aux")


_HOLD_REACH = 2  # 무(XPN)+기한(NNG) before 연기: the tokens that make a postponement open-ended


def _indefinitely(tokens: list[Token], i: int) -> bool:
    """`무기한 연기됐다`: put off with no time ahead, so called off; any other postponement
    (`다음 달로 미뤄졌다`, `한 달 미뤄졌다`, `출장을 연기했다`) keeps the plan."""
    return any(t.form in cues("indefinite_hold") for t in tokens[max(0, i - _HOLD_REACH): i])


def _as_verb(tokens: list[Token], i: int) -> bool:
    """`연기됐다`, `미뤘다`: the word is the predicate (a verb, or a noun made one), not a noun in passing."""
    following_tag = tokens[i + 1].tag if i + 1 < len(tokens) else ""
    return tokens[i].tag.startswith("VV") or following_tag.startswith("XSV")


def falls_through(own: list[Token], rest: list[Token]) -> bool:
    """`면담이 추진됐으나 … 성사되지 않았다`: a plan told in a clause of contrast, and the rest of the
    sentence says it did not come about (a word of coming about negated, or of calling off); or a
    plan told as it stood (`만날 예정이었으나 … 만나지 못했다`, `참석할 예정이었으나 합류하지 못했다`)
    and the rest of the sentence negates an act."""
    if not own or own[-1].tag != "EC" or own[-1].form not in endings("contrastive"):
        return False
    after = rest[len(own):] if rest[:len(own)] == own else rest
    if modality(after) != "denied":
        return False
    return any(t.form in cues("fell_through") for t in after) or plan_as_it_stood(own)




def _proposed(own: list[Token]) -> bool:
    """`만나자고 제안했다`, `서울에서 만나자는 뜻을 전했다`: the event word's own predicate proposes the
    act (a hortative ending), so it is asked for, whatever verb reports the asking."""
    return any(t.tag in ("EC", "ETM") and t.form in endings("hortative") for t in own[1:OWN_PREDICATE])


def _negates(tokens: list[Token], i: int) -> bool:
    """`만나지 않는`, `계획이 없다`, `정해진 바 없다`: a negation of the act, not `차질 없이`."""
    token = tokens[i]
    following_tag = tokens[i + 1].tag if i + 1 < len(tokens) else ""
    if token.form in cues("negation") or (token.form in cues("verbal_negation") and following_tag.startswith("XSV")):
        return True
    following = tokens[i + 1].form if i + 1 < len(tokens) else ""
    return token.form in cues("absence") and following not in cues("not_negation_after")


def has_predicate(tokens: list[Token]) -> bool:
    """Whether these tokens close a clause with a final ending; a headline, a schedule told as a
    list of nouns (`12일엔 환영식, 오찬 등의 일정`) or a text cut off mid-sentence does not."""
    return any(t.tag == "EF" for t in tokens)


def tense(tokens: list[Token], relatives: bool = True) -> str | None:
    """past | future | present, from the endings of the predicate in these tokens (the first is the
    event word). With no predicate to tell it (`relatives` False), a relative clause's past after the
    event word's own predicate (`회의가 열린 곳 방문`) is another noun's, not the act's: the act's
    time then comes from its date (merge.resolve_present)."""
    for i, token in enumerate(tokens):
        following = tokens[i + 1].form if i + 1 < len(tokens) else ""
        if token.tag == "EP" and token.form in endings("past"):
            if i + 1 < len(tokens) and tokens[i + 1].tag == "ETM" and tokens[i + 1].form in endings("adnominal_future"):
                continue  # `만났을 것으로 보인다`, `방한했을 때`: what follows tells the tense
            return "past"
        if token.form in cues("experience_noun") and token.tag == "NNB" and following in cues("experience_verb"):
            return "past"
        if token.tag == "ETM" and token.form in endings("adnominal_future") and following in cues("plan_noun"):
            return "future"
        if token.tag == "EP" and token.form in endings("future"):
            return "future"
        if token.tag == "ETM" and token.form in endings("adnominal_past") and i and tokens[i - 1].tag.startswith(("VV", "XSV")):
            if following in cues("after_noun") or (not relatives and i > OWN_PREDICATE):
                continue  # `도착해 … 참석한 뒤 12일 … 시작한다`: before another act, whose tense tells
            return "past"  # `만든 합작사`: an action verb's relative clause is past
        if token.tag == "EF" and token.form in endings("plain_present") and i \
                and tokens[i - 1].tag.startswith(("VV", "XSV", "VX")):
            return "present"
    return None


def plan_as_it_stood(tokens: list[Token]) -> bool:
    """`만날 계획이었다`, `회담할 예정이었다`: a plan told in the past tense, as it stood before what
    the text tells of it since (a trip called off, a date moved)."""
    for ending, noun, copula, past in zip(tokens, tokens[1:], tokens[2:], tokens[3:]):
        planned = ending.tag == "ETM" and ending.form in endings("adnominal_future") and noun.tag.startswith("NN") \
            and noun.form in cues("plan_noun")
        if planned:
            return copula.tag == "VCP" and past.tag == "EP" and past.form in endings("past")
    return False


def ongoing(tokens: list[Token]) -> bool:
    """`만나고 있다`: an act going on (or habitual), said in the progressive."""
    return any(t.form in cues("progressive_ending") and t.tag == "EC" and n.form in cues("progressive_verb")
               for t, n in zip(tokens, tokens[1:]))


def is_question(tokens: list[Token]) -> bool:
    """`만날까`, `만났는지`, and the adnominal of a question put to someone (`회동했느냐는 질문에`)."""
    return any(t.tag in ("EF", "EC", "ETM") and t.form in endings("question") for t in tokens)


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
