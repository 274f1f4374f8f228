"""Arguments: who takes part in an event, from the roles the clause's particles give (clauses.py).

One builder per event type over a shared `Reading` of the event word:
- MEET: the clause's subjects (or the sentence's, or the discourse's people) with the others it
  names; a list splits into one meeting per counterpart only under a distributive cue (`각각`,
  `잇따라`: event_cues.tsv `separate`), in the progressive of a series (`A, B 등을 만나고 있다`)
  or when a verb lists the people met on a trip (`… 등을 만났다`; a gathering noun, `회동`, is one
  occasion); `두 사람은` means the last pair; a person whose visit tells the time (`X 총리의 방한
  당시에도 A와 만났다`) is not one who met, unless no one else is named.
- VISIT: the visitor is the person a relative clause describes (`방한 중인 X`), else the subject;
  the destination is the trigger's own place (`방한` → 한국) or the places and organisations named.
- PARTNER: subject organisations (or the speakers' employers) with their partners; `양사` means
  the last pair; a `splits` trigger with one subject and several partners is one deal with each.
- INVEST: the giver is the subject (or the `from` party of a receiving verb); the target is the
  organisation invested in; the amount is the one nearest before the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from hoedong.events.amounts import find_amounts
from hoedong.events.clauses import Arg, View, inside, quote_around, quote_spans
from hoedong.events.discourse import Discourse, attends
from hoedong.events.draft import Draft, unique
from hoedong.events.groups import names_group
from hoedong.events.participants import (
    attended_scene,
    counted_group,
    group_meant,
    host_of,
    is_left_out,
    next_gathering,
    unnamed_counterparts,
    within_quote,
)
from hoedong.events.lexicon import Trigger, cues, particle_roles, place_kinds, triggers
from hoedong.events.status import ongoing
from hoedong.entities.lexicon import title_of
from hoedong.model import Entity
from hoedong.timex import TimeValue, find_times

_SUBJECTS = ("subject", "topic")
_SERIES_REACH = 4  # tokens after a meeting verb in which `-고 있다` makes a list a series of meetings
_RELATIVE_CHAIN = 4  # 방한(+하/XSV)(+었/EP)(+ᆫ/ETM), 방한(+중/NNB)(+이/VCP)(+ᆫ/ETM)
_VISITOR_REACH = 12  # characters between a name without particle and the visit word it does
_GENITIVE_REACH = 24  # characters between `X의` and the visit word it owns (`X 대통령의 UAE 국빈 방문`)
_COMPANION_REACH = 12  # characters between `X 회장과` and the `함께` that makes X a companion
_TITLE_GAP = 8  # characters between a person mention and the title that closes its phrase
_STANDING_REACH = 10  # tokens after a partnership word in which `-고 있다` makes it a standing one
_RECEIVING_REACH = 6  # tokens after an investment word in which `받다` makes it received
_DAY_AFTER_PLACE = 12  # characters after a place in which `(3일)` gives its own day
_AFFILIATION_GAP = 2  # characters between a person and the organisation that employs them
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
    left_out = {a.entity.id for a in r.people if is_left_out(r.view.sentence.tokens, a)}
    present = [a for a in r.people if a.entity.id not in left_out]
    people = [a for a in present if not _visitor_as_time(r.view.sentence.tokens, a)]
    if len({a.entity.id for a in people}) == 1 < len({a.entity.id for a in present}):
        people = present  # `A는 X 방한 당시 환담했다`: with no one else, the visitor is whom A met
    own_subjects = [a.entity.id for a in people if a.role in _SUBJECTS]
    if not people:
        pair = _pair_meant(r)
        if not pair and (chained := next_gathering(r, (r.sentence_subjects or r.state.people or [""])[0])):
            return [chained]
        return [r.draft("MEET", pair, [])] if len(pair) >= 2 else []
    named = {a.entity.id for a in people}
    pair = (counted_group(r) or _pair_meant(r)) if not own_subjects else []
    group = group_meant(r, named | left_out) if not own_subjects else []
    subjects = own_subjects or pair or group or [p for p in r.sentence_subjects if p not in named] or list(r.state.people)
    others = [a.entity.id for a in people if a.entity.id not in subjects]
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
        _restate(r, own_subjects[0])
        return []
    series = len(others) >= 2 and ongoing(r.view.sentence.tokens[r.index: r.index + _SERIES_REACH])
    separate = len(others) >= 2 and (any(w.startswith(cues("separate")) for w in r.clause_forms) or series
                                     or (r.state.trip and r.trigger.pos == "verb"
                                         and any(w in cues("list_tail") for w in r.clause_forms)))
    place = place_at(r.args)
    groups = [unique(subjects + [o]) for o in others] if separate else [unique(subjects + others)]
    if not separate and own_subjects and attended_scene(r):
        groups = [unique(host_of(r, named) + g) for g in groups]
    return [r.draft("MEET", g, [], place=place, undated=series) for g in groups if len(g) >= 2]










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
    """`두 사람은`: the pair of the sentence's last two-person meeting, else the text's last pair."""
    if not pair_pronoun(r.clause_forms, "people"):
        return []
    same_sentence = [d for d in r.drafts if d.type == "MEET" and d.sentence == r.number and len(d.participants) == 2]
    pair = (same_sentence[-1].participants if same_sentence else None) or r.state.pair or r.state.people
    return list(pair) if len(pair) >= 2 else []


def _restate(r: Reading, subject: str) -> None:
    """`이달 말에 접견하는 것으로 검토하고 있다`: a meeting asked for before, told again."""
    recent = next((d for d in reversed(r.drafts) if d.type == "MEET" and subject in d.participants
                   and r.number - d.sentence <= 4 and r.trigger.form in d.words), None)
    if recent is not None and r.status in ("planned", "requested", "speculated", "present"):
        recent.statuses.append((r.number, r.status))
        recent.evidence.append((r.view.sentence.start, r.view.sentence.end))


def _visit(r: Reading) -> list[Draft]:
    visitors = _visitors(r)
    if not visitors:
        return []
    visitors = unique(visitors + _companions(r))
    places = _destinations(r)
    if not places and (r.trigger.pos == "verb" or r.trigger.needs_destination):
        return []  # 찾다 without a place is `to look for`; 도착 without one is reaching a venue
    if r.trigger.needs_travel and not _moved_on(r, visitors, [place for place, _ in places]):
        return []  # `호텔로 이동했다`: a move to a venue; `(방한 중) 부산으로 이동해`: the same trip
    return [r.draft("VISIT", visitors, [], place=place, date=own_date or r.when)
            for place, own_date in places or [(None, None)]]


def _partner(r: Reading) -> list[Draft]:
    if _standing(r.view.sentence.tokens, r.index):
        return []  # `협력관계를 맺고 있다`: a relationship that stands, not an act
    orgs = r.orgs if any(a.role != "at" for a in r.orgs) else r.orgs + _shared_from_previous_clause(r)
    if r.trigger.needs_partner and not any(a.role == "with" for a in orgs):
        return []  # development is a partnership only with a partner (`X와 … 개발`)
    orgs = [a for a in orgs if a.entity.type != "PROJECT"]  # a project is what partners make, not one of them
    if sum(a.entity.type == "ORG" for a in orgs) >= 2:  # `리야드에 합작법인`, `카타르 X투자청`: where, not who
        orgs = [a for a in orgs if a.entity.type != "PLACE"]
    quoted = quote_around(r.view, r.index)
    if quoted is not None:
        orgs = [a for a in orgs if quoted[0] <= a.start < quoted[1]]
    if not orgs and pair_pronoun(r.clause_forms, "orgs") and len(r.state.org_pair) == 2:
        return [r.draft("PARTNER", [], list(r.state.org_pair))]
    subjects = [a.entity.id for a in orgs if a.role in _SUBJECTS] or \
        [a.entity.id for a in orgs if a.role == "also"][:1]  # `벤터클라우드 측도 … 논의하고 있지 않다`
    partners = [a.entity.id for a in orgs if a.role in ("with", "object", "also", "list", "to", "none", "of", "from")
                and a.entity.id not in subjects and not is_affiliation(a, r.args)]
    people = r.people
    signers = affiliations_of([a for a in people if a.role in _SUBJECTS], r.by_id)
    affiliations = signers or affiliations_of(people, r.by_id)
    if not subjects and not partners and len(signers) >= 2:
        subjects = signers  # `A사 X 대표와 B사 Y 사장은 협약을 맺었다`: the heads sign for their companies
    if not subjects:
        subjects = [o for o in (affiliations[:1] or r.state.orgs[:1]) if o not in partners]
    if not partners:  # `A사는 B사 X 회장과 MOU를 체결했다`: the counterpart's employer is the partner
        counterparts = [a for a in people if a.role in ("with", "object", "list")]
        partners = [o for o in affiliations_of(counterparts, r.by_id) if o not in subjects]
    if len(subjects) == 1 and len(partners) >= 2 and r.trigger.splits:
        return [r.draft("PARTNER", [], [subjects[0], p]) for p in partners]
    if len(subjects) >= 2 and len(partners) == 1 and any(w in cues("each") for w in r.clause_forms):
        return [r.draft("PARTNER", [], [s, partners[0]]) for s in subjects]  # `… LOI를 각각 체결했다`
    group = unique(subjects + partners)
    return [r.draft("PARTNER", [], group)] if len(group) >= 2 else []


def _shared_from_previous_clause(r: Reading) -> list[Arg]:
    """`A는 B에 투자하고 (…) 파트너십을 체결했다`: a coordinated clause with no organisation of its
    own shares the previous clause's, its `to` party becoming a partner."""
    clause = r.view.clause_of[r.index]
    if clause == 0 or any(a.entity.type == "PERSON" for a in r.args):
        return []
    previous = [a for a in r.view.args_in(clause - 1) if a.entity.type in ("ORG", "PROJECT")]
    return [replace(a, role="with") if a.role == "to" else a for a in previous]


