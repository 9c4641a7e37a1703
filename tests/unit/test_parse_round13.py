"""Round 13 parser rules (ordinary minutes): a time range on the closing line beside the chair's
signature, the "CC" (County Councillor) post-nominal, a register whose rows open with a status letter
explained by a "P: Present" / "A: Apologies" key, "Officers present all items:" and "In attendance by
invitation:" headings, a comma list of "Name – Role" entries, and hyphenated initials ("A-J Tonkin").
Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.names import looks_like_name
from tests.helpers.minutes import statuses

_HEAD = "ANYTOWN COUNTY COUNCIL\n\nMinutes of a meeting of the Cabinet held at County Hall on Friday, 3 March 2023.\n\n"
_TAIL = "\n\n7.   Declarations of interest.\n\nThere were none.\n"


def test_closing_time_range_beside_the_chairs_signature() -> None:
    text = (
        _HEAD + "PRESENT\n\nMr. A. Brown (in the Chair)\n" + _TAIL + "\n"
        "8.   Date of next meeting.\n\nThe next meeting will be held on 7 April 2023 at 10.00am.\n\n"
        "2.00 pm - 3.24 pm                                              CHAIRMAN\n3 March 2023\n"
    )
    meeting = parse_text(text).meeting
    assert (meeting.start_time, meeting.end_time) == ("14:00", "15:24")


def test_county_councillor_postnominal_in_two_columns() -> None:
    text = (
        _HEAD + "PRESENT\n\nMr. N. J. Abbot CC (in the Chair)\n\n"
        "Mrs. D. L. Baker CC                    Mr. B. Cole CC\n"
        "Mr. P. Drew CC                         Mrs. C. M. Eyre CC\n" + _TAIL
    )
    names = set(statuses(parse_text(text)))
    assert {"N. J. Abbot", "D. L. Baker", "B. Cole", "P. Drew", "C. M. Eyre"} <= names
    assert not any(n.endswith("CC") for n in names)


def test_status_letter_register_with_key() -> None:
    text = (
        _HEAD + "Councillors:\n"
        "P Angela Hart (Chairperson)\n"
        "P Roger Lane\n"
        "A Mike Shaw\n"
        "P Sue Dale (substitute for Mike Shaw)\n"
        "A Wendy Moss\n"
        "P: Present\n"
        "A: Apologies for absence submitted\n\n"
        "Officers in attendance: Lydia Carne (Corporate Services)\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert people == {
        "Angela Hart": "present",
        "Roger Lane": "present",
        "Mike Shaw": "apologies",
        "Sue Dale": "present",
        "Wendy Moss": "apologies",
        "Lydia Carne": "in_attendance",
    }


def test_status_letters_without_a_key_make_nobody_from_prose() -> None:
    text = _HEAD + "Present: Councillor Hart\n\nA Member asked about parking.\nA: the answer was no\n" + _TAIL
    people = statuses(parse_text(text))
    assert "Member asked about parking" not in " ".join(people)
    assert set(people) == {"Hart"}


def test_officers_present_all_items_and_attendance_by_invitation() -> None:
    text = (
        _HEAD + "Members Present:        Mr R Harwood (Chairman), Mr G Barrett\n\n"
        "In attendance by invitation:\n\n"
        "Officers present all items:  Mr A Birch (Planning Manager), Ms F Ash\n"
        "                        (Democratic Services Officer)\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert people.get("A Birch") == "in_attendance"
    assert people.get("F Ash") == "in_attendance"


def test_comma_list_of_name_dash_role_entries() -> None:
    text = (
        _HEAD + "PRESENT: Councillors: Mrs. J Trevail (Chairman), R Bickford, P Carew.\n\n"
        "ALSO PRESENT: Reverend A Rowe - Mayor's Chaplain, PCSO N Hodge - Devon & Cornwall\n"
        "Police, 6 Members of the public, R Lanyon - Town Clerk, Mrs. A-J Tonkin - Senior\n"
        "Administration Officer.\n" + _TAIL
    )
    parsed = parse_text(text)
    people = statuses(parsed)
    for name in ("A Rowe", "N Hodge", "R Lanyon", "A-J Tonkin"):
        assert people.get(name) == "in_attendance", name
    roles = {a.name: a.role for a in parsed.attendance}
    assert roles["R Lanyon"] == "Town Clerk"
    assert not any("public" in n.casefold() for n in people)


def test_hyphenated_initials() -> None:
    assert looks_like_name("Mrs A-J Tonkin")
    assert looks_like_name("J-P Morel")
    assert not looks_like_name("A-J")


_ITEMS_HEAD = (
    "ANYTOWN BOROUGH COUNCIL\n\nMinutes of the Licensing Committee held on 3 May 2023 at 6.30 pm\n\n"
)


def test_apologies_sentence_with_particle_surname_and_role_first_last_name() -> None:
    text = (
        _ITEMS_HEAD + "1.   Apologies for Absence\n\n"
        "Apologies for absence were received from Councillors de Lisle and Orson and from Independent "
        "Member Julian Cobb.\n" + _TAIL
    )
    parsed = parse_text(text)
    people = statuses(parsed)
    assert people.get("de Lisle") == "apologies"
    assert people.get("Orson") == "apologies"
    assert people.get("Julian Cobb") == "apologies"
    assert {a.name: a.role for a in parsed.attendance}["Julian Cobb"] == "Independent Member"


def test_advised_that_he_would_be_substituting_for() -> None:
    text = (
        _ITEMS_HEAD + "1.   Apologies for Absence\n\n"
        "Apologies for absence were received from Councillor Sadia Khan.\n\n"
        "Having given due notice Councillor Dominic Garrard advised that he would be substituting for "
        "Councillor Sadia Khan.\n" + _TAIL
    )
    people = statuses(parse_text(text))
    assert people.get("Dominic Garrard") == "present"
    assert people.get("Sadia Khan") == "apologies"


def test_unlisted_councillor_entering_the_meeting_is_present_for_part() -> None:
    text = (
        _ITEMS_HEAD + "1.   Apologies for Absence\n\nApologies were received from Councillor Orson.\n\n"
        "2.   Declarations of Interest\n\n"
        "(At 6:38pm, during the consideration of this item, Councillor Pacey entered the meeting.)\n\n"
        "The Licensing Manager left the meeting at 7.10pm.\n" + _TAIL
    )
    parsed = parse_text(text)
    pacey = next(a for a in parsed.attendance if a.name == "Pacey")
    assert (pacey.status, pacey.partial) == ("present", True)
    assert not any("Manager" in a.name for a in parsed.attendance)
