"""Round 12 parser rules (ordinary minutes): an honorific label cell in a two-column attendance table,
a title-case label wrapped over two lines, a numbered "Present" item, the clerk listed under Present,
an apologies item with an agenda reference or "Apologies Received", "Cllrs." in sentences, standing-order
attendees, a stand-in "attending as his representative", a footnote mark on a name, a lost blank line
between two attendance sentences, and council names in brackets or with "&" (each test fails with its
rule switched off)."""

from __future__ import annotations

from minutebook.parse import parse_text
from tests.helpers.minutes import html_minutes, statuses

_HEAD = "ANYTOWN CITY COUNCIL\n\nMinutes of the Licensing Committee held on 3 May 2023 at 6.30 pm\n\n"
_TAIL = "\n\n7.   DECLARATIONS OF INTEREST\n\nThere were none.\n"


def test_honorific_label_cell_and_wrapped_also_present_label() -> None:
    text = (
        _HEAD + "Present:        Councillors:     Adams (Chair), Baker, Carter and\n"
        "                                 Dunn\n\n"
        "Also            Councillor:      Evans\n"
        "Present:\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert {k: people.get(k) for k in ("Adams", "Baker", "Carter", "Dunn")} == dict.fromkeys(
        ("Adams", "Baker", "Carter", "Dunn"), "present"
    )
    assert people.get("Evans") == "in_attendance"


def test_apologies_item_with_agenda_reference_and_bare_received_from() -> None:
    text = (
        _HEAD + "Present: Councillors Adams and Baker\n\n"
        "29      APOLOGIES FOR ABSENCE (Item A1)\n"
        "        Received from Councillor Fox-Hale.\n\n"
        "30      MINUTES (Item A2)\n        RESOLVED: That the minutes be confirmed.\n"
    )
    assert statuses(parse_text(text)).get("Fox-Hale") == "apologies"


def test_apologies_received_item_title() -> None:
    text = (
        _HEAD + "Present: Cllrs A Baker, C Dunn\n\n"
        "1/12/23 Apologies Received – Cllrs G Moss (holiday) and T Lane (ill)\n"
        "2/12/23 Minutes – the minutes were approved.\n"
    )
    people = statuses(parse_text(text))
    assert people.get("G Moss") == "apologies" and people.get("T Lane") == "apologies"


def test_cllrs_with_full_stop_in_sentences() -> None:
    text = (
        _HEAD + "Present: Cllr. Adams (Chairman)\n\nCllrs. Baker and Carter\n\n"
        "    Apologies for absence were received from Cllrs. Dunn, L. Evans and Fry\n\n"
        "    Cllrs. Gray and Hill were also present.\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert [people.get(n) for n in ("Dunn", "L. Evans", "Fry")] == ["apologies"] * 3
    assert people.get("Gray") == "in_attendance" and people.get("Hill") == "in_attendance"


def test_lost_blank_line_between_attendance_sentences() -> None:
    text = (
        _HEAD + "Present: Cllr. Adams (Chairman)\n\n"
        "Apologies for absence were received from Cllrs. Dunn, L. Evans and Fry\n"
        "Cllrs. Gray and Hill were also present.\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert people.get("Fry") == "apologies"
    assert people.get("Gray") == "in_attendance" and people.get("Hill") == "in_attendance"


def test_numbered_present_item_and_clerk_under_present() -> None:
    body = (
        "<p>MINUTES OF THE MEETING OF THE PLANNING COMMITTEE OF ANYTOWN TOWN COUNCIL HELD ON MONDAY 2nd"
        " OCTOBER 2023 AT 6.00PM</p>"
        "<p>PL23/041 PRESENT</p>"
        "<p>Councillors Ashby (Chair), Bell and Cole.</p>"
        "<p>J Stone (Deputy Town Clerk)</p>"
        "<p>PL23/042 PLANNING APPLICATIONS</p><p>It was RESOLVED to submit the comments.</p>"
        "<p>PL23/043 DATE OF NEXT MEETING</p><p>Noted.</p>"
    )
    people = statuses(html_minutes(body))
    assert {k: people.get(k) for k in ("Ashby", "Bell", "Cole")} == dict.fromkeys(
        ("Ashby", "Bell", "Cole"), "present"
    )
    assert people.get("J Stone") == "in_attendance"


def test_members_attending_under_standing_orders_and_starred_minute_numbers() -> None:
    text = (
        "ANYSHIRE COUNTY COUNCIL\n\nCABINET\n\n11 October 2023\n\nPresent:-\n\n"
        "Councillors R Ames (Chair), A Bolt and J Crane\n\n"
        "Members attending in accordance with Standing Orders 8 and 25\n\n"
        "Councillors T Drew and F Eade\n\nApologies:-\n\nCouncillors L Ford and K Gill\n\n"
        "* 214    Minutes\n\nRESOLVED that the minutes be signed.\n\n"
        "* 215    Announcements\n\nThere were none.\n"
    )
    people = statuses(parse_text(text))
    assert people.get("T Drew") == "in_attendance" and people.get("F Eade") == "in_attendance"
    assert people.get("K Gill") == "apologies"


def test_stand_in_attending_as_representative() -> None:
    text = (
        _HEAD + "1.   Apologies for Absence\n\n"
        "An apology for absence was received from Councillor Ann Pike (Cabinet Member) and from Gary Lowe"
        " (Corporate Director) with Nina Shah (Director, Environment) attending as his representative.\n"
        + _TAIL
    )
    people = statuses(parse_text(text))
    assert people.get("Gary Lowe") == "apologies"
    assert people.get("Nina Shah") == "in_attendance"


def test_footnote_mark_on_a_name_and_key_line() -> None:
    text = (
        _HEAD + "Present:\nCouncillors Tate (Chair), Ames, Frean*, Kitto and Lusk.\n"
        "In attendance:\nCouncillor Hext.\n* denotes attendance via video conference.\n" + _TAIL
    )
    parsed = parse_text(text)
    people = statuses(parsed)
    assert people.get("Frean") == "present" and people.get("Ames") == "present"
    hext = next(a for a in parsed.attendance if a.name == "Hext")
    assert hext.role is None


def test_honorific_label_before_name_columns() -> None:
    text = (
        _HEAD + "Present:                Councillor Y Noble (Chair)\n\n"
        "                        Councillors  M Jones           T Eaves\n"
        "                                     A Dale            C Hart\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert people.get("M Jones") == "present" and people.get("T Eaves") == "present"


def test_council_in_brackets_with_ampersands() -> None:
    text = (
        "AUDIT & GOVERNANCE COMMITTEE\n(Tamar & Exe Fire & Rescue Authority)\n17 July 2023\n\n"
        "Present:\nCouncillors Tate (Chair) and Ames.\n" + _TAIL
    )
    assert parse_text(text).meeting.council == "Tamar & Exe Fire & Rescue Authority"


def test_council_of_a_member_in_brackets_is_not_the_host() -> None:
    text = (
        "Pension Fund Committee\n\nDate: Thursday, 20th July, 2023\n\n"
        "Present: County Councillors M Gale (Chair) and A Dunn; Councillor H Bhatt (Nenebridge City Council)\n\n"
        "142. Apologies\n\nApologies were received from Councillor D Wragg (Nenebridge City Council).\n"
        "143. Minutes\n\nThe minutes were approved.\n"
    )
    assert parse_text(text).meeting.council is None
