"""A council given as a plain list of document URLs (``platform: urls``): each is minutes."""

from __future__ import annotations

from minutebook.fetch.context import CrawlContext, HostBlocked
from minutebook.fetch.http import normalise_url
from minutebook.fetch.platforms.guess import guess_meeting


def crawl_urls(ctx: CrawlContext) -> None:
    for url in dict.fromkeys(normalise_url(u) for u in ctx.council.urls):
        meeting = guess_meeting(ctx.council.id, url.rsplit("/", 1)[-1].split("?")[0], via="urls", url=url)
        if meeting is not None:
            ctx.result.meetings.append(meeting)
        try:
            ctx.fetch_document(url, kind="minutes", meeting=meeting, title=url.rsplit("/", 1)[-1] or url)
        except HostBlocked:
            continue  # recorded once by the context; other hosts may still answer
        ctx.advance("documents")
