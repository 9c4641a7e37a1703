"""The working database (``<home>/raw/state.duckdb``): raw tables and crawl state.

It persists across runs and is never opened by BI tools: each run builds the
next warehouse from it (see minutebook.publish). All writes are Arrow bulk
inserts; a document's parsed rows are replaced in one transaction, so a rerun
never duplicates and a killed run leaves either the old rows or the new ones.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from minutebook.fetch.state import KnownMeeting
from minutebook.load.tables import PER_DOCUMENT, RAW_TABLES
from minutebook.records import (
    Council,
    ExtractedDocument,
    Failure,
    FetchedDocument,
    ListedMeeting,
    ParsedMinutes,
    RegisterAttendance,
)


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PendingDocument:
    """A stored document version that has not been extracted and parsed yet."""

    sha256: str
    council_id: str
    url: str
    storage_path: str
    content_type: str | None
    kind: str


@dataclass(frozen=True)
class PreviousDocumentRow:
    sha256: str
    etag: str | None
    last_modified: str | None
    storage_path: str


def _locked(method: Any) -> Any:
    """Serialise use of the one DuckDB connection: crawl tasks call in from several threads."""

    @functools.wraps(method)
    def wrapper(self: StateDB, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


class StateDB:
    """A connection to the state database with typed, bulk write helpers (thread-safe)."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(str(self.path), read_only=read_only)
        if not read_only:
            self._ensure_schema()

    # ------------------------------------------------------------------ plumbing
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise RuntimeError(f"the state database {self.path} is closed")
        return self._con

    def close(self) -> None:
        """Close the connection and let go of it (idempotent).

        The orchestrator keeps task parameters (this object among them) in its run context until
        the process exits; holding on to even a closed DuckDB connection there makes DuckDB's
        bindings report "leaked instances" at interpreter exit.
        """
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> StateDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        self.con.execute("create schema if not exists raw")
        for name, schema in RAW_TABLES.items():
            empty = pa.Table.from_pylist([], schema=schema)  # noqa: F841 - read by DuckDB's replacement scan
            self.con.execute(f"create table if not exists raw.{name} as select * from empty")
            # a state file from an older release gains the columns added since (nullable), typed
            # as DuckDB types the schema's Arrow column
            have = {r[0] for r in self.con.execute(f"describe raw.{name}").fetchall()}
            if have != set(schema.names):
                types = dict(r[:2] for r in self.con.execute("describe select * from empty").fetchall())
                for column in schema.names:
                    if column not in have:
                        self.con.execute(f"alter table raw.{name} add column {column} {types[column]}")

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.con.execute("begin transaction")
        try:
            yield self.con
        except BaseException:
            self.con.execute("rollback")
            raise
        else:
            self.con.execute("commit")

    def _insert(self, table: str, rows: Sequence[dict[str, Any]]) -> int:
        if not rows:
            return 0
        arrow = pa.Table.from_pylist(list(rows), schema=RAW_TABLES[table])  # noqa: F841 - replacement scan
        self.con.execute(f"insert into raw.{table} select * from arrow")
        return len(rows)

    @_locked
    def count(self, table: str) -> int:
        return self.con.execute(f"select count(*) from raw.{table}").fetchall()[0][0]  # type: ignore[index]

    # ------------------------------------------------------------------ runs
    @_locked
    def start_run(self, run_id: str) -> None:
        with self.transaction():
            self.con.execute(
                "update raw.runs set status = 'abandoned', finished_at = ? where status = 'running'",
                [now_utc()],
            )
            self._insert(
                "runs",
                [
                    {
                        "run_id": run_id,
                        "started_at": now_utc(),
                        "finished_at": None,
                        "status": "running",
                        "counts": "{}",
                    }
                ],
            )

    @_locked
    def finish_run(
        self, run_id: str, status: str, counts: dict[str, Any], finished_at: datetime | None = None
    ) -> None:
        self.con.execute(
            "update raw.runs set status = ?, finished_at = ?, counts = ? where run_id = ?",
            [status, finished_at or now_utc(), json.dumps(counts, sort_keys=True, default=str), run_id],
        )

    @_locked
    def adopt_published(self, published: Sequence[tuple[str, datetime, str]]) -> list[str]:
        """Runs the published warehouse records as published but this ledger does not (a run killed
        after its warehouse was swapped in, before it could say so here): marked published."""
        adopted = []
        for run_id, finished_at, counts in published:
            rows = self.con.execute(
                "update raw.runs set status = 'published', finished_at = ?, counts = ? "
                "where run_id = ? and status in ('running', 'abandoned') returning run_id",
                [finished_at, counts, run_id],
            ).fetchall()
            adopted.extend(r[0] for r in rows)
        return adopted

    # ------------------------------------------------------------------ councils and crawl results
    @_locked
    def upsert_councils(self, councils: Iterable[Council]) -> None:
        rows = [
            {
                "council_id": c.id,
                "council_name": c.name,
                "platform": c.platform,
                "base_url": c.base_url or c.path,
            }
            for c in councils
        ]
        with self.transaction():
            ids = pa.table({"council_id": [r["council_id"] for r in rows]})  # noqa: F841
            self.con.execute("delete from raw.councils where council_id in (select council_id from ids)")
            self._insert("councils", rows)

    @_locked
    def upsert_listed_meetings(self, meetings: Sequence[ListedMeeting], run_id: str) -> int:
        """The latest listing of each (council, source meeting id) wins; earlier ones are replaced."""
        seen_at = now_utc()
        rows = [
            {
                "council_id": m.council_id,
                "source_meeting_id": m.source_meeting_id,
                "source_committee_id": m.source_committee_id,
                "committee_name": m.committee_name,
                "meeting_date": m.meeting_date,
                "start_time": m.start_time,
                "end_time": m.end_time,
                "venue": m.venue,
                "status": m.status,
                "raw_status": m.raw_status,
                "url": m.url,
                "listed_via": m.listed_via,
                "seen_at": seen_at,
                "run_id": run_id,
            }
            for m in _last_by(meetings, lambda m: (m.council_id, m.source_meeting_id))
        ]
        with self.transaction():
            keys = pa.table(  # noqa: F841
                {"c": [r["council_id"] for r in rows], "m": [r["source_meeting_id"] for r in rows]}
            )
            self.con.execute(
                "delete from raw.listed_meetings t using keys k where t.council_id = k.c and t.source_meeting_id = k.m"
            )
            return self._insert("listed_meetings", rows)

    @_locked
    def replace_register(
        self,
        register: Sequence[RegisterAttendance],
        run_id: str,
        name_keys: Callable[[str], tuple[str | None, str, str, str]] | None = None,
    ) -> int:
        """Replace the register of every meeting present in ``register``.

        ``name_keys`` maps a name as the site writes it to (honorific, bare name, person key, match key),
        the same normalisation the parser applies to names in minutes.
        """
        rows = []
        seq: dict[tuple[str, str], int] = {}
        for r in register:
            key = (r.council_id, r.source_meeting_id)
            seq[key] = seq.get(key, 0) + 1
            title, bare, pkey, mkey = (
                name_keys(r.person_name) if name_keys else (None, r.person_name, r.person_name.lower(), "")
            )
            rows.append(
                {
                    "council_id": r.council_id,
                    "source_meeting_id": r.source_meeting_id,
                    "seq": seq[key],
                    "person_name": bare,
                    "name_as_written": r.person_name,
                    "title": title,
                    "person_key": pkey,
                    "match_key": mkey,
                    "role": r.role,
                    "attendance_raw": r.attendance_raw,
                    "status": r.status,
                    "source_url": r.source_url,
                    "run_id": run_id,
                }
            )
        with self.transaction():
            keys = pa.table({"c": [k[0] for k in seq], "m": [k[1] for k in seq]})  # noqa: F841
            self.con.execute(
                "delete from raw.register_attendance t using keys k "
                "where t.council_id = k.c and t.source_meeting_id = k.m"
            )
            return self._insert("register_attendance", rows)

    @_locked
    def record_documents(self, documents: Sequence[FetchedDocument], run_id: str) -> int:
        """Add document versions. A new sha256 for a known URL supersedes the old version (kept)."""
        docs = _last_by(documents, lambda d: (d.council_id, d.url, d.sha256))
        rows = [
            {
                "document_id": d.document_id,
                "council_id": d.council_id,
                "url": d.url,
                "sha256": d.sha256,
                "size": d.size,
                "content_type": d.content_type,
                "kind": d.kind,
                "source_meeting_id": d.source_meeting_id,
                "committee_name": d.committee_name,
                "meeting_date": d.meeting_date,
                "title": d.title,
                "etag": d.etag,
                "last_modified": d.last_modified,
                "storage_path": d.storage_path,
                "status": "current",
                "fetched_at": d.fetched_at,
                "run_id": run_id,
            }
            for d in docs
        ]
        with self.transaction():
            new = pa.table(  # noqa: F841
                {
                    "c": [r["council_id"] for r in rows],
                    "u": [r["url"] for r in rows],
                    "s": [r["sha256"] for r in rows],
                }
            )
            self.con.execute(
                "delete from raw.documents t using new n where t.council_id = n.c and t.url = n.u and t.sha256 = n.s"
            )
            self.con.execute(
                "update raw.documents t set status = 'superseded' from new n "
                "where t.council_id = n.c and t.url = n.u and t.sha256 <> n.s and t.status <> 'superseded'"
            )
            return self._insert("documents", rows)

    @_locked
    def mark_missing(self, council_id: str, urls: Iterable[str]) -> int:
        """Documents that vanished from the site: marked, never deleted."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return 0
        gone = pa.table({"u": urls})  # noqa: F841
        return self.con.execute(
            "update raw.documents t set status = 'missing' from gone g "
            "where t.council_id = ? and t.url = g.u and t.status = 'current'",
            [council_id],
        ).fetchall()[0][0]  # type: ignore[index]

    @_locked
    def record_failures(self, failures: Sequence[Failure], run_id: str) -> int:
        seen = now_utc()
        return self._insert(
            "failures",
            [
                {
                    "run_id": run_id,
                    "stage": f.stage,
                    "council_id": f.council_id,
                    "url": f.url,
                    "document_sha256": f.document_sha256,
                    "reason": f.reason,
                    "detail": (f.detail or "")[:2000],
                    "seen_at": seen,
                    "source_meeting_id": f.source_meeting_id,
                }
                for f in failures
            ],
        )

    # ------------------------------------------------------------------ crawl state (minutebook.fetch.state.CrawlState)
    @_locked
    def previous_document(self, council_id: str, url: str) -> PreviousDocumentRow | None:
        rows = self.con.execute(
            "select sha256, etag, last_modified, storage_path from raw.documents "
            "where council_id = ? and url = ? and status <> 'superseded' order by fetched_at desc limit 1",
            [council_id, url],
        ).fetchall()
        return PreviousDocumentRow(*rows[0]) if rows else None

    @_locked
    def known_meetings(self, council_id: str) -> dict[str, KnownMeeting]:
        rows = self.con.execute(
            """
            select m.source_meeting_id, m.meeting_date, m.status,
                   exists (select 1 from raw.documents d
                           where d.council_id = m.council_id and d.source_meeting_id = m.source_meeting_id
                             and d.kind in ('minutes', 'minutes_html') and d.status = 'current') as has_minutes,
                   m.seen_at
            from raw.listed_meetings m where m.council_id = ?
            """,
            [council_id],
        ).fetchall()
        return {r[0]: KnownMeeting(r[1], r[2], bool(r[3]), r[4]) for r in rows}

    @_locked
    def failing_urls(self, council_id: str) -> dict[str, str | None]:
        """URL -> meeting id of the council's fetches that failed in the latest finished run (see FailureMemoryState)."""
        rows = self.con.execute(
            """
            select f.url, max(f.source_meeting_id) from raw.failures f
            where f.stage = 'fetch' and f.council_id = ? and f.url is not null
              and f.reason <> 'robots_disallowed'  -- the site's wish, not a loss: not re-polled for
              and f.run_id = (select r.run_id from raw.runs r where r.status <> 'running'
                              order by r.started_at desc limit 1)
            group by f.url
            """,
            [council_id],
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    @_locked
    def meeting_documents(self, council_id: str, source_meeting_id: str) -> list[str]:
        """URLs of a meeting's current documents (so the crawler can tell which vanished)."""
        rows = self.con.execute(
            "select distinct url from raw.documents where council_id = ? and source_meeting_id = ? "
            "and status = 'current' order by url",
            [council_id, source_meeting_id],
        ).fetchall()
        return [r[0] for r in rows]

    # ------------------------------------------------------------------ extraction + parse results
    @_locked
    def pending_documents(self, parser_version: str, *, retry_failed: bool = False) -> list[PendingDocument]:
        """Current document versions without a parse by this parser version (resumes killed runs too).

        A version whose extraction or parse already failed is not retried every night (a PDF
        that times out would cost a minute each run) unless ``retry_failed``; its failure row
        stays in ops_failures.
        """
        rows = self.con.execute(
            """
            select distinct d.sha256, d.council_id, d.url, d.storage_path, d.content_type, d.kind
            from raw.documents d
            where d.status = 'current'
              and not exists (select 1 from raw.parsed_meetings p
                              where p.document_sha256 = d.sha256 and p.parser_version = ?)
              and (? or not exists (select 1 from raw.failures f
                                    where f.document_sha256 = d.sha256 and f.stage in ('extract', 'parse')))
            order by d.sha256
            """,
            [parser_version, retry_failed],
        ).fetchall()
        return [PendingDocument(*r) for r in rows]

    @_locked
    def replace_parsed(self, items: Sequence[tuple[ExtractedDocument, ParsedMinutes]]) -> int:
        """Replace the pages and parsed rows of each document version, all in one transaction."""
        if not items:
            return 0
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in PER_DOCUMENT}
        for doc, parsed in items:
            _rows_for(doc, parsed, tables)
        with self.transaction():
            shas = pa.table({"s": sorted({doc.sha256 for doc, _ in items})})  # noqa: F841
            for table in PER_DOCUMENT:
                self.con.execute(f"delete from raw.{table} where document_sha256 in (select s from shas)")
            for table, rows in tables.items():
                self._insert(table, rows)
        return len(items)

    @_locked
    def fingerprint(self) -> str:
        """A digest of everything the marts are built from (not run bookkeeping such as seen_at).

        Equal fingerprints mean a rebuild would produce the same marts, so a no-op rerun can
        leave the published warehouse alone.
        """
        parts = {
            "councils": "concat_ws('|', council_id, council_name, platform, base_url)",
            "documents": "concat_ws('|', council_id, url, sha256, status, kind, source_meeting_id)",
            "listed_meetings": "concat_ws('|', council_id, source_meeting_id, source_committee_id, committee_name, "
            "meeting_date, start_time, end_time, venue, status, raw_status, url)",
            "register_attendance": "concat_ws('|', council_id, source_meeting_id, seq, name_as_written, role, attendance_raw)",
            "parsed_meetings": "concat_ws('|', document_sha256, parser_version)",
            "failures": "concat_ws('|', stage, council_id, url, document_sha256, reason)",
        }
        digests = []
        for table, expr in parts.items():
            row = self.con.execute(
                f"select md5(coalesce(string_agg(x, chr(10) order by x), '')) from (select distinct {expr} as x from raw.{table})"
            ).fetchall()
            digests.append(f"{table}:{row[0][0]}")
        return ";".join(digests)

    @_locked
    def last_published_counts(self) -> dict[str, Any]:
        rows = self.con.execute(
            "select counts from raw.runs where status = 'published' order by finished_at desc limit 1"
        ).fetchall()
        return json.loads(rows[0][0]) if rows and rows[0][0] else {}

    @_locked
    def failures_of_run(self, run_id: str) -> list[dict[str, Any]]:
        cur = self.con.execute(
            "select stage, council_id, url, document_sha256, reason, detail from raw.failures "
            "where run_id = ? order by stage, council_id, reason, url",
            [run_id],
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    @_locked
    def record_dq_results(self, rows: Sequence[dict[str, Any]]) -> int:
        return self._insert("dq_results", rows)


def match_key_of(person_key: str) -> str:
    """First initial + surname of a person key: pairs "J Smith" in minutes with "John Smith" in a register."""
    tokens = (person_key or "").split()
    if not tokens:
        return ""
    return f"{tokens[0][0]} {tokens[-1]}" if len(tokens) > 1 else tokens[0]


def _last_by(items: Iterable[Any], key: Any) -> list[Any]:
    out: dict[Any, Any] = {}
    for item in items:
        out[key(item)] = item
    return list(out.values())


def _rows_for(doc: ExtractedDocument, parsed: ParsedMinutes, tables: dict[str, list[dict[str, Any]]]) -> None:
    sha = doc.sha256
    pages: dict[int, list[Any]] = {}
    for line in doc.lines:
        pages.setdefault(line.page, []).append(line)
    for page, lines in sorted(pages.items()):
        tables["pages"].append(
            {
                "document_sha256": sha,
                "page": page,
                "text": "\n".join(li.text for li in lines),
                "char_start": lines[0].start,
                "char_end": lines[-1].end,
                "line_count": len(lines),
                "extractor_version": doc.extractor_version,
            }
        )
    m = parsed.meeting
    tables["parsed_meetings"].append(
        {
            "document_sha256": sha,
            "council": m.council,
            "body": m.body,
            "meeting_date": m.date,
            "start_time": m.start_time,
            "end_time": m.end_time,
            "venue": m.venue,
            "page": m.span.page if m.span else 1,
            "parser_version": parsed.parser_version,
        }
    )

    def prov(span: Any) -> dict[str, Any]:
        if span is None:
            return {"page": 1, "char_start": None, "char_end": None}
        return {"page": span.page, "char_start": span.start, "char_end": span.end}

    for i, a in enumerate(parsed.attendance, 1):
        tables["parsed_attendance"].append(
            {
                "document_sha256": sha,
                "seq": i,
                "person_name": a.name,
                "title": a.title,
                "role": a.role,
                "status": a.status,
                "partial": a.partial,
                "substitute": a.substitute,
                "person_key": a.person_key,
                "match_key": match_key_of(a.person_key),
                **prov(a.span),
            }
        )
    for i, act in enumerate(parsed.actions, 1):
        tables["parsed_actions"].append(
            {
                "document_sha256": sha,
                "seq": i,
                "action_text": act.text,
                "owners": list(act.owners),
                "due_text": act.due,
                "due_date": act.due_date,
                "agenda_item": act.agenda_item,
                **prov(act.span),
            }
        )
    for i, dec in enumerate(parsed.decisions, 1):
        tables["parsed_decisions"].append(
            {
                "document_sha256": sha,
                "seq": i,
                "decision_text": dec.text,
                "agenda_item": dec.agenda_item,
                **prov(dec.span),
            }
        )
    for i, item in enumerate(parsed.agenda_items, 1):
        tables["parsed_agenda_items"].append(
            {
                "document_sha256": sha,
                "seq": i,
                "item_number": item.number,
                "title": item.title,
                **prov(item.span),
            }
        )
