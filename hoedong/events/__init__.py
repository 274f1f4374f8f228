"""Stage 5, events: the meetings, visits, partnerships and investments a body states.

Sentence by sentence: triggers from the morpheme lexicon; arguments from the roles their
particles give (clauses.py), with the sentence's or the previous sentence's subject standing in
for an omitted one; modality from the predicate (status.py); dates against the publication date
(timex.py). Attendance (`이 자리에는 … 참석했다`) and back-references (`이날 회동은`) join the last
gathering instead of starting a new one; reports of one gathering merge into one event.
"""

from __future__ import annotations

from dataclasses import replace

import re
from datetime import date

from hoedong.events.amounts import find_amounts
from hoedong.events.draft import Discourse, Draft, unique
from hoedong.events.merge import finish, merge_drafts, resolve_present
from hoedong.events.clauses import Arg, View, view_of
from hoedong.events.lexicon import Trigger, modality_words, triggers
from hoedong.events.status import is_question, modality, ongoing, tense
from hoedong.model import Entity, Event
from hoedong.nlp import Analysis, Token
from hoedong.timex import TimeValue, at_month_precision, find_times, month_reference, parse_day

_SEPARATE = ("각각", "잇따", "차례", "연쇄", "순차", "비롯")  # stems: Kiwi gives 잇따르/VV for 잇따라
_BACK_REFERENCE = ("이번", "이날", "해당", "당일", "그")
_ATTENDING = ("참석", "배석", "동석", "함께하", "합류", "자리하", "참여")
_SUBJECTS = ("subject", "topic")
_COORDINATING = ("고", "며", "으며", "면서", "으면서", "지만", "으나", "나")


def find_events(body: str, analysis: Analysis, entities: tuple[Entity, ...], published: str | None) -> tuple[Event, ...]:
    day = parse_day(published)
    month = month_reference(published) if day is None else None
    day = day or month  # a month-precision publication date: resolve against the month's last day
    by_id = {e.id: e for e in entities}
    state = Discourse()
    drafts: list[Draft] = []
    state.times = {}  # one parse per sentence and direction, for all its event words
    for number, sentence in enumerate(analysis.sentences):
        view = view_of(sentence, list(entities), body)
        text = body[sentence.start: sentence.end]
        found = _sentence_events(view, text, number, state, day, by_id, drafts)
        drafts.extend(found)
        _update(state, view, found)
    for draft in drafts:
        draft.statuses = [(n, resolve_present(draft, s, day)) for n, s in draft.statuses]
    events = tuple(finish(d, by_id, body, day) for d in merge_drafts(drafts))
    if month is not None:
        events = tuple(replace(e, date=at_month_precision(e.date, month.isoformat()[:7])) for e in events)
    return events


# ---- one sentence --------------------------------------------------------------------------------

def _triggers(view: View) -> list[tuple[int, Trigger]]:
    tokens = view.sentence.tokens
    found: list[tuple[int, Trigger]] = []
    seen: set[tuple[str, int]] = set()
    named = [(a.start, a.end) for a in view.args]
    for i, token in enumerate(tokens):
        if any(s <= token.start < e for s, e in named):
            continue  # `바이에른 투자청`: an event word inside a name
        pos = "verb" if token.tag.startswith("VV") else "noun" if token.tag in ("NNG", "NNP", "SL") else None
        trigger = _compound_trigger(tokens, i) if pos == "noun" else None
        trigger = trigger or (triggers().get((token.form, pos)) if pos else None)
        if trigger is None and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("VV"):
            trigger = triggers().get((token.form + tokens[i + 1].form, "verb"))  # 손/NNG 잡/VV
        if trigger is None:
            continue
        if trigger.needs and not _followed_by(tokens, i, view.clause_of, trigger.needs):
            continue
        if i >= 2 and tokens[i - 1].form == "의" and tokens[i - 2].tag in ("NNB", "NR") or \
                i >= 1 and tokens[i - 1].tag == "NNB" and tokens[i - 1].form in ("번", "차례"):
            continue  # `8번의 미팅`: a count of meetings, not one
        key = (trigger.type, view.clause_of[i], _is_back_reference(tokens, i, trigger))
        if key in seen and trigger.type not in ("VISIT", "INVEST"):
            continue  # one meeting or deal word a clause; visits and rounds of investment may be several
        seen.add(key)
        found.append((i, trigger))
    return found


