"""Optional scorer: a local Hugging Face ``transformers`` text-classification model.

``transformers`` (and ``torch``) are not installed by default; they are imported when a
``TransformersScorer`` is built, with a clear error if missing. The model is loaded from a local
directory only (``FEEDBACK_SENTIMENT_MODEL`` or the ``model_path`` argument); nothing is
downloaded. The model's labels are mapped onto ours by name ("positive", "POS", "LABEL_2", "5 stars"
...), and the compound is P(positive) - P(negative), in [-1, 1].
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from feedback.analyze.sentiment.base import label_for
from feedback.analyze.types import Evidence, Sentiment

MODEL_ENV = "FEEDBACK_SENTIMENT_MODEL"
_POSITIVE = re.compile(r"pos|good|joy|happy|4 star|5 star", re.IGNORECASE)
_NEGATIVE = re.compile(r"neg|bad|anger|sad|1 star|2 star", re.IGNORECASE)
_NEUTRAL = re.compile(r"neu|3 star|none|other", re.IGNORECASE)


class MissingDependencyError(ImportError):
    """``transformers`` is needed for this scorer but not installed."""


def polarity_of(label: str, index: int, n_labels: int) -> int:
    """+1, 0 or -1 for a model label; ``LABEL_i`` falls back to its index (first = negative,
    last = positive, a middle one of three = neutral)."""
    if _NEGATIVE.search(label):
        return -1
    if _POSITIVE.search(label):
        return 1
    if _NEUTRAL.search(label):
        return 0
    if n_labels >= 2 and index == 0:
        return -1
    if n_labels >= 2 and index == n_labels - 1:
        return 1
    return 0


class TransformersScorer:
    """Sentiment from a local text-classification model; ``language`` is passed nowhere (use a
    multilingual model for German and English)."""

    def __init__(self, model_path: str | Path | None = None, max_length: int = 256) -> None:
        path = model_path or os.environ.get(MODEL_ENV, "")
        if not path:
            raise ValueError(f"give model_path or set {MODEL_ENV} to a local model directory")
        self.path = Path(path)
        if not self.path.is_dir():
            raise FileNotFoundError(f"sentiment model directory not found: {self.path}")
        try:
            from transformers import pipeline
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingDependencyError(
                "TransformersScorer needs the optional packages 'transformers' and 'torch' "
                "(pip install transformers torch)"
            ) from exc
        self._pipe: Any = pipeline(
            "text-classification", model=str(self.path), tokenizer=str(self.path), top_k=None
        )
        config = self._pipe.model.config
        labels: dict[int, str] = {int(k): str(v) for k, v in (config.id2label or {}).items()}
        self._polarity = {
            name: polarity_of(name, index, len(labels)) for index, name in labels.items()
        }
        self.max_length = max_length
        digest = hashlib.sha256(str(sorted(labels.items())).encode())
        config_file = self.path / "config.json"
        if config_file.exists():
            digest.update(config_file.read_bytes())
        self._name = f"hf-{self.path.name}-{digest.hexdigest()[:8]}"

    @property
    def name(self) -> str:
        """ "hf-" + model directory name + 8 hex digits over its config."""
        return self._name

    def score(self, text: str, language: str, tokens: Sequence[str] | None = None) -> Sentiment:
        """Sentiment from the model's class probabilities (``tokens`` are not needed)."""
        if not text.strip():
            return Sentiment(0.0, "neutral")
        out = self._pipe(text, truncation=True, max_length=self.max_length)
        rows: list[dict[str, Any]] = out[0] if out and isinstance(out[0], list) else out
        positive = sum(float(r["score"]) for r in rows if self._polarity.get(r["label"], 0) > 0)
        negative = sum(float(r["score"]) for r in rows if self._polarity.get(r["label"], 0) < 0)
        compound = max(-1.0, min(1.0, positive - negative))
        # The model's probabilities play the role of valence masses for "mixed" (scaled to the
        # rule scorer's units: a confident 0.9 on both sides would be needed, which is rare).
        label = label_for(compound, positive * 4, negative * 4)
        best = max(rows, key=lambda r: float(r["score"]))
        evidence = (Evidence(f"model:{best['label']}", round(compound, 4)),)
        return Sentiment(round(compound, 4), label, evidence)
