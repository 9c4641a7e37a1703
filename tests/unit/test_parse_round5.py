"""Layouts added in parse-1.4 (egenda "Attendance Details" pages, "Representing X" groups, a Scottish
sederunt followed by "Attending", names in columns with unfamiliar given names, "CONCLUDED that",
"RECOMMENDED - T H A T", time ranges on a line of their own, councils named only in a footer). Each
test is a small invented minute in the layout, parsed as plain text."""

from __future__ import annotations

from minutebook.parse import parse_text
from tests.helpers.minutes import people


def test_attendance_details_heading_and_concluded_decisions() -> None:
    text = (
        "Adult Care Select Committee Minutes\n"
        "Monday, 14th October, 2019\n"
        "Attendance Details\n"
        "Cllr Mrs Ann Holt (Chair), Cllr Tom Reed and Cllr Joan Pike.\n"
        "Apologies for absence:\n"
        "Cllr Amy Lock.\n"
        "Item\tDescription\tDecision\n"
        "AC 1/19\tMinutes\tCONCLUDED that the minutes be confirmed as a correct record.\n"
        "AC 2/19\tWork Programme\tCONCLUDED that the work programme be agreed.\n"
        "4.00 pm - 6.10 pm\n"
        "© Northby Borough Council | Town Hall\n"
    )
    parsed = parse_text(text)
    assert {(a.name, a.status) for a in parsed.attendance} == {
        ("Ann Holt", "present"),
        ("Tom Reed", "present"),
        ("Joan Pike", "present"),
        ("Amy Lock", "apologies"),
    }
    texts = [d.text for d in parsed.decisions]
    assert any("minutes be confirmed" in t for t in texts)
    assert any("work programme be agreed" in t for t in texts)
    assert (parsed.meeting.start_time, parsed.meeting.end_time) == ("16:00", "18:10")
    assert parsed.meeting.council == "Northby Borough Council"


def test_attendance_details_in_a_page_title_is_not_a_heading() -> None:
    text = (
        "Attendance details - Planning Committee - Tuesday, 12th March, 2019 6.30 pm - Northby Borough Council\n"
        "Attendance details\n"
        "Attendee\tRole\tAttendance\n"
        "Councillor Ann Holt\tChair\tPresent\n"
    )
    parsed = parse_text(text)
    assert parsed.meeting.date == "2019-03-12"
    assert ("Ann Holt", "present") in {(a.name, a.status) for a in parsed.attendance}


def test_representing_groups_with_one_person_a_line() -> None:
    text = (
        "Minutes of Meeting of the Community Planning Board held on Friday 3 March 2023 at 10.00 am.\n\n"
        "Present:\n\n"
        "Representing the Northby Council (NC):\n"
        "Mr R Gale\n"
        "Ms M Morrison\n\n"
        "Representing NHS Northby (NHSN):\n"
        "Mrs S Campbell\n\n"
        "Community Partnership Chairs:\n"
        "Ch Insp E Mackay, Strathorrin (PS)\n\n"
        "1.    Apologies for Absence\n"
    )
    assert people(text) == {
        ("R Gale", "present"),
        ("M Morrison", "present"),
        ("S Campbell", "present"),
        ("E Mackay", "present"),
    }


def test_attending_after_a_sederunt_is_officers_and_presiding_line_is_not_a_person() -> None:
    text = (
        "MINUTE of MEETING of the NORTHBY LICENSING BOARD held on Thursday, 11th May, 2023 at 10.30 am.\n"
        "Sederunt\n"
        "Councillor Morag Kinnaird\tConvener\n"
        "Councillor Tom Scobie\tMember\n"
        "Attending\n"
        "Ms Carol Lennie\tClerk to the Board\n"
        "Apologies\n"
        "Councillor Neil Gow and Councillor Kirsty Lamond.\n"
        "Councillor Kinnaird, Convener, presiding.\n"
        "1. PERSONAL LICENCE - REVIEW HEARING - MR C DARGIE\n"
        "Mr Dargie was present and was not represented. Sergeant Orr addressed the Board.\n"
    )
    assert people(text) == {
        ("Morag Kinnaird", "present"),
        ("Tom Scobie", "present"),
        ("Carol Lennie", "in_attendance"),
        ("Neil Gow", "apologies"),
        ("Kirsty Lamond", "apologies"),
    }


