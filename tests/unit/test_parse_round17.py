"""Round 17 parser rules: Welsh community councils' minutes as clerks type them and as PDF text copies
flatten them — Welsh clock times ("y.p.", "o'r gloch"), misspelt one-word headings, a meeting's opening
run into one paragraph with bilingual labels, bilingual titles ("Cyng/Cllr"), a comma lost before a
titled name, and "Aelodau'r Cyhoedd" (members of the public). Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.attendance.headings import heading_status
from minutebook.parse.meeting import parse_time
from minutebook.parse.names import looks_like_name, split_honorifics
from tests.helpers.minutes import statuses

_HEAD = "CYNGOR CYMUNED LLANDEWI\n\nCofnodion cyfarfod a gynhaliwyd nos Fawrth 14 Tachwedd 2023\n\n"


def test_welsh_afternoon_and_oclock_times() -> None:
    assert parse_time("Dydd Iau, 12fed Rhagfyr, 2019, 1.00 y.p.") == "13:00"
    assert parse_time("nos Iau Chwefror 8 2024 am 7:00 o’r gloch") == "19:00"
    assert parse_time("AM 7.30 O'R GLOCH") == "19:30"
    assert parse_time("at 10 o'clock") == "10:00"


def test_misspelt_one_word_headings_are_read() -> None:
    assert heading_status("Pressenol: G W Pritchard, H L Mostyn") == ("present", "G W Pritchard, H L Mostyn")
    assert heading_status("Ymddojeiroadau: O R Owen")[0] == "apologies"  # type: ignore[index]
    assert heading_status("Apolgies: Cllr Rees")[0] == "apologies"  # type: ignore[index]
    # whole words that only start like a heading are not respelt
    assert heading_status("Presented: the annual report") is None
    assert heading_status("Apologise: none") is None


def test_bilingual_label_with_its_list_run_on() -> None:
    assert heading_status("Presennol / Present: Emyr Owen (Cadeirydd/Chair), Robert Dyson") == (
        "present",
        "Emyr Owen (Cadeirydd/Chair), Robert Dyson",
    )


def test_flattened_opening_paragraph_is_cut_at_its_labels() -> None:
    text = (
        "Cyngor Cymuned Llandewi Community Council Cofnodion o gyfarfod y Cyngor a gynhaliwyd nos Fawrth "
        "14/11/2023 Presennol / Present: Gwyn Ellis (Cadeirydd/Chair), Mair Roberts, Tom Price "
        "Yn Bresennol / In Attendance: Nerys Huws (Clerc/Clerk) Ymddiheuriadau / Apologies: Alun Bowen, "
        "Sian Puw 1 Croeso / Welcome Cadeiriwyd y cyfarfod gan Gwyn Ellis.\n"
    )
    assert statuses(text) == {
        "Gwyn Ellis": "present",
        "Mair Roberts": "present",
        "Tom Price": "present",
        "Nerys Huws": "in_attendance",
        "Alun Bowen": "apologies",
        "Sian Puw": "apologies",
    }


def test_one_label_in_a_long_sentence_does_not_cut_it() -> None:
    text = (
        _HEAD + "Nododd y Cadeirydd fod y pwyllgor wedi trafod y mater yn fanwl iawn a bod pawb yn cytuno "
        "ar y ffordd ymlaen Present: nid oedd neb arall yn bresennol yn y cyfarfod hwn o gwbl heno.\n"
    )
    assert statuses(text) == {}


def test_bilingual_title_is_an_honorific() -> None:
    assert split_honorifics("Cyng/Cllr Alwyn Jones") == ("Cyng/Cllr", "Alwyn Jones")
    assert looks_like_name("Cyng/Cllr Alwyn Jones")
    assert not looks_like_name("Alwyn/Jones")


def test_comma_lost_before_a_titled_name() -> None:
    text = (
        _HEAD + "Apologies: Carys Daniel, David Lovell Cllr Rhys Jones, Cllr Rhodri Griffith\n\n1. Croeso\n"
    )
    assert statuses(text) == {
        "Carys Daniel": "apologies",
        "David Lovell": "apologies",
        "Rhys Jones": "apologies",
        "Rhodri Griffith": "apologies",
    }


def test_welsh_members_of_the_public_are_in_attendance() -> None:
    text = _HEAD + "Presennol: G Pritchard, H Mostyn\n\nAelodau'r Cyhoedd: E Maddocks, L Owen\n\n1. Croeso\n"
    got = statuses(parse_text(text))
    assert got["E Maddocks"] == "in_attendance"
    assert got["L Owen"] == "in_attendance"
    assert got["G Pritchard"] == "present"


def test_initials_typed_without_a_space_before_the_surname() -> None:
    assert looks_like_name("G.Parri")
    assert looks_like_name("D.W.Jones")
    text = _HEAD + "Presennol: G.Parri, S.Roberts, D.W.Jones, Nia L Hughes.\n\nYmddiheuriadau: T.Brewster\n"
    assert statuses(text) == {
        "G.Parri": "present",
        "S.Roberts": "present",
        "D.W.Jones": "present",
        "Nia L Hughes": "present",
        "T.Brewster": "apologies",
    }


def test_welsh_moderngov_apologies_item_after_the_agenda_wording() -> None:
    text = (
        "Cyngor - Dydd Iau, 12fed Rhagfyr, 2019 1.00 y.p.\n\n"
        "1.\tYMDDIHEURIADAU\n"
        "Derbyn unrhyw ymddiheuriadau am absenoldeb.\n"
        "Dogfennau ychwanegol:\n"
        "Cofnod:\n"
        "Y Cynghorwyr Gwenan Bowen, Sion Jarvis a Cemlyn Wynne.\n"
        "2.\tCOFNODION\n"
        "Llofnododd y Cadeirydd gofnodion y cyfarfod blaenorol.\n"
    )
    assert statuses(text) == {
        "Gwenan Bowen": "apologies",
        "Sion Jarvis": "apologies",
        "Cemlyn Wynne": "apologies",
    }


def test_one_capitals_label_cuts_a_flattened_line_with_welsh_chair_and_plural_label() -> None:
    text = (
        "COFNODION CYFARFOD ARFEROL CYNGOR TREF LLANDEWI A GYNHALIWYD NOS IAU 9fed o DACHWEDD 2023\n\n"
        "YN SIAMBR Y CYNGOR AM 7.00 Y.H. CADEIRYDD : Cynghorydd: Elfyn Prys YN BRESENNOL: Cynghorwyr: "
        "Heulwen Rowlands, Iestyn Parri, Nest Rees a Morfudd Evans\n\n"
        "10712/11/23 YMDDIHEURIADAU\n\n"
        "Cynghorwyr: Bethan Ellis a Dewi Lloyd 10713/11/23 DATGAN DIDDORDEB Dim.\n"
    )
    assert statuses(text) == {
        "Elfyn Prys": "present",
        "Heulwen Rowlands": "present",
        "Iestyn Parri": "present",
        "Nest Rees": "present",
        "Morfudd Evans": "present",
        "Bethan Ellis": "apologies",
        "Dewi Lloyd": "apologies",
    }


def test_welsh_and_between_two_written_out_names() -> None:
    text = _HEAD + "Presennol: Gareth Thomas, Nest Rees a Morfudd Evans\n\n1. Croeso\n"
    assert statuses(text) == {"Gareth Thomas": "present", "Nest Rees": "present", "Morfudd Evans": "present"}


def test_a_capitals_label_of_several_words_is_not_cut_at_its_last_word() -> None:
    # "IN ATTENDANCE:" ends in "ATTENDANCE:" (members present) and "ALSO PRESENT:" in "PRESENT:": the
    # flattened-opening cut must take the whole label, or officers become members
    text = (
        "Anyshire County Council\n\nMINUTES of a meeting of the Scrutiny Committee held at County Hall on "
        "Tuesday, 7 November 2023.\n\n"
        "PRESENT: Mr A Brown (Chairman), Mrs S Green, Mr P White and Mr H Black\n"
        "ALSO PRESENT: Mr N Grey (Cabinet Member for Roads) and Mrs C Pink (Cabinet Member for Waste)\n"
        "IN ATTENDANCE: Mr S Blue (Corporate Director, Growth), Mrs J Orange (Director of Growth) and "
        "Miss E Violet (Democratic Services Officer)\n\n59.\tApologies\nApologies were received from Mr Red.\n"
    )
    got = statuses(parse_text(text))
    assert got["N Grey"] == got["C Pink"] == "in_attendance"
    assert got["S Blue"] == got["J Orange"] == got["E Violet"] == "in_attendance"
    assert got["A Brown"] == got["H Black"] == "present"
