"""The one HTTP client of the crawler: polite, bounded and honest about what went wrong.

Every request the crawler makes goes through :class:`PoliteClient`, which

* sends the configured descriptive User-Agent;
* reads ``robots.txt`` once per origin (404 and other 4xx = everything allowed; 5xx or
  unreachable = the host is not crawled this run) and refuses disallowed URLs before any
  request is made;
* sends one request at a time per host, starting at most ``requests_per_second`` per host
  across threads (each start is stamped under the host's lock), honours a larger
  ``Crawl-delay``, and bounds concurrency across hosts with a semaphore;
* retries connection errors, timeouts, truncated bodies, 5xx and 429 with exponential
  backoff and jitter (tenacity), waiting ``Retry-After`` (seconds or an HTTP date, capped)
  instead when the server gives one; other 4xx are final;
* follows redirects itself, only to hosts the caller allows and only over http(s);
* streams bodies and stops at the size limit; checks the body against Content-Length;
* sends conditional requests and reports 304 as "not modified".

Errors are raised as :class:`FetchError` with a short machine-readable ``reason`` that
becomes a Failure row. Tests hand in their own transport or point the client at servers
they start on 127.0.0.1.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from minutebook.settings import Settings

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 8
MAX_ROBOTS_BYTES = 512 * 1024
MAX_CRAWL_DELAY_S = 30.0


class FetchError(Exception):
    """A URL could not be fetched. ``reason`` is a short code (http_404, timeout, robots_disallowed …)."""

    def __init__(self, reason: str, detail: str = "", url: str | None = None, *, attempts: int = 0) -> None:
        super().__init__(f"{reason}: {detail} ({url})" if detail else f"{reason} ({url})")
        self.reason = reason
        self.detail = detail
        self.url = url
        self.attempts = attempts  # HTTP requests actually sent while trying


@dataclass
class FetchResult:
    """What a GET produced. ``url`` is the final URL after redirects."""

    status: int
    url: str
    headers: httpx.Headers
    content: bytes
    not_modified: bool = False
    attempts: int = 1  # HTTP requests sent for this get (redirect hops and retries included)

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 otherwise), never failing."""
        charset = "utf-8"
        ctype = self.content_type or ""
        for part in ctype.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                charset = value.strip("\"'")
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


