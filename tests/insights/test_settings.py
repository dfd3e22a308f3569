"""The theme editor's table <-> ``theme_additions``, validated by the real taxonomy loader."""

from __future__ import annotations

import pytest

from feedback.insights.settings import (
    MAX_LABEL,
    THEME_COLUMNS,
    additions_from_rows,
    retention_warning,
    slugify,
    split_keywords,
    taxonomy_problem,
    theme_rows,
    theme_table,
)
from feedback.render.plain import markdown_literal

CALL_BACK = {
    "theme": "call_back",
    "label_de": "Rückruf",
    "label_en": "Call back",
    "keywords_de": "zurückgerufen, rückruf*",
    "keywords_en": "called back",
}


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", []),
        (None, []),
        ("schnell*, super schnell; blitzschnell", ["schnell*", "super schnell", "blitzschnell"]),
        ("a,\n a , b", ["a", "b"]),
    ],
)
def test_keywords_are_split_on_commas_semicolons_and_lines(raw, words):
    assert split_keywords(raw) == words


def test_rows_become_additions_and_back():
    additions = additions_from_rows([CALL_BACK, {"theme": "  ", "label_de": " "}], {})
    assert additions == {
        "themes": {
            "call_back": {
                "label": {"de": "Rückruf", "en": "Call back"},
                "keywords": {"de": ["zurückgerufen", "rückruf*"], "en": ["called back"]},
            }
        }
    }
    assert theme_rows(additions) == [CALL_BACK]


def test_extra_keywords_for_a_shipped_theme_need_no_labels():
    additions = additions_from_rows([{"theme": "Speed", "keywords_de": "ratzfatz"}], {})
    assert additions == {"themes": {"speed": {"keywords": {"de": ["ratzfatz"]}}}}
    assert taxonomy_problem(additions, "de") is None


def test_parts_the_table_cannot_show_are_kept():
    previous = {
        "settings": {"phrase_gap": 3},
        "themes": {"call_back": {"description": {"de": "Rückruf"}, "label": {"de": "alt"}}},
    }
    additions = additions_from_rows([CALL_BACK], previous)
    assert additions["settings"] == {"phrase_gap": 3}
    assert additions["themes"]["call_back"]["description"] == {"de": "Rückruf"}
    assert additions["themes"]["call_back"]["label"] == {"de": "Rückruf", "en": "Call back"}


def test_a_valid_new_theme_passes_the_taxonomy():
    assert taxonomy_problem(additions_from_rows([CALL_BACK], {}), "en") is None
    assert taxonomy_problem({}, "en") is None


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        ({**CALL_BACK, "theme": "rückruf!"}, "theme id"),  # only a stored id can be wrong so
        ({**CALL_BACK, "label_en": ""}, "braucht eine Bezeichnung auf Deutsch und auf Englisch"),
        ({**CALL_BACK, "keywords_de": "", "keywords_en": ""}, "braucht Stichwörter"),
        ({**CALL_BACK, "keywords_de": "a*"}, "Das Stichwort „a\\*“ (Thema „Rückruf“)"),
        ({**CALL_BACK, "label_de": "R" * 61}, "mit 61 Zeichen zu lang (höchstens 60)"),
    ],
)
def test_invalid_themes_are_explained_in_the_ui_language(row, needle):
    problem = taxonomy_problem(additions_from_rows([row], {}), "de")
    assert problem is not None
    assert problem.startswith("Die Themen wurden nicht gespeichert:")
    assert needle in problem


def test_a_theme_without_keywords_is_explained_without_internal_paths():
    # The walk's case: "Humor" with a German name only and no keywords. It got
    # "extra.themes.humor.keywords: a new theme needs keywords in at least one language".
    additions = additions_from_rows([{"label_de": "Humor"}], {}, SHIPPED)
    for lang, needles in (
        ("de", ["„Humor“ braucht eine Bezeichnung", "„Humor“ braucht Stichwörter"]),
        ("en", ["“Humor” needs a label in German and in English", "“Humor” needs keywords"]),
    ):
        problem = taxonomy_problem(additions, lang)
        assert problem is not None
        assert "extra." not in problem
        assert all(needle in problem for needle in needles), problem


# As the message shows them: markdown-escaped.
WORDS = markdown_literal("call back*, callback")


