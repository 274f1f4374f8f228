"""Site visits and their hosts, and the guest of a hosted gathering (our own sentences, invented
companies and people): an attendance that names the site joins that site's visit, not the trip;
the company's own people receive the guests and are no visitors; `X가 주최한 만찬에 참석했다` with
its subject left out is the guest's meeting with X."""

from __future__ import annotations

from conftest import read_text


def _visits(text: str, published: str) -> list[frozenset[str]]:
    return [e.people for e in read_text(text, published) if e.type == "VISIT"]


def _meetings(text: str, published: str) -> list[frozenset[str]]:
    return [e.people for e in read_text(text, published) if e.type == "MEET"]


def test_companions_of_a_named_site_join_that_site_and_its_host_stays_out():
    text = ("소연우 국무총리가 9일부터 나흘 일정으로 핀란드를 국빈 방문한다. 소 총리는 첫날 오후 헬싱키에 닿는다. 소 총리는 "
            "10일 오후 노르디아텍 본사를 찾는다. 노르디아텍 방문에는 미카 라이넨 노르디아텍 회장과 함께 한도윤 가온전자 "
            "회장, 석지후 누리화학 회장이 동행한다.")
    visits = _visits(text, "2027-05-09")
    assert frozenset({"소연우", "한도윤", "석지후"}) in visits, visits
    assert frozenset({"소연우"}) in visits, visits  # the trip to the country keeps its own traveller
    assert not any("미카 라이넨" in v for v in visits), visits


def test_a_company_head_touring_his_own_plant_alone_is_its_visitor():
    text = "도민준 한결모터스 사장은 8일 한결모터스 화성 공장을 찾아 생산라인을 점검했다."
    assert frozenset({"도민준"}) in _visits(text, "2027-05-09")


def test_a_guest_left_unnamed_in_the_clause_is_the_person_the_text_is_about():
    text = ("표서준 대통령이 나흘째 스페인에 머물고 있다. 12일에는 라우라 벨트란 스페인 총리가 주최한 "
            "만찬에 참석했다.")
    assert frozenset({"표서준", "라우라 벨트란"}) in _meetings(text, "2027-05-14")


def test_a_list_of_gatherings_hosted_by_one_person_takes_the_guest_too():
    text = ("표서준 대통령이 나흘째 스페인에 머물고 있다. 12일에는 라우라 벨트란 총리가 주최하는 환영식, "
            "총리 내외와의 오찬·만찬 등을 차례로 소화했다.")
    assert frozenset({"표서준", "라우라 벨트란"}) in _meetings(text, "2027-05-14")


def test_a_hosted_gathering_that_is_only_held_names_no_guest():
    text = ("표서준 대통령이 나흘째 스페인에 머물고 있다. 12일에는 라우라 벨트란 스페인 총리가 주최한 "
            "만찬이 열렸다.")
    assert _meetings(text, "2027-05-14") == []