_UNTIL, _UNTIL_WINDOW = "까지", 4  # a time the act runs until is not the act's date
_COMPOUND_PARTS = 3  # 차+담+회: an event noun Kiwi cuts into pieces


def _compound_trigger(tokens, i: int) -> Trigger | None:
    """An event noun of several noun morphemes (`차담회`, `화상 회의`), longest first."""
    for size in range(_COMPOUND_PARTS, 1, -1):
        parts = tokens[i: i + size]
        if len(parts) < size or any(t.tag not in ("NNG", "NNP") for t in parts):
            continue
        if any(b.start - a.end > 1 for a, b in zip(parts, parts[1:])):
            continue
        trigger = triggers().get(("".join(t.form for t in parts), "noun"))
        if trigger is not None:
            return trigger
    return None


def _followed_by(tokens, i, clause_of, needs) -> bool:
    """The verb that makes a topic noun an act follows it (`협약을 체결했다`, `협력으로 진행한다고
    밝혔다`); the light verb 하다 only right after it (`투자했다`, not `투자에 나서는 것은 위험하다`)."""
    for distance, token in enumerate(tokens[i + 1: i + 9], 1):
        if token.tag[0] not in "VNX":
            continue
        for need in needs:
            if token.form.startswith(need) and (need != "하" or distance <= 2):
                return True
    return False


def _sentence_events(view: View, text: str, number: int, state: Discourse, day: date | None,
                     by_id: dict[str, Entity], drafts: list[Draft]) -> list[Draft]:
    tokens = view.sentence.tokens
    found: list[Draft] = []
    sentence_subjects = [a.entity.id for a in view.args if a.role == "topic" and a.entity.type == "PERSON"]
    if _attendance(view, drafts, number):
        return found
    listed = _triggers(view)
    fresh = {t.type for i, t in listed if not _is_back_reference(tokens, i, t)}
    for index, trigger in listed:
        clause = view.clause_of[index]
        own = [t for i, t in enumerate(tokens) if i >= index and view.clause_of[i] == clause]
        quotes = _quote_spans(view)
        inside = _inside(quotes, tokens[index].start)
        rest = [t for i, t in enumerate(tokens) if i >= index and (inside or not _inside(quotes, t.start))]
        status = _status(own, rest, tokens)
        if status == "present" and trigger.pos == "noun":
            status = _relative_clause_tense(tokens, index) or status
        if _rumour(tokens, index) and status not in ("denied",):
            status = "speculated"
        ongoing_now = index + 1 < len(tokens) and tokens[index + 1].form == "중" and tokens[index + 1].tag == "NNB"
        if ongoing_now:
            status = "occurred"  # `방한 중인`: under way on the day told
        if trigger.type == "MEET" and status == "present" and ongoing(rest[:4]):
            status = "occurred"  # `기업인을 만나고 있다`: meetings going on
        back = _is_back_reference(tokens, index, trigger)
        args = view.args_in(clause)
        earlier = [a.entity.id for a in view.args if a.role == "topic" and a.entity.type == "PERSON" and a.clause < clause]
        sentence_subjects = earlier
        positions = [tokens[i].start - view.sentence.start for i, _ in listed if view.clause_of[i] == clause]
        when = _date_for(view, text, index, clause, day, state, status, found, positions)
        if back and trigger.type in ("MEET", "VISIT"):
            if trigger.type in fresh:
                continue  # `이번 만남은 … 회동을 가진 후`: the sentence tells another gathering
            named = {a.entity.id for a in args if a.entity.type == "PERSON"}
            candidates = [d for d in drafts + found if d.type == trigger.type]
            target = next((d for d in reversed(candidates) if named and named <= set(d.participants)), None) \
                or (candidates[-1] if candidates else None)
            if target is not None:
                _join(target, args, status, when, view, number)
                continue
        made = _build(trigger, index, view, args, status, when, state, sentence_subjects, by_id, number, text, day,
                      drafts + found)
        for draft in made:
            draft.words.add(trigger.form)
        found.extend(made)
    return found


