"""Plain-text extraction: line/offset model, pages from form feeds, character clean-up."""

from __future__ import annotations

from pathlib import Path

from minutebook.extract import EXTRACTOR_VERSION, extract_bytes, extract_path

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes" / "dev"


def test_lines_offsets_and_pages() -> None:
    data = "Minutes\r\nPresent:\tCllr A Smith\u00a0(Chair)\r\n\r\n\r\n1. Welcome   \fPage two line\r\n\f".encode()
    doc = extract_bytes(data, sha256="abc", media_type="text")
    assert [(line.page, line.text) for line in doc.lines] == [
        (1, "Minutes"),
        (1, "Present:\tCllr A Smith (Chair)"),  # TAB kept, NBSP → space
        (1, ""),  # three blank lines shrink to one paragraph gap
        (1, "1. Welcome"),  # trailing spaces gone
        (2, "Page two line"),
    ]
    assert doc.page_count == 2  # a trailing form feed opens no page
    assert doc.sha256 == "abc" and doc.media_type == "text" and doc.extractor_version == EXTRACTOR_VERSION
    text = doc.text
    assert text == "Minutes\nPresent:\tCllr A Smith (Chair)\n\n1. Welcome\nPage two line"
    for line in doc.lines:
        assert text[line.start : line.end] == line.text
    assert doc.page_of(text.index("Page two")) == 2


def test_windows_1252_and_bom_decoding() -> None:
    cp = extract_bytes(
        "Director of Children\u2019s Services \u2013 item 5".encode("cp1252"), sha256="x", media_type="text"
    )
    assert cp.lines[0].text == "Director of Children\u2019s Services \u2013 item 5"
    bom = extract_bytes(b"\xef\xbb\xbfMinutes", sha256="x", media_type="text")
    assert bom.lines[0].text == "Minutes"


def test_controls_and_zero_width_removed() -> None:
    doc = extract_bytes("Cllr\u200b Smith\x07 left\u00ad".encode(), sha256="x", media_type="text")
    assert doc.lines[0].text == "Cllr Smith left"


def test_real_sample_with_ai_markers(tmp_path: Path) -> None:
    path = SAMPLES / "lancashire_improvement-board_2017-08-01.txt"
    doc = extract_path(path)
    raw = path.read_text(encoding="utf-8")
    assert doc.media_type == "text" and doc.page_count == 1
    texts = [line.text for line in doc.lines]
    assert texts[0] == "Lancashire Children's Services Improvement Board"
    assert "\tLancashire County Council" in texts  # cell TABs survive
    assert "<AI1>" in texts  # the export's item markers are the parser's to use
    assert len(doc.text) <= len(raw)


def test_capitals_are_heading_cues() -> None:
    doc = extract_bytes(
        b"NORTHMOOR DISTRICT COUNCIL\n\nPRESENT:  Councillor R J Ashworth\n12.   APOLOGIES FOR ABSENCE\nText.",
        sha256="x",
        media_type="text",
    )
    cues = {line.text: line.heading for line in doc.lines if line.text}
    assert cues == {
        "NORTHMOOR DISTRICT COUNCIL": True,
        "PRESENT:  Councillor R J Ashworth": False,
        "12.   APOLOGIES FOR ABSENCE": True,
        "Text.": False,
    }
