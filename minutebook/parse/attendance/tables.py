"""Attendance tables: a status column ("Present", "Apologies", ticks, letters explained by a key),
one table per status, grouped rows ("Labour Group: …"), and the name cell of a row.
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.columns import NAME_HEADERS, Logical, grid_status, is_value_column, row_cells
from minutebook.parse.attendance.headings import single_heading_status
from minutebook.parse.attendance.people import PROSE, Candidate, is_name_segment, strip_parens, surname_first
from minutebook.parse.layout import PLine, join_text

_STATUS_CELL = [
    (
        re.compile(
            r"^present(?: as (?:a )?substitute)?$|^substitute\b.*|^attended\b.*|^yes$|^y$|^[✓✔√]$|^p$|^in person$|^remote$|"
            r"^virtual$|^online$|^via teams$",
            re.I,
        ),
        "present",
    ),
    (re.compile(r"^(?:also )?in attendance\b.*|^attending\b.*|^observer$", re.I), "in_attendance"),
    (re.compile(r"^apologies\b.*|^apols?\.?$|^sent apologies$|^apologised$|^a$", re.I), "apologies"),
    (re.compile(r"^absent\b.*|^no$|^n$|^[x✗✘]$|^did not attend$|^dna$", re.I), "absent"),
]


KEY_HEAD = re.compile(r"^\s*key(?:\s+to\s+(?:symbols|attendance))?\s*[:：–-]\s*(?P<body>.+)$", re.I)


_KEY_SYM = r"(?:\([a-z]\)|[A-Z]{1,2}\*?|[^\w\s(),;:=.]{1,2})"


_KEY_PAIR = re.compile(
    rf"(?:^|(?<=[\s;,]))(?P<sym>{_KEY_SYM})\s*(?:=|:|[–-](?=\s))?\s*(?P<meaning>[a-z][^;=]*?)"
    rf"(?=\s*;|\s+{_KEY_SYM}\s*(?:=|:|[–-](?=\s))?\s*[a-z]|\s*\.?\s*$)"
)


def key_meaning(text: str) -> str | None:
    t = text.casefold()
    if re.search(r"\bpart\b|(?:joined|arrived) (?:late|after)|\blate\b|\bleft\b", t) and "apolog" not in t:
        return "partial"
    if re.search(r"not present|absent|no apolog|did not attend|non-attendance", t):
        return "absent"
    if "apolog" in t:
        return "apologies"
    if re.search(r"in attendance|observer", t):
        return "in_attendance"
    if re.search(r"present|attended|virtual|video|remote|online|substitut|in person|deputis", t):
        return "present"
    return None


def status_key(lines: list[PLine]) -> dict[str, str]:
    """The key printed with an attendance table ("Key: P = present; A = apologies; * = joined after
    the start", "Key: ✓ present  V attended virtually  A apologies  X absent"): symbol → status, or
    "partial" for a mark added to the symbol."""
    key: dict[str, str] = {}
    for ln in lines:
        m = KEY_HEAD.match(ln.text) if not ln.blank else None
        if not m:
            continue
        found = {}
        for pm in _KEY_PAIR.finditer(m.group("body")):
            meaning = key_meaning(pm.group("meaning"))
            if meaning:
                found[pm.group("sym")] = meaning
        if len(found) >= 2:
            for sym, meaning in found.items():
                key.setdefault(sym, meaning)
    return key


def _decode_status(val: str, key: dict[str, str]) -> tuple[str, bool] | None:
    """A status cell's value → (status, partial), by the key first, then the usual words and ticks."""
    partial = False
    v = val.strip()
    for sym, meaning in key.items():
        if meaning == "partial" and sym in v and v != sym:
            v = v.replace(sym, "").strip()
            partial = True
    if v in key and key[v] != "partial":
        return key[v], partial
    folded = {s.casefold(): m for s, m in key.items() if m != "partial"}
    if v.casefold() in folded:
        return folded[v.casefold()], partial
    for rx, s in _STATUS_CELL:
        if rx.match(v):
            return s, partial
    note = re.match(r"^(?P<v>[^()]+?)\s*\((?P<note>[^()]{2,40})\)$", v)
    if note:
        # "Present (from 7.25pm)", "Present (left 8.40pm)": the status, and a note of when
        got = _decode_status(note.group("v"), key)
        if got is not None:
            part = bool(
                re.search(
                    r"\b(?:left|arrived|joined|late|part|from|until|items?)\b", note.group("note"), re.I
                )
            )
            return got[0], got[1] or partial or (part and got[0] == "present")
    return None


def group_row(text: str, following: list[PLine], columns: dict[str, int], starts: list[int] | None) -> bool:
    """'Local Authority Members' inside an attendance table: a short label row (often bold, so
    flagged as a heading) with a person's row after it."""
    if "\t" in text or len(text.split()) > 8 or re.match(r"^\d", text) or PROSE.search(text):
        return False
    nxt = next((x for x in following if not x.blank), None)
    if nxt is None:
        return False
    raw = " " * nxt.indent + nxt.text.rstrip()
    cells = row_cells(raw, starts) if starts and "\t" not in raw else raw.split("\t")
    name_idx = next((i for c, i in sorted(columns.items(), key=lambda kv: kv[1]) if c in NAME_HEADERS), 0)
    return len(cells) > name_idx and is_name_segment(surname_first(cells[name_idx].strip()))


_LABEL_HEADER = re.compile(
    r"^(?:[\w ]*/)?(?:position|role|office|category|group|membership|type|status)(?:/[\w ]*)?$"
)


def label_column(columns: dict[str, int], name_idx: int) -> int | None:
    """The column left of the names that labels groups of rows ("Position/Role": Chair, Members,
    Apologies, In Attendance), or None."""
    left = [(i, c) for c, i in columns.items() if i < name_idx]
    if len(left) != 1 or not _LABEL_HEADER.match(left[0][1]):
        return None
    return left[0][0]


def split_name_cell(cell: str) -> tuple[str, str | None]:
    """A table's name cell: the name, and a role written after it ("Mr David Lenton, Independent Person")."""
    name = surname_first(cell)
    if is_name_segment(name) or "," not in cell:
        return name, None
    head, tail = (x.strip() for x in cell.split(",", 1))
    if is_name_segment(head) and tail and not is_name_segment(tail):
        return head, tail
    return name, None


def table_row(lg: Logical, status: str, columns: dict[str, int], key: dict[str, str]) -> list[Candidate]:
    """One row of an attendance table under its header's columns: the name cell, the role and
    organisation cells, and the status from a status column (decoded by the key) or a grid mark."""
    cells = [c.strip() for c in lg.parts[0].split("\t")]
    order = sorted(columns.items(), key=lambda kv: kv[1])
    name_idx = next((i for c, i in order if c in NAME_HEADERS), 0)
    name_cell, own_role = split_name_cell(cells[name_idx]) if name_idx < len(cells) else ("", None)
    roles: list[str] = [own_role] if own_role else []
    st = status
    grid = False
    marks: list[str] = []
    partial = False
    label_idx = label_column(columns, name_idx)
    label_role: str | None = None
    for hdr, idx in order:
        if idx == name_idx or idx >= len(cells):
            continue
        val = cells[idx]
        if idx == label_idx and val:
            hs = single_heading_status(val + ":")
            if hs and not hs[1] and hs[0] in {"present", "in_attendance", "apologies", "absent", "sub"}:
                st = hs[0]  # the group label is the status ("Apologies", "In Attendance", "Substitutes")
                if hs[0] == "sub":
                    label_role = val[:-1] if val.endswith("tes") else val  # "Substitutes" → "Substitute"
                continue
            label_role = val  # "Chair", "Deputy-chair": an office, the person present
            continue
        col = grid_status(hdr)
        if col:
            grid = True
            if val:
                marks.append(col)
                partial = partial or any(m == "partial" and sym in val for sym, m in key.items())
        elif is_value_column(hdr):
            got = _decode_status(val, key)
            if got is None:
                return []  # "Expected", blank, unknown: not evidence of attendance
            s, part = got
            partial = partial or part
            # "Attended" in a table under "In attendance" says they came, not that they are members
            st = status if s == "present" and status == "in_attendance" else s
        elif val:
            roles.append(val)
    if grid:
        if len(set(marks)) != 1:
            return []
        st = marks[0]
    roles.extend(p for p in lg.parts[1:] if p)
    if not is_name_segment(name_cell):
        return []
    bare, parens = strip_parens(name_cell)
    parens = [x for x in parens if not re.fullmatch(r"[A-Z]{1,4}[a-z]?", x.strip())]
    role_parts = ([label_role] if label_role else []) + parens + ([join_text(roles)] if roles else [])
    if partial:
        role_parts.append("part")
    return [Candidate(raw=bare, status=st, role="; ".join(role_parts) or None, lines=lg.lines)]
