"""Settings for the whole team: default language, rankings, works-council mode, retention and
own themes."""

from __future__ import annotations

import streamlit as st

from feedback.i18n import LANGUAGES
from feedback.insights.settings import (
    additions_from_rows,
    number_problem,
    shipped_labels,
    taxonomy_problem,
    theme_table,
    whole_number,
)
from feedback.store.settings import AppSettings
from feedback.ui import resources
from feedback.ui.router import ensure_routed
from feedback.ui.session import lang, tr
from feedback.ui.settings_form import confirm, save

# Why 72 px: four columns this wide and the row marker fit the form on a 390-px phone, so the
# table no longer scrolls sideways; on a wider screen the stretched table widens them. Each
# header's full wording is its help.
THEME_COLUMN_PX = 72

ensure_routed()

st.title(tr("nav.settings"))
st.caption(tr("settings.intro"))
current = resources.settings()
shipped = shipped_labels()

with st.form("settings_form"):
    ui_language = st.selectbox(
        tr("settings.ui_language"),
        LANGUAGES,
        index=LANGUAGES.index(current.ui_language.value),
        format_func={code: tr(f"ui.language_{code}") for code in LANGUAGES}.__getitem__,
        placeholder=tr("ui.choose"),
    )
    rankings = st.toggle(
        tr("settings.rankings"), value=current.rankings_enabled, help=tr("settings.rankings_help")
    )
    works_council_mode = st.toggle(
        tr("settings.works_council_mode"),
        value=current.works_council_mode,
        help=tr("settings.works_council_mode_help"),
        key="settings_works_council_mode",
    )
    # Text, not number fields: a browser refuses a number field's fraction or out-of-range
    # number (beyond 2**53 even without bounds) in its own language and then sends nothing;
    # number_problem says why in the reader's language.
    min_team = st.text_input(
        tr("settings.works_council_min_team"),
        value=str(current.works_council_min_team),
        help=tr("settings.works_council_min_team_help"),
        key="settings_works_council_min_team",
    )
    retention = st.text_input(
        tr("settings.retention"),
        value=str(current.retention_months),
        help=tr("settings.retention_help"),
    )
    st.markdown(f"**{tr('settings.taxonomy')}**")
    st.caption(tr("settings.taxonomy_help"))
    names = sorted((labels.get(lang(), theme) for theme, labels in shipped.items()), key=str.lower)
    st.caption(tr("settings.existing_themes", names=", ".join(names)))
    # The theme id stays hidden: it is derived from the name (feedback.insights.settings).
    # Each language's name, then its keywords: where a phone clips a header's last letter,
    # the order still says which language a keyword column belongs to.
    shown = ("label_de", "keywords_de", "label_en", "keywords_en")
    edited = st.data_editor(
        theme_table(current.theme_additions, shipped),
        num_rows="dynamic",
        width="stretch",
        hide_index=True,
        placeholder="",
        key="settings_themes",
        column_order=shown,
        # default "": a row the admin adds starts blank, not with "None" in every cell.
        column_config={
            c: st.column_config.TextColumn(
                tr(f"settings.col_{c}"),
                default="",
                help=tr(f"settings.col_{c}_help"),
                width=THEME_COLUMN_PX,
            )
            for c in shown
        },
    )
    submitted = st.form_submit_button(tr("settings.save"), type="primary", icon=":material/save:")

if submitted:
    additions = additions_from_rows(edited.to_dict("records"), current.theme_additions, shipped)
    numbers = {"works_council_min_team": min_team, "retention_months": retention}
    problem = number_problem(numbers, lang()) or taxonomy_problem(additions, lang())
    if problem:
        st.error(problem, icon=":material/error:")
    else:
        new = AppSettings.model_validate(
            {
                **current.model_dump(),
                "ui_language": ui_language,
                "rankings_enabled": rankings,
                "works_council_mode": works_council_mode,
                "works_council_min_team": whole_number(min_team),
                "retention_months": whole_number(retention),
                "theme_additions": additions,
            }
        )
        save(new)

confirm()
