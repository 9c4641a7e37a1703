"""A small, hand-checkable warehouse input built from the pipeline's own typed records."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from minutebook.load import StateDB
from minutebook.load.state import match_key_of
from minutebook.records import (
    ActionEntry,
    AgendaItemEntry,
    AttendanceEntry,
    Council,
    DecisionEntry,
    ExtractedDocument,
    Failure,
    FetchedDocument,
    Line,
    ListedMeeting,
    MeetingInfo,
    ParsedMinutes,
    RegisterAttendance,
    Span,
)

COUNCIL = Council(
    id="sandbury",
    name="Sandbury Borough Council",
    platform="moderngov",
    base_url="http://127.0.0.1/democracy/",
)
BASE = "http://127.0.0.1/democracy/"


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _names(written: str) -> tuple[str | None, str, str, str]:
    parts = written.split()
    title = parts[0] if parts[0] in ("Councillor", "Cllr", "Mr", "Mrs", "Dr") else None
    name = " ".join(parts[1:] if title else parts)
    return title, name, _key(name), match_key_of(_key(name))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def minutes(
    body: str, day: date, people: list[tuple[str, str, str]], actions: int = 1
) -> tuple[ExtractedDocument, ParsedMinutes]:
    text = f"{body} - {day:%d %B %Y}\nPresent:\n" + "\n".join(p[1] for p in people)
    lines, offset = [], 0
    for i, t in enumerate(text.split("\n")):
        lines.append(Line(page=1 + i // 3, text=t, start=offset, end=offset + len(t)))
        offset += len(t) + 1
    doc = ExtractedDocument(
        sha256=sha(text), media_type="text", lines=lines, page_count=lines[-1].page, extractor_version="t1"
    )
    parsed = ParsedMinutes(
        meeting=MeetingInfo(
            council=COUNCIL.name,
            body=body,
            date=day.isoformat(),
            start_time="14:00",
            end_time="16:05",
            span=Span(1, 0, 10),
        ),
        attendance=[
            AttendanceEntry(
                name=n, title=t, role=None, status=s, person_key=_key(n), span=Span(1 + i // 3, 0, 5)
            )  # type: ignore[arg-type]
            for i, (t, n, s) in enumerate(people)
        ],
        actions=[
            ActionEntry(
                text=f"Report back on item {i + 1}",
                owners=["Head of Finance"],
                due="March 2024",
                agenda_item=str(i + 1),
                span=Span(2, 20, 40),
            )
            for i in range(actions)
        ],
        decisions=[
            DecisionEntry(text="RESOLVED that the report be noted.", agenda_item="1", span=Span(1, 30, 60))
        ],
        agenda_items=[AgendaItemEntry(number="1", title="Apologies", span=Span(1, 0, 9))],
        parser_version="test",
    )
    return doc, parsed


def load_synthetic(state: StateDB, run_id: str = "run-1") -> dict[str, object]:
    """Council with 4 listed meetings (2 held with minutes, 1 cancelled, 1 scheduled), a register and a failure."""
    state.start_run(run_id)
    state.upsert_councils([COUNCIL])
    meetings = [
        ListedMeeting(
            "sandbury",
            "101",
            "Cabinet",
            date(2024, 1, 10),
            "14:00",
            venue="Town Hall",
            url=BASE + "ieListDocuments.aspx?MId=101",
        ),
        ListedMeeting(
            "sandbury",
            "102",
            "Cabinet",
            date(2024, 2, 14),
            "14:00",
            url=BASE + "ieListDocuments.aspx?MId=102",
        ),
        ListedMeeting(
            "sandbury",
            "103",
            "Planning Committee",
            date(2024, 3, 1),
            status="cancelled",
            raw_status="Cancelled",
        ),
        ListedMeeting("sandbury", "104", "Planning Committee", date(2030, 1, 1), status="scheduled"),
    ]
    state.upsert_listed_meetings(meetings, run_id)
    m1 = minutes(
        "Cabinet",
        date(2024, 1, 10),
        [("Cllr", "A Smith", "present"), ("Mrs", "F M Oborski", "present"), ("Cllr", "B Jones", "apologies")],
        actions=2,
    )
    m2 = minutes(
        "Cabinet", date(2024, 2, 14), [("Cllr", "A Smith", "present"), ("Dr", "C Patel", "in_attendance")]
    )
    now = datetime.now(UTC)
    docs = []
    for mid, (doc, _) in (("101", m1), ("102", m2)):
        docs.append(
            FetchedDocument(
                "sandbury",
                BASE + f"documents/g{mid}/Printed minutes.pdf?T=1",
                doc.sha256,
                1000,
                "application/pdf",
                "minutes",
                now,
                source_meeting_id=mid,
                committee_name="Cabinet",
                storage_path=f"raw/documents/{doc.sha256}.pdf",
            )
        )
    state.record_documents(docs, run_id)
    state.replace_parsed([m1, m2])
    state.replace_register(
        [
            RegisterAttendance("sandbury", "101", "Councillor Alan Smith", "Chair", "Present", "present"),
            RegisterAttendance("sandbury", "101", "Councillor Brian Jones", None, "Apologies", "apologies"),
            RegisterAttendance("sandbury", "101", "Councillor Dee Evans", None, "Absent", "absent"),
        ],
        run_id,
        _names,
    )
    state.record_failures(
        [Failure("fetch", "sandbury", "truncated", "got 10 of 20 bytes", BASE + "documents/broken.pdf")],
        run_id,
    )
    return {"meetings": 4, "attendance_minutes": 5}
