"""What every extractor shares: the version, the error type, line clean-up and offset assembly.

Extractors produce ``(page, text, heading)`` rows; :func:`assemble` turns them into an
:class:`~minutebook.records.ExtractedDocument` whose lines carry ``start``/``end`` offsets into
``doc.text`` (the lines joined by ``"\\n"``). Keeping that arithmetic in one place is what makes
provenance offsets trustworthy whatever the input format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from minutebook.records import ExtractedDocument, Line

# Bump whenever the text, lines or offsets produced for the same input change: the
# extraction cache is keyed by (sha256, EXTRACTOR_VERSION), so a bump re-extracts everything.
EXTRACTOR_VERSION = "extract-1.1"

MediaType = Literal["pdf", "html", "text"]


class ExtractionError(Exception):
    """A document that cannot be extracted. ``reason`` is a short machine-readable code
    (``no_text_layer``, ``corrupt_pdf``, ``too_many_pages``, ``decompression_bomb``, …) that
    becomes ``Failure.reason``; ``detail`` is for people."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    def __reduce__(self):  # picklable across worker processes with both fields intact
        return (ExtractionError, (self.reason, self.detail))


# Spaces that should read as a plain space, and characters that should vanish.
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"),
    " ",
)
_DROP = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_TRANSLATE = {**_SPACES, **_DROP}
# C0/C1 controls except TAB (cell separator); newlines never reach here.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_RUNS = re.compile(r"[ \t\r\n\f\v]+")
_SPACE_RUNS = re.compile(r" {2,}")


def clean_chars(text: str) -> str:
    """Non-breaking and typographic spaces to spaces, zero-width and soft hyphens out, controls out."""
    text = text.translate(_TRANSLATE)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    return text


def collapse(text: str) -> str:
    """All whitespace runs (TABs included) to one space, ends stripped: one HTML/PDF cell or paragraph."""
    return _RUNS.sub(" ", clean_chars(text)).strip()


_LETTERS = re.compile(r"[^\W\d_]")


def caps_heading(text: str) -> bool:
    """A short line in capitals ("PRESENT:", "12. APOLOGIES FOR ABSENCE"): a heading cue."""
    stripped = text.strip()
    if not stripped or len(stripped) > 80:
        return False
    letters = _LETTERS.findall(stripped)
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: BOMs first, then the declared charset, then UTF-8, then Windows-1252.

    UK council sites still serve plenty of Windows-1252 (Word exports say so in a meta tag);
    cp1252 can fail on five unassigned bytes, so latin-1 is the last resort that never fails.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = [declared] if declared else []
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


Row = tuple[int, str, bool]  # (page, text, heading)


def assemble(
    rows: Iterable[Row], *, sha256: str, media_type: MediaType, page_count: int
) -> ExtractedDocument:
    """Lines with offsets into ``"\\n".join(texts)``; any newline inside a row splits it."""
    lines: list[Line] = []
    pos = 0
    for page, text, heading in rows:
        for part in text.split("\n") if "\n" in text else (text,):
            end = pos + len(part)
            lines.append(Line(page=page, text=part, start=pos, end=end, heading=heading))
            pos = end + 1
    return ExtractedDocument(
        sha256=sha256,
        media_type=media_type,
        lines=lines,
        page_count=max(page_count, 1),
        extractor_version=EXTRACTOR_VERSION,
    )


def squeeze_blank_rows(rows: Iterable[Row]) -> list[Row]:
    """No blank row at the start, none at the end, never two in a row (one blank = a paragraph gap)."""
    out: list[Row] = []
    for row in rows:
        if not row[1].strip():
            if not out or not out[-1][1]:
                continue
            out.append((row[0], "", False))
        else:
            out.append(row)
    while out and not out[-1][1]:
        out.pop()
    return out


# A document as plain tuples: what crosses the process boundary and what the cache stores.
# Offsets are not stored: assemble() recomputes them exactly from the texts.
Payload = tuple[str, str, int, str, list[tuple[int, str, bool]]]


def to_payload(doc: ExtractedDocument) -> Payload:
    return (
        doc.sha256,
        doc.media_type,
        doc.page_count,
        doc.extractor_version,
        [(line.page, line.text, line.heading) for line in doc.lines],
    )


def from_payload(payload: Payload) -> ExtractedDocument:
    sha256, media_type, page_count, version, rows = payload
    doc = assemble(
        ((int(p), str(t), bool(h)) for p, t, h in rows),
        sha256=sha256,
        media_type=media_type,  # type: ignore[arg-type]
        page_count=page_count,
    )
    doc.extractor_version = version
    return doc
