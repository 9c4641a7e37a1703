"""Seeded generator of synthetic but realistic council minutes, each with its gold annotation.

``generate_minutes(seed, ...)`` returns ``(text, gold)``: the minutes as plain text (TAB-separated
table rows where the layout has columns, ready for :mod:`minutebook.demo.pdfrender`) and the
annotation in the shape of ``shared/samples/SCHEMA.md`` (meeting, attendance, actions, decisions,
agenda items). :func:`compose` returns the richer :class:`Minutes` (items and attendance as data)
that the demo site uses for its web service and HTML pages.

Four layouts, as councils write them:

* ``classic`` – district council: "MINUTES of a meeting of the CABINET held in …", "PRESENT:"
  block with "Councillors A, B and C", officers as "Mr N Gill – Director of Finance", running
  minute numbers ("12.   APOLOGIES FOR ABSENCE"), "RESOLVED that …", "Action: <owner> (by <date>)";
* ``table`` – ModernGov printed minutes: "Present:" / "In attendance:" / "Apologies:" as
  "Name<TAB>Role" rows, items "1.<TAB>Title", an "Actions:" list per item;
* ``stacked`` – board minutes: name and role on separate lines, "Resolved:" paragraphs and an
  action log table ("Item<TAB>Action<TAB>Owner<TAB>Due") at the end;
* ``town`` – town council: run-in "PRESENT:" list with roles in brackets, minute references
  "25/101", "Cllr" honorifics, absences in the apologies minute.

Everything is drawn from one ``random.Random(seed)``, so a seed always gives the same document,
and nothing heavier than string joins happens (thousands of documents a second).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

STYLES = ("classic", "table", "stacked", "town")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_F = _words(
    "Alison Amanda Anne Bridget Carol Catherine Deborah Elaine Fiona Gillian Hannah Helen Jane "
    "Janet Joanne Karen Kathryn Laura Louise Margaret Nadia Nicola Priya Rachel Ruth Sarah "
    "Shabana Susan Tracey Yvonne Aisha Bethan Grace Imogen Mei"
)
FIRST_M = _words(
    "Adrian Andrew Anthony Brian Christopher Colin Daniel David Derek Edward Gareth Graham Ian "
    "James John Keith Kevin Malcolm Mark Martin Michael Neil Nigel Patrick Paul Peter Richard "
    "Robert Simon Stephen Thomas Tariq Vikram Oluwaseun Rhys"
)
SURNAMES = _words(
    "Ashworth Bamford Bhatt Brennan Cartwright Chowdhury Coleman Dacre Driver Ellison Fairweather "
    "Fenwick Gallimore Hegarty Hollis Ingram Jarman Kaur Kemish Lawson Lindqvist Mottram Mwangi "
    "Nettleton Okafor Okonjo O'Rourke Patel Pemberton Pennington Rackstraw Ridley Rowntree Sadler "
    "Scholes Stroud Tranter Venables Whitcombe Wilderspin Yardley Abara Beresford Crane Doyle "
    "Dutchman-Bailey Evans Faulkner Griffiths Holden Jenkins Kowalski McAllister Nowak Quigley "
    "Roberts Singh Thompson Underwood Vaughan Walsh Young Zaman"
)

OFFICER_ROLES = {
    "common": (
        "Chief Executive",
        "Director of Finance",
        "Head of Legal Services",
        "Democratic Services Officer",
        "Monitoring Officer",
        "Committee Clerk",
    ),
    "cabinet": ("Director of Place", "Head of Housing", "Head of Communications", "Director of Resources"),
    "planning": (
        "Head of Planning",
        "Principal Planning Officer",
        "Senior Planning Officer",
        "Highways Development Control Officer",
        "Planning Solicitor",
    ),
    "children": (
        "Director of Children's Services",
        "Head of Safeguarding",
        "Principal Social Worker",
        "Head of Early Help",
        "Performance Manager",
    ),
    "audit": (
        "Head of Internal Audit",
        "Chief Accountant",
        "Risk and Insurance Manager",
        "External Audit Engagement Lead",
    ),
}

CABINET_PORTFOLIOS = (
    "Finance and Resources",
    "Housing",
    "Environment and Climate",
    "Children and Families",
    "Adult Social Care",
    "Planning and Regeneration",
    "Communities and Leisure",
    "Transport",
)

TOPICS = {
    "cabinet": (
        "Revenue Budget Monitoring - Quarter {q}",
        "Housing Revenue Account Business Plan",
        "Medium Term Financial Strategy {y}/{y1}",
        "Climate Emergency Action Plan Update",
        "Town Centre Regeneration Programme",
        "Fees and Charges {y1}/{y2}",
        "Procurement of Waste Collection Services",
        "Corporate Performance Report",
        "Leisure Centre Refurbishment",
        "Homelessness and Rough Sleeping Strategy",
    ),
    "planning": (
        "{ref}/FUL - Erection of {n} dwellings, land at {place}",
        "{ref}/OUT - Outline application for up to {n} dwellings, {place}",
        "{ref}/HOU - Two storey side extension, {num} {street}",
        "{ref}/FUL - Change of use to café, {num} {street}",
        "{ref}/LBC - Listed building consent, {place}",
        "Planning Appeals Update",
        "Enforcement Performance Report",
    ),
    "children": (
        "Improvement Plan Progress Report",
        "Ofsted Monitoring Visit Feedback",
        "Workforce Recruitment and Retention",
        "Performance Scorecard",
        "Multi-Agency Safeguarding Hub Update",
        "Voice of the Child",
        "Early Help Strategy",
        "Placement Sufficiency",
    ),
    "audit": (
        "Internal Audit Progress Report",
        "External Audit Findings Report {y}/{y1}",
        "Strategic Risk Register",
        "Treasury Management Mid-Year Review",
        "Annual Governance Statement",
        "Counter Fraud Update",
        "Statement of Accounts {y}/{y1}",
    ),
}

PLACES = (
    "Mill Lane, Holbeck St Mary",
    "Orchard Farm, Sandbury Road",
    "the former Depot, Station Road",
    "Hollins Green, Upper Sandbury",
    "Kingsmead Court, Church Street",
    "land east of Brook Lane, Ashby Parva",
)
STREETS = ("High Street", "Victoria Road", "Queensway", "Church Lane", "Market Place", "Fernhill Avenue")
VENUES = (
    "Council Chamber, Town Hall, {town}",
    "Committee Room 1, Civic Centre, {town}",
    "Committee Room 2, Civic Centre, {town}",
    "Assembly Room, Town Hall, {town}",
)

SENTENCES = (
    "The {officer} presented the report on {topic}, which set out the options considered.",
    "{member} asked whether the figures took account of the latest forecasts; the {officer} confirmed that they did.",
    "Members welcomed the progress made since the last meeting and thanked officers for the report.",
    "In response to a question from {member}, the {officer} explained that a further update would follow once the consultation had closed.",
    "{member} raised concerns about the timetable and the resources available to deliver it.",
    "The {officer} advised that the risks had been reviewed and that the mitigations remained appropriate.",
    "Members noted that the position had improved compared with the same period last year.",
    "{member} suggested that ward members be briefed before any public announcement.",
    "The Chair summarised the discussion and thanked {member} for raising the matter.",
    "The {officer} reported that the service had received {n} responses, most of them supportive.",
    "It was noted that the figures were provisional and might change at the year end.",
    "Members discussed the impact on residents and the need for clear communication.",
)

ACTION_TASKS = (
    "circulate the revised timetable to all Members",
    "provide a breakdown of the figures by ward",
    "report back on the outcome of the consultation",
    "arrange a briefing session for Members",
    "update the risk register to reflect the discussion",
    "write to the Secretary of State on behalf of the {body}",
    "bring a progress report to a future meeting",
    "publish the summary on the Council's website",
    "confirm the arrangements with the contractor",
    "review the performance indicators and propose targets",
)

RESOLUTIONS = (
    "that the report be noted",
    "that the recommendations set out in the report be approved",
    "that the proposals in the report on {topic} be approved",
    "that the progress made be noted and a further report be brought to the next meeting",
    "that authority be delegated to the {officer}, in consultation with the Chair, to finalise the arrangements",
)

PLANNING_RESOLUTIONS = (
    "that planning permission be GRANTED subject to the conditions set out in the report",
    "that planning permission be REFUSED for the reasons set out in the report",
    "that the application be DEFERRED for a site visit",
)


# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class Person:
    """One person: councillor or officer. ``role`` is their standing role (portfolio, job title)."""

    first: tuple[str, ...]
    surname: str
    honorific: str  # Mr | Mrs | Ms | Miss | Dr
    councillor: bool
    role: str | None = None
    person_id: int = 0

    def initials_name(self) -> str:
        return " ".join(f[0] for f in self.first) + " " + self.surname

    def full_name(self) -> str:
        return f"{self.first[0]} {self.surname}"


def people_pool(seed: int | str = "sandbury", councillors: int = 48, officers: int = 24) -> list[Person]:
    """A council's people: councillors first (ids 1…), then officers with job titles."""
    rng = random.Random(f"people:{seed}")
    seen: set[str] = set()
    out: list[Person] = []
    roles = [r for group in OFFICER_ROLES.values() for r in group]
    while len(out) < councillors + officers:
        female = rng.random() < 0.5
        firsts = FIRST_F if female else FIRST_M
        first = (rng.choice(firsts),) if rng.random() < 0.6 else (rng.choice(firsts), rng.choice(firsts))
        surname = rng.choice(SURNAMES)
        key = first[0][0] + surname
        if key in seen or (len(first) == 2 and first[0] == first[1]):
            continue
        seen.add(key)
        honorific = "Dr" if rng.random() < 0.06 else (rng.choice(("Mrs", "Ms", "Miss")) if female else "Mr")
        is_cllr = len(out) < councillors
        role = None if is_cllr else roles[(len(out) - councillors) % len(roles)]
        out.append(Person(first, surname, honorific, is_cllr, role, person_id=100 + len(out)))
    return out


