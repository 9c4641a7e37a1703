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
from minutebook.parse.names import ROLE_WORDS, looks_like_name
from minutebook.records import ActionEntry

_MARKER = re.compile(
    r"(?:^|(?<=[.!?)])\s+|\(\s*)(?P<m>ACTIONS?|Actions?)"
    r"(?:\s+(?:(?:no|ref)\.?\s*)?[A-Z]{0,3}\d[\w/.-]*)?"  # "Action 23/14:", "Action no. 3:": its reference
    r"(?P<by>\s+(?:by|BY|for|FOR|owner|OWNER|by whom))?"
    r"\s*[:\-–—]\s*(?P<rest>.*?)\s*\.?\s*$"
)
_CAPS_MARKER = re.compile(
    r"(?<=[.!?)])\s+(?P<m>ACTIONS?)\s+(?P<who>(?!LOG\b|LIST\b|PLAN\b)[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\s*$"
)
# "… for a date for the repairs. KM Action.": the owner's initials before the marker, after the action
_INITIALS_MARKER = re.compile(
    r"(?<=[.!?)])\s+(?P<who>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\s+(?P<m>Action|ACTION)\s*\.?\s*$"
)
_OWNER_TO = re.compile(r"^(?P<owner>[A-Z][^,;:.]{0,60}?)\s+to\s+(?=[a-z])")
_LIST_HEAD = re.compile(
    r"^(?:agreed\s+|new\s+)?(?:actions?|action\s+points?|actions?\s+agreed|actions?\s+arising)(?:\s+arising.*)?\s*:?$",
    re.I,
)
_BULLET = re.compile(r"^(?:[-•·*▪Ø–o]\s+|\d{1,2}[.)]\s+|\([a-z0-9]{1,2}\)\s+|[a-z][.)]\s+)")


def _bullet_kind(text: str) -> str:
    """The kind of list marker a line starts with ("-", "1.", "(a)", "a)"), "" for none: a list keeps
    one kind, so a line of another kind after a gap is not its next item."""
    m = _BULLET.match(text)
    if not m:
        return ""
    return re.sub(r"[a-z]", "a", re.sub(r"\d+", "1", m.group(0).strip()))


_DUE_PAREN = re.compile(
    r"\s*\((?:by|due|target(?:\s+date)?|deadline|by\s+date|date)\s*:?\s*(?P<due>[^)]+)\)\s*", re.I
)
_DUE_PHRASE = re.compile(
    r"\b(?P<due>(?:by|before|for|at|to)\s+(?:the\s+)?(?:next\s+(?:\w+\s+)?meeting|[A-Z][a-z]+\s+(?:\w+\s+)?meeting"
    r"|a\s+future\s+meeting|end\s+of\s+[A-Z]\w+))",
)
# Verbs an action written out after "Action:" starts with; an owner never does.
_IMPERATIVES = frozenset(
    [
        "provide",
        "share",
        "present",
        "circulate",
        "draft",
        "write",
        "arrange",
        "update",
        "review",
        "send",
        "prepare",
        "bring",
        "report",
        "contact",
        "liaise",
        "confirm",
        "check",
        "investigate",
        "add",
        "include",
        "ensure",
        "publish",
        "order",
        "obtain",
        "seek",
        "organise",
        "organize",
        "produce",
        "consider",
        "develop",
        "establish",
        "identify",
        "explore",
        "follow",
        "request",
        "invite",
        "schedule",
        "raise",
        "respond",
        "chase",
        "clarify",
        "amend",
        "complete",
        "submit",
        "notify",
        "email",
        "inform",
        "meet",
        "discuss",
        "look",
        "source",
        "purchase",
        "book",
        "put",
        "place",
        "make",
        "take",
        "give",
        "find",
        "ask",
        "agree",
        "monitor",
        "escalate",
        "recirculate",
        "reissue",
        "collate",
        "compile",
        "set",
        "share",
    ]
)
_OWNER_LINE = re.compile(
    r"^(?:(?:action\s+)?(?:owners?|lead|by|responsible(?:\s+officer)?|who))\s*:\s*(?P<owner>.*?)"
    r"(?:\s{2,}|\t|\s*[|;,]\s*|$)(?:(?:due(?:\s+date)?|deadline|by\s+when|target\s+date|date)\s*:\s*(?P<due>.+))?$",
    re.I,
)
_NO_ACTION = re.compile(
    r"^(?:none|nil|n/?a|no actions?|none (?:required|arising|needed)|noted|no further action|-|–|—)\.?$", re.I
)
_NO_DUE = re.compile(r"^(?:tbc|tba|tbd|n/?a|-|–|—|none|ongoing|asap)?$", re.I)
_HEADER_ACTION_END = re.compile(
    r"^(?:ref|no\.?|item|minute|min\.?|#)(?:\s+(?:ref|no\.?|item|minute|min\.?))*\s+actions?$", re.I
)
_HEADER_ACTION = re.compile(r"^(?:actions?(?: required| agreed| to be taken)?|description|task|what)$", re.I)
_HEADER_OWNER = re.compile(
    r"^(?:owners?|by whom|who|lead|lead officer|responsible(?: officer| person)?|responsibility|action by|assigned to|officer)$",
    re.I,
)
_HEADER_DUE = re.compile(
    r"^(?:due(?: date)?|deadline|by when|when|target(?: date)?|date(?: due)?|timescale)$", re.I
)
_HEADER_STATUS = re.compile(r"^(?:status|rag(?: status)?|progress|update|open/closed)$", re.I)
_HEADER_ITEM = re.compile(r"^(?:item|min\.?|minute|agenda item|item no\.?|minute no\.?)$", re.I)


