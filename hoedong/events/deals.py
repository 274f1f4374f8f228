"""Deals: the organisations of a partnership, from the roles the clause's particles give (clauses.py)
over the builders' shared `Reading` (arguments.py), and the sides of a deal that investments.py
reads too.

- PARTNER: subject organisations (or the speakers' employers) with their partners; `양사` means
  the last pair; `A와 B 간` the two joined; a `splits` trigger with one subject and several
  partners is one deal with each.
- INVEST (investments.py): the giver is the subject (or each `from` party of a receiving verb, or
  the `와` party of money sought in talks); the target is the organisation invested in; the amount
  is the one nearest before the trigger. The modality read from the predicate is in deal_modality.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hoedong.events.clauses import SUBJECT_ROLES, Arg, is_affiliation, org_count, pair_pronoun, quote_around
from hoedong.events.deal_sides import (COUNTERPART_ROLES, affiliations_of, employers, employers_of, employers_told_of,
                                      government_joined, government_signing, host_of_signing, sides_of_meeting,
                                      sides_of_pair_met)
from hoedong.events.deal_modality import decided_to_form, discussed, standing
from hoedong.events.deal_modifiers import describing
from hoedong.events.draft import Draft, unique
from hoedong.events.lexicon import cues
from hoedong.events.purchases import sale_contract
from hoedong.entities.lexicon import buying_words

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading

_ENDINGS = ("ETM", "EC", "EF", "ETN")  # the tags that close a verb: relative, connective, final, nominal
_QUOTE_TAGS = ("SSO", "SSC", "SS")  # quotation marks around a name (`합작법인 '에코셀'`)
_LIST_TAGS = ("JC", "SP")  # `와/과` and the comma that join the members of a list
_SUBJECT_TAGS = ("JKS", "JX")  # a subject's or topic's particle: the clause names who acts
_MEETING_REACH = 1  # sentences back in which a meeting gives the partner of a deal offered at it
_PAIR = 2  # two employers are the two sides of a deal
_FOUNDED_REACH = 1  # sentences back in which a venture named as founded takes the capital paid in next
_FOUNDING_OBJECT = 2  # tokens of a founded name's object particle and its verb (`'X'를 조성`)
_BETWEEN_REACH = 6  # tokens from `간`/`사이` to the deal word it joins (`간 총 26건의 MOU`)


def partner(r: Reading) -> list[Draft]:
    """The partnerships the event word tells: each one the organisations that form it."""
    if sale_contract(r):
        return []  # `주식매매계약(SPA)을 맺었다`: the purchase, told as an investment
    if standing(r.view.sentence.tokens, r.index):
        return []  # `협력관계를 맺고 있다`: a relationship that stands, not an act
    if discussed(r):
        return []  # `합작 생산을 논의했다`: a partnership talked about, not formed
    if r.status in ("occurred", "present") and decided_to_form(r):
        r = replace(r, status="planned")
    between = _between(r)
    if between:
        return [r.draft("PARTNER", [], between)]  # `한국과 칠레 간 9건의 협약이 체결됐다`
    made = _ventures(r, r.orgs)  # `X와 센터를 짓고 운영할 합작법인 'Y'를 세우는 계약`: Y is no party of its own
    told = any(d.type == "PARTNER" and d.sentence == r.number for d in r.drafts)  # `A와 손잡고 … 세운 합작사 'Y'`
    own = any(a.role != "at" and (a.entity.id not in made or told) for a in r.orgs)
    orgs = r.orgs if own else r.orgs + _shared_from_previous_clause(r)
    if r.trigger.needs_partner and not any(a.role == "with" for a in orgs) and not _partnered_people(r):
        return []  # development is a partnership only with a partner (`X와 … 개발`)
    if r.trigger.form in cues("joining"):
        return _joined_consortium(r)
    orgs = _parties(r, orgs)
    if not [a for a in orgs if a.role != "at"] and _pair_meant(r):
        pair = list(r.state.org_pair) if len(r.state.org_pair) == _PAIR else sides_of_meeting(r)
        if pair:
            return [r.draft("PARTNER", [], pair)]  # `두 회사는 A사 본사에서 협약을 맺었다`
    if not [a for a in orgs if a.role != "at"] and not r.people and pair_pronoun(r.clause_forms, "people"):
        met = sides_of_pair_met(r)  # `두 사람은 … 협약을 체결하기로 했다`: the two heads just met
        if met:
            return [r.draft("PARTNER", [], met)]
    counted = last_counted(r)
    if counted and not any(a.role in SUBJECT_ROLES for a in orgs):
        return [r.draft("PARTNER", [], counted)]  # `세 회사는 … 협약을 맺었다`: the three just named
    subjects = [a.entity.id for a in orgs if a.role in SUBJECT_ROLES] or \
        [a.entity.id for a in orgs if a.role == "also"][:1]  # `벤터클라우드 측도 … 논의하고 있지 않다`
    people = r.people
    signers = employers_of(r, [a for a in people if a.role in SUBJECT_ROLES])
    partners = [a.entity.id for a in orgs if a.role in ("with", "object", "also", "list", "to", "none", "of", "from")
                and a.entity.id not in subjects + signers and not is_affiliation(a, r.args)]  # `A사의 X 회장은`: X's side
    affiliations = signers or affiliations_of(people, r.by_id)
    if not subjects and not partners and len(signers) >= 2:
        subjects = signers  # `A사 X 대표와 B사 Y 사장은 협약을 맺었다`: the heads sign for their companies
    if not subjects:
        subjects = [o for o in (affiliations[:1] or r.state.orgs[:1]) if o not in partners]
    if not subjects and not people and any(a.role == "with" for a in orgs):  # `(X 사장은 …) 올해 초 B사와 제휴했다`
        subjects = [o for o in employers_told_of(r) if o not in partners][:1] or \
            [o for o in _protagonist(r) if o not in partners]  # `A사의 거래가 잇따른다. … B사와 계약을 맺은 데 이어`
    if len(subjects) == 1 and not partners:
        partners = government_joined(r)  # `A사는 충북도와 … 투자협약을 맺었다`
    if not partners:  # `A사는 B사 X 회장과 MOU를 체결했다`: the counterpart's employer is the partner
        counterparts = [a for a in people if a.role in ("with", "object", "list")]
        partners = [o for o in affiliations_of(counterparts, r.by_id) if o not in subjects]
    if not partners:  # `… B사 본사에서 Y 대표와 만나 계약을 맺었다`: Y's side is the host
        partners = [o for o in host_of_signing(r) if o not in subjects]
    if not partners and not orgs:
        partners = [o for o in met_side(r, [a for a in people if a.role in SUBJECT_ROLES]) if o not in subjects]
    separate = any(w.startswith(cues("separate")) for w in r.clause_forms)  # `A, B와 잇따라 협약을 맺었다`
    if len(subjects) == 1 and len(partners) >= 2 and (r.trigger.splits or separate) and not _parties_counted(r):
        return [r.draft("PARTNER", [], [subjects[0], p]) for p in partners]
    if len(subjects) >= 2 and len(partners) == 1 and any(w in cues("each") for w in r.clause_forms):
        return [r.draft("PARTNER", [], [s, partners[0]]) for s in subjects]  # `… LOI를 각각 체결했다`
    group = unique(subjects + partners)
    return [r.draft("PARTNER", [], group)] if len(group) >= 2 and not _bought_here(r, group) else []


def _parties_counted(r: Reading) -> bool:
    """`A는 B, C와 3자 업무협약을 맺었다`: a count of the parties before the deal word makes it one deal
    of them all, not one with each partner; so does a word of acting together in the clause (`B, C와
    함께 추진하는 컨소시엄 협약`, event_cues `party_together`), unless the deals are told one after
    another (`잇따라`, `각각`)."""
    clause = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    if any(number.tag == "SN" and word.form in cues("party_count") for number, word in zip(clause, clause[1:])):
        return True
    forms = r.clause_forms
    return any(f in cues("party_together") for f in forms) and not any(f.startswith(cues("separate")) for f in forms)


def _protagonist(r: Reading) -> list[str]:
    """`반딧불소프트, 잇단 판권 계약 … 지난달 B사와 계약을 맺은 데 이어`: a deal whose clause has no subject
    word at all, in a text that made no organisation its subject yet, is made by the organisation the
    text opens with (its first named)."""
    tokens = [t for i, t in r.view.clause_tokens(r.view.clause_of[r.index]) if i < r.index]
    subject = any(t.tag in _SUBJECT_TAGS and not (k and tokens[k - 1].tag == "JKB")  # not `이달 하순에는`
                  for k, t in enumerate(tokens))
    if r.state.orgs or subject:
        return []
    first = sorted((min(s for s, _ in e.mentions), e.id) for e in r.by_id.values() if e.type == "ORG" and e.mentions)
    return [first[0][1]] if first else []


def _partnered_people(r: Reading) -> bool:
    """`X 회장과 Y 대표는 … 함께 개발하는 협약에 서명했다`, `… Y 대표를 만나 함께 개발하는 계약을 맺었다`:
    the partner of a development done (`개발하는`) may be told by people, signing for two employers or met."""
    tokens = r.view.sentence.tokens
    if r.index + 1 >= len(tokens) or tokens[r.index + 1].tag != "XSV":
        return False  # `연구개발 센터`: a noun of a name, not an act
    sides = {tuple(employers_of(r, [a])[:1]) for a in r.people if a.role in SUBJECT_ROLES}
    return len(sides - {()}) >= _PAIR or any(a.role in COUNTERPART_ROLES for a in r.people)


def _parties(r: Reading, orgs: list[Arg]) -> list[Arg]:
    """The arguments that may form the partnership: not a project or a venture it founds (what the
    partners make), not a place beside two organisations (where they sign), but a government listed
    with the signers or signing itself; inside a quotation, only the quotation's own; not a name that
    describes another or a thing of the deal (deal_modifiers.py)."""
    orgs = [a for a in orgs if a.entity.type != "PROJECT"]  # a project is what partners make, not one of them
    ventures = _ventures(r, orgs)
    r.state.ventures.extend(v for v in ventures if v not in r.state.ventures)
    r.state.founded_at = r.number if ventures else r.state.founded_at
    orgs = [a for a in orgs if a.entity.id not in ventures]  # `합작법인 'X'를 세운다`: X is made, not a maker
    if sum(a.entity.type == "ORG" for a in orgs) >= 2:  # `리야드에 합작법인`, `카타르 X투자청`: where, not who
        orgs = [a for a in orgs if a.entity.type != "PLACE"]
    orgs += [a for a in r.args if a.entity.type == "PLACE"  # `산업부와 충청북도, A사는`, `충청북도는 A사와`
             and (_listed_party(r, a) or government_signing(r, a))]
    quoted = quote_around(r.view, r.index)
    if quoted is not None:
        orgs = [a for a in orgs if quoted[0] <= a.start < quoted[1]]
    described = describing(r, orgs)  # `미디어그룹 X와`, `X와 Y 부품 공급 계약`: what a name describes, not who signs
    return [a for a in orgs if a.entity.id not in described]


def _between(r: Reading) -> list[str]:
    """`한국과 칠레 간`, `A사와 B사 사이에`: two organisations or places joined by `와/과` and closed
    by a word for between, before the deal word, are its parties."""
    tokens = r.view.sentence.tokens
    named = sorted((a for a in r.args if a.entity.type in ("ORG", "PLACE") and a.end <= tokens[r.index].start),
                   key=lambda a: a.start)
    for first, second in zip(named, named[1:]):
        joint = [t for t in tokens if first.end <= t.start < second.start]
        word = next((t for t in tokens if t.start >= second.end), None)
        if [t.tag for t in joint] == ["JC"] and word is not None and word.form in cues("between") \
                and word.tag.startswith("NN") and _leads_to(tokens, word, r.index):
            return unique([first.entity.id, second.entity.id]) if first.entity.id != second.entity.id else []
    return []


def _leads_to(tokens, word, index: int) -> bool:
    """`간 9건의 협약`, `사이에 계약이`: the between-word is close before the deal word, with no subject
    or topic of another predicate in between (not `A와 B 간 무역 갈등이 커지는 가운데 … 협약`)."""
    between = [t for t in tokens[:index] if t.start > word.start]
    return len(between) <= _BETWEEN_REACH and not any(t.tag in ("JKS", "JX") or t.tag.startswith("V") for t in between)


def _pair_meant(r: Reading) -> bool:
    """`양사는`, `두 회사는` in the clause, or opening the sentence when the clause has no subject of its
    own (`양사는 … 협상을 이어가다 3일 계약서에 서명했다`)."""
    if pair_pronoun(r.clause_forms, "orgs"):
        return True
    if any(a.role in SUBJECT_ROLES for a in r.args):
        return False
    return pair_pronoun([t.form for t in r.view.sentence.tokens[:r.index]], "orgs")


def last_counted(r: Reading) -> list[str]:
    """`세 회사는`, `통신 4사 CEO들은`: the organisations a count in the clause means, the last that
    many named before it (none when the text named fewer); a joint venture they were said to found
    (`합작법인 X를 세운다. 3사는 X에 …`) is what they made, not one of them."""
    clause = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    counted = org_count(clause)
    if counted is None:
        return []
    number, at = counted
    last_seen = {e.id: max(s for s, _ in e.mentions if s < at) for e in r.by_id.values()
                 if e.type == "ORG" and e.id not in r.state.ventures and any(s < at for s, _ in e.mentions)}
    latest = sorted(last_seen, key=last_seen.get)[-number:]
    return latest if len(latest) == number else []


def _bought_here(r: Reading, group: list[str]) -> bool:
    """`A사는 B사 지분을 인수하는 계약을 체결했다`: a contract to buy, which the sentence tells as an
    acquisition of the same two organisations, is that acquisition, not a partnership (a contract to
    invest together, `투자해 … 건립하는 협약`, is both)."""
    return any(d.type == "INVEST" and d.sentence == r.number and len(d.orgs) >= 2 and set(d.orgs) <= set(group)
               and any(w in buying_words() for w in d.words) for d in r.drafts)


def _listed_party(r: Reading, place: Arg) -> bool:
    """`산업부와 충청북도, A사는 … 협약을 체결했다`: a province or country joined into the list of
    signers (by `와/과` or a comma) of the deal's own clause is a party (not `한국과 미국 간 갈등이
    커지는 가운데 …`); one right before a company's name says where it is from."""
    following = next((t for t in r.view.sentence.tokens if t.start >= place.end), None)
    joined = next((t for t in reversed(r.view.sentence.tokens) if t.end <= place.start), None)
    places_listed = joined is not None and joined.tag == "JC" and any(  # `충청남도와 당진시가`: the last of the places
        a.entity.type == "PLACE" and a.end == joined.start for a in r.args)
    clause = r.view.clause_of[r.index]
    in_clause = any(r.view.clause_of[i] == clause for i, t in enumerate(r.view.sentence.tokens) if t.start == place.start)
    return in_clause and (place.role in SUBJECT_ROLES + ("with", "list") and following is not None
                          and following.tag in _LIST_TAGS or place.role in SUBJECT_ROLES and places_listed)


def met_side(r: Reading, speakers: list[Arg], reach: int = _MEETING_REACH) -> list[str]:
    """`A 회장은 B 회장을 만났다. A 회장은 이 자리에서 공동 개발을 제안했다`: a deal a person offers
    with no partner named is with the employers of the people they just met."""
    ids = {a.entity.id for a in speakers}
    meeting = meeting_of(r, speakers, reach)
    if meeting is None:
        return []
    own = set(affiliations_of(speakers, r.by_id))
    others = [p for p in meeting.participants if p not in ids and p in r.by_id]
    firsts = [employers(r.by_id[p], r.by_id)[:1] for p in others]  # each person's first: not a group and its unit
    return [o for o in unique([o for side in firsts for o in side]) if o not in own]


def meeting_of(r: Reading, people: list[Arg], reach: int = _MEETING_REACH) -> Draft | None:
    """The meeting of these people with others last told within `reach` sentences, itself or by a
    sentence joining it (`… 회동했다. 이 자리에는 … 참석했다. 이들과 만나 … 당부했다`)."""
    ids = {a.entity.id for a in people}
    recent = [d for d in r.drafts if d.type == "MEET" and ids & set(d.participants) and set(d.participants) - ids
              and r.number - last_told(d) <= reach]  # not a gathering still open (`이들과 만나`)
    return recent[-1] if ids and recent else None


def last_told(draft: Draft) -> int:
    """The last sentence that told the event, itself or by joining it (`이 자리에는 … 참석했다`)."""
    return max([draft.sentence] + [n for n, _ in draft.statuses])


def _shared_from_previous_clause(r: Reading) -> list[Arg]:
    """`A는 B에 투자하고 (…) 파트너십을 체결했다`: a coordinated clause with no organisation of its
    own shares the previous clause's, its `to` party becoming a partner."""
    clause = r.view.clause_of[r.index]
    if clause == 0 or any(a.entity.type == "PERSON" for a in r.args):
        return []
    previous = [a for a in r.view.args_in(clause - 1) if a.entity.type in ("ORG", "PROJECT")]
    return [replace(a, role="with") if a.role == "to" else a for a in previous]


def _ventures(r: Reading, args: list[Arg], kind: str = "venture") -> list[str]:
    """The organisations a joint-venture noun introduces (`합작법인 '에코셀'을 세운다`), or a noun of
    another kind (`컨소시엄 'X'`)."""
    tokens = r.view.sentence.tokens
    found = []
    for arg in args:
        before = [t for t in tokens if t.end <= arg.start and t.tag not in _QUOTE_TAGS][-2:]
        forms = {before[-1].form, "".join(t.form for t in before)} if before else set()
        if forms & set(cues(kind)) or (kind == "venture" and _founded(tokens, arg)):
            found.append(arg.entity.id)
    return found


def _founded(tokens, arg: Arg) -> bool:
    """`각각 출자해 'X'를 조성하는 협약`, `합작법인 X를 설립하고`: the object of a founding verb
    (event_cues `founded_by`) is made by the deal, whatever noun introduces it."""
    after = [t for t in tokens if t.start >= arg.end and t.tag not in _QUOTE_TAGS][:2]
    return len(after) == _FOUNDING_OBJECT and after[0].tag == "JKO" and after[1].form in cues("founded_by")


def _joined_consortium(r: Reading) -> list[Draft]:
    """`A사가 컨소시엄 'X'에 합류했다`: joining a named consortium is a partnership of A with X;
    joining anything else (a meeting, `뒤늦게 합류했다`) is none."""
    consortia = _ventures(r, [a for a in r.orgs if a.role == "to"], "consortium")
    members = [a.entity.id for a in r.orgs if a.role in SUBJECT_ROLES and a.entity.id not in consortia]
    return [r.draft("PARTNER", [], members[:1] + consortia[:1])] if consortia and members else []


def venture_meant(r: Reading, givers: list[str]) -> list[str]:
    """The joint venture an investment goes into: one the clause names, or the last one named when
    the clause says only `합작법인에` or tells the founding (`출자해 설립 등기를 마쳤다`)."""
    named = [v for v in _ventures(r, r.orgs) if v not in givers]
    if named:
        r.state.ventures.extend(v for v in named if v not in r.state.ventures)
        r.state.founded_at = r.number
        return named[:1]
    tokens = r.view.clause_tokens(r.view.clause_of[r.index])
    forms = [t.form for _, t in tokens]
    joined = {a + b for a, b in zip(forms, forms[1:])} | set(forms)
    clause = [t for _, t in tokens]
    founded = any(verb.form in cues("founding_verb") and noun.form in cues("founding_object") and particle.tag == "JKO"
                  for noun, particle, verb in zip(clause, clause[1:], clause[2:]))  # `법인을 세울`, not `공장을 세운다`
    told = bool(joined & set(cues("venture") + cues("founding"))) or founded  # `합작법인에`, `설립 등기`, `법인을 세울`
    if r.trigger.form in cues("contribution") and not told:  # `… 합작법인 'X'를 세운다. A는 60%를 출자한다`
        return [v for v in r.state.ventures[-1:] if v not in givers and _told_lately(r, v)]
    return [v for v in r.state.ventures[-1:] if v not in givers] if told else []


def _told_lately(r: Reading, venture: str) -> bool:
    """The venture was named as founded in this sentence or the one before."""
    return venture in r.state.ventures and r.number - r.state.founded_at <= _FOUNDED_REACH


def describes(r: Reading, arg: Arg) -> bool:
    """`A사는 B사가 운용하는 펀드에 출자했다`, `C사가 보유한 D사 지분을 인수했다`: a subject whose verb
    ends in a relative clause before the event word describes a thing; it does not invest."""
    tokens = r.view.sentence.tokens
    between = [t for t in tokens[:r.index] if t.start >= arg.end]
    ending = next((t for t in between if t.tag in _ENDINGS), None)
    return ending is not None and ending.tag == "ETM"


def reports_another(r: Reading, topic: Arg) -> bool:
    """`영국 정부는 한국 기업들이 … 투자를 진행할 것이라고 전했다`: a topic followed by a subject of
    its own before the event word reports another's act; it is not the investor. A subject inside a
    relative clause (`도 대표가 이끄는 회사에`) is not one."""
    tokens = r.view.sentence.tokens
    if topic.role != "topic":
        return False
    between = [t for t in tokens[:r.index] if t.start >= topic.end]
    return any(t.tag == "JKS" and not any(u.tag == "ETM" and u.start > t.start for u in between) for t in between)


