"""Attendance headings: "Present", "Members present", "In attendance", "Also present", "Officers",
"Apologies", "Absent", "Substitutes" and their variants (bilingual, numbered, with an inline list after
them), each mapped to the status the people under it have.
"""

from __future__ import annotations

import difflib
import re

from minutebook.parse.attendance.columns import COLUMN_WORDS, table_header
from minutebook.parse.attendance.people import is_name_segment, roleish, starts_with_person, strong_name
from minutebook.parse.names import (
    looks_like_name,
    plural_honorific,
)

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
        r"(?:those |members |councillors )?present(?: in person| virtually| remotely| \(in person\)| \(remote\)| members"
        r"| councillors| were)?",
        "present",
    ),
    # a community, parish or town council's own members, however the heading says they came
    (
        r"(?:community|parish|town) (?:councillors|council members)(?: present| in attendance| attending)?",
        "present",
    ),
    # "Elected Councillors in attendance" (Scottish community councils: the ward councillors of the
    # local authority), "Ward Councillors present": councillors of another council, not members ("County
    # Councillors:" is not here: at a county council's committee they are its members)
    (
        r"(?:elected|ward|local authority) councillors(?: present| in attendance| attending)?"
        # "Ward Member(s):" at a planning committee: the application's ward councillors, there to speak
        r"|ward (?:members?|councillors?)(?:\(s\))?(?: present| in attendance| attending)?",
        "in_attendance",
    ),
    # "Members in Attendance: Councillors Lodge, Newing": councillors who are not members of the body
    (r"members in attendance", "in_attendance"),
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
    # "Yn mynychu" (attending), and the county councillor a community council's minutes list after its
    # own members ("Cynghorydd Sirol: Mr Rhodri Bowen"): in attendance, not a member
    (
        r"hefyd yn bresennol|swyddogion(?: yn bresennol)?|yn mynychu|(?:y )?cynghorydd(?:ion)? sirol"
        r"|(?:y )?cynghorwyr sir(?:ol)?",
        "in_attendance",
    ),
    (r"clerc(?: y cyngor)?", "clerk"),
    (r"ymddiheuriadau(?: am absenoldeb)?", "apologies"),
    (r"absennol", "absent"),
    (
        r"(?:vice[- ])?chair(?:man|person)?|convener|(?:deputy )?mayor|in the chair|presiding"
        r"|(?:is[- ])?gadeirydd|cadeirydd|yn y gadair",
        "chair",
    ),
    (
        r"attendance(?: details(?=\s*:?\s*$)| (?:and|&) apologies(?: for absence)?)?|attendees|attending|attended|sederunt",
        "present",
    ),
    (
        r"(?:also )?in attendance|also present|also attending|also attended|also in attendance",
        "in_attendance",
    ),
    (r"(?:council |other )?officers?(?: present| in attendance| attending| attended)?", "in_attendance"),
    (
        r"others(?: present)?|other attendees|(?:observers?|guests?|visitors?)(?: present| in attendance| attending)?|observing"
        r"|advisers? present",
        "in_attendance",
    ),
    # "Members of Public Present – PC Gillies + 4 members of the public": only the named are read
    (r"members? of (?:the )?public(?: present| in attendance| attending)?", "in_attendance"),
    # Welsh "Aelodau'r Cyhoedd" / "Aelodau o'r cyhoedd" (members of the public)
    (r"aelodau(?:['’]r| o['’]r) cyhoedd(?: yn bresennol)?", "in_attendance"),
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
        r"apology|(?:(?:councillors|members)['’]? )?apologies(?: for absence)?(?: were| had been| have been)?(?: received| submitted| tendered| intimated|"
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


# a councillor's title, of a tier or none ("Cllrs.", "County Councillor"), as it leads a list run on
# after a heading with no colon (see _COUNCILLOR_LEAD)
_COUNCILLOR_TITLE = (
    r"(?:(?:county|district|borough|parish|town|city|unitary)\s+)?(?:councillors?|cllrs?)\b\.?\s*"
)


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
    r"(?:\s*(?:(?::-|[:：\-–—])\s*|\t+|$)|\.? (?=" + _COUNCILLOR_TITLE + r"(?-i:[A-Z])))(?P<rest>.*)$",
    re.IGNORECASE,
)


_HEADING_STATUS = [(re.compile(rf"^(?:{h})$", re.I), s) for h, s in _HEADINGS]


def heading_status(text: str) -> tuple[str, str] | None:
    """(status, inline rest) when ``text`` is an attendance heading line; a bilingual heading
    ("PRESENNOL / PRESENT") counts when each half is one."""
    if text.count("\t") >= 2 and label_pairs(text.strip()) != text.strip():
        return None  # "Chairman<TAB>Cllr Halloran<TAB>Vice Chairman<TAB>Cllr Pengelly": a row of the list
    got = single_heading_status(text)
    if got is None and "/" in text and len(text) < 80:
        halves = [h.strip(" :") for h in text.split("/")]
        found = [single_heading_status(h + ":") for h in halves if h]
        if len(found) == 2 and all(f is not None and not f[1] for f in found):
            return found[-1][0], ""  # type: ignore[index]
    if got is None:
        # "Presennol / Present: Emyr Owen (Cadeirydd/Chair), …": a bilingual label with its list run on
        m = re.match(r"^([^:：/]{3,30}/[^:：/]{3,30})[:：]\s*(\S.*)$", text.strip())
        label = heading_status(m.group(1) + ":") if m else None
        if m and label and not label[1]:
            return label[0], m.group(2)
    return got


