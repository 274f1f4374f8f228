"""The reader's indexes answer what the plain scans they replace answer: a typo check against the
knowledge base by length and family name, overlaps and covers of settled mentions by binary search,
event words only where one can start."""

from __future__ import annotations

import random

import pytest

from hoedong.entities.mentions import Mention, _Spans, settle
from hoedong.entities.names import SpellingIndex, is_typo_of
from hoedong.events.lexicon import cues, endings
from hoedong.events.triggers import _compound_trigger, _noun_trigger_prefixes, _trigger_beginnings
from hoedong.knowledge import load_kb
from hoedong.nlp import Token

NAMES = ["샘 올트먼", "사티아 나델라", "젠슨 황", "순다르 피차이", "팀 쿡", "이재용", "마크 저커버그",
         "크리스티아노 아몬", "리사 수", "일론 머스크", "저커버그"]


def _variants(name: str) -> list[str]:
    """Spellings near a name: a syllable dropped, doubled or swapped, the spaces taken out, the
    given name changed."""
    found = {name, name.replace(" ", ""), name + "스", "마" + name}
    for i in range(len(name)):
        found |= {name[:i] + name[i + 1:], name[:i] + name[i] + name[i:], name[:i] + "아" + name[i + 1:]}
    words = name.split()
    if len(words) > 1:
        found.add("다니엘 " + words[-1])
    return sorted(found)


def _plain_scan(names: list[str], variant: str) -> int | None:
    return next((n for n, name in enumerate(names) if is_typo_of(variant, name)), None)


def test_spelling_index_finds_what_a_scan_of_every_name_finds():
    names = NAMES + [p.name for p in load_kb().people]
    index = SpellingIndex(names)
    variants = [v for name in NAMES + [p.name for p in load_kb().people[::7]] for v in _variants(name)]
    assert variants
    for variant in variants:
        assert index.first_typo_of(variant) == _plain_scan(names, variant), variant


def test_spelling_index_short_and_korean_names_are_the_same_name_only():
    index = SpellingIndex(["이재용", "팀 쿡", "이 재용"])
    assert index.first_typo_of("이 재용") == 0  # spaces aside, the same name: the first of them
    assert index.first_typo_of("이재웅") is None  # a Korean name is never a typo of another
    assert index.first_typo_of("팀쿡") == 1


def _mention(start: int, end: int, kind: str = "PERSON", how: str = "title", titles=()) -> Mention:
    return Mention(start, end, "x" * (end - start), kind, how, titles=titles)


def _settle_by_scan(mentions: list[Mention]) -> list[Mention]:
    """settle as it was written first: every kept span looked at for each mention."""
    from hoedong.entities.mentions import _RANK, _merge

    ordered = sorted(mentions, key=lambda m: (m.partial, -(m.end - m.start), _RANK.get(m.how, 9), m.start))
    kept, taken = [], []
    for mention in ordered:
        if any(mention.start < e and s < mention.end for s, e in taken):
            cover = next((k for k in kept if k.start <= mention.start and mention.end <= k.end
                          and k.type == mention.type), None)
            if cover is not None and not mention.partial:
                kept[kept.index(cover)] = _merge(cover, mention)
            continue
        kept.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)


def test_settle_keeps_what_a_scan_of_every_kept_span_keeps():
    chance = random.Random(21)
    hows = ["title", "kb", "context", "surname_title", "family_name", "shape"]
    for _ in range(300):
        mentions = []
        for _ in range(chance.randint(0, 14)):
            start = chance.randint(0, 40)
            mentions.append(_mention(start, start + chance.randint(0, 6), chance.choice(["PERSON", "ORG"]),
                                     chance.choice(hows), tuple(chance.sample(["회장", "대표", "CEO"], chance.randint(0, 2)))))
        assert settle(mentions) == _settle_by_scan(mentions)


def test_spans_overlap_and_cover():
    spans = _Spans()
    spans.add(10, 14, 0)
    spans.add(20, 25, 1)
    assert spans.overlaps(12, 30) and spans.overlaps(24, 26) and not spans.overlaps(14, 20)
    assert spans.cover(21, 25) == 1 and spans.cover(12, 16) is None and spans.cover(15, 18) is None


def _token(form: str, tag: str, start: int) -> Token:
    return Token(form, tag, start, start + len(form), form)


@pytest.mark.parametrize("forms, found", [
    (["차", "담", "회"], "차담회"),
    (["화상", "회의"], "화상회의"),
    (["오늘", "회의"], None),
])
def test_compound_event_nouns(forms, found):
    tokens, at = [], 0
    for form in forms:
        tokens.append(_token(form, "NNG", at))
        at += len(form)
    trigger = _compound_trigger(tokens, 0)
    assert (trigger.form if trigger else None) == found
    if found:
        assert forms[0] in _noun_trigger_prefixes() and forms[0] in _trigger_beginnings()


def test_every_event_word_starts_with_a_beginning():
    from hoedong.events.lexicon import triggers

    assert all(form[:1] in _trigger_beginnings() and form in _trigger_beginnings() for form, _ in triggers())


def test_cue_lookups_answer_by_kind_and_refuse_unknown_kinds():
    assert "매년" in cues("habitual") and "고" in endings("boundary")
    with pytest.raises(KeyError):
        cues("no such kind")


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_surname_titles_found_near_titles_are_those_found_everywhere():
    from hoedong.entities.short_forms import _matches_near_titles, _surname_title_pattern

    pieces = ["이", "김", "최", "남궁", "尹", "문", " ", "  ", "\n", "회장", "대표", "CEO", "부회장", "대통령", "전", "前",
              "당시", "은", "과는", "단", "협의회", ",", ".", "A", "했다", "이재용"]
    chance = random.Random(15)
    texts = ["이 회장은 김 대표와 만났다. 尹 대통령과 문 前 대통령, 최 회장단협의회, 남궁 CEO는"]
    texts += ["".join(chance.choice(pieces) for _ in range(chance.randint(0, 40))) for _ in range(400)]
    for text in texts:
        assert _spans(_matches_near_titles(text)) == _spans(_surname_title_pattern().finditer(text)), text


def test_word_starts_are_what_the_look_behind_pattern_finds():
    import re

    from hoedong.entities.mentions import word_starts

    chance = random.Random(7)
    pieces = ["삼성", "삼성삼성", " ", "전자", "A", "1", "·", ",", "\n", "성"]
    for _ in range(400):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 20)))
        for word in ("삼성", "성삼", "삼성삼성", "전자"):
            expected = [m.start() for m in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(word)}", text)]
            assert word_starts(text, word) == expected, (text, word)
