"""Parser round 6: attendance, meeting, action and decision forms met on councils' HTML pages.

Each snippet is written here; each test checks one general rule (and, where it matters, that
nobody is invented)."""

from __future__ import annotations

from minutebook.parse import parse_document, parse_text
from minutebook.records import ExtractedDocument


def people(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.status, e.role) for e in parse_text(text).attendance}


def html_people(html: str) -> dict[str, tuple[str, str | None]]:
    from minutebook.extract import extract_bytes

    doc: ExtractedDocument = extract_bytes(html.encode("utf-8"), sha256="t", media_type="html")
    return {e.name: (e.status, e.role) for e in parse_document(doc).attendance}


def test_with_chair_lead_in_then_plural_honorific_list() -> None:
    got = people(
        "Minutes of the meeting of the Parish Council held on Monday 5 February 2024.\n"
        "With Cllr Ann Dunmore in the Chair there were present Cllrs:\n"
        "Keith Aldred\nPauline Hamby\nStuart Cheal (part)\n\n"
        "1. Apologies\nNone.\n"
    )
    assert got["Ann Dunmore"] == ("present", "in the Chair")
    assert {k for k, v in got.items() if v[0] == "present"} == {
        "Ann Dunmore",
        "Keith Aldred",
        "Pauline Hamby",
        "Stuart Cheal",
    }


def test_role_before_honorific_and_council_acronym_after_name() -> None:
    got = people(
        "Present: Cllr A Barker, Cllr B Carr and Cllr D Dale\n"
        "In attendance: Clerk Mrs Janet Wilkinson\n"
        "Also present: Cllrs Brian Coupland LCC (part), Sarah Pennell ELDC, 2 members of the public\n"
    )
    assert got["Janet Wilkinson"] == ("in_attendance", "Clerk")
    assert got["Brian Coupland"][0] == "in_attendance" and got["Brian Coupland"][1] == "LCC"
    assert got["Sarah Pennell"] == ("in_attendance", "ELDC")
    assert not any("public" in (r or "") for _s, r in got.values())


def test_post_nominals_and_capitalised_surnames_are_not_council_acronyms() -> None:
    got = people("Present: Mr John Smith OBE, Cllr Elspeth MORRISON, Cllr A Barker\n")
    assert "John Smith" in got and got["John Smith"][1] is None
    assert "Elspeth MORRISON" in got


def test_minuted_apology_overrides_a_stray_present_line() -> None:
    got = people(
        "Present:\nCllr Keith Aldred\nCllr Pauline Hamby\nCllr Gemma Strawson\n\n"
        "54. Apologies for absence\n"
        "An apology with valid reason for absence was accepted from Cllr Strawson.\n"
    )
    assert got["Gemma Strawson"][0] == "apologies"
    assert got["Keith Aldred"][0] == "present"


def test_non_member_group_heading_in_attendance() -> None:
    got = people(
        "Members present\nCllr A Barker\nCllr B Carr\n\n"
        "Advisers and officers in attendance\nMark Ferris\tIndependent Investment Adviser\n"
        "Louise Grant\tHead of Pensions\n"
    )
    assert got["Mark Ferris"] == ("in_attendance", "Independent Investment Adviser")
    assert got["Louise Grant"][0] == "in_attendance"


def test_no_apologies_received_is_absent_and_also_sent_apologies() -> None:
    got = people(
        "Present: Cllr A Barker, Cllr B Carr and Cllr D Dale\n\n"
        "1. Apologies\n"
        "Cllr Elaine Bickerstaffe – apologies accepted (family commitment).\n"
        "Cllr Tom Youd – no apologies received.\n\n"
        "2. Reports\nCounty Cllr H Dascombe also sent apologies. The report was noted.\n"
    )
    assert got["Tom Youd"][0] == "absent"
    assert got["Elaine Bickerstaffe"][0] == "apologies"
    assert got["H Dascombe"][0] == "apologies"


