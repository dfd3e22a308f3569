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
    """Who is using the app: the signed-in user when login is configured, else the handle typed
    into the sidebar ("anonymous" while none is). An agent's handle is returned as the
    directory spells it; another one (a team lead's) as typed: it names the actor in the audit
    log. Without a login this is a claim, not a proof."""
    if st.user.get("is_logged_in"):
        return str(st.user.get("email") or st.user.get("name") or "user")
    typed = str(st.session_state.get(_USER_KEY) or "").strip()
    if not typed:
        return "anonymous"
    agent = resources.directory().agent_by_handle(typed)
    return agent.handle if agent is not None else typed


def user_switch() -> None:
    """Without login: type your handle (the submit form and your wall default to you).

    A text field, not a list: a list would name every agent on every page, also those who
    did not consent to be named.
    """
    if st.user.get("is_logged_in"):
        return
    typed = st.sidebar.text_input(
        tr("ui.i_am"),
        key=_USER_KEY,
        placeholder=tr("ui.i_am_placeholder"),
        help=tr("ui.i_am_help"),
        max_chars=80,
    )
    if typed.strip() and resources.directory().agent_by_handle(typed) is None:
        st.sidebar.caption(tr("ui.i_am_unknown"))
