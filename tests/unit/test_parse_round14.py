"""Parser round 14 (ordinary minutes): spaced-gutter labels, "Members in Attendance", "&" under a
plural honorific, names wrapped between forename and surname, brackets closing on the next line,
"Councillors' Apologies", "The apologies of … were noted", "appointed as substitute for"."""

from __future__ import annotations

from minutebook.parse import parse_text
from tests.helpers.minutes import people


def test_mixed_case_label_with_a_spaced_gutter_and_members_in_attendance() -> None:
    text = (
        "Cabinet\n\nDate: 1 May 2024\n\n"
        "Present        Councillors Ashby (Chair), Birch, Crane,\n"
        "               Dunn and Elgar.\n\n"
        "Members in Attendance: Councillors Fenn and Gold\n\n"
        "1.    Declarations of interest\n\n       None.\n"
    )
    assert people(text) == {
        ("Ashby", "present"),
        ("Birch", "present"),
        ("Crane", "present"),
        ("Dunn", "present"),
        ("Elgar", "present"),
        ("Fenn", "in_attendance"),
        ("Gold", "in_attendance"),
    }


def test_capitals_label_with_a_two_space_gutter() -> None:
    text = (
        "PLANNING COMMITTEE\n\n3 April 2024\n\n"
        "PRESENT       Councillor Ann Hale (Chair), Councillor Bob Irwin\n\n"
        "ALSO PRESENT  Councillor Cara Jolly\n"
        "              Dan Kemp (Planning Solicitor) and Eve Lund (Democratic Services Officer)\n\n"
        "1   APOLOGIES FOR ABSENCE\n\nNone.\n"
    )
    got = people(text)
    assert ("Cara Jolly", "in_attendance") in got
    assert ("Dan Kemp", "in_attendance") in got
    assert ("Eve Lund", "in_attendance") in got


def test_grid_row_with_a_mixed_case_label_is_not_a_heading() -> None:
    text = (
        "Board\n\nDate: 2 March 2023\n\n1   Welcome\n\n    The Chair welcomed members.\n\n"
        "Appendix A - Attendance\n\n"
        "Position/Role       Councillor                  Authority\n\n"
        "Chair               Cllr Olwen Pask             Brackley Council\n"
        "Members             Cllr Ned Quill              Corley Council\n"
    )
    roles = {a.name: a.role for a in parse_text(text).attendance}
    assert roles.get("Olwen Pask") == "Chair; Brackley Council"


def test_headless_parish_list_with_ampersands_under_cllrs() -> None:
    text = (
        "TREVOSE PARISH COUNCIL\n\n"
        "Minutes of the Meeting held at the Village Hall on Tuesday 5th March 2024 at 7.30 p.m.\n\n"
        "Cllrs Penrose (Chairman), Angove, Bolitho, Curnow & Dunstan.\n"
        "In attendance – Mrs J Eva (Clerk).\n"
        "Apologies – Cllr Tonkin.\n\n"
        "101. Minutes – Resolved that the minutes be approved.\n"
    )
    got = people(text)
    for name in ("Penrose", "Angove", "Bolitho", "Curnow", "Dunstan"):
        assert (name, "present") in got
    assert ("Tonkin", "apologies") in got
    assert not any("&" in n for n, _s in got)


def test_name_wrapped_between_forename_and_surname() -> None:
    text = (
        "AREA COMMITTEE\n\nMinutes of meeting held in the Hall on 5 December 2023\n\n"
        "Councillors Present:\n"
        "Councillor Alex Allen, Councillor Ross Gray, Councillor Julia\n"
        "Marr, Councillor David Shaw\n\n"
        "Councillors' Apologies:\n"
        "Councillor Mark Hume (Depute), Councillor Ian Nairn\n\n"
        "1     Declaration of Interests\n      None.\n"
    )
    got = people(text)
    assert ("Julia Marr", "present") in got
    assert ("Julia", "present") not in got
    assert ("Mark Hume", "apologies") in got
    assert ("Ian Nairn", "apologies") in got


def test_bracket_closing_on_the_next_line_continues_the_entry() -> None:
    text = (
        "PLANNING COMMITTEE\n\nHELD ON TUESDAY, 12TH DECEMBER, 2023 AT 6.00 PM\n\n"
        "Present:        Councillors Fowler (Chairman), Ames, Wiggins and Pace (substituting for\n"
        "                Councillor Smart)\n\n"
        "Also Present:   Councillor Baines\n\n"
        "53.     MINUTES\n\nApproved.\n"
    )
    got = people(text)
    assert ("Pace", "present") in got
    assert ("Wiggins", "present") in got
    assert not any(n.endswith(")") for n, _s in got)


def test_minutes_headings_in_capitals_are_not_people() -> None:
    text = (
        "Committee\n\nDate: 4 June 2024\n\n"
        "Present: Councillor A Fox (Chair), Councillor B Gale\n\n"
        "Together with:\n\nN. Hart (Head of Housing) and C. Irons (Committee Services Officer)\n\n"
        "                     RECORDING AND VOTING ARRANGEMENTS\n\n"
        "The Chair reminded those present that the meeting was being recorded.\n\n"
        "1. Apologies\n\nNone.\n"
    )
    got = people(text)
    assert not any("ARRANGEMENTS" in n or "VOTING" in n for n, _s in got)


def test_the_apologies_of_were_noted_and_appointed_as_substitute() -> None:
    text = (
        "Board - Wednesday, 13th December, 2023 5.30 pm\n\n"
        "21.\tApologies\n"
        "Minutes:\n"
        "The apologies of Councillor Fairley, Dr Helen Quinn and Gareth Lowe were noted.\n"
        "22.\tSubstitute Members\n"
        "Minutes:\n"
        "The Committee noted that Councillor H Kerr had been appointed as substitute for Councillor P Stead.\n"
        "23.\tMinutes\n"
        "Minutes:\n"
        "RESOLVED: that the minutes be approved.\n"
    )
    got = people(text)
    assert ("Fairley", "apologies") in got
    assert ("Helen Quinn", "apologies") in got
    assert ("Gareth Lowe", "apologies") in got
    assert ("H Kerr", "present") in got
