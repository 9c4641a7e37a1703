"""A loopback imitation of a CMIS council site: "Westshire County Council" under ``/cmis5``.

:class:`CmisSite` runs a ``ThreadingHTTPServer`` on 127.0.0.1 (never another address) in a
background thread and answers like a CMIS (DotNetNuke) install, with the markup of the real
Birmingham samples (shared/reference/moderngov/samples/cmis_page_*.html, SPEC.md section 9):

* ``/cmis5/`` (and ``Default.aspx``): the DNN home page, whose navigation links the
  ``Meetings/tabid/70/Default.aspx`` page;
* the Meetings page: a JavaScript calendar (postback links only) inside a form whose field
  names carry the module id (``dnn$ctr397$MeetingCalendarPublic$…``) – a crawler has to recover
  tabid and mid itself; ``?ctl=MeetingCalendarListView&mid=397`` lists the server's current
  month only (``tr.rgRow``/``tr.rgAltRow``), whatever date is asked for;
* ``…/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/<yyyy-mm-dd>/Default.aspx``: one
  month, day headings ``td.SimpleCalendarDate`` without a year, ``p.Meeting > a`` links;
* ``…/ctl/ViewMeetingPublic/mid/397/Meeting/<id>/Committee/<id>/[SelectedTab/<tab>/]Default.aspx``:
  the summary holders (status inside ``div.Value.Venue``, the Venue holder nested in the Status
  holder, as on the real page) on the summary tab, the ``ol.DocumentList`` on the Documents tab;
* ``Document.ashx?<opaque token>``: the minutes (PDFs rendered with
  :func:`minutebook.demo.pdfrender.render_minutes_pdf` from generated minutes), an agenda pack
  and a "Minutes of the previous meeting" agenda item, with ETag / Last-Modified and 304;
* ``/robots.txt``.

DNN paths are case-insensitive. :meth:`CmisSite.expected` is the ground truth tests assert
against. Size: 7 meetings over two years on 2 committees (5 held with minutes, 1 cancelled,
1 scheduled).
"""

from __future__ import annotations

import hashlib
import html
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from minutebook.demo.corpus import committee_roster, compose, hhmm, people_pool
from minutebook.demo.pdfrender import build_pdf, render_minutes_pdf
from minutebook.demo.server import (
    LOOPBACK,
    LoopbackSite,
    SiteHandler,
    document_validators,
    published_at,
)

COUNCIL_ID = "westshire"
COUNCIL_NAME = "Westshire County Council"
DEFAULT_TODAY = date(2026, 11, 1)

TAB_ID = 70
MODULE_ID = 397


@dataclass(frozen=True)
class CmisCommittee:
    cid: int
    title: str
    venue: str
    style: str  # corpus layout of its minutes


COMMITTEES = (
    CmisCommittee(12, "Cabinet", "Council Chamber, County Hall, Westshire", "table"),
    CmisCommittee(27, "Development Control Committee", "Committee Room 2, County Hall, Westshire", "classic"),
)

# (committee id, days from "today", start minutes, status shown, kind)
PLAN = (
    (12, -660, 600, "Confirmed", "held"),
    (27, -600, 840, "Confirmed", "held"),
    (12, -410, 600, "Scheduled", "held"),  # a past meeting still "Scheduled": held by its date
    (27, -270, 840, "Cancelled", "cancelled"),
    (12, -110, 600, "Confirmed", "held"),
    (27, -25, 840, "Confirmed", "held"),
    (12, 16, 600, "Scheduled", "scheduled"),
)


@dataclass
class CmisDocument:
    token: str
    title: str
    kind: str  # minutes | agenda | previous_minutes
    text: str
    header: str
    published: date
    size_label: str = "(120Kb)"
    _bytes: bytes | None = None

    @property
    def last_modified(self) -> str:
        return published_at(self.published)


@dataclass
class CmisMeeting:
    mid: int
    committee: CmisCommittee
    day: date
    start: int
    raw_status: str
    status: str  # held | cancelled | scheduled
    documents: list[CmisDocument]

    @property
    def minutes(self) -> CmisDocument | None:
        return next((d for d in self.documents if d.kind == "minutes"), None)


