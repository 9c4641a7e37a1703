"""What one council's crawl accumulates, and the document-fetching rules every platform shares.

A platform module walks a site and calls :class:`CrawlContext` to fetch pages and
documents. The context turns every error into a Failure row (the crawl goes on), sends
conditional requests for documents it has seen before, stores new versions in the raw
store and reports documents that disappeared as missing (never deleting them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from minutebook.fetch.http import FetchError, FetchResult, PoliteClient, host_key
from minutebook.fetch.state import CrawlState, FailureMemoryState, KnownMeeting, MeetingDocumentsState
from minutebook.fetch.store import RawStore, StoredFile
from minutebook.records import (
    Council,
    DocumentKind,
    Failure,
    FetchedDocument,
    ListedMeeting,
    RegisterAttendance,
)
from minutebook.settings import Settings

Progress = Callable[[str, int, int | None], None]  # (what, advance, total)
GONE = frozenset({"http_404", "http_410"})


@dataclass
class CrawlResult:
    """Everything one council's crawl found. ``missing`` holds (council_id, url) pairs."""

    meetings: list[ListedMeeting] = field(default_factory=list)
    register: list[RegisterAttendance] = field(default_factory=list)
    documents: list[FetchedDocument] = field(default_factory=list)
    missing: list[tuple[str, str]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    requests: int = 0
    not_modified: int = 0


class HostBlocked(Exception):
    """robots.txt of a host could not be read: nothing more is requested from it this run."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.host = host


def council_hosts(council: Council) -> frozenset[str]:
    """Hosts a council's crawl may request and follow redirects to."""
    hosts = set()
    if council.base_url:
        hosts.add(host_key(council.base_url))
    for h in council.hosts:
        hosts.add(host_key(h) if "://" in h else h.lower())
    for u in council.urls:
        hosts.add(host_key(u))
    return frozenset(hosts)


class CrawlContext:
    def __init__(
        self,
        council: Council,
        *,
        client: PoliteClient,
        store: RawStore,
        state: CrawlState,
        settings: Settings,
        today: date,
        full: bool,
        progress: Progress | None = None,
    ) -> None:
        self.council = council
        self.client = client
        self.store = store
        self.state = state
        self.settings = settings
        self.today = today
        self.full = full
        self.progress = progress
        self.result = CrawlResult()
        self.allowed_hosts = council_hosts(council)
        self._blocked: set[str] = set()
        self._documents_seen: set[str] = set()
        self._failed_before: dict[str, str | None] = (
            dict(state.failing_urls(council.id)) if isinstance(state, FailureMemoryState) else {}
        )
        self._meetings_with_failures = {m for m in self._failed_before.values() if m}
        self._checked_after = datetime.now(UTC) - timedelta(hours=settings.recheck_after_hours)

    # ------------------------------------------------------------------ failures and progress
    def fail(
        self,
        reason: str,
        detail: str = "",
        url: str | None = None,
        sha256: str | None = None,
        *,
        meeting_id: str | None = None,
    ) -> None:
        self.result.failures.append(
            Failure("fetch", self.council.id, reason, detail[:2000], url, sha256, meeting_id)
        )

    def advance(self, what: str, n: int = 1, total: int | None = None) -> None:
        if self.progress is not None:
            self.progress(what, n, total)

    # ------------------------------------------------------------------ what to ask the site again
    def needs_poll(
        self, meeting_id: str, prior: KnownMeeting | None, meeting_date: date | None, recent_from: date
    ) -> bool:
        """Whether a held meeting's page (and documents) must be requested this run.

        Always on a full crawl, for a meeting not seen before, one still without minutes and
        one a document of which failed last run. A meeting with minutes is settled once it
        is older than the recent window (``recent_from``); inside it, it is re-checked
        unless it was checked less than ``recheck_after_hours`` ago (a same-day rerun does
        not re-ask for every page).
        """
        if self.full or prior is None or not prior.has_minutes or meeting_date is None:
            return True
        if meeting_id in self._meetings_with_failures:
            return True  # last run lost a document of it: nothing is left behind
        if meeting_date < recent_from:
            return False
        checked_at = prior.checked_at
        if checked_at is not None and checked_at.tzinfo is None:
            checked_at = checked_at.replace(tzinfo=UTC)
        return checked_at is None or checked_at < self._checked_after

    # ------------------------------------------------------------------ pages
    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET through the polite client, counting requests. Raises FetchError or HostBlocked."""
        host = host_key(url)
        if host in self._blocked:
            raise HostBlocked(host)
        try:
            response = self.client.get(
                url,
                allowed_hosts=self.allowed_hosts,
                etag=etag,
                last_modified=last_modified,
                max_bytes=max_bytes,
                retries=0 if url in self._failed_before else None,  # see FailureMemoryState
            )
        except FetchError as exc:
            self.result.requests += exc.attempts
            if exc.reason == "robots_unavailable":
                self._blocked.add(host)
                self.fail("robots_unavailable", f"{host} not crawled this run: {exc.detail}", url)
                raise HostBlocked(host) from exc
            raise
        self.result.requests += response.attempts
        return response

    def page(self, url: str, *, quiet: Iterable[str] = ()) -> FetchResult | None:
        """A page, or None after recording a Failure (reasons in ``quiet`` are not recorded)."""
        try:
            return self.fetch(url, max_bytes=min(self.settings.max_document_bytes, 20 * 1024 * 1024))
        except FetchError as exc:
            if exc.reason not in set(quiet):
                self.fail(exc.reason, exc.detail, exc.url or url)
            return None

    # ------------------------------------------------------------------ documents
    def fetch_document(
        self,
        url: str,
        *,
        kind: DocumentKind,
        meeting: ListedMeeting | None = None,
        title: str | None = None,
    ) -> FetchedDocument | None:
        """Fetch a document, conditionally when a stored version exists.

        Returns the new version, or None when it is unchanged (304 or same sha256), was
        already handled in this crawl, failed (a Failure is recorded) or is gone (it is
        reported as missing when it was known before).
        """
        if url in self._documents_seen:
            return None
        self._documents_seen.add(url)
        previous = self.state.previous_document(self.council.id, url)
        usable = previous is not None and self.store.exists(previous.storage_path)
        try:
            response = self.fetch(
                url,
                etag=previous.etag if usable and previous else None,
                last_modified=previous.last_modified if usable and previous else None,
            )
        except HostBlocked:
            return None  # recorded once when robots.txt failed; the site's other hosts go on
        except FetchError as exc:
            if exc.reason in GONE and previous is not None:
                self.result.missing.append((self.council.id, url))
            else:
                self.fail(
                    exc.reason,
                    exc.detail,
                    exc.url or url,
                    meeting_id=meeting.source_meeting_id if meeting else None,
                )
            return None
        if response.not_modified:
            self.result.not_modified += 1
            return None
        stored = self.store.put(response.content)
        if previous is not None and previous.sha256 == stored.sha256:
            self.result.not_modified += 1
            return None
        return self._record(
            url,
            stored,
            kind=kind,
            content_type=response.content_type,
            meeting=meeting,
            title=title,
            etag=response.etag,
            last_modified=response.last_modified,
        )

    def add_built_document(
        self,
        url: str,
        content: bytes,
        *,
        kind: DocumentKind,
        content_type: str,
        meeting: ListedMeeting | None = None,
        title: str | None = None,
    ) -> FetchedDocument | None:
        """A document assembled from pages (e.g. a meeting's HTML minutes); new only if its bytes changed."""
        if url in self._documents_seen:
            return None
        self._documents_seen.add(url)
        previous = self.state.previous_document(self.council.id, url)
        stored = self.store.put(content)
        if previous is not None and previous.sha256 == stored.sha256:
            return None
        return self._record(url, stored, kind=kind, content_type=content_type, meeting=meeting, title=title)

    def _record(
        self,
        url: str,
        stored: StoredFile,
        *,
        kind: DocumentKind,
        content_type: str | None,
        meeting: ListedMeeting | None,
        title: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchedDocument:
        """A new document version in the crawl's result."""
        doc = FetchedDocument(
            council_id=self.council.id,
            url=url,
            sha256=stored.sha256,
            size=stored.size,
            content_type=content_type,
            kind=kind,
            fetched_at=datetime.now(UTC),
            source_meeting_id=meeting.source_meeting_id if meeting else None,
            committee_name=meeting.committee_name if meeting else None,
            meeting_date=meeting.meeting_date if meeting else None,
            title=title,
            etag=etag,
            last_modified=last_modified,
            storage_path=stored.storage_path,
        )
        self.result.documents.append(doc)
        return doc

    def report_unlinked(self, source_meeting_id: str, linked_urls: Iterable[str]) -> None:
        """Documents the state knows for a re-polled meeting that the site no longer links: missing."""
        if not isinstance(self.state, MeetingDocumentsState):
            return
        linked = set(linked_urls)
        for url in self.state.meeting_documents(self.council.id, source_meeting_id):
            if url not in linked and (self.council.id, url) not in self.result.missing:
                self.result.missing.append((self.council.id, url))
