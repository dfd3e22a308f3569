"""Every page speaks one language: no English UI words on the German page, no German on the English.

What is read: every text a page shows outside the customers' quotes (titles, labels, options,
help, captions, alerts, metrics, table column labels), the labels, axis titles, legends and hover
texts of its charts (every chart of the trends page), the names of its downloads and the header
of its CSV downloads, with the demo store and with an empty one (the empty states). A quote is
customer text in its own language and is left out; so are the language switch's own names
("English" on the German page).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from google.protobuf.json_format import MessageToDict  # type: ignore[import-untyped]
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from feedback.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from feedback.store.models import Quote, Setting
from feedback.store.settings import load_settings
from feedback.ui.registry import PAGES
from tests.pages.conftest import open_page, signed_in_app
from tests.pages.test_chart_labels import label_strings
from tests.pages.test_trends_page import _FIGURE_RE, TABS, show_tab

_MONTHS_EN = "January|February|March|April|June|July|August|September|October|December"
_MONTHS_DE = "Januar|Februar|März|Juni|Juli|Oktober|Dezember|Okt|Dez"
# Typical words of a UI in the other language, as whole words (case matters: "Date", not "date"
# inside a column id). Words both languages share ("Team", "Filter", "Agent") are not listed.
FOREIGN = {
    "de": re.compile(
        r"\b(Download|Save|Cancel|Delete|Search|Apply|Select|Choose|Show|Hide|Loading|Error|"
        r"Warning|Please|Total|Count|Date|Week|Month|Year|Share|Quotes?|Sentiment|Themes?|"
        r"Rating|Channel|Language|German|Other|None|nan|NaT|True|False|Yes|No|"
        r"the|and|of|per|with|from|rows?|quotes?|wordcloud|words?|" + _MONTHS_EN + r")\b"
    ),
    "en": re.compile(
        r"\b(Zitate?|Stimmung|Themen|Thema|Anteil|Woche|Monat|Datum|Kanal|Sprache|Speichern|Löschen|"
        r"Bitte|Keine|keine|nicht|und|der|die|das|für|mit|oder|Alle|Englisch|Wörter|Bewertung|"
        r"Mitarbeitende|Kundschaft|Zeilen|wortwolke|protokoll|" + _MONTHS_DE + r")\b"
    ),
}
# Proto fields that hold no reader-facing text: ids, data, code, styles, whole HTML documents.
_SKIP_FIELDS = {"id", "formId", "key", "data", "arrowData", "srcdoc", "src", "url", "css"}
_SKIP_FIELDS |= {"jsContent", "htmlContent", "cssContent", "jsSourcePath", "cssSourcePath"}
_SKIP_FIELDS |= {"spec", "componentName", "deltaPath", "fragmentId"}
_SKIP_FIELDS |= {"json"}  # a component's data: the address's parameter names ("from", "q")
_SKIP_ELEMENTS = {"html", "iframe"}  # the wall's cards and the slides: quotes and their HTML


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for field, inner in value.items():
            if field not in _SKIP_FIELDS:
                yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)


def _shown(node: Any) -> Iterator[str]:
    if getattr(node, "type", None) in _SKIP_ELEMENTS:
        return
    if (proto := getattr(node, "proto", None)) is not None:
        yield from _strings(MessageToDict(proto))
    for child in (getattr(node, "children", None) or {}).values():
        yield from _shown(child)


def _plain(text: str) -> str:
    """Markdown escapes and the list's "#12 · " and "…" taken off, spaces folded."""
    text = re.sub(r"\\(.)", r"\1", text)
    text = re.sub(r"^#\d+ · ", "", text).removesuffix("…")
    return " ".join(text.split())


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str, bytes]]:
    """Every file a page offers (name, type, bytes), as Streamlit's media storage receives it."""
    saved: list[tuple[str | None, str, bytes]] = []
    store = MemoryMediaFileStorage.load_and_get_id

    def keep(self, data, mimetype, kind, filename=None):
        saved.append((filename, mimetype, data if isinstance(data, bytes) else b""))
        return store(self, data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", keep)
    return saved


def _texts(at: AppTest, files: list[tuple[str | None, str, bytes]]) -> list[str]:
    found = [*_shown(at._tree)]
    figures = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    figures += [
        json.loads(f[1]) for f in (_FIGURE_RE.search(i.proto.srcdoc) for i in at.get("iframe")) if f
    ]
    for figure in figures:
        found += label_strings(figure)
    for name, mimetype, data in files:
        found.append(name or "")
        if mimetype.startswith("text/csv") and data:
            found.append(data.decode("utf-8-sig").splitlines()[0])
    return found


def _foreign(texts: list[str], lang: str, quotes: list[str]) -> dict[str, list[str]]:
    """The other language's words in ``texts``, each with where it was; quotes left out."""
    own_names = {t(f"ui.language_{code}", code) for code in LANGUAGES}
    found: dict[str, list[str]] = {}
    for text in texts:
        plain = _plain(text)
        # A quote shows its placeholders ("[Name]") in the reader's language: up to the first.
        start = plain.split("[")[0]
        if plain in own_names or (len(start) > 15 and any(start in q for q in quotes)):
            continue
        for word in FOREIGN[lang].findall(plain):
            found.setdefault(word, []).append(plain[:120])
    return found


def _quotes(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [" ".join(text.split()) for text in session.scalars(select(Quote.text))]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_page_shows_no_words_of_the_other_language(store, downloads, spec, lang):
    at = open_page(spec.path, lang)
    texts = _texts(at, downloads)
    if spec.key == "trends":
        for tab in TABS:
            texts += _texts(show_tab(at, tab, lang), downloads)
    assert not at.exception, [e.value for e in at.exception]
    assert _foreign(texts, lang, _quotes(store)) == {}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_empty_page_shows_no_words_of_the_other_language(empty_store_url, downloads, spec, lang):
    at = open_page(spec.path, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert _foreign(_texts(at, downloads), lang, []) == {}


def test_the_check_finds_the_other_language():
    """The check itself: a word of the other language is found, a quote is not held against it."""
    texts = ["Bild herunterladen (PNG)", "wordcloud.png", "#3 · Thanks for the quick help…"]
    assert _foreign(texts, "de", ["Thanks for the quick help, really!"]) == {
        "wordcloud": ["wordcloud.png"]
    }
    assert _foreign(["Download image", "3. Dezember 2026"], "en", []) == {
        "Dezember": ["3. Dezember 2026"]
    }


@pytest.mark.parametrize("stored", ["fr", "EN"])
def test_a_stored_default_language_the_app_does_not_speak_is_the_default(store, stored):
    # written by hand or by a newer version's backup; it was a ValidationError on every page
    with Session(store) as session, session.begin():
        session.merge(Setting(key="ui_language", value=stored))
    expected = "en" if stored == "EN" else DEFAULT_LANGUAGE
    assert load_settings(store).ui_language.value == expected
    at = signed_in_app()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("nav.wall", expected)


def test_an_address_asking_for_another_language_shows_the_default(store, downloads):
    at = open_page("pages/wall.py", "fr")
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("nav.wall", DEFAULT_LANGUAGE)
    assert _foreign(_texts(at, downloads), DEFAULT_LANGUAGE, _quotes(store)) == {}
