"""PoliteClient against servers on 127.0.0.1, proven from the servers' own request logs."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from minutebook.fetch.http import FetchError, PoliteClient, host_key, parse_retry_after
from tests.unit.conftest_fetch import LogServer, Reply, fast_client, fast_settings, fine_gil_switching

ROBOTS = Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})


@pytest.fixture
def server():
    with LogServer({"/robots.txt": ROBOTS, "/page": Reply(200, b"hello")}) as s:
        yield s


def client_for(tmp_path: Path, **changes) -> PoliteClient:
    return fast_client(fast_settings(tmp_path, **changes))


def get(client: PoliteClient, server: LogServer, path: str, **kw):
    return client.get(server.base + path, allowed_hosts={server.host}, **kw)


def test_user_agent_and_robots_fetched_once(server: LogServer, tmp_path: Path) -> None:
    client = client_for(tmp_path)
    assert get(client, server, "/page").content == b"hello"
    assert get(client, server, "/page").status == 200
    assert [e.path for e in server.log] == ["/robots.txt", "/page", "/page"]
    assert all(e.headers["user-agent"] == client.user_agent for e in server.log)
    assert "Minutebook" in client.user_agent and "contact" in client.user_agent


def test_robots_disallowed_path_is_never_requested(server: LogServer, tmp_path: Path) -> None:
    server.routes["/private/minutes.pdf"] = Reply(200, b"secret")
    client = client_for(tmp_path)
    with pytest.raises(FetchError) as err:
        get(client, server, "/private/minutes.pdf")
    assert err.value.reason == "robots_disallowed"
    assert server.requests_to("/private") == []
    assert [e.path for e in server.log] == ["/robots.txt"]


def test_robots_404_means_everything_allowed(tmp_path: Path) -> None:
    with LogServer({"/private/x": Reply(200, b"ok")}) as s:
        assert get(client_for(tmp_path), s, "/private/x").content == b"ok"


def test_robots_5xx_means_host_not_crawled(tmp_path: Path) -> None:
    with LogServer({"/robots.txt": Reply(503, b"down"), "/page": Reply(200, b"hello")}) as s:
        client = client_for(tmp_path, max_retries=1)
        for _ in range(2):
            with pytest.raises(FetchError) as err:
                get(client, s, "/page")
            assert err.value.reason == "robots_unavailable"
        assert s.requests_to("/page") == []
        assert len(s.requests_to("/robots.txt")) == 2  # one try + one retry, then remembered for the run


def test_retry_after_seconds_is_waited(server: LogServer, tmp_path: Path) -> None:
    server.routes["/busy"] = [Reply(503, b"busy", {"Retry-After": "1"}), Reply(200, b"done")]
    result = get(client_for(tmp_path), server, "/busy")
    assert result.content == b"done" and result.attempts == 2
    tries = server.requests_to("/busy")
    assert len(tries) == 2
    assert tries[1].at - tries[0].at >= 0.95


def test_retry_after_is_capped(server: LogServer, tmp_path: Path) -> None:
    server.routes["/busy"] = [Reply(429, b"slow down", {"Retry-After": "3600"}), Reply(200, b"done")]
    started = time.monotonic()
    assert get(client_for(tmp_path, retry_after_cap_s=0.3), server, "/busy").content == b"done"
    tries = server.requests_to("/busy")
    assert 0.25 <= tries[1].at - tries[0].at < 2 and time.monotonic() - started < 3


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("120") == 120.0
    now = 1_700_000_000.0
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:40 GMT", now=now) == pytest.approx(20.0)
    assert parse_retry_after("Tue, 14 Nov 2020 22:13:40 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_no_retry_on_404(server: LogServer, tmp_path: Path) -> None:
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path), server, "/missing")
    assert err.value.reason == "http_404" and err.value.attempts == 1
    assert len(server.requests_to("/missing")) == 1


def test_5xx_retried_with_backoff_then_failure(server: LogServer, tmp_path: Path) -> None:
    server.routes["/broken"] = Reply(500, b"oops")
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path, max_retries=2), server, "/broken")
    assert err.value.reason == "http_500" and err.value.attempts == 3
    tries = server.requests_to("/broken")
    assert len(tries) == 3
    assert tries[2].at - tries[1].at >= tries[1].at - tries[0].at - 0.02  # exponential, not shrinking


def test_offsite_redirect_refused(server: LogServer, tmp_path: Path) -> None:
    with LogServer({"/robots.txt": ROBOTS, "/evil": Reply(200, b"x")}) as other:
        server.routes["/jump"] = Reply(302, b"", {"Location": other.base + "/evil"})
        with pytest.raises(FetchError) as err:
            get(client_for(tmp_path), server, "/jump")
        assert err.value.reason == "offsite_redirect"
        assert other.log == []


def test_redirect_to_allowed_host_followed(server: LogServer, tmp_path: Path) -> None:
    with LogServer({"/doc": Reply(200, b"moved here")}) as other:
        server.routes["/jump"] = Reply(301, b"", {"Location": other.base + "/doc"})
        server.routes["/rel"] = Reply(302, b"", {"Location": "page"})
        client = client_for(tmp_path)
        result = client.get(server.base + "/jump", allowed_hosts={server.host, other.host})
        assert result.content == b"moved here" and result.url == other.base + "/doc"
        assert get(client, server, "/rel").url == server.base + "/page"


def test_only_http_schemes(server: LogServer, tmp_path: Path) -> None:
    client = client_for(tmp_path)
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x"):
        with pytest.raises(FetchError) as err:
            client.get(url, allowed_hosts={"127.0.0.1", ""})
        assert err.value.reason == "bad_scheme"
    server.routes["/to-file"] = Reply(302, b"", {"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError) as err:
        get(client, server, "/to-file")
    assert err.value.reason == "bad_scheme"


def test_truncated_body_is_an_error(server: LogServer, tmp_path: Path) -> None:
    server.routes["/short.pdf"] = Reply(200, b"%PDF-1.4 only part", content_length=5000)
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path, max_retries=1), server, "/short.pdf")
    assert err.value.reason == "truncated"
    assert "5000" in err.value.detail


def test_oversize_refused(server: LogServer, tmp_path: Path) -> None:
    server.routes["/big.pdf"] = Reply(200, b"x" * 10_000)
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path), server, "/big.pdf", max_bytes=1000)
    assert err.value.reason == "too_large"
    assert len(server.requests_to("/big.pdf")) == 1  # not retried


def test_empty_body_is_an_error(server: LogServer, tmp_path: Path) -> None:
    server.routes["/empty.pdf"] = Reply(200, b"")
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path), server, "/empty.pdf")
    assert err.value.reason == "empty"


def test_conditional_get_and_304(server: LogServer, tmp_path: Path) -> None:
    def doc(req):
        if req.headers.get("if-none-match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return Reply(
            200, b"%PDF-1.4 body", {"ETag": '"v1"', "Last-Modified": "Mon, 05 Jan 2026 12:00:00 GMT"}
        )

    server.routes["/m.pdf"] = doc
    client = client_for(tmp_path)
    first = get(client, server, "/m.pdf")
    assert first.etag == '"v1"' and first.last_modified and not first.not_modified
    second = get(client, server, "/m.pdf", etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.content == b""
    sent = server.requests_to("/m.pdf")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == first.last_modified


def test_timeout_is_a_failure(server: LogServer, tmp_path: Path) -> None:
    def slow(req):
        time.sleep(1.0)
        return Reply(200, b"late")

    server.routes["/slow"] = slow
    with pytest.raises(FetchError) as err:
        get(client_for(tmp_path, http_timeout_s=0.2, max_retries=0), server, "/slow")
    assert err.value.reason == "timeout"


def test_rate_limit_per_host_holds_across_threads(server: LogServer, tmp_path: Path) -> None:
    client = client_for(tmp_path, requests_per_second=10.0, max_concurrency=8)
    get(client, server, "/page")  # robots.txt first
    server.clear()
    with fine_gil_switching(), ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: get(client, server, "/page"), range(16)))
    times = sorted(e.at for e in server.log)
    assert len(times) == 16
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # 8 client threads and the server share one GIL: allow 10 ms of timestamp jitter on a 100 ms slot
    assert min(gaps) >= 0.09, gaps
    rate = (len(times) - 1) / (times[-1] - times[0])
    assert rate <= 10.2


class LateToLeave(httpx.HTTPTransport):
    """A real transport that holds every other request back before it goes out (a slow connect,
    a busy thread, a garbage-collection pause between the rate limiter and the socket)."""

    def __init__(self, hold_s: float) -> None:
        super().__init__()
        self.hold_s = hold_s
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if self.sent % 2 == 0:
            time.sleep(self.hold_s)
        return super().handle_request(request)


def test_a_request_late_to_leave_pushes_the_next_one_back(server: LogServer, tmp_path: Path) -> None:
    # 10 requests/s: 100 ms slots; every other request leaves 60 ms after its slot opened. Spacing
    # slot openings alone would let the following request reach the server 40 ms after it.
    client = PoliteClient(fast_settings(tmp_path, requests_per_second=10.0), transport=LateToLeave(0.06))
    get(client, server, "/page")  # robots.txt first
    server.clear()
    for _ in range(8):
        get(client, server, "/page")
    times = [e.at for e in server.log]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert len(times) == 8 and min(gaps) >= 0.095, gaps


def test_concurrency_one_per_host_and_bounded_globally(tmp_path: Path) -> None:
    in_flight: dict[str, int] = {}
    peaks: dict[str, int] = {}
    lock = threading.Lock()

    def slow(req):
        with lock:
            in_flight["all"] = in_flight.get("all", 0) + 1
            peaks["all"] = max(peaks.get("all", 0), in_flight["all"])
            host = req.headers["host"]
            in_flight[host] = in_flight.get(host, 0) + 1
            peaks[host] = max(peaks.get(host, 0), in_flight[host])
        time.sleep(0.1)
        with lock:
            in_flight["all"] -= 1
            in_flight[host] -= 1
        return Reply(200, b"ok")

    with LogServer({"/s": slow}) as a, LogServer({"/s": slow}) as b, LogServer({"/s": slow}) as c:
        servers = [a, b, c]
        client = client_for(tmp_path, requests_per_second=1000.0, max_concurrency=2)
        with ThreadPoolExecutor(9) as pool:
            list(pool.map(lambda i: client.get(servers[i % 3].base + "/s", allowed_hosts=None), range(9)))
    assert peaks.pop("all") == 2  # bounded across hosts
    assert set(peaks.values()) == {1}  # one request at a time per host


def test_host_key() -> None:
    assert host_key("https://Democracy.Example.gov.uk:443/x") == "democracy.example.gov.uk"
    assert host_key("http://127.0.0.1:8123/a") == "127.0.0.1:8123"
