"""Load rate into DuckDB and `dbt build` time on a generated warehouse."""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa

from bench.figures import record
from minutebook.load import RAW_TABLES, StateDB
from minutebook.publish import prepare_next_warehouse
from minutebook.settings import load_settings
from minutebook.transform import dbt_build

STATUSES = ["present", "present", "present", "apologies", "in_attendance", "absent"]


def _tables(meetings: int, per_meeting: int, seed: int = 7) -> dict[str, pa.Table]:
    """Raw tables for ``meetings`` meetings of 5 councils, ``per_meeting`` attendance rows each."""
    rnd = random.Random(seed)
    councils = [f"council{c}" for c in range(5)]
    mids = [str(i) for i in range(meetings)]
    council_of = [councils[i % 5] for i in range(meetings)]
    day0 = date(2010, 1, 1)
    dates = [day0 + timedelta(days=i % 5000) for i in range(meetings)]
    shas = [f"{i:064x}" for i in range(meetings)]
    people = [f"person {p}" for p in range(2000)]
    n = meetings * per_meeting
    att_sha = [shas[i // per_meeting] for i in range(n)]
    att_names = [people[(i * 7 + rnd.randrange(50)) % 2000] for i in range(n)]
    return {
        "councils": pa.table(
            {
                "council_id": councils,
                "council_name": councils,
                "platform": ["moderngov"] * 5,
                "base_url": ["http://127.0.0.1/"] * 5,
            }
        ),
        "listed_meetings": pa.Table.from_pydict(
            {
                "council_id": council_of,
                "source_meeting_id": mids,
                "source_committee_id": ["1"] * meetings,
                "committee_name": [f"Committee {i % 40}" for i in range(meetings)],
                "meeting_date": dates,
                "start_time": ["14:00"] * meetings,
                "end_time": [None] * meetings,
                "venue": ["Town Hall"] * meetings,
                "status": ["held"] * meetings,
                "raw_status": ["Confirmed"] * meetings,
                "url": [None] * meetings,
                "listed_via": ["webservice"] * meetings,
                "seen_at": [None] * meetings,
                "run_id": ["bench"] * meetings,
            },
            schema=RAW_TABLES["listed_meetings"],
        ),
        "documents": pa.Table.from_pydict(
            {
                "document_id": mids,
                "council_id": council_of,
                "url": [f"http://127.0.0.1/d/{m}.pdf" for m in mids],
                "sha256": shas,
                "size": [1000] * meetings,
                "content_type": ["application/pdf"] * meetings,
                "kind": ["minutes"] * meetings,
                "source_meeting_id": mids,
                "committee_name": [None] * meetings,
                "meeting_date": [None] * meetings,
                "title": [None] * meetings,
                "etag": [None] * meetings,
                "last_modified": [None] * meetings,
                "storage_path": [""] * meetings,
                "status": ["current"] * meetings,
                "fetched_at": [None] * meetings,
                "run_id": ["bench"] * meetings,
            },
            schema=RAW_TABLES["documents"],
        ),
        "parsed_meetings": pa.Table.from_pydict(
            {
                "document_sha256": shas,
                "council": [None] * meetings,
                "body": [None] * meetings,
                "meeting_date": [d.isoformat() for d in dates],
                "start_time": ["14:00"] * meetings,
                "end_time": ["16:00"] * meetings,
                "venue": [None] * meetings,
                "page": [1] * meetings,
                "parser_version": ["bench"] * meetings,
            },
            schema=RAW_TABLES["parsed_meetings"],
        ),
        "parsed_attendance": pa.Table.from_pydict(
            {
                "document_sha256": att_sha,
                "seq": [i % per_meeting + 1 for i in range(n)],
                "person_name": att_names,
                "title": ["Cllr"] * n,
                "role": [None] * n,
                "status": [STATUSES[i % 6] for i in range(n)],
                "partial": [False] * n,
                "substitute": [False] * n,
                "person_key": att_names,
                "match_key": att_names,
                "page": [1] * n,
                "char_start": [0] * n,
                "char_end": [10] * n,
            },
            schema=RAW_TABLES["parsed_attendance"],
        ),
    }


def bench_warehouse(meetings: int, per_meeting: int) -> None:
    tables = _tables(meetings, per_meeting)
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(Path(tmp))
        state = StateDB(settings.state_path)
        rows = 0
        t0 = time.perf_counter()
        for name, table in tables.items():
            arrow = table  # noqa: F841 - read by DuckDB's replacement scan
            state.con.execute(f"insert into raw.{name} select * from arrow")
            rows += table.num_rows
        load_s = time.perf_counter() - t0
        rate = rows / load_s
        record(
            "load rows/s into DuckDB (Arrow bulk insert)",
            rate,
            "rows/s",
            ">= 300000",
            rate >= 300_000,
            f"{rows:,} rows in {load_s:.2f}s",
        )
        build = settings.warehouse_dir / "bench.duckdb"
        prepare_next_warehouse(state.con, build)
        state.close()
        t0 = time.perf_counter()
        dbt_build(build, work_dir=settings.raw_dir / "dbt")
        dbt_s = time.perf_counter() - t0
        label = f"dbt build, {meetings:,} meetings / {meetings * per_meeting:,} attendance rows"
        record(
            label,
            dbt_s,
            "s",
            "<= 60" if meetings >= 100_000 else "",
            dbt_s <= 60 if meetings >= 100_000 else None,
        )
