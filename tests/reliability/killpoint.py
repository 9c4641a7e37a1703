"""``python -m tests.reliability.killpoint run ...``: the ``minutebook`` command, SIGKILLed at a chosen point.

Publication is a few milliseconds long, too short to hit from outside by watching the log, so
this runs the real CLI with ``steps.swap_in`` wrapped to SIGKILL its own process right before
the rename (``MINUTEBOOK_KILL_AT=before_swap``: the build already says "published" inside) or
right after it (``after_swap``: the state ledger is not updated yet). Everything else is the
product's code, unchanged.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from minutebook import steps

_real_swap_in = steps.swap_in


def _swap_in_then_die(build: Path, published: Path) -> None:
    where = os.environ.get("MINUTEBOOK_KILL_AT", "")
    if where == "before_swap":
        os.kill(os.getpid(), signal.SIGKILL)
    _real_swap_in(build, published)
    if where == "after_swap":
        os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    steps.swap_in = _swap_in_then_die  # type: ignore[assignment]
    from minutebook.cli import app

    app()
