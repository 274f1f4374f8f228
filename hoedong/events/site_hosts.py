"""Site visits and their hosts: the people of the company whose site is visited receive the guests;
they are not visitors. `ASML 방문에는 X 국왕, Y ASML 회장과 함께 A와 B가 동행한다`: the attendance
joins the visit to that site (not the trip it is part of), and Y, whose company the site is, hosts it.
A company's own people touring its site with no guest (`A 회장이 자사 공장을 둘러봤다`) are visitors.
"""

from __future__ import annotations

from hoedong.events.deal_sides import employers
from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues
from hoedong.model import Entity

_SITE_NAME_REACH = 2  # tokens before a visit word in which the site's name stands (`ASML 본사 방문에는`)


def site_visit_named(tokens, told: list[Draft]) -> Draft | None:
    """The last visit told whose place holds a word named right before the visit word of an
    attendance (`ASML 방문에는`, `평택 공장 방문에는`): the site's visit, not the trip around it."""
    for i, token in enumerate(tokens[1:-1], 1):
        if tokens[i + 1].form not in cues("scene_particle"):
            continue
        named = {t.form for t in tokens[max(0, i - _SITE_NAME_REACH): i] if t.tag.startswith(("NN", "SL"))}
        sites = [d for d in told if d.type == "VISIT" and d.place and named & set(d.place.split())]
        if sites:
            return sites[-1]
    return None


def leave_out_hosts(drafts: list[Draft], by_id: dict[str, Entity]) -> None:
    """A visit to a company's site with guests leaves out the company's own people: they host it."""
    for draft in drafts:
        if draft.type != "VISIT" or not draft.place:
            continue
        words = set(draft.place.split())
        hosting = [p for p in draft.participants if p in by_id and _works_at_site(by_id[p], words, by_id)]
        if hosting and len(hosting) < len(draft.participants):
            draft.participants = [p for p in draft.participants if p not in hosting]


def _works_at_site(person: Entity, place_words: set[str], by_id: dict[str, Entity]) -> bool:
    """One of the person's employers is named by a word of the place (`ASML` in `ASML 본사`)."""
    return any({by_id[org].name, *by_id[org].aliases} & place_words for org in employers(person, by_id))
