"""Days anchored on other things the text tells: the day of a release (`체결했다고 11일 밝혔다`),
the day of an event named before (`협약식 직후`, `회담 뒤`), the signing of a deal
(`계약식은 전날 열렸다`) and the start of a deal's term (`2027년부터`). Read by dating.py."""

from __future__ import annotations

from hoedong.events.clauses import View
from hoedong.events.draft import Draft
from hoedong.events.lexicon import cues, endings, triggers
from hoedong.timex import TimeValue

_TERM_REACH = 4  # characters after a time expression in which `부터` makes it the start of a term
_DEALS = ("PARTNER", "INVEST")


def dates_saying(view: View, time: TimeValue) -> bool:
    """`체결했다고 11일 밝혔다`, `만났다고 3일 전했다`: a time between the end of a quotation and
    the verb that takes it dates the saying (a press release), not the act the quotation tells."""
    at0, at1 = view.sentence.start + time.span[0], view.sentence.start + time.span[1]
    tokens = view.sentence.tokens
    before = [t for t in tokens if t.end <= at0][-1:]
    after = [t for t in tokens if t.start >= at1][:2]
    if not before or not after:
        return False
    quoted = before[0].tag == "JKQ" or (before[0].tag == "EC" and before[0].form in endings("quotative"))
    verb = after[0].tag.startswith("VV") or (len(after) == 2 and after[0].tag.startswith("NN")
                                             and after[1].tag.startswith("XSV"))
    return quoted and verb


def after_event_named(view: View, index: int, told: list[Draft], ahead: bool) -> TimeValue | None:
    """`협약식 직후 … 면담을 했다`, `회담 뒤 … 만났다`: an act told as following an event the text
    told before, named by its word (or a deal by the word for its ceremony), is on that event's day;
    not an act still `ahead` after an event told as done (`회담 후 … 만날 계획이다`: some day later)."""
    tokens = view.sentence.tokens
    for i in range(1, len(tokens)):
        word = tokens[i]
        sequence = word.form in cues("after_noun") and word.tag.startswith("NN")  # `뒤`, `직후`
        if view.clause_of[i] != view.clause_of[index] or not sequence:
            continue
        first = noun_start(tokens, i)
        noun = "".join(t.form for t in tokens[first:i])
        event = event_named(noun, told) if noun else None
        done = event is not None and event.status == "occurred"
        if event is not None and event.date is not None and event.date.start and not (ahead and done):
            span = (tokens[first].start - view.sentence.start, word.end - view.sentence.start)
            return TimeValue(event.date.start, event.date.end, view.sentence_text[span[0]: span[1]], span, event.date.grain)
    return None


def noun_start(tokens, i: int) -> int:
    """Where the noun written right before token `i` begins (`계약`+`식` is one word, `계약식`)."""
    j = i
    while j > 0 and tokens[j - 1].tag.startswith("NN") and (j == i or tokens[j - 1].end == tokens[j].start):
        j -= 1
    return j


def event_named(noun: str, told: list[Draft]) -> Draft | None:
    """The last event told by this word (`회담` for the 정상회담), else the last of the kind the word
    names (`면담` for a meeting) or, for the word of a ceremony (`협약식`, `계약식`), the last deal."""
    by_word = next((d for d in reversed(told) if any(w.endswith(noun) or noun.startswith(w) for w in d.words)), None)
    if by_word is not None:
        return by_word
    if noun in cues("deal_ceremony"):
        return next((d for d in reversed(told) if d.type in _DEALS), None)
    kind = triggers().get((noun, "noun"))
    return next((d for d in reversed(told) if kind is not None and d.type == kind.type), None)


def signing_at(tokens) -> int | None:
    """Where a word of signing (`서명했다`) or of a deal's ceremony (`계약식`, `협약식`) stands."""
    for i, token in enumerate(tokens):
        verbal = i + 1 < len(tokens) and tokens[i + 1].tag.startswith("XSV")
        if token.form in cues("signing") and verbal:
            return i
        noun = "".join(t.form for t in tokens[noun_start(tokens, i + 1): i + 1])
        if token.tag.startswith("NN") and noun in cues("deal_ceremony"):
            return i
    return None


def starts_term(text: str, time: TimeValue) -> bool:
    """`2027년부터 10년간 … 공급 계약을 맺었다`, `내년부터 1조원을 투입해`: the start of the term a deal
    runs for is not the day it was made (a visit's `이날부터 이틀간` is its first day, so deals only)."""
    return text[time.span[1]: time.span[1] + _TERM_REACH].lstrip().startswith(cues("term_start"))