def _status(own: list[Token], rest: list[Token], tokens) -> str:
    said = modality(own)
    if is_question(own) or is_question(rest[:12]):
        answer = modality(rest)
        if answer in ("denied",) or any(t.form in ("없", "않", "모르") for t in rest):
            return "denied"
        if answer:
            return answer
    if said:
        return said
    when = tense(own) or tense(rest)
    if when == "past":
        return "occurred"
    if when == "future":
        return "planned"
    coordinated = own and own[-1].tag == "EC" and own[-1].form in _COORDINATING
    later = None if coordinated else modality(rest)
    if later in ("speculated", "planned", "requested"):
        return later
    return "present"


def _adnominal(tokens, index: int) -> str | None:
    """`이날 방한한 황 CEO는 … 찾을 예정이다`: an event word in a relative clause has the tense
    of its own ending (`-ㄴ` past, `-는` present, `-ㄹ` future), not the main clause's."""
    following = tokens[index + 1: index + 4]
    for i, token in enumerate(following):
        if token.tag == "ETM":
            after = following[i + 1] if i + 1 < len(following) else (tokens[index + i + 2] if index + i + 2 < len(tokens) else None)
            if after is None or after.form in modality_words() or after.form in ("것", "수", "뒤", "후", "이후", "바", "데"):
                return None  # `만날 예정`, `만난 것으로`: the ending feeds a predicate that says more
            if after.tag.startswith(("NNP", "NNG", "SL")):
                return {"ᆫ": "occurred", "은": "occurred", "는": "present", "ᆯ": "planned", "을": "planned"}.get(token.form)
            return None
        if not (token.tag.startswith("XSV") or token.tag in ("EP",)):
            return None
    return None


def _relative_clause_tense(tokens, index: int) -> str | None:
    """`오라클과 함께 만든 합작사`: a noun takes the tense of the relative clause before it."""
    before = tokens[max(0, index - 4): index]
    for verb, ending in zip(before, before[1:]):
        if verb.tag in ("VV", "XSV") and ending.tag == "ETM":
            return "occurred" if ending.form in ("ᆫ", "은") else "planned" if ending.form in ("ᆯ", "을") else None
    return None


def _rumour(tokens, index: int) -> bool:
    """`회동설`: talk of a meeting, not the meeting."""
    return index + 1 < len(tokens) and tokens[index + 1].form == "설" and tokens[index + 1].start == tokens[index].end


def _is_back_reference(tokens, index, trigger: Trigger) -> bool:
    """`이날 회동은`, `이번 3자 회동은`, `회동에는`, `회동설`: the gathering already told."""
    if trigger.pos != "noun":
        return False
    if _rumour(tokens, index):
        return True
    if index + 1 < len(tokens) and tokens[index + 1].tag.startswith("XSV"):
        return False  # `이날 방한한`: the word is the predicate of its own clause, not a reference
    before = [t.form for t in tokens[max(0, index - 3): index]]
    if any(word in before for word in _BACK_REFERENCE) or (before and before[-1] == "이" and tokens[index - 1].tag == "MM"):
        return True
    after = tokens[index + 1].form if index + 1 < len(tokens) else ""
    return after in ("에는", "에선") or (after == "에" and index + 2 < len(tokens) and tokens[index + 2].form == "는")


