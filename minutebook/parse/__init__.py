"""Parse: an ExtractedDocument → ParsedMinutes (meeting, attendance, actions, decisions, agenda items).

The grammars are general — section headings, a person-line grammar with an honorific lexicon,
explicit action and resolution markers — not rules fitted to particular councils. Every entry
carries a Span (page and character offsets) of the lines it was read from.
"""

from __future__ import annotations

import hashlib
import re

from minutebook.parse.actions import find_actions
from minutebook.parse.agenda import AgendaItem, find_items, find_unnumbered
from minutebook.parse.attendance import (
    heading_status,
    headless_list,
    item_apologies,
    join_wrapped_labels,
    other_council_officers,
    parse_sections,
    sentence_attendance,
    split_chair_lead,
    split_inline_headings,
    split_side_by_side,
)
from minutebook.parse.decisions import find_decisions
from minutebook.parse.layout import PLine, join_text, prepare
from minutebook.parse.meeting import covering_letter_end, parse_meeting
from minutebook.parse.names import looks_like_name
from minutebook.records import AgendaItemEntry, ExtractedDocument, Line, ParsedMinutes

PARSER_VERSION = "parse-1.23"

__all__ = ["PARSER_VERSION", "parse_document", "parse_text"]


def _two_columns(lines: list[PLine]) -> list[PLine]:
    """Printed minutes laid out in two columns (minute number and title on the left, the minute on
    the right), as PDF text extraction keeps them: the title fragments become one heading line and
    the right column becomes the text."""
    raw_starts: dict[int, int] = {}
    split_at: dict[int, int] = {}
    for ln in lines:
        if ln.blank:
            continue
        raw_starts[ln.indent] = raw_starts.get(ln.indent, 0) + 1
    candidates = sorted(
        (c for c, n in raw_starts.items() if c >= 12 and n >= 6), key=lambda c: -raw_starts[c]
    )
    for col in candidates:
        with_left = 0
        for ln in lines:
            full = " " * ln.indent + ln.text
            if len(full) > col + 1 and ln.indent < col and full[col - 2 : col] == "  " and full[col] != " ":
                left = full[:col].strip()
                if re.match(r"^\d{1,4}\.?\s+\S*[A-Za-z]{2}", left):  # "41   Election of": a numbered title
                    with_left += 1
        if with_left >= 3:
            split_at = {0: col}
            break
    if not split_at:
        return lines
    col = split_at[0]
    out: list[PLine] = []
    pending: PLine | None = None
    for ln in lines:
        full = " " * ln.indent + ln.text
        if ln.blank or ln.indent >= col or len(full) <= col:
            if (
                not ln.blank
                and ln.indent < col
                and len(full) <= col
                and pending is not None
                and ln.indent > 0
            ):
                pending.text = join_text([pending.text, ln.text])  # a title fragment alone on its line
                continue
            out.append(ln)
            continue
        if full[col - 2 : col] != "  " or full[col] == " ":
            out.append(ln)
            continue
        left, right = full[:col].strip(), full[col:].strip()
        right_line = PLine(ln.idx, right, col, ln.page, ln.start, ln.end, ln.heading)
        if re.match(r"^\d{1,4}[.]?(?:\s|$)", left):
            pending = PLine(ln.idx, left, ln.indent, ln.page, ln.start, ln.end, True)
            out.append(pending)
            out.append(PLine(ln.idx, "", 0, ln.page, ln.start, ln.start, False))
        elif pending is not None and left:
            pending.text = join_text([pending.text, left])
        out.append(right_line)
    return out


_TAB_LEFT_NUM = re.compile(r"^\d{1,3}\.?\s+\S[^\t]{0,40}$")
# A marker that starts the right-hand column when PDF extraction joined the columns with one space:
# "41 Election of RESOLVED that …"
_RIGHT_START = re.compile(
    r"^(?P<left>\d{1,3}\.?\s+(?:\S+\s+){0,4}?)(?P<right>(?:RESOLVED|AGREED|DECIDED)\b.*|Apologies (?:were|for)\b.*)$"
)


def _tab_columns(lines: list[PLine]) -> list[PLine]:
    """Printed two-column minutes as PDF extraction returns them: the gutter became a TAB (or, before
    a marker word, a space). From the first numbered minute on, a short left fragment goes to the
    minute's heading and the right part becomes the text."""

    def split(ln: PLine) -> tuple[str, str] | None:
        if ln.text.count("\t") == 1:
            left, right = (x.strip() for x in ln.text.split("\t"))
            if left and right and len(left.split()) <= 4 and not looks_like_name(left):
                return left, right
        m = _RIGHT_START.match(ln.text)
        if m:
            return m.group("left").strip(), m.group("right").strip()
        return None

    numbered = [k for k, ln in enumerate(lines) if (sp := split(ln)) and _TAB_LEFT_NUM.match(sp[0])]
    if len(numbered) < 3:
        return lines
    out: list[PLine] = lines[: numbered[0]]
    pending: PLine | None = None
    for ln in lines[numbered[0] :]:
        sp = split(ln) if not ln.blank else None
        if sp is None:
            out.append(ln)
            continue
        left, right = sp
        right_line = PLine(ln.idx, right, ln.indent, ln.page, ln.start, ln.end, False)
        if _TAB_LEFT_NUM.match(left):
            pending = PLine(ln.idx, left, ln.indent, ln.page, ln.start, ln.end, True)
            out.extend([pending, PLine(ln.idx, "", 0, ln.page, ln.start, ln.start, False), right_line])
        else:
            if pending is not None:
                pending.text = join_text([pending.text, left])
            out.append(right_line)
    return out


