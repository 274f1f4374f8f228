"""A synthetic corpus for measuring fusion at scale: our own invented reports, as document
records (spec/OUTPUT.md), of gatherings among a population of invented people and companies that
grows with the corpus (a few of them in the news all the time), each told by one to four outlets
with the shapes of date real reporting has. Deterministic for a seed."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterator

OUTLETS = ("가람일보", "누리신문", "한빛경제", "다온뉴스", "새솔일보")
PLACES = (None, "서울", "부산", "판교", "서울 신라호텔", "미국", "일본")
TYPES = ("MEET", "MEET", "VISIT", "PARTNER", "INVEST")
DOCUMENTS_PER_PERSON = 5  # the population grows with the corpus
STARS = 20  # people in the news all the time
SPAN_DAYS = 10 * 365
START = date(2016, 1, 1)


def synthetic_records(count: int, seed: int = 0, first: int = 0, population: int | None = None) -> Iterator[dict]:
    """`count` records, numbered from `first`; the same seed and numbers give the same records."""
    people = population or max(50, (first + count) // DOCUMENTS_PER_PERSON)
    pick = random.Random(f"{seed}:{first}")
    made = 0
    while made < count:
        gathering = _gathering(pick, people)
        for _ in range(pick.randrange(1, 5)):
            if made >= count:
                break
            yield _telling(pick, f"syn{first + made:07d}", gathering)
            made += 1


def _gathering(pick: random.Random, people: int) -> dict:
    kind = pick.choice(TYPES)
    def person() -> str:
        return f"인물{pick.randrange(STARS):02d}" if pick.random() < 0.1 else f"인물{pick.randrange(people):06d}"
    who = sorted({person() for _ in range(pick.choice([2, 2, 3]) if kind == "MEET" else 1)})
    orgs = sorted({f"회사{pick.randrange(max(20, people // 4)):05d}" for _ in range(2 if kind in ("PARTNER", "INVEST") else 1)})
    return {"type": kind, "people": who if kind in ("MEET", "VISIT") else [], "orgs": orgs,
            "day": START + timedelta(days=pick.randrange(SPAN_DAYS)), "place": pick.choice(PLACES)}


def _telling(pick: random.Random, doc_id: str, gathering: dict) -> dict:
    day: date = gathering["day"]
    lag = pick.choice([-1, 0, 0, 1, 2])
    published = day + timedelta(days=lag)
    shape = pick.random()
    if shape < 0.7:
        told = {"start": day.isoformat(), "end": day.isoformat(), "text": f"{day.day}일"}
    elif shape < 0.85:
        told = {"start": day.isoformat()[:7], "end": day.isoformat()[:7], "text": f"{day.month}월"}
    else:
        told = None
    names = [*gathering["people"], *gathering["orgs"]]
    entities = [{"id": f"e{n}", "type": "ORG" if name.startswith("회사") else "PERSON", "name": name, "name_en": None,
                 "kb_id": None, "kb_key": None, "aliases": [], "roles": [], "mentions": []} for n, name in enumerate(names)]
    ids = {name: f"e{n}" for n, name in enumerate(names)}
    body = f"{', '.join(names)}의 {gathering['type']} 소식."
    event = {"type": gathering["type"], "participants": [ids[p] for p in gathering["people"]],
             "orgs": [ids[o] for o in gathering["orgs"]], "date": told,
             "place": gathering["place"] if pick.random() < 0.7 else None,
             "status": "planned" if lag < 0 else "occurred", "topics": [], "amount": None,
             "evidence": [{"start": 0, "end": len(body)}]}
    return {"doc_id": doc_id, "source": f"synthetic/{doc_id}", "title": None,
            "published": f"{published.isoformat()}T09:00:00+09:00", "outlet": pick.choice(OUTLETS), "reporters": [],
            "body": body, "entities": entities, "events": [event]}
