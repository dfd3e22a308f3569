"""The compact trained sentiment model: a linear model over words, word pairs and the rules' score.

Per language ("de", "en") the model file holds, for each of three classes (negative, neutral,
positive), a bias, weights of the rule engine's own features (``RULE_FEATURES``) and weights of
lower-cased words ("gut"), words in a negation scope ("¬gut", after "nicht", "kein", "not" ... up
to the next clause break) and adjacent word pairs ("platz nach"). Punctuation is never a feature,
so it never shows up as evidence. Inference is a dict lookup per feature and a softmax; no
scikit-learn at run time. ``python -m feedback train`` builds the file (feedback/train/fit.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from math import exp
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).with_name("model_de_en.json.gz")
CLASSES = ("negative", "neutral", "positive")
RULE_FEATURES = ("rule_pos", "rule_neg", "rule_mixed", "rule_pos_strong", "rule_neg_strong")
STRONG = 0.6  # a rule compound beyond ±0.6 is clear praise or complaint: its own input
NEGATION_MARK = "¬"
# A negator opens a scope that the next clause break closes ("nicht gut, aber ..." -> ¬gut).
NEGATORS = frozenset(
    {
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "nichts",
        "ohne", "not", "no", "never", "nothing", "without", "cannot", "nor",
    }
)  # fmt: skip
_BREAK_CHARS = frozenset(".,;:…–—!?")


@dataclass(frozen=True, slots=True)
class Contribution:
    """One feature's pull towards positive (> 0) or negative (< 0), in logit units."""

    text: str
    weight: float


def features(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Features of one tokenised quote and, aligned, the words each stands for (its evidence).

    ``tokens`` come from ``tokenize_with_breaks``; breaks and "!"/"?" runs end negation scope and
    word pairs but are no features themselves."""
    feats: list[str] = []
    shown: list[str] = []
    negated = False
    negator = ""
    prev = ""
    prev_shown = ""
    for token in tokens:
        if token[0] in _BREAK_CHARS:
            negated = False
            prev = ""
            continue
        low = token.lower()
        if low in NEGATORS or low.endswith("n't"):
            negated = True
            negator = token
            feats.append(low)
            shown.append(token)
        elif negated:
            feats.append(NEGATION_MARK + low)
            shown.append(f"{negator} {token}")
        else:
            feats.append(low)
            shown.append(token)
        if prev:
            feats.append(f"{prev} {low}")
            shown.append(f"{prev_shown} {token}")
        prev = low
        prev_shown = token
    return feats, shown


class LinearModel:
    """Multinomial logistic regression of one language, as plain dicts."""

    def __init__(
        self,
        bias: list[float],
        rules: dict[str, list[float]],
        weights: dict[str, list[float]],
        quiet: list[str] | None = None,
    ) -> None:
        self.bias = (bias[0], bias[1], bias[2])
        self.rules = {name: (w[0], w[1], w[2]) for name, w in rules.items()}
        self.weights = {name: (w[0], w[1], w[2]) for name, w in weights.items()}
        # Function words and pairs of them ("to", "on the"): they count, but are no evidence.
        self.quiet = frozenset(quiet or ())

    def predict(
        self, tokens: list[str], rule_values: dict[str, float]
    ) -> tuple[tuple[float, float, float], list[Contribution]]:
        """Probabilities (negative, neutral, positive), summing to 1, and the words' pulls
        (positive-minus-negative logit), strongest first."""
        neg, neu, pos = self.bias
        for name, value in rule_values.items():
            w = self.rules.get(name)
            if w is not None and value:
                neg += w[0] * value
                neu += w[1] * value
                pos += w[2] * value
        feats, shown = features(tokens)
        pulls: dict[str, float] = {}
        weights = self.weights
        quiet = self.quiet
        for i, feat in enumerate(feats):
            w = weights.get(feat)
            if w is None:
                continue
            neg += w[0]
            neu += w[1]
            pos += w[2]
            if feat in quiet:
                continue
            text = shown[i]
            pulls[text] = pulls.get(text, 0.0) + w[2] - w[0]
        top = max(neg, neu, pos)
        e_neg, e_neu, e_pos = exp(neg - top), exp(neu - top), exp(pos - top)
        total = e_neg + e_neu + e_pos
        contributions = [Contribution(t, v) for t, v in pulls.items() if v]
        contributions.sort(key=lambda c: -abs(c.weight))
        return (e_neg / total, e_neu / total, e_pos / total), contributions


class ModelSet:
    """The models of every language in one file, and the file's digest (part of the version)."""

    def __init__(self, models: dict[str, LinearModel], digest: str) -> None:
        self.models = models
        self.digest = digest


def load_models(path: Path | None = None) -> ModelSet | None:
    """The shipped model file, or None when it is missing (the rules then score alone)."""
    read = read_model_file(path or MODEL_PATH)
    if read is None:
        return None
    data, digest = read
    models: dict[str, LinearModel] = {}
    for language, spec in data["languages"].items():
        models[language] = LinearModel(
            spec["bias"], spec["rules"], spec["weights"], spec.get("quiet")
        )
    return ModelSet(models, digest)


def read_model_file(path: Path) -> tuple[dict[str, Any], str] | None:
    """A gzipped JSON model file and the SHA-256 of its bytes, or None when it is missing."""
    if not path.exists():
        return None
    raw = path.read_bytes()
    data: dict[str, Any] = json.loads(gzip.decompress(raw).decode("utf-8"))
    return data, hashlib.sha256(raw).hexdigest()


def rule_values(compound: float, mixed: bool) -> dict[str, float]:
    """The rule engine's verdict as model inputs: its compound split by sign, and "mixed"."""
    return {
        "rule_pos": compound if compound > 0 else 0.0,
        "rule_neg": -compound if compound < 0 else 0.0,
        "rule_mixed": 1.0 if mixed else 0.0,
        "rule_pos_strong": 1.0 if compound >= STRONG else 0.0,
        "rule_neg_strong": 1.0 if compound <= -STRONG else 0.0,
    }
