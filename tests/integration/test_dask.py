"""Issue 9: extraction and parsing can run on a Dask cluster through prefect-dask's task runner."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.integration.test_pipeline_folder import make_folder, write_sources


def test_run_with_a_local_dask_cluster(prefect_server: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    sources = write_sources(tmp_path, make_folder(tmp_path))
    summary = nightly(sources=str(sources), home=str(tmp_path / "home"), task_runner="dask")
    assert summary["status"] == "published", summary
    assert summary["counts"]["documents_parsed"] == 4  # the fifth, broken.pdf, is a recorded failure
    con = duckdb.connect(str(tmp_path / "home" / "warehouse" / "minutebook.duckdb"), read_only=True)
    reasons = [
        r[0] for r in con.execute("select reason from ops_failures where stage = 'extract'").fetchall()
    ]
    meetings = con.execute("select count(*) from fct_meetings").fetchall()[0][0]
    con.close()
    assert reasons == ["corrupt_pdf"]
    assert meetings >= 3
