"""Plain text → ExtractedDocument.

Line breaks are kept as written (CRLF and CR normalised), a form feed starts a new page,
TABs stay (they separate table cells in text exported from Word or ModernGov), other odd
spaces become plain spaces, trailing whitespace goes, and runs of blank lines shrink to one
blank line (a paragraph gap the parser may use). Text has no fonts, so the only heading cue
is a short line in capitals.
"""

from __future__ import annotations

from minutebook.extract.base import Row, assemble, caps_heading, clean_chars, decode_text, squeeze_blank_rows
from minutebook.records import ExtractedDocument


def text_rows(text: str) -> tuple[list[Row], int]:
    """(rows, page count) of a decoded text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # a trailing form feed ends the last page, it does not open a new one
    rows: list[Row] = []
    for number, page in enumerate(pages, start=1):
        for raw in page.split("\n"):
            line = clean_chars(raw).rstrip()
            rows.append((number, line, caps_heading(line)))
    return squeeze_blank_rows(rows), len(pages)


def extract_text(data: bytes | str, *, sha256: str) -> ExtractedDocument:
    text = data if isinstance(data, str) else decode_text(data)
    rows, pages = text_rows(text)
    return assemble(rows, sha256=sha256, media_type="text", page_count=pages)
