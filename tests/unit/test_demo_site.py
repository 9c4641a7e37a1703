"""The demo ModernGov site: endpoints, markup that matches the real samples, faults, and crawl size."""

from __future__ import annotations

import http.client
import io
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import httpx
import pdfplumber
import pytest
from lxml import etree
from protego import Protego
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from minutebook.demo.site import DemoSite

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "moderngov" / "samples"
REAL = REAL if REAL.exists() else Path("/work/shared/reference/moderngov/samples")
UA = {"User-Agent": "Minutebook-tests/1.0 (+https://example.org)"}


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    with DemoSite() as s:
        yield s


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(headers=UA, timeout=10) as c:
        yield c


def _xml(text: str) -> etree._Element:
    return etree.fromstring(text.encode())


def _children(el: etree._Element) -> list[str]:
    return [c.tag for c in el]


def _real(name: str) -> etree._Element:
    return etree.parse(str(REAL / name)).getroot()


def _meeting(site: DemoSite, **match: object) -> dict:
    return next(m for m in site.expected()["meetings"] if all(m[k] == v for k, v in match.items()))


# --------------------------------------------------------------------------- web service


@pytest.mark.skipif(not REAL.exists(), reason="real ModernGov samples not available")
def test_webservice_element_names_match_the_real_samples(site: DemoSite, client: httpx.Client) -> None:
    mine = _xml(client.get(site.base_url + "mgWebService.asmx/GetCommittees").text)
    real = _real("ws_GetCommittees_manchester_trimmed.xml")
    assert mine.tag == real.tag == "committees"
    assert _children(mine.find("committee")) == _children(real.find("committee"))
    assert mine.findtext("committeescount") == " 4"

    mine = _xml(
        client.get(
            site.base_url
            + "mgWebService.asmx/GetMeetings?lCommitteeId=131&sFromDate=01/01/2020&sToDate=31/12/2027"
        ).text
    )
    real = _real("ws_GetMeetings_manchester_cid144_trimmed.xml")
    assert _children(mine) == _children(real)
    assert _children(mine.find("committee")) == _children(real.find("committee"))
    assert _children(mine.find(".//meeting")) == _children(real.find(".//meeting"))
    assert re.fullmatch(r" \d+", mine.findtext("meetingscount"))
    assert {m.findtext("meetingstatus") for m in mine.iter("meeting")} == {"Confirmed", "Cancelled"}

    held = [m for m in site.expected()["meetings"] if m["has_register"] and m["linked_attachments"]][-1]
    mine = _xml(
        client.get(
            site.base_url + f"mgWebService.asmx/GetMeeting?lMeetingId={held['source_meeting_id']}"
        ).text
    )
    real = _real("ws_GetMeeting_manchester_4967_trimmed.xml")
    assert _children(mine) == _children(real)
    assert _children(mine.find(".//agendaitem")) == _children(real.find(".//agendaitem"))
    linked = mine.find(".//linkeddoc")
    assert linked is not None and _children(linked) == _children(real.find(".//linkeddoc"))
    assert linked.findtext("url").startswith(site.base_url + "mgConvert2PDF.aspx?ID=")
    att = mine.find(".//attendee")
    assert sorted(att.attrib) == sorted(real.find(".//attendee").attrib) and _children(att) == ["url"]
    assert {a.get("attendance") for a in mine.iter("attendee")} >= {"Present", "In attendance"}
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", mine.findtext("meetingdate"))
    assert re.fullmatch(r"\d{1,2}\.\d{2} [ap]m", mine.findtext("meetingtime"))
    body = mine.find(".//minutesnonemptyhtmlbody").text
    assert body.startswith('<div class="WordSection1">')  # escaped once in the XML, HTML after parsing
    assert (
        "&lt;"
        in client.get(
            site.base_url + f"mgWebService.asmx/GetMeeting?lMeetingId={held['source_meeting_id']}"
        ).text
    )
    assert mine.find("meetingroom").text == "\n  "  # empty values: newline and indentation


