"""Bylines, datelines and run-on text: tables of lines in our own words and what must be read from them."""

from __future__ import annotations

import pytest

from hoedong.article import extract_article
from hoedong.article.bylines import dateline_head, is_byline_shaped, lone_name_line, names_before_titles
from hoedong.article.outlets import (all_outlets, outlet_by_form, outlet_by_shape, outlet_for_url, outlets_of,
                                     validate_outlets)
from hoedong.article.runon import split_run_on
from hoedong.model import RawDoc, SourceMeta


@pytest.mark.parametrize("line, names", [
    ("한빛일보 정하람 기자 2025.03.02 10:20", ["정하람"]),
    ("정하람·문서준 기자", ["정하람", "문서준"]),
    ("정하람 기자, 문서준 기자", ["정하람", "문서준"]),
    ("정하람 선임기자, 문서준 기자", ["정하람", "문서준"]),
    ("정하람/문서준 기자", ["정하람", "문서준"]),
    ("정하람 문서준 기자 =", ["정하람", "문서준"]),
    ("(대전=한빛통신) 정하람 기자 =", ["정하람"]),
    ("[가람경제 세종=정하람 기자]", ["정하람"]),
    ("[가람경제 정하람기자]", ["정하람"]),
    ("글·사진=정하람 기자", ["정하람"]),
    ("뉴욕=남궁민서 특파원", ["남궁민서"]),
    ("황보은채 기자 eunchae@garam.co.kr", ["황보은채"]),
    ("사진=정하람 기자", []),  # a photo credit
    ("영상편집 문서준", []),
    ("서울 기자회견장에서 만났다", []),  # 기자 inside a word
    ("조회수 1,204", []),
])
def test_bylines_names_before_reporter_titles(line, names):
    assert names_before_titles(line) == names


@pytest.mark.parametrize("line, shaped", [
    ("가람경제 정하람 기자 2025.03.02 10:20", True),
    ("정하람 기자 haram@garam.co.kr", True),
    ("대구=정하람 기자", True),
    ("정하람 기자가 현장에서 확인한 결과 피해가 컸다", False),
])
def test_bylines_a_byline_line_holds_nothing_else(line, shaped):
    assert is_byline_shaped(line, frozenset({"가람경제"})) is shaped


@pytest.mark.parametrize("line, outlet, name", [
    ("한국경제TV 정하람", None, "정하람"),
    ("정하람 haram@garam.co.kr", None, "정하람"),
    ("YTN 정하람 (haram@ytn.co.kr)", "YTN", "정하람"),
    ("오늘의 주요 뉴스", None, None),
])
def test_bylines_a_line_of_an_outlet_or_address_and_one_name(line, outlet, name):
    assert lone_name_line(line, outlet) == name


@pytest.mark.parametrize("lede, head", [
    ("(세종=한빛통신) 정하람 기자 = 정부가 내년 예산안을 발표했다.", "(세종=한빛통신) 정하람 기자 = "),
    ("[가람경제=정하람 기자] 정부가 내년 예산안을 발표했다.", "[가람경제=정하람 기자] "),
    ("[단독] 정부가 내년 예산안을 발표했다.", None),
    ("(사진) 정부가 내년 예산안을 발표했다.", None),
])
def test_bylines_the_dateline_a_lede_opens_with(lede, head):
    assert dateline_head(lede) == head


def test_bylines_run_on_text_is_cut_into_page_lines():
    text = ("[단독] 누리로봇, 코스닥 상장 청구 (서울=한빛통신) 정하람 기자 = 로봇 기업 누리로봇이 상장을 청구했다."
            "회사는 \"내년 상반기 상장이 목표다\"라고 밝혔다.업계는 기대가 크다. 정하람 기자")
    lines = split_run_on(text).splitlines()
    assert lines[0] == "[단독] 누리로봇, 코스닥 상장 청구"
    assert lines[1].startswith("(서울=한빛통신) 정하람 기자 =")
    assert "회사는 \"내년 상반기 상장이 목표다\"라고 밝혔다." in lines  # a quote's end does not cut
    assert lines[-1] == "정하람 기자"


