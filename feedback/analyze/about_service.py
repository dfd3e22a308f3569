"""Is a sentence about a service person? A compact trained check behind the theme rules (issue 12).

The rules of ``agent_context`` read a cue's clause: "Sie haben schnell geholfen" is about a
person, "der Bus ist schnell" is not. Review sentences fool them in many small ways ("works
great", "Fast delivery, ordered on 4.4", a dish "beyond delicious"). This model reads the whole
sentence: a logistic regression over its words, negated words and word pairs (the sentiment
model's features, ``sentiment.model.features``), trained on sentences labelled by others as
about the staff or about something else (M-ABSA reviews, airline complaint tweets, GermEval's
Deutsche Bahn feedback) and on Love Wall quotes, which are about service people by purpose
(docs/data.md). A theme cue is credited only when its sentence scores at least ``THRESHOLD``,
or when its own clause names a service person ("die kompetenteste Mitarbeiterin").

The threshold is low on purpose: the model is sure about sentences on rooms, phones and
dishes, and unsure about short complaints it has not seen ("Completely clueless."); unsure
keeps the theme. Among goods (a sentence that names a product and nobody who served, or a quote
about goods) it must be surer, ``THINGS_THRESHOLD``: reviews call sellers "they" there; a
sentence that says "you"/"Sie" beside service work ("how fast you answered") may be less sure,
``SPOKEN_TO_THRESHOLD``. The model learns a demo quote's sentences one by one, as it reads them.
Inference is a dict lookup per feature; no scikit-learn at run time.
``python -m feedback.train`` builds the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import exp
from pathlib import Path

from feedback.analyze.agent_context import addressed, among_things
from feedback.analyze.sentiment.model import features, read_model_file

MODEL_PATH = Path(__file__).with_name("data") / "about_service.json.gz"
# The highest thresholds at which our own labelled sets keep their theme recall, with the check
# fitted on demo quotes cut into sentences; swept on M-ABSA train with the check fitted without
# the measured half (bench/theme_precision_absa_cv.py; docs/benchmarks.md, 2026-12-07).
THRESHOLD = 0.1
# A sentence that addresses whoever served beside service work ("It is great how fast you
# answered.", ``agent_context.addressed``) keeps the lower threshold of before.
SPOKEN_TO_THRESHOLD = 0.04
# Stricter where the sentence names goods and nobody who served, or the quote is about goods
# (``agent_context.among_things``): reviews call sellers "they" there.
THINGS_THRESHOLD = 0.35


class ServiceModel:
    """One language's weights: P(about a service person) = sigmoid(bias + sum of weights)."""

    def __init__(self, bias: float, weights: dict[str, float]) -> None:
        self.bias = bias
        self.weights = weights

    def probability(self, tokens: Sequence[str]) -> float:
        """P(about a service person) of the tokens (one sentence; clause breaks allowed)."""
        logit = self.bias
        weights = self.weights
        for feature in set(features([token for token in tokens if token])[0]):
            logit += weights.get(feature, 0.0)
        if logit < -30.0:
            return 0.0
        return 1.0 / (1.0 + exp(-logit))


class ServiceModels:
    """The models of every language in one file, and the file's digest (in the version)."""

    def __init__(self, models: dict[str, ServiceModel], digest: str) -> None:
        self.models = models
        self.digest = digest


def load_service_models(path: Path | None = None) -> ServiceModels | None:
    """The shipped file, or None when it is missing (the theme rules then decide alone)."""
    read = read_model_file(path or MODEL_PATH)
    if read is None:
        return None
    data, digest = read
    models = {
        language: ServiceModel(
            float(spec["bias"]), {k: float(v) for k, v in spec["weights"].items()}
        )
        for language, spec in data["languages"].items()
    }
    return ServiceModels(models, digest)


_SHIPPED: list[ServiceModels | None] = []


def shipped() -> ServiceModels | None:
    """The shipped models, loaded once per process."""
    if not _SHIPPED:
        _SHIPPED.append(load_service_models())
    return _SHIPPED[0]


def about_service(
    tokens: Sequence[str], language: str, goods: bool = False, spoken_to: bool = False
) -> bool:
    """True unless the model of ``language`` is sure the sentence is not about a service person
    (no model for the language, or no model file: True); ``goods``: the stricter threshold,
    ``spoken_to``: the lower one of a sentence addressed to whoever served."""
    models = shipped()
    model = models.models.get(language) if models is not None else None
    threshold = THINGS_THRESHOLD if goods else SPOKEN_TO_THRESHOLD if spoken_to else THRESHOLD
    return model is None or model.probability(tokens) >= threshold


def sentence_passes(
    tokens: Sequence[str], lo: int, hi: int, language: str, cues: frozenset[int] | set[int]
) -> bool:
    """The check of the cue's sentence ``lo``..``hi`` (exclusive) of the quote's ``tokens``
    (``cues``: positions of every theme cue), stricter among goods."""
    goods = among_things(tokens, lo, hi, language, cues)
    spoken_to = not goods and addressed(tokens, lo, hi, language, cues)
    return about_service(tokens[lo:hi], language, goods, spoken_to)
