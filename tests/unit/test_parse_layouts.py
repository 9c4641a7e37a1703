"""Layout conventions added in parse-1.2 so the parser holds on councils it was not tuned on, each
on a small invented snippet written the way real minutes print it."""

from __future__ import annotations

import json

from minutebook.parse import parse_text


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.name, a.title, a.status) for a in parse_text(text).attendance]


# --------------------------------------------------------------------------- hostile input


def test_hostile_entry_in_a_present_list_is_one_row_kept_as_written() -> None:
    text = (
        "Present:\nCouncillor A Smith (Chair)\nCouncillor O'Brien'); DROP TABLE x;--\nCouncillor B Jones\n\n"
        "1. Apologies\n\nNone.\n"
    )
    parsed = parse_text(text)
    assert _people(text) == [
        ("A Smith", "Councillor", "present"),
        ("O'Brien'); DROP TABLE x;--", "Councillor", "present"),
        ("B Jones", "Councillor", "present"),
    ]
    json.dumps(parsed.to_schema())  # serialisable, nothing raised


def test_hostile_entry_inside_an_inline_list() -> None:
    text = "Present: Councillor A Smith (Chair), Councillor O'Brien'); DROP TABLE x;--, Councillor B Jones\n"
    names = [n for n, _t, _s in _people(text)]
    assert names == ["A Smith", "O'Brien'); DROP TABLE x;--", "B Jones"]


# --------------------------------------------------------------------------- attendance layouts


def test_mesdames_and_messrs_and_an_inline_also_present() -> None:
    text = (
        "Present: Geoffrey Thwaite (Chairman); Mesdames Arkwright, Leese;\n"
        "Messrs Bardsley, Hext. Also present: Mrs C Rundle (Clerk); District Councillor\n"
        "Mrs P Okonedo (for items 1 to 4).\n"
    )
    people = parse_text(text).attendance
    assert [(a.name, a.title, a.status) for a in people] == [
        ("Geoffrey Thwaite", None, "present"),
        ("Arkwright", "Mrs", "present"),
        ("Leese", "Mrs", "present"),
        ("Bardsley", "Mr", "present"),
        ("Hext", "Mr", "present"),
        ("C Rundle", "Mrs", "in_attendance"),
        ("P Okonedo", "District Councillor Mrs", "in_attendance"),
    ]
    assert people[-1].partial


def test_party_labels_and_role_first_officers() -> None:
    text = (
        "PRESENT:\n\n"
        "Labour:              Councillors S Akhtar (Chair), P Brannigan and\n"
        "                     T Mahmood\n"
        "Liberal Democrat:    Councillor A Nuttall\n\n"
        "OFFICERS:\n\n"
        "Assistant Director, Highways and Transport – Paul Gorton\n"
        "Scrutiny Support Officer – Kirsty Lund\n"
    )
    assert [(n, s) for n, _t, s in _people(text)] == [
        ("S Akhtar", "present"),
        ("P Brannigan", "present"),
        ("T Mahmood", "present"),
        ("A Nuttall", "present"),
        ("Paul Gorton", "in_attendance"),
        ("Kirsty Lund", "in_attendance"),
    ]


def test_tab_columns_role_first_and_membership_categories() -> None:
    text = (
        "Members Present:\n"
        "Primary Headteachers\tSarah Lockwood (Chair), Fieldhouse Primary School\n"
        "\tImran Baig, St Anne's CE Primary School\n"
        "Early Years (PVI)\tDenise Faulkner, Little Acorns Day Nursery\n\n"
        "Officers Present:\n"
        "Chief Fire Officer\tRachel Oyelowo\n"
        "Treasurer\tAlison Crabtree\n"
    )
    assert [(n, s) for n, _t, s in _people(text)] == [
        ("Sarah Lockwood", "present"),
        ("Imran Baig", "present"),
        ("Denise Faulkner", "present"),
        ("Rachel Oyelowo", "in_attendance"),
        ("Alison Crabtree", "in_attendance"),
    ]


