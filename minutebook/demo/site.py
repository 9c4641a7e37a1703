"""A loopback imitation of a ModernGov council site: "Sandbury Borough Council" under ``/democracy``.

:class:`DemoSite` runs a ``ThreadingHTTPServer`` on 127.0.0.1 (never another address) in a
background thread and answers like a ModernGov install (see shared/reference/moderngov/SPEC.md):

* the web service ``mgWebService.asmx`` (``?WSDL``, ``GetCommittees``, ``GetMeetings``,
  ``GetMeeting``) with the real element names, padded counts (" 2"), dd/mm/yyyy dates,
  "10.00 am" times, escaped HTML inside elements and attendee attributes;
* the HTML pages ``mgListCommittees.aspx``, ``mgCommitteeDetails.aspx``, ``ieListMeetings.aspx``,
  ``ieListDocuments.aspx``, ``mgMeetingAttendance.aspx``, ``mgAi.aspx`` in ``div#modgov`` markup,
  with relative hrefs (raw spaces in document links) and ``&#47;`` / ``&#32;`` entities;
* documents: ``documents/g<MId>/Printed minutes ….pdf?T=1`` and ``mgConvert2PDF.aspx?ID=``
  (PDFs rendered by :mod:`minutebook.demo.pdfrender`, lazily, with ETag / Last-Modified and 304);
* ``/robots.txt`` at the host root.

Paths and parameter names are case-insensitive, as on IIS. With ``faults=True`` it shows the
faults real sites show: 403 for requests without a User-Agent or with a library default one
(python-urllib, curl, python-requests, python-httpx, Wget), one document answering 503 with
``Retry-After: 1`` the first time, one corrupt PDF, one download cut short of its Content-Length,
and a robots.txt that disallows ``mgRofI.aspx`` and one linked document folder. ``webservice=False``
switches the web service off (``?WSDL`` is 404, operations answer an HTML error page with 200) so a
crawler must fall back to the HTML pages. Missing web-service parameters give HTTP 500 with an HTML
body, as real installs do.

:meth:`DemoSite.expected` is the ground truth (meetings, statuses, documents, faults, gold
annotations) that tests assert the pipeline's output against.

Size: the default site (3 generated meetings per committee) has 17 meetings – 15 held with printed
minutes (3 of them the real samples), 1 cancelled, 1 scheduled – and a polite crawl needs about 70
requests with the web service (66 through the HTML pages alone), i.e. a little over a minute at one
request per second. ``meetings_per_committee=500`` gives a site of 2,000+ meetings for load tests;
PDFs are rendered on first request only.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from minutebook.demo.corpus import (
    Attendee,
    Item,
    Minutes,
    clock,
    committee_roster,
    compose,
    long_date,
    ordinal,
    people_pool,
)
from minutebook.demo.pdfrender import build_pdf
from minutebook.demo.server import (
    LOOPBACK,
    LoopbackSite,
    SiteHandler,
    document_validators,
    published_at,
)

COUNCIL_ID = "sandbury"
COUNCIL_NAME = "Sandbury Borough Council"
DEFAULT_TODAY = date(2026, 11, 1)

BLOCKED_AGENTS = re.compile(r"^(python-urllib|curl|wget|python-requests|python-httpx|go-http-client)/", re.I)
PARTIES = ("LAB", "CON", "LD", "GRN", "IND")
WARDS = (
    "Abbey",
    "Brookside",
    "Castle",
    "Delph",
    "Eastgate",
    "Fairfield",
    "Greenhill",
    "Holbeck",
    "Kingsmead",
)
CONTACT = "Democratic Services, 01632 960 123, democratic.services@sandbury.example"


@dataclass(frozen=True)
class CommitteeSpec:
    cid: int
    title: str
    category: str
    weekday: int  # Monday = 0
    start: int  # minutes after midnight
    venue: str
    style: str  # corpus layout of its minutes
    offset: int  # days before "today" of its latest generated meeting


COMMITTEES = (
    CommitteeSpec(101, "Cabinet", "Executive", 1, 600, "Council Chamber, Town Hall, Sandbury", "table", 12),
    CommitteeSpec(
        117,
        "Planning Committee",
        "Regulatory Committees",
        0,
        1080,
        "Council Chamber, Town Hall, Sandbury",
        "classic",
        20,
    ),
    CommitteeSpec(
        123,
        "Children's Services Improvement Board",
        "Boards and Partnerships",
        2,
        840,
        "Committee Room 1, Civic Centre, Sandbury",
        "stacked",
        30,
    ),
    CommitteeSpec(
        131,
        "Audit and Governance Committee",
        "Governance and Decision Making Committees",
        3,
        1140,
        "Committee Room 2, Civic Centre, Sandbury",
        "town",
        41,
    ),
)

# The three real sample minutes, placed on the Improvement Board on the dates their content gives.
SAMPLES = (
    (
        "west-sussex_improvement-board_2011-04-05",
        date(2011, 4, 5),
        840,
        "Committee Room 1, Civic Centre, Sandbury",
        False,
    ),
    (
        "lancashire_improvement-board_2017-08-01",
        date(2017, 8, 1),
        870,
        "Committee Room 'B' (The Diamond Jubilee Room) - County Hall, Preston",
        True,
    ),
    (
        "west-sussex_committee-agenda-item_2019",
        date(2019, 10, 16),
        630,
        "Committee Room 1, Civic Centre, Sandbury",
        False,
    ),
)
SAMPLE_CID = 123

REGISTER_WORDS = {
    "present": "Present",
    "apologies": "Apologies",
    "absent": "Absent",
    "in_attendance": "In attendance",
}


# --------------------------------------------------------------------------- site content


@dataclass
class Document:
    meeting_id: int
    attachment_id: int
    name: str  # file name under documents/g<MId>/
    title: str
    text: str
    header: str
    published: date
    fault: str | None = None  # retry_once_503 | corrupt_pdf | truncated | robots_disallowed
    _bytes: bytes | None = None
    _pages: int = 0

    @property
    def href(self) -> str:
        """As the HTML links it: relative, raw spaces."""
        return f"documents/g{self.meeting_id}/{self.name}?T=1"

    @property
    def path(self) -> str:
        return f"documents/g{self.meeting_id}/{self.name}"

    @property
    def last_modified(self) -> str:
        return published_at(self.published)


@dataclass
class Meeting:
    mid: int
    committee: CommitteeSpec
    day: date
    start: int
    venue: str
    status: str  # held | cancelled | scheduled
    items: list[Item] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    register: bool = False
    minutes: Document | None = None
    gold: dict[str, Any] | None = None
    source: str = "synthetic"
    register_rows: list[tuple[str, str, str, int]] = field(
        default_factory=list
    )  # name, role, attendance, uid
    item_ids: list[int] = field(default_factory=list)
    linked: list[Document] = field(default_factory=list)  # attachments on the "Minutes" item

    @property
    def raw_status(self) -> str:
        return "Cancelled" if self.status == "cancelled" else "Confirmed"

    @property
    def title_line(self) -> str:
        line = f"{self.committee.title} - {long_date(self.day)} {clock(self.start)}"
        return line + (", CANCELLED" if self.status == "cancelled" else "")


def _sample(name: str, ext: str) -> str:
    return resources.files("minutebook.demo").joinpath("samples", f"{name}.{ext}").read_text(encoding="utf-8")


def _weekday_on_or_before(d: date, weekday: int) -> date:
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def _printed_name(m: Meeting) -> str:
    h, mm = divmod(m.start, 60)
    d = m.day
    return f"Printed minutes {ordinal(d.day)}-{d:%b}-{d.year} {h:02d}.{mm:02d} {m.committee.title}.pdf"


def _sample_items(gold: dict[str, Any], text: str) -> list[Item]:
    items = []
    for i, ai in enumerate(gold.get("agenda_items", [])):
        items.append(Item(ai.get("number") or str(i + 1), ai["title"]))
    if "Minutes:" in text and len(items) == 1:  # the ModernGov agenda-item page: keep its minute
        body = text.split("Minutes:", 1)[1].split("Supporting documents:", 1)[0]
        items[0].paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip(" \n\u00a0")]
        items[0].number = "39"
    return items


def build_meetings(today: date, per_committee: int | dict[int, int], faults: bool) -> list[Meeting]:
    """Every meeting of the site, ids ascending with time (as ModernGov allocates them)."""
    pool = people_pool(COUNCIL_ID)
    drafts: list[tuple[date, CommitteeSpec, str, Any]] = []
    for spec in COMMITTEES:
        n = per_committee.get(spec.cid, 3) if isinstance(per_committee, dict) else per_committee
        span = max(730, n * 7)  # the oldest generated meeting is two years (or n weeks) back
        for k in range(n):
            back = spec.offset + round(k * span / max(n - 1, 1))
            day = _weekday_on_or_before(today - timedelta(days=back), spec.weekday)
            drafts.append((day, spec, "held", k))
    audit = next(s for s in COMMITTEES if s.cid == 131)
    cabinet = next(s for s in COMMITTEES if s.cid == 101)
    taken = {(d, s.cid) for d, s, _, _ in drafts}
    cancelled = _weekday_on_or_before(today - timedelta(days=150), audit.weekday)
    while (cancelled, audit.cid) in taken:
        cancelled -= timedelta(days=7)
    drafts.append((cancelled, audit, "cancelled", None))
    drafts.append(
        (_weekday_on_or_before(today + timedelta(days=29), cabinet.weekday), cabinet, "scheduled", None)
    )
    csib = next(s for s in COMMITTEES if s.cid == SAMPLE_CID)
    for sample in SAMPLES:
        drafts.append((sample[1], csib, "sample", sample))
    drafts.sort(key=lambda d: (d[0], d[1].cid))

    meetings: list[Meeting] = []
    rosters = {s.cid: committee_roster(s.title, pool, seed=COUNCIL_ID) for s in COMMITTEES}
    previous: dict[int, Meeting] = {}
    next_item = 18000
    next_att = 60000
    for n, (day, spec, kind, extra) in enumerate(drafts):
        mid = 4000 + n * 3 + (n % 2)  # ids ascend but are not contiguous
        if kind == "sample":
            name, _, start, venue, register = extra
            gold = json.loads(_sample(name, "json"))
            text = _sample(name, "txt")
            m = Meeting(mid, spec, day, start, venue, "held", source=f"sample:{name}", gold=gold)
            m.items = _sample_items(gold, text)
            if register:
                for i, row in enumerate(gold["attendance"]):
                    written = f"{row['title']} {row['name']}" if row.get("title") else row["name"]
                    written = written.replace(" CBE", "") + (
                        " CBE" if "CBE" in (row.get("title") or "") else ""
                    )
                    attendance = REGISTER_WORDS[row["status"]]
                    m.register_rows.append((written, row.get("role") or "", attendance, 9000 + i))
                m.register = True
            doc_text, header = text, f"{spec.title} - {long_date(day)}"
        elif kind == "held" or kind == "scheduled" or kind == "cancelled":
            prev = previous.get(spec.cid)
            mins: Minutes = compose(
                f"{COUNCIL_ID}:{spec.cid}:{day.isoformat()}",
                items=5,
                style=spec.style,
                council=COUNCIL_NAME,
                committee=spec.title,
                meeting_date=day,
                start_minutes=spec.start,
                venue=spec.venue,
                pool=pool,
                roster=rosters[spec.cid],
                previous_date=prev.day if prev else day - timedelta(days=42),
            )
            status = "held" if kind == "held" else kind
            m = Meeting(mid, spec, day, spec.start, spec.venue, status, attendees=mins.attendees)
            if status == "held":
                m.items, m.gold = mins.items, mins.gold
                m.register = extra % 2 == 0
                if m.register:
                    for a in mins.attendees:
                        written = (
                            f"Councillor {a.person.full_name()}"
                            if a.person.councillor
                            else a.person.full_name()
                        )
                        role = a.role if a.person.councillor else "Officer"
                        m.register_rows.append(
                            (written, role or "", REGISTER_WORDS[a.status], a.person.person_id)
                        )
            elif status == "scheduled":
                m.items = [Item(it.number, it.title) for it in mins.items]
            doc_text, header = mins.text, f"{spec.title} - {long_date(day)}"
        else:  # pragma: no cover - exhaustive
            raise AssertionError(kind)
        if m.status == "held":
            m.minutes = Document(
                mid,
                next_att,
                _printed_name(m),
                f"Printed minutes {long_date(day)} {clock(m.start)}",
                doc_text,
                header,
                published=min(day + timedelta(days=9), today - timedelta(days=1)),
            )
            next_att += 7
        if m.items:
            m.item_ids = list(range(next_item, next_item + len(m.items)))
            next_item += len(m.items) + 2
        prev = previous.get(spec.cid)
        if prev is not None and prev.minutes is not None and m.status != "cancelled" and m.items:
            m.linked.append(prev.minutes)
        if m.status != "cancelled":
            previous[spec.cid] = m
        meetings.append(m)

    if faults:
        for cid, fault in (
            (101, "retry_once_503"),
            (117, "corrupt_pdf"),
            (131, "truncated"),
            (123, "robots_disallowed"),
        ):
            held = [m for m in meetings if m.committee.cid == cid and m.minutes and m.source == "synthetic"]
            if held:
                held[-1].minutes.fault = fault  # type: ignore[union-attr]
    return meetings


# --------------------------------------------------------------------------- markup helpers


def _attr_text(text: str) -> str:
    """Entity-encoded title attribute, as ModernGov writes them ("Link&#32;to&#32;…")."""
    return html.escape(text, quote=True).replace(" ", "&#32;").replace(":", "&#58;")


def _ddmmyyyy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def _cell_date(d: date) -> str:
    return _ddmmyyyy(d).replace("/", "&#47;")


def _word_html(paragraphs: list[str]) -> str:
    """Minute text as Word-pasted HTML (div.WordSection1 > p.MsoNormal)."""
    ps = "\n".join(
        f'<p class="MsoNormal">{"<br>".join(html.escape(x, quote=False) for x in p.split(chr(10)))}</p>'
        for p in paragraphs
    )
    return f'<div class="WordSection1">\n{ps}\n</div>\n'


def _page(title: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8"><title>'
        f"{html.escape(title)} - {COUNCIL_NAME}</title></head>\n"
        '<body><div id="header"><p class="council">Sandbury Borough Council</p></div>\n'
        f'<div id="modgov">{body}\n<div class="mgFooter" >\n<p>&nbsp;</p>\n</div>\n</div>\n'
        '<div id="footer"><p>Sandbury Borough Council, Town Hall, Sandbury</p></div></body></html>\n'
    ).encode()


def _x(name: str, value: object, ind: str) -> str:
    """One XML element; empty values are a newline and indentation, as the real service writes them."""
    text = "" if value is None else str(value)
    if not text:
        return f"{ind}<{name}>\n{ind}</{name}>"
    return f"{ind}<{name}>{xml_escape(text)}</{name}>"


def _bool(v: bool) -> str:
    return "True" if v else "False"


def _parse_day(value: str) -> date | None:
    value = value.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- the site


class DemoSite(LoopbackSite):
    """The demo council site on 127.0.0.1. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    def __init__(
        self,
        port: int = 0,
        *,
        base_path: str = "/democracy",
        faults: bool = True,
        today: date | None = None,
        meetings_per_committee: int | dict[int, int] = 3,
        webservice: bool = True,
    ) -> None:
        super().__init__(port)
        self.base_path = "/" + base_path.strip("/") if base_path.strip("/") else ""
        self.faults = faults
        self.today = today or DEFAULT_TODAY
        self.webservice = webservice
        self.council_id = COUNCIL_ID
        self.council_name = COUNCIL_NAME
        self.committees = COMMITTEES
        self.meetings = build_meetings(self.today, meetings_per_committee, faults)
        self._by_mid = {m.mid: m for m in self.meetings}
        self._items: dict[int, tuple[Meeting, int]] = {
            iid: (m, i) for m in self.meetings for i, iid in enumerate(m.item_ids)
        }
        self._docs: dict[str, Document] = {}
        self._by_att: dict[int, Document] = {}
        for m in self.meetings:
            if m.minutes:
                self._docs[m.minutes.path.lower()] = m.minutes
                self._by_att[m.minutes.attachment_id] = m.minutes
        self._render_locks = {att: threading.Lock() for att in self._by_att}
        self._served_503: set[int] = set()

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{self.base_path}/"

    @property
    def root_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/"

    # ------------------------------------------------------------------ content access

    def document_bytes(self, doc: Document) -> bytes:
        """The bytes a document is served with (rendered once, then cached)."""
        with self._render_locks[doc.attachment_id]:  # one render per document, others in parallel
            if doc._bytes is None:
                if doc.fault == "corrupt_pdf":
                    rng = random.Random(doc.attachment_id)
                    doc._bytes = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(
                        rng.randrange(256) for _ in range(6000)
                    )
                    doc._pages = 0
                else:
                    doc._bytes, doc._pages = build_pdf(doc.text, header=doc.header)
            return doc._bytes

    def document_pages(self, doc: Document) -> int:
        self.document_bytes(doc)
        return doc._pages

    def documents(self) -> Iterator[Document]:
        for m in self.meetings:
            if m.minutes:
                yield m.minutes

    def robots_txt(self) -> str:
        lines = ["User-agent: *"]
        if self.faults:
            lines.append(f"Disallow: {self.base_path}/mgRofI.aspx")
            for d in self.documents():
                if d.fault == "robots_disallowed":
                    lines.append(f"Disallow: {self.base_path}/documents/g{d.meeting_id}/")
        lines.append(f"Disallow: {self.base_path}/mgCalendarMonthView.aspx?*&GL=1")
        return "\n".join(lines) + "\n"

    def document_url(self, doc: Document) -> str:
        """Absolute URL of the printed minutes, spaces percent-encoded (as a crawler should request it)."""
        return self.base_url + quote(doc.path) + "?T=1"

    def convert_url(self, doc: Document) -> str:
        return f"{self.base_url}mgConvert2PDF.aspx?ID={doc.attachment_id}"

    def meeting_url(self, m: Meeting) -> str:
        return f"{self.base_url}ieListDocuments.aspx?CId={m.committee.cid}&MId={m.mid}&Ver=4"

    def expected(self) -> dict[str, Any]:
        """Ground truth: meetings with status, which have minutes, which documents fail and why."""
        meetings = []
        for m in self.meetings:
            doc = m.minutes
            meetings.append(
                {
                    "source_meeting_id": str(m.mid),
                    "committee_id": m.committee.cid,
                    "committee_name": m.committee.title,
                    "meeting_date": m.day.isoformat(),
                    "start_time": f"{m.start // 60:02d}:{m.start % 60:02d}",
                    "venue": m.venue,
                    "status": m.status,
                    "raw_status": m.raw_status,
                    "url": self.meeting_url(m),
                    "title_line": m.title_line,
                    "has_minutes": doc is not None,
                    "minutes_url": self.document_url(doc) if doc else None,
                    "minutes_fault": doc.fault if doc else None,
                    "minutes_expected_ok": bool(doc) and doc.fault in (None, "retry_once_503"),  # type: ignore[union-attr]
                    "linked_attachments": [self.convert_url(d) for d in m.linked],
                    "has_register": m.register,
                    "register": [
                        {"name": n, "role": r or None, "attendance": a} for n, r, a, _ in m.register_rows
                    ],
                    "agenda_items": [{"number": it.number, "title": it.title} for it in m.items],
                    "source": m.source,
                    "gold": m.gold,
                }
            )
        documents = [
            {
                "source_meeting_id": str(d.meeting_id),
                "attachment_id": d.attachment_id,
                "url": self.document_url(d),
                "href": d.href,
                "convert_url": self.convert_url(d),
                "kind": "minutes",
                "fault": d.fault,
                "last_modified": d.last_modified,
            }
            for d in self.documents()
        ]
        faults = {d["fault"]: d["url"] for d in documents if d["fault"]}
        return {
            "council": {"id": COUNCIL_ID, "name": COUNCIL_NAME, "base_url": self.base_url},
            "today": self.today.isoformat(),
            "webservice": self.webservice,
            "committees": [
                {
                    "committee_id": s.cid,
                    "title": s.title,
                    "meetings": sum(1 for m in self.meetings if m.committee.cid == s.cid),
                }
                for s in COMMITTEES
            ],
            "meetings": meetings,
            "documents": documents,
            "faults": faults,
            "robots_disallowed": [
                line.split(": ", 1)[1]
                for line in self.robots_txt().splitlines()
                if line.startswith("Disallow")
            ],
            "blocked_user_agents": "empty, python-urllib/, curl/, Wget/, python-requests/, python-httpx/, Go-http-client/",
            "counts": {
                "meetings": len(self.meetings),
                "held": sum(m.status == "held" for m in self.meetings),
                "cancelled": sum(m.status == "cancelled" for m in self.meetings),
                "scheduled": sum(m.status == "scheduled" for m in self.meetings),
                "with_minutes": sum(m.minutes is not None for m in self.meetings),
                "with_register": sum(m.register for m in self.meetings),
                "linked_attachments": sum(len(m.linked) for m in self.meetings),
            },
        }

    # ------------------------------------------------------------------ web service

    def ws_committees(self) -> str:
        out = [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<committees>",
            f"  <committeescount> {len(COMMITTEES)}</committeescount>",
        ]
        for s in COMMITTEES:
            out += [
                "  <committee>",
                _x("committeeid", s.cid, "    "),
                _x("committeetitle", s.title, "    "),
                _x("committeedeleted", "False", "    "),
                _x("committeeexpired", "False", "    "),
                _x("committeecategory", s.category, "    "),
                "  </committee>",
            ]
        out.append("</committees>")
        return "\n".join(out) + "\n"

    def ws_meetings(self, cid: int, start: date, end: date) -> str:
        chosen = [m for m in self.meetings if (cid == 0 or m.committee.cid == cid) and start <= m.day <= end]
        groups = [(s, [m for m in chosen if m.committee.cid == s.cid]) for s in COMMITTEES]
        groups = [(s, ms) for s, ms in groups if ms]
        out = [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<getmeetings>",
            f"  <meetingscount> {len(chosen)}</meetingscount>",
            f"  <committeescount> {len(groups)}</committeescount>",
        ]
        for s, ms in groups:
            out += [
                "  <committee>",
                _x("committeeid", s.cid, "    "),
                _x("committeetitle", s.title, "    "),
                f"    <committeemeetingcount> {len(ms)}</committeemeetingcount>",
                "    <committeemeetings>",
            ]
            for m in ms:
                out += [
                    "      <meeting>",
                    _x("meetingid", m.mid, "        "),
                    _x("meetingdate", _ddmmyyyy(m.day), "        "),
                    _x("meetingstatus", m.raw_status, "        "),
                    _x("meetingtime", clock(m.start), "        "),
                    _x("iswebcast", "False", "        "),
                    "      </meeting>",
                ]
            out += ["    </committeemeetings>", "  </committee>"]
        out.append("</getmeetings>")
        return "\n".join(out) + "\n"

    def ws_meeting(self, m: Meeting) -> str:
        i1, i2 = "  ", "    "
        held = m.status == "held"
        out = [
            '<?xml version="1.0" encoding="utf-8"?>',
            "<meeting>",
            _x("meetingid", m.mid, i1),
            _x("meetingdate", _ddmmyyyy(m.day), i1),
            _x("meetingstatus", m.raw_status, i1),
            _x("isdisplayallowed", "True", i1),
            _x("meetingtime", clock(m.start), i1),
            _x("meetingactualstarttime", "", i1),
            _x("meetingplannedfinishtime", clock(min(m.start + 180, 23 * 60)), i1),
            _x("meetingactualfinishtime", "", i1),
            _x("meetinglocation", m.venue, i1),
            _x("iswebcast", "False", i1),
            _x("agendaid", m.mid, i1),
            _x("agendapublished", _bool(m.status != "cancelled"), i1),
            _x("decisionpublished", "False", i1),
            _x("minutepublished", _bool(held and m.minutes is not None), i1),
            _x("meetingroom", "", i1),
        ]
        if not m.items:
            out += [f"{i1}<agendaitems>", f"{i1}</agendaitems>"]
        else:
            out.append(f"{i1}<agendaitems>")
            for idx, (iid, it) in enumerate(zip(m.item_ids, m.items, strict=True)):
                i3, i4, i5 = "      ", "        ", "          "
                minute_html = _word_html(it.paragraphs) if (held and it.paragraphs) else ""
                agenda_html = _word_html([_agenda_text(it, m)])
                out += [
                    f"{i2}<agendaitem>",
                    _x("agendaitemid", iid, i3),
                    _x("agendaitemtitle", it.title, i3),
                    _x("agendatext", agenda_html, i3),
                    _x("actualmeetingdate", _ddmmyyyy(m.day), i3),
                    _x("agendaitemnumber", idx + 3, i3),
                    _x("agendaitemsubnumber", "", i3),
                    _x("fulldisplaynumberformat", f"{it.number}.", i3),
                    _x("authorusername", "", i3),
                    _x("commentlabel1", "Presented By", i3),
                    _x("commenttext1", "", i3),
                    _x("commentlabel2", "Actions", i3),
                    _x("commenttext2", "", i3),
                    _x("minutesnonemptyhtmlbody", minute_html, i3),
                    _x("declarationcount", "0", i3),
                    _x("iscallin", "False", i3),
                    _x("iscomment", "False", i3),
                    _x("isdecision", _bool(bool(it.decisions)), i3),
                    _x("isdecisionpublished", "False", i3),
                    _x("isminutepublished", _bool(bool(minute_html)), i3),
                    _x("ispubliccanspeak", "False", i3),
                    _x("isrestricted", "False", i3),
                    _x("isdisplayallowed", "True", i3),
                    _x("meetingdate", _ddmmyyyy(m.day), i3),
                    _x("meetingtime", clock(m.start), i3),
                    _x("minutesitemnumber", it.number, i3),
                    _x("minutesitemsubnumber", "", i3),
                    _x("preferreddate", _ddmmyyyy(m.day), i3),
                    _x("refertocommittee", m.committee.title, i3),
                ]
                linked = m.linked if it.title.lower().startswith("minutes") else []
                if not linked:
                    out += [f"{i3}<linkeddocuments>", f"{i3}</linkeddocuments>"]
                else:
                    out.append(f"{i3}<linkeddocuments>")
                    for d in linked:
                        prev = self._by_mid[d.meeting_id]
                        out += [
                            f"{i4}<linkeddoc>",
                            _x("attachmentid", d.attachment_id, i5),
                            _x(
                                "title",
                                f"CHAIR APPROVED  Minutes {prev.committee.title} {prev.day:%d %b %Y}",
                                i5,
                            ),
                            _x("isurl", "False", i5),
                            _x("url", self.convert_url(d), i5),
                            _x("isrestricted", "False", i5),
                            _x("restrictionsRef", "", i5),
                            _x("itemnum", "1", i5),
                            _x("publicationdate", _ddmmyyyy(max(m.day - timedelta(days=8), d.published)), i5),
                            _x("meetingdate", _ddmmyyyy(m.day), i5),
                            _x("decisiondate", _ddmmyyyy(m.day), i5),
                            _x("committeetitle", m.committee.title, i5),
                            _x("isdecisionattachment", "False", i5),
                            _x("ownertitle", it.title, i5),
                            f"{i4}</linkeddoc>",
                        ]
                    out.append(f"{i3}</linkeddocuments>")
                out.append(f"{i2}</agendaitem>")
            out.append(f"{i1}</agendaitems>")
        out.append(f"{i1}<attendees>")
        for name, role, attendance, uid in self._attendees(m):
            attrs = {
                "membertype": "U",
                "memberid": str(uid),
                "name": name,
                "roledescription": role,
                "attendance": attendance,
                "politicalparty": PARTIES[uid % len(PARTIES)] if name.startswith("Councillor") else "",
                "ward": WARDS[uid % len(WARDS)] if name.startswith("Councillor") else "",
            }
            attr_text = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
            out += [
                f"{i2}<attendee {attr_text}>",
                _x("url", f"{self.base_url}mgUserInfo.aspx?UID={uid}", "      "),
                f"{i2}</attendee>",
            ]
        out += [f"{i1}</attendees>", "</meeting>"]
        return "\n".join(out) + "\n"

    def _attendees(self, m: Meeting) -> list[tuple[str, str, str, int]]:
        """Register rows after the meeting; "Expected" committee members before it (or when cancelled)."""
        if m.status == "held":
            return m.register_rows if m.register else []
        rows = []
        for a in m.attendees:
            if a.person.councillor:
                rows.append(
                    (
                        f"Councillor {a.person.full_name()}",
                        a.role or "Committee Member",
                        "Expected",
                        a.person.person_id,
                    )
                )
        return rows

    # ------------------------------------------------------------------ HTML pages

    def page_committees(self) -> bytes:
        parts = [
            '<div class="mgHeader"><h1  class="mgMainTitleTxt" >Committee structure</h1></div>',
            '<div class="mgContent" >',
        ]
        for category in dict.fromkeys(s.category for s in COMMITTEES):
            parts.append(
                f'<h2 class="mgSectionTitle">{html.escape(category)}</h2>\n<ul  class="mgBulletList" >'
            )
            for s in COMMITTEES:
                if s.category == category:
                    parts.append(
                        f'<li><a  href="mgCommitteeDetails.aspx?ID={s.cid}"  title="{_attr_text("Link to committee details for " + s.title)}">'
                        f"{html.escape(s.title)}</a></li>"
                    )
            parts.append("</ul>")
        parts.append("</div>")
        return _page("Committee structure", "\n".join(parts))

    def page_committee(self, spec: CommitteeSpec) -> bytes:
        members = committee_roster(spec.title, people_pool(COUNCIL_ID), seed=COUNCIL_ID)
        rows = "\n".join(
            f'<li><a  href="mgUserInfo.aspx?UID={mb.person.person_id}" >Councillor {html.escape(mb.person.full_name())}</a>'
            f" ({html.escape(mb.role or '')})</li>"
            for mb in members
        )
        body = (
            '<div class="mgHeader"><h1  class="mgMainTitleTxt" >Committee details</h1></div>\n'
            f'<div class="mgSubTitle" >\n<h2 class="mgSubTitleTxt">{html.escape(spec.title)}</h2>\n</div>\n'
            '<div class="mgLinks" >\n<ul  class="mgActionList" >\n'
            f'<li><a  href="ieListMeetings.aspx?CId={spec.cid}&amp;Year=0"  title="{_attr_text("Link to meetings of " + spec.title)}">Browse meetings</a></li>\n'
            "</ul>\n</div>\n"
            f'<div class="mgContent" >\n<h3 class="mgSubSubTitleTxt">Membership</h3>\n<ul  class="mgBulletList" >\n{rows}\n</ul>\n'
            f'<p><span  class="mgLabel" >Contact information: </span>{html.escape(CONTACT)}</p>\n</div>'
        )
        return _page(spec.title, body)

    def page_meetings(self, spec: CommitteeSpec, year: int) -> bytes:
        mine = [m for m in self.meetings if m.committee.cid == spec.cid]
        years = sorted({m.day.year for m in mine}, reverse=True)
        if year == 0:
            shown = [m for m in mine if m.day.year == self.today.year or m.day >= self.today]
        else:
            shown = [m for m in mine if m.day.year == year]
        year_links = "\n".join(
            f'<li><a  href="ieListMeetings.aspx?CId={spec.cid}&amp;Year={y}"  title="{_attr_text(f"Link to meetings in {y}")}">{y}</a></li>'
            for y in years
        )
        items = []
        for m in sorted(shown, key=lambda x: x.day, reverse=True):
            text = f"{m.day.day} {m.day:%b} {m.day.year} {clock(m.start)}" + (
                " CANCELLED" if m.status == "cancelled" else ""
            )
            items.append(
                f'<li><a  href="ieListDocuments.aspx?CId={spec.cid}&amp;MId={m.mid}&amp;Ver=4"  '
                f'title="{_attr_text("Link to meeting " + m.title_line)}">{text}</a></li>'
            )
        listing = (
            '<ul  class="mgBulletList" >\n' + "\n".join(items) + "\n</ul>"
            if items
            else "<p>There are no meetings to show for this period.</p>"
        )
        body = (
            '<div class="mgHeader"><h1  class="mgMainTitleTxt" >Browse meetings</h1></div>\n'
            f'<div class="mgSubTitle" >\n<h2 class="mgSubTitleTxt">{html.escape(spec.title)}</h2>\n</div>\n'
            '<div class="mgContent" >\n'
            f"<p>This page lists the meetings for {html.escape(spec.title)}.</p>\n"
            f'<ul  class="mgActionList" >\n{year_links}\n</ul>\n'
            f'<h3 class="mgSubSubTitleTxt">Meetings{"" if year == 0 else f" in {year}"}</h3>\n{listing}\n</div>'
        )
        return _page(spec.title, body)

    def page_meeting(self, m: Meeting) -> bytes:
        held = m.status == "held"
        heading = "Agenda and minutes" if (held and m.minutes) else "Agenda"
        links = []
        if m.register:
            links.append(
                f'<li><a  href="mgMeetingAttendance.aspx?ID={m.mid}"  title="{_attr_text("Link to attendance details for " + m.title_line)}">Attendance details</a></li>'
            )
        if m.minutes:
            size = max(1, round(len(m.minutes.text.encode()) / 1024) + 3)  # a label; no render needed
            links.append(
                f'<li><a  href="{html.escape(m.minutes.href, quote=True)}"  title="{_attr_text("Link to printed minutes for " + m.title_line)}">'
                f'Printed minutes <span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> PDF {size} KB</span></a></li>'
            )
        rows = []
        for iid, it in zip(m.item_ids, m.items, strict=True):
            minute = ""
            if held and it.paragraphs:
                minute = f'\n<p class="mgLabel" >Minutes:</p>\n<div class="mgWordPara">{_word_html(it.paragraphs)}</div>'
            linked = ""
            if m.linked and it.title.lower().startswith("minutes"):
                lis = "\n".join(
                    f'<li><a  href="mgConvert2PDF.aspx?ID={d.attachment_id}"  title="{_attr_text("Link to file Minutes " + self._by_mid[d.meeting_id].title_line)}">'
                    f"Minutes {html.escape(self._by_mid[d.meeting_id].committee.title)} {self._by_mid[d.meeting_id].day:%d %b %Y}"
                    '<span  class="mgHide" > ref&#58; ' + str(d.attachment_id) + "</span></a></li>"
                    for d in m.linked
                )
                linked = f'\n<p class="mgLabel" >Additional documents:</p>\n<ul  class="mgBulletList" >\n{lis}\n</ul>'
            rows.append(
                f'<tr><td class="mgItemNumberCell" ><p  class="mgAiTitleTxt" >{html.escape(it.number)}.</p></td>'
                f'<td><p  class="mgAiTitleTxt" ><a  href="mgAi.aspx?ID={iid}"  class="mgAiTitleLnk" >{html.escape(it.title)}</a></p>\n'
                f'<div class="mgWordPara">{_word_html([_agenda_text(it, m)])}</div>{linked}{minute}\n</td></tr>'
            )
        table = (
            '<table class="mgItemTable" id="mgItemTable" summary="Table of agenda items">\n'
            '<tr><th scope="col" >No.</th><th scope="col" >Item</th></tr>\n' + "\n".join(rows) + "\n</table>"
            if rows
            else "<p>There are no items to show for this meeting.</p>"
        )
        body = (
            f'<div class="mgHeader"><h1  class="mgMainTitleTxt" >{heading}</h1></div>\n'
            f'<div class="mgSubTitle" >\n<h2 class="mgSubTitleTxt">{html.escape(m.title_line)}</h2>\n</div>\n'
            + (
                f'<div class="mgLinks" >\n<ul  class="mgActionList" >\n{chr(10).join(links)}\n</ul>\n</div>\n'
                if links
                else ""
            )
            + '<div class="mgContent" >\n'
            f'<p><span  class="mgLabel" >Venue: </span>{html.escape(m.venue)}</p>\n'
            f'<p><span  class="mgLabel" >Contact: </span>{html.escape(CONTACT)}</p>\n'
            + (
                '<p class="mgSectionTitle">Items</p>\n' + table
                if m.status != "cancelled"
                else "<p>This meeting has been cancelled.</p>"
            )
            + "\n</div>"
        )
        return _page(m.title_line, body)

    def page_attendance(self, m: Meeting) -> bytes:
        rows = self._attendees(m) if (m.register or m.status != "held") else []
        if rows:
            members = [r for r in rows if r[1] != "Officer"]
            officers = [r for r in rows if r[1] == "Officer"]
            tables = []
            for caption, group in (("Attendance details", members), ("Also present", officers)):
                if not group:
                    continue
                trs = "\n".join(
                    f'<tr class="{"mgTableOddRow" if i % 2 == 0 else "mgTableEvenRow"}"><td class="mgMainTxt" >'
                    + (
                        f'<a  href="mgUserInfo.aspx?UID={uid}" >{html.escape(name)}</a>'
                        if uid
                        else html.escape(name)
                    )
                    + f'</td><td class="mgMainTxt" >{html.escape(role)}</td><td class="mgMainTxt" >{html.escape(att)}</td></tr>'
                    for i, (name, role, att, uid) in enumerate(group)
                )
                tables.append(
                    f'<table class="mgTabTable"  summary="Table of attendance">\n<caption  class="mgSectionTitle" >{caption}</caption>\n'
                    '<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th></tr></thead>\n'
                    f"<tbody>\n{trs}\n</tbody></table>"
                )
            content = "\n".join(tables)
        else:
            content = "<p>No attendance information has been recorded for this meeting.</p>"
        body = (
            '<div class="mgHeader"><h1  class="mgMainTitleTxt" >Attendance details</h1></div>\n'
            f'<div class="mgSubTitle" >\n<h2 class="mgSubTitleTxt">{html.escape(m.title_line)}</h2>\n</div>\n'
            f'<div class="mgContent" >\n{content}\n</div>'
        )
        return _page("Attendance details", body)

    def page_item(self, m: Meeting, index: int) -> bytes:
        it = m.items[index]
        minute = ""
        if m.status == "held" and it.paragraphs:
            minute = f'\n<h3 class="mgSubSubTitleTxt">Minutes:</h3>\n<div class="mgWordPara">{_word_html(it.paragraphs)}</div>'
        body = (
            '<div class="mgHeader"><h1  class="mgMainTitleTxt" >Agenda item</h1></div>\n'
            f'<div class="mgSubTitle" >\n<h2 class="mgSubTitleTxt">{html.escape(it.title)}</h2>\n</div>\n'
            '<div class="mgContent" >\n'
            f'<p><span  class="mgLabel" >Meeting: </span><a  href="ieListDocuments.aspx?CId={m.committee.cid}&amp;MId={m.mid}&amp;Ver=4" >'
            f"{_cell_date(m.day)} - {html.escape(m.committee.title)} (Item {html.escape(it.number)}.)</a></p>\n"
            f'<div class="mgWordPara">{_word_html([_agenda_text(it, m)])}</div>{minute}\n</div>'
        )
        return _page("Agenda item", body)

    def page_error(self, message: str) -> bytes:
        return (
            "<!DOCTYPE html>\n<html><head><title>Runtime Error</title></head><body>"
            "<h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2>"
            f"<p><b>Description: </b>{html.escape(message)}</p></body></html>\n"
        ).encode()


