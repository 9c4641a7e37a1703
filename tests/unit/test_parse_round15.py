"""Parser round 15 (ordinary minutes): a membership list whose key is written meaning first in
brackets ("(Present = *)") with the mark in a column of its own, the City of London's civic ranks
("Deputy", "Sheriff") before a name, "District Cllrs" as a plural honorific, and "… were present"
sentences after a members' list closed by a full stop, and a "Publication date:" that is not the
meeting's."""

from __future__ import annotations

from minutebook.parse.names import split_honorifics
from tests.helpers.minutes import html_minutes, people, statuses


def test_meaning_first_mark_key_in_brackets_with_the_mark_in_its_own_column() -> None:
    text = (
        "MINUTES of the meeting of the POLICE AND CRIME PANEL held at 10.30 am on 15 September 2020.\n\n"
        "Elected Members:\n\n"
        "  (Present = *)\n\n"
        "*   Councillor Derek Rowntree (Chairman)\n"
        "*   Councillor Paul Kenyon\n"
        "    Councillor Robert Milner\n"
        "*   Councillor Valerie Chalk\n\n"
        "1.  APOLOGIES FOR ABSENCE\n\n"
        "Apologies were received from Councillor Robert Milner.\n"
    )
    assert statuses(text) == {
        "Derek Rowntree": "present",
        "Paul Kenyon": "present",
        "Robert Milner": "apologies",
        "Valerie Chalk": "present",
    }


def test_unmarked_member_of_a_bracketed_key_register_is_not_present() -> None:
    text = (
        "MINUTES of the meeting of the PANEL held at 2.00 pm on 1 March 2021.\n\n"
        "Members:\n\n"
        "(Present = *)\n\n"
        "*   Councillor Anne Bell\n"
        "    Councillor Carl Dunn\n\n"
        "1.  MINUTES\n\nAgreed.\n"
    )
    assert statuses(text) == {"Anne Bell": "present", "Carl Dunn": "absent"}


def test_city_civic_ranks_are_titles_before_a_forename_and_surname() -> None:
    assert split_honorifics("Deputy Jeremy Holcombe") == ("Deputy", "Jeremy Holcombe")
    assert split_honorifics("Sheriff Alison Quenby") == ("Sheriff", "Alison Quenby")
    # an office, not a rank: the name guard still refuses it
    assert split_honorifics("Deputy Chief Executive")[0] is None
    assert split_honorifics("Deputy Leader John Smith")[0] is None


def test_members_list_opening_with_deputy_and_sheriff() -> None:
    text = (
        "FINANCE COMMITTEE\n\nMonday, 13 January 2020 at 1.45 pm\n\n"
        "Present\n\n"
        "Members:\n"
        "Deputy Jeremy Holcombe (Deputy Chairman, in the Chair)\n"
        "Simon Carrow\n"
        "Sheriff Alison Quenby\n\n"
        "Officers:\n"
        "Joanna Thorpe           -   Town Clerk's Department\n\n"
        "1.   APOLOGIES\n     There were none.\n"
    )
    assert people(text) == {
        ("Jeremy Holcombe", "present"),
        ("Simon Carrow", "present"),
        ("Alison Quenby", "present"),
        ("Joanna Thorpe", "in_attendance"),
    }


_PARISH = [
    "Minutes of a meeting of Ashby Parish Council held on 5th May 2020 at 19:30",
    "Present: Cllrs P Ashby, K Brumby, D Carnell and B Wray.",
    "District Cllrs Hebb and Cottam were present",
    "Clerk to Council, Mrs C Scrimshaw and Assistant Clerk, Mrs L Odling were present",
    "No members of public were present",
    "1. APOLOGIES",
    "Apologies were received from Cllr E Pask.",
]
_PARISH_PEOPLE = {
    ("P Ashby", "present"),
    ("K Brumby", "present"),
    ("D Carnell", "present"),
    ("B Wray", "present"),
    ("Hebb", "in_attendance"),
    ("Cottam", "in_attendance"),
    ("C Scrimshaw", "in_attendance"),
    ("L Odling", "in_attendance"),
    ("E Pask", "apologies"),
}


def test_were_present_sentences_after_a_closed_members_list_text() -> None:
    assert people("\n".join(_PARISH) + "\n") == _PARISH_PEOPLE


def test_were_present_sentences_after_a_closed_members_list_html() -> None:
    body = "".join(f"<p>{x}</p>" for x in _PARISH)
    assert people(html_minutes(body)) == _PARISH_PEOPLE


def test_were_present_sentence_alone_still_reads_present() -> None:
    # with no members' list above it, "were present" names the members
    text = (
        "Minutes of a meeting of Ashby Parish Council held on 5th May 2020 at 19:30\n\n"
        "Cllrs Ashby, Brumby and Carnell were present.\n\n"
        "1. APOLOGIES\n\nNone.\n"
    )
    assert statuses(text) == {"Ashby": "present", "Brumby": "present", "Carnell": "present"}


def test_publication_date_is_not_the_meeting_date() -> None:
    # a decision page: the date it was published comes before the date of the meeting that decided it
    minutes = html_minutes(
        "<h1>Decision details</h1><h2>MINUTES</h2>"
        "<p>Decision Maker:\tCouncil</p><p>Decision:</p>"
        "<p>Apologies for absence were received from Councillor Anne Bell.</p>"
        "<p>Publication date: 19/02/2021</p><p>Date of decision: 18/02/2021</p>"
        "<p>Decided at meeting: 18/02/2021 - Council</p>"
    )
    assert str(minutes.meeting.date) == "2021-02-18"
