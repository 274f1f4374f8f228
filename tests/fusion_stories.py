"""Document records of our own writing for the fusion tests: reports of invented gatherings, built
from a few words each (who, when, where, what status), as `hoedong extract` would print them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hoedong.corpus.fuse import fuse

KINDS = {"가람전자": "ORG", "누리바이오": "ORG", "한빛은행": "ORG", "다온모빌리티": "ORG", "새솔에너지": "ORG"}


def report(type_: str, people=(), orgs=(), day: str | None = None, text: str | None = None, place: str | None = None,
           status: str = "occurred", topics=(), evidence: str = "") -> dict:
    """One document-level event, named by its members' names (the document builder gives them ids)."""
    date_value = {"start": day, "end": day, "text": text if text is not None else _told(day)}
    if day is None and not text:
        date_value = None
    elif day is None:
        date_value = {"start": None, "end": None, "text": text}
    return {"type": type_, "people": list(people), "orgs": list(orgs), "date": date_value, "place": place,
            "status": status, "topics": list(topics), "evidence": evidence}


def _told(day: str | None) -> str:
    """How an article would write the day: `4일`, `2월`, `2025년`."""
    if not day:
        return ""
    if len(day) == 10:
        return f"{int(day[8:])}일"
    return f"{int(day[5:7])}월" if len(day) == 7 else f"{day[:4]}년"


def document(doc_id: str, published: str | None, *reports: dict, outlet: str = "가람일보",
             roles: dict[str, tuple[str, str | None]] | None = None) -> dict:
    """A record whose body has one sentence per report; `roles` gives a person (title, organisation)."""
    roles = roles or {}
    names = list(dict.fromkeys(n for r in reports for n in [*r["people"], *r["orgs"]]))
    names += [org for _, org in roles.values() if org and org not in names]
    ids = {name: f"e{n}" for n, name in enumerate(names)}
    entities = [{"id": ids[n], "type": "ORG" if n in KINDS or n.endswith(("그룹", "전자")) else "PERSON", "name": n,
                 "name_en": None, "kb_id": None, "kb_key": None, "aliases": [],
                 "roles": [{"title": roles[n][0], "org": ids.get(roles[n][1])}] if n in roles else [], "mentions": []}
                for n in names]
    body, events = "", []
    for r in reports:
        sentence = r["evidence"] or f"{', '.join(r['people'] or r['orgs'])}의 {r['type']} 보도."
        start = len(body)
        body += sentence + "\n"
        events.append({"type": r["type"], "participants": [ids[p] for p in r["people"]], "orgs": [ids[o] for o in r["orgs"]],
                       "date": r["date"], "place": r["place"], "status": r["status"], "topics": r["topics"],
                       "amount": None, "evidence": [{"start": start, "end": start + len(sentence)}]})
    return {"doc_id": doc_id, "source": f"{doc_id}.txt", "outlet": outlet,
            "published": f"{published}T09:00:00+09:00" if published else None, "title": None, "reporters": [],
            "body": body, "entities": entities, "events": events}


PEOPLE = [f"인물{i:02d}" for i in range(40)]
ORGS = ["가람전자", "누리바이오", "한빛은행", "다온모빌리티", "새솔에너지"]
PLACES = [None, "서울", "판교", "서울 신라호텔", "부산", "일본"]


def archive(size: int, seed: int, people: int = 12, start: date = date(2023, 12, 25)) -> list[dict]:
    """Gatherings of a few recurring people and companies over three years, each told by one to four
    outlets with every shape of date fusion meets (a day, the day after, a month, a year, none, a day
    of the month alone), plans published before the day, missing publication dates."""
    pick = random.Random(seed)
    records: list[dict] = []
    while len(records) < size:
        day = start + timedelta(days=pick.randrange(0, 3 * 365))
        kind = pick.choice(["MEET", "MEET", "VISIT", "PARTNER", "INVEST"])
        who = pick.sample(PEOPLE[:people], pick.choice([2, 2, 3]) if kind == "MEET" else 1)
        orgs = pick.sample(ORGS, 2 if kind in ("PARTNER", "INVEST") else pick.randrange(0, 2))
        place = pick.choice(PLACES)
        for _ in range(pick.randrange(1, 5)):
            if len(records) >= size:
                break
            records.append(_telling(pick, f"a{len(records)}", kind, who, orgs, place, day))
    return records


def _telling(pick: random.Random, doc_id: str, kind: str, who, orgs, place, day: date) -> dict:
    shape = pick.random()
    lag = pick.choice([-1, 0, 0, 1, 2, 30])
    published = None if pick.random() < 0.05 else (day + timedelta(days=lag)).isoformat()
    status = "planned" if lag < 0 else pick.choice(["occurred", "occurred", "occurred", "speculated", "denied"])
    if shape < 0.55:
        told, text = day.isoformat(), None
    elif shape < 0.65:
        told, text = (day + timedelta(days=1)).isoformat(), ""  # dated by the day of its news
    elif shape < 0.75:
        told, text = day.isoformat()[:7], f"{day.month}월"
    elif shape < 0.82:
        told, text = day.isoformat()[:4], "올해"
    elif shape < 0.9 and published is None:
        told, text = None, f"{day.day}일"
    else:
        told, text = None, None
    people = who if kind in ("MEET", "VISIT") else pick.sample(PEOPLE[:12], pick.randrange(0, 2))
    told_by = [p for p in people if pick.random() < 0.85] or list(people)
    return document(doc_id, published, report(kind, told_by, orgs, told, text, place if pick.random() < 0.7 else None,
                                              status, topics=pick.sample(["AI", "반도체", "배터리"], 1)),
                    outlet=pick.choice(["가람일보", "누리신문", "한빛경제", "다온뉴스"]))


def fused_groups(records: list[dict]) -> list[list[str]]:
    """The fused events as sorted lists of `doc_id:doc_event`, in a fixed order."""
    _, events = fuse(records)
    return sorted(sorted(f"{s['doc_id']}:{s['doc_event']}" for s in e["sources"]) for e in events)


def shuffles(records: list[dict], count: int) -> list[list[dict]]:
    """`count` orders of the same records, each from its own seed."""
    orders = []
    for seed in range(count):
        order = list(records)
        random.Random(seed).shuffle(order)
        orders.append(order)
    return orders
