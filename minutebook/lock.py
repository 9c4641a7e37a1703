"""One run at a time per home directory.

The lock is an ``flock`` on ``<home>/raw/.minutebook.lock``. The kernel drops an flock
when its holder dies, so a run killed with SIGKILL never leaves a lock that blocks the
next one; the pid and start time written into the file only serve the error message.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


class RunLockedError(RuntimeError):
    """Another run holds the lock for this home directory."""


@contextmanager
def run_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(path)
            raise RunLockedError(
                f"another Minutebook run is already running for this home ({holder}); "
                f"wait for it to finish (lock file: {path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "started_at": datetime.now(UTC).isoformat()}).encode())
        os.fsync(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _read_holder(path: Path) -> str:
    try:
        data = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        return ""
    if not data:
        return ""
    return f"pid {data.get('pid')}, started {data.get('started_at')}"
