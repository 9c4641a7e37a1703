"""Promise 15: overlapping runs are refused by a lock; a stale lock from a killed run is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutebook.lock import RunLockedError, run_lock

HOLD = """
import sys, time
from pathlib import Path
from minutebook.lock import run_lock
with run_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


def _holder(lock: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(lock)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_run_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    lock = tmp_path / "raw" / ".minutebook.lock"
    proc = _holder(lock)
    try:
        with pytest.raises(RunLockedError) as err, run_lock(lock):
            pass
        assert f"pid {proc.pid}" in str(err.value)
        assert "already running" in str(err.value)
    finally:
        proc.kill()
        proc.wait()


def test_lock_of_a_killed_run_is_recovered(tmp_path: Path) -> None:
    lock = tmp_path / "raw" / ".minutebook.lock"
    proc = _holder(lock)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock.exists() and lock.read_text()  # the dead run's pid is still written there
    deadline = time.monotonic() + 5
    with run_lock(lock):  # but the kernel released its flock: we get it at once
        assert time.monotonic() < deadline