def test_names_in_columns_with_unfamiliar_given_names() -> None:
    text = (
        "Minutes of the Scrutiny Sub-Committee held on Tuesday 17 October 2023, 7.00pm to 9.32pm\n"
        "Councillors present:\n"
        "Makbule Gunes (Chair)\tAnna Abela\tSue Jameson\n"
        "Lester Buxton\tMarsha Isilar-Gosling\tAjda Ovat\n"
        "1. Apologies for absence\n"
        "Councillor Isilar-Gosling gave apologies for lateness and arrived at 7.25pm.\n"
    )
    assert people(text) == {
        ("Makbule Gunes", "present"),
        ("Anna Abela", "present"),
        ("Sue Jameson", "present"),
        ("Lester Buxton", "present"),
        ("Marsha Isilar-Gosling", "present"),
        ("Ajda Ovat", "present"),
    }


def test_recommended_with_spaced_that_is_a_decision_but_a_bare_recommendation_is_not() -> None:
    text = (
        "Minutes of a meeting held on 21st June, 2022.\n"
        "(c) MINUTES -\n"
        "RECOMMENDED - T H A T the minutes of the meeting held on 15th March, 2022 be approved.\n"
        "(d) REPORT -\n"
        "Recommended: the Committee notes the report.\n"
    )
    texts = [d.text for d in parse_text(text).decisions]
    assert len(texts) == 1 and "15th March" in texts[0]


def test_commencing_and_finishing_times_and_concluded_label() -> None:
    a = parse_text(
        "Minutes of a meeting held at County Hall on Wednesday 8 November 2023\n"
        "commencing at 10.00 am and finishing at 12.40 pm.\n"
    ).meeting
    assert (a.start_time, a.end_time) == ("10:00", "12:40")
    b = parse_text(
        "Record of a hearing held on Wednesday 11 May 2022\nCommenced: 10.00 am          Concluded: 1.25 pm\n"
    ).meeting
    assert (b.start_time, b.end_time) == ("10:00", "13:25")


def test_numbered_action_point_blocks_with_owner_and_due_lines() -> None:
    text = (
        "Note of meeting held on 14 September 2023\n\n"
        "Christmas lights\n"
        "SP outlined the programme. The group agreed that the switch-on would move to Station Approach.\n\n"
        "Action Point 1\n"
        "Confirm the road closure order with the highways team.\n"
        "Owner: Sian Parry\n"
        "Due: 20 October 2023\n\n"
        "Action Point 2\n"
        "Prepare the joint bid and share with partners.\n"
        "Owner: Neil Cartwright / Mark Devlin\n"
    )
    parsed = parse_text(text)
    got = [(a.text, a.owners, a.due) for a in parsed.actions]
    assert got == [
        ("Confirm the road closure order with the highways team.", ["Sian Parry"], "20 October 2023"),
        ("Prepare the joint bid and share with partners.", ["Neil Cartwright", "Mark Devlin"], None),
    ]
    assert any("switch-on would move" in d.text for d in parsed.decisions)


def test_action_initials_on_the_item_title_row_mark_the_last_line_of_the_minute() -> None:
    text = (
        "Minutes of the Board meeting\nThursday 7 March 2024, 9.30am to 11.45am\n"
        "Item\tMinute\tAction\n"
        "1\tWelcome and apologies\n"
        "The Chair welcomed members.\n"
        "2\tSelf-Assessment Report\tWT\n"
        "WT presented the self-assessment report, which graded the service as Good overall.\n"
        "WT to circulate a breakdown of achievement by centre before the June meeting.\n"
        "3\tOfsted readiness\tZO\n"
        "YT reported that the service expected a full inspection.\n"
        "Clerk to arrange governor training on Ofsted inspection by 30 April 2024.\n"
    )
    got = [(a.text, a.owners) for a in parse_text(text).actions]
    assert got == [
        ("WT to circulate a breakdown of achievement by centre before the June meeting.", ["WT"]),
        ("Clerk to arrange governor training on Ofsted inspection by 30 April 2024.", ["ZO"]),
    ]


