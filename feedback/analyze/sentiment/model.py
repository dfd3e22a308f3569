"""The compact trained sentiment model: a linear model over words, word pairs and the rules' score.

Per language ("de", "en") the model file holds, for each of three classes (negative, neutral,
positive), a bias, weights of the rule engine's own features (``RULE_FEATURES``) and weights of
lower-cased words ("gut"), words in a negation scope ("¬gut", after "nicht", "kein", "not" ... up
to the next clause break) and adjacent word pairs ("platz nach"). A language's model may also
weigh each word's character n-grams (``char_grams``: "horrrible" pulls like "horrible"); they
are summed per word and show as that word in the evidence. Punctuation is never a feature, so
it never shows up as evidence. Inference is a dict lookup per feature and a softmax; no
scikit-learn at run time. ``python -m feedback train`` builds the file (feedback/train/fit.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from math import exp, sqrt
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
CHAR_SIZES = (3, 4, 5)  # lengths of the character n-grams of a word, its edges marked "<" ">"
CHAR_WEIGHT = 1.0  # one n-gram counts CHAR_WEIGHT / sqrt(all n-grams of the quote)
_WORD_CACHE = 200_000  # features whose character n-gram sums are kept; the cache starts over beyond


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


def char_grams(word: str) -> list[str]:
    """Character n-grams of a lower-cased word inside "<" and ">": "<gut>" gives "<gu", "gut",
    "ut>", "<gut", "gut>", "<gut>". They let a model hear a word it never saw whole: German
    compounds ("Zugverspätung"), inflections and misspellings ("sooo")."""
    marked = f"<{word}>"
    return [marked[i : i + n] for n in CHAR_SIZES for i in range(len(marked) - n + 1)]


def spelled(feature: str) -> str | None:
    """The word whose character n-grams count for ``feature``, or None: word pairs and negators
    have their own weights, numbers have no spelling."""
    if " " in feature:
        return None
    word = feature.lstrip(NEGATION_MARK)
    if word in NEGATORS or word.endswith("n't"):
        return None
    return word if any(ch.isalpha() for ch in word) else None


def grams_of(word: str) -> int:
    """How many n-grams ``char_grams(word)`` gives, without building them."""
    marked = len(word) + 2
    return sum(marked - n + 1 for n in CHAR_SIZES if marked >= n)


def char_scale(grams: int) -> float:
    """The value of one character n-gram in a quote that has ``grams`` of them in all: like a
    length-normalised count, so a long quote is not louder than a short one."""
    return CHAR_WEIGHT / sqrt(grams) if grams else 0.0


class LinearModel:
    """Multinomial logistic regression of one language, as plain dicts."""

    def __init__(
        self,
        bias: list[float],
        rules: dict[str, list[float]],
        weights: dict[str, list[float]],
        quiet: list[str] | None = None,
        chars: dict[str, list[float]] | None = None,
    ) -> None:
        self.bias = (bias[0], bias[1], bias[2])
        self.rules = {name: (w[0], w[1], w[2]) for name, w in rules.items()}
        self.weights = {name: (w[0], w[1], w[2]) for name, w in weights.items()}
        # Function words and pairs of them ("to", "on the"): they count, but are no evidence.
        self.quiet = frozenset(quiet or ())
        # Character n-gram weights; a word's pull is their sum, worked out once per word.
        self.chars = {name: (w[0], w[1], w[2]) for name, w in (chars or {}).items()}
        self._feature_chars: dict[str, tuple[int, float, float, float]] = {}

    def _char_info(self, feature: str) -> tuple[int, float, float, float]:
        """How many character n-grams ``feature``'s spelling has (0: none count for it) and
        their summed weights, unscaled; worked out once per feature."""
        info = self._feature_chars.get(feature)
        if info is not None:
            return info
        word = spelled(feature)
        neg = neu = pos = 0.0
        grams = 0
        if word is not None:
            grams = grams_of(word)
            chars = self.chars
            for gram in char_grams(word):
                w = chars.get(gram)
                if w is not None:
                    neg += w[0]
                    neu += w[1]
                    pos += w[2]
        info = (grams, neg, neu, pos)
        if len(self._feature_chars) >= _WORD_CACHE:
            self._feature_chars.clear()
        self._feature_chars[feature] = info
        return info

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
        infos: list[tuple[int, float, float, float]] = []
        scale = 0.0
        if self.chars:
            known = self._feature_chars  # looked up inline: most features are known
            infos = [known.get(f) or self._char_info(f) for f in feats]
            scale = char_scale(sum(info[0] for info in infos))
        for i, feat in enumerate(feats):
            w = weights.get(feat)
            if scale and infos[i][0]:
                c = infos[i]
                c0, c1, c2 = c[1] * scale, c[2] * scale, c[3] * scale
                w = (c0, c1, c2) if w is None else (w[0] + c0, w[1] + c1, w[2] + c2)
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
            spec["bias"], spec["rules"], spec["weights"], spec.get("quiet"), spec.get("chars")
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
