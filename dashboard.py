"""Love Wall: the router. Page config, language, user, and the page list. Nothing else."""

from __future__ import annotations

import streamlit as st

from feedback.ui.registry import PAGES
from feedback.ui.router import mark_routed
from feedback.ui.session import language_switch, tr, user_switch

st.set_page_config(page_title="Love Wall", page_icon="❤️", layout="wide")
mark_routed()
language_switch()
user_switch()

sections: dict[str, list[st.Page]] = {}
for spec in PAGES:
    page = st.Page(
        spec.path,
        title=tr(f"nav.{spec.key}"),
        icon=spec.icon,
        url_path=spec.key,
        default=spec.default,
    )
    sections.setdefault(tr(f"nav.section_{spec.section}"), []).append(page)

st.navigation(sections).run()
