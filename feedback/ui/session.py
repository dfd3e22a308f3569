"""Language and current user: read once per rerun, owned here."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from feedback.auth.roles import Action, Actor
from feedback.clock import LOCAL_ZONE_NAME, local_today
from feedback.i18n import LANGUAGES, normalize_language, t
from feedback.render.plain import markdown_literal
from feedback.ui import resources, url

_LANG_KEY = "ui_lang"


def lang() -> str:
    """The UI language: the sidebar choice, else the URL's ``lang``, else the team default."""
    if _LANG_KEY not in st.session_state:
        from_url = st.query_params.get("lang")
        default = resources.settings().ui_language.value
        st.session_state[_LANG_KEY] = normalize_language(from_url or default)
    return str(st.session_state[_LANG_KEY])


def known_lang() -> str:
    """The UI language as far as it is known without reading the store: the choice made, else
    the URL's ``lang``, else the default. For messages about a failure that may be the store's."""
    chosen = st.session_state.get(_LANG_KEY) or st.query_params.get("lang")
    return normalize_language(chosen)


def tr(key: str, **params: Any) -> str:
    """The message ``key`` in the current UI language."""
    return t(key, lang(), **params)


def language_switch() -> None:
    """Sidebar radio for the UI language; the choice is mirrored into the URL."""
    lang()  # sets the key's value first: the radio takes it from there
    st.sidebar.radio(
        tr("ui.language"),
        LANGUAGES,
        format_func=lambda code: t(f"ui.language_{code}", code),
        horizontal=True,
        key=_LANG_KEY,
        on_change=_relabel,
    )
    url.want({"lang": st.session_state[_LANG_KEY]})


def _relabel() -> None:
    from feedback.ui.widgets import relabel_all

    relabel_all()


def current_user() -> str:
    """The signed-in user's name, as the audit log records it ("anonymous" when nobody is)."""
    from feedback.ui import auth

    found = auth.actor()
    return found.name if found is not None else "anonymous"


def acting() -> Actor:
    """The signed-in actor, for a write. Pages are reachable only signed in (dashboard.py)."""
    from feedback.ui import auth

    found = auth.actor()
    if found is None:
        raise PermissionError("not signed in")
    return found


def may(action: Action) -> bool:
    """Whether the signed-in actor may take ``action`` (for showing or hiding controls; the
    services check again)."""
    from feedback.ui import auth

    found = auth.actor()
    return found is not None and found.can(action)


def my_agent_id() -> int | None:
    """The agent record linked to the signed-in account (None for leads without one)."""
    from feedback.ui import auth

    found = auth.actor()
    return found.agent_id if found is not None else None


def sees_everyone() -> bool:
    """Leads and admins moderate: their pickers list agents without consent too (admins all,
    leads their own teams': :func:`feedback.ui.submit_form.pickable_agents`)."""
    from feedback.ui import auth

    found = auth.actor()
    return found is not None and found.can(Action.MODERATE)


def account_box(actor: Actor) -> None:
    """Sidebar: who is signed in, in which role, and the sign-out button."""
    from feedback.ui import auth

    st.sidebar.caption(
        tr(
            "auth.signed_in_as",
            name=markdown_literal(actor.name),
            role=tr(f"auth.label_{actor.role.value}"),
        )
    )
    if st.sidebar.button(tr("auth.sign_out"), icon=":material/logout:", key="sign_out"):
        auth.sign_out()
        st.rerun()


def not_allowed() -> None:
    """What a page's address shows to a role that may not use it: a message, no controls."""
    from feedback.ui import auth

    found = auth.actor()
    role = tr(f"auth.label_{found.role.value}") if found else ""
    st.title(tr("auth.not_allowed_title"))
    st.error(tr("auth.not_allowed_page", role=role), icon=":material/block:")


def reader_today() -> dt.date:
    """Today where the reader is (:func:`reader_zone`): a server on UTC is still on yesterday
    in Berlin's first hour, and "this week" or the submit form's day would miss today's quotes.

    Never before the contact centre's day (:func:`feedback.clock.local_today`), which the
    submit form, imports and the command line give a quote said today: a browser on UTC (or
    in Lisbon, London) is still on yesterday in Berlin's first hour, and its periods, ending
    there, left out every quote handed in since midnight in Berlin, on the wall and in the
    moderation queue alike, where the lead could not approve it until the next day."""
    return max(dt.datetime.now(reader_zone()[0]).date(), local_today())


def reader_zone() -> tuple[dt.tzinfo, str]:
    """The reader's time zone and its name: the browser's (``st.context.timezone``), else the
    contact centre's (:data:`feedback.clock.LOCAL_ZONE`), where the browser does not say
    (headless, privacy settings)."""
    name = st.context.timezone or LOCAL_ZONE_NAME
    try:
        return ZoneInfo(name), name
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(LOCAL_ZONE_NAME), LOCAL_ZONE_NAME
