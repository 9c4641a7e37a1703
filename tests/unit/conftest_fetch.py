"""Local test servers for the fetch stage (import explicitly: ``from tests.unit.conftest_fetch import …``).

* :class:`LogServer` – a ThreadingHTTPServer on 127.0.0.1:0 with routes and a request log
  (arrival time, path, headers), so tests prove politeness from the server's side.
* :class:`FakeModernGov` – a small ModernGov site under a sub-path built from a data model,
  with the web service switchable on/off; its XML follows the real samples' shape and its
  pages the markup described in SPEC.md.
"""

from __future__ import annotations

import hashlib
import html
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from minutebook.fetch.http import PoliteClient
from minutebook.settings import Settings

# --------------------------------------------------------------------------- generic server


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_length: int | None = None  # lie about the length (truncation tests)


# Linux's SO_TIMESTAMPNS (the socket module does not name it): the kernel stamps each received
# packet, so an arrival time does not depend on when a busy test process gets to read it.
_SO_TIMESTAMPNS = 35


def _stamp_arrivals(sock: socket.socket) -> bool:
    try:
        sock.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
    except OSError:
        return False
    return sys.platform.startswith("linux")


def _wire_arrival(sock: socket.socket) -> float | None:
    """When the next request's first bytes reached the socket, on the time.monotonic() scale.

    Peeks one byte (blocking until the client sends, as the handler's own read would) and reads
    the kernel's receive timestamp; None when the peer closed or the kernel gave no stamp.
    """
    try:
        data, ancillary, _flags, _addr = sock.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
    except OSError:
        return None
    for level, kind, payload in ancillary:
        if data and level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(payload) >= 16:
            seconds, nanoseconds = struct.unpack("qq", payload[:16])
            return time.monotonic() - (time.time() - (seconds + nanoseconds / 1e9))
    return None


@dataclass(frozen=True)
class Logged:
    # when the request reached the server: the kernel's receive stamp of its first bytes (Linux),
    # else time.monotonic() when the request line was read; on the time.monotonic() scale
    at: float
    method: str
    path: str  # path + query, as sent
    headers: dict[str, str]

    @property
    def bare_path(self) -> str:
        return urlsplit(self.path).path


Route = Reply | Callable[["Logged"], Reply] | list[Reply]


