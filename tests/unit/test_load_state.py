"""StateDB's connection lifetime: closing lets go of the DuckDB connection."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from minutebook.load import StateDB


def test_close_is_idempotent_and_use_after_close_says_so(tmp_path: Path) -> None:
    state = StateDB(tmp_path / "state.duckdb")
    assert state.con.execute("select count(*) from raw.documents").fetchall() == [(0,)]
    state.close()
    state.close()
    with pytest.raises(RuntimeError, match="closed"):
        state.con.execute("select 1")


# Prefect keeps task parameters (a StateDB among them) in a context its daemon event-loop thread
# holds until the process exits; a closed connection still referenced there made DuckDB's
# bindings print "nanobind: leaked … instances" at the end of every `minutebook run`.
HELD_AT_EXIT = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from minutebook.load import StateDB

    state = StateDB(Path(sys.argv[1]))
    ready = threading.Event()

    def keeper(held):
        ready.set()
        while True:
            time.sleep(1)

    threading.Thread(target=keeper, args=(state,), daemon=True).start()
    ready.wait()
    state.close()
    del state
    """
)


def test_a_closed_state_held_until_exit_leaks_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", HELD_AT_EXIT, str(tmp_path / "state.duckdb")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr, done.stderr[-2000:]
