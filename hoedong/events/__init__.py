"""Stage 5, events: the meetings, visits, partnerships and investments a body states.

Sentence by sentence, each mechanism one module driven by data files:
- triggers.py   the event words (lexicon/triggers.tsv);
- clauses.py    clauses and the role each name plays (lexicon/particles.tsv, endings.tsv);
- arguments.py  one builder per event type over a shared Reading (lexicon/event_cues.tsv; destinations.py:
                where a visit goes; own_times.py: counterparts each met on a day of their own);
- deals.py      the organisations of partnerships; investments.py of investments (purchases.py: the company bought,
                and a closing still ahead, `거래는 내년 1월 마무리된다`, that leaves the purchase planned;
                deal_modality.py: a deal standing, talked over, decided or under review; rounds.py;
                deal_sides.py: a local government joined, the employers of a pair just met,
                the host at whose premises a signer was met, the employer of the person told of; deal_modifiers.py:
                names that only describe another party or the thing traded are no parties);
- participants.py  hosts left unnamed, plural subjects, chairs, stand-ins, quotations' speakers;
- status.py     modality from predicate morphology and cue words (lexicon/modality.tsv, endings.tsv;
                guesses.py: forecasts, likelihood, possibility and plans only hearsay tells that make an act
                speculated; announcements.py: an act decided or announced is still to come);
- dating.py     which time expression dates an event (timex.py, event_cues.tsv; anchors.py: days anchored
                on other things told; trips.py: trips told again, meetings that fall in a trip; told_next.py:
                a lede's act told as done with no day takes the day the next sentence gives the same parties'
                act; deal_steps.py: a deal still to come takes the time of its ceremony, decision or share issue);
- legs.py       plans as they stood: a trip or occasion called off takes its plans, an act moved keeps its new time;
                an arrival starts the trip told under way; a visit counted among others is the trip told;
- discourse.py  the gathering being talked about: back-references, attendance, omitted subjects
                (occasions.py: a trip companion who sits in on the trip's meeting; travel_words.py: attending
                words that tell travel, `참석차 방한한`, `애틀랜타에 도착했고`);
- absences.py   a foreign executive staying away from an event in Korea (`X CEO는 서울에서 열리는 포럼에
                불참한다`) missed the trip: a denied visit on the event's time;
- companions.py  companions told by their own verb (`Y가 동행했다`) join the trip just told; one who could not
                go along (`당초 동행할 예정이던 Y는 … 합류하지 못했다`) misses it, in its month;
- groups.py     collectives (`대표단`, `일행`) and the members a sentence lists for them;
- venues.py     a site visited for a meeting the sentence tells is its venue, unless a trip is told;
- site_hosts.py  an attendance naming a site (`ASML 방문에는`) joins that site's visit; the people of the
                company whose site it is host the guests and are no visitors;
- topic_meetings.py  a discussion of two named people (`논의했다`) is their meeting, or evidence of one told before
                (or of those told one per counterpart); a meeting counted (`이번이 네 번째`) is the one told;
- interviews.py the person an interview's badge line names acts in its answers;
- repeats.py    a repeat meeting (`다시 만나`, `재회`): between the people met before when it names fewer, and
                another gathering than the earlier one it is told after (`지난 1월 이후 다시`);
- merge.py      reports of one gathering in one document merged into one event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from hoedong.events.replies import accept, deny
from hoedong.events.repeats import mark_repeats, repeat_of
from hoedong.events.rounds import note_round_raisers
from hoedong.events.anchors import made_with_deal, opens_with_deal
from hoedong.events.announcements import announced_by_clause, announced_plan
from hoedong.events.arguments import Reading, build, place_at
from hoedong.events.companions import go_along, stay_behind
from hoedong.events.clauses import Mentions, View, inside, quote_around, quote_spans, view_of
from hoedong.events.dating import (date_for, date_signing, dates_saying, day_of_telling, day_told, frame_break, times_ahead,
                                   times_told, told_by_source, told_here)
from hoedong.events.answers import turn_down
from hoedong.events.deal_sides import note_hosts
from hoedong.events.deal_steps import date_by_step
from hoedong.events.discourse import Discourse, attend, attend_within, attending_after, guide, is_back_reference, join, update
from hoedong.events.draft import Draft
from hoedong.events.groups import Groups, enlist, kin, note
from hoedong.events.guesses import told_by_hearsay
from hoedong.events.interviews import interviewee
from hoedong.events.legs import (CalledOff, called_off_trip, calls_off, counted_occasion, counted_trip, ended_trip, told_before,
                                 undone_plans)
from hoedong.events.participants import acts_beside, moderate
from hoedong.events.purchases import closing_ahead
from hoedong.events.absences import stayed_away
from hoedong.events.site_hosts import leave_out_hosts
from hoedong.events.lexicon import DEAL_TYPES, background_told, caption_spans, cues
from hoedong.events.merge import finish, merge_drafts, resolve_present
from hoedong.events.noun_tense import (adnominal_tense, called_off, is_rumour, later_day_of_trip, left_open, object_verb,
                                       recalled, relative_clause_tense, trip_frame, under_way)
from hoedong.events.status import clause_status, ongoing, plan_as_it_stood, rumour_denied, tense
from hoedong.events.told_next import date_from_next
from hoedong.events.topic_meetings import fold_told, names_gathering
from hoedong.events.triggers import find_triggers
from hoedong.events.trips import meeting_since, trip_of, trip_time, visit_since
from hoedong.events.venues import without_venues
from hoedong.model import Entity, Event
from hoedong.nlp import Analysis, Token
from hoedong.timex import TimeValue, at_month_precision, month_reference, parse_day

_PERSON_ACTS = ("MEET", "VISIT")
_DECIDED_ACTS = ("MEET", "VISIT", "INVEST")  # a partnership agreed is formed by the agreement itself
_ONGOING_REACH = 4  # tokens after a meeting word in which `-고 있다` makes it going on
_MEETING_SIZE = 2  # a meeting needs two named people


def find_events(body: str, analysis: Analysis, entities: tuple[Entity, ...], published: str | None) -> tuple[Event, ...]:
    day = parse_day(published)
    month = month_reference(published) if day is None else None
    day = day or month  # a month-precision publication date: resolve against the month's last day
    by_id = {e.id: e for e in entities}
    state = Discourse()
    groups = Groups()
    drafts: list[Draft] = []
    captions = caption_spans(body)
    called_off_at: dict[int, CalledOff] = {}  # sentences that tell something called off (legs.undone_plans)
    mentions = Mentions(entities)
    people = list(entities)
    for number, sentence in enumerate(analysis.sentences):
        if any(start <= sentence.start < end for start, end in captions):
            continue  # a photo caption left in the body tells no event
        view = view_of(sentence, mentions, body)
        text = body[sentence.start: sentence.end]
        dated = lambda status: day_told(view, text, day, state, status)  # noqa: E731 (the day the sentence tells)
        guide(view, drafts, number, state, dated)
        note_round_raisers(view, state, number)  # `B사가 시리즈A 라운드에서 … 유치했는데, 라운드는 A사가 이끌었고`
        read_apart = enlist(view, groups) or attend(view, drafts, number, state, dated) or moderate(view, drafts, number)
        beside = acts_beside(view) if read_apart else None  # `… 함께했고, B는 같은 시각 공장을 둘러봤다`
        found = [] if read_apart and not beside else _sentence_events(view, text, number, state, day, by_id, drafts, beside)
        if not found:
            turn_down(view, drafts, number)  # `그러나 회사 측은 … 거절했다`
            deny(view, drafts, number, by_id)  # `X 측은 "투자 계획이 없다"고 밝혔다`
        accept(view, drafts + found, number, by_id, lambda: times_ahead(view, text, day, state))  # `… 수락했다`
        found.extend(stayed_away(view, text, day, state, by_id, number))  # `X CEO는 … 포럼에 불참한다`
        attend_within(view, found, number, state)
        go_along(view, found, drafts, number)
        kin(view, found, people)
        note(view, found, groups)
        stay_behind(view, found, drafts, number)  # `당초 동행할 예정이던 Y는 … 합류하지 못했다`: no member of the trip
        if not any(d.type in DEAL_TYPES for d in found) or opens_with_deal(view, drafts):
            date_signing(view, text, day, state, drafts, number)  # `계약은 12일 …`: the deal told again
        drafts.extend(found)
        date_by_step(view, text, day, state, found)  # `… 투자하기로 했으며, 신주는 다음 달 10일 발행된다`
        closing_ahead(view, text, day, state, drafts, number)  # `거래는 내년 1월 마무리된다`
        update(state, view, found, attending=bool(read_apart) and not beside)
        note_hosts(state, view, found)
        interviewee(state, view)
        if calls_off(view):
            called_off_at[number] = CalledOff(found, (times_ahead(view, text, day, state) or [None])[0])
    undone_plans(drafts, called_off_at)
    for draft in drafts:
        draft.statuses = [(n, resolve_present(draft, s, day)) for n, s in draft.statuses]
    leave_out_hosts(drafts, by_id)  # `ASML 방문에는 … Y ASML 회장과 함께`: Y receives the guests
    told = [d for d in drafts if d.type != "MEET" or len(d.participants) >= _MEETING_SIZE]  # no one joined an open gathering
    told = [d for d in told if d.type != "VISIT" or d.participants]  # a group's trip whose members were never named
    merged = merge_drafts(told)
    date_from_next(merged, body)  # `투자했다. 두 회사는 25일 … 서명했다`: the lede's act on the day told next
    events = tuple(finish(d, by_id, body, day) for d in merged)
    if month is not None:
        events = tuple(replace(e, date=at_month_precision(e.date, month.isoformat()[:7])) for e in events)
    return events


def _sentence_events(view: View, text: str, number: int, state: Discourse, day: date | None,
                     by_id: dict[str, Entity], drafts: list[Draft], clauses: set[int] | None = None) -> list[Draft]:
    """The events the sentence's event words tell (only those of `clauses`, when given)."""
    tokens = view.sentence.tokens
    found: list[Draft] = []
    listed = [(i, t) for i, t in find_triggers(view, is_back_reference) if clauses is None or view.clause_of[i] in clauses]
    fresh = {t.type for i, t in listed if not is_back_reference(tokens, i, t) and names_gathering(t.form)}
    empty: set[int] = set()  # triggers that told no event: their dates go to the next word
    trips: list[Draft] = []  # trips told before that this sentence names again (`방한 기간 …`)
    for index, trigger in listed:
        clause = view.clause_of[index]
        told = drafts + found  # the events drafted so far, this sentence's included (one list for every rule)
        status, dating_status = _decided(view, index, trigger, _status_at(view, index, trigger))
        args = view.args_in(clause)
        sentence_subjects = [a.entity.id for a in view.args
                             if a.role == "topic" and a.entity.type == "PERSON" and a.clause < clause]
        positions = [tokens[i].start - view.sentence.start for i, _ in listed
                     if view.clause_of[i] == clause and (i not in empty or i == index)]
        when = date_for(view, text, index, day, state, dating_status, trips + found, positions, told,
                        deal=trigger.type in DEAL_TYPES) or \
            _day_asked(view, index, trigger.type, status, day)
        if recalled(tokens, index) and not told_here(text, when):
            when = None  # `방한했던 X`: a visit recalled takes no day the text carries over, only its own
        if trigger.type == "VISIT":
            when = ended_trip(tokens, index, when)  # `방문 일정을 마치고`: the day it ended
        if is_back_reference(tokens, index, trigger) and trigger.type in ("MEET", "VISIT"):
            if trigger.type in fresh:
                continue  # `이번 만남은 … 회동을 가진 후`: the sentence tells another gathering
            target = _referent(args, trigger.type, told, trigger.form)
            if target is not None:
                join(target, args + attending_after(view, index), status, when, view, number, place_at(args))
                continue
        reading = Reading(trigger, index, view, args, status, when, state, sentence_subjects, by_id, number, text,
                          day, told)
        made = [d for draft in build(reading) for d in visit_since(draft, text, when, told)] \
            or repeat_of(reading, told)
        counted = counted_occasion(text, tokens[index].end - view.sentence.start)  # `이번이 처음`
        made = fold_told(made, trigger.form, told, counted)  # `… 만났다. 두 사람은 … 논의했다`: that meeting
        if trigger.type == "VISIT":
            framed = trip_frame(tokens, index)  # `방한 기간`: the trip as the frame of another act tells no status
            borrowed = framed and later_day_of_trip(tokens, index)  # `방한 이튿날 … 회담한다고 24일 밝혔다`
            ranked = counted_trip(text, tokens[index].start - view.sentence.start, tokens[index].end - view.sentence.start)
            undated = [d for d in made if ranked or borrowed or d.date is None or not told_here(text, d.date)]
            made = [d for d in made if d not in undated] + \
                _join_trips(undated, told, trips, view, number, None if framed or counted or ranked else status,
                            counted or ranked, ranked)
        for draft in made:
            _date_made(draft, view, text, index, day, state, status, when, told, trips)
        if not made:
            empty.add(index)  # `정상회의가 열리는 경주를 찾는다`: the date is the visit's
        _mark_telling(made, view, text, index, when, day, state, dating_status)
        told_done = partial(times_told, view, text, day, state)  # read only for a count of time since
        counted_since = [m for d in made for m in meeting_since(d, view, index, told_done)]
        mark_repeats(made, tokens, index, text, told_here)  # after meeting_since: the earlier meeting it makes is no repeat
        found.extend(made + counted_since)
    return without_venues(found, view)