def _attendance(view: View, drafts: list[Draft], number: int) -> bool:
    """`이 자리에는 X 등이 참석했다`: these people join the last gathering."""
    tokens = view.sentence.tokens
    joined = [a.form + b.form for a, b in zip(tokens, tokens[1:])] + [t.form for t in tokens]
    if not any(form in _ATTENDING for form in joined):
        return False
    forms = [t.form for t in tokens]
    scene = ("자리" in forms and any(f in ("에는", "에") for f in forms)) or any(
        t.form in ("회동", "회의", "만찬", "오찬", "회담", "미팅", "행사") and i + 1 < len(tokens) and tokens[i + 1].form in ("에", "에는")
        for i, t in enumerate(tokens))
    meeting = next((d for d in reversed(drafts) if d.type == "MEET"), None)
    attendees = unique([a.entity.id for a in view.args if a.entity.type == "PERSON" and a.role in ("subject", "also", "topic", "list")])
    status = modality(list(tokens)) or ("occurred" if tense(list(tokens)) == "past" else "present")
    if scene and meeting is None and len(attendees) >= 2:
        drafts.append(Draft("MEET", attendees, [], status, number,
                            [(view.sentence.start, view.sentence.end)], statuses=[(number, status)]))
        return True
    if not scene or meeting is None:
        return False
    for arg in view.args:
        if arg.entity.type == "PERSON" and arg.entity.id not in meeting.participants:
            meeting.participants.append(arg.entity.id)
    meeting.evidence.append((view.sentence.start, view.sentence.end))
    meeting.statuses.append((number, status))  # `이 자리에는 … 참석했다`: told as held
    return True


def _join(target: Draft, args: list[Arg], status: str, when: TimeValue | None, view: View, number: int) -> None:
    for arg in args:
        if arg.entity.type == "PERSON" and arg.entity.id not in target.participants and target.type == "MEET":
            target.participants.append(arg.entity.id)
    happened_before = any(st == "occurred" for _, st in target.statuses)
    if when is not None and (target.date is None or (status == "occurred" and not happened_before)):
        target.date = when  # `이번 만남은 지난 9일 … 성사됐다`: the later statement's day wins
    place = _place(args, view, target.type)
    target.place = target.place or place
    target.statuses.append((number, status))
    target.evidence.append((view.sentence.start, view.sentence.end))


# ---- arguments ------------------------------------------------------------------------------------

