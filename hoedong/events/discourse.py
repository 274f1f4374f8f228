"""Discourse: the gathering the text is talking about, as one state object.

`Discourse` holds what the sentences so far established. Its transitions, once per sentence
(`update`): the topic (or first subject) people become `people`, else the first actors of the
sentence's events; `org_pair`/`pair` follow the last two-party deal or meeting (what `양사`, `두
사람` mean); `day` is the day of the last event dated to a day told (in digits, or counted:
`전날`, `이날`), or else the last day told for something that happened (what an event with no date
of its own may take, and what `이날` in an account told as done means; not `17일 업계에 따르면`),
with `day_done` whether it was told as done (a plan does not take it); `named_day` is the last day
named in digits at all (what `전날`, `다음 날` count from), `time` the last time named (what `당시`,
`같은 해` mean). They are read by dating.py, which knows the
publication date, from the sentences in `unread`. `trip` records a visit to a
country (a list of people met on a trip is one meeting each). Two readings use the state instead
of opening a new event: a back-reference (`이날 회동은`, `회동에는`) joins the gathering told, and
an attendance sentence (`이 자리에는 X가 참석했다`, `한국 측에서는 …`, `이 외에 Y도 합류했다`) adds its
people to the last meeting, which may be one told with a single named attendee so far
(`A는 간담회에 참석했다`: arguments.py keeps it open; it is dropped if no one joins). An attendance
denied or only guessed (`X는 만찬에 불참한다`) is no presence: it is a meeting of its own, of that
status, between the absentee and the person the gathering is for. With no scene word, people there
`too` (`Y와 Z 등도 함께했다`) join the one meeting or visit the sentence before told.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from hoedong.events.clauses import SUBJECT_ROLES, Arg, View, is_left_out, word_set
from hoedong.events.draft import Draft, unique
from hoedong.events.groups import continued_gathering, trip_of_another
from hoedong.events.merge import more_precise
from hoedong.events.occasions import sit_in
from hoedong.events.site_hosts import site_visit_named
from hoedong.events.lexicon import DEAL_TYPES, Trigger, cues, endings, names_travel, triggers
from hoedong.events.travel_words import tells_travel
from hoedong.events.triggers import find_triggers
from hoedong.events.noun_tense import is_rumour
from hoedong.events.status import falls_through, modality, ongoing, tense
from hoedong.timex import TimeValue, tells_day

_ACTORS = ("subject", "topic", "also")  # the roles of the people an act is told of
_BACK_REFERENCE_REACH = 3  # tokens before a noun trigger in which `이날`, `이번` refer back
_SCENE_REACH = 2  # tokens before the attending word in which a scene word is part of it (`자리를 함께했다`)
_DIGIT = frozenset("0123456789")
_TOLD_APART = ("denied", "speculated")  # attendances not told as happening or planned
_NAMED_AGAIN_REACH = 2  # sentences back in which a meeting's own word, named again, means that meeting


@dataclass
class Discourse:
    """What the text is about so far: who its last subjects were, and the day it speaks of."""

    people: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    org_counts: Counter = field(default_factory=Counter)
    day: TimeValue | None = None
    day_done: bool = False  # `day` was told in a sentence in the past tense (`11일 출국했다`)
    trip: bool = False  # the last sentence told of a trip to a country
    pair: list[str] = field(default_factory=list)  # the two people `두 사람` would mean
    last_date: TimeValue | None = None  # the date of the previous sentence's event
    named_day: TimeValue | None = None  # the last day named in digits (`이날`, `전날` count from it)
    time: TimeValue | None = None  # the last time the text named (`당시`, `같은 해` point back to it)
    unread: list[tuple[int, str, str, TimeValue | None, bool]] = field(default_factory=list)
    #  sentences whose times dating.py has yet to read: start, text, direction, the day an event took,
    #  whether that day (else the sentence) was told as done
    times: dict = field(default_factory=dict)  # parsed temporal expressions, by sentence and direction
    first_read: dict = field(default_factory=dict)  # each sentence's first entry in `times`, by its start
    #  (dating._read_back reads it: the first reading of a sentence, without a scan of `times`)
    org_pair: list[str] = field(default_factory=list)  # the two organisations `양사` would mean
    ventures: list[str] = field(default_factory=list)  # joint ventures named so far (`합작법인에` means the last)
    founded_at: int = -1  # the sentence that last named a joint venture founded (capital paid in next goes to it)
    hosts: dict = field(default_factory=dict)  # person → the organisation at whose premises they were met (deal_sides.py)
    raisers: list[str] = field(default_factory=list)  # companies raising money or bought (a round or bid told next is theirs)
    raised_at: int = -1  # the sentence that last told a company raising money or bought


def is_back_reference(tokens, index: int, trigger: Trigger) -> bool:
    """`이날 회동은`, `이번 3자 회동은`, `회동에는`, `회동설`: the gathering already told."""
    if trigger.pos != "noun":
        return False
    if is_rumour(tokens, index):
        return True
    if index + 1 < len(tokens) and tokens[index + 1].tag.startswith("XSV"):
        return False  # `이날 방한한`: the word is the predicate of its own clause, not a reference
    before = tokens[max(0, index - _BACK_REFERENCE_REACH): index]
    if any(t.form in cues("back_reference") for t in before) or (before and before[-1].tag == "MM"
                                                                  and before[-1].form in cues("demonstrative")):
        return True
    after = tokens[index + 1].form if index + 1 < len(tokens) else ""
    return after in cues("back_reference_after") or (
        after in cues("scene_particle") and index + 2 < len(tokens) and tokens[index + 2].tag == "JX"
        and tokens[index + 2].form in cues("topic_marker"))


def attend(view: View, drafts: list[Draft], number: int, state: "Discourse", dated: Callable | None = None) -> bool:
    """`이 자리에는 X 등이 참석했다`, `이번 출장에는 A와 B가 동행했다`: these people join the last
    gathering or trip of the kind the scene word names (or, with no meeting told yet, make one);
    an attendance denied or guessed stands apart (`_apart`). The status is the attending word's own
    clause's. True when the sentence was read this way."""
    if view.forms.isdisjoint(_attending_starts()):
        return False  # no attending word (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    at = _attending_at(tokens)
    if at is None:
        return False
    named = _named_occasion(tokens, drafts)
    scene = _scene(tokens)
    kind = named or ("MEET" if scene else None)
    told_here = any(d.sentence == number for d in drafts)  # attend_within: the sentence's own meetings
    if kind == "MEET" and scene and not told_here and _meeting_told_first(view, at):
        return False  # `B와 면담했고, 이 자리에는 C가 배석했다`: the scene is the clause's own meeting (attend_within)
    told = [d for d in drafts if d.type == kind]
    if kind == "VISIT":  # `이번 방문에는 A와 B가 동행한다`: companions of the trip, not of a site on it,
        site = site_visit_named(tokens, told)  # unless the site is named (`ASML 방문에는`)
        told = [site] if site is not None else [d for d in told if _travel(d)][-1:] or told
    # `… 오찬에 참석할 예정이다`: the last gathering told by the word named, else the last of its kind
    last = ((named and _occasion_meant(tokens, told)) or told[-1]) if told else None
    target = last if kind else (_told_just_before(view, drafts, number) or _gathering_named_again(tokens, drafts, number))
    if target is None and kind != "MEET":
        return False  # nothing told to join, and no meeting of its own to make: the status need not be read
    attendees = unique([a.entity.id for a in view.args
                        if a.entity.type == "PERSON" and a.role in ("subject", "also", "topic", "list", "with")])
    own = _attending_predicate(tokens, at)
    held = tense(own) == "past" or ongoing(list(tokens[at: at + len(own) + 1]))  # `참석했다`, `참석하고 있다`
    clause = [t for i, t in enumerate(tokens) if i >= at and view.clause_of[i] == view.clause_of[at]]
    status = modality(clause) or ("occurred" if held else "present")  # `참석하지 못했다`, not `… 만나지 않고`
    if status == "planned" and falls_through(clause, list(tokens[at:])):
        status = "denied"  # `참석할 예정이었으나 … 합류하지 못했다`
    if kind == "VISIT" and target is not None and trip_of_another(view, target):
        return False  # `A는 지난해 X 대통령의 UAE 방문에 동행했다`: X's trip, read as its own (participants.accompanying)
    if target is None and named and (kind != "MEET" or len(attendees) < 2 or _word_tells_it(view)):
        return False  # `5일 열린 간담회에는 A, B가 참석했다`: the event word itself tells the gathering
    if target is not None and status in _TOLD_APART:
        return _apart(view, at, _occasion_meant(tokens, told) or target, drafts, number, state, status)
    if kind == "MEET" and target is None and len(attendees) >= 2:
        told_day = dated(status) if dated else None  # dating.day_told; it reads back the days told before
        drafts.append(Draft("MEET", attendees, [], status, number, [(view.sentence.start, view.sentence.end)],
                            date=told_day or state.last_date or state.day, statuses=[(number, status)]))
        return True
    if target is None:
        return False
    joining = sit_in(view, target, drafts, attending_clauses(view), _joining(view, at, target))  # `… 면담에 배석`
    following = continued_gathering(view, target, joining, status, number)
    if following is not None:  # `이어진 만찬에는 C도 합류했다`: a gathering of its own (groups.py)
        drafts.append(following)
        return True
    target.participants.extend(joining)
    target.evidence.append((view.sentence.start, view.sentence.end))
    target.statuses.append((number, status))  # `이 자리에는 … 참석했다`: told as held
    return True


