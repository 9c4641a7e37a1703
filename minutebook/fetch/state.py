"""What the crawler needs to know about earlier runs to be incremental.

The crawler reads the state; it never writes it (the loader records crawl results).
``minutebook.load.state.StateDB`` implements :class:`CrawlState` over DuckDB;
:class:`MemoryCrawlState` is the in-memory one for tests and one-off crawls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import NamedTuple, Protocol, runtime_checkable

from minutebook.records import FetchedDocument, ListedMeeting


class KnownMeeting(NamedTuple):
    """A meeting already known from earlier runs, keyed by the site's meeting id."""

    meeting_date: date | None
    status: str
    has_minutes: bool
    checked_at: datetime | None = None  # when the site was last asked about it (listing or poll)


class PreviousDocumentLike(Protocol):
    """The latest non-superseded version of a document URL."""

    @property
    def sha256(self) -> str: ...
    @property
    def etag(self) -> str | None: ...
    @property
    def last_modified(self) -> str | None: ...
    @property
    def storage_path(self) -> str: ...


@dataclass(frozen=True)
class PreviousDocument:
    sha256: str
    etag: str | None
    last_modified: str | None
    storage_path: str


class CrawlState(Protocol):
    def previous_document(self, council_id: str, url: str) -> PreviousDocumentLike | None:
        """The latest non-superseded version of ``url`` (for conditional GET and change detection)."""
        ...

    def known_meetings(self, council_id: str) -> Mapping[str, KnownMeeting]:
        """Meetings already listed for the council: source_meeting_id -> (date, status, has_minutes)."""
        ...


@runtime_checkable
class MeetingDocumentsState(Protocol):
    """Optional extension: lets the crawler notice documents no longer linked from a re-polled meeting.

    A state without it still gets 404/410 documents reported as missing.
    """

    def meeting_documents(self, council_id: str, source_meeting_id: str) -> list[str]:
        """URLs of the current (not missing, not superseded) documents of a meeting."""
        ...


@runtime_checkable
class FailureMemoryState(Protocol):
    """Optional extension: URLs whose fetch failed in the previous run.

    The crawler re-polls their meetings even when those are settled (nothing is lost to one
    bad night), and gives each URL one attempt instead of a full retry cycle: the previous
    run already spent its retries and backoff on it, and a document that stays broken for
    weeks should cost the council one request a night, not five.
    """

    def failing_urls(self, council_id: str) -> Mapping[str, str | None]:
        """URL -> the site's meeting id (when the URL was one of its documents)."""
        ...


@dataclass
class _MemDoc:
    url: str
    source_meeting_id: str | None
    kind: str
    previous: PreviousDocument
    status: str = "current"


class MemoryCrawlState:
    """CrawlState (with meeting_documents) held in memory; ``record`` plays the loader's part."""

    def __init__(self) -> None:
        self._docs: dict[tuple[str, str], _MemDoc] = {}
        self._meetings: dict[tuple[str, str], tuple[ListedMeeting, datetime]] = {}

    def previous_document(self, council_id: str, url: str) -> PreviousDocument | None:
        doc = self._docs.get((council_id, url))
        return doc.previous if doc else None

    def known_meetings(self, council_id: str) -> dict[str, KnownMeeting]:
        out: dict[str, KnownMeeting] = {}
        for (cid, mid), (m, checked_at) in self._meetings.items():
            if cid != council_id:
                continue
            has_minutes = any(
                d.source_meeting_id == mid and d.kind in ("minutes", "minutes_html") and d.status == "current"
                for (dc, _u), d in self._docs.items()
                if dc == council_id
            )
            out[mid] = KnownMeeting(m.meeting_date, m.status, has_minutes, checked_at)
        return out

    def meeting_documents(self, council_id: str, source_meeting_id: str) -> list[str]:
        return [
            d.url
            for (cid, _u), d in self._docs.items()
            if cid == council_id and d.source_meeting_id == source_meeting_id and d.status == "current"
        ]

    def record(
        self,
        meetings: Iterable[ListedMeeting],
        documents: Iterable[FetchedDocument],
        missing: Iterable[object] = (),
    ) -> None:
        """Remember a crawl's results, as the loader would."""
        now = datetime.now(UTC)
        for m in meetings:
            self._meetings[(m.council_id, m.source_meeting_id)] = (m, now)
        for d in documents:
            self._docs[(d.council_id, d.url)] = _MemDoc(
                d.url,
                d.source_meeting_id,
                d.kind,
                PreviousDocument(d.sha256, d.etag, d.last_modified, d.storage_path),
            )
        for item in missing:
            council_id, url = _missing_key(item)
            doc = self._docs.get((council_id, url))
            if doc is not None:
                doc.status = "missing"


def _missing_key(item: object) -> tuple[str, str]:
    if isinstance(item, tuple):
        return str(item[0]), str(item[1])
    return str(item.council_id), str(item.url)  # type: ignore[attr-defined]
