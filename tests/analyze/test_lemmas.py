"""Lemmas come from simplemma's compressed dictionaries, never its 130 MB in-memory ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from feedback.analyze.lemmas import known, lemma

ROOT = Path(__file__).resolve().parents[2]


def test_lemmas_of_both_languages() -> None:
    assert lemma("schnelleren", "de") == "schnell"
    assert lemma("took", "en") == "take"
    assert known("Mitarbeiterin", "de")
    assert not known("Mitarbaiterin", "de")


def test_the_analysis_keeps_simplemmas_dictionaries_compressed() -> None:
    # A fresh interpreter analyses a German and an English quote and counts their cloud terms
    # (lemmas, themes, praise words, typo checks); simplemma's full dictionaries must never load.
    code = (
        "from feedback.analyze.pipeline import analyze_text\n"
        "from feedback.analyze.tokens import tokenize_with_breaks\n"
        "from feedback.analyze.words import extract_terms\n"
        "from simplemma.strategies.dictionaries.dictionary_factory import"
        " DEFAULT_DICTIONARY_FACTORY as full\n"
        "for text, lang in (('Sie haben mir super schnell geholfen, die Hotline war toll!', 'de'),"
        " ('You helped me so quickly, great job, thanks!', 'en')):\n"
        "    analyze_text(text)\n"
        "    assert extract_terms(tokenize_with_breaks(text), lang)\n"
        "print(full._get_dictionary.cache_info().currsize)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.split() == ["0"]