def _build(trigger: Trigger, index: int, view: View, args: list[Arg], status: str, when: TimeValue | None,
           state: Discourse, sentence_subjects: list[str], by_id, number: int, text: str, day,
           drafts: list[Draft]) -> list[Draft]:
    evidence = [(view.sentence.start, view.sentence.end)]
    people = [a for a in args if a.entity.type == "PERSON"]
    orgs = [a for a in args if a.entity.type in ("ORG", "PROJECT")]

    def draft(kind: str, participants: list[str], org_ids: list[str], **extra) -> Draft:
        return Draft(kind, participants, org_ids, status, number, list(evidence), date=extra.pop("date", when),
                     statuses=[(number, status)], **extra)

    clause_forms = [t.form for _, t in view.clause_tokens(view.clause_of[index])]
    if trigger.type == "MEET":
        own_subjects = [a.entity.id for a in people if a.role in _SUBJECTS]
        if not people and _pair_pronoun(clause_forms, ("사람", "정상", "수장", "총수", "CEO")):
            same_sentence = [d for d in drafts if d.type == "MEET" and d.sentence == number and len(d.participants) == 2]
            pair = (same_sentence[-1].participants if same_sentence else None) or state.pair or state.people
            return [draft("MEET", list(pair), [])] if len(pair) >= 2 else []
        subjects = own_subjects or [p for p in sentence_subjects if p not in {a.entity.id for a in people}] \
            or list(state.people)
        others = [a.entity.id for a in people if a.entity.id not in subjects]
        if own_subjects and not others and len(own_subjects) < 2:
            recent = next((d for d in reversed(drafts) if d.type == "MEET" and own_subjects[0] in d.participants
                           and number - d.sentence <= 4 and trigger.form in d.words), None)
            if recent is not None and status in ("planned", "requested", "speculated", "present"):
                # `이달 말에 접견하는 것으로 검토하고 있다`: the meeting asked for before
                recent.statuses.append((number, status))
                recent.evidence.append((view.sentence.start, view.sentence.end))
            return []
        clause_words = [t.form for _, t in view.clause_tokens(view.clause_of[index])]
        separate = len(others) >= 2 and (any(w.startswith(_SEPARATE) for w in clause_words)
                                         or (state.trip and "등" in clause_words))
        place = _place(args, view, "MEET")
        groups = [unique(subjects + [o]) for o in others] if separate else [unique(subjects + others)]
        return [draft("MEET", g, [], place=place) for g in groups if len(g) >= 2]
    if trigger.type == "VISIT":
        visitors = _visitors(view, index, people, sentence_subjects, state)
        if not visitors:
            return []
        places = _destinations(trigger, view, index, args, day)
        if not places and trigger.pos == "verb":
            return []  # 찾다 without a place is `to look for`
        made = []
        for place, own_date in places or [(None, None)]:
            made.append(draft("VISIT", visitors, [], place=place, date=own_date or when))
        return made
    if trigger.type == "PARTNER":
        if _standing(view.sentence.tokens, index):
            return []  # `협력관계를 맺고 있다`: a relationship that stands, not an act
        if trigger.form == "개발" and not any(a.role == "with" for a in orgs):
            return []  # development is a partnership only with a partner (`X와 … 개발`)
        orgs = [a for a in orgs if a.entity.type != "PROJECT"]  # a project is what partners make, not one of them
        quoted = _quote_around(view, index)
        if quoted is not None:
            orgs = [a for a in orgs if quoted[0] <= a.start < quoted[1]]
        if not orgs and _pair_pronoun(clause_forms, ("회사", "기업", "사")) and len(state.org_pair) == 2:
            return [draft("PARTNER", [], list(state.org_pair))]
        subjects = [a.entity.id for a in orgs if a.role in _SUBJECTS] or \
            [a.entity.id for a in orgs if a.role == "also"][:1]  # `벤터클라우드 측도 … 논의하고 있지 않다`
        partners = [a.entity.id for a in orgs if a.role in ("with", "object", "also", "list", "to", "none", "of")
                    and a.entity.id not in subjects and not _is_affiliation(a, args)]
        affiliations = _affiliations([a for a in people if a.role in _SUBJECTS], by_id) or _affiliations(people, by_id)
        if not subjects:
            subjects = [o for o in (affiliations[:1] or state.orgs[:1]) if o not in partners]
        if len(subjects) == 1 and len(partners) >= 2 and trigger.form in ("파트너십", "제휴", "협약", "MOU", "업무협약"):
            return [draft("PARTNER", [], [subjects[0], p]) for p in partners]
        if len(subjects) >= 2 and len(partners) == 1 and "각각" in clause_forms:
            return [draft("PARTNER", [], [s_, partners[0]]) for s_ in subjects]  # `… LOI를 각각 체결했다`
        group = unique(subjects + partners)
        return [draft("PARTNER", [], group)] if len(group) >= 2 else []
    if trigger.type == "INVEST":
        receiving = any(t.form in ("받", "유치") for t in view.sentence.tokens[index: index + 6])
        givers = [a.entity.id for a in orgs if a.role == ("from" if receiving else "subject")] or \
                 [a.entity.id for a in orgs if a.role == "topic" and not receiving]
        wanted = _SUBJECTS if receiving else ("to", "object") if trigger.object_is_target else ("to",)
        targets = [a.entity.id for a in orgs if a.role in wanted and a.entity.id not in givers]
        if givers and not receiving:  # `삼성전자와 함께 투자`, `A와 B가 공동 투자`: investing together
            givers += [a.entity.id for a in orgs if a.role == "with" and a.entity.id not in givers + targets]
        if receiving and not targets:
            targets = state.orgs[:1]
        if not givers and not receiving:
            topic = [a.entity.id for a in view.args if a.role in _SUBJECTS and a.entity.type == "ORG"]
            speakers = [a for a in view.args if a.role in _SUBJECTS and a.entity.type == "PERSON"]
            givers = topic[:1] or _affiliations([a for a in people if a.role in _SUBJECTS], by_id)[:1] \
                or _affiliations(speakers, by_id)[:1] or (state.orgs[:1] if not people and not orgs else [])
        if not givers:
            return []
        amount = _amount(text, view, index)
        return [draft("INVEST", [], unique(givers + targets), amount=amount)]
    return []


