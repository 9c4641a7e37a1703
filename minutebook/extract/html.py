"""HTML → ExtractedDocument: ModernGov pages, printed-minutes HTML, Word exports, CMIS pages.

One line per block (paragraph, heading, list item, ``<br>``-separated run); one line per
table row with its cells joined by TAB; whitespace inside a line collapsed. Page chrome
(scripts, styles, navigation, site headers/footers, ModernGov's hidden ``span.mgHide``
suffixes, file-size badges and action-link lists) is dropped. HTML has no pages: page = 1.

Unlike text and PDF, HTML lines carry no blank "paragraph gap" lines: every block is its
own line already.

Table rows whose cells hold several blocks (ModernGov's ``mgItemTable``: a number cell and
a cell with the title, the agenda text and the "Minutes:" block; or layout tables) become
one line of the cells' first blocks joined by TAB ("101.\\tApologies for Absence") followed
by each cell's remaining blocks as lines of their own.

The document ``<title>`` is kept as the first line when the body does not repeat it: on
ModernGov pages it is often the only place naming the council.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from minutebook.extract.base import Row, assemble, clean_chars, collapse, decode_text
from minutebook.records import ExtractedDocument

_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "nav",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "button",
        "input",
        "textarea",
        "option",
        "optgroup",
        "map",
        "area",
        "audio",
        "video",
        "img",
        "meta",
        "link",
        "base",
        "datalist",
        "dialog",
    ]
)
# header/footer elements are chrome unless they sit inside the document's own article/main.
_CHROME_TAGS = frozenset({"header", "footer", "aside"})
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "footer",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "ul",
        "dir",
        "frameset",
        "noframes",
    ]
)
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "caption"})
_BOLD_TAGS = frozenset({"b", "strong"})
# class tokens (lower-cased) of elements that are page furniture, not minutes
_SKIP_CLASSES = frozenset(
    [
        "mghide",
        "mgfilesize",
        "mgactionlist",
        "mglinks",
        "mgfooter",
        "mgbreadcrumb",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "site-footer",
        "site-header",
        "page-footer",
        "page-header",
        "skip-link",
        "skiplink",
        "skip-to-content",
        "cookie-banner",
        "cookie-notice",
        "navbar",
        "navigation",
        "sr-only",
        "visually-hidden",
        "screen-reader-text",
    ]
)
_HEADING_CLASSES = frozenset(
    {
        "mgaititletxt",
        "mgsubitemtitletxt",
        "mgsubsubtitletxt",
        "mgsectiontitle",
        "mgmaintitletxt",
        "mgsubtitletxt",
    }
)
_AI_MARKER = re.compile(r"^ai\d+$")  # ModernGov export item wrappers <AI1>…</AI1>
_HEADING_MAX = 200  # an all-bold block longer than this is emphasis, not a heading
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

Block = tuple[str, bool]  # (text, heading)


def _classes(el: lxml.html.HtmlElement) -> set[str]:
    return set((el.get("class") or "").lower().split())


def _ol_marker(n: int, kind: str) -> str:
    if kind in ("a", "A"):
        letters = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return f"({letters if kind == 'a' else letters.upper()}) "
    if kind in ("i", "I"):
        numerals = ""
        for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                numerals += sym
                n -= value
        return f"({numerals if kind == 'i' else numerals.upper()}) "
    return f"{n}. "


@dataclass
class _Walker:
    """Collects blocks from one subtree; tables recurse with a fresh walker per cell."""

    in_article: bool = False
    blocks: list[Block] = field(default_factory=list)
    _buf: list[tuple[str, bool]] = field(default_factory=list)
    _marker: str = ""
    _heading: int = 0  # depth of heading context

    # ------------------------------------------------------------------ inline buffer
    def text(self, s: str | None, bold: bool) -> None:
        if s:
            self._buf.append((s, bold))

    def flush(self) -> None:
        if not self._buf:
            if self._marker:
                self._marker = ""
            return
        line = collapse("".join(t for t, _ in self._buf))
        bold_chars = sum(len(t.strip()) for t, b in self._buf if b)
        all_chars = sum(len(t.strip()) for t, _ in self._buf)
        self._buf.clear()
        if not line:
            return
        heading = bool(self._heading) or (bold_chars == all_chars > 0 and len(line) <= _HEADING_MAX)
        if self._marker:
            line = self._marker + line
            self._marker = ""
        self.blocks.append((line, heading))

    # ------------------------------------------------------------------ tree walk
    def walk(self, el: lxml.html.HtmlElement, bold: bool = False) -> None:
        tag = el.tag
        if not isinstance(tag, str):  # comment, processing instruction, entity
            return
        tag = tag.lower()
        if tag in _SKIP_TAGS:
            return
        classes = _classes(el)
        if classes & _SKIP_CLASSES or el.get("aria-hidden") == "true" or el.get("role") == "navigation":
            return
        style = el.get("style")
        if style and _HIDDEN_STYLE.search(style):
            return
        if tag in _CHROME_TAGS and not self.in_article:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "table":
            self.flush()
            self._table(el)
            return
        if tag == "pre":
            self.flush()
            for raw in el.text_content().replace("\r\n", "\n").split("\n"):
                line = clean_chars(raw).rstrip()
                if line.strip():
                    self.blocks.append((line, False))
            return
        is_block = tag in _BLOCK_TAGS or bool(_AI_MARKER.match(tag)) or tag in ("td", "th", "tr")
        bold = bold or tag in _BOLD_TAGS or bool(style and _BOLD_STYLE.search(style))
        heading = (
            tag in _HEADING_TAGS or bool(classes & _HEADING_CLASSES) or any("heading" in c for c in classes)
        )
        was_article = self.in_article
        if tag in ("article", "main"):
            self.in_article = True
        if is_block:
            self.flush()
            if tag == "li":
                self._marker = self._li_marker(el)
        if heading:
            self._heading += 1
        self.text(el.text, bold)
        for child in el:
            self.walk(child, bold)
            self.text(child.tail, bold)
        if is_block or tag == "hr":
            self.flush()
        if heading:
            self._heading -= 1
        self.in_article = was_article

    @staticmethod
    def _li_marker(li: lxml.html.HtmlElement) -> str:
        parent = li.getparent()
        if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "ol":
            return "• "
        siblings = [c for c in parent if isinstance(c.tag, str) and c.tag.lower() == "li"]
        try:
            start = int(parent.get("start") or 1)
        except ValueError:
            start = 1
        index = next((i for i, c in enumerate(siblings) if c is li), 0)
        return _ol_marker(start + index, parent.get("type") or "1")

    def _table(self, table: lxml.html.HtmlElement) -> None:
        for row in _rows(table):
            if row.tag == "caption":
                sub = _Walker(in_article=self.in_article)
                sub._heading = 1
                sub.walk(row)
                sub.flush()
                self.blocks.extend(sub.blocks)
                continue
            cells: list[list[Block]] = []
            header_cells = 0
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                sub = _Walker(in_article=self.in_article)
                sub.walk(cell)
                sub.flush()
                cells.append(sub.blocks)
                header_cells += cell.tag.lower() == "th"
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            first = "\t".join(c[0][0] if c else "" for c in cells)
            filled = [c for c in cells if c]
            heading = header_cells == len(cells) or all(c[0][1] for c in filled)
            self.blocks.append((first, heading))
            for c in cells:
                self.blocks.extend(c[1:])


def _rows(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The table's caption and own rows (through thead/tbody/tfoot), not those of nested tables."""
    out = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        tag = child.tag.lower()
        if tag in ("caption", "tr"):
            out.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            out.extend(r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")
    return out


def _content_root(doc: lxml.html.HtmlElement) -> tuple[lxml.html.HtmlElement, bool]:
    """(element holding the minutes, whether it is an article/main) – the skin around it is chrome."""
    for xpath, is_article in (
        ("//*[@id='modgov']", True),
        ("//main", True),
        ("//*[@role='main']", True),
    ):
        found = doc.xpath(xpath)
        if found:
            return found[0], is_article
    articles = doc.xpath("//article")
    if len(articles) == 1:
        return articles[0], True
    body = doc.find("body")
    return (body if body is not None else doc), False


def html_blocks(data: bytes | str) -> list[Block]:
    """The blocks (lines) of an HTML document, title first when the body does not repeat it."""
    if isinstance(data, bytes):
        match = _CHARSET.search(data[:4096])
        text = decode_text(data, match.group(1).decode("ascii", "replace") if match else None)
    else:
        text = data
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return []
    try:
        doc = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return []
    root, is_article = _content_root(doc)
    walker = _Walker(in_article=is_article)
    try:
        walker.walk(root)
        walker.flush()
        blocks = walker.blocks
    except RecursionError:  # absurdly deep nesting: fall back to one line per text node
        blocks = [(t, False) for t in (collapse(s) for s in root.itertext()) if t]
    title_el = doc.find(".//title")
    title = collapse(title_el.text_content()) if title_el is not None else ""
    if title and not any(title == b[0] for b in blocks[:5]):
        blocks.insert(0, (title, False))
    return blocks


def extract_html(data: bytes | str, *, sha256: str) -> ExtractedDocument:
    rows: list[Row] = [(1, text, heading) for text, heading in html_blocks(data)]
    return assemble(rows, sha256=sha256, media_type="html", page_count=1)