def committee_kind(committee: str) -> str:
    c = committee.lower()
    if "cabinet" in c or "executive" in c:
        return "cabinet"
    if "planning" in c or "licensing" in c:
        return "planning"
    if "child" in c or "improvement" in c or "corporate parenting" in c:
        return "children"
    if "audit" in c or "governance" in c or "standards" in c:
        return "audit"
    return "cabinet"


@dataclass(frozen=True)
class Member:
    person: Person
    role: str | None  # role on this committee: Chair, Vice-Chair, Cabinet Member for …, Committee Member


def committee_roster(committee: str, pool: list[Person], seed: int | str = 0, size: int = 9) -> list[Member]:
    """A committee's standing membership (chair first) drawn from a council's pool."""
    rng = random.Random(f"roster:{committee}:{seed}")
    cllrs = [p for p in pool if p.councillor]
    chosen = rng.sample(cllrs, min(size, len(cllrs)))
    kind = committee_kind(committee)
    out = []
    for i, p in enumerate(chosen):
        if kind == "cabinet":
            role = (
                "Leader of the Council"
                if i == 0
                else "Deputy Leader"
                if i == 1
                else f"Cabinet Member for {CABINET_PORTFOLIOS[(i - 2) % len(CABINET_PORTFOLIOS)]}"
            )
        else:
            role = "Chair" if i == 0 else "Vice-Chair" if i == 1 else "Committee Member"
        out.append(Member(p, role))
    return out


