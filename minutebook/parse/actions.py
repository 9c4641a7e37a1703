"""Actions: only what the minutes mark as an action.

- an "Action:" / "ACTION:" / "Action by:" marker. With only an owner after it ("Action: Chairman",
  "Action by: Scrutiny Officer (target date: 31 March 2022)") the action is the sentence before
  the marker; with "Owner to do X" after it, that is the action;
- an "Actions:" / "Action points" heading over a bullet list whose items end "– Owner";
- an action table (Action | Owner | Due, TAB- or pipe-separated, continuation rows joined).

Prose commitments ("Officers would report back") are not actions. Owners are kept as written
(a name or a role) and split on "/", "and", "&".
"""

from __future__ import annotations

import re

from minutebook.parse.agenda import AgendaItem, item_at
from minutebook.parse.decisions import resolution_text
from minutebook.parse.layout import PLine, join_text, span_of, split_sentences
from minutebook.parse.meeting import parse_date
from minutebook.records import ActionEntry

_MARKER = re.compile(
    r"(?:^|(?<=[.!?)])\s+|\(\s*)(?P<m>ACTIONS?|Actions?)(?P<by>\s+(?:by|BY|for|FOR|owner|OWNER|by whom))?"
    r"\s*[:\-–—]\s*(?P<rest>.*?)\s*\.?\s*$"
)
_LIST_HEAD = re.compile(
    r"^(?:agreed\s+|new\s+)?(?:actions?|action\s+points?|actions?\s+agreed|actions?\s+arising)(?:\s+arising.*)?\s*:?$",
    re.I,
)
_BULLET = re.compile(r"^(?:[-•·*▪Ø–o]\s+|\d{1,2}[.)]\s+|\([a-z0-9]{1,2}\)\s+|[a-z][.)]\s+)")
_DUE_PAREN = re.compile(
    r"\s*\((?:by|due|target(?:\s+date)?|deadline|by\s+date|date)\s*:?\s*(?P<due>[^)]+)\)\s*", re.I
)
_DUE_PHRASE = re.compile(
    r"\b(?P<due>(?:by|before|for|at|to)\s+(?:the\s+)?(?:next\s+(?:\w+\s+)?meeting|[A-Z][a-z]+\s+(?:\w+\s+)?meeting"
    r"|a\s+future\s+meeting|end\s+of\s+[A-Z]\w+))",
)
_NO_DUE = re.compile(r"^(?:tbc|tba|tbd|n/?a|-|–|—|none|ongoing|asap)?$", re.I)
_HEADER_ACTION = re.compile(r"^(?:actions?(?: required| agreed| to be taken)?|description|task|what)$", re.I)
_HEADER_OWNER = re.compile(
    r"^(?:owners?|by whom|who|lead|lead officer|responsible(?: officer| person)?|responsibility|action by|assigned to|officer)$",
    re.I,
)
_HEADER_DUE = re.compile(
    r"^(?:due(?: date)?|deadline|by when|when|target(?: date)?|date(?: due)?|timescale)$", re.I
)
_HEADER_ITEM = re.compile(r"^(?:item|min\.?|minute|agenda item|item no\.?|minute no\.?)$", re.I)


def _owner_ok(text: str) -> bool:
    t = text.strip()
    if not t or len(t.split()) > 8 or not (t[0].isupper() or t[0].isdigit()):
        return False
    return not re.search(r"\b(?:to|will|would|should|is|are|was|were|be)\b", t)


def split_owners(text: str) -> list[str]:
    text = text.strip().strip(".").strip()
    pieces = [o.strip(" .;") for o in re.split(r"\s*/\s*|\s*&\s*|\s*,\s*|\s*;\s*", text) if o.strip(" .;")]
    owners: list[str] = []
    for piece in pieces:
        halves = re.split(r"\s+and\s+", piece)
        # "Director of Primary Care and Community Services" is one role; "Jo Nwosu and Ellie Marsden" two people
        if len(halves) > 1 and not re.search(r"\b(?:of|for)\b", piece):
            owners.extend(h.strip() for h in halves if h.strip())
        else:
            owners.append(piece)
    return owners


def _due_date(due: str | None) -> str | None:
    if not due:
        return None
    got = parse_date(due)
    return got[0] if got else None


def _due_in(text: str) -> tuple[str, str | None]:
    """(text without a due note in parentheses, due)."""
    m = _DUE_PAREN.search(text)
    if m:
        return (text[: m.start()] + " " + text[m.end() :]).strip(), m.group("due").strip()
    m2 = _DUE_PHRASE.search(text)
    if m2:
        due = re.sub(r"^(?:by|before|for|at|to)\s+", "", m2.group("due"))
        if m2.group("due").startswith("before"):
            due = m2.group("due")
        return text, due
    got = parse_date(text)
    if got and re.search(r"\b(?:by|on|before)\s+$", text[: got[1]]):
        return text, text[got[1] : got[2]]
    return text, None


