"""Words (eojeol) of a body with their Kiwi morphemes: where a name's stem ends and its particle begins."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from hoedong.entities.lexicon import (KOREAN_FULL_NAME, korean_name_shape, legal_forms, not_person_words, particle_chars,
                                      title_of)
from hoedong.nlp import Analysis, Token

_FINAL_CONSONANTS = range(0x11A8, 0x11C3)  # code points of a syllable's final consonant Kiwi reads apart (ᆫ, ᆯ)
_FINAL_LETTERS = frozenset(map(chr, _FINAL_CONSONANTS))  # the same as letters: one lookup a word
_NAME_PIECE_TAGS = ("NNP", "NNG", "MM")  # what Kiwi makes of a full name's syllables (민경/NNP 후/NNG, 한/MM 상/NNG)
_PAREN = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"\S*\([^()]{0,40}\)\S*|\S+")  # a word, or one with a short parenthesis in it
# Opening quotes and the bullets of lists (`△이재용 삼성전자 회장 △최태원 SK 회장`); ▲ is left alone:
# it opens photo captions, which are not body.
_OPENERS = "\"'“‘「『[<△▽□○◇◆▷▶■●"
_STEM_OPENERS = "\"'“‘("  # what a stem does not start with


class Word:
    """A word of the body: where it is, its stem and its Kiwi morphemes, with the views of them the
    rules ask for (stem_end, first_tag, bare, core) worked out once, when it is made.

    Read-only by convention (no rule assigns to a word), not by a frozen dataclass: its guarded
    __init__ and a __dict__ filled afterwards cost some 1 µs a word (words_of makes some 150 an
    article), and CPython reads the attributes of a plainly initialised slotted instance faster
    at every one of the tens of thousands of asks per corpus. Equality and hash are the dataclass's:
    by the given fields."""

    __slots__ = ("start", "end", "text", "stem", "tokens", "sentence", "legal", "stem_end", "first_tag", "bare",
                 "core")

    def __init__(self, start: int, end: int, text: str, stem: str, tokens: tuple[Token, ...], sentence: int,
                 legal: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.stem = stem  # the word without its particles, endings and trailing punctuation
        self.tokens = tokens
        self.sentence = sentence
        self.legal = legal  # a legal-form affix was written on it (`㈜청람에이치투`, `동아시아해운주식회사`)
        self.stem_end = stem_end = start + len(stem)
        self.first_tag = tokens[0].tag if tokens else ""
        self.bare = _PAREN.sub("", stem) if "(" in stem else stem  # `최고경영자(CEO)` → `최고경영자`
        # the morphemes of the stem (a multi-word name's token counts for each of its words)
        self.core = tokens if not tokens or tokens[-1].start < stem_end else _core(tokens, stem_end)

    def _fields(self) -> tuple:
        return (self.start, self.end, self.text, self.stem, self.tokens, self.sentence, self.legal)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Word(start={self.start!r}, end={self.end!r}, text={self.text!r}, stem={self.stem!r}, "
                f"tokens={self.tokens!r}, sentence={self.sentence!r}, legal={self.legal!r})")

    @property
    def parenthesis(self) -> str | None:
        match = _PAREN.search(self.text)
        return match.group(1).strip() if match else None

    def nominal(self) -> bool:
        """Only nouns, foreign letters and numbers before the particles (no verb or adjective)."""
        core = self.core
        return bool(core) and all(t.tag[0] in "NS" or t.tag in ("XPN", "XR", "XSN") for t in core)


def _core(tokens: tuple[Token, ...], stem_end: int) -> tuple[Token, ...]:
    if not tokens or tokens[-1].start < stem_end:
        return tokens  # nothing after the stem (tokens follow the text): the word's own tuple
    return tuple([t for t in tokens if t.start < stem_end])


def words_of(body: str, analysis: Analysis) -> list[Word]:
    """Every word of the body, in order, with the sentence it is in."""
    words, codas = [], []  # codas: where the words ending in a final consonant Kiwi read apart stand
    legal = legal_forms()  # (looked for here before the helpers are called: few words have one)
    add, starts_with = words.append, body.startswith  # (looked up once: this runs per word)
    for index, sentence in enumerate(analysis.sentences):
        # A word's morphemes: from the first whose end passes its start to the first that starts at its end
        # or later (in order: Kiwi's morphemes follow the text, so both are a binary search)
        morphemes = sentence.tokens
        ends, starts = [t.end for t in morphemes], [t.start for t in morphemes]
        for match in _WORD.finditer(body, sentence.start, sentence.end):
            begin, end = match.span()
            start = begin
            written = match.group()
            if written[0] in _OPENERS:  # `"윤다솜`, `△윤다솜`: the word starts after its opening quote or bullet
                start += len(written) - len(written.lstrip(_OPENERS))
            prefix = _legal_prefix(body[start:end]) if starts_with(legal, start, end) else ""
            start += len(prefix)  # `㈜청람에이치투는`: the name starts after its legal form
            if start >= end:
                continue
            text = written if start == begin else body[start:end]
            first = bisect_right(ends, start)
            tokens = morphemes[first:bisect_left(starts, end, first)]
            stem = _stem(body, start, end, tokens, text)
            bare_stem = _without_legal_suffix(stem) if stem.endswith(legal) else stem
            legal_affix = bool(prefix) or bare_stem != stem
            if tokens and tokens[-1].form in _FINAL_LETTERS:  # (few words end in one)
                codas.append(len(words))
            add(Word(start, end, text, bare_stem, tokens, index, legal_affix))
    return _name_ends_read_whole(words, codas)


def _name_ends_read_whole(words: list[Word], codas: list[int]) -> list[Word]:
    """`마르티네스 베가 대표`, `소피아 로하스 회장`: no particle stands between a name and its title, so
    a word Kiwi cut into a one-syllable noun and a particle (베/NNG 가/JKS) or a particle and a proper
    noun (로/JKB 하스/NNP), after a proper noun and before a title, is one proper noun: a name's last
    word. Then each word at `codas` (those that end in a final consonant) is read by _coda_read_whole;
    a word made one proper noun here ends in none, so the order of the two passes holds."""
    for i in range(1, len(words) - 1):
        if words[i - 1].first_tag != "NNP":
            continue  # (asked first, alone: most words follow no proper noun)
        before, word, after = words[i - 1], words[i], words[i + 1]
        if not (before.sentence == word.sentence == after.sentence
                and _cut_name(word.tokens) and before.stem == before.text and title_of(after.stem)):
            continue
        words[i] = _one_proper_noun(word)
    for i in codas:
        words[i] = _coda_read_whole(words[i])
    return words


def _coda_read_whole(word: Word) -> Word:
    """`해리슨`, `데이비슨`: Kiwi reads a proper noun's final ㄴ as the spoken topic particle (해리스/NNP
    ᆫ/JX). News never writes that contraction on a name, so the word is one proper noun; so is a word
    shaped like a Korean full name that Kiwi cuts into nouns before such a final (민경/NNP 후/NNG ᆫ/JX)."""
    coda = word.tokens[-1] if len(word.tokens) >= 2 else None
    if coda is None or coda.form not in _FINAL_LETTERS or not coda.tag.startswith("J") or not word.text.isalpha():
        return word  # (the final first: asked of every word, few end in one)
    nouns = list(word.tokens[:-1])
    if len(nouns) == 1 and nouns[0].tag == "NNP":
        return _one_proper_noun(word)
    return _one_proper_noun(word) if _korean_name_cut(word, nouns) else word


def _korean_name_cut(word: Word, nouns: list[Token]) -> bool:
    """A Korean full name read as nouns (or a determiner and nouns) before a final consonant."""
    if len(word.text) != KOREAN_FULL_NAME or not korean_name_shape(word.text) or word.text in not_person_words():
        return False
    return all(t.tag in _NAME_PIECE_TAGS for t in nouns)


def _one_proper_noun(word: Word) -> Word:
    whole = Token(word.text, "NNP", word.start, word.end, word.text)
    return Word(word.start, word.end, word.text, word.text, (whole,), word.sentence, word.legal)


def _cut_name(tokens: tuple[Token, ...]) -> bool:
    if len(tokens) != 2 or not "".join(t.form for t in tokens).isalpha():
        return False
    first, second = tokens
    # `베/NNG 가/JKS`, not a side or a dependent noun and its particle (`삼성 측은 부회장이`, `구글 쪽도 사장이`)
    syllable = first.tag in ("NNG", "NNP") and len(first.form) == 1 and first.form not in not_person_words()
    noun_then_particle = syllable and second.tag.startswith("J")
    particle_then_noun = first.tag.startswith("J") and second.tag == "NNP"
    return noun_then_particle or particle_then_noun


def _legal_prefix(text: str) -> str:
    """The legal form a word opens with, when a name follows it in the same word (`㈜`, `(주)`)."""
    if not text.startswith(legal_forms()):
        return ""
    return next((f for f in legal_forms() if text.startswith(f) and len(text) > len(f)), "")


_MIN_NAME = 2  # syllables a name keeps once its legal form is cut (`동아시아해운주식회사` → `동아시아해운`)


def _without_legal_suffix(stem: str) -> str:
    """`동아시아해운주식회사`, `삼성전자㈜`: the name without the legal form written after it."""
    if not stem.endswith(legal_forms()):
        return stem
    form = next((f for f in legal_forms() if stem.endswith(f) and len(stem) - len(f) >= _MIN_NAME), "")
    return stem[: len(stem) - len(form)] if form else stem


def _stem(body: str, start: int, end: int, tokens: tuple[Token, ...], text: str) -> str:
    """The word's text (body[start:end]) without its particles, endings and trailing punctuation."""
    if "(" in text and text.rstrip(")").count("(") and not text.startswith("("):
        inside = text.index("(")
        close = text.find(")", inside)
        if close != -1:
            after = text[close + 1:]
            kept = text[: close + 1] if not after or _particles_only(after) else text
            return kept.rstrip(",.;:")
    cut = end
    kinds = _TAG_KINDS  # (a tag seen before answers from the table without a call: Kiwi has a few dozen)
    for token in reversed(tokens):
        if token.start < start:
            break
        kind = kinds.get(token.tag) or _tag_kind(token.tag)
        if kind is _KEPT or (kind is _ENDING and not _after_copula(token, tokens)):
            break
        cut = token.start
    stem = body[start:cut] if cut > start else text
    if stem[:1] in _STEM_OPENERS:  # (lstrip is slow on these letters: asked only when one opens the stem)
        stem = stem.lstrip(_STEM_OPENERS)
    return stem.rstrip(",.;:!?\"'”’")


# What the stem loses of a morpheme, by its tag: particles, punctuation and the copula (이다) always;
# endings only after the copula, never a verb's own.
_STRIPPED, _KEPT, _ENDING = "stripped", "kept", "ending"
_TAG_KINDS: dict[str, str] = {}  # each tag's kind, worked out once per tag


def _tag_kind(tag: str) -> str:
    if tag.startswith(("J", "SF", "SP", "SS", "SE", "SO", "SW")) or tag == "VCP":
        kind = _STRIPPED
    else:
        kind = _ENDING if tag.startswith("E") else _KEPT
    _TAG_KINDS[tag] = kind
    return kind


def _after_copula(ending: Token, tokens: tuple[Token, ...]) -> bool:
    """The last morpheme that ends before the ending is the copula, a pre-final ending or an ending."""
    for before in reversed(tokens):
        if before.end <= ending.start:
            return before.tag in ("VCP", "EP") or before.tag.startswith("E")
    return False


def _particles_only(text: str) -> bool:
    return set(text.strip(",.;:!?\"'”’")) <= particle_chars()