def test_two_officers_a_row_with_posts_in_brackets_but_not_name_and_place_columns() -> None:
    got = people(
        "Present: Cllr A Barker, Cllr B Carr and Cllr D Dale\n"
        "Officers\nGill Spencer (Director of Place)\tKev Ormond (Head of Housing)\n"
    )
    assert got["Kev Ormond"] == ("in_attendance", "Head of Housing")
    got2 = people("Present:\nMike Oduya\tWansford North (Lead Governor)\nGillian Pearce\tWansford South\n")
    assert "Wansford North" not in got2 and "Wansford South" not in got2
    assert got2["Mike Oduya"][0] == "present"


def test_organisation_after_a_name_is_not_a_person_and_public_group_dropped() -> None:
    got = people(
        "Present: Cllr A Barker, Cllr B Carr and Cllr D Dale\n"
        "Also in attendance:\nKirsty Blair, Transport Scotland (observer)\n\n"
        "Also present: County Cllr B. Forsyth-Hume; Cllr J. Ormerod (observer); 2 members of the public.\n"
    )
    assert "Transport Scotland" not in got
    assert got["Kirsty Blair"][0] == "in_attendance"
    assert got["B. Forsyth-Hume"][0] == "in_attendance"
    assert got["J. Ormerod"][0] == "in_attendance"


def test_label_cells_before_names_in_a_layout_table() -> None:
    html = """<html><body><main><p>Minutes of the Executive held on 8 February 2024</p>
<table><tr><td><b>Present:</b></td><td colspan="4"><b>Councillors:</b></td></tr>
<tr><td></td><td>Chairman</td><td>Cllr Halloran</td><td>Vice Chairman</td><td>Cllr Pengelly</td></tr>
<tr><td></td><td></td><td>Cllr Abbey</td><td></td><td>Cllr Birchall</td></tr>
<tr><td><b>In attendance:</b></td><td colspan="4"><b>Councillors:</b></td></tr>
<tr><td></td><td></td><td>Cllr Coryton</td><td></td><td>Cllr Dampney</td></tr>
</table><p>70. Minutes</p></main></body></html>"""
    got = html_people(html)
    assert got["Halloran"] == ("present", "Chairman")
    assert got["Pengelly"] == ("present", "Vice Chairman")
    assert got["Abbey"][0] == "present" and got["Birchall"][0] == "present"
    assert got["Coryton"][0] == "in_attendance" and got["Dampney"][0] == "in_attendance"
    assert "Chairman" not in got and "Vice Chairman" not in got


def test_matrix_table_with_row_groups_and_role_in_name_cell() -> None:
    html = """<html><body><main><table>
<thead><tr><th rowspan="2">Constituent authority</th><th rowspan="2">Member</th><th colspan="2">Attendance</th></tr>
<tr><th>Present</th><th>Apologies</th></tr></thead><tbody>
<tr><th rowspan="2">Northvale County Council</th><td>Cllr Philip Ransome</td><td>&#10003;</td><td></td></tr>
<tr><td>Cllr Amrit Sandhu</td><td></td><td>&#10003;</td></tr>
<tr><th>Co-opted</th><td>Mr David Lenton, Independent Person</td><td>&#10003;</td><td></td></tr>
</tbody></table><h3>45. Apologies</h3><p>See above.</p></main></body></html>"""
    got = html_people(html)
    assert got["Philip Ransome"] == ("present", "Northvale County Council")
    assert got["Amrit Sandhu"][0] == "apologies"
    assert got["David Lenton"][0] == "present"
    assert got["David Lenton"][1] is not None and got["David Lenton"][1].startswith("Independent Person")


