"""The section reader: a section starts at a heading — alone on a line ("PRESENT", "Officers in
attendance:") or followed by an inline list ("Present: Councillors A Smith (Chair), B Jones and C Patel")
— and ends at the next heading, an agenda item, or prose after a gap. Inside it a person is written one
per line ("Name, Role", "Name – Role", "Name<TAB>Role", or the name on one line and the role on the next)
or as a list; tables, registers, names in columns, "Role (Name)", "Name (AB) Role", "Label – Cllrs …"
groups and role-only lines are handed to the readers that know them.
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.columns import (
    COLUMN_WORDS,
    NAME_HEADERS,
    Logical,
    column_header_at,
    is_grid_header,
    row_cells,
    table_header,
)
from minutebook.parse.attendance.headings import (
    ITEM_NUMBER,
    SECTION_WORDS,
    heading_status,
    label_pairs,
    numbered_heading,
    single_heading_status,
)
from minutebook.parse.attendance.people import (
    DASH_SEP,
    PROSE,
    Candidate,
    finish,
    is_name_segment,
    name_alias_role,
    name_then_role,
    name_with_post,
    parse_list,
    roleish,
    starts_with_person,
    strip_parens,
    strong_name,
    surname_first,
    titled_literal,
    top_level_split,
)
from minutebook.parse.attendance.registers import MARK_KEY, lettered_register, marked_register, pa_register
from minutebook.parse.attendance.sentences import heading_sentence, opens_attendance_sentence
from minutebook.parse.attendance.tables import (
    KEY_HEAD,
    group_row,
    label_column,
    split_name_cell,
    status_key,
    table_row,
)
from minutebook.parse.layout import PLine, join_text
from minutebook.parse.names import (
    FIRST_NAMES,
    looks_like_name,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry

# A left-hand label cell of an officers' list: for how long the people in its row attended.
_WHEN_LABEL = re.compile(
    r"^(?:(?P<whole>(?:for\s+)?(?:the\s+)?(?:whole|all|entirety)\s+(?:of\s+)?(?:the\s+)?meeting)"
    r"|(?:for\s+)?part\s+of\s+(?:the\s+)?meeting"
    r"|(?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?\d[\w/.]*"
    r"(?:\s*(?:,|and|&|to|-|–)\s*\d[\w/.]*)*)\s*(?::?(?:\t+|$)|(?::|\s[-–—])\s+)",
    re.IGNORECASE,
)


_HONORIFIC_START = re.compile(
    r"\s+(?=(?:County\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Revd)\.?\s+[A-Z])"
)


def _columns_to_tabs(text: str) -> str:
    """Names printed in columns ("Councillor A Smith (Chair)     Councillor B Jones", or with the gap
    lost: "Cllr E Fox Cllr G Hay") as TAB-separated cells, when every cell is a name."""
    lead = re.match(r"^(?P<hon>\S+(?:\s\S+)?)\s{2,}(?P<rest>\S.*\S\s{3,}\S.*)$", text) or re.match(
        r"^(?P<hon>(?:(?:County|Borough|Town|Parish|City)\s)?\S+) (?P<rest>[^\t]*\S(?:\t|\s{3,}).*)$", text
    )
    if lead and plural_honorific(lead.group("hon"))[0] and not plural_honorific(lead.group("hon"))[1]:
        # "Councillors  M Jordell      T Elsworth": the plural honorific as a label before the first
        # row of name columns; it is every cell's honorific
        hon = plural_honorific(lead.group("hon"))[0]
        cells = [c.strip() for c in _columns_to_tabs(lead.group("rest")).split("\t")]
        if len(cells) >= 2 and all(is_name_segment(c) for c in cells):
            return "\t".join(f"{hon} {c}" for c in cells)
    if "\t" in text:
        return text
    for splitter in (re.compile(r"\s{2,}"), _HONORIFIC_START):
        cells = [c.strip() for c in splitter.split(text) if c.strip()]
        if len(cells) >= 2 and all("," not in c and is_name_segment(c) and strong_name(c) for c in cells):
            return "\t".join(cells)
    cells = [c.strip() for c in re.split(r"\s{3,}", text) if c.strip()]
    if len(cells) == 2:
        cells[0] = surname_first(cells[0])  # "BALDERSTONE, Keith (Chairman)     Caverstone County Council"
    if len(cells) == 2 and (is_name_segment(cells[0]) or name_alias_role(cells[0])):
        return "\t".join(cells)  # "Gordon Ashdown (GA)      Non-Executive Director": name and role columns
    return text


_PARTY_ROW = re.compile(
    r"^(?:(?:LABOUR|CONSERVATIVES?|LIBERAL|DEMOCRATS?|INDEPENDENTS?|GREENS?|PLAID|CYMRU|SNP|REFORM|UK|UKIP|"
    r"RESIDENTS?|GROUP|PARTY|CO-OPERATIVE|LAB|CON|LIB|DEM|AND|&|MEMBERS|ASSOCIATION)[\s/,]*)+$"
)


def _with_prefix(text: str, prefix: str) -> str:
    """Cells of a surname list under "Present – Councillors", each given the honorific."""
    cells = [c.strip() for c in re.split(r"\t|\s{2,}", text) if c.strip()]
    out = []
    for c in cells:
        title, name = split_honorifics(c)
        if (
            not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", name)
            or (title and title.casefold().startswith(prefix.casefold()))
            or roleish(c)  # "Chairman<TAB>Cllr Halloran": a label cell, not a surname
        ):
            return text  # not a column of surnames
        out.append(f"{prefix} {c}")
    return "\t".join(out) if len(out) > 1 else out[0] if out else text


_BULLET_LEAD = re.compile(r"^(?:[•·▪◦●*]|[-–](?=\s))\s*")


def _under_second_cell(cur: Logical, ln: PLine) -> bool:
    """``ln`` starts at the column where the second cell of ``cur``'s last line starts: a name/post
    list laid out in two columns whose post wrapped ("Cllr A Jessop      Deputy Leader and Cabinet
    Member for" over "                   Finance"), so the line is more of that post, not an entry."""
    if not ln.indent or not cur.lines:
        return False
    first = cur.lines[0]
    if any(x.indent != ln.indent for x in cur.lines[1:]):
        return False
    m = re.search(r"(?:\t| {2,})(?=\S)", first.text)
    return bool(m) and abs(first.indent + m.end() - ln.indent) <= 1


def _open_bracket(text: str) -> bool:
    """More "(" than ")": a bracket still open at the end of ``text``."""
    return text.count("(") > text.count(")")


def _continues(prev: str) -> bool:
    prev = prev.rstrip()
    # "…; District Councillor" / "Mrs P Okonedo": an honorific after a list separator at the line end,
    # the name on the next line (not "…, Deputy Mayor": a role)
    m_hon = re.search(r"(?:^|[,;]|\band)\s*(?P<h>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)$", prev)
    if m_hon:
        h = m_hon.group("h")
        title, name = split_honorifics(h + " X")
        if title and name == "X" and not re.search(r"(?i)\b(?:mayor|provost|chair\w*)$", h):
            return True
    return bool(re.search(r"(?:[,;(&]|\band|\bfor|\bof|\bthe|[–—-])$", prev)) or _open_bracket(prev)


# "The Right Worshipful the Deputy …": what may precede the civic office in both forms below
_CIVIC_LEAD = (
    r"^(?P<office>(?:The\s+)?(?:(?:Right\s+)?Worshipful\s+(?:the\s+)?|(?:His|Her)\s+Worship\s+the\s+)?"
    r"(?:Deputy\s+|Lord\s+)*"
)


_CIVIC_BRACKET = re.compile(
    _CIVIC_LEAD + r"(?:Mayor|Lord Mayor|Provost|Chair(?:man)?|Civic Head)(?:\s+of\s+[A-Z][\w ]{2,30})?)\s*"
    r"\((?P<name>(?:Councillor|Cllr|Alderman)\.?\s+[^()]+)\)(?:\s*,?\s*in\s+the\s+chair)?\.?$",
    re.I,
)


_CIVIC_BEFORE = re.compile(
    _CIVIC_LEAD + r"(?:Mayor|Provost|Civic Head))\s+(?P<name>(?:Councillor|Cllr|Alderman)\.?\s+[^(),;]+?)"
    r"(?:\s*,?\s*in\s+the\s+chair)?\.?$",
    re.I,
)


def _name_wrapped(prev: str, text: str) -> bool:
    """A comma list of titled people wrapped between a forename and its surname: the previous line
    ends "…, Councillor Julia" (an honorific and a forename, never a whole entry) and this line
    starts with the lone surname ("Marr, Councillor David Shearer")."""
    m = re.search(
        r"(?:^|[,;]\s*|\band\s+)(?P<h>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?P<f>[A-Z][a-z]+)$", prev.rstrip()
    )
    if not m or m.group("f").casefold() not in FIRST_NAMES:
        return False
    title, name = split_honorifics(m.group("h") + " X")
    if not title or name != "X":
        return False
    return bool(re.match(r"^[A-Z][\w'’-]+(?:\s*(?:,|;|\(|$)|\s+and\s)", text))


def _civic(text: str) -> str:
    """'The Mayor (Councillor Margaret Osei) in the Chair', 'Deputy Mayor Councillor R Quinn': the
    person, with the civic office as the role."""
    for rx in (_CIVIC_BRACKET, _CIVIC_BEFORE):
        m = rx.match(text.strip())
        if m and looks_like_name(m.group("name")):
            return f"{m.group('name').strip()} ({m.group('office').strip()})"
    # "Her Worship the Mayor (Councillor Mrs F Kettle), Councillors Mrs J Aikin, Ashford": the civic
    # head first in a comma list of members
    first = top_level_split(text.strip(), re.compile(r"\s*,\s*"))
    if len(first) > 1:
        lead = first[0][0]
        m = _CIVIC_BRACKET.match(lead)
        if m and looks_like_name(m.group("name")):
            after = text.strip()[text.strip().index(lead) + len(lead) :]
            return f"{m.group('name').strip()} ({m.group('office').strip()}){after}"
    return text


def _bare_name_line(text: str) -> bool:
    t = text.strip()
    if "," in t or "\t" in t or DASH_SEP.search(t):
        return False
    return is_name_segment(t)


_GROUP_HEAD = re.compile(r"^(?:[Rr]epresenting\s+\S[^:]{1,80}:?|[A-Z][\w'’&-]*(?:\s+[\w'’&()-]+){0,5}:)$")


def _person_follows(body: list[PLine], k: int) -> bool:
    """The next non-blank line after ``k`` starts with a person (a group label sits over a list)."""
    nxt = next((x for x in body[k + 1 : k + 3] if not x.blank), None)
    return nxt is not None and starts_with_person(_BULLET_LEAD.sub("", nxt.text.strip()))


def _role_bracket_names(text: str) -> str:
    """ "Joint Local Plan Manager (Helen Rowe); Committee Officer (Jo Penrose)": posts with the holder
    in brackets, rewritten "Helen Rowe (Joint Local Plan Manager); …" when every bracket is a name."""
    segs = [g.strip() for g in re.split(r";\s*", text.strip().rstrip(".")) if g.strip()]
    out = []
    for seg in segs:
        m = re.fullmatch(r"(?P<role>[A-Z][^()]{2,80}?)\s*\((?P<name>[^()]{3,40})\)", seg)
        if (
            not m
            or not roleish(m.group("role").split(",")[0].strip())
            or not looks_like_name(m.group("name"))
        ):
            return text
        out.append(f"{m.group('name').strip()} ({m.group('role').strip(' ,')})")
    return "; ".join(out) if len(out) >= 2 else text


_VERB_TAIL = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present|absent|in\s+the\s+chair)"
    # "… were also present pursuant to Council Procedure Rule No 15.21."
    r"(?:\s+(?:at|for|during|as|pursuant|under|in\s+accordance|by\s+invitation)\b(?:[^.]|\.(?=\d))*)?\.?$"
    r"|\b(?:also\s+)?attended(?:\s+(?:the\s+meeting|for\b)[^.]*)?\.?$",
    re.I,
)