def committee_officers(committee: str, pool: list[Person]) -> list[Person]:
    """Officers who attend a committee: the common roles plus the committee's specialists."""
    kind = committee_kind(committee)
    wanted = set(OFFICER_ROLES[kind]) | {"Democratic Services Officer", "Head of Legal Services"}
    return [p for p in pool if not p.councillor and p.role in wanted]


# --------------------------------------------------------------------------- the result


@dataclass
class Attendee:
    person: Person
    role: str | None
    status: str  # present | in_attendance | apologies | absent
    partial: bool = False


@dataclass
class Item:
    number: str
    title: str
    paragraphs: list[str] = field(default_factory=list)  # the minute as written, paragraph by paragraph
    decisions: list[str] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Minutes:
    text: str
    gold: dict[str, Any]
    style: str
    items: list[Item]
    attendees: list[Attendee]
    start: str  # "10.00 am"
    end: str


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def long_date(d: date) -> str:
    """'Tuesday, 14th March, 2025' – the ModernGov title form."""
    return f"{d:%A}, {ordinal(d.day)} {d:%B}, {d.year}"


def clock(minutes_after_midnight: int, *, space: bool = True) -> str:
    """'10.00 am' / '7.05pm'."""
    h, m = divmod(minutes_after_midnight, 60)
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}.{m:02d}{' ' if space else ''}{suffix}"


