"""Walking a CMIS site (Civica, on DotNetNuke): month calendars, meeting pages, minutes documents.

CMIS has no public web service (SPEC.md section 9), so everything comes from HTML pages, all
fetched through the shared :class:`CrawlContext` (polite client, raw store, failures):

1. the meetings module: its page prefix (``…/tabid/<t>``) and module id (``mid``) differ per
   install, so they are recovered from the site itself – the application root (``base_url``)
   links its "Meetings" page; a real ``…/tabid/<t>/ctl/<x>/mid/<m>/…`` link on that page (or on
   the current-month list view ``?ctl=MeetingCalendarListView&mid=<m>``, whose module id comes
   from the ``dnn$ctr<m>$MeetingCalendarPublic…`` form field names) gives both;
2. meetings: one no-JavaScript month calendar (``ctl/MeetingCalendarPublicNoJava/…/Date/<d>``)
   per month from ``since`` to a few months ahead. On incremental runs only the months from the
   recent window on are walked, plus the months of known held meetings of the year before it that
   still have no minutes. A first crawl without ``since`` walks back from the future until
   :data:`EMPTY_MONTHS_STOP` months in a row list nothing (CMIS renders a month slowly, so
   walking back to 2000 blindly would cost hours on a slow install);
3. per meeting that needs (re)polling: its ``ViewMeetingPublic`` page – the Documents tab for a
   past meeting (plus the summary tab when that tab lacks the summary holders), the summary tab
   alone for a future one; status from the "Status:" value and the date;
4. documents: the meeting's minutes only (titles naming minutes, not agendas nor "minutes of the
   previous meeting"), conditionally when a stored version exists.

Meetings older than ``recent_window_days`` already known with minutes are neither polled nor
re-listed (the state keeps their rows) unless ``full``.
"""

from __future__ import annotations

from datetime import date, timedelta

from minutebook.fetch.context import CrawlContext
from minutebook.fetch.platforms.cmis_parse import (
    CalendarEntry,
    CalendarModule,
    MeetingSummary,
    calendar_module,
    documents_url,
    meetings_page_links,
    parse_meeting_page,
    parse_month_page,
    summary_url,
)
from minutebook.fetch.platforms.moderngov_parse import meeting_status
from minutebook.records import ListedMeeting, MeetingStatus

DEFAULT_SINCE = date(2000, 1, 1)  # the furthest a first crawl without ``since`` walks back
FUTURE_MONTHS = 3  # months after the current one listed for scheduled meetings
EMPTY_MONTHS_STOP = 24  # a first crawl without ``since`` stops after this many empty months in a row
LATE_MINUTES_DAYS = 365  # incremental runs re-poll held meetings this long before the window without minutes
MAX_MEETINGS_PAGES = 3  # candidate "Meetings" pages tried from the home page


