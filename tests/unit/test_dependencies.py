"""Promise 14: dependencies are pinned, and releases with known vulnerabilities are excluded.

`make audit` runs pip-audit against constraints.txt where a vulnerability service is
reachable; this test holds the floors we know of, offline, on every run.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

# package -> (minimum safe version, why)
KNOWN_VULNERABLE_BELOW = {
    "pdfminer-six": (
        "20251107",
        "CVE-2025-64512: arbitrary code execution via crafted PDF (pickle in CMap loading)",
    ),
    "jinja2": ("3.1.6", "CVE-2025-27516: sandbox breakout through |attr"),
    "urllib3": ("2.5.0", "CVE-2025-50181/50182: redirect control bypass"),
    "requests": ("2.32.4", "CVE-2024-47081: .netrc credential leak"),
    "h11": ("0.16.0", "CVE-2025-43859: request smuggling"),
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, Version]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and "==" in line:
            name, version = line.split("==", 1)
            out[_norm(name)] = Version(version.strip())
    return out


def test_every_direct_dependency_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + project["optional-dependencies"]["dev"]
    pinned = pins()
    for spec in declared:
        req = Requirement(spec)
        name = _norm(req.name)
        assert name in pinned, f"{req.name} is not pinned in constraints.txt"
        assert pinned[name] in req.specifier, f"pin {req.name}=={pinned[name]} violates {req.specifier}"


def test_known_vulnerable_releases_are_excluded() -> None:
    pinned = pins()
    for name, (floor, why) in KNOWN_VULNERABLE_BELOW.items():
        if name in pinned:
            assert pinned[name] >= Version(floor), f"{name}=={pinned[name]} is affected by {why}"


def test_install_pitfalls_stay_pinned_away() -> None:
    pinned = pins()
    assert pinned["dbt-core"] < Version("1.12"), "dbt-core 1.12 downloads a binary at install time"
    assert pinned["fastapi"] < Version("0.155"), "fastapi >= 0.155 breaks Prefect 3.8's ephemeral server"
    assert pinned["prefect"] < Version("3.9"), "prefect 3.9 needs a certifi the registry lacks"
