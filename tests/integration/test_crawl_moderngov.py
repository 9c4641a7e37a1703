"""crawl_council end to end against a local ModernGov imitation under a sub-path.

Everything is proven from the server's request log: which pages were asked for, with
which conditional headers, and what the crawler made of the answers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minutebook.fetch import MemoryCrawlState, RawStore, crawl_council
from minutebook.records import Council
from tests.unit.conftest_fetch import (
    FakeCommittee,
    FakeMeeting,
    FakeModernGov,
    LogServer,
    Reply,
    fast_client,
    fast_settings,
    fine_gil_switching,
    pdf_bytes,
)

TODAY = date(2026, 3, 1)
CABINET = FakeCommittee(12, "Cabinet")
AUDIT = FakeCommittee(144, "Audit Committee")
ATTENDANCE = [
    ("Councillor Ann Lee", "Chair", "Present"),
    ("Councillor Bob Roe", "Committee Member", "Apologies, sent substitute"),
    ("Jo Bloggs", "Officer", "In attendance"),
    ("Councillor Cy Day", "Committee Member", "Absent"),
]
ITEMS = [
    ("1.", "Apologies for absence", "<p>Apologies were received from Councillor Roe.</p>"),
    ("2.", "Budget", "<p>RESOLVED: that the budget be approved.</p>"),
]


def build_site(server: LogServer, *, ws: bool) -> FakeModernGov:
    site = FakeModernGov(server, prefix="/democracy", ws=ws)
    site.add(
        CABINET,
        FakeMeeting(501, 12, date(2026, 2, 10), items=ITEMS, attendance=ATTENDANCE),  # recent, held
        FakeMeeting(502, 12, date(2026, 1, 13), status="Cancelled", minutes_pdf=False),
        FakeMeeting(503, 12, date(2026, 4, 14), minutes_pdf=False),  # future
        FakeMeeting(400, 12, date(2025, 3, 4), items=ITEMS[:1], attendance=ATTENDANCE[:1]),  # old
    )
    site.add(AUDIT, FakeMeeting(601, 144, date(2026, 2, 20), items=ITEMS[1:], attendance=ATTENDANCE[:2]))
    return site


def council_for(site: FakeModernGov, **kw) -> Council:
    return Council(
        id="sandbury",
        name="Sandbury",
        platform="moderngov",
        base_url=site.base_url,
        since=date(2025, 1, 1),
        **kw,
    )


@pytest.fixture
def server():
    with LogServer() as s:
        yield s


def crawl(site: FakeModernGov, home: Path, state: MemoryCrawlState, *, full: bool = False, **council_kw):
    settings = fast_settings(home, recent_window_days=120)
    client = fast_client(settings)
    try:
        return crawl_council(
            council_for(site, **council_kw),
            client=client,
            store=RawStore(home),
            state=state,
            settings=settings,
            full=full,
            today=TODAY,
        )
    finally:
        client.close()


def paths(server: LogServer) -> list[str]:
    return [e.path for e in server.log]


@pytest.mark.parametrize("ws", [True, False], ids=["webservice", "html-fallback"])
def test_first_crawl_finds_meetings_minutes_and_register(server: LogServer, tmp_path: Path, ws: bool) -> None:
    site = build_site(server, ws=ws)
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert result.failures == []
    meetings = {m.source_meeting_id: m for m in result.meetings}
    assert {k: m.status for k, m in meetings.items()} == {
        "400": "held",
        "501": "held",
        "502": "cancelled",
        "503": "scheduled",
        "601": "held",
    }
    m = meetings["501"]
    assert (m.committee_name, m.meeting_date, m.start_time, m.venue) == (
        "Cabinet",
        date(2026, 2, 10),
        "19:00",
        "Council Chamber, Town Hall",
    )
    assert m.url == site.base_url + "ieListDocuments.aspx?CId=12&MId=501&Ver=4"
    assert m.listed_via == ("webservice" if ws else "html")
    assert meetings["601"].committee_name == "Audit Committee"

    docs = {(d.source_meeting_id, d.kind): d for d in result.documents}
    assert set(docs) == {(mid, kind) for mid in ("400", "501", "601") for kind in ("minutes", "minutes_html")}
    pdf = docs[("501", "minutes")]
    assert (
        pdf.url
        == site.server.base
        + "/democracy/documents/g501/Printed%20minutes%2010th-Feb-2026%2019.00%20Committee.pdf?T=1"
    )
    assert pdf.storage_path.endswith(".pdf") and pdf.etag and pdf.committee_name == "Cabinet"
    assert (tmp_path / pdf.storage_path).read_bytes() == pdf_bytes("minutes of meeting 501")
    html = (tmp_path / docs[("501", "minutes_html")].storage_path).read_text()
    assert "<h2>2. Budget</h2>" in html and "the budget be approved" in html

    register = [
        (r.source_meeting_id, r.person_name, r.status)
        for r in result.register
        if r.source_meeting_id == "501"
    ]
    assert register == [
        ("501", "Councillor Ann Lee", "present"),
        ("501", "Councillor Bob Roe", "apologies"),
        ("501", "Jo Bloggs", "in_attendance"),
        ("501", "Councillor Cy Day", "absent"),
    ]
    # scheduled and cancelled meetings are listed, not polled
    assert not [p for p in paths(server) if "MId=502" in p or "MId=503" in p or "lMeetingId=50" + "3" in p]
    ws_calls = [p for p in paths(server) if "mgWebService.asmx" in p]
    if ws:
        # one GetMeetings per yearly window for every committee at once (lCommitteeId=0)
        listings = [p for p in ws_calls if "GetMeetings?" in p]
        assert any("lCommitteeId=0&sFromDate=01%2F01%2F2025&sToDate=31%2F12%2F2025" in p for p in listings)
        assert all("lCommitteeId=0&" in p for p in listings), listings
        assert not [p for p in paths(server) if "ieListMeetings" in p or "mgListCommittees" in p]
    else:
        assert ws_calls == ["/democracy/mgWebService.asmx/GetCommittees"]  # tried once, then HTML
        assert "/democracy/mgListCommittees.aspx" in paths(server)
    assert result.requests == len(server.log) - 1  # every request but robots.txt is counted per council


def test_second_crawl_is_conditional_and_finds_nothing_new(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    state = MemoryCrawlState()
    first = crawl(site, tmp_path, state)
    state.record(first.meetings, first.documents, first.missing)
    server.clear()
    second = crawl(site, tmp_path, state)
    assert second.failures == [] and second.documents == [] and second.missing == []
    doc_requests = server.requests_to("/democracy/documents/")
    assert doc_requests, "recent meetings' documents are re-checked"
    assert all("if-none-match" in e.headers and "if-modified-since" in e.headers for e in doc_requests)
    assert second.not_modified >= len(doc_requests) == 2  # meetings 501 and 601; 400 is settled
    # the old meeting, known with minutes, is not polled again
    assert not [p for p in paths(server) if "MId=400" in p or "lMeetingId=400" in p or "/g400/" in p]
    assert {m.source_meeting_id for m in second.meetings} == {"501", "502", "503", "601"}
    # unless a full crawl is asked for
    server.clear()
    third = crawl(site, tmp_path, state, full=True)
    assert any("/g400/" in p for p in paths(server)) and third.documents == []


def test_changed_gone_and_unlinked_documents(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    state = MemoryCrawlState()
    first = crawl(site, tmp_path, state)
    state.record(first.meetings, first.documents, first.missing)
    old = next(d for d in first.documents if d.source_meeting_id == "501" and d.kind == "minutes")
    path_501 = next(p for p in site.doc_versions if "/g501/" in p)
    site.doc_versions[path_501] = pdf_bytes("corrected minutes of meeting 501")  # new version
    path_601 = next(p for p in site.doc_versions if "/g601/" in p)
    del site.doc_versions[path_601]  # still linked, but 404
    site.meeting(501).items = []  # HTML minutes no longer published
    second = crawl(site, tmp_path, state)
    (new,) = second.documents
    assert new.url == old.url and new.sha256 != old.sha256
    assert (tmp_path / old.storage_path).exists() and (tmp_path / new.storage_path).exists()
    missing = set(second.missing)
    assert ("sandbury", path_to_url(site, path_601)) in missing
    assert ("sandbury", site.base_url + "ieListDocuments.aspx?CId=12&MId=501&Ver=4") in missing  # unlinked
    assert second.failures == []


def path_to_url(site: FakeModernGov, path: str) -> str:
    return site.server.base + path + "?T=1"


@pytest.mark.parametrize("wanted", [("cabinet",), ("144",)])
def test_committee_filter(server: LogServer, tmp_path: Path, wanted: tuple[str, ...]) -> None:
    site = build_site(server, ws=True)
    result = crawl(site, tmp_path, MemoryCrawlState(), committees=wanted)
    names = {m.committee_name for m in result.meetings}
    assert names == ({"Cabinet"} if wanted == ("cabinet",) else {"Audit Committee"})


def test_zero_meetings_is_a_failure(server: LogServer, tmp_path: Path) -> None:
    site = FakeModernGov(server, ws=True)
    site.add(CABINET)
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert [f.reason for f in result.failures] == ["no_meetings"]
    assert result.meetings == []


def test_robots_unavailable_host_is_not_crawled(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    server.routes["/robots.txt"] = Reply(500, b"down")
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert [f.reason for f in result.failures] == ["robots_unavailable"]
    assert {e.path for e in server.log} == {"/robots.txt"}


def test_robots_disallowed_documents_are_not_requested(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    site.robots = b"User-agent: *\nDisallow: /democracy/documents/\n"
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert server.requests_to("/democracy/documents/") == []
    assert {f.reason for f in result.failures} == {"robots_disallowed"}
    assert {d.kind for d in result.documents} == {"minutes_html"}


def test_truncated_document_is_a_failure_and_not_stored(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    path = next(p for p in site.doc_versions if "/g501/" in p)
    server.routes[path] = Reply(
        200, b"%PDF-1.4 half a file", {"Content-Type": "application/pdf"}, content_length=90_000
    )
    result = crawl(site, tmp_path, MemoryCrawlState())
    (failure,) = result.failures
    assert (failure.reason, failure.url, failure.stage, failure.council_id) == (
        "truncated",
        path_to_url(site, path),
        "fetch",
        "sandbury",
    )
    assert not [d for d in result.documents if d.source_meeting_id == "501" and d.kind == "minutes"]
    stored = [p.read_bytes() for p in (tmp_path / "raw" / "documents").rglob("*.pdf")]
    assert all(b"half a file" not in b for b in stored)


def test_getmeeting_error_falls_back_to_the_meeting_page(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    server.routes["/democracy/mgWebService.asmx/GetMeeting"] = Reply(500, b"<html>boom</html>")
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert {f.reason for f in result.failures} == {"http_500"}
    kinds = {(d.source_meeting_id, d.kind) for d in result.documents}
    assert ("501", "minutes_html") in kinds and ("501", "minutes") in kinds
    assert {r.status for r in result.register if r.source_meeting_id == "501"} == {
        "present",
        "apologies",
        "in_attendance",
        "absent",
    }


def test_crawl_keeps_to_the_rate_limit(server: LogServer, tmp_path: Path) -> None:
    site = build_site(server, ws=True)
    settings = fast_settings(tmp_path, requests_per_second=20.0)
    client = fast_client(settings)
    try:
        with fine_gil_switching():
            crawl_council(
                council_for(site),
                client=client,
                store=RawStore(tmp_path),
                state=MemoryCrawlState(),
                settings=settings,
                today=TODAY,
            )
    finally:
        client.close()
    times = [e.at for e in server.log]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # Arrival times at the server carry scheduling jitter on a loaded 2-core machine (a request
    # held up in accept() makes the next gap look short), so single gaps get a 15 ms allowance;
    # the rate over the whole crawl and over every 1-second window is held to the limit itself.
    assert len(times) >= 12 and min(gaps) >= 0.035, gaps
    rate = (len(times) - 1) / (times[-1] - times[0])
    print(f"crawl: {len(times)} requests, {rate:.2f} requests/s against a limit of 20/s")
    assert rate <= 20.5
    busiest = max(sum(1 for u in times if t <= u < t + 1.0) for t in times)
    assert busiest <= 21, busiest


def test_host_root_install(server: LogServer, tmp_path: Path) -> None:
    site = FakeModernGov(server, prefix="", ws=False)
    site.add(CABINET, FakeMeeting(501, 12, date(2026, 2, 10), items=ITEMS, attendance=ATTENDANCE))
    assert site.base_url == server.base + "/"
    result = crawl(site, tmp_path, MemoryCrawlState())
    assert result.failures == []
    assert {(d.kind, d.url.split("?")[0].rsplit("/", 2)[-2]) for d in result.documents} == {
        ("minutes", "g501"),
        ("minutes_html", server.base.rsplit("/", 1)[-1]),
    }
    assert "/mgListCommittees.aspx" in paths(server)
