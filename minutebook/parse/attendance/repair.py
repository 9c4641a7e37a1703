"""Line repairs before the section reader runs: headings run into the text before them, labels
wrapped onto two lines, "Councillor X in the Chair" leads, and two attendance columns printed side by
side.
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.headings import heading_status, numbered_heading, single_heading_status
from minutebook.parse.attendance.people import starts_with_person
from minutebook.parse.attendance.sentences import opens_attendance_sentence
from minutebook.parse.layout import PLine
from minutebook.parse.names import (
    looks_like_name,
    plural_honorific,
)

_SENTENCE_GAP = re.compile(r"(?<=[a-z)][.;])\s+(?=[A-Z])")


def split_inline_headings(lines: list[PLine]) -> list[PLine]:
    """A second attendance heading run into a paragraph after a full stop ("… Messrs Bardsley, Hext.
    Also present: Mrs C Rundle (Clerk)") starts a line of its own, so it starts a section; so does a
    sentence saying who else attended after a heading's list ("Present: Cllrs A and B. County
    Councillor C was in attendance …"), which the sentence reader then reads."""
    out: list[PLine] = []
    for k, ln in enumerate(lines):
        if ln.blank or len(ln.text) < 12:
            out.append(ln)
            continue
        nxt = ""  # the next two lines of the paragraph: a sentence's subject may wrap twice in a PDF copy
        for j in range(k + 1, min(k + 3, len(lines))):
            if lines[j].blank:
                break
            nxt += " " + lines[j].text
        # the list under a bare heading ("1. Present" over "Cllr Pettit (Chairman), … and Mrs Kemsley
        # (Clerk). Councillor Ransley (ward member) attended."): as much a list as one run on after it
        prev = next((x for x in reversed(out) if not x.blank), None)
        above = prev is not None and (heading_status(prev.text) or numbered_heading(prev.text))
        under = bool(above) and not above[1] and starts_with_person(ln.text)  # type: ignore[index]
        cur = ln
        while True:
            cut = None
            listed = single_heading_status(cur.text) or (("present", cur.text) if under else None)
            for m in _SENTENCE_GAP.finditer(cur.text):
                tail = cur.text[m.end() :]
                hs = single_heading_status(tail)
                if hs and hs[0] not in {"chair", "inherit"} and re.match(r"^[^:：]{3,40}[:：]", tail):
                    cut = m
                    break
                if listed and listed[1] and opens_attendance_sentence(f"{tail} {nxt}"):
                    # "Present: Cllrs Tweddle and Fenwick. County Councillor Marion Ridley was in
                    # attendance …": the list ends at its full stop; the sentence is read as one
                    cut = m
                    break
            if cut is None:
                out.extend(_split_flattened(cur))
                break
            head = cur.text[: cut.start()]
            tail = cur.text[cut.end() :]
            at = min(cur.end, cur.start + cut.end())
            out.append(PLine(cur.idx, head, cur.indent, cur.page, cur.start, at, cur.heading))
            cur = PLine(cur.idx, tail, cur.indent, cur.page, at, cur.end, False)
    return out


# a capitalised label of one to five words (two languages: "Presennol / Present") and its colon
_RUN_IN_LABEL = re.compile(r"(?<=\S )(?=[A-Z][^:：.;,()]{2,45}[:：])")
# "… Cllr Rhodri Griffith 1 Croeso / Welcome …": the first agenda item run on after the last list
_RUN_IN_ITEM = re.compile(r"(?<=[a-z)]) (?=\d{1,2}\.?\s+[A-Z][a-z])")


def _caps_label(text: str) -> bool:
    """ "YN BRESENNOL: …", "APOLOGIES: - …": a label in capitals is a heading even alone in a line."""
    label = re.split(r"[:：]", text, maxsplit=1)[0]
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 5 and all(c.isupper() for c in letters)


def _list_label(label: str) -> tuple[str, str] | None:
    hs = heading_status(label.strip() + ":")
    return hs if hs and hs[0] != "inherit" and not hs[1] else None


def _label_start(text: str, at: int, words: int = 3) -> int:
    """Where a label found at ``at`` really begins: "ATTENDANCE:" is the end of "IN ATTENDANCE:" and
    "PRESENT:" of "ALSO PRESENT:", whose status differs, so the label is widened over up to ``words``
    preceding words for as long as the wider label is still a heading."""
    best = pos = at
    for _ in range(words):
        if pos <= 0:
            break
        start = text.rfind(" ", 0, pos - 1) + 1
        if not text[start : pos - 1].isalpha():
            break
        if _list_label(re.split(r"[:：]", text[start:], maxsplit=1)[0]):
            best = start
        pos = start
    return best


def _split_flattened(ln: PLine) -> list[PLine]:
    """A meeting's opening flattened into one paragraph, as text copied from a PDF keeps it ("… held on
    Monday 17/4/2023 Presennol / Present: Emyr Owen (Chair), … Yn Bresennol / In Attendance: Ceri
    Evans (Clerk) Ymddiheuriadau / Apologies: Elen Prydderch … 1 Croeso / Welcome …"): with no full
    stops between them, the headings are found by their labels. Two such labels are needed (or one in
    capitals), so one "Present:" in a sentence does not cut it; the first numbered item after them
    ends the last list."""
    if len(ln.text) < 120:
        return [ln]
    cuts: list[int] = []
    lists: list[int] = []
    label_end = 0
    for m in _RUN_IN_LABEL.finditer(ln.text):
        if cuts and m.start() < label_end:
            continue  # a later word of the label just taken
        at = _label_start(ln.text, m.start())
        if at == 0 or re.fullmatch(r"\s*(?:\d{1,3}[.)]?|[A-Z]\d{0,3}[.)])\s*", ln.text[:at]):
            # "IN ATTENDANCE: …", "ALSO PRESENT: …", "2. PRESENT: …": the line's own label (after its item
            # number), not a run-in one
            continue
        label = re.split(r"[:：]", ln.text[at:], maxsplit=1)[0]
        hs = _list_label(label)
        if hs:
            cuts.append(at)
            label_end = at + len(label)
            if hs[0] != "chair":  # "CADEIRYDD:" is cut with the lists, but is not one of them
                lists.append(at)
    if len(lists) < 2 and not any(_caps_label(ln.text[c:]) for c in lists):
        return [ln]
    item = _RUN_IN_ITEM.search(ln.text, cuts[-1])
    if item:
        cuts.append(item.start())
    item_at = item.start() if item else -1
    out: list[PLine] = []
    bounds = [0, *cuts, len(ln.text)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = ln.text[a:b].strip()
        if not piece:
            continue
        start = min(ln.end, ln.start + a)
        end = min(ln.end, ln.start + b)
        # the numbered item starts the minutes' business: a heading, so no list runs on into it
        heading = (ln.heading and a == 0) or a == item_at
        out.append(PLine(ln.idx, piece, ln.indent, ln.page, start, end, heading))
    return out


# the label may be capitals ("APOLOGIES FOR") or title case ("Also" over "Present:")
_HANGING_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z' -]{2,30}?)(?:\t+|\s{2,})(?P<rest>\S.*)$")


_LABEL_TAIL = re.compile(r"^(?P<tail>[A-Z][A-Za-z' -]{1,20}?)\s*[:：]$")


def join_wrapped_labels(lines: list[PLine]) -> list[PLine]:
    """A hanging label too wide for its gutter wraps onto the next line ("APOLOGIES FOR<gap>Councillors
    Stoddart and Ogilvie." over "ABSENCE:", as printed in Scottish minute books): the two halves are
    joined into one heading, so the list is read under the whole label, not the one above it."""
    out = list(lines)
    for k in range(len(out) - 1):
        ln, nxt = out[k], out[k + 1]
        if ln.blank or nxt.blank:
            continue
        m = _HANGING_LABEL.match(ln.text)
        t = _LABEL_TAIL.match(nxt.text.strip())
        if not m or not t or single_heading_status(ln.text):
            continue
        label = f"{m.group('label').strip()} {t.group('tail').strip()}"
        joined = f"{label}:\t{m.group('rest')}"
        if not single_heading_status(joined):
            continue
        out[k] = PLine(ln.idx, joined, ln.indent, ln.page, ln.start, ln.end, ln.heading)
        out[k + 1] = PLine(nxt.idx, "", nxt.indent, nxt.page, nxt.start, nxt.end, False)
    return out


_CHAIR_LEAD = re.compile(
    r"^(?:With|Present,? with)\s+(?P<chair>.+?)\s+in\s+the\s+[Cc]hair,?\s+(?:there\s+were\s+present|"
    r"the\s+following\s+(?:\w+\s+)?were\s+present|(?:also\s+)?present\s+were|were\s+present)\b\s*"
    r"(?P<rest>.*)$"
)


def split_chair_lead(lines: list[PLine]) -> list[PLine]:
    """ "With Cllr R Dunmore in the Chair there were present Cllrs:" (parish minutes): the chair is
    present, and the list after the lead-in is the members present — rewritten as a "Present" heading
    (carrying a plural honorific for the names under it) and the chair's own line."""
    out: list[PLine] = []
    for ln in lines:
        m = _CHAIR_LEAD.match(ln.text.strip()) if not ln.blank else None
        if not m or not looks_like_name(m.group("chair")):
            out.append(ln)
            continue
        rest = m.group("rest").strip().rstrip(":").strip()
        plural, after = plural_honorific(rest) if rest else (None, "")
        head = f"Present – {rest}" if plural and not after else f"Present: {rest}" if rest else "Present:"
        out.append(PLine(ln.idx, head, ln.indent, ln.page, ln.start, ln.end, ln.heading))
        chair = f"{m.group('chair').strip()} (in the Chair)"
        out.append(PLine(ln.idx, chair, ln.indent, ln.page, ln.start, ln.end, False))
    return out


def split_side_by_side(lines: list[PLine]) -> list[PLine]:
    """Two attendance lists printed side by side ("Members present:<TAB>Officers present:" over rows
    of "left cell<TAB>right cell", as a borderless Word table exports): the left column's lines,
    then the right column's, so each list is read under its own heading."""
    out: list[PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        cells = ln.text.split("\t")
        col = _spaced_header_column(ln) if len(cells) == 1 else None
        if col is not None:
            # the same two lists as plain text, the columns aligned with spaces: "Community Councillors
            # in attendance        Elected Councillors in attendance" over rows cut at that column
            rows = [ln]
            j = k + 1
            while j < len(lines) and not lines[j].blank:
                raw = " " * lines[j].indent + lines[j].text
                if len(raw) > col and raw[col - 1] != " ":
                    break  # a line running across the gutter: prose, not a row of the two lists
                rows.append(lines[j])
                j += 1
            lines = [
                *lines[:k],
                *[_cut_at(r, col) for r in rows],
                *lines[j:],
            ]
            cells = lines[k].text.split("\t")
            ln = lines[k]
        if (
            ln.blank
            or len(cells) != 2
            or not all(c.strip() for c in cells)
            or not all((hs := heading_status(c.strip())) and not hs[1] and hs[0] != "inherit" for c in cells)
        ):  # ("Present:<TAB>Councillors:" is one heading: the honorific of the list under it)
            out.append(ln)
            k += 1
            continue
        left: list[PLine] = []
        right: list[PLine] = []
        j = k
        while j < len(lines) and not lines[j].blank:
            row = lines[j]
            parts = row.text.split("\t")
            if len(parts) > 2:
                break
            lt, rt = parts[0].strip(), (parts[1].strip() if len(parts) == 2 else "")
            if lt:
                left.append(PLine(row.idx, lt, 0, row.page, row.start, row.end, row.heading))
            if rt:
                right.append(PLine(row.idx, rt, 0, row.page, row.start, row.end, row.heading))
            j += 1
        gap = PLine(ln.idx, "", 0, ln.page, ln.end, ln.end, False)
        out.extend(left + [gap] + right)
        k = j
    return out


def _spaced_header_column(ln: PLine) -> int | None:
    """Where the second of two attendance headings side by side, set apart by a run of spaces, starts."""
    raw = " " * ln.indent + ln.text
    m = re.fullmatch(r"(?P<a>\S.*?\S)(?P<gap>\s{3,})(?P<b>\S.*\S)\s*", raw.lstrip())
    if not m or ln.blank:
        return None
    for half in (m.group("a"), m.group("b")):
        hs = heading_status(half)
        if not hs or hs[1] or hs[0] == "inherit":
            return None
    return len(raw) - len(raw.lstrip()) + m.start("b")


def _cut_at(ln: PLine, col: int) -> PLine:
    raw = " " * ln.indent + ln.text
    left, right = raw[:col].strip(), raw[col:].strip()
    text = f"{left}\t{right}" if right else left
    return PLine(ln.idx, text, 0, ln.page, ln.start, ln.end, ln.heading)
