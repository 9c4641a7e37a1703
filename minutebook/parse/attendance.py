"""Who attended: Present / In attendance / Apologies / Absent / Substitutes sections, and the
sentences minutes use instead of lists ("Apologies for absence were received from …").

A section starts at a heading — alone on a line ("PRESENT", "Officers in attendance:") or
followed by an inline list ("Present: Councillors A Smith (Chair), B Jones and C Patel") —
and ends at the next heading, an agenda item, or prose after a gap. Inside it a person is
written one per line ("Name, Role", "Name – Role", "Name<TAB>Role", or the name on one line and
the role on the next) or as a list (commas, "and", semicolons; a plural honorific such as
"Councillors" applies to every name, also to columns of surnames under "Present – Councillors"). Tables
(a status column, or one table per status), names in columns, "Role (Name)", "Name (AB) Role",
"Label – Cllrs …" groups, bilingual headings and role-only lines are read too. Every candidate must pass
:func:`~minutebook.parse.names.looks_like_name`; roles, organisations and prose never become people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.parse.layout import PLine, join_text, span_of
from minutebook.parse.names import (
    FIRST_NAMES,
    POST_NOMINALS,
    ROLE_WORDS,
    looks_like_name,
    name_tokens_ok,
    person_key,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry, AttendanceStatus

_POST_FOLDED = frozenset(p.casefold().strip(".") for p in POST_NOMINALS)

_NONMEMBER = (
    r"(?:advis[eo]rs?|officers?|officials?|staff|guests?|observers?|others|visitors?|speakers?|witnesses?|"
    r"consultants?|auditors?|presenters?)"
)
# heading text (folded, spaces single) → status; "sub" marks substitutes (present, substitute=True)
_HEADINGS: list[tuple[str, str]] = [
    (r"(?:voting |committee |board |panel |cabinet |council |co-opted )?members? present", "present"),
    (r"councillors? present", "present"),
    (r"co-optees?(?: members?)?(?: present)?", "present"),
    (
        r"present(?: in person| virtually| remotely| \(in person\)| \(remote\)| members| councillors)?",
        "present",
    ),
    (r"members in attendance", "present"),
    # "Attending virtually:" lists more of whichever list it follows (members or others)
    (
        r"attending (?:virtually|remotely|in person|online|via teams)|(?:present|joined) (?:virtually|remotely|online)",
        "inherit",
    ),
    (
        r"(?:(?:non[- ])?voting |committee |board |panel |cabinet |council |co-opted |independent |lay )*members"
        r"(?: attending)?"
        r"|members of the (?:committee|sub-committee|board|panel|council|cabinet)(?: present)?"
        r"|non-councillor members|(?:lay|independent|external|associate) members(?: present)?"
        r"|independent persons?(?: present)?"
        r"|(?:parish|town)(?: and (?:parish|town))?(?: councils?)? representatives(?: present)?"
        r"|councillors attending",
        "present",
    ),
    # "Councillors: Lewis, Morgan" / "Cllrs:" – more of the list it sits in ("Apologies:" then "Councillors: …")
    (r"councillors|cllrs|bailies", "inherit"),
    # Welsh (bilingual headings are split at " / " and each half tried)
    (r"(?:yn )?bresennol|presennol|aelodau(?: yn bresennol)?", "present"),
    (r"hefyd yn bresennol|swyddogion(?: yn bresennol)?", "in_attendance"),
    (r"ymddiheuriadau(?: am absenoldeb)?", "apologies"),
    (r"absennol", "absent"),
    (r"(?:vice[- ])?chair(?:man|person)?|convener|(?:deputy )?mayor|in the chair|presiding", "chair"),
    (
        r"attendance(?: details(?=\s*:?\s*$)| (?:and|&) apologies(?: for absence)?)?|attendees|attending|sederunt",
        "present",
    ),
    (
        r"(?:also )?in attendance|also present|also attending|also attended|also in attendance",
        "in_attendance",
    ),
    (r"(?:council |other )?officers?(?: present| in attendance| attending| attended)?", "in_attendance"),
    (
        r"others present|other attendees|(?:observers?|guests?|visitors?)(?: present| in attendance| attending)?"
        r"|advisers? present",
        "in_attendance",
    ),
    # "Members of Public Present – PC Gillies + 4 members of the public": only the named are read
    (r"members of (?:the )?public(?: present| in attendance| attending)?", "in_attendance"),
    (
        r"(?:policy |business |democratic |committee )?support(?: officers?| team)?|secretariat",
        "in_attendance",
    ),
    (r"other (?:councillors|members)(?: attending| present| in attendance)?", "in_attendance"),
    # "Members attending in accordance with Standing Orders 8 and 25": non-members who attend (and may
    # speak) under the council's rules, not members of the body
    (
        r"(?:members|councillors) (?:also )?(?:attending|present|in attendance) (?:in accordance with|under)"
        r" (?:the )?(?:council )?(?:standing orders?|(?:council )?procedure rules?|rules?)(?: [\w.()]+(?: (?:and|&|,) [\w.()]+)*)?",
        "in_attendance",
    ),
    # "Advisers and officers in attendance", "Officers, advisers and guests present": non-members listed together
    (
        rf"{_NONMEMBER}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_NONMEMBER}){{1,3}}\s+(?:in attendance|present|attending)",
        "in_attendance",
    ),
    (
        r"(?:parties|interested parties|witnesses|representatives|speakers)(?: present| in attendance)?"
        r"|parties to the (?:hearing|application|review|meeting)",
        "in_attendance",
    ),
    (
        r"non-(?:voting )?members(?: also)?(?: in attendance| present)?(?: at (?:the )?request of [\w ]{3,40})?",
        "in_attendance",
    ),
    (r"(?:council )?officials?(?: present| in attendance| attending)?", "in_attendance"),
    # "Executive Directors Present:", "Senior Officers in Attendance:": staff posts, a qualifier or two
    (
        r"(?:[a-z][\w-]* ){0,2}(?:directors|officers|officials|managers|advisers|advisors|staff)"
        r" (?:present|in attendance|attending)",
        "in_attendance",
    ),
    # "Deputy Cabinet Members Present:", "Scrutiny Committee Members Present:": more of the members
    (r"(?:[a-z][\w-]* ){0,2}members present", "present"),
    # "Clerk:", "Committee Clerk – Ms F Rennie": the person who took the minutes, in attendance in that post
    (
        r"(?:committee |meeting |minute |democratic services )?clerk(?: to the (?:committee|meeting|panel|board))?",
        "clerk",
    ),
    (
        r"others in attendance|officers and others(?: in attendance)?|(?:supporting )?officers attending",
        "in_attendance",
    ),
    (
        r"apologies(?: for absence)?(?: were| had been| have been)?(?: received| submitted| tendered| intimated|"
        r" noted)?(?: from| on behalf of| by)?(?: the following)?|apologies for absence received"
        r"|absent with apologies|apologies received",
        "apologies",
    ),
    (
        r"absent(?: without apolog(?:y|ies))?|(?:members|councillors) absent|(?:(?:members|councillors) )?not present"
        r"|absentees?",
        "absent",
    ),
    (r"substitutes?(?: members?)?(?: present)?|substitutions?", "sub"),
]
_HEADING_RE = re.compile(
    r"^(?P<h>" + "|".join(h for h, _ in _HEADINGS) + r")"
    # "Members Present in Person:", "Officers Present Remotely:": how they attended, not who they are
    r"(?:\s+(?:in person|remotely|virtually|online|via (?:teams|zoom|video ?link)))?"
    # "Also present with the agreement of the Chairman:", "… at the invitation of the Chair:"
    r"(?:\s+(?:at the invitation|with the (?:agreement|permission|consent)|by (?:invitation|permission))"
    r"(?: of the (?:vice[- ])?chair(?:man|person)?)?)?"
    # "Officers present all items:", "Officers present for the whole meeting:": present throughout
    r"(?:\s+(?:for\s+)?(?:all|the\s+whole(?:\s+of\s+the)?|the\s+entire)\s+(?:agenda\s+)?(?:items|meeting))?"
    r"(?:\s*\((?!\s*(?:part|partial)\b)[^()]{1,40}\))?"
    r"\s*(?:(?::-|[:：\-–—])\s*|\t+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_HEADING_STATUS = [(re.compile(rf"^(?:{h})$", re.I), s) for h, s in _HEADINGS]

# A left-hand label cell of an officers' list: for how long the people in its row attended.
_WHEN_LABEL = re.compile(
    r"^(?:(?P<whole>(?:for\s+)?(?:the\s+)?(?:whole|all|entirety)\s+(?:of\s+)?(?:the\s+)?meeting)"
    r"|(?:for\s+)?part\s+of\s+(?:the\s+)?meeting"
    r"|(?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+(?:no\.?\s*)?\d[\w/.]*"
    r"(?:\s*(?:,|and|&|to|-|–)\s*\d[\w/.]*)*)\s*(?::?(?:\t+|$)|(?::|\s[-–—])\s+)",
    re.IGNORECASE,
)

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


@dataclass
class _Person:
    raw: str
    status: str
    role: str | None = None
    lines: list[PLine] = field(default_factory=list)
    title_prefix: str | None = None  # distributed from "Councillors …"
    substitute: bool = False


def heading_status(text: str) -> tuple[str, str] | None:
    """(status, inline rest) when ``text`` is an attendance heading line; a bilingual heading
    ("PRESENNOL / PRESENT") counts when each half is one."""
    if text.count("\t") >= 2 and _label_pairs(text.strip()) != text.strip():
        return None  # "Chairman<TAB>Cllr Halloran<TAB>Vice Chairman<TAB>Cllr Pengelly": a row of the list
    got = _heading_status(text)
    if got is None and "/" in text and len(text) < 80:
        halves = [h.strip(" :") for h in text.split("/")]
        found = [_heading_status(h + ":") for h in halves if h]
        if len(found) == 2 and all(f is not None and not f[1] for f in found):
            return found[-1][0], ""  # type: ignore[index]
    return got


_APPENDIX_LEAD = re.compile(
    r"^(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}\s*[-–—:.]?\s*(?=attendance\b)", re.I
)


# "Councillors:<gap>Okonjo, Bains" in a heading's rest: the honorific as a label cell of its own
_HONORIFIC_LABEL = re.compile(
    r"^(?P<hon>(?:county |borough |town |parish |city )?(?:councillors?|cllrs?\.?))\s*[:：]\s*(?P<names>[A-Z].*)$",
    re.I,
)


def _heading_status(text: str) -> tuple[str, str] | None:
    t = text.strip().strip("*").strip()
    t = _APPENDIX_LEAD.sub("", t)  # "Appendix A - Attendance": the register printed after the minutes
    # "GACC Members Present –", "MC Members Present –": the body's abbreviation before the heading
    t = re.sub(r"^[A-Z]{2,6}\s+(?=(?:Members|Councillors|Officers|Representatives)\b)", "", t)
    caps = re.match(r"^(?P<h>[A-Z][A-Z' -]{3,50}?):?\s{3,}(?P<rest>\S.*)$", t)
    if caps:
        t = f"{caps.group('h')}\t{caps.group('rest')}"  # "CO-OPTEES PRESENT     Moira …": a spaced gutter
    m = _HEADING_RE.match(t)
    if not m:
        return None
    head = re.sub(r"\s+", " ", m.group("h").strip()).casefold()
    rest = m.group("rest").strip()
    br = re.search(r"\(([^()]+)\)", t[len(m.group("h")) : len(t) - len(m.group("rest"))])
    if br and not rest and looks_like_name(br.group(1)):
        return None  # "Officer (Jo Penrose)": the end of a post wrapped onto its own line, with its holder
    if rest.casefold().rstrip(":") in _COLUMN_WORDS or ("\t" in t and table_header(t)):
        return None  # "Members<TAB>Role": a table's header row, not a heading
    # "Present at the meeting were …", "Apologies were noted as above." are prose, not headings
    sep = t[len(m.group("h")) : len(t) - len(m.group("rest"))]
    if rest and not re.search(r"[:：\-–—\t]", sep):
        return None
    sub_label = _HONORIFIC_LABEL.match(rest)
    if sub_label:
        # "Present:<gap>Councillors:<gap>Okonjo (Chair), Hartigan": a two-column table whose second
        # column is an honorific label ("Councillors:", "Cllrs:"); the label is the names' honorific
        rest = f"{sub_label.group('hon')} {sub_label.group('names')}"
    for rx, status in _HEADING_STATUS:
        if rx.match(head):
            if status == "clerk" and rest:
                # "Clerk: Mrs D Spink, 3 Chapel Row": a letterhead's contact line, not an attendance list
                return None
            plural, _r = plural_honorific(m.group("h").strip())
            if plural and rest and not _r:
                rest = f"{m.group('h').strip()} {rest}"  # "Councillors: Hughes, Jones": the honorific applies
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


_LIST_SEPS = re.compile(
    r"\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND)\s+|\s*&\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)"
    r"|\s+\+\s+(?=\d|[a-z])"  # "PC Gillies + 4 members of the public"
)
# "Fiona Urquhart (Chair) [FU]": the initials the minutes use for a person, in square brackets
_SQUARE_INITIALS = re.compile(r"\s*\[[A-Z][A-Za-z]{0,3}\]")
_DASH_SEP = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*(?=[A-Z])")


_PAREN = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")  # one level of nesting: "(for item P19/104(a))"


def _strip_parens(text: str) -> tuple[str, list[str]]:
    parens = _PAREN.findall(text)
    bare = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)", "", text).strip()
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


def _role_then_titled(seg: str) -> tuple[str, str] | None:
    """'Clerk Mrs Janet Wilkinson' → ('Clerk', 'Mrs Janet Wilkinson'): a post written before the
    holder's honorific."""
    tokens = seg.strip().split()
    for i in range(1, min(len(tokens) - 1, 7)):
        title, name = split_honorifics(" ".join(tokens[i:]))
        if title is None or not name or plural_honorific(" ".join(tokens[i:]))[0]:
            continue
        role = " ".join(tokens[:i])
        if (
            _roleish(role)
            and looks_like_name(" ".join(tokens[i:]))
            and split_honorifics(role + " X")[0] is None
        ):
            return role, " ".join(tokens[i:])
        return None
    return None


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _trailing_acronym(bare: str) -> tuple[str, str | None]:
    """'Brian Coupland LCC' → ('Brian Coupland', 'LCC'): the initials of the person's council or
    organisation after a full name (not post-nominals, not a surname printed in capitals)."""
    tokens = bare.split()
    if len(tokens) < 3 or not _ACRONYM.match(tokens[-1]) or tokens[-1].casefold() in _POST_FOLDED:
        return bare, None
    _title, name = split_honorifics(" ".join(tokens[:-1]))
    words = name.split()
    if len(words) < 2 or not re.fullmatch(r"(?:Mc|Mac|O'|O’)?[A-Z][a-z][\w'’-]*", words[-1]):
        return bare, None
    if not looks_like_name(" ".join(tokens[:-1])):
        return bare, None
    return " ".join(tokens[:-1]), tokens[-1]