def _joining(view: View, at: int, target: Draft) -> list[str]:
    """The people an attendance adds to the gathering: those of its attending clauses not yet at it,
    but not whoever tells it (`… 배석했다고 X 수석이 밝혔다`) or is left out (`X를 대신해서는 Y가 자리했다`)."""
    attending, telling = attending_clauses(view), speakers(view, at)
    return unique([arg.entity.id for arg in view.args
                   if arg.entity.type == "PERSON" and arg.entity.id not in target.participants
                   and arg.clause in attending and arg.entity.id not in telling
                   and not is_left_out(view.sentence.tokens, arg)])


def attend_within(view: View, found: list[Draft], number: int, state: "Discourse") -> None:
    """`A는 B와 만났고, 이 자리에는 C가 배석했다`, `… 정상회담을 하며, 회담에는 C가 배석할 예정이다`: an
    attendance clause with its scene word, after the sentence's own meeting, adds its people to it."""
    meetings = [d for d in found if d.type == "MEET"]
    tokens = view.sentence.tokens
    if meetings and not view.forms.isdisjoint(_attending_starts()) and _attending_at(tokens) is not None and (_named_occasion(tokens, found) or _scene(tokens)):
        attend(view, meetings, number, state)


def guide(view: View, drafts: list[Draft], number: int, state: "Discourse", dated: Callable) -> None:
    """`X가 안내를 맡을 예정이다`, `X는 A와 B를 안내하며 …`: whoever guides (event_cues.tsv `guiding`)
    meets whom they guide: the people the guiding clause names as its object, else the visitors of
    the visit told in this sentence or the one before. The meeting takes the guiding clause's status."""
    if view.forms.isdisjoint(cues("guiding")):
        return  # no word of guiding (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.form in cues("guiding") and t.tag.startswith("NN")), None)
    if at is None:
        return
    clause = view.clause_of[at]
    people = [a for a in view.args if a.entity.type == "PERSON" and a.clause == clause and a.start < tokens[at].start]
    guides = unique([a.entity.id for a in people if a.role in _ACTORS + ("list", "with")])
    guests = unique([a.entity.id for a in people if a.role == "object"])
    guides = [p for p in guides if p not in guests]
    visits = [d for d in drafts if d.type == "VISIT" and number - d.sentence <= 1 and not set(d.participants) & set(guides)]
    guided = [t for i, t in enumerate(tokens[:at]) if view.clause_of[i] == clause and t.tag == "JKO"
              and not tokens[i + 1].form.startswith(cues("including"))]  # `X를 비롯해 … 안내를 맡는다`: a list of guides
    quoted = any(t.tag == "JKQ" or (t.tag == "EC" and t.form in endings("quoted_plain") + endings("quoted_present"))
                 for t in tokens[:at])  # `"…"고`, `… 한다고`
    if not guests and (guided or quoted):
        return  # `대변인은 일정을 안내했다`, `"…"라고 안내했다`: a thing or words guided through, not visitors
    guests = guests or (visits[-1].participants if visits else [])
    if not guides or not guests:
        return
    rest = list(tokens[at:])  # `안내하며 … 둘러봤다`: the sentence's own predicate tells when
    status = modality(rest) or ("occurred" if tense(rest) == "past" else "present")
    told = dated(status)  # dating.day_told: the day the sentence tells
    when = told or (visits[-1].date if visits else (state.last_date or state.day))
    drafts.append(Draft("MEET", unique(list(guests) + guides), [], status, number,
                        [(view.sentence.start, view.sentence.end)], date=when, statuses=[(number, status)]))