def _mark_telling(made: list[Draft], view: View, text: str, index: int, when: TimeValue | None, day: date | None,
                  state: Discourse, dating_status: str) -> None:
    """How the telling bears on the acts' days: a day that dates the saying (`맺었다고 4일 밝혔다`: a
    signing told after may give the act its day); an act told in a quotation (`"…을 만났다"고 답했다`),
    after a source (`15일 업계에 따르면 … 투자했다`) or recalled in a relative clause (`방한했던 왕세자`)
    with no time of its own took place some day before the telling, not on the day of the news."""
    if when is not None and told_here(text, when) and dates_saying(view, when):
        for draft in made:
            draft.said = True
    if when is None and (quote_around(view, index) is not None or recalled(view.sentence.tokens, index)
                         or told_by_source(view, text, day, state, dating_status)):
        for draft in made:
            draft.undated = True


def _told_around(draft: Draft, view: View, index: int, status: str, when: TimeValue | None, drafts: list[Draft]) -> None:
    """What the text tells around the act that changes its time or status: the deal an investment
    plan was made with, a plan told as it stood, a gathering set up and called off."""
    tokens = view.sentence.tokens
    if draft.type == "INVEST" and draft.date is None and not frame_break(view, list(enumerate(tokens))):
        draft.date = made_with_deal(draft, drafts)  # `계약을 맺었다. … 출자할 계획이다`; not `이와 별도로`
        if draft.date is not None:  # `… 계약을 맺었다. 3사는 각각 출자한다`: money still to be paid in
            draft.statuses = [(n, "planned" if s == "present" else s) for n, s in draft.statuses]
    if plan_as_it_stood(list(tokens[index:])):
        _plan_as_it_stood(draft, drafts, draft.sentence)
    if status == "denied" and (called_off(tokens, index) or rumour_denied(tokens, index)):
        draft.statuses.insert(0, (draft.sentence, "planned"))  # set up (or rumoured), then called off (or denied): its time stands
        if when is not None and not told_here(view.sentence_text, when):
            draft.date = None  # `… 면담도 추진됐으나 성사되지 않았다`: a time carried over is not its own