@pytest.mark.parametrize(
    ("lang", "needle"),
    [
        ("de", f"Eine neue Zeile ohne Namen (Stichwörter „{WORDS}“) braucht eine Bezeichnung"),
        ("en", f"A new row without a name (keywords “{WORDS}”) needs a label"),
    ],
)
def test_a_new_row_without_a_name_is_named_by_its_keywords(lang, needle):
    # The walk's case: keywords typed in the last column only. The message named the theme
    # "new_theme", an id the admin never saw.
    additions = additions_from_rows([{"keywords_en": "call back*, callback"}], {}, SHIPPED)
    problem = taxonomy_problem(additions, lang)
    assert problem is not None
    assert needle in problem, problem
    assert "new_theme" not in problem


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("de", "mit 5000 Zeichen zu lang (höchstens 60)"), ("en", "too long at 5000 characters")],
)
def test_a_name_too_long_is_not_repeated_in_the_messages(lang, needle):
    # Pasted by mistake (or on purpose): the message says the length, not the 5,000 characters
    # back, and neither do the theme's other messages.
    pasted = "Sehr lange Bezeichnung " + "x" * 4977
    additions = additions_from_rows([{"label_de": pasted, "label_en": pasted}], {}, SHIPPED)
    problem = taxonomy_problem(additions, lang)
    assert problem is not None
    assert needle in problem
    assert "x" * 21 not in problem
    assert len(problem) < 500
    assert "„Sehr lange Bezeichnu…“" in problem or "“Sehr lange Bezeichnu…”" in problem


def test_an_unusable_keyword_pasted_at_length_is_named_by_its_start():
    pasted = "y" * 3000 + "*" + "y" * 3000
    row = {**CALL_BACK, "keywords_de": pasted}
    problem = taxonomy_problem(additions_from_rows([row], {}), "de")
    assert problem is not None
    assert "ist so nicht verwendbar" in problem
    assert "y" * 21 not in problem
    assert len(problem) < 600


def test_the_name_limit_is_the_taxonomys():
    at_limit = {**CALL_BACK, "label_de": "R" * MAX_LABEL}
    assert taxonomy_problem(additions_from_rows([at_limit], {}), "de") is None


def test_a_theme_name_in_a_message_is_shown_literally():
    additions = additions_from_rows([{"label_de": "[x](https://evil.example)"}], {}, SHIPPED)
    problem = taxonomy_problem(additions, "de")
    assert problem is not None
    assert "\\[x\\]\\(https\\:" in problem


def test_the_editor_table_has_every_column_even_when_empty():
    assert list(theme_table({}).columns) == list(THEME_COLUMNS)
    assert theme_table({"themes": {"x": "not a table"}}).iloc[0]["theme"] == "x"


SHIPPED = {"speed": {"de": "Schnelligkeit", "en": "Speed"}}


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Rückruf", "rueckruf"),
        ("Rückruf & Kulanz", "rueckruf_kulanz"),
        ("Größe", "groesse"),
        ("  Café  ", "cafe"),
        ("24/7 Service", "theme_24_7_service"),
        ("x" * 60, "x" * 40),
    ],
)
def test_ids_are_derived_from_the_name(name, slug):
    assert slugify(name) == slug


def test_a_new_theme_needs_no_id_and_gets_a_unique_one():
    row = {k: v for k, v in CALL_BACK.items() if k != "theme"}
    second = {**row, "label_de": "Rückruf!", "label_en": "Call back again"}
    additions = additions_from_rows([row, second], {}, SHIPPED)
    assert list(additions["themes"]) == ["rueckruf", "rueckruf_2"]
    assert taxonomy_problem(additions, "de") is None


def test_a_row_naming_a_shipped_theme_adds_keywords_to_it():
    row = {"label_de": "schnelligkeit", "keywords_de": "ratzfatz"}
    additions = additions_from_rows([row], {}, SHIPPED)
    assert additions == {"themes": {"speed": {"keywords": {"de": ["ratzfatz"]}}}}
    # Back in the editor the row shows the theme's name, not an id.
    (shown,) = theme_rows(additions, SHIPPED)
    assert (shown["label_de"], shown["label_en"]) == ("Schnelligkeit", "Speed")
    assert additions_from_rows([shown], {}, SHIPPED) == additions


@pytest.mark.parametrize(
    ("lang", "months", "count", "expected"),
    [
        (
            "de",
            1,
            2734,
            "Mit 1 Monat Aufbewahrung werden beim nächsten Aufräumen 2.734 gespeicherte",
        ),
        ("de", 6, 1, "Mit 6 Monaten Aufbewahrung werden beim nächsten Aufräumen 1 gespeichertes"),
        ("en", 1, 2734, "With 1 month of retention, the next purge deletes 2,734 stored quotes"),
        ("en", 12, 1, "With 12 months of retention, the next purge deletes 1 stored quote "),
    ],
)
def test_the_retention_warning_counts_in_words(lang, months, count, expected):
    assert retention_warning(months, count, lang).startswith(expected)
