"""Round 11 parser rules (ordinary minutes): a list entry whose role is "– in the Chair", a membership
list whose attending members carry a mark explained by a key line ("*Present"), an "Also present with
the agreement of the Chairman:" heading, an apologies minute listing one person a line under
ModernGov's "Minutes:" label, and a minuted apology overruling an unmarked member of the list (each
test fails with its rule switched off)."""

from __future__ import annotations

import pytest

from minutebook.parse import parse_text
from minutebook.parse.meeting import range_times
from minutebook.records import ParsedMinutes
from tests.helpers.minutes import html_minutes


def _people(parsed: ParsedMinutes) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.status, a.role) for a in parsed.attendance}


_HEAD = "ANYTOWN CITY COUNCIL\n\nMinutes of the Licensing Committee held on 3 May 2023 at 6.30 pm\n\n"
_TAIL = "\n1.   DECLARATIONS OF INTEREST\n\nThere were none.\n"


def test_dash_in_the_chair_entry_opens_the_list() -> None:
    text = _HEAD + (
        "Present:\nCouncillor Ormerod – in the Chair\nCouncillors Aske, Brindle and Catterall\n\n"
        "Apologies: Councillor Dobson\n" + _TAIL
    )
    got = _people(parse_text(text))
    assert got["Ormerod"] == ("present", "in the Chair")
    for name in ("Aske", "Brindle", "Catterall"):
        assert got[name][0] == "present"
    assert got["Dobson"][0] == "apologies"


def test_closing_in_the_chair_sentence_is_not_an_entry() -> None:
    text = _HEAD + "Present: Councillors Aske and Brindle\n\nCouncillor Aske in the Chair.\n" + _TAIL
    got = _people(parse_text(text))
    assert set(got) == {"Aske", "Brindle"}


def test_marked_register_with_key_line() -> None:
    text = (
        "AT A MEETING of the Planning Committee of ANYSHIRE COUNTY COUNCIL held at County Hall on"
        " Monday, 6th March, 2023\n\n"
        "Chairman:\n* Councillor Ann Fothergill\n\n"
        "* Councillor Bryony Hale              * Councillor Colin Ives\n"
        "  Councillor Derek Jowett             * Councillor Edna Kemp\n"
        "* Councillor Fay Lomax (Liberal Democrat standing deputy)\n\n"
        "*Present\n\n"
        "Also present with the agreement of the Chairman: Councillor Gita Mistry\n\n"
        "12.  APOLOGIES FOR ABSENCE\n\n      There were no apologies.\n\n"
        "13.  MINUTES\n\n      The minutes were confirmed.\n"
    )
    got = _people(parse_text(text))
    assert got["Ann Fothergill"] == ("present", "Chairman")
    for name in ("Bryony Hale", "Colin Ives", "Edna Kemp"):
        assert got[name][0] == "present"
    assert got["Fay Lomax"] == ("present", "Liberal Democrat standing deputy")
    assert got["Derek Jowett"][0] == "absent"  # unmarked, and no apology minuted
    assert got["Gita Mistry"][0] == "in_attendance"
    assert len(got) == 7


def test_minuted_apology_overrules_an_unmarked_member() -> None:
    text = (
        "AT A MEETING of the Planning Committee of ANYSHIRE COUNTY COUNCIL held at County Hall on"
        " Monday, 6th March, 2023\n\n"
        "* Councillor Bryony Hale              * Councillor Colin Ives\n"
        "  Councillor Derek Jowett             * Councillor Edna Kemp\n\n"
        "*Present\n\n"
        "12.  APOLOGIES FOR ABSENCE\n\n      Apologies were received from Councillor Derek Jowett.\n\n"
        "13.  MINUTES\n\n      The minutes were confirmed.\n"
    )
    got = _people(parse_text(text))
    assert got["Derek Jowett"][0] == "apologies"
    assert got["Edna Kemp"][0] == "present"


def test_mark_key_without_person_list_makes_nobody() -> None:
    text = _HEAD + "* The Committee noted the report.\n* Officers would report back.\n\n*Present\n" + _TAIL
    assert parse_text(text).attendance == []


def test_apologies_minute_one_person_a_line() -> None:
    page = (
        "<h2>Health and Wellbeing Board - Tuesday, 5th March, 2024 6.00 pm</h2>"
        "<table><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td><p>1.</p></td><td><p>Apologies for Absence</p><p>Minutes:</p>"
        "<p>Councillor J K Ormsby</p><p>Insp Dale Fenwick</p><p>Priya Sandhu</p><p>Dr T Okafor</p></td></tr>"
        "<tr><td><p>2.</p></td><td><p>Minutes of the Previous Meeting</p><p>Minutes:</p>"
        "<p>The minutes of the meeting held on 5 December 2023 were confirmed.</p></td></tr></table>"
    )
    got = _people(html_minutes(page))
    assert {n: s for n, (s, _r) in got.items()} == {
        "J K Ormsby": "apologies",
        "Dale Fenwick": "apologies",
        "Priya Sandhu": "apologies",
        "T Okafor": "apologies",
    }


def test_no_apologies_sentence_leaves_an_absence() -> None:
    text = (
        "AT A MEETING of the Planning Committee of ANYSHIRE COUNTY COUNCIL held at County Hall on"
        " Monday, 6th March, 2023\n\n"
        "* Councillor Bryony Hale              * Councillor Colin Ives\n"
        "  Councillor Derek Jowett             * Councillor Edna Kemp\n\n"
        "*Present\n\n"
        "12.  APOLOGIES FOR ABSENCE\n\n      No apologies had been received from Councillor Derek Jowett.\n\n"
        "13.  MINUTES\n\n      The minutes were confirmed.\n"
    )
    assert _people(parse_text(text))["Derek Jowett"][0] == "absent"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("7.00", "8.52 pm", ("19:00", "20:52")),  # "(7.00 - 8.52 pm)": one meridiem for both ends
        ("11.00", "1.15 pm", ("11:00", "13:15")),  # the start cannot come after the end
        ("10.00", "11.30 am", ("10:00", "11:30")),
        ("6.30pm", "8.05pm", ("18:30", "20:05")),
        ("10:00", "12:30", ("10:00", "12:30")),
    ],
)
def test_a_meridiem_after_a_range_applies_to_both_ends(first: str, second: str, expected: tuple) -> None:
    assert range_times(first, second) == expected
