"""dbt marts over a small synthetic input: contracts, merging, provenance, reruns."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from minutebook.load import StateDB
from minutebook.publish import prepare_next_warehouse
from minutebook.settings import load_settings
from minutebook.transform import dbt_build
from tests.helpers.synthetic import load_synthetic


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("wh")
    settings = load_settings(home)
    state = StateDB(settings.state_path)
    load_synthetic(state)
    build = settings.warehouse_dir / "build.duckdb"
    prepare_next_warehouse(state.con, build)
    state.close()
    dbt_build(build, work_dir=settings.raw_dir / "dbt")
    return build


def q(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_marts_have_contract_columns(built: Path) -> None:
    cols = {
        r[0]
        for r in q(
            built, "select column_name from information_schema.columns where table_name = 'fct_meetings'"
        )
    }
    assert {
        "meeting_id",
        "council_id",
        "committee_name",
        "source_meeting_id",
        "meeting_date",
        "start_time",
        "end_time",
        "venue",
        "status",
        "source_url",
        "minutes_document_sha256",
    } <= cols
    for mart in (
        "fct_attendance",
        "fct_actions",
        "fct_decisions",
        "fct_agenda_items",
        "dim_person",
        "dim_committee",
        "dim_council",
        "ops_failures",
        "ops_runs",
        "dq_results",
    ):
        assert (
            q(
                built,
                f"select count(*) from information_schema.tables where table_schema = 'main' and table_name = '{mart}'",
            )[0][0]
            == 1
        ), mart


def test_one_meeting_however_many_ways_seen(built: Path) -> None:
    rows = q(
        built, "select source_meeting_id, status, seen_in, start_time, end_time from fct_meetings order by 1"
    )
    assert rows == [
        ("101", "held", "site_and_minutes", "14:00", "16:05"),
        ("102", "held", "site_and_minutes", "14:00", "16:05"),
        ("103", "cancelled", "site", None, None),
        ("104", "scheduled", "site", None, None),
    ]


def test_register_and_minutes_merged_per_person(built: Path) -> None:
    rows = q(
        built,
        """select a.person_name, a.attendance_status, a.evidence, a.register_status
           from fct_attendance a join fct_meetings m using (meeting_id)
           where m.source_meeting_id = '101' order by 1""",
    )
    assert rows == [
        ("A Smith", "present", "both", "present"),
        ("B Jones", "apologies", "both", "apologies"),
        ("Dee Evans", "absent", "register", "absent"),
        ("F M Oborski", "present", "minutes", None),
    ]


def test_every_minutes_row_traces_to_document_url_and_page(built: Path) -> None:
    for mart in ("fct_actions", "fct_decisions", "fct_agenda_items"):
        bad = q(
            built,
            f"select count(*) from {mart} where document_sha256 is null or source_url is null or page is null",
        )
        assert bad[0][0] == 0, mart
    bad = q(
        built,
        "select count(*) from fct_attendance where evidence <> 'register' and (document_sha256 is null or page is null)",
    )
    assert bad[0][0] == 0
    # the sha256 leads to the stored document and its page text
    rows = q(
        built,
        "select count(*) from fct_attendance a join raw.pages p on p.document_sha256 = a.document_sha256 and p.page = a.page",
    )
    assert rows[0][0] == q(built, "select count(*) from fct_attendance where evidence <> 'register'")[0][0]


def test_people_resolved_across_meetings(built: Path) -> None:
    rows = q(built, "select person_name, meetings_recorded from dim_person where person_key = 'a smith'")
    assert rows == [("A Smith", 2)]


def test_failures_reach_ops_failures(built: Path) -> None:
    rows = q(built, "select stage, reason, url from ops_failures")
    assert rows == [("fetch", "truncated", "http://127.0.0.1/democracy/documents/broken.pdf")]


def test_reloading_a_document_replaces_its_rows(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    state = StateDB(settings.state_path)
    load_synthetic(state)
    before = {
        t: state.count(t)
        for t in (
            "parsed_attendance",
            "parsed_actions",
            "pages",
            "documents",
            "listed_meetings",
            "register_attendance",
        )
    }
    load_synthetic(state, run_id="run-2")  # the same input again
    after = {t: state.count(t) for t in before}
    state.close()
    assert after == before


def test_marts_identical_after_rebuild_from_same_input(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.duckdb"
    shutil.copyfile(built, again)
    settings = load_settings(tmp_path)
    dbt_build(again, work_dir=settings.raw_dir / "dbt")
    for mart in ("fct_meetings", "fct_attendance", "fct_actions", "dim_person"):
        assert q(built, f"select * from {mart} order by all") == q(
            again, f"select * from {mart} order by all"
        ), mart
