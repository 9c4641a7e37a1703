"""Serving the nightly deployment with its schedule (what `minutebook serve` runs)."""

from __future__ import annotations

from prefect.schedules import Cron

from flows.nightly import nightly


def serve_nightly(*, sources: str, home: str, cron: str, timezone: str, name: str = "nightly") -> None:
    """Register ``minutebook-nightly/<name>`` with a cron schedule and run it when due (blocks)."""
    nightly.serve(
        name=name, schedules=[Cron(cron, timezone=timezone)], parameters={"sources": sources, "home": home}
    )
