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

REPLACEMENT = "\ufffd"
_DAMAGE_LIMIT = 0.02  # share of characters replaced with a warning; more is an error (a wrong encoding replaces far more)
_DETECTION_BYTES = 1_000_000
# printable ASCII, Hangul syllables and the whitespace controls: never garbage, and most of a Korean
# page; cut out first so that only the rest is judged a character at a time
_NEVER_GARBAGE = re.compile(r"[\x20-\x7e\uac00-\ud7a3\n\r\t\f\v]+")

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
            return _strict_or_salvaged(data, [encoding])
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryDocument(f"binary data: this looks like {what}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict_or_salvaged(data, [utf16])
    if b"\x00" in data[:65536]:
        raise BinaryDocument("binary data: the file contains NUL bytes")
    return _strict_or_salvaged(data, _candidates(declared), detect=True)


def _strict_or_salvaged(data: bytes, encodings: list[str], detect: bool = False) -> Decoded:
    """The first encoding that reads every byte; else line by line with the few bad bytes replaced;
    else (for undeclared text) charset detection."""
    for encoding in encodings:
        try:
            return _checked(data.decode(encoding, errors="strict"), encoding)
        except UnicodeDecodeError as exc:
            truncated = _truncated_tail(data, encoding, exc)
            if truncated is not None:
                return truncated
        except BinaryDocument:
            continue
    salvaged, damage = salvage(data, encodings)
    if salvaged is not None:
        return salvaged
    if detect:
        best = charset_normalizer.from_bytes(data[:_DETECTION_BYTES]).best()
        if best is not None and best.encoding:
            try:
                text = data.decode(best.encoding)
                if _plausible(text):
                    return _checked(text, best.encoding, (f"encoding guessed as {best.encoding}",))
            except (UnicodeDecodeError, LookupError, BinaryDocument):
                pass
    raise UndecodableDocument(
        f"cannot decode the text: {damage:.0%} of its characters are not {' or '.join(encodings)} "
        f"(more than the {_DAMAGE_LIMIT:.0%} that is replaced with a warning), and detection found no other encoding")


def _candidates(declared: str | None) -> list[str]:
    # Valid UTF-8 with Korean in it is near-certain evidence, whatever a page declares.
    order = ["utf-8", normalize_charset(declared), "cp949"]
    return [enc for i, enc in enumerate(order) if enc and enc not in order[:i]]


def salvage(data: bytes, encodings: list[str]) -> tuple[Decoded | None, float]:
    """Each line in the first encoding that reads it (pages mix UTF-8 and CP949 lines), a line no
    encoding reads in the one that loses least, its bad bytes replaced with U+FFFD as a browser
    shows them. Returns the result and the share of characters replaced."""
    if len(encodings) == 1 and encodings[0].startswith(("utf-16", "utf-32")):
        text = data.decode(encodings[0], errors="replace")
        damage = text.count(REPLACEMENT) / max(1, len(text))
        return _salvaged(text, damage, {encodings[0]}), damage
    parts: list[str] = []
    used: set[str] = set()
    for line in data.splitlines(keepends=True):
        decoded, encoding = _line(line, encodings)
        parts.append(decoded)
        if not line.isascii():
            used.add(encoding)
    text = "".join(parts)
    damage = text.count(REPLACEMENT) / max(1, len(text))
    return _salvaged(text, damage, used or {encodings[0]}), damage


def _line(line: bytes, encodings: list[str]) -> tuple[str, str]:
    for encoding in encodings:
        try:
            return line.decode(encoding, errors="strict"), encoding
        except UnicodeDecodeError:
            continue
    readings = [(line.decode(encoding, errors="replace"), encoding) for encoding in encodings]
    return min(readings, key=lambda reading: reading[0].count(REPLACEMENT))


def _salvaged(text: str, damage: float, used: set[str]) -> Decoded | None:
    if damage > _DAMAGE_LIMIT:
        return None
    encoding = "+".join(sorted(used))
    warnings = []
    if len(used) > 1:
        warnings.append(f"mixed encodings ({', '.join(sorted(used))}): decoded line by line")
    replaced = text.count(REPLACEMENT)
    if replaced:
        warnings.append(f"{replaced} undecodable characters replaced with U+FFFD ({damage:.2%} of the text, damaged {encoding})")
    try:
        return _checked(text, encoding, tuple(warnings))
    except BinaryDocument:
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
    odd = sum(1 for ch in _NEVER_GARBAGE.sub("", sample) if _is_garbage(ch))
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
