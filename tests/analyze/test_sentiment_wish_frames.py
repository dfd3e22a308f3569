"""A wish frame praises nothing: "Es wäre schön, wenn man mal zurückgerufen würde" was positive
(+0.34) through "zurückgerufen" and credited reliability; "Schön wäre es, wenn man nicht 40 Minuten
warten müsste" was positive (+0.50). A frame whose condition reproaches is criticism, a polite
request is no praise, and a wish for more of what was had stays praise
(sentiment/wish_frames.py, analyze/wished.py)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es wäre schön, wenn man mal zurückgerufen würde.", "de"),
        ("Schön wäre es, wenn man nicht 40 Minuten warten müsste.", "de"),
        ("Es wäre nett, wenn mal jemand antworten würde.", "de"),
        ("Wäre schön, wenn es schneller ginge.", "de"),
        ("Es wäre schön, wenn Sie endlich freundlicher wären.", "de"),
        ("It would be great if someone could finally answer my email.", "en"),
        ("It would be nice if someone called me back.", "en"),
    ],
)
def test_a_frame_whose_condition_reproaches_is_criticism(rules, text, language):
    assert rules.score(text, language).compound < -0.1
    result = analyze_text(text)
    assert result.sentiment.compound < 0
    assert result.sentiment.label != "positive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich würde mich freuen, wenn Sie mich zurückrufen.", "de"),
        ("Es wäre schön, wenn Sie mir die Rechnung schicken.", "de"),
        ("I would appreciate it if you could call me back.", "en"),
        ("It would be great if you could send me the invoice.", "en"),
    ],
)
def test_a_polite_request_is_no_praise(rules, text, language):
    assert abs(rules.score(text, language).compound) < 0.05


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wäre schön, wenn es immer so laufen würde!", "de"),
        ("Es wäre schön, wenn alle so hilfsbereit wären wie Frau Kaya.", "de"),
        ("Frau Kaya war super nett. Es wäre schön, wenn alle so wären.", "de"),
        ("Ich würde Sie jederzeit weiterempfehlen, wenn jemand fragt.", "de"),
        ("It would be great if every call went like this!", "en"),
        ("Tom was brilliant, it would be nice if everyone was as patient as him.", "en"),
    ],
)
def test_more_of_what_was_had_stays_praise(rules, text, language):
    assert rules.score(text, language).compound > 0


@pytest.mark.parametrize(
    "text",
    [
        "Es wäre schön, wenn man mal zurückgerufen würde.",
        "Schön wäre es, wenn Sie schnell und freundlich antworten würden.",
        "Ich würde mich freuen, wenn Sie mich schnell zurückrufen.",
        "It would be nice if someone had called me back within the week.",
        "I would appreciate it if you could reply quickly.",
    ],
)
def test_the_wished_for_condition_credits_no_theme(text):
    assert analyze_text(text).themes == ()


def test_a_theme_before_the_frame_keeps_its_credit():
    result = analyze_text(
        "Frau Kaya hat mich schnell zurückgerufen, wäre schön, wenn alle so wären."
    )
    assert {hit.label for hit in result.themes} >= {"speed", "reliability"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es wäre schön, wenn es nicht immer so lange dauern würde.", "de"),
        ("Es wäre schön, wenn alle Kunden eine Antwort bekämen.", "de"),
        ("It would be nice if every customer got an answer.", "en"),
    ],
)
def test_a_bare_all_or_a_negated_always_is_no_more_of_the_same(rules, text, language):
    assert rules.score(text, language).compound <= 0
