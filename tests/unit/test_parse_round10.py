"""Round 10 parser rules (ordinary minutes): separately labelled attendance blocks ("Council Officials
Present:", "Visitors Present:", "Clerk:", "Executive Directors Present:", "Deputy Cabinet Members
Present:"), people grouped by item ("Item 2 – Mr G Lennie"), posts wrapped under the second column of a
two-column list, an apologies heading whose text is a sentence, and a resolution printed twice under one
ModernGov item (each test fails with its rule switched off)."""

from __future__ import annotations

from minutebook.parse import parse_text
from tests.helpers.minutes import html_minutes, people

_HEAD = "ANYTOWN BOROUGH COUNCIL\n\nMinutes of the Licensing Committee held on 3 May 2023 at 6.30 pm\n\n"
_TAIL = "\n1.   DECLARATIONS OF INTEREST\n\nThere were none.\n"


def test_officials_visitors_and_clerk_blocks() -> None:
    text = _HEAD + (
        "Committee Members Present:\nCouncillor A Moffat (Convener)\nCouncillor B Lyall\n\n"
        "Council Officials Present:\nMs C Nairn, Senior Planner\nMr D Orr, Roads Officer\n\n"
        "Visitors Present:\nItem 2 – Mr E Pryde, Mrs F Quarrie\nItem 3 – Ms G Rintoul\n\n"
        "Clerk:\nMs H Sime\n\nApologies:\nCouncillor J Tod\n" + _TAIL
    )
    parsed = parse_text(text)
    assert people(parsed) == {
        ("A Moffat", "present"),
        ("B Lyall", "present"),
        ("C Nairn", "in_attendance"),
        ("D Orr", "in_attendance"),
        ("E Pryde", "in_attendance"),
        ("F Quarrie", "in_attendance"),
        ("G Rintoul", "in_attendance"),
        ("H Sime", "in_attendance"),
        ("J Tod", "apologies"),
    }
    clerk = next(a for a in parsed.attendance if a.name == "H Sime")
    assert clerk.role == "Clerk"


def test_letterhead_clerk_line_is_not_a_list() -> None:
    text = (
        "LITTLEBY PARISH COUNCIL\nClerk: Mrs K Ure, 3 Mill Row, Littleby LB1 2AB\n\n"
        "Minutes of the meeting of Littleby Parish Council held on 3 May 2023 at 7.30 pm\n\n"
        "Present: Cllr L Vass (Chair), Cllr M Watt\n" + _TAIL
    )
    parsed = parse_text(text)
    assert people(parsed) == {("L Vass", "present"), ("M Watt", "present")}
    assert parsed.meeting.start_time == "19:30"


def test_qualified_staff_and_member_headings() -> None:
    text = _HEAD + (
        "Present:\n\nCllr Anna Bell        Leader of the Council\nCllr Carl Dunn        Cabinet Member\n\n"
        "Deputy Cabinet Members Present:\n\nCllr Erin Fox         Deputy Cabinet Member for Housing\n\n"
        "Executive Directors Present:\n\nGeorge Hale           Executive Director of Place\n"
        "Irene Jones           Chief Executive\n" + _TAIL
    )
    got = people(parse_text(text))
    assert got == {
        ("Anna Bell", "present"),
        ("Carl Dunn", "present"),
        ("Erin Fox", "present"),
        ("George Hale", "in_attendance"),
        ("Irene Jones", "in_attendance"),
    }


def test_post_wrapped_under_second_column() -> None:
    text = _HEAD + (
        "Present:\n\n"
        "Cllr Anna Bell        Chair. Leader of the Council and Cabinet Member\n"
        "                      for Strategy & Governance.\n"
        "Cllr Carl Dunn        Cabinet Member for Adult Social Care\n\n"
        "Officers Present:\n\n"
        "George Hale           Executive Director of Finance and Commercial\n"
        "                      Services\n" + _TAIL
    )
    roles = {a.name: a.role for a in parse_text(text).attendance}
    assert roles == {
        "Anna Bell": "Chair. Leader of the Council and Cabinet Member for Strategy & Governance.",
        "Carl Dunn": "Cabinet Member for Adult Social Care",
        "George Hale": "Executive Director of Finance and Commercial Services",
    }


def test_apologies_heading_whose_text_is_a_sentence() -> None:
    text = _HEAD + (
        "PRESENT:        Councillor D L Kerr – Chair.\n\n"
        "APOLOGIES:      Apologies for absence from the meeting were submitted on\n"
        "                behalf of Councillors K P Lamb and S Mair.\n" + _TAIL
    )
    got = people(parse_text(text))
    assert ("K P Lamb", "apologies") in got
    assert ("S Mair", "apologies") in got
    assert not any(n.startswith(("behalf", "Apologies")) for n, _ in got)


def test_same_resolution_under_two_items_is_two_decisions() -> None:
    text = _HEAD + (
        "Present: Cllr A Bell (Chair), Cllr C Dunn\n\n"
        "5.   TREASURY MANAGEMENT\n\nThe Committee considered the mid-year report.\n\n"
        "RESOLVED: That the report be noted.\n\n"
        "6.   RISK REGISTER\n\nThe Committee considered the corporate risk register.\n\n"
        "RESOLVED: That the report be noted.\n"
    )
    decisions = [d.text for d in parse_text(text).decisions]
    assert len([d for d in decisions if "report be noted" in d]) == 2


def test_resolution_restated_in_minutes_block_counts_once() -> None:
    parsed = html_minutes(
        "<h1>Anytown District Council</h1><p>Minutes of the Cabinet held on 3 October 2024 at 6.00 pm</p>"
        "<p>Present: Councillor Ann Bell (Chair), Councillor Carl Dunn</p>"
        "<table><tr><td>6.</td><td><p class='mgAiTitleTxt'>Financial Performance Report</p>"
        "<p class='mgSubItemTitleTxt'>Decision:</p><p>RESOLVED: That Cabinet</p>"
        "<ol><li>NOTED the financial performance for the first quarter; and</li>"
        "<li>APPROVED the transfer of £150,000 from the Priorities Fund to the Local Plan reserve.</li></ol>"
        "<p class='mgSubItemTitleTxt'>Minutes:</p><p>The Cabinet Member introduced the report.</p>"
        "<p>RESOLVED: That Cabinet NOTED the financial performance for the first quarter and APPROVED the "
        "transfer of £150,000 from the Priorities Fund to the Local Plan reserve.</p></td></tr></table>"
    )
    decisions = [d.text for d in parsed.decisions]
    assert any("NOTED" in d and "APPROVED" in d for d in decisions)
    assert not any(d.startswith("NOTED") for d in decisions), decisions
