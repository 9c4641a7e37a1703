"""Promise 11 (reports): titles, names and text from council pages are escaped in every HTML report."""

from __future__ import annotations

from pathlib import Path

from minutebook.publish.report import RunReport, write_run_report
from minutebook.quality import ExpectationOutcome, QualityResult

HOSTILE_NAME = "<script>alert('x')</script>O'Brien'); DROP TABLE x;--"
HOSTILE_URL = "javascript:alert(1)"


def test_hostile_values_are_escaped_and_never_linked(tmp_path: Path) -> None:
    outcome = ExpectationOutcome(
        suite="attendance",
        table="fct_attendance",
        expectation="expect_column_values_to_be_in_set",
        column="attendance_status",
        success=False,
        severity="error",
        observed_value={"unexpected_percent": 10},
        unexpected_count=1,
        offending_rows=[
            {"attendance_status": "maybe", "person_name": HOSTILE_NAME, "source_url": HOSTILE_URL, "page": 3},
            {
                "attendance_status": "maybe",
                "person_name": "A Smith",
                "source_url": "https://council.example/m.pdf",
                "page": 1,
            },
        ],
    )
    report = RunReport(
        run_id="r1",
        status="blocked",
        started_at="s",
        finished_at="f",
        home=str(tmp_path),
        counts={"meetings": 3},
        failures=[
            {
                "stage": "fetch",
                "council_id": "c",
                "url": HOSTILE_URL,
                "document_sha256": None,
                "reason": "http_500",
                "detail": "<b>boom</b>",
            }
        ],
        blocked_reasons=[f"attendance: {HOSTILE_NAME}"],
    )
    path = write_run_report(tmp_path, report, QualityResult(outcomes=[outcome], data_docs_index=None))
    html = path.read_text()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "O&#39;Brien&#39;); DROP TABLE x;--" in html
    assert "<b>boom</b>" not in html and "&lt;b&gt;boom&lt;/b&gt;" in html
    assert 'href="javascript:' not in html
    assert 'href="https://council.example/m.pdf"' in html
    assert (tmp_path / "latest.html").read_text() == html
