"""A small read-only table as escaped HTML, for ``st.html``.

``st.dataframe`` loads its grid (about thirty JavaScript modules) into every new tab that
draws one, and draws on a canvas. A list of a few dozen rows that is only read needs neither:
as a plain HTML table it costs a new tab a fraction of that, screen readers read it as a
table, and the browser can find text in it. Every header and cell is escaped: names and
e-mail addresses are typed by people.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

# Streamlit's light theme (the app's, .streamlit/config.toml): grey rules as its own tables,
# a header that stays in view while a long list scrolls in its box.
_STYLE = (
    ".lw-table-box{max-height:26rem;overflow:auto;border:1px solid #e6e9ef;border-radius:.5rem}"
    ".lw-table{border-collapse:separate;border-spacing:0;width:100%;font-size:.875rem}"
    ".lw-table th,.lw-table td{text-align:left;vertical-align:top;padding:.4rem .6rem;"
    "border-bottom:1px solid #e6e9ef;max-width:22rem;overflow-wrap:anywhere}"
    ".lw-table th{position:sticky;top:0;background:#f8f9fb;font-weight:600;color:#31333f}"
    ".lw-table tr:last-child td{border-bottom:none}"
)


def html_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], *, label: str, test_id: str
) -> str:
    """``rows`` under ``headers``, each cell as text (None as empty), in a box that scrolls
    when the table is taller or wider than it; ``label`` names the table for screen readers,
    ``test_id`` marks it for the browser tests."""
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(value)}</td>" for value in row) + "</tr>" for row in rows
    )
    return (
        f"<style>{_STYLE}</style>"
        f'<div class="lw-table-box" data-testid="{html.escape(test_id)}">'
        f'<table class="lw-table" aria-label="{html.escape(label)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _cell(value: object) -> str:
    return "" if value is None else html.escape(str(value))
