"""The day a text names before it names anyone (dating._carried_over), and `같은 시각`: sentences of
our own writing."""

from __future__ import annotations

import pytest
from conftest import read_text


def _dated(text: str, published: str):
    return sorted((e.type, sorted(e.people or e.orgs), e.status, e.date) for e in read_text(text, published))


@pytest.mark.parametrize("text, published, event", [
    # a gathering on a day, told with no one named; the next sentence names who met there
    ("제3차 한·독 수소협력 포럼이 8일 서울 코엑스에서 열렸다. 서하준 가람바이오 대표와 "
     "마르틴 코흐 린데파마 회장은 포럼에 앞서 따로 만나 수소 공급망 협력 방안을 논의했다.", "2025-05-09",
     ("MEET", ["마르틴 코흐", "서하준"], "occurred", "2025-05-08")),
    # a plant toured on a day by someone given with a name in parentheses; then a meeting with no day of its own
    ("한국계 캐나다인인 에릭 문(한국명 문성호) 노스필드제약 대표가 21일 인천 송도의 가람바이오 공장을 찾았다. "
     "문 대표는 이어 서하준 가람바이오 대표와 만나 위탁생산 계약을 맺었다.", "2025-05-22",
     ("MEET", ["서하준", "에릭 문"], "occurred", "2025-05-21")),
    ("한·아세안 스타트업 교류회가 14일 자카르타에서 열렸다. 도하린 한빛전자 회장과 "
     "토마스 베커 린데파마 부사장이 행사장에서 만나 공동 펀드 조성 방안을 논의했다.", "2025-05-15",
     ("MEET", ["도하린", "토마스 베커"], "occurred", "2025-05-14")),
])
def test_a_day_named_before_anyone_dates_the_meeting_told_next(text, published, event):
    assert event in _dated(text, published)
