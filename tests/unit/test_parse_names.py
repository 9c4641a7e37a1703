"""Names: honorifics split off, comparison keys, and what counts as a name."""

from __future__ import annotations

import pytest

from minutebook.parse.names import looks_like_name, person_key, split_honorifics


@pytest.mark.parametrize(
    ("raw", "title", "name"),
    [
        ("County Councillor Geoff Driver CBE", "County Councillor CBE", "Geoff Driver"),
        ("County Councillor Mrs Susie Charles", "County Councillor Mrs", "Susie Charles"),
        ("Cllr Dr M Faulkner", "Cllr Dr", "M Faulkner"),
        ("Revd Dr Iain Sutherland", "Revd Dr", "Iain Sutherland"),
        ("Chief Constable A Wheeler", "Chief Constable", "A Wheeler"),
        ("Lord Haskett of Brindle", "Lord", "Haskett of Brindle"),
        ("Baroness Achterberg", "Baroness", "Achterberg"),
        ("Mrs Pauline Ivey OBE", "Mrs OBE", "Pauline Ivey"),
        ("PCSO K Doney", "PCSO", "K Doney"),
        ("Nick Jarman", None, "Nick Jarman"),
        ("Mayor Andrea Kershaw", "Mayor", "Andrea Kershaw"),
    ],
)
def test_split_honorifics(raw: str, title: str | None, name: str) -> None:
    assert split_honorifics(raw) == (title, name)


def test_mayor_of_is_a_role_not_a_title() -> None:
    assert split_honorifics("Mayor of West Harland") == (None, "Mayor of West Harland")
    assert not looks_like_name("Mayor of West Harland")


def test_person_key_keeps_initials_and_folds_the_rest() -> None:
    assert person_key("Mrs F.M. Oborski") == person_key("F M Oborski") == "f m oborski"
    assert person_key("FM Oborski") == "f m oborski"
    assert person_key("J Smith") != person_key("A Smith")
    assert person_key("Councillor Mr John O'Brien") == "john obrien"
    assert person_key("Julia Dutchman-Bailey") == "julia dutchman bailey"


@pytest.mark.parametrize(
    "text",
    ["Jane Booth", "Cllr Mrs J Pemberton", "Mr Evans", "Miss A Pennington", "T O'Rourke", "Ann Marie Dodds"],
)
def test_names(text: str) -> None:
    assert looks_like_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lancashire County Council",
        "Primary Schools",
        "Director of Children's Services",
        "Independent Chair",
        "Two young people from the Children in Care Council",
        "Sussex",
        "WSCC Unison",
        "Chief Superintendent",
        "The Chair welcomed everyone",
        "Apologies",
        "six members of the public",
    ],
)
def test_not_names(text: str) -> None:
    assert not looks_like_name(text)