def _lone_honorific(text: str) -> bool:
    """ "Councillor", "Cllr" alone on a line: a column header giving the title of the names below it."""
    t = text.strip().rstrip(":")
    if not t or len(t.split()) > 2 or plural_honorific(t)[0]:
        return False
    title, name = split_honorifics(f"{t} Xq")
    return name == "Xq" and bool(title) and title.casefold() not in {"mayor", "lord", "lady", "major"}


_ORG_END = re.compile(
    r"(?:Council|Authority|Board|Trust|Partnership|Service|Services|Agency|Association|Group|Society|"
    r"Constabulary|Police|Commission|Company|Ltd|Limited|plc|LLP|College|University|School|Academy|CIC)$"
)


def _titled_follows(body: list[PLine], k: int, title: str) -> bool:
    """The next non-blank line after ``k`` begins with a name once ``title`` is put before it."""
    nxt = next((x for x in body[k + 1 : k + 3] if not x.blank), None)
    if nxt is None:
        return False
    tokens = re.split(r"[\s(]+", nxt.text.strip())
    return any(
        looks_like_name(" ".join([title.rstrip(":"), *tokens[:n]])) for n in range(1, min(5, len(tokens)) + 1)
    )


def _name_org_split(text: str, doc_texts: list[str]) -> tuple[str, str] | None:
    """'I Wyn Jones Ynys Garth County Council' → ('I Wyn Jones', 'Ynys Garth County Council'): a name
    and an organisation whose table cells the extraction ran together with one space. Where the name
    ends is not plain from the words ("Ynys Garth" could be a surname), so the split chosen is the one
    whose organisation is written in full on at least one other line of the minutes (organisations
    recur: several members come from each council) — the longest such. A bracket after the name
    ("G ap Dafydd (Chair) Dyfnant County Council") ends it plainly."""
    m = re.match(r"^(?P<name>[^()]+?)\s*(?P<paren>\([^()]{1,40}\))\s+(?P<org>[A-Z][^()]*)$", text.strip())
    if m:
        if (
            looks_like_name(m.group("name"))
            and _ORG_END.search(m.group("org"))
            and not looks_like_name(m.group("org"))
        ):
            return f"{m.group('name')} {m.group('paren')}", m.group("org")
        return None
    tokens = text.split()
    if len(tokens) < 3 or not _ORG_END.search(text) or any(ch in text for ch in "(),;:\t"):
        return None
    best: tuple[str, str] | None = None
    for n in range(2, len(tokens)):
        name, org = " ".join(tokens[:n]), " ".join(tokens[n:])
        if not looks_like_name(name) or looks_like_name(org) or not tokens[n][:1].isupper():
            continue
        if len(org.split()) < 2 and not _ORG_END.fullmatch(org):
            continue
        pat = re.compile(rf"(?:^|[\s(,;\t]){re.escape(org)}\b")
        bare = split_honorifics(name)[1]
        others = sum(1 for t in doc_texts if bare not in t and pat.search(t))
        if others >= 1 and (best is None or len(org) > len(best[1])):
            best = (name, org)
    return best