def test_cancelled_meeting_in_the_webservice(site: DemoSite, client: httpx.Client) -> None:
    cancelled = _meeting(site, status="cancelled")
    mine = _xml(
        client.get(
            site.base_url + f"mgWebService.asmx/GetMeeting?lmeetingid={cancelled['source_meeting_id']}"
        ).text
    )
    assert mine.findtext("meetingstatus") == "Cancelled"
    assert mine.findtext("agendapublished") == "False" and len(mine.find("agendaitems")) == 0
    assert {a.get("attendance") for a in mine.iter("attendee")} == {"Expected"}


def test_getmeetings_accepts_iso_dates_and_rejects_missing_ones(site: DemoSite, client: httpx.Client) -> None:
    ws = site.base_url + "mgWebService.asmx/GetMeetings"
    a = client.get(ws, params={"lCommitteeId": 0, "sFromDate": "01/01/2010", "sToDate": "31/12/2027"}).text
    b = client.get(ws, params={"lCommitteeId": 0, "sFromDate": "2010-01-01", "sToDate": "2027-12-31"}).text
    assert a == b and len(_xml(a).findall(".//meeting")) == len(site.meetings)
    missing = client.get(ws, params={"lCommitteeId": 0})
    assert missing.status_code == 500 and missing.text.lstrip().startswith("<!DOCTYPE")
    none = _xml(
        client.get(ws, params={"lCommitteeId": 101, "sFromDate": "01/01/1990", "sToDate": "31/12/1990"}).text
    )
    assert none.findtext("meetingscount") == " 0" and none.find("committee") is None
    assert client.get(site.base_url + "mgWebService.asmx?WSDL").text.startswith("<?xml")


def test_webservice_can_be_switched_off() -> None:
    with DemoSite(webservice=False) as s, httpx.Client(headers=UA) as c:
        assert c.get(s.base_url + "mgWebService.asmx?WSDL").status_code == 404
        r = c.get(s.base_url + "mgWebService.asmx/GetCommittees")
        assert r.status_code == 200 and r.text.startswith("<!DOCTYPE html>")
        assert c.get(s.base_url + "mgListCommittees.aspx").status_code == 200


# --------------------------------------------------------------------------- HTML pages


def test_html_walk_reaches_every_meeting(site: DemoSite, client: httpx.Client) -> None:
    page = HTMLParser(client.get(site.base_url + "mgListCommittees.aspx").text)
    assert page.css_first("div#modgov h1.mgMainTitleTxt").text() == "Committee structure"
    cids = [re.search(r"ID=(\d+)", a.attributes["href"]).group(1) for a in page.css("ul.mgBulletList a")]
    assert len(cids) == 4
    found: set[str] = set()
    for cid in cids:
        first = HTMLParser(client.get(site.base_url + f"ieListMeetings.aspx?CId={cid}&Year=0").text)
        years = [a.attributes["href"] for a in first.css("ul.mgActionList a")]
        for href in years:
            listing = HTMLParser(client.get(urljoin(site.base_url, href.replace("&amp;", "&"))).text)
            for a in listing.css("ul.mgBulletList a"):
                found.add(re.search(r"MId=(\d+)", a.attributes["href"], re.I).group(1))
    assert found == {m["source_meeting_id"] for m in site.expected()["meetings"]}


def test_meeting_page_markup(site: DemoSite, client: httpx.Client) -> None:
    held = _meeting(site, source="sample:lancashire_improvement-board_2017-08-01")
    raw = client.get(held["url"]).text
    page = HTMLParser(raw)
    assert page.css_first("h1.mgMainTitleTxt").text() == "Agenda and minutes"
    title = page.css_first("h2.mgSubTitleTxt").text()
    assert title == "Children's Services Improvement Board - Tuesday, 1st August, 2017 2.30 pm"
    assert page.css_first("span.mgLabel").text() == "Venue: "
    numbers = [td.text().strip() for td in page.css("table.mgItemTable td.mgItemNumberCell")]
    assert numbers[:3] == ["1.", "2.", "3."]
    printed = next(a for a in page.css("ul.mgActionList a") if "Printed minutes" in a.text())
    href = printed.attributes["href"]
    assert href.startswith("documents/g") and " " in href and href.endswith(".pdf?T=1")
    assert "Printed minutes 1st-Aug-2017 14.30 Children" in href
    assert "&#32;" in raw and "mgFileSize" in raw
    url = urljoin(site.base_url, quote(href, safe="/?=&'"))
    pdf = client.get(url)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(pdf.content)) as doc:
        assert "Lancashire Children's Services Improvement Board" in doc.pages[0].extract_text()


