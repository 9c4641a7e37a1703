"""The nightly flow: crawl every council, extract and parse what is new, build, check, publish.

A table of contents, not logic: every task wraps one function of minutebook.steps,
which runs and tests without Prefect. Prefect adds the run record, retries on the
network-facing crawl, bounded concurrency (councils crawl in parallel; each host stays
polite inside the shared HTTP client), and logging.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from minutebook import steps
from minutebook.fetch.http import PoliteClient
from minutebook.load import StateDB
from minutebook.lock import run_lock
from minutebook.progress import reporter
from minutebook.records import Council, Failure
from minutebook.settings import Settings, load_settings
from minutebook.sources import load_sources

# Documents per extract+parse task: large enough that task overhead (5-8 ms) is noise
# next to extraction (~0.1 s a page), small enough that progress and loading stay steady.
BATCH_SIZE = 40


class StageClock:
    """Wall seconds per stage (``seconds_<stage>`` in the run's counts), to see what dominates a run."""

    def __init__(self) -> None:
        self._marks: list[tuple[str, float]] = []

    def start(self, stage: str) -> None:
        self._marks.append((stage, time.perf_counter()))

    def seconds(self) -> dict[str, float]:
        marks = [*self._marks, ("", time.perf_counter())]
        return {f"seconds_{name}": round(marks[i + 1][1] - t, 3) for i, (name, t) in enumerate(marks[:-1])}


@dataclass
class RunSummary:
    run_id: str
    status: str  # published | blocked | failed
    exit_code: int
    warehouse: str
    report: str | None
    counts: dict[str, Any] = field(default_factory=dict)
    blocked_reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@task(
    name="crawl", task_run_name="crawl-{council.id}", retries=1, retry_delay_seconds=10, cache_policy=NO_CACHE
)
def crawl(
    council: Council,
    settings: Settings,
    state: StateDB,
    client: PoliteClient,
    run_id: str,
    full: bool,
    today: date | None,
) -> steps.CouncilCrawl:
    return steps.crawl_and_record(
        council, settings=settings, state=state, client=client, run_id=run_id, full=full, today=today
    )


@task(name="extract-and-parse", cache_policy=NO_CACHE)
def extract_and_parse(batch: list[Any], settings: Settings) -> steps.BatchOutcome:
    return steps.process_documents(
        batch, settings=settings, progress=lambda what, n, _t: reporter().advance(what, n)
    )


@task(name="load", cache_policy=NO_CACHE)
def load(state: StateDB, outcome: steps.BatchOutcome, run_id: str) -> int:
    return steps.load_batch(state, outcome, run_id)


@task(name="build-warehouse", cache_policy=NO_CACHE)
def build(state: StateDB, settings: Settings, run_id: str) -> Path:
    return steps.build_warehouse(state, settings, run_id)


@task(name="quality-gate", cache_policy=NO_CACHE)
def quality(build_path: Path, settings: Settings, run_id: str, state: StateDB, today: date | None) -> Any:
    return steps.check_quality(build_path, settings, run_id, state, today)


@task(name="publish", cache_policy=NO_CACHE)
def publish(
    build_path: Path, settings: Settings, state: StateDB, run_id: str, counts: dict[str, Any]
) -> None:
    steps.publish_build(build_path, settings, state, run_id, counts)


@flow(name="extract-and-parse-on-dask", log_prints=False)
def extract_on_cluster(batches: list[list[Any]], settings: Settings) -> list[steps.BatchOutcome]:
    """Every batch submitted at once to the flow's (Dask) task runner; outcomes in batch order."""
    futures = [extract_and_parse.submit(batch, settings) for batch in batches]
    return [future.result() for future in futures]


def dask_runner(spec: str) -> Any:
    """``dask`` (a local cluster, one single-threaded worker process per core) or ``dask=ADDRESS``."""
    import os

    from prefect_dask import DaskTaskRunner

    _, _, address = spec.partition("=")
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": os.cpu_count() or 2, "threads_per_worker": 1, "processes": True}
    )


@flow(name="minutebook-nightly", task_runner=ThreadPoolTaskRunner(max_workers=4), log_prints=False)
def nightly(
    sources: str,
    home: str | None = None,
    full: bool = False,
    retry_failed: bool = False,
    today: date | None = None,
    task_runner: str | None = None,
) -> dict[str, Any]:
    """One full pipeline run over the councils of ``sources``; returns the run summary.

    ``task_runner``: None extracts on this machine (worker processes, one per core);
    ``dask`` or ``dask=tcp://scheduler:8786`` sends extraction and parsing to a Dask cluster.
    """
    settings = load_settings(home)
    councils = load_sources(sources)  # a malformed file stops here, before any request
    with run_lock(settings.lock_path):
        summary = _run(
            settings, councils, full=full, retry_failed=retry_failed, today=today, task_runner=task_runner
        )
        return summary.to_dict()


