"""Groups: a collective word (`대표단`, `일행`, `사절단`: event_cues.tsv `collective`) stands for the
people a sentence of its own lists as its members (`대표단은 A, B, C 등 3명이다`, `일행에는 A와 B가
포함됐다`). The members take part in the meetings and visits told in the sentences that name the
group, those before the list (`X 일행이 방한했다`, `A 장관은 대표단과 간담회를 했다`) and those after
it (`X 일행은 5일 B와 만날 예정이다`); a list with another group word (`X 회장이 이끄는 경영진이 도착했다.
일행에는 A와 B가 포함됐다`) is of the last group named. A group's named head (`X가 이끄는 사절단`, `X를
단장으로 한 사절단`: `group_head`) acts for it. A group told travelling before any of it is named
(`방문단이 다음 주 실리콘밸리를 찾는다`: `group_travels`) takes the people a later sentence gives a post
in it (`단장인 A 회장과 부단장을 맡은 B 대표는`, `방문단을 이끄는 C`: `post_holders`). A family name with a kinship word (`알카세미 부자`:
`kin_pair`) means everyone of that family the text names. A gathering told as following the last one
(`이어진 만찬에는 C도 합류했다`), which someone new attends, is a gathering of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hoedong.entities.lexicon import title_of
from hoedong.entities.resolve import MIN_NAME_PART, run_together_family
from hoedong.events.clauses import View
from hoedong.events.draft import Draft, unique
from hoedong.events.lexicon import cues, triggers
from hoedong.knowledge import family_name_of
from hoedong.model import Entity

_GROUP_LEAD = 4  # tokens from the sentence's start within which the group word must be its topic
_PHRASE_REACH = 8  # tokens after a person's name in which their phrase ends (`X 한빛상공회의소 회장을`)
_LED_REACH = 5  # tokens after that word in which the group it heads is named (`이끌 는 경영진`, `단장 으로 하 ㄴ 경제 사절단`)
_NAMED_GROUP_REACH = 10  # the same, when the group's own name runs on (`단장 으로 하 ㄴ 한 · 인도 의원 친선 협회 방문단`)
_TAKES_PART = ("MEET", "VISIT")
_OWNED_REACH = 6  # tokens after an owner's name in which its visit word stands (`X 대통령 의 UAE 국빈 방문`)
_POST_REACH = 3  # tokens before a relative clause's ending that name the post (`부 단장 을 맡 은`, `방문단 을 이끌 는`)
_OPENING, _CLOSING = ("(", "（"), (")", "）")  # the brackets of what a name's phrase adds about the person
_SUBJECT_TAGS = ("JKS", "JX")  # `방문단이`, `방문단은`: a group as the subject or topic of its clause
_CONTINUING_REACH = 3  # tokens before a gathering word in which a word telling it follows on stands (`이어 열리 ㄴ 만찬`)


@dataclass
class Groups:
    """The groups the text named so far: the drafts told where each was named, and its members."""

    told: dict[str, list[Draft]] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)
    last: list[Draft] = field(default_factory=list)  # the events of the last sentence that named a group
    heads: list[str] = field(default_factory=list)  # the named heads of the last group told with one
    word: str | None = None  # the last collective word named: the group a post (`단장인 X`) is held in


def names_group(tokens) -> bool:
    """The tokens name a collective (`대표단과 간담회를 했다`): its members may be listed later."""
    return any(t.form in cues("collective") for t in tokens)


def enlist(view: View, groups: Groups) -> bool:
    """A sentence listing a group's members (its topic the group word, with no meeting or visit word
    of its own) adds them to the group's events told so far; True when the sentence was read this way."""
    tokens = view.sentence.tokens
    word = _topic_group(tokens)
    if word is None or any(triggers()[(t.form, pos)].type in _TAKES_PART for t in tokens for pos in ("noun", "verb")
                           if (t.form, pos) in triggers()):
        return False  # `대표단은 이날 A 장관을 만났다`: the group acts; the people named are not its members
    start = next(t.end for t in tokens if t.form == word)
    people = list(dict.fromkeys(a.entity.id for a in view.args if a.entity.type == "PERSON" and a.start >= start))
    if not people:
        return False
    group_at = next(t for t in tokens if t.form == word)
    named = any(a.end in (group_at.start, group_at.start - 1) for a in view.args)  # `한빛전자 대표단에는`
    earlier = [] if named else groups.heads  # a group named by its own body is not the group just told
    groups.members[word] = list(dict.fromkeys((groups.members.get(word) or earlier) + people))
    for draft in groups.told.get(word) or ([] if named else groups.last):  # `… 경영진이 도착했다. 일행에는 A, B가 포함됐다`
        _add(draft, people)
    return True


