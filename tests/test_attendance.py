

def _dated(text: str, published: str) -> list[tuple[set[str], str, str | None]]:
    analysis = analyze(text)
    entities = find_entities(text, analysis, published)
    names = {e.id: e.name for e in entities}
    return [({names[p] for p in e.participants}, e.status, (e.date or {}).get("start"))
            for e in find_events(text, analysis, entities, published) if e.type == "MEET"]


@pytest.mark.parametrize("text", [
    # a gathering scheduled, then one guest who will not come
    "라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 만찬을 가진다.\n\n"
    "표재헌 청람중공업 부회장은 같은 날 해외 일정 때문에 이번 만찬에는 불참한다.",
    # a gathering held, then one who could not make it
    "라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 오찬을 했다.\n\n"
    "표재헌 청람중공업 부회장은 주주총회 일정 때문에 오찬에 참석하지 못했다.",
], ids=["will-not-come", "could-not-come"])
def test_attendance_an_absentee_is_a_denied_meeting_of_its_own_not_a_guest(text):
    """`X는 만찬에 불참한다`: X is not at the gathering; the text tells a denied meeting of X with
    the person the gathering is for, on the gathering's day."""
    meets = _dated(text, "2025-04-11")
    gathering = [m for m in meets if "설윤아" in m[0]]
    absent = [m for m in meets if "표재헌" in m[0]]
    assert len(gathering) == 1 and "표재헌" not in gathering[0][0] and gathering[0][1] != "denied"
    assert absent == [({"라일라 모건", "표재헌"}, "denied", "2025-04-12")]


def test_attendance_a_guessed_then_denied_attendance_is_one_denied_meeting():
    """`X도 이 자리에 참석할 것으로 예상됐다` … `X는 만찬에는 불참한다`: the guess is no presence; the later
    statement wins."""
    text = ("라일라 모건 노스게이트 CEO는 12일 서울에서 도하린 한빛전자 회장, 설윤아 가람바이오 대표와 만찬을 가진다.\n\n"
            "일각에서는 표재헌 청람중공업 부회장도 이 자리에 참석할 것으로 예상했다.\n\n"
            "하지만 표 부회장은 해외 출장 때문에 만찬에는 불참한다.")
    meets = _dated(text, "2025-04-11")
    assert ({"라일라 모건", "도하린", "설윤아"}, "planned", "2025-04-12") in meets
    assert [m for m in meets if "표재헌" in m[0]] == [({"라일라 모건", "표재헌"}, "denied", "2025-04-12")]
