"""The meeting itself: council, body, date, start and end time, venue.

Read from the head of the minutes (the lines before the first attendance heading or agenda
item) and, for the times, from the sentences minutes use everywhere: "The meeting commenced at
10am", "Meeting began at 1405 hours", "The meeting ended at 4.15 pm", "closed at 21:05".
Dates are UK day-first; the date chosen is the one on the line that says the meeting was held,
else the first date of the head — never the "next meeting" or "previous meeting" dates.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from minutebook.parse.layout import PLine, join_text, span_of
from minutebook.records import MeetingInfo

# each month's spellings, English then Welsh ("Dydd Mawrth, 14 Tachwedd 2023"): a month name is looked
# up by its first three letters, and no Welsh month's three letters are an English month's
MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january", "ion", "ionawr"),
            ("feb", "february", "chw", "chwefror"),
            ("mar", "march", "maw", "mawrth"),
            ("apr", "april", "ebr", "ebrill"),
            ("may", "mai"),
            ("jun", "june", "meh", "mehefin"),
            ("jul", "july", "gor", "gorffennaf"),
            ("aug", "august", "aws", "awst"),
            ("sep", "sept", "september", "med", "medi"),
            ("oct", "october", "hyd", "hydref"),
            ("nov", "november", "tac", "tachwedd"),
            ("dec", "december", "rha", "rhagfyr"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
)
# day ordinals: English "10th", Welsh "1af", "2il", "3ydd", "5ed", "8fed", "11eg", "21ain"
_ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"
_DAY_RE = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
DATE_RE = re.compile(
    rf"(?:(?:{_DAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})\s?{_ORDINAL}?\.?(?:\s+of)?[\s,]+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b"
    rf"|(?:(?:{_DAY_RE}),?\s+)?(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})\b"
    r"|\b(?P<d3>\d{1,2})[/.](?P<m3>\d{1,2})[/.](?P<y3>\d{4}|\d{2})\b"
    r"|\b(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})\b",
    re.IGNORECASE,
)
# "pm", "p.m.", "p. m.": one spelling of the meridiem for every time pattern below
_MERIDIEM = r"[ap]\.?\s?m\.?"
_TIME_RE = re.compile(
    rf"(?<![\d/£.:])(?P<h>\d{{1,2}})(?:[.:](?P<m>\d{{2}}))?(?:(?<=\d\d)\.(?=[ap]\.))?\s*(?P<ap>{_MERIDIEM}|noon|y\.?\s?[hbp]\.?|o['’]\s?r\s+gloch|o['’]clock)(?![a-z])"
    r"|(?<![\d/£.:])(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)(?![\d:])"
    r"|(?<![\d/£.:])(?P<h3>[01]\d|2[0-3])[.:]?(?P<m3>[0-5]\d)\s*(?:hours|hrs|h)\b"
    # "… Village Hall at 19.30.": an afternoon or evening hour on the 24-hour clock after "at", with a
    # full stop (not a date: "at 19.03.2020")
    r"|(?<=\bat\s)(?P<h4>1[3-9]|2[0-3])\.(?P<m4>[0-5]\d)(?![\d])(?!\.\d)",
    re.IGNORECASE,
)
_START_CUE = re.compile(
    r"\b(?:commenc(?:ed|ing|es)|began|begins|started|starting|opened|start(?:ed)?\s+time|convened)\b"
    r"(?:\s+at)?[:\s]*",
    re.IGNORECASE,
)
_END_CUE = re.compile(
    r"\b(?:meeting|hearing|session|council|committee|board|panel)?\s*(?:ended|closed|concluded|finished|finishing|"
    r"terminated|rose|adjourned|end(?:ed)?\s+time|closed\s+time)\b\s*(?:at|:)?",
    re.IGNORECASE,
)
# "Time Concluded: 8.15 pm", "Finish: 21:05", "Meeting closed: 8.40pm" as labels
_END_ALONE = re.compile(r"^(?:meeting|hearing|session)\s+(?:ended|closed|concluded|finished)\s*:?$", re.I)
_END_LABEL = re.compile(
    r"\b(?:time\s+(?:concluded|finished|closed|ended)|finish(?:ed)?(?:\s+time)?|end(?:\s+time)?|closed?|concluded"
    r"|close\s+of\s+meeting|conclusion)\s*[:\t]\s*",
    re.IGNORECASE,
)
_TIME_1 = (
    rf"\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:{_MERIDIEM}|noon)|(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:hours|hrs))?"
)
_TIME_RANGE = re.compile(
    rf"(?<![\d/£.:])({_TIME_1})\s*(?:-|–|—|to|until|till)\s*({_TIME_1})(?![\d])",
    re.IGNORECASE,
)
_DURATION_LABEL = re.compile(
    r"^\(?\s*(?:duration|length|time|times)\s+of\s+(?:the\s+)?meeting\s*[:：]\s*", re.IGNORECASE
)
# the closing line of printed minutes: "2.00 pm - 3.24 pm      CHAIRMAN", the range beside (or
# before) the chair's signature space
_SIGNATURE_TAIL = re.compile(
    r"(?:\s{2,}|\t)\(?(?:signed\)?\s*)?(?:chair(?:man|woman|person)?|mayor|convenor|provost)\b.*$", re.I
)
_NOT_THIS = re.compile(
    r"\b(?:next|previous|last|future|following|earlier|subsequent|forthcoming)\s+meeting"
    # "2021/15 Minutes of the meeting held on 13th January 2021": an item approving earlier minutes
    r"|^[ \t]*(?:minute\s+|item\s+)?[\w/.-]{0,8}\d[\w/.-]{0,8}\.?[ \t]+(?:to\s+(?:approve|confirm|receive|agree)\s+"
    r"(?:the\s+)?)?minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?meeting\s+held\b",
    re.I | re.M,
)


_HELD_NO_YEAR = re.compile(
    rf"\bheld\s+(?:[\w'’]+\s+){{0,8}}?on\s+(?:(?P<wd>{_DAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s+of)?\s+(?P<m>{_MONTH_RE})\b(?!\.?,?\s+\d{{4}})",
    re.IGNORECASE,
)


def parse_date(text: str) -> tuple[str, int, int] | None:
    """(YYYY-MM-DD, start, end) of the first date in ``text`` (UK day-first for numeric dates)."""
    for m in DATE_RE.finditer(text):
        iso = date_of_match(m)
        if iso:
            return iso, m.start(), m.end()
    return None


def date_of_match(m: re.Match[str]) -> str | None:
    try:
        if m.group("d"):
            d, mo, y = int(m.group("d")), MONTHS[m.group("m").casefold()[:3]], int(m.group("y"))
        elif m.group("m2"):
            d, mo, y = int(m.group("d2")), MONTHS[m.group("m2").casefold()[:3]], int(m.group("y2"))
        elif m.group("d3"):
            d, mo, y = int(m.group("d3")), int(m.group("m3")), int(m.group("y3"))
            if y < 100:
                y += 2000 if y < 70 else 1900
        else:
            d, mo, y = int(m.group("d4")), int(m.group("m4")), int(m.group("y4"))
        return date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


def parse_time(text: str) -> str | None:
    """HH:MM of the first time in ``text``: "2.00 pm", "10am", "10.30 a.m.", "14:00", "1405 hours"."""
    m = _TIME_RE.search(text)
    return time_of_match(m) if m else None


def range_times(first: str, second: str) -> tuple[str | None, str | None]:
    """The two ends of a printed range; "7.00 - 8.52 pm" means 19:00-20:52: a meridiem written only
    after the second time applies to the first too, unless that would put the start after the end."""
    t1, t2 = parse_time(first), parse_time(second)
    marker = re.search(rf"{_MERIDIEM}\s*$", second.strip(), re.IGNORECASE)
    if t2 and marker and not re.search(rf"{_MERIDIEM}|noon|hours|hrs", first, re.IGNORECASE):
        # "7.00 - 8.52 pm" (19:00), "11.00 - 1.15 pm" (11:00: the start before the end)
        given = marker.group(0)[0]
        for meridiem in (given, "a" if given.lower() == "p" else "p"):
            shifted = parse_time(f"{first.strip()} {meridiem}m")
            if shifted and shifted <= t2:
                return shifted, t2
    return t1, t2


def time_of_match(m: re.Match[str]) -> str | None:
    if m.group("h") is not None:
        h = int(m.group("h"))
        mi = int(m.group("m") or 0)
        ap = m.group("ap").casefold().replace(".", "").replace(" ", "")
        # Welsh: "6.30 y.h." (yr hwyr, evening), "1.00 y.p." (y prynhawn, afternoon) / "10 y.b." (y bore)
        ap = {"yh": "pm", "yp": "pm", "yb": "am"}.get(ap, ap)
        if ap.startswith("o"):
            # "am 7.30 o'r gloch", "at 7 o'clock": a council's hour without a meridiem; one to eight
            # o'clock is the afternoon or evening (no council meets at seven in the morning)
            ap = "pm" if 1 <= h <= 8 else "am"
        if ap == "noon":
            h, mi = 12, mi
        elif ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
    elif m.group("h2") is not None:
        h, mi = int(m.group("h2")), int(m.group("m2"))
    elif m.group("h4") is not None:
        h, mi = int(m.group("h4")), int(m.group("m4"))
    else:
        h, mi = int(m.group("h3")), int(m.group("m3"))
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


# --------------------------------------------------------------------------- council and body

_COUNCIL_TYPES = (
    r"(?:Metropolitan\s+Borough|Royal\s+Borough|County\s+Borough|Borough|County|District|City|Town|Parish|"
    r"Community|Unitary|Island|Metropolitan\s+District)?\s*Council"
)
_COUNCIL_RE = re.compile(
    rf"\b((?:(?:London|Royal)\s+Borough\s+of\s+[A-Z][\w'’-]+(?:\s+(?:and|upon|on)?\s*[A-Z][\w'’-]+)*)"
    rf"|(?:[A-Z][\w'’.-]+\s+(?:(?:and|upon|on)\s+(?=[A-Z]))?){{1,4}}{_COUNCIL_TYPES}"
    rf"|(?:[A-Z][\w'’-]+\s+){{1,4}}Combined\s+Authority"
    # statutory and joint bodies that publish their own minutes: drainage boards, regional transport
    # partnerships, associations of councils
    rf"|(?:[A-Z][\w'’-]+\s+(?:\([A-Z][\w ]+\)\s+)?(?:and\s+)?){{1,4}}Internal\s+Drainage\s+Board"
    rf"|(?:[A-Z][\w'’-]+\s+){{1,4}}(?:Regional\s+)?Transport\s+Partnership"
    rf"|(?:[A-Z][\w'’-]+\s+)?Association\s+of\s+(?:[A-Z][\w'’-]+\s+(?:and\s+)?){{1,4}}(?:Councils|Authorities)"
    rf"|NHS\s+(?:[A-Z][\w'’-]+\s+){{1,4}}(?:Integrated\s+Care\s+Board|Clinical\s+Commissioning\s+Group|Trust|ICB|CCG)"
    rf"|(?:[A-Z][\w'’-]+\s+){{1,5}}NHS\s+(?:Foundation\s+)?Trust"
    rf"|(?:[A-Z][\w'’-]+\s+){{1,3}}(?:Health\s+and\s+Social\s+Care\s+)?Integration\s+Joint\s+Board"
    # "Tamar & Exe Fire & Rescue Authority": an ampersand for "and"
    rf"|(?:[A-Z][\w'’-]+\s+(?:&\s+(?=[A-Z]))?){{1,4}}(?:Fire\s+(?:(?:and|&)\s+Rescue\s+)?Authority"
    rf"|National\s+Park\s+Authority|Police\s+Authority)"
    # other public bodies whose boards publish minutes: LEPs, integrated care partnerships, schools
    rf"|(?:[A-Z][\w'’-]+\s+(?:and\s+)?){{1,4}}(?:Local\s+Enterprise\s+Partnership|Integrated\s+Care\s+Partnership)"
    rf"|(?:[A-Z][\w'’.-]+\s+(?:of\s+)?){{1,6}}(?:Primary|Secondary|Infant|Junior|High|Nursery)\s+(?:School|Academy))\b"
)
_COUNCIL_CAPS_RE = re.compile(
    # "LONDON BOROUGH OF LIMEHURST" centred over a printed London borough's minutes
    r"\b((?:LONDON|ROYAL)\s+BOROUGH\s+OF\s+[A-Z][A-Z'’-]+(?:\s+(?:AND|UPON|ON)\s+[A-Z][A-Z'’-]+)?"
    r"|(?:[A-Z][A-Z'’.-]+\s+(?:(?:AND|UPON|ON)\s+)?){1,4}(?:(?:METROPOLITAN\s+BOROUGH|BOROUGH|COUNTY|"
    r"DISTRICT|CITY|TOWN|PARISH|COMMUNITY)\s+)?COUNCIL|(?:[A-Z][A-Z'’-]+\s+){1,4}COMBINED\s+AUTHORITY"
    r"|(?:[A-Z][A-Z'’-]+\s+(?:\([A-Z ]+\)\s+)?(?:AND\s+)?){1,4}INTERNAL\s+DRAINAGE\s+BOARD"
    r"|(?:[A-Z][A-Z'’-]+\s+){1,4}(?:REGIONAL\s+)?TRANSPORT\s+PARTNERSHIP"
    r"|(?:[A-Z][A-Z'’-]+\s+){1,3}(?:HEALTH\s+AND\s+SOCIAL\s+CARE\s+)?INTEGRATION\s+JOINT\s+BOARD"
    r"|(?:[A-Z][A-Z'’-]+\s+){1,4}FIRE\s+(?:AND\s+RESCUE\s+)?AUTHORITY"
    r"|(?:[A-Z][A-Z'’-]+\s+){1,5}NHS\s+(?:FOUNDATION\s+)?TRUST"
    r"|(?:[A-Z][A-Z'’-]+\s+(?:AND\s+)?){1,4}(?:LOCAL\s+ENTERPRISE\s+PARTNERSHIP|INTEGRATED\s+CARE\s+PARTNERSHIP)"
    r"|(?:[A-Z][A-Z'’.-]+\s+(?:OF\s+)?){1,6}(?:PRIMARY|SECONDARY|INFANT|JUNIOR|HIGH|NURSERY)\s+(?:SCHOOL|ACADEMY))\b"
)
_BODY_WORDS = re.compile(
    r"\b(?:committee|sub-committee|board|panel|cabinet|council|forum|group|commission|partnership|assembly|"
    r"executive|authority|hearing|meeting)\b",
    re.IGNORECASE,
)
_MEETING_OF = re.compile(
    r"\b(?:minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:meeting|hearing|proceedings)|meeting)\s+of\s+"
    r"(?:the\s+)?(?P<body>.+?)(?:\s+(?:held|which\s+was\s+held|on\s+|at\s+|in\s+the\b)|\s*,)",
    re.IGNORECASE,
)
_BAD_COUNCIL_START = re.compile(r"^(?:the|of|and|minutes|meeting|held|members|by|to|from)\s+", re.I)
_ACRONYM_COUNCIL = re.compile(r"(?<![/\w-])([A-Z]{1,4})(CC|BC|DC|MBC|TC|PC)(?![/\w-])")
_ACRONYM_TYPES = {
    "CC": "County Council",
    "BC": "Borough Council",
    "DC": "District Council",
    "MBC": "Metropolitan Borough Council",
    "TC": "Town Council",
    "PC": "Parish Council",
}


def _clean_council(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.-–")
    while _BAD_COUNCIL_START.match(name):
        name = _BAD_COUNCIL_START.sub("", name, count=1)
    return name


# A public body that is neither a council nor an NHS body, named alone on a head line (a page
# title's segment, the publisher's heading): "Coastal Communities Renewal Agency".
_PUBLIC_BODY_RE = re.compile(r"(?:[A-Z][\w'’-]+\s+(?:and\s+|for\s+)?){1,5}(?:Commission|Agency)")


def _find_council(head_lines: list[str], all_text: str) -> str | None:
    for text in head_lines:
        for seg in re.split(r"\s[|–-]\s|\t|\s{3,}", text):
            seg = seg.strip()
            m = _COUNCIL_CAPS_RE.fullmatch(seg) or _COUNCIL_RE.fullmatch(seg)
            if m:
                return _clean_council(m.group(0))
    for text in head_lines:
        for seg in re.split(r"\s[|–-]\s|\t|\s{3,}", text):
            m = _PUBLIC_BODY_RE.fullmatch(seg.strip())
            if m and not all_text:
                return _clean_council(m.group(0))
    for text in head_lines:
        m = _COUNCIL_CAPS_RE.search(text) or _COUNCIL_RE.search(text)
        if m and text[: m.start()].rstrip().endswith("(") and text[: m.start()].strip(" (["):
            continue  # "Councillor H Bhatt (Nenebridge City Council)": the person's council
        if m and (
            not re.search(r"\bmeeting of\b", text[: m.start()], re.I)
            or re.search(r"(?i)integration\s+joint\s+board|nhs|trust$|authority$", m.group(0))
            # "Monthly Meeting of Harbourne Vale Parish Council": a local council meets as itself
            or re.search(r"(?i)\b(?:parish|town|community)\s+council$", m.group(0))
        ):
            cand = _clean_council(m.group(0))
            if len(cand.split()) >= 2:
                return cand
    # "Councillor H Bhatt (Nenebridge City Council)": a council in brackets after a person is that
    # person's organisation (a member appointed from another council), not the host
    counts = Counter(
        _clean_council(m.group(0))
        for m in _COUNCIL_RE.finditer(all_text)
        if all_text[max(0, m.start() - 1) : m.start()] != "("
    )
    counts = Counter({k: v for k, v in counts.items() if len(k.split()) >= 2})
    if counts:
        best, n = counts.most_common(1)[0]
        if n >= 2:
            return best
    # "WSCC" with "West Sussex" written somewhere: the acronym spells the council out
    for m in _ACRONYM_COUNCIL.finditer(all_text):
        letters, kind = m.group(1), m.group(2)
        whole = r"\s+".join(rf"{c}[a-z'’]+" for c in letters + kind)
        spelled = re.search(rf"\b{whole}\b", all_text)
        if spelled and not spelled.group(0).casefold().endswith(_ACRONYM_TYPES[kind].casefold()):
            continue  # "SRTC" spelled out as "Scottish Rural Transport Commission": not a council
        # the place in Title Case ("Devon"), as places are written: not "DRAFT" at the top of the page
        words = r"\s+".join(rf"{c}[a-z'’]+" for c in letters)
        m2 = re.search(rf"\b({words})\b", all_text)
        if m2:
            place = " ".join(w.capitalize() for w in m2.group(1).split())
            return f"{place} {_ACRONYM_TYPES[kind]}"
    return None


_MINUTES_OF_BODY = re.compile(
    r"\b(?i:minutes?\s+of\s+(?:the\s+|a\s+)?)(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|&|the|on))*?)"
    r"(?:\s+(?:meeting|Meeting|MEETING))?\s*(?:,|\s+(?i:held|on|at)\b|\s*[-–]\s)",
)


_CRUMB_SEP = re.compile(r"\s+(?:>|›|»|/)\s+")


def _breadcrumb_body(head_lines: list[str]) -> str | None:
    """ "Home > Council and Democracy > Committee meetings > Joint Transportation Board": minutes copied
    from a council web page keep its breadcrumb trail, whose last crumb names the committee."""
    for text in head_lines:
        crumbs = [c.strip() for c in _CRUMB_SEP.split(text.strip())]
        if len(crumbs) < 3 or not re.fullmatch(r"(?i)home(?:\s+page)?", crumbs[0]):
            continue
        for crumb in reversed(crumbs[1:]):
            if (
                _BODY_WORDS.search(re.sub(r"(?i)\bmeetings?\b", "", crumb))
                and len(crumb.split()) <= 8
                and not DATE_RE.search(crumb)
                and not re.search(r"(?i)\b(?:minutes|agendas?|meetings|democracy|documents)\b", crumb)
            ):
                return crumb
        return None
    return None


def _find_body(head_lines: list[str], council: str | None, header_text: str) -> str | None:
    crumb = _breadcrumb_body(head_lines)
    if crumb:
        return crumb
    m = _MEETING_OF.search(header_text)
    if m:
        body = m.group("body").strip(" ,")
        if not DATE_RE.match(body) and len(body.split()) <= 12:
            return re.sub(r"\s*\(.*?\)\s*$", "", body)
    # "Minutes of the Full Council meeting held on …", "Minutes of the Audit Committee, Wednesday …"
    m_of = _MINUTES_OF_BODY.search(header_text)
    if m_of:
        body = m_of.group("body").strip()
        if (
            _BODY_WORDS.search(re.sub(r"(?i)\bmeeting\b", "", body))
            and len(body.split()) <= 10
            and not DATE_RE.search(body)
        ):
            return body
    for text in head_lines[:4]:
        # "Minutes of the Board of Directors Meeting in Public" alone on its line
        m_line = re.match(
            r"^minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?P<body>[A-Z].{2,80}?)\s*$", text.strip(), re.I
        )
        if m_line:
            body = m_line.group("body")
            if (
                _BODY_WORDS.search(re.sub(r"(?i)\bmeeting\b", "", body))
                and not DATE_RE.search(body)
                and not _TIME_RE.search(body)
                and not re.search(r"(?i)\b(?:held|meeting\s+of)\b", body)
            ):
                return body
    for text in head_lines[:3]:
        # ModernGov title: "Cabinet - Wednesday, 15th March, 2023 7.00 pm"
        m2 = re.match(
            rf"^(?:agenda and minutes\s*-\s*|minutes\s*-\s*)?(?P<body>[^-–|]+?)\s*[-–,]\s*(?:{_DAY_RE})",
            text,
            re.I,
        )
        if m2 and not re.match(r"^(?:minutes|agenda)", m2.group("body"), re.I):
            return re.sub(r"^(?:meeting of\s+)(?:the\s+)?", "", m2.group("body").strip(), flags=re.I)
    for text in head_lines[:4]:
        # "Greyfield Borough Council - Standards Committee - 1 February 2024 7.00 pm"
        segs = [x.strip() for x in re.split(r"\s[-–|]\s", text)]
        if len(segs) < 2:
            continue
        for seg in segs:
            if council and seg.casefold() == council.casefold():
                continue
            if (
                _BODY_WORDS.search(re.sub(r"(?i)\bmeeting\b", "", seg))
                and len(seg.split()) <= 8
                and not re.search(r"\S\s{3,}\S", seg)  # a table row's cells, not a title
                and not DATE_RE.search(seg)
                and not _TIME_RE.search(seg)
                and not re.match(r"^(?:minutes|agenda)\b", seg, re.I)
            ):
                return seg
    for line in head_lines[:6]:
        segs = [x.strip() for x in re.split(r"\s[|]\s|\s{3,}", line) if x.strip()]
        t = next(
            (
                x
                for x in segs
                if _BODY_WORDS.search(x) and not (council and x.casefold() == council.casefold())
            ),
            line.strip() if len(segs) == 1 else "",
        )
        if not t or (council and t.casefold() == council.casefold()):
            continue
        if re.match(r"^(?:minutes|agenda|draft)\b", t, re.I) or DATE_RE.search(t) or _TIME_RE.search(t):
            continue
        if _BODY_WORDS.search(t) and len(t.split()) <= 12 and not t.endswith("."):
            if council and council.casefold() in t.casefold() and t.casefold() != council.casefold():
                rest = t
            else:
                rest = t
            return re.sub(r"\s*\(.*?\)\s*$", "", rest)
    return None


def _fuller_title(body: str, lines: list[str], council: str | None) -> str:
    """ "Board meeting" / "Community Planning Board" read from the minutes' sentence, while the title
    line above names the body in full ("Glenmorie Community Planning Partnership Board"): the title
    line, when it holds every word of the shorter name and ends with the same body word."""
    words = [w for w in re.findall(r"[\w'’&-]+", body.casefold()) if w not in {"meeting", "the", "of"}]
    if not words:
        return body
    for line in lines:
        t = line.strip()
        low = re.findall(r"[\w'’&-]+", t.casefold())
        if (
            len(low) > len(words)
            and len(low) <= 12
            and low[-1] == words[-1]
            and _BODY_WORDS.search(words[-1])
            and all(w in low for w in words)
            and not (council and t.casefold() == council.casefold())
            and not DATE_RE.search(t)
            and not _TIME_RE.search(t)
            and not re.match(r"^(?:minutes|agenda)\b", t, re.I)
            and not re.search(r"[.:|>›»]", t)
        ):
            return t
    return body


# --------------------------------------------------------------------------- venue

_VENUE_LABEL = re.compile(r"^(?:venue|place|location|where)\s*[:\t]\s*(?P<v>.+)$", re.I)
_VENUE_HELD = re.compile(
    r"\b(?:held|meeting)\s+(?:at|in)\s+(?P<v>(?:the\s+|THE\s+)?(?-i:[A-Z]).+?)(?=\s+on\s+|\s*,?\s*commencing|\s+at\s+\d|"
    r"\s*,\s*(?:on\s+)?(?:" + _DAY_RE + r")|\.\s|\s*\.\s*$|$)"
    r"|(?:\d|[ap]\.?m\.?)\s+(?:in|at)\s+(?P<v2>(?:the\s+|THE\s+)?(?-i:[A-Z]).+?)(?=\s+on\s+|\.\s|\s*\.\s*$|$)",
    re.IGNORECASE,
)
_VENUE_WORDS = re.compile(
    r"\b(?:Room|Hall|House|Chamber|Chambers|Centre|Center|Offices|Building|Buildings|Boardroom|Suite|Library|"
    r"Pavilion|Guildhall|Teams|Zoom|online|virtual|remotely)\b",
    re.IGNORECASE,
)


def _venue(head_lines: list[str], header_text: str) -> str | None:
    for text in head_lines:
        m = _VENUE_LABEL.match(text.strip())
        if m:
            v = re.sub(r"\s*View directions.*$", "", m.group("v"), flags=re.I)
            return v.strip(" .,\t")
        m = re.search(r"\bVenue:\s*(?P<v>.+)$", text)
        if m:
            return re.sub(r"\s*View directions.*$", "", m.group("v"), flags=re.I).strip(" .,")
    for m in _VENUE_HELD.finditer(header_text):
        v = (m.group("v") or m.group("v2") or "").strip(" ,.")
        v = re.sub(r"^the\s+(?=[A-Z])", "", v)
        v = re.sub(r",?\s*(?:commencing|starting)\b.*$", "", v, flags=re.I)
        if (
            v
            and not DATE_RE.match(v)
            and not _TIME_RE.match(v)
            and 3 < len(v) <= 150
            and not re.match(_MONTH_RE + r"\b", v, re.I)
            and not re.search(r"[.:;]\s", v)
        ):
            return v
    # an unlabelled venue line in the head, right after the date line
    for k, text in enumerate(head_lines[:-1]):
        if DATE_RE.search(text):
            nxt = head_lines[k + 1].strip()
            if "," in nxt and _VENUE_WORDS.search(nxt) and not DATE_RE.search(nxt) and len(nxt) <= 150:
                return nxt.strip(" .")
    return None


# --------------------------------------------------------------------------- the meeting


def _times_in(text: str) -> list[tuple[str, int]]:
    out = []
    for m in _TIME_RE.finditer(text):
        t = time_of_match(m)
        if t:
            out.append((t, m.start()))
    return out


_LETTER_START = re.compile(r"^(?:dear\s+(?:councillor|member|sir|colleague)s?\b|please\s+ask\s+for\b)", re.I)
_LETTER_END = re.compile(
    r"^(?:this\s+page\s+(?:is\s+)?(?:intentionally|deliberately)\s+(?:left\s+)?blank\.?"
    r"|agenda\s+item\s+\d+[a-z]?)$",
    re.I,
)


def covering_letter_end(lines: list[PLine], limit: int = 150) -> int:
    """A "Public Document Pack" opens with a covering letter ("Please ask for", "Dear Councillor")
    whose dates are the letter's and the next meeting's; the minutes start after the page it ends
    on ("This page is intentionally left blank", the "Agenda Item 5" stamp). 0 when there is none."""
    letter = next((k for k, ln in enumerate(lines[:limit]) if _LETTER_START.match(ln.text.strip())), None)
    if letter is None:
        return 0
    for k in range(letter + 1, min(len(lines), limit)):
        if _LETTER_END.match(lines[k].text.strip()):
            j = k + 1
            while j < len(lines) and (lines[j].blank or _LETTER_END.match(lines[j].text.strip())):
                j += 1
            return j
    return 0


def _sentence_at(text: str, pos: int) -> str:
    """The sentence of ``text`` around position ``pos`` (split at ". " followed by a capital)."""
    cuts = [m for m in re.finditer(r"[.;]\s+(?=[A-Z(])", text)]
    begin = max((m.end() for m in cuts if m.end() <= pos), default=0)
    end = min((m.start() for m in cuts if m.start() >= pos), default=len(text))
    return text[begin:end]


# the words before a date saying when the minutes were put out, not when the meeting was
_PUBLISHED = re.compile(
    r"\b(?:posted|published|publication|updated|uploaded|printed|issued|dispatched|despatched)\b"
    r"(?:\s+\w+){0,2}\W*$",
    re.I,
)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _year_inferred(header_text: str, all_text: str) -> str | None:
    """The date of "held … on Monday 17th April at 8.00pm" when the head never prints the year: the
    year, of those the minutes' other dates are in (or the one after, for minutes written up in the
    new year), in which that day falls on the weekday written. Without a weekday, or with no single
    year that fits, nothing is inferred."""
    m = _HELD_NO_YEAR.search(header_text)
    if not m or not m.group("wd"):
        return None
    d, mo = int(m.group("d")), MONTHS[m.group("m").casefold()[:3]]
    wd = _WEEKDAYS.index(m.group("wd").casefold()[:3])
    years = {int(iso[:4]) for iso in (date_of_match(x) for x in DATE_RE.finditer(all_text)) if iso}
    fits = set()
    for y in years | {y + 1 for y in years}:
        try:
            if date(y, mo, d).weekday() == wd:
                fits.add(y)
        except ValueError:
            continue
    return date(fits.pop(), mo, d).isoformat() if len(fits) == 1 else None


def parse_meeting(lines: list[PLine], head_end: int, start_at: int = 0) -> MeetingInfo:
    """Meeting facts; ``head_end`` is the index of the first line after the head of the minutes,
    ``start_at`` the first line of the minutes themselves (after a covering letter)."""
    letter_head = [ln.text for ln in lines[:start_at] if not ln.blank][:8]
    head = [ln for ln in lines[start_at:head_end] if not ln.blank][:15]
    head_texts = [ln.text for ln in head]
    header_text = join_text(head_texts)
    all_text = "\n".join(ln.text for ln in lines)
    info = MeetingInfo()
    info.span = span_of(head[:3]) if head else None

    # date: the "held on" line, a "Date:" label, else the first date of the head
    candidates: list[tuple[int, str]] = []
    # "held on 8th May at 7.00pm": the day and month of the meeting, the year written elsewhere
    yearless = {
        f"{MONTHS[m.group('m').casefold()[:3]]:02d}-{int(m.group('d')):02d}"
        for m in _HELD_NO_YEAR.finditer(header_text)
        if 1 <= int(m.group("d")) <= 31
    }
    # a register's header row with one column per meeting of the year ("Member  12.06.15  18.09.15
    # 04.12.15  18.03.16"): none of its dates alone says which meeting these minutes are of
    grid_dates = {
        date_of_match(m)
        for t in head_texts
        if len(list(DATE_RE.finditer(t))) >= 3
        for m in DATE_RE.finditer(t)
    }
    for m in DATE_RE.finditer(header_text):
        iso = date_of_match(m)
        if not iso or iso in grid_dates:
            continue
        before = header_text[max(0, m.start() - 60) : m.start()]
        if _NOT_THIS.search(before) or re.search(r"\b(?:previous|last)\b[^.]{0,40}$", before, re.I):
            continue
        if _PUBLISHED.search(before):
            continue  # "Posted on 14 June 2023", "Publication date: 19/02/2021": when published
        score = 0
        if re.search(r"\b(?:held|date|on)\b\W*(?:\w+\W+){0,2}$", before, re.I):
            score += 2
        if iso[5:] in yearless:
            score += 3
        candidates.append((score, iso))
    inferred = (
        None if any(iso[5:] in yearless for _s, iso in candidates) else _year_inferred(header_text, all_text)
    )
    if inferred:
        info.date = inferred
    elif candidates:
        best = max(candidates, key=lambda c: c[0])
        info.date = best[1]
    else:
        for ln in lines[: min(len(lines), head_end + 40)]:
            # "Meeting: 05/04/2023 - Council (Item 92)": a ModernGov issue page's meeting label
            if _NOT_THIS.search(ln.text) or not re.search(
                r"\b(?:held|date)\b|^\s*meeting\s*:", ln.text, re.I
            ):
                continue
            m_d = DATE_RE.search(ln.text)
            if m_d and _PUBLISHED.search(ln.text[: m_d.start()]):
                continue  # "Publication date: 19/02/2021" over "Date of decision: 18/02/2021"
            got = parse_date(ln.text)
            if got:
                info.date = got[0]
                break

    # start time: an explicit "commenced at", else the time on the head's date/time line
    start = None
    for ln in lines:
        if _NOT_THIS.search(ln.text):
            continue
        for m in _START_CUE.finditer(ln.text):
            t = parse_time(ln.text[m.end() : m.end() + 30])
            if t:
                start = t
                break
        if start:
            break
    if not start:
        m_label = re.search(r"\b(?:time|start)\s*[:\t]\s*", header_text, re.I)
        if m_label:
            start = parse_time(header_text[m_label.end() : m_label.end() + 20])
    # a range in the head: "6.30pm-8.05pm", "10:00 – 12:30", "2.00 pm to 3.45 pm"
    range_end = None
    for m_r in _TIME_RANGE.finditer(header_text):
        t1, t2 = range_times(m_r.group(1), m_r.group(2))
        if t1 and t2:
            if not start:
                start = t1
            range_end = t2 if t1 == start else None
            break
    if not start and range_end is None:
        # "4.00 pm - 6.10 pm" on a line of its own, printed after the decisions table, or labelled
        # "(Duration of meeting: 10.00 am - 11.42 am)" under the signature
        for ln in lines:
            t_ln = _DURATION_LABEL.sub("", _SIGNATURE_TAIL.sub("", ln.text.strip())).rstrip(")").strip()
            # "Chamber, - County Hall, Carmarthen: 11.00 am - 12.30 pm": the venue before the range
            # (ModernGov printed minutes put this line after the attendance)
            t_ln = re.sub(r"^[A-Z][^\d:]{2,80}:\s*(?=\d)", "", t_ln)
            m_r = _TIME_RANGE.fullmatch(t_ln)
            if m_r and not _NOT_THIS.search(ln.text):
                start, range_end = range_times(m_r.group(1), m_r.group(2))
                break
    if not start:
        times = _times_in(header_text)
        if times:
            start = times[0][0]
    info.start_time = start

    # end time: the last "meeting ended/closed/concluded at"
    end = None
    for k, ln in enumerate(lines):
        if _END_ALONE.match(ln.text.strip()):
            # "Meeting started:<br>Meeting ended:" beside "7.00 pm<br>7.32 pm" (a two-cell table): the
            # label alone on its line, the time alone on the next
            nxt = next((x.text.strip() for x in lines[k + 1 : k + 3] if not x.blank), "")
            t = parse_time(nxt) if len(nxt) <= 12 else None
            if t:
                end = t
        for m in _END_CUE.finditer(ln.text):
            if (
                not re.search(r"meeting|hearing|session|council|committee|board|panel", ln.text, re.I)
                and not (
                    re.match(r"^\(?\s*(?:closed|ended|concluded|finished)", ln.text.strip(), re.I)
                    # "commencing at 10.00 am and finishing at 12.40 pm"
                    or _START_CUE.search(ln.text[: m.start()])
                )
            ):
                continue
            if _NOT_THIS.search(_sentence_at(ln.text, m.start())):
                continue  # "Next meeting: 8 April. The meeting closed at 9.05pm": only its own sentence
            t = parse_time(ln.text[m.end() : m.end() + 30])
            if t:
                end = t
        m_lab = _END_LABEL.search(ln.text)
        if m_lab:
            t = parse_time(ln.text[m_lab.end() : m_lab.end() + 20])
            if t:
                end = t
    info.end_time = end or range_end

    info.council = _find_council(head_texts[:8], "")
    if info.council is None and letter_head:
        info.council = _find_council(letter_head, "")  # the letterhead of the covering letter
    if info.council is None:
        # the host council only in the footer ("© X Borough Council | ...", "X City Council - Minute Book")
        tail = [ln.text for ln in lines if not ln.blank][-3:]
        info.council = _find_council(tail, "")
    if info.council is None:
        info.council = _find_council(head_texts[:8], all_text)
    if info.council and info.council.isupper():
        info.council = " ".join(
            w.lower()
            if w.lower() in {"of", "and", "upon", "on", "the"} and k
            else re.sub(r"[A-Za-z].*", lambda m: m.group(0).capitalize(), w)  # "(KENT)" → "(Kent)"
            for k, w in enumerate(info.council.split())
        )
    info.body = _find_body(head_texts[:8], info.council, header_text)
    if info.body:
        info.body = re.sub(r"(?i)\s*:?\s+minutes?$", "", info.body)  # "Commission meeting minutes"
        info.body = _fuller_title(info.body, head_texts[:3], info.council)
    if info.body and " / " in info.body:
        info.body = info.body.rsplit(" / ", 1)[1].strip()  # "Welsh / English": the English name
    if info.body is None and info.council and re.search(r"(?i)\b(?:partnership|board|trust)$", info.council):
        info.body = (
            info.council
        )  # "Ouse Valley Integrated Care Partnership": the body is the whole organisation
    if (
        info.body is None
        and info.council
        and re.search(r"(?i)\b(?:parish|town|community)\s+council$", info.council)
        and re.search(r"(?i)\bminutes\s+of\s+(?:the|a|an)\s+(?:\w+\s+)?meeting\s+(?:held|on)\b", header_text)
    ):
        info.body = (
            info.council
        )  # "Minutes of the meeting held on …" on a parish council's page: the council met
    info.venue = _venue(head_texts[:10], header_text)
    return info
