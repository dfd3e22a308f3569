"""Language and current user: read once per rerun, owned here."""

from __future__ import annotations

from typing import Any

import streamlit as st

from feedback.i18n import LANGUAGES, normalize_language, t
from feedback.ui import resources

_LANG_KEY = "ui_lang"
_USER_KEY = "ui_user"


def lang() -> str:
    """The UI language: the sidebar choice, else the URL's ``lang``, else the team default."""
    if _LANG_KEY not in st.session_state:
        from_url = st.query_params.get("lang")
        default = resources.settings().ui_language.value
        st.session_state[_LANG_KEY] = normalize_language(from_url or default)
    return str(st.session_state[_LANG_KEY])


def tr(key: str, **params: Any) -> str:
    """The message ``key`` in the current UI language."""
    return t(key, lang(), **params)


def language_switch() -> None:
    """Sidebar radio for the UI language; the choice is mirrored into the URL."""
    current = lang()
    st.sidebar.radio(
        tr("ui.language"),
        LANGUAGES,
        index=LANGUAGES.index(current),
        format_func=lambda code: t(f"ui.language_{code}", code),
        horizontal=True,
        key=_LANG_KEY,
    )
    st.query_params["lang"] = st.session_state[_LANG_KEY]


def current_user() -> str:
    """Who is using the app: the signed-in user when login is configured, else the chosen agent."""
    if st.user.get("is_logged_in"):
        return str(st.user.get("email") or st.user.get("name") or "user")
    return str(st.session_state.get(_USER_KEY) or "anonymous")


def user_switch() -> None:
    """Without login: pick yourself from the agent list (the submit form defaults to you)."""
    if st.user.get("is_logged_in"):
        return
    handles = sorted(a.handle for a in resources.directory().agents.values())
    nobody = tr("ui.anonymous")  # translated now: format_func may run outside this session
    st.sidebar.selectbox(
        tr("ui.i_am"),
        ["anonymous", *handles],
        key=_USER_KEY,
        format_func=lambda h: nobody if h == "anonymous" else h,
    )
