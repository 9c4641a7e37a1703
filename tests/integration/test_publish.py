"""Publication is atomic: a BI reader holding or reopening the published file never sees an error or a mix."""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

import duckdb

from minutebook.publish import swap_in

READER_SECONDS = 4.0


def _make_warehouse(path: Path, generation: int, rows: int = 20_000) -> None:
    con = duckdb.connect(str(path))
    con.execute(
        "create table fct_meetings as select range as meeting_id, ? as generation from range(?)",
        [generation, rows],
    )
    con.execute(
        "create table fct_attendance as select range as id, ? as generation from range(?)",
        [generation, rows * 3],
    )
    con.close()


def _reader(path: str, seconds: float, hold: bool, queue: mp.Queue) -> None:
    """Query both marts and check they belong to one generation, in a loop.

    ``hold``: keep one connection open throughout (a BI tool's pool); otherwise reopen the
    file for every read (a dashboard refresh). DuckDB shares one database instance per path
    inside a process, so a held connection keeps seeing the generation it opened.
    """
    errors, reads, generations = [], 0, set()
    held = duckdb.connect(path, read_only=True) if hold else None
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            con = held or duckdb.connect(path, read_only=True)
            a = con.execute("select min(generation), max(generation), count(*) from fct_meetings").fetchall()[
                0
            ]
            b = con.execute(
                "select min(generation), max(generation), count(*) from fct_attendance"
            ).fetchall()[0]
            if held is None:
                con.close()
            if not (a[0] == a[1] == b[0] == b[1]) or b[2] != 3 * a[2]:
                errors.append(f"mixed warehouse: {a} {b}")
            generations.add(a[0])
            reads += 1
        except Exception as exc:  # any error is what this test exists to catch
            errors.append(repr(exc))
    if held is not None:
        held.close()
    queue.put((hold, errors, reads, sorted(generations)))


def test_reader_never_errors_across_publishes(tmp_path: Path) -> None:
    published = tmp_path / "minutebook.duckdb"
    _make_warehouse(published, 0)
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    readers = [
        ctx.Process(target=_reader, args=(str(published), READER_SECONDS, hold, queue))
        for hold in (True, False)
    ]
    for r in readers:
        r.start()
    time.sleep(1.0)  # let both readers open the first generation
    generation = 0
    end = time.monotonic() + READER_SECONDS - 0.5
    while time.monotonic() < end:
        generation += 1
        build = tmp_path / f".build-{generation}.duckdb"
        _make_warehouse(build, generation)
        swap_in(build, published)
    results = {
        hold: (errors, reads, seen) for hold, errors, reads, seen in (queue.get(timeout=60) for _ in readers)
    }
    for r in readers:
        r.join(timeout=30)
    for hold, (errors, reads, _seen) in results.items():
        assert errors == [], f"hold={hold}: {errors[:3]}"
        assert reads > 10
    assert generation >= 3
    assert len(results[False][2]) >= 2, "a reader that reopens the file should see new generations"
    assert not list(tmp_path.glob(".build-*")), "build files are consumed by the rename"


def test_a_run_killed_after_the_swap_is_recorded_as_published(tmp_path: Path) -> None:
    """Killed between swap_in and the state's ledger update: the next run learns it from the warehouse."""
    from datetime import UTC, datetime

    from minutebook import steps
    from minutebook.load.state import StateDB
    from minutebook.publish import ledger_published, prepare_next_warehouse
    from minutebook.settings import Settings

    settings = Settings(home=tmp_path)
    settings.warehouse_path.parent.mkdir(parents=True)
    state = StateDB(settings.state_path)
    try:
        state.start_run("r1")
        counts = {"fingerprint": "abc", "documents_parsed": 3}
        build = settings.warehouse_dir / ".build-r1.duckdb"
        prepare_next_warehouse(state.con, build)  # the build carries raw.runs, r1 still running
        ledger_published(build, "r1", datetime.now(UTC), counts)
        swap_in(build, settings.warehouse_path)
        # ... the process dies here: the state never hears that r1 was published
        assert state.last_published_counts() == {}

        assert steps.reconcile_ledger(state, settings) == ["r1"]
        assert state.last_published_counts() == counts
        assert steps.reconcile_ledger(state, settings) == []  # idempotent
        state.start_run("r2")  # would have marked r1 abandoned without the reconciliation
        status = state.con.execute("select status from raw.runs where run_id = 'r1'").fetchall()
        assert status == [("published",)]
    finally:
        state.close()
