"""A private Prefect API server for one ``minutebook run``, started before Prefect is imported.

Without ``PREFECT_API_URL`` Prefect starts a temporary ("ephemeral") API server itself, but
only when the flow is first called, and only after importing its whole server package into
the calling process: about 3 s of imports here, then another 4 s while the server process
imports the same package and opens its database, one after the other. This module starts
that same server process (the command Prefect's ``SubprocessASGIServer`` runs) at the very
beginning of the run, so it boots on the second core while this process imports the
pipeline and reads the sources, and the server package is never imported here.

Nothing here imports Prefect; ``PREFECT_API_URL`` in the environment points the client at
the server. The server lives and dies with the run (``stop`` and an ``atexit`` hook).
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

PORT_IN_USE = 3  # uvicorn's exit code when it cannot bind


def without_heartbeats() -> Any:
    """Prefect settings for a run on its own server: no flow heartbeats.

    Heartbeats let a long-lived server mark crashed runs; a private server dies with its
    run, and the heartbeat thread would hold up the end of every flow run by up to 1 s.
    """
    from prefect.settings import temporary_settings

    return temporary_settings(updates={"flows.heartbeat_frequency": None})


class ApiServerError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrivateApiServer:
    """``start()`` returns at once; ``wait_ready()`` blocks until ``/api/health`` answers."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self._log: object | None = None
        atexit.register(self.stop)  # idempotent; also covers a restart in wait_ready

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> PrivateApiServer:
        spec = importlib.util.find_spec("prefect")  # finds the package without importing it
        if spec is None or spec.origin is None:
            raise ApiServerError("prefect is not installed")
        app_dir = str(Path(spec.origin).parent.parent)
        self.port = _free_port()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self._log = log
        env = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",  # the server skips what only a long-lived one needs
            "PREFECT__SERVER_FINAL": "1",
        }
        env.pop("PREFECT_API_URL", None)
        self.process = subprocess.Popen(  # noqa: S603 - a fixed command line, no shell
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                app_dir,
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
            stdout=log,
            stderr=log,
        )
        os.environ["PREFECT_API_URL"] = self.api_url
        return self

    def wait_ready(self, timeout_s: float = 90.0) -> None:
        deadline = time.monotonic() + timeout_s
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process is None:
                    raise ApiServerError("the Prefect API server was not started")
                code = self.process.poll()
                if code == PORT_IN_USE:  # another process took the port between probe and bind
                    self.stop()
                    self.start()
                    continue
                if code is not None:
                    raise ApiServerError(
                        f"the Prefect API server exited with code {code}; its log: {self.log_path}"
                    )
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise ApiServerError(
            f"the Prefect API server did not answer in {timeout_s:.0f} s; log: {self.log_path}"
        )

    def stop(self) -> None:
        """Send what Prefect's log and event workers still hold, then stop the server.

        Stopping first would leave those workers retrying against a closed port at exit.
        """
        if self.process is not None and "prefect" in sys.modules:
            from prefect.events.worker import EventsWorker
            from prefect.logging.handlers import APILogWorker

            APILogWorker.drain_all(timeout=5)
            EventsWorker.drain_all(timeout=5)
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()  # type: ignore[attr-defined]
            self._log = None
        if os.environ.get("PREFECT_API_URL") == self.api_url:
            del os.environ["PREFECT_API_URL"]