def _attendance_sentence(body: list[PLine], k: int) -> bool:
    """Lines from ``k`` to the next gap form one sentence saying who attended ("Miss Allbright
    (representing the Clerk) and Mr Lacey (…) were in attendance."): not more of the list above, whose
    status it does not share; the sentence grammar reads it."""
    run: list[str] = []
    for ln in body[k : k + 6]:
        if ln.blank:
            break
        run.append(ln.text)
    text = _first_sentence(join_text(run))
    return len(text.split()) >= 4 and (bool(_VERB_TAIL.search(text)) or opens_attendance_sentence(text))


# a full stop ending a sentence: after a word of four letters or more, or a bracket ("(Clerk).")
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=\)))\.\s+(?=[A-Z])")


def _first_sentence(text: str) -> str:
    """The first sentence of ``text``: "Cllr Pettit (Chairman), …, and Mrs Kemsley (Clerk). Six members
    of the public were also present." is a list, then a sentence; only a verb in the first says the
    lines are a sentence rather than a list."""
    m = _SENTENCE_END.search(text)
    return text[: m.start() + 1] if m else text


# People counted, not named, on a line of their own inside a list
_COUNTED = re.compile(
    r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:other\s+)?"
    r"(?:members?\s+of\s+(?:the\s+)?(?:public|press)|representatives?\s+(?:from|of)\s+[^.;:]{2,80}"
    r"|residents?|parishioners?|visitors?|observers?)\.?$",
    re.I,
)


# "Declarations of Interest – None", "Public participation: nil": an item title and its nil return on
# one line, printed straight under the attendance lists of small councils' minutes
_NIL_ITEM = re.compile(r"^[A-Z][\w'’ ,&/]{2,50}?\s*(?:[:–—-]|\s-)\s*(?:none|nil|n/?a|no\s+\w+)\.?$", re.I)


# a person, then a verb in the past tense: a sentence of the minutes after the lists, not an entry
_NAME_THEN_VERB = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:led|opened|welcomed|thanked|gave|said|asked|reported|"
    r"presented|explained|introduced|chaired|informed|confirmed|declared|proposed|seconded|read|took|"
    r"offered|advised|noted)\s+[a-z]"
)


