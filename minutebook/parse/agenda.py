"""Agenda items: the numbered (or, failing that, unnumbered) headings that divide the minutes.

Numbers are kept as printed, without a trailing dot or a leading "Item"/"Minute": "1", "5(a)",
"39.1", "19/142", "101". A numbered line is an item heading only when its text reads like a
title — capitals, Title Case, a short line followed by a gap — not like the first line of a
numbered paragraph ("5.1 The Director of Transport presented the report seeking …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.parse.layout import PLine, join_text

_NUM = (
    r"(?:\d{1,3}/\d{1,4}|\d{1,4}(?:\.\d{1,2})?(?:\s?\([a-z]{1,3}\)|[a-z](?![a-z]))?"
    # council-prefixed minute numbers: "FC/24/031", "PC23/045", "C.123", "ICB 24/05", with the
    # committee after the council and the municipal year after the number: "CBC-PC/22/21-22"
    r"|(?-i:[A-Z]{1,5})(?:-(?-i:[A-Z]{1,5}))?[/.-]?\d{1,4}(?:/\d{1,4}){0,2}(?:-\d{2})?(?![\w/])|(?-i:[A-Z]{2,5})\s\d{1,4}/\d{1,4}"
    # "Cou/285/07-08"; Roman item numbers before a capitals title: "II DECLARATION OF INTEREST"
    r"|(?-i:[A-Z][a-z]{1,4})/\d{1,4}(?:/\d{1,4})?(?:-\d{2})?|(?-i:[IVX]{1,5})(?=\s+(?-i:[A-Z]{2})))"
)
_PREFIX = r"(?:(?:agenda\s+)?item|minute|min\.?)"
# "* 214    Minutes": a leading asterisk marks a delegated matter (its key is in the footer)
_HEAD = re.compile(
    rf"^(?:\*\s+)?(?:{_PREFIX}\s*)?(?P<num>{_NUM})(?:[.:]|(?=\s))\s*(?:[-–—]\s*)?(?P<title>\S.*)$", re.I
)
_NUM_ONLY = re.compile(rf"^(?:{_PREFIX}\s*)?(?P<num>{_NUM})[.:]?$", re.I)
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "from",
        "into",
        "under",
        "vs",
        "v",
    ]
)


_DATE_START = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b",
    re.I,
)


@dataclass
class AgendaItem:
    number: str | None
    title: str
    line: int  # index of the heading line
    end_line: int  # index of the heading's last line

    @property
    def label(self) -> str:
        return self.number if self.number else self.title


def _titleish(title: str) -> float:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title)]
    if not words:
        return 0.0
    significant = [w for w in words if w.casefold() not in _SMALL]
    if not significant:
        return 0.0
    return sum(1 for w in significant if w[0].isupper()) / len(significant)


def _is_caps(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _title_ok(title: str, line: PLine, nxt: PLine | None) -> bool:
    title = title.strip()
    if not title or len(title) > 180 or len(title.split()) > 26:
        return False
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "'‘\"“"):
        return False
    if not re.search(r"[A-Za-z]{2}", title):
        return False  # "30.1.2023", "1 - 6": a date or a page range, not a numbered title
    if title.count("\t") >= 2 or "|" in title:
        return False
    if re.search(r"[.;,]$", title) and not line.heading:
        return False
    if re.search(r"[a-z)]\.\s+[A-Z]", title):  # two sentences: a paragraph, not a title
        return False
    if re.match(
        r"(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided|Apologies (?:were|for absence were))\b", title
    ):
        return False
    if title.endswith(":") and not line.heading:
        return False
    if (
        re.search(r"(?:,|\b(?:and|or|of|the|to|for|from|with))$", title)
        and nxt is not None
        and not nxt.blank
        and not line.heading
        and not _is_caps(title)
    ):
        return False  # "2.1. Catherine Ellwood noted apologies from Graham Pitt, …, and": a sentence
    if line.heading or _is_caps(title):
        return True
    next_continues = nxt is not None and not nxt.blank and nxt.text[:1].islower()
    if next_continues:
        return False
    if nxt is None or nxt.blank or nxt.heading:
        return len(title.split()) <= 16
    return len(title.split()) <= 9 or _titleish(title) >= 0.6


def _major(number: str) -> tuple[int, ...]:
    parts = re.findall(r"\d+", number)
    return tuple(int(p) for p in parts)


def find_items(lines: list[PLine], *, after: int = 0) -> list[AgendaItem]:
    """Agenda item headings from line index ``after`` on."""
    items: list[AgendaItem] = []
    i = after
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        text = ln.text.replace("\t", "  ") if ln.text.count("\t") <= 1 else ln.text
        nxt_i = i + 1
        nxt = lines[nxt_i] if nxt_i < n else None
        m = _HEAD.match(text)
        found: AgendaItem | None = None
        if m and _DATE_START.match(text):
            m = None  # "27 Sep 2022 - 18:30 to 20:47" is the meeting's date, not item 27
        if m:
            title = re.split(r"\s{3,}", m.group("title").strip())[0]  # a second column is not the title
            if _title_ok(title, ln, nxt):
                end = i
                parts = [title]
                # a capitals title wrapped onto an indented next line
                if (
                    _is_caps(title)
                    and nxt
                    and not nxt.blank
                    and _is_caps(nxt.text)
                    and not _HEAD.match(nxt.text)
                ):
                    parts.append(nxt.text)
                    end = nxt_i
                found = AgendaItem(_norm_number(m.group("num")), join_text(parts), i, end)
        else:
            m2 = _NUM_ONLY.match(text.strip())
            if m2 and ln.indent >= 40:
                m2 = None  # "CH/23/01" printed at the far right: a document reference, not an item
            if m2:
                j = i + 1
                while j < n and j <= i + 3 and lines[j].blank:
                    j += 1
                if j < n and not lines[j].blank:
                    title = lines[j].text.strip()
                    after_title = lines[j + 1] if j + 1 < n else None
                    if _title_ok(title, lines[j], after_title) and not _HEAD.match(title):
                        found = AgendaItem(_norm_number(m2.group("num")), title, i, j)
        if found:
            if not items or _major(found.number or "") >= _major(items[-1].number or "")[:1]:
                items.append(found)
            i = found.end_line + 1
            continue
        i += 1
    if len(items) == 1 and items[0].line < 10:
        # a reference at the top ("CH/23/01") taken for an item would hold back every lower number
        rest = find_items(lines, after=items[0].end_line + 1)
        if len(rest) >= 2:
            return rest
    return items


def _norm_number(num: str) -> str:
    return re.sub(r"\s+", "", num).rstrip(".:")


_ATTENDANCE_WORDS = re.compile(
    r"^(?:present|attendance|in attendance|also present|apologies|absent|substitutes|officers|members)\b",
    re.I,
)


def find_unnumbered(lines: list[PLine], *, after: int = 0) -> list[AgendaItem]:
    """Stand-alone short heading lines (a gap before and after): items of minutes that number
    paragraphs, not items."""
    items: list[AgendaItem] = []
    for i in range(after, len(lines)):
        ln = lines[i]
        if ln.blank:
            continue
        prev_blank = i == 0 or lines[i - 1].blank
        next_blank = i + 1 >= len(lines) or lines[i + 1].blank
        if not ((prev_blank and next_blank) or ln.heading):
            continue
        t = ln.text.strip()
        words = t.split()
        if not words or len(words) > 18 or re.search(r"[.,;:)]$", t) or not t[0].isupper():
            continue
        if t.casefold() in {"chairman", "chair", "chairperson", "mayor", "town mayor"}:
            continue
        if any(ch.isdigit() for ch in t[:3]) or "\t" in t:
            continue
        if _titleish(t) < 0.5 and len(words) > 4:
            continue
        if re.search(r"\b(?:was|were|is|are|has|had|will|would)\b", t):
            continue
        items.append(AgendaItem(None, t, i, i))
    return items


def item_at(items: list[AgendaItem], line_idx: int) -> AgendaItem | None:
    current = None
    for item in items:
        if item.line <= line_idx:
            current = item
        else:
            break
    return current


def is_any_heading(line: PLine) -> bool:
    """Is this line an item heading by itself (used to stop lists)?"""
    text = line.text.replace("\t", "  ")
    m = _HEAD.match(text)
    if m and _title_ok(re.split(r"\s{3,}", m.group("title").strip())[0], line, None):
        return True
    return bool(_NUM_ONLY.match(text.strip()))


__all__ = ["AgendaItem", "find_items", "find_unnumbered", "item_at", "is_any_heading", "_ATTENDANCE_WORDS"]
