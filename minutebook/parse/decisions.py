"""Decisions: resolutions and what the meeting itself agreed.

Recognised: a bare marker ("RESOLVED that …", "RESOLVED: (1) … (2) …", "Resolved –", "AGREED:",
"DECIDED:"), "It was resolved/agreed that …", "The Committee/Board/Panel … agreed/resolved/
approved …", and approvals in the passive ("The minutes of the meeting held on … were approved").
A lead-in that says nothing by itself ("RESOLVED:", "Resolved that the Committee:", "The
Committee agreed:—") is followed by numbered or lettered parts, one decision each; a lead-in
that is a resolution in its own right ("RESOLVED that the application be GRANTED subject to the
following conditions:") is one decision and its list is its content. A bare marker word is
dropped from the text; sentence forms are kept whole. Planning and licensing outcomes written on
their own ("Permission GRANTED …", "REFUSED …", "Recommendation approved …") count, as do bullet
lists under a lead-in. What was reported, proposed, noted or lost is not a decision.
"""

from __future__ import annotations

import re

from minutebook.parse.agenda import AgendaItem, item_at
from minutebook.parse.layout import PLine, join_text, span_of, split_sentences
from minutebook.records import DecisionEntry

_BODY = (
    r"(?:Council\s+of\s+Governors|Committee|Sub-Committee|Board|Panel|Council|Cabinet|Forum|Group|Members|"
    r"Meeting|Partnership|Authority|Executive|Commission|Assembly|Trust|Governors|Subcommittee|Working Group|"
    r"Town Council|Parish Council|Councillors|Trustees|Directors|Partners|(?<=[Tt]he\s)group)"
    # "The Local Committee (Bramsford) agreed to:": the area or body named in brackets after it
    r"(?:\s+\([A-Z][\w'’ &-]{1,40}\))?"
)
_VERBS = (
    r"(?:resolved|agreed|approved|decided|endorsed|adopted|determined|ratified|confirmed|supported|accepted|"
    r"authorised|authorized|granted|refused|deferred|voted\s+to|unanimously\s+voted|"
    r"recommend(?:s|ed)(?=\s+(?:to|that)\b))"
)
BARE_MARKER = re.compile(
    r"^(?P<m>RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|DECISIONS?|Decisions?|RESOLUTION|Resolution|"
    r"RECOMMENDED|Recommended|CONCLUDED(?=\s+that\b))"
    r"(?:\s+(?:unanimously|UNANIMOUSLY))?(?:\s*\([^()]{1,60}\))?\s*(?:[:–—-]+|,|\.(?=\s|$))?\s*(?P<rest>.*)$"
)
# "Penderfynwyd derbyn y cofnodion" (it was resolved), "PENDERFYNWYD: bod …", "Cytunwyd i …" (agreed)
_WELSH_MARKER = re.compile(r"^(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd)\b\s*[:–—-]?\s*\S")
_IT_WAS = re.compile(
    r"^It\s+was\s+(?:(?:proposed|moved|PROPOSED|MOVED)(?:,?\s+(?:seconded|SECONDED))?\s+and\s+)?"
    r"(?:(?:unanimously|UNANIMOUSLY|therefore|then|further|also|duly)\s+)?"
    r"(?:RESOLVED|Resolved|resolved|AGREED|Agreed|agreed|DECIDED|decided)\b"
)
# "Following discussion, it was RESOLVED that …", "On being put to the vote it was agreed that …"
# how a vote is recorded right after the marker: "it was resolved unanimously that", "RESOLVED by a
# majority to:", "agreed nem. con. that", "resolved without dissent that"
_HOW_VOTED = (
    r"(?:\s+(?:unanimously|UNANIMOUSLY|by\s+(?:a\s+)?(?:majority|MAJORITY)|nem\.?\s*con\.?|"
    r"without\s+(?:dissent|a\s+vote))(?=[\s:,]))?"
)
_IT_WAS_ANY = re.compile(
    r"(?:^|[,;]\s*|\s)[Ii]t\s+was\s+(?:(?:therefore|then|further|also|duly|unanimously|UNANIMOUSLY)\s+)?"
    rf"(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided){_HOW_VOTED},?\s+(?:that|to|THAT)\b"
)
# A lead-in that says nothing by itself, ending the sentence: "It was RESOLVED:", "On being proposed by
# the Mayor, seconded by Councillor B, it was resolved unanimously to:", "It was proposed by Cllr A and
# seconded by Cllr B and RESOLVED:" — the resolution is the numbered or lettered parts, else the
# paragraph, under it.
_LEAD_ONLY = re.compile(
    r"(?:(?:^|[,;]\s*|\s)[Ii]t\s+was\s+(?:(?:therefore|then|further|also|duly|unanimously|UNANIMOUSLY)\s+)?"
    r"|^(?:It\s+was\s+)?(?i:proposed|moved)\b[^.;]{0,160}?(?:\band|,)\s+(?:(?i:unanimously)\s+)?)"
    rf"(?:RESOLVED|resolved|Resolved|AGREED|agreed|DECIDED|decided){_HOW_VOTED}"
    r"(?:,?\s+(?:that|to|THAT))?\s*[:：]\s*[-–—]*\s*$"
)
# RESOLVED / AGREED in capitals after other text in the paragraph
_MID_MARKER = re.compile(
    r"(?<=[).:;]\s)(?:(?:RESOLVED|AGREED|DECIDED)\b(?=\s*(?:[:–—-]|that\b|That\b|THAT\b|to\b|\())"
    r"|(?:Resolved|Agreed|Decided)(?=\s*[:–—]\s*\S))"  # "… side extension. Resolved: no objection."
)
_BODY_AGREED = re.compile(
    # "Following questions and answers the Integration Joint Board agreed:-": a lead-in clause first
    rf"^(?:(?:Following|After|Having|Upon|On|In\s+conclusion|Thereafter|Accordingly)\b[^.;:]{{0,80}}?,?\s+)?"
    rf"(?:[Tt]he\s+|This\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\s+(?:(?:unanimously|therefore|then|also|further|formally)\s+)?"
    rf"(?i:{_VERBS})\b"
)
# "The Committee NOTED the outcome of the review and AGREED to establish …": the decision after a noting
_NOTED_AND_AGREED = re.compile(
    rf"^(?:The\s+|This\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\s+(?i:noted)\b[^.;]{{0,160}}?\band\s+"
    rf"(?:(?:further|also)\s+)?(?i:{_VERBS})\b"
)
_BODY_LEAD = re.compile(rf"^(?:The\s+|This\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\s*[:：]\s*[-–—]*\s*$")
_PASSIVE = re.compile(
    r"^(?:The\s+|These\s+|This\s+|All\s+)?(?:[\w'’/£.,-]+\s+){0,25}?(?:was|were)\s+"
    r"(?:(?:unanimously|duly|formally|submitted\s+and|considered\s+and|received\s+and|presented\s+and)\s+)?"
    r"(?i:agreed|approved|adopted|endorsed|confirmed|held\s+as\s+read)\b"
)
# "There had been circulated Minutes of the Meeting …, the terms of which were APPROVED."
_MINUTES_APPROVED = re.compile(
    r"\b(?i:minutes?\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting)\b(?:(?!\b(?:where|which\s+was)\b)[^.]){0,160}"
    r"\b(?:was|were)\s+(?:(?:duly|unanimously)\s+)?(?i:approved|agreed|confirmed|accepted|adopted)\b"
)
# "Proposed by Cllr Okoro, seconded by Cllr Williams and RESOLVED that …": the resolution after the
# proposer and seconder (the lead-in is not part of it)
_PROPOSED_RESOLVED = re.compile(
    r"^(?:It\s+was\s+)?(?i:proposed|moved)\b[^.;]{0,160}?(?:\band|,)\s+(?:[–—-]\s*)?(?:(?i:unanimously)\s+)?"
    r"(?:RESOLVED|resolved|Resolved|AGREED|agreed)\s*(?:[:–—-]\s*)?(?P<rest>(?:that|to|THAT|That)\b.*)$"
)
_SENT_MARKER = re.compile(r"^(?:RESOLVED|Resolved)\s*(?:[:–—-]\s*)?(?P<rest>(?:that|to|That|THAT)\s.*)$")
_VOTE_TAIL = re.compile(r"\s+(?:For:?\s*\d+|Against:?\s*\d+|Abstentions?:?\s*\d+)(?:\s.*)?$")
_TRUE_RECORD = re.compile(
    r"^(?:The(?:se|y)?|It|This)\b[^.]{0,80}\b(?:was|were)\s+(?:duly\s+)?(?:agreed|approved|confirmed)\s+as\s+an?\s+"
    r"(?:true|correct|accurate|fair)\s+record\b"
)
# Scottish minutes: "There was submitted and approved as a correct record the Minute of Meeting …"
# the meeting as the subject, or no subject at all (under "The Council:"): "Members confirmed the minutes
# (No. 2021/1) of the meeting held on 12th January 2021 as a true record", "Approved the Minute of the
# General Meeting … as a true record"
_RECORD_ACTIVE = re.compile(
    r"(?:^(?:(?:The\s+)?(?:Council|Committee|Board|Panel|Meeting|Forum)\s*:?\s+)?|\b(?=Members\s|Councillors\s))"
    r"(?:(?:Members|Councillors)\s+)?(?:(?:unanimously|duly)\s+)?"
    r"(?i:confirmed|approved|agreed|accepted|adopted)\s+the\s+(?i:minutes?)\b(?:[^.]|\.(?!\s))*?\bas\s+an?\s+"
    r"(?:true|correct|accurate|fair)\s+record\b"
)
_SUBMITTED_APPROVED = re.compile(
    r"^There\s+(?:was|were|had\s+been)\s+(?:submitted|circulated|considered)\s+and\s+(?:approved|agreed)\b"
)
_ELECTED = re.compile(
    r"^(?:(?:Cllr|Councillor|County Councillor|Mr|Mrs|Ms|Miss|Dr)\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:was|were)\s+"
    r"(?:duly\s+|unanimously\s+)?(?:elected|appointed|co-?opted)\b"
)
_APPROVED_SUBJECT = re.compile(
    r"^(?:The\s+|These\s+|This\s+|All\s+)?(?:(?:draft|revised|updated|forward|work|annual|[A-Z][\w'’-]*)\s+){0,2}"
    r"(?:minutes?|notes\s+of\s+the\s+(?:last\s+|previous\s+)?meeting|following|recommendations?|report|plan|"
    r"budget|accounts?|policy|proposals?|terms|programme)\b",
    re.I,
)
# planning and licensing outcomes written on their own: "GRANTED subject to conditions",
# "Permission REFUSED", "Deferred for a site visit"
_DEFERRED = re.compile(
    r"^(?:(?:Officer(?:s'|’s)?\s+)?Recommendations?\s+(?i:approved|agreed|accepted|adopted)\b"
    r"|(?:(?:Planning\s+|Listed\s+Building\s+)?(?:Permission|Application|Consent|Licence)"
    r"(?:\s+(?:No\.?\s*)?[\w/.-]*\d[\w/.-]*)?(?:\s*[–—:]|\s+-)?\s+)?"
    r"(?:Deferred|DEFERRED|GRANTED|Granted|REFUSED|Refused|APPROVED|Approved|WITHDRAWN)\b(?!\s+(?:by|at|in|on)\b))"
)
_OUTCOME_SENT = re.compile(
    r"^(?:(?:Officer(?:s'|’s)?\s+)?Recommendations?\s+(?i:approved|agreed|accepted|adopted)"
    r"|(?:Planning\s+)?(?:Permission|Application|Consent|Licence)\s+(?:GRANTED|REFUSED|DEFERRED))\b"
)
# "Application 23/00112/LBC – GRANTED subject to conditions.": an outcome naming the application
_APPLICATION_OUTCOME = re.compile(
    r"^(?:Planning\s+|Listed\s+Building\s+)?(?:Application|Permission|Consent)\s+(?:No\.?\s*)?[\w/.-]*\d[\w/.-]*"
    r"\s*(?:[–—:]|\s-)\s*(?:GRANTED|REFUSED|DEFERRED|APPROVED|Granted|Refused|Deferred|Approved)\b"
)
# "Cabinet DECIDED:", "The Committee RESOLVED –": a resolution line of its own, starting a paragraph
_BODY_MARKER_LINE = re.compile(
    rf"^(?:The\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}{_BODY}\s+(?:RESOLVED|AGREED|DECIDED|RECOMMENDED)\b\s*[:–—-]"
)
_ACTION_LINE = re.compile(r"^(?:ACTIONS?|Actions?)\s*(?:[:–—]|\s-)\s*\S")
_LEAD_END = re.compile(r"[:：]\s*[-–—]*\s*$|[:：]?\s*[-–—]+\s*$")
_PART = re.compile(
    r"^(?:\(?(?P<n>\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\((?P<n2>\d{1,2}|[a-z]|[ivx]{1,4})\))\s+(?P<text>.+)$"
    # "A  Approve the variation …", "(B) Note the outturn …": parts lettered in capitals, the letter set
    # off by brackets or a tab-like gap (one space would read "A report was …" as part A)
    r"|^(?:\((?P<n3>[A-H])\)\s+|(?P<n4>[A-H])(?:\s{2,}|\t))(?P<text2>[A-Z(£].+)$"
)
_INLINE_PARTS = re.compile(r"(?:^|\s|;\s*(?:and\s+)?)\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+")
_NUM_PREFIX = re.compile(
    r"^(?:[-–•·*Ø▪]\s*)?(?:(?:\d{1,3}(?:\.\d{1,2})*\.?|(?-i:[A-Z]{1,5})\s?\d{1,4}/\d{1,4}|\d{1,3}/\d{1,4})\s+)?"
)
_NOT_DECISION = re.compile(
    r"\b(?:noted|proposed|seconded|lost|fell|defeated|withdrawn)\b\s*\.?$|^(?:Proposed|Seconded|For|Against|Abstentions?|Reasons?)\b",
    re.I,
)


