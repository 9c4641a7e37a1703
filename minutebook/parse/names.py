"""People's names as minutes write them: honorifics, post-nominals, initials, and a comparison key.

UK minutes put a lot in front of a name ("County Councillor Mrs", "Cllr Dr", "Revd",
"Chief Constable", "Baroness") and a little after it ("CBE", "OBE", "JP"). The parser
keeps the name as written without them and records them as ``title``; :func:`person_key`
folds a name to a key that matches the same person written with or without honorifics,
dots in initials or a different case, while keeping initials, so "F M Oborski" and
"Mrs F.M. Oborski" match but "J Smith" and "A Smith" do not.

:func:`looks_like_name` is the precision guard of the attendance grammar: a prose
fragment, a role ("Director of Children's Services") or an organisation ("Lancashire
County Council") must not become a person.
"""

from __future__ import annotations

import re
import unicodedata

# Honorific prefixes, written as token sequences (case-insensitive, trailing dots ignored).
# Longest first so "County Councillor" wins over "Councillor".
_PREFIXES_RAW = [
    "The Rt Hon",
    "The Right Honourable",
    "Rt Hon",
    "The Revd",
    "The Rev",
    "The Reverend",
    "Deputy Chief Constable",
    "Assistant Chief Constable",
    "Chief Constable",
    "Chief Superintendent",
    "Chief Supt",
    "Ch Supt",
    "Det Supt",
    "Det Ch Supt",
    "Ch Insp",
    "Det Insp",
    "Chief Inspector",
    "Detective Inspector",
    "Detective Sergeant",
    "Detective Constable",
    "Police Constable",
    "County Councillor",
    "Borough Councillor",
    "District Councillor",
    "City Councillor",
    "Town Councillor",
    "Parish Councillor",
    "Unitary Councillor",
    "Ward Councillor",
    "County Cllr",
    "Borough Cllr",
    "District Cllr",
    "City Cllr",
    "Town Cllr",
    "Parish Cllr",
    "Unitary Cllr",
    "Ward Cllr",
    # abbreviated: "Dist. Cllr. H. Dix", "Co. Cllr. M. Seago"
    "Dist Councillor",
    "Dist Cllr",
    "Co Cllr",
    "Deputy Lord Mayor",
    "Lord Mayor",
    # combined authorities' and cities' directly elected mayors: "Metro Mayor D Kearney"
    "Metro Mayor",
    "City Mayor",
    "Elected Mayor",
    "Deputy Mayor",
    "Depute Lord Provost",
    "Deputy Lord Provost",
    "Lord Provost",
    "Depute Provost",
    "Councillor",
    "Cllr",
    "Coun",
    # Welsh: "Y Cynghorydd" (the Councillor), "Cynghorydd Sirol" (County Councillor), "Cyng." and their
    # soft mutations after "gan" / "i" ("gan Gyng. Rhys"); "Parch." (Parchedig, Reverend)
    "Y Cynghorydd Sirol",
    "Cynghorydd Sirol",
    "Y Cynghorydd",
    "Cynghorydd",
    "Gynghorydd",
    "Cyng",
    "Gyng",
    "Parchedig",
    "Parch",
    "Cncllr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Doctor",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Viscount",
    "Revd",
    "Rev",
    "Reverend",
    "Canon",
    "Father",
    "Fr",
    "Bishop",
    "Archdeacon",
    "Rabbi",
    "Imam",
    "Bailie",
    "Provost",
    "Honorary Alderman",
    "Hon Alderman",
    "Alderman",
    "Ald",
    "Mayor",
    "Hon",
    "PCSO",
    "PC",
    "PS",
    "DC",
    "DS",
    "DI",
    "Sgt",
    "Sergeant",
    "Insp",
    "Inspector",
    "Supt",
    "Superintendent",
    "Commander",
    "Capt",
    "Captain",
    "Major",
    "Colonel",
    "Col",
    "Lt",
    "Judge",
    # the City of London's civic ranks written before the name ("Deputy Jane Hale", "Sheriff Alan
    # Reed"): titles only before a forename and surname, see _CIVIC_RANKS
    "Deputy",
    "Sheriff",
    # fire-service ranks written as titles ("SM Kelly Brent" = Station Manager): see _RANKS
    "SM",
    "WM",
    "GM",
    "CM",
]
# Plural forms that introduce a list and distribute over it ("Councillors A, B and C").
_PLURALS_RAW = {
    "County Councillors": "County Councillor",
    "Borough Councillors": "Borough Councillor",
    "District Councillors": "District Councillor",
    "Town Councillors": "Town Councillor",
    "Parish Councillors": "Parish Councillor",
    "Unitary Councillors": "Unitary Councillor",
    "Ward Councillors": "Ward Councillor",
    "Councillors": "Councillor",
    "County Cllrs": "County Cllr",
    "Borough Cllrs": "Borough Cllr",
    "District Cllrs": "District Cllr",
    "City Cllrs": "City Cllr",
    "Town Cllrs": "Town Cllr",
    "Parish Cllrs": "Parish Cllr",
    "Unitary Cllrs": "Unitary Cllr",
    "Ward Cllrs": "Ward Cllr",
    "Dist Cllrs": "Dist Cllr",
    "Cllrs": "Cllr",
    "Y Cynghorwyr": "Cynghorydd",
    "Cynghorwyr": "Cynghorydd",
    "Gynghorwyr": "Cynghorydd",
    "Messrs": "Mr",
    "Mesdames": "Mrs",
    "Mmes": "Mrs",
    "Drs": "Dr",
    "Aldermen": "Alderman",
    "Honorary Aldermen": "Honorary Alderman",
    "Bailies": "Bailie",
    "Alderwomen": "Alderwoman",
}
POST_NOMINALS = frozenset(
    [
        "CBE",
        "OBE",
        "MBE",
        "KBE",
        "DBE",
        "GBE",
        "BEM",
        "KCB",
        "CB",
        "KG",
        "QC",
        "KC",
        "JP",
        "CC",  # County Councillor, printed after each member in Leicestershire-style lists
        "DL",
        "MP",
        "MEP",
        "MSP",
        "MS",
        "AM",
        "QPM",
        "QFSM",
        "FRCP",
        "FRCS",
        "FRCPCH",
        "FRSA",
        "FCA",
        "MRCGP",
        "MRCP",
        "PhD",
        "DPhil",
        "MA",
        "MSc",
        "BA",
        "BSc",
        "LLB",
        "RN",
        "OStJ",
        "Esq",
    ]
)
# Tokens that can sit inside a surname ("Ursula von der Leyen", "Lord Haskett of Brindle").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "der",
        "den",
        "du",
        "le",
        "la",
        "van",
        "von",
        "ten",
        "ter",
        "bin",
        "binti",
        "al",
        "el",
        "of",
        "st",
        "ap",  # Welsh patronymics: "G ap Dafydd", "E M ab Ithel"
        "ab",
    ]
)

