"""The ``minutebook`` command.

Exit codes of ``run`` and ``demo``: 0 the warehouse was published (failed documents are
recorded, not fatal); 2 the quality gate blocked publication (the previous warehouse
stays); 1 anything else (crash, malformed sources file, another run holding the lock).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from minutebook.settings import Settings, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Minutebook: UK council minutes into a DuckDB warehouse people can query and trust.",
)
console = Console(stderr=True)

HomeOpt = Annotated[
    Path | None,
    typer.Option(
        "--home",
        help="Home directory for raw/ and warehouse/ (default $MINUTEBOOK_HOME or the project root).",
    ),
]


def _prefect_environment(settings: Settings, quiet: bool) -> None:
    """Settings Prefect reads at import time: keep its state under the home, and its noise down."""
    os.environ.setdefault("PREFECT_HOME", str(settings.home / ".prefect"))
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING" if quiet else "INFO")
    os.environ.setdefault("PREFECT_LOGGING_LOG_PRINTS", "false")
    # the ephemeral API server needs none of its background services for a single run
    for service in (
        "SCHEDULER",
        "LATE_RUNS",
        "PAUSE_EXPIRATIONS",
        "FOREMAN",
        "CANCELLATION_CLEANUP",
        "TASK_RUN_RECORDER",
    ):
        os.environ.setdefault(f"PREFECT_SERVER_SERVICES_{service}_ENABLED", "false")


def _setup_logging(quiet: bool) -> None:
    logging.basicConfig(
        level=logging.WARNING if quiet else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def _print_summary(summary: dict[str, Any]) -> None:
    table = Table(title=f"Minutebook run {summary['run_id']}: {summary['status']}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in sorted(summary["counts"].items()):
        if not isinstance(value, dict) and key != "fingerprint":
            table.add_row(key, str(value))
    console.print(table)
    for reason in summary.get("blocked_reasons", []):
        console.print(f"[red]blocked:[/red] {reason}")
    console.print(f"warehouse: {summary['warehouse']}")
    if summary.get("report"):
        console.print(f"run report: {summary['report']}")


def execute_run(
    sources: Path,
    settings: Settings,
    *,
    full: bool = False,
    retry_failed: bool = False,
    today: date | None = None,
    quiet: bool = False,
    as_json: bool = False,
    task_runner: str | None = None,
) -> int:
    """Run the nightly flow once and print its summary; returns the exit code."""
    from minutebook.lock import RunLockedError
    from minutebook.sources import SourcesError, load_sources

    try:
        load_sources(sources)  # fail fast, before Prefect starts
    except SourcesError as exc:
        console.print(f"[red]error:[/red] {exc}")
        return 1
    _prefect_environment(settings, quiet)
    server = None
    if not os.environ.get("PREFECT_API_URL"):
        # no Prefect server configured: start this run's own now, so it boots while we import
        from flows.api_server import PrivateApiServer

        server = PrivateApiServer(Path(os.environ["PREFECT_HOME"]) / "api-server.log").start()
    try:
        from contextlib import nullcontext

        from flows.api_server import without_heartbeats
        from flows.nightly import nightly
        from minutebook.progress import set_reporter
        from minutebook.ui import RichReporter, live_progress

        use_rich = console.is_terminal and not quiet and not as_json
        if server:
            server.wait_ready()
        with (
            without_heartbeats() if server else nullcontext(),
            live_progress(console, enabled=use_rich) as rich_reporter,
        ):
            if isinstance(rich_reporter, RichReporter):
                set_reporter(rich_reporter)
            summary = nightly(
                sources=str(sources),
                home=str(settings.home),
                full=full,
                retry_failed=retry_failed,
                today=today,
                task_runner=task_runner,
            )
    except RunLockedError as exc:
        console.print(f"[red]error:[/red] {exc}")
        return 1
    finally:
        if server:
            server.stop()
    if as_json:
        print(json.dumps(summary, default=str, sort_keys=True))
    elif not quiet:
        _print_summary(summary)
    return int(summary["exit_code"])


@app.command()
def run(
    sources: Annotated[
        Path, typer.Option("--sources", help="Sources file (YAML) naming the councils to crawl.")
    ],
    home: HomeOpt = None,
    full: Annotated[
        bool, typer.Option(help="Re-fetch old meetings too, not only the recent window.")
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option(help="Retry documents whose extraction failed before.")
    ] = False,
    today: Annotated[str | None, typer.Option(help="Treat this date (YYYY-MM-DD) as today.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors.")] = False,
    task_runner: Annotated[
        str | None,
        typer.Option(
            help="`dask` (local cluster) or `dask=tcp://HOST:8786`: extract and parse on a Dask cluster."
        ),
    ] = None,
) -> None:
    """One full pipeline run: fetch, extract, parse, load, dbt, quality gate, publish."""
    _setup_logging(quiet or as_json)
    settings = load_settings(home)
    code = execute_run(
        sources,
        settings,
        full=full,
        retry_failed=retry_failed,
        today=date.fromisoformat(today) if today else None,
        quiet=quiet,
        as_json=as_json,
        task_runner=task_runner,
    )
    raise typer.Exit(code)


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Minutes as text, HTML or PDF.")],
) -> None:
    """Parse one minutes file and print one JSON object (shape of shared/samples/SCHEMA.md)."""
    from minutebook.extract import ExtractionError, extract_path
    from minutebook.parse import parse_document

    try:
        doc = extract_path(file)
    except ExtractionError as exc:
        console.print(f"[red]error:[/red] cannot extract {file}: {exc.reason} {exc.detail}")
        raise typer.Exit(1) from None
    parsed = parse_document(doc, source=file.name)
    print(json.dumps(parsed.to_schema(), ensure_ascii=False, indent=2))


@app.command("eval")
def evaluate(
    directory: Annotated[
        Path,
        typer.Argument(exists=True, file_okay=False, help="Folder of NAME.{txt,html,pdf} + NAME.json gold."),
    ],
    pdf: Annotated[bool, typer.Option(help="Also score PDF renders of the text files.")] = False,
) -> None:
    """Score the parser against gold annotations: precision, recall and F1 per field, per file and overall."""
    from minutebook.parse.evaluate import evaluate_dir, format_report

    print(format_report(evaluate_dir(directory, predict_file)))
    if pdf:
        print("\n== PDF renders of the text files ==")
        print(format_report(evaluate_dir(directory, predict_pdf_render)))


def predict_file(path: Path) -> dict[str, Any]:
    """Extraction + parse of one file, as ``minutebook parse`` prints it."""
    from minutebook.extract import extract_path
    from minutebook.parse import parse_document

    return parse_document(extract_path(path), source=path.name).to_schema()


def predict_pdf_render(path: Path) -> dict[str, Any]:
    """Render a text file to a printed-minutes style PDF, then extract and parse the PDF."""
    import tempfile

    from minutebook.demo.pdfrender import render_minutes_pdf

    if path.suffix != ".txt":
        return predict_file(path)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / (path.stem + ".pdf")
        render_minutes_pdf(path.read_text(encoding="utf-8"), pdf_path, header=path.stem)
        result = predict_file(pdf_path)
    result["source"] = path.name
    return result


@app.command()
def demo(
    port: Annotated[
        int, typer.Option(help="Port of the demo council site on 127.0.0.1 (0 = any free port).")
    ] = 0,
    home: HomeOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run summary as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Start the embedded demo council sites on loopback (ModernGov and CMIS) and run the full pipeline."""
    from minutebook.demo.cmis_site import CmisSite
    from minutebook.demo.site import DemoSite

    _setup_logging(quiet or as_json)
    settings = load_settings(home)
    with DemoSite(port=port) as site, CmisSite(today=site.today) as cmis:
        sources = demo_sources(site, settings, cmis)
        console.print(
            f"demo council sites: {site.base_url} (ModernGov), {cmis.base_url} (CMIS)  sources: {sources}"
        )
        code = execute_run(sources, settings, today=site.today, quiet=quiet, as_json=as_json)
    if not as_json and not quiet:
        console.print(
            f"query it: {Path(sys.executable).parent / 'duckdb'} -readonly "
            f'{settings.warehouse_path} "select * from fct_meetings limit 5"\n'
            f"reports:  {settings.reports_dir / 'latest.html'}"
        )
    raise typer.Exit(code)