def note(view: View, found: list[Draft], groups: Groups) -> None:
    """The sentence's events with a group it names: its known members join them, and they are the
    group's events for a list to come."""
    forms = view.forms
    told = [d for d in found if d.type in _TAKES_PART]
    for word in cues("collective"):
        if word not in forms:
            continue
        for draft in told:
            _add(draft, groups.members.get(word, []))
        groups.told.setdefault(word, []).extend(told)
    heads = group_head(view, len(view.sentence.tokens))
    if heads:  # `X를 단장으로 한 사절단`: X is of the group a later list names
        groups.heads = heads
        for word in forms & set(cues("collective")):
            groups.members[word] = list(dict.fromkeys(heads + groups.members.get(word, [])))
    if told and (forms & set(cues("collective")) or heads):
        groups.last = told
    named = [t.form for t in view.sentence.tokens if t.form in cues("collective")] \
        if not forms.isdisjoint(cues("collective")) else []
    groups.word = named[0] if named else groups.word
    _take_posts(view, groups)


def _take_posts(view: View, groups: Groups) -> None:
    """`방문단이 … 찾는다. 단장인 A 회장과 부단장을 맡은 B 대표는 …`: the people told as holding a post
    in the group (`post_holders`) are its members, in the events it was told in and those to come."""
    if groups.word is None:
        return  # no group named yet to hold a post in (checked first: every sentence is asked)
    posted = post_holders(view)
    if not posted:
        return
    groups.members[groups.word] = list(dict.fromkeys(groups.members.get(groups.word, []) + posted))
    for draft in groups.told.get(groups.word, []):
        _add(draft, posted)


def post_holders(view: View) -> list[str]:
    """`단장인 A`, `부단장을 맡은 B`, `방문단을 이끄는 C`: the people after a relative clause that names a
    post in a group (event_cues.tsv `group_post`) or leading a group (a collective, then `group_head`),
    and those listed after them in the same role (`단장인 A 회장과 B 대표는`)."""
    forms = view.forms
    leading = not forms.isdisjoint(cues("group_head")) and not forms.isdisjoint(cues("collective"))
    if forms.isdisjoint(cues("group_post")) and not leading:
        return []  # no word of a post or of leading a group in the sentence
    tokens = view.sentence.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    people = [a for a in view.args if a.entity.type == "PERSON"]
    held = []
    for arg in people:
        at = starts.get(arg.start)
        if not at or tokens[at - 1].tag != "ETM":
            continue
        clause = {t.form for t in tokens[max(0, at - 1 - _POST_REACH): at - 1]}
        leads = clause & set(cues("group_head")) and clause & set(cues("collective"))
        if clause & set(cues("group_post")) or leads:
            held += [a.entity.id for a in people if a.clause == arg.clause and a.role == arg.role and a.start >= arg.start]
    return list(dict.fromkeys(held))


def group_travels(view: View, index: int) -> bool:
    """`방문단이 다음 주 실리콘밸리를 찾는다`: the subject of the visit word's clause is a collective word
    (its subject or topic particle right after it), no named person: the group's members travel."""
    tokens = [t for _, t in view.clause_tokens(view.clause_of[index])]
    return any(t.form in cues("collective") and after.tag in _SUBJECT_TAGS for t, after in zip(tokens, tokens[1:]))


def group_head(view: View, until: int) -> list[str]:
    """`X 회장이 이끄는 경영진`, `X 회장을 단장으로 한 사절단`: the people named as heading a group (a
    `group_head` word right after the particle closing their phrase, then a collective or `led_group`
    word) before the token at `until`; the group's acts are theirs."""
    tokens = view.sentence.tokens[:until]
    leading = cues("group_head")
    if view.forms.isdisjoint(leading) or not any(t.form in leading for t in tokens):
        return []  # no word of heading a group: no head (checked first, every sentence is asked)
    groups = set(cues("collective")) | set(cues("led_group"))
    heads = []
    outside = _outside_brackets(tokens)
    for arg in view.args:
        if arg.entity.type != "PERSON":
            continue
        after = [i for i in outside if tokens[i].start >= arg.end][:_PHRASE_REACH]
        particle = next((i for i in after if tokens[i].tag.startswith("J")), None)  # the end of the person's phrase
        lead = particle + 1 if particle is not None and particle + 1 < len(tokens) else None
        lead = lead if lead is not None and tokens[lead].form in cues("group_head") else None
        if lead is not None and any(t.form in groups for t in _group_phrase(tokens[lead + 1:])):
            heads.append(arg.entity.id)
    return heads


def _group_phrase(following) -> list:
    """The tokens after a heading word in which the group is named: a few, or as far as the first noun
    phrase after its relative ending runs on (`단장으로 한 한·인도 의원친선협회 방문단이`), up to its particle."""
    ending = next((i for i, t in enumerate(following[:_LED_REACH]) if t.tag == "ETM"), None)
    if ending is None:
        return following[:_LED_REACH]
    phrase = following[:_NAMED_GROUP_REACH]
    end = next((i for i in range(ending + 1, len(phrase)) if phrase[i].tag.startswith("J")), len(phrase))
    return phrase[:end]


