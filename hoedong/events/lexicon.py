"""The word lists the events stage reads: triggers, cue words, grammar, modality words, topics.

Every word the reader reacts to lives in a data file under hoedong/lexicon/; this module loads
them once and answers by kind, so a rule reads `cues("separate")`, never a literal list.
"""

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
    splits: bool = False  # one subject and a list of partners: one deal with each (MOU)
    needs_partner: bool = False  # an event only with a `X와` partner (개발)
    needs_destination: bool = False  # a visit only with a named destination (도착)
    object_is_money: bool = False  # an investment only when what is put in is a sum (1조원을 투입)
    needs_travel: bool = False  # a visit only to a country, region or city (`하노이로 이동해`, not `호텔로 이동했다`)
    object_is_stake: bool = False  # a purchase only of a share of a company (`지분을 사들였다`, not `원유를 사들였다`)
    object_is_know_how: bool = False  # a transfer only of a technology or a right (`기술을 이전했다`, not `본사를 이전했다`)
    needs_place_reached: bool = False  # a visit only to the place right before it (`김해공항에 내렸다`, not `결정을 내렸다`)


_TARGET_OBJECTS = ("target", "stake")  # object kinds whose owner is the deal's other party


@cache
def triggers() -> dict[tuple[str, str], Trigger]:
    """(form, pos) → trigger."""
    found = {}
    for row in table("hoedong.lexicon", "triggers.tsv"):
        needs = tuple(n for n in (row.get("needs") or "").split("|") if n)
        trigger = Trigger(row["form"], row["type"], row["pos"], needs, row.get("place") or None,
                          (row.get("object") or "") in _TARGET_OBJECTS, (row.get("splits") or "") == "yes",
                          (row.get("counterpart") or "") == "with", (row.get("destination") or "") == "required",
                          (row.get("object") or "") == "money", (row.get("destination") or "") == "travel",
                          (row.get("object") or "") == "stake", (row.get("object") or "") == "know_how",
                          (row.get("destination") or "") == "reached")
        found[(trigger.form, trigger.pos)] = trigger
    return found


@cache
def _forms_by_kind(name: str) -> dict[str, tuple[str, ...]]:
    """A data file of `kind`/`form` rows, as kind → forms in file order."""
    kinds: dict[str, list[str]] = {}
    for row in table("hoedong.lexicon", name):
        kinds.setdefault(row["kind"], []).append(row["form"])
    return {kind: tuple(forms) for kind, forms in kinds.items()}


class _FormsOnFirstAsk(dict):
    """kind → forms of one data file, read when first asked. Rules ask hundreds of thousands of times
    per corpus, inside loops over tokens, so the answer is the dict's own lookup with no Python call
    in between; an unknown kind is a programming error (KeyError)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def __missing__(self, kind: str) -> tuple[str, ...]:
        if self:
            raise KeyError(kind)
        self.update(_forms_by_kind(self._name))
        return self[kind]


# cues(kind): the cue words of one kind (event_cues.tsv)
cues = _FormsOnFirstAsk("event_cues.tsv").__getitem__
# endings(kind): the verb endings of one grammatical kind (endings.tsv)
endings = _FormsOnFirstAsk("endings.tsv").__getitem__


@cache
def particle_roles() -> dict[tuple[str, str], str]:
    """(Kiwi tag, particle) → the role it gives its phrase (particles.tsv)."""
    return {(row["tag"], row["form"]): row["role"] for row in table("hoedong.lexicon", "particles.tsv")}


@cache
def modality_words() -> dict[str, str]:
    return {row["form"]: row["status"] for row in table("hoedong.lexicon", "modality.tsv")}


@cache
def topic_words() -> tuple[tuple[str, str], ...]:
    rows = [(row["form"], row["topic"]) for row in table("hoedong.lexicon", "topics.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def place_kinds() -> dict[str, str]:
    """Every name and alias of a place in places.tsv → its kind (country, region, city, district, site)."""
    from hoedong.knowledge import load_kb

    return {form: p.kind for p in load_kb().places for form in (p.name, *p.aliases)}


TRAVEL_KINDS = ("country", "region", "city")  # places a trip goes to (places.tsv kinds), not a site on it
DEAL_TYPES = ("PARTNER", "INVEST")  # the event types of organisations' acts


@cache
def home_places() -> frozenset[str]:
    """The cities and regions at home (home_places.txt): a site there is a venue, no trip (venues.py)."""
    return frozenset(word_list("home_places.txt"))


def names_travel(place: str | None) -> bool:
    """Some word of the place as written is a country, region or city (`베트남 하노이 공장`)."""
    return any(place_kinds().get(word) in TRAVEL_KINDS for word in (place or "").split())


def is_travel_place(place: str | None) -> bool:
    """The place itself (its last word) is a country, region or city (`베트남 하노이`, not `하노이 공장`)."""
    words = (place or "").split()
    return bool(words) and place_kinds().get(words[-1]) in TRAVEL_KINDS


@cache
def _place_names() -> dict[str, str]:
    from hoedong.knowledge import load_kb

    return {form: p.name for p in load_kb().places for form in (p.name, *p.aliases)}


def place_names(text: str | None) -> set[str]:
    """The places a place as written names (`아랍에미리트 UAE` → {아랍에미리트}), by their names in places.tsv."""
    return {_place_names()[w] for w in (text or "").split() if w in _place_names()}


@cache
def _background_cues() -> tuple[str, ...]:
    return word_list("background_cues.txt")


def background_told(text: str) -> bool:
    """The sentence tells its act as experience or background (`만난 바 있다`, `당시`); a cue
    written `^cue` counts only opening the sentence (`앞서 …`, not `회담에 앞서`)."""
    opening = text.lstrip()
    return any(opening.startswith(cue[1:]) if cue.startswith("^") else cue in text for cue in _background_cues())


@cache
def _photo_credits() -> tuple[str, ...]:
    return word_list("photo_credits.txt")


def caption_spans(body: str) -> list[tuple[int, int]]:
    """The paragraphs of the body that are photo captions left in it: opened by a caption mark
    (event_cues.tsv `caption_mark`: `▲`) and crediting a photo (photo_credits.txt) or describing a
    scene (`caption_scene`: `… 참석하고 있다.`), or unmarked but a scene with a credit after it
    (`… 악수하고 있다. /연합`, `… 연설하고 있다. |`). A caption is not body (ANNOTATION): it tells no event."""
    spans, offset = [], 0
    for line in body.split("\n"):
        text = line.strip()
        marked = text.startswith(cues("caption_mark"))
        if (marked and any(c in text for c in _photo_credits() + cues("caption_scene"))) or _credited_scene(text):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


_CREDIT_TAIL = 40  # characters a credit after a caption's scene may run to (`연합뉴스`, `/공동취재`, a photographer's e-mail)


def _credited_scene(text: str) -> bool:
    """The paragraph's last sentence describes a scene and only a credit follows it: a tail that
    is no sentence (no `sentence_end`), short, and not empty (a body sentence in `-고 있다.` has none)."""
    ends = [text.rfind(scene) + len(scene) for scene in cues("caption_scene") if scene in text]
    if not ends:
        return False
    tail = text[max(ends):].strip()
    return 0 < len(tail) <= _CREDIT_TAIL and not any(end in tail for end in cues("sentence_end"))