def attending_after(view: View, index: int) -> list[Arg]:
    """`이번 회동은 … 진행됐으며, A, B 등이 참석했다`: the people of the attending clauses after the
    back-referring word's own, who join the gathering it refers to."""
    clauses = {c for c in attending_clauses(view) if c > view.clause_of[index]}
    telling = speakers(view, index)
    return [a for a in view.args if a.entity.type == "PERSON" and a.clause in clauses and a.entity.id not in telling
            and a.role in ("subject", "also", "topic", "list", "with") and not is_left_out(view.sentence.tokens, a)]


def speakers(view: View, after: int) -> set[str]:
    """`… A도 배석했다고 X 수석이 밝혔다`: people named after a quotative ending past the token at
    `after`, when what they report has a person subject of its own, tell the act; they are not in it."""
    tokens = view.sentence.tokens
    quotative = endings("quoted_plain") + endings("quoted_present")
    ends = [t.end for t in tokens[after:] if t.tag == "EC" and t.form in quotative]
    if not ends:
        return set()
    reported = [a for a in view.args if a.entity.type == "PERSON" and a.end <= ends[-1] and a.role in _ACTORS]
    return {a.entity.id for a in view.args
            if a.entity.type == "PERSON" and a.start >= ends[-1] and a.role in SUBJECT_ROLES} if reported else set()


