"""Quotes as cards: the text as plain text (never markdown), with date, channel and team."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from feedback.i18n import format_date
from feedback.render.cards import clipped, compact, shown_text
from feedback.render.chips import chips_html
from feedback.render.plain import markdown_literal
from feedback.ui.session import lang, tr


def quote_cards(
    frame: pd.DataFrame, *, limit: int = 25, show_team: bool = True, columns: int = 1
) -> None:
    """Up to ``limit`` quotes of ``frame`` (columns text, said_on, channel, optionally team),
    newest first, filled row by row into ``columns`` side by side."""
    records = frame.head(limit).to_dict("records")
    for slot, record in zip(grid_cells(len(records), columns), records, strict=True):
        with slot.container(border=True):
            # Quotes are untrusted: st.text renders no markup. Placeholders read as words; a
            # long quote is cut, as on the wall.
            st.text(clipped(compact(shown_text(str(record["text"]), lang()))))
            meta = [
                format_date(pd.Timestamp(record["said_on"]).date(), lang()),
                tr(f"common.channel_{record['channel']}"),
            ]
            if show_team and isinstance(record.get("team"), str):
                meta.append(str(record["team"]))
            st.caption(markdown_literal(" · ".join(meta)))


def grid_cells(count: int, columns: int) -> Iterator[DeltaGenerator]:
    """``count`` cells, left to right and row by row. On a phone Streamlit stacks each row's
    columns, so the reading order stays the same; cells dealt into ``columns`` long columns
    would read column by column there (1, 4, 7, 2, 5, …)."""
    if columns <= 1:
        for _ in range(count):
            yield st.container()
        return
    for start in range(0, count, columns):
        row = st.columns(columns)
        yield from row[: min(columns, count - start)]


def chips(labels: list[str]) -> None:
    """Small rounded labels (escaped: theme names can come from a team's own settings)."""
    st.html(chips_html(labels))