def test_name_and_role_with_the_tab_collapsed_to_one_space() -> None:
    text = (
        "Present:\n"
        "Cllr Sandra Heywood Chair – Cabinet Member for Communities\n"
        "Judith Amankwah Head of Community Safety, Pendlebrook BC\n"
        "SM Kelly Brent Station Manager, Mercia Fire and Rescue Service\n"
        "In attendance:\n"
        "Tariq Nawaz Community Safety Analyst (for item 3)\n"
    )
    people = parse_text(text).attendance
    assert [(a.name, a.title, a.role) for a in people] == [
        ("Sandra Heywood", "Cllr", "Chair – Cabinet Member for Communities"),
        ("Judith Amankwah", None, "Head of Community Safety, Pendlebrook BC"),
        ("Kelly Brent", "SM", "Station Manager, Mercia Fire and Rescue Service"),
        ("Tariq Nawaz", None, "Community Safety Analyst"),
    ]
    assert people[-1].partial and people[-1].status == "in_attendance"


def test_attendance_list_without_a_heading() -> None:
    text = (
        "Minutes of the Meeting of the Parish Council held on 8th May 2023 at 7.00pm in the Village Hall\n"
        "Cllr Tremlett (Chairman)\nCllr Hayter\nCllr Mrs Cornish\nCllr Cornish\n"
        "Mrs Jenny Tapp – Clerk.\n\n"
        "1. Apologies for absence\n"
        "Cllr Garland (work).\n\n"
        "2. Planning\n\nNothing to report.\n"
    )
    assert _people(text) == [
        ("Tremlett", "Cllr", "present"),
        ("Hayter", "Cllr", "present"),
        ("Cornish", "Cllr Mrs", "present"),
        ("Cornish", "Cllr", "present"),
        ("Jenny Tapp", "Mrs", "in_attendance"),
        ("Garland", "Cllr", "apologies"),
    ]


def test_apologies_run_into_the_item_title_and_chained_substitutions() -> None:
    text = (
        "Present: Councillors Packwood, Thoday and Verity\n\n"
        "23/061  Apologies for absence ‒ Mr Pargeter (holiday); Mrs Winstanley (family\n"
        "        commitment). Apologies accepted.\n\n"
        "23/062  Declarations\n\n"
        "Apologies for absence were received from Councillor Daley, who was substituted by Councillor\n"
        "Packwood, and Councillor John Fisk, who was substituted by Councillor Thoday.\n"
        "Apologies for lateness were received from Councillor Verity.\n"
    )
    got = [(n, s) for n, _t, s in _people(text)]
    assert ("Pargeter", "apologies") in got and ("Winstanley", "apologies") in got
    assert ("Daley", "apologies") in got and ("John Fisk", "apologies") in got
    assert ("Verity", "present") in got and ("Verity", "apologies") not in got


# --------------------------------------------------------------------------- meeting


def test_yearless_held_on_date_and_a_publication_date() -> None:
    text = (
        "Minutes 8th May 2023\nPosted on 14 June 2023\n"
        "Minutes of the Annual Meeting of the Parish Council held on 8th May at 7.00pm in the Village Hall\n"
    )
    meeting = parse_text(text).meeting
    assert (meeting.date, meeting.start_time) == ("2023-05-08", "19:00")


def test_welsh_evening_time() -> None:
    assert parse_text("CYFARFOD NOS LUN, 30 IONAWR 2023 AM 6.30 y.h.\n").meeting.start_time == "18:30"


def test_covering_letter_before_the_minutes() -> None:
    text = (
        "EXAMPLE BOROUGH COUNCIL\nTown Hall\n\nDate: 24 March 2023\n\nDear Councillor\n\n"
        "PLANNING COMMITTEE - TUESDAY, 11TH APRIL, 2023\n\nPlease find the minutes enclosed.\n\n"
        "This page is intentionally left blank\n\nPLANNING COMMITTEE\n\nTuesday, 14 March 2023\n\n"
        "Present: Councillor Mrs Hollingworth (Chairman)\n"
    )
    meeting = parse_text(text).meeting
    assert meeting.date == "2023-03-14"
    assert meeting.council == "Example Borough Council"


