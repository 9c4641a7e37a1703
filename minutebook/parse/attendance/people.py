"""The person grammar shared by every attendance reader: how one written entry ("Cllr A Smith (Chair)",
"Ms L R Duffy – Director of Children's Services", "Councillors A, B and C") becomes candidate people, and
how a candidate becomes an :class:`~minutebook.records.AttendanceEntry` (:func:`finish`). Every candidate
must pass :func:`~minutebook.parse.names.looks_like_name`; roles, organisations and prose never become
people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.parse.layout import PLine, span_of
from minutebook.parse.names import (
    FIRST_NAMES,
    POST_NOMINALS,
    ROLE_WORDS,
    looks_like_name,
    name_tokens_ok,
    person_key,
    place_before_councillor,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry, AttendanceStatus

_POST_FOLDED = frozenset(p.casefold().strip(".") for p in POST_NOMINALS)


# Partial attendance written next to a person.
_PARTIAL = re.compile(
    r"^(?:part|part of (?:the )?meeting|partial|for (?:part|items?|minutes?|agenda items?)\b.*|items?\s+\d.*|"
    r"minutes?\s+\d.*|from (?:item|minute)\b.*|until\b.*|to item\b.*|left\b.*|arrived\b.*|joined\b.*|"
    r"present for\b.*|late\b.*|after\b.*|up to\b.*|.*\bonly)$",
    re.IGNORECASE,
)


_SUBSTITUTE = re.compile(r"\b(?:substitute|sub|substituting|deputising|deputy for|in place of)\b", re.I)


@dataclass
class Candidate:
    raw: str
    status: str
    role: str | None = None
    lines: list[PLine] = field(default_factory=list)
    title_prefix: str | None = None  # distributed from "Councillors …"
    substitute: bool = False


def top_level_split(text: str, seps: re.Pattern[str]) -> list[tuple[str, str]]:
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


LIST_SEPS = re.compile(
    r"\s*,\s*(?:(?:and|AND)\s+)?|\s+(?:and|AND)\s+|\s*&\s+(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Cyng|Cynghorydd)\b)"
    # Welsh "a" / "ac" (and) before a titled name: "Cyng Tegid Williams a Mr J Roberts (Clerc)"
    r"|\s+ac?\s+(?=(?:Cyng|Gyng|Cynghorydd|Y\s+Cynghorydd|Mr|Mrs|Ms|Miss|Dr)\b\.?\s+[A-Z])"
    # and between two written-out names: "Nest Rees a Morfudd Evans", "Bethan Ellis a Dewi Lloyd"
    r"|(?<=[a-z])\s+ac?\s+(?=[A-Z][a-z]+\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]+(?:\s*$|[,.;(]))"
    r"|\s+\+\s+(?=\d|[a-z])"  # "PC Gillies + 4 members of the public"
)


# after a plural honorific every item is a name: "Councillors A, B & C", "Cynghorwyr A, B a C"
PLURAL_LIST_SEPS = re.compile(LIST_SEPS.pattern + r"|\s+&\s+(?=[A-Z])|\s+ac?\s+(?=[A-Z])")


# "Fiona Urquhart (Chair) [FU]": the initials the minutes use for a person, in square brackets
_SQUARE_INITIALS = re.compile(r"\s*\[[A-Z][A-Za-z]{0,3}\]")


DASH_SEP = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*(?=[A-Z])")


_PAREN = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")  # one level of nesting: "(for item P19/104(a))"


def strip_parens(text: str) -> tuple[str, list[str]]:
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


def _run_together(seg: str) -> tuple[str, str] | None:
    """'David Lovell Cllr Rhys Jones' → ('David Lovell', 'Cllr Rhys Jones'): two people whose comma was
    lost in extraction, the second starting with an honorific; both halves must be names."""
    bare, parens = strip_parens(seg)
    tokens = bare.split()
    for i in range(2, len(tokens) - 1):
        title, _name = split_honorifics(" ".join(tokens[i:]))
        if not title or split_honorifics(" ".join(tokens[:i]))[1] != " ".join(tokens[:i]):
            continue
        if any(len((split_honorifics(" ".join(tokens[j:]))[0] or "").split()) > i - j for j in range(i)):
            continue  # "Depute Lord Provost Alan Kidd": the title starts before token i
        first, second = " ".join(tokens[:i]), " ".join(tokens[i:])
        if looks_like_name(first) and looks_like_name(second):
            at = re.search(rf"(?:\S+\s+){{{i}}}", seg)
            return first, seg[at.end() :].strip() if at else second
    return None


_RUN_TOKEN = re.compile(r"\((?:[^()]|\([^()]*\))*\)|[^\s()]+")


def _is_initial(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", token))


def name_run(seg: str) -> list[str] | None:
    """'Alan Forbes (Chairman) Douglas Strachan Moira Cruickshank & Neil Shand' → one entry each: people
    written one after another with no commas between them, each optionally followed by a bracketed role
    ("Mrs Alcock Graham Bunn (County Councillor)" too). Split only when every chunk is a plausible name:
    an honorific and a surname (or initials and a surname), or a two-word name (three with a middle
    initial); at least one chunk must carry a cue (an honorific or a known given name). None otherwise."""
    tokens = _RUN_TOKEN.findall(seg.strip().rstrip(".,;"))
    words = [t for t in tokens if not t.startswith("(") and t not in {"&", "and"}]
    if len(words) < 4:
        return None
    # hard boundaries: after a bracket and at "&"/"and"; the runs between them are split into names
    runs: list[tuple[list[str], list[str]]] = []  # (words, brackets after them)
    cur: list[str] = []
    for t in tokens:
        if t.startswith("("):
            if not cur:
                return None
            runs.append((cur, [t]))
            cur = []
        elif t in {"&", "and"}:
            if not cur:
                if not runs:
                    return None
                continue
            runs.append((cur, []))
            cur = []
        else:
            cur.append(t)
    if cur:
        runs.append((cur, []))
    out: list[str] = []
    cue = False
    for run, brackets in runs:
        chunks = _split_run(run)
        if chunks is None:
            return None
        for k, chunk in enumerate(chunks):
            title, name = split_honorifics(chunk)
            cue = cue or title is not None or name.split()[0].casefold() in FIRST_NAMES
            out.append(" ".join([chunk, *brackets]) if k == len(chunks) - 1 else chunk)
    if len(out) < 2 or not cue:
        return None
    return out


# "Mr Gedge in the Chair", "Cllr Pegg (in the Chair)": the person presiding, written in the list
_IN_THE_CHAIR = re.compile(
    r"^(?P<p>[^()]+?(?:\s*\([^()]{1,40}\))?)\s+(?:[–—-]\s+)?\(?(?P<role>in\s+the\s+chair)\)?[;.]?$", re.I
)


_OF_ORG = re.compile(
    r"^(?P<n>[^()]+?)\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^()]*?)(?:\s+(?:who|which)\s+.*)?\.?$", re.S
)


def _titled_surname(seg: str) -> bool:
    """'Mrs Thurtle', 'Dr Pegg': an honorific and a surname, nothing else."""
    bare, _ = strip_parens(seg)
    bare = _IN_THE_CHAIR.sub(r"\g<p>", bare)
    title, name = split_honorifics(bare.strip())
    return title is not None and len(name.split()) == 1 and looks_like_name(bare)


def _split_run(words: list[str]) -> list[str] | None:
    """``words`` cut into names (see :func:`name_run`), the first way that works; None if none does."""
    if not words:
        return []
    title, _name = split_honorifics(" ".join(words))
    n_title = len(title.split()) if title else 0
    if title:
        # an honorific: the surname alone first ("Mrs Alcock"), then with initials or a given name
        options = list(range(n_title + 1, min(n_title + 4, len(words)) + 1))
    else:
        options = [2] + ([3] if len(words) >= 3 and _is_initial(words[1]) else [])
    for size in options:
        chunk = " ".join(words[:size])
        body = words[n_title:size]
        if not looks_like_name(chunk) or any(w.casefold() in ROLE_WORDS for w in body):
            continue
        if not title and _is_initial(body[-1]):
            continue
        rest = _split_run(words[size:])
        if rest is not None:
            return [chunk, *rest]
    return None


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
            roleish(role)
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


# "Mr T Dunnett – Borough Councillor 4 members of the public": the public's count run on to a role
_PUBLIC_TAIL = re.compile(
    r"[\s,;]+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+number\s+of)\s+"
    r"(?:other\s+)?members?\s+of\s+(?:the\s+)?(?:public|press)\.?$",
    re.I,
)


_INITIALS_SURNAME = re.compile(r"(?:[A-Z]\.\s?|[A-Z]\s){1,3}[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def is_name_segment(seg: str, *, titled: bool = False) -> bool:
    """``titled``: a plural honorific ("Councillors Ashworth, Blake and Cooper") stands before the
    list, so a lone surname is a name."""
    bare, _ = strip_parens(seg)
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


def name_alias_role(seg: str) -> tuple[str, str | None] | None:
    """'Helen Marsh (HM) Chair' → ('Helen Marsh', 'Chair'): the initials the minutes use for the person
    in brackets, the role after them."""
    m = _INITIALS_ALIAS.match(seg.strip())
    if not m or not looks_like_name(m.group("name")):
        return None
    starts = {w[0] for w in split_honorifics(m.group("name"))[1].split() if w[:1].isupper()}
    ini = m.group("ini")
    if len(ini) >= 3 and ini.isupper() and ini[0] not in starts:
        return None  # "Cllr Luscombe (DCC)": his council's initials, not his own
    return m.group("name").strip(), (m.group("role").strip(" ,") or None)


def strong_name(cell: str) -> bool:
    """A cell that is surely a person (so a row of them is names in columns, not name and role): an
    honorific, an initial, or a known given name."""
    bare, _ = strip_parens(cell)
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


def name_with_post(cell: str) -> bool:
    """'Kev Ormond (Head of Housing)': a name with the person's post in brackets after it."""
    bare, parens = strip_parens(cell)
    return bool(parens) and roleish(parens[0]) and looks_like_name(bare)


