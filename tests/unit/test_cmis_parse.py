"""CMIS parsers on the real Birmingham samples in tests/fixtures/moderngov/ (see SOURCES.md there)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minutebook.fetch.platforms.cmis_parse import (
    CalendarModule,
    calendar_module,
    documents_url,
    is_minutes_title,
    meeting_ref,
    meetings_page_links,
    module_id,
    parse_list_view,
    parse_meeting_page,
    parse_month_page,
    summary_fields,
    summary_url,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "moderngov"
SITE = "https://birmingham.cmis.uk.com/birmingham"
MEETING_15042 = f"{SITE}/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/SelectedTab/Documents/Default.aspx"


def _sample(name: str) -> str:
    return (SAMPLES / f"cmis_page_{name}_birmingham_trimmed.html").read_text(encoding="utf-8")


def test_list_view_rows_from_the_real_page() -> None:
    rows = parse_list_view(_sample("MeetingCalendarListView"), f"{SITE}/Meetings.aspx")
    assert [
        (r.meeting_id, r.committee_id, r.committee_name, r.meeting_date, r.start_time, r.venue) for r in rows
    ] == [
        ("15042", "4", "Planning Committee", date(2026, 7, 9), "11:00", "Committee Rooms 3 & 4"),
        ("15115", "38", "Standards Committee", date(2026, 7, 23), "14:00", "Committee Room 2"),
    ]
    assert rows[0].url == MEETING_15042
    assert not any(r.cancelled_hint for r in rows)


def test_module_recovered_from_a_real_meeting_link() -> None:
    page = _sample("MeetingCalendarListView")
    module = calendar_module(page, f"{SITE}/Meetings.aspx")
    assert module == CalendarModule(f"{SITE}/Meetings/tabid/70", "70", "397")
    assert module.from_link
    assert module.month_url(date(2026, 6, 17)) == (
        f"{SITE}/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2026-06-01/Default.aspx"
    )
    assert (
        module.list_view_url() == f"{SITE}/Meetings/tabid/70/Default.aspx?ctl=MeetingCalendarListView&mid=397"
    )
    # the element ids carry the module id too (dnn_ctr397_MeetingCalendarPublicList_…)
    assert module_id(page) == "397"


def test_module_from_form_field_names_and_the_page_url() -> None:
    page = (
        '<form action="/x/Meetings/tabid/81/Default.aspx"><input name="dnn$ctr512$MeetingCalendarPublic$hdnDate">'
        "<a href=\"javascript:__doPostBack('x','')\">Next</a></form>"
    )
    module = calendar_module(page, "https://cmis.example.gov.uk/x/Meetings.aspx")
    assert module is not None and not module.from_link
    assert (module.prefix, module.tab_id, module.module_id) == (
        "https://cmis.example.gov.uk/x/Meetings/tabid/81",
        "81",
        "512",
    )
    assert calendar_module("<p>no module here</p>", "https://cmis.example.gov.uk/x/") is None
    assert calendar_module(page, "https://cmis.example.gov.uk/x/", meeting_links_only=True) is None


def test_month_page_takes_the_year_from_the_month_asked_for() -> None:
    rows = parse_month_page(_sample("MeetingCalendarPublicNoJava_month"), SITE + "/", date(2026, 6, 1))
    assert [(r.meeting_id, r.committee_id, r.committee_name, r.meeting_date, r.start_time) for r in rows] == [
        ("15028", "6", "Licensing Sub-Committee A", date(2026, 6, 8), "10:00"),
        ("15029", "7", "Licensing Sub-Committee B", date(2026, 6, 9), "10:00"),
        ("15030", "7", "Licensing Sub-Committee B", date(2026, 6, 9), "12:00"),
        ("15099", "4", "Planning Committee", date(2026, 6, 30), "14:00"),
    ]
    assert all(r.venue is None for r in rows)  # the month calendar has no venue column
    # the same page asked for as June 2019 (the heading carries no year)
    assert parse_month_page(_sample("MeetingCalendarPublicNoJava_month"), SITE + "/", date(2019, 6, 1))[
        0
    ].meeting_date == date(2019, 6, 8)


def test_month_page_padding_days_of_a_neighbouring_year() -> None:
    page = (
        '<table><tr><td class="SimpleCalendarDate">Friday, 1 January</td><td><p class="Meeting">'
        '<a href="/c/Meetings/tabid/1/ctl/ViewMeetingPublic/mid/2/Meeting/9/Committee/3/Default.aspx">'
        "18:00 Full Council (Cancelled)</a></p></td></tr></table>"
    )
    (row,) = parse_month_page(page, "https://h/c/", date(2026, 12, 1))
    assert (row.meeting_date, row.committee_name, row.cancelled_hint) == (
        date(2027, 1, 1),
        "Full Council",
        True,
    )


def test_meeting_summary_keys_on_label_text_not_classes() -> None:
    page = _sample("ViewMeetingPublic_summary")
    assert summary_fields(page) == {
        "Committee": "Licensing Sub-Committee A",
        "Date/Time": "3 Aug 2026 - 10:00",
        "Status": "Scheduled",  # in a div.Value.Venue
        "Venue": "On-line meeting",  # in a holder nested inside the Status holder
    }
    summary = parse_meeting_page(page, MEETING_15042)
    assert (
        summary.committee_name,
        summary.meeting_date,
        summary.start_time,
        summary.status_raw,
        summary.venue,
    ) == (
        "Licensing Sub-Committee A",
        date(2026, 8, 3),
        "10:00",
        "Scheduled",
        "On-line meeting",
    )
    assert summary.has_summary
    (doc,) = summary.documents
    assert doc.title == "Minutes of the previous meeting"
    assert doc.url == f"{SITE}/Document.ashx?czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2A"
    assert not doc.is_minutes  # an agenda item of this meeting, not its minutes


def test_documents_tab_lists_titles_sizes_and_opaque_urls() -> None:
    summary = parse_meeting_page(_sample("ViewMeetingPublic_documents"), MEETING_15042)
    assert not summary.has_summary  # the Documents tab sample has no holders
    assert [(d.title, d.url, d.size, d.is_minutes) for d in summary.documents] == [
        (
            "Final Planning Minutes 16042026",
            "https://birmingham.cmis.uk.com/Birmingham/Document.ashx?id=abc123",
            "156Kb",
            True,
        ),
        (
            "Final Agenda Reports - 9th July 2026",
            "https://birmingham.cmis.uk.com/Birmingham/Document.ashx?id=def456",
            "2Mb",
            False,
        ),
    ]


@pytest.mark.parametrize(
    ("title", "minutes"),
    [
        ("Printed minutes 10 Jan 2025 Cabinet", True),
        ("Minutes", True),
        ("Draft Minutes - 9 July 2026", True),
        ("Minutes of the previous meeting", False),
        ("Agenda Reports Pack - 9 Jul 2026", False),
        ("Agenda and Minutes front sheet", False),
        ("Public reports pack", False),
        ("Decision notice", False),
    ],
)
def test_minutes_titles(title: str, minutes: bool) -> None:
    assert is_minutes_title(title) is minutes


def test_dnn_meeting_urls() -> None:
    ref = meeting_ref(MEETING_15042)
    assert ref is not None and (ref.meeting_id, ref.committee_id) == ("15042", "4")
    assert meeting_ref(f"{SITE}/Meetings/tabid/70/Default.aspx") is None
    summary = summary_url(MEETING_15042)
    assert (
        summary
        == f"{SITE}/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/Default.aspx"
    )
    assert documents_url(summary) == MEETING_15042
    assert documents_url(MEETING_15042) == MEETING_15042


def test_meetings_page_found_from_the_home_page_navigation() -> None:
    home = (
        '<ul><li><a href="/w/Home/tabid/36/Default.aspx">Home</a></li>'
        '<li><a href="/w/Councillors/tabid/62/Default.aspx">Councillors</a></li>'
        '<li><a href="/w/Calendar/tabid/70/Default.aspx">Meetings</a></li>'
        '<li><a href="/w/Meetings/tabid/88/Default.aspx">Meeting archive</a></li></ul>'
    )
    assert meetings_page_links(home, "https://cmis.example.gov.uk/w/") == [
        "https://cmis.example.gov.uk/w/Calendar/tabid/70/Default.aspx",
        "https://cmis.example.gov.uk/w/Meetings/tabid/88/Default.aspx",
    ]


def test_module_on_a_friendly_url_page_takes_the_tab_id_from_its_scripts() -> None:
    page = (
        '<form action="/norfolkcc/Meetings.aspx"><input name="dnn$ctr1077$MeetingCalendarPublic$hdnDate">'
        '<script>dnn.setVar("tabId", "1041");</script></form>'
    )
    module = calendar_module(page, "https://norfolkcc.cmis.uk.com/norfolkcc/Meetings.aspx")
    assert module is not None and not module.from_link
    assert module.month_url(date(2026, 3, 9)) == (
        "https://norfolkcc.cmis.uk.com/norfolkcc/Meetings/tabid/1041/ctl/MeetingCalendarPublicNoJava"
        "/mid/1077/Date/2026-03-01/Default.aspx"
    )
