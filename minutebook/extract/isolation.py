"""Extract many documents in worker processes with a time and a memory limit each.

A council PDF can be hostile or merely broken: a scanned 900-page bundle, a zip bomb, a
font that sends pdfminer into a loop, a C-level crash. Each document therefore runs in a
worker process: a plain ``python -m minutebook.extract.worker`` subprocess talking over a
socket pair. (Not ``multiprocessing`` with spawn/forkserver: those re-run the parent's
``__main__`` in every worker, which fails for unguarded scripts, notebooks and some
orchestrators; and not fork, which is unsafe in a parent holding threads or databases.)

* the memory limit is ``RLIMIT_AS`` set in the worker; running out raises MemoryError there,
  reported as ``memory_limit`` and the worker is replaced;
* the time limit is enforced by the parent: a worker still busy at its deadline is killed
  and replaced, and the document becomes a ``timeout`` failure;
* a worker that dies (segfault, OOM killer) turns its document into ``worker_crashed``.

Each worker holds one document at a time, so a kill never takes innocent documents with it,
and the others go on. Outcomes are yielded as they complete, cache hits first. Results cross
the process boundary as plain tuples (see ``base.to_payload``), which pickle in microseconds.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, NamedTuple

from minutebook.extract.base import Payload, from_payload
from minutebook.extract.cache import ExtractCache
from minutebook.records import ExtractedDocument, Failure


class ExtractJob(NamedTuple):
    key: Any  # the caller's handle, echoed back in the outcome
    path: Path
    sha256: str
    media_type: str


class ExtractOutcome(NamedTuple):
    key: Any
    document: ExtractedDocument | None
    failure: Failure | None


# --------------------------------------------------------------------------- parent side


# A worker that cannot even start (broken install) is a bug of ours, not of a document.
STARTUP_TIMEOUT_S = 60.0
MAX_STARTUP_FAILURES = 3


def _worker_env() -> dict[str, str]:
    """The parent's environment, with this package importable even from an uninstalled checkout."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    conn: Connection
    ready: bool = False  # imports done; the job clock starts only then
    started: float = 0.0
    job: ExtractJob | None = None
    deadline: float = 0.0


