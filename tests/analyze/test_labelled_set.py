"""Sanity checks for the hand-written labelled evaluation set in tests/data/.

The set is used to measure sentiment and theme detection, so these tests guard its
format, its label vocabulary and the minimum size of every class and theme.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from feedback.analyze.types import THEMES

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HEADER = ["text", "language", "sentiment", "themes"]
SENTIMENTS = frozenset({"positive", "neutral", "negative", "mixed"})

# language -> (minimum rows, minimum rows per sentiment, minimum positive rows per theme)
MINIMUMS = {
    "de": (420, 40, 25),
    "en": (210, 20, 12),
}
LANGUAGES = tuple(MINIMUMS)


def _read(language: str) -> tuple[list[str], list[dict[str, str]]]:
    path = DATA_DIR / f"labelled_{language}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = []
        for line_no, record in enumerate(reader, start=2):
            assert len(record) == len(header), f"{path.name}:{line_no}: {record!r}"
            rows.append(dict(zip(header, record, strict=True)))
    return header, rows


def _themes(row: dict[str, str]) -> list[str]:
    return [theme for theme in row["themes"].split(";") if theme]


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture(scope="module")
def rows(language: str) -> list[dict[str, str]]:
    header, data = _read(language)
    assert header == HEADER
    return data


def test_header_and_minimum_size(language: str, rows: list[dict[str, str]]) -> None:
    minimum_rows = MINIMUMS[language][0]
    assert len(rows) >= minimum_rows, f"{language}: {len(rows)} rows < {minimum_rows}"


def test_language_column_matches_file(language: str, rows: list[dict[str, str]]) -> None:
    wrong = [row["text"] for row in rows if row["language"] != language]
    assert not wrong, f"{language}: rows with another language: {wrong[:5]}"


def test_texts_are_non_empty_and_trimmed(rows: list[dict[str, str]]) -> None:
    bad = [row["text"] for row in rows if not row["text"] or row["text"] != row["text"].strip()]
    assert not bad, f"empty or untrimmed texts: {bad[:5]}"


def test_sentiment_labels_are_valid(rows: list[dict[str, str]]) -> None:
    bad = [(row["text"], row["sentiment"]) for row in rows if row["sentiment"] not in SENTIMENTS]
    assert not bad, f"invalid sentiment labels: {bad[:5]}"


def test_theme_labels_are_valid_and_unique(rows: list[dict[str, str]]) -> None:
    for row in rows:
        raw = row["themes"]
        themes = _themes(row)
        assert raw == ";".join(themes), f"empty theme item or stray separator: {raw!r}"
        assert all(theme in THEMES for theme in themes), f"unknown theme in {raw!r}"
        assert len(themes) == len(set(themes)), f"repeated theme in {raw!r}"


def test_neutral_rows_have_no_themes(rows: list[dict[str, str]]) -> None:
    # Labelling guide: requests and plain statements do not evaluate the agent.
    themed = [row["text"] for row in rows if row["sentiment"] == "neutral" and row["themes"]]
    assert not themed, f"neutral rows with themes: {themed[:5]}"


def test_no_duplicate_texts(rows: list[dict[str, str]]) -> None:
    counts = Counter(" ".join(row["text"].casefold().split()) for row in rows)
    duplicates = [text for text, count in counts.items() if count > 1]
    assert not duplicates, f"duplicate texts: {duplicates[:5]}"


def test_no_texts_shared_between_languages() -> None:
    texts = {
        language: {" ".join(row["text"].casefold().split()) for row in _read(language)[1]}
        for language in LANGUAGES
    }
    shared = texts["de"] & texts["en"]
    assert not shared, f"texts in both files: {sorted(shared)[:5]}"


def test_every_sentiment_class_is_large_enough(language: str, rows: list[dict[str, str]]) -> None:
    minimum = MINIMUMS[language][1]
    counts = Counter(row["sentiment"] for row in rows)
    small = {label: counts[label] for label in SENTIMENTS if counts[label] < minimum}
    assert not small, f"{language}: sentiment classes below {minimum}: {small}"


def test_every_theme_has_enough_positive_examples(
    language: str, rows: list[dict[str, str]]
) -> None:
    minimum = MINIMUMS[language][2]
    counts = Counter(
        theme for row in rows if row["sentiment"] == "positive" for theme in _themes(row)
    )
    small = {theme: counts[theme] for theme in THEMES if counts[theme] < minimum}
    assert not small, f"{language}: themes with fewer than {minimum} positive rows: {small}"


def test_positive_rows_without_theme_exist(rows: list[dict[str, str]]) -> None:
    # Plain thanks ("Danke!") must stay in the set so theme detection is tested on them too.
    positive = [row for row in rows if row["sentiment"] == "positive"]
    untagged = [row for row in positive if not row["themes"]]
    share = len(untagged) / len(positive)
    assert 0.1 <= share <= 0.35, f"share of positive rows without theme is {share:.0%}"
