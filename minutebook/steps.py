"""The pipeline's steps: plain functions over the stage modules, each one task in the flow.

flows/nightly.py wires these together with Prefect (retries, concurrency, logging);
here they run and test without it. Each step records what went wrong as Failure rows
and returns counts; none of them lets one bad input stop the run.
"""

from __future__ import annotations

import logging
import secrets
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from minutebook.extract import detect_media_type
from minutebook.extract.cache import ExtractCache
from minutebook.extract.isolation import ExtractJob, extract_many
from minutebook.fetch import crawl_council
from minutebook.fetch.http import PoliteClient
from minutebook.fetch.store import RawStore
from minutebook.load import PendingDocument, StateDB
from minutebook.load.state import match_key_of
from minutebook.parse import PARSER_VERSION, parse_document
from minutebook.parse.names import person_key, split_honorifics
from minutebook.publish import (
    ledger_published,
    next_warehouse_path,
    prepare_next_warehouse,
    published_ledger,
    remove_stale_builds,
    swap_in,
)
from minutebook.publish.report import RunReport, write_run_report
from minutebook.quality import QualityResult, run_quality
from minutebook.records import (
    Council,
    ExtractedDocument,
    Failure,
    ParsedMinutes,
)
from minutebook.settings import Settings
from minutebook.transform import DbtError, dbt_build

log = logging.getLogger("minutebook")

Progress = Callable[[str, int, int | None], None]  # (what, advance, total)


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def name_keys(written: str) -> tuple[str | None, str, str, str]:
    """(honorific, bare name, person key, match key) of a name as a site writes it ("Councillor Basil Curley")."""
    title, name = split_honorifics(written)
    key = person_key(name)
    return title, name, key, match_key_of(key)


@dataclass
class CouncilCrawl:
    council_id: str
    meetings: int = 0
    documents_new: int = 0
    not_modified: int = 0
    missing: int = 0
    failures: int = 0
    requests: int = 0


