"""Who is signed in: local accounts (form + signed cookie) or a company sign-in (st.login).

Owns the session-state keys ``auth_user`` (the signed-in username), ``auth_seen`` (last
activity, for the idle timeout) and ``auth_cookie`` (a cookie change to send to the browser).
The role checks themselves live in :mod:`feedback.services`; this module only says who acts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from feedback.auth import tokens
from feedback.auth.oidc import RoleMapping, actor_from_claims
from feedback.auth.roles import Actor
from feedback.i18n import format_datetime
from feedback.render.slides import script_json
from feedback.store.secret import session_secret
from feedback.store.users import (
    Account,
    SignIn,
    find_by_email,
    find_user,
    list_users,
    sign_in,
)
from feedback.store.users import demo_accounts as store_demo_accounts
from feedback.ui import resources
from feedback.ui.typing import DRAFT_PREFIX

USER_KEY = "auth_user"
_SEEN_KEY = "auth_seen"
_COOKIE_KEY = "auth_cookie"
_NOTICE_KEY = "auth_notice"
# Set by sign-out: the browser's cookie as this session read it is stale from then on.
_SIGNED_OUT_KEY = "auth_signed_out"
COOKIE = "lovewall_session"
# Why 30 minutes: a desk left alone is signed out before a passer-by can use it, while a person
# reading the wall or moderating is never interrupted (every action counts as activity).
IDLE_TIMEOUT = dt.timedelta(minutes=30)
# The cookie is renewed at most this often, so an active session never runs out.
_RENEW_AFTER = dt.timedelta(minutes=5)
# A cookie change is sent with every run for this long, not once: a run cut short by the next
# one (st.rerun right after signing in, a page switch) may never reach the browser, and the
# next visit would then find no session (seen in a browser test: signed in, reloaded, out).
_SEND_FOR = dt.timedelta(seconds=10)
_SEND_UNTIL_KEY = "auth_cookie_until"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def oidc_configured() -> bool:
    """Whether ``.streamlit/secrets.toml`` has an ``[auth]`` section for st.login."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return False


def _mapping() -> RoleMapping:
    try:
        config: Any = st.secrets.get("love_wall", {})
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        config = {}
    return RoleMapping.from_config(dict(config))


def current_actor() -> Actor | None:
    """The signed-in actor of this session, or None. Applies the idle timeout."""
    if st.user.get("is_logged_in"):
        company = _company_actor()
        if company is not None:
            return company
        # A company account without a role here: the local sign-in form and the demo
        # accounts on the same page must still work.
    username = st.session_state.get(USER_KEY)
    now = _now()
    if username is None:
        username = _from_cookie(now)
        if username is None:
            return None
        st.session_state[USER_KEY] = username
        st.session_state[_SEEN_KEY] = now
    seen = st.session_state.get(_SEEN_KEY, now)
    if now - seen > IDLE_TIMEOUT:
        sign_out(notice="auth.timed_out")
        return None
    account = find_user(resources.engine(), str(username))
    if account is None or (account.locked_until is not None and account.locked_until > now):
        sign_out()
        return None
    if now - seen > _RENEW_AFTER:
        _change_cookie(tokens.issue(_secret(), account.username, now))
    st.session_state[_SEEN_KEY] = now
    return account.actor()


def _company_actor() -> Actor | None:
    claims = {key: st.user.get(key) for key in st.user.to_dict()}
    account = (
        find_by_email(resources.engine(), str(claims.get("email") or ""))
        if claims.get("email")
        else None
    )
    if account is not None:
        return actor_from_claims(
            claims, _mapping(), account.role, account.agent_id, account.team_ids
        )
    return actor_from_claims(claims, _mapping())


def company_email() -> str:
    """The e-mail of a company sign-in that has no role here ("" when not signed in)."""
    return (
        str(st.user.get("email") or st.user.get("sub") or "") if st.user.get("is_logged_in") else ""
    )


def _secret() -> bytes:
    return session_secret(resources.engine())


def _from_cookie(now: dt.datetime) -> str | None:
    token = st.context.cookies.get(COOKIE)
    if not token or st.session_state.get(_SIGNED_OUT_KEY):
        return None
    return tokens.verify(_secret(), token, now, lifetime=IDLE_TIMEOUT)


