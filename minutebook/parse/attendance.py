"""Who attended: Present / In attendance / Apologies / Absent / Substitutes sections, and the
sentences minutes use instead of lists ("Apologies for absence were received from …").

A section starts at a heading — alone on a line ("PRESENT", "Officers in attendance:") or
followed by an inline list ("Present: Councillors A Smith (Chair), B Jones and C Patel") —
and ends at the next heading, an agenda item, or prose after a gap. Inside it a person is
written one per line ("Name, Role", "Name – Role", "Name<TAB>Role", or the name on one line and
the role on the next) or as a list (commas, "and", semicolons; a plural honorific such as
"Councillors" applies to every name). Every candidate must pass
:func:`~minutebook.parse.names.looks_like_name`; roles, organisations and prose never become people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.parse.layout import PLine, join_text, span_of
from minutebook.parse.names import (
    FIRST_NAMES,
    ROLE_WORDS,
    looks_like_name,
    name_tokens_ok,
    person_key,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry, AttendanceStatus

# heading text (folded, spaces single) → status; "sub" marks substitutes (present, substitute=True)
_HEADINGS: list[tuple[str, str]] = [
    (r"(?:voting |committee |board |panel |cabinet |council |co-opted )?members? present", "present"),
    (r"councillors? present", "present"),
    (r"present(?: in person| virtually| remotely| \(in person\)| \(remote\))?", "present"),
    (r"members in attendance", "present"),
    (r"attendance|attendees|attending|sederunt", "present"),
    (
        r"(?:also )?in attendance|also present|also attending|also attended|also in attendance",
        "in_attendance",
    ),
    (r"(?:council |other )?officers?(?: present| in attendance| attending| attended)?", "in_attendance"),
    (r"others present|other attendees|observers?|guests?|advisers? present", "in_attendance"),
    (
        r"apologies(?: for absence)?(?: were)?(?: received)?(?: from)?|apologies for absence received",
        "apologies",
    ),
    (r"absent(?: without apologies)?|members absent|not present|absentees?", "absent"),
    (r"substitutes?(?: members?)?(?: present)?|substitutions?", "sub"),
]
_HEADING_RE = re.compile(
    r"^(?P<h>" + "|".join(h for h, _ in _HEADINGS) + r")\s*(?:(?::-|[:：\-–—])\s*|\t+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_HEADING_STATUS = [(re.compile(rf"^(?:{h})$", re.I), s) for h, s in _HEADINGS]

# Partial attendance written next to a person.
_PARTIAL = re.compile(
    r"^(?:part|part of (?:the )?meeting|partial|for (?:part|items?|minutes?|agenda items?)\b.*|items?\s+\d.*|"
    r"minutes?\s+\d.*|from (?:item|minute)\b.*|until\b.*|to item\b.*|left\b.*|arrived\b.*|joined\b.*|"
    r"present for\b.*|late\b.*|after\b.*|up to\b.*|.*\bonly)$",
    re.IGNORECASE,
)
_SUBSTITUTE = re.compile(r"\b(?:substitute|sub|substituting|deputising|deputy for|in place of)\b", re.I)
_STATUS_CELL = [
    (
        re.compile(
            r"^present(?: as (?:a )?substitute)?$|^attended$|^yes$|^in person$|^remote$|^virtual$", re.I
        ),
        "present",
    ),
    (re.compile(r"^(?:also )?in attendance$|^attending$|^observer$", re.I), "in_attendance"),
    (re.compile(r"^apologies\b.*|^sent apologies$|^apologised$", re.I), "apologies"),
    (re.compile(r"^absent\b.*|^no$|^did not attend$", re.I), "absent"),
]


@dataclass
class _Person:
    raw: str
    status: str
    role: str | None = None
    lines: list[PLine] = field(default_factory=list)
    title_prefix: str | None = None  # distributed from "Councillors …"
    substitute: bool = False


def heading_status(text: str) -> tuple[str, str] | None:
    """(status, inline rest) when ``text`` is an attendance heading line."""
    t = text.strip().strip("*").strip()
    m = _HEADING_RE.match(t)
    if not m:
        return None
    head = re.sub(r"\s+", " ", m.group("h").strip()).casefold()
    rest = m.group("rest").strip()
    # "Present at the meeting were …", "Apologies were noted as above." are prose, not headings
    sep = t[len(m.group("h")) : len(t) - len(m.group("rest"))]
    if rest and not re.search(r"[:：\-–—\t]", sep):
        return None
    for rx, status in _HEADING_STATUS:
        if rx.match(head):
            return status, rest
    return None


# --------------------------------------------------------------------------- splitting lists


def _top_level_split(text: str, seps: re.Pattern[str]) -> list[tuple[str, str]]:
    """Split outside parentheses: [(segment, separator before it)]."""
    out: list[tuple[str, str]] = []
    depth = 0
    last = 0
    prev_sep = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = seps.match(text, i)
            if m and m.end() > i:
                out.append((text[last:i], prev_sep))
                prev_sep = m.group(0)
                last = i = m.end()
                continue
        i += 1
    out.append((text[last:], prev_sep))
    return [(s.strip(), sep) for s, sep in out if s.strip()]


_LIST_SEPS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)")
_DASH_SEP = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*(?=[A-Z])")


def _strip_parens(text: str) -> tuple[str, list[str]]:
    parens = re.findall(r"\(([^()]*)\)", text)
    bare = re.sub(r"\s*\([^()]*\)", "", text).strip()
    bare = re.sub(r"\s*\($", "", bare)
    return bare, parens


def _embedded_name(segment: str) -> tuple[str, str] | None:
    """'WSCC County Councillor Nigel Peters' → ('WSCC County Councillor', 'Nigel Peters'): the next
    person's name run into the previous person's role on a badly extracted line."""
    tokens = segment.split()
    if len(tokens) < 3:
        return None
    cand = tokens[-2:]
    if not name_tokens_ok(" ".join(cand), titled=False):
        return None
    before = tokens[-3]
    cue = (
        before.casefold().strip(",") in ROLE_WORDS
        or (before.isupper() and len(before) > 1)
        or cand[0].casefold() in FIRST_NAMES
    )
    if not cue:
        return None
    return " ".join(tokens[:-2]), " ".join(cand)


def _is_name_segment(seg: str) -> bool:
    bare, _ = _strip_parens(seg)
    return looks_like_name(bare)


def _parse_list(
    text: str, status: str, lines: list[PLine], *, title_prefix: str | None = None
) -> list[_Person]:
    """People in one logical entry: "Name, Role", "Name – Role", a comma/and list, or groups by ';'."""
    people: list[_Person] = []
    text = text.strip().strip(".").strip()
    if not text:
        return people
    groups = [g.strip() for g in re.split(r";\s*(?:and\s+)?(?![^()]*\))", text) if g.strip()]
    if len(groups) > 1 and not all(_starts_with_person(g) for g in groups):
        groups = [text]  # "Chair; Cabinet Member for …" is one role, not two groups
    for group in groups:
        people.extend(_parse_group(group, status, lines, title_prefix=title_prefix))
    return people


def _parse_group(group: str, status: str, lines: list[PLine], *, title_prefix: str | None) -> list[_Person]:
    people: list[_Person] = []
    prefix = title_prefix
    plural, rest = plural_honorific(group)
    if plural:
        prefix, group = plural, rest
    # "Name – Role" with a dash: the dash separates name and role
    dash = _DASH_SEP.search(group)
    if dash and _is_name_segment(group[: dash.start()]) and "," not in group[: dash.start()]:
        name_part = group[: dash.start()].strip()
        role_part = group[dash.end() :].strip()
        p = _Person(raw=name_part, status=status, role=role_part or None, lines=lines, title_prefix=prefix)
        return [p]
    segments = _top_level_split(group, _LIST_SEPS)
    expanded: list[tuple[str, str]] = []
    for k, (seg, sep) in enumerate(segments):
        if not _is_name_segment(seg) and k + 1 < len(segments):
            emb = _embedded_name(seg)
            if emb:
                expanded.append((emb[0], sep))
                expanded.append((emb[1], ", "))
                continue
        expanded.append((seg, sep))
    for seg, sep in expanded:
        p_plural, p_rest = plural_honorific(seg)
        if p_plural:
            prefix, seg = p_plural, p_rest
        if _is_name_segment(seg):
            bare, parens = _strip_parens(seg)
            role = "; ".join(parens) if parens else None
            people.append(_Person(raw=bare, status=status, role=role, lines=lines, title_prefix=prefix))
        elif people:
            if (
                seg[:1].islower()
                and sep.strip() in {"and", ""}
                and re.search(r"\bmembers? of the public\b|\bothers?\b", seg)
            ):
                continue
            joiner = " and " if sep.strip() == "and" else ", "
            prev = people[-1]
            prev.role = seg if not prev.role else prev.role + joiner + seg
    return people


def _starts_with_person(text: str) -> bool:
    t = text.strip()
    plural, rest = plural_honorific(t)
    if plural:
        t = rest
    if "\t" in t:
        return _is_name_segment(t.split("\t", 1)[0])
    first = _top_level_split(t, re.compile(r"\s*[,;]\s*|\s+[–—-]\s+|\s+and\s+"))
    if not first:
        return False
    return _is_name_segment(first[0][0])


# --------------------------------------------------------------------------- partial, substitutes


def _finish(p: _Person) -> AttendanceEntry | None:
    raw = p.raw.strip().strip(",;.")
    title, name = split_honorifics(raw)
    if p.title_prefix:
        title = f"{p.title_prefix} {title}" if title else p.title_prefix
    if not name:
        return None
    partial = False
    substitute = p.substitute
    role = p.role
    if role:
        role = re.sub(r"\s+", " ", role).strip(" ,;")
        kept_groups = []

        def _paren(m: re.Match[str]) -> str:
            nonlocal partial
            parts = [x.strip() for x in m.group(1).split(",")]
            keep = []
            for part in parts:
                if _PARTIAL.match(part):
                    partial = True
                else:
                    keep.append(part)
            kept_groups.append(keep)
            return f"({', '.join(keep)})" if keep else ""

        role = re.sub(r"\(([^()]*)\)", _paren, role)
        # a role that is itself a partial note: "(part)" stripped of its parentheses earlier
        segs = [s.strip() for s in role.split(";")]
        kept = []
        for s in segs:
            if s and _PARTIAL.match(s):
                partial = True
            elif s:
                kept.append(s)
        role = "; ".join(kept)
        role = re.sub(r"\s+", " ", role).strip(" ,;") or None
        if role and _SUBSTITUTE.search(role):
            substitute = True
    status: AttendanceStatus = "present" if p.status == "sub" else p.status  # type: ignore[assignment]
    if p.status == "sub":
        substitute = True
    return AttendanceEntry(
        name=name,
        title=title,
        role=role,
        status=status,
        partial=partial,
        person_key=person_key(name),
        substitute=substitute,
        span=span_of(p.lines),
    )


# --------------------------------------------------------------------------- sections

_PROSE = re.compile(
    r"\b(?:began|begun|commenced|started|opened|was|were|is|are|has|had|have|will|would|welcomed|noted|"
    r"received|declared|presented|reported)\b"
)
_NAME_HEADERS = frozenset({"name", "member", "members", "attendee", "attendees", "councillor", "councillors"})


@dataclass
class _Logical:
    parts: list[str]
    lines: list[PLine]
    role_sep: bool = False  # True when a bare-name line was followed by its role line


def _continues(prev: str) -> bool:
    prev = prev.rstrip()
    return bool(re.search(r"(?:[,;(&]|\band|\bfor|\bof|\bthe|[–—-])$", prev)) or prev.count("(") > prev.count(
        ")"
    )


def _bare_name_line(text: str) -> bool:
    t = text.strip()
    if "," in t or "\t" in t or _DASH_SEP.search(t):
        return False
    return _is_name_segment(t)


def _section_entries(
    body: list[PLine], status: str, rest: str, head_line: PLine, is_stop
) -> tuple[list[_Person], int]:
    """People of one section; returns (people, number of body lines consumed)."""
    logicals: list[_Logical] = []
    if rest:
        logicals.append(_Logical([rest], [head_line]))
    columns: dict[str, int] | None = None
    consumed = 0
    gap = False
    for k, ln in enumerate(body):
        if ln.blank:
            gap = True
            consumed = k + 1
            continue
        if is_stop(ln):
            break
        text = ln.text.strip()
        # a table header row: Name | Role | Attendance
        if "\t" in text:
            cells = [c.strip().casefold() for c in text.split("\t")]
            if cells and cells[0] in _NAME_HEADERS:
                columns = {c: i for i, c in enumerate(cells)}
                consumed = k + 1
                gap = False
                continue
        cur = logicals[-1] if logicals else None
        starts = _starts_with_person(text)
        if not starts and "\t" not in text and _PROSE.search(text):
            break  # "Meeting began at 1405 hours": the list is over
        if starts and cur is not None and not gap:
            # "Sussex Jill Wilson, …": the end of the previous role wrapped onto this person's line
            first = re.split(r"[,\t(]|\s[–—-]\s", text, maxsplit=1)[0].split()
            if (
                len(first) >= 3
                and split_honorifics(" ".join(first))[0] is None
                and first[0].casefold() not in FIRST_NAMES
                and first[1].casefold() in FIRST_NAMES
                and not re.search(r"[.;]$", join_text(cur.parts))
            ):
                cur.parts.append(first[0])
                text = text.split(None, 1)[1]
        if cur is not None and not starts and not gap:
            joined = join_text(cur.parts)
            if _bare_name_line(joined) and len(cur.parts) == 1:
                cur.role_sep = True
            cur.parts.append(text)
            cur.lines.append(ln)
        elif cur is not None and not gap and _continues(join_text(cur.parts)):
            cur.parts.append(text)
            cur.lines.append(ln)
        elif starts:
            logicals.append(_Logical([text], [ln]))
        elif cur is not None and gap and len(text.split()) <= 4 and not text.endswith(".") and not ln.heading:
            cur.parts.append(text)  # a wrapped role separated by an extraction gap
            cur.lines.append(ln)
        else:
            if gap or cur is None:
                break
            break
        gap = False
        consumed = k + 1
    people: list[_Person] = []
    for lg in logicals:
        if columns is not None and "\t" in lg.parts[0]:
            people.extend(_table_row(lg, status, columns))
            continue
        if "\t" in lg.parts[0]:
            cells = [c.strip() for c in lg.parts[0].split("\t")]
            role = join_text(cells[1:] + lg.parts[1:]) or None
            name_cell = cells[0]
            plural, rest_cell = plural_honorific(name_cell)
            if _is_name_segment(rest_cell if plural else name_cell):
                bare, parens = _strip_parens(rest_cell if plural else name_cell)
                if parens:
                    role = "; ".join(parens + ([role] if role else []))
                people.append(
                    _Person(raw=bare, status=status, role=role, lines=lg.lines, title_prefix=plural)
                )
            continue
        if lg.role_sep:
            name = lg.parts[0]
            role = join_text(lg.parts[1:])
            bare, parens = _strip_parens(name)
            if parens:
                role = f"{role} ({'; '.join(parens)})"
            people.append(_Person(raw=bare, status=status, role=role or None, lines=lg.lines))
            continue
        text = join_text(lg.parts)
        if status == "sub":
            text = re.split(r"\s+(?:for|substituting for|in place of|replacing|vice)\s+", text)[0]
        people.extend(_parse_list(text, status, lg.lines))
    return people, consumed


def _table_row(lg: _Logical, status: str, columns: dict[str, int]) -> list[_Person]:
    cells = [c.strip() for c in lg.parts[0].split("\t")]
    name_cell = cells[0]
    role = None
    st = status
    for key, idx in columns.items():
        if idx >= len(cells) or idx == 0:
            continue
        if key in {"role", "position", "organisation", "representing", "title"}:
            role = cells[idx] or None
        elif key in {"attendance", "status", "attended", "present"}:
            val = cells[idx]
            for rx, s in _STATUS_CELL:
                if rx.match(val):
                    st = s
                    break
            else:
                return []  # "Expected", unknown: not evidence of attendance
    if not _is_name_segment(name_cell):
        return []
    bare, parens = _strip_parens(name_cell)
    return [_Person(raw=bare, status=st, role=role, lines=lg.lines)]


# --------------------------------------------------------------------------- sentences

_NAME_LIST = r"(?P<list>(?:[A-Z(][^.;:]*?))"
_APOLOGY_SENT = re.compile(
    r"\bapologies(?:\s+for\s+(?:absence|lateness))?\s+(?:were|had\s+been|have\s+been|was)?\s*"
    r"(?:received|submitted|tendered|given|noted|reported|recorded|made)?\s*(?:and\s+(?:accepted|noted)\s+)?"
    r"(?:for\s+absence\s+)?(?:from|on\s+behalf\s+of|by)\s+(?:the\s+following\s*:?\s*)?(?P<list>[^.;:]+?)"
    r"(?=\s*(?:[.;:](?:\s|$)|$|,?\s+(?:who|and\s+(?:it|the)\b)))",
    re.IGNORECASE,
)
_ALSO_SENT = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<list>[A-Z][^.;:]*?)\s+(?:was|were)\s+(?P<what>also\s+present|also\s+in\s+attendance|"
    r"in\s+attendance|present|absent)\b",
)
_SUB_SENT = re.compile(
    r"(?P<sub>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:attended|was\s+present|acted|was\s+in\s+attendance|sat)\s+as\s+"
    r"(?:a\s+|the\s+)?substitute\s+for\s+(?P<for>(?:[A-Z][\w'’.-]*\s*){1,5})"
    r"|(?P<sub2>(?:[A-Z][\w'’.-]*\s+){1,6}?)substituted\s+for\s+(?P<for2>(?:[A-Z][\w'’.-]*\s*){1,5})",
)
_MOVE_SENT = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:left|arrived|joined|entered|withdrew\s+from)\s+"
    r"(?:the\s+)?(?:meeting|room|chamber|at\b|during\b|late\b|\d)",
)


def _name_from_tail(words: str) -> str | None:
    """The longest name at the end of a run of capitalised words ("In response County Councillor Holgate")."""
    tokens = words.split()
    for k in range(len(tokens)):
        cand = " ".join(tokens[k:])
        if looks_like_name(cand):
            return cand
    return None


def _lookup(entries: list[AttendanceEntry], raw: str) -> AttendanceEntry | None:
    """The listed person a mention refers to: same key, else the same surname with compatible initials."""
    _t, name = split_honorifics(raw)
    key = person_key(name)
    if not key:
        return None
    for e in entries:
        if e.person_key == key:
            return e
    toks = key.split()
    surname = toks[-1]
    given = toks[:-1]
    hits = []
    for e in entries:
        etoks = e.person_key.split()
        if surname not in etoks:
            continue
        if given and etoks[0][0] != given[0][0]:
            continue
        hits.append(e)
    return hits[0] if len(hits) == 1 else None


def _sentence_people(text: str, status: str, lines: list[PLine]) -> list[_Person]:
    text = re.sub(r"\s+", " ", text).strip()
    out = _parse_list(text, status, lines)
    return out


def sentence_attendance(paragraphs: list[tuple[str, list[PLine]]], entries: list[AttendanceEntry]) -> None:
    """Apologies/substitutes/absences written as sentences, and partial attendance ("left the meeting
    at …"); people already listed are not added twice."""
    for text, plines in paragraphs:
        flat = re.sub(r"\s+", " ", text)
        for m in _SUB_SENT.finditer(flat):
            sub = _name_from_tail((m.group("sub") or m.group("sub2") or "").strip())
            if sub and not _lookup(entries, sub):
                p = _Person(raw=sub, status="present", lines=plines, substitute=True)
                e = _finish(p)
                if e:
                    entries.append(e)
        for m in _APOLOGY_SENT.finditer(flat):
            for p in _sentence_people(m.group("list"), "apologies", plines):
                if _lookup(entries, p.raw):
                    continue
                e = _finish(p)
                if e:
                    entries.append(e)
        for m in _ALSO_SENT.finditer(flat):
            what = m.group("what").casefold()
            status = "absent" if what == "absent" else "present" if what == "present" else "in_attendance"
            lst = m.group("list")
            # only the subject: drop a leading clause ("In addition, …")
            lst = re.sub(r"^.*?,\s+(?=(?:Cllr|Councillors?|County|Mr|Mrs|Ms|Miss|Dr)\b)", "", lst)
            for p in _sentence_people(lst, status, plines):
                if _lookup(entries, p.raw):
                    continue
                e = _finish(p)
                if e:
                    entries.append(e)
        for m in _MOVE_SENT.finditer(flat):
            who = _name_from_tail(m.group("who").strip())
            if not who:
                continue
            e = _lookup(entries, who)
            if e is not None:
                e.partial = True


def parse_sections(lines: list[PLine], is_stop) -> tuple[list[AttendanceEntry], set[int]]:
    """Attendance sections anywhere in the minutes; returns entries and the line positions used."""
    entries: list[AttendanceEntry] = []
    used: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        hs = heading_status(ln.text) if not ln.blank else None
        if not hs:
            i += 1
            continue
        status, rest = hs
        j = i + 1
        body_end = j
        while body_end < n and not (not lines[body_end].blank and heading_status(lines[body_end].text)):
            body_end += 1
        body = lines[j:body_end]

        def stop(line: PLine) -> bool:
            if is_stop(line):
                return True
            if (
                line.heading
                and "\t" in line.text
                and line.text.split("\t", 1)[0].strip().casefold() in _NAME_HEADERS
            ):
                return False
            return line.heading and not _starts_with_person(line.text)

        people, consumed = _section_entries(body, status, rest, ln, stop)
        for p in people:
            e = _finish(p)
            if e is None:
                continue
            dup = next((x for x in entries if x.person_key == e.person_key), None)
            if dup is not None:
                if p.status == "sub":
                    dup.substitute = True
                continue
            if p.status == "sub":
                # listed only as a substitute: present
                pass
            entries.append(e)
        used.update(range(i, j + consumed))
        i = j + max(consumed, 0)
        if i == j and consumed == 0:
            i = j
    return entries, used