@dataclass
class BatchOutcome:
    parsed: list[tuple[ExtractedDocument, ParsedMinutes]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    pages: int = 0


# --------------------------------------------------------------------------- crawl


def crawl_and_record(
    council: Council,
    *,
    settings: Settings,
    state: StateDB,
    client: PoliteClient,
    run_id: str,
    full: bool = False,
    today: date | None = None,
) -> CouncilCrawl:
    """Crawl one council and record everything it found in the state database."""
    store = RawStore(settings.home)
    summary = CouncilCrawl(council.id)
    try:
        result = crawl_council(
            council, client=client, store=store, state=state, settings=settings, full=full, today=today
        )
    except Exception as exc:  # a crawler bug must not stop the other councils
        log.exception("crawl of %s failed", council.id)
        state.record_failures(
            [Failure(stage="fetch", council_id=council.id, reason="crawler_error", detail=repr(exc)[:500])],
            run_id,
        )
        summary.failures = 1
        return summary
    summary.meetings = state.upsert_listed_meetings(result.meetings, run_id)
    state.replace_register(result.register, run_id, name_keys)
    summary.documents_new = state.record_documents(result.documents, run_id)
    missing_urls = [url for _council, url in result.missing]
    summary.missing = state.mark_missing(council.id, missing_urls)
    summary.failures = state.record_failures(result.failures, run_id)
    summary.not_modified = result.not_modified
    summary.requests = result.requests
    return summary


# --------------------------------------------------------------------------- extract + parse


def process_documents(
    pending: Sequence[PendingDocument], *, settings: Settings, progress: Progress | None = None
) -> BatchOutcome:
    """Extract (isolated worker processes, cached by sha256) and parse a batch of documents."""
    outcome = BatchOutcome()
    by_sha = {p.sha256: p for p in pending}
    jobs = []
    for p in pending:
        path = settings.home / p.storage_path
        head = path.read_bytes()[:2048] if path.exists() else b""
        if not path.exists():
            outcome.failures.append(
                Failure(
                    "extract",
                    p.council_id,
                    "stored_file_missing",
                    str(path),
                    url=p.url,
                    document_sha256=p.sha256,
                )
            )
            continue
        jobs.append(
            ExtractJob(p.sha256, path, p.sha256, detect_media_type(head, p.content_type, p.storage_path))
        )
    cache = ExtractCache(settings.raw_dir / "extract-cache")
    for key, doc, failure in extract_many(
        jobs,
        workers=settings.extract_workers,
        timeout_s=settings.extract_timeout_s,
        memory_mb=settings.extract_memory_mb,
        cache=cache,
    ):
        source = by_sha[key]
        if failure is not None or doc is None:
            failure = failure or Failure("extract", source.council_id, "extract_failed")
            failure.council_id = failure.council_id or source.council_id
            failure.url = failure.url or source.url
            failure.document_sha256 = failure.document_sha256 or source.sha256
            outcome.failures.append(failure)
        else:
            try:
                parsed = parse_document(doc, source=source.url)
                parsed.parser_version = parsed.parser_version or PARSER_VERSION
                for entry in parsed.attendance:
                    entry.person_key = entry.person_key or person_key(entry.name)
                outcome.parsed.append((doc, parsed))
                outcome.pages += doc.page_count
            except Exception as exc:  # one unparseable document is a recorded failure, not a crash
                outcome.failures.append(
                    Failure(
                        "parse", source.council_id, "parse_error", repr(exc)[:500], source.url, source.sha256
                    )
                )
        if progress:
            progress("documents", 1, None)
    return outcome


def load_batch(state: StateDB, batch: BatchOutcome, run_id: str) -> int:
    state.record_failures(batch.failures, run_id)
    return state.replace_parsed(batch.parsed)


# --------------------------------------------------------------------------- warehouse, quality, publish


def build_warehouse(state: StateDB, settings: Settings, run_id: str) -> Path:
    """A new warehouse file beside the published one, with raw tables copied and dbt built."""
    remove_stale_builds(settings)
    build = next_warehouse_path(settings, run_id)
    prepare_next_warehouse(state.con, build)
    dbt_build(build, work_dir=settings.raw_dir / "dbt")
    return build


def check_quality(
    build: Path, settings: Settings, run_id: str, state: StateDB, today: date | None
) -> QualityResult:
    """Run the GX suites on the build and store their results (in the state and in the build)."""
    result = run_quality(build, settings, today=today)
    rows = result.dq_rows(run_id)
    state.record_dq_results(rows)
    with StateDB(build) as target:  # the build has the same raw tables as the state
        target.record_dq_results(rows)
        target.con.execute("checkpoint")
    return result


def meeting_counts(build: Path) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(str(build), read_only=True)
    try:
        rows = con.table("main.dim_council").select("council_id, meeting_count").fetchall()
    finally:
        con.close()
    return {str(c): int(n) for c, n in rows}


def reconcile_ledger(state: StateDB, settings: Settings) -> list[str]:
    """Before a run starts: learn from the published warehouse which runs were in fact published.

    Without it, a run killed between the swap and the ledger update would be marked
    ``abandoned`` by the next start, though its warehouse is the one BI tools read.
    """
    adopted = state.adopt_published(published_ledger(settings.warehouse_path))
    for run_id in adopted:
        log.warning(
            "run %s was published but not recorded as such (killed after the swap): recorded now", run_id
        )
    return adopted


def publish_build(
    build: Path, settings: Settings, state: StateDB, run_id: str, counts: dict[str, Any]
) -> None:
    """Swap the build in; only then does the state ledger say the run was published."""
    counts = {**counts, "meetings_by_council": meeting_counts(build)}
    finished = datetime.now(UTC)
    ledger_published(build, run_id, finished, counts)
    swap_in(build, settings.warehouse_path)
    state.finish_run(run_id, "published", counts, finished_at=finished)


MART_COUNTS = {
    "meetings": "fct_meetings",
    "attendance_rows": "fct_attendance",
    "actions": "fct_actions",
    "decisions": "fct_decisions",
    "agenda_items": "fct_agenda_items",
    "people": "dim_person",
    "failures_open": "ops_failures",
}


def warehouse_counts(build: Path) -> dict[str, int]:
    """Row counts of the main marts of a warehouse file."""
    import duckdb

    con = duckdb.connect(str(build), read_only=True)
    try:
        return {
            k: int(con.table(f"main.{t}").aggregate("count(*)").fetchall()[0][0])
            for k, t in MART_COUNTS.items()
        }  # type: ignore[index]
    finally:
        con.close()


def run_failures(state: StateDB, run_id: str) -> list[dict[str, Any]]:
    return state.failures_of_run(run_id)


def report_run(
    settings: Settings,
    state: StateDB,
    run_id: str,
    *,
    status: str,
    started: datetime,
    counts: dict[str, Any],
    blocked_reasons: Sequence[str] = (),
    quality: QualityResult | None = None,
) -> Path:
    """Write the run's HTML report (and latest.html); returns its path."""
    return write_run_report(
        settings.reports_dir,
        RunReport(
            run_id=run_id,
            status=status,
            started_at=started.isoformat(timespec="seconds"),
            finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
            home=str(settings.home),
            counts=counts,
            failures=run_failures(state, run_id),
            blocked_reasons=list(blocked_reasons),
        ),
        quality,
    )


def failure_counts(failures: Sequence[Failure]) -> dict[str, int]:
    return dict(Counter(f.reason for f in failures))


__all__ = [
    "BatchOutcome",
    "CouncilCrawl",
    "DbtError",
    "build_warehouse",
    "check_quality",
    "crawl_and_record",
    "load_batch",
    "new_run_id",
    "process_documents",
    "publish_build",
    "report_run",
]