# Words that mark a role, an organisation, a place type or plain prose: never part of a name.
ROLE_WORDS = frozenset(
    [
        # words of the minutes' own headings and sign-off ("UNRESTRICTED ITEMS", "RECORDING AND VOTING
        # ARRANGEMENTS", "Date Confirmed and Signed"): never part of a name
        "items",
        "arrangements",
        "recording",
        "webcasting",
        "unrestricted",
        "exempt",
        "announcements",
        "signed",
        "confirmed",
        # organisations named after a person's name ("Kirsty Blair, Transport Scotland"): never surnames
        "transport",
        "rescue",
        "ambulance",
        "healthcare",
        "railway",
        "railways",
        "society",
        "secretariat",
        "museum",
        "library",
        "archives",
        "academy",
        "ltd",
        "limited",
        "plc",
        "llp",
        "acting",
        "adviser",
        "advisor",
        "agency",
        "agenda",
        "all",
        "alliance",
        "also",
        "analyst",
        "annual",
        "apologies",
        "applicant",
        "apprentice",
        "area",
        "assembly",
        "assessment",
        "assistant",
        "associate",
        "association",
        "attendance",
        "audit",
        "authority",
        "bank",
        "board",
        "borough",
        "branch",
        "budget",
        "business",
        "cabinet",
        "care",
        "carer",
        "carers",
        "centre",
        "center",
        "chair",
        "chairman",
        "chairperson",
        "chairwoman",
        "chamber",
        "chief",
        "children's",
        "children",
        "city",
        "civic",
        "clerk",
        "clinical",
        "co-opted",
        "coordinator",
        "co-ordinator",
        "college",
        "combined",
        "commander",
        "commission",
        "commissioner",
        "committee",
        "community",
        "company",
        "constabulary",
        "consultant",
        "contracting",
        "corporate",
        "council",
        "councillor",
        "councillors",
        "county",
        "court",
        "democratic",
        "department",
        "deputy",
        "design",
        "designated",
        "development",
        "digital",
        "director",
        "directorate",
        "district",
        "division",
        "early",
        "economic",
        "education",
        "elected",
        "employment",
        "engagement",
        "environment",
        "estates",
        "executive",
        "faith",
        "federation",
        "finance",
        "financial",
        "fire",
        "forum",
        "foundation",
        "fund",
        "governance",
        "governor",
        "governors",
        "group",
        "head",
        "health",
        "healthwatch",
        "highways",
        "hospital",
        "hospitals",
        "house",
        "housing",
        "hub",
        "improvement",
        "independent",
        "infrastructure",
        "inspector",
        "integrated",
        "interim",
        "lead",
        "leader",
        "learning",
        "legal",
        "licensing",
        "local",
        "manager",
        "mayor",
        "meeting",
        "member",
        "members",
        "minute",
        "minutes",
        "monitoring",
        "national",
        "network",
        "neighbourhood",
        "neighbourhoods",
        "nhs",
        "none",
        "nursery",
        "nurseries",
        "nursing",
        "observer",
        "observers",
        "office",
        "officer",
        "officers",
        "opposition",
        "panel",
        "parent",
        "parish",
        "partner",
        "partners",
        "partnership",
        "people",
        "performance",
        "planning",
        "police",
        "policy",
        "portfolio",
        "practice",
        "primary",
        "principal",
        "programme",
        "project",
        "property",
        "public",
        "quality",
        "regeneration",
        "regional",
        "representative",
        "representatives",
        "resources",
        "safeguarding",
        "school",
        "schools",
        "scrutiny",
        "secondary",
        "secretary",
        "section",
        "sector",
        "senior",
        "service",
        "services",
        "social",
        "solicitor",
        "specialist",
        "station",
        "strategic",
        "strategy",
        "sub-committee",
        "superintendent",
        "support",
        "team",
        "the",
        "town",
        "treasurer",
        "trust",
        "trustee",
        "union",
        "unions",
        "unit",
        "university",
        "vice",
        "watch",
        "vice-chair",
        "vice-chairman",
        "voluntary",
        "welfare",
        "wellbeing",
        "youth",
    ]
)
# Capitalised words that begin sentences or headings, not names.
_NOT_NAME_START = frozenset(
    [
        "a",
        "an",
        "and",
        "any",
        "apologies",
        "as",
        "at",
        "before",
        "but",
        "by",
        "during",
        "for",
        "from",
        "further",
        "if",
        "in",
        "it",
        "its",
        "item",
        "items",
        "minutes",
        "action",
        "actions",
        "agenda",
        "appendix",
        "report",
        "decision",
        "decisions",
        "meeting",
        "page",
        "venue",
        "no",
        "not",
        "noted",
        "of",
        "on",
        "or",
        "other",
        # "PART ONE – OPEN TO THE PUBLIC", "Section Two": the minutes' own parts
        "part",
        "section",
        "one",
        "available",  # "Available Papers": a heading after the list
        "present",
        "resolved",
        "that",
        "the",
        "their",
        "there",
        "these",
        "this",
        "those",
        "to",
        "two",
        "three",
        "four",
        "five",
        "six",
        "was",
        "were",
        "when",
        "where",
        "which",
        "who",
        "with",
    ]
)

