"""The printed-minutes renderer: valid PDFs with running header, page footer, bold headings and table columns."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from minutebook.demo.pdfrender import build_pdf, latin1, render_minutes_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "minutebook" / "demo" / "samples"


def _lines(page: pdfplumber.page.Page) -> list[list[dict]]:
    """Words grouped into lines by their top coordinate."""
    words = page.extract_words(extra_attrs=["fontname", "size"])
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["top"]), []).append(w)
    return [sorted(rows[k], key=lambda w: w["x0"]) for k in sorted(rows)]


@pytest.mark.parametrize("name", sorted(p.stem for p in SAMPLES.glob("*.txt")))
def test_samples_render_with_header_and_footer_on_every_page(name: str, tmp_path: Path) -> None:
    text = (SAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    pages = render_minutes_pdf(text, out, header="Sandbury Borough Council - Improvement Board")
    assert out.read_bytes().startswith(b"%PDF-")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages >= 2
        for i, page in enumerate(pdf.pages, start=1):
            lines = _lines(page)
            first = " ".join(w["text"] for w in lines[0])
            last = " ".join(w["text"] for w in lines[-1])
            assert first == "Sandbury Borough Council - Improvement Board"
            assert last == f"Page {i} of {pages}"
            assert lines[0][0]["top"] < 0.1 * page.height and lines[-1][0]["bottom"] > 0.9 * page.height


def test_output_is_deterministic() -> None:
    text = (SAMPLES / "west-sussex_improvement-board_2011-04-05.txt").read_text(encoding="utf-8")
    assert build_pdf(text)[0] == build_pdf(text)[0]


def test_default_header_is_first_line_and_footer_can_be_switched_off() -> None:
    data, pages = build_pdf("CABINET MINUTES\n\nSome text.\n", footer=False)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert pages == 1
    assert text.splitlines()[0] == "CABINET MINUTES"
    assert "Page 1" not in text


def test_tab_rows_become_aligned_columns_an_extractor_must_rebuild() -> None:
    rows = [
        ("Councillor Amanda Underwood", "Leader of the Council"),
        ("Councillor Ruth Crane", "Deputy Leader"),
        ("Nadia Whitcombe", "Director of Place"),
    ]
    text = "Sandbury\n\nPresent:\n" + "\n".join(f"{a}\t{b}" for a, b in rows) + "\n"
    data, _ = build_pdf(text)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = _lines(pdf.pages[0])
    role_x = []
    for name, role in rows:
        line = next(
            ln
            for ln in lines
            if ln[0]["text"] == name.split()[0] and " ".join(w["text"] for w in ln).startswith(name)
        )
        n_name = len(name.split())
        name_end = line[n_name - 1]["x1"]
        role_start = line[n_name]["x0"]
        assert " ".join(w["text"] for w in line[n_name:]) == role
        assert role_start - name_end > 20  # a cell gap, far wider than a word space (~3pt)
        role_x.append(round(role_start, 1))
    assert len(set(role_x)) == 1  # one column stop for the whole block


def test_headings_are_bold_and_label_only_bold_in_label_lines() -> None:
    text = (
        "SANDBURY BOROUGH COUNCIL\n\nPRESENT:  Councillor A Smith (Chair)\n\n12.   APOLOGIES FOR ABSENCE\n\n"
        "      Apologies were received from Councillor B Jones.\n"
    )
    data, _ = build_pdf(text, header="Header")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
    font = {w["text"]: w["fontname"] for w in words}
    assert "Bold" in font["SANDBURY"] and "Bold" in font["APOLOGIES"] and "Bold" in font["12."]
    assert "Bold" in font["PRESENT:"] and "Bold" not in font["Smith"]
    assert "Bold" not in font["Apologies"]
    body = next(w for w in words if w["text"] == "Apologies")
    heading = next(w for w in words if w["text"] == "APOLOGIES")
    assert body["x0"] > heading["x0"] - 20  # the indented body starts right of the margin


def test_long_paragraphs_wrap_across_pages() -> None:
    para = " ".join(["The Committee considered the report and discussed the options in detail."] * 200)
    data, pages = build_pdf(f"MINUTES\n\n{para}\n\nThe meeting closed at 9.00 pm.\n")
    assert pages >= 3
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == pages
        assert "The meeting closed at 9.00 pm." in pdf.pages[-1].extract_text()


def test_characters_outside_latin1_are_translated_not_fatal() -> None:
    assert latin1("Children’s “Board” – 5 € … \u2022 x") == 'Children\'s "Board" - 5 EUR  ... \u00b7 x'
    assert latin1("Łódź") == "?ódz"  # ó is Latin-1; Ł has no decomposition; ź decomposes to z
    data, _ = build_pdf("Director of Children’s Services — update\n\u4e2d\u6587\n")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Director of Children's Services - update" in text
    assert "??" in text


def test_markup_is_drawn_not_printed() -> None:
    data, _ = build_pdf(
        "<AI1>\n18. It was agreed. **Action: Chairman**.\n</AI1>\n<u>Present</u>: Nick Jarman\n"
    )
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["fontname"])
        text = pdf.pages[0].extract_text()
    assert "<AI1>" not in text and "**" not in text and "<u>" not in text
    assert "Bold" in next(w for w in words if w["text"] == "Chairman").get("fontname", "")
