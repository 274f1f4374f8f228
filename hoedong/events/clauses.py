"""A sentence as the events stage reads it: its clauses, and the role each entity plays in them.

The role of a name comes from the particle that ends its phrase (`이재용 삼성전자 회장은` → topic,
`…CEO를` → object, `…와` → with); names joined by `와/과`, commas, `·` or `및` share the role of the
last one. Clauses end at connective endings (`…고`, `…며`, `…면서`) and after clauses of time
(`…한 뒤`, `…한 후`), not at `…아/어` that chain one act (`찾아 … 만났다`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import islice
from operator import attrgetter

from hoedong.events.lexicon import cues, endings, particle_roles, triggers
from hoedong.model import Entity
from hoedong.nlp import Sentence, Token

SUBJECT_ROLES = ("subject", "topic")  # the roles of a clause's subject (이/가) and topic (은/는)
_LEFT_OUT_REACH = 6  # tokens after a person in which `제외`, `대신` leave them out (`X SK그룹 회장을 대신해`)
_RELATIVE_REACH = 6  # tokens after a person in which `의 동생인` names them as someone's relative
_MEMORIAL_REACH = 2  # nouns after a person in which a memorial's word names a place after them (`열사 기념관`)
_AFFILIATION_GAP = 2  # characters between a person and the organisation that employs them
_POST_REACH = 6  # tokens after a place in which the title of a post may come (`아랍에미리트(UAE) 아부다비 행정청장`)
_POST_TAGS = ("SL", "SSO", "SSC")  # a country's short form in parentheses inside the post
_RELATIVE_CHAIN = 4  # 방한(+하/XSV)(+었/EP)(+ᆫ/ETM), 방한(+중/NNB)(+이/VCP)(+ᆫ/ETM)
_SUBJECT_PARTICLE_TAGS = ("JKS", "JX")  # `두 사람은`, `세 사람이`: the particles of a clause's subject
FORM, TAG = attrgetter("form"), attrgetter("tag")  # a token's form and tag, for map() over a sentence's tokens
_START = attrgetter("start")
_NP_TAGS = frozenset(("NNG", "NNP", "NNB", "SL", "SN", "SSO", "SSC", "SH", "XSN", "XPN", "NR"))


def holds_none(tokens, words: tuple[str, ...]) -> bool:
    """None of the tokens has one of these forms: the cheap test a rule makes before reading the tokens
    (it stops at the first token that has one, and makes no set of the tokens' forms)."""
    return word_set(words).isdisjoint(map(FORM, tokens))


@cache
def word_set(words: tuple[str, ...]) -> frozenset[str]:
    """A word list (a lexicon kind) as a set, made once per list."""
    return frozenset(words)


@dataclass(frozen=True)
class Arg:
    entity: Entity
    start: int
    end: int
    role: str  # subject | topic | also | object | with | at | to | from | of | none
    clause: int


@dataclass(frozen=True)
class View:
    sentence: Sentence
    args: tuple[Arg, ...]
    clause_of: tuple[int, ...]  # clause index of each token
    sentence_text: str
    forms: frozenset[str]  # the forms of the tokens: a rule that needs one of its words returns at once without

    def clause_tokens(self, clause: int) -> list[tuple[int, Token]]:
        return list(self._tokens_by_clause.get(clause, ()))

    def args_in(self, clause: int) -> list[Arg]:
        return list(self._args_by_clause.get(clause, ()))

    @cached_property
    def _tokens_by_clause(self) -> dict[int, list[tuple[int, Token]]]:
        """(index, token) of each clause, grouped once per sentence: rules ask per event word."""
        grouped: dict[int, list[tuple[int, Token]]] = {}
        for clause, item in zip(self.clause_of, enumerate(self.sentence.tokens)):
            grouped.setdefault(clause, []).append(item)
        return grouped

    @cached_property
    def _args_by_clause(self) -> dict[int, list[Arg]]:
        grouped: dict[int, list[Arg]] = {}
        for arg in self.args:
            grouped.setdefault(arg.clause, []).append(arg)
        return grouped

    @cached_property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """The sentence's spoken quotations as body offsets (quote_spans), found once per sentence."""
        base = self.sentence.start
        return tuple((base + m.start(), base + m.end()) for m in _QUOTE.finditer(self.sentence_text))


class Mentions:
    """Every mention of a document's entities as (start, end, entity), in order of start (entities in
    their given order where starts tie), made once per document so each sentence takes its own by
    bisection instead of scanning them all."""

    def __init__(self, entities) -> None:
        self.spans = sorted(((s, e, entity) for entity in entities for s, e in entity.mentions), key=lambda item: item[0])
        self.starts = [item[0] for item in self.spans]

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        return self.spans[bisect_left(self.starts, start): bisect_left(self.starts, end)]


def view_of(sentence: Sentence, entities: list[Entity] | Mentions, body: str) -> View:
    tokens = sentence.tokens
    clause_of = _clauses(tokens)
    mentions = entities if isinstance(entities, Mentions) else Mentions(entities)
    spans = mentions.within(sentence.start, sentence.end)
    named = _Named.of(spans)
    starts = list(map(_START, tokens))
    in_order = starts == sorted(starts)  # always from Kiwi; checked so the answer holds anyway
    args = []
    for s, e, entity in spans:
        index = _first_at(starts, s, in_order)
        after = _first_at(starts, e, in_order)  # a particle glued on the name ends the token before this one
        following = tokens[after:] if in_order else [t for t in tokens if t.start >= e]
        role = _glued_role(tokens[after - 1] if after > 0 else None, e) or _role(following, e, named)
        args.append([entity, s, e, role, clause_of[min(index, len(tokens) - 1)]])
    _share_roles_in_lists(args, tokens)
    return View(sentence, tuple(Arg(*a) for a in args), tuple(clause_of), body[sentence.start: sentence.end],
                frozenset(map(FORM, tokens)))  # every sentence's gates ask for the forms


def _glued_role(token: Token | None, end: int) -> str | None:
    """`은빛나래바이오가`/NNP: Kiwi may read an unknown name and its particle as one proper noun; the
    rest of that token after the name's end is the particle that gives the role."""
    if token is None or not token.start < end < token.start + len(token.form) or not token.tag.startswith("NN"):
        return None
    return _roles_by_form().get(token.form[end - token.start:])


@cache
def _roles_by_form() -> dict[str, str]:
    """Each particle's first role in particles.tsv (`와`: with before list), whatever its tag."""
    roles: dict[str, str] = {}
    for (_, form), role in particle_roles().items():
        roles.setdefault(form, role)
    return roles


def _first_at(starts: list[int], offset: int, in_order: bool) -> int:
    """The index of the first token starting at or after `offset` (len(starts) when none)."""
    if in_order:
        return bisect_left(starts, offset)
    return next((i for i, at in enumerate(starts) if at >= offset), len(starts))


def _clauses(tokens) -> list[int]:
    """The clause index of each token: a new clause after a connective ending (not before an
    auxiliary verb: `만나고 싶다`, `만나고 있다`) and after the noun closing a clause of time."""
    boundary = endings("boundary")
    last = len(tokens) - 1
    tags = list(map(TAG, tokens))
    ends = [i for i, tag in enumerate(tags)  # the last token of every clause but the last
            if (tag == "EC" and tokens[i].form in boundary and i < last and tags[i + 1] != "VX")
            or (tag in _TIME_CLAUSE_NOUN_TAGS and tags[i - 1] == "ETM" and _closes_time_clause(tokens, i))]
    clause_of, start = [], 0
    for clause, end in enumerate(ends):
        clause_of += [clause] * (end + 1 - start)
        start = end + 1
    return clause_of + [len(ends)] * (len(tokens) - start)


_TIME_CLAUSE_NOUN_TAGS = ("NNG", "NNB")  # the noun a clause of time ends at (`뒤`, `후`, `데`)


def _closes_time_clause(tokens, index: int) -> bool:
    """`만찬을 한 뒤`, `만난 후`, `오찬을 한 데 이어`: a clause of time ends at its noun (what follows is
    another act, with counterparts of its own)."""
    token = tokens[index]
    if not (index > 0 and index + 1 < len(tokens) and tokens[index - 1].tag == "ETM" and token.tag in _TIME_CLAUSE_NOUN_TAGS):
        return False
    following = token.form in endings("sequence_bound") and tokens[index + 1].form in endings("sequence_follow")
    return token.form in endings("sequence_noun") or following  # `오찬을 한 데 이어 … 만찬을 함께했다`


@dataclass(frozen=True)
class _Named:
    """The sentence's mentions as roles are read: the entities whose mention starts at each offset,
    and the spans of the organisations and products (made once per sentence, asked per token)."""

    by_start: dict[int, tuple[Entity, ...]]
    names: tuple[tuple[int, int], ...]

    @staticmethod
    def of(spans) -> "_Named":
        by_start: dict[int, list[Entity]] = {}
        for s, _, entity in spans:
            by_start.setdefault(s, []).append(entity)
        names = tuple((s, e) for s, e, entity in spans if entity.type not in ("PERSON", "PLACE"))
        return _Named({s: tuple(found) for s, found in by_start.items()}, names)

    def starting_at(self, offset: int) -> tuple[Entity, ...]:
        return self.by_start.get(offset, ())


def _role(following, end: int, named: _Named) -> str:
    """The particle ending the phrase that starts with this name (its titles and organisation
    included; `following`: the sentence's tokens from the name's end on); a place, another person or
    an event word starts a new phrase."""
    event_words, government, roles, by_start = triggers(), cues("government"), particle_roles(), named.by_start
    for n, token in enumerate(following[:10]):
        form, tag, start = token.form, token.tag, token.start  # read once: a token's fields are asked many times
        starts = by_start.get(start, ()) if start > end else ()
        if starts and any(o.type == "PERSON" for o in starts):
            return "none"
        if starts and any(o.type == "PLACE" for o in starts) and not _names_post(following[n + 1:], named):
            return "none"  # a place starts a new phrase, unless it names a post (`경기도 경제부지사`)
        trigger = event_words.get((form, "noun"))
        if start > end and trigger is not None and not trigger.needs:
            return "none"  # an event word starts a new phrase (not `공동`, a word of titles too)
        if form in government and tag.startswith("NN"):
            return "of"  # `이재명 정부가`: the administration, not the person, does it
        glued = roles.get((tag, form)) if start == end else None
        if glued is not None:
            return glued  # `오십천정밀과도` (과도/NNG): a particle pair Kiwi read as a noun
        if tag in _NP_TAGS or tag.startswith("NN") or _inside_name(token, named):
            continue  # `한결중공업`: Kiwi may cut a name into an adverb and a noun; it is still the name
        if tag == "MM" and _names_post(following[n + 1:], named):
            continue  # `김부겸 전 국무총리가`, `X 전 산업부 장관이`: a determiner of the title (former) is inside the phrase
        role = roles.get((tag, form)) or roles.get((tag[:3], form)) \
            or ("list" if tag == "SP" else "none")
        after = following[n + 1] if n + 1 < len(following) else None
        if role == "object" and after is not None and after.form in cues("including"):
            return "list"  # `X를 비롯해 Y 등이 참석했다`: X heads the list, not the object of an act
        return role
    return "none"


def _names_post(following, named: _Named) -> bool:
    """`사우디아라비아 에너지부 장관이`, `경기도 경제부지사`, `아랍에미리트(UAE) 아부다비 행정청장이`: the
    nouns after a place end in a title (the person's post in that country or region), with no
    particle or other person between."""
    from hoedong.entities.lexicon import title_of

    for token in following[:_POST_REACH]:
        if title_of(token.form):
            return True
        if any(other.type == "PERSON" for other in named.starting_at(token.start)):
            return False
        if not (token.tag.startswith("NN") or token.tag in _POST_TAGS or _inside_name(token, named)):
            return False
    return False


def _inside_name(token: Token, named: _Named) -> bool:
    """The token lies inside a named organisation or product, whatever Kiwi tagged it."""
    return any(s <= token.start < e for s, e in named.names)


_KINDS = {"PERSON": "person", "ORG": "org", "PROJECT": "org", "PLACE": "place", "PRODUCT": "product"}


def _share_roles_in_lists(args: list[list], tokens) -> None:
    """`최태원 SK 회장, 전영현 삼성전자 부회장과`: every name of a list takes the list's role; a
    `와/과` that joins nothing of the same kind (`TSMC와 HBM4 개발`) means `with`."""
    for i in range(len(args) - 1, -1, -1):
        if args[i][3] != "list":
            continue
        kind = _KINDS.get(args[i][0].type)
        following = next((a for a in args[i + 1:] if _KINDS.get(a[0].type) == kind), None)
        same_kind = following is not None and following[4] == args[i][4]
        args[i][3] = following[3] if same_kind else "with"


_QUOTE = re.compile(r"[“\"「][^“”\"「」]{2,300}[”\"」]")


def quote_spans(view: View) -> list[tuple[int, int]]:
    """The spoken quotations of a sentence, as body offsets (double quotes: single quotes mark
    names and phrases in Korean news, `'치맥 회동'`)."""
    return list(view.quotes)


def inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return bool(spans) and any(s < offset < e for s, e in spans)


def quote_around(view: View, index: int) -> tuple[int, int] | None:
    """The quotation (body offsets) the token at `index` stands in, if any."""
    at = view.sentence.tokens[index].start
    return next(((s, e) for s, e in quote_spans(view) if s < at < e), None)


# ---- readings the builders share -------------------------------------------------------------------

def chained_subjects(view: View, clause: int) -> list[Arg]:
    """`A 회장과 B 회장이 웃으며 만났다`: a clause with no subject of its own shares the subject (`이/가`,
    `은/는`) of the clauses it is chained to by a coordinating ending (`-며`, `-고`, `-면서`), the nearest
    first; none when a clause between them ends otherwise."""
    if any(a.role in SUBJECT_ROLES for a in view.args_in(clause)):
        return []
    for earlier in chained_before(view, clause):
        subjects = [a for a in view.args_in(earlier) if a.role in SUBJECT_ROLES and a.entity.type == "PERSON"]
        if subjects:
            return subjects
    return []


def chained_tokens(view: View, clause: int) -> list[Token]:
    """The tokens of the clause, after those of the earlier clauses it is chained to (`-며`, `-고`) when it
    has no subject particle of its own: `두 사람은 … 준비하며 처음 만났지만` (a pair or counted subject
    stands at the head of the chain)."""
    own = [t for _, t in view.clause_tokens(clause)]
    if any(t.tag in _SUBJECT_PARTICLE_TAGS for t in own):
        return own
    first = clause
    for earlier in chained_before(view, clause):
        first = earlier
        if any(t.tag in _SUBJECT_PARTICLE_TAGS for _, t in view.clause_tokens(earlier)):
            break
    return [t for c in range(first, clause + 1) for _, t in view.clause_tokens(c)]


def chained_before(view: View, clause: int):
    """The clauses before `clause`, nearest first, for as long as each ends in a coordinating ending
    (`-며`, `-고`, `-면서`) that chains it to the next."""
    chaining = endings("coordinating")
    for earlier in range(clause - 1, -1, -1):
        tokens = view.clause_tokens(earlier)
        if not tokens or tokens[-1][1].tag != "EC" or tokens[-1][1].form not in chaining:
            return
        yield earlier


def pair_pronoun(forms: list[str], kind: str) -> bool:
    """`두 사람은`, `양측은` (kind `people`); `두 회사는`, `양사는` (kind `orgs`): the two just named."""
    heads = cues(f"pair_{kind}")
    joined = " ".join(forms)
    return any(phrase in joined for phrase in _counted_pairs(kind)) \
        or any(f in cues("pair_both") or f in cues(f"pair_{kind}_word") for f in forms) \
        or any(a in cues("pair_prefix") and b in heads for a, b in zip(forms, forms[1:])) \
        or (kind == "people" and _heads_of_pair(forms))


@cache
def _counted_pairs(kind: str) -> tuple[str, ...]:
    """`두 사람`, `두 회사`: each count word before each head of `kind` (built once)."""
    return tuple(f"{count} {head}" for count in cues("pair_count") for head in cues(f"pair_{kind}"))


def _heads_of_pair(forms: list[str]) -> bool:
    """`양사 대표는`, `두 회사 수장은`: the heads of the two organisations just named are two people."""
    heads = cues("pair_people")
    if set(forms).isdisjoint(heads):
        return False  # no word for the heads
    counts = cues("pair_prefix") + cues("pair_count")
    for k, form in enumerate(forms[:-1]):
        if form in cues("pair_orgs_word") and forms[k + 1] in heads:
            return True  # `양사 대표`
        counted_orgs = form in counts and forms[k + 1] in cues("pair_orgs")
        if counted_orgs and k + 2 < len(forms) and forms[k + 2] in heads:
            return True  # `양/MM 사/NNG 대표`, `두 회사 수장`
    return False


_COUNT_WORDS = {"pair_count": 2, "group_of_3": 3, "group_of_4": 4, "group_of_5": 5}  # event_cues.tsv kinds
_PAIR = 2  # two organisations are a pair (`양사`, `두 회사`), which pair_pronoun reads


def org_count(tokens) -> tuple[int, int] | None:
    """`세 회사는`, `3사는`, `통신 4사 CEO들은`: a count of the organisations just named, as (how many,
    where the count stands); none for two (`양사`, `두 회사`: pair_pronoun) or no count."""
    heads = cues("pair_orgs")
    for token, after in zip(tokens, list(tokens[1:]) + [None]):
        number = _count_of(token) if after is not None and after.form in heads else None
        if number is not None and number > _PAIR:
            return number, token.start
        glued = _GLUED_COUNT.fullmatch(token.form) if token.form[:1].isdecimal() else None  # `3사` read as one noun
        if glued and glued.group(2) in heads and int(glued.group(1)) > _PAIR:
            return int(glued.group(1)), token.start
    return None


_GLUED_COUNT = re.compile(r"(\d+)(\D+)")  # a count and its noun written as one (`3사`)


def _count_of(token) -> int | None:
    if token.tag == "SN" and token.form.isdigit():
        return int(token.form)
    return count_word(token.form)


def count_word(form: str) -> int | None:
    """The number a count word says (`두` 2, `세` 3: event_cues.tsv `pair_count`, `group_of_N`), if it is one."""
    return _count_words().get(form)


@cache
def _count_words() -> dict[str, int]:
    """Each count word and the number it says, by the first kind (in _COUNT_WORDS order) holding it."""
    found: dict[str, int] = {}
    for kind, number in _COUNT_WORDS.items():
        for form in cues(kind):
            found.setdefault(form, number)
    return found


def is_affiliation(arg: Arg, args: list[Arg]) -> bool:
    """`정신아 카카오 대표`: an organisation named as someone's employer is not a destination."""
    return arg.entity.type == "ORG" and any(
        other.entity.type == "PERSON" and 0 <= arg.start - other.end <= _AFFILIATION_GAP for other in args)


def is_left_out(tokens, arg: Arg) -> bool:
    """`신 회장을 제외한 총수들`, `X 회장을 대신해 만났다`: a person named to be left out or stood in
    for (event_cues.tsv `left_out`) is not one who met."""
    following = list(islice((t for t in tokens if t.start >= arg.end), _LEFT_OUT_REACH))
    for token in following:
        if token.form in cues("left_out"):
            return True
        if token.tag.startswith(("V", "E", "JKS")):  # the person's phrase ends (`X를 만나`, `X가`)
            return False
    return False


def names_a_relative(tokens, arg: Arg) -> bool:
    """`로하스 회장의 동생인 파블로 로하스`: a person in the genitive before a kinship noun (event_cues.tsv
    `kin_of`) is named to tell who the relative is, not as one who takes part."""
    following = list(islice((t for t in tokens if t.start >= arg.end), _RELATIVE_REACH))
    for token, after in zip(following, following[1:]):
        if token.tag == "JKG":
            return after.form in cues("kin_of")
        if token.tag.startswith(("V", "E", "J")):
            return False
    return False


def names_a_memorial(tokens, arg: Arg) -> bool:
    """`도산 선생 기념관을 찾았다`, `X 회장 생가를 방문했다`: a person whose name a memorial or a birthplace
    (event_cues.tsv `memorial`) bears, with a title or none, names the place; they take no part."""
    following = list(islice((t for t in tokens if t.start >= arg.end), _MEMORIAL_REACH))
    for token in following:
        if token.form in cues("memorial"):
            return True
        if not token.tag.startswith("NN"):
            return False
    return False


def relative_clause_head(tokens, index: int) -> int | None:
    """The token a relative clause ending right after the event word at `index` modifies, if any
    (`방한 중인 X`, `방문한 지난 2월`)."""
    for offset, token in enumerate(tokens[index + 1: index + 1 + _RELATIVE_CHAIN], 1):
        if token.tag == "ETM":
            return index + offset + 1 if index + offset + 1 < len(tokens) else None
        if not (token.tag in ("XSV", "EP", "VCP") or (token.tag == "NNB" and token.form in cues("ongoing_noun"))):
            return None
    return None
