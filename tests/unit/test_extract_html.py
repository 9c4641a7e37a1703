"""HTML extraction on the saved ModernGov/CMIS fragments and on small pages written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract import detect_media_type, extract_bytes, extract_path

# byte-for-byte copies of shared/reference/moderngov/samples (provenance in SOURCES.md there)
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "moderngov"


def lines_of(html: str | bytes) -> list[str]:
    data = html.encode("utf-8") if isinstance(html, str) else html
    doc = extract_bytes(data, sha256="t", media_type="html")
    text = doc.text
    for line in doc.lines:
        assert text[line.start : line.end] == line.text
        assert line.page == 1
    return [line.text for line in doc.lines]


def sample(name: str) -> Path:
    return SAMPLES / name


def test_decision_details_labels_and_values() -> None:
    doc = extract_path(sample("page_ieDecisionDetails_fragment_policy_committee.html"))
    texts = [line.text for line in doc.lines]
    assert doc.media_type == "html" and doc.page_count == 1
    assert "Decision status: Recommendations Approved" in texts
    assert "Is Key decision?: No" in texts
    assert "Publication date: 22/10/2015" in texts  # &#47; decoded
    assert "Decided at meeting: 19/10/2015 - Policy Committee" in texts
    assert any(
        line.text == "Decision:" and line.heading for line in doc.lines
    )  # h3.mgSubSubTitleTxt is a heading cue
    assert (
        "The Minutes of the Policy Committee meeting on 23 September 2015 were approved as a correct record."
        in texts
    )
    # the action-link list and the file-size badge are page furniture
    assert not any("Find out more about this issue" in t for t in texts)
    assert not any("PDF 119 KB" in t for t in texts)


def test_word_paragraphs_and_entities_in_officer_decision() -> None:
    texts = [
        line.text
        for line in extract_path(
            sample("page_ieDecisionDetails_fragment_officer_decision_kirklees.html")
        ).lines
    ]
    assert "Decision Maker: Service Director - Homes & Neighbourhoods" in texts
    # a Word paragraph wrapped over three source lines is one line; the &nbsp; paragraph is gone
    assert (
        "The demolition of the existing tower blocks has been approved to support the regeneration of Berry Brow."
        in texts
    )
    assert "" not in texts


def test_mghide_suffix_is_stripped_and_rows_are_tab_joined() -> None:
    doc = extract_path(sample("page_decisions_list_table_kirklees_fragment.html"))
    texts = [line.text for line in doc.lines]
    assert not any("ref: 13567" in t or "ref: 13149" in t for t in texts)
    assert "Admission of the Public\t03/11/2025\t03/11/2025\tNot for call-in" in texts
    header = next(line for line in doc.lines if line.text.startswith("Title\t"))
    assert header.text == "Title\tDate\tEffective from\tCall-ins" and header.heading
    assert any(line.text == "Decisions published" and line.heading for line in doc.lines)  # caption


def test_cmis_summary_holders() -> None:
    texts = [
        line.text
        for line in extract_path(sample("cmis_page_ViewMeetingPublic_summary_birmingham_trimmed.html")).lines
    ]
    assert "Meeting Details" in texts
    assert "Committee:" in texts and "Licensing Sub-Committee A" in texts
    assert "3 Aug 2026 - 10:00" in texts
    assert "• Minutes of the previous meeting" in texts


AGENDA_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Agenda and minutes - Cabinet - Wednesday, 15th March, 2023 7.00 pm - Sandbury Borough Council</title>
<script>var mgMeetingMedia = {"Url": "x"};</script><style>.mgHide{display:none}</style></head>
<body>
<div id="skin-header"><nav><a href="/">Home</a> <a href="/council">Council</a></nav></div>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Cabinet - Wednesday, 15th March, 2023 7.00 pm</h2></div>
<ul class="mgActionList"><li><a href="mgMeetingAttendance.aspx?ID=1">Attendance details</a></li></ul>
<p><span class="mgLabel">Venue: </span>Committee Room 1, Town Hall</p>
<table class="mgItemTable">
<tr><th scope="col">No.</th><th scope="col">Item</th></tr>
<tr>
<td class="mgItemNumberCell"><p class="mgAiTitleTxt">7.</p></td>
<td><p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s1/report.pdf">Budget&nbsp;2023/24<span class="mgHide"> ref: 991</span></a>
<span class="mgFileSize">PDF 102 KB</span></p>
<div class="mgWordPara"><p>Report of the Director of Finance.</p></div>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
<p>The Leader introduced the   report.<br>Members asked questions.</p>
<p><b>RESOLVED:</b> That the budget be recommended to Council.</p>
<ul><li>Action: circulate the consultation summary &ndash; Director of Finance</li></ul>
<ol type="a"><li>first</li><li>second</li></ol>
<p>... <a href="mgAi.aspx?ID=12">view the full minutes text for item 7.</a></p>
</div></td></tr>
</table>
<div class="mgFooter"><p>Sandbury Borough Council, Town Hall</p></div>
</div>
<footer><p>Copyright Sandbury</p></footer>
</body></html>
"""