_TOKEN_RE = re.compile(r"[^\s]+")


def _fold(token: str) -> str:
    return token.rstrip(".").casefold()


def _seq(raw: str) -> tuple[str, ...]:
    return tuple(_fold(t) for t in raw.split())


_PREFIXES = sorted({_seq(p) for p in _PREFIXES_RAW}, key=len, reverse=True)
_PLURALS = {_seq(k): v for k, v in _PLURALS_RAW.items()}
_PLURAL_SEQS = sorted(_PLURALS, key=len, reverse=True)
_POST_FOLDED = frozenset(p.casefold() for p in POST_NOMINALS)
# Honorifics that are also ordinary initials or words when written in capitals ("DC", "PC" can be
# initials; "Major" a word): they count as a title only when a name follows.
_WEAK = frozenset({("dc",), ("ds",), ("di",), ("pc",), ("ps",), ("major",), ("hon",), ("judge",), ("lady",)})


# Rank abbreviations that are far more often a person's initials ("GM Smith"): a title only in
# capitals and before a written-out given name and a surname ("SM Kelly Brent").
_RANKS = frozenset({("sm",), ("wm",), ("gm",), ("cm",)})
_CIVIC_RANKS = frozenset({("deputy",), ("sheriff",)})


def _two_names_follow(tokens: list[str], k: int, trailing: str) -> bool:
    """A forename and a surname start at ``tokens[k]``: what makes a rank ("SM", "Deputy") a title.
    ``trailing`` is the punctuation the surname may carry (a fire-service list ends names with ",."; a
    civic one may close a bracket)."""
    return (
        len(tokens) - k >= 2
        and bool(_NAME_TOKEN.match(tokens[k]))
        and bool(_NAME_TOKEN.match(tokens[k + 1].rstrip(trailing)))
    )