def host_key(url: str) -> str:
    """Lower-case host plus a non-default port: the unit of politeness and of redirect permission."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return f"{host}:{port}" if port and port != default else host


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = datetime.fromtimestamp(now if now is not None else time.time(), UTC)
    return max(0.0, (when - current).total_seconds())


class _Retryable(Exception):
    """A transient failure: retried, then turned into a FetchError with ``reason``."""

    def __init__(self, reason: str, detail: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after


@dataclass
class _Robots:
    parser: Protego | None  # None: everything allowed
    unavailable: str | None = None  # why robots.txt could not be read (host not crawled)


@dataclass
class _HostSlot:
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    min_interval: float = 0.0


class PoliteClient:
    """One HTTP client shared by all councils of a run (thread-safe).

    ``transport`` lets tests hand in their own httpx transport; ``backoff_base_s`` and
    ``backoff_max_s`` shape the exponential backoff (tests shorten them).
    """

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        backoff_base_s: float = 1.0,
        backoff_max_s: float = 60.0,
    ) -> None:
        self.settings = settings
        self.user_agent = settings.user_agent
        self._interval = 1.0 / settings.requests_per_second if settings.requests_per_second > 0 else 0.0
        self._backoff_base = backoff_base_s
        self._backoff_max = backoff_max_s
        timeout = httpx.Timeout(settings.http_timeout_s)
        self._client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent, "Accept": "*/*"},
            limits=httpx.Limits(max_connections=max(1, settings.max_concurrency)),
        )
        self._slots: dict[str, _HostSlot] = {}
        self._slots_lock = threading.Lock()
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_guard = threading.Lock()
        self._concurrency = threading.BoundedSemaphore(max(1, settings.max_concurrency))
        self._count_lock = threading.Lock()
        self.requests = 0  # HTTP requests sent by this client (robots.txt included)

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ public API
    def get(
        self,
        url: str,
        *,
        allowed_hosts: set[str] | frozenset[str] | tuple[str, ...] | None,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        retries: int | None = None,
    ) -> FetchResult:
        """GET ``url`` politely. Raises FetchError (never an httpx exception).

        ``allowed_hosts``: host keys (see :func:`host_key`) the URL and any redirect may
        point to; ``None`` allows the URL's own host only. ``retries`` overrides
        ``settings.max_retries`` for this URL (0: one attempt).
        """
        allowed = {h.lower() for h in allowed_hosts} if allowed_hosts else {host_key(url)}
        limit = max_bytes if max_bytes is not None else self.settings.max_document_bytes
        attempts = 0
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_url(current, allowed, original=url)
            headers: dict[str, str] = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            try:
                response, body, sent = self._get_with_retries(current, headers, limit, retries)
            except FetchError as exc:
                exc.attempts += attempts
                raise
            attempts += sent
            if response.status_code in REDIRECT_CODES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("bad_redirect", "redirect without Location", current, attempts=attempts)
                target = str(httpx.URL(current).join(location.strip().replace(" ", "%20")))
                if host_key(target) not in allowed and urlsplit(target).scheme in ("http", "https"):
                    raise FetchError("offsite_redirect", f"to {target}", url, attempts=attempts)
                current = target
                continue
            if response.status_code == 304:
                return FetchResult(304, current, response.headers, b"", not_modified=True, attempts=attempts)
            if 200 <= response.status_code < 300:
                if not body:
                    raise FetchError("empty", "empty response body", current, attempts=attempts)
                return FetchResult(response.status_code, current, response.headers, body, attempts=attempts)
            raise FetchError(
                f"http_{response.status_code}", response.reason_phrase, current, attempts=attempts
            )
        raise FetchError("too_many_redirects", f"more than {MAX_REDIRECTS}", url, attempts=attempts)

    def robots_allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch ``url`` (fetching robots.txt if needed)."""
        robots = self._robots_for(url)
        if robots.unavailable:
            raise FetchError("robots_unavailable", robots.unavailable, url)
        return robots.parser is None or robots.parser.can_fetch(url, self.user_agent)

    # ------------------------------------------------------------------ checks
    def _check_url(self, url: str, allowed: set[str], *, original: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchError("bad_scheme", f"only http(s) URLs are fetched: {url[:200]}", original)
        if host_key(url) not in allowed:
            raise FetchError("offsite_url", f"host {host_key(url)} is not allowed for this council", url)
        if not self.robots_allowed(url):
            raise FetchError("robots_disallowed", "disallowed by robots.txt", url)

    # ------------------------------------------------------------------ robots.txt
    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._robots_guard:
            if origin in self._robots:
                return self._robots[origin]
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin even when many threads ask at once
            with self._robots_guard:
                if origin in self._robots:
                    return self._robots[origin]
            robots = self._fetch_robots(origin)
            if robots.parser is not None:
                delay = robots.parser.crawl_delay(self.user_agent)
                if delay:
                    self._slot(host_key(origin)).min_interval = min(float(delay), MAX_CRAWL_DELAY_S)
            with self._robots_guard:
                self._robots[origin] = robots
            return robots

    def _fetch_robots(self, origin: str) -> _Robots:
        url = origin + "/robots.txt"
        for _hop in range(5):
            try:
                response, body, _sent = self._get_with_retries(url, {}, MAX_ROBOTS_BYTES)
            except FetchError as exc:
                if exc.reason == "too_large":
                    return _Robots(None)  # an absurd robots.txt: treat as no rules (RFC 9309 allows a limit)
                return _Robots(None, unavailable=f"robots.txt unreachable: {exc.reason} {exc.detail}".strip())
            status = response.status_code
            if status in REDIRECT_CODES and response.headers.get("location"):
                url = str(httpx.URL(url).join(response.headers["location"]))
                if urlsplit(url).scheme not in ("http", "https"):
                    return _Robots(None)
                continue
            if 200 <= status < 300:
                return _Robots(Protego.parse(body.decode("utf-8", errors="replace")))
            if 400 <= status < 500:
                return _Robots(None)  # 404 and other client errors: no rules, everything allowed
            return _Robots(None, unavailable=f"robots.txt answered HTTP {status}")
        return _Robots(None)

    # ------------------------------------------------------------------ rate limit
    def _slot(self, host: str) -> _HostSlot:
        with self._slots_lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = _HostSlot()
            return slot

    @contextmanager
    def _host_turn(self, host: str) -> Iterator[Callable[[str, object], None]]:
        """One request at a time per host, each starting at least ``interval`` after the previous one.

        The host's lock is held for the whole request. The next start is stamped before sending
        and again when the request's headers have actually been written to the socket (the
        callback given back is an httpcore ``trace`` hook), so a request that was late to leave
        (a slow connect, a busy thread, a garbage-collection pause) pushes the next one back
        instead of letting two reach the council close together.
        """
        slot = self._slot(host)
        interval = max(self._interval, slot.min_interval)

        def on_wire(event: str, _info: object) -> None:
            if event.endswith("send_request_headers.complete"):
                slot.next_start = max(slot.next_start, time.monotonic() + interval)

        with slot.lock:
            delay = slot.next_start - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            with self._concurrency:
                slot.next_start = time.monotonic() + interval
                yield on_wire

    # ------------------------------------------------------------------ one request, with retries
    def _get_with_retries(
        self, url: str, headers: dict[str, str], limit: int, retries: int | None = None
    ) -> tuple[httpx.Response, bytes, int]:
        sent = 0

        def once() -> tuple[httpx.Response, bytes]:
            nonlocal sent
            sent += 1
            return self._send_once(url, headers, limit)

        retrying = Retrying(
            stop=stop_after_attempt(max(1, (self.settings.max_retries if retries is None else retries) + 1)),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        try:
            response, body = retrying(once)
        except _Retryable as exc:
            raise FetchError(exc.reason, exc.detail, url, attempts=sent) from None
        except FetchError as exc:
            exc.attempts = sent
            raise
        return response, body, sent

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return min(exc.retry_after, self.settings.retry_after_cap_s)
        exp = self._backoff_base * (2 ** (state.attempt_number - 1))
        return min(self._backoff_max, exp) + random.uniform(0, self._backoff_base)  # noqa: S311 - jitter

    def _send_once(self, url: str, headers: dict[str, str], limit: int) -> tuple[httpx.Response, bytes]:
        with self._host_turn(host_key(url)) as on_wire:
            with self._count_lock:
                self.requests += 1
            deadline = time.monotonic() + self.settings.http_timeout_s * 4
            try:
                with self._client.stream(
                    "GET", url, headers=headers, extensions={"trace": on_wire}
                ) as response:
                    status = response.status_code
                    if status == 429 or status >= 500:
                        retry_after = parse_retry_after(response.headers.get("retry-after"))
                        raise _Retryable(f"http_{status}", response.reason_phrase, retry_after)
                    if not (200 <= status < 300):
                        return response, b""  # redirects, 304 and 4xx: the body is not needed
                    declared = _content_length(response)
                    if declared is not None and declared > limit:
                        raise FetchError("too_large", f"Content-Length {declared} > {limit} bytes", url)
                    chunks: list[bytes] = []
                    size = 0
                    try:
                        for chunk in response.iter_bytes():
                            size += len(chunk)
                            if size > limit:
                                raise FetchError("too_large", f"more than {limit} bytes", url)
                            if time.monotonic() > deadline:
                                raise _Retryable("timeout", "body took too long")
                            chunks.append(chunk)
                    except httpx.RemoteProtocolError as exc:
                        if declared is not None and response.num_bytes_downloaded < declared:
                            raise _Retryable(
                                "truncated",
                                f"got {response.num_bytes_downloaded} of {declared} bytes",
                            ) from exc
                        raise _Retryable("connection_error", str(exc)[:300]) from exc
                    if declared is not None and response.num_bytes_downloaded < declared:
                        raise _Retryable(
                            "truncated", f"got {response.num_bytes_downloaded} of {declared} bytes"
                        )
                    return response, b"".join(chunks)
            except httpx.TimeoutException as exc:
                raise _Retryable("timeout", type(exc).__name__) from exc
            except httpx.TransportError as exc:
                raise _Retryable("connection_error", f"{type(exc).__name__}: {exc}"[:300]) from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # bad URLs and friends: not worth retrying
                raise FetchError("bad_url", f"{type(exc).__name__}: {exc}"[:300], url) from exc


def _content_length(response: httpx.Response) -> int | None:
    raw = response.headers.get("content-length")
    if raw is None or response.headers.get("transfer-encoding"):
        return None
    try:
        return int(raw.split(",")[0].strip())
    except ValueError:
        return None


def normalise_url(url: str) -> str:
    """Percent-encode raw spaces and drop the fragment (hrefs on council sites carry both)."""
    parts = urlsplit(url.strip())
    return urlunsplit(
        (parts.scheme, parts.netloc, parts.path.replace(" ", "%20"), parts.query.replace(" ", "%20"), "")
    )