class LogServer:
    """Routes by exact path+query, then by path; a list route is consumed one reply per request."""

    def __init__(self, routes: dict[str, Route] | None = None, *, default: Route | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.default: Route = default if default is not None else Reply(404, b"not found")
        self.log: list[Logged] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            arrived: float | None = None

            def setup(self) -> None:
                super().setup()
                self.stamped = _stamp_arrivals(self.connection)

            def handle_one_request(self) -> None:
                self.arrived = _wire_arrival(self.connection) if self.stamped else None
                super().handle_one_request()

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                at = self.arrived if self.arrived is not None else time.monotonic()
                entry = Logged(at, "GET", self.path, {k.lower(): v for k, v in self.headers.items()})
                with server._lock:
                    server.log.append(entry)
                reply = server.reply_for(entry)
                body = reply.body
                self.send_response(reply.status)
                headers = {k.lower(): v for k, v in reply.headers.items()}
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if "content-length" not in headers:
                    length = reply.content_length if reply.content_length is not None else len(body)
                    self.send_header("Content-Length", str(length))
                if reply.content_length is not None:
                    self.send_header("Connection", "close")
                self.end_headers()
                try:
                    self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if reply.content_length is not None:
                    self.close_connection = True

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        _stamp_arrivals(self.httpd.socket)  # accepted sockets inherit it: a first request is stamped too
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.host = f"127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def reply_for(self, entry: Logged) -> Reply:
        route = self.routes.get(entry.path)
        if route is None:
            route = self.routes.get(entry.bare_path, self.default)
        if isinstance(route, list):
            with self._lock:
                return route.pop(0) if len(route) > 1 else route[0]
        if callable(route):
            return route(entry)
        return route

    def start(self) -> LogServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LogServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def requests_to(self, path_prefix: str) -> list[Logged]:
        return [e for e in self.log if e.bare_path.startswith(path_prefix)]

    def clear(self) -> None:
        with self._lock:
            self.log.clear()


@contextmanager
def fine_gil_switching(interval_s: float = 0.0002) -> Iterator[None]:
    """Client and server threads share one GIL: switch often so log timestamps are not late by ~5 ms."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(interval_s)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def fast_settings(home: Any, **changes: Any) -> Settings:
    """Settings for tests: a fast but real rate limit, short timeouts, few retries.

    ``recheck_after_hours`` is 0: a second crawl in a test stands for the next night's run,
    which re-checks the recent window (tests of the same-day skip set it themselves).
    """
    values: dict[str, Any] = {
        "home": home,
        "requests_per_second": 50.0,
        "max_concurrency": 4,
        "http_timeout_s": 5.0,
        "max_retries": 2,
        "retry_after_cap_s": 5.0,
        "recheck_after_hours": 0.0,
    }
    values.update(changes)
    return Settings(**values)


def fast_client(settings: Settings) -> PoliteClient:
    return PoliteClient(settings, backoff_base_s=0.02, backoff_max_s=0.1)


# --------------------------------------------------------------------------- a fake ModernGov site


def pdf_bytes(text: str) -> bytes:
    """A tiny valid-looking PDF (the crawler only sniffs and stores it)."""
    return f"%PDF-1.4\n% {text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".encode()


@dataclass
class FakeMeeting:
    mid: int
    cid: int
    when: date
    time: str = "7.00 pm"
    status: str = "Confirmed"  # Cancelled
    venue: str = "Council Chamber, Town Hall"
    minutes_pdf: bool = True
    items: list[tuple[str, str, str]] = field(default_factory=list)  # (number, title, minutes html)
    attendance: list[tuple[str, str, str]] = field(default_factory=list)  # (name, role, attendance)

    @property
    def printed_minutes_name(self) -> str:
        return f"Printed minutes {self.when.day}th-{self.when:%b-%Y} 19.00 Committee.pdf"


@dataclass
class FakeCommittee:
    cid: int
    title: str


def _long_date(d: date) -> str:
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{d:%A}, {day}{suffix} {d:%B}, {d.year}"


class FakeModernGov:
    """Serves a ModernGov imitation under ``prefix`` on a LogServer.

    ``ws`` switches mgWebService.asmx on (XML) or off (an HTML error page with status 200,
    as real installs do). Documents answer conditional requests with 304.
    """

    def __init__(self, server: LogServer, *, prefix: str = "/democracy", ws: bool = True) -> None:
        self.server = server
        self.prefix = prefix.rstrip("/")
        self.ws = ws
        self.committees: list[FakeCommittee] = []
        self.meetings: list[FakeMeeting] = []
        self.doc_versions: dict[str, bytes] = {}  # path -> body
        self.robots = b"User-agent: *\nDisallow: /private/\n"
        server.default = self.handle

    @property
    def base_url(self) -> str:
        return self.server.base + self.prefix + "/"

    def add(self, committee: FakeCommittee, *meetings: FakeMeeting) -> None:
        if committee not in self.committees:
            self.committees.append(committee)
        for m in meetings:
            self.meetings.append(m)
            if m.minutes_pdf:
                path = f"{self.prefix}/documents/g{m.mid}/{quote(m.printed_minutes_name)}"
                self.doc_versions[path] = pdf_bytes(f"minutes of meeting {m.mid}")

    def committee(self, cid: int) -> FakeCommittee:
        return next(c for c in self.committees if c.cid == cid)

    def meeting(self, mid: int) -> FakeMeeting | None:
        return next((m for m in self.meetings if m.mid == mid), None)

    # ------------------------------------------------------------------ dispatch
    def handle(self, req: Logged) -> Reply:
        parts = urlsplit(req.path)
        path = parts.path
        params = {k.lower(): v for k, v in parse_qsl(parts.query)}
        if path == "/robots.txt":
            return Reply(200, self.robots, {"Content-Type": "text/plain"})
        if not path.lower().startswith(self.prefix.lower() + "/"):
            return Reply(404, b"not found")
        page = path[len(self.prefix) + 1 :]
        low = page.lower()
        if low.startswith("mgwebservice.asmx"):
            if not self.ws:
                return self.html(
                    "<html><body><h1>Server Error in '/' Application.</h1><p>The resource cannot be found.</p></body></html>"
                )
            return self.webservice(low.split("/", 1)[-1], params)
        if low.startswith("documents/"):
            return self.document(path, req)
        handler = {
            "mglistcommittees.aspx": self.committee_list,
            "ielistmeetings.aspx": self.meeting_list,
            "ielistdocuments.aspx": self.meeting_page,
            "mgmeetingattendance.aspx": self.attendance_page,
            "mgai.aspx": self.item_page,
        }.get(low)
        if handler is None:
            return Reply(404, b"not found")
        return handler(params)

    @staticmethod
    def html(body: str) -> Reply:
        return Reply(200, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})

    @staticmethod
    def xml(body: str) -> Reply:
        return Reply(
            200, ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode(), {"Content-Type": "text/xml"}
        )

    # ------------------------------------------------------------------ web service
    def webservice(self, op: str, params: dict[str, str]) -> Reply:
        if op == "getcommittees":
            rows = "".join(
                f"<committee><committeeid>{c.cid}</committeeid><committeetitle>{html.escape(c.title)}</committeetitle>"
                "<committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired>"
                "<committeecategory>Committees</committeecategory></committee>"
                for c in self.committees
            )
            return self.xml(
                f"<committees><committeescount> {len(self.committees)}</committeescount>{rows}</committees>"
            )
        if op == "getmeetings":
            if "sfromdate" not in params or "stodate" not in params:
                return Reply(
                    500, b"<html><body>Missing parameter</body></html>", {"Content-Type": "text/html"}
                )
            cid = int(params.get("lcommitteeid", "0"))  # 0: every committee, as real installs answer
            lo = _dmy(params["sfromdate"])
            hi = _dmy(params["stodate"])
            blocks, total = [], 0
            for c in self.committees if cid == 0 else [self.committee(cid)]:
                chosen = [m for m in self.meetings if m.cid == c.cid and lo <= m.when <= hi]
                if cid == 0 and not chosen:
                    continue
                total += len(chosen)
                meetings = "".join(
                    f"<meeting><meetingid>{m.mid}</meetingid><meetingdate>{m.when:%d/%m/%Y}</meetingdate>"
                    f"<meetingstatus>{m.status}</meetingstatus><meetingtime>{m.time}</meetingtime>"
                    "<iswebcast>False</iswebcast></meeting>"
                    for m in chosen
                )
                blocks.append(
                    f"<committee><committeeid>{c.cid}</committeeid><committeetitle>{html.escape(c.title)}</committeetitle>"
                    f"<committeemeetingcount> {len(chosen)}</committeemeetingcount>"
                    f"<committeemeetings>{meetings}</committeemeetings></committee>"
                )
            return self.xml(
                f"<getmeetings><meetingscount> {total}</meetingscount><committeescount> {len(blocks)}</committeescount>"
                + "".join(blocks)
                + "</getmeetings>"
            )
        if op == "getmeeting":
            m = self.meeting(int(params.get("lmeetingid", "0")))
            if m is None:
                return Reply(
                    500, b"<html><body>Object reference not set</body></html>", {"Content-Type": "text/html"}
                )
            c = self.committee(m.cid)
            items = "".join(
                f"<agendaitem><agendaitemid>{m.mid * 100 + i}</agendaitemid>"
                f"<agendaitemtitle>{html.escape(title)}</agendaitemtitle>"
                f"<fulldisplaynumberformat>{num}</fulldisplaynumberformat>"
                f"<minutesnonemptyhtmlbody>{html.escape(minutes)}</minutesnonemptyhtmlbody>"
                f"<minutesitemnumber>{num.rstrip('.')}</minutesitemnumber>"
                f"<refertocommittee>{html.escape(c.title)}</refertocommittee>"
                "<linkeddocuments>\n        </linkeddocuments></agendaitem>"
                for i, (num, title, minutes) in enumerate(m.items)
            )
            attendees = "".join(
                f'<attendee membertype="U" memberid="{i}" name="{html.escape(name)}" roledescription="{role}" '
                f'attendance="{att}"><url>{self.base_url}mgUserInfo.aspx?UID={i}</url></attendee>'
                for i, (name, role, att) in enumerate(m.attendance)
            )
            return self.xml(
                f"<meeting><meetingid>{m.mid}</meetingid><meetingdate>{m.when:%d/%m/%Y}</meetingdate>"
                f"<meetingstatus>{m.status}</meetingstatus><meetingtime>{m.time}</meetingtime>"
                f"<meetingactualstarttime>\n  </meetingactualstarttime>"
                f"<meetingplannedfinishtime>9.00 pm</meetingplannedfinishtime>"
                f"<meetinglocation>{html.escape(m.venue)}</meetinglocation><minutepublished>True</minutepublished>"
                f"<agendaitems>{items}</agendaitems><attendees>{attendees}</attendees></meeting>"
            )
        return Reply(500, b"<html><body>Unknown web method</body></html>", {"Content-Type": "text/html"})

    # ------------------------------------------------------------------ pages
    def committee_list(self, params: dict[str, str]) -> Reply:
        lis = "".join(
            f'<li><a href="mgCommitteeDetails.aspx?ID={c.cid}">{html.escape(c.title)}</a> '
            f'<a href="ieListMeetings.aspx?CId={c.cid}&amp;Year=0">Meetings</a></li>'
            for c in self.committees
        )
        return self.html(
            f'<html><body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Committee structure</h1></div>'
            f'<div class="mgContent"><ul class="mgBulletList">{lis}</ul></div></div></body></html>'
        )

    def meeting_list(self, params: dict[str, str]) -> Reply:
        cid = int(params.get("cid", "0"))
        year = int(params.get("year", "0"))
        c = self.committee(cid)
        chosen = [m for m in self.meetings if m.cid == cid and (year == 0 or m.when.year == year)]
        lis = "".join(
            f'<li><a class="mgMeetingTableLnk" href="ieListDocuments.aspx?CId={m.cid}&amp;MID={m.mid}">'
            f"{m.when.day} {m.when:%b %Y} {m.time}{' CANCELLED' if m.status == 'Cancelled' else ''}</a></li>"
            for m in chosen
        )
        return self.html(
            f'<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Browse meetings</h1>'
            f"<p>This page lists the meetings for {html.escape(c.title)}.</p>"
            f'<ul class="mgNonBulletTableList">{lis}</ul></div></body></html>'
        )

    def meeting_page(self, params: dict[str, str]) -> Reply:
        m = self.meeting(int(params.get("mid", "0")))
        if m is None:
            return Reply(404, b"no such meeting")
        c = self.committee(m.cid)
        suffix = ", CANCELLED" if m.status == "Cancelled" else ""
        docs = ""
        if m.minutes_pdf:
            docs = (
                f'<ul class="mgActionList"><li><a href="documents/g{m.mid}/{m.printed_minutes_name}?T=1">'
                f'Printed minutes <span class="mgFileSize">PDF 12 KB</span></a></li>'
                f'<li><a href="mgMeetingAttendance.aspx?ID={m.mid}">Attendance details</a></li></ul>'
            )
        rows = ""
        for i, (num, title, minutes) in enumerate(m.items):
            aid = m.mid * 100 + i
            rows += (
                f'<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">{num}</p></td><td>'
                f'<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="mgAi.aspx?ID={aid}">{html.escape(title)}</a></p>'
                f'<div class="mgWordPara"><p>Agenda text for {html.escape(title)}.</p></div>'
                f'<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">{minutes}</div></td></tr>'
            )
        return self.html(
            '<html><body><div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>'
            f'<div class="mgSubTitle"><h2 class="mgSubTitleTxt">{html.escape(c.title)} - {_long_date(m.when)} '
            f"{m.time}{suffix}</h2></div>"
            f'<div class="mgLinks">{docs}</div><div class="mgContent">'
            f'<p><span class="mgLabel">Venue: </span>{html.escape(m.venue)}</p>'
            f'<table class="mgItemTable">{rows}</table></div></div></body></html>'
        )

    def attendance_page(self, params: dict[str, str]) -> Reply:
        m = self.meeting(int(params.get("id", "0")))
        if m is None or not m.attendance:
            return Reply(404, b"no attendance")
        rows = "".join(
            f'<tr><td><a href="mgUserInfo.aspx?UID={i}">{html.escape(n)}</a></td><td>{r}</td><td>{a}</td></tr>'
            for i, (n, r, a) in enumerate(m.attendance)
        )
        return self.html(
            '<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Attendance details</h1>'
            '<table summary="Table of meeting attendance"><thead><tr><th>Attendee</th><th>Role</th>'
            f"<th>Attendance</th></tr></thead><tbody>{rows}</tbody></table></div></body></html>"
        )

    def item_page(self, params: dict[str, str]) -> Reply:
        aid = int(params.get("id", "0"))
        m = self.meeting(aid // 100)
        if m is None or aid % 100 >= len(m.items):
            return Reply(404, b"no item")
        num, title, minutes = m.items[aid % 100]
        return self.html(
            '<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda item</h1>'
            f'<h2 class="mgSubTitleTxt">{html.escape(title)}</h2><div class="mgContent">'
            f'<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">{minutes}</div></div></div></body></html>'
        )

    def document(self, path: str, req: Logged) -> Reply:
        body = self.doc_versions.get(path)
        if body is None:
            return Reply(404, b"gone")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        last_modified = format_datetime(_fixed_time(), usegmt=True)
        headers = {"ETag": etag, "Last-Modified": last_modified, "Content-Type": "application/pdf"}
        if req.headers.get("if-none-match") == etag:
            return Reply(304, b"", headers)
        return Reply(200, body, headers)


def _dmy(text: str) -> date:
    d, m, y = (int(x) for x in text.split("/"))
    return date(y, m, d)


def _fixed_time() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
