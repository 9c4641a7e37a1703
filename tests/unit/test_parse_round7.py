"""Layouts added in parse-1.5: "Esq" after a name, members listed as an unlabelled paragraph (drainage
boards, web copies of town council minutes), "Also in attendance were …" and welcome sentences, a
"Councillor" column header over "Name Organisation" rows, a grouped register after the minutes whose
group label is the status, organisation-prefixed "Members Present –" lines with [initials], officials
and non-members headings, a membership list overruled by substitutions and apologies, "Action"
sub-headings over "X to do Y" paragraphs and "AB Action." markers, breadcrumb bodies and drainage
boards as publishers. Each test is a small invented minute in the layout, parsed as plain text."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.names import split_honorifics
from tests.helpers.minutes import people


def test_esq_is_a_title_after_the_name() -> None:
    assert split_honorifics("R B Fenwick Esq") == ("Esq", "R B Fenwick")
    text = (
        "PRESENT\n\n"
        "R B Fenwick Esq (Chairman)            L Oddie Esq\n"
        "P Marram Esq                          Councillor J Sedge\n\n"
        "1.   Minutes\n\nRESOLVED that the minutes be signed.\n"
    )
    assert people(text) == {
        ("R B Fenwick", "present"),
        ("L Oddie", "present"),
        ("P Marram", "present"),
        ("J Sedge", "present"),
    }


def test_in_attendance_sentence_after_the_list_is_not_more_members() -> None:
    text = (
        "PRESENT\n\n"
        "Mr A Reedman (Chairman), Mr B Dyke, Mrs C Sluice\n\n"
        "Miss D Carrow (representing the Clerk) and Mr E Tidd (representing the Engineers)\n"
        "were in attendance.\n\n"
        "1.   Minutes\n\nRESOLVED that the minutes be signed.\n"
    )
    assert people(text) == {
        ("A Reedman", "present"),
        ("B Dyke", "present"),
        ("C Sluice", "present"),
        ("D Carrow", "in_attendance"),
        ("E Tidd", "in_attendance"),
    }


def test_unlabelled_member_paragraph_welcome_and_also_in_attendance_were() -> None:
    text = (
        "THE NORTH FENS INTERNAL DRAINAGE BOARD\n\n"
        "Minutes of the Meeting of the Board held at 10.00am on Tuesday 4 June 2024\n\n"
        "Mr P Q Ketley (Chairman), Councillor R Gault, Mrs S Holme and Mr T Ings.\n\n"
        "The Chairman welcomed Ms U Venn (Area Manager, Environment Agency) and Mr V Wold\n"
        "(Contracts Manager).\n\n"
        "Also in attendance were Mr W Yarrow (Clerk to the Board) and Ms X Zeal (Finance Officer).\n\n"
        "Apologies for absence were received from Mr Y Abbot.\n\n"
        "Election of Chairman\n\nIt was resolved that Mr P Q Ketley be elected Chairman.\n"
    )
    parsed = parse_text(text)
    assert {(a.name, a.status) for a in parsed.attendance} == {
        ("P Q Ketley", "present"),
        ("R Gault", "present"),
        ("S Holme", "present"),
        ("T Ings", "present"),
        ("U Venn", "in_attendance"),
        ("V Wold", "in_attendance"),
        ("W Yarrow", "in_attendance"),
        ("X Zeal", "in_attendance"),
        ("Y Abbot", "apologies"),
    }
    assert parsed.meeting.council == "North Fens Internal Drainage Board"


def test_an_untitled_paragraph_is_not_a_member_list() -> None:
    text = (
        "Minutes of the Meeting of the Board held on 4 June 2024\n\n"
        "Flooding, drainage, maintenance and rates were discussed.\n\n"
        "Alpha Road, Beta Street, Gamma Lane and Delta Close.\n\n"
        "1.   Minutes\n\nRESOLVED that the minutes be signed.\n"
    )
    assert people(text) == set()


def test_web_copy_without_labels_members_then_officer_lines_and_breadcrumb_body() -> None:
    text = (
        "Ashby Parva Town Council\n"
        "Home > Ashby Parva Town Council > Council Meetings > Full Council\n\n"
        "Minutes of the Meeting of Ashby Parva Town Council held on 3 May 2022 at 7:00pm.\n\n"
        "Cllrs B Amberley, C Brightwell (Deputy Mayor), D Cray,\n"
        "E Dunsford and F Elsworth\n\n"
        "G Fairlie, Town Clerk\n"
        "H Gatley, Committee Services Officer\n\n"
        "1 Apologies for Absence\n\n"
        "Apologies were received from Cllr Hanley (work).\n\n"
        "2 Police Report\n\n"
        "PC Jan Ibbotson of the Ashby Neighbourhood Policing Team attended for this item.\n"
    )
    parsed = parse_text(text)
    assert {(a.name, a.status) for a in parsed.attendance} == {
        ("B Amberley", "present"),
        ("C Brightwell", "present"),
        ("D Cray", "present"),
        ("E Dunsford", "present"),
        ("F Elsworth", "present"),
        ("G Fairlie", "in_attendance"),
        ("H Gatley", "in_attendance"),
        ("Hanley", "apologies"),
        ("Jan Ibbotson", "in_attendance"),
    }
    assert next(a for a in parsed.attendance if a.name == "B Amberley").title == "Cllr"
    assert parsed.meeting.body == "Full Council"


def test_councillor_column_header_over_name_organisation_rows() -> None:
    text = (
        "PRESENT\n\n"
        "Councillor\n"
        "P ap Huw (Chair) Glanmor County Council\n"
        "R Bowen Tregaron Borough Council\n"
        "S Wyn Davies Glanmor County Council\n"
        "T Price Tregaron Borough Council\n\n"
        "APOLOGIES\n\n"
        "Councillor\n"
        "U Lewis Glanmor County Council\n\n"
        "1        MINUTES\n\n1.1      RESOLVED to approve the minutes.\n"
    )
    parsed = parse_text(text)
    got = {(a.name, a.status, a.title) for a in parsed.attendance}
    assert got == {
        ("P ap Huw", "present", "Councillor"),
        ("R Bowen", "present", "Councillor"),
        ("S Wyn Davies", "present", "Councillor"),
        ("T Price", "present", "Councillor"),
        ("U Lewis", "apologies", "Councillor"),
    }
    davies = next(a for a in parsed.attendance if a.name == "S Wyn Davies")
    assert davies.role == "Glanmor County Council"


def test_grouped_register_after_the_minutes_label_is_the_status() -> None:
    text = (
        "Rural Services Board\n\nDate: 2 March 2023\n\n"
        "1   Welcome\n\n    The Chair welcomed members.\n\n"
        "Appendix A - Attendance\n\n"
        "Position/Role       Councillor                  Authority\n\n"
        "Chair               Cllr Olwen Pask             Brackley Council\n"
        "Members             Cllr Ned Quill              Corley Council\n"
        "                    Cllr Rhoda Sallis           Dunton Council\n\n"
        "Apologies           Cllr Tess Ulley             Brackley Council\n\n"
        "Substitutes         Cllr Vic Wragge             Corley Council\n\n"
        "In Attendance       Cllr Yana Zorn              Dunton Council\n"
    )
    parsed = parse_text(text)
    assert {(a.name, a.status) for a in parsed.attendance} == {
        ("Olwen Pask", "present"),
        ("Ned Quill", "present"),
        ("Rhoda Sallis", "present"),
        ("Tess Ulley", "apologies"),
        ("Vic Wragge", "present"),
        ("Yana Zorn", "in_attendance"),
    }
    roles = {a.name: a.role for a in parsed.attendance}
    assert roles["Olwen Pask"] == "Chair; Brackley Council"
    assert roles["Ned Quill"] == "Corley Council"
    assert next(a for a in parsed.attendance if a.name == "Vic Wragge").substitute


def test_body_prefixed_members_present_lines_with_square_bracket_initials() -> None:
    text = (
        "STRATHDUNE COMMUNITY COUNCIL (SDCC)\n\n"
        "Minutes of the Meeting held on Monday 9th May 2022 at 7.00pm\n\n"
        "SDCC Members Present – Morag Innes (Chair) [MI], Ruaridh Bain [RB], Kirsty\n"
        "Tulloch (Treasurer) [KT] (arrived 7.20pm).\n"
        "HC Members Present – Cllr Ferguson [AF].\n"
        "Members of Public Present – PC Rennie + 3 members of the public.\n\n"
        "1. Roads\n"
        "Potholes were raised again. AF to ask the Roads team for a date for\n"
        "repairs. AF Action.\n"
    )
    parsed = parse_text(text)
    assert {(a.name, a.status) for a in parsed.attendance} == {
        ("Morag Innes", "present"),
        ("Ruaridh Bain", "present"),
        ("Kirsty Tulloch", "present"),
        ("Ferguson", "present"),
        ("Rennie", "in_attendance"),
    }
    assert next(a for a in parsed.attendance if a.name == "Kirsty Tulloch").partial
    assert [(a.text, a.owners) for a in parsed.actions] == [
        ("AF to ask the Roads team for a date for repairs.", ["AF"])
    ]


def test_officials_and_non_members_headings() -> None:
    text = (
        "Present:\n\n"
        "Mr A Boyd, Mrs C Dunn, Ms E Frew\n\n"
        "Non-Members also present:-\n\n"
        "Mrs G Hume\n\n"
        "Officials in attendance:\n\n"
        "Ms J Kerr, Head of Policy, Chief Executive's Office\n\n"
        "1. Minutes\n\nThe minutes were approved.\n"
    )
    assert people(text) == {
        ("A Boyd", "present"),
        ("C Dunn", "present"),
        ("E Frew", "present"),
        ("G Hume", "in_attendance"),
        ("J Kerr", "in_attendance"),
    }


def test_membership_list_overruled_by_substitutions_and_apologies() -> None:
    text = (
        "Minutes of the meeting of the Vale Growth Board on Tuesday, 7 June 2022\n\n"
        "Members of the Board\n\n"
        "Council Leaders\n"
        "K Larkin, Oakham Borough Council\n"
        "M Nolan, Pendle District Council\n"
        "P Quarry, Rye Borough Council\n\n"
        "Vale Growth Board\n"
        "S Tovey, Director – Vale Growth\n\n"
        "1. Apologies\n\n"
        "The following substitutions were noted:\n\n"
        "Una Vickers for Mark Nolan (Pendle)\n\n"
        "Apologies were also received from Paul Quarry (Rye); no substitute attended.\n"
    )
    assert people(text) == {
        ("K Larkin", "present"),
        ("S Tovey", "present"),
        ("Una Vickers", "present"),
        ("Mark Nolan", "apologies"),
        ("Paul Quarry", "apologies"),
    }


def test_also_present_pursuant_to_a_rule_is_in_attendance() -> None:
    text = (
        "PRESENT: Councillor Mrs Ames (Chairman), Councillors Birch and Cobb.\n\n"
        "Councillors Mrs J K Dale and L M Eyre were also present pursuant to Council Procedure\n"
        "Rule No 15.21.\n\n"
        "JTB 1 Minutes\n\nRESOLVED: That the minutes be approved.\n"
    )
    assert people(text) == {
        ("Ames", "present"),
        ("Birch", "present"),
        ("Cobb", "present"),
        ("J K Dale", "in_attendance"),
        ("L M Eyre", "in_attendance"),
    }


def test_action_subheading_over_owner_to_paragraph() -> None:
    text = (
        "Board note\n\n"
        "2       Coastal Erosion\n\n"
        "        Decision\n\n"
        "        The Board agreed to respond to the consultation.\n\n"
        "        Actions\n\n"
        "        Officers to draft the consultation response by 3 November 2023.\n\n"
        "3       Work Programme\n\n"
        "        Action\n\n"
        "        Members discussed the programme at length.\n"
    )
    actions = parse_text(text).actions
    assert [(a.owners, a.due) for a in actions] == [(["Officers"], "3 November 2023")]


def test_organisation_column_cells_that_look_like_names_are_not_people() -> None:
    text = (
        "Present:\n\n"
        "Cllr Ida Penhallow           Wessex County Council (Chair)\n"
        "Helen Tranter                Quantock Hills AONB\n"
        "Rosa Quenby                  North Wessex Parishes Representative\n"
        "Will Sennen                  Natural England\n"
        "Yvette Ambrose               Axe Vale District Council Officer\n\n"
        "1.   Minutes\n\nThe minutes were agreed.\n"
    )
    assert people(text) == {
        ("Ida Penhallow", "present"),
        ("Helen Tranter", "present"),
        ("Rosa Quenby", "present"),
        ("Will Sennen", "present"),
        ("Yvette Ambrose", "present"),
    }


def test_register_header_of_meeting_dates_is_not_the_meeting_date() -> None:
    text = (
        "ATTENDANCE SHEET\n\n"
        "Member                                                  14.06.21   20.09.21   06.12.21   21.03.22\n\n"
        "Elmley Council         Cllr Ava Brent - Chair\n"
        "Fordham Council        Cllr Cy Dorne - V Chair                     X                  Substitute\n"
        "                                                                                      sent\n"
        "Gilby Council          Cllr Di Ewart                     X          X          X\n"
        "Hanby Council          Cllr Ed Fyfe\n"
        "Irton Council          Cllr Flo Grey                                           X\n\n\n"
        "Item 3\n\n"
        "WOLDS COUNCILS\nEXECUTIVE BOARD\n\n"
        "MINUTES OF THE MEETING HELD ON 21ST MARCH 2022 AT THE GUILDHALL\n\n"
        "Present:\n"
        "Cllr Ava Brent (Chair) – Elmley Council\n\n"
        "1.  Minutes\n\n1.1 The minutes were agreed as a correct record.\n"
    )
    assert parse_text(text).meeting.date == "2022-03-21"
