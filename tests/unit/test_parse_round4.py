"""Layouts added in parse-1.3 (attendance grids with symbol keys, registers by column position,
surname-first lists, side-by-side lists, civic offices, right-hand action columns, trackers with NEW
rows, decision cells). Each test is a small invented minute in the layout, parsed as plain text."""

from __future__ import annotations

from minutebook.parse import parse_text
from tests.helpers.minutes import people


def test_status_column_decoded_by_the_key_after_the_table() -> None:
    text = (
        "Attendance\n"
        "Authority\tMember\tAttendance\n"
        "Northby Council\tCllr Ann Holt (Chair)\tP\n"
        "Northby Council\tCllr Tom Reed\tA\n"
        "Southby Council\tCllr Joan Pike\tS\n"
        "Southby Council\tCllr Amy Lock\tP*\n"
        "Southby Council\tCllr Ravi Shah\t–\n"
        "Key: P = present; A = apologies; S = substitute; – = not present, no apologies; * = joined late.\n"
    )
    got = parse_text(text).attendance
    assert {(a.name, a.status) for a in got} == {
        ("Ann Holt", "present"),
        ("Tom Reed", "apologies"),
        ("Joan Pike", "present"),
        ("Amy Lock", "present"),
        ("Ravi Shah", "absent"),
    }
    assert next(a for a in got if a.name == "Amy Lock").partial


def test_register_grid_read_by_column_position_without_a_heading() -> None:
    text = (
        "1. Minutes\nResolved: that the minutes be approved.\n\n"
        "Councillor                    Present   Apologies   Absent\n"
        "Cllr Geoffrey Lamb               X\n"
        "Cllr Andrew Tomkins                        X\n"
        "Cllr Philip Dane                                       X\n"
    )
    assert people(text) == {
        ("Geoffrey Lamb", "present"),
        ("Andrew Tomkins", "apologies"),
        ("Philip Dane", "absent"),
    }


def test_spaced_table_with_tick_key_and_a_date_column() -> None:
    text = (
        "Key: ✓ present   A apologies   X absent   V attended virtually\n\n"
        "Name                 Role                 10/03/22\n"
        "Cllr Pat Dunleavy    Chair                ✓\n"
        "Dr Amrit Sandhu      Clinical Lead        V\n"
        "Gillian Rowe MBE     Director             A\n"
        "Ian Thwaites         Opposition Member    X\n"
    )
    assert people(text) == {
        ("Pat Dunleavy", "present"),
        ("Amrit Sandhu", "present"),
        ("Gillian Rowe", "apologies"),
        ("Ian Thwaites", "absent"),
    }


def test_surname_first_capitals_and_initials_after_names() -> None:
    text = (
        "PRESENT\n"
        "BALDERSTONE, Keith (Chairman)          Caverstone County Council\n"
        "WALLACE, Dr Helen                      Legal Adviser\n"
        "GRAYSON, P J                           Linthorpe District Council\n"
        "\n"
        "In Attendance\n"
        "Owen Tasker-Hulme OTH                  Dale District Councils\n"
    )
    names = {n.casefold() for n, _s in people(text)}
    assert names == {"keith balderstone", "helen wallace", "p j grayson", "owen tasker-hulme"}


def test_side_by_side_members_and_officers() -> None:
    text = (
        "Members present:\tOfficers present:\n"
        "Councillor M Penn (Chairman)\tA Kowal, Monitoring Officer\n"
        "Councillor K Barr\tS Njoku, Democratic Services Officer\n"
        "Councillor E Clegg\n"
    )
    assert people(text) == {
        ("M Penn", "present"),
        ("K Barr", "present"),
        ("E Clegg", "present"),
        ("A Kowal", "in_attendance"),
        ("S Njoku", "in_attendance"),
    }


def test_civic_office_with_the_name_in_brackets_and_plural_aldermen() -> None:
    text = (
        "PRESENT:\n\n"
        "The Mayor (Councillor Margaret Osei) in the Chair\n"
        "Deputy Mayor Councillor R Quinn\n\n"
        "Aldermen S Armstrong and D Gallagher\n"
    )
    got = parse_text(text).attendance
    assert {(a.name, a.status) for a in got} == {
        ("Margaret Osei", "present"),
        ("R Quinn", "present"),
        ("S Armstrong", "present"),
        ("D Gallagher", "present"),
    }
    assert {a.title for a in got if a.name in {"S Armstrong", "D Gallagher"}} == {"Alderman"}


def test_right_hand_action_column_with_initials() -> None:
    text = (
        "Minute                                                                      Action\n"
        "4.    Chief Executive's Report\n"
        "4.1   TR presented his report. The Board asked that a short paper on the\n"
        "      funding position be brought to the December meeting.                 TR\n"
        "4.2   The Board noted the report.\n"
    )
    acts = parse_text(text).actions
    assert [(a.text, a.owners) for a in acts] == [
        (
            "The Board asked that a short paper on the funding position be brought to the December meeting.",
            ["TR"],
        )
    ]


def test_action_tracker_keeps_only_new_rows() -> None:
    text = (
        "ACTION TRACKER\n\n"
        "Ref       Minute    Action                              Owner  Due          Status\n"
        "AG/22/31  AG/22/52  Report on procurement card          HIA    Mar 2023     CLOSED\n"
        "                    compliance\n"
        "AG/23/09  AG/23/16  Provide members with a breakdown    DoF    31 Aug 2023  NEW\n"
        "                    of the car park valuation\n"
    )
    acts = parse_text(text).actions
    assert [(a.text, a.owners) for a in acts] == [
        ("Provide members with a breakdown of the car park valuation", ["DoF"])
    ]


def test_decision_cells_bare_noting_and_recommendations_to_council() -> None:
    text = (
        "1\tPerformance\tThe report was presented.\tDecision: The Committee noted the report.\n"
        "2\tBudget\tThe forecast was presented.\tDecision: The Committee agreed that the overspend be shared.\n"
        "\n"
        "RECOMMENDED to Council: that the revised Allocations Policy be adopted.\n"
        "Cabinet DECIDED: to delegate authority to the Head of Housing to make minor amendments.\n"
    )
    texts = [d.text for d in parse_text(text).decisions]
    assert not any("noted the report" in t for t in texts)
    assert any("overspend be shared" in t for t in texts)
    assert any(t.startswith("that the revised Allocations Policy be adopted") for t in texts)
    assert any("delegate authority" in t for t in texts)