def _invest(r: Reading) -> list[Draft]:
    if r.trigger.object_is_money and _amount(r) is None:
        return []  # `양극재를 공장에 투입할 예정`: feeding material into a plant, not spending
    orgs, people = r.orgs, r.people
    following = r.view.sentence.tokens[r.index: r.index + _RECEIVING_REACH]
    receiving = any(t.form in cues("receiving") for t in following)
    if r.status == "requested" and not receiving:
        return _requested_investment(r)
    givers = [a.entity.id for a in orgs if a.role == ("from" if receiving else "subject")] or \
             [a.entity.id for a in orgs if a.role == "topic" and not receiving and not _reports_another(r, a)] or \
             [a.entity.id for a in orgs if a.role == "also" and not receiving]  # `B사도 C에 500억원을 투입한다`
    wanted = _SUBJECTS if receiving else ("to", "object") if r.trigger.object_is_target else ("to",)
    targets = [a.entity.id for a in orgs if a.role in wanted and a.entity.id not in givers]
    if not targets and givers and not receiving and r.trigger.object_is_target:
        targets = _owner_of_object(r, givers)
    if givers and not receiving:  # `삼성전자와 함께 투자`, `A와 B가 공동 투자`: investing together
        givers += [a.entity.id for a in orgs if a.role == "with" and a.entity.id not in givers + targets]
    if receiving and not givers and len(targets) >= 2:  # `A가 B가 주도하는 투자를 유치했다`: B invests
        targets, givers = targets[:1], targets[1:]
    if receiving and not targets:
        targets = r.state.orgs[:1]
    if not givers and not receiving:
        topic = [a.entity.id for a in r.view.args if a.role in _SUBJECTS and a.entity.type == "ORG"
                 and not _reports_another(r, a)]
        speakers = [a for a in r.view.args if a.role in _SUBJECTS and a.entity.type == "PERSON"]
        givers = topic[:1] or affiliations_of([a for a in people if a.role in _SUBJECTS], r.by_id)[:1] \
            or affiliations_of(speakers, r.by_id)[:1] or (r.state.orgs[:1] if not people and not orgs else [])
    if not givers:
        return []
    givers = unique(givers)
    sentence_forms = [t.form for t in r.view.sentence.tokens]
    listed = any(f in cues("list_tail") or f in cues("each") for f in r.clause_forms)
    if len(givers) >= 2 and listed and not any(f in cues("joint") for f in sentence_forms):
        # `소프트뱅크, TSMC 등이 대미 투자 계획을 발표했다`: each its own (`A와 B가 투자`: together)
        return [r.draft("INVEST", [], unique([g] + targets)) for g in givers]
    return [r.draft("INVEST", [], unique(givers + targets), amount=_amount(r))]


