"""The scorer: matching rules, greedy one-to-one pairing, precision/recall/F1, the report."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from minutebook.parse.evaluate import (
    evaluate_dir,
    format_report,
    owners_match,
    score_file,
    token_overlap,
)

GOLD = {
    "source": "x.txt",
    "meeting": {
        "council": "Westshire County Council",
        "body": "Cabinet",
        "date": "2020-03-03",
        "start_time": "19:00",
        "end_time": "21:05",
        "venue": None,
    },
    "attendance": [
        {"name": "J Pemberton", "title": "Cllr Mrs", "role": None, "status": "present", "partial": False},
        {"name": "R Okonjo", "title": "Cllr", "role": None, "status": "present", "partial": False},
        {"name": "N Bhatt", "title": "Cllr", "role": None, "status": "apologies", "partial": False},
    ],
    "actions": [
        {
            "text": "Obtain quotes for safety matting under swings",
            "owners": ["Clerk", "Cllr Angove"],
            "due": None,
            "agenda_item": None,
        },
    ],
    "decisions": [
        {"text": "that the minutes of the meeting held on 4 February 2020 be approved", "agenda_item": None},
        {"text": "to accept the quotation from Brightwork Illuminations Ltd", "agenda_item": None},
    ],
}


def test_perfect_prediction_scores_one() -> None:
    report = score_file(copy.deepcopy(GOLD), GOLD)
    for s in report.scores.values():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)


def test_names_compare_without_honorifics_and_punctuation_but_keep_initials() -> None:
    pred = copy.deepcopy(GOLD)
    pred["attendance"][0]["name"] = "Cllr Mrs J. Pemberton"
    assert score_file(pred, GOLD).scores["attendance"].tp == 3
    pred["attendance"][0]["name"] = "A Pemberton"
    s = score_file(pred, GOLD).scores["attendance"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_status_must_match() -> None:
    pred = copy.deepcopy(GOLD)
    pred["attendance"][2]["status"] = "absent"
    s = score_file(pred, GOLD).scores["attendance"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_dropped_row_lowers_recall_invented_row_lowers_precision() -> None:
    dropped = copy.deepcopy(GOLD)
    dropped["attendance"].pop()
    s = score_file(dropped, GOLD).scores["attendance"]
    assert s.precision == 1.0 and s.recall < 1.0
    invented = copy.deepcopy(GOLD)
    invented["attendance"].append({"name": "Z Nobody", "status": "present"})
    invented["decisions"].append({"text": "the sky be painted green"})
    sc = score_file(invented, GOLD).scores
    assert sc["attendance"].recall == 1.0 and sc["attendance"].precision == 0.75
    assert sc["decisions"].precision < 1.0


def test_actions_need_text_overlap_and_an_owner() -> None:
    pred = copy.deepcopy(GOLD)
    pred["actions"][0]["owners"] = ["Town Clerk"]  # containment counts
    assert score_file(pred, GOLD).scores["actions"].tp == 1
    pred["actions"][0]["owners"] = ["Chairman"]
    assert score_file(pred, GOLD).scores["actions"].tp == 0
    assert owners_match(["Cllr Angove"], ["Angove"]) and owners_match([], [])
    assert token_overlap("a b c d", "a b c d") == 1.0
    assert token_overlap("obtain quotes", "Obtain quotes for safety matting under swings and the bench") < 0.5


def test_one_to_one_matching() -> None:
    pred = copy.deepcopy(GOLD)
    pred["decisions"] = [GOLD["decisions"][0], dict(GOLD["decisions"][0])]  # the same decision twice
    s = score_file(pred, GOLD).scores["decisions"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_meeting_fields() -> None:
    pred = copy.deepcopy(GOLD)
    pred["meeting"]["council"] = "WESTSHIRE COUNTY COUNCIL"  # case-insensitive containment
    pred["meeting"]["start_time"] = "19:30"
    r = score_file(pred, GOLD)
    assert r.meeting_fields["council"] is True and r.meeting_fields["start_time"] is False
    assert (r.scores["meeting"].tp, r.scores["meeting"].fp, r.scores["meeting"].fn) == (4, 1, 1)


def test_evaluate_dir_and_report(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOLD))
    (tmp_path / "a.txt").write_text("minutes")
    (tmp_path / "b.json").write_text(json.dumps(GOLD))  # no source beside it: skipped
    (tmp_path / "c.json").write_text(json.dumps(GOLD))
    (tmp_path / "c.html").write_text("<p>minutes</p>")

    def predict(path: Path) -> dict:
        if path.suffix == ".html":
            raise ValueError("boom")
        return copy.deepcopy(GOLD)

    report = evaluate_dir(tmp_path, predict)
    assert [f.name for f in report.files] == ["a.txt", "c.html"]
    assert report.files[1].error == "ValueError: boom"
    assert report.overall["attendance"].tp == 3 and report.overall["attendance"].fn == 3
    text = format_report(report)
    assert "OVERALL" in text and "a.txt" in text and "boom" in text