def _plan_as_it_stood(draft: Draft, drafts: list[Draft], number: int) -> None:
    """`방한이 취소됐다. … 만날 계획이었다`: a meeting planned for a trip called off is denied, on the
    trip's time; `… 다음 달로 미뤄졌다. 당초 이달 말 … 예정이었다`: the act told before, whose time is
    not the old plan's."""
    trip = called_off_trip(draft, drafts) if draft.type == "MEET" else None
    if trip is not None:
        draft.statuses.append((number, "denied"))
        draft.date = draft.date or trip.date
    elif told_before(draft, drafts) is not None:
        draft.date = None
    else:
        draft.stood = True  # a plan of its own, which something called off nearby may undo (legs.undone_plans)


def _join_trips(made: list[Draft], drafts: list[Draft], trips: list[Draft], view: View, number: int,
                status: str | None, counted: bool = False, ranked: bool = False) -> list[Draft]:
    """Visits told again with no time of their own join the trip told before (trips.trip_of); the
    trip is kept so that what the sentence goes on to tell takes its time (`방한 기간 … 회동할`).
    A trip only ranked (legs.counted_trip: `이번이 첫 방한은 아니다`) with no trip told to join is no event."""
    kept = []
    for draft in made:
        trip = trip_of(draft, drafts, counted)
        if trip is None:
            if not ranked:
                kept.append(draft)
            continue
        join(trip, [], status or "present", None, view, number, None)
        if status is None:
            trip.statuses.pop()  # a frame adds the sentence to the trip's evidence, not to its history
        trips.append(trip)
    return kept


