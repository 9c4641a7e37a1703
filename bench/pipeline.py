"""Whole-pipeline figures against the embedded demo council site, through the real CLI.

* first run vs no-op rerun over an unchanged site;
* the crawler's request rate (from the site's own log) against the politeness limit;
* orchestration overhead: wall time of `minutebook run` minus the time spent inside the stages;
* how total time grows with the number of documents.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.figures import record
from minutebook.demo.site import DemoSite

EXE = str(Path(sys.executable).parent / "minutebook")
STAGES = ("seconds_crawl", "seconds_extract_parse", "seconds_dbt", "seconds_quality")


def run_cli(site: DemoSite, home: Path, rate: float, *extra: str) -> tuple[float, dict[str, Any]]:
    home.mkdir(parents=True, exist_ok=True)
    sources = home / "sources.yml"
    sources.write_text(
        f"councils:\n  - id: sandbury\n    name: Sandbury Borough Council\n    platform: moderngov\n    base_url: {site.base_url}\n"
    )
    env = {**os.environ, "MINUTEBOOK_REQUESTS_PER_SECOND": str(rate)}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            EXE,
            "run",
            "--sources",
            str(sources),
            "--home",
            str(home),
            "--json",
            "--today",
            site.today.isoformat(),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
        check=False,
    )
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 2):
        raise RuntimeError(proc.stderr[-3000:])
    return wall, json.loads(proc.stdout.strip().splitlines()[-1])


def request_rates(log: list[dict[str, Any]]) -> tuple[float, int, float]:
    """(mean requests/s, most requests in any 1-second window, smallest gap in seconds)."""
    times = sorted(e["time"] for e in log)
    if len(times) < 2:
        return 0.0, len(times), 0.0
    mean = (len(times) - 1) / (times[-1] - times[0])
    busiest, j = 0, 0
    for i, t in enumerate(times):
        while times[j] < t - 1.0:
            j += 1
        busiest = max(busiest, i - j + 1)
    gap = min(b - a for a, b in zip(times, times[1:], strict=False))
    return mean, busiest, gap


def bench_first_and_rerun(meetings_per_committee: int, rate: float, *, with_full: bool = True) -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        DemoSite(meetings_per_committee=meetings_per_committee) as site,
    ):
        home = Path(tmp) / "home"
        first_started = time.time()
        first_wall, first = run_cli(site, home, rate)
        first_log = list(site.request_log)
        second_wall, second = run_cli(site, home, rate)
        second_log = site.request_log[len(first_log) :]
        # a full run (every meeting re-polled, everything rebuilt) on a home that has run before:
        # what a scheduled full refresh costs, without the first run's one-time set-up
        full = run_cli(site, home, rate, "--full") if with_full else None
        # the same full run reporting to a Prefect server that is already up (scheduling with
        # a Prefect server and worker, README): no server boot inside the run
        served = full_run_on_running_server(site, home, rate) if with_full else None
    docs = first["counts"]["documents_parsed"]
    record(
        f"first run, demo site ({len(first_log)} requests, {docs} documents, {rate:g} req/s)", first_wall, "s"
    )
    record(
        f"no-op rerun, unchanged site ({len(second_log)} requests)",
        second_wall,
        "s",
        detail=f"documents parsed again: {second['counts']['documents_parsed']}",
    )
    ratio = second_wall / first_wall
    record("no-op rerun / first run", ratio, "ratio", "<= 0.05", ratio <= 0.05)
    mean, busiest, gap = request_rates(first_log)
    record(
        f"crawler mean request rate (limit {rate:g}/s per host)",
        mean,
        "req/s",
        f"<= {rate:g}",
        mean <= rate * 1.001,
    )
    record(
        f"crawler busiest 1-second window (limit {rate:g}/s)",
        busiest,
        "requests",
        f"<= {int(rate) + 1}",
        busiest <= int(rate) + 1,
    )
    record("crawler smallest gap between requests", gap, "s", f">= {1 / rate:.3f}", gap >= 1 / rate - 0.01)
    inside = sum(first["counts"].get(k, 0.0) for k in STAGES)
    overhead = first_wall - inside
    record(
        "orchestration overhead of the first run (wall - stage time)",
        overhead,
        "s",
        detail="process start, Prefect API server boot (+ its database on a new PREFECT_HOME), bookkeeping, report",
    )
    record(
        "orchestration overhead share of the first run",
        overhead / first_wall * 100,
        "%",
        "< 5",
        overhead / first_wall < 0.05,
    )
    record("orchestration overhead per document", overhead / max(docs, 1) * 1000, "ms/doc")
    rerun_fixed = second_wall - sum(second["counts"].get(k, 0.0) for k in STAGES)
    record(
        "per-run fixed cost on an initialised home (no-op rerun: wall - stage time)",
        rerun_fixed,
        "s",
        detail="process start, Prefect API server boot (its database already exists), flow bookkeeping",
    )
    if full is not None:
        record_full_run(*full)
    if served is not None:
        record_full_run(*served, label="with a Prefect server already running")
    first_request = min(e["time"] for e in first_log) - first_started
    record(
        "first run: process start to first request at the site",
        first_request,
        "s",
        detail="includes creating Prefect's database in a new PREFECT_HOME (once per home)",
    )
    for key in STAGES:
        record(f"first run: {key.removeprefix('seconds_')}", first["counts"].get(key, 0.0), "s")


def full_run_on_running_server(site: DemoSite, home: Path, rate: float) -> tuple[float, dict[str, Any]]:
    from flows.api_server import PrivateApiServer

    server = PrivateApiServer(home.parent / "prefect-server.log").start()  # sets PREFECT_API_URL
    try:
        server.wait_ready()
        return run_cli(site, home, rate, "--full")
    finally:
        server.stop()


def record_full_run(wall: float, summary: dict[str, Any], label: str = "on an initialised home") -> None:
    overhead = wall - sum(summary["counts"].get(k, 0.0) for k in STAGES)
    record(
        f"full run (--full) {label}",
        wall,
        "s",
        detail=f"status {summary['status']}; " + json.dumps({k: summary["counts"].get(k) for k in STAGES}),
    )
    record(
        f"orchestration overhead share of a full run {label}",
        overhead / wall * 100,
        "%",
        "< 5",
        overhead / wall < 0.05,
    )


def bench_scaling(sizes: list[int], rate: float) -> None:
    results = []
    for n in sizes:
        with (
            tempfile.TemporaryDirectory() as tmp,
            DemoSite(meetings_per_committee=max(1, n // 4), faults=False) as site,
        ):
            wall, summary = run_cli(site, Path(tmp) / "home", rate)
            noop = run_cli(site, Path(tmp) / "home", rate) if n == sizes[-1] else None
        docs = summary["counts"]["documents_parsed"]
        results.append((docs, wall))
        if noop is not None:
            ratio = noop[0] / wall
            record(
                f"no-op rerun / first run, {docs}-document site ({rate:g} req/s)",
                ratio,
                "ratio",
                "<= 0.05",
                ratio <= 0.05,
                detail=f"no-op rerun {noop[0]:.1f} s, status {noop[1]['status']}",
            )
        record(
            f"total time, {docs} documents ({rate:g} req/s)",
            wall,
            "s",
            detail=json.dumps({k: summary["counts"].get(k) for k in STAGES}),
        )
    (d0, w0), (d1, w1) = results[0], results[-1]
    if d1 > d0:
        marginal = (w1 - w0) / (d1 - d0)
        record("marginal time per extra document (largest vs smallest size)", marginal * 1000, "ms/doc")
        record(f"time ratio {d1} vs {d0} documents (linear would be {d1 / max(d0, 1):.0f})", w1 / w0, "ratio")


def bench_new_meeting(documents: int) -> None:
    """A folder of minutes: first run, no-op rerun, then a rerun after one new set of minutes appears."""
    from minutebook.demo.corpus import generate_minutes

    with tempfile.TemporaryDirectory() as tmp:
        folder, home = Path(tmp) / "minutes", Path(tmp) / "home"
        folder.mkdir()
        for i in range(documents):
            text, _gold = generate_minutes(i)
            (folder / f"minutes-{i:04d}.txt").write_text(text)
        sources = Path(tmp) / "sources.yml"
        sources.write_text(
            f"councils:\n  - id: archive\n    name: Archive\n    platform: folder\n    path: {folder}\n"
        )

        def run() -> tuple[float, dict[str, Any]]:
            t0 = time.perf_counter()
            proc = subprocess.run(
                [EXE, "run", "--sources", str(sources), "--home", str(home), "--json"],
                capture_output=True,
                text=True,
                timeout=3600,
                check=False,
            )
            if proc.returncode not in (0, 2):
                raise RuntimeError(proc.stderr[-3000:])
            return time.perf_counter() - t0, json.loads(proc.stdout.strip().splitlines()[-1])

        first, _ = run()
        noop, noop_summary = run()
        text, _gold = generate_minutes(documents + 1)
        (folder / "minutes-new.txt").write_text(text)
        one_new, new_summary = run()
    record(f"folder of {documents} minutes: first run", first, "s")
    record("folder: no-op rerun", noop, "s", detail=f"status {noop_summary['status']}")
    record("folder: no-op rerun / first run", noop / first, "ratio", "<= 0.05", noop / first <= 0.05)
    record(
        "folder: rerun after one new meeting appears",
        one_new,
        "s",
        detail=f"documents parsed: {new_summary['counts']['documents_parsed']}, status {new_summary['status']}",
    )
