"""Shared fixtures. Tests start their own servers on 127.0.0.1 and never reach the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"

# Prefect: keep state out of ~, and no telemetry, in every test process.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty Minutebook home directory."""
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