_DASH_CHAIR = re.compile(r"^(?P<p>[^,;()–—]{3,60}?)\s+[–—-]\s+(?P<role>in\s+the\s+chair)\.?$", re.I)


def _section_entries(
    body: list[PLine],
    status: str,
    rest: str,
    head_line: PLine,
    is_stop,
    key: dict[str, str] | None = None,
    doc_texts: list[str] | None = None,
) -> tuple[list[Candidate], int]:
    """People of one section; returns (people, number of body lines consumed)."""
    logicals: list[Logical] = []
    if rest and not rest.strip(" :–—-"):
        rest = ""  # "PRESENT: -": the dash after the label names nobody
    section_prefix, bare_rest = plural_honorific(rest.strip(" :–—-")) if rest else (None, "")
    if section_prefix and not bare_rest.strip():
        rest = ""  # "Present – Councillors" over columns of surnames: the honorific applies to all
    else:
        section_prefix = None
    if rest and rest[:1].islower() and not starts_with_person(rest):
        # "Also in attendance: one representative of the Fire Brigades Union": nobody named; "the
        # Clerk; County Councillor R Ashcroft (…); 5 members of the public": the named ones only
        groups = [g.strip() for g in re.split(r";\s*(?![^()]*\))", rest)]
        rest = "; ".join(g for g in groups if g and g[:1].isupper() and starts_with_person(g))
    chair = (
        re.match(r"^(?P<p>[^,;()]{3,60}?),?\s+in\s+the\s+chair[.;]?$", rest.strip(), re.I) if rest else None
    )
    if chair and starts_with_person(chair.group("p")):
        rest = f"{chair.group('p')} (Chair)"  # "PRESENT: Councillor J Heseltine in the Chair"
    if rest:
        logicals.append(Logical([_columns_to_tabs(_civic(rest))], [head_line]))
    columns: dict[str, int] | None = None
    col_starts: list[int] | None = None
    consumed = 0
    gap = False
    col_title: str | None = None  # "Councillor" alone over a column of names: the title of each
    label = re.match(r"^\s*(?P<h>councillors|cllrs\.?|bailies)\s*[:：]\s*(?P<n>\S.*)$", head_line.text, re.I)
    if label and rest and is_name_segment(label.group("n"), titled=True) and "," not in label.group("n"):
        # "Cllrs:   Sarah Aldous" over "Brian Francis-Hale", …: the label titles the column it heads (one name
        # a line; a comma list wrapped under the label is read as one list)
        col_title = {"councillors": "Councillor", "bailies": "Bailie"}.get(
            label.group("h").casefold(), "Cllr"
        )
    titled_column = col_title is not None
    group_label = ""
    part_group = False  # under a "Part of meeting" label
    part_lines: set[int] = set()  # rows of people who attended part of the meeting
    for k, ln in enumerate(body):
        if ln.blank:
            gap = True
            col_title = None
            consumed = k + 1
            continue
        text = _BULLET_LEAD.sub("", ln.text.strip())
        raw = " " * ln.indent + ln.text.rstrip()
        if (
            logicals
            and join_text(logicals[-1].parts).rstrip().endswith(".")
            and (_attendance_sentence(body, k) or _attendance_sentence(body[: k + 1], k))
        ):
            # a list closed by a full stop ("…, W Lund and B Oldroyd.") is over: "District Cllrs Mossop
            # and Pennock were present" on the next line is a sentence of its own
            break
        if (
            columns is None
            and _lone_honorific(text)
            and (gap or not logicals)
            and _titled_follows(body, k, text)
        ):
            col_title = text.strip().rstrip(":")
            consumed = k + 1
            gap = False
            continue
        if titled_column and "\t" in ln.text:
            col_title = (
                None  # "Stuart Bobbitt<TAB>Chief Executive": a name and post, past the labelled column
            )
            titled_column = False
        if col_title and not split_honorifics(text)[0]:
            text = f"{col_title} {text}"
        when = _WHEN_LABEL.match(text) if columns is None else None
        if when:
            # "Whole of meeting<TAB>Jo Farrant (…)", "Part of meeting", "Agenda Item 5<TAB>Priya Maddox
            # (…)": a left-hand cell saying for how long the people in the right-hand cell attended
            part_group = not when.group("whole")
            text = text[when.end() :].strip()
            if not text:
                consumed = k + 1  # the label on a row of its own, over the rows below
                gap = False
                continue
            if part_group:
                part_lines.add(ln.idx)
        elif part_group and "\t" in ln.text and not ln.text.startswith("\t"):
            part_group = False
        elif part_group and logicals and (ln.text.startswith("\t") or not gap):
            part_lines.add(ln.idx)
        if (
            is_stop(ln)
            and not when
            and not (columns is not None and group_row(text, body[k + 1 : k + 3], columns, col_starts))
        ):
            break
        hdr = table_header(raw) if columns is None else None
        if hdr:
            # a table header row: Name | Role | Attendance (TAB-separated or aligned with spaces)
            columns = {c: i for i, (_, c) in enumerate(hdr)}
            # rows read by the header's column positions, unless the header (or the rows) use TABs
            spaced = "\t" not in raw and re.search(r"\S\s{2,}\S", raw.strip())
            col_starts = [pos for pos, _ in hdr] if spaced else None
            consumed = k + 1
            gap = False
            continue
        if columns is not None:
            if KEY_HEAD.match(text):
                consumed = k + 1  # the key to the table's symbols
                continue
            cells = row_cells(raw, col_starts) if col_starts and "\t" not in raw else text.split("\t")
            cells = [c.strip() for c in cells]
            name_idx = next(
                (i for c, i in sorted(columns.items(), key=lambda kv: kv[1]) if c in NAME_HEADERS), 0
            )
            label_idx = label_column(columns, name_idx)
            if label_idx is not None and label_idx < len(cells):
                # "Apologies  Cllr A<NEWLINE>  Cllr B": a group label written on its group's first row only
                if cells[label_idx]:
                    group_label = cells[label_idx]
                elif (
                    group_label and name_idx < len(cells) and is_name_segment(surname_first(cells[name_idx]))
                ):
                    cells[label_idx] = group_label
            name_cell = cells[name_idx] if name_idx < len(cells) else ""
            filled = [c for c in cells if c]
            if name_cell and is_name_segment(split_name_cell(name_cell)[0]) and len(filled) >= 1:
                logicals.append(Logical(["\t".join(cells)], [ln]))
            elif not name_cell and filled and logicals and not gap:
                logicals[-1].parts.append(join_text(filled))  # a wrapped role or organisation cell
                logicals[-1].lines.append(ln)
            elif len(filled) == 1 and not PROSE.search(text) and len(text.split()) <= 8:
                pass  # "Local Authority Members": a group label row inside the table
            elif col_starts is None and "\t" not in text and any("\t" in x.text for x in body[k + 1 : k + 3]):
                pass  # a row whose cells the extraction ran together: skipped, the table goes on
            else:
                break
            gap = False
            consumed = k + 1
            continue
        bi = re.match(r"^[\w.]+\s*/\s*(?P<t>[\w.]+)\s+(?=\S)", text)
        if bi and split_honorifics(bi.group("t") + " X")[0] and not starts_with_person(text):
            text = text[bi.start("t") :]  # "Cyng. / Cllr. Ieuan Rees": the bilingual title, once
        text = _civic(text)
        dash_chair = _DASH_CHAIR.match(text)
        if (
            dash_chair
            and starts_with_person(dash_chair.group("p"))
            and looks_like_name(dash_chair.group("p"))
        ):
            # "Councillor Greenhalgh – in the Chair": a list entry whose role is the chair, not the
            # closing sentence "Councillor Lindsay in the Chair." written after the lists
            text = f"{dash_chair.group('p')} ({dash_chair.group('role')})"
        if (
            re.search(r",?\s+in\s+the\s+chair\.?$", text, re.I)
            and gap
            and logicals
            or re.search(r"^[^,]+,\s+[^,]{3,40},\s+(?:in\s+the\s+chair|presiding)\.?$", text, re.I)
        ):
            break  # "Councillor Lindsay, Convener, in the Chair.": a sentence after the lists
        if _PARTY_ROW.match(text):
            consumed = k + 1  # "LABOUR     CONSERVATIVE": party group headings over the columns
            continue
        if (
            gap
            and logicals
            and "\t" not in text
            and len(text.split()) <= 6
            and text[:1].isupper()
            and not re.search(r"[.,;:()]", text)
            and not starts_with_person(text)
            and _person_follows(body, k)
        ):
            # "Chilterdown Local Enterprise Partnership" after a gap, over "R Okafor, Chairman": a group
            # label (the body the people below represent), not the wrapped end of the last role
            consumed = k + 1
            gap = False
            continue
        if _GROUP_HEAD.match(text) and not starts_with_person(text) and _person_follows(body, k):
            # "Representing NHS Glenmorie (NHSG):", "Community Partnership Chairs:": a group label over
            # one person per line; the list goes on under it
            consumed = k + 1
            gap = False
            continue
        if section_prefix:
            text = _with_prefix(text, section_prefix)
        text = label_pairs(_columns_to_tabs(text))
        if "\t" in text:
            first, _tab, others = text.partition("\t")
            text = f"{surname_first(first.strip())}\t{others}"  # "AKHTAR, Shazia<TAB>Caverstone CC"
        if "\t" not in text and not starts_with_person(text):
            ntr = _name_org_split(text, doc_texts or []) or name_then_role(text)
            if ntr:
                text = "\t".join(ntr)
        cells2 = [c.strip() for c in text.split("\t") if c.strip()]
        if (
            len(cells2) == 2
            and not is_name_segment(cells2[0])
            and roleish(cells2[0])
            and looks_like_name(cells2[1])
        ):
            text = f"{cells2[1]}\t{cells2[0]}"  # "Chief Fire Officer<TAB>Rachel Oyelowo": role first
        elif (
            len(cells2) == 2
            and text.count("\t") == 1
            and not is_name_segment(cells2[0])
            and not single_heading_status(cells2[0] + ":")
            and len(cells2[0].split()) <= 5
            and cells2[0][:1].isupper()
            and starts_with_person(cells2[1])
            and not starts_with_person(cells2[0])
        ):
            # "Primary Headteachers<TAB>Sarah Lockwood (Chair), Fieldhouse Primary School": a
            # membership category in the left column, the person in the right
            text = cells2[1]
        # "Labour:<TAB>Councillors S Akhtar (Chair), …": a group label cell, then the list
        text = re.sub(r"^([A-Z][^\t:]{1,40}):\t+(?=\S)", r"\1: ", text)
        if text.casefold().rstrip(":") in COLUMN_WORDS:
            consumed = k + 1  # a table's header cells extracted one per line: "Members" / "Role"
            continue
        cur = logicals[-1] if logicals else None
        if (
            cur is not None
            and not gap
            and not cur.literal
            and _open_bracket(join_text(cur.parts))
            and ")" in text.partition("(")[0]  # a ")" before any "(" of its own
        ):
            # "Wiggin and Placey (substituting for" / "Councillor Smith)": the bracket closes here
            cur.parts.append(text)
            cur.lines.append(ln)
            consumed = k + 1
            continue
        if titled_literal(text):
            logicals.append(Logical([text], [ln], literal=True))
            gap = False
            consumed = k + 1
            continue
        if cur is not None and cur.literal:
            cur = None  # nothing continues a literal entry
        starts = starts_with_person(text)
        m_lab = re.match(r"^[A-Z][\w'’ -]{1,40}:\s+(?=\S)", text)
        if not starts and m_lab and not single_heading_status(text[: m_lab.end()].strip()):
            # "Applicant's representative:   Mr Gareth Lowry, …": a role label, then the person
            starts = starts_with_person(text[m_lab.end() :])
        if not starts and re.match(
            r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][\w'’-]+\s+[A-Z]", text
        ):
            starts = True  # "Dr Simon Penhaligon (on behalf of Westcliff": the bracket wraps to the next line
        if not starts and _COUNTED.match(text):
            consumed = k + 1  # "3 Members of the Public", "2 Representatives from Brightwire": no names
            continue
        if not starts and "\t" not in text and PROSE.search(text):
            break  # "Meeting began at 1405 hours": the list is over
        if not starts and _NIL_ITEM.match(text):
            break  # "Register of Interest – None": the next item, run on under the list with its nil return
        if starts and (gap or not logicals) and _attendance_sentence(body, k):
            break  # "Miss A (…) and Mr B (…) were in attendance.": a sentence, read as one
        if (
            starts
            and (gap or cur is None or join_text(cur.parts).rstrip().endswith("."))
            and _NAME_THEN_VERB.match(text)
        ):
            break  # "The Rev Malcolm Jolliffe led the meeting in prayer.": the minutes have begun
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
        if cur is not None and not gap and _name_wrapped(cur.parts[-1], text):
            cur.parts.append(text)  # "…, Councillor Julia" / "Marr, Councillor David Shearer": a name wrapped
            cur.lines.append(ln)
            consumed = k + 1
            continue
        if (
            cur is not None
            and not starts
            and cur.parts[-1].rstrip().endswith(")")
            and re.fullmatch(r"[A-Z][^()]*\([^()]*\)", text)
            and roleish(text[: text.index("(")].strip())
        ):
            # "Scrutiny Officer (GJ)": an entry of its own naming nobody, not more of the last one's role
            logicals.append(Logical([text], [ln]))
            gap = False
            consumed = k + 1
            continue
        if (
            not starts
            and "\t" not in text
            and roleish(text.rstrip(" ,;"))
            and (cur is None or not (len(cur.parts) == 1 and _bare_name_line(cur.parts[0])))
            and (cur is None or not _continues(join_text(cur.parts)))
            and (cur is None or gap or not _under_second_cell(cur, ln))
            # "…; Committee" / "Officer (Jo Penrose)": a semicolon list wrapping mid-entry goes on
            and (
                cur is None or gap or ";" not in cur.parts[-1] or cur.parts[-1].rstrip().endswith((";", "."))
            )
        ):
            # "Director of Care and Learning": a post listed without a name, naming nobody
            logicals.append(Logical([text], [ln]))
            gap = False
            consumed = k + 1
            continue
        if (
            cur is not None
            and not gap
            and starts
            and _role_bracket_names(join_text([*cur.parts, text])) != join_text([*cur.parts, text])
            and _role_bracket_names(join_text(cur.parts)) == join_text(cur.parts)
        ):
            starts = False  # "…; Committee" / "Officer (Jo Penrose)": the post wrapped before its holder
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
            logicals.append(Logical([text], [ln]))
        elif (
            cur is not None
            and gap
            and not text.endswith((".", ":"))
            and not ln.heading
            # "… Mr J W Severn and Mrs F M Upton." a gap, "Available Papers": the list was closed
            and not (join_text(cur.parts).rstrip().endswith(".") and "," in join_text(cur.parts))
            and (
                len(text.split()) <= 4
                or (len(cur.parts) == 1 and _bare_name_line(cur.parts[0]) and len(text.split()) <= 14)
            )
        ):
            if len(cur.parts) == 1 and _bare_name_line(cur.parts[0]):
                cur.role_sep = True  # "Fiona DUNLOP (Chair)", a gap, then her role on its own line
            cur.parts.append(text)  # a wrapped role separated by an extraction gap
            cur.lines.append(ln)
        else:
            if gap or cur is None:
                break
            break
        gap = False
        consumed = k + 1
    people: list[Candidate] = []
    name_columns = False
    # "Sarah Jellicoe<TAB>Natural England": in a list whose second column mostly holds organisations
    # and posts, a second cell that could be a name ("Natural England", "Hollowdown Society") is the
    # organisation too, not a second person
    pairs = [
        [c.strip() for c in lg.parts[0].split("\t") if c.strip()]
        for lg in logicals
        if not lg.literal and "\t" in lg.parts[0]
    ]
    pairs = [c for c in pairs if len(c) == 2]
    role_pairs = sum(1 for c in pairs if not is_name_segment(c[1]))
    role_column = columns is None and role_pairs >= 3 and role_pairs * 2 >= len(pairs)
    for lg in logicals:
        if lg.literal:
            people.append(Candidate(raw=lg.parts[0].strip(), status=status, lines=lg.lines))
            continue
        if columns is not None and "\t" in lg.parts[0]:
            people.extend(table_row(lg, status, columns, key or {}))
            continue
        if "\t" in lg.parts[0]:
            cells = [c.strip() for c in lg.parts[0].split("\t")]
            named = [c for c in cells if c]
            if (
                len(named) >= 2
                and not (role_column and len(named) == 2)
                and all(
                    is_name_segment(c) and not roleish(split_honorifics(strip_parens(c)[0])[1]) for c in named
                )
                # every cell surely a person, or (three or more columns) most of them
                and (
                    name_columns
                    # "Gill Spencer (Director of Place)<TAB>Kev Ormond (Head of Housing)": two officers
                    or all(name_with_post(c) for c in named)
                    or sum(strong_name(c) for c in named)
                    >= (len(named) if len(named) < 3 else len(named) / 2)
                )
                and len(lg.parts) == 1
            ):
                # "Cllr A Barker<TAB>Cllr B Carr<TAB>Cllr C Dale": names set out in columns
                name_columns = True  # the next rows of the grid are names too
                for c in named:
                    bare, parens = strip_parens(c)
                    people.append(
                        Candidate(raw=bare, status=status, role="; ".join(parens) or None, lines=lg.lines)
                    )
                continue
            role = join_text(cells[1:] + lg.parts[1:]) or None
            name_cell = cells[0]
            plural, rest_cell = plural_honorific(name_cell)
            if is_name_segment(rest_cell if plural else name_cell):
                bare, parens = strip_parens(rest_cell if plural else name_cell)
                parens = [
                    x for x in parens if not re.fullmatch(r"[A-Z]{1,4}[a-z]?", x.strip())
                ]  # "(AF)": initials
                if parens:
                    role = "; ".join(parens + ([role] if role else []))
                people.append(
                    Candidate(raw=bare, status=status, role=role, lines=lg.lines, title_prefix=plural)
                )
            continue
        if lg.role_sep:
            name = lg.parts[0]
            role = join_text(lg.parts[1:])
            bare, parens = strip_parens(name)
            if parens:
                role = f"{role} ({'; '.join(parens)})"
            people.append(Candidate(raw=bare, status=status, role=role or None, lines=lg.lines))
            continue
        text = _role_bracket_names(join_text(lg.parts))
        if status == "sub":
            text = re.split(r"\s+(?:for|substituting for|in place of|replacing|vice)\s+", text)[0]
        got = parse_list(text, status, lg.lines)
        if (
            status == "present"
            and people
            and len(got) >= 2
            and all(p.title_prefix or split_honorifics(p.raw)[0] for p in people)
            and not any(split_honorifics(p.raw)[0] for p in got)
            and all(
                re.fullmatch(r"(?:[A-Z]\.?\s*){1,2}\s[A-Z][\w'’-]+\s*\([A-Z]{2,5}\)", seg.strip())
                for seg in re.split(r",\s*|\s+and\s+", text.strip().rstrip("."))
            )
        ):
            # "Cllr A (Chair), Cllr B and Cllr C." then "R Cowie (AH), J Hebbron (DCE)": an unlabelled
            # line of untitled people with department codes after the members is the officers
            for p in got:
                p.status = "in_attendance"
        people.extend(got)
    for person in people:
        if any(x.idx in part_lines for x in person.lines):
            person.role = f"{person.role}; part" if person.role else "part"
    return people, consumed


