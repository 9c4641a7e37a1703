"""The parse grammars piece by piece, on small texts written in the layouts councils use."""

from __future__ import annotations

import pytest

from minutebook.parse import parse_text
from minutebook.parse.meeting import parse_date, parse_time


def _people(text: str) -> list[tuple[str, str | None, str, bool]]:
    return [(a.name, a.title, a.status, a.partial) for a in parse_text(text).attendance]


def test_inline_list_with_plural_honorific_and_roles() -> None:
    got = _people(
        "Present: Councillors N Ferrand (Chair), L Obi and W Stanhope\n\n"
        "Officers present: Mrs K Dawlish (Licensing Team Leader), Mr A Petrou\n"
        "(Legal Adviser) and Miss R Unwin (Democratic Services)\n"
    )
    assert got == [
        ("N Ferrand", "Councillor", "present", False),
        ("L Obi", "Councillor", "present", False),
        ("W Stanhope", "Councillor", "present", False),
        ("K Dawlish", "Mrs", "in_attendance", False),
        ("A Petrou", "Mr", "in_attendance", False),
        ("R Unwin", "Miss", "in_attendance", False),
    ]
    entries = parse_text("Present: Councillors N Ferrand (Chair), L Obi and W Stanhope\n").attendance
    assert entries[0].role == "Chair" and entries[0].span is not None


def test_one_per_line_with_dash_roles_and_partial() -> None:
    text = (
        "PRESENT\nCounty Councillor Mrs M Ellery (Chairman)\nCounty Councillor B Dunmore (part)\n"
        "Revd P Ambrose  –  Diocesan Representative (co-opted)\n\nIN ATTENDANCE\n"
        "County Councillor T Holgate  –  Cabinet Member for Children's Services (for\nitem 5)\n\n"
        "APOLOGIES FOR ABSENCE\nCounty Councillor L Price\n\n1.   MINUTES\n\nThe minutes were agreed.\n"
    )
    entries = parse_text(text).attendance
    got = [(a.name, a.title, a.role, a.status, a.partial) for a in entries]
    assert got == [
        ("M Ellery", "County Councillor Mrs", "Chairman", "present", False),
        ("B Dunmore", "County Councillor", None, "present", True),
        ("P Ambrose", "Revd", "Diocesan Representative (co-opted)", "present", False),
        ("T Holgate", "County Councillor", "Cabinet Member for Children's Services", "in_attendance", True),
        ("L Price", "County Councillor", None, "apologies", False),
    ]


def test_name_and_role_on_consecutive_lines() -> None:
    text = (
        "Present:\n\tCounty Councillor Geoff Driver CBE\n\tLancashire County Council\n\n"
        "\tAlison Aylott\n\tPrimary Schools\n\nApologies:\n\n\t Stephen Cox\n\tSecondary Schools\n\n\n"
        "1.\nWelcome and Introductions\n\nThe Chair welcomed everyone.\n"
    )
    entries = parse_text(text).attendance
    assert [(a.name, a.title, a.role, a.status) for a in entries] == [
        ("Geoff Driver", "County Councillor CBE", "Lancashire County Council", "present"),
        ("Alison Aylott", None, "Primary Schools", "present"),
        ("Stephen Cox", None, "Secondary Schools", "apologies"),
    ]


def test_tab_rows_and_status_column() -> None:
    text = (
        "Members present:\nCllr Helen Marchbank\tChair; Cabinet Member for Children\nDr Fiona Hales\tDesignated Doctor\n\n"
        "Attendance\nName\tRole\tAttendance\nCouncillor Anwen Beddoe\tCommittee Member\tApologies\n"
        "Councillor Luke Hanratty\tSubstitute\tPresent as Substitute\nCouncillor Niamh Kehoe\tMember\tAbsent\n"
        "Councillor Ann Other\tMember\tExpected\n"
    )
    got = [(a.name, a.role, a.status) for a in parse_text(text).attendance]
    assert got == [
        ("Helen Marchbank", "Chair; Cabinet Member for Children", "present"),
        ("Fiona Hales", "Designated Doctor", "present"),
        ("Anwen Beddoe", "Committee Member", "apologies"),
        ("Luke Hanratty", "Substitute", "present"),
        ("Niamh Kehoe", "Member", "absent"),
    ]


def test_sentences_for_apologies_substitutes_absence_and_partial() -> None:
    text = (
        "Present: Councillor A Smith (Chair), Councillor B Jones\n\n"
        "1. Apologies\n\nApologies for absence were received from Councillors C Patel and\nD Evans. "
        "Councillor E Ward attended as substitute for Councillor Patel. Cllr G Rowntree was absent.\n\n"
        "2. Minutes\n\nCouncillor Tom Hadley (Leader of the Opposition) was also present. "
        "Councillor Jones left the meeting at 7.55 pm.\n"
    )
    got = {(a.name, a.title, a.status, a.partial) for a in parse_text(text).attendance}
    assert got == {
        ("A Smith", "Councillor", "present", False),
        ("B Jones", "Councillor", "present", True),
        ("C Patel", "Councillor", "apologies", False),
        ("D Evans", "Councillor", "apologies", False),
        ("E Ward", "Councillor", "present", False),
        ("G Rowntree", "Cllr", "absent", False),
        ("Tom Hadley", "Councillor", "in_attendance", False),
    }