@pytest.mark.parametrize("text, lines", [
    # a sentence that opens with a day, glued to the one before
    ("두 회사가 합작을 검토한다.12일 업계에 따르면 발표는 다음 주다.",
     ["두 회사가 합작을 검토한다.", "12일 업계에 따르면 발표는 다음 주다."]),
    ("새 공장을 짓기로 했습니다.3층 규모다.", ["새 공장을 짓기로 했습니다.", "3층 규모다."]),
    # a headline's pause before a figure is not a sentence's end
    ("누리로봇, 공장 짓는다...500억원 투입", ["누리로봇, 공장 짓는다...500억원 투입"]),
])
def test_bylines_a_glued_sentence_that_opens_with_a_figure_is_cut(text, lines):
    assert split_run_on(text).splitlines() == lines


def test_bylines_lines_of_a_normal_page_stay_as_they_are():
    page = "제목 한 줄\n\n첫 문단이다. 둘째 문장이다.\n\n둘째 문단이다. 셋째 문장이다.\n\n넷째 줄이다.\n"
    assert split_run_on(page) == page


def _article(text: str, url: str | None = None):
    return extract_article(RawDoc(source="t", doc_id="t", text=text, form="text", meta=SourceMeta(url=url)))


ONE_PARAGRAPH = ("(세종=연합뉴스) 정하람 기자 = 정부가 내년 연구개발 예산을 12% 늘리기로 했다.기획재정부는 "
                 "2일 이런 내용의 예산안을 국무회의에 보고했다고 밝혔다.늘어난 예산은 인공지능과 반도체 분야에 "
                 "집중된다.정부는 다음 달 국회에 예산안을 제출할 계획이다.")


def test_bylines_one_paragraph_feed_text_is_an_article_not_an_error():
    article = _article(ONE_PARAGRAPH)
    assert article.error is None
    assert article.outlet == "연합뉴스" and article.reporters == ("정하람",)
    assert article.body.startswith("정부가 내년 연구개발 예산을")
    assert "국회에 예산안을 제출할 계획이다." in article.body


def test_bylines_a_repost_takes_the_publisher_the_text_names():
    """A broadcaster's site reposting a wire story: the dateline wins over the host."""
    assert _article(ONE_PARAGRAPH, url="https://www.wowtv.co.kr/NewsCenter/News/Read?id=1").outlet == "연합뉴스"


def test_bylines_without_a_named_outlet_the_host_says_it():
    text = "정부가 내년 연구개발 예산을 늘린다.\n\n기획재정부는 2일 예산안을 발표했다. 예산은 AI에 집중된다.\n"
    for url, outlet in [("https://m.mk.co.kr/news/1", "매일경제"), ("https://amp.hankyung.com/a/1", "한국경제"),
                        ("https://view.asiae.co.kr/article/1", "아시아경제"), ("https://mobile.newsis.com/v/1", "뉴시스")]:
        assert _article(text, url=url).outlet == outlet


def test_bylines_a_portal_host_is_never_the_outlet():
    assert outlet_for_url("https://v.daum.net/v/20250101") is None
    assert outlet_for_url("https://n.news.naver.com/article/001/0000001") is None


@pytest.mark.parametrize("text, outlet", [
    ("【부산 = 서울뉴스통신】 정하람 기자 =", "서울뉴스통신"),
    ("(엑스포츠뉴스 정하람 기자)", "엑스포츠뉴스"),
    ("(엑스포츠뉴스룸 정하람 기자)", None),  # a name that only starts like the listed one's
])
def test_bylines_the_outlet_table_knows_its_outlets_own_forms(text, outlet):
    assert outlet_by_form(text) == outlet


_STORY = ("가람전자가 판교에 인공지능 연구소를 연다고 3일 밝혔다. 연구소에는 연구원 120명이 일한다.\n\n"
          "회사는 내년부터 연구 인력을 두 배로 늘릴 계획이다. 첫 성과는 하반기에 공개한다고 덧붙였다.\n")
_HEADLINE = "가람전자, 판교에 인공지능 연구소 연다\n\n"
_OUTLET_PAGES = {  # the general shapes of kb/outlet_forms.tsv, each on a page of our own
    "dateline": lambda name: f"{_HEADLINE}(대전={name}) 정하람 기자 = {_STORY}",
    "bracketed byline": lambda name: f"{_HEADLINE}[{name} 정하람 기자] {_STORY}",
    "byline line": lambda name: f"{_HEADLINE}{name} 정하람 기자\n입력 2025.03.03 10:00\n\n{_STORY}",
    "sign-off": lambda name: f"{_HEADLINE}{_STORY}\n정하람 기자\n\nⓒ {name} 무단전재 및 재배포 금지\n",
}


