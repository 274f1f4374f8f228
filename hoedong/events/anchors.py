"""Days anchored on other things the text tells: the day of a release (`체결했다고 11일 밝혔다`),
the day of an event named before (`협약식 직후`, `회담 뒤`), the signing of a deal
(`계약식은 전날 열렸다`), the start of a deal's term (`2027년부터`), the deal an investment
plan was made with (`계약을 맺었다. … 출자할 계획이다`) and the time an act's own relative clause
describes (`중국을 방문한 지난 2월`). Read by dating.py and the events stage."""

from __future__ import annotations

from functools import cache

from hoedong.events.clauses import View, relative_clause_head
from hoedong.events.draft import Draft
from hoedong.events.lexicon import DEAL_TYPES, cues, endings, triggers
from hoedong.events.noun_tense import adnominal_tense
from hoedong.timex import TimeValue, named_in_digits

_TERM_REACH = 4  # characters after a time expression in which `부터` makes it the start of a term
_MIN_WORD = 2  # syllables of a deal word a signed paper must begin with (`협약`서)
_NOUN_TAGS = ("NN", "SL", "SN", "SH")  # the words of a noun phrase (`도하린 한빛전자 회장`)
_SUBJECT_PARTICLES = ("JX", "JKS")  # `은`, `이`: the subject or topic of the sentence
_TELLER_WORDS = 4  # morphemes of a teller named before the day of its saying (`재계 관계자들이`)
_TELLER_PARTICLES = 2  # particles closing the teller (`경북도가` may be read 경북 + 도 + 가)


def dates_saying(view: View, time: TimeValue) -> bool:
    """`체결했다고 11일 밝혔다`, `맺었다고 시가 9일 밝혔다`: a time between the end of a quotation
    (and the teller named after it) and the verb that takes it dates the saying (a press release),
    not the act the quotation tells."""
    at0, at1 = view.sentence.start + time.span[0], view.sentence.start + time.span[1]
    tokens = view.sentence.tokens
    before = _before_teller([t for t in tokens if t.end <= at0])[-1:]
    after = [t for t in tokens if t.start >= at1][:2]
    if not before or not after:
        return False
    quoted = before[0].tag == "JKQ" or (before[0].tag == "EC" and before[0].form in endings("quotative"))
    verb = after[0].tag.startswith("VV") or (len(after) == 2 and after[0].tag.startswith("NN")
                                             and after[1].tag.startswith("XSV"))
    return quoted and verb


def _before_teller(tokens: list) -> list:
    """`tokens` without the teller that closes them (`시가`, `회사 측은`): the subject of the verb
    of saying, named between the quotation and the day of the saying."""
    end = len(tokens)
    while end > 0 and len(tokens) - end < _TELLER_PARTICLES and tokens[end - 1].tag in _SUBJECT_PARTICLES:
        end -= 1  # `경북도가` may come as 경북 + 도 + 가
    head = end
    while head > 0 and end - head < _TELLER_WORDS and tokens[head - 1].tag.startswith(_NOUN_TAGS):
        head -= 1
    return tokens[:head] if head < end < len(tokens) else tokens


def describes_someone(view: View, time: TimeValue, index: int) -> bool:
    """`지난해 3월 설립된 누리솔루션은 … 맺었다고 3일 밝혔다`, `지난달 취임한 X 회장은`: a time in a
    relative clause on the subject, before the event word, dates what describes the subject (a
    founding, an appointment), not the act; a place described after the time is no subject
    (`11일 … 알토에 있는 X의 자택에서`)."""
    tokens = view.sentence.tokens
    after = (i for i, t in enumerate(tokens) if t.start - view.sentence.start >= time.span[1])
    head = next((i for i in after if _predicate(tokens, i)), None)
    if head is None or head >= index or adnominal_tense(tokens, head) is None:
        return False
    relative = next((i for i in range(head + 1, len(tokens)) if tokens[i].tag == "ETM"), None)
    if relative is None:
        return False
    particle = next((t for t in tokens[relative + 1:] if not t.tag.startswith(_NOUN_TAGS)), None)
    return particle is not None and particle.tag in _SUBJECT_PARTICLES


def time_described(view: View, index: int, times: list[TimeValue]) -> TimeValue | None:
    """`중국을 방문한 지난 2월 … 협약을 맺었다`, `출장 중이던 지난 8일 … 면담했다`, `방문 중인 22일`:
    an event word whose relative clause describes the time right after it took place then, though
    the time also dates the act told after it. Only a time told by its number: `방한한 다음 날` is
    counted from the act, not the act's own."""
    head = relative_clause_head(view.sentence.tokens, index)
    if head is None:
        return None
    at = view.sentence.tokens[head].start - view.sentence.start
    return next((t for t in times if t.span[0] == at and named_in_digits(t)), None)


