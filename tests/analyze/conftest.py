"""Fixtures shared by the analysis tests."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import Analyzer
from feedback.analyze.sentiment import RuleBasedScorer


@pytest.fixture(scope="session")
def rules() -> RuleBasedScorer:
    """The rules alone, without the trained model: what a rule of the lexicon or a pass does."""
    return RuleBasedScorer(models=None)


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The whole analysis as the app runs it: rules, the trained model and the themes."""
    return Analyzer()
