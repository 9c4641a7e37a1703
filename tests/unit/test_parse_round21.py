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
    from minutebook.parse import parse_text

    got = parse_text(
        _COUNTY + "                Chairman:\n            p Councillor Robert Ash\n\n"
        "  p Councillor Fiona Carr              p Councillor Edwin March\n"
        "  p Councillor Jan Lister-Boyd         a Councillor Sunil Vohra\n\n1. Minutes\nAgreed.\n"
    )
    assert {a.name: a.role for a in got.attendance}["Robert Ash"] == "Chairman"
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


# --- decisions (round 21, cont.): lead-ins that say nothing by themselves ---

_DECISION_HEAD = (
    "WOLDSHIRE COUNCIL\n\nMinutes of the Executive Board held on Friday 7 July 2023 at 10.00 am\n\n"
)


def _decisions(body: str) -> list[str]:
    from minutebook.parse import parse_text

    return [d.text for d in parse_text(_DECISION_HEAD + body).decisions]


def _actions(body: str) -> list[tuple[str, list[str]]]:
    from minutebook.parse import parse_text

    return [(a.text, a.owners) for a in parse_text(_DECISION_HEAD + body).actions]


def test_parts_lettered_in_capitals_under_a_resolved_to_lead_in() -> None:
    got = _decisions(
        "5. Bus Fares\n\nThe Director introduced the report.\n\n"
        "On being proposed by the Chair, seconded by Councillor Hale, it was resolved unanimously to:\n\n"
        "A  Approve the variation to the scheme set out in Appendix 1.\n\n"
        "B  Note the performance of operators in 2022/23.\n\n"
        "6. Budget Outturn\n\nIt was resolved to:\n\n"
        "(A) Approve the transfer of the underspend to the Transport Reserve.\n"
        "(B) Note the provisional outturn position.\n"
    )
    assert got == [
        "Approve the variation to the scheme set out in Appendix 1.",
        "Note the performance of operators in 2022/23.",
        "Approve the transfer of the underspend to the Transport Reserve.",
        "Note the provisional outturn position.",
    ]


def test_a_capital_letter_and_one_space_is_not_a_part() -> None:
    got = _decisions(
        "5. Parking\n\nIt was resolved to:\n\nA review of charges be carried out by the Director.\n"
    )
    assert got == ["A review of charges be carried out by the Director."]


def test_it_was_resolved_alone_then_the_resolution_paragraph() -> None:
    got = _decisions(
        "98. DC/22/04101 LAND AT MILL LANE\n\nBy a vote of 6 votes for and 3 against\n\nIt was RESOLVED:\n\n"
        "That the application is REFUSED planning permission for the following\n"
        "reasons: the site lies outside the settlement boundary.\n\n"
        "99. DC/22/04417 THE OLD FORGE\n\nIt was RESOLVED:\n\n"
        "That authority be delegated to the Head of Planning to GRANT permission.\n"
    )
    assert got == [
        "That the application is REFUSED planning permission for the following reasons: the site lies "
        "outside the settlement boundary.",
        "That authority be delegated to the Head of Planning to GRANT permission.",
    ]


def test_proposed_seconded_and_resolved_colon_over_roman_parts() -> None:
    got = _decisions(
        "23/150 CAR PARK CHARGES\n\nMembers debated the charges. It was proposed by Cllr Okoro and seconded "
        "by Cllr Penrose and RESOLVED:\n"
        "(i) that the all-day tariff be increased to £6.50;\n"
        "(ii) that the one-hour tariff remain at £1.50.\n"
        "(7 in favour, 1 against)\n"
    )
    assert got == [
        "that the all-day tariff be increased to £6.50",
        "that the one-hour tariff remain at £1.50.",
    ]


def test_how_the_vote_went_between_marker_and_that() -> None:
    got = _decisions(
        "18/09 Finance\n\nThe Clerk presented the draft budget. After discussion it was RESOLVED unanimously "
        "that the precept for 2018/19 be set at £14,850.\n\n"
        "18/10 Grants\n\nIt was agreed by a majority that a grant of £500 be made to the Village Hall.\n"
    )
    assert got == [
        "After discussion it was RESOLVED unanimously that the precept for 2018/19 be set at £14,850.",
        "It was agreed by a majority that a grant of £500 be made to the Village Hall.",
    ]


def test_capital_lettered_parts_with_one_space_as_printed_minutes_come_out_of_a_pdf() -> None:
    got = _decisions(
        "7. Budget Outturn\n"
        "The Director of Finance presented the outturn. On being proposed by the Chair, it was resolved by a\n"
        "majority to:\n"
        "A Note the provisional outturn position for 2022/23.\n"
        "B Approve the transfer of the underspend of £1.9m to the Transport Reserve.\n"
        "8. Date of Next Meeting\n"
        "Friday 22 September 2023.\n"
    )
    assert got == [
        "Note the provisional outturn position for 2022/23.",
        "Approve the transfer of the underspend of £1.9m to the Transport Reserve.",
    ]


def test_a_dashed_action_list_ends_at_the_next_numbered_item() -> None:
    got = _actions(
        "4.  Childhood Obesity\n\nThe Board discussed the strategy.\n\nActions:\n"
        "- Circulate the strategy to all Board members – Lorraine Jewell\n\n"
        "5.  Suicide Prevention Plan 2019-2022\n\nMr Rowse presented the draft plan.\n"
    )
    assert got == [("Circulate the strategy to all Board members", ["Lorraine Jewell"])]