_APPENDIX_LEAD = re.compile(
    r"^(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}\s*[-–—:.]?\s*(?=attendance\b)", re.I
)


# "Councillors:<gap>Okonjo, Bains" in a heading's rest: the honorific as a label cell of its own
_HONORIFIC_LABEL = re.compile(
    r"^(?P<hon>(?:county |borough |town |parish |city )?(?:councillors?|cllrs?\.?)|cynghorwyr|(?:y )?cynghorydd"
    r"|cyng\.?)\s*[:：]\s*(?P<names>[A-Z].*)$",
    re.I,
)


# One-word headings a clerk may misspell ("Pressenol:", "Ymddojeiroadau:", "Apolgies:"); a label that
# is close to one of them (see :func:`_respell`) is read as that heading.
_SPELLED_HEADINGS = (
    "present",
    "presennol",
    "bresennol",
    "apologies",
    "ymddiheuriadau",
    "absennol",
    "attendance",
)


def _respell(word: str) -> str | None:
    """The heading word ``word`` misspells, if any: as long (±1 letter), the same first two and last
    letters, and at least 70% of its letters in common order. Whole English words that merely start
    like a heading ("Presented", "Apologise") differ in length or ending, so they are not respelt."""
    w = word.casefold()
    if len(w) < 7 or not w.isalpha() or w in _SPELLED_HEADINGS:
        return None
    for good in _SPELLED_HEADINGS:
        if (
            abs(len(good) - len(w)) <= 1
            and w[:2] == good[:2]
            and w[-1] == good[-1]
            and difflib.SequenceMatcher(None, w, good).ratio() >= 0.7
        ):
            return good
    return None


def single_heading_status(text: str) -> tuple[str, str] | None:
    got = _single_heading_status(text)
    if got is None:
        # a misspelt one-word label: "Pressenol: G W Pritchard (Chair), H L Mostyn"
        m = re.match(r"^\s*([A-Za-z]{7,})\s*(?=[:：\-–—\t]|$)", text)
        good = _respell(m.group(1)) if m else None
        if m and good:
            got = _single_heading_status(good + text[m.end() :])
    return got


def _single_heading_status(text: str) -> tuple[str, str] | None:
    t = text.strip().strip("*").strip()
    # "• Members: Cllrs Lewis (Chair), Harries", "• Apologies for absence: …": a web page's list items,
    # each a labelled list (a bare bulleted word is a page's menu: "• Attendance")
    bullet = re.match(r"^[•·▪◦●]\s*(?=[A-Z])", t)
    t = t[bullet.end() :] if bullet else t
    t = _APPENDIX_LEAD.sub("", t)  # "Appendix A - Attendance": the register printed after the minutes
    # "P r e s e n t:": a heading printed letter-spaced, one space between its letters
    spaced = re.match(r"^((?:[A-Za-z] ){3,}[A-Za-z])(?=\s*[:：]|\s*$)", t)
    if spaced:
        t = spaced.group(1).replace(" ", "") + t[spaced.end() :]
    # "GACC Members Present –", "MC Members Present –": the body's abbreviation before the heading
    t = re.sub(r"^[A-Z]{2,6}\s+(?=(?:Members|Councillors|Officers|Representatives)\b)", "", t)
    # "CO-OPTEES PRESENT     Moira …", "ALSO PRESENT  Councillor Nick McLean", "Present        Councillors
    # Houlton (Chair), …": a label and a spaced gutter; a mixed-case label needs three spaces and only
    # one cell after it (not a row of a grid: "Chair     Cllr Olwen Pask     Brackley Council")
    caps = re.match(r"^(?P<h>[A-Z][A-Z' -]{3,50}?):?\s{2,}(?P<rest>\S.*)$", t) or re.match(
        r"^(?P<h>[A-Z][A-Za-z' -]{3,50}?):?\s{3,}(?P<rest>\S(?:(?!\s{3}).)*)$", t
    )
    if caps:
        t = f"{caps.group('h')}\t{caps.group('rest')}"
    m = _HEADING_RE.match(t)
    if not m:
        return None
    head = re.sub(r"\s+", " ", m.group("h").strip()).casefold()
    rest = m.group("rest").strip()
    if bullet and not rest:
        return None
    br = re.search(r"\(([^()]+)\)", t[len(m.group("h")) : len(t) - len(m.group("rest"))])
    if br and not rest and looks_like_name(br.group(1)):
        return None  # "Officer (Jo Penrose)": the end of a post wrapped onto its own line, with its holder
    if rest.casefold().rstrip(":") in COLUMN_WORDS or ("\t" in t and table_header(t)):
        return None  # "Members<TAB>Role": a table's header row, not a heading
    # "Present at the meeting were …", "Apologies were noted as above." are prose, not headings
    sep = t[len(m.group("h")) : len(t) - len(m.group("rest"))]
    run_on = _COUNCILLOR_LEAD.match(t[len(m.group("h")) :]) and _BARE_HEADING.match(head)
    if rest and not re.search(r"[:：\-–—\t]", sep) and not run_on:
        return None
    sub_label = _HONORIFIC_LABEL.match(rest)
    if sub_label:
        # "Present:<gap>Councillors:<gap>Okonjo (Chair), Hartigan": a two-column table whose second
        # column is an honorific label ("Councillors:", "Cllrs:"); the label is the names' honorific
        rest = f"{sub_label.group('hon')} {sub_label.group('names')}"
    for rx, status in _HEADING_STATUS:
        if rx.match(head):
            if bullet and (status in {"chair", "clerk"} or head.endswith("person")):
                return None  # "• Independent Person: Mr Colin Cross": one entry of a list, its post first
            if status == "clerk" and rest and (re.search(r"[\d,@]", rest) or not is_name_segment(rest)):
                # "Clerk: Mrs D Spink, 3 Chapel Row": a letterhead's contact line, not an attendance list
                # ("Clerk: Alan Kettle" under the members is read where a list ends: see parse_sections)
                return None
            plural, _r = plural_honorific(m.group("h").strip())
            if plural and rest and not _r:
                rest = f"{m.group('h').strip()} {rest}"  # "Councillors: Hughes, Jones": the honorific applies
            return status, rest
    return None


