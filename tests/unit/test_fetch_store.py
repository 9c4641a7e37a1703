"""RawStore (content-addressed, atomic) and MemoryCrawlState."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from minutebook.fetch.state import CrawlState, MeetingDocumentsState, MemoryCrawlState
from minutebook.fetch.store import RawStore, sniff_extension
from minutebook.records import FetchedDocument, ListedMeeting


def test_files_are_content_addressed_with_sniffed_extensions(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    pdf = b"%PDF-1.7\n..."
    stored = store.put(pdf)
    sha = hashlib.sha256(pdf).hexdigest()
    assert stored.sha256 == sha and stored.size == len(pdf) and stored.created
    assert stored.storage_path == f"raw/documents/{sha[:2]}/{sha}.pdf"
    assert (tmp_path / stored.storage_path).read_bytes() == pdf
    again = store.put(pdf)
    assert again.storage_path == stored.storage_path and not again.created
    assert [p.name for p in (tmp_path / "raw" / "documents" / sha[:2]).iterdir()] == [
        f"{sha}.pdf"
    ]  # no temp files


@pytest.mark.parametrize(
    ("data", "ext"),
    [
        (b"%PDF-1.4 x", "pdf"),
        (b"junk before\n%PDF-1.4", "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"  <div class='x'>minutes</div>", "html"),
        (b"MINUTES of the Cabinet\nPresent: Cllr A", "txt"),
        ("Caf\u00e9 minutes".encode("cp1252"), "txt"),
        (b"\x00\x01\x02binary", "bin"),
    ],
)
def test_sniffing(data: bytes, ext: str) -> None:
    assert sniff_extension(data) == ext


def test_server_names_never_become_paths(tmp_path: Path) -> None:
    store = RawStore(tmp_path)
    with pytest.raises(ValueError):
        store.relative_path("../../etc/passwd", "pdf")
    with pytest.raises(ValueError):
        store.relative_path("a" * 64, "exe")
    stored = store.put(b"<html>../../evil.sh</html>")
    assert Path(stored.storage_path).parts[:2] == ("raw", "documents")
    assert (tmp_path / stored.storage_path).resolve().is_relative_to(tmp_path.resolve())


def test_memory_state_plays_the_loader(tmp_path: Path) -> None:
    state = MemoryCrawlState()
    assert isinstance(state, MeetingDocumentsState)
    typed: CrawlState = state
    meeting = ListedMeeting("c", "7", "Cabinet", date(2024, 1, 2))
    doc = FetchedDocument(
        "c", "http://x/m.pdf", "ab" * 32, 3, "application/pdf", "minutes", datetime.now(UTC), "7", etag='"e"'
    )
    assert typed.known_meetings("c") == {}
    state.record([meeting], [doc])
    known = typed.known_meetings("c")["7"]
    assert known[:3] == (date(2024, 1, 2), "held", True) and known.checked_at is not None
    prev = typed.previous_document("c", "http://x/m.pdf")
    assert prev is not None and prev.etag == '"e"' and prev.sha256 == "ab" * 32
    assert state.meeting_documents("c", "7") == ["http://x/m.pdf"]
    state.record([], [], [("c", "http://x/m.pdf")])
    assert state.meeting_documents("c", "7") == [] and typed.known_meetings("c")["7"].has_minutes is False
