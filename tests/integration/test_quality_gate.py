"""Issue 8: an error-level fault blocks publication (exit 2, previous warehouse byte-identical),
and the run report and Data Docs show the failing expectation and its offending row in a real browser."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BAD_MINUTES = """Sandbury Borough Council
Minutes of the Cabinet held on Wednesday, 1st January, 2107 at 2.00 pm in the Council Chamber

Present:
Councillor A Smith (Chair)
Councillor B Jones

1. Apologies
None.
"""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def browser(*args: str) -> str:
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + tempfile.mkdtemp(prefix="mb-chromium-"),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.stdout


@pytest.fixture(scope="module")
def blocked_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("gate")
    folder = root / "minutes"
    folder.mkdir()
    shutil.copy(FIXTURES / "minutes" / "dev" / "west-sussex_improvement-board_2011-04-05.txt", folder)
    sources = root / "sources.yml"
    sources.write_text(
        f"councils:\n  - id: sandbury\n    name: Sandbury Borough Council\n    platform: folder\n    path: {folder}\n"
    )
    home = root / "home"
    exe = str(Path(sys.executable).parent / "minutebook")
    good = subprocess.run(
        [exe, "run", "--sources", str(sources), "--home", str(home), "--quiet"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert good.returncode == 0, good.stderr[-2000:]
    warehouse = home / "warehouse" / "minutebook.duckdb"
    before = sha(warehouse)
    (folder / "cabinet-2107-01-01.txt").write_text(BAD_MINUTES)
    bad = subprocess.run(
        [exe, "run", "--sources", str(sources), "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return {"home": home, "warehouse": warehouse, "before": before, "bad": bad}


def test_error_fault_exits_2_and_keeps_previous_warehouse_byte_identical(blocked_run: dict) -> None:
    assert blocked_run["bad"].returncode == 2, blocked_run["bad"].stderr[-3000:]
    assert sha(blocked_run["warehouse"]) == blocked_run["before"]
    assert "blocked" in blocked_run["bad"].stderr and "meeting_date" in blocked_run["bad"].stderr
    assert not list(blocked_run["warehouse"].parent.glob(".build-*")), "the blocked build is not left behind"


def test_blocked_run_is_in_the_ledger_and_dq_results(blocked_run: dict) -> None:
    con = duckdb.connect(str(blocked_run["home"] / "raw" / "state.duckdb"), read_only=True)
    statuses = [r[0] for r in con.execute("select status from raw.runs order by started_at").fetchall()]
    failed = con.execute(
        "select suite, expectation, severity from raw.dq_results where not success"
    ).fetchall()
    con.close()
    assert statuses == ["published", "blocked"]
    assert ("meetings", "expect_column_values_to_be_between", "error") in failed


@pytest.mark.browser
@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("MINUTEBOOK_REQUIRE_BROWSER"), reason="no chromium here"
)
def test_report_and_data_docs_show_the_failure_in_a_browser(blocked_run: dict, artifacts: Path) -> None:
    assert CHROMIUM, "MINUTEBOOK_REQUIRE_BROWSER is set but chromium is missing"
    reports = blocked_run["home"] / "warehouse" / "reports"
    report = reports / "latest.html"
    dom = browser("--dump-dom", report.as_uri())
    assert "blocked" in dom
    assert "expect_column_values_to_be_between" in dom and "meeting_date" in dom
    assert "2107-01-01" in dom, "the offending row is shown"
    assert "cabinet-2107-01-01.txt" in dom, "with its source document"
    browser(
        "--screenshot=" + str(artifacts / "run-report-blocked.png"),
        "--window-size=1280,2000",
        report.as_uri(),
    )
    assert (artifacts / "run-report-blocked.png").stat().st_size > 10_000

    validations = sorted((reports / "data-docs" / "validations" / "meetings").rglob("*.html"))
    assert validations, "Data Docs hold the meetings suite's validation"
    docs_dom = browser("--dump-dom", validations[-1].as_uri())
    assert "meeting_date" in docs_dom and "2107-01-01" in docs_dom
    browser(
        "--screenshot=" + str(artifacts / "data-docs-meetings.png"),
        "--window-size=1280,2000",
        validations[-1].as_uri(),
    )
    assert (artifacts / "data-docs-meetings.png").stat().st_size > 10_000