def _meeting_told_first(view: View, at: int) -> bool:
    """A clause before the attending word's tells a meeting of its own (a meeting word, not one
    referring back), which the scene word (`이 자리에는`) then points to, not a gathering told before."""
    tokens = view.sentence.tokens
    return any(t.type == "MEET" and not is_back_reference(tokens, i, t) and view.clause_of[i] < view.clause_of[at]
               for i, t in find_triggers(view, is_back_reference))


def _word_tells_it(view: View) -> bool:
    """The sentence's gathering word is read as an event of its own (`간담회에는 A, B가 참석했다`); an
    occasion whose attending verb comes past a long guest list (`이번 서밋에는 A, B, C 등이 참석했다`:
    triggers.tsv `needs`) is not, and the attendance sentence tells the gathering instead."""
    return any(t.type == "MEET" for _, t in find_triggers(view, is_back_reference))


def _travel(draft: Draft) -> bool:
    """The visit goes to a country, region or city (a trip), not to a site."""
    return names_travel(draft.place)


def _told_just_before(view: View, drafts: list[Draft], number: int) -> Draft | None:
    """`X가 ASML을 방문했다. Y와 Z 등도 함께했다`: with no scene word, people who attend `too` join
    the one meeting or visit the sentence before told."""
    if not any(a.entity.type == "PERSON" and a.role == "also" for a in view.args) \
            or any(t.form in cues("scene_particle") and t.tag.startswith("J") for t in view.sentence.tokens):
        return None  # `Y도 행사에 참석했다`: an occasion of its own
    before = [d for d in drafts if d.sentence == number - 1 and d.type in ("MEET", "VISIT")]
    return before[0] if len(before) == 1 else None


