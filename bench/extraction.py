"""Extraction throughput and memory: the pipeline's extraction stage against a plain pdfplumber loop.

The corpus is generated (deterministic): the shared sample minutes rendered as printed-minutes
PDFs with running headers, footers, two-column attendance tables and bold headings.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from pathlib import Path

import pdfplumber
import psutil

from bench.figures import record
from minutebook.demo.corpus import generate_minutes
from minutebook.demo.pdfrender import render_minutes_pdf
from minutebook.extract.isolation import ExtractJob, extract_many

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "minutes" / "dev"


def make_corpus(out: Path, documents: int, repeat: int) -> list[Path]:
    """``documents`` PDFs, each the dev-corpus texts concatenated ``repeat`` times."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    paths = []
    for i in range(documents):
        body = "\n\n".join(texts[(i + j) % len(texts)] for j in range(repeat))
        path = out / f"minutes-{i:04d}.pdf"
        render_minutes_pdf(body, path, header=f"Sandbury Borough Council - Meeting {i}")
        paths.append(path)
    return paths


def plain_loop(paths: list[Path]) -> tuple[int, float]:
    pages, t0 = 0, time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
                pages += 1
    return pages, time.perf_counter() - t0


def pipeline(paths: list[Path], workers: int) -> tuple[int, float, int]:
    jobs = [ExtractJob(i, p, f"{i:064x}", "pdf") for i, p in enumerate(paths)]
    pages = failures = 0
    t0 = time.perf_counter()
    for _key, doc, _failure in extract_many(jobs, workers=workers, timeout_s=300, memory_mb=1536, cache=None):
        if doc is not None:
            pages += doc.page_count
        else:
            failures += 1
    return pages, time.perf_counter() - t0, failures


def memory_growth(path: Path) -> tuple[int, float]:
    """RSS growth of one process extracting a long PDF with the pipeline's extractor, in MB."""
    from minutebook.extract.pdf import extract_pdf

    data = path.read_bytes()
    gc.collect()
    proc = psutil.Process(os.getpid())
    before = proc.memory_info().rss
    doc = extract_pdf(data, sha256="0" * 64, max_pages=100_000)  # memory, not the page limit, is measured
    gc.collect()
    after = proc.memory_info().rss
    return doc.page_count, (after - before) / 2**20


def bench_extraction(documents: int, repeat: int, long_minutes: int) -> None:
    """Throughput on ``documents`` PDFs; memory over one PDF of ``long_minutes`` generated minutes (~3 pages each)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), documents, repeat)
        plain_pages, plain_s = plain_loop(paths)
        one_pages, one_s, _ = pipeline(paths, workers=1)
        two_pages, two_s, failures = pipeline(paths, workers=2)
        plain_rate, one_rate, two_rate = plain_pages / plain_s, one_pages / one_s, two_pages / two_s
        record(
            "extraction pages/s, plain single-process extract_text loop",
            plain_rate,
            "pages/s",
            detail=f"{plain_pages} pages",
        )
        record("extraction pages/s, pipeline stage, 1 worker", one_rate, "pages/s")
        record(
            "extraction pages/s, pipeline stage, 2 workers",
            two_rate,
            "pages/s",
            detail=f"{failures} failures",
        )
        ratio = two_rate / plain_rate
        record("extraction: pipeline (2 workers) / plain loop", ratio, "ratio", ">= 1.6", ratio >= 1.6)
        record("extraction: 2-worker speed-up over 1 worker", two_rate / one_rate, "ratio")
        long_pdf = Path(tmp) / "long.pdf"
        # generated minutes, not the fixtures: the page count must not move when fixtures are added
        bundle = "\n\n".join(generate_minutes(i)[0] for i in range(long_minutes))
        render_minutes_pdf(bundle, long_pdf, header="Long bundle")
        pages, growth = memory_growth(long_pdf)
        target_ok = growth < 150 if pages >= 1000 else None
        record(
            f"extraction RSS growth over one {pages}-page PDF",
            growth,
            "MB",
            "< 150 (>=1000 pages)",
            target_ok,
        )