def _clean_part(text: str) -> str:
    text = re.sub(r"\s*;\s*(?:and|or)?\s*$", "", text.strip())
    text = re.sub(r"\s+(?:and|or)\s*$", "", text)
    return text.strip()


def _short_lead(rest: str) -> bool:
    """A lead-in with no decision of its own: "", "that the Committee:", "That:"."""
    core = _LEAD_END.sub("", rest).strip()
    return len(core.split()) <= 5 and not re.search(r"\bbe\b", core)


def _first_sentence(text: str) -> str:
    sents = split_sentences(text)
    if not sents:
        return text.strip()
    out = sents[0]
    # stop at "Proposed: …", vote counts and the like glued on the same line
    out = re.split(r"\s{2,}(?=Proposed|Seconded|For:|Against)|\s+(?=Proposed:|Seconded:)", out)[0]
    return out.strip()


def _bare_text(m: re.Match[str]) -> str:
    return m.group("rest").strip()


def _inline_parts(text: str) -> list[str]:
    """ "(1) that the report be noted; and (2) that …" → parts, when the parts start the text."""
    if not re.match(r"^\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+", text):
        return []
    marks = list(_INLINE_PARTS.finditer(text))
    pieces: list[str] = []
    expect = ""
    for k, m in enumerate(marks):
        label = re.search(r"\(([^()]+)\)", m.group(0)).group(1).casefold()  # type: ignore[union-attr]
        body = text[m.end() : marks[k + 1].start() if k + 1 < len(marks) else len(text)]
        if pieces and label != expect and ":" in pieces[-1]:
            # "(a) That the application be GRANTED subject to the following conditions: (i) Time limit;
            # (ii) …" then "(b) …": the sub-list belongs to the part whose frame it completes
            pieces[-1] += (
                m.group(0).rstrip() + " " + body if not m.group(0)[:1].isspace() else m.group(0) + body
            )
            continue
        pieces.append(body)
        expect = _successor(label)
    return [_clean_part(p) for p in pieces if _clean_part(p)]