def test_apology_sentence_does_not_duplicate_a_listed_person() -> None:
    text = (
        "Apologies: Peter Evans, Cabinet Member\nJames Holden, DfE Unit\n\nApologies\n\n"
        "Apologies received from Councillor Mr Evans and Mr Holden.\n"
    )
    assert [(a.name, a.status) for a in parse_text(text).attendance] == [
        ("Peter Evans", "apologies"),
        ("James Holden", "apologies"),
    ]


def test_prose_never_becomes_people() -> None:
    text = (
        "Also present:\nTwo young people from the Children in Care Council\n\n"
        "In attendance: Mr D Fairclough (Town Clerk) and six members of the public.\n\n"
        "The meeting commenced at 10am.\n"
    )
    assert [(a.name, a.status) for a in parse_text(text).attendance] == [("D Fairclough", "in_attendance")]


def test_names_run_together_on_one_line_are_split() -> None:
    text = "Present: John O'Brien, WSCC County Councillor Nigel Peters, WSCC County Councillor Kieran Stigant, WSCC Chief Executive\n"
    assert [(a.name, a.role) for a in parse_text(text).attendance] == [
        ("John O'Brien", "WSCC County Councillor"),
        ("Nigel Peters", "WSCC County Councillor"),
        ("Kieran Stigant", "WSCC Chief Executive"),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wednesday, 10th May, 2017", "2017-05-10"),
        ("10 May 2017", "2017-05-10"),
        ("10/05/2017", "2017-05-10"),
        ("Tuesday 3 March 2020", "2020-03-03"),
        ("held on Wednesday 12 th September 2018 at", "2018-09-12"),
        ("WEDNESDAY, 10TH MAY, 2017", "2017-05-10"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    got = parse_date(text)
    assert got is not None and got[0] == iso


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("2.00 pm", "14:00"),
        ("14:00", "14:00"),
        ("10am", "10:00"),
        ("10.30 a.m.", "10:30"),
        ("1405 hours", "14:05"),
        ("12.47 pm", "12:47"),
        ("7.00PM", "19:00"),
        ("12 noon", "12:00"),
    ],
)
def test_times(text: str, hhmm: str) -> None:
    assert parse_time(text) == hhmm


def test_meeting_head() -> None:
    m = parse_text(
        "Cabinet - Wednesday, 15th March, 2023 7.00 pm\nVenue: Committee Room 1, The Guildhall. View directions\n\n"
        "Kelsford City Council\n\n101. Apologies\n\nNone.\n\nThe meeting ended at 8.42pm.\n"
    ).meeting
    assert (m.body, m.date, m.start_time, m.end_time) == ("Cabinet", "2023-03-15", "19:00", "20:42")
    assert m.venue == "Committee Room 1, The Guildhall" and m.council == "Kelsford City Council"
    m2 = parse_text(
        "NORTHMOOR DISTRICT COUNCIL\n\nMINUTES of a meeting of the PLANNING COMMITTEE held in the Council Chamber,\n"
        "Civic Centre, Northmoor on Monday, 14th June, 2021 at 6.00 pm\n\nPRESENT: Councillor R J Ashworth\n\n"
        "12. MINUTES\n\nThe next meeting will be held on 12 July 2021 at 7.00 pm.\n\nMeeting closed at 21:05\n"
    ).meeting
    assert (m2.council, m2.body, m2.date, m2.start_time, m2.end_time) == (
        "Northmoor District Council",
        "PLANNING COMMITTEE",
        "2021-06-14",
        "18:00",
        "21:05",
    )
    assert m2.venue == "Council Chamber, Civic Centre, Northmoor"


def test_action_markers() -> None:
    text = (
        "4.  Report\n\nThe Panel asked for a breakdown of caseloads.\nAction: Director of Children's Services\n\n"
        "It was agreed this would be an agenda item. **Action: Chairman / Scrutiny Officer**.\n\n"
        "ACTION: Cllr Venables to obtain two further quotations and report to the April meeting.\n\n"
        "Action by: Scrutiny Officer (target date: 31 March 2022)\n"
    )
    got = [(a.text, a.owners, a.due, a.due_date, a.agenda_item) for a in parse_text(text).actions]
    assert got[0] == (
        "The Panel asked for a breakdown of caseloads.",
        ["Director of Children's Services"],
        None,
        None,
        "4",
    )
    assert got[1][:2] == ("It was agreed this would be an agenda item.", ["Chairman", "Scrutiny Officer"])
    assert got[2][:3] == (
        "Cllr Venables to obtain two further quotations and report to the April meeting",
        ["Cllr Venables"],
        "the April meeting",
    )
    assert got[3][1:4] == (["Scrutiny Officer"], "31 March 2022", "2022-03-31")
    # prose commitments are not actions
    assert parse_text("Officers would report back to a future meeting.\n").actions == []