# The posts of a council's own staff: written against a name in a "Present" list, the holder attends
# as an officer (SCHEMA: officers are in attendance), not as a member
_OFFICER_POST = re.compile(
    r"^(?:(?:deputy|assistant|acting|locum|interim)\s+)?(?:(?:town|parish|city|village|community|committee|"
    r"council|democratic services)\s+)?(?:clerk|clerk\s+(?:and|&|/)\s+(?:rfo|responsible financial officer)"
    r"|responsible financial officer|rfo|minute[- ]taker|proper officer"
    r"|clerc(?:\s+(?:y\s+cyngor|a\s+swyddog\s+ariannol\s+cyfrifol))?|swyddog\s+ariannol\s+cyfrifol)$",
    re.I,
)


def _officer_post(e: AttendanceEntry) -> bool:
    if not e.role or (e.title or "").casefold().startswith(("cllr", "councillor", "county councillor")):
        return False
    return bool(_OFFICER_POST.match(e.role.strip().strip("()").strip()))


_LOCAL_COUNCIL = re.compile(
    r"\b(?:parish|town|community|village|neighbourhood)\s+council\b|\bcyngor\s+(?:cymuned|tref)\b", re.I
)
# "Lorna McPhail, Forthvale Council": a person named by a council other than the meeting's own kind
_OTHER_COUNCIL = re.compile(r"^(?:[A-Z][\w'’&.-]*\s+){1,4}Council$")