_PUBLIC = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+number\s+of|no)?\s*"
    r"(?:other\s+)?(?:members?\s+of\s+(?:the\s+)?(?:public|press)|press|residents?|parishioners?)\.?$",
    re.I,
)


_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.\s?|[A-Z]\s){1,3}[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def _is_name_segment(seg: str, *, titled: bool = False) -> bool:
    """``titled``: a plural honorific ("Councillors Ashworth, Blake and Cooper") stands before the
    list, so a lone surname is a name."""
    bare, _ = _strip_parens(seg)
    if looks_like_name(bare):
        return True
    title, name = split_honorifics(bare.strip().strip(",;."))
    if title and _INITIALS_SURNAME.fullmatch(name):
        return True  # "Mrs. V. Senior": an honorific and initials make a surname that is also a word a name
    if titled:
        t = bare.strip().strip(",;.")
        if not t or any(ch.isdigit() or ch in "():;/@&" for ch in t):
            return False
        title, name = split_honorifics(t)
        return name_tokens_ok(name, titled=True, all_caps=name.isupper() and len(name.split()) > 1)
    return False


_INITIALS_ALIAS = re.compile(
    r"^(?P<name>[^()]+?)\s*\((?P<ini>[A-Z]{1,3}[a-z]?[A-Z]?)\)\s*[,–—-]?\s*(?P<role>.*)$"
)


def _name_alias_role(seg: str) -> tuple[str, str | None] | None:
    """'Helen Marsh (HM) Chair' → ('Helen Marsh', 'Chair'): the initials the minutes use for the person
    in brackets, the role after them."""
    m = _INITIALS_ALIAS.match(seg.strip())
    if not m or not looks_like_name(m.group("name")):
        return None
    return m.group("name").strip(), (m.group("role").strip(" ,") or None)


def _strong_name(cell: str) -> bool:
    """A cell that is surely a person (so a row of them is names in columns, not name and role): an
    honorific, an initial, or a known given name."""
    bare, _ = _strip_parens(cell)
    title, name = split_honorifics(bare)
    tokens = name.split()
    if title or not tokens:
        return bool(tokens)
    if (
        len(tokens) >= 2
        and not tokens[0].isupper()
        and re.fullmatch(r"(?:Mc|Mac)?[A-Z][A-Z'’-]+", tokens[-1])
    ):
        return True  # "Elspeth MORRISON": the surname in capitals (Scottish sederunts)
    return any(re.fullmatch(r"[A-Z]\.?", t) for t in tokens) or tokens[0].casefold() in FIRST_NAMES


def _name_with_post(cell: str) -> bool:
    """'Kev Ormond (Head of Housing)': a name with the person's post in brackets after it."""
    bare, parens = _strip_parens(cell)
    return bool(parens) and _roleish(parens[0]) and looks_like_name(bare)


def _role_then_name(seg: str) -> tuple[str, str] | None:
    """'Licensing Manager (T. Harding)' → ('Licensing Manager', 'T. Harding'): a role with the
    person in brackets after it, as licensing and fire authority minutes list officers."""
    m = re.fullmatch(r"(?P<role>[A-Z][^()]{2,80}?)\s*\((?P<name>[^()]+)\)", seg.strip())
    if not m or looks_like_name(m.group("role")):
        return None
    name = m.group("name").strip()
    if not looks_like_name(name) or not _roleish(m.group("role")):
        return None
    return m.group("role").strip(), name


def _role_dash_name(text: str) -> tuple[str, str] | None:
    """'Assistant Director, Highways and Transport – Paul Gorton' → (role, name): officers listed
    role first, the name after the last dash (the role may hold commas of its own)."""
    parts = re.split(r"\s+[–—-]\s+", text.strip())
    if len(parts) != 2:
        return None
    role, name = parts[0].strip(), parts[1].strip().rstrip(".,;")
    if looks_like_name(role) or not looks_like_name(name) or "," in name:
        return None
    if looks_like_name(role.split(",")[0]):
        return None  # "H McCallum, Director – Chilterdown Growth": the person first, the dash inside the role
    if not _roleish(role.replace(",", " ")):
        return None
    return role, name


def _name_then_role(text: str) -> tuple[str, str] | None:
    """'Judith Amankwah Head of Community Safety, Pendlebrook BC' → (name, role): a name and a role
    that were set apart by a TAB or a run of spaces the extraction collapsed to one space (Word's
    "Save as Web Page" writes the TAB as a span of &nbsp;). The longest leading name after which a
    role begins (a role word among its first words) wins."""
    tokens = text.split()
    if len(tokens) < 3 or "\t" in text:
        return None
    for n in range(min(6, len(tokens) - 1), 1, -1):
        cand = " ".join(tokens[:n])
        if not looks_like_name(cand):
            continue
        rest = " ".join(tokens[n:])
        run = re.split(r"\s*[,;(–—]|\s-\s", rest, maxsplit=1)[0].split()
        if not run or not run[0][:1].isupper():
            continue
        if len(rest.split()) == 1 and not _strong_name(cand):
            continue  # "Chilterdown Growth Board": a body's name, not "Name Role"
        if any(w.casefold().strip(".,") in ROLE_WORDS for w in run[:4]):
            return cand, rest
    return None


def _roleish(text: str) -> bool:
    """A job title as written before or around a name: capitalised words (and "of", "for", …) with a
    role word among them; prose ("Apologies received from Councillor") is not a role."""
    words = text.split()
    if not words or len(words) > 8:
        return False
    if any(
        not (w[:1].isupper() or w.casefold() in {"of", "for", "and", "the", "to", "&", "-", "–"})
        for w in words
    ):
        return False
    if split_honorifics(words[-1] + " X")[0] is not None:
        return False  # "… Councillor": an honorific, the name after it is the person's
    return any(w.casefold().strip(",.") in ROLE_WORDS for w in words)


# "Ackland, Frean*, Kitto": a footnote mark on a name (the key below says what it means, e.g.
# "* denotes attendance via video conference") is not part of the name
_NOTE_MARK = re.compile(r"(?<=[a-z])[*†‡]+(?=\s*(?:[,;&(]|and\b|$))")


def _parse_list(
    text: str, status: str, lines: list[PLine], *, title_prefix: str | None = None
) -> list[_Person]:
    """People in one logical entry: "Name, Role", "Name – Role", a comma/and list, or groups by ';'."""
    people: list[_Person] = []
    text = _SQUARE_INITIALS.sub("", text).strip().strip(".").strip()
    text = _NOTE_MARK.sub("", text)
    if not text:
        return people
    groups = [g.strip() for g in re.split(r";\s*(?:and\s+)?(?![^()]*\))", text) if g.strip()]
    groups = [g for g in groups if not _PUBLIC.match(g)] or groups  # "…; 2 members of the public"
    if len(groups) > 1 and not all(_starts_with_person(g) for g in groups):
        groups = [text]  # "Chair; Cabinet Member for …" is one role, not two groups
    for group in groups:
        people.extend(_parse_group(group, status, lines, title_prefix=title_prefix))
    return people


_ROLE_LABEL = re.compile(
    r"^(?P<role>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|to)){0,5})(?:\s*\([^()]{1,40}\))?\s*:\s*"
    r"(?P<rest>\S.*)$"
)


_GROUP_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,4}?)\s+[–—-]\s+(?P<rest>\S.*)$")


def _group_label(text: str) -> str | None:
    """'Hollinbrook – Cllrs A Patel (Chair), J Rossiter': the list after a group label (a council,
    a party, an organisation) when the label is not itself a person."""
    m = _GROUP_LABEL.match(text.strip())
    if not m or looks_like_name(m.group("label")):
        return None
    rest = m.group("rest")
    plural, after = plural_honorific(rest)
    first = re.split(r"[,;(]|\s+and\s+", after if plural else rest, maxsplit=1)[0].strip()
    if plural and first and _is_name_segment(first, titled=True) or not plural and looks_like_name(first):
        return rest
    return None