# words that make "Deputy …" an office ("Deputy Leader", "Deputy Chief Executive"), not a rank
_OFFICE_WORDS = frozenset(
    [
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "leader",
        "mayor",
        "chief",
        "head",
        "director",
        "clerk",
        "lieutenant",
        "monitoring",
        "cabinet",
        "portfolio",
        "member",
        "members",
        "manager",
        "officer",
        "returning",
        "section",
        "town",
        "city",
        "county",
        "borough",
        "district",
        "parish",
        "executive",
        "governor",
        "president",
        "secretary",
        "treasurer",
        "commissioner",
        "controller",
        "principal",
        "provost",
        "registrar",
        "lord",
        "lady",
        "high",
        "vice",
    ]
)

_BY_FIRST: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _match_prefix(tokens: list[str], i: int, table: list[tuple[str, ...]]) -> int:
    """Length of the longest honorific sequence in ``table`` starting at tokens[i] (0 if none)."""
    if i >= len(tokens):
        return 0
    index = _BY_FIRST.get(id(table))
    if index is None:  # the sequences of a table by their first token, longest first (built once)
        index = {}
        for seq in table:
            index.setdefault(seq[0], []).append(seq)
        _BY_FIRST[id(table)] = index
    cands = index.get(_fold(tokens[i]))
    if not cands:
        # "Cyng/Cllr", "Cynghorydd/Councillor": a bilingual title, the same honorific in both languages
        halves = [h for h in tokens[i].split("/") if h]
        if len(halves) == 2 and all((_fold(h),) in index.get(_fold(h), ()) for h in halves):
            return 1
        return 0
    for seq in cands:
        n = len(seq)
        if len(tokens) - i >= n and tuple(_fold(t) for t in tokens[i : i + n]) == seq:
            return n
    return 0


def plural_honorific(raw: str) -> tuple[str | None, str]:
    """("Councillor", rest) when ``raw`` starts with a plural honorific ("Councillors A, B and C")."""
    tokens = raw.split()
    n = _match_prefix(tokens, 0, _PLURAL_SEQS)
    if not n:
        return None, raw
    return _PLURALS[tuple(_fold(t) for t in tokens[:n])], " ".join(tokens[n:])


_PLACE_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def place_before_councillor(tokens: list[str]) -> int:
    """How many tokens name the council before a councillor's honorific ("Cornwall Cllr Alex Foulkes",
    "Devon County Councillor Frank Dymond", "West Lindsey District Councillor …"): they belong to the
    title. One or two capitalised words, neither a given name nor an office; 0 when there are none.
    Only for a whole entry: inside a run of names ("David Lovell Cllr Rhys Jones") the words before the
    honorific are the previous person."""
    for lead in (1, 2):
        if len(tokens) < lead + 2:
            return 0
        words = tokens[:lead]
        if not all(
            _PLACE_WORD.match(w)
            and _fold(w) not in ROLE_WORDS
            and _fold(w) not in _OFFICE_WORDS
            and _fold(w) not in FIRST_NAMES
            and not _match_prefix([w], 0, _PREFIXES)
            for w in words
        ):
            return 0
        n = _match_prefix(tokens, lead, _PREFIXES)
        if n and _fold(tokens[lead + n - 1]) in {"cllr", "councillor"} and len(tokens) > lead + n:
            return lead
    return 0