def hhmm(minutes_after_midnight: int) -> str:
    return f"{minutes_after_midnight // 60:02d}:{minutes_after_midnight % 60:02d}"


def _in(venue: str) -> str:
    """'the Council Chamber, …' but 'Committee Room 1, …'."""
    return venue if venue.lower().startswith(("committee room", "the ")) else "the " + venue


def _paragraph(block: list[str]) -> str:
    """Lines of one paragraph: a list (bullets, "Resolved:" lead-in) keeps its line breaks."""
    if len(block) > 1 and (block[0].endswith(":") or any(b.startswith("\u00b7") for b in block)):
        return "\n".join(block)
    return " ".join(block)


def _join_and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------- generation


class _Writer:
    """Builds one document: text lines and the gold annotation side by side."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.lines: list[str] = []
        self.attendance: list[dict[str, Any]] = []
        self.actions: list[dict[str, Any]] = []
        self.decisions: list[dict[str, Any]] = []
        self.agenda: list[dict[str, Any]] = []
        self.mark = 0  # index of the first line of the current item's minute

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def person(
        self, p: Person, role: str | None, status: str, partial: bool = False, formal: bool = True
    ) -> str:
        """Write-form of a person for this style; records the gold attendance row."""
        initials = self.style in ("classic", "town")
        name = p.initials_name() if initials else p.full_name()
        if p.councillor:
            prefix = {"classic": "Councillor", "table": "Councillor", "stacked": "Cllr", "town": "Cllr"}[
                self.style
            ]
            hon = p.honorific if (initials and p.honorific != "Mr") else ""
            title = f"{prefix} {hon}".strip()
        else:
            title = p.honorific if (initials and formal) else None
        self.attendance.append(
            {"name": name, "title": title, "role": role, "status": status, "partial": partial}
        )
        return f"{title} {name}" if title else name


def compose(
    seed: int | str,
    *,
    items: int = 8,
    style: str | None = None,
    council: str = "Sandbury Borough Council",
    committee: str = "Cabinet",
    meeting_date: date | None = None,
    start_minutes: int | None = None,
    venue: str | None = None,
    pool: list[Person] | None = None,
    roster: list[Member] | None = None,
    previous_date: date | None = None,
    first_minute: int | None = None,
) -> Minutes:
    """One synthetic set of minutes. ``items`` counts the substantive items after the standard
    opening ones (apologies, declarations, previous minutes), so it sets the length: ~3 items a page."""
    rng = random.Random(f"minutes:{seed}")
    style = style or rng.choice(STYLES)
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose from {STYLES}")
    pool = pool if pool is not None else people_pool(council)
    roster = roster if roster is not None else committee_roster(committee, pool, seed=council)
    if meeting_date is None:
        day = date(2020, 1, 6) + timedelta(days=rng.randrange(0, 6 * 365))
        meeting_date = day - timedelta(days=max(0, day.weekday() - 3))  # Monday to Thursday
    start = start_minutes if start_minutes is not None else rng.choice((600, 600, 630, 840, 1080, 1110))
    venue = venue or rng.choice(VENUES).format(town=council.split()[0])
    previous_date = previous_date or meeting_date - timedelta(days=rng.choice((28, 35, 42, 56, 91)))
    kind = committee_kind(committee)
    officers_all = committee_officers(committee, pool)
    w = _Writer(rng, style)

    # who came
    attendees: list[Attendee] = []
    for i, m in enumerate(roster):
        r = rng.random()
        status = "present" if i == 0 or r < 0.8 else "apologies" if r < 0.95 else "absent"
        attendees.append(Attendee(m.person, m.role, status))
    present = [a for a in attendees if a.status == "present"]
    if len(present) > 3 and rng.random() < 0.35:
        late = rng.choice(present[1:])
        late.partial = True
    officers = rng.sample(officers_all, min(len(officers_all), rng.randint(2, 4)))
    for o in officers:
        attendees.append(Attendee(o, o.role, "in_attendance"))

    num_style = {"classic": "minute", "table": "plain", "stacked": "plain", "town": "ref"}[style]
    minute_no = (
        first_minute if first_minute is not None else (rng.randint(1, 90) if num_style == "minute" else 1)
    )
    ref_year = meeting_date.year % 100

    def number(k: int) -> str:
        if num_style == "ref":
            return f"{ref_year}/{minute_no + 100 + k:03d}"
        return str(minute_no + k if num_style == "minute" else 1 + k)

    end = start + rng.randint(55, 190)

    # ---------------------------------------------------------------- heading and attendance
    council_caps = council.upper()
    if style == "classic":
        w.add(
            council_caps,
            "",
            f"MINUTES of a meeting of the {committee.upper()} held in {_in(venue)} on "
            f"{long_date(meeting_date)} at {clock(start)}",
            "",
        )
        chair = attendees[0]
        vice = next((a for a in attendees[1:] if a.status == "present" and a.role == "Vice-Chair"), None)
        others = [a for a in attendees[1:] if a.status == "present" and a is not vice]
        chair_role = "Chair"
        w.add(f"PRESENT:  {w.person(chair.person, chair_role, 'present', chair.partial)} ({chair_role})")
        if vice:
            w.add(f"          {w.person(vice.person, 'Vice-Chair', 'present', vice.partial)} (Vice-Chair)")
        if others:
            names = []
            for a in others:
                written = w.person(a.person, None, "present", a.partial)
                names.append(written.removeprefix("Councillor "))
            w.add(
                "",
                f"          Councillors {_join_and(names)}"
                if len(names) > 1
                else f"          Councillor {names[0]}",
            )
        w.add("", "Officers in attendance:")
        for a in attendees:
            if a.status == "in_attendance":
                w.add(f"{w.person(a.person, a.role, 'in_attendance')} – {a.role}")
        w.add("", "")
    elif style == "table":
        w.add(
            council,
            "",
            committee,
            "",
            f"Minutes of the meeting held on {long_date(meeting_date)} at {clock(start)}",
            "",
        )
        w.add(f"Venue: {venue}", "", "Present:")
        for a in attendees:
            if a.status == "present":
                role = a.role + (" (part)" if a.partial else "")
                w.add(f"{w.person(a.person, a.role, 'present', a.partial)}\t{role}")
        w.add("", "In attendance:")
        for a in attendees:
            if a.status == "in_attendance":
                w.add(f"{w.person(a.person, a.role, 'in_attendance')}\t{a.role}")
        gone = [a for a in attendees if a.status in ("apologies", "absent")]
        for label, st in (("Apologies:", "apologies"), ("Absent:", "absent")):
            group = [a for a in gone if a.status == st]
            if group:
                w.add("", label)
                for a in group:
                    w.add(f"{w.person(a.person, a.role, st)}\t{a.role}")
        w.add("", "")
    elif style == "stacked":
        w.add(
            council,
            "",
            committee,
            "",
            f"Minutes of the meeting held on {meeting_date:%A} {meeting_date.day} {meeting_date:%B %Y}",
        )
        w.add(venue, "", "Present:")
        for a in attendees:
            if a.status == "present":
                w.add(
                    w.person(a.person, a.role, "present", a.partial),
                    a.role + (" (part)" if a.partial else ""),
                    "",
                )
        w.add("In attendance:")
        for a in attendees:
            if a.status == "in_attendance":
                w.add(w.person(a.person, a.role, "in_attendance"), a.role or "", "")
        for label, st in (("Apologies:", "apologies"), ("Absent:", "absent")):
            group = [a for a in attendees if a.status == st]
            if group:
                w.add(label)
                for a in group:
                    w.add(w.person(a.person, a.role, st), a.role or "", "")
        w.add("")
    else:  # town
        w.add(
            council_caps,
            "",
            f"MINUTES OF THE MEETING OF THE {committee.upper()} HELD ON "
            f"{meeting_date:%A} {meeting_date.day} {meeting_date:%B %Y}".upper(),
            f"AT {_in(venue).upper()}, COMMENCING AT {clock(start, space=False).upper()}",
            "",
        )
        parts = []
        for i, a in enumerate(a for a in attendees if a.status == "present"):
            role = a.role if i == 0 or a.role == "Vice-Chair" else None
            written = w.person(a.person, role, "present", a.partial)
            parts.append(f"{written} ({role})" if role else written)
        w.add(f"PRESENT:  {_join_and(parts)}.", "")
        offs = [
            f"{w.person(a.person, a.role, 'in_attendance')} ({a.role})"
            for a in attendees
            if a.status == "in_attendance"
        ]
        public = f"{rng.randint(2, 9)} members of the public"
        w.add(f"IN ATTENDANCE:  {', '.join(offs)} and {public}.", "")

    # ---------------------------------------------------------------- standard opening items
    def heading(k: int, title: str) -> tuple[str, str]:
        num = number(k)
        shown = title.upper() if style in ("classic", "town") else title
        w.agenda.append({"number": num, "title": shown})
        if style == "classic":
            w.add(f"{num + '.':<6}{shown}", "")
        elif style == "table":
            w.add(f"{num}.\t{shown}", "")
        elif style == "stacked":
            w.add(f"Item {num}: {shown}", "")
        else:
            w.add(f"{num}   {shown}")
        w.mark = len(w.lines)
        return num, shown

    indent = "      " if style == "classic" else ""
    item_list: list[Item] = []
    k = 0

    def para(item: Item, text: str) -> None:
        w.add(indent + text, "")

    def finish(item: Item) -> None:
        """The item's minute text as paragraphs: every line written since its heading."""
        block: list[str] = []
        for line in w.lines[w.mark :]:
            if line.strip():
                block.append(line.strip().replace("\t", " "))
            elif block:
                item.paragraphs.append(_paragraph(block))
                block = []
        if block:
            item.paragraphs.append(_paragraph(block))
        item_list.append(item)

    def decide(item: Item, num: str, clause: str) -> None:
        """One resolution, in the style's wording; gold text without the 'RESOLVED' lead-in."""
        if style == "stacked":
            sentence = "T" + clause[1:] + "."
            w.add("Resolved:", sentence, "")
            gold = sentence
        elif style == "table":
            w.add(f"RESOLVED: {clause[0].upper()}{clause[1:]}.", "")
            gold = f"{clause[0].upper()}{clause[1:]}."
        else:
            w.add(f"{indent}RESOLVED {clause}.", "")
            gold = clause + "."
        item.decisions.append(gold)
        w.decisions.append({"text": gold, "agenda_item": num})

    # apologies
    num, shown = heading(k, "Apologies for Absence")
    item = Item(num, shown)
    apol = [a for a in attendees if a.status == "apologies"]
    absent = [a for a in attendees if a.status == "absent"]
    if style in ("classic", "town"):
        word = "Councillor" if style == "classic" else "Cllr"
        if apol:
            names = [w.person(a.person, None, "apologies").removeprefix(word + " ") for a in apol]
            lead = f"{word}s " if len(names) > 1 else f"{word} "
            para(item, f"Apologies for absence were received from {lead}{_join_and(names)}.")
        else:
            para(item, "There were no apologies for absence.")
        for a in absent:
            para(item, f"{w.person(a.person, None, 'absent')} was absent.")
    else:
        para(
            item, "Apologies were noted as set out above." if apol else "There were no apologies for absence."
        )
    finish(item)
    k += 1

    num, shown = heading(k, "Declarations of Interest")
    item = Item(num, shown)
    if len(present) > 2 and rng.random() < 0.4:
        p = rng.choice(present[1:]).person
        para(
            item,
            f"Councillor {p.surname} declared a non-pecuniary interest in item {number(k + 2)} as a member of a local residents' association.",
        )
    else:
        para(item, "There were no declarations of interest.")
    finish(item)
    k += 1

    num, shown = heading(k, "Minutes")
    item = Item(num, shown)
    decide(
        item,
        num,
        f"that the minutes of the meeting held on {previous_date.day} {previous_date:%B %Y} be approved as a correct record and signed by the Chair",
    )
    finish(item)
    k += 1

    # ---------------------------------------------------------------- substantive items
    log: list[tuple[str, str, str, str]] = []
    present_cllrs = [a for a in attendees if a.status == "present"]
    officer_roles = [o.role for o in officers if o.role] or ["Chief Executive"]
    late_done = False
    y = meeting_date.year
    for j in range(items):
        template = rng.choice(TOPICS[kind])
        topic = template.format(
            q=rng.randint(1, 4),
            y=y,
            y1=(y + 1) % 100 if "{y}/" in template else y + 1,
            y2=(y + 2) % 100,
            ref=f"{y % 100}/{rng.randint(100, 1999):05d}",
            n=rng.randint(2, 120),
            place=rng.choice(PLACES),
            num=rng.randint(1, 220),
            street=rng.choice(STREETS),
        )
        num, shown = heading(k, topic)
        item = Item(num, shown)
        officer = rng.choice(officer_roles)
        for _ in range(rng.randint(1, 3)):
            sentences = []
            for template_s in rng.sample(SENTENCES, rng.randint(2, 5)):
                spk = rng.choice(present_cllrs).person
                sentences.append(
                    template_s.format(
                        officer=officer,
                        member=f"Councillor {spk.surname}",
                        topic=topic,
                        n=rng.randint(12, 400),
                    )
                )
            para(item, " ".join(sentences))
        late = next((a for a in attendees if a.partial and not late_done), None)
        if late and j == 0:
            late_done = True
            word = {"classic": "Councillor", "table": "Councillor", "stacked": "Cllr", "town": "Cllr"}[style]
            para(
                item,
                f"{word} {late.person.surname} arrived at {clock(start + rng.randint(15, 40), space=style != 'town')}, during consideration of this item.",
            )
        clauses = PLANNING_RESOLUTIONS if kind == "planning" and "/" in topic[:9] else RESOLUTIONS
        if rng.random() < 0.85:
            decide(item, num, rng.choice(clauses).format(topic=topic, officer=officer))
        n_actions = rng.choice((0, 0, 1, 1, 1, 2))
        acts = []
        for _ in range(n_actions):
            owner = rng.choice(officer_roles)
            task = rng.choice(ACTION_TASKS).format(body=committee)
            r = rng.random()
            due_d = meeting_date + timedelta(days=rng.choice((14, 21, 28, 42, 60)))
            due = f"{due_d.day} {due_d:%B %Y}" if r < 0.6 else ("the next meeting" if r < 0.8 else None)
            acts.append((task, owner, due, due_d))
        if acts and style == "classic":
            for task, owner, due, _ in acts:
                text = f"The {owner} to {task}."
                para(item, text)
                w.add(indent + f"Action: {owner}" + (f" (by {due})" if due else ""), "")
                w.actions.append({"text": text, "owners": [owner], "due": due, "agenda_item": num})
        elif acts and style == "table":
            w.add("Actions:")
            for task, owner, due, _ in acts:
                text = task[0].upper() + task[1:]
                w.add(f"\u00b7 {text} – {owner}" + (f" (by {due})" if due else ""))
                w.actions.append({"text": text, "owners": [owner], "due": due, "agenda_item": num})
            w.add("")
        elif acts and style == "town":
            for task, owner, due, _ in acts:
                owner_t = "Clerk" if rng.random() < 0.5 else owner
                text = f"The {owner_t} to {task}" + (f" by {due}." if due else ".")
                para(item, text)
                w.actions.append({"text": text, "owners": [owner_t], "due": due, "agenda_item": num})
        elif acts:  # stacked: collected into the action log
            for task, owner, due, _ in acts:
                log.append((num, task[0].upper() + task[1:], owner, due or "Ongoing"))
                w.actions.append(
                    {"text": task[0].upper() + task[1:], "owners": [owner], "due": due, "agenda_item": num}
                )
        item.actions = [{"text": t, "owner": o, "due": d} for t, o, d, _ in acts]
        finish(item)
        k += 1

    # ---------------------------------------------------------------- close
    if style == "stacked" and log:
        w.add("Action log", "", "Item\tAction\tOwner\tDue")
        for row in log:
            w.add("\t".join(row))
        w.add("")
    if style == "town":
        w.add(
            f"The meeting closed at {clock(end, space=False)}.",
            "",
            "Signed ……………………………… (Chair)   Date ……………",
        )
    else:
        w.add(f"The meeting closed at {clock(end)}.", "", "", "Chair")

    text = "\n".join(w.lines).rstrip() + "\n"
    body = committee.upper() if style in ("classic", "town") else committee
    gold = {
        "source": f"synthetic-{seed}",
        "meeting": {
            "council": council,
            "body": body,
            "date": meeting_date.isoformat(),
            "start_time": hhmm(start),
            "end_time": hhmm(end),
            "venue": venue.upper() if style == "town" else venue,
        },
        "attendance": w.attendance,
        "actions": w.actions,
        "decisions": w.decisions,
        "agenda_items": w.agenda,
        "notes": f"synthetic minutes, style={style}, seed={seed}",
    }
    return Minutes(text, gold, style, item_list, attendees, clock(start), clock(end))