def _dash_entries(group: str) -> list[str] | None:
    """'R Lanyon - Town Clerk, Mrs A Tonkin - Administration Officer, 6 members of the public': a comma
    list of "Name – Role" entries (an "Also present" paragraph): the entries, when at least two are
    written with a dash and every other one is a person or the public; None otherwise."""
    segs = [g.strip() for g, _sep in _top_level_split(group, re.compile(r",\s*")) if g.strip()]
    if len(segs) < 2:
        return None
    dashed = 0
    for seg in segs:
        d = _DASH_SEP.search(seg)
        if d and _is_name_segment(seg[: d.start()]) and _starts_with_person(seg[: d.start()]):
            dashed += 1
        elif not (
            _PUBLIC.match(seg)
            or _is_name_segment(seg)
            or _role_then_name(seg)
            or _role_then_titled(seg)
            or _embedded_name(seg)
        ):
            return None
    return segs if dashed >= 2 else None


def _parse_group(group: str, status: str, lines: list[PLine], *, title_prefix: str | None) -> list[_Person]:
    people: list[_Person] = []
    prefix = title_prefix
    rdn = _role_dash_name(group)
    if rdn:
        return [_Person(raw=rdn[1], status=status, role=rdn[0], lines=lines, title_prefix=prefix)]
    labelled = _group_label(group)
    if labelled is not None:
        group = labelled
    lab = _ROLE_LABEL.match(group)
    if lab and not plural_honorific(lab.group("role"))[0] and _starts_with_person(lab.group("rest")):
        # "Independent Person: Mr Colin Cross", "Clerk: Mrs A Lee": the role first, as a label
        got = _parse_group(lab.group("rest"), status, lines, title_prefix=title_prefix)
        for p in got:
            p.role = f"{lab.group('role')}; {p.role}" if p.role else lab.group("role")
        return got
    plural, rest = plural_honorific(group)
    if plural:
        prefix, group = plural, rest
    whole = _name_alias_role(group)
    if whole and "(" not in (whole[1] or "") and not re.search(r"[,;]", whole[0]):
        # "Professor Ruth Olawale (RO) Non-Executive Member – Quality and Patient Experience"
        return [_Person(raw=whole[0], status=status, role=whole[1], lines=lines, title_prefix=prefix)]
    # "Name – Role" with a dash: the dash separates name and role
    dash = _DASH_SEP.search(group)
    dash_list = _dash_entries(group) if dash else None
    if dash_list:
        for seg in dash_list:
            got = _parse_group(seg, status, lines, title_prefix=prefix)
            emb = _embedded_name(seg) if not got else None
            if emb:  # "Cornwall Councillor S Tremayne": the role written before the name
                got = [_Person(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=prefix)]
            people.extend(got)
        return people
    if dash and _is_name_segment(group[: dash.start()]) and "," not in group[: dash.start()]:
        name_part, parens = _strip_parens(group[: dash.start()].strip())
        role_part = "; ".join(parens + [group[dash.end() :].strip()]).strip("; ")
        p = _Person(raw=name_part, status=status, role=role_part or None, lines=lines, title_prefix=prefix)
        return [p]
    segments = _top_level_split(group, _LIST_SEPS)
    expanded: list[tuple[str, str]] = []
    role_first = False
    for k, (seg, sep) in enumerate(segments):
        if (
            not _is_name_segment(seg, titled=bool(prefix))
            and not _role_then_name(seg)
            and not _name_alias_role(seg)
        ):
            rtt = _role_then_titled(seg)
            if rtt:
                people.append(
                    _Person(raw=rtt[1], status=status, role=rtt[0], lines=lines, title_prefix=prefix)
                )
                continue
            emb = _embedded_name(seg)
            if emb and (k == 0 or role_first) and _roleish(emb[0]):
                # "Chief Fire Officer Lee Barnes, Treasurer Nia Evans": the role written first
                role_first = True
                people.append(
                    _Person(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=prefix)
                )
                continue
            if emb and k > 0 and k + 1 == len(segments) and sep.strip() == "and" and _roleish(emb[0]):
                # "… Sadia Khan and Philip Marsh and Independent Member Julian Cobb": the last of the
                # list written with its role first
                people.append(_Person(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=None))
                continue
            if emb and k + 1 < len(segments):
                expanded.append((emb[0], sep))
                expanded.append((emb[1], ", "))
                continue
        expanded.append((seg, sep))
    for seg, sep in expanded:
        p_plural, p_rest = plural_honorific(seg)
        if p_plural:
            prefix, seg = p_plural, p_rest
        alias = _name_alias_role(seg)
        if alias:
            people.append(
                _Person(raw=alias[0], status=status, role=alias[1], lines=lines, title_prefix=prefix)
            )
            continue
        rn = _role_then_name(seg)
        if rn:
            people.append(_Person(raw=rn[1], status=status, role=rn[0], lines=lines))
            continue
        if _titled_literal(seg):
            people.append(_Person(raw=seg.strip(), status=status, lines=lines))
            continue
        if _is_name_segment(seg, titled=bool(prefix)):
            bare, parens = _strip_parens(seg)
            bare, org = _trailing_acronym(bare)
            role = "; ".join(([org] if org else []) + parens) or None
            people.append(_Person(raw=bare, status=status, role=role, lines=lines, title_prefix=prefix))
        elif people:
            if _PUBLIC.match(seg.strip()) or (
                (seg[:1].islower() or seg[:1].isdigit())
                and sep.strip() in {"and", "", "+"}
                and re.search(r"\bmembers? of the public\b|\bothers?\b", seg)
            ):
                continue
            joiner = " and " if sep.strip() == "and" else ", "
            prev = people[-1]
            prev.role = seg if not prev.role else prev.role + joiner + seg
    return people


def _starts_with_person(text: str) -> bool:
    t = text.strip()
    labelled = _group_label(t)
    if labelled is not None:
        t = labelled
    plural, rest = plural_honorific(t)
    if plural:
        t = rest
    if "\t" in t:
        return _is_name_segment(t.split("\t", 1)[0], titled=bool(plural))
    first = _top_level_split(t, re.compile(r"\s*[,;]\s*|\s+[–—-]\s+|\s+and\s+"))
    if not first:
        return False
    seg = first[0][0]
    lab = _ROLE_LABEL.match(t)
    if lab and not plural_honorific(lab.group("role"))[0] and lab.group("rest") != t:
        # "Labour:   Councillors S Akhtar (Chair), P Brannigan": a group label, then the list
        lab_plural, lab_rest = plural_honorific(lab.group("rest"))
        rest_first = _top_level_split(lab_rest, re.compile(r"\s*[,;]\s*|\s+and\s+"))
        if rest_first and _is_name_segment(rest_first[0][0], titled=bool(lab_plural)):
            return True
    if _is_name_segment(seg, titled=bool(plural)) or _role_then_name(seg) or _name_alias_role(seg):
        return True
    if _role_dash_name(t) or _role_then_titled(seg):
        return True
    emb = _embedded_name(seg)
    return bool(emb and _roleish(emb[0]) and len(emb[0].split()) <= 5)


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
_NAME_HEADER_RE = re.compile(
    r"^(?:(?:board|committee|panel|voting|council|cabinet|full)\s+)?(?:names?|members?|attendees?|councillors?|"
    r"representatives?|participants?|visitors?|directors?|governors?|trustees?)(?:\s+names?)?$"
)


class _NameHeaders:
    """The first cell of an attendance table's header row: "Name", "Member", "Board Member" …"""

    def __contains__(self, cell: object) -> bool:
        return isinstance(cell, str) and bool(_NAME_HEADER_RE.match(cell.strip().casefold()))


_NAME_HEADERS = _NameHeaders()


_HONORIFIC_START = re.compile(
    r"\s+(?=(?:County\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Prof|Revd)\.?\s+[A-Z])"
)


def _columns_to_tabs(text: str) -> str:
    """Names printed in columns ("Councillor A Smith (Chair)     Councillor B Jones", or with the gap
    lost: "Cllr E Fox Cllr G Hay") as TAB-separated cells, when every cell is a name."""
    lead = re.match(r"^(?P<hon>\S+(?:\s\S+)?)\s{2,}(?P<rest>\S.*\S\s{3,}\S.*)$", text) or re.match(
        r"^(?P<hon>(?:(?:County|Borough|Town|Parish|City)\s)?\S+) (?P<rest>[^\t]*\S\t.*)$", text
    )
    if lead and plural_honorific(lead.group("hon"))[0] and not plural_honorific(lead.group("hon"))[1]:
        # "Councillors  M Jordell      T Elsworth": the plural honorific as a label before the first
        # row of name columns; it is every cell's honorific
        hon = plural_honorific(lead.group("hon"))[0]
        cells = [c.strip() for c in _columns_to_tabs(lead.group("rest")).split("\t")]
        if len(cells) >= 2 and all(_is_name_segment(c) for c in cells):
            return "\t".join(f"{hon} {c}" for c in cells)
    if "\t" in text:
        return text
    for splitter in (re.compile(r"\s{2,}"), _HONORIFIC_START):
        cells = [c.strip() for c in splitter.split(text) if c.strip()]
        if len(cells) >= 2 and all("," not in c and _is_name_segment(c) and _strong_name(c) for c in cells):
            return "\t".join(cells)
    cells = [c.strip() for c in re.split(r"\s{3,}", text) if c.strip()]
    if len(cells) == 2:
        cells[0] = _surname_first(cells[0])  # "BALDERSTONE, Keith (Chairman)     Caverstone County Council"
    if len(cells) == 2 and (_is_name_segment(cells[0]) or _name_alias_role(cells[0])):
        return "\t".join(cells)  # "Gordon Ashdown (GA)      Non-Executive Director": name and role columns
    return text


_PARTY_ROW = re.compile(
    r"^(?:(?:LABOUR|CONSERVATIVES?|LIBERAL|DEMOCRATS?|INDEPENDENTS?|GREENS?|PLAID|CYMRU|SNP|REFORM|UK|UKIP|"
    r"RESIDENTS?|GROUP|PARTY|CO-OPERATIVE|LAB|CON|LIB|DEM|AND|&|MEMBERS|ASSOCIATION)[\s/,]*)+$"
)