def _owner_of_object(r: Reading, givers: list[str]) -> list[str]:
    """`A사는 B사의 지분 35%를 인수했다`: with a buying word, the owner of what is bought (a genitive
    after the buyer) is the target; a genitive before the buyer (`A사의 B사 인수`) is the buyer's."""
    first_giver = min(a.start for a in r.orgs if a.entity.id in givers)
    return [a.entity.id for a in r.orgs if a.role == "of" and a.start > first_giver and a.entity.id not in givers][:1]


def _reports_another(r: Reading, topic: Arg) -> bool:
    """`영국 정부는 한국 기업들이 … 투자를 진행할 것이라고 전했다`: a topic followed by a subject of
    its own before the event word reports another's act; it is not the investor. A subject inside a
    relative clause (`도 대표가 이끄는 회사에`) is not one."""
    tokens = r.view.sentence.tokens
    if topic.role != "topic":
        return False
    between = [t for t in tokens[:r.index] if t.start >= topic.end]
    return any(t.tag == "JKS" and not any(u.tag == "ETM" and u.start > t.start for u in between) for t in between)


def _requested_investment(r: Reading) -> list[Draft]:
    """`이 회장에게 더 많이 투자해 주기를 바란다`, `삼성 등 기업이 투자를 늘려 달라고 요청했다`: the
    investors asked are the organisations addressed, or the employers of the people addressed; an
    organisation asking for itself (`A사는 B에 투자를 요청했다`) is the target."""
    asking = {a.entity.id for a in r.people if a.role in _SUBJECTS}
    asked_people = [a for a in r.view.args if a.entity.type == "PERSON" and a.role == "to"]
    asked = [a.entity.id for a in r.orgs if a.role in ("to", "subject", "none", "list") and not is_affiliation(a, r.args)]
    employers = [o for o in affiliations_of(asked_people, r.by_id)]
    own = set(affiliations_of([a for a in r.people if a.entity.id in asking], r.by_id))
    givers = [o for o in unique(asked + employers) if o not in own]
    askers = [a.entity.id for a in r.orgs if a.role in _SUBJECTS and a.entity.id not in givers]
    return [r.draft("INVEST", [], givers + askers, amount=_amount(r))] if givers else []