def _owner_ok(text: str) -> bool:
    t = text.strip()
    if not t or len(t.split()) > 8 or not (t[0].isupper() or t[0].isdigit()):
        return False
    return not re.search(r"\b(?:to|will|would|should|is|are|was|were|be)\b", t)


_TRAIL_DASH = re.compile(r"^(?P<text>.+)\s+[-–—]\s+(?P<owner>[^-–—]+?)\.?$")
_TRAIL_PAREN = re.compile(r"^(?P<text>.+?)\s*\((?P<owner>[^()]+)\)\s*\.?$")
_TRAIL_STOP = re.compile(r"^(?P<text>.+?[.!?])\s+(?P<owner>[A-Z][^.!?]{0,50}?)\.?$")
_TRAIL_BRACKET = re.compile(r"^(?P<text>.+?)\s*\[(?P<owner>[^\[\]]+)\]\s*\.?$")


def _owner_like(text: str) -> bool:
    """An owner written after an action: initials ("JP", "SR/HM"), a name or a short role, never a
    clause ("subject to funding")."""
    t = text.strip().strip(".")
    if not _owner_ok(t) or len(t.split()) > 5:
        return False
    if parse_date(t) or re.search(r"\d", t):
        return False
    return not re.search(r"\b(?:if|when|subject|where|and then|as|per|see|including|e\.g|i\.e)\b", t, re.I)


def _trailing_owner(body: str) -> tuple[str, list[str]]:
    """(action text, owners) when the action ends with its owner: "… – Owner", "… (Owner)", "… [JP]",
    "…. Owner"."""
    for rx in (_TRAIL_DASH, _TRAIL_PAREN, _TRAIL_BRACKET, _TRAIL_STOP):
        m = rx.search(body)
        if m and _owner_like(m.group("owner")):
            return m.group("text").strip().rstrip(" .;"), split_owners(m.group("owner"))
    return body.rstrip(" .;"), []


def _owner_unit(text: str) -> bool:
    """Can ``text`` stand alone as an owner: a name, initials, or a role with a role word in it?"""
    t = text.strip()
    return bool(
        looks_like_name(t)
        or re.fullmatch(r"[A-Z]{1,4}[a-z]?", t)
        or any(w.casefold().strip(".,") in ROLE_WORDS for w in t.split())
    )


_POST_WORDS = frozenset(
    [
        "clerk",
        "chair",
        "chairman",
        "chairperson",
        "mayor",
        "director",
        "officer",
        "manager",
        "head",
        "lead",
        "leader",
        "member",
        "councillor",
        "secretary",
        "treasurer",
        "solicitor",
        "team",
        "chief",
        "executive",
        "rfo",
        "adviser",
        "advisor",
        "coordinator",
    ]
)


def _qualifier(prev: str, piece: str) -> bool:
    """Is ``piece`` (after a comma) a qualifier of the role before it rather than another owner?"""

    def person(t: str) -> bool:
        return looks_like_name(t) or bool(re.fullmatch(r"[A-Z]{1,4}[a-z]?", t))

    if person(prev) or person(piece) or len(piece.split()) > 4:
        return False
    return not any(w.casefold().strip(".'’s") in _POST_WORDS for w in piece.split())


