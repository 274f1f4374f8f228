"""Damaged inputs for the fuzz suite, built from control articles of our own writing.

Every case is built by `build_case(draw, budget)` from a `Draw`: the same builders serve the
Hypothesis strategy `cases()` (tests/test_fuzz.py, which shrinks failures) and a seeded
`random.Random` (tests/fuzz_campaign.py, which replays a campaign exactly from its seed).

A case knows its form, its bytes, and what hoedong must make of them:

* how many records it must yield: one per file (and for stdin holding a page); one per
  non-blank line of a JSONL feed; one per WARC response record that holds a document;
* whether each document is a *control*: undamaged prose, or damage that leaves readable
  prose (one paragraph, no space after periods, BOMs, a few flipped bytes, half UTF-8 and
  half CP949, a long junk line within the size limit, sloppy markup). A control must never be
  an error record, and its body must still hold at least one of its sentences that the
  damage did not touch;
* for some damages, which error codes fit (an empty page is D101, a broken feed line D105...).

Damaged WARC files (stated here once, enforced by tests/test_fuzz.py and the campaign): the
records before the damage are read as they were, and the damage yields one record of its own,
so a file cut inside its k-th document record yields exactly k records: k-1 as they were, and
the k-th either read as far as it goes or a D106 error. A cut exactly between two records
leaves a valid, shorter WARC (no error). A record whose headers are damaged (missing
WARC-Target-URI, WARC-Type or Content-Length, a wrong Content-Length, junk before it) yields at
least the records before it plus one record for the damage (an error, or the record read as far
as its framing allows); a reader that resumes after the damage may recover the records after it,
so up to one record per document record in the file plus one error. Whatever the reader does, a
document is never dropped silently: if fewer records come out than the file holds documents, one
of them is a D106 error. An empty file (or an empty feed) yields no record or one D101 record.
"""

from __future__ import annotations

import base64
import codecs
import gzip
import io
import json
import random
import re
import uuid
import zlib
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

T = TypeVar("T")

LIMIT = 256 * 1024  # the per-document byte limit the suite reads with (hoedong --max-bytes)
LONG_LINE = 10_000  # the longest junk or prose line built within the limit, in characters
FEW_FLIPS = 5  # at most this many flipped bytes, and at most one per FLIP_SPACING characters,
FLIP_SPACING = 200  # leave a page readable (each costs up to 3 characters: at most 1.5% of the text)
DEEP_OK = 200  # markup nested this deep or less still shows its text

# ---- control articles (our own writing; no real news text) ----------------------------------


@dataclass(frozen=True)
class Article:
    key: str
    headline: str
    date: str
    byline: str
    email: str
    paragraphs: tuple[str, ...]
    copyright: str
    outlet: str
    url: str

    @property
    def sentences(self) -> tuple[str, ...]:
        return tuple(s for p in self.paragraphs for s in split_sentences(p))


def split_sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=다\.) ", paragraph) if s]