def test_cancelled_and_future_meetings(site: DemoSite, client: httpx.Client) -> None:
    cancelled = _meeting(site, status="cancelled")
    page = HTMLParser(client.get(cancelled["url"]).text)
    title = page.css_first("h2.mgSubTitleTxt").text()
    assert title.endswith(", CANCELLED") and title.startswith("Audit and Governance Committee - ")
    assert "Printed minutes" not in page.html
    future = _meeting(site, status="scheduled")
    assert date.fromisoformat(future["meeting_date"]) > site.today and not future["has_minutes"]
    page = HTMLParser(client.get(future["url"]).text)
    assert page.css_first("h1.mgMainTitleTxt").text() == "Agenda"


def test_attendance_page_and_agenda_item_page(site: DemoSite, client: httpx.Client) -> None:
    m = _meeting(site, status="held", has_register=True, source="synthetic")
    page = HTMLParser(
        client.get(site.base_url + f"mgMeetingAttendance.aspx?ID={m['source_meeting_id']}").text
    )
    rows = [[td.text() for td in tr.css("td")] for tr in page.css("table.mgTabTable tbody tr")]
    assert [r[2] for r in rows] == [x["attendance"] for x in m["register"]]
    assert {r[2] for r in rows} <= {"Present", "Apologies", "Absent", "In attendance"}
    xml = _xml(
        client.get(site.base_url + f"mgWebService.asmx/GetMeeting?lMeetingId={m['source_meeting_id']}").text
    )
    item_id = xml.findtext(".//agendaitemid")
    item = HTMLParser(client.get(site.base_url + f"mgAi.aspx?ID={item_id}").text)
    assert item.css_first("h1.mgMainTitleTxt").text() == "Agenda item"
    assert "Minutes:" in item.text()


def test_paths_and_parameters_are_case_insensitive(site: DemoSite, client: httpx.Client) -> None:
    m = _meeting(site, status="held", source="synthetic")
    a = client.get(
        site.base_url + f"ieListDocuments.aspx?CId={m['committee_id']}&MId={m['source_meeting_id']}&Ver=4"
    )
    b = client.get(
        site.base_url.replace("/democracy/", "/Democracy/")
        + f"IELISTDOCUMENTS.ASPX?mid={m['source_meeting_id']}"
    )
    assert a.status_code == b.status_code == 200 and a.text == b.text
    assert client.get(site.base_url + "nope.aspx").status_code == 404
    r = client.get(site.base_url.rstrip("/"))
    assert r.status_code == 301 and r.headers["location"] == site.base_url


# --------------------------------------------------------------------------- faults


def test_requests_without_a_proper_user_agent_are_refused(site: DemoSite) -> None:
    url = site.base_url + "mgListCommittees.aspx"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=5)  # Python-urllib/3.x default UA
    assert err.value.code == 403
    for ua in ("", "curl/8.5.0", "python-requests/2.32"):
        conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
        conn.putrequest("GET", urlsplit(url).path, skip_accept_encoding=True)
        if ua:
            conn.putheader("User-Agent", ua)
        conn.endheaders()
        assert conn.getresponse().status == 403
        conn.close()
    assert httpx.get(url, headers=UA).status_code == 200


def test_robots_disallows_a_linked_document(site: DemoSite, client: httpx.Client) -> None:
    robots = client.get(site.root_url + "robots.txt")
    assert robots.status_code == 200
    rules = Protego.parse(robots.text)
    assert not rules.can_fetch(site.base_url + "mgRofI.aspx?UID=101", "Minutebook")
    doc = next(d for d in site.expected()["documents"] if d["fault"] == "robots_disallowed")
    assert not rules.can_fetch(doc["url"], "Minutebook")
    page = client.get(site.base_url + f"ieListDocuments.aspx?MId={doc['source_meeting_id']}").text
    assert doc["href"] in page.replace("&#x27;", "'")
    ok = next(d for d in site.expected()["documents"] if d["fault"] is None)
    assert rules.can_fetch(ok["url"], "Minutebook")


