"""Load test (promise 16): a council of ~2,000 meetings with 5% faulty documents, one full run.

``python -m bench.load_test [--meetings 2000] [--fault-rate 0.05] [--rate 100] [--home DIR]``

Serves the demo council site on 127.0.0.1 with ``meetings`` meetings, plants faults on
``fault-rate`` of its minutes documents (alternately a corrupt PDF and a download cut short of
its Content-Length, on top of the site's own four faults), runs ``minutebook run --full`` as a
subprocess and samples the resident memory of its whole process tree (the run, its extraction
workers, dbt) every 0.2 s. Then it checks the published warehouse against the site's ground
truth: every faulty document has a row in ops_failures, every good document's meeting has its
minutes in fct_meetings. Prints one JSON line per figure and exits 1 when a check fails.

The site renders each PDF on first request (~70 ms), on the same machine: the timings include
that server work, so they are an upper bound for the pipeline itself.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import duckdb
import psutil

from minutebook.demo.site import COMMITTEES, DemoSite

PLANTED = ("corrupt_pdf", "truncated")
FAILING = ("corrupt_pdf", "truncated", "robots_disallowed")  # retry_once_503 succeeds on the retry


def faulty_site(meetings: int, fault_rate: float) -> tuple[DemoSite, int]:
    """The demo site with about ``meetings`` meetings and ``fault_rate`` of its documents faulty."""
    site = DemoSite(meetings_per_committee=max(1, math.ceil(meetings / len(COMMITTEES))), faults=True)
    docs = list(site.documents())
    want = round(len(docs) * fault_rate)
    have = sum(d.fault in FAILING for d in docs)
    clean = [d for d in docs if d.fault is None]
    step = max(1, len(clean) // max(1, want - have))
    planted = 0
    for i, doc in enumerate(clean[::step]):
        if have + planted >= want:
            break
        doc.fault = PLANTED[i % 2]
        planted += 1
    return site, planted


@dataclass
class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled."""

    pid: int
    peak_total: int = 0
    peak_single: int = 0
    peak_processes: int = 0
    samples: int = 0
    _seen: set[int] = field(default_factory=set)

    def sample(self) -> None:
        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        total = 0
        for p in procs:
            try:
                rss = p.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            total += rss
            self.peak_single = max(self.peak_single, rss)
        self.peak_total = max(self.peak_total, total)
        self.peak_processes = max(self.peak_processes, len(procs))
        self.samples += 1


def _norm(url: str | None) -> str:
    return unquote(url or "").lower()


def check_warehouse(site: DemoSite, warehouse: Path) -> dict[str, Any]:
    """Compare the published warehouse with the site's ground truth."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        failures = con.execute("select stage, reason, url from ops_failures").fetchall()
        with_minutes = {
            str(m)
            for (m,) in con.execute(
                "select source_meeting_id from fct_meetings where minutes_document_sha256 is not null"
            ).fetchall()
        }
        counts = {
            t: con.execute(f"select count(*) from {t}").fetchall()[0][0]  # type: ignore[index]
            for t in ("fct_meetings", "fct_attendance", "fct_actions", "fct_decisions", "ops_failures")
        }
    finally:
        con.close()
    failed_urls = [_norm(u) for _s, _r, u in failures]
    unrecorded = []
    for doc in site.documents():
        if doc.fault not in FAILING:
            continue
        keys = (f"/documents/g{doc.meeting_id}/".lower(), f"mgconvert2pdf.aspx?id={doc.attachment_id}")
        if not any(k in u for u in failed_urls for k in keys):
            unrecorded.append(site.document_url(doc))
    good = [m for m in site.meetings if m.minutes is not None and m.minutes.fault in (None, "retry_once_503")]
    lost = [str(m.mid) for m in good if str(m.mid) not in with_minutes]
    return {
        "faulty_documents": sum(d.fault in FAILING for d in site.documents()),
        "faults_unrecorded": unrecorded,
        "good_documents": len(good),
        "good_documents_missing_from_marts": lost,
        "failure_reasons": sorted({(s, r) for s, r, _u in failures}),
        "mart_rows": counts,
    }


def run_load_test(
    meetings: int = 2000, fault_rate: float = 0.05, rate: float = 100.0, home: Path | None = None
) -> dict[str, Any]:
    home = home or Path(tempfile.mkdtemp(prefix="minutebook-load-")) / "home"
    site, planted = faulty_site(meetings, fault_rate)
    figures: dict[str, Any] = {
        "meetings": len(site.meetings),
        "documents": sum(1 for _ in site.documents()),
        "faults_planted": planted,
        "home": str(home),
    }
    env = dict(os.environ)
    env.update(
        {
            "MINUTEBOOK_REQUESTS_PER_SECOND": str(rate),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
    )
    exe = Path(sys.executable).parent / "minutebook"
    with site:
        sources = home.parent / "load-sources.yml"
        home.parent.mkdir(parents=True, exist_ok=True)
        sources.write_text(
            f"councils:\n  - id: sandbury\n    name: Sandbury Borough Council\n"
            f"    platform: moderngov\n    base_url: {site.base_url}\n"
        )
        cmd = [str(exe), "run", "--sources", str(sources), "--home", str(home), "--full", "--json"]
        cmd += ["--today", site.today.isoformat()]
        log = home.parent / "load-run.log"
        t0 = time.perf_counter()
        with open(log, "wb") as err:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)
            memory = TreeMemory(proc.pid)
            while proc.poll() is None:
                memory.sample()
                time.sleep(0.2)
            out = proc.stdout.read().decode() if proc.stdout else ""
        figures["seconds"] = round(time.perf_counter() - t0, 1)
        figures["exit_code"] = proc.returncode
        figures["peak_rss_tree_mb"] = round(memory.peak_total / 2**20, 1)
        figures["peak_rss_single_process_mb"] = round(memory.peak_single / 2**20, 1)
        figures["peak_processes"] = memory.peak_processes
        figures["site_requests"] = len(site.request_log)
        summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        figures["status"] = summary.get("status")
        figures["counts"] = summary.get("counts", {})
        figures["log"] = str(log)
        warehouse = home / "warehouse" / "minutebook.duckdb"
        if warehouse.exists():
            figures.update(check_warehouse(site, warehouse))
    figures["ok"] = bool(
        figures.get("exit_code") == 0
        and figures.get("status") == "published"
        and not figures.get("faults_unrecorded", ["no warehouse"])
        and not figures.get("good_documents_missing_from_marts", ["no warehouse"])
    )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--rate", type=float, default=100.0, help="requests per second to the local site")
    parser.add_argument("--home", type=Path, default=None)
    args = parser.parse_args(argv)
    figures = run_load_test(args.meetings, args.fault_rate, args.rate, args.home)
    for key, value in figures.items():
        if isinstance(value, list) and len(value) > 20:
            value = {"count": len(value), "first": value[:20]}
        print(json.dumps({"figure": f"load.{key}", "value": value}, default=str))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
