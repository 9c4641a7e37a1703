"""The local CMIS site answers like a real install: DNN paths, the real samples' markup, validators."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import httpx
import pytest
from selectolax.lexbor import LexborHTMLParser

from minutebook.demo.cmis_site import CmisSite
from minutebook.fetch.platforms.cmis_parse import parse_list_view, parse_meeting_page, parse_month_page


@pytest.fixture(scope="module")
def site() -> Iterator[CmisSite]:
    with CmisSite() as s:
        yield s


_CLIENT = httpx.Client(headers={"User-Agent": "test"}, follow_redirects=False, timeout=5)


@pytest.fixture(scope="module", autouse=True)
def _close_client() -> Iterator[None]:
    yield
    _CLIENT.close()


def _get(url: str, **headers: str) -> httpx.Response:
    return _CLIENT.get(url, headers=headers)


def test_meeting_page_mirrors_the_real_markup(site: CmisSite) -> None:
    cancelled = next(m for m in site.meetings if m.status == "cancelled")
    page = _get(site.meeting_url(cancelled, None)).text
    tree = LexborHTMLParser(page)
    # the status sits in a div.Value.Venue and the Venue holder is nested in the Status holder
    assert [n.text(strip=True) for n in tree.css("div.Value.Venue")][0] == "Cancelled"
    assert tree.css_first("div.holder div.holder div.DNNLabel") is not None
    summary = parse_meeting_page(page, site.meeting_url(cancelled, None))
    assert (summary.committee_name, summary.meeting_date, summary.status_raw, summary.venue) == (
        cancelled.committee.title,
        cancelled.day,
        "Cancelled",
        cancelled.committee.venue,
    )
    assert summary.documents == []


def test_dnn_paths_are_case_insensitive_and_tabs_differ(site: CmisSite) -> None:
    held = next(m for m in site.meetings if m.minutes is not None)
    docs_url = site.meeting_url(held)
    lower = docs_url.replace("/ViewMeetingPublic/", "/viewmeetingpublic/").replace("/Meeting/", "/meeting/")
    assert _get(lower).text == _get(docs_url).text
    docs = parse_meeting_page(_get(docs_url).text, docs_url)
    assert not docs.has_summary
    assert [d.title for d in docs.documents if d.is_minutes] == [held.minutes.title]
    wrong_committee = docs_url.replace(f"/Committee/{held.committee.cid}/", "/Committee/999/")
    assert _get(wrong_committee).status_code == 404


def test_list_view_shows_only_the_current_month(site: CmisSite) -> None:
    base = f"{site.base_url}/Meetings/tabid/70/Default.aspx?ctl=MeetingCalendarListView&mid=397"
    rows = parse_list_view(_get(base).text, base)
    assert rows and all((r.meeting_date.year, r.meeting_date.month) == (2026, 11) for r in rows)
    assert parse_list_view(_get(base + "&Date=2025-01-01").text, base) == rows


def test_month_pages_list_each_meeting_once(site: CmisSite) -> None:
    seen = []
    for year, month in [(y, m) for y in (2024, 2025, 2026, 2027) for m in range(1, 13)]:
        url = f"{site.base_url}/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/{year}-{month:02d}-01/Default.aspx"
        seen += parse_month_page(_get(url).text, url, date(year, month, 1))
    assert sorted(r.meeting_id for r in seen) == sorted(str(m.mid) for m in site.meetings)


def test_documents_answer_304_to_their_validators(site: CmisSite) -> None:
    doc = next(m.minutes for m in site.meetings if m.minutes is not None)
    first = _get(site.document_url(doc))
    assert first.status_code == 200 and first.content.startswith(b"%PDF-")
    assert _get(site.document_url(doc), **{"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert (
        _get(site.document_url(doc), **{"If-Modified-Since": first.headers["Last-Modified"]}).status_code
        == 304
    )
    assert _get(site.base_url + "/Document.ashx?nope").status_code == 404