def split_owners(text: str) -> list[str]:
    text = text.strip().strip(".").strip()
    raw = re.split(r"(\s*/\s*|\s*&\s*|\s*,\s*|\s*;\s*)", text)
    pieces: list[str] = []
    for k in range(0, len(raw), 2):
        piece = raw[k].strip(" .;")
        if not piece:
            continue
        if pieces and raw[k - 1].strip() == "," and _qualifier(pieces[-1], piece):
            pieces[-1] = f"{pieces[-1]}, {piece}"  # "Strategic Director, Children's Services": one role
        else:
            pieces.append(piece)
    owners: list[str] = []
    for piece in pieces:
        halves = [h.strip() for h in re.split(r"\s+and\s+", piece) if h.strip()]
        # "Director of Primary Care and Community Services" is one role; "Jo Nwosu and Ellie Marsden" two people
        if (
            len(halves) > 1
            and not re.search(r"\b(?:of|for)\b", piece)
            and all(_owner_unit(h) for h in halves)
        ):
            owners.extend(halves)
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
    if text.strip().startswith("|") and text.count("|") >= 3:
        inner = text.strip().strip("|")
        return [c.strip() for c in inner.replace("\t", " ").split("|")], "pipe"
    if "\t" in text:
        return [c.strip() for c in text.split("\t")], "tab"
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
        if style == "space" and not any(_HEADER_ACTION.match(c) for c in header):
            # "No.   Minute  Action      Lead      Due": header words two spaces apart
            narrow = [c.strip() for c in re.split(r"\s{2,}", lines[k].text.strip())]
            if any(_HEADER_ACTION.match(c) for c in narrow) and any(_HEADER_OWNER.match(c) for c in narrow):
                header = narrow
        col_action = next(
            (
                i
                for i, c in enumerate(header)
                if _HEADER_ACTION.match(c) or (i == 0 and _HEADER_ACTION_END.search(c))
            ),
            None,
        )
        col_owner = next((i for i, c in enumerate(header) if _HEADER_OWNER.match(c)), None)
        if style == "space" and col_action is not None and col_owner is None:
            # "Ref   Minute   Action   Owner  Due   Status": two header words two spaces apart
            narrow = [c.strip() for c in re.split(r"\s{2,}", lines[k].text.strip())]
            if any(_HEADER_OWNER.match(c) for c in narrow):
                header = narrow
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
        if style == "pipe":
            j = _pipe_rows(lines, j, len(header), col_action, rows, used)
        elif style == "space":
            j = _space_rows(lines, k, rows, used, width=len(header))
        while style == "tab" and j < n:
            ln = lines[j]
            if ln.blank:
                break
            got2 = _cells(ln.text)
            if style == "tab" and rows and (not got2 or got2[1] == "space"):
                # a wrapped cell on a line of its own (PDF extraction): more action text
                if len(ln.text.split()) > 12 or re.match(r"^[A-Z][\w ]{0,30}:\s", ln.text.strip()):
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
                and (col_action > 0 or " " in header[0])
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
            if style == "tab" and len(cells) > len(header) and col_action == 0 and " " in header[0]:
                # "Ref Minute Action<TAB>Lead<TAB>Deadline": the first header cells ran together, the rows
                # kept theirs; the rows' leading cells (reference, minute) are dropped
                cells = cells[len(cells) - len(header) :]
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
        col_status = next((i for i, c in enumerate(header) if _HEADER_STATUS.match(c)), None)
        if col_status is not None and any(
            re.match(r"(?i)new\b", cells[col_status].strip()) for cells, _p in rows if col_status < len(cells)
        ):
            # an action tracker appended to the minutes: the rows this meeting added are marked NEW;
            # the open and closed ones were set at earlier meetings
            rows = [
                (c, p)
                for c, p in rows
                if col_status < len(c) and re.match(r"(?i)new\b", c[col_status].strip())
            ]
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


def _space_rows(
    lines: list[PLine], k: int, rows: list[tuple[list[str], list[PLine]]], used: set[int], width: int = 0
) -> int:
    """Rows of a table laid out with spaces (plain text or PDF), read by the header's column positions;
    a line with nothing in the first column continues the row above (a wrapped cell)."""
    head_raw = " " * lines[k].indent + lines[k].text
    chunk = r"\S+(?:\s{1,2}\S+)*"
    starts = sorted({m.start() for m in re.finditer(chunk, head_raw)})
    if width and len(starts) != width:
        chunk = r"\S+(?:\s\S+)*"  # header words two spaces apart: so may the rows' cells be
        starts = sorted({m.start() for m in re.finditer(chunk, head_raw)})
    j = k + 1
    n = len(lines)
    while j < n and not lines[j].blank:
        raw = " " * lines[j].indent + lines[j].text
        if "\t" in raw:
            break
        cells = [""] * len(starts)
        for m in re.finditer(chunk, raw):
            col = max((i for i, st in enumerate(starts) if st <= m.start() + 2), default=0)
            cells[col] = (cells[col] + " " + m.group(0)).strip()
        if rows and not cells[0]:
            prev_cells, prev_lines = rows[-1]
            rows[-1] = (
                [(a + " " + b).strip() if b else a for a, b in zip(prev_cells, cells, strict=False)],
                prev_lines + [lines[j]],
            )
        elif cells[0] and sum(1 for c in cells if c) >= 2:
            rows.append((cells, [lines[j]]))
        else:
            break
        used.add(j)
        j += 1
    return j