def _decided(view: View, index: int, trigger, status: str) -> tuple[str, str]:
    """The event's status and the status that dates it: an act decided or announced
    (`투자하기로 했다`, `투자한다고 밝혔다`) is planned, on a day near the news."""
    if trigger.type not in _DECIDED_ACTS or status not in ("occurred", "present", "planned"):
        return status, status
    if announced_plan(view.sentence.tokens, index):
        return "planned", "present"  # decided or announced on a day near the news
    if trigger.type in DEAL_TYPES and announced_by_clause(_own_clause(view, index)):
        return "planned", status  # `투자를 … 단행한다고 밝혔다`: the clause's day is still the telling's
    return status, status


def _date_made(draft: Draft, view: View, text: str, index: int, day: date | None, state: Discourse, status: str,
               when: TimeValue | None, told: list[Draft], trips: list[Draft]) -> None:
    """A new draft's day where the sentence's time does not fit it: a meeting or visit asked for, a
    deal planned or offered (the telling's day), a meeting on a trip (the trip's)."""
    if _asked_to_come(draft, when, text, told):
        draft.date = None  # `면담을 요청해 둔 상태다`: only the time asked for dates it
    asked = draft.type == "INVEST" and draft.status == "requested"  # a partnership offered keeps no day
    if draft.type in DEAL_TYPES and draft.date is None and (draft.status == "planned" or asked) \
            and not draft.undated:  # `투자를 검토하고 있다`: talks have no day (deals.py)
        draft.date = day_of_telling(view, text, index, day, state, asked)  # `투자하기로 했다고 11일 밝혔다`
    if draft.type == "MEET" and when is None:
        draft.date = trip_time(draft, told + trips, day)
    _told_around(draft, view, index, status, when, told + trips)


