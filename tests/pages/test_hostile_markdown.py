"""Names and values typed by people (or read from their files) show literally in Streamlit's
markdown (subheadings, messages, widget labels): "![x](https://…)" loads no image (it would
tell an outside server who is looking), "[x](javascript:…)" is no link, "$…$", "**…**" and
":red[…]" are neither formula nor formatting."""

from __future__ import annotations

import json

import pytest
import streamlit as st

from feedback.auth.roles import Actor
from feedback.domain import MAX_TAG_CHARS
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.services import people
from feedback.ui.importing import UPLOAD_KEY
from tests.collect.files.helpers import FIXTURES
from tests.pages.conftest import open_page

HOSTILE = [
    "![x](https://evil.example/x.png)",
    "[klick](javascript:alert(1))",
    "$\\LaTeX$ $$x^2$$",
    "**fett** ~~weg~~",
    ":red[rot] :material/home: :smile:",
]


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()  # format_func labels are looked up in bare-mode session state


@pytest.mark.parametrize("name", HOSTILE)
def test_a_team_wall_is_headed_with_the_name_as_typed(store, name):
    people.add_team(store, Actor.system("test"), name)
    at = open_page("pages/recognition.py")
    at.button_group(key="wall_kind").set_value("team").run()
    teams = at.selectbox(key="wall_team")
    at = teams.select_index(list(teams.options).index(name)).run()
    assert not at.exception, [e.value for e in at.exception]
    heading = t("recognition.wall_of", "de", name=markdown_literal(name))
    assert [s.value for s in at.subheader][:1] == [heading]


@pytest.mark.parametrize("tag", HOSTILE)
def test_a_tag_in_a_message_shows_as_typed(store, tag):
    at = open_page("pages/submit.py")
    at.text_area(key="submit_one_text").set_value("Danke für die schnelle Hilfe!")
    at.text_input(key="submit_one_tags").set_value(tag * 10).run()
    errors = [e.value for e in at.error]
    shown = t("validation.tag_too_long", "de", value=(tag * 10)[:20] + "…", limit=MAX_TAG_CHARS)
    assert markdown_literal(shown) in errors, errors


@pytest.mark.parametrize("group", HOSTILE)
def test_an_unknown_helpdesk_id_is_labelled_as_in_the_file(store_url, group):
    # A widget label is markdown too: an id from the file must not load an image or link.
    text = (FIXTURES / "zendesk_ratings.json").read_text("utf-8")
    data = text.replace('"group_id": 4001', f'"group_id": {json.dumps(group)}').encode()
    at = open_page("pages/import.py")
    at.session_state[UPLOAD_KEY] = {"name": "z.json", "data": data, "digest": "hostile"}
    at.run()
    at.button(key="import_dry_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    label = t("imports.unknown_group", "de", id=markdown_literal(group), rows=3)
    assert label in [s.label for s in at.selectbox]
