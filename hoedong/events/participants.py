"""Participants: who of the people a sentence names take part in its meeting or visit, and who
it leaves unnamed. A quotation with its own subject keeps its speaker out; people stood in for
(`X를 대신해`; one left out, `X를 제외한`, is clauses.is_left_out) did not take part; whoever chairs
the gathering just told (`사회는 X가 맡았다`: `moderating`) was at it; a plural subject
(`총수들은`, `이들은`: `plural`) means the group met just before; a counted group (`세 사람은`, `두 총수와`)
means the last that many people named (the subject aside), and with no time of its own, their
meeting told before; counterparts left unnamed, plural (`기업인들과`) or counted (`스타트업 5곳과`:
`head_counter`), leave the gathering open to the list that may follow; a gathering told by its guest list
(`… 열린 오찬에는 A와 B가 참석했다`) has as host the person the text is about; the people told as
hosting or chairing it (`주최`, `주재`) are at it, with the clause's left-out subject as their guest
(`X가 주최한 만찬에 참석했다`); a visit asked for (`B에게 … 방문해 달라고 요청했다`)
is the trip of the person asked; a trip a person owns, followed by a companion word (`X 대통령의
독일 방문에 동행한다`: `accompanying`), is the trip of the sentence's subjects too. A clause after an
attendance with a subject of its own (`… 배석했고, B는 같은 시각 공장을 찾았다`: `acts_beside`) tells B's own act.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hoedong.events.clauses import SUBJECT_ROLES, Arg, View, chained_tokens, count_word, quote_around
from hoedong.events.discourse import attending_clauses, attends, speakers
from hoedong.events.draft import unique
from hoedong.events.lexicon import cues, particle_roles, triggers

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading
    from hoedong.events.draft import Draft

_GUEST_PARTICLE_REACH = 6  # tokens after an event word in which its particle stands (`오찬`, `·국빈 만찬 등을`)
_GROUP_SIZE = 3  # a meeting of this many people or more is a group a plural subject may mean
_GROUP_REACH = 3  # sentences back in which a plural subject (`총수들은`) finds its group
_COUNTED = {"group_of_3": 3, "group_of_4": 4, "group_of_5": 5}  # event_cues.tsv kinds: `세 사람`, `네 사람`
_WITH_ROLES = ("with", "list")  # `두 총수와`: the particle of a counterpart
_CHAIR_REACH = 2  # sentences back the gathering a chair (`사회는 X가 맡았다`) is told for may be
_ACCOMPANYING_REACH = 4  # tokens after a visit word in which a companion word follows it (`방문에 경제 사절단 으로`)
_COMPANION_REACH = 12  # characters between `X 회장과` and the `함께` that makes X a companion
_ASKING_REACH = 6  # tokens after a visit word in which an asking word asks for it (`방한 기간 중 면담을 신청`)


def within_quote(r: Reading) -> Reading:
    """`X 차장은 "A와 B는 네덜란드를 방문할 예정"이라고 밝혔다`: when the quotation has its own subject
    (who goes or meets), the speaker outside it is not one of them; nor is one named after the
    quotative ending (`… 접견했다고 X 수석이 밝혔다`)."""
    telling = speakers(r.view, r.index)
    if telling:  # `… 접견했다고 X 수석이 밝혔다`: the one who tells it is not in it
        r = replace(r, args=[a for a in r.args if a.entity.id not in telling],
                    sentence_subjects=[p for p in r.sentence_subjects if p not in telling])
    quote = quote_around(r.view, r.index)
    if quote is None:
        return r
    inside_subjects = [a for a in r.people if quote[0] <= a.start < quote[1] and a.role in SUBJECT_ROLES]
    if not inside_subjects:  # `X는 "나고야를 방문해 Y를 만날 계획"이라고 밝혔다`: X goes
        return r
    args = [a for a in r.args if a.entity.type != "PERSON" or quote[0] <= a.start < quote[1]]
    return replace(r, args=args, sentence_subjects=[])


def group_meant(r: Reading, named: set[str]) -> list[str]:
    """`4대 그룹 총수들은 … X와 만났다`, `이들은 …`: a plural subject with no name of its own means the
    people of the last meeting of three or more told shortly before, but those named here."""
    groups = [d for d in r.drafts if d.type == "MEET" and len(d.participants) >= _GROUP_SIZE
              and r.number - d.sentence <= _GROUP_REACH]
    if not plural_subject(r) or not groups:
        return []
    return [p for p in groups[-1].participants if p not in named]


def plural_subject(r: Reading) -> bool:
    """The clause's subject is a plural noun with no name (`총수들은`, `이들은`, `경영진들이`)."""
    return plural_subject_at(r) is not None