_BUILDERS = {"MEET": _meet, "VISIT": _visit, "PARTNER": _partner, "INVEST": _invest}


# ---- shared readings -----------------------------------------------------------------------------

def pair_pronoun(forms: list[str], kind: str) -> bool:
    """`두 사람은`, `양측은` (kind `people`); `두 회사는`, `양사는` (kind `orgs`): the two just named."""
    heads = cues(f"pair_{kind}")
    joined = " ".join(forms)
    return any(f"{count} {head}" in joined for count in cues("pair_count") for head in heads) \
        or any(f in cues("pair_both") or f in cues(f"pair_{kind}_word") for f in forms) \
        or any(a in cues("pair_prefix") and b in heads for a, b in zip(forms, forms[1:]))


def _standing(tokens, index: int) -> bool:
    following = tokens[index: index + _STANDING_REACH]
    return any(t.form in cues("progressive_ending") and t.tag == "EC" and n.form in cues("progressive_verb")
               for t, n in zip(following, following[1:]))


def _visitors(r: Reading) -> list[str]:
    tokens = r.view.sentence.tokens
    people = r.people
    head = _head_of_relative_clause(tokens, r.index)
    if head is not None:
        modified = [a for a in people if a.start == tokens[head].start]
        if modified:  # `다음 주 방한하는 라일라 모건`, `방한 중인 X`: the clause describes the person after it
            return [modified[0].entity.id]
    trigger_start = tokens[r.index].start
    close = [a for a in people if (a.role == "none" and 0 < trigger_start - a.end <= _VISITOR_REACH)
             or (a.role == "of" and 0 < trigger_start - a.end <= _GENITIVE_REACH and _genitive(tokens, a, trigger_start))]
    if close:  # `이재명 대통령의 UAE 국빈 방문`: the visitor is the one whose visit it is
        return [close[-1].entity.id]
    subjects = [a.entity.id for a in people if a.role in _SUBJECTS + ("also",)]
    if subjects:
        return subjects
    unknown = _unknown_subject(r)
    if unknown is not None:  # `리 총리는`: the person of the text it names, or nobody we know
        return [p for p in r.state.people if r.by_id[p].name.startswith(unknown)][:1]
    return r.sentence_subjects[:2] or r.state.people[:1]


