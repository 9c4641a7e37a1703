"""Attendance written as prose instead of lists: "Apologies for absence were received from
Councillors X and Y", "Councillor Z substituted for Councillor Y", "The Chair welcomed …", and the
apologies agenda item ("1. Apologies for absence – Apologies were received from …").
"""

from __future__ import annotations

import re

from minutebook.parse.attendance.columns import gap_cells
from minutebook.parse.attendance.headings import ITEM_NUMBER
from minutebook.parse.attendance.people import (
    PROSE,
    Candidate,
    add_unlisted,
    finish,
    is_name_segment,
    lookup,
    parse_list,
    starts_with_person,
)
from minutebook.parse.layout import PLine, join_text
from minutebook.parse.names import (
    looks_like_name,
    person_key,
    plural_honorific,
    split_honorifics,
)
from minutebook.records import AttendanceEntry

_NAME_LIST = r"(?P<list>(?:[A-Z(][^.;:]*?))"


# Honorifics written with a full stop ("Cllr.", "Dr.", Welsh "Cyng.", "gan Gyng.", "Parch.")
_ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Cllr", "Cllrs", "Cyng", "Gyng", "Parch")
# A character of a list of names in a sentence: a full stop only after an initial or an honorific
# ("Cllr M. Jones", "Dr. Patel"), never the stop that ends the sentence.
_LIST_CHARS = r"(?:[^.;:]|(?<=\b[A-Z])\.(?=\s*[A-Z])" + "".join(rf"|(?<=\b{a})\." for a in _ABBREVIATED) + ")"
# Where the stop that ends such a list may stand: not after an initial or an honorific
_NOT_ABBREVIATED = r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATED)


_APOLOGY_SENT = re.compile(
    # "Apologises were received from …": the misspelling is common in minutes typed in haste
    r"\bapolog(?:ies|y|ises)(?:\s+for\s+(?:absence|inability\s+to\s+attend))?"
    # "Apologies for absence from the meeting were submitted on behalf of …"
    r"(?:\s+(?:from|at|for)\s+(?:the|this|today's)\s+meeting)?"
    r"(?:\s+with\s+(?:a\s+)?(?:valid\s+)?reasons?(?:\s+for\s+absence)?)?\s+(?:were|had\s+(?:also\s+)?been|have\s+(?:also\s+)?been|was|be)?\s*"
    r"(?:also\s+)?"
    r"(?:received|submitted|tendered|given|noted|reported|recorded|made|intimated|presented|offered|accepted)?\s*"
    r"(?:and\s+(?:accepted|noted|approved)\s+)?"
    r"(?:for\s+absence\s+)?(?:from|on\s+behalf\s+of|by)\s+(?:the\s+following\s*:?\s*)?(?P<list>"
    + _LIST_CHARS
    + r"+?)"
    r"(?=\s*(?:" + _NOT_ABBREVIATED + r"[.;:](?:\s|$)|$|"
    r",?\s+(?:who|and\s+(?:it|the)\b)|,?\s+with\s+(?=[^.;]{3,160}?\s(?:attending|present)\s+(?:as|in)\b)))",
    re.IGNORECASE,
)