def _agenda_text(it: Item, m: Meeting) -> str:
    t = it.title.lower()
    if t.startswith("apologies"):
        return "To receive apologies for absence."
    if t.startswith("declarations"):
        return "To receive any declarations of interest from Members."
    if t.startswith("minutes"):
        return "To approve as a correct record the minutes of the previous meeting."
    return f"Report of the officers on {it.title}."


WSDL = """<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:s="http://www.w3.org/2001/XMLSchema" targetNamespace="http://moderngov.co.uk/namespaces">
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="http://moderngov.co.uk/namespaces">
      <s:element name="GetCommittees"><s:complexType /></s:element>
      <s:element name="GetMeetings"><s:complexType><s:sequence>
        <s:element minOccurs="1" maxOccurs="1" name="lCommitteeId" type="s:int" />
        <s:element minOccurs="0" maxOccurs="1" name="sFromDate" type="s:string" />
        <s:element minOccurs="0" maxOccurs="1" name="sToDate" type="s:string" />
      </s:sequence></s:complexType></s:element>
      <s:element name="GetMeeting"><s:complexType><s:sequence>
        <s:element minOccurs="1" maxOccurs="1" name="lMeetingId" type="s:int" />
      </s:sequence></s:complexType></s:element>
    </s:schema>
  </wsdl:types>
  <wsdl:portType name="mgWebServiceSoap">
    <wsdl:operation name="GetCommittees" />
    <wsdl:operation name="GetMeetings" />
    <wsdl:operation name="GetMeeting" />
  </wsdl:portType>
  <wsdl:service name="mgWebService" />
</wsdl:definitions>
"""


