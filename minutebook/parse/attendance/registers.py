"""Attendance registers printed as marks against names: a block of names each followed by a mark
explained by a key ("✓ = present, A = apologies"), or one letter per row ("P  Cllr A Smith").
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.columns import gap_cells
from minutebook.parse.attendance.headings import heading_status
from minutebook.parse.attendance.people import Candidate, finish, starts_with_person
from minutebook.parse.attendance.tables import key_meaning
from minutebook.parse.layout import PLine
from minutebook.parse.names import (
    looks_like_name,
    split_honorifics,
)
from minutebook.records import AttendanceEntry

# "*Present", "* denotes Members present", "† = attended": the key under (or over) a membership list
# whose entries carry the mark when the member attended
# "(Present = *)", "Present: *": the same key written meaning first, often in brackets
MARK_KEY = re.compile(
    r"^\(?(?:(?P<sym>[*†‡#✓✔])\s*(?:(?:=|-|–|denotes|indicates)\s*)?(?:(?:members?|councillors?)\s+)?"
    r"(?:present|attended|attending|in attendance)"
    r"|(?:members?\s+|councillors?\s+)?(?:present|attended|attending|in attendance)\s*[=:–-]\s*"
    r"(?P<sym2>[*†‡#✓✔]))\.?\)?$",
    re.I,
)


# "*Absent", "* denotes absent", "(Apologies = *)": the same kind of key the other way round, the mark
# on the members who were not there and the unmarked ones present
ABSENCE_MARK_KEY = re.compile(
    r"^\(?(?:(?P<sym>[*†‡#])\s*(?:(?:=|-|–|denotes|indicates)\s*)?(?:(?:members?|councillors?)\s+)?"
    r"(?P<m>absent(?:\s+with(?:out)?\s+apolog(?:y|ies))?|apologies(?:\s+(?:for\s+absence|received))?)"
    r"|(?:members?\s+|councillors?\s+)?(?P<m2>absent|apologies)\s*[=:–-]\s*(?P<sym2>[*†‡#]))\.?\)?$",
    re.I,
)


def _marked_cells(text: str, sym: str) -> list[str]:
    """The cells of one register line, a mark printed in a column of its own ("*   Councillor A Bell")
    joined to the name beside it."""
    cells = gap_cells(text)
    out: list[str] = []
    for c in cells:
        if out and out[-1] == sym:
            out[-1] = f"{sym} {c}"
        else:
            out.append(c)
    return out


def _register_block(lines: list[PLine], k: int, step: int, used: set[int], sym: str) -> list[int] | None:
    """Positions of the non-blank lines next to the key at ``k`` (upwards when ``step`` is -1), when
    every cell of every line is a person, marked or not; None otherwise."""
    n = len(lines)
    k += step
    while 0 <= k < n and lines[k].blank:
        k += step
    block: list[int] = []
    while 0 <= k < n and not lines[k].blank and k not in used:
        if heading_status(lines[k].text):
            break  # "Councillors:" over the grid, "Officers: …" under it (PDF text keeps no blank lines)
        block.append(k)
        k += step
    if not block:
        return None
    marked = 0
    for b in block:
        for c in _marked_cells(lines[b].text, sym):
            bare = c[len(sym) :].strip() if c.startswith(sym) else c
            marked += c.startswith(sym)
            name = re.sub(r"\s*\([^()]*\)$", "", bare)
            if not (starts_with_person(name) and split_honorifics(name)[0] and looks_like_name(name)):
                return None
    return sorted(block) if marked else None


def marked_register(lines: list[PLine], used: set[int], entries: list[AttendanceEntry]) -> set[int]:
    """A membership list whose attending members carry a mark explained by a key line ("* Councillor
    A Bell    * Councillor C Dunn" … "*Present", the printed minutes of county councils): the marked
    members are present and the unmarked ones were not there (absent, until an apology sentence says
    more); under a key of absence ("*Absent") the other way round, the marked members absent and the
    rest present. Only lists of titled people are read, so a stray asterisk in prose never makes anyone."""
    taken: set[int] = set()
    for k, ln in enumerate(lines):
        # a chair's label ("Vice-Chairman:") reads one person and may have run on over the list: the
        # list's lines count even when a section above took them, and people already read are kept
        m = MARK_KEY.match(ln.text.strip()) if not ln.blank else None
        absence = ABSENCE_MARK_KEY.match(ln.text.strip()) if not ln.blank and not m else None
        if not m and not absence:
            continue
        if absence:
            sym = absence.group("sym") or absence.group("sym2")
            marked_status = key_meaning(absence.group("m") or absence.group("m2")) or "absent"
            unmarked_status = "present"
        else:
            sym = m.group("sym") or m.group("sym2")
            marked_status, unmarked_status = "present", "absent"
        block = _register_block(lines, k, -1, taken, sym) or _register_block(lines, k, 1, taken, sym)
        if not block:
            continue
        taken |= {k, *block}
        for b in block:
            for c in _marked_cells(lines[b].text, sym):
                present = c.startswith(sym)
                bare = c[len(sym) :].strip() if present else c
                role = None
                br = re.search(r"\s*\(([^()]*)\)$", bare)
                if br:
                    bare, role = bare[: br.start()], br.group(1)
                e = finish(
                    Candidate(
                        raw=bare,
                        status=marked_status if present else unmarked_status,
                        role=role,
                        lines=[lines[b]],
                    )
                )
                if e is None:
                    continue
                known = next((x for x in entries if x.person_key == e.person_key), None)
                if known is None:
                    entries.append(e)
                elif absence:
                    # a section above read the grid as a plain list: the key says who was not there
                    known.status = e.status
                    if known.role and known.role.lstrip().startswith(sym):
                        known.role = None  # the next cell ("*Councillor B Dunn") read as a role
    return taken


# "P: Present" / "A: Apologies for absence submitted": a key printed as one pair per line (or several
# pairs on one line) under a register whose rows start with the symbol ("P Angela Hoskins")
_LETTER_KEY_PAIR = re.compile(
    r"(?:^|\s)(?P<sym>[A-Z]{1,2}|[^\w\s(),;:]{1,2})\s*(?:[:=]|\s[–-])\s*(?P<meaning>[A-Za-z][^:=]*?)(?=\s+(?:[A-Z]{1,2}|[^\w\s(),;:]{1,2})\s*[:=]\s|\s*$)"
)


_LETTER_ROW = re.compile(r"^(?P<sym>[A-Z]{1,2}|[^\w\s(),;:]{1,2})(?:\t|\s+)(?P<rest>.+)$")


def _letter_key_at(lines: list[PLine], k: int) -> tuple[dict[str, str], int] | None:
    """The key starting at line ``k``: symbol → status and the position after it, when at least two
    symbols with different meanings are explained and one of them means present."""
    key: dict[str, str] = {}
    j = k
    while j < len(lines) and not lines[j].blank:
        pairs = list(_LETTER_KEY_PAIR.finditer(lines[j].text.strip()))
        if not pairs or pairs[0].start() > 0:
            break
        meanings = [(pm.group("sym"), key_meaning(pm.group("meaning"))) for pm in pairs]
        if any(m is None or m == "partial" for _, m in meanings):
            break
        key.update(meanings)  # type: ignore[arg-type]
        j += 1
    if len(set(key.values())) < 2 or "present" not in key.values():
        return None
    return key, j


def lettered_register(lines: list[PLine]) -> tuple[list[AttendanceEntry], set[int]]:
    """A register whose rows each open with a status letter explained by a key next to it ("P Angela
    Hoskins (Chairperson)" … "A Wendy Lusty" over "P: Present" / "A: Apologies for absence submitted",
    as Word-saved minutes print it): each row's person with the status the key gives their letter.
    Every row of the block must be a letter of the key and a name, so prose never makes anyone."""
    entries: list[AttendanceEntry] = []
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        got = _letter_key_at(lines, k) if not lines[k].blank else None
        if not got:
            k += 1
            continue
        key, after = got
        block: list[tuple[int, str, str]] = []
        b = k - 1
        while b >= 0 and not lines[b].blank:
            m = _LETTER_ROW.match(lines[b].text.strip())
            if not m or m.group("sym") not in key:
                break
            block.append((b, key[m.group("sym")], m.group("rest").strip()))
            b -= 1
        people = []
        for pos, status, rest in reversed(block):
            role = None
            br = re.search(r"\s*\(([^()]*)\)$", rest)
            bare = rest[: br.start()] if br else rest
            if br:
                role = br.group(1).strip()
            if not (looks_like_name(bare) and starts_with_person(bare)):
                break
            people.append((pos, status, bare, role))
        if len(people) < 3 or len(people) != len(block):
            k = after
            continue
        for pos, status, bare, role in people:
            e = finish(Candidate(raw=bare, status=status, role=role, lines=[lines[pos]]))
            if e is not None and not any(x.person_key == e.person_key for x in entries):
                entries.append(e)
        taken |= {pos for pos, *_ in people} | set(range(k, after))
        k = after
    return entries, taken


# "p Councillor Fiona Carraway      a Councillor Sunil Vora": printed minutes (Hampshire's house style)
# that mark each member with a lower-case "p" (present) or "a" (absent) and print no key beside them;
# "*p" is a deputy (the "*Present as a deputy" note under the block)
_PA_CELL = re.compile(r"^(?P<star>\*)?(?P<sym>[pa])\s+(?P<rest>\S.*)$")
_PA_STATUS = {"p": "present", "a": "absent"}


def _pa_cells(text: str) -> list[re.Match[str]] | None:
    """The marked cells of one line, when every cell is a mark and a titled person."""
    cells = gap_cells(text.strip())
    got = [_PA_CELL.match(c) for c in cells]
    if not cells or not all(
        m and looks_like_name(m.group("rest")) and starts_with_person(m.group("rest")) for m in got
    ):
        return None
    return got  # type: ignore[return-value]


def pa_register(lines: list[PLine]) -> tuple[list[AttendanceEntry], set[int]]:
    """Members marked "p"/"a" with no key: lines a few apart whose every cell is a mark and a titled
    person, at least three cells and one of them present, read as a register. A "Chairman:" line over a
    marked row gives that member the role."""
    rows = [(k, cells) for k, ln in enumerate(lines) if not ln.blank and (cells := _pa_cells(ln.text))]
    groups: list[list[tuple[int, list[re.Match[str]]]]] = []
    for row in rows:
        if groups and row[0] - groups[-1][-1][0] <= 3:
            groups[-1].append(row)
        else:
            groups.append([row])
    entries: list[AttendanceEntry] = []
    taken: set[int] = set()
    for group in groups:
        marks = [m for _, cells in group for m in cells]
        if len(marks) < 3 or not any(m.group("sym") == "p" for m in marks):
            continue
        for k, cells in group:
            above = next((x for x in reversed(lines[:k]) if not x.blank), None)
            heading = heading_status(above.text) if above is not None else None
            chair = heading is not None and heading[0] == "chair" and len(cells) == 1
            for m in cells:
                e = finish(
                    Candidate(
                        raw=m.group("rest"),
                        status=_PA_STATUS[m.group("sym")],
                        role=above.text.strip().rstrip(":") if chair and above else None,
                        lines=[lines[k]],
                        substitute=bool(m.group("star")),
                    )
                )
                if e is not None and not any(x.person_key == e.person_key for x in entries):
                    entries.append(e)
            taken.add(k)
    return entries, taken
