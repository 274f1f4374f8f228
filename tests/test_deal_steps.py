"""A deal still to come dated by the step that settles it, told later in its sentence: the signing
ceremony, the decision, the share issue (events/deal_steps.py). Examples written in our own words."""

from __future__ import annotations

import pytest
from conftest import read_text


def _deals(text: str, published: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.status, e.date) for e in read_text(text, published) if e.type in ("PARTNER", "INVEST")}


@pytest.mark.parametrize("text, expected", [
    # an agreement decided, and the day of its ceremony
    ("가람전자와 누리소재는 공동 개발 협약을 맺기로 했으며, 협약식은 다음 달 9일 판교에서 열린다.",
     ("PARTNER", "planned", "2031-07-09")),
    # an investment under review, and the day set for deciding it
    ("한솔벤처스는 물결셀에 30억 원 투자를 검토하고 있으며, 오는 18일 투자심의위원회에서 투자 여부를 확정할 예정이다.",
     ("INVEST", "planned", "2031-06-18")),
    # a stake decided, and the day its new shares are issued
    ("누리캐피털은 솔바람바이오에 100억 원을 투자하기로 했으며, 신주는 다음 달 20일 발행된다.",
     ("INVEST", "planned", "2031-07-20")),
])
def test_deal_steps_a_deal_ahead_takes_the_time_of_its_step(text, expected):
    assert expected in _deals(text, "2031-06-10")


@pytest.mark.parametrize("text", [
    # a time ahead for something else than a step of the deal
    "가람전자는 누리소재에 50억 원 투자를 검토하고 있으며, 다음 달 9일 서울에서 신제품을 공개한다.",
    # a step told as done names no time ahead
    "가람전자는 누리소재에 50억 원 투자를 검토하고 있으며, 투자 여부는 지난 2일 이사회에서 확정됐다.",
])
def test_deal_steps_no_step_ahead_gives_no_time(text):
    assert _deals(text, "2031-06-10") == {("INVEST", "planned", None)}