def try_sign_in(username: str, password: str) -> str | None:
    """Sign in with a local account; returns an error message key's text, or None when in."""
    if not username.strip() or not password:
        from feedback.ui.session import tr

        # A blank field is a slip, not a failed attempt: say which, and count nothing.
        return tr("auth.username_missing" if not username.strip() else "auth.password_missing")
    result = sign_in(resources.engine(), username, password, now=_now())
    if result.outcome is SignIn.OK and result.account is not None:
        _start(result.account.username)
        return None
    if result.outcome is SignIn.LOCKED and result.locked_until is not None:
        from feedback.ui.session import lang, tr

        local = result.locked_until.astimezone(_zone())
        return tr("auth.locked", until=format_datetime(local, lang(), "short"))
    from feedback.ui.session import tr

    return tr("auth.wrong")


def _start(username: str) -> None:
    now = _now()
    st.session_state[USER_KEY] = username
    st.session_state[_SEEN_KEY] = now
    _change_cookie(tokens.issue(_secret(), username, now))
    st.session_state.pop(_SIGNED_OUT_KEY, None)


def sign_out(notice: str | None = None) -> None:
    """Sign out of the local account when one is signed in, else of the company account."""
    local = st.session_state.get(USER_KEY) is not None
    for key in (USER_KEY, _SEEN_KEY):
        st.session_state.pop(key, None)
    _change_cookie("")
    st.session_state[_SIGNED_OUT_KEY] = True
    if notice:
        st.session_state[_NOTICE_KEY] = notice
    if not local and st.user.get("is_logged_in"):
        st.logout()
        # st.logout only queues the browser's trip to /auth/logout (which deletes Streamlit's
        # identity cookie); a rerun, like the sign-out button's, would drop it from the queue
        # and the cookie would sign the person in again on the next visit. So the run ends.
        st.stop()


def _change_cookie(value: str) -> None:
    """Queue a cookie change ("" clears it) for ``send_cookie``, sent for ``_SEND_FOR``."""
    st.session_state[_COOKIE_KEY] = value
    st.session_state.pop(_SEND_UNTIL_KEY, None)


def pop_notice() -> str | None:
    notice = st.session_state.pop(_NOTICE_KEY, None)
    return str(notice) if notice else None


def send_cookie() -> None:
    """Send a pending cookie change to the browser (set after sign-in, cleared after sign-out),
    with every run for ``_SEND_FOR`` after the change.

    The script is :func:`cookie_script`'s: no value can break out of its string.
    """
    change = st.session_state.get(_COOKIE_KEY)
    if change is None:
        return
    now = _now()
    until = st.session_state.setdefault(_SEND_UNTIL_KEY, now + _SEND_FOR)
    if now > until:
        st.session_state.pop(_COOKIE_KEY, None)
        st.session_state.pop(_SEND_UNTIL_KEY, None)
        return
    max_age = int(IDLE_TIMEOUT.total_seconds()) if change else 0
    secure = "; secure" if str(st.context.url or "").startswith("https:") else ""
    cookie = f"{COOKIE}={change}; path=/; max-age={max_age}; samesite=strict{secure}"
    st.html(cookie_script(cookie, forget_drafts=not change), unsafe_allow_javascript=True)


def cookie_script(cookie: str, forget_drafts: bool) -> str:
    """The script element that sets ``cookie`` and, after a sign-out (``forget_drafts``),
    removes every draft the tab keeps (text as typed, unredacted, :mod:`feedback.ui.typing`),
    whoever's account it was. Every value goes in as script-safe JSON (``script_json``), so
    none can end the string or the element."""
    script = f"document.cookie = {script_json(cookie)};"
    if forget_drafts:
        script += (
            " try { Object.keys(sessionStorage)"
            f".filter((k) => k.startsWith({script_json(DRAFT_PREFIX)}))"
            ".forEach((k) => sessionStorage.removeItem(k)); } catch (error) {}"
        )
    return f"<script>{script}</script>"


def _zone() -> dt.tzinfo:
    """The browser's time zone, else UTC."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = st.context.timezone
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


_ACTOR_KEY = "auth_actor"


def remember(actor: Actor | None) -> None:
    """dashboard.py: the actor of this run, for every page and helper to read."""
    st.session_state[_ACTOR_KEY] = actor


def actor() -> Actor | None:
    """The signed-in actor of this run (set by dashboard.py), or None."""
    found = st.session_state.get(_ACTOR_KEY)
    return found if isinstance(found, Actor) else None


def has_accounts() -> bool:
    return bool(list_users(resources.engine()))


def demo_accounts() -> list[Account]:
    return store_demo_accounts(resources.engine())


def demo_sign_in(username: str) -> None:
    """One click into a demo account: only one the demo seeder made, while demo data is there."""
    if any(a.username == username for a in demo_accounts()):
        _start(username)