def _pipe_rows(
    lines: list[PLine],
    j: int,
    width: int,
    col_action: int,
    rows: list[tuple[list[str], list[PLine]]],
    used: set[int],
) -> int:
    """Rows of a pipe table from line j; a row that PDF extraction wrapped onto several lines (pieces
    not starting with "|", a lone "|") is put back together first. Returns the next line index."""
    n = len(lines)
    merged: list[tuple[str, list[PLine]]] = []
    while j < n and not lines[j].blank:
        t = lines[j].text.replace("\t", " ").strip()
        if merged and (not t.startswith("|") or not merged[-1][0].endswith("|") or t == "|"):
            merged[-1] = (merged[-1][0] + " " + t, merged[-1][1] + [lines[j]])
        elif t.startswith("|"):
            merged.append((t, [lines[j]]))
        else:
            break
        used.add(j)
        j += 1
    for text, plines in merged:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue
        cells = cells + [""] * (width - len(cells))
        if rows and not cells[0] and (col_action == 0 or cells[col_action]):
            prev_cells, prev_lines = rows[-1]
            rows[-1] = (
                [(a + " " + b).strip() if b else a for a, b in zip(prev_cells, cells, strict=False)],
                prev_lines + plines,
            )
        else:
            rows.append((cells, plines))
    return j


_VOTES = re.compile(
    r"^(?:Proposed|Seconded|For|Against|Abstentions?|Carried|Unanimous)\b|\b(?:Unanimous|Abstentions?:\s*\d+|"
    r"Seconded:?\s.*)\s*$",
    re.IGNORECASE,
)


def _previous_sentence(
    lines: list[PLine], k: int, before: str, heads: frozenset[int] = frozenset()
) -> tuple[str, list[PLine]]:
    """The sentence an owner-only marker refers to: text before it on its line, else the last sentence
    of the paragraph above."""
    before = re.sub(r"^(?:[-•·*▪Ø]\s*)?(?:\d{1,3}(?:\.\d{1,2})*\.?\s+)?", "", before.strip())
    if before.strip():
        sents = split_sentences(before)
        got, used = (sents[-1] if sents else before), [lines[k]]
        if len(sents) <= 1 and k > 0 and not lines[k - 1].blank and not lines[k - 1].heading:
            # "CM to write to Scottish" / "Water. CM Action.": the sentence began on the line above
            above = lines[k - 1].text.strip()
            if not re.search(r"[.!?:]$", above) and k - 1 not in heads:
                tail = split_sentences(above)
                if tail:
                    got, used = join_text([tail[-1], got]), [lines[k - 1], lines[k]]
        return got, used
    j = k - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j < 0:
        return "", []
    a = j
    while a > 0:
        above = lines[a - 1]
        if above.blank or above.heading or _MARKER.search(above.text) or a - 1 in heads:
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


# The header of a right-hand column of minutes: "Resolution / Action", "Action by", "Action by whom"
ACTION_COLUMN_HEAD = re.compile(
    r"^(?:(?:resolution|decision|penderfyniad)\s*/\s*)?(?:action|gweithred)(?:\s+by(?:\s+whom)?)?"
    r"(?:\s*/\s*(?:action|gweithred|owner))?$"
    r"|^(?:resolution|decision)\s*/\s*action\b.*$",
    re.IGNORECASE,
)
_RIGHT_CELL = re.compile(r"^(?P<left>\S.*?\S)(?:\t+|\s{6,})(?P<right>\S[^\t]{0,40})$")


def _column_actions(
    lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int], used: set[int]
) -> list[ActionEntry]:
    """Minutes with a right-hand "Action" column (a "Resolution / Action" or "Action by" header at the
    top): a short name or role at the far right of a line marks the resolution that line starts
    as an action, and names its owner. Only after such a header."""
    head = next(
        (
            k
            for k, ln in enumerate(lines[:200])
            if not ln.blank
            and ACTION_COLUMN_HEAD.match(ln.text.strip())
            and ("/" in ln.text or re.search(r"\bby\b", ln.text, re.I))
        ),
        None,
    )
    if head is None:
        return []
    out: list[ActionEntry] = []
    n = len(lines)
    for k in range(head + 1, n):
        ln = lines[k]
        if ln.blank or k in used:
            continue
        m = _RIGHT_CELL.match(ln.text.strip())
        if not m:
            continue
        right = m.group("right").strip()
        left = m.group("left").strip()
        if len(right.split()) > 4 or not _owner_ok(right) or len(left.split()) < 4:
            continue
        if re.search(r"[\d£]", right):
            continue
        parts, plines = [left], [ln]
        j = k + 1
        while not re.search(r"[.!?:]$", parts[-1]) and j < n and not lines[j].blank and len(parts) < 6:
            if _RIGHT_CELL.match(lines[j].text.strip()):
                break
            parts.append(lines[j].text.strip())
            plines.append(lines[j])
            j += 1
        body = join_text(parts)
        _t, due = _due_in(body)
        item = item_at(items, item_pos.get(k, -1)) if items else None
        out.append(
            ActionEntry(
                body, split_owners(right), due, _due_date(due), item.label if item else None, span_of(plines)
            )
        )
        used.update(range(k, j))
    return out