def _role_then_name(seg: str) -> tuple[str, str] | None:
    """'Licensing Manager (T. Harding)' → ('Licensing Manager', 'T. Harding'): a role with the
    person in brackets after it, as licensing and fire authority minutes list officers."""
    m = re.fullmatch(r"(?P<role>[A-Z][^()]{2,80}?)\s*\((?P<name>[^()]+)\)", seg.strip())
    if not m or looks_like_name(m.group("role")):
        return None
    name = m.group("name").strip()
    if not looks_like_name(name) or not roleish(m.group("role")):
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
    if not roleish(role.replace(",", " ")):
        return None
    return role, name


def name_then_role(text: str) -> tuple[str, str] | None:
    """'Judith Amankwah Head of Community Safety, Pendlebrook BC' → (name, role): a name and a role
    that were set apart by a TAB or a run of spaces the extraction collapsed to one space (Word's
    "Save as Web Page" writes the TAB as a span of &nbsp;). The longest leading name after which a
    role begins (a role word among its first words) wins."""
    tokens = text.split()
    if len(tokens) < 3 or "\t" in text:
        return None
    chair = _IN_THE_CHAIR.match(text.strip())
    if chair and looks_like_name(chair.group("p")):
        return chair.group("p"), chair.group("role")  # "Councillor Mohinder Sandhu in the Chair;"
    for n in range(min(6, len(tokens) - 1), 1, -1):
        cand = " ".join(tokens[:n])
        if not looks_like_name(cand):
            continue
        rest = " ".join(tokens[n:])
        run = re.split(r"\s*[,;(–—]|\s-\s", rest, maxsplit=1)[0].split()
        if not run or not run[0][:1].isupper():
            continue
        if len(rest.split()) == 1 and not strong_name(cand):
            continue  # "Chilterdown Growth Board": a body's name, not "Name Role"
        if any(w.casefold().strip(".,") in ROLE_WORDS for w in run[:4]):
            return cand, rest
    return None


