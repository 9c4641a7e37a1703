"""extract_many: worker processes with time/memory limits, crash recovery, and the cache."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from pathlib import Path

import psutil
import pytest

from minutebook.extract import EXTRACTOR_VERSION, extract_path
from minutebook.extract.cache import ExtractCache
from minutebook.extract.isolation import ExtractJob, extract_many
from tests.unit.test_extract_pdf import make_minutes_pdf


def job(key: str, path: Path, media_type: str) -> ExtractJob:
    return ExtractJob(key, path, hashlib.sha256(path.read_bytes()).hexdigest(), media_type)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("iso")
    small = make_minutes_pdf(root / "small.pdf")
    big = make_minutes_pdf(root / "big.pdf", filler_pages=60)  # several seconds of pdfplumber
    text = root / "minutes.txt"
    text.write_text("Minutes\nPresent:\tCllr A Smith\n", encoding="utf-8")
    html = root / "minutes.html"
    html.write_text("<html><body><h1>Minutes</h1><p>Cllr A Smith</p></body></html>", encoding="utf-8")
    corrupt = root / "corrupt.pdf"
    corrupt.write_bytes(small.read_bytes()[:2000])
    return {"small": small, "big": big, "text": text, "html": html, "corrupt": corrupt}


def test_timeout_while_the_other_jobs_succeed(files: dict[str, Path]) -> None:
    jobs = [
        job("big", files["big"], "pdf"),
        job("small", files["small"], "pdf"),
        job("text", files["text"], "text"),
        job("html", files["html"], "html"),
        job("corrupt", files["corrupt"], "pdf"),
    ]
    started = time.monotonic()
    outcomes = {o.key: o for o in extract_many(jobs, workers=2, timeout_s=1.0, memory_mb=1536, cache=None)}
    assert time.monotonic() - started < 20
    assert set(outcomes) == {"big", "small", "text", "html", "corrupt"}
    assert outcomes["big"].document is None
    assert outcomes["big"].failure.reason == "timeout" and outcomes["big"].failure.stage == "extract"
    assert outcomes["big"].failure.document_sha256 == jobs[0].sha256
    assert outcomes["corrupt"].failure.reason == "corrupt_pdf"
    for key in ("small", "text", "html"):
        assert outcomes[key].failure is None
    # the worker returns the same document the in-process extractor makes
    direct = extract_path(files["small"])
    assert outcomes["small"].document.lines == direct.lines
    assert outcomes["small"].document.page_count == 2
    assert [line.text for line in outcomes["text"].document.lines] == ["Minutes", "Present:\tCllr A Smith"]


def test_memory_limit(tmp_path: Path, files: dict[str, Path]) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x\n" * 6_000_000)  # 12 MB of bytes, millions of Line objects
    jobs = [job("huge", huge, "text"), job("text", files["text"], "text")]
    outcomes = {o.key: o for o in extract_many(jobs, workers=1, timeout_s=60, memory_mb=600, cache=None)}
    assert outcomes["huge"].failure is not None and outcomes["huge"].failure.reason == "memory_limit"
    assert outcomes["text"].failure is None  # a fresh worker took the next job


def test_crashed_worker_is_replaced(files: dict[str, Path]) -> None:
    """Kill the worker with SIGSEGV mid-document (a C-level crash); the next job still runs."""
    me = psutil.Process(os.getpid())
    before = {p.pid for p in me.children()}

    def crash_worker() -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            kids = [
                p
                for p in me.children()
                if p.pid not in before and "minutebook.extract.worker" in " ".join(p.cmdline())
            ]
            if kids:
                time.sleep(1.5)  # past start-up (~0.2 s), well inside the big document (~5 s)
                kids[0].send_signal(signal.SIGSEGV)
                return
            time.sleep(0.02)

    killer = threading.Thread(target=crash_worker)
    killer.start()
    jobs = [job("big", files["big"], "pdf"), job("text", files["text"], "text")]
    outcomes = {o.key: o for o in extract_many(jobs, workers=1, timeout_s=60, memory_mb=1536, cache=None)}
    killer.join()
    assert outcomes["big"].failure is not None
    assert outcomes["big"].failure.reason == "worker_crashed"
    assert "SIGSEGV" in outcomes["big"].failure.detail
    assert outcomes["text"].document is not None


def test_cache_hit_never_extracts_again(tmp_path: Path, files: dict[str, Path]) -> None:
    cache = ExtractCache(tmp_path / "extract-cache")
    copy = tmp_path / "small.pdf"
    copy.write_bytes(files["small"].read_bytes())
    j = job("a", copy, "pdf")
    first = list(extract_many([j], workers=1, timeout_s=60, memory_mb=1536, cache=cache))
    assert first[0].failure is None
    entry = cache.path_for(j.sha256)
    assert entry.exists() and EXTRACTOR_VERSION in str(entry)
    # the stored file is gone: any attempt to extract it again would fail
    copy.unlink()
    second = list(extract_many([j], workers=1, timeout_s=60, memory_mb=1536, cache=cache))
    assert second[0].failure is None
    assert second[0].document.lines == first[0].document.lines
    assert cache.hits == 1
    # a new extractor version misses (and here: fails, since the file is gone)
    other = ExtractCache(tmp_path / "extract-cache", version="extract-test-next")
    third = list(extract_many([j], workers=1, timeout_s=60, memory_mb=1536, cache=other))
    assert third[0].failure is not None and third[0].failure.reason == "stored_file_missing"


def test_damaged_cache_entry_is_a_miss(tmp_path: Path, files: dict[str, Path]) -> None:
    cache = ExtractCache(tmp_path / "c")
    doc = extract_path(files["text"])
    path = cache.put(doc)
    assert cache.get(doc.sha256).lines == doc.lines
    path.write_bytes(b"not gzip")
    assert cache.get(doc.sha256) is None
    assert not list(path.parent.glob(".tmp-*"))  # atomic writes leave no temporaries