CONTROLS: tuple[Article, ...] = (
    Article(
        key="battery",
        headline="한빛전자, 미래모빌리티와 차세대 배터리 공동 개발",
        date="입력 2025.03.04 10:20",
        byline="홍길동 기자",
        email="gildong@example.com",
        paragraphs=(
            "한빛전자는 4일 서울 서초구 본사에서 미래모빌리티와 차세대 배터리 공동 개발 협약을 맺었다고 밝혔다. "
            "협약식에는 김태오 한빛전자 대표와 박서윤 미래모빌리티 사장이 참석했다.",
            "두 회사는 앞으로 3년 동안 고체 전해질 기술을 함께 연구하기로 했다. "
            "연구 인력 40여 명은 경기 수원에 새로 문을 여는 공동 연구소에서 일하게 된다.",
            "김 대표는 이날 기자들과 만나 충전 시간을 지금의 절반 수준으로 줄이는 것이 목표라고 말했다. "
            "박 사장은 첫 시제품을 내년 하반기에 내놓겠다고 덧붙였다.",
            "업계에서는 이번 협력이 국내 배터리 공급망에 적지 않은 변화를 가져올 것으로 내다봤다.",
        ),
        copyright="ⓒ 한빛일보, 무단 전재 및 재배포 금지",
        outlet="한빛일보",
        url="https://news.example.com/article/1001",
    ),
    Article(
        key="invest",
        headline="누리바이오, 시리즈B 투자 300억원 유치",
        date="입력 2025.05.19 14:05",
        byline="이서연 기자",
        email="seoyeon@example.com",
        paragraphs=(
            "신약 개발 기업 누리바이오가 300억원 규모의 시리즈B 투자를 유치했다고 19일 밝혔다. "
            "이번 투자에는 새솔벤처스와 동해파트너스 등 벤처캐피털 네 곳이 참여했다.",
            "누리바이오는 확보한 자금을 희귀 질환 치료제의 임상 2상에 쓸 계획이다. "
            "회사는 연내 미국 식품의약국에 임상 계획을 제출할 예정이다.",
            "정민호 누리바이오 대표는 투자자들이 초기 임상 결과를 높이 평가했다고 설명했다. "
            "그는 내년까지 연구 인력을 두 배로 늘리겠다고 밝혔다.",
        ),
        copyright="Copyright ⓒ 누리경제 All rights reserved.",
        outlet="누리경제",
        url="https://biz.example.com/news/2002",
    ),
    Article(
        key="visit",
        headline="최윤아 도지사, 남해안 양식장 현장 점검",
        date="입력 2025.07.22 09:40",
        byline="홍길동 기자",
        email="gildong@example.com",
        paragraphs=(
            "최윤아 도지사는 22일 경남 통영의 굴 양식장을 찾아 고수온 피해 대책을 점검했다. "
            "최 지사는 어민들과 한 시간가량 이야기를 나눴다.",
            "올여름 남해안의 바닷물 온도는 평년보다 2도가량 높은 것으로 나타났다. "
            "일부 양식장에서는 이미 폐사가 시작됐다.",
            "최 지사는 산소 공급 장치 설치를 서둘러 지원하겠다고 약속했다. "
            "도는 긴급 예산 20억원을 편성하기로 했다.",
            "어민 대표 강동수 씨는 현장의 목소리를 직접 들어준 데 감사하다고 말했다. "
            "그는 피해 보상 기준도 빨리 마련해 달라고 요청했다.",
            "도는 다음 달 초 피해 규모를 다시 조사할 계획이다.",
        ),
        copyright="<저작권자 ⓒ 남도신문, 무단전재 및 재배포 금지>",
        outlet="남도신문",
        url="https://namdo.example.com/view/3003",
    ),
    Article(
        key="meeting",
        headline="대산그룹·청운그룹 회장 회동…물류 협력 논의",
        date="입력 2025.09.10 18:32",
        byline="박지훈 기자",
        email="jihoon@example.com",
        paragraphs=(
            "윤재석 대산그룹 회장과 한도윤 청운그룹 회장이 10일 부산에서 만나 물류 분야 협력 방안을 논의했다. "
            "두 회장이 공식적으로 만난 것은 이번이 처음이다.",
            "이날 회동은 부산항 신항 인근의 한 호텔에서 약 두 시간 동안 이어졌다. "
            "양측 계열사 사장단도 자리를 함께했다.",
            "두 그룹은 항만 자동화와 냉동 창고 공동 운영을 우선 검토하기로 했다. "
            "구체적인 투자 규모는 연말까지 정하기로 했다.",
            "재계에서는 두 그룹이 경쟁 관계를 넘어 손을 잡은 데 주목하고 있다. "
            "한 관계자는 비용을 줄이려는 계산이 맞아떨어진 결과라고 풀이했다.",
        ),
        copyright="ⓒ 바다경제신문",
        outlet="바다경제신문",
        url="https://sea.example.com/a/4004",
    ),
    Article(
        key="climate",
        headline="서울시, 스타트업 열 곳과 기후 기술 협약",
        date="입력 2025.11.27 11:00",
        byline="정다은 기자",
        email="daeun@example.com",
        paragraphs=(
            "서울시는 27일 시청에서 기후 기술 스타트업 열 곳과 업무 협약을 맺었다고 밝혔다. "
            "협약에 따라 시는 실증 장소와 자금을 지원한다.",
            "참여 기업들은 건물 에너지 절감과 폐배터리 재활용 기술을 개발하고 있다. "
            "시는 성과가 좋은 기업에 공공 구매 기회를 줄 방침이다.",
            "시 관계자는 작은 기업의 기술이 도시 전체의 탄소 배출을 줄이는 데 보탬이 되길 기대한다고 말했다.",
        ),
        copyright="ⓒ 서울시보 무단 전재 금지",
        outlet="서울시보",
        url="https://city.example.com/news/5005",
    ),
)


@dataclass(frozen=True)
class Budget:
    """How big inputs get: `limit` is the byte limit hoedong reads with (lines and pages over it
    must be D104 errors); `long_line` caps the characters of an enormous line that fits the limit,
    since hoedong's time on such a line grows with its square."""

    limit: int = LIMIT
    long_line: int = LONG_LINE


# ---- what a case expects ---------------------------------------------------------------------



@dataclass(frozen=True)
class Doc:
    """What one document of a case must come out as."""

    control: bool  # must not be an error record
    damage: str
    keep: tuple[str, ...] = ()  # a control's body holds at least one of these sentences
    codes: frozenset[str] = frozenset()  # if it is an error, its code is one of these (empty: any)


@dataclass(frozen=True, repr=False)
class Case:
    form: str  # txt html jsonl warc warc.gz stdin
    inner: str  # the form of the bytes (for stdin: what was piped in)
    data: bytes
    damage: str  # a short description of what was done to the input
    docs: tuple[Doc, ...]  # expectations for the leading records, in order
    min_records: int
    max_records: int
    whole: int = 0  # documents in the input: fewer records than this must include a D106 error

    @property
    def suffix(self) -> str:
        return {"txt": ".txt", "html": ".html", "jsonl": ".jsonl", "warc": ".warc", "warc.gz": ".warc.gz"}.get(
            self.form, "")

    @property
    def controls(self) -> int:
        return sum(doc.control for doc in self.docs)

    def __repr__(self) -> str:  # Hypothesis prints failing examples: not their megabytes
        docs = "; ".join(f"{'control' if d.control else 'damaged'} {d.damage}" for d in self.docs)
        return (f"<Case {self.describe()}: {self.min_records}..{self.max_records} records, "
                f"{self.whole} documents; {docs}; starts {self.data[:80]!r}>")

    def _repr_pretty_(self, printer, cycle) -> None:  # what Hypothesis prints for a failing example
        printer.text(repr(self))

    def describe(self) -> str:
        return f"{self.form}{'/' + self.inner if self.form == 'stdin' else ''} [{self.damage}] {len(self.data)} bytes"


# ---- drawing: Hypothesis or a seeded random generator --------------------------------------


class Draw:
    """The choices a builder makes; subclasses take them from Hypothesis or from random.Random."""

    def integer(self, lo: int, hi: int) -> int:
        raise NotImplementedError

    def choice(self, options: Sequence[T]) -> T:
        return options[self.integer(0, len(options) - 1)]

    def chance(self, percent: int) -> bool:
        return self.integer(0, 99) < percent

    def raw(self, lo: int, hi: int) -> bytes:
        raise NotImplementedError


