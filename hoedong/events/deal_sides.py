"""Deal sides the clause does not name as organisations: a local government joined as the partner
(`A사는 충남도와 … 협약을 맺었다`), the employers of a pair of people just met (`두 사람은 … 계약을
맺었다`) and the host whose premises hold the signing (`B사 본사에서 Y 대표와 만나`), or held the
meeting the signers come from (`… B사 본사에서 Y 대표와 만났다. X 회장과 Y 대표는 이 자리에서 …
서명했다`: note_hosts, employers_of). deals.partner asks these when its own roles leave a side empty;
affiliations_of (the employers of people) serves all."""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from hoedong.entities.lexicon import local_government_words, local_heads, org_shape, particles
from hoedong.events.clauses import SUBJECT_ROLES
from hoedong.events.draft import unique
from hoedong.events.lexicon import cues, particle_roles

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading
    from hoedong.events.clauses import Arg, View
    from hoedong.events.discourse import Discourse
    from hoedong.events.draft import Draft
    from hoedong.model import Entity

_PAIR = 2  # the people and the employers a pair pronoun (`두 사람은`) means
_MEETING_REACH = 1  # sentences back in which the meeting of the pair is told
_MEETING_SIDES_REACH = 2  # sentences back in which the meeting whose two sides a deal's pair pronoun means is told
COUNTERPART_ROLES = ("with", "object")  # the person met or signed with (`Y 대표와`, `Y 대표를`)
_PREMISES_REACH = 3  # nouns after a host's name in which its premises word stands (`B사 방적 공장에서`)
_GOVERNMENT_BASE = 2  # syllables of a local name before its ending (`전라남`+`도`, `울산`+`시`; not `경`+`주`)


def sides_of_pair_met(r: Reading) -> list[str]:
    """`A사 X 회장은 B사 Y 대표와 만났다. 두 사람은 … 계약을 맺었다`: the two people a deal's pair
    pronoun means are the two of the last meeting told, and the deal is their two employers'."""
    recent = [d for d in r.drafts if d.type == "MEET" and len(d.participants) == _PAIR
              and 0 <= r.number - d.sentence <= _MEETING_REACH]
    if not recent:
        return []
    sides = [employers(r.by_id[p], r.by_id)[:1] for p in recent[-1].participants if p in r.by_id]
    both = unique([o for side in sides for o in side])
    return both if len(both) == _PAIR and all(sides) else []


def sides_of_meeting(r: Reading) -> list[str]:
    """`X 회장은 … Y 회장 자택에서 만찬을 했다 (부인들도 함께했다) … 두 그룹은 27일 협약을 맺는다`: the
    two organisations a pair pronoun means, when the text named no two in one sentence, are the two
    employers of the people of the last meeting told within a few sentences."""
    recent = [d for d in r.drafts if d.type == "MEET" and 0 <= r.number - d.sentence <= _MEETING_SIDES_REACH]
    if not recent:
        return []
    sides = unique([o for p in recent[-1].participants if p in r.by_id for o in employers(r.by_id[p], r.by_id)[:1]])
    return sides if len(sides) == _PAIR else []


def government_joined(r: Reading) -> list[str]:
    """`A사는 충북도와 … 협약을 맺었다`: a province, state or city named as a government (with its
    ending, lexicon/local_government.tsv; not `울산과 부산에`) and joined by `와/과` before the deal
    word, in its clause, is the partner of the one organisation signing."""
    sentence = r.view.sentence
    trigger_at = sentence.tokens[r.index].start
    clause = r.view.clause_of[r.index]
    in_clause = {t.start for i, t in enumerate(sentence.tokens) if r.view.clause_of[i] == clause}
    endings = local_government_words("ending")
    found = []
    for arg in r.args:
        if arg.entity.type != "PLACE" or arg.end > trigger_at or not in_clause & set(range(arg.start, arg.end)):
            continue
        name, rest = r.text[arg.start - sentence.start: arg.end - sentence.start], r.text[arg.end - sentence.start:]
        ending = "" if name.endswith(endings) else next((e for e in endings if rest.startswith(e)), None)
        if ending is not None and rest[len(ending):][:1] in particles("with") and rest[len(ending) + 1:][:1] in ("", " "):
            found.append(arg.entity.id)
    return unique(found)[:1]


def government_signing(r: Reading, place: Arg) -> bool:
    """`전라남도는 … A사와 … 협약을 맺었다`, `충청북도는 A사, B사와 … 투자협약을 맺었다`: a province, state or
    city named as a government (its full name with its ending, lexicon/local_government.tsv) that is
    the subject of the deal's clause, with an organisation joined by `와/과`, signs it."""
    name = r.view.sentence_text[place.start - r.view.sentence.start: place.end - r.view.sentence.start]
    names = [name] if name in place.entity.aliases[:1] else [name, *place.entity.aliases]  # `도는`: 강원특별자치도
    base = max(len(n) - max((len(e) for e in local_government_words("ending") if n.endswith(e)), default=len(n))
               for n in names)
    return place.role in SUBJECT_ROLES and base >= _GOVERNMENT_BASE \
        and any(a.role == "with" and a.entity.type == "ORG" for a in r.args)