def roleish(text: str) -> bool:
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


# "Cllr Bethan Lewis & Cllr Wyn Roberts apologised for their inability to attend the meeting.": the list
# is the subject of a sentence under an apologies heading; the predicate (and what follows) is no role
_APOLOGISED = re.compile(
    r"\s+(?:(?:had|have)\s+)?(?:apologi[sz]ed|sent\s+(?:their|his|her)?\s*apologies|tendered\s+(?:their|his|her)\s+"
    r"apologies|(?:was|were)\s+unable\s+to\s+attend|could\s+not\s+attend)\b.*$",
    re.I | re.S,
)


_WERE_PRESENT = re.compile(
    r"\s+(?:were|was)\s+(?:all\s+)?present\b(?:\s*,?\s*(?:as\s+(?:was|were)|(?:and|with)\s+(?:also\s+)?)\s*"
    r"(?P<more>[A-Z].*))?$",
    re.S,
)


def parse_list(
    text: str, status: str, lines: list[PLine], *, title_prefix: str | None = None
) -> list[Candidate]:
    """People in one logical entry: "Name, Role", "Name – Role", a comma/and list, or groups by ';'."""
    people: list[Candidate] = []
    text = _SQUARE_INITIALS.sub("", text).strip().strip(".").strip()
    text = _NOTE_MARK.sub("", text)
    if status == "apologies":
        text = _APOLOGISED.sub("", text)
    also = _WERE_PRESENT.search(text) if status == "present" else None
    if also:
        # "Present: Cllr A, … and Cllr B were present as was R Doidge Parish Clerk": the list is the
        # subject of a sentence; who "was also" there attended besides the members
        text = text[: also.start()]
    # "Cllr D Bellis, Cllr E Wynne and" (the list goes on after a gap): the dangling conjunction
    text = re.sub(r"(?:\s*,)?\s+(?:and|&)$", "", text)
    if not text:
        return people
    groups = [g.strip() for g in re.split(r";\s*(?:and\s+)?(?![^()]*\))", text) if g.strip()]
    groups = [g for g in groups if not _PUBLIC.match(g)] or groups  # "…; 2 members of the public"
    if len(groups) > 1 and not all(starts_with_person(g) for g in groups):
        groups = [text]  # "Chair; Cabinet Member for …" is one role, not two groups
    for group in groups:
        people.extend(_parse_group(group, status, lines, title_prefix=title_prefix))
    if also and also.group("more"):
        people.extend(parse_list(also.group("more"), "in_attendance", lines))
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
    if plural and first and is_name_segment(first, titled=True) or not plural and looks_like_name(first):
        return rest
    return None


