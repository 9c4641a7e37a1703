"""Pure parsers for ModernGov web-service XML and HTML pages (no I/O, no site walking).

Conventions follow /work/shared/reference/moderngov/SPEC.md and are tested on the real
samples in tests/fixtures/moderngov/:

* web service (``mgWebService.asmx/<Op>``): bare XML, lower-case element names, values to
  be ``strip()``-ed, dates ``dd/mm/yyyy``, times ``10.00 am``, HTML escaped once inside
  elements, errors sometimes served as an HTML page with status 200;
* HTML: content in ``div#modgov``; ``h2.mgSubTitleTxt`` title line
  ``<Committee> - <Weekday>, <d>th <Month>, <yyyy> <h.mm pm>``; ``span.mgLabel`` fields;
  ``span.mgHide`` hidden text to strip from link texts; hrefs relative to the page, with
  raw spaces, and parameter names in any case (``MId``/``MID``/``mid``).
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import parse_qsl, quote, urljoin, urlsplit, urlunsplit

from lxml import etree
from selectolax.lexbor import LexborHTMLParser, LexborNode

from minutebook.records import AttendanceStatus, MeetingStatus

# --------------------------------------------------------------------------- small value parsers

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIME = re.compile(r"(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ampm>[ap])\.?\s*m\b\.?", re.IGNORECASE)
_TIME_24 = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b")
_TITLE_LINE = re.compile(
    rf"^(?P<committee>.*?)\s+-\s+(?P<weekday>{_WEEKDAYS}),?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    r"(?P<month>[a-z]+),?\s+(?P<year>\d{4})(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CANCELLED = re.compile(r"\b(cancelled|canceled|postponed)\b", re.IGNORECASE)
_WS = re.compile(r"\s+")


def clean(text: str | None) -> str:
    """Collapse whitespace (titles carry doubled spaces and newlines) and strip."""
    return _WS.sub(" ", text or "").strip()


def parse_uk_date(text: str | None) -> date | None:
    """``dd/mm/yyyy`` (also with ``&#47;`` already decoded, or a trailing time) -> date."""
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def parse_time(text: str | None) -> str | None:
    """``10.00 am`` / ``7 pm`` / ``14:30`` -> ``HH:MM``; None when there is no time."""
    if not text:
        return None
    m = _TIME.search(text)
    if m:
        hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        minute = int(m.group("m") or 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
        return None
    m = _TIME_24.search(text)
    return f"{int(m.group('h')):02d}:{m.group('m')}" if m else None


def parse_long_date(day: str, month: str, year: str) -> date | None:
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(
                f"{int(day)} {month[:3] if fmt == '%d %b %Y' else month} {year}", fmt
            ).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class TitleLine:
    committee: str | None
    meeting_date: date | None
    start_time: str | None
    cancelled: bool


def parse_title_line(text: str) -> TitleLine:
    """``Council - Wednesday, 15th March, 2023 7.00 pm[, CANCELLED]`` -> its parts (defensively)."""
    line = clean(text)
    cancelled = bool(_CANCELLED.search(line))
    m = _TITLE_LINE.match(line)
    if not m:
        return TitleLine(line or None, None, parse_time(line), cancelled)
    return TitleLine(
        clean(m.group("committee")) or None,
        parse_long_date(m.group("day"), m.group("month"), m.group("year")),
        parse_time(m.group("rest")),
        cancelled,
    )


def normalise_attendance(raw: str | None) -> AttendanceStatus | None:
    """Attendance text (an open vocabulary) -> status, by prefix. "Expected" and unknowns -> None."""
    text = clean(raw).lower()
    if text.startswith("present"):
        return "present"
    if text.startswith("apolog"):
        return "apologies"
    if text.startswith("absent"):
        return "absent"
    if text.startswith("in attendance") or text.startswith("attended"):
        return "in_attendance"
    return None


def meeting_status(
    raw_status: str | None, title: str | None, meeting_date: date | None, today: date
) -> MeetingStatus:
    """held / cancelled / scheduled from the site's status text, the title line and the date."""
    status = clean(raw_status).lower()
    if status.startswith(("cancel", "postpone")) or _CANCELLED.search(title or ""):
        return "cancelled"
    if meeting_date is not None and meeting_date > today:
        return "scheduled"
    return "held"


# --------------------------------------------------------------------------- URLs


def resolve_href(page_url: str, href: str) -> str:
    """An href as found on a page -> absolute URL (relative to the page), spaces as %20, no fragment."""
    joined = urljoin(page_url, htmllib.unescape(href.strip()))
    parts = urlsplit(joined)
    return urlunsplit(
        (parts.scheme, parts.netloc, quote(parts.path, safe=_PATH_SAFE), parts.query.replace(" ", "%20"), "")
    )


# RFC 3986 path characters kept as they are; spaces, quotes and the rest are percent-encoded
# (``%`` is kept, so an already encoded href is not encoded twice)
_PATH_SAFE = "/%:@!$&()*+,;=-._~"


def query_params(url: str) -> dict[str, str]:
    """Query parameters with lower-cased names (ModernGov writes MId, MID and mid alike)."""
    return {k.lower(): v for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)}


def page_name(url: str) -> str:
    """The lower-cased last path segment: ``ielistdocuments.aspx``."""
    return urlsplit(url).path.rsplit("/", 1)[-1].lower()


def join_base(base_url: str, page: str) -> str:
    """``<base>/<page>`` for a base URL with or without a sub-path or trailing slash."""
    return base_url.rstrip("/") + "/" + page.lstrip("/")


# --------------------------------------------------------------------------- web service XML


class WebServiceError(ValueError):
    """The web service answered something other than the expected XML."""


_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def is_xml_document(body: bytes | str) -> bool:
    """True for an XML document; False for HTML error pages (even when served with status 200)."""
    head = (body[:512] if isinstance(body, bytes) else body[:512].encode("utf-8", "replace")).lstrip(
        b"\xef\xbb\xbf"
    )
    head = head.lstrip()
    if not head.startswith(b"<"):
        return False
    lowered = head.lower()
    return not (lowered.startswith(b"<!doctype") or lowered.startswith(b"<html") or b"<html" in lowered[:200])


def xml_root(body: bytes | str, expected: str | tuple[str, ...] | None = None) -> etree._Element:
    """Parse a web-service answer, checking it is XML (and has the expected root element)."""
    data = body if isinstance(body, bytes) else body.encode("utf-8")
    if not is_xml_document(data):
        raise WebServiceError("not an XML document (an HTML error page?)")
    try:
        root = etree.fromstring(data, parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise WebServiceError(f"malformed XML: {exc}") from exc
    if root is None:
        raise WebServiceError("empty XML document")
    names = (expected,) if isinstance(expected, str) else expected
    if names and root.tag.lower() not in names:
        raise WebServiceError(f"root element <{root.tag}>, expected <{'|'.join(names)}>")
    return root


def _t(el: etree._Element | None, name: str) -> str:
    if el is None:
        return ""
    child = el.find(name)
    return (child.text or "").strip() if child is not None else ""


def _bool(text: str) -> bool | None:
    return {"true": True, "false": False}.get(text.strip().lower())


@dataclass(frozen=True)
class Committee:
    id: str
    title: str
    deleted: bool = False
    expired: bool = False
    category: str | None = None
    url: str | None = None


def parse_committees_xml(body: bytes | str) -> list[Committee]:
    """``GetCommittees`` -> committees (deleted ones included, flagged)."""
    root = xml_root(body, "committees")
    out = []
    for el in root.iter("committee"):
        cid = _t(el, "committeeid")
        if not cid:
            continue
        out.append(
            Committee(
                id=cid,
                title=clean(_t(el, "committeetitle")),
                deleted=bool(_bool(_t(el, "committeedeleted"))),
                expired=bool(_bool(_t(el, "committeeexpired"))),
                category=clean(_t(el, "committeecategory")) or None,
            )
        )
    return out


@dataclass(frozen=True)
class WsMeetingRow:
    """One meeting of a ``GetMeetings`` answer."""

    meeting_id: str
    committee_id: str
    committee_title: str
    meeting_date: date | None
    status_raw: str
    start_time: str | None
    is_webcast: bool | None = None


def parse_meetings_xml(body: bytes | str) -> list[WsMeetingRow]:
    """``GetMeetings`` -> meetings; an answer with only counts is an empty list."""
    root = xml_root(body, ("getmeetings", "getmeetingsbydate", "meetings"))
    out = []
    for committee in root.iter("committee"):
        cid = _t(committee, "committeeid")
        title = clean(_t(committee, "committeetitle"))
        for m in committee.iter("meeting"):
            mid = _t(m, "meetingid")
            if not mid:
                continue
            out.append(
                WsMeetingRow(
                    meeting_id=mid,
                    committee_id=cid,
                    committee_title=title,
                    meeting_date=parse_uk_date(_t(m, "meetingdate")),
                    status_raw=_t(m, "meetingstatus"),
                    start_time=parse_time(_t(m, "meetingtime")),
                    is_webcast=_bool(_t(m, "iswebcast")),
                )
            )
    return out


@dataclass(frozen=True)
class LinkedDoc:
    attachment_id: str | None
    title: str
    url: str
    owner_title: str | None = None
    is_url: bool = False
    committee_title: str | None = None


@dataclass
class AgendaItem:
    item_id: str | None
    number: str | None  # as shown to the public ("1.", "3a")
    title: str
    minutes_html: str | None = None  # the item's minute, HTML
    minutes_number: str | None = None
    documents: list[LinkedDoc] = field(default_factory=list)
    full_minutes_url: str | None = None  # "… view the full minutes text for item N." (mgAi.aspx)


@dataclass(frozen=True)
class Attendee:
    name: str
    role: str | None
    attendance: str
    member_id: str | None = None


@dataclass
class WsMeeting:
    """``GetMeeting`` -> one meeting's details."""

    meeting_id: str
    meeting_date: date | None
    status_raw: str
    start_time: str | None
    end_time: str | None
    location: str | None
    minutes_published: bool | None
    committee_title: str | None
    agenda_items: list[AgendaItem]
    attendees: list[Attendee]


def parse_meeting_xml(body: bytes | str) -> WsMeeting:
    root = xml_root(body, "meeting")
    items: list[AgendaItem] = []
    committee_title: str | None = None
    for el in root.iter("agendaitem"):
        docs = []
        for d in el.iter("linkeddoc"):
            url = _t(d, "url")
            if not url:
                continue
            docs.append(
                LinkedDoc(
                    attachment_id=_t(d, "attachmentid") or None,
                    title=clean(_t(d, "title")),
                    url=url,
                    owner_title=clean(_t(d, "ownertitle")) or None,
                    is_url=bool(_bool(_t(d, "isurl"))),
                    committee_title=clean(_t(d, "committeetitle")) or None,
                )
            )
            committee_title = committee_title or clean(_t(d, "committeetitle")) or None
        committee_title = committee_title or clean(_t(el, "refertocommittee")) or None
        minutes = _t(el, "minutesnonemptyhtmlbody")
        number = clean(_t(el, "fulldisplaynumberformat")) or clean(_t(el, "agendaitemnumber")) or None
        items.append(
            AgendaItem(
                item_id=_t(el, "agendaitemid") or None,
                number=number,
                title=clean(_t(el, "agendaitemtitle")),
                minutes_html=minutes or None,  # already unescaped once by the XML parser
                minutes_number=clean(_t(el, "minutesitemnumber")) or None,
                documents=docs,
            )
        )
    attendees = []
    for a in root.iter("attendee"):
        name = clean(a.get("name"))
        if not name:
            continue
        attendees.append(
            Attendee(
                name=name,
                role=clean(a.get("roledescription")) or None,
                attendance=clean(a.get("attendance")),
                member_id=a.get("memberid"),
            )
        )
    return WsMeeting(
        meeting_id=_t(root, "meetingid"),
        meeting_date=parse_uk_date(_t(root, "meetingdate")),
        status_raw=_t(root, "meetingstatus"),
        start_time=parse_time(_t(root, "meetingactualstarttime")) or parse_time(_t(root, "meetingtime")),
        end_time=parse_time(_t(root, "meetingactualfinishtime"))
        or parse_time(_t(root, "meetingplannedfinishtime")),
        location=clean(_t(root, "meetinglocation")) or None,
        minutes_published=_bool(_t(root, "minutepublished")),
        committee_title=committee_title,
        agenda_items=items,
        attendees=attendees,
    )


_DATE_IN_TITLE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?[\s-]+(\d{4})\b",
    re.IGNORECASE,
)


def _dates_in(text: str) -> list[date]:
    out = []
    for d, mon, y in _DATE_IN_TITLE.findall(text):
        parsed = parse_long_date(d, mon, y)
        if parsed:
            out.append(parsed)
    uk = parse_uk_date(text)
    if uk:
        out.append(uk)
    return out


def is_meeting_minutes_doc(title: str, owner_title: str | None, meeting_date: date | None) -> bool:
    """Whether a linked document is *this* meeting's minutes.

    The agenda item "Minutes" of a meeting carries the minutes of the *previous* meeting
    for approval (Manchester 4967: "CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"
    on the 10/02/2026 agenda), so a minutes document under such an item, or one that names
    another date, is not this meeting's.
    """
    t = clean(title).lower()
    if re.search(r"printed\s+(draft\s+)?minutes", t):
        dates = _dates_in(title)
        return not dates or meeting_date is None or meeting_date in dates
    if "minutes" not in t:
        return False
    if owner_title and re.match(
        r"^\W*(confirmation of |approval of |)(the )?minutes\b", clean(owner_title).lower()
    ):
        return False
    dates = _dates_in(title)
    if dates and meeting_date is not None and meeting_date not in dates:
        return False
    return bool(re.match(r"^\W*(\d+\s*-\s*)?((chair approved|signed|draft|approved)\s+)*minutes\b", t))


# --------------------------------------------------------------------------- HTML pages


def _tree(html: str | bytes) -> LexborHTMLParser:
    return LexborHTMLParser(html if isinstance(html, str) else html.decode("utf-8", errors="replace"))


_HIDDEN = {"mgHide", "mgFileSize"}


def node_text(node: LexborNode | None) -> str:
    """Visible text of a node without ``span.mgHide`` suffixes or ``span.mgFileSize`` sizes."""
    if node is None:
        return ""
    parts: list[str] = []

    def walk(n: LexborNode) -> None:
        for child in n.iter(include_text=True):
            if child.tag == "-text":
                parts.append(child.text_content or "")
            elif child.tag in ("script", "style") or _HIDDEN & set(
                (child.attributes.get("class") or "").split()
            ):
                continue
            else:
                walk(child)

    walk(node)
    return clean("".join(parts))


@dataclass(frozen=True)
class PageLink:
    url: str  # absolute, spaces encoded
    text: str  # visible text, mgHide stripped
    page: str  # lower-cased page name (ielistdocuments.aspx) or file name
    params: dict[str, str]  # lower-cased parameter names
    title_attr: str | None = None


def page_links(html: str | bytes, page_url: str) -> list[PageLink]:
    """Every ``<a href>`` of a page (inside ``#modgov`` when the page has it), resolved."""
    tree = _tree(html)
    scope = tree.css_first("#modgov") or tree.body or tree.root
    out = []
    if scope is None:
        return out
    for a in scope.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = resolve_href(page_url, href)
        out.append(PageLink(url, node_text(a), page_name(url), query_params(url), a.attributes.get("title")))
    return out


def page_labels(html: str | bytes) -> dict[str, str]:
    """``<p><span class="mgLabel">Label: </span>value</p>`` fields -> {"Label": "value"}."""
    tree = _tree(html)
    out: dict[str, str] = {}
    for label in tree.css("span.mgLabel"):
        key = clean(label.text()).rstrip(":").strip()
        parent = label.parent
        if not key or parent is None:
            continue
        value = node_text(parent)
        label_text = node_text(label)
        if value.startswith(label_text):
            value = value[len(label_text) :].strip()
        out.setdefault(key, value)
    return out


def page_headings(html: str | bytes) -> tuple[str | None, str | None]:
    """(``h1.mgMainTitleTxt``, ``h2.mgSubTitleTxt``) texts."""
    tree = _tree(html)
    main = tree.css_first(".mgMainTitleTxt")
    sub = tree.css_first(".mgSubTitleTxt")
    return (node_text(main) or None, node_text(sub) or None)


def parse_committee_list(html: str | bytes, page_url: str) -> list[Committee]:
    """``mgListCommittees.aspx`` -> committees from links to ieListMeetings / mgCommitteeDetails."""
    seen: dict[str, Committee] = {}
    for link in page_links(html, page_url):
        if link.page == "ielistmeetings.aspx":
            cid = link.params.get("cid") or link.params.get("committeeid")
        elif link.page == "mgcommitteedetails.aspx":
            cid = link.params.get("id")
        else:
            continue
        if not cid or not cid.isdigit() or not link.text:
            continue
        if cid not in seen:
            seen[cid] = Committee(id=cid, title=link.text, url=link.url)
    return list(seen.values())


@dataclass(frozen=True)
class MeetingLink:
    meeting_id: str
    committee_id: str | None
    url: str
    text: str
    meeting_date: date | None
    start_time: str | None
    cancelled: bool


def _link_date(text: str) -> date | None:
    dates = _dates_in(text)
    return dates[0] if dates else None


def parse_meeting_links(html: str | bytes, page_url: str) -> list[MeetingLink]:
    """Links to meetings (``ieListDocuments.aspx?…MId=``) on list, calendar or decision pages."""
    seen: dict[str, MeetingLink] = {}
    for link in page_links(html, page_url):
        if link.page != "ielistdocuments.aspx":
            continue
        mid = link.params.get("mid") or link.params.get("meetingid")
        if not mid or not mid.isdigit() or mid in seen:
            continue
        text = link.text
        seen[mid] = MeetingLink(
            meeting_id=mid,
            committee_id=link.params.get("cid") or link.params.get("committeeid"),
            url=link.url,
            text=text,
            meeting_date=_link_date(text),
            start_time=parse_time(text),
            cancelled=bool(_CANCELLED.search(text)),
        )
    return list(seen.values())


@dataclass(frozen=True)
class DocLink:
    url: str
    title: str


@dataclass
class MeetingPage:
    """What ``ieListDocuments.aspx`` says about one meeting."""

    heading: str | None  # "Agenda and minutes"
    title_line: str | None  # "Council - Wednesday, 15th March, 2023 7.00 pm"
    committee_name: str | None
    meeting_date: date | None
    start_time: str | None
    cancelled: bool
    venue: str | None
    minutes_links: list[DocLink]
    items: list[AgendaItem]
    attendance_url: str | None
    committee_id: str | None = None


def is_printed_minutes_link(link: PageLink, meeting_id: str | None) -> bool:
    """Printed-minutes PDFs: link text "Printed minutes" / "printed draft minutes", or the meeting's
    generated documents (``documents/g<MId>/…``) of type ``T=1`` or named as minutes."""
    text = link.text.lower()
    path = urlsplit(link.url).path.lower().replace("%20", " ")
    name = path.rsplit("/", 1)[-1]
    if "decision" in text or "decision" in name:
        return False
    if re.search(r"printed\s+(draft\s+)?minutes", text):
        return True
    m = re.search(r"/documents/g(\d+)/", path)
    if m and (meeting_id is None or m.group(1) == meeting_id):
        return link.params.get("t") == "1" or "minutes" in name
    return False


def _minutes_block(container: LexborNode) -> tuple[str | None, LexborNode | None]:
    """The HTML after a "Minutes:" label inside ``container`` (up to the next sub-heading)."""
    label = None
    for node in container.css("p, span, h3, h4, div, strong, b"):
        if clean(node.text()).lower() == "minutes:":
            label = node
            break
    if label is None:
        return None, None
    # climb to the ancestor that is a direct child of the container's block sequence
    anchor = label
    while anchor.parent is not None and anchor.parent != container and not anchor.next:
        anchor = anchor.parent
    parts: list[str] = []
    sibling = anchor.next
    while sibling is not None:
        if sibling.tag != "-text":
            cls = (sibling.attributes.get("class") or "").split()
            if {"mgSubItemTitleTxt", "mgAiTitleTxt", "mgLabel"} & set(cls) or sibling.tag in (
                "h2",
                "h3",
                "h4",
            ):
                break
            if "mgActionList" in cls or "mgBulletList" in cls:
                # "Supporting documents" lists follow the minute on mgAi pages
                break
            parts.append(sibling.html or "")
        elif (sibling.text_content or "").strip():
            parts.append(htmllib.escape(sibling.text_content or ""))
        sibling = sibling.next
    body = "".join(parts).strip()
    return (body or None), label


def parse_agenda_items(html: str | bytes, page_url: str) -> list[AgendaItem]:
    """Items of a meeting page: rows with ``td.mgItemNumberCell`` and a content cell."""
    tree = _tree(html)
    items = []
    for row in tree.css("tr"):
        number_cell = row.css_first("td.mgItemNumberCell")
        if number_cell is None:
            continue
        content = next((c for c in row.css("td") if c != number_cell), None)
        if content is None:
            continue
        title_node = content.css_first("p.mgAiTitleTxt") or content.css_first("a.mgAiTitleLnk")
        title = node_text(title_node)
        size = title_node.css_first("span.mgFileSize") if title_node is not None else None
        if size is not None:
            title = title.replace(node_text(size), "").strip()
        title = re.sub(r"\s*PDF\s+\d+\s*[KM]B$", "", title)
        item_id = None
        full_minutes = None
        for a in content.css("a[href]"):
            url = resolve_href(page_url, a.attributes.get("href") or "")
            if page_name(url) == "mgai.aspx":
                item_id = item_id or query_params(url).get("id")
                if "full minutes" in node_text(a).lower():
                    full_minutes = url
        minutes, _label = _minutes_block(content)
        items.append(
            AgendaItem(
                item_id=item_id,
                number=node_text(number_cell) or None,
                title=title,
                minutes_html=minutes,
                full_minutes_url=full_minutes,
            )
        )
    return items


def parse_meeting_page(html: str | bytes, page_url: str, meeting_id: str | None = None) -> MeetingPage:
    """``ieListDocuments.aspx?CId=&MId=&Ver=4`` -> heading, title line parts, venue, minutes, items."""
    heading, sub = page_headings(html)
    line = parse_title_line(sub or "")
    labels = page_labels(html)
    links = page_links(html, page_url)
    mid = meeting_id or query_params(page_url).get("mid")
    minutes = []
    seen: set[str] = set()
    attendance_url = None
    for link in links:
        if link.page == "mgmeetingattendance.aspx" and attendance_url is None:
            attendance_url = link.url
            continue
        if is_printed_minutes_link(link, mid) and link.url not in seen:
            seen.add(link.url)
            minutes.append(DocLink(link.url, link.text or link.url.rsplit("/", 1)[-1]))
    return MeetingPage(
        heading=heading,
        title_line=sub,
        committee_name=line.committee,
        meeting_date=line.meeting_date,
        start_time=line.start_time,
        cancelled=line.cancelled or bool(heading and _CANCELLED.search(heading)),
        venue=labels.get("Venue") or None,
        minutes_links=minutes,
        items=parse_agenda_items(html, page_url),
        attendance_url=attendance_url,
        committee_id=query_params(page_url).get("cid"),
    )


def parse_agenda_item_page(html: str | bytes) -> tuple[str | None, str | None]:
    """``mgAi.aspx?ID=`` -> (item title, minute HTML)."""
    tree = _tree(html)
    _main, sub = page_headings(html)
    content = tree.css_first(".mgContent") or tree.css_first("#modgov") or tree.body
    minutes = _minutes_block(content)[0] if content is not None else None
    return sub, minutes


def parse_attendance_page(html: str | bytes) -> list[Attendee]:
    """``mgMeetingAttendance.aspx?ID=`` -> attendees (table: Attendee / Role / Attendance)."""
    tree = _tree(html)
    tables = [
        t for t in tree.css("table") if "attendance" in (t.attributes.get("summary") or "").lower()
    ] or [t for t in tree.css("table") if any("attendance" in node_text(th).lower() for th in t.css("th"))]
    out = []
    for table in tables:
        headers = [node_text(th).lower() for th in table.css("th")]
        name_i = next(
            (i for i, h in enumerate(headers) if "attendee" in h or "name" in h or "member" in h), 0
        )
        role_i = next((i for i, h in enumerate(headers) if "role" in h), 1)
        att_i = next((i for i, h in enumerate(headers) if "attendance" in h), 2)
        for row in table.css("tr"):
            cells = row.css("td")
            if len(cells) < 2:
                continue
            name = node_text(cells[name_i]) if name_i < len(cells) else ""
            attendance = node_text(cells[att_i]) if att_i < len(cells) else node_text(cells[-1])
            role = node_text(cells[role_i]) if role_i < len(cells) and role_i != att_i else ""
            if not name:
                continue
            uid = None
            link = cells[name_i].css_first("a[href]") if name_i < len(cells) else None
            if link is not None:
                uid = query_params(link.attributes.get("href") or "").get("uid")
            out.append(Attendee(name=name, role=role or None, attendance=attendance, member_id=uid))
    return out


def build_minutes_html(
    committee: str | None, meeting_date: date | None, start_time: str | None, items: list[AgendaItem]
) -> bytes | None:
    """One HTML document holding a meeting's item minutes (None when no item has a minute).

    Deterministic (no timestamps), so an unchanged site gives the same bytes and sha256.
    """
    minuted = [i for i in items if i.minutes_html and clean(re.sub(r"<[^>]+>", " ", i.minutes_html))]
    if not minuted:
        return None
    esc = htmllib.escape
    when = meeting_date.strftime("%A %-d %B %Y") if meeting_date else ""
    title = " - ".join(p for p in (committee or "", when) if p)
    parts = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>Minutes: {esc(title)}</title></head><body>",
        f"<h1>{esc(committee or 'Minutes')}</h1>",
        f"<p>Minutes of the meeting held on {esc(when)}{' at ' + esc(start_time) if start_time else ''}</p>"
        if when
        else "",
    ]
    for item in minuted:
        number = clean(item.number or item.minutes_number or "")
        heading = f"{number} {item.title}".strip() if number else item.title
        parts.append(f"<h2>{esc(heading)}</h2>")
        parts.append(f"<div>{item.minutes_html}</div>")
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p).encode("utf-8")
