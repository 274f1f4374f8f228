"""Triggers: the words that tell an event, found on Kiwi morphemes from one lexicon (triggers.tsv).

A trigger is a noun (`회동`, `MOU`), a noun Kiwi cuts into pieces (`차+담+회`), a verb (`만나`) or
a noun and verb pair (`손/잡`, `함께/하`). A topic-like noun (`협력`, `동맹`) is an act only when one of its
verbs follows; a count (`8번의 미팅`) or a habit (`매년 찾는다`) is not one occasion; a word inside
a name (`바이에른 투자청`) is part of the name. One clause tells one meeting or deal, but may tell
several visits or rounds.
"""

from __future__ import annotations

from functools import cache

from hoedong.entities.lexicon import particles, stake_words
from hoedong.events.amounts import is_currency
from hoedong.events.clauses import FORM, TAG, View, pair_pronoun
from hoedong.events.lexicon import Trigger, cues, triggers

_COMPOUND_PARTS = 3  # 차+담+회: an event noun Kiwi cuts into pieces
_NEEDS_REACH = 8  # tokens after a topic-like noun in which its verb must come
_STAKE_REACH = 8  # tokens before a buying word in which its object's share noun stands (`지분 일부 30 %를`)
_KNOW_HOW_REACH = 8  # tokens before a transfer's object particle in which its technology noun stands (`특허 3건을`)
_OBJECT_REACH = 16  # tokens from an object's particle to its verb (`를 투자사 X 에서 1 억 유로 에 매입`)
_LIGHT_VERB_REACH = 2  # the light verb 하다 counts only right after its noun (`투자했다`)
_REPEATABLE = ("VISIT", "INVEST")  # types a clause may tell more than once
_IDIOM_REACH = 4  # morphemes of a verb phrase told as one act, its object particle included (`얼굴+을+마주+하`)
_IDIOM_TAGS = ("NNG", "MAG", "VV", "XSV")  # the pieces of such a phrase: a noun, an adverb, a verb
_TIMED_REACH = 3  # tokens after a ceremony in which a word makes it another act's time (`협약식 직후`, `협약식 에 맞추`)
_NOUN_PIECE_TAGS = frozenset(("NNG", "NNP", "NNB"))  # the tags of the pieces of an event noun Kiwi cuts (`차+담+회`)
_PERSON_ACTS = ("MEET", "VISIT")  # acts a person does by habit (`매년 찾는다`); a yearly investment is still one plan


def find_triggers(view: View, back_reference) -> list[tuple[int, Trigger]]:
    """(token index, trigger) for each event word of the sentence, in order."""
    tokens = view.sentence.tokens
    found: list[tuple[int, Trigger]] = []
    seen: set[tuple[str, int, bool]] = set()
    named = [(a.start, a.end) for a in view.args]
    beginnings = _trigger_beginnings()
    for i in [i for i, form in enumerate(map(FORM, tokens)) if form in beginnings]:  # others start no event word
        trigger = _trigger_at(tokens, i)
        if trigger is None:
            continue
        if any(s <= tokens[i].start < e for s, e in named):
            continue  # `바이에른 투자청`: an event word inside a name
        if (_is_count(tokens, i) and (trigger.type != "PARTNER" or _cumulative(view, i))) or _is_habit(view, i, trigger) or _dates_ahead(tokens, i):
            continue
        if trigger.needs and not _followed_by(tokens, i, trigger) and not _rumoured(tokens, i) \
                or _modifies_noun(tokens, i, trigger) or _names_travellers(tokens, i, trigger) \
                or _shares_nothing(tokens, i, trigger) or _buys_no_stake(tokens, i, trigger) \
                or _moves_no_know_how(tokens, i, trigger) or _names_a_business(tokens, i, trigger):
            continue
        key = (trigger.type, view.clause_of[i], back_reference(tokens, i, trigger))
        if key in seen and trigger.type not in _REPEATABLE:
            continue
        seen.add(key)
        found.append((i, trigger))
        signing = _signing_of(view, i, trigger, back_reference)
        if signing is not None and (signing.type, view.clause_of[i], False) not in seen:
            seen.add((signing.type, view.clause_of[i], False))
            found.append((i, signing))
    return found