@app.command()
def export(
    parquet: Annotated[
        Path,
        typer.Option("--parquet", help="Folder to write one Parquet file (or partitioned folder) per mart."),
    ],
    home: HomeOpt = None,
) -> None:
    """Export the published marts as Parquet."""
    from minutebook.publish import export_parquet

    settings = load_settings(home)
    if not settings.warehouse_path.exists():
        console.print(
            f"[red]error:[/red] no published warehouse at {settings.warehouse_path}; run `minutebook run` first"
        )
        raise typer.Exit(1)
    counts = export_parquet(settings.warehouse_path, parquet)
    for mart, n in counts.items():
        console.print(f"{mart}: {n} rows")


@app.command()
def docs(
    home: HomeOpt = None,
    port: Annotated[int, typer.Option(help="Port for `dbt docs serve` on 127.0.0.1.")] = 8580,
    serve: Annotated[bool, typer.Option(help="Serve the docs after generating them.")] = True,
) -> None:
    """Generate dbt docs from the published warehouse (and serve them locally)."""
    import shutil
    import subprocess

    from minutebook.transform import dbt_docs

    settings = load_settings(home)
    if not settings.warehouse_path.exists():
        console.print(
            f"[red]error:[/red] no published warehouse at {settings.warehouse_path}; run `minutebook run` first"
        )
        raise typer.Exit(1)
    # docs read the catalog from a copy, so the published file is never opened for writing
    copy = settings.raw_dir / "dbt-docs.duckdb"
    shutil.copyfile(settings.warehouse_path, copy)
    target = dbt_docs(copy, work_dir=settings.raw_dir / "dbt-docs")
    out = settings.reports_dir / "dbt-docs"
    out.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "manifest.json", "catalog.json"):
        shutil.copyfile(target / name, out / name)
    console.print(f"dbt docs: {out / 'index.html'}")
    if serve:
        console.print(f"serving on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
        subprocess.run(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(out)],
            check=False,
        )


