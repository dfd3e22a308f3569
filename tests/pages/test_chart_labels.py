"""Labels users can edit (team names, theme labels from the settings) reach plotly as text.

plotly.js renders ``<a href>``, ``<b>``, ``<br>`` and more in legend names, tick labels and hover
text; a team called ``<a href=…>`` must show as those characters, not as a link.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
import streamlit as st
from sqlalchemy import update
from sqlalchemy.orm import Session

from feedback.i18n import t
from feedback.store.models import Team
from feedback.store.settings import load_settings, save_settings
from feedback.ui.charts import ChartSpec
from feedback.ui.trend_charts import PeriodAxis, themes_chart, volume_chart
from tests.pages.conftest import open_page
from tests.pages.test_trends_page import charts, show_tab

EVIL_TEAM = '<a href="https://evil.example">x</a>'
BOLD_THEME = "<b>Tempo</b>"
SHOWN_TEAM = '&lt;a href="https://evil.example"&gt;x&lt;/a&gt;'
SHOWN_THEME = "&lt;b&gt;Tempo&lt;/b&gt;"
# The one piece of markup the charts add themselves: a line break in a period's tick label.
_OWN_MARKUP = re.compile(r"<br>")


def label_strings(figure: Any, key: str = "") -> Iterator[str]:
    """Every string of a plotly figure that plotly draws as text (its templates aside, which
    are ours: ``<extra></extra>``)."""
    if isinstance(figure, dict):
        for name, value in figure.items():
            if name != "hovertemplate":
                yield from label_strings(value, name)
    elif isinstance(figure, list):
        for value in figure:
            yield from label_strings(value, key)
    elif isinstance(figure, str):
        yield figure


def assert_no_markup(figure: dict[str, Any]) -> None:
    raw = [s for s in label_strings(figure) if "<" in _OWN_MARKUP.sub("", s)]
    assert not raw, raw
    assert "<a" not in json.dumps(figure, ensure_ascii=False)


@pytest.fixture
def bare_session() -> Iterator[None]:
    """The chart builders read the UI language from the session (here without a script run)."""
    st.session_state.clear()
    st.session_state["ui_lang"] = "de"
    yield
    st.session_state.clear()


def _axis() -> PeriodAxis:
    periods = [pd.Timestamp("2026-10-01"), pd.Timestamp("2026-11-01")]
    return PeriodAxis(dict(zip(periods, ["Okt. 2026", "Nov. 2026"], strict=True)), ())


def _figure(spec: ChartSpec) -> dict[str, Any]:
    figure: dict[str, Any] = json.loads(spec.figure_json)
    return figure


def test_a_team_name_is_a_legend_entry_not_a_link(bare_session):
    axis = _axis()
    data = pd.DataFrame(
        {
            "period": list(axis.labels) * 2,
            "group": [EVIL_TEAM, EVIL_TEAM, "Nord & Süd", "Nord & Süd"],
            "quotes": [3, 4, 1, 2],
        }
    )
    spec = volume_chart(data, axis, "month", "team")
    figure = _figure(spec)
    assert_no_markup(figure)
    assert [trace["name"] for trace in figure["data"]] == [SHOWN_TEAM, "Nord &amp; Süd"]
    assert figure["layout"]["xaxis"]["ticktext"] == ["Okt.<br>2026", "Nov.<br>2026"]
    # No mode bar: English tooltips, over the legend on phones, a "Share" to Plotly's cloud.
    assert figure["config"]["displayModeBar"] is False
    download = pd.read_csv(io.BytesIO(spec.csv), sep=";", encoding="utf-8-sig")
    # The download keeps the name as it is.
    assert EVIL_TEAM in set(download[t("trends.by_team", "de")])


def test_a_theme_label_is_a_row_label_not_bold_text(bare_session):
    axis = _axis()
    data = pd.DataFrame(
        {
            "period": list(axis.labels) * 2,
            "theme": ["speed", "patience"] * 2,
            "quotes": [1, 2, 3, 4],
            "share": [0.1, 0.2, 0.3, 0.4],
        }
    )
    figure = _figure(themes_chart(data, axis, {"speed": BOLD_THEME, "patience": "Geduld"}, "month"))
    assert_no_markup(figure)
    assert set(figure["data"][0]["y"]) == {SHOWN_THEME, "Geduld"}


def test_the_trends_page_draws_edited_labels_as_text(store):
    with Session(store) as session, session.begin():
        session.execute(update(Team).where(Team.id == 1).values(name=EVIL_TEAM))
    additions = {"themes": {"speed": {"label": {"de": BOLD_THEME, "en": BOLD_THEME}}}}
    save_settings(
        store, load_settings(store).model_copy(update={"theme_additions": additions}), actor="test"
    )

    at = open_page("pages/trends.py")
    at.button_group(key="trend_by").set_value("team").run()
    assert not at.exception, [e.value for e in at.exception]
    (volume,) = charts(at)
    assert_no_markup(volume)
    assert SHOWN_TEAM in [trace["name"] for trace in volume["data"]]

    show_tab(at, "themes")
    assert not at.exception, [e.value for e in at.exception]
    (themes,) = charts(at)
    assert_no_markup(themes)
    assert SHOWN_THEME in themes["data"][0]["y"]
    assert t("trends.themes_heading", "de") in [tab.label for tab in at.tabs]