def test_503_once_then_success(client: httpx.Client) -> None:
    with DemoSite() as s:
        url = s.expected()["faults"]["retry_once_503"]
        first = client.get(url)
        assert first.status_code == 503 and first.headers["retry-after"] == "1"
        second = client.get(url)
        assert second.status_code == 200 and second.content.startswith(b"%PDF-")


def test_corrupt_pdf_starts_like_a_pdf_but_does_not_open(site: DemoSite, client: httpx.Client) -> None:
    body = client.get(site.expected()["faults"]["corrupt_pdf"]).content
    assert body.startswith(b"%PDF-")
    # pdfminer raises several exception types for garbage, so any exception will do
    with pytest.raises(Exception), pdfplumber.open(io.BytesIO(body)) as pdf:  # noqa: B017
        pdf.pages[0].extract_text()


def test_truncated_download_is_shorter_than_its_content_length(site: DemoSite) -> None:
    url = site.expected()["faults"]["truncated"]
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(url, headers=UA)
    parts = urlsplit(url)
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=5)
    conn.request("GET", f"{parts.path}?{parts.query}", headers=UA)
    resp = conn.getresponse()
    declared = int(resp.headers["Content-Length"])
    with pytest.raises(http.client.IncompleteRead) as err:
        resp.read()
    assert len(err.value.partial) < declared
    conn.close()


