"""The extraction worker process: ``python -m minutebook.extract.worker FD MEMORY_MB``.

Started by :mod:`minutebook.extract.isolation` as a plain subprocess (not a
``multiprocessing`` child: those re-import the parent's ``__main__``, which breaks under
console scripts, notebooks and orchestrators). It talks over the socket inherited as FD:
it receives ``(path, sha256, media_type)`` and sends back ``("ok", payload)`` or
``("error", reason, detail)``, one document at a time, until it receives ``None``.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from multiprocessing.connection import Connection
from pathlib import Path

from minutebook.extract.base import ExtractionError, to_payload
from minutebook.records import ExtractedDocument


def limit_memory(memory_mb: int) -> None:
    """Cap the address space (RLIMIT_AS): past it, allocations fail with MemoryError."""
    if memory_mb <= 0:
        return
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not POSIX, or not allowed: the time limit still holds
        pass


def extract_one(path: Path | str, sha256: str, media_type: str) -> ExtractedDocument:
    """What a worker does with one job (a PDF is read from its path, not loaded whole)."""
    from minutebook.extract import extract_bytes
    from minutebook.extract.pdf import extract_pdf

    if media_type == "pdf":
        return extract_pdf(Path(path), sha256=sha256)
    return extract_bytes(Path(path).read_bytes(), sha256=sha256, media_type=media_type)


def _run(job: tuple[str, str, str], memory_mb: int) -> tuple[object, ...]:
    path, sha256, media_type = job
    out_of_memory = False
    try:
        return ("ok", to_payload(extract_one(path, sha256, media_type)))
    except ExtractionError as exc:
        return ("error", exc.reason, exc.detail[:1000])
    except MemoryError:
        # Allocate nothing here: the failed extraction's frames (and its memory) are only
        # released once this handler is left.
        out_of_memory = True
    except FileNotFoundError as exc:
        return ("error", "stored_file_missing", str(exc)[:500])
    except Exception as exc:  # an extractor bug on one document is that document's failure
        return ("error", "extractor_error", f"{type(exc).__name__}: {exc}"[:1000])
    assert out_of_memory
    return ("error", "memory_limit", f"over {memory_mb} MB")


def serve(conn: Connection, memory_mb: int) -> None:
    # warm the imports before the limit applies, so the limit measures documents, not libraries
    import minutebook.extract.html  # noqa: F401
    import minutebook.extract.pdf  # noqa: F401

    limit_memory(memory_mb)
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        message = _run(job, memory_mb)
        try:
            conn.send(message)
        except MemoryError:  # a result too big to pickle under the limit
            message = ("error", "memory_limit", f"over {memory_mb} MB")
            conn.send(message)
        if message[1] == "memory_limit":
            return  # a heap that hit the limit is not trusted with the next document


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    # Stray prints from libraries go to stderr; the protocol has its own socket anyway.
    os.dup2(2, 1)
    conn = Connection(int(argv[1]))
    try:
        serve(conn, int(argv[2]))
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