def _quote_spans(view: View) -> list[tuple[int, int]]:
    """The spoken quotations of a sentence, as body offsets (double quotes: single quotes mark
    names and phrases in Korean news, `'치맥 회동'`)."""
    base = view.sentence.start
    return [(base + m.start(), base + m.end())
            for m in re.finditer(r"[“\"「][^“”\"「」]{2,300}[”\"」]", view.sentence_text)]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s < offset < e for s, e in spans)


def _quote_around(view: View, index: int) -> tuple[int, int] | None:
    """The quotation (body offsets) the trigger stands in, if any."""
    at = view.sentence.tokens[index].start
    return next(((s, e) for s, e in _quote_spans(view) if s < at < e), None)


def _pair_pronoun(forms: list[str], heads: tuple[str, ...]) -> bool:
    """`두 사람은`, `양측은`, `두 회사는`, `양사는`: the two just named."""
    joined = " ".join(forms)
    return any(f"두 {h}" in joined for h in heads) or "양측" in forms or ("양" in forms and any(h in forms for h in heads)) \
        or "양사" in forms


def _standing(tokens, index: int) -> bool:
    following = tokens[index: index + 10]
    return any(t.form == "고" and t.tag == "EC" and n.form == "있" for t, n in zip(following, following[1:]))


def _visitors(view: View, index: int, people: list[Arg], sentence_subjects: list[str], state: Discourse) -> list[str]:
    tokens = view.sentence.tokens
    head = _head_of_relative_clause(tokens, index)
    if head is not None:
        modified = [a for a in people if a.start == tokens[head].start]
        if modified:  # `다음 주 방한하는 라일라 모건`, `방한 중인 X`: the clause describes the person after it
            return [modified[0].entity.id]
    trigger_start = view.sentence.tokens[index].start
    close = [a for a in people if a.role in ("none", "of") and 0 < trigger_start - a.end <= 12]
    if close:
        return [close[-1].entity.id]
    subjects = [a.entity.id for a in people if a.role in _SUBJECTS + ("also",)]
    return subjects or sentence_subjects[:2] or state.people[:1]


_RELATIVE_CHAIN = 4  # 방한(+하/XSV)(+었/EP)(+ᆫ/ETM), 방한(+중/NNB)(+이/VCP)(+ᆫ/ETM)


def _head_of_relative_clause(tokens, index: int) -> int | None:
    """The token a relative clause ending right after the event word modifies, if any."""
    for offset, token in enumerate(tokens[index + 1: index + 1 + _RELATIVE_CHAIN], 1):
        if token.tag == "ETM":
            return index + offset + 1 if index + offset + 1 < len(tokens) else None
        if not (token.tag in ("XSV", "EP", "VCP") or (token.tag == "NNB" and token.form == "중")):
            return None
    return None


