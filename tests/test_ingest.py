"""Reading sources: every input form, every encoding, every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from hoedong.errors import SourceNotFound
from hoedong.ingest import list_inputs, read_input
from hoedong.ingest.decode import decode
from hoedong.ingest.sources import Input

from samples import ARTICLE, HTML


def read_all(path, max_bytes=20 << 20):
    return [doc for item in list_inputs([str(path)]) for doc in read_input(item, max_bytes)]


def read_one(path, **kwargs):
    docs = read_all(path, **kwargs)
    assert len(docs) == 1
    return docs[0]


# ---- encodings ---------------------------------------------------------------------------

@pytest.mark.parametrize("encoding, data", [
    ("utf-8", ARTICLE.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),
    ("cp949", ARTICLE.encode("cp949")),
    ("euc-kr", ARTICLE.encode("euc-kr")),
    ("utf-16", ARTICLE.encode("utf-16")),
    ("utf-16-le", ARTICLE.encode("utf-16-le")),
    ("utf-16-be", ARTICLE.encode("utf-16-be")),
])
def test_ingest_decodes_korean_encodings(tmp_path, encoding, data):
    path = tmp_path / f"page-{encoding}.txt"
    path.write_bytes(data)
    doc = read_one(path)
    assert doc.error is None
    assert "샘 올트먼 오픈AI 최고경영자를 만났다" in doc.text
    assert not doc.text.startswith("\ufeff")


def test_ingest_honours_declared_html_charset(tmp_path):
    path = tmp_path / "old.html"
    path.write_bytes(HTML.format(charset="euc-kr").encode("cp949"))
    doc = read_one(path)
    assert doc.form == "html" and doc.encoding == "cp949"
    assert "최고경영자를 만났다" in doc.text


def test_ingest_prefers_valid_utf8_over_a_wrong_declaration(tmp_path):
    path = tmp_path / "mislabelled.html"
    path.write_bytes(HTML.format(charset="euc-kr").encode("utf-8"))
    assert "최고경영자를 만났다" in read_one(path).text


def test_ingest_reads_cp949_without_declaration(tmp_path):
    path = tmp_path / "undeclared.html"
    path.write_bytes(HTML.replace('<meta charset="{charset}">', "").encode("cp949"))
    assert "최고경영자를 만났다" in read_one(path).text


# ---- input forms ---------------------------------------------------------------------------

def test_ingest_reads_jsonl_records_with_metadata(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a-1", "url": "https://www.hankyung.com/article/1", "published": "2025-10-01T18:30:00+09:00",
         "title": "제목 하나", "outlet": "한국경제", "text": ARTICLE},
        {"url": "https://www.mk.co.kr/news/2", "html": HTML.format(charset="utf-8")},
        {"text": ARTICLE},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    docs = read_all(path)
    assert [d.source for d in docs] == ["a-1", "https://www.mk.co.kr/news/2", f"{path}:3"]
    assert docs[0].meta.outlet == "한국경제" and docs[0].meta.published.startswith("2025-10-01")
    assert [d.form for d in docs] == ["text", "html", "text"]
    assert len({d.doc_id for d in docs}) == 3


def _warc_bytes(pages, compress=False):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, html, charset in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html.encode(charset)),
                                                      http_headers=headers))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.kr/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG...."), http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("compress, suffix", [(False, ".warc"), (True, ".warc.gz")])
def test_ingest_reads_warc_html_responses(tmp_path, compress, suffix):
    path = tmp_path / f"crawl{suffix}"
    path.write_bytes(_warc_bytes([("https://www.etnews.com/a", HTML.format(charset="utf-8"), "utf-8"),
                                  ("https://www.donga.com/b", HTML.format(charset="euc-kr"), "cp949")], compress))
    docs = read_all(path)
    assert [d.source for d in docs] == ["https://www.etnews.com/a", "https://www.donga.com/b"]
    assert all(d.error is None and "최고경영자를 만났다" in d.text for d in docs)
    assert docs[1].encoding == "cp949"


def test_ingest_walks_directories_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for name in ("b/2.txt", "a/deep/1.html", "a/0.txt", "z.txt", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text(HTML.format(charset="utf-8") if name.endswith("html") else ARTICLE, encoding="utf-8")
    names = [item.path.replace(str(tmp_path) + "/", "") for item in list_inputs([str(tmp_path)])]
    assert names == ["a/0.txt", "a/deep/1.html", "b/2.txt", "z.txt"]


def test_ingest_reads_stdin_by_sniffing_its_form():
    feed = json.dumps({"id": "s-1", "text": ARTICLE}, ensure_ascii=False).encode() + b"\n"
    docs = list(read_input(Input("-", None), 1 << 20, stdin=io.BytesIO(feed)))
    assert [d.source for d in docs] == ["s-1"]
    html = list(read_input(Input("-", None), 1 << 20, stdin=io.BytesIO(HTML.format(charset="utf-8").encode())))
    assert html[0].form == "html"


def test_ingest_missing_path_is_an_error_that_says_what_to_do():
    with pytest.raises(SourceNotFound) as info:
        list_inputs(["/no/such/place"])
    assert "check the path" in info.value.reason


# ---- bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, code, words", [
    ("empty.txt", b"", "D101", "empty"),
    ("blank.txt", b" \n\t\n  ", "D101", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "D102", "PNG"),
    ("nul.txt", b"abc\x00\x01\x02\x03def" * 50, "D102", "binary"),
    ("noise.txt", bytes((i * 37 + 11) % 256 for i in range(4000)), None, ""),
])
def test_ingest_bad_documents_carry_an_error(tmp_path, name, data, code, words):
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_one(path)
    assert doc.error, f"{name} should fail"
    if code:
        assert doc.error_code == code and words in doc.error


def test_ingest_refuses_undecodable_bytes():
    with pytest.raises(Exception) as info:
        decode(b"\xff\xfe\xfd" * 0 + bytes([0x81, 0x20, 0xfe, 0x0a]) * 300)
    assert getattr(info.value, "code", "").startswith("D10")


def test_ingest_keeps_a_utf8_file_cut_inside_its_last_character(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(ARTICLE.encode("utf-8") + "만".encode("utf-8")[:2])
    doc = read_one(path)
    assert doc.error is None and "truncated" in doc.warnings[0]


def test_ingest_caps_enormous_documents_without_reading_them(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(ARTICLE.encode() * 400)
    doc = read_one(path, max_bytes=10_000)
    assert doc.error_code == "D104" and "--max-bytes" in doc.error


def test_ingest_malformed_jsonl_lines_fail_alone(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False)
    path.write_text("\n".join([good, "{not json", "[1, 2]", json.dumps({"id": "x", "title": "no text"}),
                               json.dumps({"id": "y", "text": 3}), good.replace('"ok"', '"ok2"'),
                               '{"id": "cut", "text": "잘린 줄']), encoding="utf-8")
    docs = read_all(path)
    assert [d.error is None for d in docs] == [True, False, False, False, False, True, False]
    assert "not valid JSON" in docs[1].error and "not an object" in docs[2].error
    assert "no 'text' or 'html'" in docs[3].error
    assert {d.error_code for d in docs if d.error} == {"D105"}


def test_ingest_jsonl_line_over_the_cap_is_skipped_not_held(tmp_path):
    path = tmp_path / "feed.jsonl"
    big = json.dumps({"id": "big", "text": "가" * 50_000}, ensure_ascii=False)
    path.write_text(big + "\n" + json.dumps({"id": "small", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = read_all(path, max_bytes=20_000)
    assert docs[0].error_code == "D104" and docs[1].source == "small" and docs[1].error is None


def test_ingest_truncated_warc_reads_what_the_cut_record_still_holds(tmp_path):
    data = _warc_bytes([("https://a.kr/1", HTML.format(charset="utf-8"), "utf-8"),
                        ("https://a.kr/2", HTML.format(charset="utf-8") * 50, "utf-8")])
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) // 2])
    docs = read_all(path)
    assert docs[0].source == "https://a.kr/1" and docs[0].error is None and not docs[0].warnings
    assert docs[-1].source == "https://a.kr/2" and docs[-1].error is None
    assert "cut short" in docs[-1].warnings[0] and "최고경영자를 만났다" in docs[-1].text


def _split_records(data: bytes) -> list[bytes]:
    return [b"WARC/" + part for part in data.split(b"WARC/")[1:]]


def test_ingest_a_crawl_with_a_record_missing_its_target_uri_loses_nothing(tmp_path):
    """A crawler wrote one response without WARC-Target-URI: warcio fails on such a record, and
    it used to end the whole run. Now that record is read under the file's name, and the
    records around it as usual."""
    pages = [(f"https://a.kr/{n}", HTML.format(charset="utf-8"), "utf-8") for n in range(3)]
    records = _split_records(_warc_bytes(pages))
    records[1] = records[1].replace(b"WARC-Target-URI: https://a.kr/1\r\n", b"")
    for compress, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        path = tmp_path / name
        path.write_bytes(b"".join(gzip.compress(r) if compress else r for r in records))
        docs = read_all(path)
        assert [d.source for d in docs] == ["https://a.kr/0", f"{path}#record2", "https://a.kr/2"]
        assert all(d.error is None and "최고경영자를 만났다" in d.text for d in docs)


def test_ingest_a_record_with_a_wrong_content_length_is_read_to_the_next_record(tmp_path):
    """One record claims more bytes than it holds: it is read up to the next record, with a
    warning saying so, and the next record is not swallowed."""
    pages = [(f"https://a.kr/{n}", HTML.format(charset="utf-8"), "utf-8") for n in range(3)]
    records = _split_records(_warc_bytes(pages))
    records[0] = records[0].replace(b"Content-Length: ", b"Content-Length: 7", 1)
    path = tmp_path / "lying.warc"
    path.write_bytes(b"".join(records))
    docs = read_all(path)
    assert [d.source for d in docs] == ["https://a.kr/0", "https://a.kr/1", "https://a.kr/2"]
    assert all(d.error is None for d in docs)
    assert "were found before the next record" in docs[0].warnings[0] and not docs[1].warnings


def test_ingest_damage_inside_one_gzip_member_costs_that_record_only(tmp_path):
    pages = [(f"https://a.kr/{n}", HTML.format(charset="utf-8"), "utf-8") for n in range(3)]
    members = [gzip.compress(r) for r in _split_records(_warc_bytes(pages))]
    middle = bytearray(members[1])
    middle[len(middle) // 2: len(middle) // 2 + 16] = bytes(16)
    path = tmp_path / "scratched.warc.gz"
    path.write_bytes(members[0] + bytes(middle) + b"".join(members[2:]))
    docs = read_all(path)
    assert [d.error_code for d in docs] == [None, "D106", None]
    assert docs[1].source == f"{path}#record2" and "gzip" in docs[1].error
    assert docs[2].source == "https://a.kr/2"


def test_ingest_an_empty_crawl_file_is_one_error_record(tmp_path):
    path = tmp_path / "nothing.warc"
    path.write_bytes(b"")
    assert read_one(path).error_code == "D101"


def test_ingest_a_file_that_cannot_be_opened_is_its_own_error(tmp_path):
    good, locked = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    locked.mkdir()  # listed as a file would be, but opening it fails
    docs = [doc for item in [Input(str(locked), "text"), Input(str(good), "text")] for doc in read_input(item, 1 << 20)]
    assert docs[0].error_code == "D108" and "cannot be read" in docs[0].error
    assert docs[1].error is None


def test_ingest_gzip_that_is_not_a_warc_is_malformed(tmp_path):
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress("그냥 텍스트 파일입니다.".encode()))
    docs = read_all(path)
    assert docs and docs[-1].error_code == "D106"


def test_ingest_reads_a_cp949_page_with_a_few_damaged_bytes(tmp_path):
    data = bytearray((ARTICLE * 4).encode("cp949"))
    data[40] = 0xFF
    path = tmp_path / "damaged.txt"
    path.write_bytes(bytes(data))
    doc = read_one(path)
    assert doc.error is None and doc.encoding == "cp949" and "damaged" in doc.warnings[0]


def test_ingest_a_utf8_page_with_flipped_bytes_is_shown_as_a_browser_would(tmp_path):
    """A few bytes damaged in transit: the page is read with U+FFFD where they were, and a
    warning counts them; it is not rejected."""
    data = bytearray((ARTICLE * 6).encode("utf-8"))
    for offset in range(100, len(data), len(data) // 12):
        data[offset] ^= 0x40
    path = tmp_path / "flipped.txt"
    path.write_bytes(bytes(data))
    doc = read_one(path)
    assert doc.error is None and "\ufffd" in doc.text
    assert "replaced with U+FFFD" in doc.warnings[0]
    assert "최고경영자를 만났다" in doc.text


def test_ingest_a_page_half_utf8_half_cp949_is_decoded_line_by_line(tmp_path):
    """A template in UTF-8 around an article body still stored in CP949."""
    head, body = "속보 | 경제 | 산업\n", ARTICLE
    path = tmp_path / "mixed.txt"
    path.write_bytes(head.encode("utf-8") + body.encode("cp949"))
    doc = read_one(path)
    assert doc.error is None and doc.text == head + body
    assert "mixed encodings" in doc.warnings[0]


def test_ingest_a_page_mostly_garbage_is_still_an_error_that_says_how_much(tmp_path):
    data = bytearray(ARTICLE.encode("utf-8"))
    for offset in range(0, len(data), 7):
        data[offset] = 0xFF
    path = tmp_path / "shredded.txt"
    path.write_bytes(bytes(data))
    doc = read_one(path)
    assert doc.error_code == "D103" and "%" in doc.error and "iconv" in doc.error


def test_ingest_a_feed_line_with_a_damaged_byte_keeps_its_document(tmp_path):
    line = json.dumps({"id": "x-1", "text": ARTICLE}, ensure_ascii=False).encode("utf-8")
    damaged = bytearray(line)
    damaged[len(damaged) // 2] = 0xFF
    path = tmp_path / "feed.jsonl"
    path.write_bytes(bytes(damaged) + b"\n" + line + b"\n")
    docs = read_all(path)
    assert [d.source for d in docs] == ["x-1", "x-1"] and all(d.error is None for d in docs)
    assert "replaced with U+FFFD" in docs[0].warnings[0]


def test_ingest_characters_skipped_by_the_garbage_count_are_never_garbage():
    """The binary-data check cuts out printable ASCII, Hangul syllables and whitespace controls
    before judging characters one at a time: none of them may be garbage, so the count is the same."""
    from hoedong.ingest.decode import _NEVER_GARBAGE, _is_garbage

    skipped = [chr(code) for code in range(0x110000) if _NEVER_GARBAGE.fullmatch(chr(code))]
    assert len(skipped) > 11000
    assert not any(_is_garbage(ch) for ch in skipped)
    page = "정부는 3일 발표했다.\x00\x01\ue000\n\t" + "가" * 10
    assert sum(1 for ch in _NEVER_GARBAGE.sub("", page) if _is_garbage(ch)) == sum(1 for ch in page if _is_garbage(ch)) == 3
