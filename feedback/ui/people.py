"""The people page: teams, agents and their consent. Every write goes through
:mod:`feedback.services.people` (role check, one audited transaction).

Owns the session keys ``people_notice`` (what the last write did, shown once after the
rerun), ``people_handover`` (a generated password, shown once) and ``people_version`` (bumped
after a write, so the agents' table starts from the stored values again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.insights import people, unnamed_teams
from feedback.render.plain import markdown_literal
from feedback.services import people as service
from feedback.services.accounts import AccountError, list_accounts
from feedback.services.people import PeopleProblem
from feedback.store.directory import Directory
from feedback.ui import resources
from feedback.ui.session import acting, lang, tr
from feedback.ui.widgets import kept_choice, relabelled, reset_next_run

_NOTICE_KEY = "people_notice"
_WARNING_KEY = "people_warning"  # what the last write leaves to do, shown once with it
_HANDOVER_KEY = "people_handover"
_VERSION_KEY = "people_version"
T = TypeVar("T")
_EMPTY_AGENT_FORM: dict[str, object] = {
    "people_agent_handle": "",
    "people_agent_first": "",
    "people_agent_last": "",
    "people_agent_team": 0,
    "people_agent_consent": False,
}


def attempt(write: Callable[[], T]) -> T | None:
    """Run a write; a refusal (role, bad input) is shown as an error and gives None."""
    try:
        return write()
    except NotAllowed as refused:
        st.error(markdown_literal(refused.message(lang())), icon=":material/block:")
    except PeopleProblem as problem:
        st.error(markdown_literal(problem.message(lang())), icon=":material/error:")
    except AccountError as problems:
        for message in problems.messages(lang()):
            st.error(markdown_literal(message), icon=":material/error:")
    return None


def done(
    message: str,
    *,
    secret: tuple[str, str] | None = None,
    empty: dict[str, object] | None = None,
    warning: str | None = None,
) -> None:
    """After a write: fresh caches, the message (and a new password, or a ``warning``) once,
    the form that wrote emptied (``empty``: its widgets' keys and empty values), a rerun."""
    resources.after_write()
    if empty:
        reset_next_run(empty)
    st.session_state[_NOTICE_KEY] = message
    if warning is not None:
        st.session_state[_WARNING_KEY] = warning
    if secret is not None:
        st.session_state[_HANDOVER_KEY] = secret
    st.session_state[_VERSION_KEY] = version() + 1
    st.rerun()


def version() -> int:
    return int(st.session_state.get(_VERSION_KEY, 0))


def notice() -> None:
    """What the last write did; a generated password once, to hand over, never again."""
    message = st.session_state.pop(_NOTICE_KEY, None)
    if message:
        st.success(markdown_literal(message), icon=":material/check_circle:")
    warning = st.session_state.pop(_WARNING_KEY, None)
    if warning:
        st.warning(markdown_literal(warning), icon=":material/warning:")
    secret = st.session_state.pop(_HANDOVER_KEY, None)
    if secret:
        username, password = secret
        st.warning(
            markdown_literal(tr("people.password_once", username=username)), icon=":material/key:"
        )
        st.code(password, language=None)


def teams_tab() -> None:
    found = resources.directory()
    if found.teams:
        st.dataframe(
            people.team_table(found),
            hide_index=True,
            placeholder="",  # an empty cell, not "None"
            width="stretch",
            column_order=["name", "agents"],
            column_config={
                "name": st.column_config.TextColumn(tr("people.col_team")),
                "agents": st.column_config.NumberColumn(tr("people.col_agents"), format="%d"),
            },
        )
    else:
        # An empty table reads "empty" in English whatever the language: a sentence instead.
        st.info(tr("people.no_teams"), icon=":material/groups:")
    for name in people.teams_of_one(found):
        # A team of one names its person on every team-level view, consent or not.
        message = tr("people.team_of_one", name=name, tab=tr("people.tab_agents"))
        st.warning(markdown_literal(message), icon=":material/warning:")
    _unnamed_warnings(found)
    add, rename = st.columns(2, gap="large")
    with add.form("people_add_team"):
        st.markdown(f"**{tr('people.add_team')}**")
        name = st.text_input(tr("people.field_team"), max_chars=80, key="people_team_name")
        submitted = st.form_submit_button(tr("people.add_team_button"), icon=":material/add:")
        if submitted and _add_team(name) is not None:
            done(tr("people.team_added", name=name.strip()), empty={"people_team_name": ""})
    if not found.teams:
        return
    with rename.form("people_rename_team"):
        st.markdown(f"**{tr('people.rename_team')}**")
        team_id = st.selectbox(
            tr("people.pick_team"),
            sorted(found.teams, key=_team_sort(found)),
            format_func=dict(found.teams).__getitem__,
            key=kept_choice("people_rename_pick", found.teams),
            placeholder=tr("ui.choose"),
        )
        new_name = st.text_input(tr("people.new_name"), max_chars=80, key="people_rename_to")
        submitted = st.form_submit_button(tr("people.rename_button"), icon=":material/edit:")
        if submitted and team_id is not None:
            renamed = attempt(
                lambda: service.rename_team(resources.engine(), acting(), team_id, new_name)
            )
            if renamed:
                done(tr("people.team_renamed", old=found.teams[team_id], name=new_name.strip()))
            elif renamed is False:
                st.info(tr("people.unchanged"))


def agents_tab() -> None:
    found = resources.directory()
    table = people.agent_table(found)
    team_names: list[str] = sorted(found.teams.values(), key=str.casefold)
    if table.empty:
        # Nothing to edit yet (an empty table would read "empty" in English): the form to add
        # the first agent, open.
        st.info(tr("people.no_agents"), icon=":material/person_add:")
        _add_agent_form(expanded=True)
        return
    st.caption(tr("people.agents_intro"))
    with st.form("people_agents_form"):
        edited = st.data_editor(
            table,
            hide_index=True,
            placeholder="",
            width="stretch",
            key=f"people_agents_{version()}",
            disabled=["id", "handle", "name"],
            column_order=["handle", "name", "team", "consent", "active"],
            column_config={
                "handle": st.column_config.TextColumn(tr("people.field_handle")),
                "name": st.column_config.TextColumn(tr("people.col_name")),
                "team": st.column_config.SelectboxColumn(tr("people.col_team"), options=team_names),
                "consent": st.column_config.CheckboxColumn(
                    tr("people.col_consent"), help=tr("people.consent_help")
                ),
                "active": st.column_config.CheckboxColumn(
                    tr("people.col_active"), help=tr("people.active_help")
                ),
            },
        )
        saved = st.form_submit_button(
            tr("people.save_agents"), type="primary", icon=":material/save:"
        )
    if saved:
        _save_agents(people.agent_changes(table, edited, _team_ids()))
    _add_agent_form()


def _unnamed_warnings(found: Directory) -> None:
    """Where "from team X" would name the one or two agents without consent (not in works-council
    mode, where nobody is named; see :mod:`feedback.insights.unnamed_teams`)."""
    if resources.works_council_mode():
        return
    found_warnings = unnamed_teams.warnings(found)
    messages = [tr("people.unnamed_alone", name=name) for name in found_warnings.teams]
    if found_warnings.alone:
        messages.append(tr("people.unnamed_only_one"))
    for message in messages:
        st.warning(markdown_literal(message), icon=":material/visibility_off:")


def _add_team(name: str) -> int | None:
    return attempt(lambda: service.add_team(resources.engine(), acting(), name))


def _team_sort(found: Directory) -> Callable[[int], str]:
    return lambda tid: found.teams[tid].casefold()


def _team_ids() -> dict[str, int]:
    return {name: tid for tid, name in resources.directory().teams.items()}


def _save_agents(changes: list[people.AgentChange]) -> None:
    if not changes:
        st.info(tr("people.unchanged"))
        return
    written = 0
    for change in changes:
        if attempt(lambda: _apply(change)) is None:  # noqa: B023 - called at once
            break
        written += 1
    if written:
        # Listing accounts needs MANAGE_USERS, which the admins on this page have.
        accounts = attempt(lambda: list_accounts(resources.engine(), acting())) or []
        warning = people.still_signing_in(changes[:written], accounts, lang())
        done(tr("people.agents_saved", count=written), warning=warning)


def _apply(change: people.AgentChange) -> bool:
    engine, actor = resources.engine(), acting()
    if change.field == "consent":
        return service.set_consent(engine, actor, change.agent_id, bool(change.value))
    if change.field == "active":
        return service.set_agent_active(engine, actor, change.agent_id, bool(change.value))
    team = change.value if isinstance(change.value, int) else None
    return service.set_agent_team(engine, actor, change.agent_id, team)


def _add_agent_form(*, expanded: bool = False) -> None:
    found = resources.directory()
    with (
        st.expander(tr("people.add_agent"), icon=":material/person_add:", expanded=expanded),
        st.form("people_add_agent"),
    ):
        handle_col, first_col, last_col = st.columns(3)
        handle = handle_col.text_input(
            tr("people.field_handle"), max_chars=80, key="people_agent_handle"
        )
        first = first_col.text_input(
            tr("people.field_first_name"), max_chars=80, key="people_agent_first"
        )
        last = last_col.text_input(
            tr("people.field_last_name"), max_chars=80, key="people_agent_last"
        )
        team_col, consent_col = st.columns(2, vertical_alignment="bottom")
        # 0 for "no team" (team ids start at 1): a select box set to None would show its
        # placeholder, not "no team", when the form is emptied.
        choices = [0, *sorted(found.teams, key=_team_sort(found))]
        labels = {0: tr("people.no_team"), **found.teams}
        team = team_col.selectbox(
            tr("people.pick_team"),
            choices,
            format_func=labels.__getitem__,
            key=relabelled("people_agent_team"),
            placeholder=tr("ui.choose"),
        )
        consent = consent_col.checkbox(
            tr("people.col_consent"), help=tr("people.consent_help"), key="people_agent_consent"
        )
        if st.form_submit_button(tr("people.add_agent_button"), icon=":material/add:"):
            added = attempt(
                lambda: service.add_agent(
                    resources.engine(),
                    acting(),
                    handle=handle,
                    first_name=first,
                    last_name=last,
                    team_id=team or None,
                    consent_named=consent,
                )
            )
            if added is not None:
                done(tr("people.agent_added", handle=added.handle), empty=_EMPTY_AGENT_FORM)