def _dash_entries(group: str) -> list[str] | None:
    """'R Lanyon - Town Clerk, Mrs A Tonkin - Administration Officer, 6 members of the public': a comma
    list of "Name – Role" entries (an "Also present" paragraph): the entries, when at least two are
    written with a dash and every other one is a person or the public; None otherwise."""
    segs = [g.strip() for g, _sep in top_level_split(group, re.compile(r",\s*")) if g.strip()]
    if len(segs) < 2:
        return None
    dashed = 0
    for seg in segs:
        d = DASH_SEP.search(seg)
        if d and is_name_segment(seg[: d.start()]) and starts_with_person(seg[: d.start()]):
            dashed += 1
        elif not (
            _PUBLIC.match(seg)
            or is_name_segment(seg)
            or _role_then_name(seg)
            or _role_then_titled(seg)
            or _embedded_name(seg)
        ):
            return None
    return segs if dashed >= 2 else None


_NAME_THEN_CLERK = re.compile(
    r"^(?P<name>[A-Z][^,()]{2,50}?)\s+(?P<post>(?:(?:[Pp]arish|[Tt]own|[Cc]ommunity|[Dd]eputy|[Aa]ssistant)\s+)?"
    r"(?:Clerk|Clerc|RFO)(?:\s*(?:and|&|/)\s*RFO)?)$"
)


_CLERK_POST = re.compile(
    r"^(?:(?:parish|town|community|village|deputy|assistant)\s+)?(?:clerk|clerc|rfo)(?:\s*(?:and|&|/)\s*rfo)?$",
    re.I,
)


# a singular councillor title before a list of bare surnames (each perhaps with a bracketed role) that
# ends "and Surname"
_SURNAME_CELL = r"[A-Z][\w'’-]+(?:\s*\([^()]*\))?"
_SINGULAR_LIST = re.compile(
    rf"^(?:Councillor|Cllr\.?)\s+(?P<names>{_SURNAME_CELL}(?:\s*,\s*{_SURNAME_CELL}){{1,}},?\s+and\s+{_SURNAME_CELL})\.?$"
)


