"""The ``urls`` and ``folder`` platforms, and the crawl's measured request rate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minutebook.fetch import MemoryCrawlState, RawStore, crawl_council
from minutebook.records import Council
from tests.unit.conftest_fetch import LogServer, Reply, fast_client, fast_settings, pdf_bytes


@pytest.fixture
def server():
    with LogServer(
        {
            "/files/westshire_cabinet_2017-05-10.pdf": Reply(200, pdf_bytes("cabinet"), {"ETag": '"a"'}),
            "/files/minutes%202018.txt": Reply(200, b"MINUTES\nPresent: Cllr A"),
            "/files/gone.pdf": Reply(404, b"nope"),
        }
    ) as s:
        yield s


def crawl(council: Council, home: Path, state: MemoryCrawlState, **settings_kw):
    settings = fast_settings(home, **settings_kw)
    client = fast_client(settings)
    try:
        return crawl_council(
            council,
            client=client,
            store=RawStore(home),
            state=state,
            settings=settings,
            today=date(2026, 3, 1),
        )
    finally:
        client.close()


def test_urls_platform(server: LogServer, tmp_path: Path) -> None:
    urls = (
        server.base + "/files/westshire_cabinet_2017-05-10.pdf",
        server.base + "/files/minutes 2018.txt",
        server.base + "/files/gone.pdf",
    )
    council = Council(id="westshire", name="Westshire", platform="urls", urls=urls)
    state = MemoryCrawlState()
    result = crawl(council, tmp_path, state)
    assert [(f.reason, f.url) for f in result.failures] == [("http_404", urls[2])]
    assert [(d.kind, d.storage_path[-4:]) for d in result.documents] == [
        ("minutes", ".pdf"),
        ("minutes", ".txt"),
    ]
    assert "/files/minutes%202018.txt" in [e.path for e in server.log]
    (meeting,) = result.meetings
    assert (meeting.committee_name, meeting.meeting_date, meeting.listed_via) == (
        "Cabinet",
        date(2017, 5, 10),
        "urls",
    )
    assert result.documents[0].source_meeting_id == meeting.source_meeting_id
    state.record(result.meetings, result.documents, result.missing)
    server.clear()
    again = crawl(council, tmp_path, state)
    assert again.documents == [] and again.not_modified == 2
    assert server.requests_to("/files/westshire")[0].headers["if-none-match"] == '"a"'


def test_urls_on_a_host_without_robots_answer(tmp_path: Path) -> None:
    with LogServer({"/robots.txt": Reply(502, b"bad gateway"), "/m.pdf": Reply(200, pdf_bytes("x"))}) as s:
        council = Council(id="w", name="W", platform="urls", urls=(s.base + "/m.pdf", s.base + "/n.pdf"))
        result = crawl(council, tmp_path, MemoryCrawlState(), max_retries=0)
        assert [f.reason for f in result.failures] == ["robots_unavailable"]
        assert s.requests_to("/m.pdf") == [] and result.documents == []


def test_folder_platform(tmp_path: Path) -> None:
    folder = tmp_path / "minutes"
    (folder / "2019").mkdir(parents=True)
    (folder / "west-sussex_improvement-board_2011-04-05.txt").write_text("MINUTES of the Improvement Board")
    (folder / "2019" / "kelsford-cc_cabinet_2023-03-15.html").write_text(
        "<html><body><h1>Cabinet</h1></body></html>"
    )
    (folder / "scan.pdf").write_bytes(pdf_bytes("scan"))
    (folder / "notes.docx").write_bytes(b"ignored")
    (folder / "empty.txt").write_bytes(b"")
    council = Council(id="archive", name="Archive", platform="folder", path=str(folder))
    state = MemoryCrawlState()
    home = tmp_path / "home"
    result = crawl(council, home, state)
    assert [f.reason for f in result.failures] == ["empty"]
    assert sorted(Path(d.title).suffix for d in result.documents) == [".html", ".pdf", ".txt"]
    assert all(d.kind == "minutes" and (home / d.storage_path).is_file() for d in result.documents)
    assert sorted((m.committee_name, str(m.meeting_date)) for m in result.meetings) == [
        ("Cabinet", "2023-03-15"),
        ("Improvement Board", "2011-04-05"),
    ]
    state.record(result.meetings, result.documents, result.missing)
    (folder / "2019" / "kelsford-cc_cabinet_2023-03-15.html").unlink()
    again = crawl(council, home, state)
    assert again.documents == [] and again.not_modified == 2
    assert [url.rsplit("/", 1)[-1] for _c, url in again.missing] == ["kelsford-cc_cabinet_2023-03-15.html"]


def test_missing_folder_is_a_failure(tmp_path: Path) -> None:
    council = Council(id="a", name="A", platform="folder", path=str(tmp_path / "nope"))
    result = crawl(council, tmp_path, MemoryCrawlState())
    assert [f.reason for f in result.failures] == ["folder_missing"]