def _month_add(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _months(start: date, end: date) -> list[date]:
    """First days of the months from ``start``'s to ``end``'s, ascending."""
    out, m = [], start.replace(day=1)
    while m <= end:
        out.append(m)
        m = _month_add(m, 1)
    return out


class CmisCrawler:
    def __init__(self, ctx: CrawlContext) -> None:
        self.ctx = ctx
        if not ctx.council.base_url:
            raise ValueError(f"council {ctx.council.id}: base_url is required for cmis")
        self.base = ctx.council.base_url.strip().rstrip("/")
        self.today = ctx.today
        self.until = _month_add(self.today, FUTURE_MONTHS + 1) - timedelta(days=1)

    # ------------------------------------------------------------------ entry point
    def crawl(self) -> None:
        ctx = self.ctx
        known = ctx.state.known_meetings(ctx.council.id)
        recent_from = self.today - timedelta(days=ctx.settings.recent_window_days)
        since: date | None = ctx.council.since
        earlier: frozenset[date] = frozenset()  # months before ``since`` still walked (incremental runs)
        if known and not ctx.full:
            floor = since or DEFAULT_SINCE
            since = max(floor, recent_from.replace(day=1))
            # held meetings of the year before the recent window still without minutes: walk their
            # months too, so minutes published late are found (ModernGov's crawl re-lists that year)
            lookback = recent_from - timedelta(days=LATE_MINUTES_DAYS)
            earlier = frozenset(
                k.meeting_date.replace(day=1)
                for k in known.values()
                if k.meeting_date is not None
                and k.status == "held"
                and not k.has_minutes
                and max(floor, lookback) <= k.meeting_date < since
            )
        module = self.discover()
        if module is None:
            ctx.fail(
                "no_meetings_module",
                "no CMIS meetings module (tabid and mid) found from the home page or its Meetings page",
                self.base,
            )
            return
        entries = self.walk_months(module, since, earlier)
        chosen = [e for e in entries if self.selected(e)]
        if ctx.council.committees and entries and not chosen:
            ctx.fail(
                "committee_not_found",
                f"none of {list(ctx.council.committees)} among the committees of {len(entries)} meetings",
                self.base,
            )
            return
        if not chosen:
            ctx.fail(
                "no_meetings",
                f"no meetings listed between {since or 'the first listed month'} and {self.until}",
                module.month_url(self.today),
            )
            return
        ordered = sorted(chosen, key=lambda e: (e.meeting_date, e.start_time or "", e.meeting_id))
        ctx.advance("meetings", 0, len(ordered))
        for entry in ordered:
            if ctx.needs_poll(entry.meeting_id, known.get(entry.meeting_id), entry.meeting_date, recent_from):
                self.poll_meeting(entry)
            ctx.advance("meetings")

    def selected(self, entry: CalendarEntry) -> bool:
        wanted = {w.strip().lower() for w in self.ctx.council.committees}
        if not wanted:
            return True
        return entry.committee_id in wanted or entry.committee_name.strip().lower() in wanted

    # ------------------------------------------------------------------ discovery
    def discover(self) -> CalendarModule | None:
        """The meetings module from the home page, its Meetings page or that page's list view."""
        ctx = self.ctx
        home = ctx.page(self.base + "/")
        if home is None:
            return None
        found = calendar_module(home.text, home.url, meeting_links_only=True)
        if found is not None:
            return found
        for url in meetings_page_links(home.text, home.url)[:MAX_MEETINGS_PAGES]:
            page = ctx.page(url)
            found = calendar_module(page.text, page.url) if page is not None else None
            if found is None:
                continue
            if found.from_link:
                return found
            # tabid from the page URL, mid from form field names: confirm both with a real
            # meeting link of the current-month list view when the month has any
            listing = ctx.page(found.list_view_url())
            linked = calendar_module(listing.text, listing.url) if listing is not None else None
            return linked if linked is not None and linked.from_link else found
        return None

    # ------------------------------------------------------------------ meeting lists
    def walk_months(
        self, module: CalendarModule, since: date | None, earlier: frozenset[date] = frozenset()
    ) -> list[CalendarEntry]:
        """Meetings of the month calendars from ``since`` (or back until a long empty stretch) to ``until``.

        ``earlier``: months before ``since`` to walk as well (their meetings are kept).
        """
        ctx = self.ctx
        found: dict[str, CalendarEntry] = {}
        if since is not None:
            months = sorted(earlier) + _months(since, self.until)
        else:
            months = list(reversed(_months(DEFAULT_SINCE, self.until)))
        empty_run = 0
        for month in months:
            page = ctx.page(module.month_url(month))
            if page is None:
                continue  # recorded; a failed month does not count as an empty one
            rows = parse_month_page(page.text, page.url, month)
            for row in rows:
                if since is not None and row.meeting_date < since and month not in earlier:
                    continue
                if row.meeting_date > self.until:
                    continue
                found.setdefault(row.meeting_id, row)
            empty_run = 0 if rows or month > self.today else empty_run + 1  # future months don't count
            if since is None and empty_run >= EMPTY_MONTHS_STOP:
                break
        return list(found.values())

    # ------------------------------------------------------------------ one meeting
    def listed_meeting(
        self, entry: CalendarEntry, status: MeetingStatus, summary: MeetingSummary | None
    ) -> ListedMeeting:
        s = summary or MeetingSummary()
        return ListedMeeting(
            council_id=self.ctx.council.id,
            source_meeting_id=entry.meeting_id,
            committee_name=s.committee_name or entry.committee_name,
            meeting_date=s.meeting_date or entry.meeting_date,
            start_time=s.start_time or entry.start_time,
            venue=s.venue or entry.venue,
            status=status,
            source_committee_id=entry.committee_id,
            url=entry.url,
            listed_via="html",
            raw_status=s.status_raw or ("Cancelled" if entry.cancelled_hint else None),
        )

    def poll_meeting(self, entry: CalendarEntry) -> None:
        ctx = self.ctx
        hint = "CANCELLED" if entry.cancelled_hint else None
        future = entry.meeting_date > self.today
        docs_page = None if future else ctx.page(documents_url(entry.url))
        summary = parse_meeting_page(docs_page.text, docs_page.url) if docs_page is not None else None
        documents = list(summary.documents) if summary is not None else []
        if summary is None or not summary.has_summary:
            page = ctx.page(summary_url(entry.url))
            if page is not None:
                on_summary = parse_meeting_page(page.text, page.url)
                seen = {d.url for d in documents}
                documents += [d for d in on_summary.documents if d.url not in seen]
                summary = on_summary
        if summary is not None and not summary.has_summary:
            summary = None
        meeting_date = (summary.meeting_date if summary else None) or entry.meeting_date
        status = meeting_status(summary.status_raw if summary else None, hint, meeting_date, self.today)
        meeting = self.listed_meeting(entry, status, summary)
        ctx.result.meetings.append(meeting)
        if status != "held":
            return
        linked: list[str] = []
        for doc in documents:
            if doc.is_minutes:
                linked.append(doc.url)
                ctx.fetch_document(doc.url, kind="minutes", meeting=meeting, title=doc.title)
        if docs_page is not None:
            ctx.report_unlinked(entry.meeting_id, linked)


def crawl_cmis(ctx: CrawlContext) -> None:
    CmisCrawler(ctx).crawl()
