"""Read-only tables as HTML: every header and cell escaped, rows as given."""

from __future__ import annotations

from feedback.render.table import html_table
from tests.html_tables import read_table

HOSTILE = '<img src=x onerror=alert(1)> **fett** "quoted" & [x](javascript:alert(1))'


def test_cells_and_headers_show_as_typed_and_make_no_markup():
    markup = html_table(
        ["Name", "<b>Rolle</b>"],
        [("demo.admin", "Admin"), (HOSTILE, None)],
        label='Konten "alle"',
        test_id="lw-accounts",
    )
    table, tags = read_table(markup, "lw-accounts")
    assert table.columns.tolist() == ["Name", "<b>Rolle</b>"]
    assert table.values.tolist() == [["demo.admin", "Admin"], [HOSTILE, ""]]
    assert set(tags) == {"div", "table", "thead", "tbody", "tr", "th", "td"}
    assert "<img" not in markup
    assert 'aria-label="Konten &quot;alle&quot;"' in markup


def test_an_empty_list_keeps_its_headers():
    table, _ = read_table(html_table(["a", "b"], [], label="x", test_id="t"), "t")
    assert table.columns.tolist() == ["a", "b"]
    assert table.empty