def _parse_group(group: str, status: str, lines: list[PLine], *, title_prefix: str | None) -> list[Candidate]:
    people: list[Candidate] = []
    prefix = title_prefix
    rdn = _role_dash_name(group)
    if rdn:
        return [Candidate(raw=rdn[1], status=status, role=rdn[0], lines=lines, title_prefix=prefix)]
    labelled = _group_label(group)
    if labelled is not None:
        group = labelled
    lab = _ROLE_LABEL.match(group)
    if lab and not plural_honorific(lab.group("role"))[0] and starts_with_person(lab.group("rest")):
        # "Independent Person: Mr Colin Cross", "Clerk: Mrs A Lee": the role first, as a label
        got = _parse_group(lab.group("rest"), status, lines, title_prefix=title_prefix)
        for p in got:
            p.role = f"{lab.group('role')}; {p.role}" if p.role else lab.group("role")
        return got
    plural, rest = plural_honorific(group)
    if plural:
        prefix, group = plural, rest
    elif (singular := _SINGULAR_LIST.match(group.strip())) and not any(
        roleish(w) for w in re.findall(r"[A-Z][\w'’-]+(?![^()]*\))", singular.group("names"))
    ):
        # "Councillor Okafor (Chair), Dunmore (Deputy Chair), Brennand and Yeo": the singular title
        # used for the whole list of surnames, as some councils print it
        prefix, group = "Councillor", singular.group("names")
    whole = name_alias_role(group)
    if whole and "(" not in (whole[1] or "") and not re.search(r"[,;]", whole[0]):
        # "Professor Ruth Olawale (RO) Non-Executive Member – Quality and Patient Experience"
        return [Candidate(raw=whole[0], status=status, role=whole[1], lines=lines, title_prefix=prefix)]
    # "Name – Role" with a dash: the dash separates name and role
    dash = DASH_SEP.search(group)
    dash_list = _dash_entries(group) if dash else None
    if dash_list:
        for seg in dash_list:
            got = _parse_group(seg, status, lines, title_prefix=prefix)
            emb = _embedded_name(seg) if not got else None
            if emb:  # "Cornwall Councillor S Tremayne": the role written before the name
                got = [Candidate(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=prefix)]
            people.extend(got)
        return people
    if dash and is_name_segment(group[: dash.start()]) and "," not in group[: dash.start()]:
        after = group[dash.end() :]
        more = re.search(r",\s*(?=\S)", after)
        if more:
            tail = after[more.end() :]
            first = re.split(r"\s*,\s*", tail, maxsplit=1)[0]
            if split_honorifics(first)[0] is not None and is_name_segment(first) and starts_with_person(tail):
                # "Cllr Peter Harrod - Chairman, Cllr Susan Bilham, Cllr Keith Feltwell": the role after
                # the dash ends where the next titled name starts
                head = group[: dash.end()] + after[: more.start()]
                return _parse_group(head, status, lines, title_prefix=prefix) + _parse_group(
                    tail, status, lines, title_prefix=prefix
                )
        name_part, parens = strip_parens(group[: dash.start()].strip())
        role_part = "; ".join(parens + [_PUBLIC_TAIL.sub("", group[dash.end() :].strip())]).strip("; ")
        p = Candidate(raw=name_part, status=status, role=role_part or None, lines=lines, title_prefix=prefix)
        return [p]
    # "Cllrs Davies (Chairman), Baker, Varcoe & Warne": under a plural honorific "&" joins surnames
    segments = top_level_split(group, PLURAL_LIST_SEPS if prefix else LIST_SEPS)
    expanded: list[tuple[str, str]] = []
    role_first = False
    # "Mr Gedge in the Chair, Mrs Thurtle, Mr Eastoe": a list of honorific + surname only, so a longer
    # entry in it ("Mrs Alcock Graham Bunn (County Councillor)") is two people whose comma was lost
    surnames_only = sum(1 for seg, _sep in segments if _titled_surname(seg)) >= 2
    mid_plural: str | None = None
    for k, (seg, sep) in enumerate(segments):
        seg_plural, seg_names = plural_honorific(seg) if k > 0 else (None, "")
        if seg_plural and seg_names:
            # "The Mayor (…), Councillors Mrs J Aikin, Ashford, Balcombe": a plural honorific part-way
            # through the list titles every name after it (read in the loop below)
            mid_plural = seg_plural
            expanded.append((seg, sep))
            continue
        if mid_plural and is_name_segment(seg, titled=True):
            expanded.append((seg, sep))
            continue
        chair = _IN_THE_CHAIR.match(seg)
        if chair and is_name_segment(chair.group("p"), titled=bool(prefix)):
            # "Mr Gedge in the Chair", "Councillor A Bithell-Lloyd (Mayor) in the Chair"
            bare, parens = strip_parens(chair.group("p"))
            role = "; ".join([*parens, chair.group("role")])
            people.append(Candidate(raw=bare, status=status, role=role, lines=lines, title_prefix=prefix))
            continue
        clerk = _NAME_THEN_CLERK.match(seg) if k > 0 else None
        if clerk and looks_like_name(clerk.group("name")) and status == "present":
            # "Councillors A, B, Gwenan Lloyd Davies Clerk and C": the clerk named among the members,
            # the post after the name; an officer, not one of the councillors
            people.append(
                Candidate(
                    raw=clerk.group("name"), status="in_attendance", role=clerk.group("post"), lines=lines
                )
            )
            continue
        named = is_name_segment(seg, titled=bool(prefix))
        run = name_run(seg) if not named else None
        if named and surnames_only and not prefix and not _titled_surname(seg):
            # one name by itself, but longer than the honorific + surname entries around it
            run = name_run(seg)
            run = run if run and _titled_surname(run[0]) else None
        if run:  # "Alan Forbes (Chairman) Douglas Strachan Moira Cruickshank": the commas left out
            expanded.extend((chunk, sep if c == 0 else ", ") for c, chunk in enumerate(run))
            continue
        two = _run_together(seg)
        if two:  # "David Lovell Cyng/Cllr Rhys Jones": a comma lost before a titled name
            expanded.append((two[0], sep))
            expanded.append((two[1], ", "))
            continue
        if not named and not _role_then_name(seg) and not name_alias_role(seg):
            rtt = _role_then_titled(seg)
            if rtt:
                people.append(
                    Candidate(raw=rtt[1], status=status, role=rtt[0], lines=lines, title_prefix=prefix)
                )
                continue
            emb = _embedded_name(seg)
            if emb and (k == 0 or role_first) and roleish(emb[0]):
                # "Chief Fire Officer Lee Barnes, Treasurer Nia Evans": the role written first
                role_first = True
                people.append(
                    Candidate(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=prefix)
                )
                continue
            if emb and k > 0 and k + 1 == len(segments) and sep.strip() == "and" and roleish(emb[0]):
                # "… Sadia Khan and Philip Marsh and Independent Member Julian Cobb": the last of the
                # list written with its role first
                people.append(
                    Candidate(raw=emb[1], status=status, role=emb[0], lines=lines, title_prefix=None)
                )
                continue
            if emb and k + 1 < len(segments):
                expanded.append((emb[0], sep))
                expanded.append((emb[1], ", "))
                continue
        expanded.append((seg, sep))
    posts: list[tuple[int, str]] = []  # (index of the next person, the post written before him or her)
    for n, (seg, sep) in enumerate(expanded):
        the_post = re.match(r"^the\s+(?P<role>[A-Z][\w'’ -]{2,60})$", seg.strip())
        if (
            the_post
            and roleish(the_post.group("role"))
            and n + 1 < len(expanded)
            and split_honorifics(expanded[n + 1][0])[0] is not None
        ):
            # "… J Sharpe and the Parish Clerk, Mrs H. Blanchard": the post, then its holder
            posts.append((len(people), the_post.group("role")))
            continue
        p_plural, p_rest = plural_honorific(seg)
        if p_plural:
            prefix, seg = p_plural, p_rest
        alias = name_alias_role(seg)
        if alias:
            people.append(
                Candidate(raw=alias[0], status=status, role=alias[1], lines=lines, title_prefix=prefix)
            )
            continue
        rn = _role_then_name(seg)
        if rn:
            people.append(Candidate(raw=rn[1], status=status, role=rn[0], lines=lines))
            continue
        if titled_literal(seg):
            people.append(Candidate(raw=seg.strip(), status=status, lines=lines))
            continue
        if is_name_segment(seg, titled=bool(prefix)):
            bare, parens = strip_parens(seg)
            bare, org = _trailing_acronym(bare)
            role = "; ".join(([org] if org else []) + parens) or None
            own = prefix if not (role and _CLERK_POST.match(role)) else None
            # "Cllrs Elgar, Wenham and Goldup, and Mrs Kemsley (Clerk)": the clerk, titled on her own,
            # is not one of the councillors the plural honorific titles
            people.append(Candidate(raw=bare, status=status, role=role, lines=lines, title_prefix=own))
        elif (
            (of_org := _OF_ORG.match(seg))
            and is_name_segment(of_org.group("n"))
            and strong_name(of_org.group("n"))
        ):
            # "Mr Peter Elliott of the Tynedale Red Squirrel Group": the person and whom he represents
            people.append(
                Candidate(raw=of_org.group("n"), status=status, role=of_org.group("org"), lines=lines)
            )
        elif (ntr := name_then_role(seg)) and not prefix and strong_name(ntr[0]):
            # "Others: Meirion Thomas Clerk to the Council, Mr Gethin Jenkins": a name and the post after it
            # with the separator lost (a known given name, so "East Sussex County Council" is no person)
            people.append(Candidate(raw=ntr[0], status=status, role=ntr[1], lines=lines))
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
    for at, post in posts:
        if at < len(people):
            people[at].role = f"{post}; {people[at].role}" if people[at].role else post
            people[at].title_prefix = None  # the councillors' plural title is not the clerk's
    return people


