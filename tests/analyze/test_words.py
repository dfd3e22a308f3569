"""Word, bigram and emoji terms of one quote; stopwords; a Hypothesis property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.stopwords import stopwords
from feedback.analyze.tokens import tokenize
from feedback.analyze.types import Term
from feedback.analyze.words import emoji_key, extract_terms, lemma


def _terms(
    text: str, language: str = "de", extra_stopwords: frozenset[str] = frozenset()
) -> dict[tuple[str, str], Term]:
    return {(t.kind, t.term): t for t in extract_terms(tokenize(text), language, extra_stopwords)}


def test_inflections_group_under_the_lemma_with_the_most_frequent_surface() -> None:
    terms = _terms("Schnelle Antwort, schnelle Lösung und schneller als gedacht.")
    speed = terms[("word", "schnell")]
    assert speed.count == 3
    assert speed.surface == "Schnelle"  # "Schnelle"/"schnelle" tie at one each: first seen wins
    terms = _terms("schnelle Hilfe, schnelle Antwort, Schneller geht's nicht")
    assert terms[("word", "schnell")].surface == "schnelle"


def test_german_adjective_lemmas_are_repaired() -> None:
    assert lemma("kompetenteste", "de") == "kompetent"
    assert lemma("tolle", "de") == "toll"
    assert lemma("freundlichen", "de") == "freundlich"
    assert lemma("Grüße", "de") == "gruß"
    assert lemma("took", "en") == "take"
    assert lemma("SUPER", "de") == "super"
    assert lemma("Bonjour", "fr") == "bonjour"


def test_stopwords_greetings_and_thanks_are_dropped() -> None:
    words = {term for kind, term in _terms(
        "Hallo liebes Team, vielen Dank an Frau Weber! Sie war sehr freundlich. "
        "Mit freundlichen Grüßen und einen schönen Tag noch"
    ) if kind == "word"}  # fmt: skip
    assert words == {"weber", "freundlich"}
    english = {term for kind, term in _terms(
        "Hi team, thanks so much, Tom was great. Kind regards and have a nice day!", "en"
    ) if kind == "word"}  # fmt: skip
    assert english == {"tom", "great"}


def test_praise_words_survive_the_broad_stopword_lists() -> None:
    for word in ("great", "good", "kind", "help", "quickly"):
        assert word not in stopwords("en")
    assert "gut" not in stopwords("de")
    assert "danke" in stopwords("de")
    assert "thanks" in stopwords("en")
    assert "fast" in stopwords("de")
    assert "fast" not in stopwords("en")


def test_placeholders_initials_numbers_and_names_are_dropped() -> None:
    text = "Herr M. (Kundennummer 12345, [EMAIL], [REF]) hat Anna Meier am 3. Mai geholfen. 1A!"
    terms = _terms(text, extra_stopwords=frozenset({"Anna Meier"}))
    words = {term for kind, term in terms if kind == "word"}
    assert words == {"kundennummer", "mai", "helfen", "1a"}
    assert ("word", "anna") in _terms(text)  # names stay unless given


def test_bigrams_join_adjacent_content_words_only() -> None:
    terms = _terms("Super freundlich und schnelle Hilfe, wirklich kompetent 👍 Beratung")
    bigrams = {term: t.surface for (kind, term), t in terms.items() if kind == "bigram"}
    assert bigrams == {
        "super freundlich": "Super freundlich",
        "schnell hilfe": "schnelle Hilfe",
        "wirklich kompetent": "wirklich kompetent",
    }
    en = _terms("super friendly person", "en")
    assert ("bigram", "super friendly") in en
    assert ("bigram", "friendly person") in en


def test_emoji_and_emoticons_are_counted_as_emoji() -> None:
    terms = _terms("Danke 👍🏽👍 🙏 :-) :) <3")
    emoji = {term: t.count for (kind, term), t in terms.items() if kind == "emoji"}
    assert emoji == {"👍": 2, "🙏": 1, ":)": 2, "<3": 1}
    assert terms[("emoji", "👍")].surface == "👍🏽"
    assert emoji_key("❤️") == "❤"


def test_order_and_counts() -> None:
    terms = extract_terms(tokenize("toll toll toll 🙂 toll Service"), "de")
    assert [t.kind for t in terms] == ["word", "word", "bigram", "emoji"]
    # four times in one quote counts three times: one customer cannot fill the cloud
    assert terms[0] == Term(term="toll", surface="toll", kind="word", count=3)
    assert extract_terms([], "de") == ()


def test_unknown_language_uses_both_stopword_lists() -> None:
    words = {t.term for t in extract_terms(tokenize("the parcel und der Service"), "other")}
    assert words == {"parcel", "service"}


FILLERS = [
    *(("de", w) for w in ("sagen", "sogar", "obwohl", "lief", "bitte", "mal", "echt", "gestern")),
    *(("en", w) for w in ("day", "time", "really", "just", "also", "got", "get")),
]


@pytest.mark.parametrize(("language", "filler"), FILLERS)
def test_filler_words_are_no_terms(language: str, filler: str) -> None:
    praise = "freundlich" if language == "de" else "helpful"
    text = f"{filler.capitalize()} {filler} {praise} {filler}, {filler.upper()}!"
    for lang in (language, "other"):
        terms = extract_terms(tokenize(text), lang)
        assert {t.term for t in terms if t.kind == "word"} == {praise}
        # an intensifier ("echt", "really") may open a pair with the praise, nothing else
        pairs = {t.surface.lower() for t in terms if t.kind == "bigram"}
        assert pairs <= {f"{filler} {praise}"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["de", "en", "other"]))
def test_extract_terms_never_raises_and_counts_are_positive(text: str, language: str) -> None:
    for term in extract_terms(tokenize(text), language, frozenset({"Anna"})):
        assert term.count >= 1
        assert term.term
        assert term.surface
        assert term.kind in ("word", "bigram", "emoji")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Danke, dass Sie so spät noch erreichbar waren.", {"spät", "so spät"}),
        ("Just a quick note: great service!", {"quick", "note", "quick note"}),
        ("You explained everything in plain English.", {"english"}),
    ],
)
def test_openers_and_problem_words_are_no_praise_in_the_cloud(text, absent):
    surfaces = {t.surface.lower() for t in analyze_text(text).terms}
    assert surfaces  # the praise is still counted
    assert surfaces.isdisjoint(absent)