def _signing_of(view: View, i: int, trigger: Trigger, back_reference) -> Trigger | None:
    """`A사와 B사가 협약식을 가졌다`, `A사와 B사의 서명식이 연기됐다`: a signing ceremony is a gathering
    and, between the pair its clause joins with 와/과 or calls `두 회사`, the deal signed there (event_cues `deal_ceremony`);
    not the ceremony told before (`협약식에는`), another act's time (`협약식 직후`, `협약식에 맞춰`) or a
    ceremony only placed (`대통령실서 서명식`)."""
    tokens = view.sentence.tokens
    if trigger.form not in cues("deal_ceremony") or back_reference(tokens, i, trigger):
        return None
    before = [t for j, t in view.clause_tokens(view.clause_of[i]) if j < i]
    joined = any(t.form in particles("and") and t.tag.startswith("J") for t in before)
    if not joined and not pair_pronoun([t.form for t in before], "orgs"):  # `두 회사는 … 협약식을 열기로`
        return None
    following = [t.form for t in tokens[_after_word(tokens, i, trigger.form): i + 1 + _TIMED_REACH]]
    if any(f in cues("after_noun") or f in cues("occasion_frame") for f in following):
        return None
    return Trigger(trigger.form, "PARTNER", trigger.pos, (), None)


def _trigger_at(tokens, i: int) -> Trigger | None:
    token = tokens[i]
    pos = "verb" if token.tag.startswith("VV") else "noun" if token.tag in ("NNG", "NNP", "SL") else None
    trigger = _compound_trigger(tokens, i) if pos == "noun" or token.tag == "NNB" else None  # `차/NNB 담/NNG`
    trigger = trigger or (triggers().get((token.form, pos)) if pos else None)
    if trigger is None and i + 1 < len(tokens) and tokens[i + 1].tag.startswith("VV"):
        trigger = triggers().get((token.form + tokens[i + 1].form, "verb"))  # 손/NNG 잡/VV
    return trigger or _idiom_at(tokens, i)


def _idiom_at(tokens, i: int) -> Trigger | None:
    """A verb phrase of several words told as one act (`얼굴을 마주하다`, `마주 앉다`), written in
    triggers.tsv as its pieces joined without the object particle (`얼굴마주하`), longest first."""
    if tokens[i].form not in _verb_trigger_prefixes():
        return None  # the joined pieces would start with this morpheme: no verb phrase does
    pieces: list[str] = []
    for token in tokens[i: i + _IDIOM_REACH]:
        if token.tag == "JKO" and pieces:
            continue  # `얼굴을`: the object's particle is no piece of the idiom
        if token.tag not in _IDIOM_TAGS:
            break
        pieces.append(token.form)
    for size in range(len(pieces), 1, -1):
        trigger = triggers().get(("".join(pieces[:size]), "verb"))
        if trigger is not None:
            return trigger
    return None


def _is_count(tokens, i: int) -> bool:
    """`8번의 미팅`, `두 차례 회동`: a count of meetings, not one (`26건의 MOU` between two parties is
    their partnership: find_triggers keeps it)."""
    return (i >= 2 and tokens[i - 1].tag == "JKG" and tokens[i - 2].tag in ("NNB", "NR")
            and not is_currency(tokens[i - 2].form)) or \
        (i >= 1 and tokens[i - 1].tag == "NNB" and tokens[i - 1].form in cues("count_noun"))


def _cumulative(view: View, i: int) -> bool:
    """`지금까지 5건의 MOU를 맺었다`: agreements counted up over time, not signed on one occasion
    (`A와 B 간 26건의 MOU 체결이 이뤄졌다` is one)."""
    clause = view.clause_of[i]
    forms = [t.form for j, t in enumerate(view.sentence.tokens[:i]) if view.clause_of[j] == clause]
    return bool(({a + b for a, b in zip(forms, forms[1:])} | set(forms)) & set(cues("cumulative")))  # 지금+까지


