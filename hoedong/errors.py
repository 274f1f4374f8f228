"""Every error hoedong reports, with a stable code and a hint of what to do next.

Per-document errors become the record's `error`/`error_code`; the CLI maps any
HoedongError that escapes to an exit status (see `exit_status`).
"""

from __future__ import annotations


class HoedongError(Exception):
    """Base class: `code` is stable across releases, `hint` tells the user what to do."""

    code = "H000"
    hint = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def reason(self) -> str:
        message = str(self)
        return f"{message}; {self.hint}" if self.hint else message


class DocumentError(HoedongError):
    """One document cannot be used; the rest of the batch goes on."""

    code = "D000"


class EmptyDocument(DocumentError):
    code = "D101"
    hint = "the file holds no text: check that the crawl saved the page"


class BinaryDocument(DocumentError):
    code = "D102"
    hint = "hoedong reads text, HTML, JSONL and WARC; convert or skip this file"


class UndecodableDocument(DocumentError):
    code = "D103"
    hint = "convert it to UTF-8 (e.g. `iconv -f <encoding> -t utf-8`) or declare its charset"


class DocumentTooLarge(DocumentError):
    code = "D104"
    hint = "raise the limit with --max-bytes (or HOEDONG_MAX_BYTES) if this is really one article"


class MalformedRecord(DocumentError):
    code = "D105"
    hint = "each JSONL line must be one JSON object with a 'text' or 'html' string"


class MalformedArchive(DocumentError):
    code = "D106"
    hint = "the WARC file is damaged or truncated; records before the damage were read"


class NoArticle(DocumentError):
    code = "D107"
    hint = "no paragraph of article prose was found: is this a news article page?"


class UnreadableSource(DocumentError):
    code = "D108"
    hint = "check the file's permissions and that it still exists, then run again"


class InternalError(DocumentError):
    """A bug in hoedong met on one document; the record says so and the batch goes on."""

    code = "D900"


class SourceNotFound(HoedongError):
    code = "S201"
    hint = "check the path; directories are read recursively"


class UnsupportedSource(HoedongError):
    code = "S202"
    hint = "give .txt, .html/.htm, .jsonl, .warc or .warc.gz files, a directory, or - for stdin"


def exit_status(failed_documents: int) -> int:
    """0 when every document was read, 1 when some failed (their records say why)."""
    return 1 if failed_documents else 0