def test_summary_list_of_people_and_sidebar_attendance_panel() -> None:
    html = """<html><body><div class="layout"><article><h1>Panel minutes</h1>
<p>Minutes of the meeting held on Thursday 29 June 2023 at 2pm.</p><h2>1. Welcome</h2><p>None.</p></article>
<aside><h3>Members present</h3><ul>
<li><span class="attendee__name">Cllr P Garside (Chairman)</span> <span class="attendee__org">Marches CC</span></li>
<li><span class="attendee__name">Dr M Verlot</span> <span class="attendee__org">Co-opted Independent Member</span></li>
</ul><h3>Apologies</h3><dl><dt>Adam Fensome</dt><dd>Chief Operating Officer</dd>
<dt>Lorraine Cheng</dt><dd>Non-Executive Director</dd></dl></aside></div></body></html>"""
    got = html_people(html)
    assert got["P Garside"][0] == "present"
    assert got["M Verlot"] == ("present", "Co-opted Independent Member")
    assert got["Adam Fensome"] == ("apologies", "Chief Operating Officer")
    assert "Marches CC" not in got and "Chief Operating Officer" not in got


def test_end_time_in_a_sentence_after_the_next_meeting_date() -> None:
    m = parse_text(
        "Minutes of the meeting held on Tuesday 19th September 2023 at 7pm in the Village Hall\n\n"
        "Present: Cllr A Barker, Cllr B Carr and Cllr D Dale\n\n"
        "9. Finance\nNext meeting Tuesday 17th October 2023. Meeting closed 8.40pm.\n"
    ).meeting
    assert m.end_time == "20:40"
    m2 = parse_text(
        "Minutes of the meeting held on 1 May 2024 at 7pm\n\nThe next meeting closed at 9pm on 3 June.\n"
    ).meeting
    assert m2.end_time is None


def test_parish_meeting_held_on_is_the_council_itself() -> None:
    m = parse_text(
        "Minutes | Pentre Isaf Community Council\n"
        "Minutes of the meeting held on Tuesday 19th September 2023 at 7pm in the Village Hall\n"
    ).meeting
    assert m.council == "Pentre Isaf Community Council" and m.body == "Pentre Isaf Community Council"


def test_public_body_publisher_and_acronym_that_is_not_a_council() -> None:
    m = parse_text(
        "Commission meeting minutes: 23 January 2024 | Scottish Rural Transport Commission\n"
        "SRTC Commission Meeting\nDate: 23 January 2024\nTime: 10:30\n"
    ).meeting
    assert m.council == "Scottish Rural Transport Commission"
    assert m.council != "Scottish Rural Town Council"
    m2 = parse_text(
        "Minutes of the Board\nCoastal Communities Renewal Agency\nHeld on 19 October 2023\n"
    ).meeting
    assert m2.council == "Coastal Communities Renewal Agency"


def test_mid_line_titlecase_resolved_colon_is_a_decision() -> None:
    texts = [
        d.text
        for d in parse_text(
            "6. Planning\nFUL/2023/0412 – Bryn Awel – two storey extension. Resolved: no objection.\n\n"
            "7. Grants\nThe matter was Resolved by the clerk before the meeting.\n"
        ).decisions
    ]
    assert any(t.rstrip(".") == "no objection" for t in texts)
    assert not any("clerk" in t for t in texts)


def test_numbered_action_marker_and_subject_owner() -> None:
    acts = parse_text(
        "4. Finance\n4.1 The Board approved the budget.\n"
        "Action 23/14: Finance Director to circulate the revised forecast by 3 November 2023.\n\n"
        "5. Minutes\nThe minutes were approved.\n"
        "Action: The Secretariat will publish the approved minutes on the website.\n"
        "Action: Ross Dunbar will provide a breakdown for the next meeting.\n"
    ).actions
    owners = {a.text.split()[0]: a.owners for a in acts}
    assert any(a.owners == ["Finance Director"] and "circulate" in a.text for a in acts)
    assert any(a.owners == ["The Secretariat"] for a in acts)
    assert any(a.owners == ["Ross Dunbar"] for a in acts)
    assert len(acts) == 3, owners
