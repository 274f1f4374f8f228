"""Scoring records against gold annotations (spec/ANNOTATION.md), as tools/score.py does.

So users can measure hoedong on their own annotated articles with `hoedong eval`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

EVENT_TYPES = ("MEET", "VISIT", "PARTNER", "INVEST")
PERSON_ARGUMENT_TYPES = ("MEET", "VISIT")
LEVELS = ("args", "args+date", "args+date+status")
ARTICLE_FIELDS = ("title", "published", "outlet", "reporters", "body")


def norm(text) -> str:
    """Spacing, middle dots, dots, hyphens, quotes and case do not count."""
    return re.sub(r"[\s·‧・ㆍ.\-_'\"]", "", str(text)).lower() if text is not None else ""


def source_key(record: dict, number: int = 0) -> str:
    return os.path.basename(str(record.get("source") or record.get("id") or f"line{number}"))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    documents: int = 0
    articles: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in ARTICLE_FIELDS})
    people: Counts = field(default_factory=Counts)
    events: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {level: {t: Counts() for t in EVENT_TYPES} for level in LEVELS})
    misses: list[dict] = field(default_factory=list)
    alignment: list[tuple[str, int, int]] = field(default_factory=list)  # (source, gold event, system event)

    def events_total(self, level: str) -> Counts:
        total = Counts()
        for counts in self.events[level].values():
            total.add(counts.tp, counts.fp, counts.fn)
        return total


def check_article(gold: dict, record: dict) -> dict[str, object]:
    """Each article field the gold states → True, or what went wrong."""
    results: dict[str, object] = {}
    for name in ("title", "outlet"):
        if name in gold:
            results[name] = True if norm(gold[name]) == norm(record.get(name)) else {"gold": gold[name], "system": record.get(name)}
    if "published" in gold:
        want, got = (gold["published"] or "")[:10], (record.get("published") or "")[:10]
        results["published"] = True if want == got else {"gold": gold["published"], "system": record.get("published")}
    if "reporters" in gold:
        same = sorted(map(norm, gold["reporters"])) == sorted(map(norm, record.get("reporters") or []))
        results["reporters"] = True if same else {"gold": gold["reporters"], "system": record.get("reporters")}
    if "body_first" in gold:
        body = _squash(record.get("body") or "")
        needed = [gold["body_first"], gold["body_last"], *gold.get("body_must_include", [])]
        lacks = [text for text in needed if _squash(text) not in body]
        leaks = [text for text in gold.get("body_must_exclude", []) if _squash(text) in body]
        results["body"] = True if not lacks and not leaks else {"lacks": lacks, "leaks": leaks}
    return results


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _forms(entity: dict) -> set[str]:
    forms = {norm(entity.get("name")), norm(entity.get("name_en"))} | {norm(a) for a in entity.get("aliases") or []}
    forms.discard("")
    return forms


def match_people(gold_people: list[dict], entities: list[dict]) -> tuple[dict[str, str], list[dict]]:
    """One-to-one: gold name → system entity id, preferring the largest overlap of forms."""
    persons = [e for e in entities if e.get("type") == "PERSON"]
    used: set[str] = set()
    mapping: dict[str, str] = {}
    for person in gold_people:
        forms = _forms(person)
        best: tuple[int, bool, str] | None = None
        for entity in persons:
            if entity["id"] in used:
                continue
            overlap = len(forms & _forms(entity))
            exact = norm(entity.get("name")) == norm(person["name"])
            if overlap and (best is None or (overlap, exact) > best[:2]):
                best = (overlap, exact, entity["id"])
        if best:
            used.add(best[2])
            mapping[person["name"]] = best[2]
    return mapping, [e for e in persons if e["id"] not in used]


def _org_matches(gold_name: str, forms: set[str]) -> bool:
    g = norm(gold_name)
    return any(f == g or (min(len(f), len(g)) >= 2 and (f.startswith(g) or g.startswith(f))) for f in forms)


def _arguments(event: dict, kind: str, gold_of: dict[str, str], by_id: dict[str, dict]):
    if kind in PERSON_ARGUMENT_TYPES:
        return frozenset(gold_of.get(pid, "?" + pid) for pid in event.get("participants") or [])
    return [_forms(by_id.get(oid, {"name": oid})) for oid in event.get("orgs") or []]


def _same_arguments(kind: str, gold_event: dict, arguments) -> bool:
    if kind in PERSON_ARGUMENT_TYPES:
        return frozenset(gold_event.get("participants") or []) == arguments
    wanted = [o if isinstance(o, str) else o.get("name") for o in gold_event.get("orgs") or []]
    if len(wanted) != len(arguments):
        return False
    left = list(arguments)
    for name in wanted:
        hit = next((i for i, forms in enumerate(left) if _org_matches(name, forms)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def _event_date(event: dict):
    value = event.get("date")
    return value.get("start") if isinstance(value, dict) else value


def _dates_agree(gold, system) -> bool:
    if gold is None:
        return system is None
    return system is not None and str(system).startswith(str(gold))


def score(gold: dict[str, dict], system: dict[str, dict], keep_misses: bool = False) -> Scores:
    scores = Scores(documents=len(gold))
    for key, wanted in gold.items():
        record = system.get(key) or {"entities": [], "events": []}
        miss: dict = {"doc": key} if key in system else {"doc": key, "missing": True}
        for name, result in check_article(wanted, record).items():
            scores.articles[name][1] += 1
            if result is True:
                scores.articles[name][0] += 1
            else:
                miss[name] = result
        entities = record.get("entities") or []
        by_id = {e.get("id"): e for e in entities}
        mapping, extra = match_people(wanted.get("people") or [], entities)
        scores.people.add(len(mapping), len(extra), len(wanted.get("people") or []) - len(mapping))
        lost = [p["name"] for p in wanted.get("people") or [] if p["name"] not in mapping]
        if lost:
            miss["people_missed"] = lost
        if extra:
            miss["people_extra"] = [e.get("name") for e in extra]
        gold_of = {v: k for k, v in mapping.items()}
        gold_index = {id(e): i for i, e in enumerate(wanted.get("events") or [])}
        system_index = {id(e): i for i, e in enumerate(record.get("events") or [])}
        for kind in EVENT_TYPES:
            gold_events = [e for e in wanted.get("events") or [] if e.get("type") == kind]
            system_events = [e for e in record.get("events") or [] if e.get("type") == kind]
            arguments = [_arguments(e, kind, gold_of, by_id) for e in system_events]
            for level in LEVELS:
                used: set[int] = set()
                for gold_event in gold_events:
                    for i, event in enumerate(system_events):
                        if i in used or not _same_arguments(kind, gold_event, arguments[i]):
                            continue
                        if level == "args":
                            scores.alignment.append((key, gold_index[id(gold_event)], system_index[id(event)]))
                        if level != "args" and not _dates_agree(gold_event.get("date"), _event_date(event)):
                            continue
                        if level == LEVELS[-1] and gold_event.get("status") != event.get("status"):
                            continue
                        used.add(i)
                        break
                    else:
                        if level == LEVELS[-1]:
                            miss.setdefault("events_missed", []).append(
                                {k: gold_event.get(k) for k in ("type", "participants", "orgs", "date", "status", "evidence")
                                 if gold_event.get(k) is not None})
                tp = len(used)
                scores.events[level][kind].add(tp, len(system_events) - tp, len(gold_events) - tp)
                if level == LEVELS[-1]:
                    for i, event in enumerate(system_events):
                        if i not in used:
                            shown = sorted(arguments[i]) if kind in PERSON_ARGUMENT_TYPES else [sorted(f)[:1] for f in arguments[i]]
                            miss.setdefault("events_extra", []).append(
                                {"type": kind, "args": shown, "date": _event_date(event), "status": event.get("status")})
        if len(miss) > 1:
            scores.misses.append(miss)
    return scores


MISS_CLASSES = ("recognition", "trigger", "type", "role", "date", "modality")
EXTRA_CLASSES = ("spurious", "type", "role", "date", "modality")


def why(gold: dict[str, dict], system: dict[str, dict]) -> list[dict]:
    """Each gold event the reader missed and each event it made up, with the class of the fault:
    recognition (a gold participant or organisation is not an entity of the record), trigger (no
    event of the type touches its arguments), type (the same arguments under another type), role
    (an event of the type shares some arguments), date, modality (arguments right, then the date or
    the status wrong). Extras: spurious (touches no gold event), type, role, date, modality. A call
    only an annotator can make ("gold") is left to the reader of this list."""
    found: list[dict] = []
    for key, wanted in gold.items():
        record = system.get(key) or {"entities": [], "events": []}
        entities = record.get("entities") or []
        by_id = {e.get("id"): e for e in entities}
        mapping, _ = match_people(wanted.get("people") or [], entities)
        gold_of = {v: k for k, v in mapping.items()}
        org_forms = [_forms(e) for e in entities if e.get("type") != "PERSON"]
        system_events = list(record.get("events") or [])
        matched = _strict_matches(wanted.get("events") or [], system_events, gold_of, by_id)
        for index, gold_event in enumerate(wanted.get("events") or []):
            if index in matched:
                continue
            fault = _miss_class(gold_event, system_events, set(matched.values()), gold_of, by_id, mapping, org_forms)
            found.append({"doc": key, "side": "missed", "class": fault, "type": gold_event.get("type"),
                          "event": {k: gold_event.get(k) for k in ("participants", "orgs", "date", "status", "evidence")
                                    if gold_event.get(k) is not None}})
        for index, event in enumerate(system_events):
            if index in matched.values():
                continue
            fault = _extra_class(event, wanted.get("events") or [], gold_of, by_id)
            found.append({"doc": key, "side": "extra", "class": fault, "type": event.get("type"),
                          "event": {"args": sorted(map(str, _arguments(event, event.get("type"), gold_of, by_id)))
                                    if event.get("type") in PERSON_ARGUMENT_TYPES else
                                    [sorted(f)[:1] for f in _arguments(event, event.get("type"), gold_of, by_id)],
                                    "date": _event_date(event), "status": event.get("status")}})
    return found


def _strict_matches(gold_events: list[dict], system_events: list[dict], gold_of, by_id) -> dict[int, int]:
    """Gold index → system index for events right on arguments, date and status (one to one)."""
    used: dict[int, int] = {}
    for g, gold_event in enumerate(gold_events):
        kind = gold_event.get("type")
        for s, event in enumerate(system_events):
            if s in used.values() or event.get("type") != kind:
                continue
            if (_same_arguments(kind, gold_event, _arguments(event, kind, gold_of, by_id))
                    and _dates_agree(gold_event.get("date"), _event_date(event))
                    and gold_event.get("status") == event.get("status")):
                used[g] = s
                break
    return used


def _miss_class(gold_event: dict, system_events: list[dict], taken: set[int], gold_of, by_id, mapping, org_forms) -> str:
    kind = gold_event.get("type")
    if kind in PERSON_ARGUMENT_TYPES:
        if any(name not in mapping for name in gold_event.get("participants") or []):
            return "recognition"
    elif any(not any(_org_matches(_org_name(o), forms) for forms in org_forms) for o in gold_event.get("orgs") or []):
        return "recognition"
    free = [e for i, e in enumerate(system_events) if i not in taken]
    same = [e for e in free if e.get("type") == kind and _same_arguments(kind, gold_event, _arguments(e, kind, gold_of, by_id))]
    if same:
        dated = [e for e in same if _dates_agree(gold_event.get("date"), _event_date(e))]
        return "modality" if dated else "date"
    if any(e.get("type") != kind and _same_arguments(kind, gold_event, _arguments(e, kind, gold_of, by_id))
           for e in free if (e.get("type") in PERSON_ARGUMENT_TYPES) == (kind in PERSON_ARGUMENT_TYPES)):
        return "type"
    if any(e.get("type") == kind and _touches(kind, gold_event, _arguments(e, kind, gold_of, by_id)) for e in free):
        return "role"
    return "trigger"


def _extra_class(event: dict, gold_events: list[dict], gold_of, by_id) -> str:
    kind = event.get("type")
    arguments = _arguments(event, kind, gold_of, by_id)
    same = [g for g in gold_events if g.get("type") == kind and _same_arguments(kind, g, arguments)]
    if same:
        return "modality" if any(_dates_agree(g.get("date"), _event_date(event)) for g in same) else "date"
    if any(g.get("type") != kind and (g.get("type") in PERSON_ARGUMENT_TYPES) == (kind in PERSON_ARGUMENT_TYPES)
           and _same_arguments(g.get("type"), g, arguments) for g in gold_events):
        return "type"
    if any(g.get("type") == kind and _touches(kind, g, arguments) for g in gold_events):
        return "role"
    return "spurious"


def _org_name(org) -> str:
    return org if isinstance(org, str) else org.get("name", "")


def _touches(kind: str, gold_event: dict, arguments) -> bool:
    """Some argument in common."""
    if kind in PERSON_ARGUMENT_TYPES:
        return bool(set(gold_event.get("participants") or []) & set(arguments))
    return any(_org_matches(_org_name(o), forms) for o in gold_event.get("orgs") or [] for forms in arguments)


def why_table(items: list[dict]) -> list[str]:
    """Counts by side, class and type, as lines."""
    lines = []
    for side, classes in (("missed", MISS_CLASSES), ("extra", EXTRA_CLASSES)):
        mine = [item for item in items if item["side"] == side]
        lines.append(f"{side}: {len(mine)}")
        for fault in classes:
            of_class = [item for item in mine if item["class"] == fault]
            if of_class:
                by_type = ", ".join(f"{kind} {sum(1 for i in of_class if i['type'] == kind)}" for kind in EVENT_TYPES
                                    if any(i["type"] == kind for i in of_class))
                lines.append(f"  {fault:<12}{len(of_class):>4}  ({by_type})")
    return lines


def report_lines(scores: Scores) -> list[str]:
    """The same summary lines tools/score.py prints."""
    arts = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in scores.articles.items() if v[1])
    p = scores.people
    lines = [f"documents: {scores.documents}", f"articles: {arts}",
             f"people: P {_r(p.precision)} R {_r(p.recall)} F1 {_r(p.f1)} (tp {p.tp} fp {p.fp} fn {p.fn})"]
    for level in LEVELS:
        total = scores.events_total(level)
        row = ", ".join(f"{t} {_r(c.f1)}" for t, c in scores.events[level].items() if c.tp + c.fp + c.fn)
        lines.append(f"events[{level}]: P {_r(total.precision)} R {_r(total.recall)} F1 {_r(total.f1)} "
                     f"(tp {total.tp} fp {total.fp} fn {total.fn}) | {row}")
    return lines


def _r(value: float) -> float:
    return round(value, 3)


def fusion_bcubed(gold: dict[str, dict], system: dict[str, dict], fused_events: list[dict]) -> dict:
    """B-cubed precision and recall of fused events against the gatherings gold events name
    (`event_key`), over the document events aligned as `score` aligns them."""
    fused_of = {(source_key({"source": s["source"]}), int(s["doc_event"])): event["id"]
                for event in fused_events for s in event["sources"]}
    gold_of, system_of = {}, {}
    for source, gi, si in score(gold, system).alignment:
        key = gold[source]["events"][gi].get("event_key")
        if key is not None:
            gold_of[(source, gi)] = key
            system_of[(source, gi)] = fused_of.get((source, si), f"unfused:{source}:{si}")
    items = list(gold_of)
    precision = recall = 0.0
    for item in items:
        same_system = {i for i in items if system_of[i] == system_of[item]}
        same_gold = {i for i in items if gold_of[i] == gold_of[item]}
        both = len(same_system & same_gold)
        precision += both / len(same_system)
        recall += both / len(same_gold)
    n = len(items) or 1
    p, r = precision / n, recall / n
    return {"items": len(items), "p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
