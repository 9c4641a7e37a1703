"""Column layout of attendance lines: table header rows ("Name | Role | Attendance"), the cells of a
row as text extraction leaves them (tabs or runs of spaces), grid headers whose columns are meeting dates,
and the logical line (:class:`Logical`) that the section reader and the table reader share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.parse.layout import PLine

_NAME_HEADER_RE = re.compile(
    r"^(?:(?:board|committee|panel|voting|council|cabinet|full)\s+)?(?:names?|members?|attendees?|councillors?|"
    r"representatives?|participants?|visitors?|directors?|governors?|trustees?)(?:\s+names?)?$"
)


class _NameHeaders:
    """The first cell of an attendance table's header row: "Name", "Member", "Board Member" …"""

    def __contains__(self, cell: object) -> bool:
        return isinstance(cell, str) and bool(_NAME_HEADER_RE.match(cell.strip().casefold()))


NAME_HEADERS = _NameHeaders()


@dataclass
class Logical:
    parts: list[str]
    lines: list[PLine]
    role_sep: bool = False  # True when a bare-name line was followed by its role line
    literal: bool = False  # one person written with characters no name has: kept whole


# Column headers of an attendance table besides the name column: what a row's other cells hold.
_COLUMN_HEADER = re.compile(
    r"^(?:[\w/&()' -]*\b(?:role|roles|organi[sz]ations?|representing|appointed|authority|council|position|"
    r"title|designation|sector|party|group|ward|nominated|notes|comments|initials|attendance|status|"
    r"attended|present|apolog\w*|absent|substitute\w*|constituency|division|area|reason|capacity|type|category|"
    r"membership)\b[\w/&()' -]*)$"
)


_DATE_HEADER = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?$")


# A grid: one column per status, a mark in the column that applies.
_GRID_COLUMN = [
    (re.compile(r"^present(?: in person)?$", re.I), "present"),
    (re.compile(r"^(?:sent )?apolog\w*(?: (?:given|received|sent))?$", re.I), "apologies"),
    (re.compile(r"^absent\b.*|^not present$|^did not attend$", re.I), "absent"),
    (re.compile(r"^(?:also )?in attendance$", re.I), "in_attendance"),
]


# A column whose cell value says the status ("✓", "A", "Present", a code explained by a key).
_VALUE_COLUMN = re.compile(
    r"^(?:attendance(?: status)?|status|attended|present\s*/\s*apologies|present\?|attendance\s*\(.*\))$",
    re.I,
)


# the gap between two cells of a register or a name/organisation table: a TAB, or three spaces or more
# (two spaces may be a typist's double space inside a cell)
_CELL_GAP = re.compile(r"\t+|\s{3,}")


def gap_cells(text: str) -> list[str]:
    """The non-empty cells of one line split at its cell gaps."""
    return [c.strip() for c in _CELL_GAP.split(text.strip()) if c.strip()]


def _cells_at(raw: str) -> list[tuple[int, str]]:
    """A line's cells: split at TABs, or at runs of two or more spaces, each with its column."""
    if "\t" in raw:
        out, pos = [], 0
        for cell in raw.split("\t"):
            out.append((pos, cell.strip()))
            pos += len(cell) + 1
        return out
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", raw)]


def table_header(raw: str) -> list[tuple[int, str]] | None:
    """The header row of an attendance table ("Name  Role  Organisation  10/03/22", "Authority<TAB>Member
    <TAB>Attendance", "Councillor  Present  Apologies  Absent"): one name column, the others known
    column words, a status per column or a meeting date. Cells with their start columns."""
    cells = _cells_at(raw.rstrip())
    if len(cells) == 1 and "\t" not in raw and 3 <= len(raw.split()) <= 8:
        # "Name Role Organisation 10/03/22": one-word headers whose gaps the extraction closed up
        cells = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", raw)]
    named = [c for _, c in cells if c]
    if len(named) < 2 or len(named) != len(cells) and "\t" not in raw:
        return None
    if all(c.endswith(":") for c in named):
        return None  # "Present:<TAB>Councillors:": labels over a list, not a table's column headers
    names = [c for c in named if c.casefold().rstrip(":") in NAME_HEADERS]
    if len(names) != 1:
        return None
    for c in named:
        f = c.casefold().rstrip(":")
        if c == names[0]:
            continue
        if len(f.split()) > 4 or not (_COLUMN_HEADER.match(f) or _DATE_HEADER.match(c)):
            return None
    return [(s, c.casefold().rstrip(":")) for s, c in cells]


def grid_status(header: str) -> str | None:
    return next((s for rx, s in _GRID_COLUMN if rx.match(header)), None)


def is_value_column(header: str) -> bool:
    return bool(_VALUE_COLUMN.match(header) or _DATE_HEADER.match(header))


def is_grid_header(raw: str) -> bool:
    """A table header that by itself says who attended: status columns or an attendance column."""
    hdr = table_header(raw)
    return bool(hdr and any(grid_status(c) or is_value_column(c) for _, c in hdr))


def row_cells(raw: str, starts: list[int]) -> list[str]:
    """A space-aligned row's cells placed under the header's columns by where each cell starts."""
    cells = [""] * len(starts)
    for pos, text in _cells_at(raw):
        idx = 0
        for i, s in enumerate(starts):
            if s <= pos + 3:
                idx = i
        cells[idx] = f"{cells[idx]} {text}".strip()
    return cells


COLUMN_WORDS = frozenset(
    {"members", "member", "name", "names", "role", "roles", "title", "organisation", "position"}
    | {"representing", "designation", "job title", "attendance"}
)


def column_header_at(lines: list[PLine], k: int) -> bool:
    """Is line k the first cell of a table header extracted one cell per line ("Members" then "Role")?"""
    if lines[k].text.strip().casefold().rstrip(":") not in {"members", "member", "name", "names"}:
        return False
    j = k + 1
    while j < len(lines) and lines[j].blank and j <= k + 2:
        j += 1
    return j < len(lines) and lines[j].text.strip().casefold().rstrip(":") in COLUMN_WORDS - {
        "members",
        "member",
        "name",
        "names",
    }
