"""The typed records that pass between stages, each defined once.

fetch   -> ListedMeeting, RegisterAttendance, FetchedDocument, Failure
extract -> ExtractedDocument (pages -> lines with page and character offsets)
parse   -> ParsedMinutes (meeting, attendance, actions, decisions, agenda items; each with a Span)
load    -> DuckDB ``raw.*`` tables, one per record type (see minutebook.load)

Every record that came from a document carries enough to go back to it: the
document's sha256 (and through raw.documents its URL), the page number and the
character offsets of the text it was read from.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Platform = Literal["moderngov", "cmis", "urls", "folder"]
MeetingStatus = Literal["held", "cancelled", "scheduled"]
AttendanceStatus = Literal["present", "in_attendance", "apologies", "absent"]
DocumentKind = Literal["minutes", "minutes_html", "agenda", "other"]
Stage = Literal["sources", "fetch", "extract", "parse", "load", "transform", "quality", "publish"]


def stable_id(*parts: object) -> str:
    """A short deterministic key from its parts (used for meeting, document and row ids)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def as_row(record: Any) -> dict[str, Any]:
    """A record as a flat dict for bulk loading (nested lists become lists)."""
    return asdict(record)


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class Council:
    """One entry of the sources file."""

    id: str
    name: str
    platform: Platform
    base_url: str | None = None
    committees: tuple[str, ...] = ()
    since: date | None = None
    urls: tuple[str, ...] = ()
    path: str | None = None
    # extra hosts the crawler may follow redirects to (besides base_url's host)
    hosts: tuple[str, ...] = ()


# --------------------------------------------------------------------------- fetch


@dataclass
class ListedMeeting:
    """A meeting as the council's site lists it (web service or HTML pages)."""

    council_id: str
    source_meeting_id: str
    committee_name: str
    meeting_date: date | None
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    venue: str | None = None
    status: MeetingStatus = "held"
    source_committee_id: str | None = None
    url: str | None = None  # the public meeting page (ieListDocuments.aspx…)
    listed_via: str = "html"  # webservice | html | folder | urls
    raw_status: str | None = None  # the site's own status text

    @property
    def meeting_id(self) -> str:
        return stable_id(self.council_id, self.source_meeting_id)


@dataclass
class RegisterAttendance:
    """One line of a meeting's attendance register (GetMeeting attendees / mgMeetingAttendance)."""

    council_id: str
    source_meeting_id: str
    person_name: str  # as the site writes it, honorific included
    role: str | None
    attendance_raw: str  # "Present", "Apologies, sent substitute", "Expected", …
    status: AttendanceStatus | None  # normalised; None for "Expected" and unknowns
    source_url: str | None = None


@dataclass
class FetchedDocument:
    """One downloaded document version, stored content-addressed under raw/."""

    council_id: str
    url: str
    sha256: str
    size: int
    content_type: str | None
    kind: DocumentKind
    fetched_at: datetime
    source_meeting_id: str | None = None
    committee_name: str | None = None
    meeting_date: date | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    storage_path: str = ""  # relative to the home dir, e.g. raw/ab/abcdef….pdf
    status: Literal["current", "superseded", "missing"] = "current"

    @property
    def document_id(self) -> str:
        """Stable per (council, URL): versions of the same URL share it; sha256 tells them apart."""
        return stable_id(self.council_id, self.url)


@dataclass
class Failure:
    """Anything that went wrong with one input. Recorded, never fatal to the run."""

    stage: Stage
    council_id: str | None
    reason: str  # short machine-readable code: http_500, timeout, truncated, no_text_layer, …
    detail: str = ""
    url: str | None = None
    document_sha256: str | None = None
    source_meeting_id: str | None = None  # the site's meeting a failed document belongs to


# --------------------------------------------------------------------------- extract


@dataclass
class Line:
    """One line of extracted text. ``start``/``end`` are offsets into ExtractedDocument.text."""

    page: int  # 1-based
    text: str
    start: int
    end: int
    heading: bool = False  # bold / capitals / <h*>: a cue for the parser, not a verdict


@dataclass
class ExtractedDocument:
    """Text of one document with its layout reduced to lines, pages and offsets.

    ``text`` is the lines joined with "\\n"; each Line's [start, end) slices it.
    Table rows keep their cells separated by a TAB.
    """

    sha256: str
    media_type: Literal["pdf", "html", "text"]
    lines: list[Line]
    page_count: int
    extractor_version: str

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def page_of(self, offset: int) -> int:
        """The page of the line holding a character offset (1 if there are no lines)."""
        page = 1
        for line in self.lines:
            if line.start > offset:
                break
            page = line.page
        return page


# --------------------------------------------------------------------------- parse


@dataclass
class Span:
    """Where in the extracted text a parsed item was read from."""

    page: int
    start: int
    end: int


@dataclass
class MeetingInfo:
    council: str | None = None
    body: str | None = None
    date: str | None = None  # YYYY-MM-DD
    start_time: str | None = None  # HH:MM
    end_time: str | None = None
    venue: str | None = None
    span: Span | None = None


@dataclass
class AttendanceEntry:
    name: str  # as written, without honorific
    title: str | None
    role: str | None
    status: AttendanceStatus
    partial: bool = False
    person_key: str = ""  # normalised name key (minutebook.parse.names)
    substitute: bool = False
    span: Span | None = None


@dataclass
class ActionEntry:
    text: str
    owners: list[str] = field(default_factory=list)
    due: str | None = None  # as written
    due_date: str | None = None  # YYYY-MM-DD when it can be read
    agenda_item: str | None = None
    span: Span | None = None


@dataclass
class DecisionEntry:
    text: str
    agenda_item: str | None = None
    span: Span | None = None


@dataclass
class AgendaItemEntry:
    number: str | None
    title: str
    span: Span | None = None


@dataclass
class ParsedMinutes:
    meeting: MeetingInfo
    attendance: list[AttendanceEntry] = field(default_factory=list)
    actions: list[ActionEntry] = field(default_factory=list)
    decisions: list[DecisionEntry] = field(default_factory=list)
    agenda_items: list[AgendaItemEntry] = field(default_factory=list)
    notes: str = ""
    source: str = ""
    parser_version: str = ""

    def to_schema(self) -> dict[str, Any]:
        """The JSON shape of shared/samples/SCHEMA.md, plus provenance keys (page, start, end)."""

        def prov(span: Span | None) -> dict[str, Any]:
            return {"page": span.page, "start": span.start, "end": span.end} if span else {}

        m = self.meeting
        return {
            "source": self.source,
            "meeting": {
                "council": m.council,
                "body": m.body,
                "date": m.date,
                "start_time": m.start_time,
                "end_time": m.end_time,
                "venue": m.venue,
            },
            "attendance": [
                {
                    "name": a.name,
                    "title": a.title,
                    "role": a.role,
                    "status": a.status,
                    "partial": a.partial,
                    "person_key": a.person_key,
                    **prov(a.span),
                }
                for a in self.attendance
            ],
            "actions": [
                {
                    "text": a.text,
                    "owners": list(a.owners),
                    "due": a.due,
                    "agenda_item": a.agenda_item,
                    **prov(a.span),
                }
                for a in self.actions
            ],
            "decisions": [
                {"text": d.text, "agenda_item": d.agenda_item, **prov(d.span)} for d in self.decisions
            ],
            "agenda_items": [
                {"number": i.number, "title": i.title, **prov(i.span)} for i in self.agenda_items
            ],
            "notes": self.notes,
        }