def _cells(text: str) -> tuple[list[str], str] | None:
    if "\t" in text:
        return [c.strip() for c in text.split("\t")], "tab"
    if text.strip().startswith("|"):
        inner = text.strip().strip("|")
        return [c.strip() for c in inner.split("|")], "pipe"
    parts = re.split(r"\s{3,}", text.strip())
    if len(parts) >= 3:
        return [c.strip() for c in parts], "space"
    return None


def _tables(
    lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int]
) -> tuple[list[ActionEntry], set[int]]:
    out: list[ActionEntry] = []
    used: set[int] = set()
    k = 0
    n = len(lines)
    while k < n:
        got = _cells(lines[k].text) if not lines[k].blank else None
        if not got:
            k += 1
            continue
        header, style = got
        col_action = next((i for i, c in enumerate(header) if _HEADER_ACTION.match(c)), None)
        col_owner = next((i for i, c in enumerate(header) if _HEADER_OWNER.match(c)), None)
        if col_action is None or col_owner is None:
            k += 1
            continue
        col_due = next((i for i, c in enumerate(header) if _HEADER_DUE.match(c)), None)
        col_item = next((i for i, c in enumerate(header) if _HEADER_ITEM.match(c)), None)
        used.add(k)
        rows: list[tuple[list[str], list[PLine]]] = []
        j = k + 1
        while j < n:
            ln = lines[j]
            if ln.blank:
                break
            got2 = _cells(ln.text)
            if style == "tab" and rows and (not got2 or got2[1] == "space"):
                # a wrapped cell on a line of its own (PDF extraction): more action text
                if len(ln.text.split()) > 12:
                    break
                prev_cells, prev_lines = rows[-1]
                prev_cells[col_action] = (prev_cells[col_action] + " " + ln.text.strip()).strip()
                rows[-1] = (prev_cells, prev_lines + [ln])
                used.add(j)
                j += 1
                continue
            if not got2 or got2[1] != style:
                break
            cells = got2[0]
            if (
                style == "tab"
                and rows
                and len(cells) < len(header)
                and col_action > 0
                and not re.search(r"\d", cells[0])
            ):
                # continuation of a wrapped row: cells from the action column on
                prev_cells, prev_lines = rows[-1]
                for off, extra in enumerate(cells):
                    c = col_action + off
                    if c < len(prev_cells) and extra:
                        prev_cells[c] = (prev_cells[c] + " " + extra).strip()
                rows[-1] = (prev_cells, prev_lines + [ln])
                used.add(j)
                j += 1
                continue
            if style == "pipe" and all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
                used.add(j)
                j += 1
                continue
            cells = cells + [""] * (len(header) - len(cells))
            if rows and style == "pipe" and not cells[0] and (col_action == 0 or cells[col_action]):
                prev_cells, prev_lines = rows[-1]
                rows[-1] = (
                    [(a + " " + b).strip() if b else a for a, b in zip(prev_cells, cells, strict=False)],
                    prev_lines + [ln],
                )
            else:
                rows.append((cells, [ln]))
            used.add(j)
            j += 1
        for cells, plines in rows:
            text = cells[col_action].strip() if col_action < len(cells) else ""
            if not text:
                continue
            owners = split_owners(cells[col_owner]) if col_owner < len(cells) else []
            due = cells[col_due].strip() if col_due is not None and col_due < len(cells) else None
            if due is not None and _NO_DUE.match(due):
                due = None
            agenda = cells[col_item].strip() if col_item is not None and col_item < len(cells) else None
            if not agenda:
                item = item_at(items, item_pos.get(lines.index(plines[0]), -1)) if items else None
                agenda = item.label if item else None
            out.append(
                ActionEntry(
                    text=text,
                    owners=owners,
                    due=due,
                    due_date=_due_date(due),
                    agenda_item=agenda,
                    span=span_of(plines),
                )
            )
        k = j
    return out, used


_VOTES = re.compile(
    r"^(?:Proposed|Seconded|For|Against|Abstentions?|Carried|Unanimous)\b|\b(?:Unanimous|Abstentions?:\s*\d+|"
    r"Seconded:?\s.*)\s*$",
    re.IGNORECASE,
)


def _previous_sentence(lines: list[PLine], k: int, before: str) -> tuple[str, list[PLine]]:
    """The sentence an owner-only marker refers to: text before it on its line, else the last sentence
    of the paragraph above."""
    before = re.sub(r"^(?:[-•·*▪Ø]\s*)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?", "", before.strip())
    if before.strip():
        sents = split_sentences(before)
        return (sents[-1] if sents else before), [lines[k]]
    j = k - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j < 0:
        return "", []
    a = j
    while a > 0:
        above = lines[a - 1]
        if above.blank or above.heading or _MARKER.search(above.text):
            break
        t_above = above.text.strip()
        if _VOTES.search(t_above):
            break
        # the sentence we want starts on line a (keep going only for a resolution lead)
        if (
            re.search(r"[.!?]$", t_above)
            and re.match(r"^(?:[-•·*▪Ø]\s*)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?[A-Z(]", lines[a].text.strip())
            and not re.match(r"^(?:RESOLVED|Resolved|AGREED|Agreed)\b", t_above)
        ):
            break
        a -= 1
    para = lines[a : j + 1]
    text = join_text([ln.text for ln in para])
    text = re.sub(r"^(?:[-•·*▪Ø]\s*)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?", "", text)
    sents = split_sentences(text)
    last = sents[-1] if sents else text
    # a resolution: the marker word off, the last part of a resolution in parts
    if re.match(r"^(?:RESOLVED|Resolved|AGREED|Agreed)\b", text) and len(sents) <= 2:
        last = resolution_text(text)
    elif re.match(r"^(?:RESOLVED|Resolved|AGREED|Agreed)\b", last):
        last = resolution_text(last)
    last = re.split(r"\s+(?=Proposed:|Seconded:|For:)", last)[0]
    return last.strip(), para