def starts_with_person(text: str) -> bool:
    t = text.strip()
    if t.count("(") > t.count(")") and t.rfind("(") > 0:
        # "PC Sarah Holroyd (West Calder Police - Responsible": the role's bracket closes on the next line
        t = t[: t.rfind("(")].rstrip()
    labelled = _group_label(t)
    if labelled is not None:
        t = labelled
    plural, rest = plural_honorific(t)
    if plural:
        t = rest
    if "\t" in t:
        return is_name_segment(t.split("\t", 1)[0], titled=bool(plural))
    # under a plural honorific Welsh "a"/"ac" joins names too ("Cynghorwyr Bethan Ellis a Dewi Lloyd")
    welsh_and = r"|\s+ac?\s+(?=[A-Z])" if plural else ""
    first = top_level_split(t, re.compile(r"\s*[,;]\s*|\s+[–—-]\s+|\s+and\s+" + welsh_and))
    if not first:
        return False
    seg = first[0][0]
    lab = _ROLE_LABEL.match(t)
    if lab and not plural_honorific(lab.group("role"))[0] and lab.group("rest") != t:
        # "Labour:   Councillors S Akhtar (Chair), P Brannigan": a group label, then the list
        lab_plural, lab_rest = plural_honorific(lab.group("rest"))
        rest_first = top_level_split(lab_rest, re.compile(r"\s*[,;]\s*|\s+and\s+"))
        if rest_first and is_name_segment(rest_first[0][0], titled=bool(lab_plural)):
            return True
    if is_name_segment(seg, titled=bool(plural)) or _role_then_name(seg) or name_alias_role(seg):
        return True
    if _role_dash_name(t) or _role_then_titled(seg):
        return True
    emb = _embedded_name(seg)
    return bool(emb and roleish(emb[0]) and len(emb[0].split()) <= 5)