def _predicate(tokens, i: int) -> bool:
    """A verb, or a noun a verb suffix makes one (`설립`+`되`, `취임`+`하`)."""
    verbal_noun = tokens[i].tag.startswith("NN") and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("XSV")
    return tokens[i].tag.startswith(("VV", "VA")) or verbal_noun


def after_event_named(view: View, index: int, told: list[Draft], ahead: bool) -> TimeValue | None:
    """`협약식 직후 … 면담을 했다`, `회담 뒤 … 만났다`, `면담에 앞서 … 둘러봤다`: an act told as following an event the text
    told before, named by its word (or a deal by the word for its ceremony), is on that event's day;
    not an act still `ahead` after an event told as done (`회담 후 … 만날 계획이다`: some day later).
    So is an act told as falling in it or timed to it, anywhere before the act in the sentence
    (`계약식 날짜에 맞춰 … 만찬을 함께할`, `협약식에 맞춰 방한하려던`, occasion_frame); an occasion that
    is no event told (`시장 수요에 맞춰`) gives no time."""
    tokens = view.sentence.tokens
    if _occasion_words().isdisjoint(t.form for t in tokens):
        return None  # most sentences name no act after, before or within another
    for i in range(1, len(tokens)):
        word = tokens[i]
        sequence = word.form in cues("after_noun") and word.tag.startswith("NN")  # `뒤`, `직후`
        ahead_of = word.form in cues("before_verb") and word.tag in ("VV", "MAG") and tokens[i - 1].tag == "JKB"
        framed = i < index and _occasion_frame(tokens, i)
        if not framed and (view.clause_of[i] != view.clause_of[index] or not (sequence or ahead_of)):
            continue
        particle = ahead_of or (framed and tokens[i - 1].tag.startswith("J"))
        end = i - 1 if particle else i  # `면담에 앞서`, `협약식에 맞춰`: the noun before the particle
        first = _occasion_start(tokens, end) if framed else noun_start(tokens, end)
        noun = "".join(t.form for t in tokens[first:end] if not (framed and t.form in cues("occasion_time")))
        told_of = [d for d in told if not (ahead and d.since)]  # a plan's `방한 기간` is no visit counted from
        event = event_named(noun, told_of) if noun else None
        done = event is not None and event.status == "occurred"
        when = event.date if event is not None else None
        if when is not None and when.start and not (ahead and done):
            span = (tokens[first].start - view.sentence.start, word.end - view.sentence.start)
            return TimeValue(when.start, when.end, view.sentence_text[span[0]: span[1]], span, when.grain)
    return None


@cache
def _occasion_words() -> frozenset[str]:
    """Every word after_event_named reacts to (`뒤`, `앞서`, `맞춰`, `기간`)."""
    return frozenset(cues("after_noun") + cues("before_verb") + cues("occasion_frame"))


def _occasion_frame(tokens, i: int) -> bool:
    """`포럼 기간`, `협약식에 맞춰`: token `i` sets an act in an occasion or times it to one."""
    word = tokens[i]
    during = word.form in cues("occasion_frame") and word.tag.startswith("NN")
    timed = word.form in cues("occasion_frame") and word.tag == "VV" and tokens[i - 1].tag == "JKB"
    return during or timed


def _occasion_start(tokens, end: int) -> int:
    """Where the occasion's noun before token `end` begins, a noun suffix (`계약`+`식`) and a word
    for its time (`계약식 날짜에`) included."""
    j = end
    while j > 0 and (tokens[j - 1].tag.startswith("NN") or tokens[j - 1].tag == "XSN"):
        if j < end and tokens[j - 1].end != tokens[j].start and tokens[j].form not in cues("occasion_time"):
            break
        j -= 1
    return j


def noun_start(tokens, i: int) -> int:
    """Where the noun written right before token `i` begins (`계약`+`식` is one word, `계약식`)."""
    j = i
    while j > 0 and tokens[j - 1].tag.startswith("NN") and (j == i or tokens[j - 1].end == tokens[j].start):
        j -= 1
    return j


def event_named(noun: str, told: list[Draft]) -> Draft | None:
    """The last event told by this word (`회담` for the 정상회담), else the last of the kind the word
    names (`면담` for a meeting) or, for the word of a ceremony (`협약식`, `계약식`), the last deal;
    a deal's last report with a time, when the last is a plan as it stood with none (`당초 이달 말 …
    체결할 예정이었다` after the deal was moved)."""
    event = next((d for d in reversed(told) if any(w.endswith(noun) or noun.startswith(w) for w in d.words)), None)
    if event is None and noun in cues("deal_ceremony"):
        event = next((d for d in reversed(told) if d.type in DEAL_TYPES), None)
    if event is None:
        kind = triggers().get((noun, "noun"))
        return next((d for d in reversed(told) if kind is not None and d.type == kind.type), None)
    if event.type in DEAL_TYPES and event.date is None:
        dated = (d for d in reversed(told) if d.type == event.type and d.key() == event.key() and d.date is not None)
        return next(dated, event)
    return event


