"""The extracted lines as the grammars see them: mark-up residue and page furniture removed,
indentation measured, paragraphs, sentence splitting and the joining of wrapped lines.

Each :class:`PLine` keeps the page and character offsets of the extracted line it came from, so
everything parsed from it can carry a :class:`~minutebook.records.Span`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from minutebook.records import ExtractedDocument, Span


@dataclass
class PLine:
    idx: int
    text: str  # cleaned, stripped
    indent: int  # leading spaces of the raw line (TAB = 4)
    page: int
    start: int
    end: int
    heading: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


# Mark-up that survives some exports: <u>…</u>, ModernGov's <AI1> item markers, Markdown bold.
_TAGS = re.compile(r"</?(?:u|b|i|strong|em|AI\d+|ai\d+|br|p|span|div)\s*/?>", re.IGNORECASE)
_BOLD = re.compile(r"\*\*|__")
_RULE = re.compile(r"^[\s\-_=*~.·]{4,}$")
_PAGE = re.compile(r"(?:^|\s)(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)\s*$", re.IGNORECASE)
_SIGNED = re.compile(
    r"^(?:signed\b.*|(?:chair(?:man|person)?|mayor|town mayor)\s*[.…_]{3,}.*|[.…_]{5,}.*)$", re.I
)


_DATEISH = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\d{2}",
    re.IGNORECASE,
)


# Welsh words that open the Welsh half of a bilingual heading or label ("Yn bresennol / Present",
# "Cynghorydd / Councillor", "PENDERFYNWYD / RESOLVED"). Only words that are not also English.
_WELSH = frozenset(
    [
        "yn",
        "y",
        "yr",
        "a",
        "ac",
        "i",
        "o",
        "ar",
        "am",
        "gan",
        "gyda",
        "bresennol",
        "presennol",
        "hefyd",
        "mynychu",
        "ymddiheuriadau",
        "absennol",
        "cynghorydd",
        "cynghorwyr",
        "cynghorwr",
        "cadeirydd",
        "is-gadeirydd",
        "aelod",
        "aelodau",
        "cyfetholedig",
        "swyddog",
        "swyddogion",
        "cyfarwyddwr",
        "pennaeth",
        "gwasanaethau",
        "addysg",
        "craffu",
        "pwyllgor",
        "penderfynwyd",
        "penderfyniad",
        "penderfyniadau",
        "cytunwyd",
        "cam",
        "camau",
        "gweithredu",
        "cofnodion",
        "cofnod",
        "datgan",
        "diddordeb",
        "diddordebau",
        "dyddiad",
        "amser",
        "lleoliad",
        "cyfarfod",
        "dydd",
        "llun",
        "mawrth",
        "mercher",
        "iau",
        "gwener",
        "sadwrn",
        "sul",
        "rhithwir",
        "cyngor",
        "bwrdeistref",
        "sirol",
        "sir",
        "dinas",
        "tref",
        "cymuned",
        "portffolio",
        "eglwys",
        "yng",
        "nghymru",
        "cynrychiolydd",
        "rhiant-lywodraethwyr",
        "cabinet",
        "gweithrediaeth",
        "cymunedau",
        "tai",
        "cyllid",
        "adroddiad",
        "eitem",
        "eitemau",
        "rhaglen",
        "materion",
        "brys",
        "cyhoeddus",
        "cyflwyniad",
        "croeso",
        "ymddiheuriad",
        "swyddogaeth",
        "clerc",
        "maer",
        "dirprwy",
        "prif",
        "weithredwr",
        "dechrau",
        "gorffen",
        "tudalen",
        "plant",
        "ysgolion",
        "cynllun",
        "dim",
        "blaenraglen",
        "waith",
    ]
)
_ENGLISH_TOO = frozenset({"a", "i", "o", "cabinet", "plant", "am", "cam", "gan", "ar", "mercher"})
_BILINGUAL = re.compile(r"\s*/\s*")


def _drop_welsh(text: str) -> str:
    """The English half of "Welsh / English" pairs: a run of Welsh words (starting the line or after
    "(" or ":") directly before " / " is removed with the slash."""
    if "/" not in text:
        return text
    out = text
    for m in reversed(list(re.finditer(r"\s/\s?|\s?/\s(?=[A-Z(])|\s/$", out))):
        before = out[: m.start()]
        tokens = list(re.finditer(r"[^\s(:]+", before))
        k = len(tokens)
        while k > 0 and tokens[k - 1].group(0).strip(",.").casefold() in _WELSH:
            k -= 1
        run = tokens[k:]
        if not run or all(t.group(0).strip(",.").casefold() in _ENGLISH_TOO for t in run):
            continue
        start = run[0].start()
        lead = before[:start]
        if lead.strip() and not re.search(r"[(:–—-]\s*$", lead) and not re.fullmatch(r"\s*\d[\d.]*\s*", lead):
            continue  # Welsh words mid-sentence: leave the line alone
        out = out[:start] + out[m.end() :].lstrip()
    return out


# OCR reads "l" as "1" and "o" as "0" inside words ("Wi11iams", "Apo1ogies", "Counci1"): a 1/0
# between lower-case letters, or ending a long lower-case word, is the letter.
_OCR_DIGIT = re.compile(r"(?<=[a-z])[10]+(?=[a-z])|(?<=[A-Z][a-z]{4})[1]\b|(?<=[a-z]{5})[1]\b")


def _ocr_letters(text: str) -> str:
    if not re.search(r"[a-z][10]", text):
        return text
    return _OCR_DIGIT.sub(lambda m: m.group(0).replace("1", "l").replace("0", "o"), text)


def _clean(text: str) -> str:
    text = _TAGS.sub("", text)
    text = _BOLD.sub("", text)
    return _drop_welsh(_ocr_letters(text.strip()))


def _indent(raw: str) -> int:
    n = 0
    for ch in raw:
        if ch == " ":
            n += 1
        elif ch == "\t":
            n += 4
        else:
            break
    return n


def _furniture(lines: list[str]) -> set[int]:
    """Indices of running headers/footers, page numbers, rules and signature lines."""
    out: set[int] = set()
    norm = [re.sub(r"\d+", "#", re.sub(r"\s+", " ", t.strip())).casefold() for t in lines]
    counts = Counter(n for n in norm if n)
    for i, t in enumerate(lines):
        s = t.strip()
        if not s:
            continue
        if _RULE.match(s) or _PAGE.search(s) and len(s) < 120 or _SIGNED.match(s):
            out.add(i)
        elif counts[norm[i]] >= 2 and len(s) < 100 and _DATEISH.search(s) and len(s.split()) <= 12:
            # a line repeated verbatim (digits aside) on several pages: "Planning Committee – 14 June 2021"
            out.add(i)
    return out


def prepare(doc: ExtractedDocument) -> list[PLine]:
    """Lines ready for parsing; furniture lines become blank (they keep their slot and offsets)."""
    raw = [line.text for line in doc.lines]
    drop = _furniture([_clean(t) for t in raw])
    out: list[PLine] = []
    for i, line in enumerate(doc.lines):
        text = "" if i in drop else _clean(line.text)
        out.append(
            PLine(
                idx=i,
                text=text,
                indent=_indent(line.text),
                page=line.page,
                start=line.start,
                end=line.end,
                heading=line.heading,
            )
        )
    return out


def span_of(lines: list[PLine]) -> Span | None:
    real = [ln for ln in lines if ln is not None]
    if not real:
        return None
    return Span(page=real[0].page, start=min(ln.start for ln in real), end=max(ln.end for ln in real))


def join_text(parts: list[str]) -> str:
    """Wrapped lines back into one string: a word hyphenated at a line end ("safe-" + "guarding") is
    rejoined; a hyphen before a capital ("Vice-" + "Chairman") is kept; TABs become spaces."""
    out = ""
    for part in parts:
        part = re.sub(r"\s+", " ", part.replace("\t", " ")).strip()
        if not part:
            continue
        if not out:
            out = part
        elif re.search(r"[a-z]-$", out) and part[:1].islower():
            out = out[:-1] + part
        elif re.search(r"[A-Za-z]-$", out):
            out = out + part
        else:
            out = out + " " + part
    return re.sub(r"\s{2,}", " ", out).strip()


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Revd|Rev|Cllr|St|No|Nos|Co|Ltd|e\.g|i\.e|etc|approx|para|paras|"
    r"Fr|Sgt|Supt|Insp|Capt|Col|Lt|vs|cf|ref|Min|Mins|al|[A-Z])\.)$"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a paragraph."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"[.!?](?:[\"'’”)\]]*)(?=\s+[\"'‘“(]?[A-Z0-9£])", text):
        end = m.end()
        if _ABBREV.search(text[start:end]):
            continue
        # "£3.2m", "4.3 of" never match (no space after the stop); "item 5. The" does
        out.append((start, end))
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


def split_sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentences(text)]


def paragraph_at(lines: list[PLine], i: int, *, stop=None) -> tuple[int, int]:
    """[a, b) bounds of the run of non-blank lines holding line i."""
    a = i
    while a > 0 and not lines[a - 1].blank and not (stop and stop(lines[a - 1])):
        a -= 1
    b = i + 1
    while b < len(lines) and not lines[b].blank and not (stop and stop(lines[b])):
        b += 1
    return a, b
