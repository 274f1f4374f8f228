"""Arguments: who takes part in an event, from the roles the clause's particles give (clauses.py).

One builder per event type over a shared `Reading` of the event word:
- MEET: the clause's subjects (or the sentence's, or the discourse's people) with the others it
  names; a list splits into one meeting per counterpart only under a distributive cue (`각각`,
  `잇따라`: event_cues.tsv `separate`; under it two or more named subjects each meet the one
  counterpart: `A와 B는 C를 잇따라 예방했다`), in the progressive of a series (`A, B 등을 만나고 있다`)
  or when a verb lists the people met on a trip (`… 등을 만났다`; a gathering noun, `회동`, is one
  occasion), or each counterpart comes with a time of its own (`8일 A를, 9일 B를`: own_times.py); `두 사람은` means the last pair; a person whose visit tells the time (`X 총리의 방한
  당시에도 A와 만났다`) is not one who met, unless no one else is named.
- VISIT: the visitor is the person a relative clause describes (`방한 중인 X`), else the person asked
  (`B에게 … 방문해 달라고 요청했다`: participants.asked_of), else the subject, else a group's named head
  (`X를 단장으로 한 사절단`: groups.group_head), else the nearest topic of the sentence; a group with
  no one named yet (`방문단이 … 찾는다`: groups.group_travels) travels as itself, its members to come;
  the destination is the trigger's own place (`방한` → 한국) or the places and organisations named
  (destinations.py).
- PARTNER, INVEST: the organisations of a deal (deals.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hoedong.events.clauses import (SUBJECT_ROLES, Arg, View, chained_subjects, chained_tokens, inside, is_left_out,
                                    names_a_memorial, names_a_relative, pair_pronoun, quote_spans, relative_clause_head)
from hoedong.events.companions import taken_along
from hoedong.events.deals import partner
from hoedong.events.destinations import destinations, inside_place_reached
from hoedong.events.investments import invest
from hoedong.events.discourse import Discourse, attends
from hoedong.events.draft import Draft, unique
from hoedong.events.groups import group_head, group_travels, names_group
from hoedong.events.participants import (
    accompanying,
    asked_of,
    companions,
    attended_scene,
    counted_counterparts,
    counted_group,
    gathering_of,
    group_meant,
    guest_of_hosted,
    host_of,
    hosts,
    last_named,
    next_gathering,
    unnamed_counterparts,
    unnamed_subjects,
    within_quote,
)
from hoedong.events.own_times import own_times
from hoedong.events.lexicon import Trigger, cues, is_travel_place, particle_roles, place_kinds, triggers
from hoedong.events.status import ongoing
from hoedong.entities.lexicon import title_of
from hoedong.model import Entity
from hoedong.timex import TimeValue

_SERIES_REACH = 4  # tokens after a meeting verb in which `-고 있다` makes a list a series of meetings
_VISITOR_REACH = 12  # characters between a name without particle and the visit word it does
_GENITIVE_REACH = 24  # characters between `X의` and the visit word it owns (`X 대통령의 UAE 국빈 방문`)
_TITLE_GAP = 8  # characters between a person mention and the title that closes its phrase
_CLOSING_CASES = ("JKS", "JX", "JKB", "JKO")  # particles that close a noun phrase before the event word
_PAIR_SIZE = 2  # `두 사람`: the last two people named
_TOPIC_TITLE_REACH = 3  # nouns of a title (and a company) between a name and its comma (`A 한빛전자 회장,`)
_COUNTERPART_ROLES = ("with",)  # the particle of the side met (`X와 회동`), not of those who met
_FRAME_REACH = 4  # tokens from a visit word to the frame noun after its ending (`방문`+`하`+`ᆫ`+`가운데`)
_VISIT_TIME_REACH = 6  # tokens between a person and the visit word of theirs that tells a time (`방한 당시`)


@dataclass
class Reading:
    """One event word and what the sentence and the text so far say around it."""

    trigger: Trigger
    index: int  # the trigger's token in the sentence
    view: View
    args: list[Arg]  # the arguments of the trigger's clause
    status: str
    when: TimeValue | None
    state: Discourse
    sentence_subjects: list[str]  # people the sentence made topic before this clause
    by_id: dict[str, Entity]
    number: int  # the sentence's index
    text: str  # the sentence's text
    day: date | None  # the publication day
    drafts: list[Draft]  # the events drafted so far, this sentence's included

    @property
    def people(self) -> list[Arg]:
        return [a for a in self.args if a.entity.type == "PERSON"]

    @property
    def orgs(self) -> list[Arg]:
        return [a for a in self.args if a.entity.type in ("ORG", "PROJECT")]

    @property
    def clause_forms(self) -> list[str]:
        return [t.form for _, t in self.view.clause_tokens(self.view.clause_of[self.index])]

    @property
    def chained_forms(self) -> list[str]:
        """The clause's forms, after those of the clauses it is chained to when it has no subject."""
        return [t.form for t in chained_tokens(self.view, self.view.clause_of[self.index])]

    def draft(self, kind: str, participants: list[str], org_ids: list[str], **extra) -> Draft:
        evidence = [(self.view.sentence.start, self.view.sentence.end)]
        return Draft(kind, participants, org_ids, self.status, self.number, evidence, date=extra.pop("date", self.when),
                     statuses=[(self.number, self.status)], **extra)


