"""Absences from a gathering in Korea: a foreign executive who does not come to an event held here
(`X CEO는 다음 달 서울에서 열리는 포럼에 불참한다`) did not make the trip it would have needed, a denied
visit (ANNOTATION: a stated non-attendance of a summit abroad by a foreign executive is a denied VISIT),
on the event's time. A Korean who stays away (`신 회장은 청와대 만찬에는 불참한다`) travels nowhere,
and an event the sentence places abroad (`도쿄에서 열리는 총회에 불참한다`) is no trip to Korea.
"""

from __future__ import annotations

from datetime import date

from hoedong.entities.lexicon import korean_name_shape
from hoedong.events.clauses import SUBJECT_ROLES, View
from hoedong.events.dating import times_ahead, times_told
from hoedong.events.discourse import Discourse
from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues, home_places, place_kinds, place_names
from hoedong.events.status import tense
from hoedong.knowledge import compact
from hoedong.model import Entity

_ABSENT = "denied"
_WHERE = ("at", "to")  # the roles of the place an event is held in (`도쿄에서 열리는`, `서울로 오지`)
_TENSE_REACH = 4  # tokens from the absence word through its ending (`불참`+`하`+`었`+`다`)


def stayed_away(view: View, text: str, day: date | None, state: Discourse, by_id: dict[str, Entity],
                number: int) -> list[Draft]:
    """The denied visit of a foreign person the sentence tells as not attending an event in Korea, on
    the time the sentence gives the event (read ahead or back as the absence is told)."""
    if view.forms.isdisjoint(cues("absence")):
        return []  # no word of absence (checked first: every sentence is asked)
    tokens = view.sentence.tokens
    at = next((i for i, t in enumerate(tokens[:-1]) if t.form in cues("absence") and tokens[i + 1].tag == "XSV"), None)
    if at is None or _abroad(view):
        return []
    own = [a.entity.id for a in view.args if a.entity.type == "PERSON" and a.role in SUBJECT_ROLES
           and a.end <= tokens[at].start and view.clause_of[at] - a.clause <= 1]
    absent = [p for p in (own or state.people[:1]) if p in by_id and _foreign(by_id[p])]
    if not absent:
        return []
    here = [a.entity.name for a in view.args if a.entity.type == "PLACE" and a.entity.name in home_places()]
    return [Draft("VISIT", absent, [], _ABSENT, number, [(view.sentence.start, view.sentence.end)],
                  date=_event_time(view, text, day, state, tense(tokens[at: at + _TENSE_REACH]) == "past"), place=here[0] if here else None,
                  statuses=[(number, "planned"), (number, _ABSENT)])]  # expected, then missed: the event's time stands


def _foreign(person: Entity) -> bool:
    """A name not shaped like a Korean one (`마르코 베르티니`, `다카쓰키 마사노리`, `젠슨 황`)."""
    return " " in person.name or not korean_name_shape(compact(person.name))


def _abroad(view: View) -> bool:
    """The sentence names a place outside Korea (a country, region or city not among home places)."""
    home = home_places() | set(cues("home_country"))
    return any(arg.entity.type == "PLACE" and arg.role in _WHERE and arg.entity.name not in home
               and place_kinds().get(arg.entity.name) and not place_names(arg.entity.name) <= home
               and _particle_right_after(view, arg.end)  # not `한·이탈리아 포럼에`: a country naming the event
               for arg in view.args)


def _particle_right_after(view: View, end: int) -> bool:
    """The token after the place's name is its particle (`도쿄에서`), not more of a noun phrase."""
    following = next((t for t in view.sentence.tokens if t.start >= end), None)
    return following is not None and following.tag.startswith("J")


def _event_time(view: View, text: str, day: date | None, state: Discourse, past: bool):
    """The first time the sentence gives, read back for an absence told as past (`지난 1일 … 불참했다`)
    and ahead otherwise (`다음 달 … 불참한다`), not the day a source told it (`불참한다고 15일 밝혔다`)."""
    times = times_told(view, text, day, state) if past else times_ahead(view, text, day, state)
    return times[0] if times else state.day  # `준공식에 불참한다고 통보해 왔다`: the event told before