def _token(*parts: object) -> str:
    """An opaque Document.ashx query like the real ones (``czJKcaeAi5tUFL1DTL2UE4sOqCLHzE2A``)."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[b % len(alphabet)] for b in digest[:32])


def _short(d: date) -> str:
    return f"{d.day} {d:%b} {d.year}"


def build_meetings(today: date) -> list[CmisMeeting]:
    pool = people_pool(COUNCIL_ID)
    rosters = {c.cid: committee_roster(c.title, pool, seed=COUNCIL_ID) for c in COMMITTEES}
    by_cid = {c.cid: c for c in COMMITTEES}
    previous: dict[int, date] = {}
    out: list[CmisMeeting] = []
    for n, (cid, offset, start, raw, kind) in enumerate(sorted(PLAN, key=lambda p: p[1])):
        spec = by_cid[cid]
        day = today + timedelta(days=offset)
        mid = 15001 + n * 7
        docs: list[CmisDocument] = []
        if kind != "cancelled":
            docs.append(
                CmisDocument(
                    _token("agenda", mid),
                    f"Agenda Reports Pack - {_short(day)}",
                    "agenda",
                    f"{COUNCIL_NAME}\n{spec.title}\nAgenda\n{_short(day)}\n",
                    f"{spec.title} - Agenda",
                    day - timedelta(days=7),
                    "(1Mb)",
                )
            )
        if kind == "held":
            mins = compose(
                f"{COUNCIL_ID}:{cid}:{day.isoformat()}",
                items=4,
                style=spec.style,
                council=COUNCIL_NAME,
                committee=spec.title,
                meeting_date=day,
                start_minutes=start,
                venue=spec.venue,
                pool=pool,
                roster=rosters[cid],
                previous_date=previous.get(cid, day - timedelta(days=42)),
            )
            docs.append(
                CmisDocument(
                    _token("minutes", mid),
                    f"Printed minutes {_short(day)} {spec.title}",
                    "minutes",
                    mins.text,
                    f"{spec.title} - {_short(day)}",
                    min(day + timedelta(days=10), today - timedelta(days=1)),
                )
            )
            if cid in previous:
                docs.append(
                    CmisDocument(
                        _token("previous", mid),
                        "Minutes of the previous meeting",
                        "previous_minutes",
                        f"{spec.title}\nMinutes of the meeting held on {_short(previous[cid])}\n",
                        f"{spec.title} - previous minutes",
                        day - timedelta(days=7),
                    )
                )
        if kind != "cancelled":
            previous[cid] = day
        out.append(CmisMeeting(mid, spec, day, start, raw, kind, docs))
    return out


class CmisSite(LoopbackSite):
    """The demo CMIS site on 127.0.0.1. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    server_name = "cmis-site"

    def __init__(self, port: int = 0, *, base_path: str = "/cmis5", today: date | None = None) -> None:
        super().__init__(port)
        self.base_path = "/" + base_path.strip("/")
        self.today = today or DEFAULT_TODAY
        self.council_id = COUNCIL_ID
        self.council_name = COUNCIL_NAME
        self.meetings = build_meetings(self.today)
        self._by_mid = {m.mid: m for m in self.meetings}
        self._docs = {d.token.lower(): d for m in self.meetings for d in m.documents}
        self._render_lock = threading.Lock()
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        """The application root, as the registry stores CMIS sites."""
        return f"http://{LOOPBACK}:{self.port}{self.base_path}"

    @property
    def meetings_page_url(self) -> str:
        return f"{self.base_url}/Meetings/tabid/{TAB_ID}/Default.aspx"

    def meeting_url(self, m: CmisMeeting, tab: str | None = "Documents") -> str:
        tail = f"SelectedTab/{tab}/" if tab else ""
        return (
            f"{self.base_url}/Meetings/tabid/{TAB_ID}/ctl/ViewMeetingPublic/mid/{MODULE_ID}"
            f"/Meeting/{m.mid}/Committee/{m.committee.cid}/{tail}Default.aspx"
        )

    def document_url(self, d: CmisDocument) -> str:
        return f"{self.base_url}/Document.ashx?{d.token}"

    def _on_start(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="cmis-site-")  # rendered minutes PDFs

    def _on_stop(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
        self._tmp = None

    # ------------------------------------------------------------------ content
    def document_bytes(self, d: CmisDocument) -> bytes:
        """PDF bytes of a document, rendered on first request (minutes through render_minutes_pdf)."""
        with self._render_lock:
            if d._bytes is None:
                if d.kind == "minutes" and self._tmp is not None:
                    path = Path(self._tmp.name) / f"{d.token}.pdf"
                    render_minutes_pdf(d.text, path, header=d.header)
                    d._bytes = path.read_bytes()
                else:
                    d._bytes = build_pdf(d.text, header=d.header)[0]
            return d._bytes

    def robots_txt(self) -> str:
        return f"User-agent: *\nDisallow: {self.base_path}/Admin/\nDisallow: {self.base_path}/Login.aspx\n"

    def expected(self) -> dict[str, Any]:
        """Ground truth: meetings with status and minutes, documents by kind."""
        meetings = [
            {
                "source_meeting_id": str(m.mid),
                "committee_id": str(m.committee.cid),
                "committee_name": m.committee.title,
                "meeting_date": m.day.isoformat(),
                "start_time": hhmm(m.start),
                "venue": m.committee.venue,
                "status": m.status,
                "raw_status": m.raw_status,
                "url": self.meeting_url(m),
                "has_minutes": m.minutes is not None,
                "minutes_url": self.document_url(m.minutes) if m.minutes else None,
            }
            for m in self.meetings
        ]
        documents = [
            {"source_meeting_id": str(m.mid), "url": self.document_url(d), "title": d.title, "kind": d.kind}
            for m in self.meetings
            for d in m.documents
        ]
        return {
            "council": {"id": COUNCIL_ID, "name": COUNCIL_NAME, "base_url": self.base_url},
            "today": self.today.isoformat(),
            "committees": [{"committee_id": str(c.cid), "title": c.title} for c in COMMITTEES],
            "meetings": meetings,
            "documents": documents,
        }

    # ------------------------------------------------------------------ pages
    def _page(self, title: str, body: str, action: str) -> bytes:
        nav = "".join(
            f'<li><a href="{self.base_path}/{name}/tabid/{tab}/Default.aspx">{label}</a></li>'
            for name, tab, label in (
                ("Home", 36, "Home"),
                ("Councillors", 62, "Councillors"),
                ("Meetings", TAB_ID, "Meetings"),
                ("Decisions", 74, "Decisions"),
            )
        )
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} - {COUNCIL_NAME}</title></head>\n<body>\n"
            f'<form method="post" action="{html.escape(action)}" id="Form">\n'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9k" />\n'
            f'<div id="dnn_Nav"><ul class="topLevel">{nav}</ul></div>\n'
            f'<div id="dnn_ContentPane">\n{body}\n</div>\n'
            f'<div id="footer"><p>{COUNCIL_NAME}, County Hall, Westshire</p></div>\n'
            "</form></body></html>\n"
        ).encode()

    def page_home(self) -> bytes:
        body = (
            '<div class="DNNModuleContent ModDNNHTMLC"><h1>Welcome to Westshire County Council\'s '
            "committee information</h1><p>Find councillors, meetings, agendas, reports and minutes.</p></div>"
        )
        return self._page("Home", body, f"{self.base_path}/Home/tabid/36/Default.aspx")

    def page_meetings(self) -> bytes:
        m = MODULE_ID
        body = (
            f'<div class="DNNModuleContent ModCMISMeetingsC"><div id="dnn_ctr{m}_MeetingCalendarPublic_pnlCalendar">'
            f'<input type="hidden" name="dnn$ctr{m}$MeetingCalendarPublic$hdnSelectedDate" value="{self.today:%Y-%m-%d}" />'
            f'<select name="dnn$ctr{m}$MeetingCalendarPublic$ddlCommittee"><option value="0">All committees</option>'
            + "".join(f'<option value="{c.cid}">{html.escape(c.title)}</option>' for c in COMMITTEES)
            + "</select>"
            f'<div class="RadScheduler" id="dnn_ctr{m}_MeetingCalendarPublic_rsMeetings">'
            f"<a href=\"javascript:__doPostBack('dnn$ctr{m}$MeetingCalendarPublic$rsMeetings','')\">"
            "Next month</a><noscript>This calendar needs JavaScript.</noscript></div></div></div>"
        )
        return self._page("Meetings", body, f"{self.base_path}/Meetings/tabid/{TAB_ID}/Default.aspx")

    def page_list_view(self) -> bytes:
        rows = []
        current = [
            m for m in self.meetings if (m.day.year, m.day.month) == (self.today.year, self.today.month)
        ]
        for i, mt in enumerate(current):
            cls = "rgRow" if i % 2 == 0 else "rgAltRow"
            t = hhmm(mt.start)
            rows.append(
                f'<tr class="{cls}" id="dnn_ctr{MODULE_ID}_MeetingCalendarPublicList_grdRadMeeting_ctl00__{i}">'
                f'<td class="DateColumn"><a title="Click to view: {html.escape(mt.committee.title)} - '
                f'{_short(mt.day)} {t} : {t}" href="{self.meeting_url(mt)}">{_short(mt.day)} {t} - '
                f"{html.escape(mt.committee.title)}</a></td><td>{html.escape(mt.committee.venue)}</td></tr>"
            )
        body = (
            '<div class="CMIS_ModuleWrapper CM_ModuleWrapper MeetingCalendarListView">'
            f'<table id="dnn_ctr{MODULE_ID}_MeetingCalendarPublicList_grdRadMeeting_ctl00">'
            '<thead><tr><th scope="col" class="DateColumn rgHeader">Date/Start Time</th>'
            '<th scope="col" class="rgHeader">Venue</th></tr></thead><tbody>'
            + "".join(rows)
            + "</tbody></table></div>"
        )
        return self._page("Meetings", body, f"{self.base_path}/Meetings/tabid/{TAB_ID}/Default.aspx")

    def page_month(self, month: date) -> bytes:
        first = month.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        rows = []
        d = first
        i = 0
        while d < nxt:
            todays = sorted((m for m in self.meetings if m.day == d), key=lambda m: m.start)
            if todays or d.weekday() == 0:  # the real page lists Mondays and meeting days
                links = "".join(
                    f'<p class="Meeting"><a href="{self.meeting_url(m)}">{hhmm(m.start)} '
                    f"{html.escape(m.committee.title)}</a></p>"
                    for m in todays
                )
                cls = "rgRow" if i % 2 == 0 else "rgAltRow"
                rows.append(
                    f'<tr class="{cls}" id="dnn_ctr{MODULE_ID}_MeetingCalendarPublicPrinter_grdRadMeeting_ctl00__{i}">'
                    f'<td class="SimpleCalendarDate">{d:%A}, {d.day} {d:%B}</td><td>{links}</td></tr>'
                )
                i += 1
            d += timedelta(days=1)
        body = (
            '<div class="DNNModuleContent ModCMISMeetingsC"><table class="rgMasterTable" '
            f'id="dnn_ctr{MODULE_ID}_MeetingCalendarPublicPrinter_grdRadMeeting_ctl00">'
            + "".join(rows)
            + "</table></div>"
        )
        return self._page(
            f"Meetings {first:%B %Y}", body, f"{self.base_path}/Meetings/tabid/{TAB_ID}/Default.aspx"
        )

    def _doc_list(self, docs: list[CmisDocument], listing: str) -> str:
        items = "".join(
            '<li class="DocumentListItem"><img class="FileTypeImage" '
            f'src="{self.base_path}/images/FileManager/Icons/pdf.gif" alt="pdf" />'
            f'<a id="dnn_ctr{MODULE_ID}_ViewMeetingPublic_cmisPdfDocuments_rptDocuments_linkTitle_{i}" '
            f'title="Click to view \'{html.escape(d.title)}\'" class="TitleLink" '
            f'href="{self.base_path}/Document.ashx?{d.token}" target="_blank">{html.escape(d.title)}</a>'
            f'<span class="FileSize">{d.size_label}</span></li>'
            for i, d in enumerate(docs)
        )
        return f'<{listing} class="DocumentList">{items}</{listing}>'

    def page_meeting(self, m: CmisMeeting, tab: str) -> bytes:
        action = self.meeting_url(m, tab if tab != "summary" else None)
        if tab == "documents":
            docs = [d for d in m.documents if d.kind != "previous_minutes"]
            body = (
                '<div class="DNNModuleContent ModCMISMeetingsC">'
                f'<div id="dnn_ctr{MODULE_ID}_ViewMeetingPublic_cmisPdfDocuments_pnlDocuments" '
                f'class="CmisDocumentList">{self._doc_list(docs, "ol")}</div></div>'
            )
            return self._page("Meeting documents", body, action)

        def holder(label: str, value: str, css: str, inner: str = "") -> str:
            return (
                f'<div class="holder"><div class="DNNLabel {css}Label"><div class="dnnLabel"><label>'
                f'<span>{label}</span></label></div></div><div class="Value {css}">{value}</div>{inner}</div>'
            )

        venue = holder(
            "Venue:",
            f'<a href="{self.base_url}/Meetings/tabid/{TAB_ID}/ctl/MeetingVenueDetails/mid/{MODULE_ID}/'
            f'VenueID/{m.committee.cid + 3}/Default.aspx">{html.escape(m.committee.venue)}</a>',
            "Venue",
        )
        previous = [d for d in m.documents if d.kind == "previous_minutes"]
        body = (
            '<div class="DNNModuleContent ModCMISMeetingsC"><h1>Meeting Details</h1>'
            + holder("Committee:", html.escape(m.committee.title), "Committee")
            + holder("Date/Time:", f"{_short(m.day)} - {hhmm(m.start)}", "DateTime")
            + holder("Status:", m.raw_status, "Venue", venue)  # the real page's classes and nesting
            + (
                self._doc_list(previous, "ul").replace(
                    'class="DocumentList"', 'class="DocumentList CmisDocumentList"'
                )
                if previous
                else ""
            )
            + "</div>"
        )
        return self._page("Meeting details", body, action)

    def page_error(self, message: str) -> bytes:
        return self._page(
            "Error", f'<div class="dnnFormMessage dnnFormError">{html.escape(message)}</div>', self.base_path
        )


