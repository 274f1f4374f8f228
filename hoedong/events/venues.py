"""A site visited for a meeting the same sentence tells is that meeting's venue, not a visit of its
own (ANNOTATION: a site visit is its own VISIT only when it is not just the venue of an annotated
meeting), unless the sentence tells the site toured (`생산라인을 둘러본 뒤 … 오찬`: event_cues
`site_tour`). The sentence still tells a trip when it names a country, region or city abroad, or when
the visit goes to a city itself (`서울을 찾아 … 만났다`), unless that trip is a visit of its own
(`한국을 방문 중인 X가 국회를 찾아`); a city at home that only locates the site (`서울 여의도 …
회관을 찾아`, lexicon/home_places.txt) tells none."""

from __future__ import annotations

from hoedong.events.clauses import View
from hoedong.events.draft import Draft
from hoedong.events.lexicon import TRAVEL_KINDS, cues, home_places, is_travel_place, particle_roles, place_kinds, place_names

_MEETING_SIZE = 2  # a meeting with one named person is no annotated meeting (`… 찾아 직원들과 간담회를 했다`): no venue
_POST_GAP = 1  # characters between a person and the country of their post (`쩐 탄 만 베트남 국회의장`)
_DESTINATION_ROLES = ("object", "to")  # particles that make a place the visit's own destination (`서울을`, `서울로`)


def without_venues(found: list[Draft], view: View) -> list[Draft]:
    """`청와대를 방문해 … 오찬에 참석한다`, `사옥을 찾아 … 대표와 만났다`: the sentence's visits that
    are only the venue of a meeting it tells (all their visitors in it), when it tells no trip."""
    if not any(d.type == "VISIT" for d in found):
        return found  # no visit to be a venue (checked first: every sentence is asked)
    travelled = _trip_told(view)
    if any(t.form in cues("site_tour") for t in view.sentence.tokens):
        return found  # `공장을 찾아 생산라인을 둘러본 뒤 … 오찬을 함께했다`: a site toured is more than a venue

    def venue(at: int, draft: Draft) -> bool:
        travel = (travelled and not _trip_apart(draft, found)) or _names_abroad(draft.place)
        later = [d for d in found[at + 1:] if d.type == "MEET" and len(d.participants) >= _MEETING_SIZE]  # `찾아 … 만났다`
        return draft.type == "VISIT" and bool(draft.place) and not travel \
            and any(_held_there(draft, meeting) for meeting in later)
    return [d for at, d in enumerate(found) if not venue(at, d)]


def _trip_apart(site: Draft, found: list[Draft]) -> bool:
    """`한국을 방문 중인 X가 국회를 찾아 Y를 예방했다`: the trip the sentence tells is a visit of its own
    (to a country, region or city, by the site's visitors), so the site is still only a venue."""
    return any(d is not site and d.type == "VISIT" and is_travel_place(d.place)
               and set(site.participants) <= set(d.participants) for d in found)


def _held_there(visit: Draft, meeting: Draft) -> bool:
    """The meeting has all the visitors, on the visit's time (both undated alike), and no place of
    its own elsewhere (`인천공항으로 입국해 … 본사에서 만나`: the arrival is no venue; `4일 … 방문하고,
    5일에는 … 만나`; `만난 건 … 2005년 … 사업장을 방문한 이후`: the visit is of another time)."""
    same_day = (visit.date and visit.date.start) == (meeting.date and meeting.date.start)
    elsewhere = meeting.place is not None and meeting.place not in (visit.place or "")
    return set(visit.participants) <= set(meeting.participants) and same_day and not elsewhere


def _trip_told(view: View) -> bool:
    """A country, region or city the sentence names (not the country of someone's post) that is
    abroad, or that is itself the destination (its particle right after it)."""
    places = [a for a in view.args if a.entity.type == "PLACE" and a.role != "of"
              and place_kinds().get(a.entity.name) in TRAVEL_KINDS and not _of_post(a, view.args)]
    return any(a.entity.name not in home_places() or _reached(view, a) for a in places)


def _names_abroad(place: str | None) -> bool:
    """Some word of the visit's place as written is a country, region or city not at home."""
    words = (place or "").split()
    return any(place_kinds().get(w) in TRAVEL_KINDS and not place_names(w) <= home_places() for w in words)


def _reached(view: View, place) -> bool:
    """`부산을 찾아`, `서울로 향해`: the place's own particle makes it where the visit goes."""
    after = next((t for t in view.sentence.tokens if t.start >= place.end), None)
    return after is not None and after.start == place.end \
        and particle_roles().get((after.tag, after.form)) in _DESTINATION_ROLES


def _of_post(place, args) -> bool:
    """`쩐 탄 만 베트남 국회의장은`: the country of someone's post, right after their name, is no destination."""
    return any(a.entity.type == "PERSON" and 0 <= place.start - a.end <= _POST_GAP for a in args)
