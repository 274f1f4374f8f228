"""Where a visit goes: the places and sites named before the visit word.

Split from arguments.py, whose visit builder asks it: a place or organisation with the particle of
a destination, read as one phrase with the names right before it (`시애틀 아마존 본사`); a list of
countries, each with its own day in parentheses (`일본(3일)과 한국(4일)`), is a tour; a place right
before another is the wider place it lies in; an arrival at a proper noun no lexicon knows is a city
(`휴스턴에 도착했다`); a visit verb's object may be a site (lexicon `site_noun`); and what stands by the
visitor's name (their employer, the genitive of where they come from) is not where they go.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from hoedong.events.clauses import Arg, View, is_affiliation, relative_clause_head
from hoedong.events.lexicon import cues, particle_roles, triggers
from hoedong.timex import TimeValue, find_times

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_ARRIVAL_ROLES = ("to",)  # the particle roles of a destination right before an arrival word (`휴스턴에 도착`)
_SITE_ROLES = ("object", "also")  # the particles closing a site visited (`공장을 둘러볼`, `물류단지도 둘러볼`)
_SITE_WORDS = 3  # nouns of a site's phrase kept as its place (`조선소 특수선 도크`)
_EMPLOYER_GAP = 1  # characters between an employer named before a person and the name (`X케미칼 Y 회장`)
_ALSO_GAP = 1  # characters between an additive particle closing a place and the visit word (`밴쿠버도 방문`)
_DAY_AFTER_PLACE = 12  # characters after a place in which `(3일)` gives its own day


def destinations(r: Reading, visitors: list[str]) -> list[tuple[str | None, TimeValue | None]]:
    """The places and sites the visit goes to, named before the visit word; not a genitive before the
    visitor's name, which tells where the visitor comes from (`영국 … 개발사 X의 Y CEO가 … 부두를 둘러봤다`)."""
    if r.trigger.place:
        return [(r.trigger.place, None)]
    if r.trigger.needs_place_reached:
        reached = _place_reached(r)
        return [(reached, None)] if reached else []
    trigger_start = r.view.sentence.tokens[r.index].start
    named = [a.start for a in r.args if a.entity.id in visitors and a.start < trigger_start]
    after = min(named) if named else -1
    roles = _ARRIVAL_ROLES if r.trigger.needs_travel else ("object", "to", "list", "none", "of")
    places = [a for a in r.args if a.entity.type in ("PLACE", "ORG") and (a.role in roles or _also_right_before(r, a))
              and a.start < trigger_start and not is_affiliation(a, r.args)  # `한국을 떠나`: whence, not whither
              and not (a.role == "of" and a.start < after) and not _employer_before(a, r.args, visitors)]
    if not places:
        unnamed = _unnamed_destination(r) if r.trigger.needs_destination else None
        unnamed = unnamed or (site_visited(r.view.sentence.tokens, r.index) if r.trigger.pos == "verb" else None)
        return [(unnamed, None)] if unnamed else []
    listed = [a for a in places if a.role == places[-1].role]
    countries = _narrowed(r.view, [a for a in listed if a.entity.type == "PLACE"])
    if len(countries) >= 2:
        return [(a.entity.name, _date_right_after(r.view, a, r.day)) for a in countries]
    return [(_np_text(r.view, places[-1], r.args), None)]


def _place_reached(r: Reading) -> str | None:
    """`김해공항에 내렸다`, `성남 서울공항으로 들어왔다`, `울산으로 내려가`: a place (with the names right
    before it) or a proper noun no lexicon knows, closed by the particle of a destination right before
    the verb; not a thing the verb's relative clause describes (`한국에 들어온 제품`)."""
    tokens = r.view.sentence.tokens
    head = relative_clause_head(tokens, r.index)
    if head is not None and tokens[head].tag.startswith("NNG"):
        return None
    particle = tokens[r.index - 1] if r.index > 0 else None
    if particle is None or particle_roles().get((particle.tag, particle.form)) not in _ARRIVAL_ROLES:
        return None
    place = next((a for a in r.args if a.entity.type == "PLACE" and a.end == particle.start), None)
    return _np_text(r.view, place, r.args) if place is not None else _unnamed_destination(r)