_TITLE_ROW = re.compile(r"^\d{1,4}(?:[./]\d{1,4})?[a-z]?\t")
_TODO = re.compile(r"\b(?:to be|will|shall)\b|^[A-Z][\w ]{0,40}?\bto [a-z]+\b")


def _owner_paragraph(text: str) -> bool:
    """A line holding only an owner ("Cllr Venn", "Clerk", "JT"): no sentence, no full stop."""
    t = text.strip()
    return bool(
        t
        and len(t.split()) <= 4
        and not t.endswith((".", ":", ";", ","))
        and _owner_like(t)
        and _owner_unit(t)
    )


def _todo_sentence(line: str) -> str:
    """The sentence of a minute line that sets the action: the last one that says what is to be done
    ("… to be reported", "Clerk to write …"); the whole line when none does."""
    sents = [x.strip() for x in split_sentences(line) if x.strip()]
    if len(sents) < 2:
        return line
    todo = [x for x in sents if _TODO.search(x)]
    return todo[-1] if todo else line


_COLUMN_LEFT_HEAD = re.compile(r"^(?:item|items|minute|minutes|no\.?|ref\.?|discussion|notes?|min\.?)$", re.I)
_NUMBERED_PARA = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?\s+")


def _position_column_actions(
    lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int], used: set[int]
) -> list[ActionEntry]:
    """Minutes set out under a header "Item   Minute   …   Action": the Action column holds the
    owner's initials or name, level with a line of the minute. The action is the sentence of that
    numbered paragraph which the marked line mostly belongs to."""
    head = None
    for k, ln in enumerate(lines[:250]):
        if ln.blank:
            continue
        cells = re.split(r"\s{3,}|\t", ln.text.strip())
        if (
            len(cells) >= 2
            and re.fullmatch(r"(?i)actions?(?: by)?|owner|lead", cells[-1])
            and all(
                _COLUMN_LEFT_HEAD.match(w)
                for c in cells[:-1]
                for w in (c.split() if "\t" in ln.text else [c])
            )
        ):
            head = k
            col = ln.indent + ln.text.rstrip().rfind(cells[-1])
            tabbed = "\t" in ln.text  # the gutter came out of PDF extraction as a TAB
            width = len(cells)
            break
    if head is None:
        return []
    out: list[ActionEntry] = []
    n = len(lines)

    def marked_cell(j: int) -> re.Match[str] | None:
        raw = " " * lines[j].indent + lines[j].text.rstrip()
        if tabbed:
            m = re.match(r"^(?P<left>.*\S)\t+(?P<right>\S[^\t]{0,40})$", raw)
            ok = m and re.fullmatch(r"[A-Z][A-Za-z]{1,3}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3})*", m.group("right"))
            if m and not ok and width >= 3 and raw.count("\t") >= width - 1 and _TITLE_ROW.match(raw.strip()):
                # a table row of the full width ("23/100<TAB>Public participation<TAB>Clerk"): the last
                # cell is the Action column, which may name the owner in words ("Clerk", "Cllr Venn")
                right = m.group("right").strip()
                ok = _owner_like(right) and _owner_unit(right) and len(right.split()) <= 4
            return m if ok else None
        m = re.match(r"^(?P<left>.*\S)\s{2,}(?P<right>\S[^\t]{0,40})$", raw)
        return m if m and m.start("right") >= col - 4 else None

    def left_of(j: int) -> str:
        m = marked_cell(j)
        return m.group("left").strip() if m else lines[j].text.replace("\t", " ").strip()

    for k in range(head + 1, n):
        ln = lines[k]
        if ln.blank or k in used:
            continue
        m = marked_cell(k)
        title_row = tabbed and bool(_TITLE_ROW.match(ln.text.strip()))
        # "to be circulated.      NS": a short marked line ending the sentence it wrapped from
        tail_line = (
            bool(m) and k > head + 1 and not lines[k - 1].blank and m.group("left").rstrip().endswith(".")
        )
        if not m or (len(m.group("left").split()) < 4 and not title_row and not tail_line):
            continue
        right = m.group("right").strip()
        if len(right.split()) > 4 or not _owner_ok(right) or re.search(r"[\d£]", right):
            continue
        if title_row:
            # "2<TAB>Minutes and matters arising<TAB>YT": the owner sits on the item's title row; the
            # action is the last line of that item's minute cell (written after the discussion)
            j = k + 1
            while (
                j < n
                and not lines[j].blank
                and not _TITLE_ROW.match(lines[j].text.strip())
                and item_pos.get(j) != j
            ):
                j += 1
            body = list(lines[k + 1 : j])
            # the Action cell's further paragraphs ("Cllr Venn") come out after the minute cell's: one
            # more owner each, paired in order with the minute's last lines
            more: list[str] = []
            while body and _owner_paragraph(body[-1].text):
                more.insert(0, body.pop().text.strip())
            # lettered parts ("a) …", "b) …") when the whole minute is set out in them
            tail = [x for x in body if not _BULLET.match(x.text.strip())] or body
            owners = [right, *more]
            if len(owners) > 1 and len(tail) < len(owners):
                continue
            pairs = (
                list(zip(owners, tail[-len(owners) :], strict=True))
                if len(owners) > 1
                else [(right, tail[-1])]
                if tail
                else []
            )
            item = item_at(items, item_pos.get(k, -1)) if items else None
            for owner, last in pairs:
                if len(last.text.split()) < 4 or last.text.rstrip().endswith(("–", "-", ":")):
                    continue
                best = _todo_sentence(last.text.strip())
                _t, due = _due_in(best)
                out.append(
                    ActionEntry(
                        best,
                        split_owners(owner),
                        due,
                        _due_date(due),
                        item.label if item else None,
                        span_of([last]),
                    )
                )
                used.add(k)
            continue
        # the numbered paragraph around the marked line
        a = k
        while a > head + 1 and not _NUMBERED_PARA.match(lines[a].text.strip()):
            prev = lines[a - 1]
            if prev.blank or prev.heading or (a - 1) in item_pos and item_pos.get(a - 1) == a - 1:
                break
            a -= 1
        b = k
        while b + 1 < n and not lines[b + 1].blank and not _NUMBERED_PARA.match(lines[b + 1].text.strip()):
            if lines[b + 1].heading or item_pos.get(b + 1) == b + 1:
                break
            b += 1
        texts = [left_of(j) for j in range(a, b + 1)]
        texts[0] = _NUMBERED_PARA.sub("", texts[0].replace("\t", " "))
        para = join_text(texts)
        marked = _NUMBERED_PARA.sub("", left_of(k)) if k == a else left_of(k)
        start = para.find(marked)
        sents = split_sentences(para)
        best, best_len, pos = "", 0, 0
        for sent in sents:
            s0 = para.find(sent, pos)
            s1 = s0 + len(sent)
            pos = max(pos, s1)
            if start < 0 or s0 < 0:
                continue
            overlap = min(s1, start + len(marked)) - max(s0, start)
            if overlap > best_len:
                best, best_len = sent, overlap
        if not best:
            continue
        _t, due = _due_in(best)
        item = item_at(items, item_pos.get(k, -1)) if items else None
        out.append(
            ActionEntry(
                best.strip(),
                split_owners(right),
                due,
                _due_date(due),
                item.label if item else None,
                span_of(lines[a : b + 1]),
            )
        )
        used.add(k)
    return out