def test_moderngov_agenda_item_page_with_minutes_block() -> None:
    texts = lines_of(AGENDA_PAGE)
    assert (
        texts[0]
        == "Agenda and minutes - Cabinet - Wednesday, 15th March, 2023 7.00 pm - Sandbury Borough Council"
    )
    assert "Cabinet - Wednesday, 15th March, 2023 7.00 pm" in texts
    assert "Venue: Committee Room 1, Town Hall" in texts
    # number cell + title cell form one line; the rest of the item follows as lines of its own
    assert "7.\tBudget 2023/24" in texts
    k = texts.index("Minutes:")
    assert texts[k + 1 : k + 4] == [
        "The Leader introduced the report.",
        "Members asked questions.",
        "RESOLVED: That the budget be recommended to Council.",
    ]
    assert "• Action: circulate the consultation summary – Director of Finance" in texts
    assert "(a) first" in texts and "(b) second" in texts
    assert "... view the full minutes text for item 7." in texts
    for furniture in ("Home", "Attendance details", "PDF 102 KB", "Copyright Sandbury", "mgMeetingMedia"):
        assert not any(furniture in t for t in texts), furniture
    assert not any("ref: 991" in t for t in texts)


def test_heading_cues() -> None:
    doc = extract_bytes(AGENDA_PAGE.encode(), sha256="t", media_type="html")
    heads = {line.text for line in doc.lines if line.heading}
    assert {"Agenda and minutes", "Minutes:", "7.\tBudget 2023/24"} <= heads
    assert "Report of the Director of Finance." not in heads


def test_word_export_in_windows_1252_with_bold_headings_and_table() -> None:
    html = (
        '<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        "<style>p.MsoNormal{margin:0}</style></head><body lang=EN-GB><div class=WordSection1>"
        "<p class=MsoNormal><b>MINUTES OF THE HEALTH AND WELLBEING BOARD<o:p></o:p></b></p>"
        "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<table class=MsoTableGrid><tr><td><p class=MsoNormal>Cllr Margaret Eddowes<o:p></o:p></p></td>"
        "<td><p class=MsoNormal>Cabinet Member (Chair)<o:p></o:p></p></td></tr>"
        "<tr><td><p class=MsoNormal>Gwen Rudge</p></td><td><p class=MsoNormal>Director of Children\u2019s Services</p></td></tr>"
        "</table>"
        "<p class=MsoNormal><b>Time:</b> 2.00 pm<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp; </span><b>Venue:</b> Room 3</p>"
        "</div></body></html>"
    ).encode("cp1252")
    doc = extract_bytes(html, sha256="w", media_type="html")
    texts = [line.text for line in doc.lines]
    assert texts == [
        "MINUTES OF THE HEALTH AND WELLBEING BOARD",
        "Cllr Margaret Eddowes\tCabinet Member (Chair)",
        "Gwen Rudge\tDirector of Children\u2019s Services",
        "Time: 2.00 pm Venue: Room 3",
    ]
    assert doc.lines[0].heading and not doc.lines[3].heading


def test_moderngov_export_with_ai_markers() -> None:
    html = """<html><body>
<p>Lancashire Children's Services Improvement Board</p>
<AI1><table><tr><td><p>1.&nbsp;</p></td><td><p>Welcome and Introductions</p></td></tr></table>
<p>The Chair welcomed everyone to the meeting.</p></AI1>
<AI2><table><tr><td><p>2.</p></td><td><p>Minutes and actions</p></td></tr></table>
<p>Resolved:</p><p>The minutes were approved.</p><p>&middot; Share profiles - Chris Coyle.</p></AI2>
</body></html>"""
    assert lines_of(html) == [
        "Lancashire Children's Services Improvement Board",
        "1.\tWelcome and Introductions",
        "The Chair welcomed everyone to the meeting.",
        "2.\tMinutes and actions",
        "Resolved:",
        "The minutes were approved.",
        "· Share profiles - Chris Coyle.",
    ]


def test_nested_layout_table_and_hidden_text() -> None:
    html = """<html><body><table><tr><td>
<h2>Minutes</h2>
<table><tr><th>Name</th><th>Status</th></tr><tr><td>Cllr A Smith</td><td>Present</td></tr></table>
<p style="display: none">secret</p><p>Closing remarks.</p>
</td></tr></table></body></html>"""
    assert lines_of(html) == ["Minutes", "Name\tStatus", "Cllr A Smith\tPresent", "Closing remarks."]


def test_empty_and_broken_html_do_not_raise() -> None:
    assert lines_of(b"") == []
    assert lines_of(b"<html><body><p>unclosed <b>bold") == ["unclosed bold"]


@pytest.mark.parametrize(
    ("head", "ctype", "name", "expected"),
    [
        (b"<!DOCTYPE html><html>", None, "x", "html"),
        (b"\xef\xbb\xbf  <html lang=en>", None, "x", "html"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', None, "x", "html"),
        (b'<div id="modgov"><p>x</p></div>', None, "x", "html"),
        (b"Minutes of the meeting\n<AI1>\n1. Welcome", None, "x.txt", "text"),
        (b"Minutes<br>of the meeting", "text/html; charset=utf-8", "page", "html"),
        (b"Plain minutes", "text/plain", "minutes.txt", "text"),
        (b"%PDF-1.7\n", None, "x", "pdf"),
        (b"\x00\x01garbage", "application/pdf", "x.pdf", "pdf"),
    ],
)
def test_detect_media_type(head: bytes, ctype: str | None, name: str, expected: str) -> None:
    assert detect_media_type(head, ctype, name) == expected
