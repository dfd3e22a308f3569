"""Saving settings, with the confirmation a shorter retention period needs.

Owns ``settings_pending``: settings that wait for the admin to confirm the deletion they
would cause.
"""

from __future__ import annotations

import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.insights.settings import retention_warning
from feedback.services.settings import RetentionNotConfirmed, save_settings
from feedback.store.settings import AppSettings
from feedback.ui import resources
from feedback.ui.session import acting, lang, reader_today, tr

_PENDING_KEY = "settings_pending"


def save(new: AppSettings, *, confirmed: bool = False) -> None:
    """Store ``new``; a retention that would delete quotes asks first (see :func:`confirm`)."""
    try:
        changed = save_settings(
            resources.engine(), acting(), new, today=reader_today(), confirm_deletion=confirmed
        )
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    except RetentionNotConfirmed as waiting:
        st.session_state[_PENDING_KEY] = (new.model_dump(mode="json"), waiting.would_delete)
        return
    st.session_state.pop(_PENDING_KEY, None)
    resources.after_write()
    if changed:
        st.success(
            tr(
                "settings.saved",
                fields=", ".join(tr(f"settings.field_{name}") for name in changed),
            ),
            icon=":material/check:",
        )
    else:
        st.info(tr("settings.unchanged"))


def confirm() -> None:
    """If a shorter retention waits for confirmation: say how many quotes it would delete."""
    pending = st.session_state.get(_PENDING_KEY)
    if not pending:
        return
    values, count = pending
    st.warning(
        retention_warning(int(values["retention_months"]), int(count), lang()),
        icon=":material/warning:",
    )
    yes, no = st.columns(2)
    if yes.button(tr("settings.retention_yes"), type="primary", key="retention_yes"):
        save(AppSettings.model_validate(values), confirmed=True)
    if no.button(tr("settings.retention_no"), key="retention_no"):
        st.session_state.pop(_PENDING_KEY, None)
        st.rerun()
