"""Promises 1 and 3: a run killed with SIGKILL at any stage leaves nothing a rerun cannot finish.

One home, one chain of runs against the local demo council site: the first run is killed with
SIGKILL mid-download, the next mid-extraction, the next mid-load, then mid-dbt, mid-quality
gate, and inside publication just before and just after the rename (each stage told by the run's own log lines or by the files it writes;
every process of the run's group is killed, extraction workers and dbt included; the two
publication points are hit by tests/reliability/killpoint.py, the real CLI killing itself), and a last
run completes. Each killed run starts from whatever the previous one left, which is harsher
than killing fresh homes and costs a third of the time. After each kill the leftovers are
checked; at the end the marts must equal those of an uninterrupted run (in another home).
A reader process polls the published warehouse throughout: it must never see an error, and
every warehouse it sees must be the complete one (a fresh home has no older one).
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import pytest

from minutebook.demo.site import DemoSite
from tests.reliability.harness import (
    Readers,
    Run,
    complete_run,
    duplicate_keys,
    marts,
    run_env,
    start_run,
    warehouse_view,
)

STAGES = ("download", "extract", "load", "dbt", "quality", "before-swap", "after-swap")
KILL_AT = {"before-swap": "before_swap", "after-swap": "after_swap"}  # see killpoint.py
NOT_YET = {  # a log line the run must not have reached when it was killed in this stage
    "download": "stage: extract and parse",
    "extract": "stage: build warehouse",
    "load": "stage: build warehouse",
    "dbt": "stage: quality gate",
    "quality": "stage: publish",
    "before-swap": "prefect.flow_runs: Finished in state",
    "after-swap": "prefect.flow_runs: Finished in state",
}


def _any_document(home: Path) -> bool:
    docs = home / "raw" / "documents"
    return docs.exists() and any(p.is_file() for p in docs.rglob("*"))


def _build_file(home: Path) -> bool:
    wh = home / "warehouse"
    return wh.exists() and any(wh.glob(".build-*.duckdb"))


def reach(stage: str, run: Run, home: Path) -> None:
    """Wait until the run is inside ``stage``."""
    if stage == "download":  # documents are being stored, the crawl is not over
        run.wait_until(lambda: _any_document(home), what="the first stored document")
    elif stage == "extract":
        run.wait_until(run.logged(r"stage: extract and parse"), what="extraction")
        time.sleep(0.1)
    elif stage == "load":  # every document of the batch extracted and parsed: the load task is next
        run.wait_until(run.logged(r"documents: (\d+)/\1\b"), what="the load of the batch")
    elif stage == "dbt":
        run.wait_until(run.logged(r"stage: build warehouse"), what="dbt")
        run.wait_until(lambda: _build_file(home), what="the build file")
        time.sleep(1.5)  # dbt is building the marts inside it
    elif stage == "quality":
        run.wait_until(run.logged(r"stage: quality gate"), what="the quality gate")
        time.sleep(0.3)
    elif stage in KILL_AT:  # the run kills itself inside publish_build
        run.wait_until(
            lambda: run.proc.poll() is not None or run.logged(r"Finished in state")(), what="publish"
        )
        assert run.proc.wait(timeout=60) == -9, run.tail()
    else:  # pragma: no cover
        raise AssertionError(stage)


def build_ledger(build: Path) -> dict[str, str]:
    """raw.runs inside a build file a killed run left (its marts may not exist yet)."""
    con = duckdb.connect(str(build), read_only=True)
    try:
        return dict(con.execute("select run_id, status from raw.runs").fetchall())
    finally:
        con.close()


def state_runs(home: Path) -> dict[str, str]:
    con = duckdb.connect(str(home / "raw" / "state.duckdb"), read_only=True)
    try:
        return dict(con.execute("select run_id, status from raw.runs").fetchall())
    finally:
        con.close()


@pytest.fixture(scope="module")
def chain(
    prefect_api: str, demo_site: DemoSite, demo_sources: Path, reference: dict, tmp_path_factory
) -> dict:
    home = tmp_path_factory.mktemp("kill-chain") / "home"
    env = run_env(prefect_api, home)
    published = home / "warehouse" / "minutebook.duckdb"
    today = demo_site.today.isoformat()
    kills: dict[str, dict] = {}
    with Readers(published) as readers:
        time.sleep(0.5)  # the reader is polling before the first run starts
        for stage in STAGES:
            before = set(state_runs(home)) if (home / "raw" / "state.duckdb").exists() else set()
            run = start_run(
                demo_sources, home, env, today=today, tag=f"killed-{stage}", kill_at=KILL_AT.get(stage)
            )
            reach(stage, run, home)
            run.kill()
            runs = state_runs(home)
            (killed_id,) = set(runs) - before
            view = warehouse_view(published) if published.exists() else None
            builds = (
                sorted((home / "warehouse").glob(".build-*.duckdb")) if (home / "warehouse").exists() else []
            )
            kills[stage] = {
                "run_id": killed_id,
                "state_runs": runs,
                "view": view,
                "log": run.text(),
                "build_ledgers": [build_ledger(b) for b in builds],
            }
        final = complete_run(demo_sources, home, env, today=today)
        reads = readers.results()
    return {"home": home, "published": published, "kills": kills, "final": final, "reader": reads[0]}


@pytest.mark.parametrize("stage", STAGES)
def test_kill_leaves_the_old_or_the_new_warehouse_and_an_honest_ledger(
    stage: str, chain: dict, reference: dict
) -> None:
    """Promises 1 and 3 at the moment of the kill."""
    kill = chain["kills"][stage]
    assert NOT_YET[stage] not in kill["log"], f"the kill meant for {stage} came too late"
    killed_id, view = kill["run_id"], kill["view"]
    published_ids = {r for r, s in kill["state_runs"].items() if s == "published"}
    if view is None:  # nothing published yet: no run may claim it was
        assert published_ids == set(), kill["state_runs"]
        return
    fp, wh_runs = view
    assert fp == reference["fingerprint"], "the published warehouse is the complete one"
    # every run the state ledger calls published is one whose warehouse was swapped in
    assert published_ids <= {r for r, s in wh_runs.items() if s == "published"}, (kill["state_runs"], wh_runs)
    if kill["state_runs"][killed_id] == "published":
        assert wh_runs.get(killed_id) == "published"


def test_killed_between_ledger_and_rename(chain: dict) -> None:
    """The build says published, but it was never swapped in: nothing outside it says so."""
    kill = chain["kills"]["before-swap"]
    assert kill["view"] is None, "nothing was published before this kill"
    assert kill["state_runs"][kill["run_id"]] == "running"
    # the stale build files: this run's (it says published inside) and perhaps earlier killed runs'
    statuses = [ledger.get(kill["run_id"]) for ledger in kill["build_ledgers"]]
    assert "published" in statuses, kill["build_ledgers"]


def test_killed_between_rename_and_state_ledger(chain: dict, reference: dict) -> None:
    """The new warehouse is in place and says published; the state ledger lags (never leads)."""
    kill = chain["kills"]["after-swap"]
    fp, wh_runs = kill["view"]
    assert fp == reference["fingerprint"] and wh_runs[kill["run_id"]] == "published"
    assert kill["state_runs"][kill["run_id"]] == "running"


def test_rerun_after_the_kills_equals_an_uninterrupted_run(chain: dict, reference: dict) -> None:
    published, home = chain["published"], chain["home"]
    assert marts(published) == reference["marts"], chain["final"].tail()
    assert set(duplicate_keys(published).values()) == {0}
    assert not list((home / "warehouse").glob(".build-*")), "stale build files are removed"
    con = duckdb.connect(str(home / "raw" / "state.duckdb"), read_only=True)
    try:
        dup_docs = con.execute(
            "select count(*) from (select council_id, url, sha256 from raw.documents group by all "
            "having count(*) > 1)"
        ).fetchall()[0][0]
        dup_parsed = con.execute(
            "select count(*) - count(distinct document_sha256) from raw.parsed_meetings"
        ).fetchall()[0][0]
    finally:
        con.close()
    assert dup_docs == 0 and dup_parsed == 0


def test_ledger_after_the_kills(chain: dict) -> None:
    """Promise 3: the completed run is published in both ledgers; a killed run never, unless swapped in."""
    runs = state_runs(chain["home"])
    _fp, wh_runs = warehouse_view(chain["published"])
    killed = {k["run_id"]: stage for stage, k in chain["kills"].items()}
    (final_id,) = set(runs) - set(killed)
    # the run killed after the swap was adopted as published when the next run started
    # (steps.reconcile_ledger), so the final run may find nothing new to publish
    after_swap = chain["kills"]["after-swap"]["run_id"]
    assert runs[after_swap] == wh_runs[after_swap] == "published"
    assert runs[final_id] in ("published", "unchanged"), runs
    if runs[final_id] == "published":
        assert wh_runs[final_id] == "published"
    for run_id, stage in killed.items():
        swapped = (
            chain["kills"][stage]["view"] is not None
            and chain["kills"][stage]["view"][1].get(run_id) == "published"
        )
        if not swapped:
            assert runs[run_id] != "published" and wh_runs.get(run_id) != "published", (stage, runs, wh_runs)


def test_reader_during_the_killed_runs_never_errs(chain: dict, reference: dict) -> None:
    result = chain["reader"]
    assert result["errors"] == [], result["errors"][:3]
    assert result["reads"] > 0
    assert {fp for fp, _published in result["seen"]} == {reference["fingerprint"]}