def _companions(r: Reading) -> list[str]:
    """`이재용 회장, 최태원 회장과 함께 ASML 본사를 방문했다`: people `with` whom the visitor goes
    (a `together` word after them, before the visit word) visit too."""
    tokens = r.view.sentence.tokens
    trigger_start = tokens[r.index].start
    together = [t.start for t in tokens if t.form in cues("together") and t.start < trigger_start]
    return [a.entity.id for a in r.people
            if a.role in ("with", "list") and _before_together(a, r.people, together)]


def _before_together(arg: Arg, people: list[Arg], together: list[int]) -> bool:
    """The person is in the `with` list that ends right before `함께` (`A, B 회장과 함께`)."""
    later = [a for a in people if a.start > arg.start and a.role in ("with", "list")]
    last = max(later, key=lambda a: a.end) if later else arg
    return any(0 <= at - last.end <= _COMPANION_REACH for at in together)


def _genitive(tokens, arg: Arg, until: int) -> bool:
    """A genitive `의` ends the person's phrase before the event word (not `이재명 정부가`)."""
    between = [t for t in tokens if arg.end <= t.start < until]
    return any(t.tag == "JKG" for t in between) and not any(t.tag in ("JKS", "JX") for t in between)


def _unknown_subject(r: Reading) -> str | None:
    """The clause's subject is a titled person no recogniser knew (`리 총리는`, `한 CEO가`): a title
    right before a subject or topic particle with no person mention ending there. Returns the
    word before the title (`리`), else None."""
    tokens = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    ends = {a.end for a in r.view.args if a.entity.type == "PERSON"}
    for before, title, particle in zip(tokens, tokens[1:], tokens[2:]):
        if title.tag.startswith("NN") and title_of(title.form) and not any(abs(title.end - end) <= _TITLE_GAP for end in ends) \
                and particle_roles().get((particle.tag, particle.form)) in _SUBJECTS:
            return before.form
    return None


def _head_of_relative_clause(tokens, index: int) -> int | None:
    """The token a relative clause ending right after the event word modifies, if any."""
    for offset, token in enumerate(tokens[index + 1: index + 1 + _RELATIVE_CHAIN], 1):
        if token.tag == "ETM":
            return index + offset + 1 if index + offset + 1 < len(tokens) else None
        if not (token.tag in ("XSV", "EP", "VCP") or (token.tag == "NNB" and token.form in cues("ongoing_noun"))):
            return None
    return None