def inside_place_reached(r: Reading, visitors: list[str]) -> bool:
    """`울산으로 내려가 조선소를 둘러볼`, `휴스턴으로 이동해 … 생산시설을 둘러봤다`: a site toured after
    a move the same sentence told, by the same people, lies in the place moved to: one visit
    (ANNOTATION: one VISIT per trip and destination)."""
    return any(d.type == "VISIT" and d.sentence == r.number and set(visitors) <= set(d.participants)
               and any(_moves_to_place(word) for word in d.words) for d in r.drafts)


def _moves_to_place(word: str) -> bool:
    """A visit word told only with the place moved to (triggers.tsv destination `travel`, `reached`)."""
    told = [triggers().get((word, pos)) for pos in ("verb", "noun")]
    return any(t is not None and (t.needs_travel or t.needs_place_reached) for t in told)


def _also_right_before(r: Reading, arg: Arg) -> bool:
    """`밴쿠버도 방문할 계획`, `린데파마 본사도 방문한다`: a place with the additive particle (`도`, `만`)
    right before the visit word is a further destination of the trip (not `A사도 … 방문 계획을`)."""
    tokens = r.view.sentence.tokens
    before = [t for t in tokens[:r.index] if t.start >= arg.end]
    return arg.role == "also" and bool(before) and before[-1].tag == "JX" \
        and 0 <= tokens[r.index].start - before[-1].end <= _ALSO_GAP


def _employer_before(arg: Arg, args: list[Arg], visitors: list[str]) -> bool:
    """`초청된 X케미칼 Y 회장은 해외 출장 …`: a company named with no particle right before a visitor's
    name is the visitor's employer, not where the visitor goes."""
    return arg.entity.type == "ORG" and arg.role == "none" and any(
        a.entity.id in visitors and 0 <= a.start - arg.end <= _EMPLOYER_GAP for a in args)


def _narrowed(view: View, places: list[Arg]) -> list[Arg]:
    """`인도 뉴델리 기술개발센터`: a place written right before another, with only a space between (not
    `·` or a comma), is the wider place the next one lies in: one destination with it, no stop of a tour."""
    base = view.sentence.start
    return [a for a, b in zip(places, places[1:]) if view.sentence_text[a.end - base: b.start - base].strip()] + places[-1:]


def _unnamed_destination(r: Reading) -> str | None:
    """`휴스턴에 도착했다`, `바젤에 도착해`: a proper noun no lexicon knows, with the particle of a
    destination right before the arrival word, is the city arrived at (`현장에 도착했다`, a common
    noun, is reaching a venue)."""
    tokens = r.view.sentence.tokens
    if r.index < 2 or particle_roles().get((tokens[r.index - 1].tag, tokens[r.index - 1].form)) not in _ARRIVAL_ROLES:
        return None
    noun = tokens[r.index - 2]
    named = any(a.start <= noun.start < a.end for a in r.view.args)
    return noun.form if noun.tag == "NNP" and noun.end == tokens[r.index - 1].start and not named else None


def site_visited(tokens, index: int) -> str | None:
    """`하노버 공장을 둘러볼`, `조선소 특수선 도크를 둘러봤다`: the object of a visit verb is a site
    (lexicon `site_noun`) that names no known place or company; returns the noun phrase as written
    (`생산라인`, `현장`, `부스` are parts of a site or a venue, not a destination)."""
    if index < 2 or particle_roles().get((tokens[index - 1].tag, tokens[index - 1].form)) not in _SITE_ROLES:
        return None
    nouns = []
    for token in reversed(tokens[:index - 1]):
        if not token.tag.startswith("NN") or (nouns and nouns[0].start - token.end > 1) or len(nouns) == _SITE_WORDS:
            break
        nouns.insert(0, token)
    if not nouns or nouns[-1].form not in cues("site_noun") or nouns[-1].end != tokens[index - 1].start:
        return None
    return " ".join(t.form for t in nouns)


def _date_right_after(view: View, arg: Arg, day: date | None) -> TimeValue | None:
    """`일본(3일)과 한국(4일)`: the day in parentheses right after a place of a tour."""
    offset = arg.end - view.sentence.start
    window = view.sentence_text[offset: offset + _DAY_AFTER_PLACE]
    return next((t for t in find_times(window, day, "nearest") if t.span[0] <= 1), None)


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