def other_council_officers(entries: list[AttendanceEntry], council: str | None) -> None:
    """At a parish, town or community council (``council``: the meeting's council or body), a person in
    the present list named only by another council ("Lorna McPhail, Forthvale Council") is that
    council's officer, so in attendance.

    A councillor of another council listed in the present list ("Mr T Southgate – Borough Councillor",
    "Cllr Luscombe (DCC)") stays present: SCHEMA.md's "present = listed as present", and the status
    follows the label a person is listed under (project convention since parse-1.20; "Also present:" or
    "In attendance:" still make him or her in attendance)."""
    if not council or not _LOCAL_COUNCIL.search(council):
        return
    for e in entries:
        role = (e.role or "").strip().strip("()").strip()
        if e.status == "present" and _OTHER_COUNCIL.match(role) and not _LOCAL_COUNCIL.search(role):
            e.status = "in_attendance"


# The posts of paid staff: "Chief Executive", "Assistant Director (Corporate Services)", "Committee
# Services Officer", "Head of Planning", "Monitoring Officer", "Democratic Services Manager"
_STAFF_POST = re.compile(
    r"\b(?:chief\s+executive|director|manager|officer|head\s+of|solicitor|clerk|lawyer|accountant"
    r"|engineer|planner|administrator|advis[eo]r|analyst|co-?ordinator|team\s+leader)\b",
    re.I,
)
_COUNCILLOR_TITLE = re.compile(
    r"^(?:county |borough |district |town |parish |city )?(?:councillor|cllr)\b", re.I
)