class _Pool:
    """Worker subprocesses, each with a socket to the parent; replaced when killed or dead."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        self.workers: list[_Worker] = []
        self.startup_failures = 0

    def spawn(self) -> _Worker:
        ours, theirs = socket.socketpair()
        try:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "minutebook.extract.worker",
                    str(theirs.fileno()),
                    str(self.memory_mb),
                ],
                pass_fds=[theirs.fileno()],
                env=_worker_env(),
                stdin=subprocess.DEVNULL,
                close_fds=True,
            )
        finally:
            theirs.close()
        worker = _Worker(proc, Connection(ours.detach()), started=time.monotonic())
        self.workers.append(worker)
        return worker

    def retire(self, worker: _Worker) -> int | None:
        """Stop a worker (killing it if still running); its exit code."""
        if worker.process.poll() is None:
            worker.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.process.wait(timeout=5)
        worker.conn.close()
        self.workers.remove(worker)
        if not worker.ready:
            self.startup_failures += 1
            if self.startup_failures >= MAX_STARTUP_FAILURES:
                raise RuntimeError(
                    f"extraction workers fail to start (exit code {worker.process.returncode}); "
                    "try: python -m minutebook.extract.worker"
                )
        return worker.process.returncode

    def close(self) -> None:
        for worker in self.workers:
            if worker.job is None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
        deadline = time.monotonic() + 2
        for worker in list(self.workers):
            with contextlib.suppress(subprocess.TimeoutExpired):
                worker.process.wait(timeout=max(0.01, deadline - time.monotonic()))
            worker.ready = True  # closing is not a startup failure
            self.retire(worker)


def _failure(job: ExtractJob, reason: str, detail: str = "") -> Failure:
    return Failure(stage="extract", council_id=None, reason=reason, detail=detail, document_sha256=job.sha256)


def _exit_detail(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        hint = " (out of memory?)" if -code == signal.SIGKILL else ""
        return f"worker killed by {name}{hint}"
    return f"worker exited with code {code}"


def extract_many(
    jobs: Iterable[ExtractJob],
    *,
    workers: int | None = None,
    timeout_s: float = 60.0,
    memory_mb: int = 1536,
    cache: ExtractCache | None = None,
) -> Iterator[ExtractOutcome]:
    """Extract every job, each in a worker process; yield outcomes as they complete.

    Every job yields exactly one outcome: a document (stored in ``cache`` when given) or a
    Failure with stage "extract" and reason ``timeout``, ``memory_limit``, ``worker_crashed``
    or the extractor's own reason (``no_text_layer``, ``corrupt_pdf``, ``too_many_pages`` …).
    ``workers`` defaults to the number of cores; ``memory_mb`` <= 0 means no memory limit.
    """
    queue: deque[ExtractJob] = deque()
    for job in jobs:
        job = ExtractJob(*job)
        if cache is not None:
            doc = cache.get(job.sha256)
            if doc is not None:
                yield ExtractOutcome(job.key, doc, None)
                continue
        queue.append(job)
    if not queue:
        return
    size = max(1, min(workers or os.cpu_count() or 1, len(queue)))
    pool = _Pool(memory_mb)
    try:
        while queue or any(w.job for w in pool.workers):
            busy = sum(1 for w in pool.workers if w.job is not None)
            while len(pool.workers) < min(size, busy + len(queue)):
                pool.spawn()
            for worker in pool.workers:
                if worker.ready and worker.job is None and queue:
                    job = queue.popleft()
                    try:
                        worker.conn.send((str(job.path), job.sha256, job.media_type))
                    except OSError:  # it died while idle: the job waits for the next worker
                        queue.appendleft(job)
                        worker.deadline = 0.0
                        continue
                    worker.job = job
                    worker.deadline = time.monotonic() + timeout_s
            watched = [w for w in pool.workers if w.job is not None or not w.ready]
            if not watched:  # only idle workers whose send failed: they are reaped below
                watched = list(pool.workers)
            limits = [w.deadline if w.ready else w.started + STARTUP_TIMEOUT_S for w in watched]
            wait_s = max(0.0, min(limits) - time.monotonic()) if limits else 0.0
            ready = set(wait([w.conn for w in watched], timeout=wait_s))
            now = time.monotonic()
            for worker in watched:
                job = worker.job
                if worker.conn in ready:
                    try:
                        message = worker.conn.recv()
                    except (EOFError, OSError):
                        message = None
                    if message is None:  # readable but nothing to read: the worker died
                        code = pool.retire(worker)
                        if job is not None:
                            yield ExtractOutcome(
                                job.key, None, _failure(job, "worker_crashed", _exit_detail(code))
                            )
                        continue
                    if message == ("ready",):
                        worker.ready = True
                        continue
                    if job is None:  # nothing was asked of it: ignore
                        continue
                    worker.job = None
                    outcome = _outcome(job, message, cache)
                    if outcome.failure is not None and outcome.failure.reason == "memory_limit":
                        pool.retire(worker)  # it exits by itself; never reuse that heap
                    yield outcome
                elif job is not None and now >= worker.deadline:
                    pool.retire(worker)
                    yield ExtractOutcome(job.key, None, _failure(job, "timeout", f"over {timeout_s:g} s"))
                elif (
                    not worker.ready
                    and now >= worker.started + STARTUP_TIMEOUT_S
                    or worker.ready
                    and job is None
                    and worker.process.poll() is not None
                ):
                    pool.retire(worker)
    finally:
        pool.close()


def _outcome(job: ExtractJob, message: tuple[Any, ...], cache: ExtractCache | None) -> ExtractOutcome:
    if message[0] == "ok":
        payload: Payload = message[1]
        doc = from_payload(payload)
        if cache is not None:
            with contextlib.suppress(OSError):  # a full disk costs a re-extraction next time, nothing more
                cache.put(doc)
        return ExtractOutcome(job.key, doc, None)
    _, reason, detail = message
    return ExtractOutcome(job.key, None, _failure(job, reason, detail))
