"""The settings page through dashboard.py: saving is audited, bad themes are refused clearly."""

from __future__ import annotations

import json
from typing import Any

import pytest
import streamlit as st

from feedback.i18n import t
from feedback.store.audit import audit_frame
from feedback.store.settings import load_settings
from tests.pages.conftest import open_page
from tests.pages.test_wall_page import english_by_default


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels outside the run, in Streamlit's bare-mode session
    state, which outlives a test; the shared sidebar caches the UI language there."""
    st.session_state.clear()


def save(at, lang: str = "de") -> None:
    next(b for b in at.button if b.label == t("settings.save", lang)).click()
    at.run()


def retention(at: Any) -> Any:
    return next(n for n in at.text_input if n.label == t("settings.retention", "de"))


def test_saving_writes_the_settings_and_one_audit_row(store):
    at = open_page("pages/settings.py")
    at.toggle[0].set_value(True)
    retention(at).set_value("36")
    save(at)

    settings = load_settings(store)
    assert settings.rankings_enabled is True
    assert settings.retention_months == 36
    audit = audit_frame(store, entity="settings")
    assert len(audit) == 1
    assert audit.iloc[0]["actor"] == "demo.admin"
    assert audit.iloc[0]["changes"]["retention_months"] == [24, 36]


def test_a_shorter_retention_says_how_many_quotes_it_deletes_and_waits(store):
    import datetime as dt

    from feedback.services.settings import quotes_past_retention

    doomed = quotes_past_retention(store, 1, dt.date.today())
    assert doomed > 0
    at = open_page("pages/settings.py")
    retention(at).set_value("1")
    save(at)
    assert load_settings(store).retention_months == 24, "nothing changes before the answer"
    (warning,) = [w.value for w in at.warning]
    assert warning.startswith(
        f"Mit 1 Monat Aufbewahrung werden beim nächsten Aufräumen {doomed:,}".replace(",", ".")
    )
    at.button(key="retention_yes").click().run()
    assert load_settings(store).retention_months == 1
    assert audit_frame(store, entity="settings").iloc[0]["actor"] == "demo.admin"
    assert at.success
    assert "Aufbewahrung" in at.success[0].value


def test_a_new_theme_is_validated_and_stored(store):
    english_by_default(store)
    at = open_page("pages/settings.py", "en")
    at.session_state["settings_themes"] = {
        "edited_rows": {},
        "deleted_rows": [],
        "added_rows": [
            {  # no id: nobody is asked for one, it is derived from the name
                "label_de": "Rückruf",
                "label_en": "Call back",
                "keywords_de": "zurückgerufen, rückruf*",
                "keywords_en": "called back",
            }
        ],
    }
    save(at, "en")

    assert not at.error
    themes = load_settings(store).theme_additions["themes"]
    assert themes["rueckruf"]["keywords"] == {
        "de": ["zurückgerufen", "rückruf*"],
        "en": ["called back"],
    }


def test_an_invalid_theme_is_refused_with_a_clear_message(store):
    at = open_page("pages/settings.py")
    at.session_state["settings_themes"] = {
        "edited_rows": {},
        "deleted_rows": [],
        "added_rows": [
            {
                "theme": "Rückruf!",
                "label_de": "Rückruf",
                "label_en": "Call back",
                "keywords_de": "rückruf*",
            }
        ],
    }
    save(at)

    assert at.error[0].value.startswith("Die Themen wurden nicht gespeichert:")
    assert "theme id" in at.error[0].value
    assert load_settings(store).theme_additions == {}
    assert audit_frame(store, entity="settings").empty


def test_a_theme_without_keywords_is_explained_in_the_readers_words(store):
    at = open_page("pages/settings.py")
    at.session_state["settings_themes"] = {
        "edited_rows": {},
        "deleted_rows": [],
        "added_rows": [{"label_de": "Humor"}],
    }
    save(at)

    message = at.error[0].value
    assert "Das neue Thema „Humor“ braucht Stichwörter in mindestens einer Sprache." in message
    assert "extra.themes" not in message  # no internal path, no English
    assert load_settings(store).theme_additions == {}


def test_a_row_the_admin_adds_starts_blank(store):
    at = open_page("pages/settings.py")
    (editor,) = at.dataframe
    columns = json.loads(editor.proto.columns)
    assert all(columns[c]["default"] == "" for c in ("label_de", "keywords_en")), columns


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("retention", "0"),
        ("retention", str(10**9)),
        ("works_council_min_team", "-5"),
        # Refused by a browser's number field in the browser's language, and the form was not
        # sent at all: past 2**53, a fraction. Text and an empty field never reached the page.
        ("works_council_min_team", "99999999999999999999"),
        ("retention", "2.5"),
        ("retention", "zwölf"),
        ("works_council_min_team", ""),
        ("retention", "1e3"),
        ("works_council_min_team", "--5"),  # int() raised on it
    ],
)
def test_a_number_out_of_range_is_refused_in_the_readers_language_and_nothing_is_saved(
    store, field, value
):
    # The browser said "Number is outside the allowed range" in English on the German page,
    # and the page answered "Nichts geändert." next to it.
    at = open_page("pages/settings.py")
    at.toggle[0].set_value(True)  # a valid change alongside: it must not be saved either
    box = next(n for n in at.text_input if n.label == t(f"settings.{field}", "de"))
    box.set_value(value)
    save(at)

    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert t(f"settings.{field}", "de") in error
    assert "zwischen" in error
    assert not at.info
    assert not at.success
    assert load_settings(store).rankings_enabled is False
    assert audit_frame(store, entity="settings").empty


@pytest.mark.parametrize(
    ("label", "keywords"),
    [("Rückruf\u202eevil", "rückruf*"), ("Rückruf", "rück\u200bruf*"), ("Rück\x07ruf", "rückruf*")],
    ids=["bidi-override-in-name", "zero-width-in-keyword", "control-in-name"],
)
def test_a_theme_with_hidden_or_control_characters_is_refused(store, label, keywords):
    # A right-to-left override in a theme's name was saved and reversed what charts, cards
    # and slides show after it; the People page refuses such names already.
    at = open_page("pages/settings.py")
    at.session_state["settings_themes"] = {
        "edited_rows": {},
        "deleted_rows": [],
        "added_rows": [
            {
                "label_de": label,
                "label_en": "Call back",
                "keywords_de": keywords,
                "keywords_en": "call*",
            }
        ],
    }
    save(at)

    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert error.startswith("Die Themen wurden nicht gespeichert:")
    assert "unsichtbare Zeichen" in error
    assert load_settings(store).theme_additions == {}
    assert audit_frame(store, entity="settings").empty


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_theme_editor_fits_a_phone_with_each_header_explained(store, lang):
    """Four columns of a default width scrolled sideways on a phone; now each is narrow enough
    for a 390-px screen (checked in Chromium by tests/e2e/test_phone_layout.py), and its help
    gives the header's full wording in the page's language."""
    english_by_default(store)
    at = open_page("pages/settings.py", lang)
    (editor,) = [d for d in at.dataframe if "label_de" in d.value.columns]
    config = json.loads(editor.proto.columns)
    shown = ("label_de", "keywords_de", "label_en", "keywords_en")
    # The form on a 390-px phone is 324 px wide inside; the row marker takes 33 of it.
    assert sum(config[c]["width"] for c in shown) <= 324 - 33
    for column in shown:
        assert config[column]["label"] == t(f"settings.col_{column}", lang)
        assert config[column]["help"] == t(f"settings.col_{column}_help", lang)
