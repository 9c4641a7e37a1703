"""Run ``minutebook run`` as a killable subprocess, watch its stages, and read warehouses.

A run is started in its own session (process group) so that ``SIGKILL`` reaches every
process it spawned (extraction workers, dbt), as an OOM killer or a power cut would.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

EXE = Path(sys.executable).parent / "minutebook"
ROOT = Path(__file__).resolve().parents[2]
MARTS = ("fct_meetings", "fct_attendance", "fct_actions", "fct_decisions")
KEYS = {
    "fct_meetings": "meeting_id",
    "fct_attendance": "attendance_id",
    "fct_actions": "action_id",
    "fct_decisions": "decision_id",
    "dim_person": "person_id",
}


def run_env(prefect_api: str, home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "PREFECT_API_URL": prefect_api,
            "PREFECT_HOME": str(home.parent / ".prefect"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "MINUTEBOOK_REQUESTS_PER_SECOND": "50",
            # each run stands for the next night's: the recent window is re-checked every time
            "MINUTEBOOK_RECHECK_AFTER_HOURS": "0",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


@dataclass
class Run:
    """One ``minutebook run`` subprocess with its stderr in a file."""

    proc: subprocess.Popen[bytes]
    log: Path

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def wait_until(self, ready: Callable[[], bool], timeout: float = 180.0, what: str = "") -> None:
        """Poll ``ready`` every 10 ms; fail if the run ends first or the timeout passes."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if ready():
                return
            if self.proc.poll() is not None:
                raise AssertionError(
                    f"the run ended (rc {self.proc.returncode}) before {what}:\n{self.tail()}"
                )
            time.sleep(0.01)
        raise AssertionError(f"timed out waiting for {what}:\n{self.tail()}")

    def logged(self, pattern: str) -> Callable[[], bool]:
        rx = re.compile(pattern)
        return lambda: rx.search(self.text()) is not None

    def kill(self) -> None:
        """SIGKILL the whole process group, as a power cut or the OOM killer would."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def finish(self, timeout: float = 300.0) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise

    def tail(self, n: int = 4000) -> str:
        return self.text()[-n:]


def start_run(
    sources: Path,
    home: Path,
    env: dict[str, str],
    *,
    today: str | None = None,
    tag: str = "run",
    kill_at: str | None = None,
) -> Run:
    """Start ``minutebook run``; with ``kill_at`` (before_swap | after_swap) see tests/reliability/killpoint.py."""
    log = home.parent / f"{home.name}-{tag}-{time.monotonic_ns()}.log"
    cmd = [str(EXE), "run", "--sources", str(sources), "--home", str(home)]
    if kill_at:
        cmd[:1] = [sys.executable, "-m", "tests.reliability.killpoint"]
        env = {**env, "MINUTEBOOK_KILL_AT": kill_at}
    if today:
        cmd += ["--today", today]
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, start_new_session=True, cwd=ROOT
        )
    return Run(proc, log)


def complete_run(sources: Path, home: Path, env: dict[str, str], *, today: str | None = None) -> Run:
    run = start_run(sources, home, env, today=today)
    rc = run.finish()
    assert rc == 0, f"run failed (rc {rc}):\n{run.tail()}"
    return run


def marts(path: Path, tables: tuple[str, ...] = MARTS) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in tables}
    finally:
        con.close()


def duplicate_keys(path: Path) -> dict[str, int]:
    """Mart → number of rows whose key is not unique (all zero in a good warehouse)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            t: con.execute(f"select count(*) - count(distinct {k}) from {t}").fetchall()[0][0]  # type: ignore[index]
            for t, k in KEYS.items()
        }
    finally:
        con.close()


def fingerprint(con: duckdb.DuckDBPyConnection) -> tuple:
    """An order-independent digest of the marts: (table, rows, sum of row hashes) for each."""
    out = []
    for t in MARTS:
        n, h = con.execute(f"select count(*), coalesce(sum(hash(x)::hugeint), 0) from {t} x").fetchall()[0]
        out.append((t, int(n), int(h)))
    return tuple(out)


def ledger(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("select run_id, status from ops_runs order by started_at").fetchall())


def warehouse_view(path: Path) -> tuple[tuple, dict[str, str]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return fingerprint(con), ledger(con)
    finally:
        con.close()


# --------------------------------------------------------------------------- reader processes


def _reader(path: str, hold: bool, stop: Any, queue: Any) -> None:
    """Poll the published warehouse until ``stop`` is set, as a BI tool would.

    Records every distinct (mart fingerprint, published run ids) it sees and every error.
    ``hold``: keep one read-only connection from the moment the file first exists; otherwise
    reopen it for every read. A file that vanishes after it first appeared is an error.
    """
    errors: list[str] = []
    seen: dict[tuple, int] = {}
    reads = 0
    appeared = False
    held = None
    while not stop.is_set():
        try:
            if not os.path.exists(path):
                if appeared:
                    errors.append("the published warehouse vanished")
                time.sleep(0.02)
                continue
            appeared = True
            if hold and held is None:
                held = duckdb.connect(path, read_only=True)
            con = held or duckdb.connect(path, read_only=True)
            try:
                fp = fingerprint(con)
                published = tuple(sorted(r for r, s in ledger(con).items() if s == "published"))
            finally:
                if held is None:
                    con.close()
            key = (fp, published)
            seen[key] = seen.get(key, 0) + 1
            reads += 1
            time.sleep(0.03)  # a busy dashboard, not a spin loop starving the run of CPU
        except Exception as exc:  # any error is what the readers exist to catch
            errors.append(repr(exc)[:300])
            time.sleep(0.02)
    if held is not None:
        held.close()
    queue.put({"hold": hold, "errors": errors, "reads": reads, "seen": list(seen)})


class Readers:
    """Reader processes polling one published warehouse path (spawned: no state shared with pytest)."""

    def __init__(self, path: Path, holds: tuple[bool, ...] = (False,)) -> None:
        ctx = mp.get_context("spawn")
        self._stop = ctx.Event()
        self._queue = ctx.Queue()
        self._procs = [
            ctx.Process(target=_reader, args=(str(path), hold, self._stop, self._queue), daemon=True)
            for hold in holds
        ]

    def __enter__(self) -> Readers:
        for p in self._procs:
            p.start()
        return self

    def results(self) -> list[dict[str, Any]]:
        self._stop.set()
        out = [self._queue.get(timeout=60) for _ in self._procs]
        for p in self._procs:
            p.join(timeout=30)
        return out

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for p in self._procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
