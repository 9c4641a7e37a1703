"""Issue 9: `minutebook serve` registers the nightly deployment with its cron schedule."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

READ_DEPLOYMENT = """
import asyncio, sys
from prefect.client.orchestration import get_client
async def main():
    async with get_client() as c:
        d = await c.read_deployment_by_name("minutebook-nightly/nightly")
        s = d.schedules[0]
        print(s.schedule.cron, s.schedule.timezone, s.active, d.parameters["sources"], sep="|")
asyncio.run(main())
"""


def test_serve_registers_deployment_with_schedule(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "minutes").mkdir()
    sources = tmp_path / "sources.yml"
    sources.write_text(
        f"councils:\n  - id: archive\n    platform: folder\n    path: {tmp_path / 'minutes'}\n"
    )
    env = {**os.environ, "PREFECT_HOME": str(home / ".prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    exe = str(Path(sys.executable).parent / "minutebook")
    server = subprocess.Popen(
        [exe, "serve", "--sources", str(sources), "--home", str(home), "--cron", "30 1 * * *"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        out = ""
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"serve exited early: {server.stdout.read() if server.stdout else ''}")
            probe = subprocess.run(
                [sys.executable, "-c", READ_DEPLOYMENT],
                env=env,
                capture_output=True,
                text=True,
                timeout=90,
                check=False,
            )
            if probe.returncode == 0 and "|" in probe.stdout:
                out = probe.stdout.strip().splitlines()[-1]
                break
            time.sleep(3)
        assert out, "the deployment never appeared"
        cron, tz, active, registered_sources = out.split("|")
        assert (cron, tz, active) == ("30 1 * * *", "Europe/London", "True")
        assert registered_sources == str(sources.resolve())
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
