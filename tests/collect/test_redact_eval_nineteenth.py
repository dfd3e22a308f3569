"""Floors of the nineteenth redaction session (docs/benchmarks.md, "Redaction"): held-out set 18
(104 cases, 52 de / 52 en; written and committed before any rule changed, read for the
baseline, names 0.946 and structured 0.920, and once at the end, 0.978 and 0.960) and
development set 19 (84 cases, 42 / 42, tuned on: names 0.932 -> 1.000, structured 0.926 ->
1.000). Never tune on held-out 18. Also the scoring of a number written in words."""

from __future__ import annotations

import pytest

from feedback.collect.redact_eval import DEFAULT_CASES, _identifying, evaluate
from tests.collect.redact_floors import assert_at_floors

# size, German cases, names, structured, words kept, capitalised kept: just below the figures
# (held-out 6, 11 and 12: structured raised, to 0.905, 0.937 and 0.967 in this session)
FLOORS19 = {
    DEFAULT_CASES.with_name("redaction_dev19_cases.jsonl"): (84, 42, 0.99, 0.99, 0.995, 0.99),
    DEFAULT_CASES.with_name("redaction_holdout18_cases.jsonl"): (104, 52, 0.97, 0.95, 0.995, 0.99),
    DEFAULT_CASES.with_name("redaction_holdout6_cases.jsonl"): (200, 100, 0.92, 0.90, 0.98, 0.985),
    DEFAULT_CASES.with_name("redaction_holdout11_cases.jsonl"): (128, 76, 0.945, 0.93, 0.99, 0.995),
    DEFAULT_CASES.with_name("redaction_holdout12_cases.jsonl"): (135, 70, 0.90, 0.96, 0.995, 0.99),
}


@pytest.mark.parametrize(
    "path", list(FLOORS19), ids=["dev19", "holdout18", "holdout6", "holdout11", "holdout12"]
)
def test_the_nineteenth_sessions_sets_stay_at_their_measured_figures(path):
    assert_at_floors(path, FLOORS19[path])


def _phone_caught(text: str, value: str) -> bool:
    case = {"id": "x", "lang": "de", "text": text, "agents": [], "keep": []}
    return evaluate([{**case, "remove": [{"kind": "phone", "value": value}]}]).structured[0]


def test_a_number_written_in_words_counts_every_word():
    assert _identifying("phone", "null eins sieben, vier drei") == [
        "null", "eins", "sieben", "vier", "drei"
    ]  # fmt: skip
    assert _identifying("phone", "0171 4432 55") == ["0171", "4432", "55"]
    said = "null eins sieben eins, vier drei zwei, acht acht null fünf"
    assert _phone_caught(f"Meine Nummer: {said}. Danke!", said)
    # too short to be read as a phone number, so it stays: before, it counted as caught
    assert not _phone_caught("Durchwahl null eins vier, danke!", "null eins vier")