# Welsh: "Derbyniwyd ymddiheuriadau gan Gyng. Rhys a Cyng. Evans." (apologies were received from …)
_WELSH_APOLOGIES = re.compile(
    r"\b(?:[Dd]erbyniwyd|[Cc]afwyd|[Nn]odwyd)\s+ymddiheuriadau(?:\s+am\s+absenoldeb)?\s+(?:gan|oddi\s+wrth)\s+"
    r"(?:y\s+(?=Cynghorwyr|Cynghorydd))?(?P<list>[A-Z]"
    + _LIST_CHARS
    + r"+?)(?=\s*"
    + _NOT_ABBREVIATED
    + r"[.;](?:\s|$)|$)"
)
# "The apologies of Councillor Fairbanks, Dr Helen Quayle and Gareth Lomax were noted.": the list between
# "apologies of" and the verb
_APOLOGIES_OF = re.compile(
    r"\b(?:[Tt]he\s+)?[Aa]polog(?:ies|y)(?:\s+for\s+absence)?\s+of\s+(?P<list>[A-Z]"
    + _LIST_CHARS
    + r"+?)\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:also\s+)?"
    r"(?:noted|received|accepted|reported|recorded|submitted|tendered|intimated)\b"
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
    # "Also in attendance for part of the meeting was Mrs Karen Heslop, Head Teacher"
    r"(?:\s+(?:for|during)\s+(?:part|some|the\s+(?:first|start|beginning))\s+of\s+the\s+meeting)?"
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
    r"also\s+in\s+attendance|in\s+attendance|present|absent|in\s+the\s+[Cc]hair)\b"
    # "Councillor Graham Ransley (ward member) attended.", "Mr Pike also attended the meeting": the
    # verb alone, the sentence ending there (not "attended the training day on …")
    r"|(?:^|(?<=[.;]\s))(?P<list2>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.|(?<=\bCllr)\.|(?<=\bCllrs)\.)*?)\s+"
    r"(?P<what2>also\s+attended|attended)(?:\s+the\s+meeting)?(?=\s*[.;]|\s*$)",
)


# "Helen Bowden was co-opted onto the Parish Council as proposed by …", "Mr A and Mrs B were duly co-opted
# as members"
_CO_OPTED = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<list>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.)*?)\s+(?:was|were|had\s+been)\s+(?:duly\s+|unanimously\s+)?"
    r"co-?opted\s+(?:on\s*to|to|as|on)\b"
)


_SUB_SENT = re.compile(
    # "Councillor H Kaur had been appointed as substitute for Councillor P Stacey"
    r"(?P<sub>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:attended|was\s+present|acted|was\s+in\s+attendance|sat"
    r"|(?:had\s+been|has\s+been|was|were)\s+(?:appointed|nominated|named))\s+as\s+"
    r"(?:a\s+|the\s+)?substitute\s+for\s+(?P<for>(?:[A-Z][\w'’.-]*\s*){1,5})"
    # (the absentee's name ends at a full stop unless it is an initial's: the next sentence may follow)
    r"|(?P<sub2>(?:[A-Z][\w'’.-]*\s+){1,6}?)substituted\s+for\s+(?P<for2>(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s*){1,5})"
    # "Councillor Dominic Garrard advised that he would be substituting for Councillor Sadia Khan"
    r"|(?P<sub3>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:advised|confirmed|indicated|announced|stated|explained)\s+"
    r"that\s+(?:he|she|they)\s+(?:would\s+be|was|were|is|are)\s+substituting\s+for\s+"
    r"(?P<for3>(?:[A-Z][\w'’.-]*\s*){1,5})"
    # "Apologies … from Cllr Ruth Penhaligon (Cllr Iain Sowerby attended as substitute)"
    r"|\(\s*(?P<sub4>(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\s+"
    r"(?:attended|was\s+present|present)\s+as\s+(?:a\s+|the\s+)?substitute\s*\)",
)


# "Ms R. Quayle, Contract Manager, Active Leisure Trust, attended the meeting for this item."
_ATTENDED_SENT = re.compile(
    r"(?:^|(?<=[.;:]\s))(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|PC|PCSO|Sgt|Sergeant|Inspector|Insp)"
    r"\.?\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)"
    # "Ms R. Quayle, Contract Manager, …, attended", "PC Daniel Frith of the Neighbourhood Policing Team attended"
    # "Councillor Deepak Raval (Leader of the Opposition) attended the meeting and spoke …"
    r"(?:,\s+(?P<role>[^.;]{3,120}?),?|\s*\((?P<prole>[^()]{3,100})\)|\s+(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^.;,]{3,80}?))\s+"
    r"(?:attended|was\s+in\s+attendance\s+at)\s+(?:the\s+meeting|for\b)"
)


_MOVE_SENT = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:left|arrived|joined|entered|withdrew\s+from)\s+"
    r"(?:the\s+)?(?:meeting|room|chamber|at\b|during\b|late\b|\d)",
)