_TRAVEL_KINDS = ("country", "region", "city")  # places a trip goes to, not the venue of a meeting


def _travelled_to(place: str | None) -> bool:
    """`베트남 하노이`: the place itself (its last word) is a country, region or city."""
    words = (place or "").split()
    return bool(words) and place_kinds().get(words[-1]) in _TRAVEL_KINDS


def _moved_on(r: Reading, visitors: list[str], places: list[str | None]) -> bool:
    """`제다로 이동해`, `이집트 카이로로 이동한다`: moving on is a visit to a country or city, unless
    the visitor is on a trip the text told and no other country is named (`방한 … 부산으로 이동해`)."""
    if not any(_travelled_to(place) for place in places):
        return False
    trip = next((d for d in reversed(r.drafts) if d.type == "VISIT" and visitors[0] in d.participants), None)
    if trip is None:
        return True
    countries = [w for place in places for w in (place or "").split() if place_kinds().get(w) == "country"]
    return any(c not in (trip.place or "") for c in countries)


def _destinations(r: Reading) -> list[tuple[str | None, TimeValue | None]]:
    if r.trigger.place:
        return [(r.trigger.place, None)]
    trigger_start = r.view.sentence.tokens[r.index].start
    places = [a for a in r.args if a.entity.type in ("PLACE", "ORG") and a.role in ("object", "to", "list", "none", "of")
              and a.start < trigger_start and not is_affiliation(a, r.args)]
    if not places:
        return []
    listed = [a for a in places if a.role == places[-1].role]
    countries = [a for a in listed if a.entity.type == "PLACE"]
    if len(countries) >= 2:
        return [(a.entity.name, _date_right_after(r.view, a, r.day)) for a in countries]
    return [(_np_text(r.view, places[-1], r.args), None)]


def _date_right_after(view: View, arg: Arg, day: date | None) -> TimeValue | None:
    """`일본(3일)과 한국(4일)`: the day in parentheses right after a place of a tour."""
    offset = arg.end - view.sentence.start
    window = view.sentence_text[offset: offset + _DAY_AFTER_PLACE]
    return next((t for t in find_times(window, day, "nearest") if t.span[0] <= 1), None)


def is_affiliation(arg: Arg, args: list[Arg]) -> bool:
    """`정신아 카카오 대표`: an organisation named as someone's employer is not a destination."""
    return arg.entity.type == "ORG" and any(
        other.entity.type == "PERSON" and 0 <= arg.start - other.end <= _AFFILIATION_GAP for other in args)


def _np_text(view: View, arg: Arg, args: list[Arg]) -> str:
    """The place as written, with the names right before it (`시애틀 아마존 본사`)."""
    start = arg.start
    for other in sorted(args, key=lambda a: -a.start):
        if other.end <= start and start - other.end <= 1 and other.entity.type in ("PLACE", "ORG"):
            start = other.start
    if start == arg.start:
        return arg.entity.name
    words = [t for t in view.sentence.tokens if start <= t.start < arg.end]
    return " ".join(dict.fromkeys(t.form for t in words if t.tag.startswith(("NN", "SL"))))


def place_at(args: list[Arg]) -> str | None:
    """`서초사옥에서 만났다`: the place a gathering was held."""
    at = [a for a in args if a.entity.type in ("PLACE", "ORG") and a.role == "at"]
    return at[-1].entity.name if at else None


def affiliations_of(people: list[Arg], by_id: dict[str, Entity]) -> list[str]:
    return [r.org for a in people for r in a.entity.roles if r.org and by_id.get(r.org) and by_id[r.org].type == "ORG"]


def _amount(r: Reading) -> dict | None:
    amounts = find_amounts(r.text)
    if not amounts:
        return None
    trigger_at = r.view.sentence.tokens[r.index].start - r.view.sentence.start
    before = [a for span, a in amounts if span[0] < trigger_at]
    return (before or [a for _, a in amounts])[-1 if before else 0]
