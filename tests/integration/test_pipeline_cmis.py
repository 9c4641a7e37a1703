"""The nightly flow against the local CMIS site: CMIS meetings and minutes reach the marts.

Politeness is turned up to 50 requests/s for speed (the limiter is proven in
tests/unit/test_fetch_http.py); everything else is the product's default behaviour.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

from minutebook.demo.cmis_site import CmisSite
from minutebook.settings import load_settings


@pytest.fixture(scope="module")
def run(prefect_server: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from flows.nightly import nightly

    patch = pytest.MonkeyPatch()
    patch.setenv("MINUTEBOOK_REQUESTS_PER_SECOND", "50")
    root = tmp_path_factory.mktemp("cmis-pipeline")
    home = root / "home"
    try:
        with CmisSite() as site:
            settings = load_settings(home)
            sources = root / "sources.yml"
            council = {
                "id": "westshire",
                "name": site.council_name,
                "platform": "cmis",
                "base_url": site.base_url,
            }
            sources.write_text(yaml.safe_dump({"councils": [council]}, sort_keys=False))
            summary = nightly(sources=str(sources), home=str(home), today=site.today)
            expected = site.expected()
    finally:
        patch.undo()
    return {"summary": summary, "expected": expected, "warehouse": settings.warehouse_path}


def _query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_cmis_meetings_reach_fct_meetings_with_their_statuses(run: dict) -> None:
    assert run["summary"]["status"] == "published"
    rows = _query(
        run["warehouse"],
        "select source_meeting_id, status, committee_name, cast(meeting_date as varchar), start_time, venue,"
        " minutes_document_sha256 is not null from fct_meetings where council_id = 'westshire'",
    )
    got = {r[0]: r[1:] for r in rows}
    want = {
        m["source_meeting_id"]: (
            m["status"],
            m["committee_name"],
            m["meeting_date"],
            m["start_time"],
            m["venue"],
            m["has_minutes"],
        )
        for m in run["expected"]["meetings"]
    }
    assert got == want
    assert {"held", "cancelled", "scheduled"} == {v[0] for v in want.values()}


def test_cmis_minutes_give_attendance(run: dict) -> None:
    rows = _query(
        run["warehouse"],
        "select m.source_meeting_id, count(*), count(distinct a.person_name)"
        " from fct_attendance a join fct_meetings m using (meeting_id)"
        " where m.council_id = 'westshire' group by 1",
    )
    with_minutes = {m["source_meeting_id"] for m in run["expected"]["meetings"] if m["has_minutes"]}
    assert {r[0] for r in rows} == with_minutes
    assert all(count >= 3 for _, count, _ in rows), rows
    evidence = _query(
        run["warehouse"],
        "select distinct a.evidence from fct_attendance a join fct_meetings m using (meeting_id)"
        " where m.council_id = 'westshire'",
    )
    assert evidence == [("minutes",)]  # CMIS has no register: attendance comes from the minutes alone
