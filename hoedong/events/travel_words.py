"""Attending words that tell travel, not presence at a gathering told: the aim of a trip (`정상회의
참석차 방한한`, `포럼 참석을 위해 서울을 찾은`, `총회 참석으로 방한한`) and an arrival at a named
place (`애틀랜타에 도착했고`). The visit builder reads these as trips; discourse.attend must not add
their people to the last meeting (ANNOTATION: one VISIT per trip and destination)."""

from __future__ import annotations

from hoedong.events.lexicon import TRAVEL_KINDS, cues, particle_roles, place_kinds, triggers

_AIM_REACH = 4  # tokens after an attending word in which the cue of an aim stands (`참석`+`하`+`기`+`위하`)
_TRIP_REACH = 5  # tokens after that cue in which the travel word stands (`위하`+`어`+`서울`+`을`+`찾`)
_AIM_WAY = ("XSV", "ETN", "JKO")  # the tags between an attending word and its aim (`참석`+`하`+`기`+`위하`, `참석`+`을`)
_CLAUSE_END = ("EF", "SF")  # a sentence's end: no travel word beyond it is the attending word's aim
_DESTINATION_ROLES = ("to",)  # the particle roles of a place arrived at (`애틀랜타에`, `바르샤바로`)


def tells_travel(tokens, index: int) -> bool:
    """The attending word at `index` is the aim of a trip told right after it, or an arrival at a
    place that is a country, region or city (by the lexicon) or a proper noun (not `현장에 도착`)."""
    return _aim_of_trip(tokens, index) or _arrival_at_place(tokens, index)


def _aim_of_trip(tokens, index: int) -> bool:
    """`참석차 방한`, `참석으로 방한한`, `참석하기 위해 … 찾은`, `참석하러 방한했다`."""
    following = list(tokens[index + 1: index + 1 + _AIM_REACH])
    aim = next((k for k, t in enumerate(following) if t.form in cues("trip_aim")), None)
    if aim is None or any(t.tag not in _AIM_WAY for t in following[:aim]):
        return False  # `참석한 후 부산으로 이동해`: an attendance, then a trip
    start = index + 2 + aim
    for token in tokens[start: start + _TRIP_REACH]:
        if token.tag in _CLAUSE_END:
            return False
        pos = "verb" if token.tag.startswith("VV") else "noun"
        trigger = triggers().get((token.form, pos))
        if trigger is not None and trigger.type == "VISIT":
            return True
    return False


def _arrival_at_place(tokens, index: int) -> bool:
    """`애틀랜타에 도착했고`, `휴스턴에 도착했다`: an arrival word after a place with the particle of a
    destination; the place is known as a country, region or city, or is a proper noun."""
    if tokens[index].form not in cues("arrival") or index < 2:
        return False
    particle, place = tokens[index - 1], tokens[index - 2]
    if particle_roles().get((particle.tag, particle.form)) not in _DESTINATION_ROLES:
        return False
    return place.tag == "NNP" or place_kinds().get(place.form) in TRAVEL_KINDS
