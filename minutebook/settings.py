"""One settings object for the whole pipeline.

Every knob has a default, can be overridden by an environment variable
``MINUTEBOOK_<NAME>`` and, for the home directory, by ``--home`` on the CLI.
Paths under the home directory are derived here and nowhere else, so the
warehouse path that dbt sees (through ``MINUTEBOOK_WAREHOUSE``) is the one the
loader wrote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_USER_AGENT = (
    "Minutebook/0.1 (+https://github.com/minutebook/minutebook; open-data crawler of council minutes; "
    "contact: minutebook@example.org)"
)


def _env(name: str, default: str) -> str:
    return os.environ.get(f"MINUTEBOOK_{name}", default)


@dataclass(frozen=True)
class Settings:
    """Runtime configuration. Build with :func:`load_settings`; never mutate (use ``with_``)."""

    home: Path = PROJECT_ROOT
    # politeness
    user_agent: str = DEFAULT_USER_AGENT
    requests_per_second: float = 1.0  # per host
    max_concurrency: int = 4  # global, across hosts
    http_timeout_s: float = 30.0
    max_retries: int = 4
    retry_after_cap_s: float = 120.0
    max_document_bytes: int = 50 * 1024 * 1024
    recent_window_days: int = 120
    # a held meeting in the recent window checked less than this long ago is not asked about
    # again (a same-day rerun costs the council a few listing requests, a nightly run re-checks)
    recheck_after_hours: float = 12.0
    # extraction
    extract_workers: int = field(default_factory=lambda: os.cpu_count() or 2)
    extract_timeout_s: float = 60.0
    extract_memory_mb: int = 1536
    max_pages: int = 2000
    # quality
    max_failure_rate: float = 0.5

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    @property
    def warehouse_dir(self) -> Path:
        return self.home / "warehouse"

    @property
    def warehouse_path(self) -> Path:
        """The published warehouse that BI tools open read-only."""
        return self.warehouse_dir / "minutebook.duckdb"

    @property
    def state_path(self) -> Path:
        """The working database: raw tables and the crawl state. Never opened by BI."""
        return self.home / "raw" / "state.duckdb"

    @property
    def reports_dir(self) -> Path:
        return self.warehouse_dir / "reports"

    @property
    def lock_path(self) -> Path:
        return self.home / "raw" / ".minutebook.lock"

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)


_CASTS = {int: int, float: float, str: str}


def load_settings(home: Path | str | None = None) -> Settings:
    """Settings from defaults, then ``MINUTEBOOK_*`` environment variables, then explicit arguments."""
    values: dict[str, object] = {}
    for f in fields(Settings):
        if f.name == "home":
            continue
        raw = os.environ.get(f"MINUTEBOOK_{f.name.upper()}")
        if raw is None:
            continue
        typ = {"int": int, "float": float, "str": str}.get(str(f.type), str)
        try:
            values[f.name] = typ(raw)
        except ValueError as exc:
            raise ValueError(f"MINUTEBOOK_{f.name.upper()}={raw!r} is not a valid {typ.__name__}") from exc
    chosen_home = home if home is not None else _env("HOME", str(PROJECT_ROOT))
    return Settings(home=Path(chosen_home).expanduser().resolve(), **values)  # type: ignore[arg-type]
