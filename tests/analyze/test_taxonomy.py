"""Taxonomy: default file, merging a team's additions, validation messages, keyword syntax."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.analyze.taxonomy import TaxonomyError, load_taxonomy
from feedback.analyze.theme_keywords import WordPattern, fold, parse_keyword
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize
from feedback.analyze.types import THEMES

BILLING: dict[str, Any] = {
    "themes": {
        "billing": {
            "label": {"de": "Rechnung", "en": "Billing"},
            "description": {"de": "Rechnungsfragen", "en": "Invoice questions"},
            "keywords": {"de": ["Rechnung*"], "en": ["invoice*"]},
        }
    }
}


def test_default_has_the_ten_themes_with_bilingual_labels() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.ids == THEMES
    for theme in taxonomy.themes:
        assert theme.label["de"]
        assert theme.label["en"]
        assert theme.description["de"]
        assert theme.description["en"]
        assert theme.keywords["de"]
        assert theme.keywords["en"]
    assert taxonomy.label("patience", "de") == "Geduld"
    assert taxonomy.label("patience", "en") == "Patience"
    assert taxonomy.label("no_such_theme", "de") == "no_such_theme"


def test_default_is_cached_and_digest_is_stable() -> None:
    assert load_taxonomy() is load_taxonomy()
    assert load_taxonomy({}).digest == load_taxonomy().digest
    assert len(load_taxonomy().digest) == 16


def test_new_theme_is_added_after_the_defaults() -> None:
    taxonomy = load_taxonomy(BILLING)
    assert taxonomy.ids == (*THEMES, "billing")
    assert taxonomy.digest != load_taxonomy().digest
    assert taxonomy.theme("billing").label_for("de") == "Rechnung"
    hits = detect_themes(tokenize("Die Rechnungskorrektur war super"), "de", taxonomy)
    assert [hit.label for hit in hits] == ["billing"]


def test_extra_keywords_extend_an_existing_theme() -> None:
    tokens = tokenize("Ein echter Tüftler!")
    assert detect_themes(tokens, "de") == ()
    taxonomy = load_taxonomy({"themes": {"competence": {"keywords": {"de": ["Tüftler*"]}}}})
    assert "Tüftler*" in taxonomy.theme("competence").keywords["de"]
    assert [hit.label for hit in detect_themes(tokens, "de", taxonomy)] == ["competence"]


def test_remove_keywords_and_disable_a_theme() -> None:
    taxonomy = load_taxonomy({
        "themes": {
            "friendliness": {"remove_keywords": {"de": ["nett"]}},
            "reachability": {"enabled": False},
        }
    })  # fmt: skip
    assert "reachability" not in taxonomy.ids
    assert "nett" not in taxonomy.theme("friendliness").keywords["de"]
    assert detect_themes(tokenize("Sie war nett"), "de", taxonomy) == ()


def test_labels_and_language_rules_can_be_overridden() -> None:
    taxonomy = load_taxonomy({
        "settings": {"negation_window": 1},
        "language": {"de": {"negators": ["nöt"]}},
        "themes": {"speed": {"label": {"de": "Tempo"}}},
    })  # fmt: skip
    assert taxonomy.negation_window == 1
    assert "nöt" in taxonomy.languages["de"].negators
    assert taxonomy.label("speed", "de") == "Tempo"
    assert taxonomy.label("speed", "en") == "Speed"


def test_a_toml_file_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "team.toml"
    path.write_text(
        '[themes.billing]\nlabel = { de = "Rechnung", en = "Billing" }\n'
        'keywords.de = ["Rechnung*"]\n',
        encoding="utf-8",
    )
    assert load_taxonomy(path).ids[-1] == "billing"


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[themes.billing\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"broken\.toml"):
        load_taxonomy(path)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"themez": {}}, r"extra\.themez: unknown key"),
        ({"schema": 2}, r"extra\.schema: unsupported schema"),
        ({"settings": {"phrase_gap": 9}}, r"extra\.settings\.phrase_gap: expected a whole number"),
        ({"settings": {"negation_window": True}}, r"negation_window: expected a whole number"),
        ({"themes": {"Billing!": {}}}, r"extra\.themes\.Billing!: theme id must be"),
        ({"themes": {"billing": {"keywords": {"de": ["x*"]}}}}, r"billing\.label: a new theme"),
        (
            {
                "themes": {
                    "billing": {"label": {"de": "Rechnung"}, "keywords": {"de": ["rechnung"]}}
                }
            },
            r"billing\.label: missing en",
        ),
        (
            {"themes": {"billing": {"label": {"de": "R", "en": "B"}}}},
            r"billing\.keywords: a new theme needs keywords",
        ),
        (
            {"themes": {"speed": {"keywords": {"de": ["ok", "a*"]}}}},
            r"themes\.speed\.keywords\.de\[1\]: 'a\*': a wildcard stem needs at least 3",
        ),
        (
            {"themes": {"speed": {"keywords": {"de": ["sch*nell"]}}}},
            r"keywords\.de\[0\]: 'sch\*nell': '\*' may only open or close a word",
        ),
        (
            {"themes": {"speed": {"keywords": {"de": "schnell"}}}},
            r"speed\.keywords\.de: expected a list of strings",
        ),
        ({"themes": {"speed": {"keywords": {"de": [""]}}}}, r"keywords\.de\[0\]: expected a non"),
        ({"themes": {"speed": {"keywords": {"deutsch": ["x"]}}}}, r"keywords\.deutsch: language"),
        ({"themes": {"speed": {"colour": "red"}}}, r"themes\.speed\.colour: unknown key"),
        (
            {"themes": {"speed": {"remove_keywords": {"de": ["gibtsnicht"]}}}},
            r"speed\.remove_keywords\.de\[0\]: 'gibtsnicht' is not a keyword",
        ),
        ({"themes": {"speed": {"enabled": "no"}}}, r"speed\.enabled: expected true or false"),
        ({"language": {"de": {"negators": "nicht"}}}, r"language\.de\.negators: expected a list"),
        ({"language": {"de": {"noun_barrier": 1}}}, r"noun_barrier: expected true or false"),
        ({"themes": {"speed": {"label": {"de": "x" * 61}}}}, r"speed\.label\.de: expected text"),
        ({"themes": []}, r"extra\.themes: expected a table"),
    ],
)
def test_validation_errors_name_the_offending_key(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(extra)


@pytest.mark.parametrize(
    ("keyword", "words"),
    [
        ("schnell*", (WordPattern("prefix", "schnell"),)),
        ("*freundlich", (WordPattern("suffix", "freundlich"),)),
        ("*geduld*", (WordPattern("infix", "geduld"),)),
        ("Zeit genommen", (WordPattern("exact", "zeit"), WordPattern("exact", "genommen"))),
        ("nahm sich * zeit", tuple(WordPattern("exact", w) for w in ("nahm", "sich", "zeit"))),
        ("24/7", (WordPattern("exact", "24"), WordPattern("exact", "7"))),
        ("Lösung*", (WordPattern("prefix", "loesung"),)),
    ],
)
def test_keyword_syntax(keyword: str, words: tuple[WordPattern, ...]) -> None:
    assert parse_keyword(keyword) == words


def test_fold_treats_umlaut_spellings_alike() -> None:
    assert fold("Grüße") == fold("Gruesse") == "gruesse"
    assert fold("Lösung") != fold("Losung")


_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "‘": "'", "`": "'"})


@given(st.text(alphabet=st.sampled_from("aAäÄöÖüÜßẞ’‘`'iIİıSs\u0308\u0301o-x1 é"), max_size=12))
def test_fold_equals_its_translate_table(token: str) -> None:
    """The fast paths of ``fold`` (an ASCII word only lower-cased; each folded character
    replaced on its own) give what NFC, lower case and one translate table gave."""
    assert fold(token) == unicodedata.normalize("NFC", token).lower().translate(_TABLE)
