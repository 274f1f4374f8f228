"""The outlet table (kb/outlets.tsv): names, aliases and web domains of news outlets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from hoedong.resources import table

# Names shaped like an outlet's: 매일경제, 한빛일보, 판교테크데일리, OO타임스, XX TV.
_OUTLET_SHAPE = re.compile(
    r"^[가-힣A-Za-z0-9&]{1,12}(?:일보|신문|뉴스|경제|방송|타임스|타임즈|저널|데일리|투데이|헤럴드|미디어|비즈|포스트|리뷰|인사이트|프레스|매거진|TV|닷컴|통신|코리아|24)$"
)


@dataclass(frozen=True)
class Outlet:
    name: str
    name_en: str | None
    kind: str  # outlet | portal | aggregator
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    category: str = "online"
    datelines: tuple[str, ...] = ()  # `({place}=뉴스1)`
    signoffs: tuple[str, ...] = ()  # `ⓒ 한국경제TV`


_KINDS = ("outlet", "portal", "aggregator")
_CATEGORIES = ("news_agency", "national_daily", "economic_daily", "broadcaster", "online", "trade", "regional",
               "weekly", "english", "overseas", "sports_entertainment", "portal", "aggregator")
# a reporter's name starts a word: `[매체 {reporter}]` is no form of 매체방송's `[매체방송 홍길동 기자]`
_PLACEHOLDERS = {"{place}": r"[가-힣A-Za-z·ㆍ\s]{1,16}",
                 "{reporter}": r"\s*(?<![가-힣])[가-힣][가-힣·,\s]{1,29}?(?:기자|특파원)"}
_SLOTS = re.compile(r"(\{place\}|\{reporter\})")
_NAME_SLOT = "{name}"  # a general shape's slot for any name of the table
_ANCHORED = ("lede", "byline")  # general shapes read at a text's start; a notice's are searched anywhere in it


_LEADING_SPACE = re.compile(r"\s*")
_KEY_IGNORED = re.compile(r"[\s·.\-&()]")


def _key(name: str) -> str:
    return _KEY_IGNORED.sub("", name).lower()


@cache
def _outlets() -> tuple[Outlet, ...]:
    return outlets_of(table("hoedong.kb", "outlets.tsv"))


def outlets_of(rows: tuple[dict[str, str], ...]) -> tuple[Outlet, ...]:
    """The outlets of a table's rows (kb/outlets.tsv, or a table fed to the validator)."""
    return tuple(
        Outlet(
            name=row.get("name", ""),
            name_en=row.get("name_en") or None,
            kind=row.get("kind") or "outlet",
            domains=tuple(d for d in row.get("domains", "").split("|") if d),
            aliases=tuple(a for a in row.get("aliases", "").split("|") if a),
            category=row.get("category") or "online",
            datelines=tuple(d for d in row.get("datelines", "").split("|") if d),
            signoffs=tuple(d for d in row.get("signoffs", "").split("|") if d),
        )
        for row in rows
    )


def all_outlets() -> tuple[Outlet, ...]:
    return _outlets()


def _form_pattern(form: str) -> str:
    """A form as a pattern: its words with spacing loose, its `{place}` and `{reporter}` slots filled."""
    return "".join(_PLACEHOLDERS.get(piece) or r"\s*".join(map(re.escape, piece.replace(" ", "")))
                   for piece in _SLOTS.split(form))


@cache
def _stated_forms() -> tuple[tuple[re.Pattern, Outlet], ...]:
    """Every dateline and sign-off form the table lists for one outlet, as a pattern (spacing and case loose)."""
    forms = [(re.compile(_form_pattern(form), re.IGNORECASE), outlet)
             for outlet in _outlets() for form in outlet.datelines + outlet.signoffs]
    return tuple(sorted(forms, key=lambda item: -len(item[0].pattern)))


def outlet_by_form(text: str) -> str | None:
    """The outlet whose own dateline or sign-off form this text holds (`(세종=뉴스1)`, `ⓒ 한국경제TV`)."""
    for pattern, outlet in _stated_forms():
        if pattern.search(text):
            return outlet.name if outlet.kind == "outlet" else None
    return None


@cache
def _ordered_names() -> tuple[str, ...]:
    """Every name, English name and alias of the table, longest first."""
    names = {name for outlet in _outlets() for name in (outlet.name, outlet.name_en or "", *outlet.aliases) if name}
    return tuple(sorted(names, key=len, reverse=True))


def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    """Names as one alternation, in their order, case and inner spaces loose."""
    return re.compile("(?P<name>" + "|".join(r"\s*".join(map(re.escape, name.split())) for name in names) + ")",
                      re.IGNORECASE)


@cache
def _names_from(first: str) -> re.Pattern | None:
    """The table's names that can start with this character, as _ordered_names orders them: the
    alternation of all names is large and tried whole at a position, the few of one character are quick."""
    names = tuple(name for name in _ordered_names() if name[0].lower() == first.lower())  # (case loose)
    return _names_pattern(names) if names else None


def _name_at(text: str, position: int) -> re.Match | None:
    """A name of the table at this position of the text, spaces before it skipped (longest first)."""
    start = _LEADING_SPACE.match(text, position).end()
    pattern = _names_from(text[start]) if start < len(text) else None
    return pattern.match(text, start) if pattern is not None else None


