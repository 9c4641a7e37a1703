"""The crawler against the real DuckDB crawl state (minutebook.load.StateDB), recorded as the pipeline does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutebook.fetch import RawStore, crawl_council
from minutebook.load.state import StateDB
from tests.integration.test_crawl_moderngov import TODAY, build_site, council_for
from tests.unit.conftest_fetch import LogServer, fast_client, fast_settings


def record(state: StateDB, result, run_id: str) -> None:
    state.upsert_listed_meetings(result.meetings, run_id)
    state.record_documents(result.documents, run_id)
    state.mark_missing("sandbury", [url for _c, url in result.missing])


def test_incremental_crawl_with_statedb(tmp_path: Path) -> None:
    with LogServer() as server:
        site = build_site(server, ws=True)
        settings = fast_settings(tmp_path, recent_window_days=120)
        client = fast_client(settings)
        state = StateDB(tmp_path / "raw" / "state.duckdb")
        try:
            kw = {
                "client": client,
                "store": RawStore(tmp_path),
                "state": state,
                "settings": settings,
                "today": TODAY,
            }
            first = crawl_council(council_for(site), **kw)
            assert first.failures == [] and len(first.documents) == 6
            record(state, first, "r1")
            known = state.known_meetings("sandbury")
            assert known["501"][:3] == (date(2026, 2, 10), "held", True) and known["503"][1] == "scheduled"
            server.clear()
            second = crawl_council(council_for(site), **kw)
            assert second.failures == [] and second.documents == [] and second.not_modified == 2
            docs = server.requests_to("/democracy/documents/")
            assert len(docs) == 2 and all("if-none-match" in e.headers for e in docs)
            assert not [e for e in server.log if "400" in e.path]
        finally:
            client.close()
            state.close()


def test_rerun_spares_the_site_failed_urls_and_recently_checked_meetings(tmp_path: Path) -> None:
    """A URL that failed last run gets one attempt, not a retry cycle; a same-day rerun re-polls nothing."""
    from tests.unit.conftest_fetch import Reply

    with LogServer() as server:
        site = build_site(server, ws=True)
        broken = sorted(site.doc_versions)[0]
        server.routes[broken] = Reply(503, b"down")
        state = StateDB(tmp_path / "raw" / "state.duckdb")

        def crawl_run(run_id: str, recheck_after_hours: float):
            settings = fast_settings(
                tmp_path, recent_window_days=120, recheck_after_hours=recheck_after_hours
            )
            client = fast_client(settings)
            state.start_run(run_id)
            try:
                result = crawl_council(
                    council_for(site),
                    client=client,
                    store=RawStore(tmp_path),
                    state=state,
                    settings=settings,
                    today=TODAY,
                )
            finally:
                client.close()
            record(state, result, run_id)
            state.record_failures(result.failures, run_id)
            state.finish_run(run_id, "published", {})
            return result

        try:
            first = crawl_run("r1", 0.0)
            assert [(f.reason, f.source_meeting_id) for f in first.failures] == [("http_503", "400")]
            assert len(server.requests_to(broken)) == 3  # max_retries=2 in fast_settings: 3 attempts
            assert state.failing_urls("sandbury") == {first.failures[0].url: "400"}

            server.clear()
            second = crawl_run("r2", 0.0)  # the next night
            assert [f.reason for f in second.failures] == ["http_503"]
            assert len(server.requests_to(broken)) == 1  # one attempt: last run spent the retries
            # meeting 400 is older than the recent window and has HTML minutes (settled), but a
            # document of it failed: it is polled again; the recent ones are re-checked as every night
            assert polled_meetings(server) == ["400", "501", "601"]
            revalidated = [e for e in server.requests_to("/democracy/documents/") if e.bare_path != broken]
            assert revalidated and all("if-none-match" in e.headers for e in revalidated)

            server.clear()
            crawl_run("r3", 12.0)  # same day: only the meeting that lost a document is asked about
            assert polled_meetings(server) == ["400"]

            server.routes.pop(broken)  # the council fixes the document
            fixed = crawl_run("r4", 12.0)
            assert fixed.failures == [] and [d.url for d in fixed.documents] == [first.failures[0].url]
            assert state.failing_urls("sandbury") == {}

            server.clear()
            same_day = crawl_run("r5", 12.0)  # everything fetched minutes ago: only the listings
            assert same_day.failures == [] and same_day.documents == []
            assert polled_meetings(server) == [] and not server.requests_to("/democracy/documents/")
        finally:
            state.close()


def polled_meetings(server: LogServer) -> list[str]:
    """Meeting ids whose GetMeeting the crawler asked for (sorted)."""
    from urllib.parse import parse_qs, urlsplit

    return sorted(
        parse_qs(urlsplit(e.path).query)["lMeetingId"][0] for e in server.log if "/GetMeeting?" in e.path
    )


def test_a_robots_refusal_is_not_a_loss_to_recover(tmp_path: Path) -> None:
    """Documents robots.txt forbids stay failures in the warehouse but do not re-poll their meetings."""
    from minutebook.records import Failure

    state = StateDB(tmp_path / "state.duckdb")
    try:
        state.start_run("r1")
        state.record_failures(
            [
                Failure(
                    "fetch", "c", "robots_disallowed", "disallowed", "http://x/a.pdf", source_meeting_id="7"
                ),
                Failure("fetch", "c", "truncated", "cut short", "http://x/b.pdf", source_meeting_id="8"),
            ],
            "r1",
        )
        state.finish_run("r1", "published", {})
        assert state.failing_urls("c") == {"http://x/b.pdf": "8"}
    finally:
        state.close()


def test_a_state_file_from_an_older_release_gains_the_new_columns(tmp_path: Path) -> None:
    """Columns added to the raw tables since a state file was made are added on open, typed as the schema says."""
    import duckdb

    path = tmp_path / "state.duckdb"
    con = duckdb.connect(str(path))
    con.execute("create schema raw")
    con.execute(
        "create table raw.failures (run_id varchar, stage varchar, council_id varchar, reason varchar)"
    )
    con.execute("insert into raw.failures values ('r0', 'fetch', 'c', 'http_500')")
    con.close()
    state = StateDB(path)
    try:
        columns = dict(r[:2] for r in state.con.execute("describe raw.failures").fetchall())
        assert columns["seen_at"] == "TIMESTAMP WITH TIME ZONE"
        assert columns["source_meeting_id"] == "VARCHAR"
        assert state.con.execute("select reason from raw.failures").fetchall() == [("http_500",)]
    finally:
        state.close()