class HypothesisDraw(Draw):
    def __init__(self, draw: Callable):
        self._draw = draw

    def integer(self, lo: int, hi: int) -> int:
        return self._draw(st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        return self._draw(st.sampled_from(options))

    def raw(self, lo: int, hi: int) -> bytes:
        return self._draw(st.binary(min_size=lo, max_size=hi))


class RandomDraw(Draw):
    def __init__(self, rng: random.Random):
        self.rng = rng

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def raw(self, lo: int, hi: int) -> bytes:
        return self.rng.randbytes(self.rng.randint(lo, hi))


# ---- the forms -------------------------------------------------------------------------------


def page_lines(a: Article, byline_first: bool = False) -> list[str]:
    """The lines of a page dump: headline, date, (byline), paragraphs, (byline), copyright."""
    lines = [a.headline, a.date]
    if byline_first:
        lines.append(a.byline)
    lines += list(a.paragraphs)
    if not byline_first:
        lines.append(f"{a.byline} {a.email}")
    lines.append(a.copyright)
    return lines


def page_text(a: Article, byline_first: bool = False, paragraphs: Sequence[str] | None = None) -> str:
    lines = page_lines(a if paragraphs is None else _with_paragraphs(a, paragraphs), byline_first)
    return "\n\n".join(lines) + "\n"


def _with_paragraphs(a: Article, paragraphs: Sequence[str]) -> Article:
    from dataclasses import replace

    return replace(a, paragraphs=tuple(paragraphs))


def page_html(a: Article, paragraphs: Sequence[str] | None = None, charset: str = "utf-8",
              wrap: tuple[str, str] = ("", ""), extra: str = "") -> str:
    """A simple news page; `wrap` is markup around the body, `extra` a line added inside it."""
    body = "\n".join(f"<p>{p}</p>" for p in (a.paragraphs if paragraphs is None else paragraphs))
    return (
        "<!DOCTYPE html>\n"
        f"<html lang=\"ko\"><head><meta charset=\"{charset}\">\n"
        f"<title>{a.headline} - {a.outlet}</title></head>\n"
        "<body>\n"
        "<header><nav><a href=\"/\">홈</a> <a href=\"/economy\">경제</a> <a href=\"/society\">사회</a></nav></header>\n"
        "<article>\n"
        f"<h1>{a.headline}</h1>\n"
        f"<p class=\"date\">{a.date}</p>\n"
        f"<p class=\"byline\">{a.byline} {a.email}</p>\n"
        f"{wrap[0]}<div class=\"article-body\">\n{extra}{body}\n</div>{wrap[1]}\n"
        f"<p class=\"copyright\">{a.copyright}</p>\n"
        "</article>\n"
        "<footer>회사소개 | 개인정보처리방침 | 고객센터</footer>\n"
        "</body></html>\n"
    )


def feed_record(a: Article, number: int, body: str = "text", text: str | None = None) -> dict:
    record = {"id": f"{a.key}-{number}", "url": a.url, "published": "2025-03-04T10:20:00+09:00"}
    if body == "html":
        record["html"] = page_html(a) if text is None else text
    else:
        record["text"] = page_text(a) if text is None else text
    return record


def feed_line(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def warc_record(kind: str, url: str, payload: bytes = b"", content_type: str = "text/html; charset=utf-8") -> bytes:
    """One uncompressed WARC record written by warcio's WARCWriter, byte for byte the same each time
    (a record id and date of its own, so Hypothesis sees the same bytes for the same draws)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, kind + ':' + url + ':' + str(len(payload)))}>"
    fixed = {"WARC-Record-ID": record_id, "WARC-Date": "2025-03-04T01:20:00Z"}
    if kind == "warcinfo":
        fields = b"software: hoedong-fuzz\r\nformat: WARC File Format 1.0\r\n"
        record = writer.create_warc_record("", "warcinfo", payload=io.BytesIO(fields),
                                           warc_content_type="application/warc-fields",
                                           warc_headers_dict={**fixed, "WARC-Filename": "crawl.warc"})
    elif kind == "request":
        headers = StatusAndHeaders(f"GET {url[url.find('/', 8):]} HTTP/1.1",
                                   [("Host", url.split("/")[2]), ("User-Agent", "fuzz")],
                                   is_http_request=True)
        record = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=headers,
                                           warc_headers_dict=fixed)
    else:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type),
                                              ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers,
                                           warc_headers_dict=fixed)
    writer.write_record(record)
    return out.getvalue()


def gzip_member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


# ---- page damages: bytes of one page document, and what it must come out as ------------------

PAGE_DAMAGES = ("none", "one_paragraph", "no_space", "bom", "flip", "mixed", "enormous", "truncate",
                "empty", "junk", "magic", "nul")
HTML_DAMAGES = PAGE_DAMAGES + ("deep", "unclosed")


@dataclass(frozen=True)
class Page:
    data: bytes
    doc: Doc


def no_space(text: str) -> str:
    """'했다. 재계에' → '했다.재계에': sentence-final periods with no space after them."""
    return re.sub(r"(다\.) (?=\S)", r"\1", text)


def page_bytes(d: Draw, a: Article, form: str, budget: Budget, damage: str | None = None,
               head_guard: int = 0) -> Page:
    """A page (txt or html) of article `a` with one damage. `head_guard` bytes at the start
    are left alone (stdin sniffs the form from them)."""
    damage = damage or d.choice(HTML_DAMAGES if form == "html" else PAGE_DAMAGES)
    html = form == "html"
    byline_first = d.chance(30)
    all_sentences = a.sentences

    def render(paragraphs=None, **kw) -> str:
        return page_html(a, paragraphs, **kw) if html else page_text(a, byline_first, paragraphs)

    if damage == "none":
        return Page(render().encode(), Doc(True, "none", all_sentences))
    if damage == "one_paragraph":  # every line break gone; maybe the spaces after periods too
        joiner = d.choice((" ", ""))
        tight = d.chance(50)
        paragraphs = [no_space(p) for p in a.paragraphs] if tight else list(a.paragraphs)
        if html:
            text = render(paragraphs=[no_space(joiner.join(paragraphs)) if tight else joiner.join(paragraphs)])
            text = text.replace("\n", "")
        else:
            text = joiner.join(line for line in render(paragraphs).split("\n") if line)
            text = no_space(text) if tight else text
        label = f"one_paragraph(joiner={joiner!r}{', no space after periods' if tight else ''})"
        return Page(text.encode(), Doc(True, label, all_sentences))
    if damage == "no_space":
        text = render(paragraphs=[no_space(p) for p in a.paragraphs])
        return Page(text.encode(), Doc(True, "no_space", all_sentences))
    if damage == "bom":
        kind = d.choice(("utf-8", "utf-16-le", "utf-16-be"))
        text = render()
        data = {"utf-8": codecs.BOM_UTF8 + text.encode("utf-8"),
                "utf-16-le": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
                "utf-16-be": codecs.BOM_UTF16_BE + text.encode("utf-16-be")}[kind]
        return Page(data, Doc(True, f"bom({kind})", all_sentences))
    if damage == "flip":
        text = render()
        data = text.encode()
        count = d.integer(1, 50)
        damaged, touched = flip_bytes(d, data, count, head_guard)
        keep = untouched_sentences(text, all_sentences, touched)
        control = count <= min(FEW_FLIPS, len(text) // FLIP_SPACING) and bool(keep)
        return Page(damaged, Doc(control, f"flip({count})", keep if control else ()))
    if damage == "mixed":
        text = render()
        lines = text.split("\n")
        cut = _middle_paragraph_boundary(lines, a)
        first, second = "\n".join(lines[:cut]) + "\n", "\n".join(lines[cut:])
        utf8_first = d.chance(50)
        if utf8_first:
            data, utf8_part = first.encode("utf-8") + second.encode("cp949"), first
        else:
            data, utf8_part = first.encode("cp949") + second.encode("utf-8"), second
        keep = tuple(s for s in all_sentences if s in utf8_part)
        order = "utf-8+cp949" if utf8_first else "cp949+utf-8"
        return Page(data, Doc(bool(keep), f"mixed({order})", keep))
    if damage == "enormous":
        return _enormous_page(d, a, html, byline_first, budget, render)
    if damage == "truncate":
        data = render().encode()
        at = d.integer(head_guard, len(data))
        return Page(data[:at], Doc(at == len(data), f"truncate({at}/{len(data)})",
                                   all_sentences if at == len(data) else (),
                                   frozenset({"D101"}) if not data[:at].strip() else frozenset()))
    if damage == "empty":
        data = d.choice((b"", b" ", b"\n\n", b"\r\n\t ", b"   \n" * 50))
        return Page(data, Doc(False, f"empty({len(data)})", codes=frozenset({"D101"})))
    if damage == "junk":
        data = d.raw(1, 4096)
        if data and data[0] < 0x80:  # never let junk start like a feed or a WARC (stdin sniffs)
            data = bytes([data[0] | 0x80]) + data[1:]
        return Page(data, Doc(False, f"junk({len(data)})"))
    if damage == "magic":
        magic = d.choice((b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"\xff\xd8\xff\xe0", b"PK\x03\x04",
                          b"\x7fELF\x02\x01\x01"))
        data = magic + d.raw(0, 2048)
        return Page(data, Doc(False, f"magic({magic[:4]!r})", codes=frozenset({"D102"})))
    if damage == "nul":
        data = bytearray(render().encode())
        count = d.integer(1, 20)
        for _ in range(count):
            data.insert(d.integer(max(1, head_guard), len(data)), 0)
        return Page(bytes(data), Doc(False, f"nul({count})", codes=frozenset({"D102"})))
    if damage == "deep":
        depth = d.choice((8, 64, DEEP_OK, 300, 1000, 5000))
        tag = d.choice(("div", "span", "section", "b"))
        closed = d.chance(50)
        wrap = ("".join(f"<{tag}>" for _ in range(depth)), "".join(f"</{tag}>" for _ in range(depth)) if closed else "")
        text = page_html(a, wrap=wrap)
        control = depth <= DEEP_OK
        return Page(text.encode(), Doc(control, f"deep({tag}x{depth},{'closed' if closed else 'unclosed'})",
                                       all_sentences if control else ()))
    if damage == "unclosed":
        kind = d.choice(("no_end_tags", "cut_after_body", "open_tag_at_end", "stray_end_tags",
                         "unclosed_comment", "unclosed_script"))
        text = page_html(a)
        control = True
        if kind == "no_end_tags":
            text = re.sub(r"</(p|div|article|body|html|h1|nav|header|footer)>", "", text)
        elif kind == "cut_after_body":
            text = text[: text.index("</div>")]
        elif kind == "open_tag_at_end":
            text = text.replace("</body></html>", "<div class=\"ad\" data-x=\"")
        elif kind == "stray_end_tags":
            text = text.replace("<p>", "</span></td></table><p>")
        else:  # a comment or script that never ends hides the rest of the page, as in a browser
            text = text.replace("<article>", "<!-- 광고" if kind == "unclosed_comment" else "<script>var x = 1;")
            control = False
        return Page(text.encode(), Doc(control, f"unclosed({kind})", all_sentences if control else ()))
    raise ValueError(damage)


def _middle_paragraph_boundary(lines: list[str], a: Article) -> int:
    """The index of the line after which the article's middle paragraph ends."""
    middle = a.paragraphs[(len(a.paragraphs) - 1) // 2]
    for i, line in enumerate(lines):
        if middle in line:
            return i + 1
    return len(lines) // 2


def flip_bytes(d: Draw, data: bytes, count: int, guard: int = 0) -> tuple[bytes, list[int]]:
    """`count` bytes xor-ed with a random mask (never into NUL, a damage of its own)."""
    out = bytearray(data)
    touched = []
    if len(out) <= guard:
        return data, touched
    for _ in range(count):
        at = d.integer(guard, len(out) - 1)
        new = out[at] ^ d.integer(1, 255)
        out[at] = new if new else (0xFF if out[at] != 0xFF else 0xFE)
        touched.append(at)
    return bytes(out), touched


def untouched_sentences(text: str, sentences: Sequence[str], touched: list[int]) -> tuple[str, ...]:
    """The sentences of `text` (UTF-8) none of whose bytes were flipped."""
    data = text.encode()
    keep = []
    for sentence in sentences:
        raw = sentence.encode()
        start = data.find(raw)
        if start >= 0 and not any(start - 4 <= t < start + len(raw) + 4 for t in touched):
            keep.append(sentence)
    return tuple(keep)


def _enormous_page(d: Draw, a: Article, html: bool, byline_first: bool, budget: Budget, render) -> Page:
    """One enormous line among the paragraphs: over the byte limit (the page must be a D104
    error), or within it (the page is still a control)."""
    kind = d.choice(("ascii", "hangul", "prose", "markup") if html else ("ascii", "hangul", "prose"))
    huge = d.chance(40)
    if huge:  # over the limit: hoedong refuses it before reading it, so it may be huge
        chars = int(budget.limit * d.choice((1.3, 2.0)))
    else:
        chars = min(d.choice((500, 2_000, budget.long_line // 2, budget.long_line)), budget.limit // 4)
    if kind == "ascii":
        seed = d.raw(16, 48) or b"x"
        line = base64.b64encode(seed).decode()
        line = (line * (chars // len(line) + 1))[:chars]
    elif kind == "hangul":
        line = (d.choice(("ㅋ", "가", "■", "ㅎㅎ")) * chars)[:chars]
    elif kind == "prose":  # one enormous paragraph of real sentences (Kiwi reads it all: keep it short)
        sentence = " ".join(a.sentences) + " "
        line = (sentence * (chars // len(sentence) + 1))[:chars]
        line = line[: line.rfind("다.") + 2]
    else:
        line = "<span>광고</span>" * ((chars // 8 if huge else chars // 2) + 1)  # ~chars visible, 8x the bytes
    where = d.integer(0, len(a.paragraphs))
    if html:
        rest = "".join(f"<p>{p}</p>\n" for p in a.paragraphs[where:])
        text = page_html(a, a.paragraphs[:where]).replace("</div>", f"<p>{line}</p>\n{rest}</div>", 1)
    else:
        paragraphs = list(a.paragraphs[:where]) + [line] + list(a.paragraphs[where:])
        text = render(paragraphs)
    data = text.encode()
    over = len(data) > budget.limit
    label = f"enormous({kind},{len(line)} chars,{'over' if over else 'within'} limit)"
    if over:
        return Page(data, Doc(False, label, codes=frozenset({"D104"})))
    return Page(data, Doc(True, label, a.sentences))


# ---- feeds -------------------------------------------------------------------------------------

LINE_DAMAGES = ("none", "html_body", "one_paragraph", "no_space", "numeric_meta", "enormous", "blank",
                "empty_text", "wrong_type", "malformed", "not_object", "bad_utf8")
FEED_DAMAGES = ("none", "truncate", "flip", "bom", "crlf")


@dataclass(frozen=True)
class FeedLine:
    data: bytes  # without its newline
    doc: Doc | None  # None: a blank line, which yields no record


def feed_line_case(d: Draw, a: Article, number: int, budget: Budget) -> FeedLine:
    damage = d.choice(LINE_DAMAGES)
    every = a.sentences
    if damage == "none":
        return FeedLine(feed_line(feed_record(a, number)), Doc(True, "line:none", every))
    if damage == "html_body":
        return FeedLine(feed_line(feed_record(a, number, "html")), Doc(True, "line:html_body", every))
    if damage == "one_paragraph":
        text = d.choice((" ", "")).join(line for line in page_text(a).split("\n") if line)
        tight = d.chance(50)
        text = no_space(text) if tight else text
        return FeedLine(feed_line(feed_record(a, number, text=text)),
                        Doc(True, f"line:one_paragraph{'(no space after periods)' if tight else ''}", every))
    if damage == "no_space":
        text = page_text(a, paragraphs=[no_space(p) for p in a.paragraphs])
        return FeedLine(feed_line(feed_record(a, number, text=text)), Doc(True, "line:no_space", every))
    if damage == "numeric_meta":  # numbers where strings belong are read as their digits
        record = feed_record(a, number)
        name = d.choice(("id", "url", "title", "published"))
        record[name] = d.choice((12345, 2.5, 20250304))
        return FeedLine(feed_line(record), Doc(True, f"line:numeric_meta({name})", every))
    if damage == "enormous":
        page = page_bytes(d, a, "txt", budget, "enormous")
        data = feed_line(feed_record(a, number, text=page.data.decode()))
        over = len(data) > budget.limit
        label = "line:" + re.sub(r",(over|within) limit\)$", f",line {'over' if over else 'within'} limit)",
                                 page.doc.damage)
        if over:
            return FeedLine(data, Doc(False, label, codes=frozenset({"D104"})))
        return FeedLine(data, Doc(True, label, every))
    if damage == "blank":
        return FeedLine(d.choice((b"", b" ", b"\t", b"  \r")), None)
    if damage == "empty_text":
        text = d.choice(("", " ", "\n\n"))
        return FeedLine(feed_line(feed_record(a, number, text=text)),
                        Doc(False, "line:empty_text", codes=frozenset({"D101"})))
    if damage == "wrong_type":
        record = feed_record(a, number)
        name, value = d.choice((("text", 123), ("text", None), ("text", ["본문"]), ("text", {"본문": 1}),
                                ("id", ["x"]), ("id", {"a": 1}), ("url", True), ("published", [2025]),
                                ("title", {"제목": "x"}), ("outlet", False)))
        record[name] = value
        return FeedLine(feed_line(record), Doc(False, f"line:wrong_type({name}={value!r})",
                                               codes=frozenset({"D105"})))
    if damage == "malformed":
        line = feed_line(feed_record(a, number))
        kind = d.choice(("cut", "no_brace", "trailing_comma", "single_quotes", "unquoted_key", "two_objects",
                         "bare_word"))
        if kind == "cut":
            line = line[: d.integer(1, len(line) - 2)].rstrip()
            if not line.strip():
                line = b"{"
        elif kind == "no_brace":
            line = line[:-1]
        elif kind == "trailing_comma":
            line = line[:-1] + b", }"
        elif kind == "single_quotes":
            line = repr(feed_record(a, number)).encode("utf-8")
        elif kind == "unquoted_key":
            line = line.replace(b'"id"', b"id", 1)
        elif kind == "two_objects":
            line = line + b" " + line
        else:
            line = d.choice((b"{oops", b"{{}", b"{\"text\": \"\xea\xb0\x80", b"undefined"))
        return FeedLine(line, Doc(False, f"line:malformed({kind})", codes=frozenset({"D105"})))
    if damage == "not_object":
        value = d.choice(([1, 2, 3], "본문만 있는 줄", 42, None, [feed_record(a, number)], "NaN"))
        data = b"NaN" if value == "NaN" else feed_line(value)
        return FeedLine(data, Doc(False, "line:not_object", codes=frozenset({"D105"})))
    if damage == "bad_utf8":
        line = feed_line(feed_record(a, number))
        at = line.index(b'"text": "') + 12
        line = line[:at] + d.choice((b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xb0\xa1")) + line[at:]
        return FeedLine(line, Doc(False, "line:bad_utf8", codes=frozenset({"D105"})))
    raise ValueError(damage)


def feed_bytes(d: Draw, budget: Budget, feed_damage: str | None = None,
               first_valid: bool = False) -> tuple[bytes, str, list[Doc]]:
    """A feed of 1-6 lines, each with its own damage, then maybe one damage to the whole file."""
    count = d.integer(1, 6)
    lines = []
    for number in range(1, count + 1):
        article = d.choice(CONTROLS)
        if number == 1 and first_valid:
            lines.append(FeedLine(feed_line(feed_record(article, 1)), Doc(True, "line:none", article.sentences)))
        else:
            lines.append(feed_line_case(d, article, number, budget))
    data = b"".join(line.data + b"\n" for line in lines)
    expected = {line.data: line.doc for line in lines}
    damage = feed_damage or d.choice(FEED_DAMAGES)
    if damage == "none":
        pass
    elif damage == "truncate":
        at = d.integer(1 if first_valid else 0, len(data))
        damage = f"truncate({at}/{len(data)})"
        data = data[:at]
    elif damage == "flip":
        flips = d.integer(1, 50)
        data, _ = flip_bytes(d, data, flips, 1 if first_valid else 0)
        damage = f"flip({flips})"
    elif damage == "bom":
        data = codecs.BOM_UTF8 + data
        first = lines[0]
        expected[codecs.BOM_UTF8 + first.data] = first.doc
    elif damage == "crlf":
        data = data.replace(b"\n", b"\r\n")
        expected.update({line.data + b"\r": line.doc for line in lines})
    docs: list[Doc] = []
    for line in data.split(b"\n"):
        if line in expected:
            if expected[line] is not None:
                docs.append(expected[line])
        elif line.strip():
            docs.append(Doc(False, f"feed:{damage}"))
    label = f"{damage}; lines: " + ", ".join(
        (line.doc.damage.removeprefix("line:") if line.doc else "blank") for line in lines)
    return data, label, docs


# ---- WARC files ----------------------------------------------------------------------------------

WARC_PAYLOAD_DAMAGES = ("none", "none", "one_paragraph", "no_space", "flip", "mixed", "bom", "enormous",
                        "deep", "unclosed", "truncate", "empty", "junk", "nul")
WARC_DAMAGES = ("none", "truncate", "missing_header", "content_length", "junk_between")
WARC_HEADERS = ("WARC-Target-URI", "WARC-Type", "Content-Length", "WARC-Record-ID", "WARC-Date")


@dataclass
class _Record:
    data: bytes
    doc: Doc | None  # None: not a document (warcinfo, request, an image)


def warc_bytes(d: Draw, gz: bool, budget: Budget,
               damage: str | None = None) -> tuple[bytes, str, list[Doc], int, int, int]:
    """A crawl of 1-5 pages with other records between, then maybe one damage to the file.
    Returns data, label, docs, min_records, max_records, whole."""
    records: list[_Record] = []
    if d.chance(50):
        records.append(_Record(warc_record("warcinfo", ""), None))
    pages = d.integer(1, 5)
    labels = []
    for number in range(1, pages + 1):
        a = d.choice(CONTROLS)
        url = f"{a.url}?p={number}"
        if d.chance(30):
            records.append(_Record(warc_record("request", url), None))
        if d.chance(15):
            records.append(_Record(warc_record("response", url + "&img", b"\x89PNG\r\n\x1a\n" + bytes(64),
                                               "image/png"), None))
        plain = d.chance(20)
        payload_damage = d.choice(WARC_PAYLOAD_DAMAGES)
        if plain and payload_damage in ("deep", "unclosed"):
            payload_damage = "none"
        page = page_bytes(d, a, "txt" if plain else "html", budget, payload_damage)
        content_type = "text/plain; charset=utf-8" if plain else "text/html; charset=utf-8"
        records.append(_Record(warc_record("response", url, page.data, content_type), page.doc))
        labels.append(("txt:" if plain else "") + page.doc.damage)
    doc_indexes = [i for i, r in enumerate(records) if r.doc is not None]
    total = len(doc_indexes)
    damage = damage or d.choice(WARC_DAMAGES)

    def docs_before(index: int) -> list[Doc]:
        return [r.doc for r in records[:index] if r.doc is not None]

    blobs = [gzip_member(r.data) if gz else r.data for r in records]
    if damage == "none":
        data = b"".join(blobs)
        docs = docs_before(len(records))
        return data, f"none; pages: {', '.join(labels)}", docs, total, total, total
    if damage == "truncate":
        data = b"".join(blobs)
        at = d.integer(0, len(data))
        start = 0
        for index, blob in enumerate(blobs):
            if start <= at < start + len(blob):
                break
            start += len(blob)
        else:
            index, start = len(blobs), len(data)
        label = f"{'gzip cut short' if gz else 'truncate'}({at}/{len(data)}); pages: {', '.join(labels)}"
        before = docs_before(index)
        n = len(before)
        if at == start:  # a cut between two records: a valid, shorter file (empty: maybe one D101 record)
            return data[:at], label, before, n, n + (at == 0), n
        record = records[index]
        cut = blobs[index][: at - start]
        complete = _content_survives(cut, record.data, gz)
        if record.doc is None:  # no document is lost; the reader may or may not report the cut
            return data[:at], label, before, n, n + 1, n
        if complete:  # only the record's closing blank lines (or gzip trailer) are gone
            return data[:at], label, before, n + 1, n + 2, n + 1
        return data[:at], label, before, n + 1, n + 1, n + 1
    target = d.choice(doc_indexes)
    before = docs_before(target)
    raw = records[target].data
    head_end = raw.index(b"\r\n\r\n")
    head, rest = raw[:head_end + 2], raw[head_end + 2:]
    if damage == "missing_header":
        name = d.choice(WARC_HEADERS)
        head = re.sub(rb"(?m)^" + re.escape(name.encode()) + rb":[^\r\n]*\r\n", b"", head)
        detail = f"missing {name}"
    elif damage == "content_length":
        length = int(re.search(rb"(?m)^Content-Length: (\d+)", head).group(1))
        new = d.choice((length + d.integer(1, 600), max(0, length - d.integer(1, 600)), "abc", -5, ""))
        head = re.sub(rb"(?m)^Content-Length: \d+", b"Content-Length: " + str(new).encode(), head)
        detail = f"Content-Length {length} -> {new!r}"
    else:
        junk = d.choice((b"garbage\r\n", b"\x00\x01\x02", b"HTTP/1.1 200 OK\r\n\r\n", b"WARC/1.0\r\n\r\n"))
        head = junk + head
        detail = f"junk {junk!r} before it"
    blobs[target] = gzip_member(head + rest) if gz else head + rest
    data = b"".join(blobs)
    position = len(before) + 1
    label = f"{damage}(record {position} of {total}: {detail}); pages: {', '.join(labels)}"
    return data, label, before, len(before) + 1, total + 1, total


def _content_survives(cut: bytes, full: bytes, gz: bool) -> bool:
    """Whether a record cut short still holds all of its header and content."""
    if gz:
        try:
            cut = zlib.decompressobj(wbits=31).decompress(cut)
        except zlib.error:
            return False
    return len(cut) >= len(full) - 4 and full.startswith(cut[: len(full) - 4])


# ---- cases ---------------------------------------------------------------------------------------

FORMS = ("txt", "html", "jsonl", "warc", "warc.gz", "stdin")


def build_case(d: Draw, budget: Budget = Budget(), form: str | None = None) -> Case:
    """One damaged input of `form` (any form when None)."""
    form = form or d.choice(FORMS)
    if form in ("txt", "html"):
        a = d.choice(CONTROLS)
        page = page_bytes(d, a, form, budget)
        return Case(form, form, page.data, page.doc.damage, (page.doc,), 1, 1, 1)
    if form == "jsonl":
        data, label, docs = feed_bytes(d, budget)
        empty = not data.strip()  # a feed with no lines: no record, or one D101 record saying so
        return Case(form, form, data, label, tuple(docs), len(docs), len(docs) + empty, len(docs))
    if form in ("warc", "warc.gz"):
        data, label, docs, lo, hi, whole = warc_bytes(d, form == "warc.gz", budget)
        return Case(form, form, data, label, tuple(docs), lo, hi, whole)
    return stdin_case(d, budget)


def stdin_case(d: Draw, budget: Budget) -> Case:
    """What is piped in: a page, a feed or a crawl. stdin has no name, so hoedong sniffs its form:
    a feed starts with '{' (after whitespace and a UTF-8 BOM), a WARC with 'WARC/' or gzip's magic;
    anything else is one page."""
    inner = d.choice(("txt", "html", "jsonl", "warc", "warc.gz"))
    if inner in ("txt", "html"):
        a = d.choice(CONTROLS)
        page = page_bytes(d, a, inner, budget, head_guard=64)
        return Case("stdin", inner, page.data, page.doc.damage, (page.doc,), 1, 1, 1)
    if inner == "jsonl":
        data, label, docs = feed_bytes(d, budget, first_valid=True)
        if data.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
            return Case("stdin", inner, data, label, tuple(docs), len(docs), len(docs), len(docs))
        return Case("stdin", inner, data, label, (Doc(False, "stdin:not a feed"),), 1, 1, 1)
    data, label, docs, lo, hi, whole = warc_bytes(d, inner == "warc.gz", budget)
    if data.lstrip().startswith(b"WARC/") or data.startswith(b"\x1f\x8b"):
        return Case("stdin", inner, data, label, tuple(docs), lo, hi, whole)
    return Case("stdin", inner, data, label, (Doc(False, "stdin:not a crawl"),), 1, 1, 1)


@st.composite
def cases(draw, budget: Budget = Budget(), form: str | None = None) -> Case:
    """Hypothesis strategy: one damaged input of `form` (any form when None)."""
    return build_case(HypothesisDraw(draw), budget, form)


def random_case(seed: int, budget: Budget = Budget(), form: str | None = None) -> Case:
    """The campaign's case number `seed`: the same seed always builds the same case."""
    return build_case(RandomDraw(random.Random(seed)), budget, form)




# ---- running a case through hoedong, and judging what came out ---------------------------------


def write_case(case: Case, folder) -> str:
    """The case as a file in `folder` (its path), or '-' for stdin."""
    from pathlib import Path

    if case.form == "stdin":
        return "-"
    path = Path(folder) / f"case{case.suffix}"
    path.write_bytes(case.data)
    return str(path)


def read_case(case: Case, folder, limit: int = LIMIT) -> list:
    """hoedong's reader on the case: its RawDocs (raises whatever the reader raises)."""
    from hoedong.ingest import list_inputs, read_input

    path = write_case(case, folder)
    stdin = io.BytesIO(case.data) if path == "-" else None
    return [doc for item in list_inputs([path]) for doc in read_input(item, limit, stdin=stdin)]


def run_case(case: Case, folder, limit: int = LIMIT) -> list[dict]:
    """The records `hoedong extract` prints for the case, computed in this process."""
    from hoedong.pipeline import run_many

    return [record.to_json() for record in run_many(read_case(case, folder, limit))]


def count_problems(case: Case, records: Sequence) -> list[str]:
    """What is wrong with the number of records (RawDocs or record dicts) read from a case."""
    got = len(records)
    errors = [_error_code(r) for r in records]
    out = []
    if got < case.min_records:
        out.append(f"lost: {got} records, expected at least {case.min_records}")
    if got > case.max_records:
        out.append(f"extra: {got} records, expected at most {case.max_records}")
    if got < case.whole and "D106" not in errors:
        out.append(f"lost silently: {got} records for {case.whole} documents and no D106 error says so")
    for index, (doc, code) in enumerate(zip(case.docs, errors)):
        if code is not None and doc.codes and code not in doc.codes:
            out.append(f"code: record {index + 1} ({doc.damage}) is {code}, expected {'/'.join(sorted(doc.codes))}")
    return out


def control_problems(case: Case, records: Sequence[dict]) -> list[str]:
    """Control documents read as errors, or read without any of their sentences. Not judged when a
    page or feed gave the wrong number of records (count_problems says so; the records no longer
    line up with the documents)."""
    out = []
    if case.min_records == case.max_records and len(records) != case.min_records:
        return out
    for index, (doc, record) in enumerate(zip(case.docs, records)):
        if not doc.control:
            continue
        if record.get("error"):
            out.append(f"control as error: record {index + 1} ({doc.damage}) is {record.get('error_code')}: "
                       f"{record['error']}")
        elif doc.keep and not any(sentence in record["body"] for sentence in doc.keep):
            out.append(f"control lost its prose: record {index + 1} ({doc.damage}) body is "
                       f"{record['body'][:120]!r}")
    return out


def message_problems(records: Sequence[dict]) -> list[str]:
    """Error records must carry a known code and a message '<what is wrong>; <what to do>'."""
    from hoedong import errors

    kinds = [cls for cls in vars(errors).values() if isinstance(cls, type) and issubclass(cls, errors.DocumentError)]
    known = {cls.code for cls in kinds} - {errors.DocumentError.code}
    hints = {cls.code: cls.hint for cls in kinds if cls.hint}
    out = []
    for index, record in enumerate(records, 1):
        error, code = record.get("error"), record.get("error_code")
        if not error and not code:
            continue
        if not error or not code:
            out.append(f"record {index}: error {error!r} with error_code {code!r}")
            continue
        if code not in known:
            out.append(f"record {index}: unknown error_code {code!r}")
        what, sep, todo = error.rpartition("; ")
        if not sep or not what.strip() or not todo.strip():
            out.append(f"record {index}: {code} message has no '<what>; <hint>' form: {error!r}")
        elif hints.get(code) and not error.endswith("; " + hints[code]):
            out.append(f"record {index}: {code} message does not end with its hint: {error!r}")
    return out


def _error_code(record) -> str | None:
    if isinstance(record, dict):
        return record.get("error_code") if record.get("error") else None
    return record.error_code if record.error else None


__all__ = ["Article", "Budget", "CONTROLS", "Case", "Doc", "Draw", "FORMS", "HypothesisDraw", "LIMIT", "RandomDraw",
           "build_case", "cases", "control_problems", "count_problems", "message_problems", "random_case",
           "read_case", "run_case", "write_case"]
