"""The run report: an HTML page per run for engineers and auditors.

Everything that came from a council page (titles, names, URLs) is escaped: the
template is rendered with autoescaping on, and only http(s) URLs become links.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from minutebook.quality import QualityResult


@dataclass
class RunReport:
    run_id: str
    status: str
    started_at: str
    finished_at: str
    home: str
    counts: dict[str, Any]
    failures: list[dict[str, Any]] = field(default_factory=list)
    blocked_reasons: list[str] = field(default_factory=list)


def safe_link(url: str) -> bool:
    return urlsplit(str(url)).scheme in ("http", "https")


def write_run_report(reports_dir: Path, report: RunReport, quality: QualityResult | None) -> Path:
    """Write ``run-<id>.html`` and copy it to ``latest.html``; returns the run's path."""
    env = Environment(
        loader=PackageLoader("minutebook.publish", "templates"),
        autoescape=select_autoescape(["html"], default=True),
    )
    outcomes = quality.outcomes if quality else []
    html = env.get_template("run_report.html").render(
        run=report,
        counts=sorted(report.counts.items()),
        outcomes=outcomes,
        failed_outcomes=[o for o in outcomes if not o.success],
        failures=report.failures,
        data_docs="data-docs/index.html" if quality and quality.data_docs_index else None,
        safe_link=safe_link,
    )
    reports_dir.mkdir(parents=True, exist_ok=True)
    path = reports_dir / f"run-{report.run_id}.html"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    shutil.copyfile(path, reports_dir / "latest.html")
    return path
