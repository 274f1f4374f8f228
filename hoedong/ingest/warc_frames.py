"""Cutting a WARC file into records by its framing, so that one damaged record stays one record.

warcio reads a file as one stream: a wrong Content-Length or a missing header makes it fail, and
with it every record after. Here the file is cut first: gzip members one by one (a `.warc.gz`
holds a record per member), then `WARC/1.x` header blocks and the length each declares. Where the
declared length does not land on the next record, the record runs to the next `WARC/1.x` line and
the frame says what was wrong; bytes that are no record are reported and skipped.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import Iterator

GZIP_MAGIC = b"\x1f\x8b\x08"
_RECORD_MARK = b"WARC/"
_VERSION_LINE = re.compile(rb"WARC/\d\.\d+\r?\n")
HEAD_END = re.compile(rb"\r?\n\r?\n")  # the blank line after a header block
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:\s*(\d{1,15})\s*$")
_TRAILER = b"\r\n"
_HEAD_LIMIT = 64 * 1024  # a WARC header block longer than this is not a header block
_INPUT_CHUNK = 1 << 20
_OUTPUT_CHUNK = 1 << 20
_MEMBER_FACTOR = 8  # a gzip member may inflate to this many times the per-document cap
_HEADROOM = 1 << 16  # room for HTTP headers beyond the per-document cap
_TOO_LARGE = "a gzip member is larger than"


@dataclass(frozen=True)
class Frame:
    """One record's bytes as the file frames them. `problem` says what was wrong with the framing;
    with `block` None nothing of the record could be recovered."""

    head: bytes | None
    block: bytes | None
    problem: str | None = None


def frames(data, max_bytes: int) -> Iterator[Frame]:
    """The records of a WARC file (bytes or an mmap), compressed or not, in order."""
    if bytes(data[:2]) == GZIP_MAGIC[:2]:
        yield from _member_frames(data, max_bytes)
    else:
        yield from _record_frames(data, 0, len(data), max_bytes, ends_in_frame=False)


def _member_frames(data, max_bytes: int) -> Iterator[Frame]:
    pos, end = 0, len(data)
    limit = max_bytes * _MEMBER_FACTOR
    while pos < end:
        if bytes(data[pos:pos + 3]) != GZIP_MAGIC:
            following = _next_member(data, pos + 1)
            yield Frame(None, None, f"{following - pos} bytes that are not a gzip member were skipped")
            pos = following
            continue
        inflated, consumed, problem = _inflate(data, pos, limit)
        if problem is not None and not inflated:
            yield Frame(None, None, problem)
            pos = _next_member(data, pos + 1)
            continue
        for frame in _record_frames(inflated, 0, len(inflated), max_bytes, ends_in_frame=problem is None):
            yield frame if problem is None or frame.problem is None else Frame(
                frame.head, frame.block, f"{frame.problem} ({problem})")
        if consumed is None:
            if problem.startswith(_TOO_LARGE):
                yield Frame(None, None, problem)
            pos = _next_member(data, pos + 1)
        else:
            pos += consumed


def _inflate(data, pos: int, limit: int) -> tuple[bytes, int | None, str | None]:
    """One gzip member from `pos`: its bytes (up to `limit`), the input it took (None when it did
    not end), and what went wrong."""
    inflater = zlib.decompressobj(wbits=31)
    out = bytearray()
    fed = 0
    try:
        while not inflater.eof and pos + fed < len(data):
            pending = bytes(data[pos + fed: pos + fed + _INPUT_CHUNK])
            fed += len(pending)
            while pending and not inflater.eof:
                piece = inflater.decompress(pending, _OUTPUT_CHUNK)
                pending = inflater.unconsumed_tail
                if len(out) + len(piece) > limit:
                    return bytes(out), None, (f"{_TOO_LARGE} {limit >> 20} MB; the rest of it was not read "
                                              "(recompress the file a record a member: `warcio recompress`)")
                out += piece
    except zlib.error as exc:
        return bytes(out), None, f"the gzip data is damaged ({exc})"
    if not inflater.eof:
        return bytes(out), None, "the gzip data is cut short"
    return bytes(out), fed - len(inflater.unused_data), None


def _next_member(data, start: int) -> int:
    """The next offset where a gzip member that holds a WARC record begins (or the end)."""
    while True:
        found = data.find(GZIP_MAGIC, start)
        if found < 0:
            return len(data)
        probe = zlib.decompressobj(wbits=31)
        try:
            if probe.decompress(bytes(data[found: found + 512]), 16).startswith(_RECORD_MARK):
                return found
        except zlib.error:
            pass
        start = found + 1


def _record_frames(data, start: int, end: int, max_bytes: int, ends_in_frame: bool) -> Iterator[Frame]:
    """The records in data[start:end]. `ends_in_frame`: the stretch is a whole gzip member, so its
    end is a record's end (a shortfall there is a wrong length, not a cut)."""
    pos = _skip_blank(data, start, end)
    while pos < end:
        if bytes(data[pos: pos + len(_RECORD_MARK)]) != _RECORD_MARK:
            following = _next_record(data, pos + 1, end)
            yield Frame(None, None, f"{following - pos} bytes that are not a WARC record were skipped")
            pos = _skip_blank(data, following, end)
            continue
        head_end = HEAD_END.search(data, pos, min(end, pos + _HEAD_LIMIT))
        if head_end is None:
            following = _next_record(data, pos + 1, end)
            yield Frame(None, None, "its header block is cut short or damaged")
            pos = _skip_blank(data, following, end)
            continue
        head = bytes(data[pos: head_end.end()])
        content = head_end.end()
        declared = _declared_length(head)
        cap = max_bytes + _HEADROOM
        if declared is not None and _lands_on_a_record(data, content + declared, end):
            yield Frame(head, bytes(data[content: content + min(declared, cap)]))
            pos = _skip_blank(data, content + declared, end)
            continue
        following = _next_record(data, content, end)
        if declared is not None and content + declared < following:
            # the record ends where it says; what lies between it and the next record is reported
            yield Frame(head, bytes(data[content: content + min(declared, cap)]))
            pos = _skip_blank(data, content + declared, end)
            continue
        block_end = _strip_trailer(data, content, following)
        found = block_end - content
        yield Frame(head, bytes(data[content: content + min(found, cap)]),
                    _length_problem(declared, found, cut=following == end and not ends_in_frame))
        pos = _skip_blank(data, following, end)