def _destinations(trigger: Trigger, view: View, index: int, args: list[Arg],
                  day: date | None) -> list[tuple[str | None, TimeValue | None]]:
    if trigger.place:
        return [(trigger.place, None)]
    trigger_start = view.sentence.tokens[index].start
    places = [a for a in args if a.entity.type in ("PLACE", "ORG") and a.role in ("object", "to", "list", "none", "of")
              and a.start < trigger_start and not _is_affiliation(a, args)]
    if not places:
        return []
    listed = [a for a in places if a.role == places[-1].role]
    countries = [a for a in listed if a.entity.type == "PLACE"]
    if len(countries) >= 2:
        return [(a.entity.name, _date_right_after(view, a, day)) for a in countries]
    last = places[-1]
    return [(_np_text(view, last, args), None)]


def _date_right_after(view: View, arg: Arg, day: date | None) -> TimeValue | None:
    """`일본(3일)과 한국(4일)`: the day in parentheses right after a place of a tour."""
    text = view.sentence_text
    offset = arg.end - view.sentence.start
    return next((t for t in find_times(text[offset: offset + 12], day, "nearest") if t.span[0] <= 1), None)


def _is_affiliation(arg: Arg, args: list[Arg]) -> bool:
    """`정신아 카카오 대표`: an organisation named as someone's employer is not a destination."""
    return arg.entity.type == "ORG" and any(
        other.entity.type == "PERSON" and 0 <= arg.start - other.end <= 2 for other in args)


def _np_text(view: View, arg: Arg, args: list[Arg]) -> str:
    """The place as written, with the names right before it (`시애틀 아마존 본사`)."""
    start = arg.start
    for other in sorted(args, key=lambda a: -a.start):
        if other.end <= start and start - other.end <= 1 and other.entity.type in ("PLACE", "ORG"):
            start = other.start
    return arg.entity.name if start == arg.start else f"{_text(view, start, arg.end)}"


def _text(view: View, start: int, end: int) -> str:
    words = [t for t in view.sentence.tokens if start <= t.start < end]
    return " ".join(dict.fromkeys(t.form for t in words if t.tag.startswith(("NN", "SL"))))


def _place(args: list[Arg], view: View, kind: str) -> str | None:
    at = [a for a in args if a.entity.type in ("PLACE", "ORG") and a.role in ("at",)]
    return at[-1].entity.name if at else None


def _affiliations(people: list[Arg], by_id: dict[str, Entity]) -> list[str]:
    return [r.org for a in people for r in a.entity.roles if r.org and by_id.get(r.org) and by_id[r.org].type == "ORG"]


def _amount(text: str, view: View, index: int) -> dict | None:
    amounts = find_amounts(text)
    if not amounts:
        return None
    trigger_at = view.sentence.tokens[index].start - view.sentence.start
    before = [a for span, a in amounts if span[0] < trigger_at]
    return (before or [a for _, a in amounts])[-1 if before else 0]


# ---- dates --------------------------------------------------------------------------------------