def _is_habit(view: View, i: int, trigger: Trigger) -> bool:
    """`매년 부스를 찾았다`, `수차례 회동하는 등`: meetings or visits told as a habit, not one occasion."""
    if trigger.type not in _PERSON_ACTS or view.forms.isdisjoint(cues("habitual")):
        return False
    clause = view.clause_of[i]
    return any(view.clause_of[j] == clause and t.form in cues("habitual")
               for j, t in enumerate(view.sentence.tokens[:i]))


def _dates_ahead(tokens, i: int) -> bool:
    """`오는 26일`, `오는 주말`: the verb `오다` as the determiner of a date (`upcoming`), not a coming."""
    if i + 2 >= len(tokens) or tokens[i].form not in cues("upcoming_verb") or tokens[i + 1].tag != "ETM":
        return False
    following = tokens[i + 2]
    return following.tag == "SN" or following.form in cues("upcoming_head")


def _compound_trigger(tokens, i: int) -> Trigger | None:
    """An event noun of several noun morphemes (`차담회`, `화상 회의`), longest first."""
    if tokens[i].form not in _noun_trigger_prefixes():
        return None  # the joined pieces would start with this morpheme: no event noun does
    for size in range(_COMPOUND_PARTS, 1, -1):
        parts = tokens[i: i + size]
        if len(parts) < size or not _NOUN_PIECE_TAGS.issuperset(map(TAG, parts)):
            continue
        if any(b.start - a.end > 1 for a, b in zip(parts, parts[1:])):
            continue
        trigger = triggers().get(("".join(t.form for t in parts), "noun"))
        if trigger is not None:
            return trigger
    return None


@cache
def _noun_trigger_prefixes() -> frozenset[str]:
    """Every beginning of an event noun's form (built once)."""
    return _prefixes(form for form, pos in triggers() if pos == "noun")


@cache
def _verb_trigger_prefixes() -> frozenset[str]:
    """Every beginning of an event verb's form (built once)."""
    return _prefixes(form for form, pos in triggers() if pos == "verb")


@cache
def _trigger_beginnings() -> frozenset[str]:
    """Every beginning of an event word's form: a morpheme that is none starts no event word, alone,
    as the first piece of a noun (`차`+`담`+`회`) or before its verb (`손`+`잡`)."""
    return _prefixes(form for form, _ in triggers())


def _prefixes(forms) -> frozenset[str]:
    return frozenset(form[:n] for form in forms for n in range(len(form) + 1))


def _rumoured(tokens, i: int) -> bool:
    """`투자설`, `회동설`: talk of the act, which needs no verb of its own (status.py makes it speculated)."""
    return i + 1 < len(tokens) and tokens[i + 1].form in cues("rumour_suffix") and tokens[i + 1].start == tokens[i].end


def _modifies_noun(tokens, i: int, trigger: Trigger) -> bool:
    """`투자 심리`, `투자 활동을 지원`, `투자 확대 방안`: an investment noun opening a chain of nouns that
    are not all its verbs names a kind of thing, not an act (`투자 계획을 발표`, `투자 확대를 당부` still are)."""
    if trigger.type != "INVEST" or trigger.pos != "noun" or not trigger.needs or i + 1 >= len(tokens):
        return False
    if _rumoured(tokens, i):
        return False
    chain = []
    for token in tokens[_after_word(tokens, i, trigger.form):]:
        if token.tag != "NNG":
            break
        chain.append(token)  # `투자 확대 방안을 논의`: the chain of nouns the investment word opens
    return any(not t.form.startswith(trigger.needs) for t in chain)


def _names_travellers(tokens, i: int, trigger: Trigger) -> bool:
    """`해외 출장 인력을 위한`, `방한 수요를 늘리기`: a visit noun before a noun of people or a market
    (lexicon `traveller_head`) names a kind of traveller, not a trip anyone made."""
    if trigger.type != "VISIT" or trigger.pos != "noun":
        return False
    after = _after_word(tokens, i, trigger.form)
    return after < len(tokens) and tokens[after].tag == "NNG" and tokens[after].form in cues("traveller_head")


def _shares_nothing(tokens, i: int, trigger: Trigger) -> bool:
    """`저녁을 함께했다`, `라운딩을 함께했다`: a verb of sharing (lexicon `sharing_verb`) tells a meeting
    only with the thing shared as its object; `X도 함께했다` is someone joining (discourse.attend)."""
    return trigger.form in cues("sharing_verb") and not (i >= 1 and tokens[i - 1].tag == "JKO")


