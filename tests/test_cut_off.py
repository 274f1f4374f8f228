"""A text that stops mid-sentence (an excerpt, a feed's description) and clauses with no predicate:
the last line is the body's end, and an act told without a predicate takes its status from its date."""

from __future__ import annotations

import pytest
from conftest import read_text

from hoedong.article.text import read_page

_PAGE = """한빛전자, 가람바이오와 배터리 소재 협력 확대

한빛일보 | 입력 2025.03.04 10:20

[한빛일보 김하늘 기자] 한빛전자가 가람바이오와 배터리 소재 공동 개발에 나선다고 4일 밝혔다. 두 회사는 지난해 양해각서를 맺은 뒤 후속 협의를 이어 왔다.

김태오 한빛전자 사장은 이날 경기 수원 본사에서 나은정 가람바이오 대표를 만나 협력 범위를 논의했다. 두 사람은 올해 안에 시험 생산라인을 꾸리기로 뜻을 모았다.

한빛전자 관계자는 "소재 분야에서 의미 있는 성과를 기대하고 있다"며 "양사 연구진이 다음 달부터 함께 일하게 된다"고 말했다.

"""


def _paragraphs(page: str) -> list[str]:
    return list(read_page(page).paragraphs)


@pytest.mark.parametrize("last", [
    # a feed's description cut at a length: prose that runs on and stops in the middle of a clause
    "김 사장은 다음 주 부산을 찾아 지역 협력사 대표들과 간담회를 열고 소재 국산화 방안과 설비 투자 일정 등을",
    "나 대표는 이번 협력이 회사의 첫 해외 공급 계약으로 이어질 수 있다고 보고 연구 인력을 두 배로 늘리는 방안도 검토",
    "김 사장은 이날 오후 나 대표와 함께 시험 생산라인 예정 부지를",  # short, but it runs on for many words
])
def test_article_a_text_cut_off_mid_sentence_keeps_its_last_line(last):
    assert _paragraphs(_PAGE + last)[-1] == last


@pytest.mark.parametrize("last", [
    "한빛전자, 2분기 영업이익 두 배로",  # another story's headline: short
    "Hanbit Electronics and Garam Bio expand their battery materials partnership in Suwon this week",  # not Korean prose
])
def test_article_a_headline_shaped_last_line_is_not_the_body(last):
    assert last not in _paragraphs(_PAGE + last)


def test_article_a_title_ranked_below_the_copyright_notice_is_not_the_body():
    ranked = '1 "주말에도 문 연다"…한빛전자 수원 본사 견학 신청 몰려'
    page = _PAGE + "저작권자 © 한빛일보 무단전재 및 재배포 금지\n\n" + ranked
    assert ranked not in _paragraphs(page)


def test_article_a_caption_shown_again_and_cut_short_is_not_the_body():
    caption = "김태오 한빛전자 사장(오른쪽)이 4일 경기 수원 본사에서 나은정 가람바이오 대표와 악수하고 있다. (사진=한빛전자 제공)"
    repeated = "김태오 한빛전자 사장(오른쪽)이 4일 경기 수원 본사에서 나은정 가람바이오 대표와 악수하고"
    page = _PAGE.replace("[한빛일보", f"{caption}\n\n[한빛일보") + repeated
    assert repeated not in _paragraphs(page)


_SCHEDULE = "15일 김태오 한빛전자 회장은 나은정 가람바이오 대표와의 단독 회담, 새로 문을 연 연구소 시찰, 공동 기자회견 등의 일정"


@pytest.mark.parametrize("published, status, day", [
    # a schedule told as a list of nouns, cut before any predicate: a day after the news is ahead
    ("2025-03-11", "planned", "2025-03-15"),
    # ... and a day before it is past; either way the relative clause's past (`문을 연`) is the lab's, not the talks'
    ("2025-03-18", "occurred", "2025-03-15"),
])
def test_status_a_clause_with_no_predicate_takes_its_status_from_its_nearest_day(published, status, day):
    meetings = [e for e in read_text(_SCHEDULE, published) if e.type == "MEET"]
    assert [(e.people, e.status, e.date) for e in meetings] == [(frozenset({"김태오", "나은정"}), status, day)]
