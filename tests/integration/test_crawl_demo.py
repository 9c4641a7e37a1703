"""The crawler against the embedded demo council (minutebook.demo.site.DemoSite), both ways in.

The demo's ``expected()`` is the ground truth: every meeting with its status, the minutes
documents, and the faults it plants (a truncated download, a robots-disallowed folder, a
503 with Retry-After, a corrupt PDF that only extraction can notice).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from minutebook.demo.site import DemoSite
from minutebook.fetch import MemoryCrawlState, RawStore, crawl_council
from minutebook.records import Council
from tests.unit.conftest_fetch import fast_client, fast_settings

RATE = 50.0


@pytest.mark.parametrize("webservice", [True, False], ids=["webservice", "html-fallback"])
def test_crawl_demo_site(tmp_path: Path, webservice: bool) -> None:
    with DemoSite(webservice=webservice) as site:
        expected = site.expected()
        settings = fast_settings(tmp_path, requests_per_second=RATE)
        client = fast_client(settings)
        council = Council(
            id="sandbury", name="Sandbury Borough Council", platform="moderngov", base_url=site.base_url
        )
        try:
            result = crawl_council(
                council,
                client=client,
                store=RawStore(tmp_path),
                state=MemoryCrawlState(),
                settings=settings,
                today=site.today,
            )
        finally:
            client.close()
        log = list(site.request_log)

    meetings = {m.source_meeting_id: m for m in result.meetings}
    assert set(meetings) == {m["source_meeting_id"] for m in expected["meetings"]}
    for want in expected["meetings"]:
        got = meetings[want["source_meeting_id"]]
        assert (got.status, got.committee_name, str(got.meeting_date), got.start_time) == (
            want["status"],
            want["committee_name"],
            want["meeting_date"],
            want["start_time"],
        ), want["source_meeting_id"]
        assert got.url == want["url"]
        if want["status"] == "held":
            assert got.venue == want["venue"]
        assert got.listed_via == ("webservice" if webservice else "html")

    faults = expected["faults"]
    pdfs = {d.url for d in result.documents if d.kind == "minutes"}
    assert pdfs == {
        d["url"] for d in expected["documents"] if d["fault"] not in ("truncated", "robots_disallowed")
    }
    assert sorted((f.reason, f.url) for f in result.failures) == sorted(
        [("truncated", faults["truncated"]), ("robots_disallowed", faults["robots_disallowed"])]
    )
    disallowed_folder = urlsplit(faults["robots_disallowed"]).path.rsplit("/", 1)[0] + "/"
    assert disallowed_folder.endswith(
        f"/documents/g{faults['robots_disallowed'].split('/g')[1].split('/')[0]}/"
    )
    assert not [e for e in log if e["path"].startswith(disallowed_folder)]  # never requested
    with_minutes_html = {d.source_meeting_id for d in result.documents if d.kind == "minutes_html"}
    assert with_minutes_html <= {
        m["source_meeting_id"] for m in expected["meetings"] if m["status"] == "held"
    }

    register = defaultdict(list)
    for r in result.register:
        register[r.source_meeting_id].append((r.person_name, r.attendance_raw))
    for want in expected["meetings"]:
        if want["has_register"]:
            assert register[want["source_meeting_id"]] == [
                (x["name"], x["attendance"]) for x in want["register"]
            ]

    # politeness, from the site's own log: never more than RATE requests in any one second
    times = sorted(e["time"] for e in log)
    busiest = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert busiest <= RATE + 1
    assert all(e["headers"].get("User-Agent", "").startswith("Minutebook/") for e in log)
    measured = (len(times) - 1) / (times[-1] - times[0])
    print(
        f"demo crawl ({'webservice' if webservice else 'html'}): {len(times)} requests, "
        f"{measured:.1f} requests/s overall, busiest second {busiest}, limit {RATE:.0f}/s"
    )
    assert date.fromisoformat(expected["today"]) == site.today
