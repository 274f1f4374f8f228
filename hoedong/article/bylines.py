"""One grammar for Korean bylines: who wrote an article, and which outlet its dateline names.

A byline is a group of Korean names (surname first, two to four syllables, joined by `·`, `,`,
`/` or spaces) before a reporter title (기자, 특파원, 선임기자…), in any of the places pages put
it: a line of its own (`머니투데이 홍길동 기자 2024.05.02`), a lede's dateline (`(서울=뉴스1)
홍길동 기자 =`, `[매체 홍길동 기자]`), a sign-off with an e-mail address, or a broadcast
transcript's anchor and sign-off lines. A name after a photo or video credit (`사진=`) is never
a reporter.
"""

from __future__ import annotations

import re
from functools import cache

from hoedong.article.outlets import known_outlet, looks_like_outlet
from hoedong.article.patterns import DATE, EMAIL, TIME, WEEKDAY
from hoedong.resources import table, word_list

_EMAIL, _TIME = EMAIL, TIME
_DATE = rf"{DATE}(?:\s*{WEEKDAY})?"
_BRACKETS = {"(": ")", "[": "]", "【": "】", "<": ">", "〈": "〉", "［": "］"}
_LEAD_BRACKET = re.compile(r"^\s*(?P<open>[\[(【<〈［])(?P<inside>[^\[\]()【】<>〈〉［］]{1,48})(?P<close>[\])】>〉］])")
_MIN_NAME, _MAX_NAME = 2, 4
_PART_LIMIT = 24  # a dateline part (place, outlet, byline) is short
_EMAIL_ANYWHERE = re.compile(_EMAIL)
_BRACKETED_EMAIL = re.compile(r"[(<\[]?\s*" + _EMAIL + r"\s*[)>\]]?")
_DATE_ANYWHERE = re.compile(_DATE)
_TIME_ANYWHERE = re.compile(_TIME)
_LEADING_PLACE = re.compile(r"^[\s\[(【]*[가-힣A-Za-z·ㆍ ]{1,24}?\s*=\s*(?=[가-힣])")  # `도쿄=`, `뉴욕 = `: the place
_NOT_LETTER = re.compile(r"[\W\d_]")
_NAME_SEPARATOR = re.compile(r"\s*[·,/ㆍ]\s*|\s+")
_NAME_JOINER = re.compile(r"[·,/ㆍ]")


@cache
def _surnames() -> str:
    names = sorted((row["surname"] for row in table("hoedong.lexicon", "surnames.tsv")), key=len, reverse=True)
    return "|".join(map(re.escape, names))


@cache
def _titles() -> str:
    return "|".join(map(re.escape, sorted(word_list("reporter_titles.txt"), key=len, reverse=True)))


@cache
def _any_title() -> re.Pattern:
    """The titles as one alternation: `search` tells whether a text names any of them."""
    return re.compile(_titles())


@cache
def _name() -> str:
    """A Korean name: a surname, then given-name syllables up to four in all, then no more Hangul
    (or a reporter title glued to it, `홍길동기자`)."""
    return rf"(?!(?:{_titles()})(?:[^가-힣]|$))(?:{_surnames()})[가-힣]{{1,3}}(?=[^가-힣]|$|(?:{_titles()}))"


@cache
def _whole_name() -> re.Pattern:
    """_name compiled once: a pattern this large is costly to find again in re's own cache."""
    return re.compile(_name())


@cache
def byline_group() -> re.Pattern:
    """Names before a reporter title: `홍길동 기자`, `홍길동·김철수 기자`, `홍길동기자`."""
    name = _name()
    return re.compile(
        rf"(?<![가-힣A-Za-z0-9])(?P<names>{name}(?:\s*[·,/ㆍ]\s*{name}|\s+{name})*)\s*(?P<title>{_titles()})(?![가-힣])")


@cache
def _credit_before() -> re.Pattern:
    """Words that make the name after them a photo or video credit, not a byline."""
    words = "|".join(map(re.escape, word_list("credit_words.txt")))
    return re.compile(rf"(?<!글)(?<!글[·/,ㆍ ])(?:{words})\s*(?:기자)?\s*[=:：]?\s*$")


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(word_list("credit_words.txt"))


@cache
def _not_names() -> frozenset[str]:
    places = {row["name"] for row in table("hoedong.lexicon", "places.tsv")}
    return frozenset(word_list("not_reporter_names.txt")) | frozenset(word_list("chrome_words.txt")) | places


@cache
def _chrome_words() -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(word_list("chrome_words.txt"), key=len, reverse=True))))


@cache
def _labels() -> re.Pattern:
    """Date labels (lexicon/date_labels.tsv) and `글`/`사진`, which stand beside a byline."""
    labels = sorted([row["label"] for row in table("hoedong.lexicon", "date_labels.tsv")] + ["글", "사진"],
                    key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, labels))})\s*[:：=]?")


@cache
def _sign_off() -> re.Pattern:
    return re.compile(rf"^(?:지금까지\s+)?(?:\S+에서\s+)?(?P<outlet>[A-Za-z가-힣]{{2,10}})(?:\s*뉴스)?\s+"
                      rf"(?P<name>(?:{_surnames()})[가-힣]{{1,2}})입니다\.?$")


@cache
def _byline_then_equals() -> re.Pattern:
    return re.compile(rf"\s*(?:{byline_group().pattern})?\s*=?\s*")


@cache
def _place_then_byline() -> re.Pattern:
    return re.compile(rf"^[가-힣·]{{1,20}}\s*=\s*{byline_group().pattern}\s*=?\s*")


def _valid(name: str) -> bool:
    return _MIN_NAME <= len(name) <= _MAX_NAME and name not in _not_names()


