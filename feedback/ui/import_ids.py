"""The import page's saved helpdesk-id mappings: which helpdesk agent and group ids stand for
which of our agents and teams, and removing one that was mapped wrongly.

A mapping is saved from the page's "unknown ids" form; once saved, its id is no longer unknown,
so without this list a wrong pick would credit every later import of that agent's ratings to
someone else. Removing one makes the id unknown again: the next dry run asks for it anew.

Owns the widget keys ``import_saved_id`` and ``import_remove_id``, and the session key
``import_removed_id`` (the confirmation shown after the rerun that drops the removed one).
"""

from __future__ import annotations

import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.helpdesks import system_name
from feedback.render.plain import markdown_literal
from feedback.services.mappings import list_mappings, remove_mapping
from feedback.store.mappings import Mapping
from feedback.ui import importing, resources
from feedback.ui.session import acting, lang, tr
from feedback.ui.widgets import relabelled

_PICK_KEY = "import_saved_id"
_REMOVED_KEY = "import_removed_id"


def _label(mapping: Mapping) -> str:
    directory = resources.directory()
    if mapping.kind == "agent":
        agent = directory.agents.get(mapping.target_id)
        target = (agent.full_name or agent.handle) if agent else f"#{mapping.target_id}"
    else:
        target = directory.teams.get(mapping.target_id, f"#{mapping.target_id}")
    return tr(
        f"imports.saved_id_{mapping.kind}",
        system=system_name(mapping.system),
        id=mapping.external_id,
        target=target,
    )


def saved_ids() -> None:
    """The saved mappings the acting lead or admin may change, in a closed expander; nothing
    when there are none."""
    if removed := st.session_state.pop(_REMOVED_KEY, None):
        st.success(tr("imports.saved_id_removed", what=removed), icon=":material/check:")
    found = list_mappings(resources.engine(), acting())
    if not found:
        return
    with st.expander(tr("imports.saved_ids_title", count=len(found)), icon=":material/link:"):
        st.caption(tr("imports.saved_ids_caption"))
        by_key = {f"{m.system}\x1f{m.kind}\x1f{m.external_id}": m for m in found}
        picked = st.selectbox(
            tr("imports.saved_ids_pick"),
            list(by_key),
            format_func=lambda key: _label(by_key[key]),
            key=relabelled(_PICK_KEY),
            placeholder=tr("ui.choose"),
        )
        if not st.button(
            tr("imports.saved_ids_remove"), icon=":material/link_off:", key="import_remove_id"
        ):
            return
        mapping = by_key.get(picked or "")
        if mapping is None:
            return
        try:
            remove_mapping(
                resources.engine(), acting(), mapping.system, mapping.kind, mapping.external_id
            )
        except NotAllowed as refused:  # the lead no longer leads the mapping's team
            st.error(refused.message(lang()), icon=":material/block:")
            return
        resources.after_write()
        importing.forget_dry_run()  # the id is unknown again: the counts have changed
        st.session_state[_REMOVED_KEY] = markdown_literal(_label(mapping))
        st.rerun()
