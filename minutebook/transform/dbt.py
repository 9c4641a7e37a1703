"""Run dbt in a child process.

dbt runs as a subprocess rather than through ``dbtRunner`` in-process: dbt-duckdb keeps
its DuckDB handle open for the life of the process, which would pin the file we are about
to rename into place, and a child process keeps dbt's global logging state out of ours.
The warehouse path reaches dbt's profiles.yml through one variable, MINUTEBOOK_WAREHOUSE.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from minutebook.settings import PROJECT_ROOT

DBT_PROJECT_DIR = PROJECT_ROOT / "dbt"


class DbtError(RuntimeError):
    """dbt build failed: a model did not build or a dbt test failed."""

    def __init__(self, message: str, result: DbtResult) -> None:
        super().__init__(message)
        self.result = result


@dataclass
class DbtResult:
    returncode: int
    seconds: float = 0.0
    models: int = 0
    tests: int = 0
    failures: list[str] = field(default_factory=list)
    log_tail: str = ""


def _dbt_executable() -> list[str]:
    candidate = Path(sys.executable).parent / "dbt"
    return [str(candidate)] if candidate.exists() else [sys.executable, "-m", "dbt.cli.main"]


def _run(
    args: list[str], warehouse: Path, work_dir: Path, timeout_s: float
) -> subprocess.CompletedProcess[str]:
    work_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["MINUTEBOOK_WAREHOUSE"] = str(warehouse)
    env.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    cmd = [
        *_dbt_executable(),
        *args,
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(work_dir / "target"),
        "--log-path",
        str(work_dir / "logs"),
    ]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout_s, check=False)


def dbt_build(warehouse: Path, *, work_dir: Path, timeout_s: float = 1800) -> DbtResult:
    """``dbt build`` (models + tests) into ``warehouse``. Raises DbtError when anything fails."""
    proc = _run(["build", "--quiet"], warehouse, work_dir, timeout_s)
    result = DbtResult(returncode=proc.returncode, log_tail=(proc.stdout + proc.stderr)[-4000:])
    run_results = work_dir / "target" / "run_results.json"
    if run_results.exists():
        data = json.loads(run_results.read_text())
        result.seconds = float(data.get("elapsed_time") or 0.0)
        for r in data.get("results", []):
            uid = r.get("unique_id", "")
            if uid.startswith("model."):
                result.models += 1
            elif uid.startswith("test."):
                result.tests += 1
            if r.get("status") in ("error", "fail", "runtime error"):
                result.failures.append(f"{uid}: {r.get('message') or r.get('status')}")
    if proc.returncode != 0:
        reason = "; ".join(result.failures[:5]) or result.log_tail[-1500:]
        raise DbtError(f"dbt build failed: {reason}", result)
    return result


def dbt_docs(warehouse: Path, *, work_dir: Path, timeout_s: float = 600) -> Path:
    """Generate dbt docs (catalog from ``warehouse``); returns the directory holding index.html."""
    proc = _run(["docs", "generate"], warehouse, work_dir, timeout_s)
    if proc.returncode != 0:
        raise DbtError(
            f"dbt docs generate failed: {(proc.stdout + proc.stderr)[-1500:]}", DbtResult(proc.returncode)
        )
    return work_dir / "target"
