"""The pages store no customer's personal data either: the submit form (one quote, tags,
several pasted) and the Import page (a file with the requester's columns beside the comment,
a rejected row). The rejected rows' report holds the file's own text: the page says so, and
that it is a download only, in the page's language."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from feedback.i18n import t
from feedback.store.directory import AgentInfo, read_directory
from feedback.ui.importing import UPLOAD_KEY
from tests.customer_data import (
    KLAUS,
    PETRA,
    REQUESTER_COLUMNS,
    REQUESTERS,
    SABINE,
    everything_stored,
    found_in,
)
from tests.pages.conftest import open_page


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def _agent(store: Engine) -> AgentInfo:
    return next(a for a in read_directory(store).agents.values() if a.consent_named and a.active)


def _new_lines(store: Engine, before: str) -> str:
    """What the store holds now that it did not hold before (demo names may be customers')."""
    old = set(before.splitlines())
    return "\n".join(line for line in everything_stored(store).splitlines() if line not in old)


def _no_error(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_the_submit_form_stores_no_customer_data(store):
    agent = _agent(store)
    before = everything_stored(store)
    at = open_page("pages/submit.py")
    at.text_area(key="submit_one_text").input(KLAUS.format(agent=agent.first_name))
    at.text_input(key="submit_one_tags").input("klaus.schneider@example.de, rückruf")
    at.selectbox(key="submit_one_agent").set_value(agent.id).run()
    next(b for b in at.button if b.key == "submit_one_save").click().run()
    _no_error(at)
    at.text_area(key="submit_many_text").input(
        "\n\n".join(
            (PETRA.format(agent=agent.first_name), SABINE.format(agent=agent.first_name) * 30)
        )
    )
    at.selectbox(key="submit_many_agent").set_value(agent.id)
    at.button[-1].click().run()  # the form's submit button
    _no_error(at)

    new = _new_lines(store, before)
    assert new.count("quotes: ") == 2  # the long block is refused
    assert found_in(new) == [], new
    assert "rückruf" in new  # a tag without personal data stays


def _import_file(agent: AgentInfo) -> bytes:
    out = io.StringIO()
    rows = csv.writer(out)
    rows.writerow(["ticket_id", "text", "agent", "rating", "scale", *REQUESTER_COLUMNS])
    rows.writerow(["P1", KLAUS.format(agent=agent.first_name), agent.handle, "5", "5",
                   *REQUESTERS["klaus"]])  # fmt: skip
    rows.writerow(["P2", SABINE.format(agent=agent.first_name), agent.handle, "9", "5",
                   *REQUESTERS["sabine"]])  # fmt: skip
    return out.getvalue().encode()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_an_import_stores_no_requester_and_says_the_report_is_only_a_download(store, lang):
    agent = _agent(store)
    before = everything_stored(store)
    at = open_page("pages/import.py", lang)
    data = _import_file(agent)
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": "export.csv", "data": data, "digest": digest}
    at.run()
    preview = at.dataframe[0].value.to_csv()
    assert found_in(preview) == [], preview  # the preview hides them too (a shared screen)
    at.button(key="import_dry_run").click().run()
    at.button(key="import_start").click().run()
    _no_error(at)

    assert at.success[0].value == t("imports.result", lang, imported=1, present=0, rejected=1)
    new = _new_lines(store, before)
    assert "K. S., Kundennummer [REF]" in new
    assert found_in(new) == [], new
    # The report is the lead's own file handed back: its text as written, kept in this
    # session only, and the page says so.
    assert "Sabine Krüger" in at.session_state["import_done"].csv.decode("utf-8-sig")
    assert t("imports.download_note", lang, chars="200") in [c.value for c in at.caption]
    assert "import_upload" not in at.session_state  # the file's bytes are gone
