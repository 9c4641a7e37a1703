"""Round 9 parser rules (ordinary minutes): attendance labels with a mode of attendance, hanging labels
wrapped over two lines, "Attending" after "Present", honorific + initials names whose surname is also a
word, and resolutions in table cells, after "proposed … and – Resolved:", under frames and with
sub-lists of conditions (each test fails with its rule switched off)."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.records import ParsedMinutes
from tests.helpers.minutes import html_minutes, people


def _decisions(parsed: ParsedMinutes) -> list[str]:
    return [d.text for d in parsed.decisions]


_HEAD = "ANYTOWN BOROUGH COUNCIL\n\nMinutes of the Pensions Committee held on 3 May 2023 at 6.30 pm\n\n"


def test_heading_with_mode_of_attendance() -> None:
    text = _HEAD + (
        "Members Present in Person:\n\nCouncillor Ann Smith (Chair)\nCouncillor Bob Jones\n\n"
        "Members Present Remotely:\n\nCouncillor Carol White\n\n"
        "Officers Present in Person:\n\nDavid Green - (Head of Pensions)\n\n"
        "Apologies:\n\nCouncillor Eve Black\n\n1.   DECLARATIONS OF INTEREST\n\nThere were none.\n"
    )
    got = people(parse_text(text))
    assert ("Carol White", "present") in got
    assert ("David Green", "in_attendance") in got
    assert ("Eve Black", "apologies") in got


def test_attending_with_inline_list_after_present_is_in_attendance() -> None:
    text = _HEAD + (
        "PRESENT:       Councillors Ann Smith (Convener), Bob Jones and Carol White.\n\n"
        "ATTENDING:     David Green, Head of Finance; and Fiona Brown, Committee Officer.\n\n"
        "45.  DECLARATIONS OF INTEREST\n\n     None.\n"
    )
    got = people(parse_text(text))
    assert ("David Green", "in_attendance") in got
    assert ("Fiona Brown", "in_attendance") in got
    assert ("Bob Jones", "present") in got


def test_hanging_label_wrapped_over_two_lines() -> None:
    text = _HEAD + (
        "PRESENT:       Councillors Ann Smith (Convener) and Bob Jones.\n\n"
        "APOLOGIES FOR  Councillors Iain Stewart and Kirsty Ogg.\n"
        "ABSENCE:\n\n"
        "45.  DECLARATIONS OF INTEREST\n\n     None.\n"
    )
    got = people(parse_text(text))
    assert ("Iain Stewart", "apologies") in got
    assert ("Kirsty Ogg", "apologies") in got


def test_councillors_not_present_are_absent() -> None:
    text = _HEAD + (
        "Present: Cllr. R. Fenwick (in the chair), Cllr. P. Cawthorne.\n\n"
        "Councillors not present: J. Oldroyd and L. Thackray.\n\n"
        "412.   Public Forum\nThere were no questions.\n"
    )
    got = people(parse_text(text))
    assert ("J. Oldroyd", "absent") in got
    assert ("L. Thackray", "absent") in got


def test_honorific_initials_surname_that_is_a_word() -> None:
    got = people(parse_text(_HEAD + "Absent: J. Oldroyd, Mrs. V. Senior and L. Thackray.\n"))
    assert ("V. Senior", "absent") in got
    # a real "Name, Role" is still read as one person with a role
    one = parse_text(_HEAD + "Also present: Mrs Green, Senior Officer.\n").attendance
    assert [(a.name, a.role) for a in one] == [("Green", "Senior Officer")]


def test_resolution_cell_of_a_minute_table() -> None:
    parsed = html_minutes(
        "<h1>Anytown Borough Council</h1><p>Licensing Committee, 21 September 2006</p>"
        "<table><tr><td>Min No</td><td>Description</td><td>Resolution</td></tr>"
        "<tr><td>14</td><td>Minutes</td><td>RESOLVED that the Minutes of the meeting held on 15 June 2006"
        " be approved as a correct record.</td></tr>"
        "<tr><td>18</td><td>Hackney Carriage Fares</td><td>RESOLVED that the proposed fares be advertised."
        "</td></tr></table>"
    )
    got = _decisions(parsed)
    assert any(t.startswith("that the proposed fares be advertised") for t in got)
    assert len(got) == 2


def test_proposed_seconded_and_dash_resolved() -> None:
    parsed = parse_text(
        _HEAD + "13. Minutes\n\nChair reviewed the minutes with members.\n"
        "It was proposed by Councillor Hext, seconded by Councillor Gilbert and – Resolved:\n"
        "That the minutes of the meeting held on 17 July 2024 be agreed.\n(Vote: For 4, Abstentions 2)\n"
    )
    assert _decisions(parsed) == ["That the minutes of the meeting held on 17 July 2024 be agreed."]


def test_body_named_with_bracketed_area() -> None:
    parsed = parse_text(
        _HEAD + "69/17  YOUTH SERVICES\n\n"
        "The Local Committee (Bramsford) agreed to approve the local prospectus for youth services.\n"
    )
    assert len(_decisions(parsed)) == 1


def test_frame_without_be_under_resolved_splits_into_parts() -> None:
    parsed = parse_text(
        _HEAD + "184.  REVENUE BUDGET\n\nRESOLVED:\n\nThat Cabinet recommends to Budget Council:\n"
        "1. That the Council Tax be reduced by 3%.\n2. That the net budget be set at £171.3m.\n\n"
        "Reason for decision:\nAs set out in the report.\n"
    )
    assert _decisions(parsed) == [
        "That the Council Tax be reduced by 3%.",
        "That the net budget be set at £171.3m.",
    ]


def test_conditions_sub_list_stays_with_its_resolution() -> None:
    parsed = parse_text(
        _HEAD + "27.  Application No AB/24/00215 - 1 High Street\n\n"
        "RESOLVED: (a) That Application No AB/24/00215 be GRANTED subject to the following conditions:"
        " (i) Time limit; (ii) Cycle storage; (iii) Maximum of 6 occupants.\n"
        "(b) That powers be delegated to the Head of Planning to settle any necessary conditions.\n"
    )
    got = _decisions(parsed)
    assert len(got) == 2
    assert got[0].startswith("That Application No AB/24/00215 be GRANTED") and "Time limit" in got[0]
    assert got[1].startswith("That powers be delegated")


def test_london_borough_in_capitals_names_the_council() -> None:
    text = (
        "                     LONDON BOROUGH OF ANYTOWN\n\n              MINUTES OF THE PENSIONS COMMITTEE\n\n"
        "        HELD AT 6.30 P.M. ON THURSDAY, 28 SEPTEMBER 2023\n"
    )
    assert parse_text(text).meeting.council == "London Borough of Anytown"


def test_duration_of_meeting_label_gives_start_and_end() -> None:
    text = (
        _HEAD.replace(" at 6.30 pm", "")
        + "1. Minutes\n\nAgreed.\n\n(Duration of meeting:  10.00 am - 11.42 am)\n"
    )
    meeting = parse_text(text).meeting
    assert (meeting.start_time, meeting.end_time) == ("10:00", "11:42")