def _buys_no_stake(tokens, i: int, trigger: Trigger) -> bool:
    """`원유를 사들였다`, `부지를 매입했다`: a buying word that is a purchase only of a share of a company
    (triggers.tsv `stake`) tells none unless its object is a share noun (`지분 30%를 사들였다`, `주식 일부를
    매입했다`, `지분 매입을 추진`, `지분 40%를 사모펀드 X로부터 900억원에 사들이는`)."""
    if not trigger.object_is_stake:
        return False
    marked = _object_particle(tokens, i)
    before = tokens[max(marked - _STAKE_REACH, 0): marked] if marked is not None else tokens[max(i - _STAKE_REACH, 0): i]
    phrase = []
    for token in reversed(before):
        if token.tag.startswith(("J", "V", "E", "XS")):
            break  # the object phrase ends at another word's particle or ending
        phrase.append(token)
    return not any(t.form in stake_words() for t in phrase)


def _moves_no_know_how(tokens, i: int, trigger: Trigger) -> bool:
    """`공장을 이전했다`, `본사 이전`: a word of moving that is a deal only as a transfer of a technology
    or a right (triggers.tsv `know_how`) tells none unless that is its object (`기술을 B사에 이전했다`,
    `특허를 기술이전받은`) or the noun it is glued to (`기술이전`, `기술 이전을 받은`)."""
    if not trigger.object_is_know_how:
        return False
    glued = i >= 1 and tokens[i - 1].tag.startswith("NN") and tokens[i - 1].form in cues("know_how")
    marked = _object_particle(tokens, i)
    phrase = []
    for token in reversed(tokens[max(marked - _KNOW_HOW_REACH, 0): marked] if marked is not None else []):
        if token.tag.startswith(("J", "V", "E", "XS")):
            break  # the object phrase ends at another word's particle or ending
        phrase.append(token)
    return not glued and not any(t.form in cues("know_how") for t in phrase)


def _names_a_business(tokens, i: int, trigger: Trigger) -> bool:
    """`위탁개발생산(CDMO) 기업`, `개발 인력`: a word that is a deal only with a named partner (`개발`,
    triggers.tsv counterpart `with`) opening a chain of common nouns names a line of business, not an act;
    it does not take the clause's place of the deal word that follows (`… 기업 X는 Y로부터 계약을 따냈다`)."""
    after = _after_word(tokens, i, trigger.form)
    if not trigger.needs_partner or after >= len(tokens):
        return False
    return tokens[after].tag == "NNG" and tokens[after].form not in _trigger_beginnings()


def _object_particle(tokens, i: int) -> int | None:
    """The index of the object particle of the verb at i: the last `을/를` before it with no verb or
    ending between (the seller, the price and the place may stand between: `를 X에서 1억 유로에`)."""
    for j in range(i - 1, max(i - _OBJECT_REACH, -1), -1):
        if tokens[j].tag == "JKO":
            return j
        if tokens[j].tag.startswith(("V", "E")):
            return None
    return None


def _after_word(tokens, i: int, form: str) -> int:
    """The index after the morphemes of a compound event word (`인수`+`전` for `인수전`)."""
    joined, end = tokens[i].form, i + 1
    while end < len(tokens) and joined != form and form.startswith(joined + tokens[end].form):
        joined, end = joined + tokens[end].form, end + 1
    return end


def _followed_by(tokens, i: int, trigger: Trigger) -> bool:
    """The verb that makes a topic noun an act follows it (`협약을 체결했다`, `협력으로 진행한다고
    밝혔다`); the light verb 하다 only right after it (`투자했다`, not `투자에 나서는 것은 위험하다`),
    counted from the word's last piece (`차+담+을 한다`)."""
    last = _after_word(tokens, i, trigger.form) - 1
    for distance, token in enumerate(tokens[last + 1: last + 1 + _NEEDS_REACH], 1):
        if token.tag[0] not in "VNX":
            continue
        for need in trigger.needs:
            if token.form.startswith(need) and (need not in cues("light_verb") or distance <= _LIGHT_VERB_REACH):
                return True
    return False
