"""The CMIS crawler against the local CMIS site (minutebook.demo.cmis_site.CmisSite).

The site's ``expected()`` is the ground truth: meetings with their statuses (one past meeting
still says "Scheduled", one is "Cancelled", one is in the future) and which documents are minutes.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import unquote

import pytest

from minutebook.demo.cmis_site import CmisSite
from minutebook.fetch import CrawlResult, MemoryCrawlState, RawStore, crawl_council
from minutebook.records import Council
from minutebook.settings import Settings
from tests.unit.conftest_fetch import fast_client, fast_settings

RATE = 200.0  # requests/s: the limiter itself is proven in tests/unit/test_fetch_http.py


def _crawl(
    site: CmisSite, home: Path, council: Council, state: MemoryCrawlState, settings: Settings
) -> tuple[CrawlResult, list[dict]]:
    client = fast_client(settings)
    start = len(site.request_log)
    try:
        result = crawl_council(
            council, client=client, store=RawStore(home), state=state, settings=settings, today=site.today
        )
    finally:
        client.close()
    return result, site.request_log[start:]


def _council(site: CmisSite, **extra: object) -> Council:
    return Council(
        id="westshire", name="Westshire County Council", platform="cmis", base_url=site.base_url, **extra
    )


def _month_pages(log: list[dict]) -> list[str]:
    return [e["path"].split("/Date/")[1][:10] for e in log if "MeetingCalendarPublicNoJava" in e["path"]]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("cmis")
    settings = fast_settings(home, requests_per_second=RATE)
    state = MemoryCrawlState()
    with CmisSite() as site:
        council = _council(site)
        first, first_log = _crawl(site, home, council, state, settings)
        state.record(first.meetings, first.documents, first.missing)
        second, second_log = _crawl(site, home, council, state, settings)
        expected = site.expected()
    return {
        "first": first,
        "first_log": first_log,
        "second": second,
        "second_log": second_log,
        "expected": expected,
        "settings": settings,
        "home": home,
    }


def test_meetings_and_statuses_match_the_site(crawled: dict) -> None:
    result: CrawlResult = crawled["first"]
    assert result.failures == []
    got = {m.source_meeting_id: m for m in result.meetings}
    want = {m["source_meeting_id"]: m for m in crawled["expected"]["meetings"]}
    assert set(got) == set(want)
    for mid, w in want.items():
        m = got[mid]
        assert (
            m.status,
            m.committee_name,
            m.meeting_date.isoformat() if m.meeting_date else None,
            m.start_time,
            m.venue,
            m.source_committee_id,
            m.url,
            m.raw_status,
        ) == (
            w["status"],
            w["committee_name"],
            w["meeting_date"],
            w["start_time"],
            w["venue"],
            w["committee_id"],
            w["url"],
            w["raw_status"],
        ), mid
    statuses = sorted(m.status for m in result.meetings)
    assert statuses == ["cancelled", "held", "held", "held", "held", "held", "scheduled"]
    # a past meeting the site still calls "Scheduled" is held
    assert any(w["raw_status"] == "Scheduled" and w["status"] == "held" for w in want.values())


def test_only_minutes_are_downloaded_and_stored(crawled: dict) -> None:
    result: CrawlResult = crawled["first"]
    docs = crawled["expected"]["documents"]
    minutes = {d["url"] for d in docs if d["kind"] == "minutes"}
    assert {d.url for d in result.documents} == minutes
    assert all(d.kind == "minutes" for d in result.documents)
    for d in result.documents:
        stored = crawled["home"] / d.storage_path
        assert stored.read_bytes()[:5] == b"%PDF-"
        assert d.source_meeting_id and d.committee_name and d.meeting_date
    others = {unquote(d["url"].split("/cmis5", 1)[1]) for d in docs if d["kind"] != "minutes"}
    assert others, "the site links agendas and previous minutes too"
    requested = {
        unquote(e["path"].split("/cmis5", 1)[1]) for e in crawled["first_log"] if "/cmis5" in e["path"]
    }
    assert not others & requested


def test_first_crawl_is_polite_and_finds_the_module_itself(crawled: dict) -> None:
    log = crawled["first_log"]
    assert all("Minutebook" in e["headers"].get("User-Agent", "") for e in log)
    assert log[0]["path"] == "/robots.txt"
    paths = [e["path"] for e in log]
    # home page -> Meetings page (module id in form field names) -> current-month list view
    assert paths[1:4] == [
        "/cmis5/",
        "/cmis5/Meetings/tabid/70/Default.aspx",
        "/cmis5/Meetings/tabid/70/Default.aspx?ctl=MeetingCalendarListView&mid=397",
    ]
    months = _month_pages(log)
    # from three months ahead back until 24 empty months precede the oldest meeting
    assert months[0] == "2027-02-01"
    oldest = date.fromisoformat(min(m["meeting_date"] for m in crawled["expected"]["meetings"]))
    stop = date(oldest.year - 2, oldest.month, 1)  # EMPTY_MONTHS_STOP = 24 empty months before it
    assert min(months) == stop.isoformat()
    assert len(months) == len(set(months))
    assert crawled["first"].requests == len(log) - 1  # robots.txt is the client's, not the crawl's
    print(f"\nfirst crawl: {len(log)} requests ({len(months)} month pages)")


def test_second_crawl_only_revalidates(crawled: dict) -> None:
    second: CrawlResult = crawled["second"]
    log = crawled["second_log"]
    assert second.failures == [] and second.documents == []
    docs = [e for e in log if "document.ashx" in e["path"].lower()]
    assert docs, "minutes of meetings in the recent window are re-checked"
    for e in docs:
        assert e["headers"].get("If-None-Match") or e["headers"].get("If-Modified-Since"), e
        assert e["status"] == 304, e
    assert second.not_modified == len(docs)
    recent_from = date.fromisoformat(crawled["expected"]["today"]) - timedelta(
        days=crawled["settings"].recent_window_days
    )
    assert min(_month_pages(log)) == recent_from.replace(day=1).isoformat()
    # settled meetings (minutes known, older than the recent window) are not polled again
    polled = {e["path"].split("/Meeting/")[1].split("/")[0] for e in log if "/Meeting/" in e["path"]}
    for m in crawled["expected"]["meetings"]:
        if m["meeting_date"] < recent_from.isoformat():
            assert m["source_meeting_id"] not in polled
    assert len(log) < len(crawled["first_log"]) / 2
    print(f"\nsecond crawl: {len(log)} requests, {len(docs)} conditional (304)")


def test_committees_and_since_are_honoured(tmp_path: Path) -> None:
    settings = fast_settings(tmp_path, requests_per_second=RATE)
    with CmisSite() as site:
        council = _council(site, committees=("development control committee",), since=date(2025, 6, 1))
        result, log = _crawl(site, tmp_path, council, MemoryCrawlState(), settings)
        expected = site.expected()
        by_id = _council(site, committees=("12",), since=date(2026, 1, 1))
        result_12, _ = _crawl(site, tmp_path / "b", by_id, MemoryCrawlState(), settings)
        missing = _council(site, committees=("Scrutiny Board",), since=date(2026, 1, 1))
        result_none, _ = _crawl(site, tmp_path / "c", missing, MemoryCrawlState(), settings)
    want = {
        m["source_meeting_id"]
        for m in expected["meetings"]
        if m["committee_name"] == "Development Control Committee" and m["meeting_date"] >= "2025-06-01"
    }
    assert {m.source_meeting_id for m in result.meetings} == want and len(want) == 2
    assert min(_month_pages(log)) == "2025-06-01"
    assert {m.committee_name for m in result_12.meetings} == {"Cabinet"}
    assert [f.reason for f in result_none.failures] == ["committee_not_found"]


def test_a_site_without_a_meetings_module_is_a_recorded_failure(tmp_path: Path) -> None:
    settings = fast_settings(tmp_path, requests_per_second=RATE)
    with CmisSite() as site:
        council = Council(
            id="x", name="X", platform="cmis", base_url=site.base_url.replace("/cmis5", "/nocmis")
        )
        result, _ = _crawl(site, tmp_path, council, MemoryCrawlState(), settings)
    assert [f.reason for f in result.failures] == ["http_404", "no_meetings_module"]
    assert result.meetings == [] and result.documents == []


def test_incremental_run_repolls_last_years_meetings_still_without_minutes(tmp_path: Path) -> None:
    settings = fast_settings(tmp_path, requests_per_second=RATE)
    state = MemoryCrawlState()
    with CmisSite() as site:
        council = _council(site, since=date(2024, 12, 1))
        first, _ = _crawl(site, tmp_path, council, state, settings)
        recent_from = site.today - timedelta(days=settings.recent_window_days)
        older = sorted(
            (m for m in first.meetings if m.status == "held" and m.meeting_date < recent_from),
            key=lambda m: m.meeting_date,
        )
        lookback = recent_from - timedelta(days=365)
        late = [m for m in older if m.meeting_date >= lookback]
        too_old = [m for m in older if m.meeting_date < lookback]
        assert late and too_old
        dropped = {m.source_meeting_id for m in older}
        # as if the minutes of these meetings had not been published at the first crawl
        state.record(first.meetings, [d for d in first.documents if d.source_meeting_id not in dropped])
        second, log = _crawl(site, tmp_path, council, state, settings)
    assert {d.source_meeting_id for d in second.documents} == {m.source_meeting_id for m in late}
    months = set(_month_pages(log))
    assert {m.meeting_date.replace(day=1).isoformat() for m in late} <= months
    assert not {m.meeting_date.replace(day=1).isoformat() for m in too_old} & months
