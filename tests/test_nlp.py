"""The Kiwi layer: one instance, offsets into the body, lines split before sentences."""

from __future__ import annotations

from hoedong.nlp import analyze, analyze_many, kiwi


def test_nlp_offsets_point_into_the_body():
    body = "최태원 SK그룹 회장이 12일 젠슨 황 엔비디아 CEO를 만났다.\n\n두 사람은 HBM 공급을 논의했다."
    nouns = [t for s in analyze(body).sentences for t in s.tokens if t.tag.startswith(("NN", "SL", "SN"))]
    assert nouns and all(body[t.start:t.end] == t.form for t in nouns)
    assert "젠슨 황" in [t.form for t in nouns]


def test_nlp_splits_lines_before_sentences():
    body = "삼성, 오픈AI와 협력 확대\n이재용 회장은 샘 올트먼 CEO를 만났다. 두 사람은 협력을 논의했다."
    texts = [body[s.start:s.end] for s in analyze(body).sentences]
    assert texts == ["삼성, 오픈AI와 협력 확대", "이재용 회장은 샘 올트먼 CEO를 만났다.", "두 사람은 협력을 논의했다."]


def test_nlp_knows_the_knowledge_base_names():
    tokens = [t for s in analyze("크리스티아노 아몬 퀄컴 CEO가 방한했다.").sentences for t in s.tokens]
    assert ("크리스티아노 아몬", "NNP") in [(t.form, t.tag) for t in tokens]


def test_nlp_is_one_instance_per_process():
    assert kiwi() is kiwi()


def test_nlp_batch_matches_one_by_one():
    bodies = ["정의선 회장이 방미했다.", "", "구광모 회장은 MS와 손잡았다.\n협약은 11일 체결됐다."]
    assert list(analyze_many(bodies)) == [analyze(b) for b in bodies]
