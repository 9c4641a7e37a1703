"""Round 8 parser rules: owner-only Action columns of minute tables, … (each test fails with its rule
switched off)."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.records import ParsedMinutes
from tests.helpers.minutes import html_minutes


def _actions(parsed: ParsedMinutes) -> list[tuple[str, list[str], str | None, str | None]]:
    return [(a.text, a.owners, a.due, a.agenda_item) for a in parsed.actions]


_HEAD = "<h1>Anyville Parish Council</h1><p>Minutes of the meeting held on 3 May 2023 at 7pm</p>"

_MINUTE_TABLE_HTML = (
    _HEAD + "<p>Present: Cllr A Smith (Chair), Cllr B Jones</p>"
    "<table><tr><td><b>Minute</b></td><td><b>Item</b></td><td><b>Action</b></td></tr>"
    "<tr><td>12/23</td><td><p><b>Play area</b></p><p>The swings were inspected. The broken chain to be"
    " replaced before the summer.</p></td><td><p>Cllr Jones</p></td></tr>"
    "<tr><td>13/23</td><td><p><b>Correspondence</b></p><p>A letter from a resident was noted.</p></td>"
    "<td></td></tr>"
    "<tr><td>14/23</td><td><p><b>Footpaths</b></p><p>Overgrown stile on FP4 to be reported.</p>"
    "<p>Fingerpost on FP7 to be repainted.</p></td><td><p>Clerk</p><p>Cllr Smith</p></td></tr>"
    "<tr><td>15/23</td><td><p><b>Finance</b></p><p>a) RESOLVED to approve the payments.</p>"
    "<p>b) Grant to the youth club. RESOLVED to award £300. The cheque to be sent to the club.</p></td>"
    "<td><p></p><p>Treasurer</p></td></tr>"
    "</table>"
)


def test_owner_only_action_column_of_an_html_minute_table() -> None:
    got = [(t, o, d) for t, o, d, _i in _actions(html_minutes(_MINUTE_TABLE_HTML))]
    assert got == [
        ("The broken chain to be replaced before the summer.", ["Cllr Jones"], None),
        ("Overgrown stile on FP4 to be reported.", ["Clerk"], None),
        ("Fingerpost on FP7 to be repainted.", ["Cllr Smith"], None),
        # the owner's paragraph sits level with part b): the sentence that sets the action
        ("The cheque to be sent to the club.", ["Treasurer"], None),
    ]


def test_owner_only_action_column_of_a_tabbed_minute_table() -> None:
    text = (
        "ANYVILLE PARISH COUNCIL\nMinutes of the meeting held on 3 May 2023 at 7pm\n\n"
        "Present: Cllr A Smith (Chair), Cllr B Jones\n\n"
        "Minute\tItem\tAction\n"
        "12/23\tPlay area\tCllr Jones\n"
        "The swings were inspected. The broken chain to be replaced before the summer.\n"
        "13/23\tCorrespondence\n"
        "A letter from a resident was noted.\n"
        "14/23\tFootpaths\tClerk\n"
        "Overgrown stile on FP4 to be reported.\n"
        "Fingerpost on FP7 to be repainted.\n"
        "Cllr Smith\n"
    )
    got = _actions(parse_text(text))
    assert got == [
        ("The broken chain to be replaced before the summer.", ["Cllr Jones"], None, "12/23"),
        ("Overgrown stile on FP4 to be reported.", ["Clerk"], None, "14/23"),
        ("Fingerpost on FP7 to be repainted.", ["Cllr Smith"], None, "14/23"),
    ]


def test_title_cell_is_never_read_as_an_owner() -> None:
    """A two-cell row ("13/23<TAB>Correspondence") has no Action cell: nothing is invented."""
    text = (
        "Minutes of the meeting held on 3 May 2023\n\n"
        "Minute\tItem\tAction\n"
        "13/23\tCorrespondence Clerk\n"
        "A letter from a resident to be noted by members.\n"
        "14/23\tPlanning\n"
        "The application to be supported by the council.\n"
    )
    assert parse_text(text).actions == []


def test_action_tables_with_owner_and_due_columns() -> None:
    html = html_minutes(
        _HEAD + "<table><tr><th>No.</th><th>Action required</th><th>Responsible</th><th>Target date</th></tr>"
        "<tr><td>1</td><td>Share the data dashboard with partners</td><td>Jane Doe</td><td>30 June 2023</td>"
        "</tr><tr><td>2</td><td>Draft the winter plan</td><td>Head of Service</td><td>TBC</td></tr></table>"
    )
    assert [(a, o, d) for a, o, d, _i in _actions(html)] == [
        ("Share the data dashboard with partners", ["Jane Doe"], "30 June 2023"),
        ("Draft the winter plan", ["Head of Service"], None),
    ]
    spaced = parse_text(
        "Minutes of the meeting held on 3 May 2023\n\nActions arising\n\n"
        "Action                                      Lead            Due\n"
        "Review the tree survey findings             Cllr Smith      July 2023\n"
        "Renew the insurance policy                  Clerk           1 June 2023\n"
    )
    assert [(a, o, d) for a, o, d, _i in _actions(spaced)] == [
        ("Review the tree survey findings", ["Cllr Smith"], "July 2023"),
        ("Renew the insurance policy", ["Clerk"], "1 June 2023"),
    ]


def test_recommended_frame_over_numbered_parts_gives_one_decision_per_part() -> None:
    text = (
        "Minutes of the Cabinet held on 8 February 2024\n\n"
        "12. Budget 2024/25\n\n"
        "Members considered the report. It was then:\n\n"
        "RECOMMENDED\n"
        "That the Council be RECOMMENDED to:\n"
        "1. set the council tax at £180.50 for a Band D property;\n"
        "2. approve the capital programme of £4.2 million; and\n"
        "3. transfer £100,000 from the general reserve.\n\n"
        "13. Enforcement\n\n"
        "RESOLVED\n"
        "That the application be REFUSED for the following reasons:\n"
        "1. The site lies outside the settlement boundary.\n"
        "2. The access is unsafe.\n"
    )
    texts = [d.text for d in parse_text(text).decisions]
    assert texts[:3] == [
        "set the council tax at £180.50 for a Band D property",
        "approve the capital programme of £4.2 million",
        "transfer £100,000 from the general reserve.",
    ]
    # a finished sentence over its reasons stays one decision
    assert len(texts) == 4 and texts[3].startswith("That the application be REFUSED for the following")


def test_officers_listed_under_whole_and_part_of_meeting_label_cells() -> None:
    text = (
        "Minutes of a meeting held on Wednesday 8 November 2023.\n\n"
        "Present:\n\n\tMrs Ann Ashdown\tAbbotsley\n\n"
        "Officers:\n"
        "Whole of meeting\tJo Farrant (Head of Highways); Duncan Leigh (Democratic\n"
        "\tServices Officer)\n"
        "Part of meeting\n"
        "Agenda Item 5\tPriya Maddox (Parking Services Manager)\n"
        "Items 6 and 7\tAlan Corbett (Transport Strategy Lead)\n\n"
        "40/23  APOLOGIES\n\nNone.\n"
    )
    got = {(a.name, a.status, a.role, a.partial) for a in parse_text(text).attendance}
    assert got == {
        ("Ann Ashdown", "present", "Abbotsley", False),
        ("Jo Farrant", "in_attendance", "Head of Highways", False),
        ("Duncan Leigh", "in_attendance", "Democratic Services Officer", False),
        ("Priya Maddox", "in_attendance", "Parking Services Manager", True),
        ("Alan Corbett", "in_attendance", "Transport Strategy Lead", True),
    }


def test_capitals_heading_with_a_spaced_gutter_and_chair_on_the_heading_line() -> None:
    text = (
        "                 Community Committee\n\n"
        "                 Wednesday, 22nd November, 2023\n\n"
        "PRESENT:        Councillor J Heseltine in the Chair\n\n"
        "                Councillors S Akram and D Bellamy\n\n"
        "CO-OPTEES PRESENT       Moira Ashworth – Kirkstall Moor Ward\n"
        "                        Eric Bowler – Weetwood Ward\n\n\n"
        "14      Apologies for Absence\n\n"
        "        There were no apologies.\n"
    )
    got = {(a.name, a.status, a.role) for a in parse_text(text).attendance}
    assert got == {
        ("J Heseltine", "present", "Chair"),
        ("S Akram", "present", None),
        ("D Bellamy", "present", None),
        ("Moira Ashworth", "present", "Kirkstall Moor Ward"),
        ("Eric Bowler", "present", "Weetwood Ward"),
    }
