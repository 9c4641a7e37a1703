"""A council given as a local folder of minutes (``platform: folder``): PDF, HTML and text files.

Files are read from disk (no HTTP) and stored content-addressed like downloads. A file's
URL is its ``file://`` URI, so an unchanged file is recognised by its sha256 on the next
run and a deleted one is reported as missing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from minutebook.fetch.context import CrawlContext
from minutebook.fetch.platforms.guess import guess_meeting
from minutebook.fetch.state import MeetingDocumentsState
from minutebook.records import FetchedDocument

SUFFIXES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html", ".txt": "text/plain"}


def crawl_folder(ctx: CrawlContext) -> None:
    council = ctx.council
    root = Path(council.path or "")
    if not root.is_dir():
        ctx.fail("folder_missing", f"not a directory: {root}", str(root))
        return
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )
    if not files:
        ctx.fail("no_documents", f"no .pdf/.html/.txt files in {root}", str(root))
    ctx.advance("documents", 0, len(files))
    present: set[str] = set()
    for path in files:
        url = path.resolve().as_uri()
        present.add(url)
        meeting = guess_meeting(council.id, path.name, via="folder", url=url)
        if meeting is not None:
            ctx.result.meetings.append(meeting)
        try:
            data = path.read_bytes()
        except OSError as exc:
            ctx.fail("unreadable_file", f"{type(exc).__name__}: {exc}", url)
            continue
        if not data:
            ctx.fail("empty", "empty file", url)
            continue
        if len(data) > ctx.settings.max_document_bytes:
            ctx.fail("too_large", f"{len(data)} bytes > {ctx.settings.max_document_bytes}", url)
            continue
        previous = ctx.state.previous_document(council.id, url)
        stored = ctx.store.put(data)
        if previous is not None and previous.sha256 == stored.sha256:
            ctx.result.not_modified += 1
            ctx.advance("documents")
            continue
        ctx.result.documents.append(
            FetchedDocument(
                council_id=council.id,
                url=url,
                sha256=stored.sha256,
                size=stored.size,
                content_type=SUFFIXES[path.suffix.lower()],
                kind="minutes",
                fetched_at=datetime.now(UTC),
                source_meeting_id=meeting.source_meeting_id if meeting else None,
                committee_name=meeting.committee_name if meeting else None,
                meeting_date=meeting.meeting_date if meeting else None,
                title=path.name,
                storage_path=stored.storage_path,
            )
        )
        ctx.advance("documents")
    _report_deleted(ctx, present)


def _report_deleted(ctx: CrawlContext, present: set[str]) -> None:
    """Files known from earlier runs (by meeting) that are gone from the folder: missing."""
    if not isinstance(ctx.state, MeetingDocumentsState):
        return
    for meeting_id in ctx.state.known_meetings(ctx.council.id):
        for url in ctx.state.meeting_documents(ctx.council.id, meeting_id):
            if url.startswith("file:") and url not in present:
                ctx.result.missing.append((ctx.council.id, url))