def _next_starts(lines: list[PLine], b: int, pattern: str) -> bool:
    k = b
    while k < len(lines) and lines[k].blank and k <= b + 1:
        k += 1
    return k < len(lines) and bool(re.match(pattern, lines[k].text.strip()))


def _next_is_part(lines: list[PLine], b: int) -> bool:
    k = b
    while k < len(lines) and lines[k].blank and k <= b + 1:
        k += 1
    return k < len(lines) and bool(
        _PART.match(_strip_bullet(lines[k].text)) or _loose_part(lines, k, {"a", "1", "i"})
    )


def _successor(label: str) -> str:
    if label.isdigit():
        return str(int(label) + 1)
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    if label in roman[:-1] and label != "v" and label != "x":
        return roman[roman.index(label) + 1]
    return chr(ord(label) + 1) if len(label) == 1 else ""


def _part_label(m: re.Match[str]) -> str:
    g = m.groupdict()
    return (g.get("n") or g.get("n2") or g.get("n3") or g.get("n4") or "").casefold()


def _part_text(m: re.Match[str]) -> str:
    g = m.groupdict()
    return (g.get("text") or g.get("text2") or "").strip()


# "A Approve the plan." / "B Note the outturn.": a capital letter and one space, as printed minutes
# come out of a PDF with their tab gaps closed. Read as a part only in sequence: "B"-"H" when expected,
# "A" only with a "B" part after it (so "A review of charges be …" stays a sentence).
_LOOSE_PART = re.compile(r"^(?P<n4>[A-H]) (?P<text2>[A-Z(£][a-z].*)$")


