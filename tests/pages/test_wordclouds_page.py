"""Word cloud page: an image from stored counts, scopes, the emoji cloud, and word lookup."""

from __future__ import annotations

import datetime as dt

from feedback.i18n import t
from feedback.insights.clouds import word_pattern
from feedback.store.filters import QuoteFilter
from feedback.store.read import term_counts
from tests.conftest import TODAY
from tests.pages.conftest import open_page


def _year() -> QuoteFilter:
    today = TODAY
    return QuoteFilter(start=today - dt.timedelta(days=365), end=today)


def test_cloud_renders_and_a_chosen_word_lists_its_quotes(store):
    top = term_counts(store, _year(), kind="word", limit=5).iloc[0]
    at = open_page("pages/wordclouds.py")
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.image) == 1
    assert any(t("wordclouds.pick_hint", "de") in c.value for c in at.caption)

    at.button_group(key="cloud_word").set_value(top["term"]).run()

    assert not at.exception
    quotes = [el.value for el in at.text]
    assert quotes, "choosing a word lists quotes"
    pattern = word_pattern(top["term"], top["surface"])
    assert all(pattern.search(q) for q in quotes)
    caption = next(c.value for c in at.caption if f"„{top['surface']}“" in c.value)
    # The list finds every quote with the word; the pill counts praise only: the caption says
    # why "erklärt · 186" can list 196 quotes.
    assert caption.endswith(t("wordclouds.matches", "de", count=0, word="").split(". ", 1)[1])


def test_heart_shape_team_scope_and_bigrams(store):
    at = open_page("pages/wordclouds.py")
    at.toggle(key="cloud_heart").set_value(True).run()
    assert len(at.image) == 1
    at.selectbox(key="cloud_scope").set_value("team").run()
    assert at.selectbox(key="cloud_team").value is not None
    assert not at.exception, [e.value for e in at.exception]
    at.button_group(key="cloud_kind").set_value("bigram").run()
    assert not at.exception
    assert len(at.image) == 1 or any(t("wordclouds.empty", "de") in i.value for i in at.info)


def test_emoji_cloud_is_html_not_an_image(store):
    emoji = term_counts(store, _year(), kind="emoji", limit=3)
    at = open_page("pages/wordclouds.py")
    at.button_group(key="cloud_kind").set_value("emoji").run()
    assert not at.exception
    assert len(at.image) == 0
    shown = " ".join(h.value for h in at.html)
    assert emoji.iloc[0]["surface"] in shown
    assert at.toggle(key="cloud_heart").disabled


def test_agent_scope_lists_only_agents_who_consented(store):
    from feedback.store.directory import read_directory

    directory = read_directory(store)
    at = open_page("pages/wordclouds.py")
    at.selectbox(key="cloud_scope").set_value("agent").run()
    offered = set(at.selectbox(key="cloud_agent").options)
    named = {a.full_name for a in directory.agents.values() if a.consent_named and a.active}
    hidden = {a.full_name for a in directory.agents.values() if not a.consent_named}
    assert offered <= named
    assert not offered & hidden


def test_the_cloud_is_in_the_ui_language_until_another_is_chosen(store):
    def words(language: str) -> set[str]:
        flt = QuoteFilter(start=TODAY - dt.timedelta(days=365), end=TODAY, languages=(language,))
        return set(term_counts(store, flt, kind="word", limit=5000)["surface"])

    def shown(at) -> set[str]:  # the pills read "<word> · <count>"
        return {o.rsplit(" · ", 1)[0] for o in at.button_group(key="cloud_word").options}

    at = open_page("pages/wordclouds.py")
    assert at.button_group(key="cloud_language").value == "de"
    german = shown(at)
    assert german, "the German cloud has words"
    assert german <= words("de")
    assert german - words("en"), "a German cloud has German words"

    at.button_group(key="cloud_language").set_value("en").run()
    assert not at.exception, [e.value for e in at.exception]
    english = shown(at)
    assert english <= words("en")
    assert english - words("de"), "an English cloud has English words"


def test_the_cloud_follows_the_language_switch(store):
    # The cloud starts in the UI language; switching the interface to English in the sidebar
    # left it German, so an English team meeting looked at German words under English labels.
    at = open_page("pages/wordclouds.py")
    assert at.button_group(key="cloud_language").value == "de"

    at.session_state["ui_lang"] = "en"  # what the sidebar's language switch sets
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.button_group(key="cloud_language").value == "en"
    at.session_state["ui_lang"] = "de"
    at.run()
    assert at.button_group(key="cloud_language").value == "de"


def test_a_language_picked_for_the_cloud_stays_until_the_next_switch(store):
    at = open_page("pages/wordclouds.py")
    at.button_group(key="cloud_language").set_value("en").run()
    at.button_group(key="cloud_kind").set_value("bigram").run()
    at.run()
    assert at.button_group(key="cloud_language").value == "en"
    at.session_state["ui_lang"] = "en"
    at.run()
    at.session_state["ui_lang"] = "de"
    at.run()
    assert at.button_group(key="cloud_language").value == "de"


def test_an_empty_cloud_names_the_language_that_has_words(store):
    # A day of German praise looked at in English said only "no counted words for this
    # selection yet", as if there were no quotes; it names the language to pick instead.
    def words(day: dt.date, language: str) -> int:
        flt = QuoteFilter(start=day, end=day, languages=(language,))
        return len(term_counts(store, flt, kind="word", limit=5))

    # Five words at least: the page leaves agents' names out, and a day whose only word was a
    # name (found on 2026-11-30) has an empty cloud in both languages.
    days = (TODAY - dt.timedelta(days=n) for n in range(1, 365))
    day = next(d for d in days if words(d, "de") == 5 and not words(d, "en"))
    at = open_page(
        "pages/wordclouds.py", lang="en", period="custom", **{"from": str(day), "to": str(day)}
    )
    assert at.button_group(key="cloud_language").value == "en"
    assert not at.exception, [e.value for e in at.exception]
    assert [i.value for i in at.info] == [
        t(
            "wordclouds.empty_other_language",
            "en",
            language="English",
            other="German",
            control=t("wordclouds.language", "en"),
        )
    ]