def test_etag_and_last_modified_give_304(site: DemoSite, client: httpx.Client) -> None:
    doc = next(d for d in site.expected()["documents"] if d["fault"] is None)
    first = client.get(doc["url"])
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert first.status_code == 200 and etag.startswith('"') and modified == doc["last_modified"]
    assert client.get(doc["url"], headers={"If-None-Match": etag}).status_code == 304
    assert client.get(doc["url"], headers={"If-None-Match": '"other"'}).status_code == 200
    assert client.get(doc["url"], headers={"If-Modified-Since": modified}).status_code == 304
    assert (
        client.get(doc["url"], headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code
        == 200
    )
    same = client.get(doc["convert_url"])
    assert same.status_code == 200 and same.content == first.content


def test_faults_can_be_switched_off(client: httpx.Client) -> None:
    with DemoSite(faults=False) as s:
        assert s.expected()["faults"] == {}
        assert "documents" not in s.robots_txt()
        for d in s.expected()["documents"][-4:]:
            assert client.get(d["url"]).status_code == 200
        assert (
            httpx.get(s.base_url + "mgListCommittees.aspx", headers={"User-Agent": "curl/8"}).status_code
            == 200
        )


def test_request_log_records_what_was_asked(site: DemoSite, client: httpx.Client) -> None:
    client.get(site.base_url + "mgListCommittees.aspx", headers={"If-None-Match": '"x"'})
    entry = site.request_log[-1]
    assert entry["method"] == "GET" and entry["path"].endswith("/democracy/mgListCommittees.aspx")
    assert entry["status"] == 200 and entry["bytes"] > 500
    assert entry["headers"]["User-Agent"] == UA["User-Agent"] and entry["headers"]["If-None-Match"] == '"x"'


# --------------------------------------------------------------------------- content and size


def test_expected_ground_truth(site: DemoSite) -> None:
    e = site.expected()
    assert e["council"]["id"] == "sandbury" and e["today"] == "2026-11-01"
    assert e["counts"]["cancelled"] == 1 and e["counts"]["scheduled"] == 1
    assert set(e["faults"]) == {"retry_once_503", "corrupt_pdf", "truncated", "robots_disallowed"}
    dates = sorted(
        m["meeting_date"] for m in e["meetings"] if m["source"] == "synthetic" and m["status"] == "held"
    )
    assert date.fromisoformat(dates[0]) <= date(2024, 11, 1)  # two years of history
    samples = [m for m in e["meetings"] if m["source"].startswith("sample:")]
    assert {m["meeting_date"] for m in samples} >= {"2011-04-05", "2017-08-01"}
    assert all(m["committee_name"] == "Children's Services Improvement Board" for m in samples)
    assert all(m["gold"] for m in e["meetings"] if m["status"] == "held")


def test_a_site_of_two_thousand_meetings_builds_quickly() -> None:
    t0 = time.perf_counter()
    big = DemoSite(meetings_per_committee=500)
    assert len(big.meetings) >= 2000 and time.perf_counter() - t0 < 10
    ids = [m.mid for m in big.meetings]
    assert len(set(ids)) == len(ids)


def _polite_crawl(site: DemoSite, *, webservice: bool) -> dict[str, int]:
    """The requests a polite crawler following SPEC.md section 8 (or 3.1) makes; no sleeping here,
    only counting. Linked attachments (mgConvert2PDF) are fetched too, deduplicated by id."""
    counts = {"requests": 0, "documents_ok": 0}
    c = httpx.Client(headers=UA, timeout=10)

    def get(url: str) -> httpx.Response | None:
        counts["requests"] += 1
        try:
            return c.get(url)
        except httpx.RemoteProtocolError:
            return None

    robots = Protego.parse(get(site.root_url + "robots.txt").text)
    base = site.base_url
    meetings: list[tuple[str, str]] = []
    if webservice:
        get(base + "mgWebService.asmx?WSDL")
        comm = _xml(get(base + "mgWebService.asmx/GetCommittees").text)
        for cid in (e.text for e in comm.iter("committeeid")):
            xml = _xml(
                get(
                    base
                    + f"mgWebService.asmx/GetMeetings?lCommitteeId={cid}&sFromDate=01/01/2010&sToDate=31/12/2027"
                ).text
            )
            meetings += [(cid, m.text) for m in xml.iter("meetingid")]
    else:
        assert get(base + "mgWebService.asmx?WSDL").status_code == 404
        page = HTMLParser(get(base + "mgListCommittees.aspx").text)
        for a in page.css("ul.mgBulletList a"):
            cid = re.search(r"ID=(\d+)", a.attributes["href"]).group(1)
            first = HTMLParser(get(base + f"ieListMeetings.aspx?CId={cid}&Year=0").text)
            for y in first.css("ul.mgActionList a"):
                listing = HTMLParser(get(urljoin(base, y.attributes["href"])).text)
                meetings += [
                    (cid, re.search(r"MId=(\d+)", m.attributes["href"]).group(1))
                    for m in listing.css("ul.mgBulletList a")
                ]
    docs: list[str] = []
    for cid, mid in sorted(set(meetings)):
        if webservice:
            xml = _xml(get(base + f"mgWebService.asmx/GetMeeting?lMeetingId={mid}").text)
            docs += [u.text for u in xml.iter("url") if "mgConvert2PDF" in (u.text or "")]
        page = HTMLParser(get(base + f"ieListDocuments.aspx?CId={cid}&MId={mid}&Ver=4").text)
        for a in page.css("ul.mgActionList a"):
            href = a.attributes["href"]
            if "mgMeetingAttendance" in href and not webservice:
                get(urljoin(base, href))
            if "Printed minutes" in a.text():
                docs.append(urljoin(base, quote(href, safe="/?=&'")))
    for url in dict.fromkeys(docs):
        if not robots.can_fetch(url, "Minutebook"):
            continue
        for _attempt in range(4):  # the crawler's retry budget
            r = get(url)
            if r is not None and r.status_code == 200:
                counts["documents_ok"] += 1
                break
    c.close()
    return counts


def test_a_polite_crawl_fits_in_about_a_minute() -> None:
    with DemoSite() as s:
        ws = _polite_crawl(s, webservice=True)
    with DemoSite(webservice=False) as s:
        html_only = _polite_crawl(s, webservice=False)
    print(f"\npolite crawl requests: web service {ws}, HTML only {html_only}")
    assert ws["requests"] <= 80 and html_only["requests"] <= 80
    assert ws["documents_ok"] >= 12