def find_actions(lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int]) -> list[ActionEntry]:
    out, used = _tables(lines, items, item_pos)
    n = len(lines)
    k = 0

    def label(pos: int) -> str | None:
        item = item_at(items, item_pos.get(pos, -1)) if items else None
        return item.label if item else None

    while k < n:
        ln = lines[k]
        if ln.blank or k in used:
            k += 1
            continue
        text = ln.text.strip()
        # "Actions:" heading over a bullet list
        if _LIST_HEAD.match(text):
            j = k + 1
            bullets: list[tuple[str, list[PLine]]] = []
            while j < n:
                lj = lines[j]
                if lj.blank:
                    j += 1
                    continue
                t = lj.text.strip()
                if _BULLET.match(t):
                    bullets.append((_BULLET.sub("", t), [lj]))
                elif (
                    bullets and not lj.heading and j > 0 and not lines[j - 1].blank and not _MARKER.search(t)
                ):
                    bullets[-1] = (bullets[-1][0] + "\n" + t, bullets[-1][1] + [lj])
                else:
                    break
                j += 1
            for btext, plines in bullets:
                body = join_text(btext.split("\n")).strip()
                m = re.search(r"^(?P<text>.+)\s+[-–—]\s+(?P<owner>[^-–—]+?)\.?$", body)
                owners: list[str] = []
                if m and _owner_ok(m.group("owner")):
                    body, owners = m.group("text").strip(), split_owners(m.group("owner"))
                body, due = _due_in(body)
                body = body.rstrip(" .;")
                if not body:
                    continue
                out.append(ActionEntry(body, owners, due, _due_date(due), label(k), span_of(plines)))
            k = j if bullets else k + 1
            continue
        m = _MARKER.search(text)
        if m and not (m.group("m").casefold() == "actions" and not m.group("rest")):
            rest = m.group("rest").strip().strip("*").strip()
            if rest.count(")") > rest.count("("):  # "(Action: Head of Finance)"
                rest = rest[: rest.rfind(")")].strip()
            before = text[: m.start()].rstrip(" (")
            rest_wo_due, due = _due_in(rest) if "(" in rest else (rest, None)
            rest_wo_due = rest_wo_due.strip().rstrip(".")
            if not rest_wo_due:
                k += 1
                continue
            if _owner_ok(rest_wo_due) and not re.search(r"\s[-–—]\s", rest_wo_due):
                owners = split_owners(rest_wo_due)
                action_text, plines = _previous_sentence(lines, k, before)
                if not action_text:
                    k += 1
                    continue
                if due is None:
                    _t, due = _due_in(action_text)
                out.append(
                    ActionEntry(action_text, owners, due, _due_date(due), label(k), span_of(plines + [ln]))
                )
            else:
                # "ACTION: Cllr Venables to obtain …" — the action written out after the marker
                j = k + 1
                parts = [rest]
                plines = [ln]
                while (
                    j < n
                    and not lines[j].blank
                    and not lines[j].heading
                    and not _MARKER.search(lines[j].text)
                ):
                    if _BULLET.match(lines[j].text.strip()):
                        break
                    parts.append(lines[j].text)
                    plines.append(lines[j])
                    j += 1
                body = join_text(parts)
                owners = []
                mo = re.match(r"^(?P<owner>[A-Z][^,;:]{0,60}?)\s+to\s+(?=[a-z])", body)
                md = re.search(r"^(?P<text>.+)\s+[-–—]\s+(?P<owner>[^-–—]+?)\.?$", body)
                if mo and _owner_ok(mo.group("owner")):
                    owners = split_owners(mo.group("owner"))
                elif md and _owner_ok(md.group("owner")):
                    body, owners = md.group("text"), split_owners(md.group("owner"))
                else:
                    mp = re.search(r"\((?P<owner>[^()]+)\)\s*\.?$", body)
                    if mp and _owner_ok(mp.group("owner")):
                        body, owners = body[: mp.start()].strip(), split_owners(mp.group("owner"))
                body, due2 = _due_in(body)
                due = due or due2
                out.append(ActionEntry(body.strip(), owners, due, _due_date(due), label(k), span_of(plines)))
                k = j
                continue
        k += 1
    out.sort(key=lambda a: a.span.start if a.span else 0)
    return out