def _own_clause(view: View, index: int) -> list[Token]:
    """The tokens of the event word's clause from the word on."""
    return [t for i, t in view.clause_tokens(view.clause_of[index]) if i >= index]


def _status_at(view: View, index: int, trigger) -> str:
    """The status of the event word at `index`: its clause's modality, with quotation kept apart
    (a quoted plan does not make the narration a plan), relative clauses, rumours and acts under way."""
    tokens = view.sentence.tokens
    own = [t for i, t in view.clause_tokens(view.clause_of[index]) if i >= index]
    quotes = quote_spans(view)
    quoted = inside(quotes, tokens[index].start)
    rest = list(tokens[index:]) if quoted or not quotes else [t for t in tokens[index:] if not inside(quotes, t.start)]
    own_tense = adnominal_tense(tokens, index)
    verb = object_verb(tokens, index) if own_tense is None else None
    if verb is not None and adnominal_tense(tokens, verb) == "occurred":
        own_tense = "occurred"  # `협약을 체결한 상태로 … 가능성이 있다`: the deal told in its own past clause
    if own_tense == "present" and trigger.type not in _PERSON_ACTS:
        own_tense = None  # `…을 개발하는 연구소를 짓는 협약`: a deal's relative clause describes, it does not tell
    status = own_tense or clause_status(own, rest, list(tokens[index:]))
    if status == "present" and trigger.pos == "noun":
        status = relative_clause_tense(tokens, index) or status
    if is_rumour(tokens, index) and status != "denied":
        status = "speculated"
    if status == "planned" and told_by_hearsay(tokens, index):
        status = "speculated"  # `재계에 따르면 … 회동할 것으로 알려졌다`
    if trigger.type == "VISIT" and status in ("planned", "speculated", "requested", "denied") and trip_frame(tokens, index):
        status = "present"  # `방일 이틀째인 17일 … 만날 예정이다`, `방한 기간에 … 만나지 않기로`: the other act's
    if under_way(tokens, index):
        status = "occurred"  # `방한 중인`: under way on the day told
    if left_open(tokens, index):
        status = "speculated"  # `방한 여부에 대해 "말씀드릴 수 없다"`: neither done nor denied
    if trigger.type == "MEET" and status == "present" and ongoing(rest[:_ONGOING_REACH]):
        status = "occurred"  # `기업인을 만나고 있다`: meetings going on
    return status