def _length_problem(declared: int | None, found: int, cut: bool) -> str:
    if declared is None:
        return f"no valid Content-Length; read the {found} bytes up to the next record"
    if declared > found and cut:
        return f"cut short: {found} of its {declared} bytes are present"
    return f"declares {declared} bytes of content but {found} were found before the next record"


def _declared_length(head: bytes) -> int | None:
    match = _CONTENT_LENGTH.search(head)
    return int(match.group(1)) if match else None


def _lands_on_a_record(data, at: int, end: int) -> bool:
    """A declared length is right when what follows it is blank lines, then a record or the end."""
    if at > end:
        return False
    after = _skip_blank(data, at, end)
    return after == end or bytes(data[after: after + len(_RECORD_MARK)]) == _RECORD_MARK


def _next_record(data, start: int, end: int) -> int:
    """The next `WARC/1.x` version line at or after `start` (or `end`), even glued to junk."""
    found = _VERSION_LINE.search(data, start, end)
    return end if found is None else found.start()


def _skip_blank(data, pos: int, end: int) -> int:
    while pos < end and data[pos: pos + 1] in (b"\r", b"\n", b" ", b"\t"):
        pos += 1
    return pos


def _strip_trailer(data, start: int, end: int) -> int:
    """The end of a block, without the blank lines that separate it from the next record."""
    while end > start and data[end - 1: end] in (b"\r", b"\n"):
        end -= 1
    return end
