"""The line classifier: each line of a page dump is body or a kind of chrome, by its shape."""

from __future__ import annotations

import pytest

from hoedong.article.lines import Kind, classify, classify_lines, normalize_line

LINES = [
    # prose
    ("최태원 SK그룹 회장은 지난 3일 서울 종로구 SK서린빌딩에서 사티아 나델라 마이크로소프트 CEO를 만났다.", Kind.BODY),
    ('정 회장은 "AI 반도체 공급망을 함께 만들겠다"고 말했다.', Kind.BODY),
    ("두 회사는 데이터센터 공동 투자도 검토하고 있다. 구체적인 규모는 정해지지 않았다.", Kind.BODY),
    # headline-shaped
    ("구광모 LG 회장, 젠슨 황과 로봇 협력 논의", Kind.SHORT),
    ("네이버·삼성전자, AI 반도체 '동맹' 확대…추론용 칩 공동 개발", Kind.SHORT),
    # captions and credits
    ("구광모 LG 회장이 12일 미국 산타클라라에서 젠슨 황 CEO와 대화하고 있다. 연합뉴스", Kind.CAPTION),
    ("▲ 최수연 네이버 대표가 발표하고 있다. (사진=네이버)", Kind.CAPTION),
    ("행사장 전경. /사진=한빛일보 DB", Kind.CAPTION),
    # an English edition's caption, credited the English way
    ("Workers on the new anode line in Gumi, North Gyeongsang. Courtesy of Gaon Materials", Kind.CAPTION),
    ("Visitors look at a humanoid robot at the fair. Photo by Hanbit Ilbo", Kind.CAPTION),
    ("사티아 나델라 CEO가 기조연설을 하고 있다. [AP=연합뉴스]", Kind.CAPTION),
    ("(서울=뉴스1) 박미래 기자 = 기자회견 모습. 2025.3.4 [email protected]", Kind.CAPTION),
    ("협약식 모습. (한국전력 제공) 2024.7.1/뉴스1", Kind.CAPTION),
    ("사진 제공=현대자동차그룹", Kind.CAPTION),
    # bylines, dates, widgets
    ("김하늘 기자 sky@example.co.kr", Kind.BYLINE),
    ("워싱턴=이준호 특파원", Kind.BYLINE),
    ("박서윤·정우진 기자", Kind.BYLINE),
    ("입력 2025.10.01. 오후 4:21 수정 2025.10.01. 오후 6:05", Kind.DATE),
    ("기사입력 : 2024-06-14 10:44", Kind.DATE),
    ("승인 2024.04.19 17:30", Kind.DATE),
    ("2025.11.02(일)", Kind.WIDGET_DATE),
    ("2026년 01월 17일 토요일", Kind.WIDGET_DATE),
    ("맑음서울 12.3℃", Kind.WEATHER),
    ("• 흐림부산 -0.4℃", Kind.WEATHER),
    # end-of-article chrome
    ("저작권자 © 한빛일보 무단전재 및 재배포 금지", Kind.COPYRIGHT),
    ("Copyright ⓒ 디지털타임스 All rights reserved", Kind.COPYRIGHT),
    ("news@example.co.kr", Kind.EMAIL),
    ("[email protected]", Kind.EMAIL),
    ("경향신문", Kind.OUTLET),
    ("한빛일보", Kind.OUTLET),
    ("등록번호 서울 아00000 발행인 홍길동 편집인 홍길동", Kind.FOOTER),
    # boards, lists, counters, menus
    ("번호 제목 글쓴이 날짜", Kind.BOARD_HEADER),
    ("51234 반도체 수출 석 달째 증가 뉴스모아 2025.10.31", Kind.BOARD_ROW),
    ("» »»» 정의선 회장, 엔비디아와 로봇 협력 뉴스모아 2025.10.31", Kind.BOARD_CURRENT),
    ("• 코스피, 외국인 매수에 상승 마감", Kind.LIST),
    ("▶ 관련 기사 더 보기", Kind.LIST),
    ("댓글 3", Kind.COUNTER),
    ("추천 0 비추천 0", Kind.COUNTER),
    ("300", Kind.COUNTER),
    ("카카오톡 공유 페이스북 URL 복사", Kind.UI),
    ("로그인 회원가입 구독하기", Kind.UI),
    ("본문 바로가기", Kind.UI),
    ("홈 > 산업 > 반도체", Kind.UI),
    ("많이 본 뉴스", Kind.UI),
    ("", Kind.BLANK),
    ("\u00a0 \u3000", Kind.BLANK),
]


@pytest.mark.parametrize("text, kind", LINES)
def test_lines_classify_by_shape(text, kind):
    assert classify(normalize_line(text)) is kind


def test_lines_credit_on_its_own_line_takes_its_caption_along():
    page = "[사진=한빛일보]\n최태원 회장이 인사말을 하고 있다.\n\n최태원 회장은 이날 협력 방안을 발표했다. 두 회사는 합작사를 세운다.\n"
    kinds = [line.kind for line in classify_lines(page)]
    assert kinds == [Kind.CAPTION, Kind.CAPTION, Kind.BLANK, Kind.BODY]


def test_lines_offsets_point_into_the_page():
    page = "제목 줄입니다\n\n본문 첫 문장이다. 본문 둘째 문장이다.\n"
    for line in classify_lines(page):
        assert page[line.start: line.start + len(line.text)] == line.text or not line.text