def _gathering_named_again(tokens, drafts: list[Draft], number: int) -> Draft | None:
    """`면담이 시작된 지 20분쯤 지나 X가 뒤늦게 합류했다`: with no scene word, an attendance that names
    the word of a meeting told in the sentences just before (whatever its particle) joins it."""
    recent = [d for d in drafts if d.type == "MEET" and number - d.sentence <= _NAMED_AGAIN_REACH]
    words = {w for d in recent for w in d.words}
    if any(a.form in words and b.tag == "JKO" for a, b in zip(tokens, tokens[1:])):
        return None  # `… 만찬을 함께했다`: the word is what they had together, a gathering of its own
    return _occasion_meant(tokens, recent)


def _occasion_meant(tokens, candidates: list[Draft]) -> Draft | None:
    """`청와대 만찬에는 불참한다`: the last gathering told by the event word the sentence names."""
    event_words = triggers()
    words = {t.form for t in tokens if (t.form, "noun") in event_words}
    return next((d for d in reversed(candidates) if d.words & words), None)


def _apart(view: View, at: int, target: Draft, drafts: list[Draft], number: int, state: "Discourse",
           status: str) -> bool:
    """`X도 이 자리에 참석할 것으로 예상된다` … `X는 만찬에 불참한다`: an attendance guessed, or denied
    after it was expected, is not a presence; it is its own meeting of that status between the
    absentee and the person the gathering is for (the one the text's events name most). An absence
    no sentence before expected (`X는 오찬에 참석하지 못했다`) is no event: X is simply not there."""
    clause = view.clause_of[at]
    absent = unique([a.entity.id for a in view.args if a.entity.type == "PERSON" and a.clause == clause
                     and a.role in ("subject", "also", "topic", "list", "with")])
    told = Counter(p for d in drafts if d.type in ("MEET", "VISIT") for p in d.participants)
    hosts = [p for p in target.participants if p not in absent]
    if not absent or not hosts:
        return False
    if status == "denied" and not any(d.type == "MEET" and set(absent) & set(d.participants) for d in drafts):
        return True  # `주선했으나 … 참석하지 않았다`: no one expected X there; X is simply absent
    host = max(hosts, key=lambda p: told[p])  # ties: the first named
    scheduled = [(target.sentence, "planned")]  # the gathering was scheduled: a denial keeps its day (merge.py)
    drafts.append(Draft("MEET", [host] + absent, [], status, number, [(view.sentence.start, view.sentence.end)],
                        date=state.last_date or target.date, statuses=scheduled + [(number, status)],
                        words=set(target.words)))
    return True


def attends(tokens) -> bool:
    """The sentence says someone attends (`참석`, `배석`, `함께하`…)."""
    return _attending_at(tokens) is not None


def _attending_at(tokens) -> int | None:
    """The index of the first attending word (`참석`, or a two-morpheme one, `함께`+`하`); not one that
    tells travel (`참석차 방한한`, `애틀랜타에 도착했고`: travel_words.py)."""
    starts = _attending_starts()
    for i in [i for i, t in enumerate(tokens) if t.form in starts]:
        if _attending_word(tokens, i) and not tells_travel(tokens, i):
            return i
    return None