_ARRIVAL = re.compile(r"(?:arrived|joined|entered)\s+(?:the\s+)?(?:meeting|room|chamber)\b")


def _name_from_tail(words: str) -> str | None:
    """The longest name at the end of a run of capitalised words ("In response County Councillor Holgate");
    a titled name first, so an item's title run into the sentence ("Substitute Members Councillor Rhona
    Tallis") is not taken for a name."""
    tokens = words.split()
    for k in range(len(tokens)):
        cand = " ".join(tokens[k:])
        if split_honorifics(cand)[0] and looks_like_name(cand):
            return cand
    for k in range(len(tokens)):
        cand = " ".join(tokens[k:])
        if looks_like_name(cand):
            return cand
    return None


def _sentence_people(text: str, status: str, lines: list[PLine]) -> list[Candidate]:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(and|,)\s+from\s+", r"\1 ", text)  # "… Councillor Moss and from Mr Nye"
    out = parse_list(text, status, lines)
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


def _absent_surname(entries: list[AttendanceEntry], raw: str) -> AttendanceEntry | None:
    """The one member an absent list names by surname alone ("ABSENT: Councillors … and Wray") whom an
    apology names in full ("Councillor Susan Wray"): the same member, whatever the given name."""
    key = person_key(split_honorifics(raw.strip())[1])
    if len(key.split()) < 2:
        return None
    hits = [e for e in entries if e.status == "absent" and e.person_key == key.split()[-1]]
    return hits[0] if len(hits) == 1 else None


_HONORIFIC_LINE = re.compile(r"^(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z]")


# the line ends on a surname (a capitalised word, not an initial or a linking word): nothing is left open
_NAME_END = re.compile(r"\s[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")


# "District Cllrs Hebb and Cottam were present" with no full stop: a line that ends on the verb of an
# attendance sentence ends that sentence
_PRESENT_END = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance|absent)$", re.I)


def _lost_breaks(text: str, plines: list[PLine]) -> str:
    """A sentence that ends at a line end without its full stop, the next sentence starting on the next
    line ("… received from Cllrs. Kembery and Tennant" / "Cllrs. Osgood and Varley were also present."):
    in PDF text the blank line between them is often lost, and the two lists would run together. A
    long line (a sentence, not a name on a line of its own) that ends on a surname, followed by a line
    that starts with an honorific, ends its sentence; so does a line ending "… were present"."""
    rows = [x.text.strip() for x in plines if x.text.strip()]
    if len(rows) < 2:
        return text
    segs: list[list[str]] = [[rows[0]]]
    cut = False
    for prev, row in zip(rows, rows[1:], strict=False):
        if (len(prev.split()) >= 6 and _NAME_END.search(prev) and _HONORIFIC_LINE.match(row)) or (
            _PRESENT_END.search(prev) and row[:1].isupper()
        ):
            segs.append([row])
            cut = True
        else:
            segs[-1].append(row)
    return ". ".join(join_text(seg) for seg in segs) if cut else text


# "received fromDistrict Councillor K Ling", "apologies fromCllr Rees": the space before an honorific lost
# in extraction (a word and the next one's capital run together)
_GLUED_HONORIFIC = re.compile(
    r"(?:(?<=\bfrom)|(?<=\bby)|(?<=\bof)|(?<=\band))(?=(?:(?:District|County|Borough|Town|Parish|City)\s+)?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b)"
)


