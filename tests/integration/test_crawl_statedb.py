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
            assert known["501"] == (date(2026, 2, 10), "held", True) and known["503"][1] == "scheduled"
            server.clear()
            second = crawl_council(council_for(site), **kw)
            assert second.failures == [] and second.documents == [] and second.not_modified == 2
            docs = server.requests_to("/democracy/documents/")
            assert len(docs) == 2 and all("if-none-match" in e.headers for e in docs)
            assert not [e for e in server.log if "400" in e.path]
        finally:
            client.close()
            state.close()
