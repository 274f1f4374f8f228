"""Names that describe rather than sign: in a deal's clause an organisation whose phrase goes on to
another organisation's name (`인도네시아 미디어그룹 X와`, `A그룹 계열 B사와`) only says what that
one is, and one whose phrase goes on to a common noun (`X와 Y 부품 공급 계약을`, `Y 10만t 구매 계약을`)
names a thing of the deal, not a party, when two parties are named besides it. deals.partner drops
both kinds from the partners of a PARTNER."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hoedong.entities.lexicon import stake_words, title_of
from hoedong.events.clauses import org_count, pair_pronoun
from hoedong.events.lexicon import cues

if TYPE_CHECKING:
    from hoedong.events.arguments import Reading
    from hoedong.events.clauses import Arg

_PHRASE_TAGS = ("NNG", "NNP", "NNB", "SL", "SN", "NR", "SW", "XSN", "XPN", "MM")  # pieces of a noun phrase with no particle
_ASIDE_OPEN, _ASIDE_CLOSE = "SSO", "SSC"  # `소형모듈원전(SMR) 주기기`: a parenthesis inside the phrase
_PHRASE_REACH = 8  # tokens after a name in which its phrase may reach another name or its head noun
_OTHER_PARTIES = 2  # parties named besides a name that goes on to a common noun (a signer and a partner)
_PLACE_ROLES = ("at", "to")  # roles of names that say where or to what, not who signs


def describing(r: Reading, orgs: list[Arg]) -> set[str]:
    """The ids of the organisations among `orgs` that describe another name or a thing of the deal."""
    named = [a for a in r.args if a.entity.type == "ORG"]
    found = set()
    for arg in orgs:
        if arg.entity.type != "ORG":
            continue
        head = _phrase_head(r, arg, named)
        if head == "name":
            found.add(arg.entity.id)
        elif head == "noun" and _others_signing(orgs, arg) >= _OTHER_PARTIES:
            found.add(arg.entity.id)
    return found


def _phrase_head(r: Reading, arg: Arg, named: list[Arg]) -> str | None:
    """`name` when the name's phrase goes on to another organisation's name, `noun` when it goes on
    to a common noun (not a title: `X 회장`) or to the event word, else None."""
    sentence = r.view.sentence.tokens
    if any(t.start < arg.end < t.end for t in sentence):
        return None  # `X과`/NNP: Kiwi glued the name's particle onto it; the phrase ends there
    tokens = [t for t in sentence if t.start >= arg.end][:_PHRASE_REACH]
    trigger_at = sentence[r.index].start
    aside = False
    for token, after in zip(tokens, tokens[1:] + [None]):
        if token.tag == _ASIDE_OPEN:
            aside = True
        if aside:
            aside = token.tag != _ASIDE_CLOSE
            continue
        if any(other.start == token.start and other.entity.id != arg.entity.id for other in named):
            return "name"
        if token.form in stake_words():
            return None  # `X 지분을 인수하는 계약`: the owner of the shares bought, which deals._bought_here reads
        if token.tag not in _PHRASE_TAGS or token.form in cues("list_tail") or _counts_names(token, after):
            return None  # `A, B 등 국내 기업과`, `A와 B, C 3사는`: a list closed, then what or how many its members are
        if token.start >= trigger_at or (token.tag == "NNG" and not title_of(token.form)):
            return "noun"  # `Y 공급 계약`: the name runs on into the deal word or another common noun
    return None


def _counts_names(token, after) -> bool:
    """`3사`, `세 회사`, `두 기업`: a count of the organisations just named."""
    pair = [token.form] + ([after.form] if after is not None else [])
    return org_count([token] + ([after] if after is not None else [])) is not None or pair_pronoun(pair, "orgs")


def _others_signing(orgs: list[Arg], arg: Arg) -> int:
    """How many other parties the clause names as signers or partners (a list that takes the object's
    particle from its last member, `A와 Y 구매 계약을`, counts too)."""
    return len({a.entity.id for a in orgs if a.entity.id != arg.entity.id and a.role not in _PLACE_ROLES})
