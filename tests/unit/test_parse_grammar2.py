"""Grammar pieces added to generalise beyond the development layouts (parse-1.1), each on a small
invented snippet written the way councils print them."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.names import looks_like_name


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.name, a.title, a.status) for a in parse_text(text).attendance]


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in parse_text(text).attendance}


# --------------------------------------------------------------------------- names


def test_capitalised_surname_after_written_name() -> None:
    assert looks_like_name("Mark THOMPSON")
    assert looks_like_name("J. SMITH")
    assert not looks_like_name("Jane Smith NHS")  # an acronym is not a surname
    assert not looks_like_name("Director WSCC")


# --------------------------------------------------------------------------- attendance


def test_surname_only_list_after_plural_honorific() -> None:
    got = _people("PRESENT:    Councillors Ashworth (Chairman), Blake and Cooper.\n")
    assert got == [
        ("Ashworth", "Councillor", "present"),
        ("Blake", "Councillor", "present"),
        ("Cooper", "Councillor", "present"),
    ]
    # without the plural honorific a lone word is not a person
    assert _people("PRESENT: Ashworth, Blake and Cooper\n") == []


def test_role_with_name_in_brackets_and_role_before_name() -> None:
    roles = _roles(
        "OFFICERS: Licensing Manager (T. Harding), Solicitor (R. Malik)\n\n"
        "In attendance\nChief Fire Officer Lee Barnes, Treasurer Nia Evans\n"
    )
    assert roles == {
        "T. Harding": "Licensing Manager",
        "R. Malik": "Solicitor",
        "Lee Barnes": "Chief Fire Officer",
        "Nia Evans": "Treasurer",
    }


def test_prose_before_a_name_is_not_a_role() -> None:
    got = _people("Apologies\n\nApologies received from Councillor Mr Evans and Mr Holden.\n")
    assert [(n, s) for n, _t, s in got] == [("Evans", "apologies"), ("Holden", "apologies")]


def test_sederunt_groups_and_intimated_apologies() -> None:
    got = _people(
        "Sederunt:\nCouncillor Ailsa Baird (Convener); Councillor Rory Kerr (Vice-Convener); and "
        "Councillors Drummond, Lennox and Moffat.\n\n"
        "Apologies for absence were intimated on behalf of Councillors Tait and Watt.\n"
    )
    assert [(n, s) for n, _t, s in got] == [
        ("Ailsa Baird", "present"),
        ("Rory Kerr", "present"),
        ("Drummond", "present"),
        ("Lennox", "present"),
        ("Moffat", "present"),
        ("Tait", "apologies"),
        ("Watt", "apologies"),
    ]


def test_dotted_initials_in_apology_sentence() -> None:
    got = _people("Apologies were received and accepted from Cllr P. Q. Rowe (holiday) and Dr. Okoye.\n")
    assert got == [("P. Q. Rowe", "Cllr", "apologies"), ("Okoye", "Dr.", "apologies")]


def test_names_in_tab_columns_and_new_headings() -> None:
    got = _people(
        "Members:\nCllr A Barton\tCllr B Cole\tCllr C Dyer\n\n"
        "Absent with apologies: Cllr F Grey\n\nMembers not present: Cllr G Hull\n"
    )
    assert [(n, s) for n, _t, s in got] == [
        ("A Barton", "present"),
        ("B Cole", "present"),
        ("C Dyer", "present"),
        ("F Grey", "apologies"),
        ("G Hull", "absent"),
    ]


def test_bilingual_headings() -> None:
    got = _people(
        "PRESENNOL / PRESENT\nCouncillor Mair Hughes (Chair)\n\n"
        "YMDDIHEURIADAU / APOLOGIES\nCouncillor Ifan Rowlands\n"
    )
    assert [(n, s) for n, _t, s in got] == [("Mair Hughes", "present"), ("Ifan Rowlands", "apologies")]


def test_capitals_list_with_and_and_chair_labels() -> None:
    got = _people("PRESENT:  COUNCILLOR J FARR (IN THE CHAIR), COUNCILLORS T GOLD AND P HALE\n")
    assert [n for n, _t, _s in got] == ["J FARR", "T GOLD", "P HALE"]
    roles = _roles("Chair:\tCllr Mary Lowe\nVice-Chair:\tCllr Peter Hill\n")
    assert roles == {"Mary Lowe": "Chair", "Peter Hill": "Vice-Chair"}


def test_in_the_chair_sentence_and_role_label_in_list() -> None:
    got = _people("Councillor R. Q. Underwood was in the Chair.\n")
    assert got == [("R. Q. Underwood", "Councillor", "present")]
    roles = _roles("Present:\n• Councillor Ann Archer (Chair)\n• Independent Person: Mr Colin Cross\n")
    assert roles == {"Ann Archer": "Chair", "Colin Cross": "Independent Person"}


def test_initials_alias_then_role() -> None:
    roles = _roles("Attendees: Helen Marsh (HM) Chair; Paul Okafor (PO) Police\nApologies: David Kerr (DK)\n")
    assert roles == {"Helen Marsh": "Chair", "Paul Okafor": "Police", "David Kerr": None}


def test_bold_fragment_continues_a_list() -> None:
    from minutebook.parse import parse_document
    from minutebook.records import ExtractedDocument, Line

    rows = [
        ("Present:", True),
        ("Ann Bell, Director of Public Health, Westshire", False),
        ("Council", True),  # the wrapped end of the role, bold in the PDF
        ("Carl Dean, Chief Executive", True),
    ]
    lines, pos = [], 0
    for text, heading in rows:
        lines.append(Line(page=1, text=text, start=pos, end=pos + len(text), heading=heading))
        pos += len(text) + 1
    doc = ExtractedDocument(
        sha256="0" * 64, media_type="pdf", lines=lines, page_count=1, extractor_version=""
    )
    names = [a.name for a in parse_document(doc).attendance]
    assert names == ["Ann Bell", "Carl Dean"]


# --------------------------------------------------------------------------- meeting


def test_time_commenced_concluded_and_ranges() -> None:
    m = parse_text(
        "Kirkby Borough Council\nLicensing Committee\nMinutes of the meeting held on 2 May 2023\n"
        "Time Commenced: 6.30 pm       Time Concluded: 8.15 pm\n"
    ).meeting
    assert (m.start_time, m.end_time) == ("18:30", "20:15")
    m2 = parse_text("Board meeting\nThursday 18 January 2024, 10:00 – 12:30, Boardroom\n").meeting
    assert (m2.date, m2.start_time, m2.end_time) == ("2024-01-18", "10:00", "12:30")
    m3 = parse_text("Minutes\nStandards Committee, 1 February 2024 6.30pm-8.05pm\n").meeting
    assert (m3.start_time, m3.end_time) == ("18:30", "20:05")


def test_body_from_minutes_of_line_and_dash_title() -> None:
    m = parse_text(
        "Tolworth Town Council\nMinutes of the Full Council meeting held on 5 March 2024 at 7pm\n"
    ).meeting
    assert m.body == "Full Council" and m.council == "Tolworth Town Council"
    m2 = parse_text("Greyfield Borough Council - Standards Committee - 1 February 2024 7.00 pm\n").meeting
    assert m2.body == "Standards Committee"
    m3 = parse_text("Minutes of the Meeting held on Tuesday, 1st August, 2017 at 2.30 pm\n").meeting
    assert m3.body != "Meeting"


# --------------------------------------------------------------------------- decisions


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_text(text).decisions]


def test_council_prefixed_minute_numbers_split_paragraphs() -> None:
    got = _decisions(
        "PRESENT: Cllr A. Jones (Mayor), Cllr B. Smith\n\nFC/24/033 Christmas lights\n"
        "Members agreed to purchase new lights at a cost of £2,400.\n\nFC/24/034 Allotments\n"
        "It was proposed and unanimously agreed that allotment rents remain unchanged.\n"
    )
    assert got == [
        "Members agreed to purchase new lights at a cost of £2,400.",
        "It was proposed and unanimously agreed that allotment rents remain unchanged.",
    ]
    assert [
        a.name for a in parse_text("PRESENT: Cllr A. Jones, Cllr B. Smith\nFC/24/031 Apologies\n").attendance
    ] == [
        "A. Jones",
        "B. Smith",
    ]


def test_nested_parts_stay_in_their_part() -> None:
    got = _decisions(
        "RESOLVED – That:\n(a) the following schemes be approved:\n(i) the roof replacement; and\n"
        "(ii) the square resurfacing;\n(b) the Director be authorised to vire up to £50,000.\n"
    )
    assert len(got) == 2
    assert got[0].startswith("the following schemes be approved: (i) the roof replacement")
    assert got[1] == "the Director be authorised to vire up to £50,000."


def test_planning_outcomes_and_supported() -> None:
    got = _decisions(
        "5. 24/0001/FUL Land at Mill Road\n\nPermission GRANTED subject to conditions.\n\n"
        "6. 24/0002/FUL The Old Barn\n\nREFUSED for the reasons set out in the report.\n\n"
        "7. Defibrillator\n\nMembers supported the installation of a second defibrillator.\n\n"
        "8. Notes\n\nApproved by the Chair earlier, the notes were circulated to members of the group.\n"
    )
    assert got[:3] == [
        "Permission GRANTED subject to conditions.",
        "REFUSED for the reasons set out in the report.",
        "Members supported the installation of a second defibrillator.",
    ]
    assert len(got) == 3


def test_two_column_pdf_lines_with_tab_gutter() -> None:
    text = (
        "41 Election of RESOLVED that Mrs A Lake be elected Chair of\n"
        "Chair\tthe Panel for the ensuing year.\n\n"
        "42 Minutes\tRESOLVED that the Minutes of the meeting held on\n"
        "of the\t7 March 2017 be confirmed as a correct record.\n\n"
        "43 Budget\tRESOLVED that the budget be approved.\n"
    )
    assert _decisions(text) == [
        "that Mrs A Lake be elected Chair of the Panel for the ensuing year.",
        "that the Minutes of the meeting held on 7 March 2017 be confirmed as a correct record.",
        "that the budget be approved.",
    ]


# --------------------------------------------------------------------------- actions


def _actions(text: str) -> list[tuple[list[str], str]]:
    return [(a.owners, a.text) for a in parse_text(text).actions]


def test_marker_action_ends_with_its_sentence_and_caps_initials_marker() -> None:
    got = _actions(
        "3. Highways\nThe pothole has been reported. Action: Clerk to chase Highways.\n"
        "Cllr Brown to obtain quotes for a new bench. ACTION AB\n"
    )
    assert got == [
        (["Clerk"], "Clerk to chase Highways"),
        (["AB"], "Cllr Brown to obtain quotes for a new bench."),
    ]


def test_action_owner_after_dash_and_subject() -> None:
    got = _actions("Action: Training lead to arrange a multi-agency session – DK\n")
    assert got == [(["DK", "Training lead"], "Training lead to arrange a multi-agency session")]


def test_action_point_bullets_with_trailing_owners() -> None:
    got = _actions(
        "Action points:\n• Update the councillor contact page (Clerk)\n"
        "• Publish the annual return by 1 July (RFO)\n\nActions arising:\n"
        "1. Write to the police about speeding. Clerk\n2. Order a dog bin for the green. Cllr Ives\n"
    )
    assert got == [
        (["Clerk"], "Update the councillor contact page"),
        (["RFO"], "Publish the annual return by 1 July"),
        (["Clerk"], "Write to the police about speeding"),
        (["Cllr Ives"], "Order a dog bin for the green"),
    ]


def test_action_bullet_without_owner_keeps_clause() -> None:
    got = _actions("Actions:\n- Review the charging policy (subject to funding)\n")
    assert got == [([], "Review the charging policy (subject to funding)")]


def test_pipe_action_table_wrapped_by_pdf_extraction() -> None:
    text = (
        "| No. | Action\t| Owner\t| Due\t|\n"
        "|-----|--------|-------|-----|\n"
        "| 1 | Include survey data in the next\t| Director of Primary\n"
        "Care\t| 27 Jun 2024 |\n"
        "|\t| update report\t| Services |\t|\n"
        "|\n"
        "| 2 | Write to the surgery\t| Head of Contracts | 10 May 2024 |\n"
    )
    acts = parse_text(text).actions
    assert [(a.text, a.owners, a.due) for a in acts] == [
        (
            "Include survey data in the next update report",
            ["Director of Primary Care Services"],
            "27 Jun 2024",
        ),
        ("Write to the surgery", ["Head of Contracts"], "10 May 2024"),
    ]


# --------------------------------------------------------------------------- round 2: layouts seen in
# the new development files, re-written as invented snippets


def test_party_columns_under_present_councillors() -> None:
    got = _people(
        "Present – Councillors\n\nLABOUR        CONSERVATIVE       GREEN\n"
        "Ashby         Mrs Beck           Crane\nDrury         Ellison\n\nApologies: Councillor Frost\n"
    )
    assert [(n, s) for n, _t, s in got] == [
        ("Ashby", "present"),
        ("Beck", "present"),
        ("Crane", "present"),
        ("Drury", "present"),
        ("Ellison", "present"),
        ("Frost", "apologies"),
    ]


def test_name_initials_role_columns_and_attending_virtually_inherits() -> None:
    text = (
        "Members present:\nProf Ann Fields (AF)      Non-Executive Director (Chair)\n"
        "Bob Grant (BG)            Chief Nurse\n\nAttending virtually:\nCara Hume (CH)            Non-Executive Director\n\n"
        "In attendance:\nDan Innes (DI)            Deputy Director\n\nAttending virtually:\nEve Judd, Head of Estates\n"
    )
    got = [(a.name, a.status, a.role) for a in parse_text(text).attendance]
    assert got == [
        ("Ann Fields", "present", "Non-Executive Director (Chair)"),
        ("Bob Grant", "present", "Chief Nurse"),
        ("Cara Hume", "present", "Non-Executive Director"),
        ("Dan Innes", "in_attendance", "Deputy Director"),
        ("Eve Judd", "in_attendance", "Head of Estates"),
    ]


def test_group_label_before_list_and_role_only_lines() -> None:
    got = _people(
        "Members present:\nNorthby – Cllrs A Lamb (Chair), B Moss and C Nash\nSouthby – Cllrs D Orr and E Pike\n\n"
        "In attendance:\nDirector of Housing\nMrs F Quinn, Head of Policy\n"
    )
    assert [(n, s) for n, _t, s in got] == [
        ("A Lamb", "present"),
        ("B Moss", "present"),
        ("C Nash", "present"),
        ("D Orr", "present"),
        ("E Pike", "present"),
        ("F Quinn", "in_attendance"),
    ]


def test_welsh_halves_of_bilingual_lines_are_dropped() -> None:
    from minutebook.parse.layout import _drop_welsh

    assert _drop_welsh("Yn bresennol / Present:") == "Present:"
    assert (
        _drop_welsh("Cynghorydd / Councillor Mair Hughes (Cadeirydd / Chair)")
        == "Councillor Mair Hughes (Chair)"
    )
    assert _drop_welsh("PENDERFYNWYD / RESOLVED –") == "RESOLVED –"
    assert _drop_welsh("Costs for 2020 / 21 and JP / SM") == "Costs for 2020 / 21 and JP / SM"
    got = _people("Ymddiheuriadau / Apologies:\nCynghorwyr / Councillors: Lewis, Morgan\n")
    assert got == [("Lewis", "Councillor", "apologies"), ("Morgan", "Councillor", "apologies")]


def test_table_header_cells_are_not_headings() -> None:
    text = (
        "Present:-\nMembers\tRole\nIona BELL (Chair)\tNominated by Health Board\nShona KERR\tRegistered Nurse\n\n"
        "Apologies for absence were submitted on behalf of:-\n\nMembers\n\nRole\n\nNeil CARR\n\nChief Officer\n"
    )
    got = [(a.name, a.status) for a in parse_text(text).attendance]
    assert got == [("Iona BELL", "present"), ("Shona KERR", "present"), ("Neil CARR", "apologies")]


def test_action_with_owner_and_due_line_and_imperative_text() -> None:
    acts = parse_text(
        "QC/01  Falls\nFalls rose in May.\nAction: Provide a ward breakdown of falls to the July meeting.\n"
        "Action Owner: SD                          Due: 20 July 2023\n\n"
        "QC/02  Complaints\nThe Committee NOTED the report.\nAction: Present a recovery plan for response times.\n"
        "Action Owner: TO / KF                     Due: September meeting\n"
    ).actions
    assert [(a.owners, a.text.rstrip("."), a.due) for a in acts] == [
        (["SD"], "Provide a ward breakdown of falls to the July meeting", "20 July 2023"),
        (["TO", "KF"], "Present a recovery plan for response times", "September meeting"),
    ]


def test_action_owner_then_action_on_next_line() -> None:
    acts = parse_text(
        "(b) Footpath 9. The gate is broken. Action – JS/DH\nto meet the Rights of Way Officer.\n"
    ).actions
    assert [(a.owners, a.text) for a in acts] == [(["JS", "DH"], "JS/DH to meet the Rights of Way Officer.")]


def test_space_aligned_action_table_with_wrapped_rows() -> None:
    text = (
        "Ref        Minute   Action                                 Lead          Deadline\n"
        "AB/1       40       Provide a breakdown of placements      PS            13 Nov 2018\n"
        "                    by household type\n"
        "AB/2       41       Write to the Commissioner              Chairman/CL   Next meeting\n"
    )
    acts = parse_text(text).actions
    assert [(a.text, a.owners, a.due) for a in acts] == [
        ("Provide a breakdown of placements by household type", ["PS"], "13 Nov 2018"),
        ("Write to the Commissioner", ["Chairman", "CL"], "Next meeting"),
    ]


def test_tab_table_with_merged_header_cells() -> None:
    text = "Ref Minute Action\tLead\tDeadline\nAB/1 40\tShare the audit findings\tSR\tJune 2024\n"
    acts = parse_text(text).actions
    assert [(a.text, a.owners, a.due) for a in acts] == [("Share the audit findings", ["SR"], "June 2024")]


def test_split_owners_keeps_role_qualifiers() -> None:
    from minutebook.parse.actions import split_owners

    assert split_owners("Strategic Director, Children's Services") == [
        "Strategic Director, Children's Services"
    ]
    assert split_owners("Overview and Scrutiny Lead") == ["Overview and Scrutiny Lead"]
    assert split_owners("Clerk and Chairman") == ["Clerk", "Chairman"]
    assert split_owners("Head of Finance, Head of Legal") == ["Head of Finance", "Head of Legal"]


def test_decision_leads_followed_by_parts() -> None:
    got = _decisions(
        "5. Housing\n\nThe Committee RESOLVED to:\n\n1.  Note the rise in approaches;\n\n"
        "2.  Request a breakdown of placements.\n\n6. Hospital services\n\nDECISION: That the Panel\n"
        "(1) considers the proposal a substantial variation;\n(2) will respond in April.\n\n"
        "7. Winter\n\nFollowing questions the Joint Board agreed:-\n\n(i) to approve the proposals; and\n"
        "(ii) to instruct the Chief Officer to report in February.\n"
    )
    assert got == [
        "Note the rise in approaches",
        "Request a breakdown of placements.",
        "considers the proposal a substantial variation",
        "will respond in April.",
        "to approve the proposals",
        "to instruct the Chief Officer to report in February.",
    ]


def test_minutes_approved_sentences() -> None:
    got = _decisions(
        "3. Minutes\n\nThere had been circulated Minutes of the Meeting held on 2 May 2017, the terms of which "
        "were APPROVED.\n\n4. Plan\n\nMr Gale referred to Minute 29 of the last meeting where it was agreed the "
        "Chair would meet officers.\n"
    )
    assert got == [
        "There had been circulated Minutes of the Meeting held on 2 May 2017, the terms of which were APPROVED."
    ]


def test_meeting_head_survives_page_numbers_and_date_lines() -> None:
    m = parse_text(
        "                                   214\nArdmore Council                 No. 4 2017/2018\n\n"
        "Minutes of Meeting of the People Committee held in the Chamber on Thursday, 16 November 2017 at\n"
        "10.30am.\n\nPresent:\nMr G Abbot\n"
    ).meeting
    assert (m.council, m.body, m.date, m.start_time) == (
        "Ardmore Council",
        "People Committee",
        "2017-11-16",
        "10:30",
    )
    m2 = parse_text("Meeting Details\nHealth Scrutiny Panel\n27 Sep 2022 - 18:30 to 20:47\nRoom 4\n").meeting
    assert (m2.date, m2.start_time, m2.end_time) == ("2022-09-27", "18:30", "20:47")
    m3 = parse_text(
        "Northby Borough Council  |  Democratic Services  |  Town Hall\n\nNORTHBY JOINT HEALTH SCRUTINY PANEL\n\n"
        "Minutes – Thursday 19 January 2023\n"
    ).meeting
    assert m3.body == "NORTHBY JOINT HEALTH SCRUTINY PANEL"


def test_status_cells_in_tables_and_nested_brackets() -> None:
    text = (
        "In attendance\nMember\tRole\tAttendance\nCouncillor Owen Lake\tWard councillor\tIn attendance, virtual\n"
        "Cllr Rhys Moor\tWard Member, item 5\tAttended\n\nALSO PRESENT:   DISTRICT COUNCILLOR N BRAY (FOR ITEM P19/104(a))\n"
    )
    got = [(a.name, a.status) for a in parse_text(text).attendance]
    assert got == [
        ("Owen Lake", "in_attendance"),
        ("Rhys Moor", "in_attendance"),
        ("N BRAY", "in_attendance"),
    ]


def test_named_visitor_sentence_and_caps_phrase_not_a_name() -> None:
    text = (
        "Present: Cllr A Vale\n\n5. Leisure\n\nMs R. Quill, Contract Manager, Active Leisure Trust, attended the "
        "meeting for this item.\n\nACTION LOG – SCRUTINY COMMITTEE\n"
    )
    got = [(a.name, a.status) for a in parse_text(text).attendance]
    assert got == [("A Vale", "present"), ("R. Quill", "in_attendance")]


def test_heading_with_bracketed_note_and_more_headings() -> None:
    got = _people(
        "In attendance (for item 5): Mr A Smart, Planning Officer\nIndependent Co-opted Members: Mr B Jolly\n"
        "Parties present: Ms C Lark (Applicant)\n"
    )
    assert [(n, s) for n, _t, s in got] == [
        ("A Smart", "in_attendance"),
        ("B Jolly", "present"),
        ("C Lark", "in_attendance"),
    ]


def test_bullets_as_resolution_parts_and_noted_parts_dropped() -> None:
    got = _decisions(
        "5. Budget\n\nRESOLVED:\n\n• to approve the budget for 2024/25;\n• to set the precept at £25,000.\n\n"
        "6. Programme\n\nThe Panel agreed:\n- that the work programme be updated; and\n- that a site visit be arranged.\n\n"
        "7. Revenue\n\nThe Committee:-\n\ni.   NOTED the monitoring position; and\nii.  AGREED the virements in Section 4.\n"
    )
    assert got == [
        "to approve the budget for 2024/25",
        "to set the precept at £25,000.",
        "that the work programme be updated",
        "that a site visit be arranged.",
        "AGREED the virements in Section 4.",
    ]


def test_outcome_lines_and_noted_and_agreed() -> None:
    got = _decisions(
        "5. TPO 4/2022\n\nRecommendation approved – that the Order be confirmed without modification.\n\n"
        "6. Review\n\nThe Committee NOTED the outcome of the review and AGREED to set up a working group.\n\n"
        "7. Minutes\n\n(a) MINUTE OF PREVIOUS MEETING\nThe minute of meeting of the Board held on 1 May 2021 was "
        "submitted and approved.\n"
    )
    assert got == [
        "Recommendation approved – that the Order be confirmed without modification.",
        "The Committee NOTED the outcome of the review and AGREED to set up a working group.",
        "The minute of meeting of the Board held on 1 May 2021 was submitted and approved.",
    ]


def test_resolved_alone_over_that_lines_without_gaps() -> None:
    got = _decisions(
        "9. Library\nRESOLVED\nThat the opening hours be extended on Saturdays.\nThat a review be held in six months.\n"
    )
    assert got == ["That the opening hours be extended on Saturdays.", "That a review be held in six months."]


def test_sentence_forms_of_attendance() -> None:
    assert _people(
        "1. Attendance\nThe following Councillors were present: Ann Hale, Ben Ivory and Cara Joss.\n"
    ) == [
        ("Ann Hale", None, "present"),
        ("Ben Ivory", None, "present"),
        ("Cara Joss", None, "present"),
    ]
    got = _people("Apologies for absence were received from Councillor Finn Moss and from Mr Gus Nye.\n")
    assert [(n, s) for n, _t, s in got] == [("Finn Moss", "apologies"), ("Gus Nye", "apologies")]
    got = _people("59. To receive apologies for absence\n• Cllr I Wren & Cllr H Wren sent apologies.\n")
    assert [(n, s) for n, _t, s in got] == [("I Wren", "apologies"), ("H Wren", "apologies")]
    assert _people("The Clerk said that members who sent apologies would be sent the papers.\n") == []


def test_section_heading_word_ends_a_list() -> None:
    from minutebook.parse import parse_document
    from minutebook.records import ExtractedDocument, Line

    rows = [("Apologies:", True), ("Councillor Finn Moss", False), ("Items", True), ("45. Housing", True)]
    lines, pos = [], 0
    for text, heading in rows:
        lines.append(Line(page=1, text=text, start=pos, end=pos + len(text), heading=heading))
        pos += len(text) + 1
    doc = ExtractedDocument(
        sha256="0" * 64, media_type="html", lines=lines, page_count=1, extractor_version=""
    )
    assert [(a.name, a.role) for a in parse_document(doc).attendance] == [("Finn Moss", None)]


def test_other_councillors_heading_and_outcome_sentence_mid_paragraph() -> None:
    got = _people(
        "Other councillors attending\nCouncillor\tReason\tAttendance\nCllr Mia Pugh\tWard Member\tAttended\n"
    )
    assert got == [("Mia Pugh", "Cllr", "in_attendance")]
    got_d = _decisions(
        "4. Strategy\nTA presented the draft strategy. Recommendation approved, subject to GPs being added.\n"
    )
    assert got_d == ["Recommendation approved, subject to GPs being added."]