def sentence_attendance(paragraphs: list[tuple[str, list[PLine]]], entries: list[AttendanceEntry]) -> None:
    """Apologies/substitutes/absences written as sentences, and partial attendance ("left the meeting
    at …"); people already listed are not added twice."""
    for text, plines in paragraphs:
        flat = re.sub(r"\s+", " ", _lost_breaks(text, plines))
        flat = _GLUED_HONORIFIC.sub(" ", flat)
        # "from Councillor Daley, who was substituted by Councillor Packwood, Councillor Ninham, …": the
        # substitute clauses interrupt the list of apologies (the substitutes are listed as present)
        flat = _SUBSTITUTED_BY.sub("", flat)
        for m in _SUB_SENT.finditer(flat):
            sub = _name_from_tail(
                (m.group("sub") or m.group("sub2") or m.group("sub3") or m.group("sub4") or "").strip()
            )
            if sub:
                add_unlisted(entries, Candidate(raw=sub, status="present", lines=plines, substitute=True))
        if _SUBSTITUTION_CUE.search(flat) or any(
            _SUBSTITUTION_LINE.match(x.text.strip()) for x in plines[:1]
        ):
            for x in plines:
                m_s = _SUBSTITUTION_LINE.match(x.text.strip())
                if not m_s or not looks_like_name(m_s.group("sub")) or not looks_like_name(m_s.group("for")):
                    continue
                absent = lookup(entries, m_s.group("for"))
                if absent is not None and absent.status == "present" and not absent.substitute:
                    _overrule(absent, m_s.group("for"), "apologies")
                elif absent is None:
                    add_unlisted(entries, Candidate(raw=m_s.group("for"), status="apologies", lines=[x]))
                role = f"substitute for {m_s.group('for')}" + (
                    f" ({m_s.group('note')})" if m_s.group("note") else ""
                )
                add_unlisted(
                    entries,
                    Candidate(raw=m_s.group("sub"), status="present", role=role, lines=[x], substitute=True),
                )
        for m in [
            *_APOLOGY_SENT.finditer(flat),
            *_APOLOGIES_OF.finditer(flat),
            *_WELSH_APOLOGIES.finditer(flat),
        ]:
            # "No apologies had been received from Mr Hollings": he sent none, so his absence stands
            negated = bool(re.search(r"\bno\s*$", flat[max(0, m.start() - 4) : m.start()], re.I))
            negated = negated or bool(re.match(r"(?i)no\b", m.group(0)))
            overrulable = {"present"} if negated else {"present", "absent"}
            for p in _sentence_people(m.group("list"), "apologies", plines):
                hit = lookup(entries, p.raw) or _absent_surname(entries, p.raw)
                if hit is not None and hit.status in overrulable and not hit.substitute and not hit.partial:
                    # named as present (a membership list, or a template line left in) and minuted as
                    # sending apologies: a person cannot be both; the minuted apology wins
                    _overrule(hit, p.raw, "apologies")
                if not hit:
                    add_unlisted(entries, p)
        for m in _STAND_IN.finditer(flat):
            for p in _sentence_people(m.group("list"), "in_attendance", plines):
                add_unlisted(entries, p)
        for rx, status in ((_SENT_APOLOGIES, "apologies"), (_FOLLOWING_PRESENT, None)):
            for m in rx.finditer(flat):
                st = status or _following_status(m.group("what"))
                for p in _sentence_people(m.group("list"), st, plines):
                    add_unlisted(entries, p)
        for m in _ALSO_SENT.finditer(flat):
            what = (
                m.group("what") or ("also present" if "also" in m.group("what2") else "present")
            ).casefold()
            if re.match(r"\s+and\s+(?:was|were)\s+(?:not\s+)?represented\b", flat[m.end() :]):
                continue  # "Mr Dargie was present and was not represented": a party to a hearing
            status = (
                "absent"
                if what == "absent"
                else "present"
                if what == "present" or what.endswith("chair")
                else "in_attendance"
            )
            if status == "present" and any(e.status == "present" for e in entries):
                # "District Cllrs Hebb and Cottam were present" under the members' list: people there
                # besides the members, as "were also present" says outright
                status = "in_attendance"
            lst = m.group("list") or m.group("list2")
            # only the subject: drop a leading clause ("In addition, …")
            lst = re.sub(r"^.*?,\s+(?=(?:Cllr|Councillors?|County|Mr|Mrs|Ms|Miss|Dr)\b)", "", lst)
            for p in _sentence_people(lst, status, plines):
                add_unlisted(entries, p)
        for m in _CO_OPTED.finditer(flat):
            # co-opted at the meeting: a member from then on, and there to be co-opted
            for p in _sentence_people(m.group("list"), "present", plines):
                add_unlisted(entries, p)
        for m in _WERE_LIST.finditer(flat):
            what = m.group("what").casefold()
            status = "present" if what == "present" else "in_attendance"
            for p in _sentence_people(m.group("list"), status, plines):
                add_unlisted(entries, p)
        for m in _WELCOMED.finditer(flat):
            # "… to the meeting", "… to his first meeting": the list ends before "to"
            lst = re.split(r"\s+(?:to|as|who|on|for)\s+(?![^()]*\))", m.group("list"), maxsplit=1)[0]
            got = _sentence_people(lst, "in_attendance", plines)
            if not got or not all(split_honorifics(p.raw)[0] or p.title_prefix for p in got):
                continue
            for p in got:
                add_unlisted(entries, p)
        for m in _ATTENDED_SENT.finditer(flat):
            who = m.group("who").strip()
            if looks_like_name(who):
                role = (m.group("role") or m.group("prole") or m.group("org") or "").strip() or None
                add_unlisted(entries, Candidate(raw=who, status="in_attendance", role=role, lines=plines))
        for m in _MOVE_SENT.finditer(flat):
            who = _name_from_tail(m.group("who").strip())
            if not who:
                continue
            e = lookup(entries, who)
            if e is not None:
                e.partial = True
            elif _ARRIVAL.match(flat, m.end("who")) and re.match(r"(?:Cllr|Councillor)\b", who):
                # "(At 6:38pm … Councillor Pacey entered the meeting.)": a member no list names who
                # arrived late was there for part of the meeting
                e = finish(Candidate(raw=who, status="present", lines=plines))
                if e:
                    e.partial = True
                    entries.append(e)