def plural_subject_at(r: Reading) -> int | None:
    """Where the clause's plural subject with no name stands (its offset), if it has one."""
    tokens = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    return next((a.start for a, b, c in zip(tokens, tokens[1:], tokens[2:]) if a.tag in ("NNG", "NP")
                 and b.tag == "XSN" and b.form in cues("plural") and c.tag in ("JX", "JKS")), None)


def unnamed_subjects(r: Reading) -> bool:
    """`5대 그룹 총수들은 X와 만났다`: a plural subject no name of the clause stands for (not `A, B 등
    총수들도`, where it sums up the people listed before it)."""
    at = plural_subject_at(r)
    return at is not None and not any(a.entity.type == "PERSON" and a.start < at for a in r.people)


def attended_scene(r: Reading) -> bool:
    """`… 열린 오찬에는 A와 B가 참석했다`: the event noun, topic-marked, is the scene its clause's
    subjects attend (not `간담회에 참석했다`, where the subject may be a guest of someone else's)."""
    tokens = r.view.sentence.tokens
    following = [t.form for t in tokens[r.index + 1: r.index + 3]]
    topic = len(following) == 2 and following[0] in cues("scene_particle") and following[1] in cues("topic_marker")
    return r.trigger.pos == "noun" and topic and attends(tokens[r.index + 1:])


def host_of(r: Reading, named: set[str]) -> list[str]:
    """The guests listed as attending a gathering leave out its host: the person the text was about
    (`국 대표가 파트너사 수장들을 불러 모았다. … 오찬에는 A와 B가 참석했다`), if not among them."""
    return [p for p in r.state.people if p not in named][:1]


def hosts(r: Reading) -> list[str]:
    """`A 회장이 주최하고 B 회장이 공동 주관한 간담회가 열렸다`, `C 회장이 주재한 오찬`: the people who
    host or chair the gathering (event_cues.tsv `hosting`, after them in their own clause, before
    the event word) are at it."""
    view = r.view
    tokens = view.sentence.tokens
    found = []
    for arg in view.args:
        if arg.entity.type != "PERSON" or arg.role not in SUBJECT_ROLES or arg.clause > view.clause_of[r.index]:
            continue
        own = [t for i, t in enumerate(tokens[: r.index]) if view.clause_of[i] == arg.clause and t.start >= arg.end]
        if any(t.form in cues("hosting") for t in own):
            found.append(arg.entity.id)
    return found


def guest_of_hosted(r: Reading, named: set[str], own_subjects: list[str]) -> list[str]:
    """`12일에는 X 국왕이 주최한 만찬에 참석했다`, `… 국왕 내외와의 오찬 등을 소화했다`: when the only
    subjects named host the gathering (a relative clause before its word), the act's own subject is
    left out: the person the sentence, else the text, is about, who went to it as a guest. Only when
    the gathering is the object or the place of that act (`만찬에`, `만찬을`), not its subject
    (`X가 주최한 만찬이 열렸다`: no guest is told)."""
    if not own_subjects or not set(own_subjects) <= set(hosts(r)) or not _guest_act(r):
        return []
    told = [p for p in r.sentence_subjects if p not in named] or [p for p in r.state.people if p not in named]
    return told[:1]


def _guest_act(r: Reading) -> bool:
    """The first particle after the event word (past the words listed with it, `오찬·만찬 등을`) marks
    it as the object or the place of the clause's act."""
    for token in r.view.sentence.tokens[r.index + 1: r.index + 1 + _GUEST_PARTICLE_REACH]:
        if token.tag.startswith("J"):
            return token.tag == "JKO" or (token.tag == "JKB" and token.form in cues("scene_particle"))
    return False


def counted_group(r: Reading) -> list[str]:
    """`세 사람은 … 만찬을 했다`, `… 참여해 세 사람이 논의했다`: a counted group of people means the
    last that many people the text named before it (not a pair: `두 사람` is `_pair_meant`)."""
    heads = cues("pair_people")
    if r.view.forms.isdisjoint(heads):
        return []  # no word for people to count (checked first: every meeting word is asked)
    tokens = chained_tokens(r.view, r.view.clause_of[r.index])
    counts = [a for a, b in zip(tokens, tokens[1:]) if a.tag == "MM" and b.form in heads]  # `세 사람`
    at = next(((n, a.start) for kind, n in _COUNTED.items() for a in counts if a.form in cues(kind)), None)
    if at is None:
        return []
    size, start = at
    return last_named(r, size, start)