def test_resolution_split_on_and_that_and_agreed_line_after_numbered_parts() -> None:
    text = (
        "43/23  PARKING ACCOUNT\n\n"
        "RESOLVED: that the parking account be noted; and that the surplus be applied to fares;\n"
        "and that the manager review permit charges.\n\n"
        "44/23  SCHOOL ROLLS\n\n"
        "RESOLVED:\n"
        "1. That the report be noted.\n"
        "2. That a briefing be provided before any consultation begins.\n"
        "Members AGREED to recommend to Cabinet that any consultation include a public meeting.\n"
    )
    texts = [d.text for d in parse_text(text).decisions]
    assert "that the parking account be noted" in texts
    assert "that the surplus be applied to fares" in texts
    assert any(t.startswith("that the manager review") for t in texts)
    assert any(t.startswith("Members AGREED to recommend") for t in texts)


def test_bailies_heading_surnames_in_capitals_and_lettered_apologies_item() -> None:
    text = (
        "At a MEETING of the NEIGHBOURHOOD SERVICES COMMITTEE held on 5th December, 2022.\n\n"
        "Present:-\n\n"
        "Depute Lord Provost Alan KIDD\n\n"
        "BAILIES\n\n"
        "Elspeth MORRISON        Gordon PATERSON\n\n"
        "COUNCILLORS\n\n"
        "Fraser ADAMSON          Lorna McGINLAY\n\n"
        "(a) APOLOGIES FOR ABSENCE -\n"
        "These were received from Councillors Mrs. C.J. Eynon and I.R. Pugh.\n"
    )
    assert people(text) == {
        ("Alan KIDD", "present"),
        ("Elspeth MORRISON", "present"),
        ("Gordon PATERSON", "present"),
        ("Fraser ADAMSON", "present"),
        ("Lorna McGINLAY", "present"),
        ("C.J. Eynon", "apologies"),
        ("I.R. Pugh", "apologies"),
    }


def test_hearing_parties_block_with_role_labels() -> None:
    text = (
        "Record of a hearing held on Wednesday 11 May 2022\n\n"
        "OFFICERS\n"
        "Legal Adviser:                Ms Hannah Ruddock\n\n"
        "PARTIES TO THE HEARING (Item 3)\n"
        "Applicant:                    Mr Tariq Saleem, Saleem Leisure Ltd\n"
        "Responsible Authority:        PS Rachel Tonkin, Dorset Coast Police\n"
        "Objectors:                    Mr Philip Nance\n"
        "                              Dr Simon Penhaligon (on behalf of Westcliff\n"
        "                              Residents' Association)\n\n"
        "1.  APPOINTMENT OF CHAIR\n"
    )
    assert people(text) == {
        ("Hannah Ruddock", "in_attendance"),
        ("Tariq Saleem", "in_attendance"),
        ("Rachel Tonkin", "in_attendance"),
        ("Philip Nance", "in_attendance"),
        ("Simon Penhaligon", "in_attendance"),
    }


def test_unlabelled_line_of_officers_with_department_codes_after_the_members() -> None:
    text = (
        "Select Committee Minutes\nMonday, 14th October, 2019\n"
        "Attendance Details\n"
        "Cllr Ann Holt (Chair), Cllr Tom Reed and Cllr Joan Pike.\n"
        "R Cowie (AH), J Hebbron (DCE), K Smales (LD).\n"
        "In Attendance:\n"
        "Dr A Pattinson (North Tees Valley CCG)\n"
    )
    assert people(text) == {
        ("Ann Holt", "present"),
        ("Tom Reed", "present"),
        ("Joan Pike", "present"),
        ("R Cowie", "in_attendance"),
        ("J Hebbron", "in_attendance"),
        ("K Smales", "in_attendance"),
        ("A Pattinson", "in_attendance"),
    }


