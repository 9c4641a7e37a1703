"""The nightly flow against the embedded demo council site, twice (issues 4 and 9).

Politeness is turned up to 50 requests/s for speed; the limiter itself is proven in
tests/unit/test_fetch_http.py. Everything else is the product's default behaviour.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest

from minutebook.cli import demo_sources
from minutebook.demo.site import DemoSite
from minutebook.settings import load_settings

MARTS = ("fct_meetings", "fct_attendance", "fct_actions", "fct_decisions", "dim_person")
DOC_PATHS = ("/documents/", "mgconvert2pdf.aspx")


def _marts(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {m: con.execute(f"select * from {m} order by all").fetchall() for m in MARTS}
    finally:
        con.close()


@pytest.fixture(scope="module")
def demo(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from flows.nightly import nightly

    patch = pytest.MonkeyPatch()
    patch.setenv("MINUTEBOOK_REQUESTS_PER_SECOND", "50")
    # the second run stands for the next night's, which re-checks the recent window (a same-day
    # rerun skips meetings checked in the last 12 hours: tests/integration/test_crawl_statedb.py)
    patch.setenv("MINUTEBOOK_RECHECK_AFTER_HOURS", "0")
    home = tmp_path_factory.mktemp("demo") / "home"
    try:
        with DemoSite() as site:
            settings = load_settings(home)
            sources = demo_sources(site, settings)
            first = nightly(sources=str(sources), home=str(home), today=site.today)
            first_log = list(site.request_log)
            first_marts = _marts(settings.warehouse_path)
            second = nightly(sources=str(sources), home=str(home), today=site.today)
            second_log = site.request_log[len(first_log) :]
            expected = site.expected()
    finally:
        patch.undo()
    return {
        "home": home,
        "first": first,
        "second": second,
        "first_log": first_log,
        "second_log": second_log,
        "first_marts": first_marts,
        "expected": expected,
        "warehouse": settings.warehouse_path,
    }


def test_meetings_and_statuses_match_the_site(demo: dict) -> None:
    assert demo["first"]["status"] == "published"
    con = duckdb.connect(str(demo["warehouse"]), read_only=True)
    got = dict(con.execute("select source_meeting_id, status from fct_meetings").fetchall())
    con.close()
    want = {m["source_meeting_id"]: m["status"] for m in demo["expected"]["meetings"]}
    assert got == want
    assert "cancelled" in want.values() and "scheduled" in want.values()


def test_faulty_documents_are_recorded_failures(demo: dict) -> None:
    con = duckdb.connect(str(demo["warehouse"]), read_only=True)
    failures = con.execute("select stage, reason, url from ops_failures").fetchall()
    con.close()
    reasons = {(stage, reason) for stage, reason, _ in failures}
    assert ("fetch", "truncated") in reasons, failures
    assert ("extract", "corrupt_pdf") in reasons, failures


def test_register_and_minutes_are_merged(demo: dict) -> None:
    con = duckdb.connect(str(demo["warehouse"]), read_only=True)
    evidence = dict(con.execute("select evidence, count(*) from fct_attendance group by 1").fetchall())
    con.close()
    assert evidence.get("both", 0) > 0, evidence


def test_polite_crawl_from_the_servers_log(demo: dict) -> None:
    log = demo["first_log"]
    assert all("Minutebook" in e["headers"].get("User-Agent", "") for e in log)
    assert not any(e["status"] == 403 for e in log), "the site refuses requests without a proper User-Agent"
    # robots.txt: the site disallows mgRofI.aspx and one committee's documents folder
    assert not any("mgrofi.aspx" in e["path"].lower() for e in log)
    retried = [e for e in log if e["status"] == 503]
    assert retried, "the 503-with-Retry-After document was requested"


def test_second_run_downloads_nothing_again(demo: dict) -> None:
    second = demo["second"]
    assert second["status"] == "unchanged"  # nothing changed: the published warehouse stays as it is
    assert second["counts"]["documents_parsed"] == 0
    assert second["counts"]["documents_new"] == 0
    # a document that never downloaded whole (truncated, refused by robots) has no stored copy to revalidate
    never_stored = {
        unquote(d["url"].split("/democracy", 1)[1]).lower()
        for d in demo["expected"]["documents"]
        if d["fault"] and d["fault"] != "retry_once_503"
    }
    doc_requests = [
        e
        for e in demo["second_log"]
        if any(p in e["path"].lower() for p in DOC_PATHS)
        and unquote(e["path"].split("/democracy", 1)[1]).lower() not in never_stored
    ]
    assert doc_requests, "the second run re-checked documents"
    for e in doc_requests:
        assert e["headers"].get("If-None-Match") or e["headers"].get("If-Modified-Since"), e
        assert e["status"] == 304, e


def test_a_document_that_failed_gets_one_attempt_on_the_next_run(demo: dict) -> None:
    """The first run spent its retries on the truncated download; the next run tries it once."""
    truncated = next(d["url"] for d in demo["expected"]["documents"] if d["fault"] == "truncated")
    path = unquote(truncated.split("/democracy", 1)[1]).lower()

    def tries(log: list[dict]) -> int:
        return sum(
            1
            for e in log
            if "/democracy" in e["path"] and unquote(e["path"].split("/democracy", 1)[1]).lower() == path
        )

    settings = load_settings(demo["home"])
    assert tries(demo["first_log"]) == settings.max_retries + 1
    assert tries(demo["second_log"]) == 1


def test_second_run_changes_no_mart_row(demo: dict) -> None:
    assert _marts(demo["warehouse"]) == demo["first_marts"]