@app.command()
def serve(
    sources: Annotated[Path, typer.Option("--sources", help="Sources file the scheduled runs use.")],
    home: HomeOpt = None,
    cron: Annotated[str, typer.Option(help="Cron schedule of the nightly run.")] = "0 2 * * *",
    timezone: Annotated[str, typer.Option(help="Time zone of the schedule.")] = "Europe/London",
    name: Annotated[str, typer.Option(help="Deployment name.")] = "nightly",
) -> None:
    """Serve the nightly deployment with its cron schedule (a long-running process)."""
    from minutebook.sources import SourcesError, load_sources

    _setup_logging(False)
    settings = load_settings(home)
    try:
        load_sources(sources)
    except SourcesError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    _prefect_environment(settings, quiet=False)
    os.environ["PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED"] = "true"
    from flows.deploy import serve_nightly

    console.print(f"serving deployment minutebook-nightly/{name}: {cron} ({timezone}); Ctrl-C to stop")
    serve_nightly(
        sources=str(sources.resolve()), home=str(settings.home), cron=cron, timezone=timezone, name=name
    )


@app.command()
def councils(
    platform: Annotated[str | None, typer.Option(help="Only this platform (moderngov, cmis, other).")] = None,
    search: Annotated[str | None, typer.Option(help="Case-insensitive text in the slug or name.")] = None,
) -> None:
    """List the registry of UK council democracy sites (name them in a sources file by slug)."""
    from minutebook.registry import search as search_registry

    table = Table(title="UK councils (slug → democracy site)")
    for col in ("slug", "name", "platform", "base_url"):
        table.add_column(col)
    entries = search_registry(search, platform)
    for e in entries:
        table.add_row(e.slug, e.name + (" (abolished)" if e.abolished else ""), e.platform, e.base_url)
    Console().print(table)
    console.print(f"{len(entries)} councils")


def demo_sources(site: Any, settings: Settings, cmis: Any = None) -> Path:
    """Write the sources file that points the pipeline at the running demo sites."""
    import yaml

    path = settings.raw_dir / "demo-sources.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    doc: dict[str, Any] = {
        "councils": [
            {
                "id": "sandbury",
                "name": "Sandbury Borough Council",
                "platform": "moderngov",
                "base_url": site.base_url,
            }
        ]
    }
    if cmis is not None:
        doc["councils"].append(
            {"id": cmis.council_id, "name": cmis.council_name, "platform": "cmis", "base_url": cmis.base_url}
        )
    path.write_text("# written by `minutebook demo`\n" + yaml.safe_dump(doc, sort_keys=False))
    return path


def main() -> None:  # pragma: no cover - console script entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
