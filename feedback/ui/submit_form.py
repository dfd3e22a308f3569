"""The submit form's widgets and save actions. Owns every session-state key it creates.

Keys start with ``submit_``: ``submit_one_*`` for the single quote, ``submit_many_*`` for the
"paste several" form, ``submit_outcome`` / ``submit_attempted`` for the last save.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import streamlit as st

from feedback.auth.roles import Action
from feedback.clock import local_today
from feedback.collect.pipeline import Prepared, preview_quote
from feedback.domain import Channel
from feedback.insights import works_council
from feedback.insights.moderation import queue_agents
from feedback.insights.recognition import visible_agents
from feedback.insights.submit import (
    RATING_SCALES,
    BlockOutcome,
    FormValues,
    block_outcomes,
    build_draft,
    build_drafts,
    save_only_problems,
    saved_message_key,
    split_blocks,
)
from feedback.services.quotes import submit
from feedback.store.directory import AgentInfo
from feedback.ui import resources, typing
from feedback.ui.session import (
    acting,
    current_user,
    may,
    my_agent_id,
    sees_everyone,
    tr,
)
from feedback.ui.widgets import relabelled

ONE = "submit_one"
TEXT_KEY = f"{ONE}_text"
SAVE_KEY = f"{ONE}_save"
# "No agent" / "the agent's team" in the selects: a real value, because a select set to None
# shows an empty placeholder instead of the option. Database ids start at 1.
NOBODY = 0
MANY = "submit_many"
_OUTCOME_KEY = "submit_outcome"
_ATTEMPTED_KEY = "submit_attempted"
_SAVED_TEXT_KEY = "submit_saved_text"
_FAILED_KEY = "submit_failed_save"
_MANY_RESULT_KEY = "submit_many_result"
_MANY_ERROR_KEY = "submit_many_error"
# Why 200: a day's worth of pasted mails; larger batches belong in the CSV importer.
_MAX_BLOCKS = 200
_FIELDS = ("text", "channel", "said_on", "agent", "team", "rating", "scale", "verbatim", "tags")


def fields(prefix: str, *, live: bool) -> FormValues:
    """Draw the quote fields (keys ``<prefix>_<field>``) and return what they hold now.

    ``live`` (outside a form) shows the verbatim choice only for phone quotes. In works-council
    mode a quote praises a team: there is no agent to pick, and the team defaults to mine;
    a team below the minimum group size is offered only to its own members (to others it
    would be one person to pick).
    """
    directory = resources.directory()
    # Berlin's day, as for imports: a server on UTC is still on yesterday in Berlin's first
    # hour, and would offer (and allow) only yesterday for a quote said just now.
    today = local_today()
    me = directory.agents.get(my_agent_id() or NOBODY)
    per_person = works_council.per_person(resources.works_council_mode())
    # Labels are looked up while the script runs, so format_func never depends on later state.
    channels = {c.value: tr(f"common.channel_{c.value}") for c in Channel}
    agents: dict[int, str] = {NOBODY: tr("submit.no_agent")}
    pickable = pickable_agents()
    agents.update(sorted(((a.id, a.full_name) for a in pickable), key=lambda p: p[1]))
    no_team = "submit.team_of_agent" if per_person else "submit.choose_team"
    teams: dict[int, str] = {NOBODY: tr(no_team)}
    own = {me.team_id} if me is not None and me.team_id is not None else set()
    # A team only figures hide (it joins the small ones) may be praised: it is many people.
    small = resources.teams_below_minimum() - own
    offered = works_council.offered_teams(directory.teams, small)
    teams.update(sorted(offered.items(), key=lambda item: item[1]))
    scales = {scale: tr("submit.scale_of", scale=scale) for scale in RATING_SCALES}
    manners = {True: tr("common.verbatim"), False: tr("common.paraphrased")}
    if prefix == ONE:
        if typing.restore_draft(TEXT_KEY):
            st.info(tr("submit.draft_restored"), icon=":material/restore:")
        # No max_chars: the browser drops a paste that would go over it, whole and without a
        # word (a 2,500-character mail left the box empty, and "save" then asked for a text).
        # The preview says how long the text is and what the limit is.
        st.text_area(
            tr("submit.text"),
            key=f"{prefix}_text",
            height=150,
            placeholder=tr("submit.text_placeholder"),
            on_change=clear_saved,
        )
    else:
        st.text_area(
            tr("submit.many_text"),
            key=f"{prefix}_text",
            height=260,  # no max_chars either: each block's length is checked on saving
            help=tr("submit.many_help"),
            placeholder=tr("submit.many_placeholder"),
        )
    left, middle, right = st.columns(3)
    left.selectbox(
        tr("submit.channel"),
        list(channels),
        key=relabelled(f"{prefix}_channel"),
        format_func=channels.__getitem__,
        placeholder=tr("ui.choose"),
    )
    # The picker's own default is the server's day: the field starts at Berlin's instead.
    st.session_state.setdefault(f"{prefix}_said_on", today)
    middle.date_input(
        tr("submit.said_on"),
        max_value=today,
        key=f"{prefix}_said_on",
        format=tr("ui.date_input_format"),
    )
    right.text_input(tr("submit.tags"), key=f"{prefix}_tags", placeholder=tr("submit.tags_hint"))
    if per_person:
        _follow_current_user(prefix, f"{prefix}_agent", me.id if me else NOBODY)
    else:
        _follow_current_user(prefix, f"{prefix}_team", (me.team_id or NOBODY) if me else NOBODY)
    columns = list(st.columns(3))
    if per_person:
        columns.pop(0).selectbox(
            tr("submit.agent"),
            list(agents),
            key=relabelled(f"{prefix}_agent"),
            format_func=agents.__getitem__,
            placeholder=tr("ui.choose"),
        )
    # Without the agent (works-council mode) the team moves left: no gap at the row's start.
    columns.pop(0).selectbox(
        tr("submit.team"),
        list(teams),
        key=relabelled(f"{prefix}_team"),
        format_func=teams.__getitem__,
        placeholder=tr("ui.choose"),
    )
    # Rating and scale take a column each, in the next row when the agent fills this one:
    # sharing a third of the row, they read "optiona" and "out of" (its number cut off) on a
    # tablet and on a laptop with the sidebar open.
    if len(columns) < 2:
        columns = list(st.columns(3))
    rating_col, scale_col = columns[0], columns[1]
    rating_col.number_input(
        tr("submit.rating"),
        min_value=0.0,
        max_value=100.0,
        step=1.0,
        value=None,
        key=f"{prefix}_rating",
        placeholder=tr("submit.optional"),
        format="%g",  # "4", not "4.00": most ratings are whole stars or points
    )
    scale_col.selectbox(
        tr("submit.scale"),
        list(scales),
        key=relabelled(f"{prefix}_scale"),
        format_func=scales.__getitem__,
        placeholder=tr("ui.choose"),
    )
    if not live or st.session_state.get(f"{prefix}_channel") == Channel.PHONE.value:
        st.radio(
            tr("submit.verbatim"),
            list(manners),
            key=relabelled(f"{prefix}_verbatim"),
            horizontal=True,
            format_func=manners.__getitem__,
        )
    return values_from_state(prefix)


def pickable_agents() -> list[AgentInfo]:
    """The agents the signed-in user may praise by name: an agent those who consented (and
    themselves); admins everyone; a lead the agents of their own teams, consent or not, and
    the consenting others, as in the moderation filter (another team's agent without consent
    is no name for them to read)."""
    directory = resources.directory()
    visible = visible_agents(directory, my_agent_id())
    if not sees_everyone():
        return visible
    return queue_agents(list(directory.agents.values()), acting(), visible)


def nobody_to_praise() -> None:
    """On a new store (no teams, nobody this user may pick) no quote can be saved: say so
    first, with the way out, instead of letting each save fail with "choose the agent or team".
    """
    directory = resources.directory()
    if directory.teams:
        return
    per_person = works_council.per_person(resources.works_council_mode())
    if per_person and pickable_agents():
        return
    if may(Action.MANAGE_USERS):
        st.info(tr("submit.nobody_yet_admin"), icon=":material/group_add:")
        st.page_link("pages/people.py", label=tr("nav.people"), icon=":material/group:")
    else:
        st.info(tr("submit.nobody_yet"), icon=":material/group_add:")


def _follow_current_user(prefix: str, key: str, default: int) -> None:
    """The praised agent (``key`` ``<prefix>_agent``; in works-council mode the team,
    ``<prefix>_team``) defaults to the person using the app, also after the account changes (a
    widget's own default only counts the first time it is drawn)."""
    seen_key = f"{prefix}_me"
    if key not in st.session_state or st.session_state.get(seen_key) != (key, default):
        st.session_state[key] = default
    st.session_state[seen_key] = (key, default)


def values_from_state(prefix: str) -> FormValues:
    """The form values from session state (callbacks run before the widgets are drawn)."""
    state: dict[str, Any] = {f: st.session_state.get(f"{prefix}_{f}") for f in _FIELDS}
    if not works_council.per_person(resources.works_council_mode()):
        state["agent"] = None  # the mode praises teams: an agent picked before it is ignored
    rating = state["rating"]
    return FormValues(
        text=str(state["text"] or ""),
        channel=str(state["channel"] or Channel.EMAIL.value),
        said_on=state["said_on"] if isinstance(state["said_on"], dt.date) else None,
        agent_id=state["agent"] or None,
        team_id=state["team"] or None,
        rating=float(rating) if rating is not None else None,
        rating_scale=state["scale"],
        verbatim=state["verbatim"] if isinstance(state["verbatim"], bool) else True,
        tags=str(state["tags"] or ""),
    )


def preview(values: FormValues) -> Prepared | None:
    """What would be stored for the current values (None while the text is empty and no save
    was attempted yet: an empty form is not an error until someone presses save)."""
    if not values.text.strip() and not attempted():
        return None
    draft = build_draft(values, submitted_by=current_user(), today=local_today())
    return preview_quote(resources.engine(), draft, resources.analyzer())


def while_typing(values: FormValues, typed: str) -> FormValues:
    """The values with the text as typed so far (not yet committed by the box): the preview
    follows it, and the last save's notice gives way to the next quote. A report of the text
    just saved (it left the browser before the save) is stale and changes nothing."""
    if typed == st.session_state.get(_SAVED_TEXT_KEY):
        return values
    if typed != values.text:
        clear_saved()
    return replace(values, text=typed)


def save_one() -> None:
    """Button callback: store the quote; on success clear the form, else keep it and say why."""
    values = values_from_state(ONE)
    if not values.text.strip() and st.session_state.get(_OUTCOME_KEY) is not None:
        # The form was just saved and emptied, and nothing was typed since: a second press
        # (a double tap) that would only say "enter the text" under the confirmation.
        return
    draft = build_draft(values, submitted_by=current_user(), today=local_today())
    result = submit(resources.engine(), acting(), [draft], resources.analyzer())[0]
    st.session_state[_ATTEMPTED_KEY] = not result.stored
    if not result.stored:
        # Kept with its text: the preview finds the draft's own problems again, but not what
        # only the save met (the store failed); those stay shown until the text changes.
        st.session_state[_FAILED_KEY] = (draft.text, result.prepared.problems)
        return
    st.session_state.pop(_FAILED_KEY, None)
    resources.after_write()
    st.session_state[_OUTCOME_KEY] = (result.quote_id, result.prepared.draft.status)
    st.session_state[_SAVED_TEXT_KEY] = values.text
    _reset(ONE)


def _reset(prefix: str) -> None:
    """Put every field back to its default, except the channel: the next quote most likely
    comes in the same way. Values are set, not deleted: a deleted key resets the server side
    only, while the browser would keep showing the old text."""
    me = resources.directory().agents.get(my_agent_id() or NOBODY)
    per_person = works_council.per_person(resources.works_council_mode())
    defaults: dict[str, object] = {
        "text": "",
        "said_on": local_today(),
        "agent": me.id if me else NOBODY,
        "team": NOBODY if per_person or me is None else me.team_id or NOBODY,
        "rating": None,
        "scale": RATING_SCALES[0],
        "verbatim": True,
        "tags": "",
    }
    for field, value in defaults.items():
        st.session_state[f"{prefix}_{field}"] = value


def failed_save_messages(prepared: Prepared | None, lang: str) -> list[str]:
    """Why the last save of this very text failed, where the preview does not say it."""
    failed = st.session_state.get(_FAILED_KEY)
    if prepared is None or not failed or failed[0] != prepared.draft.text:
        return []
    return save_only_problems(failed[1], prepared, lang)


def attempted() -> bool:
    """True after a failed save, until the next successful one (then empty text is an error)."""
    return bool(st.session_state.get(_ATTEMPTED_KEY))


def show_saved() -> None:
    """After a save: where the new card will appear, with a link to the wall."""
    outcome = st.session_state.get(_OUTCOME_KEY)
    if outcome is None:
        return
    quote_id, status = outcome
    st.success(tr(saved_message_key(status), quote_id=quote_id), icon=":material/check_circle:")
    st.page_link("pages/wall.py", label=tr("submit.go_to_wall"), icon=":material/favorite:")


def clear_saved() -> None:
    st.session_state.pop(_OUTCOME_KEY, None)


def save_many() -> None:
    """Form-button callback: store every pasted block through the pipeline (one transaction).

    Stored blocks leave the text box; rejected ones stay in it, so they can be fixed and sent
    again. The per-block outcome is kept for :func:`show_many_result`.
    """
    values = values_from_state(MANY)
    blocks = split_blocks(values.text)
    st.session_state.pop(_MANY_RESULT_KEY, None)
    if not blocks:
        st.session_state[_MANY_ERROR_KEY] = ("validation.empty_text", {})
        return
    if len(blocks) > _MAX_BLOCKS:
        st.session_state[_MANY_ERROR_KEY] = (
            "submit.too_many_blocks",
            {"count": len(blocks), "limit": _MAX_BLOCKS},
        )
        return
    st.session_state.pop(_MANY_ERROR_KEY, None)
    drafts = build_drafts(blocks, values, submitted_by=current_user(), today=local_today())
    results = submit(resources.engine(), acting(), drafts, resources.analyzer())
    if any(r.stored for r in results):
        resources.after_write()
    outcomes = block_outcomes(results)
    st.session_state[_MANY_RESULT_KEY] = outcomes
    kept = [block for block, o in zip(blocks, outcomes, strict=True) if not o.stored]
    st.session_state[f"{MANY}_text"] = "\n\n".join(kept)


def many_result() -> tuple[str | None, list[BlockOutcome]]:
    """The last "paste several" outcome: an error for the whole batch, or rows per block."""
    error = st.session_state.get(_MANY_ERROR_KEY)
    rows = st.session_state.get(_MANY_RESULT_KEY)
    message = tr(error[0], **error[1]) if error else None
    return message, (list(rows) if isinstance(rows, list) else [])