# --------------------------------------------------------------------------- HTTP handler


class _Handler(SiteHandler):
    site: DemoSite

    def do_GET(self) -> None:
        self.arrived = time.time()
        self._dispatch(head=False)

    def do_HEAD(self) -> None:
        self.arrived = time.time()
        self._dispatch(head=True)

    def _dispatch(self, head: bool) -> None:
        site = self.site
        try:
            ua = self.headers.get("User-Agent", "")
            if site.faults and (not ua.strip() or BLOCKED_AGENTS.match(ua.strip())):
                self._send(
                    403,
                    site.page_error("Access denied: automated requests must identify themselves."),
                    head=head,
                )
                return
            split = urlsplit(self.path)
            path = unquote(split.path)
            params = {k.lower(): v for k, v in parse_qsl(split.query, keep_blank_values=True)}
            base = site.base_path.lower()
            low = path.lower()
            if low == "/robots.txt":
                self._send(200, site.robots_txt().encode(), "text/plain; charset=utf-8", head=head)
                return
            if base and low == base:
                self._send(301, b"", headers={"Location": site.base_url}, head=head)
                return
            if not low.startswith(base + "/"):
                self._send(404, site.page_error("The resource cannot be found."), head=head)
                return
            rel = path[len(base) + 1 :]
            self._route(rel, rel.lower(), split.query, params, head)
        except (BrokenPipeError, ConnectionResetError):
            return

    def _route(self, rel: str, low: str, query: str, params: dict[str, str], head: bool) -> None:
        site = self.site
        if low in ("", "default.aspx", "iedochome.aspx"):
            self._send(302, b"", headers={"Location": site.base_url + "mgListCommittees.aspx"}, head=head)
        elif low.startswith("mgwebservice.asmx"):
            self._webservice(low, query, params, head)
        elif low == "mglistcommittees.aspx":
            self._send(200, site.page_committees(), head=head)
        elif low == "mgcommitteedetails.aspx":
            spec = _committee(params.get("id"))
            self._html_or_404(site.page_committee(spec) if spec else None, head)
        elif low == "ielistmeetings.aspx":
            spec = _committee(params.get("cid") or params.get("committeeid"))
            year = _int(params.get("year", "0")) or 0
            self._html_or_404(site.page_meetings(spec, year) if spec else None, head)
        elif low == "ielistdocuments.aspx":
            m = site._by_mid.get(_int(params.get("mid") or params.get("meetingid")) or -1)
            self._html_or_404(site.page_meeting(m) if m else None, head)
        elif low == "mgmeetingattendance.aspx":
            m = site._by_mid.get(_int(params.get("id")) or -1)
            self._html_or_404(site.page_attendance(m) if m else None, head)
        elif low == "mgai.aspx":
            found = site._items.get(_int(params.get("id")) or -1)
            self._html_or_404(site.page_item(*found) if found else None, head)
        elif low == "mgrofi.aspx":
            self._send(
                200,
                _page("Register of interests", '<h1 class="mgMainTitleTxt">Register of interests</h1>'),
                head=head,
            )
        elif low == "mgconvert2pdf.aspx":
            doc = site._by_att.get(_int(params.get("id")) or -1)
            self._document(doc, head)
        elif low.startswith("documents/"):
            doc = site._docs.get(low) or site._docs.get(low.replace("+", " "))
            self._document(doc, head)
        else:
            self._send(404, site.page_error("The resource cannot be found."), head=head)

    def _html_or_404(self, body: bytes | None, head: bool) -> None:
        if body is None:
            self._send(404, self.site.page_error("The requested item could not be found."), head=head)
        else:
            self._send(200, body, head=head)

    def _webservice(self, low: str, query: str, params: dict[str, str], head: bool) -> None:
        site = self.site
        xml_type = "text/xml; charset=utf-8"
        op = low.split("/", 1)[1] if "/" in low else ""
        if not site.webservice:
            if not op:
                self._send(404, site.page_error("The resource cannot be found."), head=head)
            else:
                self._send(200, site.page_error("The web service is not available on this site."), head=head)
            return
        if not op:
            if query.lower() == "wsdl":
                self._send(200, WSDL.encode(), xml_type, head=head)
            else:
                self._send(
                    200,
                    _page(
                        "mgWebService",
                        "<h1>mgWebService</h1><ul><li>GetCommittees</li><li>GetMeetings</li><li>GetMeeting</li></ul>",
                    ),
                    head=head,
                )
            return
        if op == "getcommittees":
            self._send(200, site.ws_committees().encode(), xml_type, head=head)
        elif op == "getmeetings":
            cid = _int(params.get("lcommitteeid"))
            start = _parse_day(params.get("sfromdate", ""))
            end = _parse_day(params.get("stodate", ""))
            if cid is None or start is None or end is None:
                self._send(
                    500,
                    site.page_error(
                        "Missing or invalid parameter: lCommitteeId, sFromDate and sToDate are required."
                    ),
                    head=head,
                )
            else:
                self._send(200, site.ws_meetings(cid, start, end).encode(), xml_type, head=head)
        elif op == "getmeeting":
            m = site._by_mid.get(_int(params.get("lmeetingid")) or -1)
            if m is None:
                self._send(
                    500, site.page_error("Object reference not set to an instance of an object."), head=head
                )
            else:
                self._send(200, site.ws_meeting(m).encode(), xml_type, head=head)
        else:
            self._send(500, site.page_error(f"Unknown web method {op}."), head=head)

    def _document(self, doc: Document | None, head: bool) -> None:
        site = self.site
        if doc is None:
            self._send(404, site.page_error("The document cannot be found."), head=head)
            return
        if doc.fault == "retry_once_503":
            with site._lock:
                first = doc.attachment_id not in site._served_503
                site._served_503.add(doc.attachment_id)
            if first:
                self._send(
                    503, site.page_error("Service Unavailable"), headers={"Retry-After": "1"}, head=head
                )
                return
        body = site.document_bytes(doc)
        headers = document_validators(body, doc.last_modified)
        if self.not_modified(headers):
            self._send(304, headers=headers, head=head)
            return
        if doc.fault == "truncated" and not head:
            cut = len(body) // 2
            self._send(200, body[:cut], "application/pdf", headers, declared_length=len(body))
            return
        self._send(200, body, "application/pdf", headers, head=head)


