"""Round 20 parser rules (small councils' attendance): a list under a bare numbered heading followed by
sentences in the same paragraph, "X attended." as an attendance sentence, the clerk titled on her own
after a plural honorific, a heading run on without a colon before a councillor's title, a councillor
title of the entry's own not doubled by the list's plural honorific, abbreviated "Dist. Cllr." and
plural "Unitary Cllrs", and attendance sub-headings numbered under the attendance item.
Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.attendance.headings import heading_status
from tests.helpers.minutes import people, statuses

_PARISH = "OAKHURST PARISH COUNCIL\n\nMinutes of the Meeting held on Monday 14th May 2018 at 7.30pm\n\n"


def test_list_under_a_bare_numbered_heading_then_sentences() -> None:
    got = statuses(
        _PARISH + "1.  Present\n\n"
        "Cllr Horne (Chairman), Cllrs Miss Dale, Fenn and Loxley, and Mrs Tapp (Clerk). "
        "Councillor Peter Gault (ward member) attended. Four members of the public were also present.\n\n"
        "2.  Apologies\n\nNone.\n"
    )
    assert got == {
        "Horne": "present",
        "Dale": "present",
        "Fenn": "present",
        "Loxley": "present",
        "Tapp": "in_attendance",
        "Peter Gault": "in_attendance",
    }


def test_the_clerk_after_a_plural_honorific_keeps_her_own_title() -> None:
    minutes = parse_text(
        _PARISH + "Present: Cllrs Fenn, Loxley and Mrs Tapp (Clerk)\n\n1. Apologies\n\nNone.\n"
    )
    got = {a.name: (a.title, a.status) for a in minutes.attendance}
    assert got["Tapp"] == ("Mrs", "in_attendance")
    assert got["Fenn"] == ("Cllr", "present")


def test_attended_sentence_alone() -> None:
    got = statuses(
        _PARISH + "Present: Cllr A Horne, Cllr B Dale\n\n"
        "District Councillor Ruth Amery attended.\n\n1. Apologies\n\nNone.\n"
    )
    assert got["Ruth Amery"] == "in_attendance"
    # "attended the training day" is news, not attendance at this meeting
    got = statuses(
        _PARISH + "Present: Cllr A Horne, Cllr B Dale\n\n"
        "5. Training\n\nCouncillor Ruth Amery attended the planning training day on 3 May.\n"
    )
    assert "Ruth Amery" not in got


def test_heading_without_colon_before_a_councillor_title() -> None:
    assert heading_status("Present Cllrs. Dr. P. Keel (chairman) R. Moss") == (
        "present",
        "Cllrs. Dr. P. Keel (chairman) R. Moss",
    )
    assert heading_status("Apologies. Cllr. N. Spurr") == ("apologies", "Cllr. N. Spurr")
    # only the bare headings: "Deputy Mayor Councillor R Quinn" is an entry, prose stays prose
    assert heading_status("Deputy Mayor Councillor R Quinn") is None
    assert heading_status("Present councillors were thanked") is None


def test_own_councillor_title_not_doubled_and_abbreviated_district() -> None:
    minutes = parse_text(
        _PARISH + "Present Cllrs. A. Horne (chairman), B. Dale, County Cllr. M. Seal, Dist. Cllr. H. Dunn\n\n"
        "1. Apologies\n\nNone.\n"
    )
    got = {a.name: a.title for a in minutes.attendance}
    assert got == {"A. Horne": "Cllr", "B. Dale": "Cllr", "M. Seal": "County Cllr.", "H. Dunn": "Dist. Cllr."}


def test_plural_unitary_councillors_distribute() -> None:
    minutes = parse_text(
        _PARISH + "Present: Cllrs A Horne, B Dale\n\n"
        "1. Apologies for absence\n\nApologies had been received from Unitary Cllrs L Corran, Venn and Pike.\n"
    )
    got = {a.name: (a.title, a.status) for a in minutes.attendance if a.status == "apologies"}
    assert got == {
        "L Corran": ("Unitary Cllr", "apologies"),
        "Venn": ("Unitary Cllr", "apologies"),
        "Pike": ("Unitary Cllr", "apologies"),
    }


def test_sub_headings_numbered_under_the_attendance_item() -> None:
    got = people(
        "GLENBRAE COMMUNITY COUNCIL\n\nMINUTES\n7:00pm, 10th September 2019\n\n"
        "1. Welcome\n1.1 Attendance\n1.1.1 GCC Members\n"
        "Iain Moffat (IM), Kirsty Lennox (KL) and Euan Baird (EB).\n"
        "1.1.2 Apologies\nRona Duthie (RD)\n"
        "1.2 Minutes\nApproved.\n"
    )
    assert {("Iain Moffat", "present"), ("Kirsty Lennox", "present"), ("Euan Baird", "present")} <= got
