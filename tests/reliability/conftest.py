"""Reliability fixtures: one Prefect API server for the session, shared by every ``minutebook run`` subprocess.

Each CLI run would otherwise start its own ephemeral Prefect server (~10 s); the runs here
are separate processes (so they can be killed with SIGKILL) pointed at this one through
``PREFECT_API_URL``.

Tests marked ``slow`` (the load test) are skipped unless selected with ``-m slow``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from minutebook.demo.site import DemoSite
from tests.reliability.harness import Readers, complete_run, marts, run_env, warehouse_view


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow")
    for item in items:
        if "slow" in item.keywords and "tests/reliability" in str(item.path).replace("\\", "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def prefect_api() -> Iterator[str]:
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield str(PREFECT_API_URL.value())


# --------------------------------------------------------------------------- the demo site and three runs over it


HOSTILE_NAME = "Robert O'Brien'); DROP TABLE x;--"


def small_site() -> DemoSite:
    """The demo site with one generated meeting per committee and no injected faults (~10 PDFs).

    One attendance register names ``Councillor Robert O'Brien'); DROP TABLE x;--`` (promise 11:
    text from a site is bound as a parameter, never spliced into SQL). PDFs are rendered up front
    so no run waits for them.
    """
    site = DemoSite(meetings_per_committee=1, faults=False)
    registered = next(m for m in site.meetings if m.register and m.register_rows and m.source == "synthetic")
    _name, role, attendance, uid = registered.register_rows[0]
    registered.register_rows[0] = (f"Councillor {HOSTILE_NAME}", role, attendance, uid)
    for doc in site.documents():
        site.document_bytes(doc)
    return site


def write_sources(site: DemoSite, path: Path) -> Path:
    path.write_text(
        f"councils:\n  - id: sandbury\n    name: Sandbury Borough Council\n"
        f"    platform: moderngov\n    base_url: {site.base_url}\n"
    )
    return path


@pytest.fixture(scope="session")
def demo_site() -> Iterator[DemoSite]:
    """A site nobody changes: the kill tests' runs all crawl it."""
    with small_site() as site:
        yield site


@pytest.fixture(scope="session")
def demo_sources(demo_site: DemoSite, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sources(demo_site, tmp_path_factory.mktemp("sources") / "sources.yml")


@pytest.fixture(scope="session")
def three_runs(prefect_api: str, demo_site: DemoSite, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Three consecutive runs over the demo site, with two BI readers on the published file.

    Between the second and the third run one minutes PDF disappears from the site (404 while
    still linked; it is back afterwards), so the third run publishes a different warehouse. The
    first run's marts are the reference every killed-and-resumed run must reproduce (marts hold
    source URLs, so the reference must come from the same site, port included).
    """
    root = tmp_path_factory.mktemp("three-runs")
    home = root / "home"
    env = run_env(prefect_api, home)
    published = home / "warehouse" / "minutebook.duckdb"
    out: dict = {"home": home, "published": published, "views": [], "marts": []}
    site = demo_site
    sources = write_sources(site, root / "sources.yml")
    today = site.today.isoformat()
    gone = max(site.documents(), key=lambda d: d.published)
    try:
        with Readers(published, holds=(True, False)) as readers:
            time.sleep(0.5)
            for n in range(3):
                if n == 2:
                    site._docs.pop(gone.path.lower())
                    site._by_att.pop(gone.attachment_id)
                    out["gone_url"] = site.document_url(gone)
                complete_run(sources, home, env, today=today)
                out["views"].append(warehouse_view(published))
                out["marts"].append(marts(published))
            time.sleep(0.5)  # let the readers see the last warehouse
            out["readers"] = {r["hold"]: r for r in readers.results()}
    finally:
        site._docs[gone.path.lower()] = gone
        site._by_att[gone.attachment_id] = gone
    return out


@pytest.fixture(scope="session")
def reference(three_runs: dict) -> dict:
    """The marts and fingerprint of an uninterrupted first run over the demo site."""
    fp, runs = three_runs["views"][0]
    got = three_runs["marts"][0]
    assert all(got[t] for t in got), {t: len(r) for t, r in got.items()}
    return {"marts": got, "fingerprint": fp}
