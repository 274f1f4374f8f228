"""The knowledge base matched over the body: every name, alias and English name it holds.

The forms (some 4,000) are found with one Aho-Corasick automaton, built once per process; the
leftmost, longest form wins and the next search starts after it, as a regular expression would.

People, organisations, places (lexicon/places.tsv) and products (lexicon/products.tsv) are matched
where a word's particles begin (`오픈AI와의`); an English name in parentheses (`(Mark Zuckerberg)`)
links to the person it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from hoedong.entities.mentions import Mention, followed_by_particles
from hoedong.knowledge import KnowledgeBase

_ENGLISH_NAME = re.compile(r"\(\s*(?P<en>[A-Z][a-z]+(?:[ -][A-Z][a-zA-Z'\-]+){1,2})\s*\)")
_MIN_FORM = 2  # one-letter forms match everywhere
_SHORT_LATIN = 2  # `Li`, `SK`: short Latin words count only in capitals (`e&`, with a symbol, always)


def is_english_name(text: str | None) -> bool:
    """`Mark Zuckerberg`: two or three capitalised Latin words."""
    return text is not None and _ENGLISH_NAME.match(f"({text})") is not None


@dataclass(frozen=True)
class _Form:
    type: str
    kb_key: str
    name: str


_WORD_CHARACTER = re.compile(r"[가-힣A-Za-z0-9]")  # a form must not start inside a word


@cache
def _gazetteer(kb: KnowledgeBase) -> tuple[ahocorasick.Automaton, dict[str, _Form]]:
    forms: dict[str, _Form] = {}
    for person in kb.people:
        for form in (person.name, *person.aliases):
            forms.setdefault(form, _Form("PERSON", person.key, person.name))
    for org in kb.orgs:
        for form in (org.name, *org.aliases):
            if org.kind == "project":
                forms.setdefault(form, _Form("PROJECT", org.key, org.name))
            else:
                forms.setdefault(form, _Form("ORG", org.key, org.name))
    for place in kb.places:
        for form in (place.name, *place.aliases):
            forms.setdefault(form, _Form("PLACE", f"place:{place.name}", place.name))
    for product in kb.products:
        for form in (product.name, *product.aliases):
            kind = "PROJECT" if product.kind == "project" else "PRODUCT"
            forms.setdefault(form, _Form(kind, f"{kind.lower()}:{product.name}", product.name))
    usable = [f for f in forms if len(f) >= _MIN_FORM
              and not (f.isascii() and len(f) <= _SHORT_LATIN and f.isalpha() and not f.isupper())]
    automaton = ahocorasick.Automaton()
    for form in usable:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton, forms


def _leftmost_longest(body: str, automaton: ahocorasick.Automaton) -> list[tuple[int, str]]:
    """(start, form) of the forms found left to right without overlap, each the longest that starts
    at a word's beginning, as `finditer` over the forms sorted longest first gives them."""
    if not len(automaton):
        return []
    longest: dict[int, str] = {}
    for end, form in automaton.iter(body):
        start = end - len(form) + 1
        if len(form) > len(longest.get(start, "")):
            longest[start] = form
    chosen, resume = [], 0
    for start in sorted(longest):
        if start < resume or (start > 0 and _WORD_CHARACTER.match(body, start - 1)):
            continue
        chosen.append((start, longest[start]))
        resume = start + len(longest[start])
    return chosen


def gazetteer_mentions(body: str, kb: KnowledgeBase) -> list[Mention]:
    automaton, forms = _gazetteer(kb)
    found = []
    for start, text in _leftmost_longest(body, automaton):
        end = start + len(text)
        if not followed_by_particles(body, end):
            continue
        form = forms[text]
        found.append(Mention(start, end, text, form.type, "kb", form.kb_key, form.name))
    return found


def english_mentions(body: str, kb: KnowledgeBase) -> list[Mention]:
    """`(Mark Zuckerberg)`: the English form of a name just before it, or a name on its own."""
    found = []
    for match in _ENGLISH_NAME.finditer(body):
        person = kb.person(match["en"])
        if person is not None:
            found.append(Mention(match.start("en"), match.end("en"), match["en"], "PERSON", "english",
                                 person.key, person.name, name_en=match["en"]))
    return found