_WILL_SUBJECT = re.compile(
    r"^(?P<owner>[A-Z][^,;:]{0,60}?)\s+(?:will|shall|would|undertook\s+to)\s+(?=[a-z])"
)
_ACTION_NO = re.compile(r"^action(?:\s+point)?\s+(?:no\.?\s*)?\d{1,3}\s*:?$", re.I)
_DUE_LINE = re.compile(r"^(?:due(?:\s+date)?|deadline|by\s+when|target\s+date)\s*:\s*(?P<due>.+)$", re.I)


def _numbered_action_block(lines: list[PLine], k: int) -> tuple[ActionEntry, int] | None:
    """ "Action Point 3" on a line of its own, the action on the next lines, then "Owner: …" and
    "Due: …" lines (a note of meeting's action blocks); None unless an owner line closes it."""
    n = len(lines)
    j = k + 1
    parts: list[PLine] = []
    while j < n and not lines[j].blank and not _OWNER_LINE.match(lines[j].text.strip()) and len(parts) < 6:
        parts.append(lines[j])
        j += 1
    if not parts or j >= n or lines[j].blank:
        return None
    lab = _OWNER_LINE.match(lines[j].text.strip())
    if lab is None or not lab.group("owner"):
        return None
    owners = split_owners(lab.group("owner"))
    due = lab.group("due").strip() if lab.group("due") else None
    plines = [lines[k], *parts, lines[j]]
    j += 1
    if due is None and j < n and (md := _DUE_LINE.match(lines[j].text.strip())):
        due = md.group("due").strip().rstrip(".")
        plines.append(lines[j])
        j += 1
    if due is not None and _NO_DUE.match(due):
        due = None
    body = join_text([x.text for x in parts]).strip()
    return ActionEntry(body, owners, due, _due_date(due), None, span_of(plines)), j


