"""Run the Great Expectations suites on a warehouse build and decide whether it may be published.

Route: GX's pandas datasource with dataframe assets. Each checkpoint in
``expectations/gx`` validates one table of the build; the table is read read-only
with DuckDB into a dataframe and handed to the checkpoint as a batch parameter.
(GX's SQL datasource over duckdb_engine returned empty metrics on this machine class:
results were fetched after the connection closed. The dataframe route computes every
metric in-process; tests/unit/test_quality.py plants a bad row for every suite to prove
each one can fail.)

The version-controlled project is copied to ``<home>/raw/gx-runtime`` for each run, so
runs never write into the source tree, and Data Docs are built into
``<home>/warehouse/reports/data-docs``.

Severity lives in each expectation's ``meta.severity``: ``error`` blocks publication,
``warning`` is reported.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import yaml

from minutebook.settings import PROJECT_ROOT, Settings

EXPECTATIONS_DIR = PROJECT_ROOT / "expectations" / "gx"
# Columns shown for offending rows so an auditor can open the source page.
TRACE_COLUMNS = (
    "meeting_id",
    "council_id",
    "person_name",
    "action_text",
    "document_sha256",
    "source_url",
    "page",
)
MAX_OFFENDING_ROWS = 50

log = logging.getLogger(__name__)


@dataclass
class ExpectationOutcome:
    suite: str
    table: str
    expectation: str
    column: str | None
    success: bool
    severity: str
    observed_value: Any
    unexpected_count: int
    note: str = ""
    offending_rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.suite}: {self.expectation}" + (f" on {self.column}" if self.column else "")


@dataclass
class QualityResult:
    outcomes: list[ExpectationOutcome]
    data_docs_index: Path | None

    @property
    def errors(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity == "error"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.severity != "error"]

    @property
    def blocked(self) -> bool:
        return bool(self.errors)

    def dq_rows(self, run_id: str) -> list[dict[str, Any]]:
        now = datetime.now(UTC)
        return [
            {
                "run_id": run_id,
                "suite": o.suite,
                "expectation": o.expectation,
                "column_name": o.column,
                "success": o.success,
                "observed_value": json.dumps(o.observed_value, default=str)[:2000],
                "unexpected_count": o.unexpected_count,
                "severity": o.severity,
                "evaluated_at": now,
            }
            for o in self.outcomes
        ]


def quality_parameters(settings: Settings, today: date | None = None) -> dict[str, Any]:
    """Values for the ``$PARAMETER`` placeholders in the suites."""
    return {
        "today": (today or date.today()).isoformat(),
        "earliest_date": "1990-01-01",
        "max_failure_rate": settings.max_failure_rate,
        "max_attendees": 150,
        "min_share_with_present": 0.5,
        "min_register_agreement": 0.8,
    }


def _runtime_context(settings: Settings, project_dir: Path) -> Any:
    import great_expectations as gx

    runtime = settings.raw_dir / "gx-runtime"
    shutil.rmtree(runtime, ignore_errors=True)
    shutil.copytree(project_dir, runtime / "gx", ignore=shutil.ignore_patterns("uncommitted"))
    docs_dir = settings.reports_dir / "data-docs"
    config_path = runtime / "gx" / "great_expectations.yml"
    config = yaml.safe_load(config_path.read_text())
    config["data_docs_sites"] = {
        "minutebook": {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
    }
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    return gx.get_context(mode="file", project_root_dir=str(runtime))


def _observed(result: dict[str, Any]) -> Any:
    if "observed_value" in result:
        return result["observed_value"]
    if "unexpected_percent" in result:
        return {"unexpected_percent": result.get("unexpected_percent")}
    return None


def _dates_as_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """DATE columns as ``datetime.date`` objects: GX compares them with the ISO date parameters.

    (DuckDB hands DATE columns to pandas as datetime64, which GX will not compare with a date.)
    """
    for column in frame.columns:
        if column.endswith("_date") and str(frame[column].dtype).startswith("datetime64"):
            frame[column] = frame[column].map(lambda v: None if pd.isna(v) else v.date()).astype(object)
    return frame


def run_quality(
    warehouse: Path,
    settings: Settings,
    *,
    today: date | None = None,
    project_dir: Path = EXPECTATIONS_DIR,
    build_docs: bool = True,
) -> QualityResult:
    """Validate every checkpoint of the GX project against tables of ``warehouse``."""
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    context = _runtime_context(settings, project_dir)
    params = quality_parameters(settings, today)
    outcomes: list[ExpectationOutcome] = []
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for checkpoint in sorted(context.checkpoints.all(), key=lambda c: c.name):
            for definition in checkpoint.validation_definitions:
                table = definition.data.data_asset.name
                frame = _dates_as_objects(con.table(f"{_schema_of(con, table)}.{table}").df())
                result = checkpoint.run(batch_parameters={"dataframe": frame}, expectation_parameters=params)
                for validation in result.run_results.values():
                    for r in validation.results:
                        cfg = r.expectation_config
                        meta = cfg.meta or {}
                        res = r.result or {}
                        column = cfg.kwargs.get("column")
                        rows: list[dict[str, Any]] = []
                        if not r.success and res.get("unexpected_index_list"):
                            idx = [i for i in res["unexpected_index_list"] if isinstance(i, int)][
                                :MAX_OFFENDING_ROWS
                            ]
                            cols = [c for c in (column, *TRACE_COLUMNS) if c and c in frame.columns]
                            cols = list(dict.fromkeys(cols))
                            rows = (
                                frame.iloc[idx][cols]
                                .astype(object)
                                .where(frame.iloc[idx][cols].notna(), None)
                            )
                            rows = rows.to_dict(orient="records")
                        outcomes.append(
                            ExpectationOutcome(
                                suite=definition.suite.name,
                                table=table,
                                expectation=cfg.type,
                                column=column,
                                success=bool(r.success),
                                severity=str(meta.get("severity", "error")),
                                observed_value=_observed(res),
                                unexpected_count=int(res.get("unexpected_count") or 0),
                                note=str(meta.get("note", "")),
                                offending_rows=rows,
                            )
                        )
    finally:
        con.close()
    index: Path | None = None
    if build_docs:
        try:
            context.build_data_docs()
            candidate = settings.reports_dir / "data-docs" / "index.html"
            index = candidate if candidate.exists() else None
        except Exception as exc:  # docs are a report, never a reason to lose the run
            log.warning("GX Data Docs could not be built: %s", exc)
    return QualityResult(outcomes=outcomes, data_docs_index=index)


def _schema_of(con: duckdb.DuckDBPyConnection, table: str) -> str:
    rows = con.execute(
        "select table_schema from information_schema.tables where table_name = ? order by table_schema = 'main' desc",
        [table],
    ).fetchall()
    row = rows[0] if rows else None
    if row is None:
        raise LookupError(f"table {table!r} is not in the warehouse build")
    return str(row[0])