def _date_for(view: View, text: str, index: int, clause: int, day: date | None, state: Discourse,
              status: str, found: list[Draft], trigger_positions: list[int]) -> TimeValue | None:
    direction = "past" if status == "occurred" else "future" if status == "planned" else "nearest"
    anchor = parse_day(state.day.start) if state.day else None
    key = (view.sentence.start, direction, anchor)
    if key not in state.times:
        state.times[key] = find_times(text, day, direction, anchor=anchor)
    times = [t for t in state.times[key]
             if not re.match(r"\s*(?:재계|업계|\S+ 업계)?에? ?따르면", text[t.span[1]:t.span[1] + 12])
             and not text[t.span[1]:t.span[1] + _UNTIL_WINDOW].lstrip().startswith(_UNTIL)]  # `2028년까지 투자`: a deadline
    trigger_at = view.sentence.tokens[index].start - view.sentence.start
    quote = _quote_around(view, index)
    if quote is not None:  # `16일 인터뷰에서 "꼭 만나고 싶다"`: the day of the saying is not the meeting's
        q0, q1 = quote[0] - view.sentence.start, quote[1] - view.sentence.start
        times = [t for t in times if q0 <= t.span[0] < q1]
        if not times:
            return None
    clause_tokens = view.clause_tokens(clause)
    lo = clause_tokens[0][1].start - view.sentence.start if clause_tokens else 0
    hi = clause_tokens[-1][1].end - view.sentence.start if clause_tokens else len(text)
    inside = [t for t in times if lo <= t.span[0] < hi and _owner(t, trigger_positions) == trigger_at]
    if inside:
        before = [t for t in inside if t.span[0] < trigger_at]
        return (before or inside)[-1]
    if any(t.form in ("별개", "한편") for _, t in clause_tokens):
        return None  # `이와 별개로`: a new frame, no date carried over
    earlier = [t for t in times if t.span[0] < lo]
    if earlier:
        return earlier[-1]
    if found and found[-1].date is not None:
        return found[-1].date
    subjects = [a.entity.id for a in view.args_in(clause) if a.role in _SUBJECTS and a.entity.type == "PERSON"]
    if not subjects and state.last_date is not None:
        return state.last_date  # `… 등을 만났다` right after `2013년 6월 방한`: the same occasion
    if state.day is not None and (not subjects or set(subjects) <= set(state.people)):
        return state.day  # the text goes on about the same day
    return None


# ---- discourse and merging ------------------------------------------------------------------------

def _owner(time: TimeValue, triggers_at: list[int]) -> int:
    """A date belongs to the nearest event word after it (`방한은 지난해 2월 … 방문 후`), else before."""
    after = [p for p in triggers_at if p >= time.span[0]]
    return min(after) if after else max(triggers_at)


def _update(state: Discourse, view: View, found: list[Draft]) -> None:
    topics = [a.entity.id for a in view.args if a.role == "topic" and a.entity.type == "PERSON"]
    first = [a.entity.id for a in view.args if a.role == "subject" and a.entity.type == "PERSON" and a.clause == 0]
    if topics or first:
        state.people = unique(topics or first)
    elif found:
        actors = [p for d in found if d.type in ("VISIT", "MEET") for p in d.participants[:1]]
        if actors:
            state.people = unique(actors)
    previous = [d.date for d in found if d.date is not None]
    state.last_date = previous[-1] if previous else None
    for arg in view.args:
        if arg.role in _SUBJECTS and arg.entity.type == "ORG":
            state.org_counts[arg.entity.id] += 1
    if state.org_counts:
        best = max(state.org_counts.values())
        leaders = [o for o, n in state.org_counts.items() if n == best]
        recent = [a.entity.id for a in view.args if a.entity.id in leaders]
        state.orgs = unique(recent[-1:] + leaders)
    state.trip = any(d.type == "VISIT" and d.place and _is_country(d.place) for d in found)
    meetings = [d for d in found if d.type == "MEET" and len(d.participants) == 2]
    named = unique([a.entity.id for a in view.args if a.entity.type == "PERSON"])
    if meetings:
        state.pair = meetings[-1].participants
    elif len(named) == 2:
        state.pair = named
    orgs_named = unique([a.entity.id for a in view.args if a.entity.type == "ORG"])
    deals = [d for d in found if d.type in ("PARTNER", "INVEST") and len(d.orgs) == 2]
    if deals:
        state.org_pair = deals[-1].orgs
    elif len(orgs_named) == 2:
        state.org_pair = orgs_named
    dated = [d.date for d in found if d.date is not None and d.date.grain == "day" and d.date.start
             and re.search(r"\d", d.date.text)]
    if dated:
        state.day = dated[-1]


def _is_country(place: str) -> bool:
    from hoedong.knowledge import load_kb

    return any(p.kind == "country" and place in (p.name, *p.aliases) for p in load_kb().places)
