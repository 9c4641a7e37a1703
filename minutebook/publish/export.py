"""Export the marts as Parquet for tools that prefer files to a database."""

from __future__ import annotations

from pathlib import Path

import duckdb

MARTS = (
    "fct_meetings",
    "fct_attendance",
    "fct_actions",
    "fct_decisions",
    "fct_agenda_items",
    "fct_documents",
    "dim_person",
    "dim_committee",
    "dim_council",
    "ops_failures",
    "ops_runs",
    "dq_results",
)
# Large facts are partitioned by council so a reader can prune; small tables stay one file.
PARTITIONED = {"fct_meetings": "council_id", "fct_documents": "council_id", "dim_person": "council_id"}


def export_parquet(warehouse: Path, out_dir: Path) -> dict[str, int]:
    """Write each mart to ``out_dir/<mart>.parquet`` (or a council-partitioned folder). Returns row counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for mart in MARTS:
            counts[mart] = con.execute(f"select count(*) from main.{mart}").fetchall()[0][0]  # type: ignore[index]
            if mart in PARTITIONED:
                target = out_dir / mart
                con.execute(
                    f"copy main.{mart} to '{target}' (format parquet, partition_by ({PARTITIONED[mart]}), "
                    "overwrite_or_ignore true)"
                )
            else:
                con.execute(f"copy main.{mart} to '{out_dir / (mart + '.parquet')}' (format parquet)")
    finally:
        con.close()
    return counts