DemoSite.handler = _Handler


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def _committee(value: str | None) -> CommitteeSpec | None:
    cid = _int(value)
    return next((s for s in COMMITTEES if s.cid == cid), None)


# --------------------------------------------------------------------------- manual use


def serve_forever(
    port: int = 8080, *, faults: bool = True, webservice: bool = True, meetings_per_committee: int = 3
) -> None:
    """Run the demo site in the foreground until interrupted (Ctrl-C)."""
    with DemoSite(
        port, faults=faults, webservice=webservice, meetings_per_committee=meetings_per_committee
    ) as site:
        counts = site.expected()["counts"]
        print(f"Sandbury Borough Council (demo ModernGov site) at {site.base_url}")
        print(f"{counts['meetings']} meetings, {counts['with_minutes']} printed minutes; Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the Minutebook demo council site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--no-faults", action="store_true", help="serve without the injected faults")
    parser.add_argument("--no-webservice", action="store_true", help="switch mgWebService.asmx off")
    parser.add_argument("--meetings-per-committee", type=int, default=3)
    args = parser.parse_args(argv)
    serve_forever(
        args.port,
        faults=not args.no_faults,
        webservice=not args.no_webservice,
        meetings_per_committee=args.meetings_per_committee,
    )


if __name__ == "__main__":
    main()
