"""Promises 6, 9 and 10 through the pipeline's own steps and the real state database.

One crawl of a local ModernGov imitation whose minutes answer badly in every way a download
can: cut short of its Content-Length, larger than the limit, empty, a corrupt PDF, a redirect
to another host, a redirect to ``file:``, and a good PDF whose Content-Disposition names a file
outside the home. ``steps.crawl_and_record`` / ``process_documents`` / ``load_batch`` record the
outcome in a real :class:`StateDB`, as the flow does (without the minutes of dbt and GX).
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest

from minutebook import steps
from minutebook.demo.pdfrender import build_pdf
from minutebook.load import StateDB
from tests.integration.test_crawl_moderngov import TODAY, council_for
from tests.unit.conftest_fetch import (
    FakeCommittee,
    FakeMeeting,
    FakeModernGov,
    LogServer,
    Reply,
    fast_client,
    fast_settings,
)

MINUTES = """Minutes of the Cabinet meeting held on 10 February 2026

Present: Councillor Ann Lee (Chair), Councillor Bob Roe

1. Apologies for absence
There were no apologies.

2. Budget
RESOLVED: that the budget be approved.
"""
LIMIT = 60_000
BAD = {  # meeting id -> what its minutes download does, and the reason recorded
    501: "truncated",
    502: "too_large",
    503: "empty",
    505: "offsite_redirect",
    506: "bad_scheme",
}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("downloads") / "home"
    with LogServer() as server, LogServer({"/robots.txt": Reply(200, b"User-agent: *\n")}) as other:
        site = FakeModernGov(server, prefix="/democracy", ws=True)
        meetings = [FakeMeeting(mid, 12, date(2026, 2, mid % 100 + 1)) for mid in range(501, 508)]
        site.add(FakeCommittee(12, "Cabinet"), *meetings)
        path = {m.mid: f"/democracy/documents/g{m.mid}/{quote(m.printed_minutes_name)}" for m in meetings}
        pdf = {"Content-Type": "application/pdf"}
        good, _pages = build_pdf(MINUTES, header="Cabinet")
        server.routes[path[501]] = Reply(200, good[: len(good) // 2], pdf, content_length=len(good))
        server.routes[path[502]] = Reply(200, b"%PDF-1.4\n" + b"0" * (LIMIT * 2), pdf)
        server.routes[path[503]] = Reply(200, b"", pdf)
        site.doc_versions[path[504]] = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 20  # corrupt
        server.routes[path[505]] = Reply(302, b"", {"Location": other.base + "/evil.pdf"})
        other.routes["/evil.pdf"] = Reply(200, good, pdf)
        server.routes[path[506]] = Reply(302, b"", {"Location": "file:///etc/passwd"})
        server.routes[path[507]] = Reply(
            200, good, {**pdf, "Content-Disposition": 'attachment; filename="../../../escaped.pdf"'}
        )
        settings = fast_settings(home, recent_window_days=120, max_document_bytes=LIMIT)
        state = StateDB(settings.state_path)
        client = fast_client(settings)
        try:
            state.start_run("r1")
            crawl = steps.crawl_and_record(
                council_for(site), settings=settings, state=state, client=client, run_id="r1", today=TODAY
            )
            pending = state.pending_documents(steps.PARSER_VERSION)
            batch = steps.process_documents(pending, settings=settings)
            steps.load_batch(state, batch, "r1")
            documents = state.con.execute(
                "select url, status, storage_path, sha256 from raw.documents"
            ).fetchall()
            failures = state.con.execute("select stage, reason, url from raw.failures").fetchall()
            parsed = state.con.execute(
                "select d.url from raw.parsed_meetings p join raw.documents d on d.sha256 = p.document_sha256"
            ).fetchall()
        finally:
            client.close()
            state.close()
        return {
            "home": home,
            "crawl": crawl,
            "url": {mid: server.base + p + "?T=1" for mid, p in path.items()},
            "documents": documents,
            "failures": failures,
            "parsed": {u for (u,) in parsed},
            "good": good,
            "other_log": list(other.log),
        }


def _by_url(rows: list[tuple], url: str) -> list[tuple]:
    return [r for r in rows if r[0] == url or (len(r) > 2 and r[2] == url)]


@pytest.mark.parametrize("mid", sorted(BAD))
def test_bad_download_is_a_failure_and_never_a_document(outcome: dict, mid: int) -> None:
    """Promises 6 and 9: no raw.documents row, a fetch failure with the reason, for each bad answer."""
    url = outcome["url"][mid]
    assert not [d for d in outcome["documents"] if d[0] == url], outcome["documents"]
    assert ("fetch", BAD[mid], url) in outcome["failures"], outcome["failures"]


def test_nothing_from_the_other_host_or_file_url_was_stored(outcome: dict) -> None:
    """Promise 9: the off-host redirect was never followed; no stored file holds /etc/passwd."""
    assert not [e for e in outcome["other_log"] if "evil" in e.path]
    for f in (outcome["home"] / "raw").rglob("*"):
        if f.is_file() and "documents" in f.parts:
            assert b"root:" not in f.read_bytes()[:4096]


def test_corrupt_pdf_is_stored_but_never_parsed(outcome: dict) -> None:
    """Promise 6: it downloaded whole, so it is kept as evidence; extraction fails and says so."""
    url = outcome["url"][504]
    assert [d[1] for d in outcome["documents"] if d[0] == url] == ["current"]
    assert url not in outcome["parsed"]
    assert [f for f in outcome["failures"] if f[0] == "extract" and f[2] == url], outcome["failures"]


def test_good_document_parsed_and_stored_under_raw_by_content(outcome: dict) -> None:
    """Promise 10: the server's file name (``../../../escaped.pdf``) never becomes a path."""
    url = outcome["url"][507]
    (row,) = [d for d in outcome["documents"] if d[0] == url]
    assert url in outcome["parsed"]
    home = outcome["home"].resolve()
    stored = (home / row[2]).resolve()
    assert stored.is_relative_to(home / "raw" / "documents") and row[3] in stored.name
    assert stored.read_bytes() == outcome["good"]
    assert not list(home.parent.rglob("escaped*")), "nothing named by the server exists anywhere"
    for f in home.rglob("*"):
        assert f.resolve().is_relative_to(home)
