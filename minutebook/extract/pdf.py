"""PDF → ExtractedDocument with pdfplumber, one pass per page.

Per page, one ``extract_words`` call (with font name and size) is all pdfplumber does; the
rest works on those words:

* words → lines by vertical overlap, left to right; a horizontal gap much wider than the
  line's word spacing becomes a TAB, so a name/role table row reads "Name\\tRole";
* a blank line where the vertical gap says a paragraph ended (never at a page break, so
  a paragraph running over a page stays together once headers and footers are gone);
* running headers and footers are dropped: lines near the top or bottom edge that repeat
  (digits ignored) on at least half the pages, and page-number lines ("Page 3 of 12",
  "- 3 -", "3");
* a word hyphenated at a line end is rejoined when the next line starts lower-case;
* ``heading`` is a cue: every word bold (font name), or a short line in capitals.

Each page is closed as soon as its words are read (pdfplumber otherwise keeps ~6 MB of
layout objects per page), and only small tuples survive the page, so memory stays flat on
documents of a thousand pages.
"""

from __future__ import annotations

import io
import re
import statistics
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import LIT

from minutebook.extract.base import (
    ExtractionError,
    Row,
    assemble,
    caps_heading,
    clean_chars,
    squeeze_blank_rows,
)
from minutebook.records import ExtractedDocument

# A page's content streams decompressing past this are treated as a decompression bomb.
MAX_CONTENT_BYTES_PER_PAGE = 64 * 1024 * 1024
_FLATE = {LIT("FlateDecode"), LIT("Fl")}

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—(\[]*(page|p\.|pg\.?)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?[\s\-–—)\]]*$", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"[A-Za-z]-$")
_LOWER_START = re.compile(r"^[a-z]")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass(slots=True)
class _PLine:
    """One line of one page, before headers, footers and hyphens are dealt with."""

    text: str
    heading: bool
    top: float
    bottom: float
    size: float


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    lines: list[_PLine]


# --------------------------------------------------------------------------- words → lines


def _line_text(words: list[dict[str, Any]]) -> str:
    """Words of one line, left to right: no space for a font change inside a word, TAB at cell gaps."""
    words.sort(key=lambda w: w["x0"])
    size = statistics.median(w["size"] for w in words) or 10.0
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:], strict=False)]
    tab_gap = max(0.9 * size, 3.0 * _word_spacing(gaps, size))
    parts = [words[0]["text"]]
    for gap, word in zip(gaps, words[1:], strict=False):
        if gap >= tab_gap:
            parts.append("\t")
        elif gap >= 0.15 * size:
            parts.append(" ")
        parts.append(word["text"])
    return clean_chars("".join(parts)).strip()


def _word_spacing(gaps: list[float], size: float) -> float:
    """The line's space between words. Justified lines stretch every space alike, sometimes past
    a cell-sized gap; cell gaps differ from each other (they depend on the cell texts)."""
    if len(gaps) >= 3:
        mid = statistics.median(gaps)
        alike = sum(1 for g in gaps if abs(g - mid) <= max(0.6, 0.1 * mid))
        if alike >= 0.6 * len(gaps):
            return mid
    small = [g for g in gaps if 0.15 * size <= g < 0.9 * size]
    return statistics.median(small) if small else 0.28 * size


def _is_heading(words: list[dict[str, Any]], text: str) -> bool:
    if len(text) > 200:
        return False
    if all(_BOLD_FONT.search(w.get("fontname") or "") for w in words):
        return True
    return caps_heading(text)


