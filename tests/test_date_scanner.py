"""The skipping scanner finds exactly the tokens korean-datetime's own scanner finds."""

from __future__ import annotations

from datetime import datetime

import korean_datetime as kd
from conftest import ROOT, load_jsonl
from korean_datetime.core.scanner import Scanner

from hoedong.date_scanner import SkippingScanner, parser

NOW = datetime(2025, 3, 10)
SENTENCES_OF_OUR_OWN = [
    "두 사람은 지난달 28일 오후 3시 서울에서 만났고, 다음 주 월요일에 다시 만날 예정이다.",
    "회담은 2025년 3월 4일부터 6일까지 사흘간 열렸다.",
    "그는 10년 만에 방한해 내일 오전 청와대를 찾는다.",
    "올해 상반기 중 계약을 마무리하고 내년 초 공장을 착공한다.",
    "24.3.5 발표된 계획에 따르면 연내 투자가 집행된다.",
    "추석 연휴 직전인 9월 셋째 주 금요일 저녁 만찬이 잡혔다.",
    "",
    "날짜가 전혀 없는 문장이다.",
]


def _texts() -> list[str]:
    texts = list(SENTENCES_OF_OUR_OWN)
    texts += [case["text"] for case in load_jsonl(ROOT / "tests" / "fixtures" / "timex_cases.jsonl")]
    for name in ("blind_events", "blind_events2"):
        texts += [case["text"] for case in load_jsonl(ROOT / "tests" / "fixtures" / name / "cases.jsonl")]
    return texts


def test_the_skipping_scanner_gives_the_library_scanner_s_tokens_on_every_text():
    rules = parser(kd.Cycle.PAST)._scanner.rules
    library, skipping = Scanner(rules), SkippingScanner(rules)
    texts = _texts()
    assert len(texts) > 150
    for text in texts:
        assert skipping.scan(text) == library.scan(text), text


def test_the_parser_keeps_the_library_s_answers():
    for text in SENTENCES_OF_OUR_OWN[:6]:
        for cycle in (kd.Cycle.PAST, kd.Cycle.FUTURE):
            options = kd.ParseOptions(cycle=cycle)
            expected = [(e.span, e.text, str(e.value)) for e in kd.parse_all(text, now=NOW, options=options)]
            got = [(e.span, e.text, str(e.value)) for e in parser(cycle).parse_all(text, NOW)]
            assert expected and got == expected


def test_every_start_of_a_rule_is_found_overlapping_ones_and_lookbehinds_included():
    """`_starts` finds what a lookahead `(?=rule)` finds at each position: matches that start
    inside another match, and lookbehinds that see the text before the search position."""
    from hoedong.date_scanner import _starts

    import re

    patterns = [re.compile(r"\d{1,2}일"), re.compile(r"(?<!\d)\d{1,2}"), re.compile(r"다음\s*주?"), re.compile(r"")]
    texts = ["12일과 13일, 그리고 2025년 3월 4일", "다음다음 주 월요일", "123", ""] + SENTENCES_OF_OUR_OWN
    for pattern in patterns:
        lookahead = re.compile(f"(?={pattern.pattern})")
        for text in texts:
            assert list(_starts(pattern, text)) == [m.start() for m in lookahead.finditer(text)], (pattern, text)
    rules = parser(kd.Cycle.PAST)._scanner.rules
    for rule in rules:
        lookahead = re.compile(f"(?={rule.pattern.pattern})", rule.pattern.flags)
        for text in _texts():
            assert list(_starts(rule.pattern, text)) == [m.start() for m in lookahead.finditer(text)]


def test_a_rule_is_tried_on_every_text_where_it_matches():
    """The needed characters and the openings (pairs read without the spaces between them) only
    pass over rules that cannot match."""
    import re

    scanner = parser(kd.Cycle.PAST)._scanner
    texts = _texts() + ["３일", "오전 9시 A.M.", "2025.3.4", "전전월", "해 질  무렵", "그\u00a0다음 날", "다음\t주 월요일"]
    for text in texts:
        admitted = set(scanner._needs.admitted(text))
        for index, rule in enumerate(scanner.rules):
            lookahead = re.compile(f"(?={rule.pattern.pattern})", rule.pattern.flags)
            if lookahead.search(text):
                assert index in admitted, (rule.pattern.pattern, text)