@cache
def _attending_starts() -> frozenset[str]:
    """Every beginning of an attending word: a token that is none cannot start one, alone or joined."""
    return frozenset(word[:end] for word in cues("attending") for end in range(1, len(word) + 1))


def _attending_word(tokens, i: int) -> bool:
    """The token at `i` is an attending word, alone or with the next one (`함께`+`하`)."""
    attending = cues("attending")
    form = tokens[i].form
    following = tokens[i + 1].form if i + 1 < len(tokens) else ""
    return form in attending or form + following in attending


def attending_clauses(view: View) -> set[int]:
    """The clauses with an attending word: `예방에는 A만 배석했고, B는 공장을 찾았다` adds A, not B."""
    tokens = view.sentence.tokens
    starts = _attending_starts()
    return {view.clause_of[i] for i, token in enumerate(tokens)
            if token.form in starts and _attending_word(tokens, i) and _attending_at(tokens[i: i + 2]) == 0}


def _attending_predicate(tokens, at: int) -> list:
    """The attending word's own predicate, up to its first ending: `참석하는 것으로 전해졌다` is an
    attendance to come (`-는`), however the report is told."""
    end = next((i for i in range(at, len(tokens)) if tokens[i].tag in ("ETM", "EC", "EF")), len(tokens) - 1)
    return list(tokens[at: end + 1])


def _named_occasion(tokens, drafts: list[Draft]) -> str | None:
    """An event noun before `에/에는` that names a given occasion (`만찬에는`, `이번 출장에`): the
    type the trigger lexicon gives it."""
    particles = cues("scene_particle")
    for i in [i for i, after in enumerate(tokens[1:]) if after.form in particles]:  # the token before a particle
        token = tokens[i]
        trigger = triggers().get((token.form, "noun"))
        told = any(d.type == trigger.type and token.form in d.words for d in drafts) if trigger else False
        if trigger is not None and trigger.type in ("MEET", "VISIT") and (told or _given(tokens, i)):
            return trigger.type
    return None


def _scene(tokens) -> bool:
    """`이 자리에는`, `현장에는`, `자리를 함께했다`: the place of the gathering just told (the scene word
    with its particle or in the attending phrase, not `행사장 도착` beside `준공식에`); `한국 측에서는`, `중국 측도`:
    one side of it; `A, B 이외에`, `이 밖에`: more of its attendees."""
    forms = [t.form for t in tokens]
    at = _attending_at(tokens)
    own = at is not None and any(t.form in cues("scene") for t in tokens[max(0, at - _SCENE_REACH): at + 1])
    return own or _before(forms, cues("scene"), cues("scene_particle")) \
        or _before(forms, cues("side"), cues("side_particle")) \
        or not _sides_with_particle().isdisjoint(forms) \
        or _before(forms, cues("besides"), cues("scene_particle"))


def _before(forms: list[str], firsts: tuple[str, ...], seconds: tuple[str, ...]) -> bool:
    """A form of `firsts` right before one of `seconds` (`자리`+`에는`, `측`+`에서는`)."""
    first_words, second_words = word_set(firsts), word_set(seconds)
    if first_words.isdisjoint(forms):
        return False  # none of the first words: no pair to look at
    return any(a in first_words and b in second_words for a, b in zip(forms, forms[1:]))


@cache
def _sides_with_particle() -> frozenset[str]:
    """`측에서는` read as one morpheme: each side word joined with each of its particles (built once)."""
    return frozenset(side + particle for side in cues("side") for particle in cues("side_particle"))


def _given(tokens, index: int) -> bool:
    """`만찬에는`, `이번 출장에`: the occasion is one already told (topic-marked or pointed back to),
    not a new one (`간담회에 참석해`, unless a 간담회 was told before)."""
    topic = index + 2 < len(tokens) and tokens[index + 1].form in cues("scene_particle") \
        and (tokens[index + 1].form in cues("back_reference_after") or tokens[index + 2].form in cues("topic_marker"))
    before = tokens[max(0, index - _BACK_REFERENCE_REACH): index]
    pointed = any(t.form in cues("back_reference") for t in before) or any(
        t.tag == "MM" and t.form in cues("demonstrative") for t in before)
    return topic or pointed