def page_lines(words: list[dict[str, Any]]) -> list[_PLine]:
    """Group a page's words into lines (vertical overlap), top to bottom."""
    upright = [w for w in words if w.get("upright", True)]
    if len(upright) * 2 >= len(words):
        words = upright  # drop rotated stamps and watermarks unless the page itself is rotated
    words.sort(key=lambda w: (w["top"], w["x0"]))
    groups: list[list[dict[str, Any]]] = []
    top = bottom = 0.0
    for w in words:
        if groups:
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            height = min(bottom - top, w["bottom"] - w["top"]) or 1.0
            if overlap >= 0.5 * height:
                groups[-1].append(w)
                bottom = max(bottom, w["bottom"])
                continue
        groups.append([w])
        top, bottom = w["top"], w["bottom"]
    out = []
    for group in groups:
        text = _line_text(group)
        if text:
            out.append(
                _PLine(
                    text=text,
                    heading=_is_heading(group, text),
                    top=min(w["top"] for w in group),
                    bottom=max(w["bottom"] for w in group),
                    size=max(w["size"] for w in group),
                )
            )
    return out


# --------------------------------------------------------------------------- headers, footers, hyphens


def _edge_lines(page: _Page, depth: int = 3) -> list[int]:
    """Indexes of the lines that could be running headers or footers: near an edge, first or last few."""
    n = len(page.lines)
    out = []
    for i, line in enumerate(page.lines):
        near_top = i < depth and line.top < 0.2 * page.height
        near_bottom = i >= n - depth and line.bottom > 0.8 * page.height
        if near_top or near_bottom:
            out.append(i)
    return out


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def remove_running_lines(pages: list[_Page]) -> None:
    """Drop page numbers and lines repeated near the edge of at least half the pages (digits ignored)."""
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_furniture_key(page.lines[i].text) for i in _edge_lines(page)}:
            counts[key] = counts.get(key, 0) + 1
    threshold = max(2, (len(pages) + 1) // 2)
    running = {k for k, c in counts.items() if c >= threshold}
    for page in pages:
        drop = {
            i
            for i in _edge_lines(page)
            if _furniture_key(page.lines[i].text) in running or _PAGE_NUMBER.match(page.lines[i].text)
        }
        if drop:
            page.lines = [line for i, line in enumerate(page.lines) if i not in drop]


def _rows(pages: list[_Page]) -> list[Row]:
    """Lines in order with blank rows at paragraph gaps (within a page, never across a break)."""
    rows: list[Row] = []
    for page in pages:
        lines = page.lines
        steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top]
        pitch = statistics.median(steps) if steps else 0.0
        for i, line in enumerate(lines):
            if i and pitch:
                gap = line.top - lines[i - 1].top
                if gap > 1.45 * pitch and gap > 1.6 * max(line.size, lines[i - 1].size):
                    rows.append((page.number, "", False))
            rows.append((page.number, line.text, line.heading))
    return rows


def repair_hyphens(rows: list[Row]) -> list[Row]:
    """'develop-' + 'ment of the…' → 'development' + 'of the…' (next text row, skipping nothing else)."""
    out = list(rows)
    for i in range(len(out) - 1):
        page, text, heading = out[i]
        if not _HYPHENATED.search(text) or "\t" in text:
            continue
        j = i + 1
        nxt_page, nxt, nxt_heading = out[j]
        if not _LOWER_START.match(nxt) or "\t" in nxt:
            continue
        first, _, rest = nxt.partition(" ")
        out[i] = (page, text[:-1] + first, heading)
        out[j] = (nxt_page, rest, nxt_heading)
    # drop only the rows the repair emptied; blank rows that were there are paragraph gaps
    return [r for r, orig in zip(out, rows, strict=True) if r[1] or not orig[1]]


# --------------------------------------------------------------------------- guards