def _label_pairs(text: str) -> str:
    """'Chairman<TAB>Cllr Halloran<TAB>Vice Chairman<TAB>Cllr Pengelly' (a layout table with a label
    cell before some names, two members a row) → 'Cllr Halloran (Chairman)<TAB>Cllr Pengelly (Vice
    Chairman)': each label belongs to the name right of it."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 3:
        return text
    out: list[str] = []
    label: str | None = None
    for c in cells:
        if _is_name_segment(c) and _strong_name(c):
            out.append(f"{c} ({label})" if label else c)
            label = None
        elif label is None and _roleish(c) and not _is_name_segment(c):
            label = c
        else:
            return text
    if label is not None or len(out) < 2 or len(out) == len(cells):
        return text
    return "\t".join(out)


def _with_prefix(text: str, prefix: str) -> str:
    """Cells of a surname list under "Present – Councillors", each given the honorific."""
    cells = [c.strip() for c in re.split(r"\t|\s{2,}", text) if c.strip()]
    out = []
    for c in cells:
        title, name = split_honorifics(c)
        if (
            not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", name)
            or (title and title.casefold().startswith(prefix.casefold()))
            or _roleish(c)  # "Chairman<TAB>Cllr Halloran": a label cell, not a surname
        ):
            return text  # not a column of surnames
        out.append(f"{prefix} {c}")
    return "\t".join(out) if len(out) > 1 else out[0] if out else text


_BULLET_LEAD = re.compile(r"^(?:[•·▪◦●*]|[-–](?=\s))\s*")


@dataclass
class _Logical:
    parts: list[str]
    lines: list[PLine]
    role_sep: bool = False  # True when a bare-name line was followed by its role line
    literal: bool = False  # one person written with characters no name has: kept whole


_ODD_CHARS = re.compile(r"[()\"=<>{}\\]|--(?=\s*$|[^\sA-Za-z])|'[);]")


def _titled_literal(seg: str) -> bool:
    """'Councillor O'Brien'); DROP TABLE x;--': an honorific and a surname followed by characters no
    name or role has (mangled text, or text crafted to break a database). It is one person, kept
    as written, never part of the previous person's role nor split at its semicolons."""
    if "\t" in seg:
        return False  # name and role columns
    title, name = split_honorifics(seg.strip())
    if not title or not name or len(name) > 80 or plural_honorific(seg.strip())[0]:
        return False
    first = re.match(r"^(?:Mc|Mac|O'|O’|D'|D’)?[A-Z][A-Za-z'’-]*", name)
    if not first or len(first.group(0)) < 2:
        return False
    # "(Chair)", "[part]" and a bracket left open at the line end (wrapped onto the next) are ordinary
    tail = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)|\s*\[[^\[\]]*\]|\s*\([^()]*$", "", name[first.end() :])
    return bool(_ODD_CHARS.search(tail))


def _under_second_cell(cur: _Logical, ln: PLine) -> bool:
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
    return bool(re.search(r"(?:[,;(&]|\band|\bfor|\bof|\bthe|[–—-])$", prev)) or prev.count("(") > prev.count(
        ")"
    )


# "The Right Worshipful the Deputy …": what may precede the civic office in both forms below
_CIVIC_LEAD = r"^(?P<office>(?:The\s+)?(?:(?:Right\s+)?Worshipful\s+(?:the\s+)?)?(?:Deputy\s+|Lord\s+)*"
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


def _civic(text: str) -> str:
    """'The Mayor (Councillor Margaret Osei) in the Chair', 'Deputy Mayor Councillor R Quinn': the
    person, with the civic office as the role."""
    for rx in (_CIVIC_BRACKET, _CIVIC_BEFORE):
        m = rx.match(text.strip())
        if m and looks_like_name(m.group("name")):
            return f"{m.group('name').strip()} ({m.group('office').strip()})"
    return text


def _bare_name_line(text: str) -> bool:
    t = text.strip()
    if "," in t or "\t" in t or _DASH_SEP.search(t):
        return False
    return _is_name_segment(t)


_GROUP_HEAD = re.compile(r"^(?:[Rr]epresenting\s+\S[^:]{1,80}:?|[A-Z][\w'’&-]*(?:\s+[\w'’&()-]+){0,5}:)$")


def _person_follows(body: list[PLine], k: int) -> bool:
    """The next non-blank line after ``k`` starts with a person (a group label sits over a list)."""
    nxt = next((x for x in body[k + 1 : k + 3] if not x.blank), None)
    return nxt is not None and _starts_with_person(_BULLET_LEAD.sub("", nxt.text.strip()))


def _role_bracket_names(text: str) -> str:
    """ "Joint Local Plan Manager (Helen Rowe); Committee Officer (Jo Penrose)": posts with the holder
    in brackets, rewritten "Helen Rowe (Joint Local Plan Manager); …" when every bracket is a name."""
    segs = [g.strip() for g in re.split(r";\s*", text.strip().rstrip(".")) if g.strip()]
    out = []
    for seg in segs:
        m = re.fullmatch(r"(?P<role>[A-Z][^()]{2,80}?)\s*\((?P<name>[^()]{3,40})\)", seg)
        if (
            not m
            or not _roleish(m.group("role").split(",")[0].strip())
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
    text = join_text(run)
    return len(text.split()) >= 4 and bool(_VERB_TAIL.search(text))


_DASH_CHAIR = re.compile(r"^(?P<p>[^,;()–—]{3,60}?)\s+[–—-]\s+(?P<role>in\s+the\s+chair)\.?$", re.I)


def _section_entries(
    body: list[PLine],
    status: str,
    rest: str,
    head_line: PLine,
    is_stop,
    key: dict[str, str] | None = None,
    doc_texts: list[str] | None = None,
) -> tuple[list[_Person], int]:
    """People of one section; returns (people, number of body lines consumed)."""
    logicals: list[_Logical] = []
    section_prefix, bare_rest = plural_honorific(rest.strip(" :–—-")) if rest else (None, "")
    if section_prefix and not bare_rest.strip():
        rest = ""  # "Present – Councillors" over columns of surnames: the honorific applies to all
    else:
        section_prefix = None
    if rest and rest[:1].islower() and not _starts_with_person(rest):
        # "Also in attendance: one representative of the Fire Brigades Union": nobody named; "the
        # Clerk; County Councillor R Ashcroft (…); 5 members of the public": the named ones only
        groups = [g.strip() for g in re.split(r";\s*(?![^()]*\))", rest)]
        rest = "; ".join(g for g in groups if g and g[:1].isupper() and _starts_with_person(g))
    chair = re.match(r"^(?P<p>[^,;()]{3,60}?),?\s+in\s+the\s+chair\.?$", rest.strip(), re.I) if rest else None
    if chair and _starts_with_person(chair.group("p")):
        rest = f"{chair.group('p')} (Chair)"  # "PRESENT: Councillor J Heseltine in the Chair"
    if rest:
        logicals.append(_Logical([_columns_to_tabs(_civic(rest))], [head_line]))
    columns: dict[str, int] | None = None
    col_starts: list[int] | None = None
    consumed = 0
    gap = False
    col_title: str | None = None  # "Councillor" alone over a column of names: the title of each
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
            columns is None
            and _lone_honorific(text)
            and (gap or not logicals)
            and _titled_follows(body, k, text)
        ):
            col_title = text.strip().rstrip(":")
            consumed = k + 1
            gap = False
            continue
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
            and not (columns is not None and _group_row(text, body[k + 1 : k + 3], columns, col_starts))
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
            if _KEY_HEAD.match(text):
                consumed = k + 1  # the key to the table's symbols
                continue
            cells = _row_cells(raw, col_starts) if col_starts and "\t" not in raw else text.split("\t")
            cells = [c.strip() for c in cells]
            name_idx = next(
                (i for c, i in sorted(columns.items(), key=lambda kv: kv[1]) if c in _NAME_HEADERS), 0
            )
            label_idx = _label_column(columns, name_idx)
            if label_idx is not None and label_idx < len(cells):
                # "Apologies  Cllr A<NEWLINE>  Cllr B": a group label written on its group's first row only
                if cells[label_idx]:
                    group_label = cells[label_idx]
                elif (
                    group_label
                    and name_idx < len(cells)
                    and _is_name_segment(_surname_first(cells[name_idx]))
                ):
                    cells[label_idx] = group_label
            name_cell = cells[name_idx] if name_idx < len(cells) else ""
            filled = [c for c in cells if c]
            if name_cell and _is_name_segment(_name_cell(name_cell)[0]) and len(filled) >= 1:
                logicals.append(_Logical(["\t".join(cells)], [ln]))
            elif not name_cell and filled and logicals and not gap:
                logicals[-1].parts.append(join_text(filled))  # a wrapped role or organisation cell
                logicals[-1].lines.append(ln)
            elif len(filled) == 1 and not _PROSE.search(text) and len(text.split()) <= 8:
                pass  # "Local Authority Members": a group label row inside the table
            elif col_starts is None and "\t" not in text and any("\t" in x.text for x in body[k + 1 : k + 3]):
                pass  # a row whose cells the extraction ran together: skipped, the table goes on
            else:
                break
            gap = False
            consumed = k + 1
            continue
        bi = re.match(r"^[\w.]+\s*/\s*(?P<t>[\w.]+)\s+(?=\S)", text)
        if bi and split_honorifics(bi.group("t") + " X")[0] and not _starts_with_person(text):
            text = text[bi.start("t") :]  # "Cyng. / Cllr. Ieuan Rees": the bilingual title, once
        text = _civic(text)
        dash_chair = _DASH_CHAIR.match(text)
        if (
            dash_chair
            and _starts_with_person(dash_chair.group("p"))
            and looks_like_name(dash_chair.group("p"))
        ):
            # "Councillor Greenhalgh – in the Chair": a list entry whose role is the chair, not the
            # closing sentence "Councillor Lindsay in the Chair." written after the lists
            text = f"{dash_chair.group('p')} ({dash_chair.group('role')})"
        if (
            re.search(r",?\s+in\s+the\s+chair\.?$", text, re.I)
            and (gap or not logicals)
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
            and not _starts_with_person(text)
            and _person_follows(body, k)
        ):
            # "Chilterdown Local Enterprise Partnership" after a gap, over "R Okafor, Chairman": a group
            # label (the body the people below represent), not the wrapped end of the last role
            consumed = k + 1
            gap = False
            continue
        if _GROUP_HEAD.match(text) and not _starts_with_person(text) and _person_follows(body, k):
            # "Representing NHS Glenmorie (NHSG):", "Community Partnership Chairs:": a group label over
            # one person per line; the list goes on under it
            consumed = k + 1
            gap = False
            continue
        if section_prefix:
            text = _with_prefix(text, section_prefix)
        text = _label_pairs(_columns_to_tabs(text))
        if "\t" in text:
            first, _tab, others = text.partition("\t")
            text = f"{_surname_first(first.strip())}\t{others}"  # "AKHTAR, Shazia<TAB>Caverstone CC"
        if "\t" not in text and not _starts_with_person(text):
            ntr = _name_org_split(text, doc_texts or []) or _name_then_role(text)
            if ntr:
                text = "\t".join(ntr)
        cells2 = [c.strip() for c in text.split("\t") if c.strip()]
        if (
            len(cells2) == 2
            and not _is_name_segment(cells2[0])
            and _roleish(cells2[0])
            and looks_like_name(cells2[1])
        ):
            text = f"{cells2[1]}\t{cells2[0]}"  # "Chief Fire Officer<TAB>Rachel Oyelowo": role first
        elif (
            len(cells2) == 2
            and text.count("\t") == 1
            and not _is_name_segment(cells2[0])
            and not _heading_status(cells2[0] + ":")
            and len(cells2[0].split()) <= 5
            and cells2[0][:1].isupper()
            and _starts_with_person(cells2[1])
            and not _starts_with_person(cells2[0])
        ):
            # "Primary Headteachers<TAB>Sarah Lockwood (Chair), Fieldhouse Primary School": a
            # membership category in the left column, the person in the right
            text = cells2[1]
        # "Labour:<TAB>Councillors S Akhtar (Chair), …": a group label cell, then the list
        text = re.sub(r"^([A-Z][^\t:]{1,40}):\t+(?=\S)", r"\1: ", text)
        if text.casefold().rstrip(":") in _COLUMN_WORDS:
            consumed = k + 1  # a table's header cells extracted one per line: "Members" / "Role"
            continue
        cur = logicals[-1] if logicals else None
        if _titled_literal(text):
            logicals.append(_Logical([text], [ln], literal=True))
            gap = False
            consumed = k + 1
            continue
        if cur is not None and cur.literal:
            cur = None  # nothing continues a literal entry
        starts = _starts_with_person(text)
        m_lab = re.match(r"^[A-Z][\w'’ -]{1,40}:\s+(?=\S)", text)
        if not starts and m_lab and not _heading_status(text[: m_lab.end()].strip()):
            # "Applicant's representative:   Mr Gareth Lowry, …": a role label, then the person
            starts = _starts_with_person(text[m_lab.end() :])
        if not starts and re.match(
            r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][\w'’-]+\s+[A-Z]", text
        ):
            starts = True  # "Dr Simon Penhaligon (on behalf of Westcliff": the bracket wraps to the next line
        if not starts and "\t" not in text and _PROSE.search(text):
            break  # "Meeting began at 1405 hours": the list is over
        if starts and (gap or not logicals) and _attendance_sentence(body, k):
            break  # "Miss A (…) and Mr B (…) were in attendance.": a sentence, read as one
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
        if (
            cur is not None
            and not starts
            and cur.parts[-1].rstrip().endswith(")")
            and re.fullmatch(r"[A-Z][^()]*\([^()]*\)", text)
            and _roleish(text[: text.index("(")].strip())
        ):
            # "Scrutiny Officer (GJ)": an entry of its own naming nobody, not more of the last one's role
            logicals.append(_Logical([text], [ln]))
            gap = False
            consumed = k + 1
            continue
        if (
            not starts
            and "\t" not in text
            and _roleish(text.rstrip(" ,;"))
            and (cur is None or not (len(cur.parts) == 1 and _bare_name_line(cur.parts[0])))
            and (cur is None or not _continues(join_text(cur.parts)))
            and (cur is None or gap or not _under_second_cell(cur, ln))
            # "…; Committee" / "Officer (Jo Penrose)": a semicolon list wrapping mid-entry goes on
            and (
                cur is None or gap or ";" not in cur.parts[-1] or cur.parts[-1].rstrip().endswith((";", "."))
            )
        ):
            # "Director of Care and Learning": a post listed without a name, naming nobody
            logicals.append(_Logical([text], [ln]))
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
            logicals.append(_Logical([text], [ln]))
        elif (
            cur is not None
            and gap
            and not text.endswith((".", ":"))
            and not ln.heading
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
    people: list[_Person] = []
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
    role_pairs = sum(1 for c in pairs if not _is_name_segment(c[1]))
    role_column = columns is None and role_pairs >= 3 and role_pairs * 2 >= len(pairs)
    for lg in logicals:
        if lg.literal:
            people.append(_Person(raw=lg.parts[0].strip(), status=status, lines=lg.lines))
            continue
        if columns is not None and "\t" in lg.parts[0]:
            people.extend(_table_row(lg, status, columns, key or {}))
            continue
        if "\t" in lg.parts[0]:
            cells = [c.strip() for c in lg.parts[0].split("\t")]
            named = [c for c in cells if c]
            if (
                len(named) >= 2
                and not (role_column and len(named) == 2)
                and all(
                    _is_name_segment(c) and not _roleish(split_honorifics(_strip_parens(c)[0])[1])
                    for c in named
                )
                # every cell surely a person, or (three or more columns) most of them
                and (
                    name_columns
                    # "Gill Spencer (Director of Place)<TAB>Kev Ormond (Head of Housing)": two officers
                    or all(_name_with_post(c) for c in named)
                    or sum(_strong_name(c) for c in named)
                    >= (len(named) if len(named) < 3 else len(named) / 2)
                )
                and len(lg.parts) == 1
            ):
                # "Cllr A Barker<TAB>Cllr B Carr<TAB>Cllr C Dale": names set out in columns
                name_columns = True  # the next rows of the grid are names too
                for c in named:
                    bare, parens = _strip_parens(c)
                    people.append(
                        _Person(raw=bare, status=status, role="; ".join(parens) or None, lines=lg.lines)
                    )
                continue
            role = join_text(cells[1:] + lg.parts[1:]) or None
            name_cell = cells[0]
            plural, rest_cell = plural_honorific(name_cell)
            if _is_name_segment(rest_cell if plural else name_cell):
                bare, parens = _strip_parens(rest_cell if plural else name_cell)
                parens = [
                    x for x in parens if not re.fullmatch(r"[A-Z]{1,4}[a-z]?", x.strip())
                ]  # "(AF)": initials
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
        text = _role_bracket_names(join_text(lg.parts))
        if status == "sub":
            text = re.split(r"\s+(?:for|substituting for|in place of|replacing|vice)\s+", text)[0]
        got = _parse_list(text, status, lg.lines)
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


# --------------------------------------------------------------------------- tables and status keys

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
    names = [c for c in named if c.casefold().rstrip(":") in _NAME_HEADERS]
    if len(names) != 1:
        return None
    for c in named:
        f = c.casefold().rstrip(":")
        if c == names[0]:
            continue
        if len(f.split()) > 4 or not (_COLUMN_HEADER.match(f) or _DATE_HEADER.match(c)):
            return None
    return [(s, c.casefold().rstrip(":")) for s, c in cells]


def _grid_status(header: str) -> str | None:
    return next((s for rx, s in _GRID_COLUMN if rx.match(header)), None)


def _is_value_column(header: str) -> bool:
    return bool(_VALUE_COLUMN.match(header) or _DATE_HEADER.match(header))


def is_grid_header(raw: str) -> bool:
    """A table header that by itself says who attended: status columns or an attendance column."""
    hdr = table_header(raw)
    return bool(hdr and any(_grid_status(c) or _is_value_column(c) for _, c in hdr))


_KEY_HEAD = re.compile(r"^\s*key(?:\s+to\s+(?:symbols|attendance))?\s*[:：–-]\s*(?P<body>.+)$", re.I)
_KEY_SYM = r"(?:\([a-z]\)|[A-Z]{1,2}\*?|[^\w\s(),;:=.]{1,2})"
_KEY_PAIR = re.compile(
    rf"(?:^|(?<=[\s;,]))(?P<sym>{_KEY_SYM})\s*(?:=|:|[–-](?=\s))?\s*(?P<meaning>[a-z][^;=]*?)"
    rf"(?=\s*;|\s+{_KEY_SYM}\s*(?:=|:|[–-](?=\s))?\s*[a-z]|\s*\.?\s*$)"
)


def _key_meaning(text: str) -> str | None:
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
        m = _KEY_HEAD.match(ln.text) if not ln.blank else None
        if not m:
            continue
        found = {}
        for pm in _KEY_PAIR.finditer(m.group("body")):
            meaning = _key_meaning(pm.group("meaning"))
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
    return None


def _row_cells(raw: str, starts: list[int]) -> list[str]:
    """A space-aligned row's cells placed under the header's columns by where each cell starts."""
    cells = [""] * len(starts)
    for pos, text in _cells_at(raw):
        idx = 0
        for i, s in enumerate(starts):
            if s <= pos + 3:
                idx = i
        cells[idx] = f"{cells[idx]} {text}".strip()
    return cells


def _group_row(text: str, following: list[PLine], columns: dict[str, int], starts: list[int] | None) -> bool:
    """'Local Authority Members' inside an attendance table: a short label row (often bold, so
    flagged as a heading) with a person's row after it."""
    if "\t" in text or len(text.split()) > 8 or re.match(r"^\d", text) or _PROSE.search(text):
        return False
    nxt = next((x for x in following if not x.blank), None)
    if nxt is None:
        return False
    raw = " " * nxt.indent + nxt.text.rstrip()
    cells = _row_cells(raw, starts) if starts and "\t" not in raw else raw.split("\t")
    name_idx = next((i for c, i in sorted(columns.items(), key=lambda kv: kv[1]) if c in _NAME_HEADERS), 0)
    return len(cells) > name_idx and _is_name_segment(_surname_first(cells[name_idx].strip()))


_LABEL_HEADER = re.compile(
    r"^(?:[\w ]*/)?(?:position|role|office|category|group|membership|type|status)(?:/[\w ]*)?$"
)


def _label_column(columns: dict[str, int], name_idx: int) -> int | None:
    """The column left of the names that labels groups of rows ("Position/Role": Chair, Members,
    Apologies, In Attendance), or None."""
    left = [(i, c) for c, i in columns.items() if i < name_idx]
    if len(left) != 1 or not _LABEL_HEADER.match(left[0][1]):
        return None
    return left[0][0]


def _name_cell(cell: str) -> tuple[str, str | None]:
    """A table's name cell: the name, and a role written after it ("Mr David Lenton, Independent Person")."""
    name = _surname_first(cell)
    if _is_name_segment(name) or "," not in cell:
        return name, None
    head, tail = (x.strip() for x in cell.split(",", 1))
    if _is_name_segment(head) and tail and not _is_name_segment(tail):
        return head, tail
    return name, None


def _table_row(lg: _Logical, status: str, columns: dict[str, int], key: dict[str, str]) -> list[_Person]:
    """One row of an attendance table under its header's columns: the name cell, the role and
    organisation cells, and the status from a status column (decoded by the key) or a grid mark."""
    cells = [c.strip() for c in lg.parts[0].split("\t")]
    order = sorted(columns.items(), key=lambda kv: kv[1])
    name_idx = next((i for c, i in order if c in _NAME_HEADERS), 0)
    name_cell, own_role = _name_cell(cells[name_idx]) if name_idx < len(cells) else ("", None)
    roles: list[str] = [own_role] if own_role else []
    st = status
    grid = False
    marks: list[str] = []
    partial = False
    label_idx = _label_column(columns, name_idx)
    label_role: str | None = None
    for hdr, idx in order:
        if idx == name_idx or idx >= len(cells):
            continue
        val = cells[idx]
        if idx == label_idx and val:
            hs = _heading_status(val + ":")
            if hs and not hs[1] and hs[0] in {"present", "in_attendance", "apologies", "absent", "sub"}:
                st = hs[0]  # the group label is the status ("Apologies", "In Attendance", "Substitutes")
                if hs[0] == "sub":
                    label_role = val[:-1] if val.endswith("tes") else val  # "Substitutes" → "Substitute"
                continue
            label_role = val  # "Chair", "Deputy-chair": an office, the person present
            continue
        col = _grid_status(hdr)
        if col:
            grid = True
            if val:
                marks.append(col)
                partial = partial or any(m == "partial" and sym in val for sym, m in key.items())
        elif _is_value_column(hdr):
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
    if not _is_name_segment(name_cell):
        return []
    bare, parens = _strip_parens(name_cell)
    parens = [x for x in parens if not re.fullmatch(r"[A-Z]{1,4}[a-z]?", x.strip())]
    role_parts = ([label_role] if label_role else []) + parens + ([join_text(roles)] if roles else [])
    if partial:
        role_parts.append("part")
    return [_Person(raw=bare, status=st, role="; ".join(role_parts) or None, lines=lg.lines)]


_SURNAME_FIRST = re.compile(
    r"^(?P<sur>(?:MC|MAC|O'|O’|D'|D’|DE'|DE )?[A-Z][A-Z'’]+(?:[- ][A-Z][A-Z'’]+)?),\s+(?P<rest>[A-Z][^,]*)$"
)


def _initials_dropped(cell: str) -> str:
    """'Owen Tasker-Hulme OTH' → 'Owen Tasker-Hulme': the initials the minutes use for a person,
    printed after the name in the attendance list (only when they are that name's initials)."""
    m = re.match(r"^(?P<name>.+?)\s+(?P<ini>[A-Z]{2,4})(?P<tail>\s*\(.*\))?$", cell.strip())
    if not m:
        return cell
    title, name = split_honorifics(m.group("name"))
    words = [w for w in name.split() if w.casefold().strip(".,") not in _POST_FOLDED]
    if len(words) < 2:
        return cell
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    if m.group("ini") not in {whole.upper(), parts.upper()}:
        return cell
    return m.group("name") + (m.group("tail") or "")


def _surname_first(cell: str) -> str:
    """'BALDERSTONE, Keith (Chairman)' → 'Keith BALDERSTONE (Chairman)'; 'WALLACE, Dr Helen' →
    'Dr Helen WALLACE'; post-nominals stay last ('VAUGHAN-LEE, Colonel Richard OBE'). Only a surname
    in capitals before the comma: "Smith, Chair" is a name and a role."""
    cell = _initials_dropped(cell)
    m = _SURNAME_FIRST.match(cell.strip())
    if not m:
        return cell
    rest, parens = m.group("rest"), ""
    pm = re.search(r"\s*\(.*$", rest)
    if pm:
        rest, parens = rest[: pm.start()], rest[pm.start() :]
    words = rest.split()
    tail: list[str] = []
    while words and words[-1].casefold().strip(".,") in _POST_FOLDED:
        tail.insert(0, words.pop())
    if not words:
        return cell
    return " ".join([*words, m.group("sur"), *tail]) + parens


# --------------------------------------------------------------------------- sentences

_NAME_LIST = r"(?P<list>(?:[A-Z(][^.;:]*?))"
# A character of a list of names in a sentence: a full stop only after an initial or an honorific
# ("Cllr M. Jones", "Dr. Patel"), never the stop that ends the sentence.
_LIST_CHARS = (
    r"(?:[^.;:]|(?<=\b[A-Z])\.(?=\s*[A-Z])|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\."
    r"|(?<=\bCllr)\.|(?<=\bCllrs)\.)"
)
_APOLOGY_SENT = re.compile(
    r"\bapolog(?:ies|y)(?:\s+for\s+(?:absence|inability\s+to\s+attend))?"
    # "Apologies for absence from the meeting were submitted on behalf of …"
    r"(?:\s+(?:from|at|for)\s+(?:the|this|today's)\s+meeting)?"
    r"(?:\s+with\s+(?:a\s+)?(?:valid\s+)?reasons?(?:\s+for\s+absence)?)?\s+(?:were|had\s+been|have\s+been|was|be)?\s*"
    r"(?:also\s+)?"
    r"(?:received|submitted|tendered|given|noted|reported|recorded|made|intimated|presented|offered|accepted)?\s*"
    r"(?:and\s+(?:accepted|noted|approved)\s+)?"
    r"(?:for\s+absence\s+)?(?:from|on\s+behalf\s+of|by)\s+(?:the\s+following\s*:?\s*)?(?P<list>"
    + _LIST_CHARS
    + r"+?)"
    r"(?=\s*(?:(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bCllrs)[.;:](?:\s|$)|$|"
    r",?\s+(?:who|and\s+(?:it|the)\b)|,?\s+with\s+(?=[^.;]{3,160}?\s(?:attending|present)\s+(?:as|in)\b)))",
    re.IGNORECASE,
)
# "… from Gareth Lomax (Corporate Director) with Nadia Sheikh (Director, …) attending as his
# representative": the stand-in attended (an officer or member sent in the absentee's place)
_STAND_IN = re.compile(
    r"\bwith\s+(?P<list>[A-Z][^.;]{2,160}?)\s+(?:attending|present)\s+(?:as\s+(?:his|her|their)\s+"
    r"(?:representative|substitute|deputy|nominee)|in\s+(?:his|her|their)\s+(?:place|stead))\b"
)
# "Cllr I Wroth & Cllr H Wroth sent apologies."
_SENT_APOLOGIES = re.compile(
    r"(?:^(?:[•·▪*–-]\s*)?|(?<=[.;]\s))(?P<list>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.)*?)\s+"
    r"(?:also\s+)?(?:sent|gave|tendered|offered|had\s+(?:also\s+)?sent)\s+"
    r"(?:(?:their|his|her)\s+)?apolog(?:ies|y)\b(?!\s+for\s+(?:lateness|late\s+arrival|arriving\s+late|leaving))"
)
# "The following Councillors were present: Ann Hart, Ben Ives and Cara Jay."
_FOLLOWING_PRESENT = re.compile(
    r"\b(?:The\s+following|Those)\s+(?:(?:Councillors|Members|officers|people)\s+)?(?:were\s+)?"
    r"(?P<what>present|in\s+attendance|also\s+present|sent\s+apologies|gave\s+apologies|absent)"
    r"(?:\s+were)?\s*:\s*(?P<list>[^.;:]+)"
)


# "Also in attendance were Mr K Dilworth (Engineering Assistant) and Ms V Eastham (…).", "Present were …":
# the verb before the list
_WERE_LIST = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<what>also\s+in\s+attendance|in\s+attendance|also\s+present|present|also\s+attending)"
    r"\s+(?:were|was)\s*:?\s+(?P<list>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bDr)\.)*)",
    re.I,
)
# "The Chairman welcomed Ms F McNally (Team Leader, Environment Agency) and Mr T Nunnery (…)": guests
# named in a welcome were at the meeting. Only titled people directly after the verb count; a
# welcome "to" someone's first meeting of a member already listed adds nobody.
_WELCOMED = re.compile(
    r"\b(?:also\s+)?welcomed\s+(?P<list>(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Revd|Sir|Dame)"
    r"\.?\s)(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bDr)\.)*)"
)


