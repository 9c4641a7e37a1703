"""Render minutes text as a council's printed minutes PDF (fpdf2, core Helvetica).

The output imitates what ModernGov and Word produce for "Printed minutes", so the PDF extractor
has real work to do:

* a running header on every page (the header text, a rule under it) and a "Page N of M" footer;
* bold headings: lines in capitals, numbered item titles ("12. MINUTES", "19/143 FINANCE",
  "Item 4: ..."), a short title line after a number-only line, short stand-alone title lines, and
  "Present:"-style labels (only the label is bold, the rest of the line is regular);
* a line with a TAB inside is a table row: its cells are placed in columns (column stops measured
  per block of consecutive rows), so an extractor must rebuild "Name<TAB>Role" from word positions;
  a leading TAB or leading spaces indent the line instead;
* long paragraphs are justified and wrap across pages;
* inline ``**bold**`` and ``<u>underline</u>`` are drawn as such (markers removed); the
  ``<AI1>``…``</AI1>`` item markers of ModernGov's Word export are dropped (they are hidden there).

Core fonts only cover Latin-1, so characters outside it are translated (smart quotes and dashes to
ASCII, bullets to a middle dot, anything else decomposed or replaced by "?"). Output is
deterministic: the creation date and producer are fixed, so the same text gives the same bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT = "Helvetica"
BODY_SIZE = 10.5
LINE_H = 5.2  # mm
MARGIN = 20.0  # mm
INDENT_STEP = 8.0  # mm per leading TAB
COLUMN_GAP = 8.0  # mm between table columns: far wider than a word space, so extractors see a cell gap
FIXED_DATE = datetime(2000, 1, 1, tzinfo=UTC)

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2022": "\u00b7",
        "\u25cf": "\u00b7",
        "\u25aa": "\u00b7",
        "\u2023": "\u00b7",
        "\u2043": "-",
        "\u2026": "...",
        "\u20ac": "EUR ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u200b": "",
        "\ufeff": "",
        "\uf0b7": "\u00b7",  # Symbol-font bullet from Word
        "\uf0d8": "\u00d8",  # Wingdings arrow bullet from Word
    }
)

_LABEL = re.compile(
    r"^(?P<label>(?:present|members present|apologies(?: for absence)?|in attendance|also present|"
    r"also in attendance|officers(?: in attendance| present)?|absent|substitutes?|resolved|actions?|"
    r"minutes|decision|venue|date|time|chair(?:man)?|clerk)\s*:)(?P<rest>.*)$",
    re.IGNORECASE,
)
_NUMBERED_TITLE = re.compile(
    r"^(?:\d{1,3}[a-z]?[.)]?|\d{1,3}/\d{1,4}|item\s+\d{1,3}[a-z]?[.:]?)\s+\S", re.IGNORECASE
)
_NUMBER_ONLY = re.compile(r"^(?:\d{1,3}[a-z]?[.)]?|\d{1,3}/\d{1,4}|item\s+\d{1,3}[.:]?)$", re.IGNORECASE)
_AI_MARKER = re.compile(r"^</?AI\d+>$")
_INLINE = re.compile(r"(\*\*.+?\*\*|<u>.+?</u>)")
_LETTERS = re.compile(r"[A-Za-z]")


def latin1(text: str) -> str:
    """Text the core fonts can encode: typographic characters to ASCII, others decomposed or '?'."""
    text = text.translate(_TRANSLATE)
    try:
        text.encode("latin-1")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore").decode("latin-1")
        out.append(base if base else "?")
    return "".join(out)


def _strip_markup(text: str) -> str:
    return text.replace("**", "").replace("<u>", "").replace("</u>", "")


def _capitals(text: str) -> bool:
    letters = _LETTERS.findall(text)
    return len(letters) >= 3 and len(text) <= 100 and all(c.isupper() for c in letters)


def _title_like(text: str, max_len: int = 90) -> bool:
    return len(text) <= max_len and text[:1].isupper() and not text.rstrip().endswith((".", ",", ";"))


@dataclass
class _Line:
    text: str  # without leading whitespace
    indent: float  # mm
    kind: str  # blank | heading | label | row | text


def _classify(lines: list[str]) -> list[_Line]:
    out: list[_Line] = []
    for i, raw in enumerate(lines):
        raw = raw.rstrip()
        if _AI_MARKER.match(raw.strip()):
            continue
        if not raw.strip():
            out.append(_Line("", 0.0, "blank"))
            continue
        stripped = raw.lstrip(" \t")
        lead = raw[: len(raw) - len(stripped)]
        indent = min(lead.count("\t") * INDENT_STEP + lead.count(" ") * 1.6, 40.0)
        plain = _strip_markup(stripped).strip()
        prev = _strip_markup(lines[i - 1]).strip() if i else ""
        nxt = _strip_markup(lines[i + 1]).strip() if i + 1 < len(lines) else ""
        if "\t" in stripped.strip("\t"):
            kind = "row"
        elif _LABEL.match(plain):
            kind = "label"
        elif (
            _capitals(plain)
            or _NUMBER_ONLY.match(plain)
            or (_NUMBERED_TITLE.match(plain) and _title_like(plain))
            or (_NUMBER_ONLY.match(prev) and _title_like(plain, 80))
            or (not prev and not nxt and i > 0 and _title_like(plain, 70) and len(plain.split()) <= 12)
        ):
            kind = "heading"
        else:
            kind = "text"
        out.append(_Line(stripped.strip("\t") if kind == "row" else stripped, indent, kind))
    return out


class _MinutesPDF(FPDF):
    def __init__(self, header_text: str, footer: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._header_text = latin1(header_text)
        self._footer = footer
        self.set_margins(MARGIN, MARGIN + 4, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)
        self.set_creation_date(FIXED_DATE)
        self.set_producer("Minutebook demo renderer")
        self.set_title(self._header_text)

    def header(self) -> None:
        if not self._header_text:
            return
        self.set_y(10)
        self.set_font(FONT, "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self._header_text[:110], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(150, 150, 150)
        self.line(MARGIN, 15.5, self.w - MARGIN, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(MARGIN + 4)

    def footer(self) -> None:
        if not self._footer:
            return
        self.set_y(-14)
        self.set_font(FONT, "", 8.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _write_inline(pdf: _MinutesPDF, text: str, base_style: str = "") -> None:
    """Flow text with ``**bold**`` and ``<u>underline</u>`` spans (markers removed)."""
    for part in _INLINE.split(text):
        if not part:
            continue
        style = base_style
        if part.startswith("**") and part.endswith("**"):
            style, part = base_style + "B", part[2:-2]
        elif part.startswith("<u>"):
            style, part = base_style + "U", part[3:-4]
        pdf.set_font(FONT, "".join(sorted(set(style))), BODY_SIZE)
        pdf.write(LINE_H, latin1(part))
    pdf.set_font(FONT, "", BODY_SIZE)


def _row_stops(rows: list[list[str]], pdf: _MinutesPDF, left: float) -> list[float]:
    """x positions of each column of a block of table rows, from the widest cell per column."""
    avail = pdf.w - MARGIN - left
    ncols = max(len(r) for r in rows)
    widths = [0.0] * ncols
    pdf.set_font(FONT, "", BODY_SIZE)
    for r in rows:
        for k, cell in enumerate(r):
            widths[k] = max(widths[k], pdf.get_string_width(latin1(_strip_markup(cell))))
    stops = [left]
    for k in range(ncols - 1):
        remaining_cols = ncols - 1 - k
        cap = (left + avail - stops[-1]) * (0.55 if remaining_cols == 1 else 0.4)
        stops.append(stops[-1] + min(widths[k] + COLUMN_GAP, max(cap, 25.0)))
    return stops


def _draw_row(pdf: _MinutesPDF, cells: list[str], stops: list[float], bold: bool = False) -> None:
    right = pdf.w - MARGIN
    widths = [(stops[k + 1] if k + 1 < len(stops) else right) - stops[k] for k in range(len(stops))]
    texts = [latin1(_strip_markup(c).strip()) for c in cells] + [""] * (len(stops) - len(cells))
    pdf.set_font(FONT, "B" if bold else "", BODY_SIZE)
    needed = 1
    for k, t in enumerate(texts):
        if not t:
            continue
        w = widths[k] - (COLUMN_GAP / 2 if k + 1 < len(stops) else 0)
        lines = pdf.multi_cell(w, LINE_H, t, dry_run=True, output="LINES")
        needed = max(needed, len(lines))
    if pdf.get_y() + needed * LINE_H > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y()
    bottom = top + LINE_H
    for k, t in enumerate(texts):
        if not t:
            continue
        w = widths[k] - (COLUMN_GAP / 2 if k + 1 < len(stops) else 0)
        pdf.set_xy(stops[k], top)
        pdf.multi_cell(w, LINE_H, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(MARGIN, bottom)
    pdf.set_font(FONT, "", BODY_SIZE)


def build_pdf(text: str, *, header: str | None = None, footer: bool = True) -> tuple[bytes, int]:
    """The PDF bytes and page count for a minutes text (see the module docstring for the layout)."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if header is None:
        header = next(
            (_strip_markup(x).strip() for x in raw_lines if x.strip() and not _AI_MARKER.match(x.strip())), ""
        )
    pdf = _MinutesPDF(header or "", footer)
    pdf.add_page()
    pdf.set_font(FONT, "", BODY_SIZE)
    lines = _classify(raw_lines)
    i = 0
    pending_gap = False
    while i < len(lines):
        line = lines[i]
        if line.kind == "blank":
            pending_gap = True
            i += 1
            continue
        if pending_gap and pdf.get_y() > pdf.t_margin + 0.5:
            pdf.ln(LINE_H * 0.6)
        pending_gap = False
        left = MARGIN + line.indent
        if line.kind == "row":
            block = []
            while i < len(lines) and lines[i].kind == "row" and lines[i].indent == line.indent:
                block.append(re.split(r"\t+", lines[i].text))
                i += 1
            stops = _row_stops(block, pdf, left)
            for cells in block:
                _draw_row(pdf, cells, stops, bold=bool(_NUMBER_ONLY.match(cells[0].strip())))
            continue
        pdf.set_left_margin(left)
        pdf.set_x(left)
        if line.kind == "heading":
            if pdf.get_y() + 2 * LINE_H > pdf.page_break_trigger:
                pdf.add_page()  # keep a heading with the first line of its paragraph
                pdf.set_x(left)
            _write_inline(pdf, line.text, "B")
        elif line.kind == "label":
            m = _LABEL.match(_strip_markup(line.text).strip())
            assert m is not None
            pdf.set_font(FONT, "B", BODY_SIZE)
            pdf.write(LINE_H, latin1(m.group("label")))
            pdf.set_font(FONT, "", BODY_SIZE)
            if m.group("rest"):
                pdf.write(LINE_H, latin1(m.group("rest")))
        elif _INLINE.search(line.text):
            _write_inline(pdf, line.text)
        else:
            pdf.multi_cell(0, LINE_H, latin1(line.text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_left_margin(MARGIN)
            i += 1
            continue
        pdf.ln(LINE_H)
        pdf.set_left_margin(MARGIN)
        i += 1
    data = bytes(pdf.output())
    return data, pdf.pages_count


def render_minutes_pdf(text: str, path: Path, *, header: str | None = None, footer: bool = True) -> int:
    """Write ``text`` as a printed-minutes PDF to ``path``; return its number of pages.

    ``header`` is the running header (default: the first non-blank line of the text); ``footer``
    adds "Page N of M" to every page.
    """
    data, pages = build_pdf(text, header=header, footer=footer)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return pages
