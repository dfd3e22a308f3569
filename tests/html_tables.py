"""Read back the tables of :mod:`feedback.render.table` as the browser would show them."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd


class _Table(HTMLParser):
    """Header and cell texts (entities decoded) of the table inside ``data-testid``."""

    def __init__(self, test_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.test_id = test_id
        self.inside = False
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.tags: list[str] = []  # every tag inside the table: a cell's text made no markup

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if dict(attrs).get("data-testid") == self.test_id:
            self.inside = True
        if not self.inside:
            return
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if not self.inside or self.cell is None or tag not in ("th", "td"):
            if tag == "table":
                self.inside = False
            return
        text = "".join(self.cell)
        self.cell = None
        if tag == "th":
            self.headers.append(text)
        else:
            self.rows[-1].append(text)

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def read_table(markup: str, test_id: str) -> tuple[pd.DataFrame, list[str]]:
    """The table marked ``test_id`` in ``markup``: its rows under its headers, and every tag
    found inside it (to check that no cell became markup)."""
    parsed = _Table(test_id)
    parsed.feed(markup)
    rows = [row for row in parsed.rows if row]
    return pd.DataFrame(rows, columns=parsed.headers), parsed.tags
