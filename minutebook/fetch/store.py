"""Content-addressed storage of downloaded documents under ``<home>/raw/documents/``.

A file's name is its sha256 and an extension sniffed from its bytes (pdf, html, txt or
bin), so nothing a server sends (file names, Content-Disposition, URLs) ever becomes part
of a path. Writes are atomic: a temporary file in the target directory is written,
fsynced and renamed over the final name, so a killed run never leaves half a document
under a real name. Identical content is stored once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
EXTENSIONS = ("pdf", "html", "txt", "bin")
_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|div|table|p[\s>]|h[1-6][\s>]|meta|title)",
    re.IGNORECASE | re.DOTALL,
)


def sniff_extension(data: bytes) -> str:
    """pdf / html / txt / bin from the bytes alone (never from a server-supplied name)."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    if b"\x00" in head:
        return "bin"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a multi-byte character cut at the 4 KB boundary
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return "bin"
    return "txt"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    extension: str
    storage_path: str  # relative to the home directory, POSIX separators
    created: bool  # False when the same content was already stored


class RawStore:
    """Files under ``<home>/raw/documents/<sha[:2]>/<sha>.<ext>``."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.root = self.home / "raw" / "documents"

    def relative_path(self, sha256: str, extension: str) -> str:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        if extension not in EXTENSIONS:
            raise ValueError(f"unknown extension {extension!r}")
        return f"raw/documents/{sha256[:2]}/{sha256}.{extension}"

    def path_of(self, storage_path: str) -> Path:
        return self.home / storage_path

    def exists(self, storage_path: str | None) -> bool:
        return bool(storage_path) and (self.home / str(storage_path)).is_file()

    def put(self, data: bytes) -> StoredFile:
        """Store ``data`` (once) and say where it is."""
        sha = hashlib.sha256(data).hexdigest()
        ext = sniff_extension(data)
        rel = self.relative_path(sha, ext)
        final = self.home / rel
        if final.is_file() and final.stat().st_size == len(data):
            return StoredFile(sha, len(data), ext, rel, created=False)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=final.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, final)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(final.parent)
        return StoredFile(sha, len(data), ext, rel, created=True)


def _fsync_dir(path: Path) -> None:
    """Make the rename durable (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
