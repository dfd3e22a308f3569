"""Metrics against hand-computed values, CSV loading, the report and the CLI command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import feedback.cli.evaluate  # noqa: F401  (registers the command)
from feedback.analyze.evaluate import (
    evaluate_frame,
    load_labelled,
    parse_themes,
    sentiment_metrics,
    theme_metrics,
)
from feedback.analyze.types import Analysis, LabelHit, Sentiment, SentimentLabel
from feedback.cli.app import app


def test_sentiment_metrics_by_hand() -> None:
    gold = ["positive", "positive", "negative", "neutral", "positive"]
    pred = ["positive", "negative", "negative", "neutral", "neutral"]
    report = sentiment_metrics(gold, pred)
    assert report.accuracy == pytest.approx(3 / 5)
    # positive: P 1/1, R 1/3 -> F1 0.5; negative: P 1/2, R 1 -> 2/3; neutral: P 1/2, R 1 -> 2/3
    assert report.per_class["positive"].f1 == pytest.approx(0.5)
    assert report.per_class["negative"].f1 == pytest.approx(2 / 3)
    assert report.macro_f1 == pytest.approx((0.5 + 2 / 3 + 2 / 3) / 3)
    assert report.confusion["positive"] == {"positive": 1, "neutral": 1, "negative": 1}
    assert report.per_class["positive"].support == 3


def test_sentiment_metrics_counts_a_label_only_predicted() -> None:
    report = sentiment_metrics(["positive"], ["mixed"])
    assert set(report.per_class) == {"positive", "mixed"}
    assert report.macro_f1 == 0.0


def test_theme_metrics_by_hand() -> None:
    gold = [frozenset({"speed", "friendliness"}), frozenset(), frozenset({"speed"})]
    pred = [frozenset({"speed"}), frozenset({"patience"}), frozenset({"speed", "empathy"})]
    report = theme_metrics(gold, pred)
    # tp = 2 (speed twice), fp = 2 (patience, empathy), fn = 1 (friendliness)
    assert report.micro_precision == pytest.approx(0.5)
    assert report.micro_recall == pytest.approx(2 / 3)
    assert report.micro_f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert report.per_theme["speed"].f1 == pytest.approx(1.0)
    # macro over the four themes seen: speed 1, friendliness 0, patience 0, empathy 0
    assert report.macro_f1 == pytest.approx(0.25)


def test_parse_themes() -> None:
    assert parse_themes("speed; friendliness") == frozenset({"speed", "friendliness"})
    assert parse_themes("") == frozenset()
    assert parse_themes(float("nan")) == frozenset()


def _fake(text: str) -> Analysis:
    label: SentimentLabel = "positive" if "danke" in text.lower() else "negative"
    themes = (LabelHit("speed", 0.5),) if "schnell" in text else ()
    return Analysis("de", Sentiment(0.5 if label == "positive" else -0.5, label), themes=themes)


def write_csv(tmp_path: Path) -> Path:
    path = tmp_path / "set.csv"
    path.write_text(
        "text,language,label,themes\n"
        "Danke für die schnelle Hilfe,de,positive,speed\n"
        '"Schlecht, sehr schlecht",de,negative,\n'
        "Thanks,en,positive,\n",
        encoding="utf-8",
    )
    return path


def test_evaluate_frame_per_language(tmp_path: Path) -> None:
    frame = load_labelled(write_csv(tmp_path))
    report = evaluate_frame(frame, _fake, "both")
    assert set(report.sentiment) == {"all", "de", "en"}
    assert report.sentiment["de"].accuracy == 1.0
    assert report.sentiment["en"].accuracy == 0.0
    assert report.themes["all"].micro_f1 == 1.0
    assert report.language_accuracy["en"] == 0.0


def test_load_labelled_needs_text_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("quote,label\nx,positive\n", encoding="utf-8")
    with pytest.raises(ValueError, match="text"):
        load_labelled(path)


def test_cli_help_and_report(tmp_path: Path) -> None:
    runner = CliRunner()
    help_result = runner.invoke(app, ["evaluate", "--help"])
    assert help_result.exit_code == 0
    assert "--task" in help_result.output
    args = ["--lang", "en", "evaluate", str(write_csv(tmp_path)), "--task", "sentiment"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "SENTIMENT [all]" in result.output
    assert "THEMES" not in result.output


def test_cli_rejects_unknown_task(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", str(write_csv(tmp_path)), "--task", "x"])
    assert result.exit_code != 0
