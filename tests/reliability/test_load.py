"""Promise 16 (slow, skipped unless ``-m slow``): ~2,000 meetings, 5% faulty documents, bounded memory.

The figures (run time, peak RSS of the run's process tree) are printed by
``python -m bench.load_test``; this test holds the run to its promises.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.load_test import run_load_test

PEAK_RSS_LIMIT_MB = 1500  # whole process tree (run, Prefect server, extraction workers, dbt); measured 999


@pytest.mark.slow
def test_two_thousand_meetings_with_five_percent_faults(tmp_path: Path) -> None:
    figures = run_load_test(meetings=2000, fault_rate=0.05, rate=200.0, home=tmp_path / "home")
    print(figures)
    assert figures["exit_code"] == 0 and figures["status"] == "published", figures
    assert figures["meetings"] >= 2000
    assert figures["faulty_documents"] >= 0.05 * figures["documents"] - 1
    assert figures["faults_unrecorded"] == []
    assert figures["good_documents_missing_from_marts"] == []
    assert figures["peak_rss_tree_mb"] < PEAK_RSS_LIMIT_MB, figures