_SUBSTITUTED_BY = re.compile(
    r",?\s+who\s+(?:was|were|had\s+been|is)\s+(?:substituted|replaced|represented)\s+by\s+"
    r"(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+(?=[,.;]|\s+and\b)"
    # "…, for whom Councillor Colin Haddow attended as substitute, and from …"
    r"|,\s+for\s+whom\s+(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+"
    r"\s+(?:attended|was\s+present|substituted|deputised)(?:\s+as\s+(?:a\s+)?substitute)?(?=[,.;])"
)


def _following_status(what: str) -> str:
    w = what.casefold()
    if "apolog" in w:
        return "apologies"
    if w == "absent":
        return "absent"
    return "in_attendance" if ("attendance" in w or "also" in w) else "present"


_ALSO_SENT = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<list>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bCllr)\.|(?<=\bCllrs)\.)*?)\s+(?:was|were)\s+"
    r"(?P<what>also\s+present|"
    r"also\s+in\s+attendance|in\s+attendance|present|absent|in\s+the\s+[Cc]hair)\b",
)
_SUB_SENT = re.compile(
    r"(?P<sub>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:attended|was\s+present|acted|was\s+in\s+attendance|sat)\s+as\s+"
    r"(?:a\s+|the\s+)?substitute\s+for\s+(?P<for>(?:[A-Z][\w'’.-]*\s*){1,5})"
    r"|(?P<sub2>(?:[A-Z][\w'’.-]*\s+){1,6}?)substituted\s+for\s+(?P<for2>(?:[A-Z][\w'’.-]*\s*){1,5})"
    # "Councillor Dominic Garrard advised that he would be substituting for Councillor Sadia Khan"
    r"|(?P<sub3>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:advised|confirmed|indicated|announced|stated|explained)\s+"
    r"that\s+(?:he|she|they)\s+(?:would\s+be|was|were|is|are)\s+substituting\s+for\s+"
    r"(?P<for3>(?:[A-Z][\w'’.-]*\s*){1,5})",
)
# "Ms R. Quayle, Contract Manager, Active Leisure Trust, attended the meeting for this item."
_ATTENDED_SENT = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|PC|PCSO|Sgt|Sergeant|Inspector|Insp)"
    r"\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)"
    # "Ms R. Quayle, Contract Manager, …, attended", "PC Daniel Frith of the Neighbourhood Policing Team attended"
    r"(?:,\s+(?P<role>[^.;]{3,120}?),?|\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^.;,]{3,80}?))\s+"
    r"(?:attended|was\s+in\s+attendance\s+at)\s+(?:the\s+meeting|for\b)"
)
_MOVE_SENT = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:left|arrived|joined|entered|withdrew\s+from)\s+"
    r"(?:the\s+)?(?:meeting|room|chamber|at\b|during\b|late\b|\d)",
)

