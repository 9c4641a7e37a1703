"""Promise 13: every Great Expectations suite has a canary — a planted bad row makes it fail.

The route under test is the one the pipeline uses: GX's pandas datasource over
dataframes read from the warehouse build (GX's SQL datasource over duckdb_engine returned
empty metrics on this machine class, so it is not used).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from minutebook.load import StateDB
from minutebook.publish import prepare_next_warehouse
from minutebook.quality import EXPECTATIONS_DIR, run_quality
from minutebook.settings import load_settings
from minutebook.transform import dbt_build
from tests.helpers.synthetic import load_synthetic

TODAY = __import__("datetime").date(2026, 11, 1)

# suite -> (SQL that plants the fault in a copy of a good build, severity expected to fail)
CANARIES: dict[str, tuple[str, str]] = {
    "meetings": (
        "update main.fct_meetings set meeting_date = date '2107-01-01' where source_meeting_id = '101'",
        "error",
    ),
    "attendance": (
        "update main.fct_attendance set attendance_status = 'maybe' where person_name = 'A Smith'",
        "error",
    ),
    "actions": ("update quality.qa_actions set text_length = 0", "error"),
    "decisions": ("update main.fct_decisions set decision_text = ''", "error"),
    "meeting_attendance": (
        "update quality.qa_meeting_attendance set present_count = 0 where has_minutes",
        "warning",
    ),
    "council_volume": (
        "update quality.qa_council_volume set meeting_count = 0, previous_meeting_count = 4",
        "error",
    ),
    "register_agreement": ("update quality.qa_register_agreement set agreement_share = 0.1", "warning"),
    "run_health": ("update quality.qa_run_health set failure_rate = 0.9", "error"),
}


@pytest.fixture(scope="module")
def good_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("dq")
    settings = load_settings(home)
    state = StateDB(settings.state_path)
    load_synthetic(state)
    build = settings.warehouse_dir / "good.duckdb"
    prepare_next_warehouse(state.con, build)
    state.close()
    dbt_build(build, work_dir=settings.raw_dir / "dbt")
    return build


def test_every_suite_in_the_project_has_a_canary() -> None:
    suites = {p.stem for p in (EXPECTATIONS_DIR / "expectations").glob("*.json")}
    assert suites == set(CANARIES)


def test_every_expectation_declares_a_severity() -> None:
    for path in (EXPECTATIONS_DIR / "expectations").glob("*.json"):
        for exp in json.loads(path.read_text())["expectations"]:
            assert exp["meta"]["severity"] in ("error", "warning"), (path.name, exp["type"])


def test_good_build_passes_every_error_expectation(good_build: Path, tmp_path: Path) -> None:
    result = run_quality(good_build, load_settings(tmp_path), today=TODAY, build_docs=False)
    assert result.outcomes, "no expectation ran"
    assert {o.suite for o in result.outcomes} == set(CANARIES)
    assert not result.errors, [o.label for o in result.errors]
    # metrics really were computed (the failure mode seen with the SQL route was empty metrics)
    unique = next(
        o
        for o in result.outcomes
        if o.suite == "meetings" and o.expectation == "expect_column_values_to_be_unique"
    )
    assert unique.success and unique.unexpected_count == 0


def test_a_quality_run_is_quiet(good_build: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """No tqdm bars from GX's metric calculations: the nightly log carries the run's own progress
    and its findings, not library chatter."""
    run_quality(good_build, load_settings(tmp_path), today=TODAY, build_docs=False)
    err = capfd.readouterr().err
    assert "Calculating Metrics" not in err, err[-500:]


def test_suite_regexes_have_no_capture_groups() -> None:
    """GX matches regexes with pandas' str.contains, which warns on every run for a pattern with
    capture groups (seen in the nightly log): the suites use non-capturing groups."""
    for path in (EXPECTATIONS_DIR / "expectations").glob("*.json"):
        for exp in json.loads(path.read_text())["expectations"]:
            regex = exp["kwargs"].get("regex")
            if regex is not None:
                assert re.compile(regex).groups == 0, (path.name, regex)


@pytest.mark.parametrize("suite", sorted(CANARIES))
def test_planted_bad_row_fails_the_suite(suite: str, good_build: Path, tmp_path: Path) -> None:
    sql, severity = CANARIES[suite]
    bad = tmp_path / "bad.duckdb"
    shutil.copyfile(good_build, bad)
    con = duckdb.connect(str(bad))
    changed = con.execute(sql).fetchall()[0][0]
    con.close()
    assert changed >= 1, "the canary planted nothing"
    result = run_quality(bad, load_settings(tmp_path), today=TODAY, build_docs=False)
    failed = [o for o in result.outcomes if o.suite == suite and not o.success]
    assert failed, f"suite {suite} did not notice the planted fault"
    assert {o.severity for o in failed} == {severity}
    if severity == "error":
        assert result.blocked
    # the offending row is reported with where it came from
    rows = [r for o in failed for r in o.offending_rows]
    assert rows, "no offending rows reported"


def test_data_docs_are_built(good_build: Path, tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    result = run_quality(good_build, settings, today=TODAY, build_docs=True)
    assert result.data_docs_index is not None and result.data_docs_index.exists()
    assert result.data_docs_index.is_relative_to(settings.reports_dir)