def _asked_to_come(draft: Draft, when: TimeValue | None, text: str, told: list[Draft]) -> bool:
    """`면담을 요청해 둔 상태다`, `찾아 달라고 요청했다`: a meeting or visit asked for is dated by the
    time asked for, which its own sentence tells, not by a day carried over from the text; unless
    the same people's gathering was told on that day (`회담에서 … 방문해 달라고`: that gathering)."""
    if draft.type not in ("MEET", "VISIT") or draft.status != "requested" or when is None or told_here(text, when):
        return False
    people = set(draft.participants)
    return draft.date == when and not any(d.type == draft.type and set(d.participants) == people and d.date == when
                                          for d in told)


def _day_asked(view: View, index: int, kind: str, status: str, day: date | None) -> TimeValue | None:
    """`투자를 당부했다`: an investment asked for is dated by the asking, which the news reports made
    (an asking word in the past tense) on its day; a wish (`투자를 받으려 한다`) has no day, and a
    meeting asked for is dated by the meeting, not the asking."""
    if kind != "INVEST" or status != "requested" or day is None or background_told(view.sentence_text):
        return None
    quote = quote_around(view, index)  # `"더 투자해 주기를 바란다"고 당부했다`: the asking verb is outside
    asking = [t for t in view.sentence.tokens[index:] if quote is None or t.start >= quote[1]]
    if tense(asking) != "past" or not any(t.form in cues("asking") for t in asking):
        return None
    return TimeValue(day.isoformat(), day.isoformat(), "", (0, 0), "day")


def _referent(args, kind: str, drafts: list[Draft], word: str = "") -> Draft | None:
    """The gathering a back-reference means: the last one with the people it names, else the last
    meeting told by the same word (a trip's word, `방한`, is every traveller's), else the last with
    its people (not one a single person was told attending: `서밋 참석차 방한한 X … 이날 회동이`),
    else the last."""
    named = {a.entity.id for a in args if a.entity.type == "PERSON"}
    candidates = [d for d in drafts if d.type == kind]
    held = [d for d in candidates if kind != "MEET" or len(d.participants) >= _MEETING_SIZE]
    return next((d for d in reversed(candidates) if named and named <= set(d.participants)), None) \
        or next((d for d in reversed(candidates) if kind == "MEET" and word in d.words), None) \
        or (held or candidates or [None])[-1]