def generate_minutes(
    seed: int | str, *, items: int = 8, style: str | None = None, **kwargs: Any
) -> tuple[str, dict[str, Any]]:
    """``(text, gold)`` for one synthetic set of minutes (see :func:`compose` for the options)."""
    m = compose(seed, items=items, style=style, **kwargs)
    return m.text, m.gold


COUNCILS = (
    "Sandbury Borough Council",
    "Kelmarsh District Council",
    "Oakhurst County Council",
    "Rivermead City Council",
    "Thornleigh Town Council",
)
COMMITTEES = (
    "Cabinet",
    "Planning Committee",
    "Children's Services Improvement Board",
    "Audit and Governance Committee",
)


def corpus(
    count: int, *, seed: int = 0, items: int | tuple[int, int] = (4, 12)
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``count`` varied documents (councils, committees, styles, lengths) for benchmarks and load tests."""
    rng = random.Random(f"corpus:{seed}")
    pools = {c: people_pool(c) for c in COUNCILS}
    for n in range(count):
        council = rng.choice(COUNCILS)
        committee = rng.choice(COMMITTEES)
        size = items if isinstance(items, int) else rng.randint(*items)
        m = compose(f"{seed}:{n}", items=size, council=council, committee=committee, pool=pools[council])
        yield m.text, m.gold