def finish(p: Candidate) -> AttendanceEntry | None:
    raw = p.raw.strip().strip(",;.")
    title, name = split_honorifics(raw)
    place = place_before_councillor(raw.split()) if title is None else 0
    if place:
        # "Cornwall Cllr Alex Foulkes": the council he sits on, then his honorific
        title, name = split_honorifics(" ".join(raw.split()[place:]))
        title = " ".join([*raw.split()[:place], title or ""]).strip()
    if p.title_prefix and not (
        title and re.search(r"\b(?:cllrs?|councillors?|cyng|cynghorydd)\b", title, re.I)
    ):
        # "Cllrs … County Cllr. M. Seago": a councillor title of the entry's own is not repeated
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


PROSE = re.compile(
    r"\b(?:began|begun|commenced|started|opened|was|were|is|are|has|had|have|will|would|welcomed|noted|"
    r"received|declared|presented|reported)\b"
)


_ODD_CHARS = re.compile(r"[()\"=<>{}\\]|--(?=\s*$|[^\sA-Za-z])|'[);]")


def titled_literal(seg: str) -> bool:
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


def surname_first(cell: str) -> str:
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


def lookup(entries: list[AttendanceEntry], raw: str) -> AttendanceEntry | None:
    """The listed person a mention refers to: same key, else the same surname with compatible initials."""
    _t, name = split_honorifics(raw)
    key = person_key(name)
    if not key:
        return None
    for e in entries:
        if e.person_key == key:
            return e
    toks = key.split()
    if len(name.split()) == 1 and len(toks) > 1:
        # "Councillor Marchant-Hale": one hyphenated surname (the key splits it), no given name
        hits = [e for e in entries if e.person_key.split()[-len(toks) :] == toks]
        return hits[0] if len(hits) == 1 else None
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


def add_unlisted(entries: list[AttendanceEntry], person: Candidate) -> AttendanceEntry | None:
    """Add ``person`` unless the entries already list them (a sentence repeating a list, or two
    sentences naming the same person); the new entry, or None."""
    if lookup(entries, person.raw):
        return None
    entry = finish(person)
    if entry:
        entries.append(entry)
    return entry
