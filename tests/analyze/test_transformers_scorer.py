"""The optional transformers scorer: label mapping always; the model wiring when installed.

The wiring test builds a tiny randomly initialised BERT in tmp_path (no download) and checks that
its labels map onto ours and the compound stays in range. It is skipped unless ``transformers``
(and ``torch``) are installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from feedback.analyze.sentiment.transformers_scorer import (
    MissingDependencyError,
    TransformersScorer,
    polarity_of,
)


@pytest.mark.parametrize(
    ("label", "index", "n", "polarity"),
    [
        ("positive", 0, 3, 1),
        ("NEGATIVE", 2, 3, -1),
        ("neutral", 0, 3, 0),
        ("5 stars", 4, 5, 1),
        ("1 star", 0, 5, -1),
        ("LABEL_0", 0, 3, -1),
        ("LABEL_1", 1, 3, 0),
        ("LABEL_2", 2, 3, 1),
    ],
)
def test_polarity_of(label: str, index: int, n: int, polarity: int) -> None:
    assert polarity_of(label, index, n) == polarity


def test_needs_a_model_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FEEDBACK_SENTIMENT_MODEL", raising=False)
    with pytest.raises(ValueError, match="FEEDBACK_SENTIMENT_MODEL"):
        TransformersScorer()
    with pytest.raises(FileNotFoundError):
        TransformersScorer(tmp_path / "missing")


def test_clear_error_without_transformers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "transformers", None)  # makes the import fail
    with pytest.raises(MissingDependencyError, match="transformers"):
        TransformersScorer(tmp_path)


def _tiny_model(path: Path) -> None:
    transformers = pytest.importorskip("transformers")
    pytest.importorskip("torch")
    words = ["danke", "super", "toll", "schlecht", "nicht", "gut", "thanks", "great", "bad"]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *words]
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizer(str(path / "vocab.txt"))
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=8,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=16,
        max_position_embeddings=64,
        num_labels=3,
        id2label={0: "negative", 1: "neutral", 2: "positive"},
        label2id={"negative": 0, "neutral": 1, "positive": 2},
    )
    model = transformers.BertForSequenceClassification(config)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)


def test_tiny_model_wiring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tiny_model(tmp_path)
    scorer = TransformersScorer(tmp_path)
    assert scorer.name.startswith(f"hf-{tmp_path.name}-")
    for text in ("Danke, super Service!", "schlecht, nicht gut", "thanks", "x" * 500):
        result = scorer.score(text, "de")
        assert -1.0 <= result.compound <= 1.0
        assert result.label in ("positive", "neutral", "negative", "mixed")
        assert result.evidence[0].text.startswith("model:")
        assert result.evidence[0].text[6:] in ("negative", "neutral", "positive")
    assert scorer.score("  ", "de").label == "neutral"

    from feedback.analyze.pipeline import Analyzer

    monkeypatch.setenv("FEEDBACK_SENTIMENT_MODEL", str(tmp_path))
    analyzer = Analyzer()
    assert "+hf-" in analyzer.version
    assert -1.0 <= analyzer.analyze("Danke!").sentiment.compound <= 1.0