def _loose_part(lines: list[PLine], j: int, expect: set[str]) -> re.Match[str] | None:
    m = _LOOSE_PART.match(lines[j].text.strip())
    if m is None or m.group("n4").casefold() not in expect:
        return None
    if m.group("n4") != "A":
        return m
    for ln in lines[j + 1 : j + 12]:
        if not ln.blank and _LOOSE_PART.match(ln.text.strip()) and ln.text.strip()[:1] == "B":
            return m
    return None


def _collect_parts(
    lines: list[PLine], k: int, stops: set[int] | None = None, expect: set[str] | None = None
) -> tuple[list[tuple[str, list[PLine]]], int]:
    """Numbered/lettered parts starting at or after line k, numbered in sequence (from ``expect``,
    else 1, a or i); returns parts and the next position."""
    parts: list[tuple[str, list[PLine]]] = []
    stops = stops or set()
    expect = expect or {"1", "a", "i"}
    nested = False
    bulleted = False
    n = len(lines)
    j = k
    while j < n:
        ln = lines[j]
        if ln.blank:
            # parts may be separated by blank lines; stop at a non-part after a gap
            nxt = j + 1
            while nxt < n and lines[nxt].blank:
                nxt += 1
            if (
                nxt < n
                and nxt not in stops
                and (_PART.match(lines[nxt].text) or _loose_part(lines, nxt, expect))
                and parts
                and not bulleted
            ):
                j = nxt
                continue
            if nxt < n and nxt not in stops and bulleted and _BULLET_PART.match(lines[nxt].text):
                j = nxt
                continue
            if (
                not parts
                and nxt < n
                and (
                    _PART.match(lines[nxt].text)
                    or _BULLET_PART.match(lines[nxt].text)
                    or _loose_part(lines, nxt, expect)
                )
            ):
                j = nxt
                continue
            break
        m = _PART.match(_strip_bullet(ln.text)) or _loose_part(lines, j, expect)
        if j in stops:
            break
        if m is None and _BULLET_PART.match(ln.text) and (not parts or bulleted):
            # "RESOLVED:" over a bullet list: each bullet is a part
            parts.append((re.sub(r"^\s*(?:[•·▪Ø*]|[-–](?=\s))\s*", "", ln.text), [ln]))
            bulleted = True
            j += 1
            continue
        if bulleted and parts and not ln.heading and ln.text[:1].islower():
            parts[-1] = (parts[-1][0] + "\n" + ln.text, parts[-1][1] + [ln])
            j += 1
            continue
        if bulleted:
            break
        if (
            m
            and _part_label(m) not in expect
            and parts
            and (nested or re.search(r"[:]$", parts[-1][0].strip()))
        ):
            # a nested list: "(a) that the following be approved: (i) …; (ii) …" stays in part (a)
            parts[-1] = (parts[-1][0] + "\n" + ln.text, parts[-1][1] + [ln])
            nested = True
            j += 1
            continue
        if m and _part_label(m) in expect:
            nested = False
            parts.append((_part_text(m), [ln]))
            lab = _part_label(m)
            expect = {_successor(lab)} | ({"ii"} if lab == "i" else set()) | ({"j"} if lab == "i" else set())
        elif parts and not ln.heading and not BARE_MARKER.match(ln.text):
            if ln.text[:1].islower() or not re.search(r"[.;:]$", parts[-1][0]):
                parts[-1] = (parts[-1][0] + "\n" + ln.text, parts[-1][1] + [ln])
            else:
                break
        else:
            break
        j += 1
    return [(_clean_part(join_text(t.split("\n"))), ls) for t, ls in parts], j


