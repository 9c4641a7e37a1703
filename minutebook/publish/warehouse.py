"""The warehouse file BI opens is only ever replaced whole.

Each run copies the raw tables from the state database into a new file
(``warehouse/.build-<run>.duckdb``), dbt builds the marts in it, the quality gate
checks it, and only then is it renamed over ``warehouse/minutebook.duckdb``.
``os.replace`` is atomic on POSIX: a reader that already has the old file open keeps
reading the old inode; a reader that opens it afterwards gets the new one. Nobody ever
sees a half-built warehouse, and a killed run leaves only a stale build file behind,
which the next run removes.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from minutebook.load.state import StateDB
from minutebook.load.tables import RAW_TABLES
from minutebook.settings import Settings

BUILD_PREFIX = ".build-"
# The published file is written in a storage format that DuckDB 1.4+ readers understand: BI
# drivers (DBeaver/Metabase JDBC, duckdb_engine, the duckdb CLI) lag behind the Python package.
STORAGE_VERSION = "v1.4.0"


def next_warehouse_path(settings: Settings, run_id: str) -> Path:
    return settings.warehouse_dir / f"{BUILD_PREFIX}{run_id}.duckdb"


def remove_stale_builds(settings: Settings) -> list[Path]:
    """Delete build files left by killed runs (never the published warehouse)."""
    removed = []
    if settings.warehouse_dir.exists():
        for path in settings.warehouse_dir.glob(f"{BUILD_PREFIX}*"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def prepare_next_warehouse(state_con: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Copy every raw table from the state database (``state_con``) into a new warehouse file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (target, target.with_name(target.name + ".wal")):
        leftover.unlink(missing_ok=True)
    state_con.execute(f"attach ? as next_build (storage_version '{STORAGE_VERSION}')", [str(target)])
    try:
        state_con.execute("create schema next_build.raw")
        for name in RAW_TABLES:
            state_con.execute(f"create table next_build.raw.{name} as select * from raw.{name}")
    finally:
        state_con.execute("detach next_build")


def ledger_published(build: Path, run_id: str, finished_at: datetime, counts: dict[str, Any]) -> None:
    """Mark the run published inside the build, the last write before it is swapped in."""
    with StateDB(build) as ledger:  # the build carries the state's raw tables, raw.runs included
        ledger.finish_run(run_id, "published", counts, finished_at=finished_at)
        ledger.con.execute("checkpoint")


def published_ledger(warehouse: Path) -> list[tuple[str, datetime, str]]:
    """(run_id, finished_at, counts JSON) of the runs the published warehouse says were published.

    The warehouse's own ledger is written before the swap, so it knows a run was published
    even when the process was killed between the swap and the state's ledger update.
    """
    if not warehouse.exists():
        return []
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return []  # unreadable: the run goes on and rebuilds; nothing to learn from it
    try:
        return [
            (r[0], r[1], r[2])
            for r in con.execute(
                "select run_id, finished_at, counts from raw.runs where status = 'published'"
            ).fetchall()
        ]
    except duckdb.Error:
        return []
    finally:
        con.close()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def swap_in(build: Path, published: Path) -> None:
    """Atomically replace the published warehouse with ``build`` (same directory, same filesystem)."""
    if build.parent != published.parent:
        raise ValueError("the build must sit beside the published warehouse for an atomic rename")
    wal = build.with_name(build.name + ".wal")
    if wal.exists():
        # A checkpointed, closed database has no WAL; one here means the build was not closed cleanly.
        con = duckdb.connect(str(build))
        con.execute("checkpoint")
        con.close()
    with open(build, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(build, published)
    _fsync_dir(published.parent)