_ARRIVAL = re.compile(r"(?:arrived|joined|entered)\s+(?:the\s+)?(?:meeting|room|chamber)\b")


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
    text = re.sub(r"\b(and|,)\s+from\s+", r"\1 ", text)  # "… Councillor Moss and from Mr Nye"
    out = _parse_list(text, status, lines)
    return out


# "The following substitutions were noted:" over "Helen Ashdown for Peter Tamplin (Radwell)" lines
_SUBSTITUTION_CUE = re.compile(r"\bsubstitut(?:ions?|es?)\b", re.I)
_SUBSTITUTION_LINE = re.compile(
    r"^(?P<sub>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+(?:substituting\s+for|for|in\s+place\s+of|replacing)\s+"
    r"(?P<for>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*(?:\((?P<note>[^()]{1,40})\))?\.?$"
)


def _overrule(entry: AttendanceEntry, raw: str, status: str) -> None:
    """A member the list shows (a standing membership list) whom the minutes then record as sending
    apologies or as substituted: the later, specific record wins, under its fuller name."""
    entry.status = status  # type: ignore[assignment]
    title, name = split_honorifics(raw.strip().strip(",;."))
    if len(person_key(name)) > len(entry.person_key):
        entry.name = name
        entry.person_key = person_key(name)
        entry.title = entry.title or title


_HONORIFIC_LINE = re.compile(r"^(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]")
# the line ends on a surname (a capitalised word, not an initial or a linking word): nothing is left open
_NAME_END = re.compile(r"\s[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")


def _lost_breaks(text: str, plines: list[PLine]) -> str:
    """A sentence that ends at a line end without its full stop, the next sentence starting on the next
    line ("… received from Cllrs. Kembery and Tennant" / "Cllrs. Osgood and Varley were also present."):
    in PDF text the blank line between them is often lost, and the two lists would run together. A
    long line (a sentence, not a name on a line of its own) that ends on a surname, followed by a line
    that starts with an honorific, ends its sentence."""
    rows = [x.text.strip() for x in plines if x.text.strip()]
    if len(rows) < 2:
        return text
    segs: list[list[str]] = [[rows[0]]]
    cut = False
    for prev, row in zip(rows, rows[1:], strict=False):
        if len(prev.split()) >= 6 and _NAME_END.search(prev) and _HONORIFIC_LINE.match(row):
            segs.append([row])
            cut = True
        else:
            segs[-1].append(row)
    return ". ".join(join_text(seg) for seg in segs) if cut else text


def _add_unlisted(entries: list[AttendanceEntry], person: _Person) -> AttendanceEntry | None:
    """Add ``person`` unless the entries already list them (a sentence repeating a list, or two
    sentences naming the same person); the new entry, or None."""
    if _lookup(entries, person.raw):
        return None
    entry = _finish(person)
    if entry:
        entries.append(entry)
    return entry


