"""Extraction: a stored document (PDF, HTML or text) → ExtractedDocument (pages, lines, offsets).

``extract_bytes`` / ``extract_path`` run in-process; ``isolation.extract_many`` runs many
documents in worker processes with time and memory limits, and ``cache.ExtractCache`` keeps
results keyed by (sha256, EXTRACTOR_VERSION) so an unchanged document is never extracted twice.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from minutebook.extract.base import EXTRACTOR_VERSION, ExtractionError, MediaType
from minutebook.records import ExtractedDocument

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractionError",
    "MediaType",
    "detect_media_type",
    "extract_bytes",
    "extract_path",
]

_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|div|table|p[\s>]|h[1-6][\s>]|span|section|article"
    rb"|main|meta|title|ul|ol|font|center|form|br)",
    re.IGNORECASE | re.DOTALL,
)
_XHTML = re.compile(
    rb"^\s*<\?xml[^>]*\?>\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)", re.IGNORECASE | re.DOTALL
)
_ANY_TAG = re.compile(rb"<(html|body|p|div|table|br)[\s/>]", re.IGNORECASE)


def detect_media_type(data: bytes, content_type: str | None, name: str) -> MediaType:
    """What the bytes are, sniffed first; the server's Content-Type and the file name only break ties.

    Servers mislabel (an HTML error page served as application/pdf, minutes as
    application/octet-stream), so the bytes win. A file that claims to be a PDF and is not
    HTML stays "pdf" so a broken one is reported as ``corrupt_pdf`` rather than read as text.
    """
    head = data[:4096]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if b"%PDF-" in data[:1024]:  # the spec allows junk before the header; readers look in the first KB
        return "pdf"
    if _HTML_START.match(head) or _XHTML.match(head):
        return "html"
    ctype = (content_type or "").lower()
    lname = name.lower()
    says_html = "html" in ctype or lname.endswith((".htm", ".html", ".xhtml", ".aspx"))
    if says_html and _ANY_TAG.search(head):
        return "html"
    if "pdf" in ctype or lname.endswith(".pdf"):
        return "pdf"
    return "text"


def extract_bytes(data: bytes, *, sha256: str, media_type: str) -> ExtractedDocument:
    """Extract one document held in memory. Raises ExtractionError for documents that cannot be read."""
    if media_type == "pdf":
        from minutebook.extract.pdf import extract_pdf

        return extract_pdf(data, sha256=sha256)
    if media_type == "html":
        from minutebook.extract.html import extract_html

        return extract_html(data, sha256=sha256)
    if media_type == "text":
        from minutebook.extract.text import extract_text

        return extract_text(data, sha256=sha256)
    raise ExtractionError("unsupported_media_type", repr(media_type))


def extract_path(path: Path | str, media_type: str | None = None) -> ExtractedDocument:
    """Extract a file, sniffing its type and computing its sha256."""
    path = Path(path)
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    kind = media_type or detect_media_type(data, None, path.name)
    return extract_bytes(data, sha256=sha256, media_type=kind)