def split_honorifics(raw: str) -> tuple[str | None, str]:
    """(title, name): leading honorifics ("County Councillor Mrs") and trailing post-nominals ("CBE")
    go to the title, joined by spaces in the order written; the name is what is left, as written.

    >>> split_honorifics("County Councillor Geoff Driver CBE")
    ('County Councillor CBE', 'Geoff Driver')
    >>> split_honorifics("Mrs F.M. Oborski")
    ('Mrs', 'F.M. Oborski')
    """
    tokens = raw.strip().strip(",;").split()
    title: list[str] = []
    i = 0
    while i < len(tokens) - 1:  # always leave at least one token for the name
        n = _match_prefix(tokens, i, _PREFIXES)
        if not n or i + n >= len(tokens):
            break
        seq = tuple(_fold(t) for t in tokens[i : i + n])
        if seq in _WEAK and tokens[i].isupper() and len(tokens) - (i + n) < 1:
            break
        if seq in _RANKS and not (tokens[i].isupper() and _two_names_follow(tokens, i + n, ",.")):
            break
        if seq in _CIVIC_RANKS and not (
            _two_names_follow(tokens, i + n, ",.)")
            and tokens[i + n].strip(",.").casefold() not in _OFFICE_WORDS
        ):
            break
        # "Mayor of X", "Lord Mayor of X": a role, not a title
        if i + n < len(tokens) and tokens[i + n].casefold() == "of" and seq[-1] == "mayor":
            break
        title.extend(tokens[i : i + n])
        i += n
    post: list[str] = []
    j = len(tokens)
    while j - 1 > i and tokens[j - 1].strip(",.").casefold() in _POST_FOLDED:
        post.insert(0, tokens[j - 1].strip(","))
        j -= 1
    name = " ".join(tokens[i:j]).strip(" ,;")
    full_title = " ".join(title + post)
    return (full_title or None), name


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_INITIALS_RUN = re.compile(r"^[A-Z]{2,3}$")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person_key(name: str) -> str:
    """A comparison key: honorifics and post-nominals off, case and accents folded, punctuation gone,
    initials kept as single letters ("Mrs F.M. Oborski" → "f m oborski")."""
    _title, bare = split_honorifics(name)
    bare = bare.replace("’", "'")
    bare = re.sub(r"\.(?=\S)", ". ", bare)  # "F.M." → "F. M."
    bare = bare.replace("-", " ")
    tokens = bare.split()
    out: list[str] = []
    for k, tok in enumerate(tokens):
        core = tok.strip(".,;:()")
        # "FM Oborski": a run of capitals before the surname is initials
        if k < len(tokens) - 1 and _INITIALS_RUN.match(core) and not _match_prefix([core], 0, _PREFIXES):
            out.extend(core)
            continue
        out.append(core)
    text = _PUNCT.sub("", _strip_accents(" ".join(out).replace("'", "")))
    return " ".join(text.casefold().split())


# --------------------------------------------------------------------------- name-likeness