def build(reading: Reading) -> list[Draft]:
    """The drafts this event word tells (none when its arguments are missing)."""
    if reading.trigger.type in ("MEET", "VISIT"):
        reading = within_quote(reading)
    made = _BUILDERS[reading.trigger.type](reading)
    for draft in made:
        draft.words.add(reading.trigger.form)
    return made


def _meet(r: Reading) -> list[Draft]:
    tokens = r.view.sentence.tokens
    left_out = {a.entity.id for a in r.people if is_left_out(tokens, a)}
    # `X의 동생인 Y와 만났다`: X named only to tell whose relative Y is
    relatives = [(a.entity.id, names_a_relative(tokens, a)) for a in r.people]
    left_out |= {p for p, relative in relatives if relative} - {p for p, relative in relatives if not relative}
    left_out |= {a.entity.id for a in r.people if names_a_memorial(tokens, a)}  # `X 열사 기념관을 찾아`
    present = [a for a in r.people if a.entity.id not in left_out]
    present += [a for a in chained_subjects(r.view, r.view.clause_of[r.index]) if a.entity.id not in left_out]
    people = [a for a in present if not _visitor_as_time(r.view.sentence.tokens, a)]
    if len({a.entity.id for a in people}) == 1 < len({a.entity.id for a in present}):
        people = present  # `A는 X 방한 당시 환담했다`: with no one else, the visitor is whom A met
    own_subjects = [a.entity.id for a in people if a.role in SUBJECT_ROLES]
    counted = counted_group(r)
    if own_subjects and set(own_subjects) < set(counted):
        own_subjects = []  # `B가 합류해 세 사람이 만찬을 함께했다`: the counted group, B among them, is the subject
    if people and not any(a.start < r.view.sentence.tokens[r.index].start for a in people) and _pair_word_first(r):
        people = []  # `두 사람이 만난 건 X가 … 방문한 이후 처음이다`: the people after the act tell when
    if not people:
        told = gathering_of(r, counted)
        if told is not None:  # `… 만났다. 세 사람은 … 이야기를 나눴다`: what they did at the meeting told
            told.evidence.append((r.view.sentence.start, r.view.sentence.end))
            return []
        pair = counted or _pair_meant(r)  # `세 사람은 … 대화했다`: the counted group, with no name in the clause
        if not pair and (chained := next_gathering(r, (r.sentence_subjects or r.state.people or [""])[0])):
            return [chained]
        return [r.draft("MEET", pair, [])] if len(pair) >= 2 else []
    named = {a.entity.id for a in people}
    pair = (counted or _pair_meant(r)) if not own_subjects else []
    group = group_meant(r, named | left_out) if not own_subjects else []
    if not (own_subjects or pair or group) and unnamed_subjects(r):
        # `5대 그룹 총수들은 X와 만났다`: people not yet named, whom an attendance list may name
        # (`이번 회동은 … A, B 등이 참석했다`); dropped if no one joins
        return [r.draft("MEET", unique([a.entity.id for a in people]), [], place=place_at(r.args))]
    subjects = own_subjects or pair or group or [p for p in r.sentence_subjects if p not in named] or list(r.state.people)
    if not subjects and all(a.role in _COUNTERPART_ROLES for a in people) and not _comma_topic(r, people):
        return []  # `… 최태원·김택진 등과 회동`: only the side met is named; who met them, the text does not say
    others = [a.entity.id for a in people if a.entity.id not in subjects]
    if own_subjects and not others:
        others = counted_counterparts(r, own_subjects)  # `A는 두 총수와 만찬을 함께했다`
    guest = guest_of_hosted(r, named, own_subjects) if not others else []
    if guest:  # `X 국왕이 주최한 만찬에 참석했다`: the left-out subject is X's guest
        return [r.draft("MEET", unique(guest + own_subjects), [], place=place_at(r.args))]
    if own_subjects and not others and len(own_subjects) < 2:
        quotes = quote_spans(r.view)
        spoken = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index]) if not inside(quotes, t.start)]
        if (r.trigger.pos == "noun" and attends(spoken)) or names_group(spoken) or unnamed_counterparts(spoken):
            # `A 회장은 간담회에 참석했다`: a gathering with one named attendee so far, open to the
            # attendance lists that follow (`한국 측에서는 B, C가 참석했다`), or a meeting with a
            # group whose members are listed later (`대표단과 간담회를 했다`: groups.py); dropped if
            # no one joins
            host = host_of(r, named) if attended_scene(r) else []
            return [r.draft("MEET", host + own_subjects, [], place=place_at(r.args))]
        hosting = hosts(r)
        if hosting:  # `A가 주최하고 B가 주관한 간담회가 열렸다`: the hosts are at it, open to the guests
            return [r.draft("MEET", unique(hosting + own_subjects), [], place=place_at(r.args))]
        _restate(r, own_subjects[0])
        return []
    series = len(others) >= 2 and ongoing(r.view.sentence.tokens[r.index: r.index + _SERIES_REACH])
    distributive = any(w.startswith(cues("separate")) for w in r.clause_forms)
    timed = own_times(r, others)  # `8일 A를, 9일 B를 만났다`: each counterpart on a day of its own
    separate = len(others) >= 2 and (distributive or series or timed is not None
                                     or (r.state.trip and r.trigger.pos == "verb"
                                         and any(w in cues("list_tail") for w in r.clause_forms)))
    place = place_at(r.args)
    groups = [unique(subjects + [o]) for o in others] if separate else [unique(subjects + others)]
    if timed is not None:
        return [r.draft("MEET", g, [], place=place, date=t) for g, t in zip(groups, timed) if len(g) >= 2]
    told = own_subjects or ([] if pair or group else [p for p in r.sentence_subjects if p not in named])
    if len(others) == 1 and len(told) >= 2 and distributive:
        # `A와 B는 C를 잇따라 예방했다`: the subjects the sentence names each met the one counterpart alone
        groups = [[s, others[0]] for s in told]
    if not separate and own_subjects and attended_scene(r):
        groups = [unique(host_of(r, named) + g) for g in groups]
    return [r.draft("MEET", g, [], place=place, undated=series) for g in groups if len(g) >= 2]