def signing_at(tokens, deal_words: set[str]) -> int | None:
    """Where a word of signing the deal (`협약서에 서명했다` for a `협약`, `계약서 서명은 … 이뤄졌다`) or
    of a deal's ceremony (`계약식`, `협약식`) stands; not the signing of another paper
    (`비밀유지계약서`, `합의서`)."""
    for i, token in enumerate(tokens):
        verbal = i + 1 < len(tokens) and tokens[i + 1].tag.startswith("XSV")
        subject = i + 1 < len(tokens) and tokens[i + 1].tag in _SUBJECT_PARTICLES  # the signing as the topic
        if token.form in cues("signing") and (verbal or subject) and _signs_deal(tokens, i, deal_words):
            return i
        noun = "".join(t.form for t in tokens[noun_start(tokens, i + 1): i + 1])
        if token.tag.startswith("NN") and noun in cues("deal_ceremony"):
            return i
    return 0 if deal_as_topic(tokens, deal_words) else None


def opens_with_deal(view: View, drafts: list[Draft]) -> bool:
    """The sentence opens with the last deal told as its topic (`계약은 12일 … 이뤄졌다`): a report of
    that deal again, which may give it its day (dating.date_signing) though it tells the deal itself."""
    deal = next((d for d in reversed(drafts) if d.type in DEAL_TYPES), None)
    return deal is not None and deal_as_topic(view.sentence.tokens, deal.words)


_TOPIC_PARTICLES = 2  # particles closing the deal named as the topic (`계약서` + `에` + `는`)


def deal_as_topic(tokens, deal_words: set[str]) -> bool:
    """`계약은 12일 … 서명하는 방식으로 이뤄졌다`, `계약서에는 전날 … 서명했다`: the sentence opens with
    the deal told just before, named by its word or its paper, as its topic."""
    end = next((i for i, t in enumerate(tokens) if not t.tag.startswith("NN")), len(tokens))
    noun = "".join(t.form for t in tokens[:end])
    particles = tokens[end: end + _TOPIC_PARTICLES]
    topic = any(t.tag == "JX" for t in particles) and all(t.tag.startswith("J") for t in particles[:1])
    return bool(noun) and topic and (noun in deal_words or noun in cues("deal_paper"))


def _signs_deal(tokens, i: int, deal_words: set[str]) -> bool:
    """The paper signed at token `i` (`협약서에`, `최종 계약서에`) is named by the deal's word, or none is named."""
    if i < 2 or not tokens[i - 1].tag.startswith("J"):
        return True
    paper = "".join(t.form for t in tokens[noun_start(tokens, i - 1): i - 1])
    return not paper or any(w.endswith(paper[:n]) for w in deal_words for n in range(_MIN_WORD, len(paper) + 1))


def starts_term(text: str, time: TimeValue) -> bool:
    """`2027년부터 10년간 … 공급 계약을 맺었다`, `내년부터 1조원을 투입해`: the start of the term a deal
    runs for is not the day it was made (a visit's `이날부터 이틀간` is its first day, so deals only)."""
    return text[time.span[1]: time.span[1] + _TERM_REACH].lstrip().startswith(cues("term_start"))


def trip_begun(view: View, index: int, told: list[Draft]) -> TimeValue | None:
    """`방문 첫날`, `방한 이튿날에는` with no day told after them: the day the trip the word at `index`
    names began, as the text told it before (`다음 주 월요일부터 사흘간 … 방문한다`), not the day the
    text last named in digits (often the day of the release)."""
    word = view.sentence.tokens[index].form
    trip = next((d for d in reversed(told) if d.type == "VISIT" and word in d.words), None)
    if trip is None or trip.date is None or not trip.date.start or trip.date.grain != "day":
        return None
    return trip.date


_PLAN_TENSES = ("planned", "present")  # statuses of an investment still to be paid in


def made_with_deal(invest: Draft, drafts: list[Draft]) -> TimeValue | None:
    """`두 회사는 12일 합작 계약을 맺었다. … 2029년까지 2조원을 공동 출자할 계획이다`: an investment
    planned with no time of its own (a deadline is none) by a party to a partnership the text told
    as done on a day was planned with that deal, and is dated by its day."""
    if invest.type != "INVEST" or invest.date is not None or invest.undated:
        return None  # `undated`: money still in talks or under review has no day (deals.py)
    if invest.status not in _PLAN_TENSES:
        return None  # `3사는 합작법인에 각각 1억 달러씩 출자한다`: the present tense tells a plan too
    deal = next((d for d in reversed(drafts) if d.type == "PARTNER" and d.sentence <= invest.sentence
                 and set(d.orgs) & set(invest.orgs) and d.date is not None and d.date.start
                 and d.date.grain == "day" and any(s == "occurred" for _, s in d.statuses)), None)
    return deal.date if deal is not None else None
