"""Small documents of our own writing shared by the tests."""

ARTICLE = (
    "삼성전자와 오픈AI가 협력한다\n\n"
    "입력 2025.10.01 16:21\n\n"
    "이재용 삼성전자 회장은 1일 서울에서 샘 올트먼 오픈AI 최고경영자를 만났다. 두 사람은 메모리 공급 방안을 논의했다.\n\n"
    "회동은 약 한 시간 동안 진행됐다. 양측은 구체적인 계약 내용은 밝히지 않았다.\n\n"
    "김하늘 기자 sky@example.co.kr\n"
)
HTML = (
    "<html><head><meta charset=\"{charset}\"><title>삼성전자와 오픈AI가 협력한다</title></head><body>"
    "<h1>삼성전자와 오픈AI가 협력한다</h1><p>이재용 삼성전자 회장은 1일 서울에서 샘 올트먼 오픈AI 최고경영자를 만났다. "
    "두 사람은 메모리 공급 방안을 논의했다.</p><p>회동은 약 한 시간 동안 진행됐다. 양측은 구체적인 계약 내용은 밝히지 않았다.</p>"
    "</body></html>"
)
