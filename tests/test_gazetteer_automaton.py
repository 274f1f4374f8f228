"""The knowledge base's automaton finds what a longest-first regular expression finds: the leftmost
form at each word start, the longest there, and no match inside another."""

from __future__ import annotations

import re

import ahocorasick

from hoedong.entities.gazetteer import _leftmost_longest

FORMS = ["삼성", "삼성전자", "전자", "SK", "SK하이닉스", "하이닉스", "이재용", "재용", "오픈AI", "AI"]
TEXTS = [
    "삼성전자와 SK하이닉스가 손잡았다.",
    "이재용 삼성전자 회장은 오픈AI와 만났다.",
    "최삼성전자라는 말은 없다. 신재용도 아니다.",  # forms inside a word are not names
    "AI 반도체를 두고 삼성 전자 부문과 하이닉스가 경쟁한다.",
    "",
]


def _reference(text: str) -> list[tuple[int, str]]:
    alternatives = "|".join(re.escape(f) for f in sorted(FORMS, key=len, reverse=True))
    pattern = re.compile(rf"(?<![가-힣A-Za-z0-9])(?:{alternatives})")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def test_the_automaton_matches_the_longest_first_pattern():
    automaton = ahocorasick.Automaton()
    for form in FORMS:
        automaton.add_word(form, form)
    automaton.make_automaton()
    for text in TEXTS:
        assert _leftmost_longest(text, automaton) == _reference(text), text
    assert _leftmost_longest(TEXTS[0], automaton) == [(0, "삼성전자"), (6, "SK하이닉스")]
    assert _leftmost_longest(TEXTS[2], automaton) == []