def _comma_topic(r: Reading, people: list[Arg]) -> bool:
    """`A 회장, B 대표와 회동할까`: a person opening the sentence, with a title and a comma, is its topic
    (a headline's), not the first of the side met."""
    tokens = r.view.sentence.tokens
    first = min(people, key=lambda a: a.start)
    if first.start != r.view.sentence.start:
        return False
    after = [t for t in tokens if t.start >= first.end]
    for token in after[:_TOPIC_TITLE_REACH]:
        if token.tag == "SP":
            return True
        if not token.tag.startswith(("NN", "SL")):
            return False
    return False


def _visitor_as_time(tokens, arg: Arg) -> bool:
    """`X 총리의 공식 방한 당시에도 A와 차담회를 가졌다`, `X 대통령 방일 기간에 열린 간담회`: X's visit
    tells when; X is its visitor, not one of the people who met."""
    following = [t for t in tokens if t.start >= arg.end][:_VISIT_TIME_REACH]
    for token, after in zip(following, following[1:]):
        trigger = triggers().get((token.form, "noun"))
        if trigger is not None and trigger.type == "VISIT":
            return after.form in cues("visit_time")
        if not (token.tag.startswith(("NN", "SL", "SN", "MM", "XSN")) or token.tag == "JKG"):
            return False
    return False


def _pair_meant(r: Reading) -> list[str]:
    """`두 사람은`: the pair of the sentence's last two-person meeting, else the text's last pair, else
    the last two people named (`A는 … B도 참석했는데, 두 사람이 만난 것은`). A meeting noun with no one
    in its clause (`두 사람이 얼굴을 맞댄 것은 …, 회동은`) takes the pair word of the sentence before it."""
    tokens = r.view.sentence.tokens
    before = [t.form for t in tokens[: r.index]] if not r.people and r.trigger.pos == "noun" else []
    forms = r.chained_forms if not r.people else _without_kind_word(r)
    if not pair_pronoun(forms, "people") and not pair_pronoun(before, "people"):
        return []
    same_sentence = [d for d in r.drafts if d.type == "MEET" and d.sentence == r.number and len(d.participants) == 2]
    pair = (same_sentence[-1].participants if same_sentence else None) or r.state.pair \
        or last_named(r, _PAIR_SIZE, tokens[r.index].start) or r.state.people
    return list(pair) if len(pair) >= 2 else []