@pytest.mark.parametrize("shape", list(_OUTLET_PAGES))
def test_bylines_an_outlet_without_listed_forms_is_known_by_the_general_shapes(shape):
    """머니투데이방송 lists no forms; 머니투데이, whose name starts its own, lists `[머니투데이 {reporter}]`."""
    outlet = next(o for o in all_outlets() if o.name == "머니투데이방송")
    assert not outlet.datelines and not outlet.signoffs
    assert _article(_OUTLET_PAGES[shape](outlet.name)).outlet == "머니투데이방송"


@pytest.mark.parametrize("shape", list(_OUTLET_PAGES))
def test_bylines_every_outlet_of_the_table_is_known_by_the_general_shapes(shape):
    """Names with spaces, dots, brackets or five words, aliases alike: the table lists only the
    forms that differ from the general ones."""
    read = {(name, o.name): _article(_OUTLET_PAGES[shape](name)).outlet
            for o in all_outlets() if o.kind == "outlet" for name in filter(None, (o.name, o.name_en, *o.aliases))}
    assert not {key: outlet for key, outlet in read.items() if outlet != key[1]}


@pytest.mark.parametrize("text, where, outlet", [
    ("(부산=가람통신) 정하람 기자 = 회사가 밝혔다.", "lede", None),  # a name the table does not know
    ("[한국경제TV 정하람 기자] 회사가 밝혔다.", "lede", "한국경제TV"),  # the longest name that fits
    ("<저작권자 © 연합뉴스, 무단 전재-재배포 금지>", "notice", "연합뉴스"),
    ("정하람 기자가 연합뉴스에 말했다.", "byline", None),  # a byline's outlet stands first
])
def test_bylines_general_outlet_shapes(text, where, outlet):
    assert outlet_by_shape(text, where) == outlet


_BROKEN_TABLE = """name\tname_en\tkind\tcategory\tdomains\taliases\tdatelines\tsignoffs
가람일보\tGaram Ilbo\toutlet\tnational_daily\tgaram.example.kr\t\t\t
한빛경제\tHanbit Economy\toutlet\teconomic_daily\tgaram.example.kr|hanbit.example.kr\t\t\t
누리뉴스\tNuri News\toutlet\tonline\t\t\t\t
\tNameless Times\toutlet\tonline\tnameless.example.kr\t\t\t
"""


def test_bylines_the_outlet_validator_reports_each_broken_row():
    from hoedong.resources import table_rows

    problems = validate_outlets(outlets_of(table_rows(_BROKEN_TABLE)))
    assert any("garam.example.kr" in p and "한빛경제" in p and "가람일보" in p for p in problems)  # a domain on two rows
    assert any(p.startswith("누리뉴스") and "no domain" in p for p in problems)
    assert any("no name" in p for p in problems)
    assert len(problems) == 3


def test_bylines_the_outlet_table_is_valid_and_large():
    assert validate_outlets() == []
    outlets = [o for o in all_outlets() if o.kind == "outlet"]
    assert len(outlets) >= 300
    assert {"news_agency", "national_daily", "economic_daily", "broadcaster", "regional", "english"} <= {
        o.category for o in outlets}


@pytest.mark.parametrize("title, body, expected", [
    # a badge whose brackets a scraper dropped: the body has the bare word, never the glued one
    ("단독한빛전자, 가람바이오 인수 추진", "한빛전자가 가람바이오 인수를 추진한다.", "한빛전자, 가람바이오 인수 추진"),
    # a word that merely starts like a badge stays: the body has it whole
    ("단독주택 매매 3개월 연속 늘어", "단독주택 매매가 석 달째 늘었다.", "단독주택 매매 3개월 연속 늘어"),
    ("[단독] 한빛전자, 인수 추진", "한빛전자가 인수를 추진한다.", "[단독] 한빛전자, 인수 추진"),
])
def test_bylines_a_headline_badge_glued_by_a_scraper_is_dropped(title, body, expected):
    from hoedong.article.metadata import without_glued_badge

    assert without_glued_badge(title, body) == expected
