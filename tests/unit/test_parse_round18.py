"""Round 18 parser rules: attendance as parish, town, community and district councils write it —
bulleted labels on web pages, names run together with their commas lost, "Mr X in the Chair" in a list,
councillors of other councils at a parish meeting, a dash role that ends at the next titled name,
numbered "PRESENT:" items, a civic head before the members, letter-spaced headings, two lists side by
side in plain text, officers after the councillors with no heading, and sentences after a heading's list.
Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.attendance.headings import heading_status, numbered_heading
from minutebook.parse.attendance.people import name_run
from minutebook.parse.names import looks_like_name, split_honorifics
from tests.helpers.minutes import html_minutes, people, statuses

_PARISH = "NETHERBY PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 9th May 2023 at 7.30pm in the Village Hall\n\n"
_BOROUGH = "ASHFORTH BOROUGH COUNCIL\n\nMinutes of the Licensing Committee held on Tuesday 9th May 2023 at 7.30pm\n\n"


def test_bulleted_labels_are_headings_but_a_bare_bullet_is_a_menu() -> None:
    got = html_minutes(
        "<p>Minutes of the meeting of Netherby Community Council held on Monday, 13th March, 2017, at 7.00pm</p>"
        "<p><strong>1. Record of those Present/Apologies</strong></p>"
        "<ul><li>Members: Cllrs Owain Lewis (Chair), Rhodri Harries and Darren Pugh</li>"
        "<li>Others: Mr Gethin Jenkins, Translator.</li>"
        "<li>Apologies for absence: Cllrs Geraint Griffiths and Elis Daniel.</li></ul>"
        "<p><strong>2. Welcome</strong></p><p>The Chair welcomed everyone.</p>"
    )
    assert statuses(got) == {
        "Owain Lewis": "present",
        "Rhodri Harries": "present",
        "Darren Pugh": "present",
        "Gethin Jenkins": "in_attendance",
        "Geraint Griffiths": "apologies",
        "Elis Daniel": "apologies",
    }
    assert heading_status("• Attendance") is None  # a page's menu item
    assert heading_status("• Independent Person: Mr Colin Cross") is None  # one entry, its post first


def test_name_then_post_without_separator_in_a_list() -> None:
    got = parse_text(
        _PARISH + "Others: David Evans Clerk to the Council, Mr Tom Reed, Translator.\n\n1. Minutes\n"
    )
    roles = {a.name: a.role for a in got.attendance}
    assert roles["David Evans"] == "Clerk to the Council"
    assert "Tom Reed" in roles


def test_untitled_names_run_together_are_split_only_into_plausible_names() -> None:
    assert name_run(
        "Alan Forbes (Chairman) Douglas Strachan (Vice Chairman) Moira Crail Robert Ingram & Neil Shand"
    ) == [
        "Alan Forbes (Chairman)",
        "Douglas Strachan (Vice Chairman)",
        "Moira Crail",
        "Robert Ingram",
        "Neil Shand",
    ]
    assert name_run("John A Smith Jane Doe") == ["John A Smith", "Jane Doe"]
    assert name_run("Jane Doe Town Clerk") is None  # a post is no name
    assert name_run("Parish Council Village Hall Car Park") is None
    got = people(
        _PARISH + "Present: Alan Forbes (Chairman) Douglas Strachan Moira Crail & Neil Shand\n\n1. Minutes\n"
    )
    assert got == {(n, "present") for n in ("Alan Forbes", "Douglas Strachan", "Moira Crail", "Neil Shand")}


def test_surname_list_with_chair_and_a_lost_comma() -> None:
    got = parse_text(
        _PARISH + "Attendance: Mr Gedge in the Chair, Mrs Thurtle, Mr Eastoe, Mrs Alcock Graham Bunn (Clerk) "
        "and four members of the public.\n\n1. Minutes\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert set(by_name) == {"Gedge", "Thurtle", "Eastoe", "Alcock", "Graham Bunn"}
    assert by_name["Gedge"].role == "in the Chair" and by_name["Gedge"].status == "present"
    assert by_name["Graham Bunn"].status == "in_attendance"  # the clerk: an officer


def test_councillors_of_other_councils_in_a_parish_present_list_are_present() -> None:
    # parse-1.20: the status follows the label a person is listed under (SCHEMA: "listed as present")
    text = "Present: Cllr Ann Hale (Chairman), Cllr Bob Mace, Mr T Southgate (Borough Councillor), Mrs P Coombes (Vale District Councillor)\n\n1. Minutes\n"
    assert statuses(_PARISH + text) == {
        "Ann Hale": "present",
        "Bob Mace": "present",
        "T Southgate": "present",
        "P Coombes": "present",
    }
    text = (
        "Present: Cllr Ann Hale (Chairman)\nAlso present: Mr T Southgate (Borough Councillor)\n\n1. Minutes\n"
    )
    assert statuses(_PARISH + text)["T Southgate"] == "in_attendance"


def test_dash_role_ends_at_the_next_titled_name_and_public_count_is_no_role() -> None:
    got = parse_text(
        _PARISH + "Present– Cllr Peter Harrod - Chairman, Cllr Susan Bilham, Cllr J Gotobed.\n"
        "Mr T Dunnett – Borough Councillor 4 members of the public\n\n1. Minutes\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert {n: a.status for n, a in by_name.items()} == {
        "Peter Harrod": "present",
        "Susan Bilham": "present",
        "J Gotobed": "present",
        "T Dunnett": "present",  # no label of his own: still the present block (parse-1.20)
    }
    assert by_name["Peter Harrod"].role == "Chairman"
    assert by_name["T Dunnett"].role == "Borough Councillor"


def test_numbered_present_item_with_its_list_and_apologies_predicate() -> None:
    assert numbered_heading("2. PRESENT: Cllr Heledd Morgan; Cllr Emyr Jones") == (
        "present",
        "Cllr Heledd Morgan; Cllr Emyr Jones",
    )
    assert numbered_heading("2. Present: the Chairman welcomed everyone") is None
    got = parse_text(
        _PARISH + "1. WELCOME The Chairperson welcomed everyone.\n"
        "2. PRESENT: Cllr Heledd Morgan; Cllr Emyr Jones; County Cllr. Llyr Evans-Hughes & Ffion Davies (Clerk)\n"
        "3. APOLOGIES FOR ABSENCE: Cllr Catrin Owen (unwell); Cllr Bethan Lewis & Cllr Wyn Roberts apologised "
        "for their inability to attend the meeting.\n4. POLICE MATTERS None.\n"
    )
    assert statuses(got) == {
        "Heledd Morgan": "present",
        "Emyr Jones": "present",
        "Llyr Evans-Hughes": "present",
        "Ffion Davies": "in_attendance",
        "Catrin Owen": "apologies",
        "Bethan Lewis": "apologies",
        "Wyn Roberts": "apologies",
    }
    assert {a.name: a.role for a in got.attendance}["Bethan Lewis"] is None


def test_civic_head_before_members_and_plural_honorific_mid_list() -> None:
    got = parse_text(
        _BOROUGH
        + "Present: Her Worship the Mayor (Councillor Mrs F Kettle), Councillors Mrs J Aikin, Ashford,\n"
        "Balcombe, Mrs P Bolney and Thornewell\n\nC 08/042 Election of Mayor\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert set(by_name) == {"F Kettle", "J Aikin", "Ashford", "Balcombe", "P Bolney", "Thornewell"}
    assert by_name["F Kettle"].role == "Her Worship the Mayor"
    assert by_name["Ashford"].title == "Councillor"


def test_letter_spaced_heading_and_elected_mayors() -> None:
    assert heading_status("P r e s e n t:") == ("present", "")
    assert split_honorifics("Metro Mayor D Kearney") == ("Metro Mayor", "D Kearney")
    assert split_honorifics("Deputy Mayor C Finnegan") == ("Deputy Mayor", "C Finnegan")
    got = parse_text(
        _BOROUGH + "the following Members were\n\nP r e s e n t:\n\n"
        "Metro Mayor D Kearney Chairperson of the Combined Authority (in the Chair)\n\n"
        "Councillor J Ashcroft, Deputy Mayor C Finnegan (Substitute for Mayor R Gallagher) and Councillor A Quigley.\n\n"
        "1. APOLOGIES\n"
    )
    assert statuses(got) == {n: "present" for n in ("D Kearney", "J Ashcroft", "C Finnegan", "A Quigley")}


def test_presiding_then_other_members_and_present_were() -> None:
    got = parse_text(
        _BOROUGH + "Presiding\tP McLernon\nOther Members Present\tP J Bradley\nJ Carson\n"
        "Officers Present\tJ A McLoughlin (Chief Executive)\n\n1 MINUTES\n"
    )
    assert statuses(got) == {
        "P McLernon": "present",
        "P J Bradley": "present",
        "J Carson": "present",
        "J A McLoughlin": "in_attendance",
    }
    got = parse_text(
        _PARISH + "Present were:\n\nCllr G Pennant (Chair), Cllr S Rowlands, Cllr E Wynne and\n\n"
        "Gareth Roberts (Secretary)\n\n1.  Apologies for absence\n"
    )
    assert {"G Pennant", "S Rowlands", "E Wynne", "Gareth Roberts"} <= set(statuses(got))


def test_two_lists_side_by_side_aligned_with_spaces() -> None:
    got = parse_text(
        "GLENBURN COMMUNITY COUNCIL\n\nMinutes of the meeting held on Monday 15th February 2021, at 7.30pm\n\n"
        "Community Councillors in attendance        Elected Councillors in attendance\n"
        "Hamish Lumsden (HL) Chair                  Cllr Kirsty Menzies\n"
        "Ross Ogilvie (RO)                          Cllr Gordon Abernethy\n"
        "Lorna Baird (LB)\n\n1 Police Scotland report\n"
    )
    assert statuses(got) == {
        "Hamish Lumsden": "present",
        "Ross Ogilvie": "present",
        "Lorna Baird": "present",
        "Kirsty Menzies": "in_attendance",
        "Gordon Abernethy": "in_attendance",
    }


def test_officers_after_the_councillors_with_no_heading() -> None:
    got = parse_text(
        _BOROUGH + "Present:\n\nCllr Jordan Meakin (Chair)\nCllr Emma Frayne (Vice-Chair)\n\n"
        "Cllrs:   Sarah Aldous\n         Gary Harwood\n\n"
        "Stuart Bobbitt       Chief Executive\nCharlotte Pike       Committee Services Officer\n\n"
        "16.    Apologies for absence\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert {n: a.status for n, a in by_name.items()} == {
        "Jordan Meakin": "present",
        "Emma Frayne": "present",
        "Sarah Aldous": "present",
        "Gary Harwood": "present",
        "Stuart Bobbitt": "in_attendance",
        "Charlotte Pike": "in_attendance",
    }
    assert by_name["Gary Harwood"].title == "Cllr"


def test_a_board_of_members_with_posts_stays_present() -> None:
    got = parse_text(
        _BOROUGH
        + "Present:\n\nJo Marsh, Director of Public Health\nKevin Peers, Head of Improvement\n\n1. Minutes\n"
    )
    assert statuses(got) == {"Jo Marsh": "present", "Kevin Peers": "present"}


def test_sentence_after_a_heading_list_is_read_as_a_sentence() -> None:
    got = parse_text(
        _PARISH + "Present: Cllrs Tweddle, Corbridge and Fenwick. County Councillor Marion\n"
        "Ridley was in attendance with 11 members of the public. Also in attendance for\n"
        "part of the meeting was Mrs Karen Heslop, Head Teacher and Mr Peter Elliott of the\n"
        "Tynedale Squirrel Group who gave the first presentation.\n\n1. Mr Elliott gave a talk.\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert {n: a.status for n, a in by_name.items()} == {
        "Tweddle": "present",
        "Corbridge": "present",
        "Fenwick": "present",
        "Marion Ridley": "in_attendance",
        "Karen Heslop": "in_attendance",
        "Peter Elliott": "in_attendance",
    }
    assert by_name["Peter Elliott"].role == "Tynedale Squirrel Group"


def test_clerk_line_under_the_list_and_glued_apology_sentence() -> None:
    got = parse_text(
        _PARISH + "Present: Councillor R Gurney (Chair)\nCouncillor M Pells\nClerk: Alan Kettle\n\n"
        "1. Apologies for absence.\nApologies had been received from Councillor D Bexfield who was on holiday. "
        "Apologies for absence had also been received fromDistrict Councillor K Ling.\n\n2. Minutes.\nApproved.\n"
    )
    assert statuses(got) == {
        "R Gurney": "present",
        "M Pells": "present",
        "Alan Kettle": "in_attendance",
        "D Bexfield": "apologies",
        "K Ling": "apologies",
    }
    # a letterhead's "Clerk:" line, far from any list, is no attendance
    got = parse_text(
        "NETHERBY PARISH COUNCIL\nClerk: Mrs D Spink\n\n" + _PARISH + "Present: Cllr Ann Hale\n\n1. Minutes\n"
    )
    assert statuses(got) == {"Ann Hale": "present"}


def test_post_then_holder_at_the_end_of_a_list() -> None:
    got = parse_text(
        _PARISH + "PRESENT: Councillors G Frisby (Chairman), Cllrs Mrs Dowse, J Sharpe and the Parish Clerk, "
        "Mrs H. Blanchard.\n\n1. APOLOGIES FOR ABSENCE. There were none.\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert by_name["H. Blanchard"].status == "in_attendance"
    assert by_name["H. Blanchard"].role == "Parish Clerk"
    assert by_name["J Sharpe"].role is None


def test_officers_after_a_labelled_column_when_the_gaps_are_lost() -> None:
    # a PDF copy: no blank lines, the officers' name and post set apart by a TAB
    got = parse_text(
        _BOROUGH + "Present:\nCllr Jordan Meakin (Chair)\nCllrs: Sarah Aldous\nGary Harwood\n"
        "Stuart Bobbitt\tChief Executive\nCharlotte Pike\tCommittee Services Officer\nAlso Present:\n"
        "Cllr John Burdon\n16.\tApologies for absence\n"
    )
    assert statuses(got) == {
        "Jordan Meakin": "present",
        "Sarah Aldous": "present",
        "Gary Harwood": "present",
        "Stuart Bobbitt": "in_attendance",
        "Charlotte Pike": "in_attendance",
        "John Burdon": "in_attendance",
    }


def test_counted_public_lines_do_not_end_a_list() -> None:
    got = parse_text(
        _PARISH + "Members Present\n\nMrs Helen Garland (Chairman)\n\nMr Graham Pitman\n\nAlso present\n\n"
        "3 Members of the Public\n\n2 Representatives from Brightwire Broadband\n\n"
        "Miss Karen Stroud (Parish Clerk)\n\n1.  Apologies for Absence\n"
    )
    assert statuses(got) == {
        "Helen Garland": "present",
        "Graham Pitman": "present",
        "Karen Stroud": "in_attendance",
    }


def test_chair_with_office_and_a_closed_list_before_a_heading() -> None:
    got = parse_text(
        _BOROUGH
        + "PRESENT: Councillor A Bithell-Lloyd (Mayor) in the Chair\n\nCouncillors: P Blore, D Bithell\n\n"
        "1. Announcements\n"
    )
    by_name = {a.name: a for a in got.attendance}
    assert set(by_name) == {"A Bithell-Lloyd", "P Blore", "D Bithell"}
    assert by_name["A Bithell-Lloyd"].role == "Mayor; in the Chair"
    got = parse_text(
        _BOROUGH + "Present: Mr R C Bayliss (Chairman), Mr A Frome and Mrs F M Upton.\n\nAvailable Papers\n\n"
        "The Members had before them the agenda.\n"
    )
    assert statuses(got) == {"R C Bayliss": "present", "A Frome": "present", "F M Upton": "present"}
    assert not looks_like_name("PART ONE")


def test_meeting_times_and_dates_written_the_ways_these_councils_write_them() -> None:
    from minutebook.parse.meeting import parse_time

    assert parse_time("Monday, 13th March, 2017, at 7.00.p.m.") == "19:00"  # a stray full stop
    assert parse_time("at 7.00. Members arrived") is None
    # the minute book's page number above the heading is no agenda item ending the head
    got = parse_text(
        "Thurlbeck PC Minutes\n541\nTHURLBECK PARISH COUNCIL\nMinutes of the meeting of the parish council held "
        "at 7pm on Wednesday 10th March 2021 via Zoom.\nAttendance: Dr Pegg in the Chair, Mr Alcock.\n"
        "1. Minutes of the last meeting.\nApproved.\n"
    )
    assert (got.meeting.date, got.meeting.start_time) == ("2021-03-10", "19:00")
    # printed minutes with the venue and times after the attendance
    got = parse_text(
        "CAERWYN COUNTY COUNCIL\n\nCounty Council\n\nWednesday, 15 May 2019\n\nPRESENT: Councillor T Rees (Chair)\n\n"
        "Chamber, - County Hall, Caerwyn: 11.00 am - 12.30 pm\n\n1. APOLOGIES FOR ABSENCE\n"
    )
    assert (got.meeting.start_time, got.meeting.end_time) == ("11:00", "12:30")
    # a ModernGov issue page: the date only in its "Meeting:" label, under the apologies heading
    got = html_minutes(
        "<h1>Issue - items at meetings - APOLOGIES</h1><h2>APOLOGIES</h2>"
        "<p>Meeting: 05/04/2023 - Council (Item 92)</p>"
        "<p>Apologies for absence were received from Councillors Grimshaw and Whittle.</p>"
    )
    assert got.meeting.date == "2023-04-05"