_BULLET_PART = re.compile(r"^\s*[•·▪Ø*]\s*\S|^\s*[-–]\s+\S")


def _strip_bullet(text: str) -> str:
    return re.sub(r"^[•·▪Ø*]\s*", "", text.strip())


def _caps_heading_line(text: str) -> bool:
    """ "(a) MINUTE OF PREVIOUS MEETING": a sub-heading in capitals, not part of the paragraph after it."""
    t = re.sub(r"^\(?[a-z0-9ivx]{1,4}[.)]\s*", "", text.strip())
    letters = [c for c in t if c.isalpha()]
    return (
        len(letters) >= 6
        and all(c.isupper() for c in letters)
        and len(t.split()) <= 12
        and not BARE_MARKER.match(t)
    )


def _paragraphs(lines: list[PLine], stops: set[int]) -> list[tuple[int, int]]:
    """[a, b) runs of non-blank lines; agenda headings and marker lines start new runs."""
    out = []
    a = None
    for k, ln in enumerate(lines):
        starts_new = (
            k in stops
            or (ln.heading and not ln.blank)
            or _caps_heading_line(ln.text)
            or bool(_ACTION_LINE.match(ln.text.strip()))  # "ACTION: …" is not the start of a resolution
        )
        if ln.blank or starts_new:
            if a is not None:
                out.append((a, k))
            a = None if ln.blank else k
            if starts_new and not ln.blank:
                out.append((k, k + 1))
                a = None
            continue
        if a is None:
            a = k
        elif (
            BARE_MARKER.match(_NUM_PREFIX.sub("", ln.text))
            or _PART.match(ln.text)
            or (k > 0 and re.search(r"[:：]\s*$", lines[k - 1].text) and _loose_part(lines, k, {"a"}))
            or _BULLET_PART.match(ln.text)
            or _IT_WAS.match(ln.text.strip())
            or _APPLICATION_OUTCOME.match(ln.text.strip())
            or _BODY_MARKER_LINE.match(ln.text.strip())
        ):
            out.append((a, k))
            a = k
    if a is not None:
        out.append((a, len(lines)))
    return out


_CELL_MARKER = re.compile(
    r"\t\s*(?=(?:Decisions?|DECISIONS?|Resolved|RESOLVED|Agreed|AGREED|Decided|DECIDED)\s*[:–—-]|CONCLUDED\s+that\b"
    # "14<TAB>Minutes<TAB>RESOLVED that …": a "Min No | Description | Resolution" table's resolution cell
    r"|(?:RESOLVED|Resolved)\s+(?:that|THAT)\b)"
)


def _decision_cell(ln: PLine) -> PLine:
    """Minutes set out as a table ("No. | Item | Discussion | Decision"): a row's cell that starts with
    a marker ("Decision: The Committee approved …") is read on its own."""
    if "\t" not in ln.text:
        return ln
    m = _CELL_MARKER.search(ln.text)
    if not m:
        return ln
    return PLine(
        ln.idx, ln.text[m.end() :].replace("\t", " ").strip(), ln.indent, ln.page, ln.start, ln.end, False
    )


