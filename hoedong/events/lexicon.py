"""The word lists the events stage reads: triggers, modality words, topics."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hoedong.resources import table, word_list


@dataclass(frozen=True)
class Trigger:
    form: str
    type: str
    pos: str  # noun | verb
    needs: tuple[str, ...]  # verb stems that must follow a topic-like noun
    place: str | None  # the destination a VISIT word names (방한 → 한국)
    object_is_target: bool = False  # the verb's object is the deal's other party (하만을 인수하다)


@cache
def triggers() -> dict[tuple[str, str], Trigger]:
    """(form, pos) → trigger."""
    found = {}
    for row in table("hoedong.lexicon", "triggers.tsv"):
        needs = tuple(n for n in (row.get("needs") or "").split("|") if n)
        trigger = Trigger(row["form"], row["type"], row["pos"], needs, row.get("place") or None,
                          (row.get("object") or "") == "target")
        found[(trigger.form, trigger.pos)] = trigger
    return found


@cache
def modality_words() -> dict[str, str]:
    return {row["form"]: row["status"] for row in table("hoedong.lexicon", "modality.tsv")}


@cache
def topic_words() -> tuple[tuple[str, str], ...]:
    rows = [(row["form"], row["topic"]) for row in table("hoedong.lexicon", "topics.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _background_cues() -> tuple[str, ...]:
    return word_list("background_cues.txt")


def background_told(text: str) -> bool:
    """The sentence tells its act as experience or background (`만난 바 있다`, `당시`)."""
    return any(cue in text for cue in _background_cues())
