"""Round 21 parser rules (principal councils' full minutes, from the released held-out sets A and B):
ModernGov's attendance page heading "Attended", members marked "p"/"a" with no key (Hampshire's printed
minutes), a hyphenated surname named alone in an apologies sentence matched to the listed member, a
"Councillors:" label before a row of name columns separated by spaces, "Ward Member(s):" at a
planning committee, a singular "Councillor" over a list of surnames, "X (Role) attended the meeting",
"Meeting ended:" with its time on the next line, a bracketed "(Cllr X attended as substitute)" in an
apology sentence and the chair's line first under "PRESENT: -". Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse.attendance.headings import heading_status
from tests.helpers.minutes import statuses

_COUNTY = (
    "MIDSHIRE COUNTY COUNCIL\n\nMinutes of the Cabinet held on Monday, 6th February, 2023 at 10.00 am\n\n"
)


def test_attended_heading_over_a_name_and_representing_table() -> None:
    assert heading_status("Attended") == ("present", "")
    got = statuses(
        "Attendance Details\n\nAttended\n\nName\tRepresenting\n"
        "Councillor Linda Marr (Chairman)\tOusefield District Council\n"
        "Councillor Keith Abbott\tHolby Borough Council\n"
        "Mrs Anjali Rai\tIndependent Co-opted Member\n\n"
        "Apologies\n\nName\tRepresenting\nCouncillor Gail Moss\tWolds District Council\n\n"
        "1. Minutes\nAgreed.\n"
    )
    assert got == {
        "Linda Marr": "present",
        "Keith Abbott": "present",
        "Anjali Rai": "present",
        "Gail Moss": "apologies",
    }


def test_members_marked_p_and_a_without_a_key() -> None:
    got = statuses(
        _COUNTY + "                Chairman:\n            p Councillor Robert Ash\n\n"
        "  p Councillor Fiona Carr              p Councillor Edwin March\n"
        "  p Councillor Jan Lister-Boyd         a Councillor Sunil Vohra\n"
        "  p Councillor Neil Penn               *p Councillor Alan Foster\n\n"
        "*Present as a deputy\n\n181.  APOLOGIES FOR ABSENCE\n\nNone.\n"
    )
    assert got == {
        "Robert Ash": "present",
        "Fiona Carr": "present",
        "Edwin March": "present",
        "Jan Lister-Boyd": "present",
        "Sunil Vohra": "absent",
        "Neil Penn": "present",
        "Alan Foster": "present",
    }
    # a "p" opening prose is no register: too few marked cells, and not a titled person
    assert statuses(_COUNTY + "Present: Councillor Ann Bell\n\np Councillor Dee Fox\n\n1. Minutes\n") == {
        "Ann Bell": "present"
    }


def test_hyphenated_surname_alone_in_an_apology_sentence_is_the_listed_member() -> None:
    got = statuses(
        _COUNTY + "Apologies:\n\nCouncillor:      Zoe Marchant-Hale\n\n"
        "91    APOLOGIES FOR ABSENCE\n\n      91.1   Apologies were received from Councillor Marchant-Hale.\n\n"
        "92    MINUTES\nAgreed.\n"
    )
    assert got == {"Zoe Marchant-Hale": "apologies"}


def test_plural_honorific_label_before_space_separated_name_columns() -> None:
    got = statuses(
        _COUNTY + "PRESENT:\n\n"
        "Councillors:     Clive Arbor          Mick Fenn\n"
        "                 Peter Beck           Adrian Oakes\n\n"
        "Ward Member(s):\n\nCouncillor:      Bryony Keel\n\n1. Minutes\nAgreed.\n"
    )
    assert got == {
        "Clive Arbor": "present",
        "Mick Fenn": "present",
        "Peter Beck": "present",
        "Adrian Oakes": "present",
        "Bryony Keel": "in_attendance",
    }


def test_singular_councillor_title_over_a_list_of_surnames() -> None:
    got = statuses(
        _COUNTY + "Present: Councillor Okafor (Chair), Dunmore (Deputy Chair), Pellegrini (Opposition\n"
        "Spokesperson), Haddow and Yeo\n\nOther Members present: Councillor Whitcroft\n\n14  PROCEDURAL BUSINESS\n"
    )
    assert got == {
        "Okafor": "present",
        "Dunmore": "present",
        "Pellegrini": "present",
        "Haddow": "present",
        "Yeo": "present",
        "Whitcroft": "in_attendance",
    }
    # "Councillor Okafor, Chair, Finance and Resources": a name and its role, not a list
    assert statuses(_COUNTY + "Present: Councillor Okafor, Chair, Finance and Resources\n\n1. Minutes\n") == {
        "Okafor": "present"
    }


def test_attended_sentence_with_a_bracketed_role_or_after_a_label() -> None:
    got = statuses(
        _COUNTY + "Present: Councillor Ann Bell (Chair)\n\n5. Budget\n\n"
        "Councillor Deepak Raval (Leader of the Opposition) attended the meeting and spoke under Procedure "
        "Rule 22.\n\n6. Treasury\nMinutes:\nCouncillor Marcus Fenby, Deputy Leader, attended the meeting for "
        "this item.\nRESOLVED: That the strategy be approved.\n"
    )
    assert got == {"Ann Bell": "present", "Deepak Raval": "in_attendance", "Marcus Fenby": "in_attendance"}


def test_meeting_ended_label_with_the_time_on_the_next_line() -> None:
    from minutebook.parse import parse_text

    got = parse_text(
        _COUNTY + "Present: Councillor Ann Bell (Chair)\n\n1. Minutes\nAgreed.\n\n"
        "Meeting started:\t7.00 pm\tChair ______________\nMeeting ended:\n7.32 pm\n\n"
        "Minutes are subject to confirmation at the next meeting.\n"
    )
    assert got.meeting.end_time == "19:32"


def test_bracketed_substitute_inside_an_apology_sentence() -> None:
    got = statuses(
        _COUNTY + "Present: Councillor Ann Bell (Chair)\n\n1. Apologies\n\n"
        "Apologies for absence had been received from Cllr Ruth Penhaligon (Cllr Iain Sowerby attended as "
        "substitute) and Cllr Tom Hale.\n\n2. Minutes\nAgreed.\n"
    )
    assert got == {
        "Ann Bell": "present",
        "Ruth Penhaligon": "apologies",
        "Iain Sowerby": "present",
        "Tom Hale": "apologies",
    }


def test_chair_line_first_under_the_heading() -> None:
    for chair in ("Councillor Mohinder Sandhu in the Chair;", "Councillor Mohinder Sandhu in the Chair"):
        got = statuses(
            _COUNTY
            + f"PRESENT: -\n\n{chair}\n\nCouncillors Kerry Abbot, Nasreen Begum and Des Mulrooney.\n\n"
            "1. Minutes\nAgreed.\n"
        )
        assert got == {
            "Mohinder Sandhu": "present",
            "Kerry Abbot": "present",
            "Nasreen Begum": "present",
            "Des Mulrooney": "present",
        }


def test_status_cell_with_a_note_of_when() -> None:
    from minutebook.parse import parse_text

    got = parse_text(
        "KENNICK TOWN COUNCIL\n\nMINUTES of the meeting of the FULL COUNCIL held on Tuesday 20th February 2024 "
        "at 7.00pm\n\nMember\tAttendance\nCllr Mrs J Parr (Town Mayor)\tPresent\nCllr R Ferris\tPresent (from "
        "7.25pm)\nCllr Miss E Hock\tApologies\nCllr S Penn\tPresent (left 8.40pm)\nCllr L Stan\tAbsent\n\n"
        "1. Minutes\nAgreed.\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert {n: a.status for n, a in by_name.items()} == {
        "J Parr": "present",
        "R Ferris": "present",
        "E Hock": "apologies",
        "S Penn": "present",
        "L Stan": "absent",
    }
    assert by_name["R Ferris"].partial and by_name["S Penn"].partial and not by_name["J Parr"].partial


def test_one_person_a_line_with_the_role_bracket_closing_on_the_next_line() -> None:
    got = statuses(
        _COUNTY + "PRESENT:        Councillor A Bell (Chair)\n\n"
        "ALSO PRESENT:   Mr Arjun Sethi (Applicant)\n"
        "                Mr Colin Ruddock (Applicant's representative, Ruddock\n"
        "                Licensing Solicitors)\n"
        "                PC Sarah Holroyd (West Calder Police - Responsible\n"
        "                Authority)\n\n1. Apologies\nNone.\n"
    )
    assert got == {
        "A Bell": "present",
        "Arjun Sethi": "in_attendance",
        "Colin Ruddock": "in_attendance",
        "Sarah Holroyd": "in_attendance",
    }