# "The Committee noted the report.": a noting, even under a "Decision:" label
_BARE_NOTING = re.compile(
    rf"^(?:The\s+|This\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\s+(?i:noted)\b(?![^.;]*\band\s+(?i:{_VERBS}))[^;]*\.?$"
)


def find_decisions(
    lines: list[PLine], items: list[AgendaItem], item_pos: dict[int, int]
) -> list[DecisionEntry]:
    """``item_pos`` maps a line position to the agenda item heading position that governs it."""
    lines = [_decision_cell(ln) for ln in lines]
    stops = set(item_pos.values())
    out: list[DecisionEntry] = []
    seen: set[str] = set()
    consumed_until = -1

    def add(text: str, plines: list[PLine], pos: int) -> None:
        text = re.sub(r"\s+", " ", text).strip()
        if re.match(r"(?i)^that\s", text) and re.search(r";\s+and\s+that\s", text):
            # "that X be noted; and that Y be applied …; and that Z …": one resolution per clause
            for part in re.split(r";\s+and\s+(?=that\s)", text):
                add(part.strip().rstrip(";"), plines, pos)
            return
        if len(text.split()) < 2:
            return
        key = re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()
        key = re.sub(r"^(?:resolved|agreed|that)\s+", "", key)
        # "That the report be noted." under two items is two decisions; read twice under one, one
        key = f"{item_pos.get(pos, -1)}|{key}"
        if key in seen:
            return
        seen.add(key)
        item = item_at(items, item_pos.get(pos, -1)) if items else None
        out.append(DecisionEntry(text=text, agenda_item=item.label if item else None, span=span_of(plines)))

    def parts_below(b: int, a: int, expect: set[str] | None = None, skip_noted: bool = False) -> bool:
        """The numbered or lettered parts in the paragraphs after line ``b`` (a frame such as
        "RESOLVED:" or "The Committee AGREED to:" over them), each added as a decision; False when
        there are none."""
        nonlocal consumed_until
        parts, nxt = _collect_parts(lines, b, stops, expect=expect)
        for part, pl in parts:
            if not (skip_noted and re.match(r"^(?:NOTED|noted|Noted)\b", part)):
                add(part, pl, a)
        if parts:
            consumed_until = nxt
        return bool(parts)

    def resolution_below(b: int) -> bool:
        """ "Resolved:" (or "It was RESOLVED:") ending its paragraph, the resolution in the paragraph
        under it; further paragraphs that start "That …" are further resolutions."""
        nonlocal consumed_until
        before = len(out)
        k = b
        first = True
        while True:
            while k < len(lines) and lines[k].blank:
                k += 1
            if k >= len(lines) or k in stops or (first and k - b > 1):
                break
            if not first and not re.match(r"^(?:That|THAT|To)\s", lines[k].text.strip()):
                break
            a2, b2 = k, k + 1
            if (
                first
                and (
                    re.search(r"\b(?:to|that)\s*[:：]\s*[-–—]*\s*$", lines[k].text, re.I)
                    # "That Cabinet recommends to Budget Council:": a frame with no "be"
                    or (
                        re.search(r"[:：]\s*[-–—]*\s*$", lines[k].text)
                        and not re.search(r"\bbe\b", lines[k].text)
                    )
                )
                and _next_is_part(lines, k + 1)
            ):
                # "RECOMMENDED" / "That the Council be RECOMMENDED to:" / "1. …" "2. …":
                # the line under the marker is an unfinished frame over numbered parts, one
                # decision each ("That the application be REFUSED for the following
                # reasons:" is whole: the decision, its reasons not)
                parts, nxt = _collect_parts(lines, k + 1, stops)
                if parts:
                    for part, pl in parts:
                        add(part, pl, k)
                    consumed_until = nxt - 1
                    break
            while b2 < len(lines) and not lines[b2].blank and b2 not in stops:
                b2 += 1
            # lines starting "That …" are resolutions of their own even without a gap
            chunks: list[list[PLine]] = []
            for ln2 in lines[a2:b2]:
                if not chunks or re.match(r"^(?:That|THAT)\s", ln2.text.strip()):
                    chunks.append([ln2])
                else:
                    chunks[-1].append(ln2)
            if not all(re.match(r"^(?:That|THAT)\s", c[0].text.strip()) for c in chunks):
                chunks = [list(lines[a2:b2])]
            for chunk in chunks:
                add(_first_sentence(join_text([ln.text for ln in chunk])), chunk, a2)
            consumed_until = b2 - 1
            k = b2
            first = False
        return len(out) > before

    for a, b in _paragraphs(lines, stops):
        if a < consumed_until:
            if b <= consumed_until or consumed_until in stops or lines[consumed_until].blank:
                continue
            a = consumed_until  # "Members AGREED …" right after the numbered parts: read the rest
        plines = lines[a:b]
        if a in stops:
            continue
        upto = next((k for k, ln in enumerate(plines) if ln.text.rstrip().endswith(":")), None)
        text = join_text([ln.text for ln in plines])
        text = _NUM_PREFIX.sub("", _strip_bullet(text), count=1)
        m = BARE_MARKER.match(text)
        if m and upto is not None and upto + 1 < len(plines):
            cut = _NUM_PREFIX.sub(
                "", _strip_bullet(join_text([ln.text for ln in plines[: upto + 1]])), count=1
            )
            m_cut = BARE_MARKER.match(cut)
            if m_cut and m_cut.group("rest").strip(" :-–—"):
                text, m = cut, m_cut
        if m and m.group("rest").startswith("/"):
            continue  # "Resolution / Action": the header of a right-hand column
        if m and (
            not m.group("m").casefold().startswith("decision")
            or m.group("rest")
            or _next_starts(lines, b, r"^(?:That|THAT|To)\s")  # "Decision:" over "That …"
        ):
            rest = _bare_text(m)
            if _BARE_NOTING.match(rest):
                continue
            if m.group("m").casefold().startswith("recommend") and not (
                # "RECOMMENDED - T H A T Cabinet be advised …": a scrutiny committee's resolution,
                # written with the marker in capitals and a capitalised "THAT" (Welsh council style)
                m.group("m") == "RECOMMENDED" and re.match(r"^(?:\(\d{1,2}\)\s*)?(?:T H A T|THAT)\b|^$", rest)
            ):
                # "RECOMMENDED to Council: that …": the meeting's recommendation to another body is its
                # resolution; a bare "Recommended:" (a report's recommendation) is not
                rec = re.match(
                    rf"^to\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\s*[:–—-]?\s*(?P<r>.*)$", rest
                )
                if not rec:
                    continue
                rest = rec.group("r")
            inline = _inline_parts(rest)
            if inline:
                for part in inline:
                    add(part, plines, a)
                labels = re.findall(r"\((\d{1,2}|[a-z]|[ivx]{1,4})\)\s", rest)
                if labels and _next_is_part(lines, b):
                    # "RESOLVED - (i) That …;" then "(ii) That …" in paragraphs of their own
                    parts_below(b, a, expect={_successor(x.casefold()) for x in labels})
                continue
            if (
                not rest
                or (_LEAD_END.search(rest) and _short_lead(rest))
                or (
                    _short_lead(rest + ":") and _next_is_part(lines, b)
                )  # "DECISION: That the Panel" / "(1) …"
                or (
                    # "That the Panel has reviewed the report and makes the following recommendations:",
                    # "That the Committee RECOMMENDS to Council that:": a frame over its parts
                    re.search(r"[:：]\s*[-–—]*\s*$", rest)
                    and not re.search(r"\bbe\b", rest)
                    and _next_is_part(lines, b)
                )
            ):
                if parts_below(b, a):
                    continue
                if not rest:
                    resolution_below(b)
                    continue
            add(_first_sentence(rest) if not rest.rstrip().endswith(":") else rest, plines, a)
            continue
        if _DEFERRED.match(text):
            add(_first_sentence(text), plines, a)
            continue
        mid = _MID_MARKER.search(text)
        if mid and not _IT_WAS_ANY.search(text[: mid.start() + 1]):
            # "(Proposed Cllr A, seconded Cllr B) RESOLVED that …": the marker later in the paragraph
            tail = text[mid.start() :]
            m_tail = BARE_MARKER.match(tail)
            if m_tail and m_tail.group("rest"):
                inline = _inline_parts(m_tail.group("rest"))
                for part in inline or [_first_sentence(m_tail.group("rest"))]:
                    add(part, plines, a)
                continue
        if _BODY_LEAD.match(text) and parts_below(b, a, skip_noted=True):
            continue
        prev_sent = ""
        for sent in split_sentences(text):
            s = sent.strip()
            # a numbered paragraph run on ("… for this item. 6.3 The Board approved …") and a sub-heading
            # label before the sentence ("Capital Programme: The Board APPROVED …")
            s = re.sub(r"^\d{1,3}(?:\.\d{1,2})+\s+", "", s)
            s = re.sub(
                rf"^(?:(?:[A-Z][\w'’/&-]*|of|the|and|for|to|in|on)\s+){{0,8}}?[A-Z][\w'’/&-]*:\s+"
                rf"(?=(?:The|This)\s+(?:[A-Z][\w'’-]+\s+){{0,4}}{_BODY}\b)",
                "",
                s,
            )
            before, prev_sent = prev_sent, s
            # "It was proposed and unanimously agreed that …" is a sentence form, kept whole (below)
            if _LEAD_ONLY.search(s) and text.rstrip().endswith(s.rstrip()):
                if parts_below(b, a):
                    continue
                if resolution_below(b):
                    continue
            m_prop = (not _IT_WAS.match(s) and _PROPOSED_RESOLVED.match(s)) or _SENT_MARKER.match(s)
            if m_prop:
                add(_VOTE_TAIL.sub("", m_prop.group("rest")).strip(), plines, a)
            elif _ELECTED.match(s) or _TRUE_RECORD.match(s) or _SUBMITTED_APPROVED.match(s):
                add(s, plines, a)
            elif m_rec := _RECORD_ACTIVE.search(s):
                add(s[m_rec.start() :], plines, a)  # not the item's title run on before it
            elif re.search(r"\bcarried\b", s) and not re.search(r"\bnot\s+carried\b", s):
                # an election: "Cllr A nominated Cllr B as Chairman … There being no other nominations
                # this was carried with all in favour."
                if re.search(r"\bnominated\b", s):
                    add(s, plines, a)
                elif re.search(r"\bnominated\b", before):
                    add(f"{before} {s}", plines, a)
            elif (
                _IT_WAS.match(s)
                or _BODY_AGREED.match(s)
                or _IT_WAS_ANY.search(s)
                or _NOTED_AND_AGREED.match(s)
            ):
                m_inl = re.search(r"[:：]\s*[-–—]*\s*(?=\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s)", s)
                inl = _inline_parts(s[m_inl.end() :]) if m_inl else []
                if len(inl) >= 2:
                    # "The Committee agreed:- (a) to approve the plan; and (b) to note the report."
                    for part in inl:
                        add(part, plines, a)
                    continue
                # "… agreed:-", "The Committee RESOLVED to:", "… AGREED the recommendations, namely to:"
                if _LEAD_END.search(s) and re.search(r"[:：]\s*[-–—]*\s*$", s) and parts_below(b, a):
                    continue
                add(re.split(r"\s+(?=Proposed:|Seconded:)", s)[0], plines, a)
            elif (
                _OUTCOME_SENT.match(s)  # "… the training plan. Recommendation approved, subject to …"
                or _MINUTES_APPROVED.search(s)
                and len(s.split()) <= 45
                or (
                    _PASSIVE.match(s)
                    and len(s.split()) <= 32
                    and not re.search(r"\b(?:where|which|who)\b", s.split(" were ")[0])
                    and _APPROVED_SUBJECT.match(s)
                )
            ):
                add(s, plines, a)
            elif ":" in s and len(s.split()) > 32:
                # "The following payments were approved: Mrs C Rundle – salary £612.40 …"
                head = s.split(":", 1)[0] + ":"
                if _PASSIVE.match(head) and _APPROVED_SUBJECT.match(head):
                    add(head, plines, a)
    if not out:
        # minutes written in Welsh only. In bilingual minutes the Welsh sentence restates an English
        # resolution already read, so the Welsh markers count only when nothing else was found.
        for a, b in _paragraphs(lines, stops):
            if a in stops:
                continue
            plines = lines[a:b]
            prev = ""
            for sent in split_sentences(join_text([ln.text for ln in plines])):
                s = re.sub(r"^\d{1,4}(?:\.\d{1,3})*\s+", "", sent.strip())
                if _WELSH_MARKER.match(s):
                    # "Cynigiwyd gan … ac eiliwyd gan … fod … . Penderfynwyd eu derbyn.": the motion
                    # (proposed … seconded …) says what "them" is
                    add(f"{prev} {s}" if re.match(r"(?i)cynigiwyd\b", prev) else s, plines, a)
                prev = s
    return _drop_restated(out)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9£]+", text.casefold())) - {"resolved", "that", "and", "the", "be", "to"}


def _drop_restated(out: list[DecisionEntry]) -> list[DecisionEntry]:
    """ModernGov prints a resolution twice under one item, once in its "Decision:" block (often as
    numbered parts) and again at the end of its "Minutes:" ("RESOLVED: That Cabinet NOTED … and
    APPROVED …"): a decision whose words all recur in a longer decision of the same item is that
    decision restated, not another one."""
    keep: list[DecisionEntry] = []
    for d in out:
        w = _words(d.text)
        restated = (
            d.agenda_item is not None
            and len(w) >= 4
            and any(
                o is not d
                and o.agenda_item == d.agenda_item
                and len(o.text) > len(d.text)
                and len(w & _words(o.text)) >= 0.9 * len(w)
                for o in out
            )
        )
        if not restated:
            keep.append(d)
    return keep


def resolution_text(text: str) -> str:
    """Text of a resolution as an action refers to it: the marker word dropped; for a resolution in
    parts, the last part."""
    t = _NUM_PREFIX.sub("", _strip_bullet(text), count=1).strip()
    m = BARE_MARKER.match(t)
    if m:
        rest = m.group("rest").strip()
        parts = _inline_parts(rest)
        return parts[-1] if parts else rest
    return t