def _without_kind_word(r: Reading) -> list[str]:
    """The clause's words but a pair word that tells the kind of the gathering it stands before
    (`B 총리와 양자 회담을 가졌다`: a talk of two, the subject and B, not the last pair named)."""
    clause = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    return [t.form for t, after in zip(clause, clause[1:] + [None])
            if not (t.form in cues("pair_people_word") and after is not None and (after.form, "noun") in triggers())]


def _pair_word_first(r: Reading) -> bool:
    """The trigger's clause opens with a pair word as its subject (`두 사람이`, `양측은`) before the act."""
    clause = [(i, t) for i, t in r.view.clause_tokens(r.view.clause_of[r.index]) if i < r.index]
    forms = [t.form for _, t in clause]
    return any(pair_pronoun(forms[k: k + 2], "people") and k + 2 < len(clause)
               and clause[k + 2][1].tag in ("JKS", "JX") for k in range(len(forms)))


def _restate(r: Reading, subject: str) -> None:
    """`이달 말에 접견하는 것으로 검토하고 있다`: a meeting asked for before, told again."""
    recent = next((d for d in reversed(r.drafts) if d.type == "MEET" and subject in d.participants
                   and r.number - d.sentence <= 4 and r.trigger.form in d.words), None)
    if recent is not None and r.status in ("planned", "requested", "speculated", "present"):
        recent.statuses.append((r.number, r.status))
        recent.evidence.append((r.view.sentence.start, r.view.sentence.end))


def _visit(r: Reading) -> list[Draft]:
    visitors = _visitors(r)
    if not visitors and not group_travels(r.view, r.index):
        return []  # a group with no one named yet travels as itself: groups.py gives it its members
    visitors = unique(visitors + companions(r))
    places = destinations(r, visitors)
    if not places and (r.trigger.pos == "verb" or r.trigger.needs_destination or _abroad_only(r)):
        return []  # 찾다 without a place is `to look for`; 도착 without one is reaching a venue
    if r.trigger.needs_travel and not _moved_on(r, visitors, [place for place, _ in places]):
        return []  # `호텔로 이동했다`: a move to a venue; `(방한 중) 부산으로 이동해`: the same trip
    if r.trigger.pos == "verb" and inside_place_reached(r, visitors):
        return []  # `울산으로 내려가 조선소를 둘러볼`: the site lies in the place moved to
    return [r.draft("VISIT", visitors, [], place=place, date=own_date or r.when)
            for place, own_date in places or [(None, None)]]


_BUILDERS = {"MEET": _meet, "VISIT": _visit, "PARTNER": partner, "INVEST": invest}


# ---- shared readings -----------------------------------------------------------------------------

def _visitors(r: Reading) -> list[str]:
    tokens = r.view.sentence.tokens
    people = r.people
    head = relative_clause_head(tokens, r.index)
    if head is not None:
        modified = [a for a in people if a.start == tokens[head].start]
        if modified:  # `다음 주 방한하는 라일라 모건`, `방한 중인 X`: the clause describes the person after it
            return [modified[0].entity.id]
    asked = asked_of(r)
    if asked:  # `A는 B에게 부산을 방문해 달라고 요청했다`: B is asked to travel, A asks
        return asked
    trigger_start = tokens[r.index].start
    close = [a for a in people if (a.role == "none" and 0 < trigger_start - a.end <= _VISITOR_REACH)
             or (a.role == "of" and 0 < trigger_start - a.end <= _GENITIVE_REACH and _genitive(tokens, a, trigger_start))]
    if close:  # `X 대통령의 칠레 국빈 방문`: the visitor is the one whose visit it is (and `… 동행한다`, its companions)
        return accompanying(r, close[-1].entity.id)
    subjects = [a.entity.id for a in people if a.role in SUBJECT_ROLES + ("also",)
                and not (a.start > trigger_start and _frames_another_act(tokens, r.index))]
    if subjects:
        return subjects
    chained = [a.entity.id for a in chained_subjects(r.view, r.view.clause_of[r.index])]
    if chained:  # `X가 A를 대동하고 오스틴을 찾았다`: the subject of the clause the visit's clause is chained to
        return chained + taken_along(r.view, r.view.clause_of[r.index])
    led = group_head(r.view, r.index)
    if led:  # `X 회장을 단장으로 한 사절단이 도착했다`: the group's head travels with it
        return led
    unknown = _unknown_subject(r)
    if unknown is not None:  # `리 총리는`: the person of the text it names, or nobody we know
        return [p for p in r.state.people if r.by_id[p].name.startswith(unknown)][:1]
    return r.sentence_subjects[-1:] or r.state.people[:1]  # `A는 B를 초청했고, B는 … 방한하겠다고`: B, the nearest topic