def _owner_to_paragraph(lines: list[PLine], k: int) -> tuple[list[tuple[str, list[PLine]]], int]:
    """Under an "Action" / "Actions" sub-heading with no bullets, a paragraph of "Owner to do X."
    sentences ("Officers to draft the consultation response …"): each sentence one action. Nothing
    when the paragraph is not wholly such sentences."""
    n = len(lines)
    if k < n and lines[k].blank:
        k += 1  # one blank line between the sub-heading and its paragraph
    para: list[PLine] = []
    while k < n and not lines[k].blank and not lines[k].heading and len(para) < 8:
        para.append(lines[k])
        k += 1
    if not para:
        return [], k
    out = []
    for sent in split_sentences(join_text([x.text for x in para])):
        mo = _OWNER_TO.match(sent)
        if not mo or not _owner_ok(mo.group("owner")):
            return [], k
        out.append((sent, para))
    return out, k


def find_actions(lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int]) -> list[ActionEntry]:
    out, used = _tables(lines, items, item_pos)
    column = _column_actions(lines, items, item_pos, used)
    out += column or _position_column_actions(lines, items, item_pos, used)
    heads = frozenset(x for it in items for x in range(it.line, it.end_line + 1))
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
        block = _numbered_action_block(lines, k) if _ACTION_NO.match(text) else None
        if block is not None:
            action, nxt = block
            action.agenda_item = label(k)
            out.append(action)
            k = nxt
            continue
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
                if j in heads or (
                    bullets and lines[j - 1].blank and _bullet_kind(t) != _bullet_kind(bullets[0][0])
                ):
                    # "5.  Suicide Prevention Plan" after a dashed list: the next agenda item, not a bullet
                    break
                if _BULLET.match(t):
                    bullets.append((t, [lj]))
                elif (
                    bullets and not lj.heading and j > 0 and not lines[j - 1].blank and not _MARKER.search(t)
                ):
                    bullets[-1] = (bullets[-1][0] + "\n" + t, bullets[-1][1] + [lj])
                else:
                    break
                j += 1
            for btext, plines in bullets:
                body = _BULLET.sub("", join_text(btext.split("\n")).strip())
                body, due = _due_in(body)
                body, owners = _trailing_owner(body)
                body = body.rstrip(" .;")
                if not body:
                    continue
                out.append(ActionEntry(body, owners, due, _due_date(due), label(k), span_of(plines)))
            if bullets:
                k = j
                continue
            found, end = _owner_to_paragraph(lines, k + 1)
            if found:
                for body, plines in found:
                    body, due = _due_in(body)
                    mo = _OWNER_TO.match(body)
                    assert mo is not None
                    out.append(
                        ActionEntry(
                            body.rstrip(),
                            split_owners(mo.group("owner")),
                            due,
                            _due_date(due),
                            label(k),
                            span_of(plines),
                        )
                    )
                k = end
                continue
            # no list under it: "ACTION:" alone, its owner or action on the next line (below)
        # "… quotes for a new bench. ACTION AB": a capitalised marker with initials, no colon
        text = _CAPS_MARKER.sub(r" \g<m>: \g<who>", text).strip()
        text = _INITIALS_MARKER.sub(r" Action: \g<who>", text).strip()
        m = _MARKER.search(text)
        if m and not (m.group("m").casefold() == "actions" and not m.group("rest")):
            rest = m.group("rest").strip().strip("*").strip()
            if rest.count(")") > rest.count("("):  # "(Action: Head of Finance)"
                rest = rest[: rest.rfind(")")].strip()
            before = text[: m.start()].rstrip(" (")
            skip_to = k + 1
            if not rest and k + 1 < n and not lines[k + 1].blank and not lines[k + 1].heading:
                # "ACTION:" alone at the end of a line, the owner or the action on the next
                rest = lines[k + 1].text.strip()
                skip_to = k + 2
            rest_wo_due, due = _due_in(rest) if "(" in rest else (rest, None)
            rest_wo_due = rest_wo_due.strip().rstrip(".")
            if not rest_wo_due or _NO_ACTION.match(rest_wo_due):
                k += 1
                continue
            if (
                skip_to == k + 1
                and k + 1 < n
                and not lines[k + 1].blank
                and re.match(r"^to\s+[a-z]", lines[k + 1].text.strip())
                and _owner_ok(rest_wo_due)
            ):
                # "… broken. Action – JS/DH" / "to meet the Rights of Way Officer on site.": the action
                # runs on after the owner
                rest = rest_wo_due = f"{rest_wo_due} {lines[k + 1].text.strip()}"
                skip_to = k + 2
            if (
                _owner_ok(rest_wo_due)
                and not re.search(r"\s[-–—]\s", rest_wo_due)
                and rest_wo_due.split()[0].casefold() not in _IMPERATIVES
            ):
                owners = split_owners(rest_wo_due)
                action_text, plines = _previous_sentence(lines, k, before, heads)
                if not action_text:
                    k += 1
                    continue
                if due is None:
                    _t, due = _due_in(action_text)
                out.append(
                    ActionEntry(action_text, owners, due, _due_date(due), label(k), span_of(plines + [ln]))
                )
                k = skip_to
                continue
            else:
                # "ACTION: Cllr Venables to obtain …" — the action written out after the marker
                j = skip_to
                parts = [rest]
                plines = [ln] if skip_to == k + 1 else [ln, lines[k + 1]]
                while (
                    j < n
                    and not lines[j].blank
                    and (
                        not lines[j].heading or lines[j].text.lstrip().startswith("(")
                    )  # "(LW/PH)." in capitals
                    and not _MARKER.search(lines[j].text)
                ):
                    if _BULLET.match(lines[j].text.strip()):
                        break
                    if _OWNER_LINE.match(lines[j].text.strip()):
                        break
                    if re.search(r"[.!?]$", plines[-1].text.strip()) and lines[j].text.strip()[:1].isupper():
                        break  # the action ended with its sentence; the next line is new text
                    parts.append(lines[j].text)
                    plines.append(lines[j])
                    j += 1
                body = join_text(parts)
                owners = []
                mo = re.match(r"^(?P<owner>[A-Z][^,;:]{0,60}?)\s+to\s+(?=[a-z])", body)
                md = re.search(r"^(?P<text>.+)\s+[-–—]\s+(?P<owner>[^-–—]+?)\.?$", body)
                if md and _owner_like(md.group("owner")):
                    # "Training lead to arrange a session – DK": the owner after the dash, and the
                    # subject too when the action is written "X to do Y"
                    body, owners = md.group("text"), split_owners(md.group("owner"))
                    mo2 = re.match(r"^(?P<owner>[A-Z][^,;:]{0,60}?)\s+to\s+(?=[a-z])", body)
                    if mo2 and _owner_ok(mo2.group("owner")):
                        owners += [o for o in split_owners(mo2.group("owner")) if o not in owners]
                elif mo and _owner_ok(mo.group("owner")):
                    owners = split_owners(mo.group("owner"))
                elif (
                    (mw := _WILL_SUBJECT.match(body))
                    and _owner_ok(mw.group("owner"))
                    and (_owner_unit(re.sub(r"^(?:The|the)\s+", "", mw.group("owner"))))
                ):
                    # "Action: The Secretariat will publish the approved minutes": the subject owns it
                    owners = [mw.group("owner")]
                elif (
                    (ml := re.match(r"^(?P<owner>[A-Z][^–—,;:]{1,40}?)\s+[–—-]\s+(?P<text>\S.+)$", body))
                    and _owner_like(ml.group("owner"))
                    and _owner_ok(ml.group("owner"))
                ):
                    # "ACTION: Hannah Lacey – final PNA to September meeting": the owner, a dash, the action
                    owners = split_owners(ml.group("owner"))
                else:
                    mp = re.search(r"\((?P<owner>[^()]+)\)\s*\.?$", body)
                    if mp and _owner_ok(mp.group("owner")):
                        body, owners = body[: mp.start()].strip(), split_owners(mp.group("owner"))
                if mo and owners:
                    mp2 = re.search(r"\s*\((?P<owner>[^()]+)\)\s*\.?$", body)
                    if mp2 and _owner_like(mp2.group("owner")):
                        body = body[: mp2.start()]
                        owners += [o for o in split_owners(mp2.group("owner")) if o not in owners]
                # "Action Owner: SD        Due: 20 July 2023" on the line after the action
                if j < n and not lines[j].blank and _OWNER_LINE.match(lines[j].text.strip()):
                    lab = _OWNER_LINE.match(lines[j].text.strip())
                    assert lab is not None
                    if lab.group("owner"):
                        owners = split_owners(lab.group("owner"))
                    if lab.group("due"):
                        due = lab.group("due").strip()
                    plines.append(lines[j])
                    j += 1
                body, due2 = _due_in(body)
                due = due or due2
                out.append(ActionEntry(body.strip(), owners, due, _due_date(due), label(k), span_of(plines)))
                k = j
                continue
        k += 1
    out.sort(key=lambda a: a.span.start if a.span else 0)
    return out