def sentence_attendance(paragraphs: list[tuple[str, list[PLine]]], entries: list[AttendanceEntry]) -> None:
    """Apologies/substitutes/absences written as sentences, and partial attendance ("left the meeting
    at …"); people already listed are not added twice."""
    for text, plines in paragraphs:
        flat = re.sub(r"\s+", " ", _lost_breaks(text, plines))
        # "from Councillor Daley, who was substituted by Councillor Packwood, Councillor Ninham, …": the
        # substitute clauses interrupt the list of apologies (the substitutes are listed as present)
        flat = _SUBSTITUTED_BY.sub("", flat)
        for m in _SUB_SENT.finditer(flat):
            sub = _name_from_tail((m.group("sub") or m.group("sub2") or m.group("sub3") or "").strip())
            if sub:
                _add_unlisted(entries, _Person(raw=sub, status="present", lines=plines, substitute=True))
        if _SUBSTITUTION_CUE.search(flat) or any(
            _SUBSTITUTION_LINE.match(x.text.strip()) for x in plines[:1]
        ):
            for x in plines:
                m_s = _SUBSTITUTION_LINE.match(x.text.strip())
                if not m_s or not looks_like_name(m_s.group("sub")) or not looks_like_name(m_s.group("for")):
                    continue
                absent = _lookup(entries, m_s.group("for"))
                if absent is not None and absent.status == "present" and not absent.substitute:
                    _overrule(absent, m_s.group("for"), "apologies")
                elif absent is None:
                    _add_unlisted(entries, _Person(raw=m_s.group("for"), status="apologies", lines=[x]))
                role = f"substitute for {m_s.group('for')}" + (
                    f" ({m_s.group('note')})" if m_s.group("note") else ""
                )
                _add_unlisted(
                    entries,
                    _Person(raw=m_s.group("sub"), status="present", role=role, lines=[x], substitute=True),
                )
        for m in _APOLOGY_SENT.finditer(flat):
            # "No apologies had been received from Mr Hollings": he sent none, so his absence stands
            negated = bool(re.search(r"\bno\s*$", flat[max(0, m.start() - 4) : m.start()], re.I))
            negated = negated or bool(re.match(r"(?i)no\b", m.group(0)))
            overrulable = {"present"} if negated else {"present", "absent"}
            for p in _sentence_people(m.group("list"), "apologies", plines):
                hit = _lookup(entries, p.raw)
                if hit is not None and hit.status in overrulable and not hit.substitute and not hit.partial:
                    # named as present (a membership list, or a template line left in) and minuted as
                    # sending apologies: a person cannot be both; the minuted apology wins
                    _overrule(hit, p.raw, "apologies")
                if not hit:
                    _add_unlisted(entries, p)
        for m in _STAND_IN.finditer(flat):
            for p in _sentence_people(m.group("list"), "in_attendance", plines):
                _add_unlisted(entries, p)
        for rx, status in ((_SENT_APOLOGIES, "apologies"), (_FOLLOWING_PRESENT, None)):
            for m in rx.finditer(flat):
                st = status or _following_status(m.group("what"))
                for p in _sentence_people(m.group("list"), st, plines):
                    _add_unlisted(entries, p)
        for m in _ALSO_SENT.finditer(flat):
            what = m.group("what").casefold()
            if re.match(r"\s+and\s+(?:was|were)\s+(?:not\s+)?represented\b", flat[m.end() :]):
                continue  # "Mr Dargie was present and was not represented": a party to a hearing
            status = (
                "absent"
                if what == "absent"
                else "present"
                if what == "present" or what.endswith("chair")
                else "in_attendance"
            )
            lst = m.group("list")
            # only the subject: drop a leading clause ("In addition, …")
            lst = re.sub(r"^.*?,\s+(?=(?:Cllr|Councillors?|County|Mr|Mrs|Ms|Miss|Dr)\b)", "", lst)
            for p in _sentence_people(lst, status, plines):
                _add_unlisted(entries, p)
        for m in _WERE_LIST.finditer(flat):
            what = m.group("what").casefold()
            status = "present" if what == "present" else "in_attendance"
            for p in _sentence_people(m.group("list"), status, plines):
                _add_unlisted(entries, p)
        for m in _WELCOMED.finditer(flat):
            # "… to the meeting", "… to his first meeting": the list ends before "to"
            lst = re.split(r"\s+(?:to|as|who|on|for)\s+(?![^()]*\))", m.group("list"), maxsplit=1)[0]
            got = _sentence_people(lst, "in_attendance", plines)
            if not got or not all(split_honorifics(p.raw)[0] or p.title_prefix for p in got):
                continue
            for p in got:
                _add_unlisted(entries, p)
        for m in _ATTENDED_SENT.finditer(flat):
            who = m.group("who").strip()
            if looks_like_name(who):
                role = (m.group("role") or m.group("org") or "").strip() or None
                _add_unlisted(entries, _Person(raw=who, status="in_attendance", role=role, lines=plines))
        for m in _MOVE_SENT.finditer(flat):
            who = _name_from_tail(m.group("who").strip())
            if not who:
                continue
            e = _lookup(entries, who)
            if e is not None:
                e.partial = True
            elif _ARRIVAL.match(flat, m.end("who")) and re.match(r"(?:Cllr|Councillor)\b", who):
                # "(At 6:38pm … Councillor Pacey entered the meeting.)": a member no list names who
                # arrived late was there for part of the meeting
                e = _finish(_Person(raw=who, status="present", lines=plines))
                if e:
                    e.partial = True
                    entries.append(e)