def _dnn_params(path: str) -> dict[str, str]:
    """Path-encoded DNN key/value pairs after the page name, keys lower-cased."""
    out: dict[str, str] = {}
    parts = [p for p in path.split("/") if p]
    if parts and parts[-1].lower() == "default.aspx":
        parts = parts[:-1]
    for k, v in zip(parts[0::2], parts[1::2], strict=False):
        out.setdefault(k.lower(), v)
    return out


class _Handler(SiteHandler):
    site: CmisSite

    def do_GET(self) -> None:
        self.arrived = time.time()
        try:
            self._route()
        except (BrokenPipeError, ConnectionResetError):
            return

    def _route(self) -> None:
        site = self.site
        split = urlsplit(self.path)
        path = unquote(split.path)
        low = path.lower()
        base = site.base_path.lower()
        if low == "/robots.txt":
            self._send(200, site.robots_txt().encode(), "text/plain; charset=utf-8")
            return
        if low == base:
            self._send(301, b"", headers={"Location": site.base_url + "/"})
            return
        if not low.startswith(base + "/"):
            self._send(404, site.page_error("The resource cannot be found."))
            return
        rel = low[len(base) + 1 :]
        params = {k.lower(): v for k, v in parse_qsl(split.query, keep_blank_values=True)}
        if rel in ("", "default.aspx", "home/tabid/36/default.aspx"):
            self._send(200, site.page_home())
        elif rel == "document.ashx":
            self._document(site._docs.get(split.query.lower()))
        elif rel.startswith(f"meetings/tabid/{TAB_ID}/"):
            self._meetings(rel, params)
        else:
            self._send(404, site.page_error("The page you requested could not be found."))

    def _meetings(self, rel: str, params: dict[str, str]) -> None:
        site = self.site
        dnn = _dnn_params("/" + rel.split("/", 1)[1])  # from tabid/…
        ctl = (dnn.get("ctl") or params.get("ctl", "")).lower()
        mid = dnn.get("mid") or params.get("mid")
        if not ctl:
            self._send(200, site.page_meetings())
            return
        if mid != str(MODULE_ID):
            self._send(404, site.page_error("Module not found."))
            return
        if ctl == "meetingcalendarlistview":
            self._send(200, site.page_list_view())
        elif ctl == "meetingcalendarpublicnojava":
            try:
                month = date.fromisoformat(dnn.get("date", ""))
            except ValueError:
                month = site.today
            self._send(200, site.page_month(month))
        elif ctl == "viewmeetingpublic":
            m = site._by_mid.get(int(dnn["meeting"])) if dnn.get("meeting", "").isdigit() else None
            if m is None or dnn.get("committee") != str(m.committee.cid):
                self._send(404, site.page_error("The meeting could not be found."))
                return
            tab = dnn.get("selectedtab", "summary")
            self._send(200, site.page_meeting(m, "documents" if tab == "documents" else "summary"))
        else:
            self._send(404, site.page_error("The page you requested could not be found."))

    def _document(self, doc: CmisDocument | None) -> None:
        site = self.site
        if doc is None:
            self._send(404, site.page_error("The document could not be found."))
            return
        body = site.document_bytes(doc)
        headers = document_validators(body, doc.last_modified)
        if self.not_modified(headers):
            self._send(304, headers=headers)
            return
        headers["Content-Disposition"] = f'inline; filename="{doc.token[:8]}.pdf"'
        self._send(200, body, "application/pdf", headers)


CmisSite.handler = _Handler


def main(argv: list[str] | None = None) -> None:
    """Serve the CMIS demo site in the foreground until interrupted (``python -m minutebook.demo.cmis_site``)."""
    import argparse

    parser = argparse.ArgumentParser(description="Serve the Westshire CMIS demo site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8081)
    args = parser.parse_args(argv)
    with CmisSite(args.port) as site:
        print(f"{COUNCIL_NAME} (demo CMIS site) at {site.base_url}/ ; Ctrl-C to stop")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
