"""The synthetic minutes generator: deterministic, fast, and its gold annotation matches its text."""

from __future__ import annotations

import io
import json
import re
import time
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from minutebook.demo.corpus import STYLES, compose, corpus, generate_minutes
from minutebook.demo.pdfrender import build_pdf

SAMPLE_GOLD = (
    Path(__file__).resolve().parents[2]
    / "minutebook"
    / "demo"
    / "samples"
    / "lancashire_improvement-board_2017-08-01.json"
)


def _flat(text: str) -> str:
    """Text with TABs and line breaks as single spaces (gold strings are one line)."""
    return re.sub(r"\s+", " ", text)


def test_same_seed_same_document_and_different_seeds_differ() -> None:
    a = generate_minutes(42, items=6)
    b = generate_minutes(42, items=6)
    c = generate_minutes(43, items=6)
    assert a == b
    assert a[0] != c[0]


def test_gold_has_the_schema_shape() -> None:
    sample = json.loads(SAMPLE_GOLD.read_text())
    _, gold = generate_minutes(1)
    assert set(gold) == set(sample)
    assert set(gold["meeting"]) == set(sample["meeting"])
    assert set(gold["attendance"][0]) == set(sample["attendance"][0])
    assert set(gold["actions"][0] if gold["actions"] else sample["actions"][0]) == set(sample["actions"][0])
    assert set(gold["decisions"][0]) == set(sample["decisions"][0])
    assert set(gold["agenda_items"][0]) == set(sample["agenda_items"][0])


@pytest.mark.parametrize("style", STYLES)
def test_every_gold_entry_is_in_the_text(style: str) -> None:
    for seed in range(15):
        text, gold = generate_minutes(
            seed, items=6, style=style, committee="Planning Committee" if seed % 2 else "Cabinet"
        )
        flat = _flat(text)
        m = gold["meeting"]
        assert m["council"] and m["body"] and m["body"] in text
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["date"]) and re.fullmatch(r"\d{2}:\d{2}", m["start_time"])
        assert date.fromisoformat(m["date"]).weekday() < 5
        statuses = {a["status"] for a in gold["attendance"]}
        assert {"present", "in_attendance"} <= statuses
        for a in gold["attendance"]:
            written = f"{a['title']} {a['name']}" if a["title"] else a["name"]
            if (
                style in ("classic", "town")
                and a["title"]
                and a["title"].split()[0] in ("Councillor", "Cllr")
            ):
                written = a["name"]  # written inside "Councillors A, B and C" / "Cllr …" lists
            assert written in flat, (style, seed, a)
            if a["role"]:
                assert a["role"] in flat
        for d in gold["decisions"]:
            assert d["text"] in flat and d["agenda_item"]
        for act in gold["actions"]:
            assert act["text"] in flat and act["owners"] and all(o in flat for o in act["owners"])
            if act["due"]:
                assert act["due"] in flat
        numbers = [i["number"] for i in gold["agenda_items"]]
        assert len(numbers) == 6 + 3 and len(set(numbers)) == len(numbers)
        for item in gold["agenda_items"]:
            assert item["title"] in text


def test_each_style_has_its_layout() -> None:
    texts = {s: generate_minutes(5, style=s)[0] for s in STYLES}
    assert "\t" in texts["table"].split("Present:")[1].splitlines()[1]  # Name<TAB>Role rows
    assert "Item\tAction\tOwner\tDue" in texts["stacked"] or "Item 1:" in texts["stacked"]
    assert re.search(r"^\d+\.\s{2,}APOLOGIES FOR ABSENCE$", texts["classic"], re.M)
    assert re.search(r"^\d{2}/\d{3}   APOLOGIES FOR ABSENCE$", texts["town"], re.M)
    assert "RESOLVED that" in texts["classic"]


def test_items_set_the_length() -> None:
    short = build_pdf(generate_minutes(9, items=2, style="table")[0])[1]
    long = build_pdf(generate_minutes(9, items=30, style="table")[0])[1]
    assert long >= short + 5


def test_rendered_pdf_keeps_the_gold_readable() -> None:
    m = compose(11, items=4, style="table")
    data, _ = build_pdf(m.text)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = _flat(" ".join(p.extract_text() for p in pdf.pages))
    for a in m.gold["attendance"]:
        assert a["name"] in text


def test_fast_enough_for_benchmarks() -> None:
    t0 = time.perf_counter()
    docs = list(corpus(500, seed=3, items=8))
    elapsed = time.perf_counter() - t0
    assert len(docs) == 500 and len({d[0] for d in docs}) == 500
    assert elapsed < 3.0, elapsed
    assert len({d[1]["meeting"]["council"] for d in docs}) > 1


def test_site_facing_structure_matches_the_gold() -> None:
    m = compose(7, items=3, style="classic")
    assert [i.number for i in m.items] == [a["number"] for a in m.gold["agenda_items"]]
    assert all(i.paragraphs for i in m.items)
    assert sum(len(i.decisions) for i in m.items) == len(m.gold["decisions"])
    assert m.start.endswith(("am", "pm"))