def join(target: Draft, args: list[Arg], status: str, when: TimeValue | None, view: View, number: int,
         place: str | None) -> None:
    """A back-reference adds what it says to the gathering it refers to."""
    for arg in args:
        if arg.entity.type == "PERSON" and arg.entity.id not in target.participants and target.type == "MEET":
            target.participants.append(arg.entity.id)
    happened_before = any(st == "occurred" for _, st in target.statuses)
    if when is not None and (target.date is None or (status == "occurred" and not happened_before)):
        target.date = when  # `이번 만남은 지난 9일 … 성사됐다`: the later statement's day wins
    else:
        target.date = more_precise(target.date, when)  # `다음 주 초` … `그 만남은 10일`: the day in it
    target.place = target.place or place
    target.statuses.append((number, status))
    target.evidence.append((view.sentence.start, view.sentence.end))


def update(state: Discourse, view: View, found: list[Draft], attending: bool = False) -> None:
    """The state after a sentence (the transitions in the module's docstring); a sentence read as an
    attendance (`이 자리에는 X가 배석했다`, `방한에는 X 등이 동행했다`) adds people to an act told
    before: they are not who the text goes on about."""
    topics = [a.entity.id for a in view.args if a.role == "topic" and a.entity.type == "PERSON"]
    first = [a.entity.id for a in view.args if a.role == "subject" and a.entity.type == "PERSON" and a.clause == 0]
    if not attending and (topics or first):
        state.people = unique(topics or first)
    elif not attending and found:
        actors = [p for d in found if d.type in ("VISIT", "MEET") for p in d.participants[:1]]
        if actors:
            state.people = unique(actors)
    previous = [d.date for d in found if d.date is not None]
    state.last_date = previous[-1] if previous else None
    _update_orgs(state, view)
    state.trip = any(d.type == "VISIT" and d.place and _is_country(d.place) for d in found)
    meetings = [d for d in found if d.type == "MEET" and len(d.participants) == 2]
    named = unique([a.entity.id for a in view.args if a.entity.type == "PERSON"])
    if meetings:
        state.pair = meetings[-1].participants
    elif len(named) == 2:
        state.pair = named
    orgs_named = unique([a.entity.id for a in view.args if a.entity.type == "ORG"])
    deals = [d for d in found if d.type in DEAL_TYPES and len(d.orgs) == 2]
    if deals:
        state.org_pair = deals[-1].orgs
    elif len(orgs_named) == 2:
        state.org_pair = orgs_named
    dated = [d for d in found if d.date is not None and tells_day(d.date)]
    direction = "past" if tense(list(view.sentence.tokens)) == "past" else "nearest"
    done = dated[-1].status == "occurred" if dated else direction == "past"
    state.unread.append((view.sentence.start, view.sentence_text, direction,
                         dated[-1].date if dated else None, done))


def _update_orgs(state: Discourse, view: View) -> None:
    """The organisations the text is about: the most often subject, the latest named first."""
    for arg in view.args:
        if arg.role in SUBJECT_ROLES and arg.entity.type == "ORG":
            state.org_counts[arg.entity.id] += 1
    if state.org_counts:
        best = max(state.org_counts.values())
        leaders = [o for o, n in state.org_counts.items() if n == best]
        recent = [a.entity.id for a in view.args if a.entity.id in leaders]
        state.orgs = unique(recent[-1:] + leaders)


def _is_country(place: str) -> bool:
    return place in _country_names()


@cache
def _country_names() -> frozenset[str]:
    """Every name and alias of a country in the knowledge base (built once)."""
    from hoedong.knowledge import load_kb

    return frozenset(form for p in load_kb().places if p.kind == "country" for form in (p.name, *p.aliases))