def test_action_list_and_tables() -> None:
    text = (
        "Actions:\n\n· CSE input to be on the agenda for the September meeting – Ian Whitehead.\n\n"
        "· To share Social Worker profiles with the Board - Chris Coyle/Amanda Hatton.\n\n"
        "ACTION POINTS\nMin\tAction\tOwner\tDue\n18/65\tReport pothole to Highways\tClerk\t21/09/2018\n"
        "18/70\tReply to the WI\tClerk / Cllr Angove\n\n"
        "| No.   | Item | Action                        | Owner                    | Due         |\n"
        "|-------|------|-------------------------------|--------------------------|-------------|\n"
        "| 24/07 | 4    | Include survey data in the    | Director of Primary Care | 27 Jun 2024 |\n"
        "|       |      | next update                   | and Community Services   |             |\n"
    )
    got = [(a.text, a.owners, a.due, a.agenda_item) for a in parse_text(text).actions]
    assert got == [
        (
            "CSE input to be on the agenda for the September meeting",
            ["Ian Whitehead"],
            "the September meeting",
            None,
        ),
        ("To share Social Worker profiles with the Board", ["Chris Coyle", "Amanda Hatton"], None, None),
        ("Report pothole to Highways", ["Clerk"], "21/09/2018", "18/65"),
        ("Reply to the WI", ["Clerk", "Cllr Angove"], None, "18/70"),
        (
            "Include survey data in the next update",
            ["Director of Primary Care and Community Services"],
            "27 Jun 2024",
            "4",
        ),
    ]


def test_resolutions() -> None:
    text = (
        "3.  Minutes\n\nRESOLVED: That the minutes be approved.\n\n"
        "5.  Bus Plan\n\n5.2 RESOLVED:\n(1) That the Plan be made.\n(2) That the Chief Executive be\n"
        "    authorised to agree amendments.\n\n"
        "6.  Licence\n\nRESOLVED that the licence be GRANTED subject to the following conditions:\n\n"
        "(a) no music after 23:00;\n(b) a door supervisor.\n\n"
        "7.  Report\n\nResolved – (1) that the report be noted; and (2) that the Committee write to the Cabinet Member.\n"
        "It was agreed that the Chair would write. The Committee noted the report. Dr Smith agreed to help.\n\n"
        "8.  Other\n\nThe Committee agreed:—\n(a) to note the progress; and\n(b) that a further report be submitted.\n"
    )
    got = [(d.text, d.agenda_item) for d in parse_text(text).decisions]
    assert got == [
        ("That the minutes be approved.", "3"),
        ("That the Plan be made.", "5"),
        ("That the Chief Executive be authorised to agree amendments.", "5"),
        ("that the licence be GRANTED subject to the following conditions:", "6"),
        ("that the report be noted", "7"),
        ("that the Committee write to the Cabinet Member.", "7"),
        ("It was agreed that the Chair would write.", "7"),
        ("to note the progress", "8"),
        ("that a further report be submitted.", "8"),
    ]


def test_agenda_items_as_printed() -> None:
    text = "19/142   PUBLIC PARTICIPATION\nTwo residents spoke.\n\n19/143   APOLOGIES\nNone.\n"
    assert [(i.number, i.title) for i in parse_text(text).agenda_items] == [
        ("19/142", "PUBLIC PARTICIPATION"),
        ("19/143", "APOLOGIES"),
    ]
    text2 = (
        "5 HOME CARE\n\n5(a) Home Care Market – Update\n\nText.\n\nItem 7  Any other business\n\nNone.\n\n"
        "5.1 The Director presented the report seeking approval to make\nthe plan.\n"
    )
    assert [(i.number, i.title) for i in parse_text(text2).agenda_items] == [
        ("5", "HOME CARE"),
        ("5(a)", "Home Care Market – Update"),
        ("7", "Any other business"),
    ]


def test_spans_point_at_the_source_text() -> None:
    text = "Present: Cllr A Smith, Cllr B Jones\n\n1. Minutes\n\nRESOLVED that the minutes be approved.\n"
    parsed = parse_text(text)
    for entry in [*parsed.attendance, *parsed.decisions]:
        assert entry.span is not None and entry.span.page == 1
        assert text[entry.span.start : entry.span.end].strip()
    assert "RESOLVED" in text[parsed.decisions[0].span.start : parsed.decisions[0].span.end]