def _frames_another_act(tokens, index: int) -> bool:
    """`X가 영국을 국빈 방문한 가운데 … A와 B가 참석했다`: the visit word ends a clause that frames
    another act (its adnominal ending, then a frame noun: event_cues `frame_noun`); the people after
    it are that act's, not travellers."""
    following = tokens[index + 1: index + 1 + _FRAME_REACH]
    for token, after in zip(following, following[1:]):
        if token.tag == "ETM":
            return after.form in cues("frame_noun")
        if not token.tag.startswith(("XSV", "EP", "VV")):
            return False
    return False


def _genitive(tokens, arg: Arg, until: int) -> bool:
    """A genitive `의` ends the person's phrase before the event word (not `이재명 정부가`), in the noun
    phrase of the event word (not `X 대통령의 특사 자격으로 인도를 방문`: the genitive owns another noun),
    and what follows it is no one sent in the person's name (`대통령의 특사`: event_cues.tsv `proxy`)."""
    between = [t for t in tokens if arg.end <= t.start < until]
    return any(t.tag == "JKG" for t in between) and not any(t.tag in _CLOSING_CASES for t in between)


def _unknown_subject(r: Reading) -> str | None:
    """The clause's subject is a titled person no recogniser knew (`리 총리는`, `한 CEO가`): a title
    right before a subject or topic particle with no person mention ending there. Returns the
    word before the title (`리`), else None."""
    tokens = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    ends = {a.end for a in r.view.args if a.entity.type == "PERSON"}
    for before, title, particle in zip(tokens, tokens[1:], tokens[2:]):
        if title.tag.startswith("NN") and title_of(title.form) and not any(abs(title.end - end) <= _TITLE_GAP for end in ends) \
                and particle_roles().get((particle.tag, particle.form)) in SUBJECT_ROLES:
            return before.form
    return None


def _moved_on(r: Reading, visitors: list[str], places: list[str | None]) -> bool:
    """`제다로 이동해`, `이집트 카이로로 이동한다`: moving on is a visit to a country or city, unless
    the visitor is on a trip the text told as one to a country as a whole and no other country is
    named (`방한 … 부산으로 이동해`); a trip told city by city or site by site (`하노이에 도착했다`,
    `노이다의 생산법인을 찾았다`) gets a new leg for another city (`11일 호찌민으로 이동해`)."""
    if not any(is_travel_place(place) for place in places):
        return False
    trip = next((d for d in reversed(r.drafts) if d.type == "VISIT" and set(visitors[:1]) & set(d.participants)), None)
    if trip is None:
        return True
    named = [w for place in places for w in (place or "").split()]
    countries = [w for w in named if place_kinds().get(w) == "country"]
    if any(c not in (trip.place or "") for c in countries):
        return True
    cities = [w for w in named if place_kinds().get(w) in _LEG_KINDS]
    return _told_by_city(trip.place) and any(c not in trip.place for c in cities)


_LEG_KINDS = ("region", "city")  # the places a leg of a trip moves between


def _told_by_city(place: str | None) -> bool:
    """A trip told to a city or a site (some word of its place that is no country), not to a country alone."""
    words = (place or "").split()
    return bool(words) and any(place_kinds().get(w) != "country" for w in words)


def _abroad_only(r: Reading) -> bool:
    """`해외 출장 일정으로 참석하지 못했다`, `해외 출장 중인`: a trip said to be abroad, to nowhere named."""
    tokens = r.view.sentence.tokens
    return r.index > 0 and tokens[r.index - 1].form in cues("unnamed_abroad")


def place_at(args: list[Arg]) -> str | None:
    """`서초사옥에서 만났다`: the place a gathering was held."""
    at = [a for a in args if a.entity.type in ("PLACE", "ORG") and a.role == "at"]
    return at[-1].entity.name if at else None


