"""Promise 11: text from a site or a document is bound as a SQL parameter, never spliced into SQL.

The demo site's register names ``Councillor Robert O'Brien'); DROP TABLE x;--`` (see conftest);
a folder of minutes carries the same text in a decision. Both must come out verbatim
and every table must still be there.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from minutebook import steps
from minutebook.load import StateDB
from minutebook.records import Council
from minutebook.settings import Settings
from tests.reliability.conftest import HOSTILE_NAME

MINUTES = """KELSFORD PARISH COUNCIL

MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON TUESDAY 3 MARCH 2020
AT THE VILLAGE HALL, COMMENCING AT 7.00PM

PRESENT:  Cllr A Smith (Chair), Cllr Pat O'Brien, Cllr B Jones

IN ATTENDANCE:  Mr D Fairclough (Clerk).

1.   APOLOGIES FOR ABSENCE
There were no apologies.

2.   BUDGET
RESOLVED that the budget of O'Brien'); DROP TABLE x;-- be approved.
"""


def test_register_name_is_verbatim_in_the_marts(three_runs: dict) -> None:
    con = duckdb.connect(str(three_runs["published"]), read_only=True)
    try:
        attendance = con.execute(
            "select person_name, evidence from fct_attendance where person_name = ?", [HOSTILE_NAME]
        ).fetchall()
        people = con.execute(
            "select person_name from dim_person where person_name = ?", [HOSTILE_NAME]
        ).fetchall()
        tables = {t for (t,) in con.execute("select table_name from information_schema.tables").fetchall()}
    finally:
        con.close()
    assert attendance and all(e in ("register", "both") for _n, e in attendance), attendance
    assert people == [(HOSTILE_NAME,)]
    assert {"fct_meetings", "fct_attendance", "fct_documents", "dim_person"} <= tables and "x" not in tables


def test_minutes_text_is_verbatim_in_the_raw_tables(tmp_path: Path) -> None:
    """Through the folder crawler, extraction and the loader (the SQL the pipeline writes itself)."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "kelsford_finance_2020-03-03.txt").write_text(MINUTES)
    settings = Settings(home=tmp_path / "home")
    council = Council(id="archive", name="Local archive", platform="folder", path=str(folder))
    state = StateDB(settings.state_path)
    try:
        state.start_run("r1")
        state.upsert_councils([council])
        from minutebook.fetch.http import PoliteClient

        with PoliteClient(settings) as client:
            steps.crawl_and_record(council, settings=settings, state=state, client=client, run_id="r1")
        batch = steps.process_documents(state.pending_documents(steps.PARSER_VERSION), settings=settings)
        assert steps.load_batch(state, batch, "r1") == 1, batch.failures
        decisions = [
            t for (t,) in state.con.execute("select decision_text from raw.parsed_decisions").fetchall()
        ]
        people = state.con.execute("select person_name, role from raw.parsed_attendance").fetchall()
        documents = state.count("documents")
    finally:
        state.close()
    assert "that the budget of O'Brien'); DROP TABLE x;-- be approved." in decisions
    assert "Pat O'Brien" in {name for name, _role in people}
    assert documents == 1
