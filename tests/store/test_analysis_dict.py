"""The stored analysis JSON is exactly what ``Analysis.to_dict`` gives, for every labelled text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from feedback.collect.pipeline import default_analyzer
from feedback.store.quotes import analysis_dict

DATA = Path(__file__).resolve().parents[1] / "data"


def test_analysis_dict_matches_to_dict_on_the_labelled_set():
    texts = [
        row["text"]
        for name in ("labelled_de.csv", "labelled_en.csv")
        for row in csv.DictReader((DATA / name).read_text(encoding="utf-8").splitlines())
    ]
    analyzer = default_analyzer()

    for text in texts:
        analysis = analyzer.analyze(text)
        assert json.dumps(analysis_dict(analysis)) == json.dumps(analysis.to_dict()), text