def host_of_signing(r: Reading) -> list[str]:
    """`A사 X 사장은 B사 본사에서 Y 대표와 만나 계약을 맺었다`: when the person signed with works for no
    organisation the text names, the organisation whose premises (event_cues `premises`) the clause
    places the act at is theirs, the host, and the deal's other side."""
    clause = r.view.clause_of[r.index]
    counterparts = [a for a in r.view.args_in(clause) if a.entity.type == "PERSON" and a.role in COUNTERPART_ROLES]
    if not counterparts or affiliations_of(counterparts, r.by_id):
        return []
    return _premises_held(r.view, r.view.args_in(clause))[:1]


def note_hosts(state: Discourse, view: View, found: list[Draft]) -> None:
    """`A사 X 회장이 B사 본사에서 Y 대표와 만났다`: a person met at one organisation's premises, whose
    employer the text does not name, works for that host (the deal they sign next is B사's)."""
    met = {p for d in found if d.type == "MEET" for p in d.participants}
    if not met:
        return  # checked first: only a sentence that tells a meeting places its people
    hosts = _premises_held(view, view.args)
    if len(hosts) != 1:
        return
    for arg in view.args:
        if arg.entity.id in met and arg.entity.type == "PERSON" and arg.role in COUNTERPART_ROLES \
                and not any(role.org for role in arg.entity.roles):
            state.hosts[arg.entity.id] = hosts[0]


def employers_of(r: Reading, people: list[Arg]) -> list[str]:
    """The organisations the people work for: each one's named employer, else the host they were met
    at (note_hosts), in the order named."""
    found = []
    for arg in people:
        own = affiliations_of([arg], r.by_id)
        host = r.state.hosts.get(arg.entity.id)
        found.extend(own or ([host] if host and r.by_id.get(host) else []))
    return found


def employers_told_of(r: Reading) -> list[str]:
    """`X 사장은 … 만났다. 올해 초에는 B사와 파트너십을 공식화했다`: a deal whose clause names no one
    of its own side is made by the person the text was telling of, for their employer."""
    people = [r.by_id[p] for p in r.state.people if p in r.by_id]
    return unique([org for person in people for org in employers(person, r.by_id)])


def _premises_held(view: View, args: list[Arg]) -> list[str]:
    """The organisations whose premises (event_cues `premises`) a place phrase names (`B사 본사에서`,
    `B사 방적 공장에서`): a premises noun among the nouns between the name and its particle."""
    tokens = view.sentence.tokens
    hosts = []
    for arg in args:
        if arg.entity.type != "ORG" or arg.role != "at":
            continue
        following = [t for t in tokens if t.start >= arg.end][:_PREMISES_REACH]
        nouns = takewhile(lambda t: t.tag.startswith("NN"), following)
        if any(t.form in cues("premises") for t in nouns):
            hosts.append(arg.entity.id)
    return unique(hosts)


def local_body(entity: Entity) -> bool:
    """`해든시`, `충청북도`: a city, county or province (a name with the ending its head's title gives,
    lexicon/local_heads.tsv, not shaped like a company's), which hosts an investment and signs for it
    but is no investee (`해든시에 공장을 짓는 투자`) nor an investor asked (`해든시장이 투자를 요청했다`)."""
    name = entity.name
    endings = [ending for _, ending in local_heads() if name.endswith(ending)]  # not `주`: `별누리우주` is a firm
    return entity.type == "PLACE" or (bool(endings) and len(name) - len(endings[0]) >= _GOVERNMENT_BASE
                                      and not org_shape(name, strong_only=False))


def affiliations_of(people: list[Arg], by_id: dict[str, Entity]) -> list[str]:
    """The organisations the people work for, in the order named."""
    return [org for a in people for org in employers(a.entity, by_id)]


def employers(person: Entity, by_id: dict[str, Entity]) -> list[str]:
    """The organisations one person's roles name, in the order of the roles."""
    return [r.org for r in person.roles if r.org and by_id.get(r.org) and by_id[r.org].type == "ORG"]


def pointed_back(r: Reading, givers: list[str]) -> list[str]:
    """`모태펀드는 이 펀드에 … 넣는다`, `A사가 200억 원을 해당 펀드에 출자했다`: a pointing word and a noun
    of a kind of organisation (event_cues `pointing`, `pointed_noun`) before the event word, in its clause
    and with `에`, mean the organisation last named before whose name ends with that noun."""
    tokens = r.view.sentence.tokens
    clause = r.view.clause_of[r.index]
    for k in range(r.index - 2, 0, -1):
        pointer, noun, particle = tokens[k - 1], tokens[k], tokens[k + 1]
        if r.view.clause_of[k] != clause or pointer.form not in cues("pointing") or noun.form not in cues("pointed_noun"):
            continue
        if particle_roles().get((particle.tag, particle.form)) != "to":
            continue
        named = {e.id: max((s for s, _ in e.mentions if s < pointer.start), default=-1) for e in r.by_id.values()
                 if e.type == "ORG" and e.id not in givers
                 and any(form.replace(" ", "").endswith(noun.form) for form in (e.name, *e.aliases))}
        before = [o for o, at in named.items() if at >= 0]
        return [max(before, key=named.get)] if before else []
    return []
