"""Love Wall: the router. Page config, language, user, and the page list. Nothing else."""

from __future__ import annotations

import streamlit as st

from feedback.ui.registry import PAGES
from feedback.ui.router import alias, mark_routed
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
        # The default page lives at "/"; its key is left free for the alias below.
        url_path="" if spec.default else spec.key,
        default=spec.default,
    )
    section = sections.setdefault(tr(f"nav.section_{spec.section}"), [])
    section.append(page)
    if spec.default:
        section.append(alias(page, spec.key))

st.navigation(sections).run()
