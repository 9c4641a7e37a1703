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
_CELL = "\ue000"  # cell boundary inside a line's buffer (private use: never in real text)
# class tokens of inline fields that a CMS sets side by side as columns: "attendee__name", "member-role"
_FIELD_CLASS = re.compile(
    r"(?:^|[_-])(?:name|org|organi[sz]ation|role|job-?title|position|party|ward|council|authority|"
    r"representing|affiliation|designation|post)$"
)


def _classes(el: lxml.html.HtmlElement) -> set[str]:
    return set((el.get("class") or "").lower().split())


def _is_field(el: object) -> bool:
    """An inline element holding one field of a record (a person's name, their organisation)."""
    if not isinstance(el, lxml.html.HtmlElement) or not isinstance(el.tag, str):
        return False
    if el.tag.lower() in _BLOCK_TAGS:
        return False
    return any(_FIELD_CLASS.search(c) for c in _classes(el))


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
            return  # an <li> whose text sits in a nested block keeps its marker for that block
        parts = [collapse(p) for p in "".join(t for t, _ in self._buf).split(_CELL)]
        while parts and not parts[-1]:
            parts.pop()
        while parts and not parts[0]:
            parts.pop(0)
        line = "\t".join(parts)
        bold_chars = sum(len(t.replace(_CELL, "").strip()) for t, b in self._buf if b)
        all_chars = sum(len(t.replace(_CELL, "").strip()) for t, _ in self._buf)
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
        if (
            classes & _SKIP_CLASSES
            or el.get("aria-hidden") == "true"
            or el.get("role") in ("navigation", "tablist")  # tab labels: the panels hold the content
            or any("cookie" in c for c in classes)
            or "cookie" in (el.get("id") or "").lower()
        ):
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
        if tag == "dl" and self._pairs(el):
            self.flush()
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
        prev_field = False
        for child in el:
            field = _is_field(child)
            if field and prev_field:
                self.text(_CELL, False)  # "<span class=name>…</span> <span class=org>…</span>": two cells
            self.walk(child, bold)
            self.text(child.tail, bold)
            prev_field = field and not (child.tail or "").strip()
        if is_block or tag == "hr":
            self.flush()
        if tag == "li":
            self._marker = ""
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

    def _pairs(self, dl: lxml.html.HtmlElement) -> bool:
        """A definition list of term/description pairs (GOV.UK and NHS.UK summary lists: "Date" /
        "Friday 8 December 2023", a person in <dt> and the role in <dd>) read as a two-column table:
        one line "term<TAB>description" per pair. False (nothing emitted) when some term has no
        single description: then the list is read block by block."""
        items: list[lxml.html.HtmlElement] = []
        for child in dl:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if tag in ("dt", "dd"):
                items.append(child)
            elif tag == "div":  # <div class="…__row"><dt>…</dt><dd>…</dd></div>
                items.extend(c for c in child if isinstance(c.tag, str) and c.tag.lower() in ("dt", "dd"))
            elif tag not in _SKIP_TAGS:
                return False
        tags = [c.tag.lower() for c in items]
        if not tags or len(tags) % 2 or tags != ["dt", "dd"] * (len(tags) // 2):
            return False
        for k in range(0, len(items), 2):
            self._row([items[k], items[k + 1]])
        return True

    def _cell_blocks(self, cell: lxml.html.HtmlElement) -> list[Block]:
        sub = _Walker(in_article=self.in_article)
        sub.walk(cell)
        sub.flush()
        return sub.blocks

    def _row(self, cells_el: list[lxml.html.HtmlElement]) -> None:
        self._emit_row([self._cell_blocks(c) for c in cells_el], all_header=False)

    def _emit_row(self, cells: list[list[Block]], all_header: bool) -> None:
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            return
        first = "\t".join(c[0][0] if c else "" for c in cells)
        filled = [c for c in cells if c]
        heading = all_header or all(c[0][1] for c in filled)
        self.blocks.append((first, heading))
        for c in cells:
            self.blocks.extend(c[1:])

    def _table(self, table: lxml.html.HtmlElement) -> None:
        """Rows as lines, cells in the columns the browser draws them in: a ``colspan`` cell is
        followed by empty cells, a ``rowspan`` cell (a row header such as the council a group of
        members represents) is repeated in the rows it spans, and a header of several rows (a
        "Attendance" group over "Present" / "Apologies") becomes one row naming each column by
        its lowest label."""
        spans: dict[int, tuple[int, Block]] = {}  # column → (rows still covered, the text repeated)
        header_rows: list[list[list[Block]]] = []
        body_started = False
        for row in _rows(table):
            if row.tag == "caption":
                sub = _Walker(in_article=self.in_article)
                sub._heading = 1
                sub.walk(row)
                sub.flush()
                self.blocks.extend(sub.blocks)
                continue
            cells: list[list[Block]] = []
            header_cells = own_cells = 0
            spanning = False
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                while len(cells) in spans:
                    cells.append(_spanned(spans, len(cells)))
                blocks = self._cell_blocks(cell)
                rowspan, colspan = _span(cell.get("rowspan")), _span(cell.get("colspan"))
                if rowspan > 1 and blocks:
                    spans[len(cells)] = (rowspan - 1, blocks[0])
                cells.append(blocks)
                cells.extend([] for _ in range(colspan - 1))
                spanning = spanning or rowspan > 1 or colspan > 1
                own_cells += 1
                header_cells += cell.tag.lower() == "th"
            for col in sorted(c for c in spans if c >= len(cells)):
                cells.extend([] for _ in range(col - len(cells)))
                cells.append(_spanned(spans, col))
            is_header = own_cells > 0 and header_cells == own_cells
            if is_header and not body_started and (header_rows or spanning):
                header_rows.append(cells)  # a header of several rows: merged when it ends
                continue
            if header_rows:
                self._emit_header(header_rows)
                header_rows = []
            body_started = body_started or own_cells > 0
            self._emit_row(cells, all_header=is_header)
        if header_rows:
            self._emit_header(header_rows)

    def _emit_header(self, rows: list[list[list[Block]]]) -> None:
        if len(rows) == 1:
            self._emit_row(rows[0], all_header=True)
            return
        width = max(len(r) for r in rows)
        merged: list[list[Block]] = []
        for col in range(width):
            labels = [r[col][0] for r in rows if col < len(r) and r[col]]
            merged.append([(labels[-1][0], True)] if labels else [])
        self._emit_row(merged, all_header=True)


def _spanned(spans: dict[int, tuple[int, Block]], col: int) -> list[Block]:
    """The repeated block of the rowspan cell over ``col`` (one row of its span used up)."""
    left, block = spans.pop(col)
    if left > 1:
        spans[col] = (left - 1, block)
    return [(block[0], False)]


def _span(value: str | None) -> int:
    """A rowspan/colspan attribute as a sane count (1 when absent or malformed; at most 50)."""
    try:
        return max(1, min(50, int(value or 1)))
    except ValueError:
        return 1


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


def _side_panels(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Asides beside the minutes' article (the same layout row): an attendance panel floated next to
    the minutes is part of them, read after the article as the source order has it. Site-wide
    sidebars sit outside that row, and their menus are <nav> (skipped)."""
    parent = root.getparent()
    if parent is None:
        return []
    out = []
    for sib in parent:
        if sib is root or not isinstance(sib.tag, str):
            continue
        if sib.tag.lower() == "aside" or sib.get("role") == "complementary":
            out.append(sib)
    return out


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
        for aside in _side_panels(root) if is_article else []:
            walker.flush()
            walker.walk(aside)
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
