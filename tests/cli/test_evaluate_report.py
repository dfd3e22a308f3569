"""The evaluation report speaks the reader's language: headings, columns, classes, figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import feedback.cli.evaluate  # noqa: F401  (registers the command)
from feedback.analyze.evaluate import evaluate_frame, load_labelled
from feedback.analyze.types import Analysis, LabelHit, Sentiment, SentimentLabel
from feedback.cli.app import app
from feedback.cli.evaluate_report import report_text

# What the English report says; none of it may be in the German one.
ENGLISH = ("SENTIMENT", "THEMES", "accuracy", "class", "precision", "recall", "Confusion",
           "rows", "positive", "negative", "Speed", "language", "all]", "German")  # fmt: skip


def _fake(text: str) -> Analysis:
    label: SentimentLabel = (
        "positive" if "danke" in text.lower() or "thanks" in text.lower() else "negative"
    )
    themes = (LabelHit("speed", 0.5),) if "schnell" in text else ()
    return Analysis("de", Sentiment(0.5 if label == "positive" else -0.5, label), themes=themes)


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    path = tmp_path / "set.csv"
    path.write_text(
        "text,language,label,themes\n"
        "Danke für die schnelle Hilfe,de,positive,speed\n"
        '"Schlecht, sehr schlecht",de,negative,custom_theme\n'
        "Thanks,en,unsure,\n",
        encoding="utf-8",
    )
    return path


def test_german_report_is_german_with_german_figures(labelled: Path):
    text = report_text(evaluate_frame(load_labelled(labelled), _fake), "de")
    for german in ("STIMMUNG [alle]", "STIMMUNG [Deutsch]", "STIMMUNG [Englisch]", "THEMEN [alle]",
                   "Anteil richtig=66,7\xa0%", "Spracherkennung [Englisch]: 0,0\xa0% richtig",
                   "Klasse", "Präzision", "Trefferquote", "Verwechslungsmatrix", "positiv",
                   "negativ", "Schnelligkeit", "unsure"):  # fmt: skip
        assert german in text
    assert [word for word in ENGLISH if word in text] == []


def test_english_report_is_english(labelled: Path):
    text = report_text(evaluate_frame(load_labelled(labelled), _fake), "en")
    for english in ("SENTIMENT [all]", "SENTIMENT [English]", "accuracy=66.7%", "precision",
                    "Confusion matrix", "THEMES [all]", "Speed"):  # fmt: skip
        assert english in text
    assert "Präzision" not in text
    assert "richtig" not in text


@pytest.mark.parametrize(
    ("lang", "heading"), [("de", "(Zeilen: 3, Analyse: "), ("en", "(rows: 3,")]
)
def test_cli_report_follows_lang(labelled: Path, lang: str, heading: str):
    result = CliRunner().invoke(app, ["--lang", lang, "evaluate", str(labelled)])
    assert result.exit_code == 0, result.output
    assert heading in result.output
    assert ("STIMMUNG [alle]" in result.output) == (lang == "de")