def _declared_page_count(pdf: pdfplumber.PDF) -> int | None:
    """The page tree's /Count: cheap, read before any page is touched."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"]).get("Count"))
        return int(count) if isinstance(count, int) else None
    except Exception:  # a broken tree is found when the pages are walked
        return None


def _check_content_size(page: pdfplumber.page.Page) -> None:
    """Refuse a page whose content streams inflate past MAX_CONTENT_BYTES_PER_PAGE (a zip bomb).

    pdfminer inflates streams whole and has no limit of its own; this inflates in bounded
    chunks first. Only plain Flate streams are checked (the others are rare and bounded by the
    worker's memory limit).
    """
    contents = page.page_obj.contents or []
    total = 0
    for ref in contents:
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or stream.decipher is not None or stream.rawdata is None:
            continue
        filters = [f for f, _ in stream.get_filters()]
        if not filters or any(f not in _FLATE for f in filters) or len(filters) != 1:
            continue
        inflater = zlib.decompressobj()
        data = stream.rawdata
        chunk = 1024 * 1024
        try:
            out = inflater.decompress(data, chunk)
            while out:
                total += len(out)
                if total > MAX_CONTENT_BYTES_PER_PAGE:
                    raise ExtractionError(
                        "decompression_bomb",
                        f"page {page.page_number}: content inflates past {MAX_CONTENT_BYTES_PER_PAGE} bytes",
                    )
                out = inflater.decompress(inflater.unconsumed_tail, chunk)
        except zlib.error:
            continue  # pdfminer has its own recovery for broken streams


# --------------------------------------------------------------------------- entry point


def _max_pages_default() -> int:
    from minutebook.settings import load_settings

    return load_settings().max_pages


def extract_pdf(data: bytes | Path | str, *, sha256: str, max_pages: int | None = None) -> ExtractedDocument:
    """Extract a PDF (bytes or a path). Raises ExtractionError: corrupt_pdf, too_many_pages,
    no_text_layer, decompression_bomb."""
    limit = max_pages if max_pages is not None else _max_pages_default()
    source: Any = io.BytesIO(data) if isinstance(data, bytes) else Path(data)
    try:
        pdf = pdfplumber.open(source, raise_unicode_errors=False)
    except (MemoryError, OSError):  # a missing or unreadable file is not a broken PDF
        raise
    except Exception as exc:
        detail = "encrypted" if "password" in repr(exc).lower() or "encrypt" in repr(exc).lower() else ""
        raise ExtractionError("corrupt_pdf", f"{detail} {type(exc).__name__}: {exc}".strip()[:300]) from None
    with pdf:
        declared = _declared_page_count(pdf)
        if declared is not None and declared > limit:
            raise ExtractionError("too_many_pages", f"page_count={declared} > max_pages={limit}")
        try:
            all_pages = pdf.pages
        except MemoryError:
            raise
        except Exception as exc:
            raise ExtractionError("corrupt_pdf", f"page tree: {type(exc).__name__}: {exc}"[:300]) from None
        count = len(all_pages)
        if count == 0:
            raise ExtractionError("corrupt_pdf", "no pages")
        if count > limit:
            raise ExtractionError("too_many_pages", f"page_count={count} > max_pages={limit}")
        pages: list[_Page] = []
        failed: list[str] = []
        words_seen = 0
        for page in all_pages:
            try:
                _check_content_size(page)
                words = page.extract_words(extra_attrs=["fontname", "size"])
                words_seen += len(words)
                pages.append(_Page(page.page_number, float(page.height), page_lines(words)))
            except (ExtractionError, MemoryError):
                raise
            except Exception as exc:  # one unreadable page: keep the others, remember why
                failed.append(f"page {page.page_number}: {type(exc).__name__}: {exc}"[:200])
                pages.append(_Page(page.page_number, float(page.height or 0), []))
            finally:
                page.close()
    if words_seen == 0:
        if failed and len(failed) == count:
            raise ExtractionError("corrupt_pdf", f"page_count={count}; " + "; ".join(failed[:3]))
        raise ExtractionError("no_text_layer", f"page_count={count}: no text on any page (scanned images?)")
    remove_running_lines(pages)
    rows = squeeze_blank_rows(repair_hyphens(_rows(pages)))
    return assemble(rows, sha256=sha256, media_type="pdf", page_count=count)