def _run(
    settings: Settings,
    councils: list[Council],
    *,
    full: bool,
    retry_failed: bool,
    today: date | None,
    task_runner: str | None = None,
) -> RunSummary:
    from datetime import UTC, datetime

    progress = reporter()
    run_id = steps.new_run_id()
    started = datetime.now(UTC)
    clock = StageClock()
    state = StateDB(settings.state_path)
    try:
        steps.reconcile_ledger(state, settings)  # before start_run marks unfinished runs abandoned
        state.start_run(run_id)
        state.upsert_councils(councils)

        progress.stage("crawl")
        clock.start("crawl")
        progress.total("councils", len(councils))
        with PoliteClient(settings) as client:
            futures = [crawl.submit(c, settings, state, client, run_id, full, today) for c in councils]
            crawls = []
            for council, future in zip(councils, futures, strict=True):
                outcome = future.result(raise_on_failure=False)
                if isinstance(outcome, steps.CouncilCrawl):
                    crawls.append(outcome)
                else:
                    state.record_failures(
                        [Failure("fetch", council.id, "crawler_error", str(outcome)[:500])], run_id
                    )
                progress.advance("councils")

        progress.stage("extract and parse")
        clock.start("extract_parse")
        pending = state.pending_documents(steps.PARSER_VERSION, retry_failed=retry_failed)
        progress.total("documents", len(pending))
        batches = [pending[i : i + BATCH_SIZE] for i in range(0, len(pending), BATCH_SIZE)]
        pages = parsed = extract_failures = 0
        if task_runner and task_runner.startswith("dask") and batches:
            # each Dask worker extracts one document at a time; the cluster gives the parallelism
            on_cluster = extract_on_cluster.with_options(task_runner=dask_runner(task_runner))
            outcomes = on_cluster(batches, settings.with_(extract_workers=1))
        else:
            outcomes = (extract_and_parse(batch, settings) for batch in batches)  # each batch uses every core
        for outcome in outcomes:
            parsed += load(state, outcome, run_id)
            pages += outcome.pages
            extract_failures += len(outcome.failures)

        counts: dict[str, Any] = {
            "councils": len(councils),
            "meetings_listed": sum(c.meetings for c in crawls),
            "documents_new": sum(c.documents_new for c in crawls),
            "documents_not_modified": sum(c.not_modified for c in crawls),
            "documents_missing": sum(c.missing for c in crawls),
            "documents_parsed": parsed,
            "pages_extracted": pages,
            "requests": sum(c.requests for c in crawls),
            "failures_fetch": sum(c.failures for c in crawls),
            "failures_extract_parse": extract_failures,
        }

        counts["fingerprint"] = state.fingerprint()
        previous = state.last_published_counts()
        if (
            not full
            and previous.get("fingerprint") == counts["fingerprint"]
            and settings.warehouse_path.exists()
        ):
            # nothing the marts are built from changed: the published warehouse is already this run's
            progress.stage("unchanged: the published warehouse stays as it is")
            counts.update(clock.seconds())
            state.finish_run(run_id, "unchanged", counts)
            report = steps.report_run(
                settings, state, run_id, status="unchanged", started=started, counts=counts
            )
            return RunSummary(run_id, "unchanged", 0, str(settings.warehouse_path), str(report), counts)

        progress.stage("build warehouse (dbt)")
        clock.start("dbt")
        build_path = build(state, settings, run_id)
        progress.stage("quality gate (Great Expectations)")
        clock.start("quality")
        result = quality(build_path, settings, run_id, state, today)
        counts.update(steps.warehouse_counts(build_path))
        blocked = [
            f"{o.label} ({o.unexpected_count} unexpected; observed {o.observed_value})" for o in result.errors
        ]
        if blocked:
            counts.update(clock.seconds())
            state.finish_run(run_id, "blocked", counts)
            build_path.unlink(missing_ok=True)
            status, code = "blocked", 2
        else:
            progress.stage("publish")
            counts.update(clock.seconds())  # the publish step itself is the last, untimed millisecond
            publish(build_path, settings, state, run_id, counts)
            status, code = "published", 0
        report = steps.report_run(
            settings,
            state,
            run_id,
            status=status,
            started=started,
            counts=counts,
            blocked_reasons=blocked,
            quality=result,
        )
        return RunSummary(run_id, status, code, str(settings.warehouse_path), str(report), counts, blocked)
    except BaseException:
        state.finish_run(run_id, "failed", {})
        raise
    finally:
        state.close()
