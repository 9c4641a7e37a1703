"""The whole pipeline through the Prefect flow, on a local folder of minutes (text, HTML, PDF)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FIXTURES

SAMPLES = [
    "west-sussex_improvement-board_2011-04-05",
    "lancashire_improvement-board_2017-08-01",
    "hartwell-tc_full-council_2020-03-03",
]
MARTS = ("fct_meetings", "fct_attendance", "fct_actions", "fct_decisions", "fct_agenda_items", "dim_person")


def make_folder(root: Path) -> Path:
    from minutebook.demo.pdfrender import render_minutes_pdf

    folder = root / "minutes"
    folder.mkdir()
    dev = FIXTURES / "minutes" / "dev"
    shutil.copy(dev / f"{SAMPLES[0]}.txt", folder)
    render_minutes_pdf(
        (dev / f"{SAMPLES[1]}.txt").read_text(), folder / f"{SAMPLES[1]}.pdf", header="Improvement Board"
    )
    shutil.copy(dev / "kelsford-cc_cabinet_2023-03-15.html", folder)
    shutil.copy(dev / f"{SAMPLES[2]}.txt", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage garbage")
    return folder


def write_sources(root: Path, folder: Path) -> Path:
    sources = root / "sources.yml"
    sources.write_text(
        f"councils:\n  - id: archive\n    name: Local archive\n    platform: folder\n    path: {folder}\n"
    )
    return sources


def marts(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {m: con.execute(f"select * from {m} order by all").fetchall() for m in MARTS}
    finally:
        con.close()


@pytest.fixture(scope="module")
def two_runs(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from flows.nightly import nightly

    root = tmp_path_factory.mktemp("folder-run")
    sources = write_sources(root, make_folder(root))
    home = root / "home"
    first = nightly(sources=str(sources), home=str(home))
    first_marts = marts(home / "warehouse" / "minutebook.duckdb")
    second = nightly(sources=str(sources), home=str(home))
    return {"home": home, "first": first, "second": second, "first_marts": first_marts}


def test_first_run_publishes_a_queryable_warehouse(two_runs: dict) -> None:
    assert two_runs["first"]["status"] == "published", two_runs["first"]
    wh = two_runs["home"] / "warehouse" / "minutebook.duckdb"
    con = duckdb.connect(str(wh), read_only=True)
    meetings = con.execute(
        "select meeting_date, committee_name from fct_meetings where meeting_date is not null order by 1"
    ).fetchall()
    people = con.execute("select count(*) from fct_attendance").fetchall()[0][0]
    con.close()
    dates = [str(m[0]) for m in meetings]
    assert "2011-04-05" in dates and "2017-08-01" in dates and "2020-03-03" in dates
    assert people >= 20


def test_broken_pdf_is_a_recorded_failure_not_a_crash(two_runs: dict) -> None:
    wh = two_runs["home"] / "warehouse" / "minutebook.duckdb"
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute("select stage, reason, url from ops_failures").fetchall()
    con.close()
    assert any(stage == "extract" and "broken.pdf" in (url or "") for stage, _reason, url in rows), rows


def test_rerun_over_unchanged_sources_changes_no_mart_row(two_runs: dict) -> None:
    """Promise 2: a rerun over unchanged sources changes no mart row (and parses nothing again).

    Nothing the marts are built from changed, so the run leaves the published warehouse alone."""
    assert two_runs["second"]["status"] == "unchanged", two_runs["second"]
    assert two_runs["second"]["exit_code"] == 0
    assert two_runs["second"]["counts"]["documents_parsed"] == 0
    assert marts(two_runs["home"] / "warehouse" / "minutebook.duckdb") == two_runs["first_marts"]


def test_ledger_says_published_only_for_the_swapped_in_run(two_runs: dict) -> None:
    """Promise 3: ops_runs says published only for runs whose warehouse was swapped in."""
    con = duckdb.connect(str(two_runs["home"] / "warehouse" / "minutebook.duckdb"), read_only=True)
    rows = con.execute(
        "select run_id, status, finished_at is not null from ops_runs order by started_at"
    ).fetchall()
    con.close()
    assert rows == [(two_runs["first"]["run_id"], "published", True)]
    state = duckdb.connect(str(two_runs["home"] / "raw" / "state.duckdb"), read_only=True)
    ledger = state.execute("select status from raw.runs order by started_at").fetchall()
    state.close()
    assert [r[0] for r in ledger] == ["published", "unchanged"]


def test_cli_run_json_summary_and_exit_code(tmp_path: Path) -> None:
    sources = write_sources(tmp_path, make_folder(tmp_path))
    exe = Path(sys.executable).parent / "minutebook"
    proc = subprocess.run(
        [str(exe), "run", "--sources", str(sources), "--home", str(tmp_path / "home"), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["status"] == "published"
    assert summary["counts"]["documents_parsed"] == 4
    assert Path(summary["report"]).exists()


def test_bi_reads_marts_read_only_through_sqlalchemy_like_superset(two_runs: dict) -> None:
    """Issue 7: a BI tool (Superset's duckdb_engine over SQLAlchemy) reads the published file read-only."""
    from sqlalchemy import create_engine, text

    wh = two_runs["home"] / "warehouse" / "minutebook.duckdb"
    engine = create_engine(f"duckdb:///{wh}", connect_args={"read_only": True})
    with engine.connect() as conn:
        meetings = conn.execute(text("select count(*) from fct_meetings")).scalar_one()
        present = conn.execute(
            text("select count(*) from fct_attendance where attendance_status = :s"), {"s": "present"}
        ).scalar_one()
        with pytest.raises(Exception, match="read-only"):
            conn.execute(text("create table bi_scratch as select 1"))
    engine.dispose()
    assert meetings >= 3 and present >= 10


def test_export_parquet_and_dbt_docs(two_runs: dict, tmp_path: Path) -> None:
    """Issue 7: `minutebook export --parquet DIR` and `minutebook docs` (generate only)."""
    exe = str(Path(sys.executable).parent / "minutebook")
    out = tmp_path / "parquet"
    proc = subprocess.run(
        [exe, "export", "--parquet", str(out), "--home", str(two_runs["home"])],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    con = duckdb.connect()
    attendance = con.execute(
        f"select count(*) from read_parquet('{out / 'fct_attendance.parquet'}')"
    ).fetchall()[0][0]
    meetings = con.execute(
        f"select count(*) from read_parquet('{out / 'fct_meetings'}/*/*.parquet', hive_partitioning = true)"
    ).fetchall()[0][0]
    con.close()
    published = marts(two_runs["home"] / "warehouse" / "minutebook.duckdb")
    assert attendance == len(published["fct_attendance"])
    assert meetings == len(published["fct_meetings"])
    proc = subprocess.run(
        [exe, "docs", "--no-serve", "--home", str(two_runs["home"])],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    index = two_runs["home"] / "warehouse" / "reports" / "dbt-docs" / "index.html"
    catalog = (index.parent / "catalog.json").read_text()
    assert index.exists() and "fct_attendance" in catalog


def test_duckdb_cli_reads_the_published_warehouse(two_runs: dict) -> None:
    """The README's `duckdb -readonly warehouse/minutebook.duckdb` works (storage format readable by 1.4+ readers)."""
    cli = Path(sys.executable).parent / "duckdb"
    wh = two_runs["home"] / "warehouse" / "minutebook.duckdb"
    proc = subprocess.run(
        [str(cli), "-readonly", "-csv", str(wh), "select count(*) as n from fct_meetings"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout.strip().splitlines()[-1]) == len(marts(wh)["fct_meetings"])
