"""PDF extraction on PDFs generated here with fpdf2 (real pdfplumber, no mocks)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from fpdf import FPDF

from minutebook.extract import ExtractionError, detect_media_type, extract_bytes, extract_path
from minutebook.extract.pdf import MAX_CONTENT_BYTES_PER_PAGE, extract_pdf

HEADER = "Cabinet - 15 March 2023 - Minutes"
PARA_PAGE1_END = "The Leader reported that the budget consultation had closed and that it"
PARA_PAGE2_START = "had received more than four hundred responses from residents."


class _MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 9)
        self.cell(0, 8, HEADER, align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")


def make_minutes_pdf(path: Path, *, filler_pages: int = 0) -> Path:
    """Printed-minutes style PDF: running header, "Page N of M" footer, bold headings, an
    attendance table in two columns, a hyphenated line end and a paragraph over a page break."""
    pdf = _MinutesPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Minutes of the Cabinet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for name, role in [
        ("Cllr Joanna Pryce", "Leader of the Council (Chair)"),
        ("Cllr Tom Hadley", "Leader of the Opposition"),
        ("Dr Sunil Varma", "Clinical Chair"),
    ]:
        pdf.cell(60, 6, name)
        pdf.cell(0, 6, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "1. Budget Consultation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for text in [
        "The Cabinet Member for Finance introduced the report on the devel-",
        "opment of the medium term financial strategy for the coming years.",
    ]:
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    # fill the page so the paragraph has to continue on the next one
    while pdf.get_y() < 250:
        pdf.cell(
            0,
            6,
            "Members discussed the proposals in detail and asked questions.",
            new_x="LMARGIN",
            new_y="NEXT",
        )
    pdf.cell(0, 6, PARA_PAGE1_END, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, PARA_PAGE2_START, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 8, "2. Any Other Business", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "There was no other business.", new_x="LMARGIN", new_y="NEXT")
    for n in range(filler_pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        for i in range(40):
            pdf.cell(
                0,
                6,
                f"Filler paragraph {n}.{i} with enough words to look like minutes text.",
                new_x="LMARGIN",
                new_y="NEXT",
            )
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_minutes_pdf(tmp_path_factory.mktemp("pdf") / "minutes.pdf")


@pytest.fixture(scope="module")
def doc(minutes_pdf: Path):
    return extract_path(minutes_pdf)


def test_offsets_index_the_text(doc) -> None:
    text = doc.text
    assert doc.media_type == "pdf" and doc.page_count == 2
    for line in doc.lines:
        assert text[line.start : line.end] == line.text


def test_running_header_and_page_footer_removed(doc) -> None:
    texts = [line.text for line in doc.lines]
    assert HEADER not in texts
    assert not any(t.startswith("Page ") and " of " in t for t in texts)
    assert "Minutes of the Cabinet" in texts


def test_two_column_attendance_rows_become_name_tab_role(doc) -> None:
    texts = [line.text for line in doc.lines]
    assert "Cllr Joanna Pryce\tLeader of the Council (Chair)" in texts
    assert "Cllr Tom Hadley\tLeader of the Opposition" in texts
    assert "Dr Sunil Varma\tClinical Chair" in texts
    # ordinary prose lines have no TAB
    assert not any("\t" in t for t in texts if t.startswith("Members discussed"))


def test_bold_lines_are_heading_cues(doc) -> None:
    by_text = {line.text: line for line in doc.lines}
    assert by_text["1. Budget Consultation"].heading
    assert by_text["Present:"].heading
    assert not by_text["There was no other business."].heading


def test_hyphenated_line_end_is_rejoined(doc) -> None:
    texts = [line.text for line in doc.lines]
    joined = [t for t in texts if "development" in t]
    assert joined == ["The Cabinet Member for Finance introduced the report on the development"]
    assert "of the medium term financial strategy for the coming years." in texts
    assert not any(t.startswith("opment") for t in texts)


def test_paragraph_continues_over_the_page_break(doc) -> None:
    lines = doc.lines
    i = next(k for k, line in enumerate(lines) if line.text == PARA_PAGE1_END)
    nxt = lines[i + 1]
    assert lines[i].page == 1
    assert nxt.text == PARA_PAGE2_START and nxt.page == 2
    assert doc.page_of(nxt.start) == 2


def test_paragraph_gaps_are_blank_lines(doc) -> None:
    texts = [line.text for line in doc.lines]
    k = texts.index("1. Budget Consultation")
    assert texts[k - 1] == ""  # the gap after the attendance table
    assert "" not in texts[k : k + 3]


def test_image_only_pdf_has_no_text_layer(tmp_path: Path) -> None:
    pdf = FPDF()
    for _ in range(3):
        pdf.add_page()
        pdf.rect(20, 20, 120, 160, style="F")
    data = bytes(pdf.output())
    with pytest.raises(ExtractionError) as err:
        extract_bytes(data, sha256="img", media_type="pdf")
    assert err.value.reason == "no_text_layer"
    assert "page_count=3" in err.value.detail


def test_truncated_pdf_is_corrupt(minutes_pdf: Path) -> None:
    data = minutes_pdf.read_bytes()
    with pytest.raises(ExtractionError) as err:
        extract_pdf(data[: len(data) // 2], sha256="cut")
    assert err.value.reason == "corrupt_pdf"


def test_not_a_pdf_at_all_is_corrupt() -> None:
    with pytest.raises(ExtractionError) as err:
        extract_pdf(b"%PDF-1.7\nthis is not really a pdf\n", sha256="junk")
    assert err.value.reason == "corrupt_pdf"


def test_too_many_pages_is_refused_before_extraction(minutes_pdf: Path) -> None:
    with pytest.raises(ExtractionError) as err:
        extract_pdf(minutes_pdf, sha256="x", max_pages=1)
    assert err.value.reason == "too_many_pages"
    assert "page_count=2" in err.value.detail


def _raw_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content is ``content`` (Flate-compressed), written by hand."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_hand_written_pdf_reads() -> None:
    doc = extract_pdf(_raw_pdf(b"BT /F1 12 Tf 72 700 Td (Hello council) Tj ET"), sha256="raw")
    assert [line.text for line in doc.lines] == ["Hello council"]


def test_decompression_bomb_is_refused() -> None:
    # ~100 KB on disk, past the per-page limit once inflated
    content = b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n" + b" " * (MAX_CONTENT_BYTES_PER_PAGE + 1024)
    data = _raw_pdf(content)
    assert len(data) < 1_000_000
    with pytest.raises(ExtractionError) as err:
        extract_pdf(data, sha256="bomb")
    assert err.value.reason == "decompression_bomb"


def test_pdf_sniffed_even_when_mislabelled(minutes_pdf: Path) -> None:
    data = minutes_pdf.read_bytes()
    assert detect_media_type(data, "application/octet-stream", "download") == "pdf"
    assert detect_media_type(data, "text/html", "minutes.html") == "pdf"


def test_justified_text_has_no_tabs_but_table_rows_do() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(
        0,
        5,
        "The Committee considered a report of the Director of Adult Social Services which set out the "
        "proposed changes to the charging policy for non-residential care services, following consultation "
        "with service users, carers and partner organisations over a period of twelve weeks during the autumn. "
        "Supercalifragilistic words and antidisestablishmentarianism make for uneven justified spacing.",
        align="J",
    )
    for row in (
        ("Ref", "Item", "Action", "Owner", "Due"),
        ("A1", "2", "Send the report", "J Smith", "May 2020"),
    ):
        for text, width in zip(row, (20, 20, 60, 40, 0), strict=True):
            pdf.cell(width, 6, text)
        pdf.ln(6)
    doc = extract_pdf(bytes(pdf.output()), sha256="j")
    texts = [line.text for line in doc.lines]
    assert not any("\t" in t for t in texts[:-2])
    assert any("organisations over a period" in t for t in texts)  # a widely spaced justified line
    assert texts[-2:] == ["Ref\tItem\tAction\tOwner\tDue", "A1\t2\tSend the report\tJ Smith\tMay 2020"]