def _trailing_officers(section: list[AttendanceEntry]) -> None:
    """'Present:' over the councillors, then with no heading of their own the officers, each a name
    and a staff post ("Stuart Bobbitt<gap>Chief Executive"): the untitled people with staff posts
    after the titled councillors attend as officers. Only a trailing block of them counts, and only
    after at least two councillors, so a board's members with posts (no councillor among them, or
    mixed in with them) stay present."""
    councillors = [k for k, e in enumerate(section) if _COUNCILLOR_TITLE.match(e.title or "")]
    if len(councillors) < 2:
        return
    tail = section[councillors[-1] + 1 :]
    if tail and all(not e.title and e.role and _STAFF_POST.search(e.role) for e in tail):
        for e in tail:
            e.status = "in_attendance"


_KEY_LINE = re.compile(r"^[*†‡#]\s*(?:denotes|indicates|=|means)\s", re.I)


def parse_sections(lines: list[PLine], is_stop) -> tuple[list[AttendanceEntry], set[int]]:
    """Attendance sections anywhere in the minutes; returns entries and the line positions used."""
    entries, used = lettered_register(lines)
    marked, pa_used = pa_register(lines)
    entries += marked
    used |= pa_used
    if used:
        # the register's rows are read: blank them so the heading over them reads nothing more
        lines = [
            PLine(x.idx, "", x.indent, x.page, x.start, x.end) if k in used else x
            for k, x in enumerate(lines)
        ]
    i = 0
    n = len(lines)
    last_status = "present"
    seen_present = False
    prev_heading = ""
    key = status_key(lines)
    doc_texts = [x.text for x in lines if not x.blank]
    while i < n:
        ln = lines[i]
        hs = heading_status(ln.text) if not ln.blank and not column_header_at(lines, i) else None
        grid = False
        numbered = False
        if not hs and not ln.blank and i not in used:
            hs = numbered_heading(ln.text)
            numbered = hs is not None
        if not hs and not ln.blank and i not in used and is_grid_header(" " * ln.indent + ln.text):
            # an attendance register with no heading over it (often an appendix after the
            # signature): its header row says what the columns hold
            hs, grid = ("present", ""), True
        if not hs:
            i += 1
            continue
        status, rest = hs
        if status == "clerk" and rest and not (used and 0 < i - max(used) <= 2):
            i += 1  # "Clerk: Mrs D Spink" alone in a letterhead: only right under a list is it attendance
            continue
        if (
            status == "present"
            and seen_present
            and re.match(r"^\s*(?:attending|attendees)\s*(?::|\t|\s{2,}|$)", ln.text, re.I)
        ):
            status = "in_attendance"  # "Sederunt" (the members), then "Attending": the officers
        if (
            status == "in_attendance"
            and prev_heading == "chair"
            and re.match(r"^\s*other\s+(?:members|councillors)\b", ln.text, re.I)
        ):
            status = (
                "present"  # "Presiding: P McLernon" then "Other Members Present": the rest of the members
            )
        prev_heading = status
        if status == "inherit":
            status = last_status
        elif status not in {"chair", "clerk"}:
            last_status = status
        j = i if grid else i + 1
        body_end = j
        while body_end < n and not (
            not lines[body_end].blank
            and heading_status(lines[body_end].text)
            and not column_header_at(lines, body_end)
        ):
            body_end += 1
        body = lines[j:body_end]

        def stop(line: PLine, grid: bool = grid, numbered: bool = numbered) -> bool:
            if _KEY_LINE.match(line.text.strip()) and not MARK_KEY.match(line.text.strip()):
                return True  # "* denotes attendance via video conference": the key, not a person
            if numbered and is_stop(line):
                # the section is itself a numbered item: its list ends at the next item's heading
                return bool(ITEM_NUMBER.match(line.text.strip()))
            if numbered and re.match(r"^\d{1,3}[.)]?\s+[A-Z]{2}", line.text.strip()):
                return True  # "3. APOLOGIES FOR ABSENCE: …": the next item, found or not by the item reader
            if is_stop(line) and not grid:
                return True
            if line.heading and "\t" in line.text and table_header(line.text):
                return False
            if (
                not line.heading
                or starts_with_person(line.text)
                or _PARTY_ROW.match(line.text.strip())
                or _civic(line.text) != line.text
            ):
                return False
            # PDF extraction flags bold lines as headings, and names or the wrapped end of a role
            # ("Sussex", "Council (part)") are often bold: a short fragment continues the list
            words = line.text.split()
            return (
                len(words) > 2
                or line.text.rstrip().endswith(":")
                or bool(re.match(r"^\d", line.text))
                or line.text.strip().casefold() in SECTION_WORDS
            )

        sent = heading_sentence(status, rest, body)
        if sent is not None:
            people, consumed = sent
            for p in people:
                p.lines = [ln, *body[:consumed]]
        else:
            people, consumed = _section_entries(body, status, rest, ln, stop, key, doc_texts)
        seen_present = seen_present or (status in {"present", "chair"} and bool(people))
        if status == "chair":
            label = re.split(r"[:：\t]", ln.text.strip(), maxsplit=1)[0].strip()
            people = people[:1]  # "Chair: Cllr Mary Lowe" names one person
            for p in people:
                p.status = "present"
                p.role = f"{label}; {p.role}" if p.role else label
        if status == "clerk":
            label = re.split(r"[:：\t\-–—]", ln.text.strip(), maxsplit=1)[0].strip()
            for p in people:
                p.status = "in_attendance"
                p.role = p.role or label
        section_ids: set[int] = set()
        section: list[AttendanceEntry] = []
        for p in people:
            e = finish(p)
            if e is None:
                continue
            if e.status == "present" and _officer_post(e):
                e.status = "in_attendance"  # the clerk on the line under the members: an officer
            dup = next((x for x in entries if x.person_key == e.person_key), None)
            if dup is not None and id(dup) in section_ids and (dup.title or "") != (e.title or ""):
                dup = None  # "Cllr Mrs Cornish" and "Cllr Cornish" in one list: two people
            if dup is not None:
                if p.status == "sub":
                    dup.substitute = True
                continue
            entries.append(e)
            section_ids.add(id(e))
            section.append(e)
        if status == "present":
            _trailing_officers(section)
        used.update(range(i, j + consumed))
        i = max(j + max(consumed, 0), i + 1)
    used |= marked_register(lines, used, entries)
    return entries, used