_APOLOGY_ITEM = re.compile(
    r"^apologies(?:\s+for\s+absence)?(?:\s+(?:and|&)\s+(?:substitut\w+|temporary\s+appointments?))?"
    # "Apologies Received – Cllrs G Mapp (prior engagement) and T Bayliss (ill)"
    r"(?:\s+(?:received|noted|accepted|tendered))?"
    # "APOLOGIES FOR ABSENCE (Item A1)": the agenda reference printed after the title
    r"(?:\s*\((?:agenda\s+)?item\s+[\w.]{1,6}\))?"
    r"\s*(?:[:：‒–—-]\s*(?P<rest>\S.*)?)?$",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(
    r"^(?:(?:agenda\s+)?item\s+|minute\s+)?(?=[\w/.()-]*\d)[\w/.()-]{1,14}[.:]?\s+|^\([a-z]\)\s+", re.I
)
# "These were received from Councillors …" under an "(a) APOLOGIES FOR ABSENCE -" item
_THESE_RECEIVED = re.compile(
    r"^(?:(?:these|they|apologies(?:\s+for\s+absence)?)\s+(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:received|submitted|tendered|given|intimated)\s+(?:from|by|on\s+behalf\s+of)\s+(?=[A-Z])",
    re.I,
)


_NO_APOLOGY = re.compile(
    r"^(?P<who>[A-Z][^,;:()–—]{2,60}?)\s*(?:[–—,:]|\s-)?\s*\(?\s*no\s+apolog(?:y|ies)"
    r"(?:\s+(?:was\s+|were\s+|had\s+been\s+)?(?:received|given|sent|offered|tendered))?\s*\)?\.?$",
    re.I,
)


_MINUTE_LABEL = re.compile(r"^minutes?\s*:$", re.I)


def _one_person_line(text: str) -> bool:
    """A line that is one person's name and nothing else (an honorific allowed, no role, no prose)."""
    t = text.strip().rstrip(".,;")
    if not t or re.search(r"[,;:()\t]|\s[–—-]\s", t) or len(t.split()) > 6:
        return False
    title, name = split_honorifics(t)
    return bool(name) and looks_like_name(t) and (title is not None or _is_name_segment(t))


def item_apologies(lines: list[PLine], entries: list[AttendanceEntry]) -> None:
    """Apologies listed under a numbered item of that name rather than a heading: "3. Apologies for
    absence" then "Cllr Garland (work).", or run into the title: "23/061 Apologies for absence ‒ Mr
    Pargeter (holiday); Mrs Winstanley (family commitment). Apologies accepted." Only the leading
    sentences that are lists of people count."""
    from minutebook.parse.layout import split_sentences

    n = len(lines)
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        num = _ITEM_NUMBER.match(ln.text.strip())
        if not num:
            continue
        m = _APOLOGY_ITEM.match(ln.text.strip()[num.end() :].strip())
        if not m:
            continue
        body: list[PLine] = []
        if m.group("rest"):
            body.append(PLine(ln.idx, m.group("rest"), ln.indent, ln.page, ln.start, ln.end))
            j = i + 1
        else:
            j = i + 1
            while j < n and lines[j].blank and j <= i + 2:
                j += 1
        if not body and j < n and _MINUTE_LABEL.match(lines[j].text.strip()):
            j += 1  # "Minutes:": the label ModernGov prints between an item's title and its minute
        while j < n and not lines[j].blank and len(body) < 12:
            if _ITEM_NUMBER.match(lines[j].text.strip()) and body:
                break
            body.append(lines[j])
            j += 1
        if len(body) >= 2 and all(_one_person_line(b.text) for b in body):
            # one person a line ("Councillor P A Birkin" / "Insp Carl Devereux" / "Jasbir Gill"): each
            # line is a person, where joined into one sentence they would run together
            for b in body:
                if _lookup(entries, b.text.strip().rstrip(".,;")):
                    continue
                e = _finish(_Person(raw=b.text.strip(), status="apologies", lines=[b]))
                if e:
                    entries.append(e)
            continue
        if body and re.fullmatch(r"\((?:agenda\s+)?(?:no|item)\.?\s*\d+\)", body[0].text.strip(), re.I):
            # "(Agenda No. 1)" under the title, then the apologies after a blank line
            j = i + 1 + len(body)
            while j < n and lines[j].blank and len(body) < 3:
                j += 1
            body = []
            while j < n and not lines[j].blank and len(body) < 12:
                body.append(lines[j])
                j += 1
        if body and "\t" in body[0].text and re.match(r"(?i)^\s*apolog", body[0].text):
            # "Apology from<TAB>Temporary Appointment": the first column of each row sent apologies
            for row in body[1:]:
                cell = row.text.split("\t")[0].strip()
                for p in _parse_list(cell, "apologies", [row]) if cell else []:
                    _add_unlisted(entries, p)
            continue
        if not body:
            continue
        text = join_text([b.text for b in body])
        for sent in split_sentences(text):
            sent = _THESE_RECEIVED.sub("", sent)
            m_abs = _NO_APOLOGY.match(sent.strip())
            if m_abs and looks_like_name(m_abs.group("who")):
                # "Cllr Tom Youd – no apologies received.": named under Apologies, absent without one
                _add_unlisted(entries, _Person(raw=m_abs.group("who"), status="absent", lines=body))
                continue
            if not _starts_with_person(sent) or _PROSE.search(re.sub(r"\([^()]*\)", "", sent)):
                break
            for p in _parse_list(sent, "apologies", body):
                _add_unlisted(entries, p)


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
                e = _finish(_Person(raw=name, status=status, role=role, lines=[lines[idx]]))
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
        if _PROSE.search(bare) or ":" in bare or bare.count(",") < 2:
            continue
        people = _parse_list(text.rstrip("."), "present", para)
        segs = _top_level_split(text.rstrip("."), _LIST_SEPS)
        if (
            len(people) < 3
            or len(people) != len(segs)
            or not all(p.title_prefix or split_honorifics(p.raw)[0] for p in people)
        ):
            continue
        for p in people:
            e = _finish(p)
            if e and not _lookup(entries, p.raw):
                entries.append(e)
        return set(range(a, j)) | _headless_officers(lines, j, end, entries)
    return set()


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
        if not m or not looks_like_name(m.group("name")) or not _roleish(m.group("role").replace(",", " ")):
            if k + 1 < end and not lines[k + 1].blank and len(found) < 2:
                return set()  # more text in the same block: not a list of officers
            break
        found.append((k, m.group("name"), m.group("role")))
        k += 1
    if len(found) < 2:
        return set()
    for idx, name, role in found:
        e = _finish(_Person(raw=name, status="in_attendance", role=role, lines=[lines[idx]]))
        if e and not _lookup(entries, name):
            entries.append(e)
    return set(range(a, k))


# Headings of the minutes' own sections: never the wrapped end of someone's role.
_SECTION_WORDS = frozenset(
    {"items", "item", "minutes", "agenda", "business", "declarations", "decisions", "actions", "notes"}
    | {"open business", "public business", "part a", "part 1", "part i", "welcome", "introductions"}
)
_COLUMN_WORDS = frozenset(
    {"members", "member", "name", "names", "role", "roles", "title", "organisation", "position"}
    | {"representing", "designation", "job title", "attendance"}
)


def _column_header_at(lines: list[PLine], k: int) -> bool:
    """Is line k the first cell of a table header extracted one cell per line ("Members" then "Role")?"""
    if lines[k].text.strip().casefold().rstrip(":") not in {"members", "member", "name", "names"}:
        return False
    j = k + 1
    while j < len(lines) and lines[j].blank and j <= k + 2:
        j += 1
    return j < len(lines) and lines[j].text.strip().casefold().rstrip(":") in _COLUMN_WORDS - {
        "members",
        "member",
        "name",
        "names",
    }


_SENTENCE_GAP = re.compile(r"(?<=[a-z)][.;])\s+(?=[A-Z])")


def split_inline_headings(lines: list[PLine]) -> list[PLine]:
    """A second attendance heading run into a paragraph after a full stop ("… Messrs Bardsley, Hext.
    Also present: Mrs C Rundle (Clerk)") starts a line of its own, so it starts a section."""
    out: list[PLine] = []
    for ln in lines:
        if ln.blank or len(ln.text) < 12:
            out.append(ln)
            continue
        cur = ln
        while True:
            cut = None
            for m in _SENTENCE_GAP.finditer(cur.text):
                tail = cur.text[m.end() :]
                hs = _heading_status(tail)
                if hs and hs[0] not in {"chair", "inherit"} and re.match(r"^[^:：]{3,40}[:：]", tail):
                    cut = m
                    break
            if cut is None:
                out.append(cur)
                break
            head = cur.text[: cut.start()]
            tail = cur.text[cut.end() :]
            at = min(cur.end, cur.start + cut.end())
            out.append(PLine(cur.idx, head, cur.indent, cur.page, cur.start, at, cur.heading))
            cur = PLine(cur.idx, tail, cur.indent, cur.page, at, cur.end, False)
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
        if not m or not t or _heading_status(ln.text):
            continue
        label = f"{m.group('label').strip()} {t.group('tail').strip()}"
        joined = f"{label}:\t{m.group('rest')}"
        if not _heading_status(joined):
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


def _heading_sentence(status: str, rest: str, body: list[PLine]) -> tuple[list[_Person], int] | None:
    """'APOLOGIES:  Apologies for absence from the meeting were submitted on behalf of Councillors
    K P Gulson and S Wakeley.': a heading whose text is a sentence (wrapped over the lines below it);
    the people are the sentence's list, read as a sentence, not the words of the paragraph."""
    if status != "apologies" or not re.match(r"(?i)apolog", rest):
        return None
    para = [rest]
    k = 0
    while k < len(body) and not body[k].blank:
        para.append(body[k].text)
        k += 1
    m = _APOLOGY_SENT.search(re.sub(r"\s+", " ", " ".join(para)))
    if not m:
        return None
    return _sentence_people(m.group("list"), "apologies", []), k


# The posts of a council's own staff: written against a name in a "Present" list, the holder attends
# as an officer (SCHEMA: officers are in attendance), not as a member
_OFFICER_POST = re.compile(
    r"^(?:(?:deputy|assistant|acting|locum|interim)\s+)?(?:(?:town|parish|city|village|community|committee|"
    r"council|democratic services)\s+)?(?:clerk|clerk\s+(?:and|&|/)\s+(?:rfo|responsible financial officer)"
    r"|responsible financial officer|rfo|minute[- ]taker|proper officer)$",
    re.I,
)


def _officer_post(e: AttendanceEntry) -> bool:
    if not e.role or (e.title or "").casefold().startswith(("cllr", "councillor", "county councillor")):
        return False
    return bool(_OFFICER_POST.match(e.role.strip().strip("()").strip()))


_KEY_LINE = re.compile(r"^[*†‡#]\s*(?:denotes|indicates|=|means)\s", re.I)


def _numbered_heading(text: str) -> tuple[str, str] | None:
    """ "PL23/041 PRESENT", "1. Present", "Minute 2 - In Attendance": an attendance heading numbered as
    an agenda item (town and parish minutes number every paragraph). Only a bare heading counts
    ("3. Apologies for absence" is read by :func:`item_apologies`, a titled item is not a list)."""
    t = text.strip()
    num = _ITEM_NUMBER.match(t)
    if not num:
        return None
    got = heading_status(t[num.end() :].strip())
    if got is None or got[1] or got[0] not in {"present", "in_attendance", "absent"}:
        return None
    return got


def parse_sections(lines: list[PLine], is_stop) -> tuple[list[AttendanceEntry], set[int]]:
    """Attendance sections anywhere in the minutes; returns entries and the line positions used."""
    entries, used = lettered_register(lines)
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
    key = status_key(lines)
    doc_texts = [x.text for x in lines if not x.blank]
    while i < n:
        ln = lines[i]
        hs = heading_status(ln.text) if not ln.blank and not _column_header_at(lines, i) else None
        grid = False
        numbered = False
        if not hs and not ln.blank and i not in used:
            hs = _numbered_heading(ln.text)
            numbered = hs is not None
        if not hs and not ln.blank and i not in used and is_grid_header(" " * ln.indent + ln.text):
            # an attendance register with no heading over it (often an appendix after the
            # signature): its header row says what the columns hold
            hs, grid = ("present", ""), True
        if not hs:
            i += 1
            continue
        status, rest = hs
        if (
            status == "present"
            and seen_present
            and re.match(r"^\s*(?:attending|attendees)\s*(?::|\t|\s{2,}|$)", ln.text, re.I)
        ):
            status = "in_attendance"  # "Sederunt" (the members), then "Attending": the officers
        if status == "inherit":
            status = last_status
        elif status not in {"chair", "clerk"}:
            last_status = status
        j = i if grid else i + 1
        body_end = j
        while body_end < n and not (
            not lines[body_end].blank
            and heading_status(lines[body_end].text)
            and not _column_header_at(lines, body_end)
        ):
            body_end += 1
        body = lines[j:body_end]

        def stop(line: PLine, grid: bool = grid, numbered: bool = numbered) -> bool:
            if _KEY_LINE.match(line.text.strip()) and not _MARK_KEY.match(line.text.strip()):
                return True  # "* denotes attendance via video conference": the key, not a person
            if numbered and is_stop(line):
                # the section is itself a numbered item: its list ends at the next item's heading
                return bool(_ITEM_NUMBER.match(line.text.strip()))
            if is_stop(line) and not grid:
                return True
            if line.heading and "\t" in line.text and table_header(line.text):
                return False
            if (
                not line.heading
                or _starts_with_person(line.text)
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
                or line.text.strip().casefold() in _SECTION_WORDS
            )

        sent = _heading_sentence(status, rest, body)
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
        for p in people:
            e = _finish(p)
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
        used.update(range(i, j + consumed))
        i = max(j + max(consumed, 0), i + 1)
    used |= marked_register(lines, used, entries)
    return entries, used


# "*Present", "* denotes Members present", "† = attended": the key under (or over) a membership list
# whose entries carry the mark when the member attended
_MARK_KEY = re.compile(
    r"^(?P<sym>[*†‡#✓✔])\s*(?:(?:=|-|–|denotes|indicates)\s*)?(?:(?:members?|councillors?)\s+)?"
    r"(?:present|attended|attending|in attendance)\.?$",
    re.I,
)
_CELL_GAP = re.compile(r"\t+|\s{3,}")


def _register_block(lines: list[PLine], k: int, step: int, used: set[int], sym: str) -> list[int] | None:
    """Positions of the non-blank lines next to the key at ``k`` (upwards when ``step`` is -1), when
    every cell of every line is a person, marked or not; None otherwise."""
    n = len(lines)
    k += step
    while 0 <= k < n and lines[k].blank:
        k += step
    block: list[int] = []
    while 0 <= k < n and not lines[k].blank and k not in used:
        block.append(k)
        k += step
    if not block:
        return None
    marked = 0
    for b in block:
        cells = [c.strip() for c in _CELL_GAP.split(lines[b].text.strip()) if c.strip()]
        for c in cells:
            bare = c[len(sym) :].strip() if c.startswith(sym) else c
            marked += c.startswith(sym)
            name = re.sub(r"\s*\([^()]*\)$", "", bare)
            if not (_starts_with_person(name) and split_honorifics(name)[0] and looks_like_name(name)):
                return None
    return sorted(block) if marked else None


def marked_register(lines: list[PLine], used: set[int], entries: list[AttendanceEntry]) -> set[int]:
    """A membership list whose attending members carry a mark explained by a key line ("* Councillor
    A Bell    * Councillor C Dunn" … "*Present", the printed minutes of county councils): the marked
    members are present and the unmarked ones were not there (absent, until an apology sentence says
    more). Only lists of titled people are read, so a stray asterisk in prose never makes anyone."""
    taken: set[int] = set()
    for k, ln in enumerate(lines):
        # a chair's label ("Vice-Chairman:") reads one person and may have run on over the list: the
        # list's lines count even when a section above took them, and people already read are kept
        m = _MARK_KEY.match(ln.text.strip()) if not ln.blank else None
        if not m:
            continue
        sym = m.group("sym")
        block = _register_block(lines, k, -1, taken, sym) or _register_block(lines, k, 1, taken, sym)
        if not block:
            continue
        taken |= {k, *block}
        for b in block:
            for c in [c.strip() for c in _CELL_GAP.split(lines[b].text.strip()) if c.strip()]:
                present = c.startswith(sym)
                bare = c[len(sym) :].strip() if present else c
                role = None
                br = re.search(r"\s*\(([^()]*)\)$", bare)
                if br:
                    bare, role = bare[: br.start()], br.group(1)
                e = _finish(
                    _Person(raw=bare, status="present" if present else "absent", role=role, lines=[lines[b]])
                )
                if e is None or any(x.person_key == e.person_key for x in entries):
                    continue
                entries.append(e)
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
        meanings = [(pm.group("sym"), _key_meaning(pm.group("meaning"))) for pm in pairs]
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
            if not (looks_like_name(bare) and _starts_with_person(bare)):
                break
            people.append((pos, status, bare, role))
        if len(people) < 3 or len(people) != len(block):
            k = after
            continue
        for pos, status, bare, role in people:
            e = _finish(_Person(raw=bare, status=status, role=role, lines=[lines[pos]]))
            if e is not None and not any(x.person_key == e.person_key for x in entries):
                entries.append(e)
        taken |= {pos for pos, *_ in people} | set(range(k, after))
        k = after
    return entries, taken


def split_side_by_side(lines: list[PLine]) -> list[PLine]:
    """Two attendance lists printed side by side ("Members present:<TAB>Officers present:" over rows
    of "left cell<TAB>right cell", as a borderless Word table exports): the left column's lines,
    then the right column's, so each list is read under its own heading."""
    out: list[PLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        cells = ln.text.split("\t")
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
