"""ModernGov parsers on the real samples in tests/fixtures/moderngov/ (see SOURCES.md there)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minutebook.fetch.platforms.moderngov_parse import (
    WebServiceError,
    build_minutes_html,
    is_meeting_minutes_doc,
    is_xml_document,
    meeting_status,
    normalise_attendance,
    page_headings,
    page_labels,
    page_links,
    parse_agenda_item_page,
    parse_attendance_page,
    parse_committee_list,
    parse_committees_xml,
    parse_meeting_links,
    parse_meeting_page,
    parse_meeting_xml,
    parse_meetings_xml,
    parse_time,
    parse_title_line,
    resolve_href,
    xml_root,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "moderngov"
PAGE = "https://democracy.example.gov.uk/moderngov/ieDecisionDetails.aspx?ID=1"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def test_every_real_sample_is_covered_here() -> None:
    source = Path(__file__).read_text()
    # the CMIS samples beside them are covered by tests/unit/test_cmis_parse.py
    names = sorted(
        p.name for p in SAMPLES.iterdir() if p.suffix in (".xml", ".html") and not p.name.startswith("cmis_")
    )
    assert len(names) == 10
    assert [n for n in names if n not in source] == []


# --------------------------------------------------------------------------- web service


def test_get_committees_manchester() -> None:
    committees = parse_committees_xml(sample("ws_GetCommittees_manchester_trimmed.xml"))
    assert [(c.id, c.title, c.expired, c.deleted) for c in committees] == [
        ("312", "Appointment Sub Committee for Director of Adult Social Services", True, False),
        ("163", "Art Galleries Committee", False, False),
        ("144", "Audit Committee", False, False),
    ]
    assert committees[2].category == "Governance and Decision Making Committees"


def test_get_meetings_manchester_cid144() -> None:
    rows = parse_meetings_xml(sample("ws_GetMeetings_manchester_cid144_trimmed.xml"))
    assert [
        (r.meeting_id, r.committee_id, r.committee_title, r.meeting_date, r.status_raw, r.start_time)
        for r in rows
    ] == [
        ("4966", "144", "Audit Committee", date(2026, 1, 13), "Cancelled", "10:00"),
        ("4967", "144", "Audit Committee", date(2026, 2, 10), "Confirmed", "10:00"),
    ]
    today = date(2026, 3, 1)
    assert [meeting_status(r.status_raw, None, r.meeting_date, today) for r in rows] == ["cancelled", "held"]


def test_get_meeting_4967_with_minutes() -> None:
    m = parse_meeting_xml(sample("ws_GetMeeting_manchester_4967_trimmed.xml"))
    assert (m.meeting_id, m.meeting_date, m.status_raw) == ("4967", date(2026, 2, 10), "Confirmed")
    assert (m.start_time, m.end_time) == ("10:00", "14:00")
    assert m.location == "Council Antechamber, Level 2, Town Hall Extension"
    assert m.minutes_published is True and m.committee_title == "Audit Committee"
    assert [(i.item_id, i.number, i.title, i.minutes_number) for i in m.agenda_items] == [
        ("18831", "1.", "Minutes", "1"),
        ("18833", "9.", "Work Programme", "9"),
    ]
    # the escaped HTML inside the XML comes out as HTML, parsed once
    assert m.agenda_items[1].minutes_html.startswith('<div class="WordSection1">')
    assert "future Work\nProgramme for the remainder of 2025/26" in m.agenda_items[1].minutes_html
    doc = m.agenda_items[0].documents[0]
    assert doc.attachment_id == "60860"
    assert doc.title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"  # doubled space normalised
    assert doc.url == "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"
    assert doc.owner_title == "Minutes" and doc.is_url is False
    (att,) = m.attendees
    assert (att.name, att.role, att.attendance, att.member_id) == (
        "Councillor Basil Curley",
        "Committee Member",
        "Expected",
        "192",
    )
    assert normalise_attendance(att.attendance) is None


def test_previous_meetings_minutes_are_not_this_meetings() -> None:
    m = parse_meeting_xml(sample("ws_GetMeeting_manchester_4967_trimmed.xml"))
    docs = [(d, i.title) for i in m.agenda_items for d in i.documents]
    assert [is_meeting_minutes_doc(d.title, d.owner_title, m.meeting_date) for d, _ in docs] == [False, False]
    assert is_meeting_minutes_doc("Minutes", "Work Programme", date(2026, 2, 10))
    assert is_meeting_minutes_doc(
        "Printed minutes 10th-Feb-2026 10.00 Audit Committee", None, date(2026, 2, 10)
    )
    assert not is_meeting_minutes_doc(
        "Printed minutes 25th-Nov-2025 10.00 Audit Committee", None, date(2026, 2, 10)
    )


def test_get_meeting_4966_cancelled() -> None:
    m = parse_meeting_xml(sample("ws_GetMeeting_manchester_4966_cancelled_trimmed.xml"))
    assert (m.meeting_id, m.status_raw, m.agenda_items, m.minutes_published) == (
        "4966",
        "Cancelled",
        [],
        False,
    )
    assert m.start_time == "10:00" and m.committee_title is None
    assert m.attendees[0].name == "Councillor Basil Curley"
    assert meeting_status(m.status_raw, None, m.meeting_date, date(2026, 3, 1)) == "cancelled"
    assert build_minutes_html("Audit Committee", m.meeting_date, None, m.agenda_items) is None


def test_election_results_is_xml_but_not_a_meetings_answer() -> None:
    body = sample("ws_GetElectionResults_kirklees_397.xml")
    assert is_xml_document(body)
    root = xml_root(body)
    assert root.tag == "election" and root.findtext("title") == "Batley East Ward by-election"
    assert root.findtext("candidatecount").strip() == "5"
    with pytest.raises(WebServiceError):
        parse_meetings_xml(body)


def test_html_error_page_is_not_xml() -> None:
    for body in (
        b"<!DOCTYPE html><html><body>Error</body></html>",
        b"  <html><head></head></html>",
        b"Error",
    ):
        assert not is_xml_document(body)
        with pytest.raises(WebServiceError):
            parse_committees_xml(body)
    with pytest.raises(WebServiceError):
        xml_root(b"<?xml version='1.0'?><committees><broken></committees>")


# --------------------------------------------------------------------------- HTML (real fragments)


def test_decision_page_policy_committee() -> None:
    html = sample("page_ieDecisionDetails_fragment_policy_committee.html").decode()
    assert page_headings(html) == ("Decision details", "Minutes of Previous Meeting")
    labels = page_labels(html)
    assert labels["Decided at meeting"] == "19/10/2015 - Policy Committee"
    assert (
        labels["Date of decision"] == "19/10/2015" and labels["Decision status"] == "Recommendations Approved"
    )
    (meeting,) = parse_meeting_links(html, PAGE)
    assert (meeting.meeting_id, meeting.committee_id, meeting.meeting_date) == (
        "4832",
        "151",
        date(2015, 10, 19),
    )
    assert meeting.url == "https://democracy.example.gov.uk/moderngov/ieListDocuments.aspx?CId=151&MID=4832"
    doc = next(link for link in page_links(html, PAGE) if "documents/" in link.url)
    # relative to the sub-path page, raw spaces encoded, file-size span stripped from the text
    assert doc.url == "https://democracy.example.gov.uk/moderngov/documents/s7942/polc2%20-%2023.09.2015.pdf"
    assert doc.text == "polc2 - 23.09.2015"


def test_decision_page_officer_decision_kirklees() -> None:
    html = sample("page_ieDecisionDetails_fragment_officer_decision_kirklees.html").decode()
    assert page_headings(html)[1] == "Appointment of contractor to demolish Holme Park Court"
    labels = page_labels(html)
    assert labels["Decision Maker"] == "Service Director - Homes & Neighbourhoods"
    assert labels["Date of decision"] == "27/07/2021"
    assert parse_meeting_links(html, PAGE) == []


def test_decision_page_purpose_and_decision() -> None:
    html = sample("page_ieDecisionDetails_fragment_purpose_and_decision.html").decode()
    labels = page_labels(html)
    assert labels["Decision Maker"] == "Strategic Director for Environment"
    assert labels["Is Key decision?"] == "Yes" and labels["Publication date"] == "05/08/2026"


def test_decisions_list_kirklees_hidden_ref_stripped() -> None:
    html = sample("page_decisions_list_table_kirklees_fragment.html").decode()
    links = page_links(html, PAGE)
    assert [(link.page, link.params.get("id") or link.params.get("iid")) for link in links] == [
        ("iedecisiondetails.aspx", "13567"),
        ("iedecisiondetails.aspx", "13149"),
        ("mgissuehistoryhome.aspx", "6535"),
    ]
    assert links[1].text == "Admission of the Public"  # " ref: 13149" was span.mgHide
    assert links[0].text.endswith("Railway Street, Huddersfield")


def test_officer_decisions_list() -> None:
    html = sample("page_officer_decisions_list_table_fragment.html").decode()
    (link,) = page_links(html, PAGE)
    assert (link.text, link.params) == ("Admission of the Public", {"id": "13149"})


# --------------------------------------------------------------------------- HTML (SPEC shapes)


def test_title_line_forms() -> None:
    t = parse_title_line("Council - Wednesday, 15th March, 2023 7.00 pm")
    assert (t.committee, t.meeting_date, t.start_time, t.cancelled) == (
        "Council",
        date(2023, 3, 15),
        "19:00",
        False,
    )
    t = parse_title_line("Planning - Sub Committee - Monday, 1st May, 2023 10.30 am, CANCELLED")
    assert (t.committee, t.meeting_date, t.start_time, t.cancelled) == (
        "Planning - Sub Committee",
        date(2023, 5, 1),
        "10:30",
        True,
    )
    t = parse_title_line("Cabinet - Tuesday, 2nd June, 2020")
    assert (t.meeting_date, t.start_time) == (date(2020, 6, 2), None)
    assert parse_title_line("Audit - Thursday, 3rd Sept, 2020 POSTPONED").cancelled


def test_times_and_statuses() -> None:
    assert [parse_time(x) for x in ("10.00 am", "12.00 pm", "12.15 am", "7 pm", "14:30", "")] == [
        "10:00",
        "12:00",
        "00:15",
        "19:00",
        "14:30",
        None,
    ]
    raw = [
        "Present",
        "Present, as expected",
        "Apologies, sent substitute",
        "Absent",
        "In attendance",
        "Expected",
        "?",
    ]
    assert [normalise_attendance(r) for r in raw] == [
        "present",
        "present",
        "apologies",
        "absent",
        "in_attendance",
        None,
        None,
    ]
    today = date(2026, 1, 1)
    assert meeting_status("Confirmed", None, date(2026, 2, 1), today) == "scheduled"
    assert meeting_status("Postponed", None, date(2025, 2, 1), today) == "cancelled"
    assert (
        meeting_status(None, "Council - Monday, 1st May, 2023, CANCELLED", date(2023, 5, 1), today)
        == "cancelled"
    )


def test_resolve_href_sub_path_and_spaces() -> None:
    page = "https://www.torbay.gov.uk/DemocraticServices/ieListMeetings.aspx?CId=1&Year=0"
    assert resolve_href(page, "documents/g123/Printed minutes 5th-Mar-2024.pdf?T=1#x") == (
        "https://www.torbay.gov.uk/DemocraticServices/documents/g123/Printed%20minutes%205th-Mar-2024.pdf?T=1"
    )
    assert resolve_href(page, "ieListDocuments.aspx?CId=1&amp;MId=2") == (
        "https://www.torbay.gov.uk/DemocraticServices/ieListDocuments.aspx?CId=1&MId=2"
    )


MEETING_PAGE = """<html><body><div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Cabinet - Wednesday, 15th March, 2023 7.00 pm</h2></div>
<div class="mgLinks"><ul class="mgActionList">
<li><a href="documents/g501/Agenda frontsheet 15th-Mar-2023 19.00 Cabinet.pdf?T=10">Agenda frontsheet <span class="mgFileSize">PDF 90 KB</span></a></li>
<li><a href="documents/g501/Printed minutes 15th-Mar-2023 19.00 Cabinet.pdf?T=1">Printed minutes <span class="mgFileSize">PDF 120 KB</span></a></li>
<li><a href="documents/g501/Decisions 15th-Mar-2023 19.00 Cabinet.pdf?T=2">Printed decisions</a></li>
<li><a href="mgMeetingAttendance.aspx?ID=501">Attendance details</a></li></ul></div>
<div class="mgContent"><p><span class="mgLabel">Venue: </span>Committee Room 1, Town Hall</p>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">1.</p></td><td>
<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="mgAi.aspx?ID=9001">Apologies for absence</a></p>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>Apologies were received from Councillor Jones.</p></div>
</td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">2.</p></td><td>
<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="documents/s77/Budget report.pdf">Budget <span class="mgFileSize">PDF 500 KB</span></a></p>
<div class="mgWordPara"><p>To consider the budget.</p></div>
<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>The Cabinet considered the budget ...</p>
<a href="mgAi.aspx?ID=9002">view the full minutes text for item 2.</a></div>
</td></tr>
<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">3.</p></td><td><p class="mgAiTitleTxt">Any other business</p></td></tr>
</table></div></div></body></html>"""


def test_meeting_page() -> None:
    url = "https://council.example.gov.uk/moderngov/ieListDocuments.aspx?CId=12&MId=501&Ver=4"
    page = parse_meeting_page(MEETING_PAGE, url)
    assert (page.heading, page.committee_name, page.meeting_date, page.start_time) == (
        "Agenda and minutes",
        "Cabinet",
        date(2023, 3, 15),
        "19:00",
    )
    assert page.venue == "Committee Room 1, Town Hall" and not page.cancelled and page.committee_id == "12"
    assert [(d.url, d.title) for d in page.minutes_links] == [
        (
            "https://council.example.gov.uk/moderngov/documents/g501/Printed%20minutes%2015th-Mar-2023%2019.00%20Cabinet.pdf?T=1",
            "Printed minutes",
        )
    ]
    assert page.attendance_url == "https://council.example.gov.uk/moderngov/mgMeetingAttendance.aspx?ID=501"
    assert [(i.number, i.title, i.item_id) for i in page.items] == [
        ("1.", "Apologies for absence", "9001"),
        ("2.", "Budget", "9002"),
        ("3.", "Any other business", None),
    ]
    assert (
        page.items[0].minutes_html
        == '<div class="mgWordPara"><p>Apologies were received from Councillor Jones.</p></div>'
    )
    assert page.items[1].full_minutes_url.endswith("/moderngov/mgAi.aspx?ID=9002")
    assert page.items[2].minutes_html is None
    html = build_minutes_html("Cabinet", page.meeting_date, "19:00", page.items).decode()
    assert "<h2>1. Apologies for absence</h2>" in html and "Councillor Jones" in html
    assert "Any other business" not in html
    assert (
        html == build_minutes_html("Cabinet", page.meeting_date, "19:00", page.items).decode()
    )  # deterministic


def test_committee_and_meeting_lists_and_item_and_attendance_pages() -> None:
    base = "https://council.example.gov.uk/moderngov/"
    committees = parse_committee_list(
        '<div id="modgov"><a href="mgCommitteeDetails.aspx?ID=12">Cabinet</a>'
        '<a href="ieListMeetings.aspx?CommitteeId=12">Cabinet</a><a href="ieListMeetings.aspx?CId=7&amp;Year=0">Council</a></div>',
        base + "mgListCommittees.aspx",
    )
    assert [(c.id, c.title) for c in committees] == [("12", "Cabinet"), ("7", "Council")]
    links = parse_meeting_links(
        '<ul><li><a href="ieListDocuments.aspx?CId=7&amp;mid=88">15 Mar 2023 7.00 pm</a></li>'
        '<li><a href="ieListDocuments.aspx?CId=7&amp;MId=89&amp;Ver=4">1 May 2023 7.00 pm CANCELLED</a></li></ul>',
        base + "ieListMeetings.aspx?CId=7&Year=2023",
    )
    assert [(m.meeting_id, m.meeting_date, m.start_time, m.cancelled) for m in links] == [
        ("88", date(2023, 3, 15), "19:00", False),
        ("89", date(2023, 5, 1), "19:00", True),
    ]
    title, minutes = parse_agenda_item_page(
        '<div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1><h2 class="mgSubTitleTxt">Budget</h2>'
        '<div class="mgContent"><p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara"><p>Full text.</p></div>'
        '<p class="mgSubItemTitleTxt">Supporting documents:</p><ul class="mgBulletList"><li>x</li></ul></div></div>'
    )
    assert title == "Budget" and minutes == '<div class="mgWordPara"><p>Full text.</p></div>'
    rows = parse_attendance_page(
        '<table summary="Table of meeting attendance"><thead><tr><th>Attendee</th><th>Role</th><th>Attendance</th></tr>'
        '</thead><tbody><tr><td><a href="mgUserInfo.aspx?UID=5">Councillor Ann Lee</a></td><td>Chair</td><td>Present</td></tr>'
        "<tr><td>Jo Bloggs</td><td>Officer</td><td>In attendance</td></tr></tbody></table>"
    )
    assert [(r.name, r.role, r.attendance, r.member_id) for r in rows] == [
        ("Councillor Ann Lee", "Chair", "Present", "5"),
        ("Jo Bloggs", "Officer", "In attendance", None),
    ]
