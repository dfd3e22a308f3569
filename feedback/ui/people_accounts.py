"""The people page's accounts tab: list, add, change role, reset password, remove.

Every write goes through :mod:`feedback.services.accounts`. A new password is generated here
and shown once (see :func:`feedback.ui.people.notice`); the store keeps only its hash.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.auth.passwords import generate_password
from feedback.auth.roles import Role
from feedback.insights import people
from feedback.render.plain import markdown_literal
from feedback.render.table import html_table
from feedback.services import accounts as service
from feedback.store.directory import Directory
from feedback.store.users import Account
from feedback.ui import resources
from feedback.ui.audit import zone
from feedback.ui.people import attempt, done
from feedback.ui.session import acting, lang, tr
from feedback.ui.widgets import first_default, relabelled

ROLES: tuple[Role, ...] = tuple(Role)
ADD_OPEN = "people_add_account_open"  # the add-account expander: open or not
_EMPTY_ACCOUNT_FORM: dict[str, object] = {
    "people_new_username": "",
    "people_new_display_name": "",
    "people_new_email": "",
    "people_new_role": ROLES[0],
    "people_new_teams": [],
    "people_new_agent": "",
    "people_new_company": False,
}


def accounts_tab() -> None:
    found = attempt(lambda: service.list_accounts(resources.engine(), acting()))
    if found is None:
        return
    directory = resources.directory()
    table = people.account_table(found, directory, lang(), now=dt.datetime.now(dt.UTC), zone=zone())
    # Read only, a few dozen rows: plain HTML, not the grid (see feedback/render/table.py).
    st.html(
        html_table(
            [tr(f"people.col_{c}") for c in table.columns],
            table.itertuples(index=False),
            label=tr("people.tab_accounts"),
            test_id="lw-accounts",
        )
    )
    _add_form(directory)
    if found:
        _manage(found, directory)


def _role_label() -> dict[Role, str]:
    return {role: tr(f"auth.label_{role.value}") for role in ROLES}


def _team_names(directory: Directory) -> list[str]:
    return sorted(directory.teams.values(), key=str.casefold)


def _handles(directory: Directory) -> list[str | None]:
    return [None, *sorted((a.handle for a in directory.agents.values()), key=str.casefold)]


def _add_form(directory: Directory) -> None:
    none = tr("people.no_agent")
    # Drawn only while open (a rerun on opening): a new tab draws none of its widgets.
    adding = st.expander(
        tr("people.add_account"), icon=":material/person_add:", key=ADD_OPEN, on_change="rerun"
    )
    if not adding.open:
        return
    with adding, st.form("people_add_account"):
        name_col, shown_col, mail_col = st.columns(3)
        username = name_col.text_input(
            tr("people.col_username"), max_chars=80, key="people_new_username"
        )
        display_name = shown_col.text_input(
            tr("people.col_display_name"), max_chars=120, key="people_new_display_name"
        )
        email = mail_col.text_input(tr("people.col_email"), max_chars=254, key="people_new_email")
        role_col, teams_col, agent_col = st.columns(3)
        role = role_col.selectbox(
            tr("people.col_role"),
            ROLES,
            index=first_default("people_new_role", 0),
            format_func=_role_label().__getitem__,
            key=relabelled("people_new_role"),
            placeholder=tr("ui.choose"),
        )
        teams = teams_col.multiselect(
            tr("people.col_teams"),
            _team_names(directory),
            help=tr("people.teams_help"),
            placeholder=tr("ui.choose"),
            key="people_new_teams",
        )
        # "" for "no agent": a select box set to None would show its placeholder when the form
        # is emptied.
        agent = agent_col.selectbox(
            tr("people.col_agent"),
            ["", *_handles(directory)[1:]],
            format_func=lambda h: h or none,
            help=tr("people.agent_help"),
            key=relabelled("people_new_agent"),
            placeholder=tr("ui.choose"),
        )
        company = st.checkbox(
            tr("people.company_only"), help=tr("people.company_only_help"), key="people_new_company"
        )
        if st.form_submit_button(tr("people.add_account_button"), icon=":material/add:"):
            password = None if company else generate_password()
            added = attempt(
                lambda: service.add_account(
                    resources.engine(),
                    acting(),
                    username,
                    role,
                    teams=teams,
                    agent=agent or None,
                    email=email or None,
                    display_name=display_name,
                    password=password,
                )
            )
            if added is not None:
                secret = (added.username, password) if password else None
                done(
                    tr("people.account_added", username=added.username),
                    secret=secret,
                    empty=_EMPTY_ACCOUNT_FORM,
                )


def _manage(found: list[Account], directory: Directory) -> None:
    st.subheader(tr("people.manage_account"))
    by_name = {a.username: a for a in found}
    username: str = st.selectbox(
        tr("people.pick_account"),
        list(by_name),
        key="people_account_pick",
        placeholder=tr("ui.choose"),
    )
    account = by_name[username]
    role_side, other_side = st.columns([3, 2], gap="large")
    # Not the role box's key: a language switch writes that one (relabel_all), and a form's
    # key is read-only.
    with role_side, st.form(f"people_role_form_{username}"):
        role = st.selectbox(
            tr("people.col_role"),
            ROLES,
            index=first_default(f"people_role_{username}", ROLES.index(account.role)),
            format_func=_role_label().__getitem__,
            key=relabelled(f"people_role_{username}"),
            placeholder=tr("ui.choose"),
        )
        current = sorted(directory.teams[t] for t in account.team_ids if t in directory.teams)
        teams = st.multiselect(
            tr("people.col_teams"),
            _team_names(directory),
            default=current,
            help=tr("people.teams_help"),
            placeholder=tr("ui.choose"),
        )
        handles = _handles(directory)
        linked = next(
            (a.handle for a in directory.agents.values() if a.id == account.agent_id), None
        )
        agent = st.selectbox(
            tr("people.col_agent"),
            handles,
            index=handles.index(linked) if linked in handles else 0,
            format_func=lambda h: tr("people.no_agent") if h is None else h,
            placeholder=tr("ui.choose"),
        )
        if st.form_submit_button(tr("people.change_role_button"), icon=":material/badge:"):
            changed = attempt(
                lambda: service.set_role(
                    resources.engine(),
                    acting(),
                    username,
                    role,
                    teams=teams if role is Role.LEAD else (),
                    agent=agent,
                )
            )
            if changed is not None:
                done(tr("people.role_changed", username=username))
    with other_side:
        _reset_and_remove(account)


def _reset_and_remove(account: Account) -> None:
    username = account.username
    # One click used to replace someone's password: the person is locked out until they get
    # the new one, so the admin says yes first, as for removing an account.
    reset_sure = st.checkbox(
        markdown_literal(tr("people.reset_confirm", username=username)),
        key=f"people_reset_sure_{username}",
    )
    if st.button(
        tr("people.reset_password"),
        icon=":material/lock_reset:",
        disabled=not reset_sure,
        key="people_reset",
    ):
        password = generate_password()
        reset = attempt(
            lambda: service.reset_password(resources.engine(), acting(), username, password)
        )
        if reset is not None:
            done(tr("people.password_was_reset", username=username), secret=(username, password))
    if username == acting().name:
        # Not offered, and said where it can be read (a tooltip on a disabled button is out of
        # reach on a phone): the service refuses it anyway.
        st.caption(tr("people.remove_self"))
        return
    sure = st.checkbox(
        markdown_literal(tr("people.remove_confirm", username=username)),
        key=f"people_remove_sure_{username}",
    )
    clicked = st.button(
        tr("people.remove"),
        icon=":material/person_remove:",
        disabled=not sure,
        key="people_remove",
    )
    if clicked and attempt(lambda: _remove(username)):
        done(tr("people.account_removed", username=username))


def _remove(username: str) -> bool:
    service.remove_account(resources.engine(), acting(), username)
    return True
