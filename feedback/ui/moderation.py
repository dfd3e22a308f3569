"""Moderation widgets and writes. Every write goes through feedback.collect.edit (audited)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.domain import Status
from feedback.i18n import format_zone
from feedback.insights import moderation
from feedback.insights.audit import actor_label
from feedback.insights.privacy import NAME_PLACEHOLDER, NamePrivacy
from feedback.insights.submit import excerpt
from feedback.render.cards import shown_text
from feedback.render.evidence import evidence_html
from feedback.render.placeholders import placeholder_legend
from feedback.render.plain import markdown_literal
from feedback.render.table import html_table
from feedback.services.quotes import edit_text, set_status
from feedback.store.analyses import analyses_by_id
from feedback.store.audit import audit_frame
from feedback.store.filters import QuoteFilter
from feedback.store.moderation_queries import QueueQuote, queue_page
from feedback.ui import resources
from feedback.ui.audit import names as audit_names
from feedback.ui.session import acting, lang, reader_zone, tr

_VERSION_KEY = "moderation_version"  # bumped after a write so the bulk editor starts unticked
_NOTICE_KEY = "moderation_notice"  # what the last write did, shown once after the rerun
_REFUSED_KEY = "moderation_refused"  # why the last write was refused, shown once
# Why 60: the start of a quote is enough to recognise it; the notice stays one line.
_NOTICE_CHARS = 60
_UNDO_KEY = "moderation_last_change"  # the last status change, for the undo button
EDIT_OPEN = "moderation_edit_open"  # the edit expander: open or not
# Where the teams work: the zone for a browser that does not say its own.
ACTIONS: tuple[Status, ...] = (Status.APPROVED, Status.REJECTED, Status.ARCHIVED, Status.PENDING)


@resources.cached("quotes")
def analyses(quote_ids: tuple[int, ...]) -> dict[int, dict[str, Any]]:
    return analyses_by_id(resources.engine(), quote_ids)


@resources.cached("audit")
def audit(quote_id: int) -> pd.DataFrame:
    return audit_frame(resources.engine(), entity="quote", entity_id=quote_id, limit=20)


def scoped(flt: QuoteFilter) -> QuoteFilter:
    """The queue a lead sees: the teams they lead (admins see every team), with every quote
    of those teams, also those that views of the wall count under no team."""
    flt = dataclasses.replace(flt, teamless_ids=(), unnamed_ids=())
    return moderation.scope_to_teams(flt, acting())


def queue(flt: QuoteFilter, limit: int) -> tuple[QueueQuote, ...]:
    """The newest ``limit`` quotes of the queue, as stored; in works-council mode each names
    its team."""
    rows = _queue(flt, limit)
    if not resources.works_council_mode():
        return rows
    return tuple(dataclasses.replace(row, agent_consent=False) for row in rows)


@resources.cached("quotes", "people", max_entries=32)
def _queue(flt: QuoteFilter, limit: int) -> tuple[QueueQuote, ...]:
    return queue_page(resources.engine(), flt, limit=limit)


def hidden_names() -> NamePrivacy | None:
    """Moderators read quotes as stored, agent names included; in works-council mode every
    agent name is masked (the editor puts them back on save, see :func:`save_text`)."""
    return resources.names() if resources.works_council_mode() else None


def today_in(zone: dt.tzinfo) -> dt.date:
    return dt.datetime.now(zone).date()


def editor_version() -> int:
    return int(st.session_state.get(_VERSION_KEY, 0))


def _written(message: str) -> None:
    resources.after_write()
    st.session_state[_VERSION_KEY] = editor_version() + 1
    st.session_state[_NOTICE_KEY] = message


def notice() -> None:
    """Show (once) what the last write did; after a status change, with a button to undo it."""
    message = st.session_state.pop(_NOTICE_KEY, None)
    undo = st.session_state.pop(_UNDO_KEY, None)
    if message:
        st.success(message, icon=":material/check_circle:")
    if message and undo:
        st.button(
            tr("moderation.undo"),
            key="moderation_undo",
            icon=":material/undo:",
            on_click=_undo,
            args=undo,
        )
    refused = st.session_state.pop(_REFUSED_KEY, None)
    if refused:
        st.error(refused, icon=":material/block:")


def change_status(
    quote_ids: Sequence[int], status: Status, previous: str, shown: str | None = None
) -> None:
    """Move the quotes, all shown with status ``previous``, to ``status``; the notice offers
    to move them back. A single quote's notice names it by number and by how ``shown`` (its
    text as the page showed it) begins: the page shows the next quote by then."""
    try:
        changed = set_status(resources.engine(), acting(), list(quote_ids), status)
    except NotAllowed as refused:
        st.session_state[_REFUSED_KEY] = refused.message(lang())
        return
    _written(_status_notice("status_done", quote_ids, changed, status.value, shown))
    if changed:
        st.session_state[_UNDO_KEY] = (tuple(quote_ids), previous, shown)


def _undo(quote_ids: tuple[int, ...], previous: str, shown: str | None = None) -> None:
    """Button callback: put the quotes of the last status change back where they were."""
    try:
        changed = set_status(resources.engine(), acting(), list(quote_ids), Status(previous))
    except NotAllowed as refused:
        st.session_state[_REFUSED_KEY] = refused.message(lang())
        return
    _written(_status_notice("undone", quote_ids, changed, previous, shown))


def _status_notice(
    kind: str, quote_ids: Sequence[int], changed: int, status: str, shown: str | None
) -> str:
    """``moderation.<kind>`` (several quotes), ``<kind>_one`` or, for one quote whose text is
    known, ``<kind>_quote``: its number and how it begins, shown as typed."""
    label = tr(f"common.status_{status}")
    if changed == 1 and shown is not None and len(quote_ids) == 1:
        start = markdown_literal(excerpt(shown_text(shown, lang()), _NOTICE_CHARS))
        return tr(f"moderation.{kind}_quote", quote_id=quote_ids[0], start=start, status=label)
    key = f"moderation.{kind}_one" if changed == 1 else f"moderation.{kind}"
    return tr(key, count=changed, status=label)


def save_text(quote_id: int, text: str, original: str, agent_id: int | None = None) -> None:
    """Store an edit of ``original``; names masked in the editor (works-council mode) go back
    where their placeholders still are."""
    names = hidden_names()
    if names is not None:
        text = names.restore(original, text, agent_id)
    try:
        result = edit_text(resources.engine(), acting(), quote_id, text, resources.analyzer())
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    for problem in result.problems:
        st.error(markdown_literal(problem.message(lang())))
    if result.changed:
        _written(tr("moderation.edit_done"))
        st.rerun()
    elif not result.problems:
        st.info(tr("moderation.edit_unchanged"))


def bulk_bar(ids: list[int], enabled: bool, shown: str) -> None:
    """Approve, reject or archive every ticked quote (all of status ``shown``) at once."""
    st.caption(tr("moderation.selected", count=len(ids)))
    for column, status in zip(st.columns(3), ACTIONS[:3], strict=True):
        if column.button(
            tr(f"moderation.bulk_{status.value}"),
            key=f"bulk_{status.value}",
            disabled=not ids or not enabled,
            width="stretch",
            type="primary" if status is Status.APPROVED else "secondary",
        ):
            change_status(ids, status, shown)
            st.rerun()


def _titles() -> dict[str, str]:
    titles = {
        "positive": tr("moderation.evidence_positive"),
        "negative": tr("moderation.evidence_negative"),
    }
    kinds = ("email", "phone", "iban", "card", "address", "reference", "url", "name")
    return titles | {
        "hidden": tr("moderation.hidden_name"),
        **{
            f"redaction:{k}": tr("moderation.redacted", kind=tr(f"common.redaction_{k}"))
            for k in kinds
        },
    }


def _evidence(found: list[moderation.EvidenceItem]) -> None:
    """Which words moved the score: green bars lift it, red bars lower it."""
    st.markdown(f"**{tr('moderation.evidence_heading')}**")
    if not found:
        st.caption(tr("moderation.no_evidence"))
        return
    st.html(evidence_html(found, lang()))


def _single_actions(quote_id: int, current: str, enabled: bool, shown: str) -> None:
    """Approve, reject, archive or send back: two by two, so no label is cut off; the notice
    names the quote by how ``shown`` (its text as shown) begins."""
    for pair in (ACTIONS[:2], ACTIONS[2:]):
        for column, status in zip(st.columns(2), pair, strict=True):
            if column.button(
                tr(f"moderation.one_{status.value}"),
                key=f"one_{status.value}",
                disabled=not enabled or current == status.value,
                width="stretch",
                type="primary" if status is Status.APPROVED else "secondary",
            ):
                change_status([quote_id], status, current, shown)
                st.rerun()


def _edit_form(quote_id: int, shown: str, stored: str, agent_id: int | None, enabled: bool) -> None:
    """The text as the moderator may change it, in an expander drawn only while open (it
    stays open from quote to quote): most quotes are approved or rejected as they are, and a
    new tab then draws no text box."""
    editing = st.expander(
        tr("moderation.edit_open"), icon=":material/edit:", key=EDIT_OPEN, on_change="rerun"
    )
    if not editing.open:
        return
    with editing, st.form(f"edit_{quote_id}"):
        text = st.text_area(tr("moderation.edit_label"), value=shown, height=140)
        if legend := placeholder_legend(shown, lang()):
            st.caption(tr("moderation.edit_placeholders", tokens=legend))
        if st.form_submit_button(tr("moderation.edit_save"), disabled=not enabled):
            save_text(quote_id, text, stored, agent_id)


def detail(row: QueueQuote, enabled: bool) -> None:
    """One quote: highlighted text, the evidence, single actions, the edit form, the audit."""
    quote_id = row.id
    stored = row.text
    agent_id = row.agent_id
    names = hidden_names()
    found = moderation.evidence(analyses((quote_id,)).get(quote_id))
    if moderation.is_flagged(row.sentiment_label):
        st.warning(
            tr("moderation.flag_warning", label=tr(f"common.sentiment_{row.sentiment_label}")),
            icon=":material/flag:",
        )
    text_col, side_col = st.columns([3, 2], gap="large")
    with text_col:
        parts = moderation.segments(
            stored,
            row.redactions,
            found,
            hidden=names.spans(stored, agent_id) if names is not None else (),
            placeholder=shown_text(NAME_PLACEHOLDER, lang()),
        )
        st.html(moderation.highlighted_html(parts, _titles(), lang()))
        st.caption(tr("moderation.legend"))
        shown = names.mask(stored, agent_id) if names is not None else stored
        _edit_form(quote_id, shown, stored, agent_id, enabled)
    with side_col:
        _single_actions(quote_id, row.status, enabled, shown)
        _evidence(found)
    st.markdown(f"**{tr('moderation.audit_heading')}**")
    zone, _ = reader_zone()
    history = moderation.audit_table(
        audit(quote_id),
        lang(),
        mask=(lambda text: names.mask(text, agent_id)) if names is not None else None,
        zone=zone,
        who=partial(actor_label, lang=lang(), names=audit_names()),
    )
    # At most 20 rows, read only: plain HTML, whole texts wrapped (feedback/render/table.py).
    headers = [tr("moderation.col_at", zone=format_zone(zone, lang()))]
    headers += [tr(f"moderation.col_{c}") for c in ("actor", "action", "change")]
    st.html(
        html_table(
            headers,
            history.itertuples(index=False),
            label=tr("moderation.audit_heading"),
            test_id="lw-history",
        )
    )
