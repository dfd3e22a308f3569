"""The import page's mappings: the file's columns onto our fields (saved by name), and the
helpdesk's unknown agent and group ids onto our agents and teams.

Owns the widget keys ``import_manual``, ``import_saved``, ``import_col_<field>``,
``import_mapping_name``, ``import_rename_to``, ``import_team`` (the team for rows that name
no one) and ``import_target_<kind>_<id>``, and the session key ``import_ids_saved`` (what
saving the unknown ids did, shown after the rerun that runs the dry run again).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.collect.column_map import FIELDS, RANGE, RANGES, response_number
from feedback.collect.dry_run import DryRun
from feedback.collect.files.formats import normal_name
from feedback.insights import import_view
from feedback.render.plain import markdown_literal
from feedback.services.mappings import MappingProblem, save_mapping
from feedback.services.settings import (
    MappingNameProblem,
    MappingNameTaken,
    remove_import_mapping,
    rename_import_mapping,
    save_import_mapping,
)
from feedback.ui import resources
from feedback.ui.session import acting, lang, tr
from feedback.ui.widgets import relabelled

_MANUAL_KEY = "import_manual"
_SAVED_KEY = "import_saved"
_NAME_KEY = "import_mapping_name"
_REMOVED_KEY = "import_mapping_removed"  # the confirmation shown after the rerun
_RENAMED_KEY = "import_mapping_renamed"  # (old, new): picked and confirmed after the rerun
_RENAME_TO_KEY = "import_rename_to"
TEAM_KEY = "import_team"
_IDS_SAVED_KEY = "import_ids_saved"
# Why 50: more unknown ids than that is a file from another helpdesk account or a wrong
# format; the dry run's counts still name them all.
SHOWN_UNKNOWN = 50


def _column_key(field: str) -> str:
    return f"import_col_{field}"


def _apply_saved(columns: Sequence[str]) -> None:
    """Callback of the saved-mapping picker: fill the column pickers from the mapping."""
    chosen = resources.settings().import_mappings.get(st.session_state.get(_SAVED_KEY) or "")
    if chosen is None:
        return
    # By name as formats compare them: next month's export may write "Kommentar " or
    # "KOMMENTAR" where the mapping was saved with "Kommentar" (the field was left empty).
    by_normal: dict[str, str] = {}
    for column in columns:
        by_normal.setdefault(normal_name(column), column)
    for field in FIELDS:
        saved = normal_name(chosen.get(field, ""))
        st.session_state[_column_key(field)] = by_normal.get(saved, "") if saved else ""
    st.session_state[_column_key(RANGE)] = chosen.get(RANGE, "")


def column_choice(
    columns: Sequence[str], recognised: bool, suggested: Mapping[str, str]
) -> dict[str, str] | None:
    """None to read the file in its recognised format; else our field -> the file's column
    ("" for none), as the lead picked them, starting from the ``suggested`` columns
    (:func:`~feedback.collect.column_map.suggested_columns`)."""
    manual = st.toggle(
        tr("imports.manual"),
        value=not recognised,
        disabled=not recognised,
        help=tr("imports.manual_help"),
        key=_MANUAL_KEY,
    )
    if recognised and not manual:
        return None
    saved = resources.settings().import_mappings
    renamed = st.session_state.pop(_RENAMED_KEY, None)
    if renamed:
        st.session_state[_SAVED_KEY] = renamed[1]  # still picked, under its new name
        st.session_state.pop(_RENAME_TO_KEY, None)
    if saved:
        names = {"": tr("imports.saved_none"), **{n: n for n in sorted(saved)}}
        st.selectbox(
            tr("imports.saved_mapping"),
            list(names),
            format_func=names.__getitem__,
            on_change=_apply_saved,
            args=(tuple(columns),),
            key=relabelled(_SAVED_KEY),
            placeholder=tr("ui.choose"),
        )
        _rename_saved(st.session_state.get(_SAVED_KEY) or "")
        _remove_saved(st.session_state.get(_SAVED_KEY) or "")
    if removed := st.session_state.pop(_REMOVED_KEY, None):
        st.success(tr("imports.mapping_removed", name=removed), icon=":material/check:")
    if renamed:
        old, new = (markdown_literal(name) for name in renamed)
        st.success(tr("imports.mapping_renamed", old=old, new=new), icon=":material/check:")
    if not recognised and suggested:  # some picked by the words of their names: guesses
        st.caption(tr("imports.suggested_check"))
    labels = {"": tr("imports.no_column"), **{c: c for c in columns}}
    options = list(labels)
    chosen: dict[str, str] = {}
    pickers = st.columns(3)
    for index, field in enumerate(FIELDS):
        key = _column_key(field)
        if st.session_state.get(key) not in options:
            st.session_state[key] = suggested.get(field, "")
        chosen[field] = pickers[index % 3].selectbox(
            tr(f"imports.field_{field}"),
            options,
            format_func=labels.__getitem__,
            help=tr("imports.field_id_help") if field == "id" else None,
            key=relabelled(key),
            placeholder=tr("ui.choose"),
        )
    chosen[RANGE] = _range_choice()
    if response_number(chosen["id"]):  # read as a response's number: no id (manual_format)
        column = markdown_literal(chosen["id"])
        st.caption(tr("imports.id_is_number", column=column))
    _save_form(chosen)
    return chosen


def _range_choice() -> str:
    """The rating column's scale as the lead picks it ("0-10": an NPS column titled only
    "Score"); "" reads the range the column's title names, else 1 to 5."""
    key = _column_key(RANGE)
    options = ["", *RANGES]
    if st.session_state.get(key) not in options:
        st.session_state[key] = ""
    labels = {"": tr("imports.range_from_title"), "0-10": tr("imports.range_nps")}
    return str(
        st.selectbox(
            tr("imports.field_rating_range"),
            options,
            format_func=lambda r: labels.get(r) or r.replace("-", "–"),
            help=tr("imports.field_rating_range_help"),
            key=relabelled(key),
        )
    )


