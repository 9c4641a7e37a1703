"""Recording figures: one table row and one JSON line per figure."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import psutil


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None
    detail: str = ""


FIGURES: list[Figure] = []


def record(
    name: str, value: float, unit: str, target: str = "", met: bool | None = None, detail: str = ""
) -> Figure:
    fig = Figure(name, round(value, 4), unit, target, met, detail)
    FIGURES.append(fig)
    print(json.dumps({"figure": asdict(fig)}), flush=True)
    return fig


def machine() -> str:
    mem = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores, {mem:.0f} GiB, {platform.python_implementation()} {platform.python_version()}"


def table() -> str:
    lines = [
        f"Minutebook benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {machine()}",
        "",
        f"{'figure':<58} {'value':>14} {'unit':<12} {'target':<14} met",
        "-" * 106,
    ]
    for f in FIGURES:
        met = "" if f.met is None else ("yes" if f.met else "NO")
        lines.append(f"{f.name:<58} {f.value:>14,.3f} {f.unit:<12} {f.target:<14} {met}")
    return "\n".join(lines)
