"""Submit: one quote with a live preview of what will be stored, or several pasted at once."""

from __future__ import annotations

import streamlit as st

from feedback.insights.submit import outcome_rows, rejection_lines, summary, visible_problems
from feedback.render.highlight import analysis_html, highlighted_html, preview_css
from feedback.render.plain import markdown_literal
from feedback.ui import resources, typing
from feedback.ui import submit_form as form
from feedback.ui.errors import guarded
from feedback.ui.labels import theme_labels
from feedback.ui.my_submissions import my_recent_quotes
from feedback.ui.router import ensure_routed
from feedback.ui.session import current_user, lang, tr
from feedback.ui.widgets import translated_tab

ensure_routed()
resources.warm_analyser()  # loads while the quote is typed; the first preview need not wait
resources.hold()  # others' writes never rerun this form: it shows nothing they change

st.title(tr("nav.submit"))
st.caption(tr("submit.intro"))
form.nobody_to_praise()
# Keyed: a language switch (or a link from the other language) keeps the open tab.
modes = ["submit.mode_one", "submit.mode_many"]
one, many = st.tabs(
    [tr(mode) for mode in modes], key=translated_tab("submit_mode", modes), on_change="rerun"
)


@st.fragment
@guarded
def one_quote() -> None:
    values = form.fields(form.ONE, live=True)
    # The preview follows typing, not only leaving; a reload gets the typed text back.
    typed = typing.typed_text(form.TEXT_KEY, owner=current_user(), save_key=form.SAVE_KEY)
    if typed is not None:
        values = form.while_typing(values, typed)
    prepared = form.preview(values)
    if prepared is not None:
        st.markdown(f"**{tr('submit.preview')}**")
        findings = prepared.redaction.findings
        st.html(
            f"<style>{preview_css()}</style>"
            f"{highlighted_html(prepared.text, findings, lang())}"
            f"{analysis_html(prepared.analysis, lang(), theme_labels())}"
        )
        if findings:
            key = "submit.redacted_note_one" if len(findings) == 1 else "submit.redacted_note"
            st.caption(tr(key, count=len(findings)))
        if prepared.duplicate_of is not None:
            st.warning(
                tr("submit.duplicate_warning", quote_id=prepared.duplicate_of),
                icon=":material/content_copy:",
            )
        for message in visible_problems(prepared, lang(), attempted=form.attempted()):
            st.error(markdown_literal(message), icon=":material/error:")
        for message in form.failed_save_messages(prepared, lang()):
            st.error(markdown_literal(message), icon=":material/error:")
    else:
        st.caption(tr("submit.preview_hint"))
    buttons = st.container(horizontal=True)
    buttons.button(
        tr("submit.save"),
        type="primary",
        on_click=form.save_one,
        key=form.SAVE_KEY,
        icon=":material/favorite:",
    )
    # The preview follows typing; where the browser's script is held up, this button is the
    # obvious way to see it before saving.
    buttons.button(
        tr("submit.preview_button"), key="submit_one_preview", icon=":material/visibility:"
    )
    form.show_saved()
    my_recent_quotes()


with one:
    one_quote()

with many:
    with st.form("submit_many_form"):
        form.fields(form.MANY, live=False)
        st.form_submit_button(tr("submit.many_save"), type="primary", on_click=form.save_many)
    error, outcomes = form.many_result()
    if error:
        st.error(error)
    if outcomes:
        st.markdown(f"**{summary(outcomes, lang())}**")
        st.dataframe(outcome_rows(outcomes, lang()), hide_index=True, width="stretch")
        if rejected := rejection_lines(outcomes, lang()):
            st.error("\n".join(f"- {markdown_literal(line)}" for line in rejected))