def _outside_brackets(tokens) -> list[int]:
    """The tokens outside parentheses: `X 의원(Y당·Z구)을 단장으로`, `X(一瀬正博·61)가`: what a name's
    brackets add (party, seat, hanja, age) leaves its phrase as short as without them."""
    kept, depth = [], 0
    for i, token in enumerate(tokens):
        depth += (token.form in _OPENING) - (token.form in _CLOSING)
        if depth <= 0 and token.form not in _CLOSING:
            kept.append(i)
        depth = max(depth, 0)
    return kept


def _topic_group(tokens) -> str | None:
    """The group word that opens the sentence as its topic (`대표단은`, `일행에는`)."""
    for i, token in enumerate(tokens[:_GROUP_LEAD]):
        if token.form not in cues("collective"):
            continue
        following = [t.form for t in tokens[i + 1: i + 3]]
        if following[:1] and following[0] in cues("topic_marker") or \
                (len(following) == 2 and following[0] in cues("scene_particle") and following[1] in cues("topic_marker")):
            return token.form
    return None


def _add(draft: Draft, people: list[str]) -> None:
    for person in people:
        if person not in draft.participants:
            draft.participants.append(person)


def kin(view: View, found: list[Draft], people: list[Entity]) -> None:
    """`알카세미 부자는 함께 입국했다`, `하야시 남매와 오찬을 했다`, `덩컨 회장 부부는 방한했다`: a family name
    (before a title or not) before a kinship word
    (event_cues.tsv `kin_pair`) means every person of that family name the text named (two or more),
    who all take part in the sentence's meetings and visits that have one of them or no one yet."""
    kin_words = cues("kin_pair")
    if view.forms.isdisjoint(kin_words):
        return  # no kinship word (checked first: every sentence is asked)
    text = view.sentence_text
    for word in [t for t in view.sentence.tokens if t.form in kin_words]:
        at = word.start - view.sentence.start
        before = text[:at].split()
        if len(before) >= 2 and title_of(before[-1]):
            before = before[:-1]  # `덩컨 회장 부부는`: the family name before the title
        if not before or text[at - 1] != " " or len(before[-1]) < MIN_NAME_PART:
            continue
        members = [e.id for e in people if e.type == "PERSON" and _of_family(e.name, before[-1])]
        if len(members) < 2:
            continue
        for draft in found:
            if draft.type in _TAKES_PART and (set(draft.participants) & set(members) or not draft.participants):
                _add(draft, members)


def _of_family(name: str, family: str) -> bool:
    """`사이드 빈 압둘라흐만 알카세미`, `저우밍하오` (a Chinese name written as one word) are of the family named."""
    if " " in name:
        return family_name_of(name) == family
    return run_together_family(name, family) is not None


def trip_of_another(view: View, target: Draft) -> bool:
    """`X 대통령의 UAE 방문에 동행했다`: the visit word companions join is owned (`X의`, a few tokens
    before it) by someone not on the trip told last: it is X's trip, not that one."""
    tokens = view.sentence.tokens
    owners = [a for a in view.args if a.entity.type == "PERSON" and a.role == "of" and a.entity.id not in target.participants]
    for owner in owners:
        after = [t for t in tokens if t.start >= owner.end][:_OWNED_REACH]
        kinds = {triggers()[(t.form, "noun")].type for t in after if (t.form, "noun") in triggers()}
        if "VISIT" in kinds and any(t.tag == "JKG" for t in after):
            return True
    return False


def continued_gathering(view: View, target: Draft, newcomers: list[str], status: str, number: int) -> Draft | None:
    """`A는 B와 면담했다. 이어진 만찬에는 C도 합류했다`: a gathering word of another kind than the last
    gathering's, told as following it (event_cues.tsv `continuing` just before the word, the word then
    its scene particle), that someone new (`newcomers`: discourse.attend's filtered attendees) attends
    is a gathering of its own, of the last one's people and the newcomers; the first stays as told.
    With no one new it is the same gathering going on."""
    tokens = view.sentence.tokens
    if target.type != "MEET" or not newcomers:
        return None
    for i, token in enumerate(tokens[:-1]):
        trigger = triggers().get((token.form, "noun"))
        if trigger is None or trigger.type != "MEET" or token.form in target.words \
                or tokens[i + 1].form not in cues("scene_particle"):
            continue
        if any(t.form in cues("continuing") for t in tokens[max(0, i - _CONTINUING_REACH): i]):
            return Draft("MEET", unique(target.participants + newcomers), [], status, number,
                         [(view.sentence.start, view.sentence.end)], date=target.date,
                         statuses=[(number, status)], words={token.form}, follows=target)
    return None
