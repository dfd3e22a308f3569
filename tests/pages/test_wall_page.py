"""The love wall page through dashboard.py: approved quotes only, escaped, narrowed by filters."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status, UiLanguage
from feedback.i18n import t
from feedback.insights.wall import PAGE_SIZE
from feedback.store.directory import read_directory
from feedback.store.settings import AppSettings, save_settings
from tests.conftest import TODAY
from tests.pages.conftest import open_page


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels outside the run, in Streamlit's bare-mode session
    state, which outlives a test; the shared sidebar caches the UI language there."""
    st.session_state.clear()


XSS = '<script>window.__xss=1</script> <img src=x onerror="window.__xss=2">'
MARKER = "Kolibrigeschwindigkeit"


def add_quotes(store: Engine, *texts_and_status: tuple[str, Status]) -> list[int | None]:
    """Store quotes through the real pipeline, praising a consenting agent, said yesterday."""
    directory = read_directory(store)
    agent = next(a for a in directory.agents.values() if a.consent_named)
    drafts = [
        QuoteDraft(
            text=text,
            channel="chat",
            said_on=TODAY - dt.timedelta(days=1),
            submitted_by="test",
            agent_id=agent.id,
            status=status,
        )
        for text, status in texts_and_status
    ]
    return [result.quote_id for result in submit_many(store, drafts)]


def english_by_default(store: Engine) -> None:
    """Make English the team's default language.

    AppTest calls a widget's ``format_func`` outside the script run. There the shared sidebar's
    labels come from the bare-mode session state, else from the team default; with English in
    both, an English page can be clicked through.
    """
    save_settings(store, AppSettings(ui_language=UiLanguage.EN), actor="test")
    st.cache_data.clear()
    st.session_state.clear()  # bare mode keeps "ui_lang" from earlier tests


def wall_markup(at: AppTest) -> str:
    return "".join(element.proto.body for element in at.html)


def quote_ids(markup: str) -> list[str]:
    return re.findall(r'data-quote-id="(\d+)"', markup)


def search(at: AppTest, text: str, lang: str = "de") -> None:
    box = next(w for w in at.sidebar.text_input if w.label == t("ui.search", lang))
    box.input(text)
    next(b for b in at.button if b.label == t("ui.apply", lang)).click()
    at.run()


def test_only_approved_quotes_reach_the_wall(store):
    add_quotes(
        store,
        (f"Genehmigt: {MARKER} war toll!", Status.APPROVED),
        (f"Wartet noch: {MARKER} ist super.", Status.PENDING),
        (f"Abgelehnt: {MARKER} naja.", Status.REJECTED),
    )
    at = open_page("pages/wall.py")
    search(at, MARKER)

    markup = wall_markup(at)
    assert not at.exception
    assert "Genehmigt" in markup
    assert "Wartet noch" not in markup
    assert "Abgelehnt" not in markup


def test_the_search_narrows_the_wall_to_one_card(store):
    add_quotes(store, (f"Eine Antwort in {MARKER}, danke!", Status.APPROVED))
    english_by_default(store)
    at = open_page("pages/wall.py", "en")
    assert wall_markup(at).count("<article") > 2

    search(at, MARKER, "en")

    markup = wall_markup(at)
    assert markup.count("<article") == 1  # the one match is the quote of the week
    assert "Quote of the week" in markup
    assert MARKER in markup
    assert at.caption[0].value == "1 of 1 quotes"


def test_a_search_is_shown_as_typed_in_the_filter_summary(store):
    """A search comes from the address too (?q=...): a shared link must not put a link, bold
    text or a formula into the app's own sidebar."""
    typed = "[Sitzung abgelaufen](https://evil.example/login) **fett** $x^2$"
    at = open_page("pages/wall.py")
    search(at, typed)

    (summary,) = [c.value for c in at.sidebar.caption if "evil" in c.value]
    assert "\\[Sitzung abgelaufen\\]\\(https\\:" in summary
    assert "https\\:\\/\\/" not in summary  # a bare address would become a link of its own
    assert "\\*\\*fett\\*\\*" in summary
    assert "\\$x\\^2\\$" in summary
    shown = re.sub(r"\\(.)", r"\1", summary).replace("\u2060", "")
    assert shown.endswith(f"{typed}“")


def test_markup_in_a_quote_is_shown_escaped(store):
    add_quotes(store, (f"Danke für die Geduld! {XSS} {MARKER}", Status.APPROVED))
    at = open_page("pages/wall.py")
    search(at, MARKER)

    markup = wall_markup(at)
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;" in markup
    assert "<script" not in markup
    assert "<img" not in markup


def test_sorting_shuffling_and_show_more(store_url):
    at = open_page("pages/wall.py")
    newest = wall_markup(at)
    # A page of notes: the quote of the week and PAGE_SIZE - 1 cards.
    assert newest.count("data-quote-id=") == PAGE_SIZE
    assert newest.count('class="lw-hero') == 1

    next(b for b in at.button if b.label == t("wall.show_more", "de")).click()
    at.run()
    assert wall_markup(at).count("data-quote-id=") == 2 * PAGE_SIZE

    at.segmented_control(key="wall_order").set_value("loved").run()
    loved = wall_markup(at)
    assert loved.count("data-quote-id=") == PAGE_SIZE  # a new order starts at the first page again
    assert quote_ids(loved) != quote_ids(newest)

    at.segmented_control(key="wall_order").set_value("random").run()
    before = wall_markup(at)
    next(b for b in at.button if b.label == t("wall.shuffle", "de")).click()
    at.run()
    assert not at.exception
    assert wall_markup(at) != before
