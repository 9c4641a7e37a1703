"""Round 16 parser rules: minutes written in Welsh only (community councils, Welsh-language minutes of
county councils), not just bilingual headings: Welsh honorifics and their mutations ("Cyng.",
"Y Cynghorydd", "gan Gyng."), "a"/"ac" (and) between titled names, Welsh month names and ordinals,
"Cynghorydd Sirol" and "Clerc" as in attendance, "Derbyniwyd ymddiheuriadau gan …" and
"Penderfynwyd …" decisions. Each test fails with its rule switched off."""

from __future__ import annotations

from minutebook.parse import parse_text
from minutebook.parse.meeting import parse_date
from minutebook.parse.names import plural_honorific, split_honorifics
from tests.helpers.minutes import statuses

_HEAD = (
    "CYNGOR CYMUNED LLANFAIR\n\n"
    "Cofnodion cyfarfod o'r Cyngor a gynhaliwyd yn Neuadd yr Eglwys, Nos Fercher, 8fed Tachwedd 2017 "
    "am 7.00 y.h.\n\n"
)


def test_welsh_honorifics_and_their_mutations_are_titles() -> None:
    assert split_honorifics("Cyng. Sioned Hughes") == ("Cyng.", "Sioned Hughes")
    assert split_honorifics("Y Cynghorydd Ieuan Rees") == ("Y Cynghorydd", "Ieuan Rees")
    assert split_honorifics("Gyng. Eirlys Davies") == ("Gyng.", "Eirlys Davies")
    assert split_honorifics("Parch. Huw Jones") == ("Parch.", "Huw Jones")
    assert plural_honorific("Cynghorwyr Rees, Owen a Jones") == ("Cynghorydd", "Rees, Owen a Jones")


def test_welsh_dates_with_ordinals() -> None:
    assert parse_date("Nos Fercher, 8fed Tachwedd 2017")[0] == "2017-11-08"
    assert parse_date("Dydd Mawrth, 14 Mawrth 2023")[0] == "2023-03-14"
    assert parse_date("Dydd Iau, 1af Mehefin 2023")[0] == "2023-06-01"
    assert parse_date("21ain Rhagfyr 2022")[0] == "2022-12-21"
    parsed = parse_text(_HEAD + "1. YMDDIHEURIADAU\nDim.\n")
    assert (parsed.meeting.date, parsed.meeting.start_time) == ("2017-11-08", "19:00")


def test_welsh_present_list_with_a_between_titled_names() -> None:
    text = (
        _HEAD + "PRESENNOL: Cyng Gwilym Parry (Cadeirydd), Cyng Menna Lloyd, Cyng. Sioned Hughes a "
        "Mr J Roberts (Clerc).\nCynghorydd Sirol: Mr Rhodri Bowen.\n\n"
        "YMDDIHEURIADAU: Cynghorydd Eirlys Davies & Cyng Iolo Wyn Thomas.\n\n1. COFNODION\nDim.\n"
    )
    assert statuses(text) == {
        "Gwilym Parry": "present",
        "Menna Lloyd": "present",
        "Sioned Hughes": "present",
        "J Roberts": "in_attendance",  # the clerk
        "Rhodri Bowen": "in_attendance",  # the county councillor
        "Eirlys Davies": "apologies",
        "Iolo Wyn Thomas": "apologies",
    }


def test_plural_welsh_honorific_list_and_apologies_sentence() -> None:
    text = (
        _HEAD + "Yn bresennol: Y Cynghorwyr Rees (Cadeirydd), Owen, Pugh a Jones.\n\n"
        "1. YMDDIHEURIADAU\n\nDerbyniwyd ymddiheuriadau gan Gyng. Eirlys Davies a Cyng. Iolo Thomas.\n\n"
        "2. DATGAN DIDDORDEB\n\nDim.\n"
    )
    assert statuses(text) == {
        "Rees": "present",
        "Owen": "present",
        "Pugh": "present",
        "Jones": "present",
        "Eirlys Davies": "apologies",
        "Iolo Thomas": "apologies",
    }


def test_penderfynwyd_is_a_decision_in_welsh_only_minutes() -> None:
    text = (
        _HEAD + "PRESENNOL: Cyng Gwilym Parry (Cadeirydd), Cyng Menna Lloyd.\n\n"
        "1562 COFNODION Y CYFARFOD DIWETHAF\n\n"
        "Cynigiwyd gan Cyng Menna Lloyd ac eiliwyd gan Cyng Gwilym Parry fod cofnodion cyfarfod 11eg "
        "Hydref 2017 yn gywir. Penderfynwyd eu derbyn ac fe'u llofnodwyd gan y Cadeirydd.\n\n"
        "1563 GOHEBIAETH\n\nNodwyd y llythyrau.\n"
    )
    decisions = [d.text for d in parse_text(text).decisions]
    assert len(decisions) == 1
    assert decisions[0].startswith("Cynigiwyd gan Cyng Menna Lloyd")
    assert decisions[0].endswith("Penderfynwyd eu derbyn ac fe'u llofnodwyd gan y Cadeirydd.")


def test_welsh_marker_does_not_double_an_english_resolution() -> None:
    text = (
        "TOWN COUNCIL\n\nMinutes of the meeting held on 3 May 2023 at 6.30 pm\n\n"
        "1. MINUTES\n\nPENDERFYNWYD bod y cofnodion yn gywir.\n"
        "RESOLVED that the minutes be approved as a correct record.\n"
    )
    decisions = [d.text for d in parse_text(text).decisions]
    assert decisions and not any(d.startswith("PENDERFYNWYD") for d in decisions)
