"""HTML extraction of real-world markup families (round 6): summary lists, spanned table cells,
attendance side panels, tabs, field spans, list markers over nested blocks."""

from __future__ import annotations

from minutebook.extract import extract_bytes


def lines_of(html: str) -> list[str]:
    doc = extract_bytes(html.encode("utf-8"), sha256="t", media_type="html")
    for line in doc.lines:
        assert doc.text[line.start : line.end] == line.text
    return [line.text for line in doc.lines]


def test_definition_list_pairs_read_as_two_columns() -> None:
    html = """<html><body><main><h2>Present</h2>
<dl class="summary-list">
<div class="summary-list__row"><dt>Dr Helen Carr</dt><dd>Chair</dd></div>
<div class="summary-list__row"><dt>Sunil Rao</dt><dd>Chief Executive</dd></div>
</dl></main></body></html>"""
    lines = lines_of(html)
    assert "Dr Helen Carr\tChair" in lines
    assert "Sunil Rao\tChief Executive" in lines


def test_definition_list_with_several_descriptions_per_term_stays_block_by_block() -> None:
    html = """<html><body><main><dl><dt>Present</dt><dd>Cllr A Barker</dd><dd>Cllr B Carr</dd></dl>
</main></body></html>"""
    assert lines_of(html)[-3:] == ["Present", "Cllr A Barker", "Cllr B Carr"]


def test_rowspan_cells_repeat_and_two_row_header_merges() -> None:
    html = """<html><body><main><table>
<thead><tr><th rowspan="2">Authority</th><th rowspan="2">Member</th><th colspan="2">Attendance</th></tr>
<tr><th>Present</th><th>Apologies</th></tr></thead>
<tbody><tr><th rowspan="2">Northvale CC</th><td>Cllr A Barker</td><td>Y</td><td></td></tr>
<tr><td>Cllr B Carr</td><td></td><td>Y</td></tr>
<tr><th>Co-opted</th><td>Mr D Lane</td><td>Y</td><td></td></tr></tbody></table></main></body></html>"""
    lines = lines_of(html)
    assert lines[-4:] == [
        "Authority\tMember\tPresent\tApologies",
        "Northvale CC\tCllr A Barker\tY",
        "Northvale CC\tCllr B Carr\t\tY",
        "Co-opted\tMr D Lane\tY",
    ]


def test_colspan_keeps_later_cells_in_their_columns() -> None:
    html = """<html><body><main><table><tr><th>Name</th><th>Role</th><th>Present</th></tr>
<tr><td colspan="2">Cllr A Barker</td><td>Y</td></tr></table></main></body></html>"""
    assert lines_of(html)[-1] == "Cllr A Barker\t\tY"


def test_aside_beside_the_article_is_read_but_site_chrome_is_not() -> None:
    html = """<html><body><div id="cookie-bar"><p>We use cookies</p></div>
<header><a href="/">Home</a></header>
<div class="layout"><article><h1>Panel minutes</h1><p>1. Welcome</p></article>
<aside class="sidebar"><h2>Attendees</h2><h3>Members present</h3>
<ul><li><span class="attendee__name">Cllr P Garside</span> <span class="attendee__org">Marches CC</span></li></ul>
</aside></div><footer><p>Privacy</p></footer></body></html>"""
    lines = lines_of(html)
    assert "• Cllr P Garside\tMarches CC" in lines
    assert lines.index("Members present") > lines.index("1. Welcome")
    assert not any("cookies" in t or "Privacy" in t or t == "Home" for t in lines)


def test_tab_labels_dropped_hidden_tab_panels_kept() -> None:
    html = """<html><body><main><div class="tabs"><ul role="tablist"><li><a href="#a">Attendance</a></li>
<li><a href="#m">Minutes</a></li></ul>
<section role="tabpanel" id="m" hidden><h3>45. Apologies</h3><p>None.</p></section></div></main></body></html>"""
    lines = lines_of(html)
    assert "45. Apologies" in lines and "None." in lines
    assert not any("Attendance" in t for t in lines)


def test_inline_spans_without_field_classes_are_not_split() -> None:
    html = """<html><body><main><p><span class="c1">Cllr</span> <span class="c2">A Barker</span></p>
<p><span class="label">Date:</span> <span class="value">1 May</span></p></main></body></html>"""
    lines = lines_of(html)
    assert "Cllr A Barker" in lines and "Date: 1 May" in lines


def test_ordered_list_number_reaches_a_heading_inside_the_item() -> None:
    html = """<html><body><ol start="4"><li><h2>Planning applications</h2></li></ol>
<p>Text.</p><ul><li><p>Cllr A Barker</p></li></ul></body></html>"""
    lines = lines_of(html)
    assert "4. Planning applications" in lines
    assert "• Cllr A Barker" in lines