def names_before_titles(text: str) -> list[str]:
    """Every bylined name in a piece of text (a byline line, a dateline, an anchor's line)."""
    found: list[str] = []
    if not _any_title().search(text):
        return found  # the cheap test first: most lines name no reporter
    for match in byline_group().finditer(text):
        if _credit_before().search(text[: match.start("names")]):
            continue
        names = _NAME_SEPARATOR.split(match["names"].strip())
        if _credit_words() & set(names):
            continue  # `사진 홍길동 기자`: the credit word read as a name
        spaced = " " in match["names"].strip() and not _NAME_JOINER.search(match["names"])
        for name in names:
            if spaced and len(name) != 3:  # `서울 홍길동 기자`: only full three-syllable names stand side by side
                continue
            if _valid(name) and name not in found:
                found.append(name)
    return found


def is_byline_shaped(text: str, outlet_names: frozenset[str] = frozenset()) -> bool:
    """A line that holds nothing but bylines, outlet names, dates, e-mail addresses and
    punctuation: a byline line, never a sentence that happens to say 기자."""
    rest = _EMAIL_ANYWHERE.sub(" ", text) if "@" in text else text  # the cheap tests first
    rest = _LEADING_PLACE.sub(" ", rest)
    rest = _DATE_ANYWHERE.sub(" ", rest)
    rest = _TIME_ANYWHERE.sub(" ", rest) if ":" in rest else rest
    rest = byline_group().sub(" ", rest)
    for name in sorted(outlet_names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    rest = _labels().sub(" ", rest)
    rest = _chrome_words().sub(" ", rest)
    return len(_NOT_LETTER.sub("", rest)) <= 1


def lone_name_line(text: str, outlet: str | None) -> str | None:
    """`매체 홍길동`, `홍길동 a@b.kr`, `매체 홍길동 (a@b.kr)`: an outlet or an e-mail address and one
    name, nothing else."""
    has_email = "@" in text and _EMAIL_ANYWHERE.search(text) is not None  # the cheap test first
    if has_email:
        text = _BRACKETED_EMAIL.sub(" ", text)
    text = _DATE_ANYWHERE.sub(" ", text)
    if ":" in text:  # the cheap test first: a time of day has its colon
        text = _TIME_ANYWHERE.sub(" ", text)
    text = text.strip(" •·-|")
    words = text.split()
    named = next((size for size in (2, 1) if len(words) > size and known_outlet(" ".join(words[:size]))), None)
    if outlet and text.startswith(outlet):
        rest = text[len(outlet):].strip()
    elif named:
        rest = " ".join(words[named:])
    elif has_email:
        rest = text.strip()
    else:
        return None
    if _whole_name().fullmatch(rest) and _valid(rest):
        return rest
    return None


def is_sign_off(text: str) -> bool:
    """`(도시에서) 매체 홍길동입니다.`: a broadcast reporter signing off, not a sentence of the story."""
    return sign_off_name(text) is not None


def sign_off_name(text: str) -> str | None:
    """The reporter a broadcast sign-off names."""
    if "입니다" not in text:
        return None
    match = _sign_off().search(text.strip())
    if match is None or known_outlet(match["outlet"]) is None or not _valid(match["name"]):
        return None
    return match["name"]


def dateline_parts(text: str) -> tuple[list[str], str] | None:
    """A lede's opening bracket (`(서울=뉴스1)`, `[매체=홍길동 기자]`, `[매체 세종=홍길동 기자]`,
    `[파이낸셜뉴스]`) as its `=`-separated parts, and the text after it; None when there is none."""
    match = _LEAD_BRACKET.match(text)
    if match is None or _BRACKETS[match["open"]] != match["close"]:
        return None
    parts = [part.strip() for part in match["inside"].split("=") if part.strip()]
    return parts, text[match.end():]


def dateline_head(text: str) -> str | None:
    """The dateline and byline a lede opens with (`(세종=연합뉴스) 홍길동 기자 = `), if any."""
    opening = dateline_parts(text)
    if opening is not None:
        parts, rest = opening
        if not _looks_like_dateline(parts):
            return None
        after = _byline_then_equals().match(rest)
        return text[: len(text) - len(rest) + after.end()]
    plain = _place_then_byline().match(text)
    return plain.group(0) if plain else None


def _looks_like_dateline(parts: list[str]) -> bool:
    """`(서울=뉴스1)`, `[매체 홍길동 기자]`, `[파이낸셜뉴스]`, not `(사진)`, `[단독]` or a quote."""
    if len(parts) >= 2:
        return all(len(part) <= _PART_LIMIT for part in parts)
    return bool(names_before_titles(parts[0])) or looks_like_outlet(parts[0])


def broadcast_reporters(lines: list[str], outlet_names: frozenset[str]) -> list[str]:
    """Reporters a broadcast transcript names: `홍길동 기자가 전해왔습니다`, `현장에 홍길동 기자
    나가 있습니다`, and the sign-off `(도시에서) 매체 홍길동입니다.`"""
    cues = "|".join(map(re.escape, word_list("broadcast_cues.txt")))
    name = _name()
    found: list[str] = []
    for line in lines:
        for match in re.finditer(rf"(?<![가-힣])(?P<name>{name})\s*(?:{_titles()})(?:가|이|는)?[\s,]*(?:[^.?!]{{0,20}}?)(?:{cues})", line):
            if _valid(match["name"]) and match["name"] not in found:
                found.append(match["name"])
        for outlet in outlet_names:
            sign_off = re.search(rf"{re.escape(outlet)}\s*(?:뉴스)?\s+(?P<name>(?:{_surnames()})[가-힣]{{1,2}})입니다\.?\s*$", line)
            if sign_off and _valid(sign_off["name"]) and sign_off["name"] not in found:
                found.append(sign_off["name"])
    return found
