"""Small invented minutes in the parser's unit tests: an HTML body parsed through the HTML extractor,
and the attendance read back in the two shapes the tests compare."""

from __future__ import annotations

from minutebook.extract.html import extract_html
from minutebook.parse import parse_document, parse_text
from minutebook.records import ParsedMinutes


def html_minutes(body: str) -> ParsedMinutes:
    """Parse ``body`` as the content of a web page, through the same extractor the pipeline uses."""
    doc = extract_html(("<html><body>" + body + "</body></html>").encode(), sha256="0" * 64)
    return parse_document(doc)


def _parsed(minutes: str | ParsedMinutes) -> ParsedMinutes:
    return parse_text(minutes) if isinstance(minutes, str) else minutes


def people(minutes: str | ParsedMinutes) -> set[tuple[str, str]]:
    """(name, status) of everyone read; plain text is parsed first."""
    return {(a.name, a.status) for a in _parsed(minutes).attendance}


def statuses(minutes: str | ParsedMinutes) -> dict[str, str]:
    """name → status of everyone read; plain text is parsed first."""
    return {a.name: a.status for a in _parsed(minutes).attendance}