def _item_positions(lines: list[PLine], items: list[AgendaItem]) -> dict[int, int]:
    pos: dict[int, int] = {}
    current = -1
    starts = {it.line: it.line for it in items}
    for k in range(len(lines)):
        if k in starts:
            current = k
        pos[k] = current
    return pos


def parse_document(doc: ExtractedDocument, *, source: str = "") -> ParsedMinutes:
    """Everything the parser can read from one extracted document."""
    lines = split_chair_lead(
        split_inline_headings(
            join_wrapped_labels(split_side_by_side(_tab_columns(_two_columns(prepare(doc)))))
        )
    )
    items = find_items(lines)
    item_lines = {it.line for it in items} | {k for it in items for k in range(it.line, it.end_line + 1)}
    line_ids = {id(lines[k]) for k in item_lines}

    attendance, used = parse_sections(lines, lambda ln: id(ln) in line_ids)
    # a covering letter before the minutes: its "Agenda No / Item" lines are not the minutes' items
    start_at = covering_letter_end(lines)
    if start_at:
        items = [it for it in items if it.line >= start_at]
    first_att = next(
        (k for k, ln in enumerate(lines) if k >= start_at and not ln.blank and heading_status(ln.text)), None
    )
    # a number alone on its line before the attendance ("541": the minute book's page number printed
    # above the heading) is not the first item, so it does not end the head
    first_item = next(
        (
            it.line
            for it in items
            if not (
                re.fullmatch(r"\d{1,4}\.?", lines[it.line].text.strip())
                and first_att is not None
                and it.line < first_att
            )
        ),
        None,
    )
    if not any(e.status == "present" for e in attendance):
        headless = headless_list(lines, min(first_item or len(lines), len(lines), 80), attendance)
        if headless:
            used |= headless
            first_att = min(headless) if first_att is None else min(first_att, min(headless))
    head_end = min(x for x in (first_att, first_item, len(lines), start_at + 40) if x is not None)
    # a page number or reference mistaken for an item must not leave the head empty: the head is at
    # least the first six non-blank lines (or up to the attendance list)
    nonblank = [k for k, ln in enumerate(lines[: start_at + 60]) if k >= start_at and not ln.blank]
    if len(nonblank) >= 6:
        floor = nonblank[5] + 1
        head_end = max(head_end, min(floor, first_att if first_att is not None else floor))
    meeting = parse_meeting(lines, head_end, start_at)

    if len(items) < 2:
        after = (max(used) + 1) if used else head_end
        unnumbered = find_unnumbered(lines, after=after)
        if len(unnumbered) >= 2 and len(unnumbered) > len(items):
            items = unnumbered
    item_pos = _item_positions(lines, items)

    paragraphs: list[tuple[str, list[PLine]]] = []
    run: list[PLine] = []
    for k, ln in enumerate(lines + [PLine(-1, "", 0, 1, 0, 0)]):
        if ln.blank or k in used or k in item_pos and item_pos.get(k) == k:
            if run:
                paragraphs.append((join_text([x.text for x in run]), run))
            run = []
            if not ln.blank and k not in used and k < len(lines):
                pass
            continue
        run.append(ln)
    sentence_attendance(paragraphs, attendance)
    item_apologies(lines, attendance)
    other_council_officers(attendance, meeting.council or meeting.body)

    decisions = find_decisions(lines, items, item_pos)
    actions = find_actions(lines, items, item_pos)
    agenda = [AgendaItemEntry(number=it.number, title=it.title, span=_span(lines, it)) for it in items]
    return ParsedMinutes(
        meeting=meeting,
        attendance=attendance,
        actions=actions,
        decisions=decisions,
        agenda_items=agenda,
        source=source,
        parser_version=PARSER_VERSION,
    )


def _span(lines: list[PLine], item: AgendaItem):
    from minutebook.parse.layout import span_of

    return span_of(lines[item.line : item.end_line + 1])


def parse_text(text: str, *, source: str = "") -> ParsedMinutes:
    """Parse plain text (one Line per line; offsets into the text joined by newlines)."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    try:
        from minutebook.extract.text import extract_text

        doc = extract_text(text, sha256=sha)
    except ImportError:  # pragma: no cover - the text extractor ships with the package
        rows = re.split(r"\r\n|\r|\n", text)
        lines: list[Line] = []
        pos = 0
        for row in rows:
            lines.append(Line(page=1, text=row, start=pos, end=pos + len(row)))
            pos += len(row) + 1
        doc = ExtractedDocument(
            sha256=sha, media_type="text", lines=lines, page_count=1, extractor_version=""
        )
    return parse_document(doc, source=source)
