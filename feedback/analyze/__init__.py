"""Text analysis of quotes: language, sentiment, emotions, themes and terms.

``Analyzer`` (built once, then ``analyze(text) -> Analysis``), ``analyze_text`` (a process-wide
default analyser) and ``ANALYSER_VERSION`` are loaded lazily, so importing a light submodule such as
``feedback.analyze.tokens`` does not load lexicons, taxonomy or py3langid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from feedback.analyze.types import Analysis

if TYPE_CHECKING:
    from feedback.analyze.pipeline import ANALYSER_VERSION, Analyzer, analyze_text

__all__ = ["ANALYSER_VERSION", "Analysis", "Analyzer", "analyze_text"]


def __getattr__(name: str) -> Any:
    if name in ("ANALYSER_VERSION", "Analyzer", "analyze_text"):
        from feedback.analyze import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
