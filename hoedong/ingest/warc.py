"""WARC files (.warc, .warc.gz): the HTML and text responses a crawl stored."""

from __future__ import annotations

import zlib
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from hoedong.errors import MalformedArchive
from hoedong.model import RawDoc, SourceMeta

_DOCUMENT_RECORDS = ("response", "resource", "conversion")


def read_warc(fh: BinaryIO, path: str, max_bytes: int) -> Iterator[RawDoc]:
    from hoedong.ingest.sources import _document, _failed

    number = 0
    records = iter(ArchiveIterator(fh))
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            yield _failed(f"{path}#record{number + 1}", b"", MalformedArchive(
                f"WARC record {number + 1} cannot be read ({type(exc).__name__}: {exc})"))
            return
        number += 1
        if record.rec_type not in _DOCUMENT_RECORDS:
            continue
        content_type = _content_type(record)
        if content_type and not any(kind in content_type for kind in ("html", "text/plain", "xml")):
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#record{number}"
        try:
            data = record.content_stream().read(max_bytes + 1)
        except (EOFError, OSError, zlib.error, ValueError) as exc:
            yield _failed(uri, b"", MalformedArchive(f"WARC record {number} is truncated ({exc})"))
            return
        if len(data) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
            yield _failed(uri, data[:4096], MalformedArchive(
                f"WARC record {number} is truncated ({record.raw_stream.limit} bytes missing)"))
            return
        form = "text" if "text/plain" in content_type else "html"
        yield _document(uri, data, form, max_bytes, meta=SourceMeta(url=uri),
                        declared=_charset(content_type))


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None
