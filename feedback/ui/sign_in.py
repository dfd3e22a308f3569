"""The sign-in form: a local account, the company account (when configured), a demo account."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.auth.roles import Actor, Role
from feedback.render.plain import markdown_literal
from feedback.ui import auth
from feedback.ui.session import tr

# Set when someone signs in at the home address (not at another page's): their first page
# is then the one their role's main job is on (:func:`landing_page`).
_FROM_HOME_KEY = "signed_in_from_home"
# The page of each role's main job, where it is not the wall: agents hand in praise.
_LANDING: dict[Role, str] = {Role.AGENT: "submit"}
# A company sign-in comes back from the provider to the home address in a new session, so no
# mark of ours survives it. Its ID token's issue time ("iat") tells a sign-in made just now
# from a visit that Streamlit's 30-day identity cookie signs in: issued at most this long ago
# (the trip to the provider and back, and some clock skew).
_FRESH_SIGN_IN = dt.timedelta(minutes=2)
_COMPANY_SEEN_KEY = "company_sign_in_seen"


def landing_page(actor: Actor) -> str | None:
    """The key of the page to open right after ``actor`` signed in at the home address, once;
    None to stay where they are (a page they asked for, or the wall). A company sign-in
    always comes back to the home address."""
    from_home = st.session_state.pop(_FROM_HOME_KEY, False)
    if not (_fresh_company_sign_in() or from_home):
        return None
    return _LANDING.get(actor.role)


def _fresh_company_sign_in() -> bool:
    """Whether this session's company sign-in was made just now; True at most once a session."""
    if st.session_state.get(_COMPANY_SEEN_KEY) or not st.user.get("is_logged_in"):
        return False
    st.session_state[_COMPANY_SEEN_KEY] = True
    # Typed as text by Streamlit; the identity cookie holds the token's number (seconds).
    issued: object = st.user.get("iat")
    if not isinstance(issued, int | float) or isinstance(issued, bool):
        return False
    age = dt.datetime.now(dt.UTC) - dt.datetime.fromtimestamp(issued, dt.UTC)
    return abs(age) <= _FRESH_SIGN_IN


def _signed_in(asked_for_page: bool) -> None:
    st.session_state[_FROM_HOME_KEY] = not asked_for_page
    st.rerun()


def show_sign_in(asked_for_page: bool = False) -> None:
    """The sign-in page; ``asked_for_page`` when someone opened another page's address."""
    st.title(tr("auth.sign_in_title"))
    notice = auth.pop_notice()
    if notice:
        st.info(tr(notice, minutes=int(auth.IDLE_TIMEOUT.total_seconds() // 60)))
    if auth.company_email():
        st.warning(
            tr("auth.no_role", email=markdown_literal(auth.company_email())),
            icon=":material/block:",
        )
        # A company account without a role can leave, to sign in with another one.
        if st.button(tr("auth.sign_out"), icon=":material/logout:", key="sign_out_company"):
            auth.sign_out()
    elif asked_for_page:
        st.info(tr("auth.sign_in_needed"), icon=":material/lock:")
    st.caption(tr("auth.sign_in_intro"))

    if auth.oidc_configured():
        st.button(
            tr("auth.sign_in_company"), icon=":material/badge:", type="primary", on_click=st.login
        )

    with st.form("sign_in"):
        username = st.text_input(tr("auth.username"), max_chars=80, autocomplete="username")
        password = st.text_input(
            tr("auth.password"), type="password", max_chars=200, autocomplete="current-password"
        )
        if st.form_submit_button(tr("auth.sign_in"), type="primary"):
            problem = auth.try_sign_in(username, password)
            if problem:
                st.error(problem, icon=":material/error:")
            else:
                _signed_in(asked_for_page)

    if not auth.has_accounts():
        st.warning(tr("auth.no_accounts"), icon=":material/person_add:")

    demo = auth.demo_accounts()
    if demo:
        st.subheader(tr("auth.demo_heading"))
        st.caption(tr("auth.demo_intro"))
        for column, account in zip(st.columns(len(demo)), demo, strict=True):
            if column.button(
                tr("auth.demo_sign_in", role=tr(f"auth.role_{account.role.value}")),
                key=f"demo_{account.role.value}",
                width="stretch",
            ):
                auth.demo_sign_in(account.username)
                _signed_in(asked_for_page)
