"""Bytes → text for Korean pages: BOMs, declared charsets, UTF-8, CP949/EUC-KR, UTF-16.

charset-normalizer detects CP949 well on clean bytes but gives up on damaged ones, so the
order is: BOM, the declared charset, strict UTF-8, strict CP949, then detection.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from hoedong.errors import BinaryDocument, EmptyDocument, UndecodableDocument

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (name it .warc.gz if it is a WARC file)"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x01\x00", "an icon"),
)

# Names pages declare that mean a narrower charset than they really use.
_CHARSET_ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "ms949": "cp949",
    "uhc": "cp949",
    "utf8": "utf-8",
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def normalize_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any."""
    match = _META_CHARSET.search(data[:8192])
    return normalize_charset(match.group(1).decode("ascii", "ignore")) if match else None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a document's bytes or raise a DocumentError saying why it cannot be read."""
    if not data.strip():
        raise EmptyDocument("empty document")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="strict"), encoding)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryDocument(f"binary data: this looks like {what}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16), utf16)
    if b"\x00" in data[:65536]:
        raise BinaryDocument("binary data: the file contains NUL bytes")

    tried = []
    for encoding in _candidates(declared):
        tried.append(encoding)
        try:
            return _checked(data.decode(encoding, errors="strict"), encoding)
        except UnicodeDecodeError as exc:
            truncated = _truncated_tail(data, encoding, exc)
            if truncated is not None:
                return truncated
        except BinaryDocument:
            continue
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
            if _plausible(text):
                return _checked(text, best.encoding, (f"encoding guessed as {best.encoding}",))
        except (UnicodeDecodeError, BinaryDocument):
            pass
    damaged = _mostly(data, tried)
    if damaged is not None:
        return damaged
    raise UndecodableDocument(f"cannot decode the text (tried {', '.join(tried)} and detection)")


def _candidates(declared: str | None) -> list[str]:
    # Valid UTF-8 with Korean in it is near-certain evidence, whatever a page declares.
    order = ["utf-8", normalize_charset(declared), "cp949"]
    return [enc for i, enc in enumerate(order) if enc and enc not in order[:i]]


def _mostly(data: bytes, encodings: list[str]) -> Decoded | None:
    """A page in a known encoding with a few damaged bytes is still worth reading."""
    for encoding in encodings:
        text = data.decode(encoding, errors="replace")
        damage = text.count("\ufffd")
        if damage <= max(2, len(text) // 500):
            try:
                return _checked(text, encoding, (f"{damage} undecodable bytes replaced (damaged {encoding})",))
            except BinaryDocument:
                continue
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes at every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _truncated_tail(data: bytes, encoding: str, exc: UnicodeDecodeError) -> Decoded | None:
    """A file cut off inside its last multi-byte character is still that encoding."""
    if exc.start < len(data) - 3 or not any(word in exc.reason for word in ("end of data", "incomplete")):
        return None
    try:
        text = data[: exc.start].decode(encoding, errors="strict")
    except UnicodeDecodeError:
        return None
    return _checked(text, encoding, ("the document ends in the middle of a character (truncated)",))


def _checked(text: str, encoding: str, warnings: tuple[str, ...] = ()) -> Decoded:
    """Refuse text that decoded but is mostly control or unassigned characters."""
    if not text.strip():
        raise EmptyDocument("empty document (only whitespace)")
    sample = text[:20000]
    odd = sum(1 for ch in sample if _is_garbage(ch))
    if odd > max(8, 0.05 * len(sample)):
        raise BinaryDocument(f"binary data: {odd} control or unassigned characters after decoding as {encoding}")
    return Decoded(text=text.lstrip("\ufeff"), encoding=encoding, warnings=warnings)


def _plausible(text: str) -> bool:
    """Text a Korean news reader can use: enough Hangul, or nearly all ASCII."""
    letters = [ch for ch in text[:20000] if not ch.isspace()]
    if not letters:
        return False
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7a3")
    ascii_ = sum(1 for ch in letters if ch.isascii())
    return hangul >= 0.1 * len(letters) or ascii_ >= 0.95 * len(letters)


def _is_garbage(ch: str) -> bool:
    if ch in "\n\r\t\f\v":
        return False
    category = unicodedata.category(ch)
    return category in ("Cc", "Cn", "Co", "Cs")