def last_named(r: Reading, size: int, before: int, besides: tuple[str, ...] = ()) -> list[str]:
    """The last `size` distinct people the text named before the offset `before` (other than `besides`),
    in text order (none when it named fewer)."""
    mentioned = sorted((m_start, e.id) for e in r.by_id.values() if e.type == "PERSON" and e.id not in besides
                       for m_start, _ in e.mentions if m_start < before)
    last: list[str] = []
    for _, person in reversed(mentioned):
        if person not in last:
            last.append(person)
    return list(reversed(last[:size])) if len(last) >= size else []


def gathering_of(r: Reading, group: list[str]) -> Draft | None:
    """The meeting of exactly `group` told before, when the sentence names no time of its own (`세 사람은
    … 이야기를 나눴다` after their meeting is told: that meeting; `세 사람은 2019년 처음 만났다` is another)."""
    if not group or (r.when is not None and r.when.text and r.when.text.strip() in r.text):
        return None
    return next((d for d in reversed(r.drafts) if d.type == "MEET" and set(d.participants) == set(group)), None)


def counted_counterparts(r: Reading, subjects: list[str]) -> list[str]:
    """`A는 두 총수와 만찬을 함께했다`, `세 사람과 오찬을 했다`: a counted group as the counterpart means
    the last that many people named before it, the subject aside."""
    tokens = [t for _, t in r.view.clause_tokens(r.view.clause_of[r.index])]
    heads = cues("pair_people")
    for count, head, particle in zip(tokens, tokens[1:], tokens[2:]):
        size = count_word(count.form)  # a pair too: `두 총수와`
        counterpart = particle_roles().get((particle.tag, particle.form)) in _WITH_ROLES
        if size and count.tag == "MM" and head.form in heads and counterpart:
            return last_named(r, size, count.start, tuple(subjects))
    return []


def unnamed_counterparts(tokens) -> bool:
    """`기업인들과 오찬을 했다`, `CEO들과 환담을 나눴다`, `정관계 인사들을 만난다`: the counterparts are a
    plural noun with no name, so the gathering is open to the attendance list that may follow (`이
    자리에는 A, B 등이 참석했다`)."""
    return any(a.tag in ("NNG", "NNP", "SL", "SSC") and b.tag == "XSN" and b.form in cues("plural")
               and (particle_roles().get((c.tag, c.form)) == "with"
                    or particle_roles().get((c.tag, c.form)) == "object" and _met(tokens[i + 3: i + 5]))
               for i, (a, b, c) in enumerate(zip(tokens, tokens[1:], tokens[2:]))) or _counted_heads(tokens)


def _counted_heads(tokens) -> bool:
    """`스타트업 5곳과 간담회를 연다`, `기업인 20여 명과 환담했다`: counterparts given by a head count
    (event_cues.tsv `head_counter`), no name, so the gathering is open to the list that may follow."""
    for i, token in enumerate(tokens[1:-1], 1):
        if token.form not in cues("head_counter") or not _counted(tokens, i):
            continue
        role = particle_roles().get((tokens[i + 1].tag, tokens[i + 1].form))
        if role in _WITH_ROLES or (role == "object" and _met(tokens[i + 2: i + 4])):
            return True
    return False


def _counted(tokens, i: int) -> bool:
    """A number or count word stands before the counter at `i` (`5곳`, `20여 명`, `다섯 명`)."""
    count = tokens[i - 2] if tokens[i - 1].tag == "XSN" and i >= 2 else tokens[i - 1]
    return (count.tag == "SN" and count.form.isdigit()) or count_word(count.form) is not None


def _met(following) -> bool:
    """The word right after a plural object is a meeting verb (`인사들을 만난다`, `단체장들을 접견한다`),
    not another (`선박들을 둘러봤다`)."""
    if not following:
        return False
    word = following[0]
    verb = word.tag.startswith("VV") and (word.form, "verb") in triggers()
    noun = word.tag == "NNG" and (word.form, "noun") in triggers() and following[1:2] and following[1].tag == "XSV"
    trigger = triggers().get((word.form, "verb" if verb else "noun")) if verb or noun else None
    return trigger is not None and trigger.type == "MEET"


def next_gathering(r: Reading, subject: str) -> Draft | None:
    """`B와 정상회담을 한 뒤 국빈 만찬을 열었다`: a second gathering word of another kind, told by the
    same subject with no counterpart of its own, is a gathering of the people of the one the sentence
    just told (its own event: the guests listed for it join it, not the first)."""
    if r.trigger.pos != "noun":
        return None  # `… 오찬을 했지만, C와는 만나지 않았다`: a verb tells its own meeting
    before = [d for d in r.drafts if d.type == "MEET" and d.sentence == r.number and subject in d.participants
              and r.trigger.form not in d.words]
    if not before:
        return None
    draft = r.draft("MEET", list(before[-1].participants), [])
    draft.follows = before[-1]
    return draft