# --------------------------------------------------------------------------- actions and decisions


def test_right_hand_action_column() -> None:
    text = (
        "                                                              Resolution / Action\n\n"
        "1. Precept\n\n"
        "It was RESOLVED to set the precept at £412,600, an increase of        Clerk\n"
        "4.5%, and to notify the County Council accordingly.\n\n"
        "2. Correspondence\n\nThe Clerk would chase this before the next meeting.\n"
    )
    parsed = parse_text(text)
    assert [(a.owners, a.text[:24]) for a in parsed.actions] == [(["Clerk"], "It was RESOLVED to set t")]
    assert len(parsed.decisions) == 1


def test_document_reference_at_the_top_right_is_not_an_item() -> None:
    text = (
        "                                                                              CH/23/01\n"
        "EXAMPLE COUNCIL\n\n"
        "1.  APOLOGIES FOR ABSENCE\n\n    None.\n\n"
        "2.  BUDGET\n\n    The Committee agreed:-\n\n"
        "    (a)  to approve the budget; and\n\n    (b)  to note the consultation.\n"
    )
    parsed = parse_text(text)
    assert [it.number for it in parsed.agenda_items] == ["1", "2"]
    assert [d.text for d in parsed.decisions] == ["to approve the budget", "to note the consultation."]


def test_resolutions_after_a_named_proposer_and_in_sentences() -> None:
    text = (
        "1. Minutes\n"
        "Proposed by Cllr Okoro, seconded by Cllr Williams and RESOLVED that the minutes be approved.\n\n"
        "2. Grants\n"
        "Three quotations were considered. Resolved to accept the quotation from T. Marsh Ltd.   For 6   Against 1\n\n"
        "3. Minutes of the last meeting\nThese were agreed as a true record and signed by the Chairman.\n\n"
        "4. Election of Chairman\n"
        "Cllr Hayter nominated Cllr Tremlett as Chairman and this was seconded by Cllr Dampier. There being "
        "no other nominations this was carried with all in favour.\n\n"
        "5. Budget\nThe Committee agreed:- (a) to approve the plan; and (b) to note the report.\n\n"
        "6. Planning\nApplication 23/00112/LBC – GRANTED subject to conditions.\n"
        "It was proposed and unanimously agreed that allotment rents remain unchanged.\n"
    )
    got = [d.text for d in parse_text(text).decisions]
    assert got == [
        "that the minutes be approved.",
        "to accept the quotation from T. Marsh Ltd.",
        "These were agreed as a true record and signed by the Chairman.",
        "Cllr Hayter nominated Cllr Tremlett as Chairman and this was seconded by Cllr Dampier. "
        "There being no other nominations this was carried with all in favour.",
        "to approve the plan",
        "to note the report.",
        "Application 23/00112/LBC – GRANTED subject to conditions.",
        "It was proposed and unanimously agreed that allotment rents remain unchanged.",
    ]


def test_will_sentences_and_noting_stay_out() -> None:
    text = (
        "1. Highways\nThe Clerk will write to the County Council. The Board noted the update.\n"
        "Members of the public (7) arrived.\n"
    )
    parsed = parse_text(text)
    assert parsed.actions == [] and parsed.decisions == [] and parsed.attendance == []


def test_ocr_digits_inside_words_are_read_as_letters() -> None:
    text = "Councillors present:\nCllr P. Wi11iams\nCllr D. Okoro\n\n1. Apo1ogies\nApo1ogies were received from Cllr M. Chaudhry.\n"
    assert [(n, s) for n, _t, s in _people(text)] == [
        ("P. Williams", "present"),
        ("D. Okoro", "present"),
        ("M. Chaudhry", "apologies"),
    ]
