"""Committee and date guessed from a file name such as ``west-sussex_improvement-board_2011-04-05.pdf``.

Optional metadata for the ``urls`` and ``folder`` platforms: when a name gives a date, the
document becomes a listed meeting; otherwise the parser reads committee and date from
the minutes themselves.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

from minutebook.records import ListedMeeting, stable_id

_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.](\d{4})(?!\d)")


def guess_date(name: str) -> tuple[date | None, tuple[int, int] | None]:
    """(date, span of the date in ``name``) from an ISO or d-m-y date in a file name."""
    for rx, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = rx.search(name)
        if m:
            parts = [int(m.group(i + 1)) for i in range(3)]
            y, mo, d = (parts[order[0]], parts[order[1]], parts[order[2]])
            try:
                return date(y, mo, d), m.span()
            except ValueError:
                continue
    return None, None


def guess_committee(stem: str, span: tuple[int, int] | None) -> str | None:
    """The words between the council slug and the date: ``improvement-board`` -> "Improvement Board"."""
    before = stem[: span[0]] if span else stem
    pieces = [p for p in re.split(r"_+", before.strip("_-. ")) if p]
    if not pieces:
        return None
    words = pieces[-1] if len(pieces) > 1 else pieces[0]
    words = re.sub(r"[-_.]+", " ", words).strip()
    if not words or words.lower() in {"minutes", "mins"}:
        return None
    return " ".join(w if w.isupper() else w.capitalize() for w in words.split())


def guess_meeting(council_id: str, name: str, *, via: str, url: str | None = None) -> ListedMeeting | None:
    stem = unquote(name).rsplit(".", 1)[0]
    meeting_date, span = guess_date(stem)
    if meeting_date is None:
        return None
    committee = guess_committee(stem, span) or "Unknown"
    return ListedMeeting(
        council_id=council_id,
        source_meeting_id=stable_id(committee.lower(), meeting_date.isoformat()),
        committee_name=committee,
        meeting_date=meeting_date,
        status="held",
        url=url,
        listed_via=via,
    )