def moderate(view: View, drafts: list[Draft], number: int) -> bool:
    """`간담회 사회는 X 차관이 맡았다`, `좌장은 Y 원장이 맡았다`: whoever takes the chair of the gathering
    told in this sentence or the one before (event_cues.tsv `moderating`, with `moderating_verb`) was
    at it. True when that is all the sentence tells (`…맡았으며, …` goes on to tell more: read on)."""
    tokens = view.sentence.tokens
    if view.forms.isdisjoint(cues("moderating")):
        return False  # no word of chairing (checked first: every sentence is asked)
    chaired = any(a.form in cues("moderating") and a.tag == "NNG" and b.tag in ("JX", "JKO", "JKS")
                  for a, b in zip(tokens, tokens[1:]))
    verb_at = next((i for i, t in enumerate(tokens) if t.form in cues("moderating_verb") and t.tag == "VV"), None)
    if not chaired or verb_at is None:
        return False
    meetings = [d for d in drafts if d.type == "MEET" and d.sentence >= number - _CHAIR_REACH]
    people = [a.entity.id for a in view.args if a.entity.type == "PERSON" and a.role in SUBJECT_ROLES]
    if not meetings or not people:
        return False
    for person in people:
        if person not in meetings[-1].participants:
            meetings[-1].participants.append(person)
    meetings[-1].evidence.append((view.sentence.start, view.sentence.end))
    return not any(t.tag == "EC" for t in tokens[verb_at + 1:])


def asked_of(r: Reading) -> list[str]:
    """A visit asked for (an asking word after the visit word, `요청`, `초청`, `… 달라고`) is the trip of
    the person asked: the one addressed before the visit word (`B에게 … 찾아 달라고 요청했다`, `B에게 방한
    기간 중 면담을 신청했다`), else, for a visit noun asked for after a call or a meeting with someone
    (`B와 통화를 하고 방한을 요청했다`), that counterpart. Empty when no one else is asked."""
    tokens = r.view.sentence.tokens
    after = tokens[r.index + 1: r.index + 1 + _ASKING_REACH]
    if not any(_asking(t) for t in after):
        return []
    at = tokens[r.index].start
    before = [a for a in r.view.args if a.entity.type == "PERSON" and a.end <= at]
    subjects = {a.entity.id for a in before if a.role in SUBJECT_ROLES}
    before = [a for a in before if a.entity.id not in subjects]
    addressed = [a.entity.id for a in before if a.role == "to"]
    if addressed:
        return addressed[-1:]
    if r.trigger.pos != "noun" or not subjects:
        return []
    return unique([a.entity.id for a in before if a.role == "with"])


def _asking(token) -> bool:
    """An asking word (`요청`, `신청`, `초청`) or the auxiliary of a request (`… 달라고`: VX 달)."""
    if token.form in cues("request_aux"):
        return token.tag == "VX"
    return token.tag.startswith("NN") and token.form in cues("asking") + cues("inviting")


def accompanying(r: Reading, owner: str) -> list[str]:
    """`A와 B는 X 대통령의 독일 방문에 동행한다`, `A가 X 대통령의 국빈 방문 경제사절단으로 독일을 찾는다`:
    the visit word a person owns, with a companion word right after it (event_cues.tsv
    `accompanying`), is a trip the sentence's subjects make with its owner: the owner, then them."""
    tokens = r.view.sentence.tokens
    if not any(t.form in cues("accompanying") for t in tokens[r.index + 1: r.index + 1 + _ACCOMPANYING_REACH]):
        return [owner]
    return unique([owner] + [a.entity.id for a in r.args if a.entity.type == "PERSON"
                             and a.role in SUBJECT_ROLES + ("also",)])  # the visit's own clause, not the sentence's


def companions(r: Reading) -> list[str]:
    """`A 회장, B 회장과 함께 X사 본사를 방문했다`: people `with` whom the visitor goes
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


def acts_beside(view: View) -> set[int]:
    """`이 자리에는 A가 함께했고, B는 같은 시각 공장을 둘러봤다`, `예방에는 A만 배석했고, B는 … 찾았다`: the
    clauses after an attendance's own that have a subject of their own tell acts of their own, which
    reading the sentence as an attendance would lose."""
    attending = attending_clauses(view)
    if not attending:
        return set()
    return {a.clause for a in view.args if a.entity.type == "PERSON" and a.role in SUBJECT_ROLES
            and a.clause > max(attending)}
