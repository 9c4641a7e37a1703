"""Round 19 parser rules: a members grid whose key marks the absent ("*Absent"), substitutes named in
a sentence under a numbered item with a committee-prefixed minute number, a table of name and
organisation under "Apologies for absence were received from:", an apology (even misspelt) that
overrules an absent list naming the member by surname, and the civic head "presiding" above a list.
Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.agenda import find_items
from minutebook.parse.attendance.headings import heading_status
from minutebook.parse.attendance.registers import ABSENCE_MARK_KEY, MARK_KEY
from minutebook.parse.layout import PLine
from tests.helpers.minutes import html_minutes, statuses

_BOROUGH = "ASHFORTH BOROUGH COUNCIL\n\nMinutes of the Planning Committee held on Wednesday 25 August 2021 at 7pm\n\n"


def test_a_key_marking_the_absent_members_of_a_grid() -> None:
    got = statuses(
        _BOROUGH + "Councillors:\n\n"
        "Councillor Anne Booth (Chairman)\n\n"
        "Councillor Tom Riley          *Councillor Jane Pike\n"
        "*Councillor Ed Dunn           Councillor Kay Mott\n\n"
        "*Absent\n\n"
        "PC/23/21-22     Declarations of Interest\n\nNone.\n"
    )
    assert got == {
        "Anne Booth": "present",
        "Tom Riley": "present",
        "Jane Pike": "absent",
        "Ed Dunn": "absent",
        "Kay Mott": "present",
    }
    assert ABSENCE_MARK_KEY.match("* denotes absent") and ABSENCE_MARK_KEY.match("(Apologies = *)")
    assert not ABSENCE_MARK_KEY.match("*Present") and MARK_KEY.match("*Present")


def test_substitutes_under_an_item_numbered_with_committee_and_year() -> None:
    got = statuses(
        _BOROUGH + "Present: Councillor Anne Booth (Chairman), Councillor Tom Riley\n\n"
        "Officers: Head of Planning\n\n"
        "ABC-PC/22/21-22     Substitute Members\n\n"
        "Councillor Rhona Tallis substituted for Councillor Ed Dunn.\n\n"
        "ABC-PC/23/21-22     Declarations of Interest\n\nNone.\n"
    )
    assert got.get("Rhona Tallis") == "present"
    assert "Rhona" not in got
    lines = [PLine(0, "ABC-PC/22/21-22     Substitute Members", 0, 1, 0, 0)]
    assert [it.number for it in find_items(lines)] == ["ABC-PC/22/21-22"]


def test_apologies_item_over_a_table_of_name_and_organisation() -> None:
    got = parse_text(
        "NETHERBY PARISH FORUM\n\nMinutes of the meeting held on Thursday 13 June 2019 at 7.00pm.\n\n"
        "PRESENT\nStephen Pellow          Netherby Parish Council\nJohn Ashby              Brendle Parish Council\n"
        "Kevin Challen           Winsham Parish Council\n\n"
        "1.   Apologies for absence were received from:\n\n"
        "John Alcott             Brendle Beagles\n"
        "Sarah Bratt             Netherby Trust\n"
        "Sir Richard Pink        North Molland Parish Council\n\n"
        "2.   Minutes of the previous meeting\n\nThe minutes were agreed.\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert {n for n, a in by_name.items() if a.status == "apologies"} == {
        "John Alcott",
        "Sarah Bratt",
        "Richard Pink",
    }
    assert by_name["Sarah Bratt"].role == "Netherby Trust"


def test_an_apology_overrules_an_absent_list_of_surnames() -> None:
    got = statuses(
        "COULBY COUNCIL\n\nMINUTES of the meeting held on Monday 24th March 2014 at 6.30 p.m.\n\n"
        "Councillors Addis, Akin, Barrow, Bedding and Woodside.\n\n"
        "ABSENT: Councillors Ashburn, G Kingsley and Wray\n\n"
        "1.  APOLOGIES FOR ABSENCE\n\n"
        "Apologises were received from Councillors Graham Kingsley and Susan Wray.\n\n"
        "2.  MINUTES\n\nThe minutes were signed.\n"
    )
    assert got["Graham Kingsley"] == "apologies"
    assert got["Susan Wray"] == "apologies"
    assert got["Ashburn"] == "absent"
    assert "Wray" not in got and "G Kingsley" not in got


def test_a_surname_alone_is_not_matched_to_a_visitor_of_that_surname() -> None:
    got = statuses(
        "HALTON PARISH COUNCIL\n\nMinutes of the Annual parish meeting, held at 7.30pm on 19th May 2011.\n\n"
        "Present: Cllrs Tweed, Corby, Heslop and Fenwick. Also in attendance was Mrs Karen Heslop, Head "
        "Teacher.\n\n1. The minutes were agreed.\n"
    )
    assert got["Karen Heslop"] == "in_attendance" and got["Heslop"] == "present"


def test_the_civic_head_presiding_above_the_members_paragraph() -> None:
    got = statuses(
        "COULBY COUNCIL\n\nMINUTES of the meeting held on Monday 24th March 2014 at 6.30 p.m.\n\n"
        "THE MAYOR, COUNCILLOR MAUREEN TOLL - PRESIDING.\n\n"
        "Councillors Addis, Akin, Barrow, Bedding and Woodside.\n\n"
        "1.  MINUTES\n\nThe minutes were signed.\n"
    )
    assert got["Maureen Toll"] == "present"
    assert got["Addis"] == "present" and len(got) == 6


def test_a_yearless_meeting_date_takes_the_year_its_weekday_fits() -> None:
    got = parse_text(
        "DRAFT Minutes of the Monthly Meeting of Netherby Parish Council held\n"
        "In St Michael's Church on Monday 17th April at 8.00pm\n"
        "Present: Cllr Ann Webb (Chair), Cllr Tom Hext, Cllr Jo Tozer.\n"
        "1. Minutes\nThe minutes of the meeting held on 20th March 2023 were approved.\n"
    )
    assert got.meeting.date == "2023-04-17"  # Monday 17 April: 2023, not 2024


_COMMUNITY = (
    "NETHERBY COMMUNITY COUNCIL\n\nMinutes of the meeting held on Thursday 16th November 2017 at 7pm.\n\n"
)


def test_an_item_with_its_nil_return_ends_the_list_above_it() -> None:
    got = statuses(
        _COMMUNITY + "Councillors present: G Bowen; H Gwyther; D Harries (Chair)\n"
        "Apologies:  R Bowen; K Morse; L Nash\nRegister of Interest – None\n\n"
        "Chair's Welcome\nThe Chair welcomed all Councillors to the meeting.\n"
    )
    assert {n for n, s in got.items() if s == "apologies"} == {"R Bowen", "K Morse", "L Nash"}


def test_a_possessive_is_no_name() -> None:
    from minutebook.parse.names import looks_like_name

    assert not looks_like_name("Chair's Welcome") and not looks_like_name("Clerk’s Report")
    assert looks_like_name("Sean O'Neill")


def test_a_sentence_after_the_lists_is_not_an_entry() -> None:
    got = html_minutes(
        "<p>MINUTES OF THE FULL COUNCIL MEETING<br>held on TUESDAY 15 MARCH 2011 at 7pm</p>"
        "<p>Present:<br>Cllrs Chapple, Conway, Miss Davey.</p>"
        "<p>In attendance: Town Clerk (Rita Skinner), Rev Malcolm Jolliffe.</p>"
        "<p>The Rev Malcolm Jolliffe led the meeting in prayer.</p>"
    )
    assert statuses(got) == {
        "Chapple": "present",
        "Conway": "present",
        "Davey": "present",
        "Rita Skinner": "in_attendance",
        "Malcolm Jolliffe": "in_attendance",
    }


def test_a_council_named_before_a_councillors_honorific() -> None:
    got = parse_text(
        _PARISH_HEAD + "In attendance: Cornwall Cllr Alex Foulkes, Mrs Ann Lee (Clerk).\n\n"
        "1. Apologies\nApologies were received by Devon County Councillor Frank Dymond.\n\n2. Minutes\nAgreed.\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert by_name["Alex Foulkes"].title == "Cornwall Cllr"
    assert by_name["Frank Dymond"].status == "apologies"
    # inside a run of names the word before the honorific is the previous person
    assert statuses(
        _PARISH_HEAD + "Apologies: Carys Daniel, David Lovell Cllr Rhys Jones\n\n1. Minutes\n"
    ) == {
        "Carys Daniel": "apologies",
        "David Lovell": "apologies",
        "Rhys Jones": "apologies",
    }


_PARISH_HEAD = (
    "NETHERBY PARISH COUNCIL\n\nMinutes of the meeting held on Thursday 14th November 2019 at 7.30pm.\n\n"
)


def test_co_opted_at_the_meeting_is_present() -> None:
    got = statuses(
        _PARISH_HEAD
        + "1/ Members present\n\nCouncillor Colin West, Councillor Brian Hey and Councillor Ruth Lee.\n"
        "Helen Bowden was co-opted onto the Parish Council as proposed by Councillor Ruth Lee.\n\n"
        "2/ Public Questions\n\nNone.\n"
    )
    assert got["Helen Bowden"] == "present"


def test_singular_apology_and_observing_headings() -> None:
    got = html_minutes(
        "<p>Minutes of the General Meeting of Hoy Islands Council held on 8 December 2020 at 10:30.</p>"
        "<p><strong>Present</strong></p><ul><li>Councillor J Harvey Johnson.</li><li>Councillor Ann Rendall.</li>"
        "<li>Councillor Tom Flett.</li></ul>"
        "<p><strong>Observing</strong></p><ul><li>Rebecca McAulay, Press Officer.</li></ul>"
        "<p><strong>Apology</strong></p><ul><li>Councillor W Leslie Manse.</li></ul>"
        "<p><strong>1. Urgent Business</strong></p><p>None.</p>"
    )
    s = statuses(got)
    assert s["Rebecca McAulay"] == "in_attendance" and s["W Leslie Manse"] == "apologies"
    assert heading_status("Apology from\tTemporary Appointment") is None  # a table's header row


def test_councillors_of_other_councils_at_a_local_council() -> None:
    got = statuses(
        "Minutes of the Monthly Meeting of Netherby Vale Parish Council held\n"
        "In the Church on Monday 17th April 2023 at 8.00pm\n"
        "Present: Cllr Widd (Chair), Cllr Hext, Cllr Tozer, Cllr Luscombe (DCC) and Cllr Pethick (SHDC) "
        "were present as was R Doidge Parish Clerk.\n1. Apologies\nNone.\n"
    )
    assert got == {
        "Widd": "present",
        "Hext": "present",
        "Tozer": "present",
        "Luscombe": "present",  # listed as present (parse-1.20)
        "Pethick": "present",
        "R Doidge": "in_attendance",
    }
    got = statuses(
        "Carron Community Council\nMinute of Meeting\n\n25 August 2021 at 7pm\n\n"
        "Present:\n\nMorag Rennie (Secretary)\nAnn Kerr\nDuncan Gall\nEwan Cowie (Councillor)\n"
        "Lorna McPhail, Forthvale Council\n\nApologies:\n\nIain Drum\n\n1. Minutes\nAgreed.\n"
    )
    # the officer named by her council attends; the ward councillor in the list is present (parse-1.20)
    assert got["Lorna McPhail"] == "in_attendance" and got["Ewan Cowie"] == "present"
    assert got["Ann Kerr"] == "present"


def test_initials_in_brackets_are_the_persons_own_only_when_they_fit() -> None:
    from minutebook.parse.attendance.people import name_alias_role

    assert name_alias_role("Helen Marsh (HM) Chair") == ("Helen Marsh", "Chair")
    assert name_alias_role("Cllr Luscombe (DCC)") is None


def test_honorary_aldermen_is_a_plural_title() -> None:
    got = statuses(
        _BOROUGH + "Present: Councillors Ash (Chairman), Birch and Cole\n\n1. APOLOGIES FOR ABSENCE\n\n"
        "Apologies for absence had been received from Councillors Mrs Guest and from Honorary Aldermen "
        "Mrs Ringmer, MBE, Mrs Slinfold and Mr Tarring.\n\n2. MINUTES\n\nAgreed.\n"
    )
    assert "Honorary Aldermen" not in got
    assert {n for n, s in got.items() if s == "apologies"} == {"Guest", "Ringmer", "Slinfold", "Tarring"}


def test_the_clerk_named_among_the_members_with_the_post_after() -> None:
    got = statuses(
        "Pennant Community Council\n\nMinutes of the Community Council Meeting held on Tuesday 9th March 2021 "
        "at 7.30 pm\n\nPresent: Councillors Dafydd Ellis (Chair), Meirion Hughes, Nia Jones, Gwenan Lloyd "
        "Davies Clerk and Bryn Edwards\n\n1 Welcome\nThe Chairman welcomed everyone.\n"
    )
    assert got["Gwenan Lloyd Davies"] == "in_attendance"
    assert got["Bryn Edwards"] == "present" and got["Nia Jones"] == "present"


def test_the_council_a_parish_meeting_is_of_and_no_acronym_from_a_draft_mark() -> None:
    got = parse_text(
        "DRAFT Minutes of the Monthly Meeting of Netherby Vale Parish Council held\n"
        "In the Church on Monday 17th April 2023 at 8.00pm\n"
        "Present: Cllr Widd (Chair), Cllr Hext, Cllr Luscombe (DCC).\n1. Apologies\nNone.\n"
    )
    assert got.meeting.council == "Netherby Vale Parish Council"


def test_a_marked_grid_between_headings_with_no_blank_lines_and_substitutes_in_one_paragraph() -> None:
    # PDF text keeps no blank lines: the grid runs from "Councillors:" to "Officers:"
    got = statuses(
        _BOROUGH + "Councillors:\nCouncillor Anne Booth (Chairman)\n"
        "Councillor Tom Riley\t*Councillor Jane Pike\n*Councillor Ed Dunn\tCouncillor Kay Mott\n*Absent\n"
        "Officers: Head of Planning\nPC/22/21-22\tSubstitute Members\n"
        "Councillor Rhona Tallis substituted for Councillor Ed Dunn.\n"
        "Councillor Martin Kewell substituted for Councillor Jane Pike.\n"
        "PC/23/21-22\tDeclarations of Interest\nNone.\n"
    )
    assert got["Jane Pike"] == "absent" and got["Ed Dunn"] == "absent" and got["Tom Riley"] == "present"
    assert got["Rhona Tallis"] == "present" and got["Martin Kewell"] == "present"


def test_minutes_approval_formulas_of_small_councils() -> None:
    def decisions(body: str) -> list[str]:
        return [d.text for d in parse_text(_PARISH_HEAD + body).decisions]

    assert decisions(
        "2. Minutes\n\nMinutes of the previous meeting 18 July 2023 were accepted as a true record.\n"
    )
    got = html_minutes(
        "<p>Minutes of the General Meeting of Hoy Islands Council held on 8 December 2020 at 10:30.</p>"
        "<h3>2. Minute of Previous Meeting</h3><p>The Council:</p>"
        "<p>Approved the Minute of the General Meeting of the Council held on 6 October 2020 as a true record.</p>"
    )
    assert [
        d.text.endswith(
            "Approved the Minute of the General Meeting of the Council held on 6 October 2020 as a true record."
        )
        for d in got.decisions
    ] == [True]
    assert decisions(
        "1/ Members present\n\nCouncillor Colin West and Councillor Ruth Lee.\n"
        "Helen Bowden was co-opted onto the Parish Council as proposed by Councillor Ruth Lee.\n"
    )
    assert not decisions("2. Minutes\n\nThe Clerk confirmed the minutes would be circulated.\n")
