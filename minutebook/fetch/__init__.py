"""Fetch stage: crawl a council's site (or URL list, or folder) into raw documents and listings.

``crawl_council`` is the one entry point. It never raises for a bad site, page or
document: everything that goes wrong is a Failure row in the result and the crawl goes on.
The HTTP client, raw store and crawl state are injected (tests hand in their own).
"""

from __future__ import annotations

from datetime import date

from minutebook.fetch.context import CrawlContext, CrawlResult, HostBlocked, Progress
from minutebook.fetch.http import FetchError, FetchResult, PoliteClient
from minutebook.fetch.state import CrawlState, MemoryCrawlState, PreviousDocument
from minutebook.fetch.store import RawStore
from minutebook.records import Council
from minutebook.settings import Settings

__all__ = [
    "CrawlResult",
    "CrawlState",
    "FetchError",
    "FetchResult",
    "MemoryCrawlState",
    "PoliteClient",
    "PreviousDocument",
    "RawStore",
    "crawl_council",
]


def crawl_council(
    council: Council,
    *,
    client: PoliteClient,
    store: RawStore,
    state: CrawlState,
    settings: Settings,
    full: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> CrawlResult:
    """Crawl one council: listed meetings, register attendance, new document versions, failures."""
    ctx = CrawlContext(
        council,
        client=client,
        store=store,
        state=state,
        settings=settings,
        today=today or date.today(),
        full=full,
        progress=progress,
    )
    try:
        if council.platform == "moderngov":
            from minutebook.fetch.platforms.moderngov import crawl_moderngov

            crawl_moderngov(ctx)
        elif council.platform == "cmis":
            from minutebook.fetch.platforms.cmis import crawl_cmis

            crawl_cmis(ctx)
        elif council.platform == "urls":
            from minutebook.fetch.platforms.urls import crawl_urls

            crawl_urls(ctx)
        elif council.platform == "folder":
            from minutebook.fetch.platforms.folder import crawl_folder

            crawl_folder(ctx)
        else:
            ctx.fail(
                "unsupported_platform", f"platform {council.platform!r} has no crawler yet", council.base_url
            )
    except HostBlocked:
        pass  # recorded by the context when it happened; nothing more is asked of that host
    return ctx.result
