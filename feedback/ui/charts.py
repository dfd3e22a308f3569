"""Plotly charts in the Love Wall look, each with a download of exactly the data it shows."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from feedback.export import to_csv
from feedback.ui.session import tr

# Brand colours first, then calm ones; channels and teams stay distinguishable up to ten.
COLOURS = (
    "#c2185b",
    "#6a1b9a",
    "#f4511e",
    "#00897b",
    "#3949ab",
    "#8e244d",
    "#fb8c00",
    "#43a047",
    "#5e35b1",
    "#757575",
)


def styled(fig: go.Figure, *, y_title: str = "", percent: bool = False) -> go.Figure:
    """Shared layout: white, compact, legend on top, German/English-neutral number format."""
    fig.update_layout(
        template="plotly_white",
        colorway=list(COLOURS),
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        height=360,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        hovermode="x unified",
        font={"family": "Source Sans Pro, sans-serif"},
    )
    fig.update_xaxes(title=None)
    fig.update_yaxes(
        title=y_title or None, tickformat=".0%" if percent else None, gridcolor="#eeeeee"
    )
    return fig


def show_chart(fig: go.Figure, data: pd.DataFrame, name: str, **download: Any) -> None:
    """The chart, then a CSV of its data (formula-safe: cells are neutralised by to_csv)."""
    st.plotly_chart(fig, key=f"chart_{name}", config={"displaylogo": False})
    st.download_button(
        tr("trends.download_csv"),
        data=to_csv(data).encode("utf-8"),
        file_name=f"{name}.csv",
        mime="text/csv",
        key=f"download_{name}",
        icon=":material/download:",
        type="tertiary",
        **download,
    )