@cache
def _general_forms() -> dict[str, tuple[tuple[re.Pattern, re.Pattern], ...]]:
    """The shapes any outlet's name takes in a lede's dateline, a byline or a notice
    (kb/outlet_forms.tsv), each as the patterns before and after its `{name}`."""
    forms: dict[str, list[tuple[re.Pattern, re.Pattern]]] = {}
    for row in table("hoedong.kb", "outlet_forms.tsv"):
        before, _, after = row["form"].partition(_NAME_SLOT)
        forms.setdefault(row["where"], []).append(
            (re.compile(_form_pattern(before), re.IGNORECASE), re.compile(_form_pattern(after), re.IGNORECASE)))
    return {where: tuple(patterns) for where, patterns in forms.items()}


def outlet_by_shape(text: str, where: str) -> str | None:
    """The outlet a general shape names (`(서울=매체)`, `[매체 홍길동 기자]`, `ⓒ 매체`) with any of
    the table's names, the longest that fits: no outlet needs forms of its own to be known by
    these. `where`: lede, byline or notice (see kb/outlet_forms.tsv)."""
    text = text.lstrip()
    for before, after in _general_forms().get(where, ()):
        starts = [before.match(text)] if where in _ANCHORED else before.finditer(text)
        for start in filter(None, starts):
            name = _name_at(text, start.end())
            outlet = known_outlet(name["name"]) if name and after.match(text, name.end()) else None
            if outlet is not None:
                return outlet.name if outlet.kind == "outlet" else None
    return None


def validate_outlets(outlets: tuple[Outlet, ...] | None = None) -> list[str]:
    """Problems in the outlet table (or in the outlets given): rows without a name or domain,
    names, aliases or domains claimed by two rows, unknown kinds or categories."""
    problems: list[str] = []
    seen_names: dict[str, str] = {}
    seen_domains: dict[str, str] = {}
    for outlet in _outlets() if outlets is None else outlets:
        if not outlet.name:
            problems.append("a row has no name")
        if outlet.kind not in _KINDS:
            problems.append(f"{outlet.name}: kind '{outlet.kind}' is not one of {', '.join(_KINDS)}")
        if outlet.category not in _CATEGORIES:
            problems.append(f"{outlet.name}: category '{outlet.category}' is unknown")
        if outlet.kind == "outlet" and not outlet.domains:
            problems.append(f"{outlet.name}: no domain")
        for name in {_key(n) for n in (outlet.name, outlet.name_en or "", *outlet.aliases) if n}:
            if seen_names.setdefault(name, outlet.name) != outlet.name:
                problems.append(f"{outlet.name}: name or alias '{name}' is also {seen_names[name]}'s")
        for domain in outlet.domains:
            if seen_domains.setdefault(domain, outlet.name) != outlet.name:
                problems.append(f"{outlet.name}: domain {domain} is also {seen_domains[domain]}'s")
    return problems


@cache
def _by_name() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in _outlets():
        for name in (outlet.name, outlet.name_en or "", *outlet.aliases):
            if name:
                index.setdefault(_key(name), outlet)
    return index


_NAMES_KEPT = 8192  # strings whose answer is kept: a page asks about the same line's words many times


@lru_cache(maxsize=_NAMES_KEPT)
def known_outlet(name: str | None) -> Outlet | None:
    """The table's outlet for a name or alias (spacing and case ignored)."""
    return _by_name().get(_key(name)) if name else None


def canonical_outlet(name: str | None) -> str | None:
    """The name an outlet signs with; unknown outlet-like names pass through; portals are dropped."""
    if not name:
        return None
    name = name.strip(" \t[]()<>\"'.,")
    outlet = known_outlet(name)
    if outlet is not None:
        return outlet.name if outlet.kind == "outlet" else None
    return name or None


@lru_cache(maxsize=_NAMES_KEPT)
def looks_like_outlet(text: str) -> bool:
    """A short string that is a known outlet or shaped like an outlet's name."""
    text = text.strip()
    if not text or len(text) > 20:
        return False
    outlet = known_outlet(text)
    if outlet is not None:
        return True
    return bool(_OUTLET_SHAPE.match(text.replace(" ", "")))


def is_reposting_site(name: str) -> bool:
    outlet = known_outlet(name)
    return outlet is not None and outlet.kind != "outlet"


def outlet_for_url(url: str | None) -> str | None:
    """The outlet whose domain serves this URL (or this e-mail address's domain)."""
    if not url:
        return None
    try:
        host = url.rsplit("@", 1)[1] if "@" in url and "//" not in url else urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # `http://[broken`: a damaged feed field names no outlet
        return None
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    by_domain = _by_domain()
    # the longest domain the host is or lies under: `m.news.example.co.kr` before `example.co.kr`
    found = next((by_domain[d] for d in (".".join(labels[i:]) for i in range(len(labels))) if d in by_domain), None)
    if found is None or found.kind != "outlet":
        return None
    return found.name


@cache
def _by_domain() -> dict[str, Outlet]:
    """Every domain of the table, to its outlet (the first listed, should two share one)."""
    index: dict[str, Outlet] = {}
    for outlet in _outlets():
        for domain in outlet.domains:
            index.setdefault(domain.lower(), outlet)
    return index
