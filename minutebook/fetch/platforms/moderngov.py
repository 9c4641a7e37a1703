"""Walking a ModernGov site: web service first, HTML pages when the service is off or errs.

Plan (SPEC.md section 8):

1. committees: ``mgWebService.asmx/GetCommittees``; if that is not valid XML, the whole
   council is walked through HTML (``mgListCommittees.aspx``);
2. meetings per committee: ``GetMeetings`` in yearly windows from ``since`` to a few
   months ahead (falling back to ``ieListMeetings.aspx?CId=&Year=`` for a committee
   whose listing fails);
3. per held meeting that needs (re)polling: ``GetMeeting`` (items, minutes, attendees,
   linked documents) and the meeting page ``ieListDocuments.aspx?CId=&MId=&Ver=4``
   (printed-minutes PDFs, inline minutes, attendance link); ``mgAi.aspx`` for minutes
   cut short on the meeting page; ``mgMeetingAttendance.aspx`` for the register;
4. documents: only minutes (printed-minutes PDFs, linked minutes of *this* meeting, and a
   ``minutes_html`` document assembled from the item minutes).

Scheduled and cancelled meetings are listed but not polled. Meetings older than
``recent_window_days`` that are already known with minutes are neither polled nor
re-listed (their earlier rows, venue included, stay in the state) unless ``full``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from minutebook.fetch.context import CrawlContext
from minutebook.fetch.http import FetchError
from minutebook.fetch.platforms.moderngov_parse import (
    AgendaItem,
    Attendee,
    Committee,
    WebServiceError,
    WsMeeting,
    build_minutes_html,
    is_meeting_minutes_doc,
    join_base,
    meeting_status,
    normalise_attendance,
    parse_agenda_item_page,
    parse_attendance_page,
    parse_committee_list,
    parse_committees_xml,
    parse_meeting_links,
    parse_meeting_page,
    parse_meeting_xml,
    parse_meetings_xml,
)
from minutebook.records import ListedMeeting, RegisterAttendance

DEFAULT_SINCE = date(2000, 1, 1)  # how far back a first or full crawl lists without ``since``
ALL_COMMITTEES = Committee(id="0", title="")  # GetMeetings?lCommitteeId=0 lists every committee
FUTURE_DAYS = 183  # how far ahead to list scheduled meetings
MAX_ITEM_PAGES = 40  # mgAi.aspx pages fetched per meeting for truncated minutes


@dataclass
class _Listed:
    meeting_id: str
    committee_id: str | None
    committee_name: str
    meeting_date: date | None
    start_time: str | None
    status_raw: str | None
    cancelled_hint: bool
    via: str  # webservice | html


def _selected(committee: Committee, wanted: tuple[str, ...]) -> bool:
    if not wanted:
        return True
    keys = {w.strip().lower() for w in wanted}
    return committee.id.lower() in keys or committee.title.strip().lower() in keys


def _windows(since: date, until: date) -> list[tuple[date, date]]:
    """Calendar-year windows covering [since, until] (wide ranges time out on some installs)."""
    out = []
    for year in range(since.year, until.year + 1):
        start = max(since, date(year, 1, 1))
        end = min(until, date(year, 12, 31))
        if start <= end:
            out.append((start, end))
    return out


def _ddmmyyyy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


class ModernGovCrawler:
    def __init__(self, ctx: CrawlContext) -> None:
        self.ctx = ctx
        council = ctx.council
        if not council.base_url:
            raise ValueError(f"council {council.id}: base_url is required for moderngov")
        self.base = council.base_url.strip().rstrip("/")
        self.today = ctx.today
        self.since = council.since or DEFAULT_SINCE
        self.until = self.today + timedelta(days=FUTURE_DAYS)

    def url(self, page: str, **params: object) -> str:
        query = urlencode({k: v for k, v in params.items() if v is not None})
        return join_base(self.base, f"{page}?{query}" if query else page)

    def meeting_url(self, committee_id: str | None, meeting_id: str) -> str:
        return self.url("ieListDocuments.aspx", CId=committee_id, MId=meeting_id, Ver=4)

    # ------------------------------------------------------------------ entry point
    def crawl(self) -> None:
        ctx = self.ctx
        known = ctx.state.known_meetings(ctx.council.id)
        recent_from = self.today - timedelta(days=ctx.settings.recent_window_days)
        if known and not ctx.full:
            # incremental: new and changed meetings are near the present, so list the recent
            # window and the year before it (a full crawl lists everything since ``since``)
            self.since = max(self.since, date(recent_from.year - 1, 1, 1))
        committees, via_ws = self.committees()
        if committees is None:
            ctx.fail(
                "no_committees",
                "neither the web service nor mgListCommittees.aspx listed committees",
                self.base,
            )
            return
        chosen = [c for c in committees if not c.deleted and _selected(c, ctx.council.committees)]
        if ctx.council.committees and not chosen:
            ctx.fail(
                "committee_not_found",
                f"none of {list(ctx.council.committees)} among {len(committees)} committees",
                self.base,
            )
            return
        listed: dict[str, _Listed] = {}
        # One GetMeetings per yearly window for every committee (lCommitteeId=0) instead of one
        # per committee per window: a 25-year first crawl of 30 committees is 26 requests, not 780.
        everything = self.ws_meetings(ALL_COMMITTEES) if via_ws else None
        for committee in chosen:
            rows = None
            if everything:
                rows = [r for r in everything if r.committee_id == committee.id]
            elif via_ws:
                rows = self.ws_meetings(committee)
            if rows is None:
                rows = self.html_meetings(committee)
            for row in rows:
                if row.meeting_date is not None and not (self.since <= row.meeting_date <= self.until):
                    continue
                listed.setdefault(row.meeting_id, row)
        if not listed:
            ctx.fail(
                "no_meetings",
                f"no meetings listed between {self.since} and {self.until} in {len(chosen)} committees",
                self.base,
            )
            return
        ordered = sorted(listed.values(), key=lambda r: (r.meeting_date or date.max, r.meeting_id))
        ctx.advance("meetings", 0, len(ordered))
        for row in ordered:
            settled = not ctx.needs_poll(
                row.meeting_id, known.get(row.meeting_id), row.meeting_date, recent_from
            )
            status = meeting_status(
                row.status_raw, "CANCELLED" if row.cancelled_hint else None, row.meeting_date, self.today
            )
            if settled:
                pass  # known with minutes, old or checked recently: the state keeps its rows
            elif status != "held":
                ctx.result.meetings.append(self.listed_meeting(row, status))
            else:
                self.poll_meeting(row, via_ws)
            ctx.advance("meetings")

    def listed_meeting(
        self,
        row: _Listed,
        status: str,
        *,
        venue: str | None = None,
        end_time: str | None = None,
        committee_name: str | None = None,
        meeting_date: date | None = None,
        start_time: str | None = None,
    ) -> ListedMeeting:
        return ListedMeeting(
            council_id=self.ctx.council.id,
            source_meeting_id=row.meeting_id,
            committee_name=committee_name or row.committee_name,
            meeting_date=meeting_date or row.meeting_date,
            start_time=start_time or row.start_time,
            end_time=end_time,
            venue=venue,
            status=status,  # type: ignore[arg-type]
            source_committee_id=row.committee_id,
            url=self.meeting_url(row.committee_id, row.meeting_id),
            listed_via=row.via,
            raw_status=row.status_raw or ("CANCELLED" if row.cancelled_hint else None),
        )

    # ------------------------------------------------------------------ committees
    def committees(self) -> tuple[list[Committee] | None, bool]:
        """(committees, via web service). Web service first; HTML list when it is off or errs."""
        ctx = self.ctx
        try:
            response = ctx.fetch(self.url("mgWebService.asmx/GetCommittees"))
            return parse_committees_xml(response.content), True
        except (FetchError, WebServiceError):
            pass  # the service is off on many installs: not a failure, the HTML pages follow
        page = ctx.page(self.url("mgListCommittees.aspx"))
        if page is None:
            return None, False
        committees = parse_committee_list(page.text, page.url)
        return (committees or None), False

    # ------------------------------------------------------------------ meeting lists
    def ws_meetings(self, committee: Committee) -> list[_Listed] | None:
        """GetMeetings in yearly windows; None (-> HTML) when any window fails."""
        rows: list[_Listed] = []
        for start, end in _windows(self.since, self.until):
            url = self.url(
                "mgWebService.asmx/GetMeetings",
                lCommitteeId=committee.id,
                sFromDate=_ddmmyyyy(start),
                sToDate=_ddmmyyyy(end),
            )
            try:
                parsed = parse_meetings_xml(self.ctx.fetch(url).content)
            except (FetchError, WebServiceError):
                return None
            for m in parsed:
                rows.append(
                    _Listed(
                        meeting_id=m.meeting_id,
                        committee_id=m.committee_id or committee.id,
                        committee_name=m.committee_title or committee.title,
                        meeting_date=m.meeting_date,
                        start_time=m.start_time,
                        status_raw=m.status_raw or None,
                        cancelled_hint=False,
                        via="webservice",
                    )
                )
        return rows

    def html_meetings(self, committee: Committee) -> list[_Listed]:
        rows: list[_Listed] = []
        for year in range(self.since.year, self.until.year + 1):
            page = self.ctx.page(self.url("ieListMeetings.aspx", CId=committee.id, Year=year))
            if page is None:
                continue
            for link in parse_meeting_links(page.text, page.url):
                rows.append(
                    _Listed(
                        meeting_id=link.meeting_id,
                        committee_id=link.committee_id or committee.id,
                        committee_name=committee.title,
                        meeting_date=link.meeting_date,
                        start_time=link.start_time,
                        status_raw=None,
                        cancelled_hint=link.cancelled,
                        via="html",
                    )
                )
        return rows

    # ------------------------------------------------------------------ one meeting
    def poll_meeting(self, row: _Listed, via_ws: bool) -> None:
        ctx = self.ctx
        complete = True
        ws: WsMeeting | None = None
        if via_ws:
            try:
                ws = parse_meeting_xml(
                    ctx.fetch(self.url("mgWebService.asmx/GetMeeting", lMeetingId=row.meeting_id)).content
                )
            except FetchError as exc:
                ctx.fail(exc.reason, f"GetMeeting: {exc.detail}", exc.url)
            except WebServiceError as exc:
                ctx.fail(
                    "bad_webservice_xml",
                    f"GetMeeting: {exc}",
                    self.url("mgWebService.asmx/GetMeeting", lMeetingId=row.meeting_id),
                )
        page_url = self.meeting_url(row.committee_id, row.meeting_id)
        response = ctx.page(page_url)
        page = parse_meeting_page(response.text, response.url, row.meeting_id) if response else None
        if response is None and ws is None:
            ctx.result.meetings.append(
                self.listed_meeting(row, meeting_status(row.status_raw, None, row.meeting_date, self.today))
            )
            return
        if response is None:
            complete = False

        committee_name = (
            (ws.committee_title if ws else None)
            or row.committee_name
            or (page.committee_name if page else None)
        )
        if row.via == "html" and page and page.committee_name:
            committee_name = page.committee_name
        meeting_date = (
            (ws.meeting_date if ws else None) or row.meeting_date or (page.meeting_date if page else None)
        )
        title_hint = "CANCELLED" if (row.cancelled_hint or (page is not None and page.cancelled)) else None
        status = meeting_status(
            (ws.status_raw if ws else None) or row.status_raw, title_hint, meeting_date, self.today
        )
        meeting = self.listed_meeting(
            row,
            status,
            venue=(ws.location if ws else None) or (page.venue if page else None),
            end_time=ws.end_time if ws else None,
            committee_name=committee_name,
            meeting_date=meeting_date,
            start_time=(ws.start_time if ws else None) or (page.start_time if page else None),
        )
        ctx.result.meetings.append(meeting)
        if status != "held":
            return

        linked: list[str] = []
        # printed minutes (meeting-level PDFs) from the meeting page
        if page is not None:
            for doc in page.minutes_links:
                linked.append(doc.url)
                ctx.fetch_document(doc.url, kind="minutes", meeting=meeting, title=doc.title)
        # linked documents that are this meeting's minutes (web service)
        if ws is not None:
            for item in ws.agenda_items:
                for d in item.documents:
                    if not d.is_url and is_meeting_minutes_doc(
                        d.title, d.owner_title or item.title, meeting_date
                    ):
                        linked.append(d.url)
                        ctx.fetch_document(d.url, kind="minutes", meeting=meeting, title=d.title)
        # HTML minutes: the item minutes of the web service, else those of the meeting page
        items: list[AgendaItem] = []
        if ws is not None and any(i.minutes_html for i in ws.agenda_items):
            items = ws.agenda_items
        elif page is not None:
            items = page.items
            complete = self.complete_item_minutes(items) and complete
        html = build_minutes_html(committee_name, meeting_date, meeting.start_time, items)
        if html is not None:
            linked.append(page_url)
            ctx.add_built_document(
                page_url,
                html,
                kind="minutes_html",
                content_type="text/html; charset=utf-8",
                meeting=meeting,
                title=f"Minutes: {committee_name}",
            )
        # attendance register
        attendees: list[Attendee] = ws.attendees if ws is not None else []
        register_url = self.url("mgWebService.asmx/GetMeeting", lMeetingId=row.meeting_id) if ws else None
        if not attendees or all(normalise_attendance(a.attendance) is None for a in attendees):
            attendance_url = (page.attendance_url if page else None) or self.url(
                "mgMeetingAttendance.aspx", ID=row.meeting_id
            )
            resp = ctx.page(attendance_url, quiet=("http_404", "http_410", "robots_disallowed"))
            if resp is not None:
                from_page = parse_attendance_page(resp.text)
                if from_page:
                    attendees, register_url = from_page, resp.url
        for a in attendees:
            ctx.result.register.append(
                RegisterAttendance(
                    council_id=ctx.council.id,
                    source_meeting_id=row.meeting_id,
                    person_name=a.name,
                    role=a.role,
                    attendance_raw=a.attendance,
                    status=normalise_attendance(a.attendance),
                    source_url=register_url,
                )
            )
        if complete:
            ctx.report_unlinked(row.meeting_id, linked)

    def complete_item_minutes(self, items: list[AgendaItem]) -> bool:
        """Replace minutes cut short on the meeting page by the full text from mgAi.aspx."""
        ok = True
        for item in [i for i in items if i.full_minutes_url][:MAX_ITEM_PAGES]:
            assert item.full_minutes_url is not None
            response = self.ctx.page(item.full_minutes_url)
            if response is None:
                ok = False
                continue
            _title, minutes = parse_agenda_item_page(response.text)
            if minutes:
                item.minutes_html = minutes
        return ok


def crawl_moderngov(ctx: CrawlContext) -> None:
    ModernGovCrawler(ctx).crawl()
