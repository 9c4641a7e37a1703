"""Extraction results on disk, keyed by (document sha256, EXTRACTOR_VERSION).

A stored document version never changes (it is content-addressed), so its extraction is
computed once per extractor version and read back on every later run: gzip-compressed JSON
under ``<root>/<EXTRACTOR_VERSION>/<sha[:2]>/<sha>.json.gz``, written to a temporary file and
renamed into place so a crash never leaves a half-written entry. A bump of EXTRACTOR_VERSION
simply misses; old version directories can be deleted at leisure.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from pathlib import Path

from minutebook.extract.base import EXTRACTOR_VERSION, from_payload, to_payload
from minutebook.records import ExtractedDocument

_FORMAT = 1


class ExtractCache:
    def __init__(self, root: Path | str, version: str = EXTRACTOR_VERSION) -> None:
        self.root = Path(root)
        self.version = version
        self.hits = 0
        self.misses = 0

    def path_for(self, sha256: str) -> Path:
        safe = "".join(c for c in self.version if c.isalnum() or c in "._-")
        return self.root / safe / sha256[:2] / f"{sha256}.json.gz"

    def get(self, sha256: str) -> ExtractedDocument | None:
        path = self.path_for(sha256)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                blob = json.load(fh)
            if blob.get("format") != _FORMAT or blob.get("extractor_version") != self.version:
                raise ValueError("stale entry")
            doc = from_payload(
                (
                    blob["sha256"],
                    blob["media_type"],
                    blob["page_count"],
                    blob["extractor_version"],
                    blob["lines"],
                )
            )
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, EOFError):  # a damaged entry is a miss
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, doc: ExtractedDocument) -> Path:
        sha256, media_type, page_count, version, rows = to_payload(doc)
        blob = {
            "format": _FORMAT,
            "sha256": sha256,
            "media_type": media_type,
            "page_count": page_count,
            "extractor_version": version,
            "lines": [[p, t, int(h)] for p, t, h in rows],
        }
        path = self.path_for(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = gzip.compress(json.dumps(blob, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    def __contains__(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