# "Present Cllrs. Dr. P. Bishop (chairman), …", "1. Apologies. Cllr. N. Spink", "19/37 APOLOGIES FOR
# ABSENCE Cllr Hymas (holiday), …": a heading with no colon, its list run on after a space or a full
# stop; a councillor's title right after the heading word says it is a list and not prose
_COUNCILLOR_LEAD = re.compile(r"^\.?\s+" + _COUNCILLOR_TITLE + r"[A-Z]", re.I)


_BARE_HEADING = re.compile(
    r"^(?:present|apologies(?: for absence)?|absent|(?:also )?in attendance|also present)$"
)


def label_pairs(text: str) -> str:
    """'Chairman<TAB>Cllr Halloran<TAB>Vice Chairman<TAB>Cllr Pengelly' (a layout table with a label
    cell before some names, two members a row) → 'Cllr Halloran (Chairman)<TAB>Cllr Pengelly (Vice
    Chairman)': each label belongs to the name right of it."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 3:
        return text
    out: list[str] = []
    label: str | None = None
    for c in cells:
        if is_name_segment(c) and strong_name(c):
            out.append(f"{c} ({label})" if label else c)
            label = None
        elif label is None and roleish(c) and not is_name_segment(c):
            label = c
        else:
            return text
    if label is not None or len(out) < 2 or len(out) == len(cells):
        return text
    return "\t".join(out)


ITEM_NUMBER = re.compile(
    r"^(?:(?:agenda\s+)?item\s+|minute\s+)?(?=[\w/.()-]*\d)[\w/.()-]{1,14}[.:]?\s+|^\([a-z]\)\s+", re.I
)


# Headings of the minutes' own sections: never the wrapped end of someone's role.
SECTION_WORDS = frozenset(
    {"items", "item", "minutes", "agenda", "business", "declarations", "decisions", "actions", "notes"}
    | {"open business", "public business", "part a", "part 1", "part i", "welcome", "introductions"}
)


def numbered_heading(text: str) -> tuple[str, str] | None:
    """ "PL23/041 PRESENT", "1. Present", "Minute 2 - In Attendance": an attendance heading numbered as
    an agenda item (town and parish minutes number every paragraph). A bare heading counts, or one with
    its list run on ("2. PRESENT: Cllr Heledd Morgan; Cllr Emyr Jones"); "3. Apologies for absence" is
    read by :func:`item_apologies`, a titled item is not a list."""
    t = text.strip()
    num = ITEM_NUMBER.match(t)
    if not num:
        return None
    got = heading_status(t[num.end() :].strip())
    if got is None or got[0] not in {"present", "in_attendance", "absent", "inherit"}:
        return None
    if got[0] == "inherit" and (got[1] or not re.match(r"^\d+(?:\.\d+){2,}\.?\s", t)):
        # "1.1 Attendance" over "1.1.1 PDCC Councillors", "1.1.2 Councillors": a sub-heading numbered
        # under the attendance item (three levels deep) is more of the lists, not an item of its own
        return None
    if got[1] and not starts_with_person(got[1]):
        return None  # "2. Present: the Chairman welcomed …" is prose; "2. PRESENT: Cllr Morgan; Cllr Jones" a list
    return got