_APOLOGY_ITEM = re.compile(
    # Welsh "Ymddiheuriadau (am absenoldeb)"
    r"^(?:ymddiheuriadau(?:\s+am\s+absenoldeb)?|apologies(?:\s+for\s+absence)?)(?:\s+(?:and|&)\s+(?:substitut\w+|temporary\s+appointments?))?"
    # "Apologies Received – Cllrs G Mapp (prior engagement) and T Bayliss (ill)"
    r"(?:\s+(?:received|noted|accepted|tendered))?"
    # "Apologies for absence were received from:", the list (or table) under it
    r"(?:\s+(?:were|had\s+been|have\s+been)\s+(?:received|tendered|submitted)(?:\s+from)?(?=\s*:))?"
    # "APOLOGIES FOR ABSENCE (Item A1)": the agenda reference printed after the title
    r"(?:\s*\((?:agenda\s+)?item\s+[\w.]{1,6}\))?"
    r"\s*(?:[:：‒–—-]\s*(?P<rest>\S.*)?)?$",
    re.IGNORECASE,
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


# "Minutes:" / Welsh "Cofnod:": the label ModernGov prints before an item's minute
_MINUTE_LABEL = re.compile(r"^(?:minutes?|decision|cofnod(?:ion)?|penderfyniad)\s*:$", re.I)


def _one_person_line(text: str) -> bool:
    """A line that is one person's name and nothing else (an honorific allowed, no role, no prose)."""
    t = text.strip().rstrip(".,;")
    if not t or re.search(r"[,;:()\t]|\s[–—-]\s", t) or len(t.split()) > 6:
        return False
    title, name = split_honorifics(t)
    return bool(name) and looks_like_name(t) and (title is not None or is_name_segment(t))


def _name_cell_row(text: str) -> tuple[str, str] | None:
    """(name, organisation) of a table row whose first cell, set apart by a tab or a run of spaces, is
    one person's name: "Sir Richard Pinkery      North Molland Parish Council" (the caller checks that
    the second column is not names too: "Brendle Beagles" alone could be either)."""
    cells = gap_cells(text)
    if len(cells) != 2 or not _one_person_line(cells[0]):
        return None
    return cells[0], cells[1]


# the next minute's number and title run on into the text of a flattened PDF copy: "10713/11/23 DATGAN
# DIDDORDEB", "23/061 DECLARATIONS"
_RUN_ON_ITEM = re.compile(r"\s+(?=\d{1,6}(?:/\d{1,4}){1,2}\.?\s+[A-Z]{3,}\b)")


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
        num = ITEM_NUMBER.match(ln.text.strip())
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
        if not body:
            # "Minutes:": the label ModernGov prints between an item's title and its minute, after the
            # agenda's wording ("To receive any apologies.") and "Additional documents:" when printed
            label = next(
                (k for k in range(j, min(n, j + 5)) if _MINUTE_LABEL.match(lines[k].text.strip())), None
            )
            if label is not None and not any(
                ITEM_NUMBER.match(lines[k].text.strip()) for k in range(j, label)
            ):
                j = label + 1
                while j < n and lines[j].blank and j <= label + 2:
                    j += 1
        while j < n and not lines[j].blank and len(body) < 12:
            if ITEM_NUMBER.match(lines[j].text.strip()) and body:
                break
            body.append(lines[j])
            j += 1
        if len(body) >= 2 and all(_one_person_line(b.text) for b in body):
            # one person a line ("Councillor P A Birkin" / "Insp Carl Devereux" / "Jasbir Gill"): each
            # line is a person, where joined into one sentence they would run together
            for b in body:
                if lookup(entries, b.text.strip().rstrip(".,;")):
                    continue
                e = finish(Candidate(raw=b.text.strip(), status="apologies", lines=[b]))
                if e:
                    entries.append(e)
            continue
        rows = [_name_cell_row(b.text) for b in body]
        if body and all(rows) and not all(_one_person_line(r[1]) for r in rows if r):
            # "John Alcombe<gap>Brendle Parish Council": a table of name and organisation, as the
            # Present list above it is printed
            for b, row in zip(body, rows, strict=True):
                name, role = row  # type: ignore[misc]
                add_unlisted(entries, Candidate(raw=name, status="apologies", role=role, lines=[b]))
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
                for p in parse_list(cell, "apologies", [row]) if cell else []:
                    add_unlisted(entries, p)
            continue
        if not body:
            continue
        text = join_text([b.text for b in body])
        run_on = _RUN_ON_ITEM.search(text)
        if run_on:
            text = text[: run_on.start()]  # "… a Dewi Lloyd 10713/11/23 DATGAN DIDDORDEB …": the next item
        for sent in split_sentences(text):
            sent = _THESE_RECEIVED.sub("", sent)
            lab = re.match(r"^\s*([^\W\d]+)\s*[:：]\s*", sent)
            if lab and plural_honorific(lab.group(1))[0]:
                sent = f"{lab.group(1)} {sent[lab.end() :]}"  # "Cynghorwyr: Bethan Ellis a Dewi Lloyd"
            m_abs = _NO_APOLOGY.match(sent.strip())
            if m_abs and looks_like_name(m_abs.group("who")):
                # "Cllr Tom Youd – no apologies received.": named under Apologies, absent without one
                add_unlisted(entries, Candidate(raw=m_abs.group("who"), status="absent", lines=body))
                continue
            if not starts_with_person(sent) or PROSE.search(re.sub(r"\([^()]*\)", "", sent)):
                break
            for p in parse_list(sent, "apologies", body):
                add_unlisted(entries, p)


def heading_sentence(status: str, rest: str, body: list[PLine]) -> tuple[list[Candidate], int] | None:
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


def opens_attendance_sentence(text: str) -> bool:
    """``text`` starts with a sentence saying who attended ("County Councillor Marion Ridley was in
    attendance with …", "Also in attendance for part of the meeting was Mrs Karen Heslop, …")."""
    t = text.strip()
    if len(t.split()) < 4:
        return False
    if _WERE_LIST.match(t):
        return True
    m = _ALSO_SENT.match(t)
    if not m:
        return False
    # the subject must be people, every one ("Menna Rowlands The temporary clerk was …" is not a list)
    names = [g.strip() for g in re.split(r",|\band\b|&", m.group("list") or m.group("list2")) if g.strip()]
    return bool(names) and all(is_name_segment(g) for g in names)
