"""`hoedong eval --why`: every missed or extra event gets the class of its fault."""

from __future__ import annotations

from hoedong.evaluate import why, why_table

GOLD = {"d1": {
    "people": [{"name": "도하린", "aliases": ["도하린"]}, {"name": "설윤아", "aliases": ["설윤아"]},
               {"name": "표재헌", "aliases": ["표재헌"]}, {"name": "라르스 뵈르케", "aliases": ["라르스 뵈르케"]}],
    "events": [
        {"type": "MEET", "participants": ["도하린", "설윤아"], "date": "2025-03-05", "status": "occurred"},   # right
        {"type": "MEET", "participants": ["도하린", "표재헌"], "date": "2025-03-06", "status": "occurred"},   # date
        {"type": "VISIT", "participants": ["설윤아"], "date": "2025-03", "status": "planned"},                # modality
        {"type": "MEET", "participants": ["설윤아", "표재헌", "도하린"], "date": None, "status": "occurred"},  # role
        {"type": "MEET", "participants": ["표재헌", "라르스 뵈르케"], "date": None, "status": "occurred"},     # recognition
        {"type": "PARTNER", "orgs": ["한빛전자", "가람바이오"], "date": None, "status": "occurred"},            # trigger
    ]}}
ENTITIES = [{"id": "p1", "type": "PERSON", "name": "도하린"}, {"id": "p2", "type": "PERSON", "name": "설윤아"},
            {"id": "p3", "type": "PERSON", "name": "표재헌"}, {"id": "o1", "type": "ORG", "name": "한빛전자"},
            {"id": "o2", "type": "ORG", "name": "가람바이오"}]
SYSTEM = {"d1": {"entities": ENTITIES, "events": [
    {"type": "MEET", "participants": ["p1", "p2"], "date": {"start": "2025-03-05"}, "status": "occurred"},
    {"type": "MEET", "participants": ["p1", "p3"], "date": {"start": "2025-02-06"}, "status": "occurred"},
    {"type": "VISIT", "participants": ["p2"], "date": {"start": "2025-03-20"}, "status": "occurred"},
    {"type": "MEET", "participants": ["p2", "p3"], "date": None, "status": "occurred"},
    {"type": "INVEST", "orgs": ["o1"], "date": None, "status": "occurred"},
]}}


def test_why_names_the_fault_of_each_missed_event():
    missed = {tuple(sorted(i["event"].get("participants") or i["event"].get("orgs"))): i["class"]
              for i in why(GOLD, SYSTEM) if i["side"] == "missed"}
    assert missed == {
        ("도하린", "표재헌"): "date",
        ("설윤아",): "modality",
        ("도하린", "설윤아", "표재헌"): "role",
        ("라르스 뵈르케", "표재헌"): "recognition",
        ("가람바이오", "한빛전자"): "trigger",
    }


def test_why_names_the_fault_of_each_extra_event():
    extra = sorted((i["type"], i["class"]) for i in why(GOLD, SYSTEM) if i["side"] == "extra")
    assert extra == [("INVEST", "spurious"), ("MEET", "date"), ("MEET", "role"), ("VISIT", "modality")]


def test_why_table_counts_by_class_and_type():
    lines = why_table(why(GOLD, SYSTEM))
    assert lines[0] == "missed: 5" and any(line.split()[:2] == ["recognition", "1"] for line in lines)