def team_for_unnamed() -> int | None:
    """The team for rows that name no agent, no team and no helpdesk id (review sites and
    surveys name no one), as the lead picked it: one of the teams they may import for; None
    (the default) leaves such rows rejected, saying so."""
    teams = import_view.targets(resources.directory(), acting(), "group")
    labels = {0: tr("imports.team_for_unnamed_none"), **teams}
    if st.session_state.get(TEAM_KEY) not in labels:
        st.session_state[TEAM_KEY] = 0
    chosen = st.selectbox(
        tr("imports.team_for_unnamed"),
        list(labels),
        format_func=labels.__getitem__,
        help=tr("imports.team_for_unnamed_help"),
        key=relabelled(TEAM_KEY),
        placeholder=tr("ui.choose"),
    )
    return int(chosen) or None


def _rename_saved(name: str) -> None:
    """A new name for the saved mapping ``name`` (a survey renamed, a typo in the name), and
    the button that saves it; nothing when no mapping is chosen."""
    if not name:
        return
    box, button = st.columns([3, 1], vertical_alignment="bottom")
    new = box.text_input(
        tr("imports.rename_to"), max_chars=60, placeholder=name, key=_RENAME_TO_KEY
    )
    if not button.button(
        tr("imports.rename_mapping"), icon=":material/edit:", key="import_rename_mapping"
    ):
        return
    try:
        changed = rename_import_mapping(resources.engine(), acting(), name, new)
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    except MappingNameTaken:
        st.error(
            tr("imports.mapping_name_taken", name=markdown_literal(new.strip())),
            icon=":material/error:",
        )
        return
    except MappingNameProblem:
        st.error(tr("imports.mapping_rename_problem"), icon=":material/error:")
        return
    if not changed:
        return
    resources.after_write()
    st.session_state[_RENAMED_KEY] = (name, new.strip())
    st.rerun()


def _remove_saved(name: str) -> None:
    """A button that forgets the saved mapping ``name`` (one saved wrongly, or for a survey no
    longer sent); nothing when no mapping is chosen."""
    if not name or not st.button(
        tr("imports.remove_mapping"), icon=":material/delete:", key="import_remove_mapping"
    ):
        return
    try:
        remove_import_mapping(resources.engine(), acting(), name)
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    resources.after_write()
    st.session_state.pop(_SAVED_KEY, None)
    st.session_state[_REMOVED_KEY] = markdown_literal(name)
    st.rerun()


def _save_form(chosen: dict[str, str]) -> None:
    name_box, button = st.columns([3, 1], vertical_alignment="bottom")
    name = name_box.text_input(tr("imports.mapping_name"), max_chars=60, key=_NAME_KEY)
    if not button.button(tr("imports.save_mapping"), icon=":material/save:", key="import_save"):
        return
    try:
        save_import_mapping(resources.engine(), acting(), name, chosen)
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    except MappingNameProblem:
        st.error(tr("imports.mapping_name_problem"), icon=":material/error:")
        return
    resources.after_write()
    st.success(
        tr("imports.mapping_saved", name=markdown_literal(name.strip())), icon=":material/check:"
    )


def unknown_ids(dry: DryRun, system: str) -> bool:
    """The helpdesk ids no mapping names, each with a picker of our agents or teams; True
    when the lead saved mappings (the dry run is then out of date)."""
    for message in st.session_state.pop(_IDS_SAVED_KEY, ()):
        st.success(message, icon=":material/check:")
    found = import_view.unknown_ids(dry)
    if not found:
        return False
    st.subheader(tr("imports.unknown_title"))
    st.caption(tr("imports.unknown_caption", shown=min(len(found), SHOWN_UNKNOWN)))
    directory, actor = resources.directory(), acting()
    options = {kind: import_view.targets(directory, actor, kind) for kind in ("agent", "group")}
    picked: list[tuple[str, str, int]] = []
    with st.form("import_unknown"):
        for item in found[:SHOWN_UNKNOWN]:
            labels = {0: tr("imports.map_none"), **options[item.kind]}
            target = st.selectbox(
                tr(
                    f"imports.unknown_{item.kind}" + ("_one" if item.rows == 1 else ""),
                    id=markdown_literal(item.external_id),
                    rows=item.rows,
                ),
                list(labels),
                format_func=labels.__getitem__,
                key=relabelled(f"import_target_{item.kind}_{item.external_id}"),
                placeholder=tr("ui.choose"),
            )
            if target:
                picked.append((item.kind, item.external_id, int(target)))
        sent = st.form_submit_button(tr("imports.save_targets"), icon=":material/link:")
    if not sent or not picked:
        return False
    said = [tr("imports.targets_saved", count=len(picked))]
    try:
        for kind, external_id, target in picked:
            saved = save_mapping(resources.engine(), actor, system, kind, external_id, target)
            if count := len(saved.credited):
                # Its quotes stored before the id was mapped: now credited to the agent.
                agent = markdown_literal(options[kind][target])
                said.append(
                    tr(f"imports.credited{'_one' if count == 1 else ''}", count=count, agent=agent)
                )
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return False
    except MappingProblem as problem:
        st.error(markdown_literal(problem.message(lang())), icon=":material/error:")
        return False
    finally:
        resources.after_write()
    st.session_state[_IDS_SAVED_KEY] = said  # the page reruns the dry run: shown after it
    return True
