"""Pure parsers for CMIS (Civica, on DotNetNuke) pages: no I/O, no site walking.

Conventions follow /work/shared/reference/moderngov/SPEC.md section 9 and are tested on the
real Birmingham samples in tests/fixtures/moderngov/cmis_page_*.html:

* DNN URLs are path-encoded key/value pairs
  (``…/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/15042/Committee/4/…/Default.aspx``);
  ``tabid`` and ``mid`` differ per install and are recovered from real links;
* the current-month list view (``?ctl=MeetingCalendarListView&mid=<m>``) has rows
  ``tr.rgRow``/``tr.rgAltRow`` whose link reads "9 Jul 2026 11:00 - Planning Committee" and
  whose second cell is the venue;
* the no-JavaScript month calendar (``ctl/MeetingCalendarPublicNoJava/mid/<m>/Date/<yyyy-mm-dd>``)
  has day headings ``td.SimpleCalendarDate`` without a year ("Monday, 8 June") followed by a
  cell of ``p.Meeting > a`` links "10:00 Licensing Sub-Committee A";
* a meeting page has summary "holders" whose CSS classes lie (the status sits in
  ``div.Value.Venue``), so fields are keyed on the label text ("Status:"), and documents
  ``ol/ul.DocumentList > li.DocumentListItem > a.TitleLink`` with opaque ``Document.ashx?…``
  hrefs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from minutebook.fetch.platforms.moderngov_parse import clean, resolve_href

_MEETING_PATH = re.compile(r"/Meeting/(?P<meeting>\d+)/Committee/(?P<committee>\d+)(?:/|$)", re.IGNORECASE)
_MODULE_PATH = re.compile(
    r"^(?P<prefix>.*?/tabid/(?P<tab>\d+))/ctl/\w+/mid/(?P<mid>\d+)(?:/|$)", re.IGNORECASE
)
_TAB_PATH = re.compile(r"^(?P<prefix>.*?/tabid/(?P<tab>\d+))(?:/|$)", re.IGNORECASE)
_MODULE_FIELD = re.compile(r"dnn[$_]ctr(?P<mid>\d+)[$_]MeetingCalendarPublic", re.IGNORECASE)
_TAB_IN_TEXT = re.compile(r"""\btab_?id["']?\s*[=:,]\s*["']?(?P<tab>\d+)""", re.IGNORECASE)
_SELECTED_TAB = re.compile(r"/SelectedTab/[^/]+", re.IGNORECASE)
_LIST_LINK = re.compile(
    r"^(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})\s+(?P<time>\d{1,2}:\d{2})?\s*-\s*(?P<committee>.+)$"
)
_DAY_HEADING = re.compile(
    r"^(?:[A-Za-z]+day,?\s+)?(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)(?:\s+(?P<year>\d{4}))?$"
)
_CALENDAR_ENTRY = re.compile(r"^(?:(?P<time>\d{1,2}[:.]\d{2})\s+)?(?P<committee>.+)$")
_DATE_TIME = re.compile(r"(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})(?:\s*-?\s*(?P<time>\d{1,2}[:.]\d{2}))?")
_CANCELLED = re.compile(r"\b(cancelled|canceled|postponed)\b", re.IGNORECASE)
_MINUTES = re.compile(r"\bminutes?\b", re.IGNORECASE)
_NOT_THIS_MEETINGS_MINUTES = re.compile(r"\b(agenda|previous|last meeting|reports? pack)\b", re.IGNORECASE)
_MEETINGS_NAV = re.compile(
    r"^(meetings?|meeting calendar|calendar of meetings|committee meetings)$", re.IGNORECASE
)


def _tree(html: str | bytes) -> LexborHTMLParser:
    return LexborHTMLParser(html if isinstance(html, str) else html.decode("utf-8", errors="replace"))


def _text(node: LexborNode | None) -> str:
    return clean(node.text(deep=True, separator=" ")) if node is not None else ""


def _hhmm(text: str | None) -> str | None:
    if not text:
        return None
    h, m = re.split(r"[:.]", text)
    return f"{int(h):02d}:{int(m):02d}" if int(h) < 24 and int(m) < 60 else None


def parse_day_month_year(text: str) -> date | None:
    """ "9 Jul 2026" / "9 July 2026" -> date."""
    for fmt in ("%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(clean(text), fmt).date()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- URLs


@dataclass(frozen=True)
class MeetingRef:
    meeting_id: str
    committee_id: str


def meeting_ref(url: str) -> MeetingRef | None:
    """Meeting and committee ids from a DNN meeting URL (``…/Meeting/<id>/Committee/<id>/…``)."""
    m = _MEETING_PATH.search(url)
    return MeetingRef(m.group("meeting"), m.group("committee")) if m else None


def summary_url(meeting_url: str) -> str:
    """The meeting page without a ``/SelectedTab/<tab>`` pair: the summary view."""
    return _SELECTED_TAB.sub("", meeting_url)


def documents_url(meeting_url: str) -> str:
    """The meeting page's Documents tab."""
    base = summary_url(meeting_url)
    tail = "/Default.aspx"
    if base.lower().endswith(tail.lower()):
        return base[: -len(tail)] + "/SelectedTab/Documents" + tail
    return base.rstrip("/") + "/SelectedTab/Documents/Default.aspx"


@dataclass(frozen=True)
class CalendarModule:
    """Where a CMIS install's meetings module lives: the page prefix (``…/tabid/<t>``) and module id."""

    prefix: str  # absolute URL up to and including /tabid/<t>
    tab_id: str
    module_id: str
    from_link: bool = True  # read off a real module link (False: form field name + page URL)

    def month_url(self, month: date) -> str:
        """The no-JavaScript calendar of the month holding ``month``."""
        first = month.replace(day=1)
        return f"{self.prefix}/ctl/MeetingCalendarPublicNoJava/mid/{self.module_id}/Date/{first.isoformat()}/Default.aspx"

    def list_view_url(self) -> str:
        """The current-month list view (the server ignores any date given to it)."""
        return f"{self.prefix}/Default.aspx?ctl=MeetingCalendarListView&mid={self.module_id}"


def _hrefs(html: str | bytes, page_url: str) -> list[tuple[str, str]]:
    """(absolute URL, visible text) of every link and (URL, "") of every form action."""
    tree = _tree(html)
    out: list[tuple[str, str]] = []
    for a in tree.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:", "mailto:")):
            out.append((resolve_href(page_url, href), _text(a)))
    for f in tree.css("form[action]"):
        action = (f.attributes.get("action") or "").strip()
        if action:
            out.append((resolve_href(page_url, action), ""))
    return out


def module_id(html: str | bytes) -> str | None:
    """The meetings module id from form field / element names (``dnn$ctr397$MeetingCalendarPublic…``)."""
    text = html if isinstance(html, str) else html.decode("utf-8", errors="replace")
    m = _MODULE_FIELD.search(text)
    return m.group("mid") if m else None


def calendar_module(
    html: str | bytes, page_url: str, *, meeting_links_only: bool = False
) -> CalendarModule | None:
    """The meetings module, from a real module link on the page (``…/tabid/<t>/ctl/<x>/mid/<m>/…``).

    Failing such a link, the module id from the meetings module's form field names and the tab
    id from the page's own URL, its form action or any ``/tabid/<t>/`` link (in that order).
    ``meeting_links_only`` accepts meeting links alone (for pages showing other modules).
    """
    links = _hrefs(html, page_url)
    for url, _ in links:
        m = _MODULE_PATH.match(url)
        if m and meeting_ref(url) is not None:
            return CalendarModule(m.group("prefix"), m.group("tab"), m.group("mid"))
    if meeting_links_only:
        return None
    for url, _ in links:
        m = _MODULE_PATH.match(url)
        if m:
            return CalendarModule(m.group("prefix"), m.group("tab"), m.group("mid"))
    mid = module_id(html)
    if mid is None:
        return None
    for url in [page_url, *(u for u, _ in links)]:
        t = _TAB_PATH.match(url)
        if t:
            return CalendarModule(t.group("prefix"), t.group("tab"), mid, from_link=False)
    # friendly-URL installs (…/Meetings.aspx): DNN still names the tab in the page's scripts or
    # query links (``tabid=70``, ``"tabId":70``); that DNN answers the path form under the page's
    # name is an inference from DNN's URL scheme, not seen on a CMIS site
    text = html if isinstance(html, str) else html.decode("utf-8", errors="replace")
    t = _TAB_IN_TEXT.search(text)
    if t:
        page = page_url.split("?", 1)[0].split("#", 1)[0]
        page = re.sub(r"(?i)\.aspx$", "", page.rstrip("/"))
        return CalendarModule(f"{page}/tabid/{t.group('tab')}", t.group("tab"), mid, from_link=False)
    return None


def meetings_page_links(html: str | bytes, page_url: str) -> list[str]:
    """Candidate meetings pages linked from a CMIS home page, best first.

    The navigation names it "Meetings" (or "Meeting Calendar"); failing that, any link whose
    path has a ``Meetings`` segment or a ``Meetings.aspx`` page.
    """
    named: list[str] = []
    pathy: list[str] = []
    for url, text in _hrefs(html, page_url):
        path = url.split("?", 1)[0].lower()
        if _MEETINGS_NAV.match(text):
            named.append(url)
        elif "/meetings/" in path or path.endswith(("/meetings.aspx", "/meetings")):
            pathy.append(url)
    out: list[str] = []
    for url in named + pathy:
        if url not in out:
            out.append(url)
    return out


# --------------------------------------------------------------------------- meeting lists


@dataclass(frozen=True)
class CalendarEntry:
    meeting_id: str
    committee_id: str
    committee_name: str
    meeting_date: date
    start_time: str | None
    url: str  # the meeting page as linked (absolute)
    venue: str | None = None
    cancelled_hint: bool = False


def parse_list_view(html: str | bytes, page_url: str) -> list[CalendarEntry]:
    """Rows of the current-month list view (``tr.rgRow``/``tr.rgAltRow``)."""
    out: list[CalendarEntry] = []
    for row in _tree(html).css("tr.rgRow, tr.rgAltRow"):
        cells = row.css("td")
        link = cells[0].css_first("a[href]") if cells else None
        if link is None:
            continue
        url = resolve_href(page_url, link.attributes.get("href") or "")
        ref = meeting_ref(url)
        text = _text(link)
        m = _LIST_LINK.match(text)
        day = parse_day_month_year(m.group("date")) if m else None
        if ref is None or m is None or day is None:
            continue
        out.append(_entry(ref, m, text, url, day, venue=_text(cells[1]) or None if len(cells) > 1 else None))
    return out


def _entry(
    ref: Any, m: re.Match[str], text: str, url: str, day: date, venue: str | None = None
) -> CalendarEntry:
    """A calendar link ("10:00 Licensing Sub-Committee A", cancelled or not) as a CalendarEntry."""
    return CalendarEntry(
        meeting_id=ref.meeting_id,
        committee_id=ref.committee_id,
        committee_name=clean(_CANCELLED.sub("", m.group("committee")).strip(" -,()")),
        meeting_date=day,
        start_time=_hhmm(m.group("time")),
        url=url,
        venue=venue,
        cancelled_hint=bool(_CANCELLED.search(text)),
    )


def _heading_date(text: str, month: date) -> date | None:
    """A day heading ("Monday, 8 June") in the calendar of ``month``; the year is the page's."""
    m = _DAY_HEADING.match(clean(text))
    if not m:
        return None
    year = int(m.group("year")) if m.group("year") else month.year
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            day = datetime.strptime(f"{m.group('day')} {m.group('month')} {year}", fmt).date()
        except ValueError:
            continue
        if not m.group("year"):  # a grid padded with the neighbouring months' days
            if month.month == 12 and day.month == 1:
                day = day.replace(year=year + 1)
            elif month.month == 1 and day.month == 12:
                day = day.replace(year=year - 1)
        return day
    return None


def parse_month_page(html: str | bytes, page_url: str, month: date) -> list[CalendarEntry]:
    """Meetings of one no-JavaScript month calendar page (``month``: any day of the month asked for)."""
    out: list[CalendarEntry] = []
    for heading in _tree(html).css("td.SimpleCalendarDate"):
        day = _heading_date(_text(heading), month)
        if day is None:
            continue
        cell = heading.next
        while cell is not None and cell.tag != "td":
            cell = cell.next
        if cell is None:
            continue
        for link in cell.css("a[href]"):
            url = resolve_href(page_url, link.attributes.get("href") or "")
            ref = meeting_ref(url)
            text = _text(link)
            m = _CALENDAR_ENTRY.match(text)
            if ref is None or m is None:
                continue
            out.append(_entry(ref, m, text, url, day))
    return out


# --------------------------------------------------------------------------- meeting page


@dataclass(frozen=True)
class DocumentLink:
    title: str
    url: str
    size: str | None = None  # as shown, e.g. "156Kb"

    @property
    def is_minutes(self) -> bool:
        return is_minutes_title(self.title)


def is_minutes_title(title: str) -> bool:
    """A document title naming this meeting's minutes ("Printed minutes", "Final Planning Minutes …").

    Agendas, report packs and "Minutes of the previous meeting" (an agenda item) are not.
    """
    return bool(_MINUTES.search(title)) and not _NOT_THIS_MEETINGS_MINUTES.search(title)


@dataclass
class MeetingSummary:
    fields: dict[str, str] = field(default_factory=dict)  # label (no colon) -> value text
    committee_name: str | None = None
    meeting_date: date | None = None
    start_time: str | None = None
    status_raw: str | None = None
    venue: str | None = None
    documents: list[DocumentLink] = field(default_factory=list)

    @property
    def has_summary(self) -> bool:
        return self.meeting_date is not None or self.status_raw is not None


def summary_fields(html: str | bytes) -> dict[str, str]:
    """Label text -> value text of the summary holders (the first of a label wins).

    Each ``div.DNNLabel`` is paired with the next sibling ``div`` whose class has ``Value``;
    holders nest on some installs (the Venue holder inside the Status holder), so pairing is
    by sibling rather than by holder.
    """
    out: dict[str, str] = {}
    for label in _tree(html).css("div.DNNLabel"):
        key = _text(label).rstrip(":").strip()
        node = label.next
        while node is not None and not (
            node.tag == "div" and "Value" in (node.attributes.get("class") or "").split()
        ):
            node = node.next
        if not key or node is None:
            continue
        value = _text(node)
        if value and key not in out:
            out[key] = value
    return out


def parse_documents(html: str | bytes, page_url: str) -> list[DocumentLink]:
    """``li.DocumentListItem > a.TitleLink`` documents of a meeting page, resolved, first of a URL kept."""
    out: list[DocumentLink] = []
    seen: set[str] = set()
    for item in _tree(html).css("li.DocumentListItem"):
        link = item.css_first("a.TitleLink[href]") or item.css_first("a[href]")
        if link is None:
            continue
        url = resolve_href(page_url, link.attributes.get("href") or "")
        if url in seen:
            continue
        seen.add(url)
        size = _text(item.css_first("span.FileSize")).strip("() ") or None
        out.append(DocumentLink(_text(link), url, size))
    return out


def parse_meeting_page(html: str | bytes, page_url: str) -> MeetingSummary:
    """The summary fields and documents of a ``ViewMeetingPublic`` page (any tab)."""
    fields = summary_fields(html)
    when = fields.get("Date/Time") or fields.get("Date") or ""
    m = _DATE_TIME.search(when)
    day = parse_day_month_year(m.group("date")) if m else None
    start = _hhmm(m.group("time")) if m else None
    if start is None and fields.get("Time"):
        t = re.search(r"\d{1,2}[:.]\d{2}", fields["Time"])
        start = _hhmm(t.group(0)) if t else None
    return MeetingSummary(
        fields=fields,
        committee_name=fields.get("Committee") or None,
        meeting_date=day,
        start_time=start,
        status_raw=fields.get("Status") or None,
        venue=fields.get("Venue") or fields.get("Location") or None,
        documents=parse_documents(html, page_url),
    )
