"""Quotes as cards: the text as plain text (never markdown), with date, channel and team."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from feedback.i18n import format_date
from feedback.render.cards import compact, shown_text
from feedback.render.chips import chips_html
from feedback.ui.session import lang, tr


def quote_cards(
    frame: pd.DataFrame, *, limit: int = 25, show_team: bool = True, columns: int = 1
) -> None:
    """Up to ``limit`` quotes of ``frame`` (columns text, said_on, channel, optionally team),
    newest first, filled into ``columns`` side by side."""
    slots = st.columns(columns) if columns > 1 else [st.container()]
    for index, record in enumerate(frame.head(limit).to_dict("records")):
        with slots[index % len(slots)].container(border=True):
            # Quotes are untrusted: st.text renders no markup. Placeholders read as words.
            st.text(compact(shown_text(str(record["text"]), lang())))
            meta = [
                format_date(pd.Timestamp(record["said_on"]).date(), lang()),
                tr(f"common.channel_{record['channel']}"),
            ]
            if show_team and isinstance(record.get("team"), str):
                meta.append(str(record["team"]))
            st.caption(" · ".join(meta))


def chips(labels: list[str]) -> None:
    """Small rounded labels (escaped: theme names can come from a team's own settings)."""
    st.html(chips_html(labels))
