"""Attendance lists with no heading: a run of member lines (or one list paragraph) at the top of
the minutes, before the first agenda item, with officers written "Name, Post" after them.
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.people import (
    LIST_SEPS,
    PLURAL_LIST_SEPS,
    PROSE,
    Candidate,
    finish,
    lookup,
    parse_list,
    roleish,
    top_level_split,
)
from minutebook.parse.layout import PLine, join_text
from minutebook.parse.names import (
    looks_like_name,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry

_BARE_MEMBER = re.compile(r"^(?P<name>[^()–—,]+?)\s*(?:\((?P<role>[^()]{1,40})\))?\.?$")


_ROLE_AFTER = re.compile(r"^(?P<name>[^()–—,]+?)\s+[–—-]\s+(?P<role>[^()]{2,60}?)\.?$")


def headless_list(lines: list[PLine], end: int, entries: list[AttendanceEntry]) -> set[int]:
    """Minutes that print who came with no "Present" heading: a run of at least three lines before
    the first item, one person per line ("Cllr Tremlett (Chairman)", "Cllr Mrs Cornish"), then the
    others as "Name – Role" ("Mrs Jenny Tapp – Clerk."). The bare names are the members present;
    the people listed with a role after them attended. Used only when no list was found."""
    k = 0
    while k < end:
        if lines[k].blank:
            k += 1
            continue
        run: list[tuple[int, str, str | None, str]] = []
        j = k
        others = False
        while j < end:
            ln = lines[j]
            if ln.blank:
                if run and j + 1 < end and not lines[j + 1].blank and run[-1][3] != "stop":
                    j += 1  # "Cllr Fairweather – HDC Councillor." in a paragraph of its own
                    continue
                break
            text = ln.text.strip()
            bare = _BARE_MEMBER.match(text)
            after = _ROLE_AFTER.match(text)
            if not others and bare and looks_like_name(bare.group("name")):
                run.append((j, bare.group("name"), bare.group("role"), "present"))
            elif after and looks_like_name(after.group("name")) and len(run) >= 3:
                others = True
                run.append((j, after.group("name"), after.group("role"), "in_attendance"))
            else:
                break
            j += 1
        members = [r for r in run if r[3] == "present"]
        if len(members) >= 3 and sum(1 for r in members if split_honorifics(r[1])[0]) >= len(members) - 1:
            used: set[int] = set()
            for idx, name, role, status in run:
                e = finish(Candidate(raw=name, status=status, role=role, lines=[lines[idx]]))
                if e:
                    entries.append(e)
                    used.add(idx)
            return used
        k = max(j, k + 1)
    return _headless_paragraph(lines, end, entries)


def _headless_paragraph(lines: list[PLine], end: int, entries: list[AttendanceEntry]) -> set[int]:
    """The members present as one unlabelled paragraph before the first item: "Mr M J Harland
    (Chairman), Mr H R Linley OBE (Vice Chairman), Councillor T E Birchall, … and Mrs H Wyatt." —
    nothing but a list of at least three people, each with an honorific (so no sentence, role or
    organisation can pass for it). Drainage boards and small councils print them so."""
    k = 0
    while k < end:
        if lines[k].blank or k > 0 and not lines[k - 1].blank and not re.search(r"[.:]$", lines[k - 1].text):
            k += 1
            continue
        # the list runs while its lines end with a comma or "and" (PDF text keeps no blank line after it)
        a = j = k
        while j < end and not lines[j].blank:
            j += 1
            if not re.search(r"(?:,|\band|&)$", lines[j - 1].text.rstrip()):
                break
        para = lines[a:j]
        text = join_text([ln.text for ln in para]).strip()
        k = j
        if not text.endswith(".") and not text.endswith(")") and not re.search(r"[A-Za-z]$", text):
            continue
        bare = re.sub(r"\([^()]*\)", "", text)
        if PROSE.search(bare) or ":" in bare or bare.count(",") < 2:
            continue
        people = parse_list(text.rstrip("."), "present", para)
        seps = PLURAL_LIST_SEPS if plural_honorific(text)[0] else LIST_SEPS
        segs = top_level_split(text.rstrip("."), seps)
        if (
            len(people) < 3
            or len(people) != len(segs)
            or not all(p.title_prefix or split_honorifics(p.raw)[0] for p in people)
        ):
            continue
        taken = set(range(a, j))
        presiding = _presiding_above(lines, a)
        if presiding is not None:
            e = finish(presiding)
            if e and not lookup(entries, presiding.raw):
                entries.append(e)
                taken |= {k for k in range(a) if lines[k] is presiding.lines[0]}
        for p in people:
            e = finish(p)
            if e and not lookup(entries, p.raw):
                entries.append(e)
        return taken | _headless_officers(lines, j, end, entries)
    return set()


# "THE MAYOR, COUNCILLOR MAUREEN TOLLWORTH - PRESIDING.": the civic head over the members' paragraph
_PRESIDING = re.compile(
    r"^(?:the\s+)?(?P<office>[A-Za-z][A-Za-z' -]{2,40}),\s+(?P<who>[^,()]{4,60}?)\s*[-–—]\s*"
    r"(?:presiding|in\s+the\s+chair)\.?$",
    re.I,
)


def _presiding_above(lines: list[PLine], a: int) -> Candidate | None:
    """The office and titled name on the line just above a headless list, marked as presiding."""
    k = a - 1
    while k >= 0 and lines[k].blank:
        k -= 1
    if k < 0:
        return None
    m = _PRESIDING.match(lines[k].text.strip())
    if not m:
        return None
    who = m.group("who").strip()
    if who.isupper():
        who = who.title()  # "COUNCILLOR MAUREEN TOLLWORTH"
    if not split_honorifics(who)[0] or not looks_like_name(who):
        return None
    office = m.group("office").strip()
    return Candidate(
        raw=who, status="present", role=office.title() if office.isupper() else office, lines=[lines[k]]
    )


_NAME_COMMA_ROLE = re.compile(r"^(?P<name>[^,()]+),\s+(?P<role>[A-Z][^()]{2,80}?)\.?$")


def _headless_officers(lines: list[PLine], k: int, end: int, entries: list[AttendanceEntry]) -> set[int]:
    """After an unlabelled list of members, a block of "R Coverdale, Town Clerk" lines (a name, a
    comma, a post) is the officers in attendance: a web copy of minutes whose "In attendance" label
    column was lost. Every line of the block must be such a line (at least two)."""
    while k < end and lines[k].blank:
        k += 1
    a = k
    found: list[tuple[int, str, str]] = []
    while k < end and not lines[k].blank:
        m = _NAME_COMMA_ROLE.match(lines[k].text.strip())
        if not m or not looks_like_name(m.group("name")) or not roleish(m.group("role").replace(",", " ")):
            if k + 1 < end and not lines[k + 1].blank and len(found) < 2:
                return set()  # more text in the same block: not a list of officers
            break
        found.append((k, m.group("name"), m.group("role")))
        k += 1
    if len(found) < 2:
        return set()
    for idx, name, role in found:
        e = finish(Candidate(raw=name, status="in_attendance", role=role, lines=[lines[idx]]))
        if e and not lookup(entries, name):
            entries.append(e)
    return set(range(a, k))
