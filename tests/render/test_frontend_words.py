"""The script that shows Streamlit's own words in the page's language (served in the index)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from streamlit import file_util

from feedback.i18n import catalog, t
from feedback.render.frontend_words import frontend_script, frontend_words

_WORDS = re.compile(r"const WORDS = (.*?);\n", re.S)
_PLACEHOLDER = re.compile(r"\{\w+\}")


def _words_in(script: str) -> dict[str, dict[str, object]]:
    found = _WORDS.search(script)
    assert found is not None
    return dict(json.loads(found.group(1)))


def test_the_words_stay_data_inside_the_one_script() -> None:
    script = frontend_script()
    assert script.startswith("<script>")
    assert script.endswith("</script>")
    assert script.count("<script") == 1
    assert script.count("</") == 1  # only the closing tag: no word can end the element
    assert "<!--" not in script
    assert _words_in(script) == frontend_words()


def test_german_pages_get_the_catalog_words_and_english_pages_none() -> None:
    words = frontend_words()
    assert set(words) == {"de"}  # English is Streamlit's own language
    german = words["de"]
    texts = german["texts"]
    assert isinstance(texts, dict)
    assert texts["Search"] == t("frontend.search", "de")
    assert texts["Running..."] == t("frontend.running", "de")
    assert texts["Sort ascending"] == t("frontend.sort_ascending", "de")
    assert ["Help for {label}", "Hilfe zu {label}"] in german["patterns"]  # type: ignore[operator]
    calendar = german["calendar"]
    assert isinstance(calendar, dict)
    assert calendar["December"] == "Dezember"
    assert calendar["Thursday"] == "Donnerstag"
    assert calendar["Today"] == t("frontend.calendar_word_today", "de")
    assert german["letters"] == {"T": "D", "W": "M"}


@cache
def _streamlit_sources() -> str:
    """Streamlit's frontend bundle and its exception text (the generic error message)."""
    static = Path(file_util.get_static_dir())
    parts = [path.read_text("utf-8", "replace") for path in static.glob("static/js/*.js")]
    parts.append((Path(file_util.__file__).parent / "elements" / "exception.py").read_text())
    return "\n".join(parts).replace('"\n    "', "")  # the Python text's joined lines


def test_every_english_text_is_one_that_streamlit_writes() -> None:
    """After a Streamlit upgrade a changed English text would silently stay English: each one
    (each sentence, each literal part of a pattern) must still occur in Streamlit's sources."""
    sources = _streamlit_sources()
    english = {k: v for k, v in catalog("en").items() if k.startswith("frontend.")}
    fragments = {
        fragment.strip(" /")
        for text in english.values()
        for part in _PLACEHOLDER.split(text)
        for fragment in re.split(r"[.,] ", part)  # Streamlit joins some sentences at run time
    }
    missing = sorted(fragment for fragment in fragments if fragment not in sources)
    assert missing == []