_NAME_TOKEN = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|Fitz)?[A-Z][a-zà-ÿ'’]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*$")
_CAPS_TOKEN = re.compile(r"^(?:MC|MAC|O'|O’|D'|D’)?[A-Z][A-Z'’]+(?:-[A-Z]+)*$")
_WELSH_INITIAL = re.compile(r"^(?:Ll|Ch|Dd|Ff|Rh|Th)\.$")
# "J", "J.R.", "J.-P.", and hyphenated initials without stops: "A-J Tonkin", "J-P Smith"
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$|^[A-Z]\.(?:-?[A-Z]\.)+$|^[A-Z]-[A-Z]$")


# Capitalised words that end a line of a person's role, never a surname.
_CAPS_NOT_SURNAME = frozenset(
    {"ICB", "CCG", "NHS", "CEO", "COO", "CFO", "OBE", "MBE", "CBE", "QPM", "UNISON", "GMB", "HR", "IT"}
    | {"SEND", "LGA", "DFE", "HMRC"}
)


def _caps_surname(tok: str, before: list[str]) -> bool:
    """A surname written in capitals after given names or initials in ordinary case."""
    core = tok.rstrip(".,")
    core = re.sub(r"^(?:Mc|Mac)(?=[A-Z]{2})", "MC", core)  # "McLEAY"
    if not _CAPS_TOKEN.match(core) or len(core) < 3 or core in _CAPS_NOT_SURNAME:
        return False
    if not re.search(r"[AEIOUY]", core):
        return False  # an acronym: WSCC, BMBC
    return all(_NAME_TOKEN.match(t) or _INITIAL.match(t) for t in before)


def name_tokens_ok(name: str, *, titled: bool, all_caps: bool = False) -> bool:
    """Do the tokens of ``name`` (honorifics already removed) look like a person's name?"""
    # "G.Parri", "D.W.Jones": initials typed without a space before the surname
    tokens = re.sub(r"(?<![\w.])((?:[A-Z]\.){1,3})(?=[A-Z][a-z])", r"\1 ", name.replace("’", "'")).split()
    if not tokens or len(tokens) > 5:
        return False
    first = tokens[0]
    # "Councillors de Lisle and Orson": after an honorific a surname may open with its particle
    particle_surname = titled and len(tokens) > 1 and first in _PARTICLES and first != "of"
    if not _INITIAL.match(first) and (
        first.casefold() in _NOT_NAME_START or (first.casefold() in _PARTICLES and not particle_surname)
    ):
        return False
    initials = 0
    words = 0
    for k, tok in enumerate(tokens):
        low = tok.casefold().rstrip(".,")
        if low in ROLE_WORDS or re.search(r"[a-z]'s$", low):
            return False  # a post, or a possessive: "Chair's Welcome", "Clerk's Report"
        if (k > 0 or particle_surname) and low in _PARTICLES:
            if low == "of" and not titled:
                return False
            continue
        if (_INITIAL.match(tok) or _WELSH_INITIAL.match(tok)) and (k < len(tokens) - 1 or titled):
            if words and k < len(tokens) - 3:  # initials come before the surname (one or two middle ones may
                return False  # follow the given name: "Gwenllian M. Pritchard", "Catrin M S Davies")
            initials += 1
            continue
        if _NAME_TOKEN.match(tok) or (all_caps and _CAPS_TOKEN.match(tok) and len(tok) > 1):
            words += 1
            continue
        if k == len(tokens) - 1 and k > 0 and _caps_surname(tok, tokens[:k]):
            words += 1  # "Mark THOMPSON", "J. SMITH": a surname in capitals after a written-out name
            continue
        if tok.isupper() and len(tok) > 1 and not all_caps:
            return False  # an acronym: WSCC, NHS, ICB
        return False
    if words == 0:
        return False
    if words + initials == 1 and not titled:
        return False  # a lone word needs an honorific ("Mr Evans", "Baroness Achterberg")
    return tokens[-1].casefold() not in _PARTICLES


def looks_like_name(raw: str) -> bool:
    """A person as written, honorifics allowed: "Cllr Mrs J Smith", "Jane Booth", "Mr Evans"."""
    raw = raw.strip().strip(",;.")
    if not raw or any(ch.isdigit() for ch in raw) or any(ch in raw for ch in "():;@&"):
        return False
    title, name = split_honorifics(raw)
    place = place_before_councillor(raw.split()) if title is None else 0
    if place:
        title, name = split_honorifics(
            " ".join(raw.split()[place:])
        )  # "Devon County Councillor Frank Dymond"
    if "/" in name:
        return False  # a slash only in a bilingual title ("Cyng/Cllr Alwyn Jones")
    letters = [c for c in name if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters) and len(name.split()) > 1
    return name_tokens_ok(name, titled=title is not None, all_caps=all_caps)


# Common given names in UK public life: a soft cue when a name has run into the role text before it
# ("... Head of Improvement Rachel Kemish, ..."). Never required for a name to be accepted.
FIRST_NAMES = frozenset(
    [
        "aaron",
        "abdul",
        "abigail",
        "adam",
        "adrian",
        "ahmed",
        "aidan",
        "aileen",
        "alan",
        "alastair",
        "albert",
        "alex",
        "alexander",
        "alexandra",
        "ali",
        "alice",
        "alison",
        "amanda",
        "amy",
        "andrea",
        "andrew",
        "andy",
        "angela",
        "anita",
        "ann",
        "anna",
        "anne",
        "annette",
        "anthony",
        "anwen",
        "barbara",
        "barry",
        "ben",
        "benjamin",
        "bernadette",
        "beth",
        "bethan",
        "beverley",
        "bill",
        "bob",
        "brenda",
        "brian",
        "bridget",
        "bridgett",
        "callum",
        "carl",
        "carol",
        "caroline",
        "carys",
        "catherine",
        "cerys",
        "charles",
        "charlotte",
        "chris",
        "christine",
        "christopher",
        "claire",
        "clare",
        "colin",
        "craig",
        "dafydd",
        "daniel",
        "danny",
        "darren",
        "dave",
        "david",
        "dawn",
        "dean",
        "debbie",
        "deborah",
        "declan",
        "denise",
        "derek",
        "diane",
        "donna",
        "dorothy",
        "douglas",
        "duncan",
        "eileen",
        "elaine",
        "eleanor",
        "elizabeth",
        "ellen",
        "ellie",
        "emily",
        "emma",
        "eric",
        "euan",
        "fiona",
        "frances",
        "francis",
        "frank",
        "fraser",
        "gail",
        "gareth",
        "gary",
        "gavin",
        "geoff",
        "geoffrey",
        "george",
        "gerald",
        "gill",
        "gillian",
        "glen",
        "glenn",
        "gordon",
        "graeme",
        "graham",
        "gwen",
        "hamish",
        "harriet",
        "harry",
        "hazel",
        "heather",
        "helen",
        "hilary",
        "howard",
        "hugh",
        "iain",
        "ian",
        "imran",
        "isobel",
        "jack",
        "jacqueline",
        "jacquie",
        "jake",
        "james",
        "jamie",
        "jan",
        "jane",
        "janet",
        "janice",
        "jason",
        "jean",
        "jeff",
        "jennifer",
        "jenny",
        "jeremy",
        "jill",
        "jim",
        "jo",
        "joan",
        "joanna",
        "joanne",
        "joe",
        "john",
        "jon",
        "jonathan",
        "joseph",
        "josephine",
        "joyce",
        "judith",
        "judy",
        "julia",
        "julian",
        "julie",
        "justin",
        "karen",
        "kate",
        "katherine",
        "kathryn",
        "kathy",
        "keith",
        "kelly",
        "ken",
        "kenneth",
        "kevin",
        "kieran",
        "kirsty",
        "laura",
        "lee",
        "les",
        "lesley",
        "leslie",
        "lewis",
        "linda",
        "lindsay",
        "lisa",
        "liz",
        "lorna",
        "lorraine",
        "louise",
        "lucy",
        "luke",
        "lynn",
        "lynne",
        "malcolm",
        "margaret",
        "maria",
        "marie",
        "mark",
        "martin",
        "mary",
        "matt",
        "matthew",
        "maureen",
        "meera",
        "megan",
        "melanie",
        "michael",
        "michelle",
        "mike",
        "mohammed",
        "morag",
        "nathan",
        "neil",
        "nia",
        "nicholas",
        "nick",
        "nicola",
        "nigel",
        "norman",
        "olivia",
        "owen",
        "pam",
        "pamela",
        "patricia",
        "patrick",
        "paul",
        "pauline",
        "peter",
        "philip",
        "philippa",
        "phil",
        "priya",
        "rachel",
        "raj",
        "ray",
        "raymond",
        "rebecca",
        "rhiannon",
        "richard",
        "rob",
        "robert",
        "robin",
        "roger",
        "ros",
        "rosemary",
        "ross",
        "ruth",
        "ryan",
        "sally",
        "sam",
        "samantha",
        "sandra",
        "sarah",
        "scott",
        "sean",
        "shaun",
        "sharon",
        "sheila",
        "shirley",
        "simon",
        "sophie",
        "stephen",
        "steve",
        "steven",
        "stewart",
        "stuart",
        "sue",
        "susan",
        "susie",
        "suzanne",
        "tariq",
        "terry",
        "thomas",
        "tim",
        "timothy",
        "tina",
        "toby",
        "tom",
        "tony",
        "tracey",
        "tracy",
        "trevor",
        "vanessa",
        "victoria",
        "vincent",
        "wendy",
        "william",
        "yvonne",
        "zoe",
    ]
)