def test_posts_with_the_holder_in_brackets() -> None:
    text = (
        "Minutes of the meeting held on Tuesday 3 October 2023\n\n"
        "Officers in attendance:\n"
        "Joint Local Plan Manager (Helen Rowe); Monitoring Officer, Ormsby DC (Seb Nancarrow); "
        "Committee Officer (Jo Penrose)\n\n"
        "1.   Apologies\n"
    )
    got = {(a.name, a.role) for a in parse_text(text).attendance}
    assert got == {
        ("Helen Rowe", "Joint Local Plan Manager"),
        ("Seb Nancarrow", "Monitoring Officer, Ormsby DC"),
        ("Jo Penrose", "Committee Officer"),
    }


def test_body_taken_from_the_fuller_title_line() -> None:
    text = (
        "Northby Community Planning Partnership Board\n\n"
        "Minutes of Meeting of the Community Planning Board held in the Council Chamber on Friday 3 March 2023.\n"
    )
    assert parse_text(text).meeting.body == "Northby Community Planning Partnership Board"


def test_policy_support_heading_and_two_middle_initials() -> None:
    text = (
        "Northby Public Services Board\n4th of July, 2023\n\n"
        "Present:\n"
        "Cllr Bryan Davies          Northby County Council (Chair)\n\n"
        "Policy Support:\n"
        "Diana Davies               Corporate Manager, Northby County Council\n\n"
        "Also in Attendance:\n"
        "Cllr Catrin M S Davies     Chair, Families Executive Group\n\n"
        "1. Apologies\n"
    )
    assert people(text) == {
        ("Bryan Davies", "present"),
        ("Diana Davies", "in_attendance"),
        ("Catrin M S Davies", "in_attendance"),
    }


def test_notes_agreed_and_minute_held_as_read_are_decisions() -> None:
    texts = [
        d.text
        for d in parse_text(
            "Note of meeting held on 14 September 2023\n\n"
            "Notes of the last meeting\n"
            "The notes of the meeting on 13 July 2023 were agreed. All actions were complete.\n\n"
            "The minute of meeting of this Committee of 7th November, 2022 was held as read.\n"
        ).decisions
    ]
    assert any("The notes of the meeting on 13 July 2023 were agreed" in t for t in texts)
    assert any("was held as read" in t for t in texts)


def test_action_initials_level_with_the_last_line_of_a_wrapped_sentence() -> None:
    text = (
        "Minutes of the Council of Governors held on 16 November 2023\n\n"
        "No.      Item                                                     Action\n\n"
        "23/42    Chief Executive's report\n"
        "         The Chief Executive presented her report on performance.\n"
        "         Governors asked for the waiting list figures by specialty\n"
        "         to be circulated.                                          NS\n"
    )
    got = [(a.text, a.owners) for a in parse_text(text).actions]
    assert got == [("Governors asked for the waiting list figures by specialty to be circulated.", ["NS"])]


def test_apology_table_under_an_apologies_and_temporary_appointments_item() -> None:
    text = (
        "Minutes of a meeting held at County Hall on Wednesday 8 November 2023\n\n"
        "Present:\n\nVoting Members:\tCounty Councillor Colin Pryor\n\n"
        "40/23  APOLOGIES FOR ABSENCE AND TEMPORARY APPOINTMENTS\n"
        "       (Agenda No. 1)\n\n"
        "Apology from\tTemporary Appointment\n"
        "County Councillor Liz Brennan\tCounty Councillor Colin Pryor\n"
        "County Councillor Mark Goddard\t-\n\n"
        "41/23  MINUTES\n"
    )
    read = people(text)
    assert ("Liz Brennan", "apologies") in read
    assert ("Mark Goddard", "apologies") in read
    assert ("Colin Pryor", "apologies") not in read


def test_posts_with_the_holder_in_brackets_wrapped_over_lines() -> None:
    text = (
        "Minutes of the meeting held on Tuesday 3 October 2023\n\n"
        "Officers in attendance:\n"
        "Joint Local Plan Manager (Helen Rowe); Principal Policy Planner (Owen\n"
        "Tamblyn); Monitoring Officer, Ormsby DC (Seb Nancarrow); Committee\n"
        "Officer (Jo Penrose)\n\n"
        "1.   Apologies and Substitutions\n"
    )
    assert people(text) == {
        ("Helen Rowe", "in_attendance"),
        ("Owen Tamblyn", "in_attendance"),
        ("Seb Nancarrow", "in_attendance"),
        ("Jo Penrose", "in_attendance"),
    }
