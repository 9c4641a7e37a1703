"""What both demo sites share: the loopback server, the site lifecycle, the request log, one ``_send``.

Each site (ModernGov in site.py, CMIS in cmis_site.py) subclasses :class:`LoopbackSite` and
:class:`SiteHandler` and adds only its own pages.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Self

LOOPBACK = "127.0.0.1"  # the demo sites never listen on any other address
LOGGED_HEADERS = ("User-Agent", "If-None-Match", "If-Modified-Since", "Accept", "Accept-Encoding", "Range")


class LoopbackServer:
    """Serve ``handler`` on 127.0.0.1:``port`` (0 = any free port) until :meth:`stop`."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], port: int, name: str) -> None:
        self._server = ThreadingHTTPServer((LOOPBACK, port), handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def log_entry(handler: BaseHTTPRequestHandler, status: int, sent: int) -> dict[str, Any]:
    """One request as the site's log keeps it (tests and the bench read these)."""
    return {
        "time": getattr(handler, "arrived", None) or time.time(),  # when the request arrived
        "done": time.time(),
        "method": handler.command,
        "path": handler.path,
        "headers": {k: handler.headers[k] for k in LOGGED_HEADERS if handler.headers.get(k) is not None},
        "status": status,
        "bytes": sent,
    }


def published_at(day: date) -> str:
    """A document's Last-Modified header: 09:30 UTC on the day it was published."""
    stamp = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
    return email.utils.format_datetime(stamp, usegmt=True)


def document_validators(body: bytes, last_modified: str) -> dict[str, str]:
    """The headers a document is served with, for conditional requests (ETag from its bytes)."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return {"ETag": etag, "Last-Modified": last_modified, "Cache-Control": "private"}


class LoopbackSite:
    """A demo site's lifecycle: ``with Site() as site`` (or start/stop), and its request log."""

    handler: ClassVar[type[SiteHandler]]
    server_name: ClassVar[str] = "demo-site"

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.request_log: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server: LoopbackServer | None = None

    def start(self) -> Self:
        if self._server is not None:
            return self
        handler = type(f"{type(self).__name__}Handler", (self.handler,), {"site": self})
        self._on_start()
        self._server = LoopbackServer(handler, self.port, self.server_name)
        self.port = self._server.port
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.stop()
        self._server = None
        self._on_stop()

    def _on_start(self) -> None:
        """Hook: prepare what the site needs before its first request."""

    def _on_stop(self) -> None:
        """Hook: release it after the last."""

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _log(self, handler: BaseHTTPRequestHandler, status: int, sent: int) -> None:
        entry = log_entry(handler, status, sent)
        with self._lock:
            self.request_log.append(entry)


class SiteHandler(BaseHTTPRequestHandler):
    """IIS-looking responses, no console noise, and one ``_send`` that writes and logs."""

    site: Any  # the LoopbackSite subclass instance, set by LoopbackSite.start
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-IIS/10.0"
    sys_version = ""
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        pass

    def not_modified(self, validators: dict[str, str]) -> bool:
        """Whether the request's If-None-Match / If-Modified-Since match ``validators`` (answer 304)."""
        inm = self.headers.get("If-None-Match")
        if inm is not None:  # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return validators["ETag"] in tags or "*" in tags
        ims = self.headers.get("If-Modified-Since")
        if not ims:
            return False
        try:
            since = email.utils.parsedate_to_datetime(ims)
            modified = email.utils.parsedate_to_datetime(validators["Last-Modified"])
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return since >= modified

    def _send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        *,
        head: bool = False,
        declared_length: int | None = None,
    ) -> None:
        """Send a response; ``declared_length`` lies about Content-Length (a download cut short)."""
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
            self.send_header(
                "Content-Length", str(declared_length if declared_length is not None else len(body))
            )
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if declared_length is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        sent = 0
        if not head and status != 304 and body:
            self.wfile.write(body)
            sent = len(body)
        if declared_length is not None:
            self.wfile.flush()
        self.site._log(self, status, sent)
