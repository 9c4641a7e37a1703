"""Promises 4, 7 and 2/3 over three consecutive runs of the demo site (fixture ``three_runs``).

Two BI readers poll the published file during all three runs: one holds a read-only
connection from the moment the file exists, one reopens it for every read. Between the
second and the third run a minutes PDF disappears from the site.
"""

from __future__ import annotations

import duckdb


def test_readers_never_see_an_error_or_a_partial_warehouse(three_runs: dict) -> None:
    """Promise 4."""
    complete = {fp for fp, _runs in three_runs["views"]}
    for hold, result in three_runs["readers"].items():
        assert result["errors"] == [], (hold, result["errors"][:3])
        assert result["reads"] > 10, (hold, result["reads"])
        seen = {fp for fp, _published in result["seen"]}
        assert seen <= complete, f"hold={hold} saw a warehouse no run published"
    holder, reopener = three_runs["readers"][True], three_runs["readers"][False]
    assert len({published for _fp, published in holder["seen"]}) == 1, "a held connection keeps its warehouse"
    assert len({published for _fp, published in reopener["seen"]}) >= 2, "a reopening reader sees new runs"


def test_every_run_is_in_the_ledger_of_the_published_file(three_runs: dict) -> None:
    """Promise 3: after normal runs, ops_runs in the published file says published for each run that
    built a warehouse; the second run found nothing changed and says so (it publishes nothing)."""
    views = three_runs["views"]
    assert list(views[0][1].values()) == ["published"]
    assert views[1] == views[0], "an unchanged run leaves the published file as it was"
    assert list(views[2][1].values()) == ["published", "unchanged", "published"]


def test_second_run_changes_nothing(three_runs: dict) -> None:
    """Promise 2, through the CLI."""
    assert three_runs["marts"][1] == three_runs["marts"][0]


def test_vanished_document_is_marked_missing_never_deleted(three_runs: dict) -> None:
    """Promise 7: the stored version, its row and its parsed rows stay; its status says missing."""
    home, url = three_runs["home"], three_runs["gone_url"]
    con = duckdb.connect(str(home / "raw" / "state.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "select status, storage_path, sha256 from raw.documents where url = ?", [url]
        ).fetchall()
        parsed = con.execute(
            "select count(*) from raw.parsed_meetings where document_sha256 = ?", [rows[0][2]]
        ).fetchall()[0][0]
    finally:
        con.close()
    assert [r[0] for r in rows] == ["missing"], rows
    assert (home / rows[0][1]).is_file(), "the stored copy is kept"
    assert parsed == 1
    wh = duckdb.connect(str(three_runs["published"]), read_only=True)
    try:
        status = wh.execute(
            "select document_status from fct_documents where source_url = ?", [url]
        ).fetchall()
    finally:
        wh.close()
    assert status == [("missing",)]
