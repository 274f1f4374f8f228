"""Time: which time expression dates an event word (the expressions come from timex.py).

In order: the expressions in the trigger's own clause that belong to it (a date belongs to the
nearest event word after it, else the one before), where a day between a quotation and its verb
(`체결했다고 11일 밝혔다`) dates the saying and yields to a day the act's clause or the sentence
before it names; inside a quotation only the quotation's own; then an expression earlier in the
sentence; then the day of a release for every act it announces; then the day of an event the text
told before, when the act is told as after it (`협약식 직후`, `회담 뒤`); then the date of the
event just drafted in this sentence; then the previous sentence's event date when this clause has
no subject of its own; then the day the text is talking about (Discourse.day), unless the act is
told as background, as done on a day still ahead, or as ahead on a day told as done. A deal told
with no day of its own (or only its release's) takes the day the next sentences give its signing
or ceremony (`date_signing`). Expressions are excluded when they date the telling (`3일 소식통에
따르면`), a deadline (`2028년까지`) or, for a deal, the start of its term (`2027년부터 10년간`); a
new frame (`이와 별개로`) carries no date over. The direction
(past, future, nearest) follows the clause's status, except that a date right before a verb in the
past tense is read back (`투자할 것이라고 24일 발표했다`). `전날`, `다음 날` count from the last day
the text named in digits or spoken from the day of the news (`어제`, `지난 화요일`), even in a
sentence that told no event (`27일 출범했다. 이날 …`) or a telling date (`27일 재계에 따르면 … 전날`),
and the day they give becomes the day talked about;
`이날` in an account told as done means that day; `당시`, `같은 해` take the last time it named.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from hoedong.events.anchors import (after_event_named, dates_saying, describes_someone, signing_at, starts_term,
                                   time_described, trip_begun)
from hoedong.events.clauses import SUBJECT_ROLES, View, inside, quote_around, quote_spans
from hoedong.events.discourse import Discourse
from hoedong.events.draft import Draft
from hoedong.events.lexicon import DEAL_TYPES, background_told, cues, endings
from hoedong.events.noun_tense import adnominal_tense, later_day_of_trip
from hoedong.events.status import tense
from hoedong.timex import TimeValue, day_shift, find_times, names_day, ordinal_day, parse_day, tells_day

AHEAD = ("planned", "present", "speculated")  # statuses of acts not told as done (a trip still ahead)
_FRAME_REACH = 16  # characters after a time expression in which `…에 따르면` makes it the telling's
_FRAME_WORDS = 3  # `3일 정부 관계자에 따르면`: the source may take two words
_ORDINAL_REACH = 4  # characters after `이틀째` in which the day it is told of is named (`이틀째인 17일`)
_TOLD_REACH = 4  # tokens after a date in which a past-tense verb makes it the day of a telling
_DEADLINE_REACH = 4  # characters after a time expression in which `까지` makes it a deadline


def date_for(view: View, text: str, index: int, day: date | None, state: Discourse, status: str,
             found: list[Draft], trigger_positions: list[int], told: list[Draft] = (),
             deal: bool = False) -> TimeValue | None:
    """The date of the event word at token `index` (its clause's other triggers at `trigger_positions`;
    the events the text told before in `told`; `deal`: a partnership or investment, which runs for a term)."""
    times = [_day_of_event_named(view, t, told) for t in _times(view, text, day, state, status)
             if not _dates_telling(text, t) and not (deal and starts_term(text, t))
             and not describes_someone(view, t, index)]
    trigger_at = view.sentence.tokens[index].start - view.sentence.start
    quote = quote_around(view, index)
    if quote is not None:  # `16일 인터뷰에서 "꼭 만나고 싶다"`: the day of the saying is not the meeting's
        q0, q1 = quote[0] - view.sentence.start, quote[1] - view.sentence.start
        times = [t for t in times if q0 <= t.span[0] < q1]
        if not times:
            return None
    began = _began(view, text, index, times, state, day, told) or time_described(view, index, times)
    if began is not None:
        return began
    clause = view.clause_of[index]
    clause_tokens = view.clause_tokens(clause)
    lo = clause_tokens[0][1].start - view.sentence.start if clause_tokens else 0
    hi = clause_tokens[-1][1].end - view.sentence.start if clause_tokens else len(text)
    owners = _owners(view, times, _owning(view, text, trigger_positions))
    own = [t for t in times if lo <= t.span[0] < hi and owners[t.span] == trigger_at]
    if own:
        moved = [t for t in own if _moved_to(view, t)]
        if moved:
            return moved[-1]  # `12일로 잡혔던 회동이 25일로 연기됐다`: the new time, not the old
        acted = [t for t in own if not dates_saying(view, t)]
        earlier = [t for t in times if t.span[0] < trigger_at and t not in own and not dates_saying(view, t)]
        if not acted and earlier:
            return earlier[-1]  # `10일 B와 만나 MOU를 체결했다고 11일 밝혔다`: the act's day, not the saying's
        before = [t for t in acted or own if t.span[0] < trigger_at]
        return _told_as_done(view, text, (before or acted or own)[-1], day, state, status)
    if frame_break(view, clause_tokens):
        return None
    earlier = [t for t in times if t.span[0] < lo]
    if earlier:
        return earlier[-1]
    said = [t for t in times if t.span[0] > trigger_at and dates_saying(view, t)]
    if said and not (found and found[-1].date is not None) and adnominal_tense(view.sentence.tokens, index) is None:
        # `공동 출자해 합작법인을 세우기로 했다고 11일 밝혔다`: each act the release tells, unless the act
        # before it in the sentence gave it a day or it only describes someone (`방한한 X와 …`)
        return _told_as_done(view, text, said[0], day, state, status)
    after = after_event_named(view, index, told, status in AHEAD)
    if after is not None:
        return after
    return _carried_over(view, clause, state, found, day if status == "occurred" else None, status in AHEAD, day)


def ended_before(time: TimeValue | None, day: date | None) -> bool:
    """The time is known and ended before the day (compared at the time's own precision)."""
    return time is not None and day is not None and bool(time.end) and time.end < day.isoformat()[: len(time.end)]


def _gone(time: TimeValue | None, day: date | None) -> bool:
    """The time ended before the day of the news (or is unknown): no time for an act still ahead."""
    return time is None or not time.end or day is None or ended_before(time, day)


def _day_of_event_named(view: View, time: TimeValue, told: list[Draft]) -> TimeValue:
    """`회담 당일 오후`, `도착 당일`, `방한 이튿날`, `만찬 전날`: the day of the event the word before
    names (its last report with a date), or the day counted from it, not from the day the text last
    named (`전날 밤 입국했다` told in between; `이번 주 목요일 방한한다고 25일 보도했다`)."""
    shift = day_shift(time)
    if shift is None:
        return time
    at = view.sentence.start + time.span[0]
    before = [t for t in view.sentence.tokens if t.end <= at][-1:]
    if not before or before[0].end != at - 1:
        return time
    event = next((d for d in reversed(told) if d.date is not None
                  and any(w.endswith(before[0].form) for w in d.words)), None)  # `회담` names the 정상회담
    if event is None:
        return time
    if shift == 0:
        return TimeValue(event.date.start, event.date.end, time.text, time.span, event.date.grain)
    if event.date.grain != "day" or not event.date.start:
        return time  # `방한 이튿날` after a trip told only by its month: no day to count from
    counted = (date.fromisoformat(event.date.start) + timedelta(days=shift)).isoformat()
    return TimeValue(counted, counted, time.text, time.span, "day")


_SIGNING_REACH = 2  # sentences after a deal in which its signing may be told (`… 맺었다. 계약식은 전날 …`)


def date_signing(view: View, text: str, day: date | None, state: Discourse, drafts: list[Draft], number: int) -> None:
    """`… 계약을 맺었다고 4일 밝혔다. 계약식은 전날 … 열렸다`, `… 투자협약을 맺었다. 지사는 지난 25일 …
    협약서에 서명했다`: a sentence telling as done the signing or the ceremony of the deal told just
    before, with no day of its own (or only the day of the release), gives it the day it names."""
    tokens = view.sentence.tokens
    deal = next((d for d in reversed(drafts) if d.type in DEAL_TYPES), None)
    if deal is None or number - deal.sentence > _SIGNING_REACH or not (deal.date is None or deal.said):
        return
    at = signing_at(tokens, deal.words)
    if at is None or tense(list(tokens[at:])) != "past":
        return
    here = tokens[at].start - view.sentence.start
    times = [t for t in _times(view, text, day, state, "occurred")
             if t.start and not _dates_telling(text, t) and not dates_saying(view, t)]
    before, after = [t for t in times if t.span[0] < here], [t for t in times if t.span[0] >= here]
    if not times:
        return
    when = (before[-1:] or after)[0]  # the last day before the word (`지난 25일 … 서명했다`), else the first after
    for told in drafts:  # the deal's reports in its sentence
        if told.sentence == deal.sentence and told.key() == deal.key() and (told.date is None or told.said):
            told.date, told.said = when, False
            told.evidence.append((view.sentence.start, view.sentence.end))


def _moved_to(view: View, time: TimeValue) -> bool:
    """`25일로 연기됐다`, `다음 달로 미뤘다`: the time a postponed act is moved to."""
    at = view.sentence.start + time.span[1]
    following = [t for t in view.sentence.tokens if t.start >= at][:2]
    return len(following) == 2 and following[0].form in cues("new_time_particle") and following[0].tag == "JKB" \
        and following[1].form in cues("postponement")


def _told_as_done(view: View, text: str, time: TimeValue, day: date | None, state: Discourse,
                  status: str) -> TimeValue:
    """`투자하겠다고 9일 발표했다`: a date right before a verb in the past tense dates a
    telling already made, so it is read back even for the plan the telling announces."""
    if status != "planned":
        return time
    at = view.sentence.start + time.span[1]
    following = [t for t in view.sentence.tokens if t.start >= at][:_TOLD_REACH]
    if tense(following) != "past":
        return time
    past = _parsed(state, view.sentence.start, text, day, "past")
    return next((t for t in past if t.span == time.span), time)


def day_of_telling(view: View, text: str, index: int, day: date | None, state: Discourse,
                   asked: bool = False) -> TimeValue | None:
    """`출자해 합작법인을 세우기로 했다고 11일 밝혔다`, `투자하겠다는 의향서를 지난달 27일 전달했다`,
    `"…투자하겠다"고 밝혔다`: a deal still to come, in a sentence that ends telling its announcing or
    deciding as done (or, `asked`, a deal asked for: `"더 투자해 주기를 바란다"고 말했다`), is dated by
    that telling: the day named before a past verb after the event word, else (a quoted pledge or
    request) the day named before the quotation, else the day the text speaks of (told as done), else
    the day of the news."""
    tokens = view.sentence.tokens
    if not _ends_in_past(tokens) or background_told(view.sentence_text):
        return None
    if not asked and not _announced(tokens[index + 1:]):
        return None  # `투자할 예정인데 …했다`: a plan of its own, not one a past telling announces
    trigger_at = tokens[index].start - view.sentence.start
    quote = quote_around(view, index)
    after = quote[1] - view.sentence.start if quote is not None else trigger_at
    past = _parsed(state, view.sentence.start, text, day, "past")
    told = [t for t in past
            if t.span[0] >= after and names_day(t) and not _dates_telling(text, t) and _before_past_verb(view, t)]
    if told:
        return told[-1]
    if quote is not None:  # `8일 간담회에서 "…투자하겠다"고 말했다`: the day the speaker spoke, named before
        opened = quote[0] - view.sentence.start
        spoken = [t for t in past if t.span[1] <= opened and names_day(t) and not _dates_telling(text, t)
                  and not inside(quote_spans(view), view.sentence.start + t.span[0])]
        if spoken:
            return spoken[-1]
    if frame_break(view, list(enumerate(tokens))):
        return None  # `이와 별도로 … 투입하기로 했다`: a new frame carries no day over
    if state.day is not None and state.day_done:
        return state.day
    return TimeValue(day.isoformat(), day.isoformat(), "", (0, 0), "day") if day else None


def _announced(following) -> bool:
    """The event word's own predicate ends announcing or deciding it: a quotative (`투자한다고`,
    `"…투자하겠다"고`, `투자하겠다는 의향서`) or the decision ending (`짓기로 했다`); through a
    means ending to the act it serves (`1조원을 들여 … 짓기로 했다`)."""
    decision = endings("decision")
    for token, after in zip(following, list(following[1:]) + [None]):
        if not token.tag.startswith("E") or token.tag == "EP":
            continue  # the predicate's stem and pre-final endings (`투자하겠`)
        if token.tag == "EC" and token.form in cues("means_ending"):
            continue
        if token.tag == "EF":
            closing = [t for t in following if t.start >= token.end][:2]
            return any(t.tag == "JKQ" for t in closing)  # `"…투자하겠다"고 밝혔다`
        decided = token.tag == "ETN" and token.form in decision and after is not None and after.form in decision
        quoted = token.tag == "EC" and token.form in endings("quotative")
        return decided or quoted or (token.tag == "ETM" and token.form in endings("reported"))
    return False


def _ends_in_past(tokens) -> bool:
    """The sentence's last predicate is in the past tense (`밝혔다`, `하기로 했다`; not `할 계획이다`)."""
    final = max((i for i, t in enumerate(tokens) if t.tag == "EF"), default=None)
    if final is None:
        return False
    chain = []
    for token in reversed(tokens[:final]):
        if token.tag != "EP":
            break
        chain.append(token)
    return any(t.form in endings("past") for t in chain)


def _before_past_verb(view: View, time: TimeValue) -> bool:
    at = view.sentence.start + time.span[1]
    return tense([t for t in view.sentence.tokens if t.start >= at][:_TOLD_REACH]) == "past"


def frame_break(view: View, clause_tokens) -> bool:
    """`이와 별개로`, `한편,`: a new frame; not `격려하는 한편` (a connective after a verb: and also)."""
    if _frame_words().isdisjoint(t.form for _, t in clause_tokens):
        return False  # the common case: no frame word at all
    tokens = view.sentence.tokens
    after_this = [(i, t) for i, t in clause_tokens if t.form in cues("frame_break_this") and i >= 2
                  and tokens[i - 2].tag == "NP" and tokens[i - 1].tag == "JKB"]  # `이와 별도로`
    return bool(after_this) or any(t.form in cues("frame_break") and not (i and tokens[i - 1].tag == "ETM")
                                   for i, t in clause_tokens)


@cache
def _frame_words() -> frozenset[str]:
    return frozenset(cues("frame_break") + cues("frame_break_this"))


def _began(view: View, text: str, index: int, times: list[TimeValue], state: Discourse,
           day: date | None, trips: list[Draft]) -> TimeValue | None:
    """`방일 이틀째인 17일`, `인도 방문 이틀째인 대통령은`: an event word followed by its ordinal day
    began that many days less one before the day told (named right after, else the day the text
    speaks of, else the day of the news): the visit began on the 16th. With no day named after it
    (`방문 첫날`), the trip the word names began on the day the text told it (anchors.trip_begun)."""
    at = view.sentence.tokens[index].end - view.sentence.start
    ordinal = ordinal_day(text[at:])
    if ordinal is None:
        return None
    number, end = ordinal
    told = next((t for t in times if at + end <= t.span[0] <= at + end + _ORDINAL_REACH and names_day(t)), None)
    trip = trip_begun(view, index, trips) if told is None else None
    if trip is not None:
        return trip
    base = parse_day(told.start) if told else parse_day(state.named_day.start) if state.named_day else day
    if base is None:
        return None
    start = (base - timedelta(days=number - 1)).isoformat()
    return TimeValue(start, start, text[at: at + end].strip(), (at, at + end), "day")


def told_by_source(view: View, text: str, day: date | None, state: Discourse, status: str) -> bool:
    """`15일 업계에 따르면 …`: the sentence dates only its telling by a source (read from the parse
    date_for already made for this status, not a parse of its own)."""
    return any(_dates_telling(text, t) for t in _times(view, text, day, state, status))


def day_told(view: View, text: str, day: date | None, state: Discourse, status: str) -> TimeValue | None:
    """The first day the sentence tells for an act of this status, read as date_for reads it (`이날`
    is the day of the account), not the day a source told it (`17일 업계에 따르면`)."""
    return next((t for t in _times(view, text, day, state, status) if tells_day(t) and not _dates_telling(text, t)), None)


def times_told(view: View, text: str, day: date | None, state: Discourse) -> list[TimeValue]:
    """The sentence's times read as told as done, not the day a source told it (`17일 업계에 따르면`)."""
    return [t for t in _times(view, text, day, state, "occurred") if not _dates_telling(text, t)]


def times_ahead(view: View, text: str, day: date | None, state: Discourse) -> list[TimeValue]:
    """The sentence's times read as still ahead, not the day a source told it: what an answer offers."""
    return [t for t in _times(view, text, day, state, "planned") if not _dates_telling(text, t)]


def _times(view: View, text: str, day: date | None, state: Discourse, status: str) -> list[TimeValue]:
    """The sentence's time expressions read in the status's direction, parsed once per sentence."""
    _read_back(state, day)
    direction = "past" if status == "occurred" else "future" if status == "planned" else "nearest"
    return _parsed(state, view.sentence.start, text, day, direction)


def _parsed(state: Discourse, start: int, text: str, day: date | None, direction: str) -> list[TimeValue]:
    named = state.named_day.start if state.named_day else None
    # `27일 재계에 따르면 … 전날 만났다. 이날 만찬을 마친 …`: told as done, `이날` is the day of the
    # account; told as ahead (`이날 경주를 찾는다`), the day of the news the text named
    current = state.day.start if state.day and direction == "past" else None
    key = (start, direction, named, current, state.time)  # the days as told: read into dates only when parsing
    found = state.times.get(key)
    if found is None:
        found = state.times[key] = find_times(text, day, direction, anchor=parse_day(named), earlier=state.time,
                                              current=parse_day(current))
        state.first_read.setdefault(start, found)
    return found


def _read_back(state: Discourse, day: date | None) -> None:
    """The day and time the sentences read since name (Discourse.unread): the day an event took,
    else the last day told even with no event told (`27일 출범했다. 이날 …`, `27일 재계에 따르면
    … 전날 만났다`: the 26th), and the last time named (`2019년 6월 … 당시`). `전날`, `다음 날`
    count from the last day named in digits, so a second `전날` does not step back again."""
    for start, text, direction, event_day, done in state.unread:
        read = state.first_read.get(start)
        times = [t for t in (read if read is not None else _parsed(state, start, text, day, direction))
                 if t.start is not None]
        named = [t for t in times if names_day(t)]
        digits = event_day if event_day is not None and names_day(event_day) else None
        state.named_day = digits or (named[-1] if named else state.named_day)
        happening = [t for t in times if tells_day(t) and not _dates_telling(text, t)]  # not `17일 업계에 따르면`
        day_told = event_day or (happening[-1] if happening else None)
        if day_told is not None:  # a day carried on to a plan (`이날 … 동행한다`) stays a day told as done
            same = state.day is not None and state.day.start == day_told.start
            state.day, state.day_done = day_told, done or (same and state.day_done)
        state.time = times[-1] if times else state.time
    state.unread.clear()


def _dates_telling(text: str, time: TimeValue) -> bool:
    """`3일 재계에 따르면`, `3일 소식통에 따르면`: the day of the report; `2028년까지`: a deadline."""
    words = text[time.span[1]: time.span[1] + _FRAME_REACH].split()[:_FRAME_WORDS]
    frame = any(w.startswith(cues("report_frame")) for w in words)
    deadline = text[time.span[1]: time.span[1] + _DEADLINE_REACH].lstrip().startswith(cues("deadline"))
    return frame or deadline


def _carried_over(view: View, clause: int, state: Discourse, found: list[Draft],
                  done_by: date | None, planned: bool, gone_by: date | None = None) -> TimeValue | None:
    """No date in the sentence: the sentence's previous event, the previous sentence's, or the day
    the text speaks of when the clause is about the same people (or the text has named no one yet:
    `포럼이 8일 열렸다. A와 B는 … 만나`), unless the act is told as
    background (`체결한 바 있다`), as done when that day is still ahead (`done_by`, the day of the
    news), or as ahead when that day was told as done (`11일 출국했다 … 총리와 회담한다`: a plan
    of the trip, on a day the text does not give). An act still ahead with no subject of its own takes
    no time of the sentence before that ended before `gone_by` (the day of the news): `2018년 9월 이후
    7년 만이다. … 회동 가능성도 거론된다`, a meeting on the 19th then an investment under way."""
    told_here_done = found and found[-1].status == "occurred" and found[-1].evidence[0][0] == view.sentence.start
    if found and found[-1].date is not None and not (planned and told_here_done):
        return found[-1].date  # not `지난해 방한했던 X는 … 만날 예정이다`: a plan is not on a day told as done
    subjects = [a.entity.id for a in view.args_in(clause) if a.role in SUBJECT_ROLES and a.entity.type == "PERSON"]
    if not subjects and state.last_date is not None and not (planned and gone_by and _gone(state.last_date, gone_by)):
        return state.last_date  # `… 등을 만났다` right after `2013년 6월 방한`: the same occasion; not a
        #                         plan or a guess (`회동 가능성도 거론된다` after `2018년 9월 이후 7년 만이다`)
    named = {a.entity.id for a in view.args_in(clause) if a.entity.type == "PERSON"}
    both = len(state.pair) == 2 and named == set(state.pair)  # `A와 B는 …`: the two just met, together
    same_people = set(subjects) <= set(state.people) or both or not state.people  # `회의가 17일 열렸다. … 세 사람이`
    if state.day is None or (subjects and not same_people):
        return None
    if background_told(view.sentence_text) or (done_by and state.day.start > done_by.isoformat()):
        return None
    return None if planned and state.day_done else state.day


def _owning(view: View, text: str, triggers_at: list[int]) -> list[int]:
    """The event words that may own a time: not a trip word that counts a day of itself (`정상회담은
    방한 이튿날 열린다`, `방문 사흘째`), which is part of that time, not the act it dates: the time goes to
    the act told with it, the trip keeping the start told before (_began, noun_tense.later_day_of_trip)."""
    if len(triggers_at) < 2:
        return triggers_at  # a lone event word keeps its times whatever it counts
    tokens = view.sentence.tokens
    at_token = {t.start - view.sentence.start: i for i, t in enumerate(tokens)}

    def counts_day(at: int) -> bool:
        i = at_token.get(at)
        return i is not None and (later_day_of_trip(tokens, i)
                                  or ordinal_day(text[tokens[i].end - view.sentence.start:]) is not None)

    return [at for at in triggers_at if not counts_day(at)] or triggers_at


def _owners(view: View, times: list[TimeValue], triggers_at: list[int]) -> dict[tuple[int, int], int]:
    """Each time's event word (owner); an event word that ends in a relative clause (`전날 방한한
    X와 만났다`, `지난해 방한했던 X는 … 만날 예정이다`) keeps only the time right before it, and
    the times before that one go to the event word after it (`12일 … 전날 방한한 X와 만났다`)."""
    owners = {t.span: owner(t, triggers_at) for t in times}
    if len(set(triggers_at)) < 2:
        return owners  # one event word owns them all
    starts = {t.start - view.sentence.start: i for i, t in enumerate(view.sentence.tokens)}
    tokens = view.sentence.tokens
    for at in triggers_at:
        later = [p for p in triggers_at if p > at]
        if not later or at not in starts or adnominal_tense(tokens, starts[at]) is None:
            continue
        kept = sorted((t.span for t in times if owners[t.span] == at and t.span[0] < at))[:-1]
        for span in kept:
            owners[span] = min(later)
    return owners


def owner(time: TimeValue, triggers_at: list[int]) -> int:
    """A date belongs to the nearest event word after it (`방한은 지난해 2월 … 방문 후`), else before;
    an event word inside the expression is part of it (`이번 만남에서 계약을 맺었다`: the contract's)."""
    after = [p for p in triggers_at if p >= time.span[1]]
    return min(after) if after else max(triggers_at)


def told_here(text: str, when: TimeValue | None) -> bool:
    """Whether `when` (what date_for gave) is a time this sentence names (`text`), not one carried over."""
    return when is not None and bool(when.text) and text[when.span[0]: when.span[1]].strip() == when.text.strip()
