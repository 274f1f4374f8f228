"""The one Kiwi instance of a process: sentences and morphemes with offsets into the body.

Kiwi ignores user words added after its first analysis, so the knowledge base's names are
added when the instance is made. Lines are split before sentences: Kiwi merges lines that
end without punctuation (a deck and the lede).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Iterator, NamedTuple

from hoedong.knowledge import family_name_of, load_kb
from hoedong.resources import word_list

_LOCK = threading.Lock()
_HANGUL = re.compile(r"[가-힣]")


class Token(NamedTuple):
    """One morpheme (a named tuple: an article makes thousands, and a tuple is made fastest)."""

    form: str
    tag: str
    start: int  # offsets into the body
    end: int
    base: str  # the dictionary form (a user word's canonical spelling)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


_MAX_THREADS = 4  # Kiwi's threads beyond this add little on one document stream


def _workers() -> int:
    """Kiwi's threads: one fewer than the cores, since the main thread runs the rules beside them
    while they read ahead (on two cores, two Kiwi threads and the rules contend for them and the
    whole pipeline runs about a fifth slower); HOEDONG_KIWI_THREADS overrides."""
    default = (os.cpu_count() or 2) - 1
    return max(1, min(_MAX_THREADS, int(os.environ.get("HOEDONG_KIWI_THREADS", default))))


@cache
def kiwi():
    """Kiwi with the knowledge base's names in its user dictionary (made once per process)."""
    return new_kiwi(_workers())


def new_kiwi(threads: int):
    """A Kiwi on `threads` worker threads with the knowledge base's names in its user dictionary
    (the pipeline's is kiwi(); the bench makes one on every core to time Kiwi alone at its best)."""
    from kiwipiepy import Kiwi

    with _LOCK:
        instance = Kiwi(num_workers=threads)
        for word in sorted(_user_words()):
            instance.add_user_word(word, "NNP", 0)
    return instance


def _user_words() -> set[str]:
    kb = load_kb()
    words: set[str] = set()
    for entry in (*kb.people, *kb.orgs, *kb.places, *kb.products):
        for form in (entry.name, *entry.aliases):
            if _HANGUL.search(form) and 2 <= len(form) <= 20:
                words.add(form)
    for person in kb.people:
        family = family_name_of(person.name)
        if family and len(family) >= 2:
            words.add(family)  # 올트먼, 저커버그, 기시다: foreign family names stand alone in news
    words.update(name for name in word_list("given_names.txt") if len(name) >= 2)
    return words


_token = tuple.__new__  # a Token made without its Python-level __new__: the nlp stage makes one per morpheme


def _sentences(tokens) -> tuple[Sentence, ...]:
    """Kiwi's sentences, cut again at every line break (its tokens know their line). Kiwi gives
    the tokens in (line, sentence) order, so a sentence ends where that pair changes; tokens
    out of that order would be grouped by sorting instead."""
    groups: list[list[Token]] = []
    key = None
    group: list[Token] = []
    for t in tokens:
        here = (t.line_number, t.sent_position)
        if here != key:
            if key is not None and here < key:
                return _sorted_sentences(tokens)
            key, group = here, []
            groups.append(group)
        form = t.form
        group.append(_token(Token, (form, t.tag, t.start, t.end, t.base_form or form)))
    return tuple(Sentence(group[0].start, group[-1].end, tuple(group)) for group in groups)


def _sorted_sentences(tokens) -> tuple[Sentence, ...]:
    grouped: dict[tuple[int, int], list[Token]] = {}
    for t in tokens:
        grouped.setdefault((t.line_number, t.sent_position), []).append(
            Token(t.form, t.tag, t.start, t.end, t.base_form or t.form))
    return tuple(Sentence(group[0].start, group[-1].end, tuple(group)) for _, group in sorted(grouped.items()))


def analyze(body: str) -> Analysis:
    """Sentences and tokens of one body."""
    return next(analyze_many([body]))


def analyze_many(bodies: Iterable[str]) -> Iterator[Analysis]:
    """Analyses in input order. Kiwi's worker threads pull the bodies as they have room (a bounded
    number ahead of the analyses taken), so a long stream is never held whole."""
    for tokens in kiwi().tokenize(iter(bodies)):
        yield Analysis(_sentences(tokens))
