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

from functools import cache

from hoedong.events.answers import turned_down_here
from hoedong.events.clauses import holds_none
from hoedong.events.guesses import guess_forms, voices_a_guess
from hoedong.events.lexicon import cues, endings, modality_words
from hoedong.nlp import Token

_ORDER = ("denied", "requested", "speculated", "planned")
_UNTRUE_REACH = 2  # 사실(+이/JKC)(+아니/VCN): the tokens between the word for truth and its negation
_PLANS = ("planned", "requested", "speculated")  # statuses of an act not yet done, which a later clause may undo
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
    if said == "speculated" and after is not None and _guess_answered_no(own, after):
        return "denied"  # `회동할 것이라는 관측이 나왔지만, 회사 측은 "잡혀 있는 일정이 없다"고 밝혔다`
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
    if holds_none(own, endings("quoted_present")):
        return None  # no quotative ending of the present
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
    if holds_none(tokens, cues("hearsay_noun")):
        return None  # no word for talk
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
    telling = _modality_forms()
    for i in [i for i, t in enumerate(tokens) if t.form in telling]:
        token = tokens[i]
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
        if token.form in cues("verbal_request") and _as_verb(tokens, i):
            found.add("requested")  # `면담을 청했다`, not the bare noun
        if token.form in cues("untrue") and token.tag == "VCN" and any(
                t.form in cues("truth_noun") for t in tokens[max(0, i - _UNTRUE_REACH): i]):
            found.add("denied")  # `만났다는 내용은 사실이 아니다`
        if token.form in cues("postponement") and _as_verb(tokens, i):
            found.add("denied" if _indefinitely(tokens, i) else "planned")  # `25일로 연기됐다` still ahead
    return next((status for status in _ORDER if status in found and status not in ignore), None)


@cache
def _modality_forms() -> frozenset[str]:
    """Every form that can tell a modality in `modality` (its words, guesses, asking, untruth and
    postponement words): any other token is passed over at once."""
    kinds = ("request_aux", "verbal_request", "untrue", "postponement")
    return frozenset(modality_words()) | guess_forms() | set(endings("purpose")) \
        | {form for kind in kinds for form in cues(kind)}


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


def _guess_answered_no(own: list[Token], after: list[Token]) -> bool:
    """`인수할 것이라는 관측도 나왔지만 … "검토한 바 없다"고 밝혔다`, `만날 것이라고 보도했으나 … 부인했다`:
    a guess told in a clause of contrast, and the rest of the sentence (quoted or not) calls it untrue
    or says there is no such thing; not `"확인해 줄 수 없다"`, `"말씀드릴 수 없다"` (neither yes nor no)
    nor `"아직 정해지지 않았다"` (not settled yet)."""
    if not own or own[-1].tag != "EC" or own[-1].form not in endings("contrastive"):
        return False
    tail = after[len(own):] if after[:len(own)] == own else after
    if _report_denied(tail):
        return True
    if any(t.form in cues("unconfirmed") for t in tail):
        return False
    return any(t.form in cues("absence") and _negates(tail, i) and not _cannot(tail, i) for i, t in enumerate(tail))


def _cannot(tokens: list[Token], i: int) -> bool:
    """`"말씀드릴 수 없다"`: the absence at `i` follows the bound noun of a possibility: the speaker
    cannot say, which neither confirms nor denies."""
    return i > 0 and tokens[i - 1].form in cues("possibility_noun") and tokens[i - 1].tag == "NNB"


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


_TENSE_TAGS = frozenset(("EP", "ETM", "EF", "NNB"))  # the tags of the morphemes that tell tense (`-었-`, `-ㄴ`, `-ㄴ다`, `바`)


def tense(tokens: list[Token], relatives: bool = True) -> str | None:
    """past | future | present, from the endings of the predicate in these tokens (the first is the
    event word). With no predicate to tell it (`relatives` False), a relative clause's past after the
    event word's own predicate (`회의가 열린 곳 방문`) is another noun's, not the act's: the act's
    time then comes from its date (merge.resolve_present)."""
    for i in [i for i, t in enumerate(tokens) if t.tag in _TENSE_TAGS]:
        token = tokens[i]
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
    if holds_none(tokens, cues("plan_noun")):
        return False  # no word of a plan
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
    question = endings("question")
    if holds_none(tokens, question):
        return False  # no question ending
    return any(t.tag in ("EF", "EC", "ETM") and t.form in question for t in tokens)
