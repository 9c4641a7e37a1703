"""Progress of a run, reported by the steps and shown by whoever runs them.

The CLI installs a rich progress display on a terminal; elsewhere (cron, CI, a Prefect
worker) progress goes to the log. Stages never print.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger("minutebook")


class Reporter(Protocol):
    def stage(self, name: str) -> None: ...
    def total(self, what: str, n: int) -> None: ...
    def advance(self, what: str, n: int = 1) -> None: ...


class LogReporter:
    """Plain log lines: one per stage and every 10% of a counted task."""

    def __init__(self) -> None:
        self._totals: dict[str, int] = {}
        self._done: dict[str, int] = {}

    def stage(self, name: str) -> None:
        log.info("stage: %s", name)

    def total(self, what: str, n: int) -> None:
        self._totals[what] = n
        self._done[what] = 0

    def advance(self, what: str, n: int = 1) -> None:
        done = self._done.get(what, 0) + n
        self._done[what] = done
        total = self._totals.get(what)
        if total and (done == total or done % max(1, total // 10) == 0):
            log.info("%s: %d/%d", what, done, total)


_reporter: Reporter = LogReporter()


def set_reporter(reporter: Reporter) -> None:
    global _reporter
    _reporter = reporter


def reporter() -> Reporter:
    return _reporter
