"""Thanks told as the loss that did not happen ("Without your help I would have been lost",
"Ohne Herrn Wagner wäre ich verzweifelt") read as complaints: every mood word in them is a loss.
And "never … such" compares, it does not negate: "I have never had such great service" read
as a complaint (sentiment/counterfactual.py, sentiment/passes.py)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Without your help I would have been completely lost.", "Without your help"),
        ("Without Sarah I'd still be stuck on hold.", "Without Sarah"),
        ("Ohne Herrn Wagner wäre ich verzweifelt.", "Ohne Herrn Wagner"),
        ("Ohne Ihre Hilfe wäre ich aufgeschmissen gewesen.", "Ohne Ihre Hilfe"),
        ("Ich wäre ohne Sie verloren gewesen.", "ohne Sie"),
    ],
)
def test_the_loss_without_someone_is_thanks(text, named):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "positive"
    assert sentiment.compound > 0.3
    texts = [e.text for e in sentiment.evidence]
    assert named in texts  # the evidence names the helper, not the loss
    assert not any(e.weight < 0 for e in sentiment.evidence if e.text in ("lost", "verzweifelt"))


@pytest.mark.parametrize(
    "text",
    [
        "Without a reply I would have cancelled.",  # nobody who helped is named
        "Ohne Termin wäre ich nicht gekommen.",
        "Without your help I was lost.",  # no conditional: it happened
    ],
)
def test_without_no_helper_or_no_conditional_is_no_thanks(rules, text):
    language = "de" if text.startswith("Ohne") else "en"
    evidence = rules.score(text, language).evidence
    assert not any(
        e.text.lower().startswith(("without", "ohne")) and e.weight > 0 for e in evidence
    )


def test_a_complaint_after_but_stays_a_complaint(rules):
    text = "Without your help I would have been lost, but the app is still broken."
    sentiment = rules.score(text, "en")
    weights = {e.text: e.weight for e in sentiment.evidence}
    assert weights["still broken"] < 0
    assert weights["Without your help"] > 0
    assert analyze_text(text).sentiment.label == "mixed"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I have never had such great service.", "positive"),
        ("Never had this good service anywhere.", "positive"),
        ("Never had such bad service. Cancelled.", "negative"),
        ("I have never been so disappointed.", "negative"),
        ("Ich wurde noch nie so freundlich behandelt.", "positive"),
        # The "nie" at the clause's end: German word order puts it there.
        ("So einen netten Kundendienst hatte ich noch nie!", "positive"),
        ("So gut beraten wurde ich noch nie.", "positive"),
        ("So einen schlechten Service hatte ich noch nie.", "negative"),
        ("Einen netten Kundendienst hatte ich noch nie.", "negative"),
    ],
)
def test_never_such_compares_and_does_not_negate(text, label):
    assert analyze_text(text).sentiment.label == label


@pytest.mark.parametrize(
    "text",
    [
        "I was worried I would lose my data, but Kevin recovered everything.",
        "Ich hatte Angst, dass mein Vertrag gekündigt wird, aber Frau Nowak hat das verhindert.",
        "Die letzten drei Mitarbeiter konnten mir nicht helfen, erst Herr Demir hat es geschafft.",
    ],
)
def test_a_rescue_after_the_fear_is_not_a_complaint(text):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label != "negative"
    assert sentiment.compound > 0


@pytest.mark.parametrize(
    "text",
    [
        "Tom was so patient with my dad, who is not good with computers.",
        "Frau Weber war so geduldig mit meiner Mutter, die sich mit Computern nicht gut auskennt.",
    ],
)
def test_describing_the_customer_is_no_complaint(text):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "positive"
    assert "not good" not in [e.text for e in sentiment.evidence]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es gibt keinen besseren Kundenservice.", "positive"),
        ("Ich kenne keinen schnelleren Support.", "positive"),
        ("No friendlier team anywhere!", "positive"),
        ("There is no better customer service anywhere.", "positive"),
        # the plain adjective after "kein", and "no better than", stay complaints
        ("Kein freundlicher Mitarbeiter weit und breit.", "negative"),
        ("No friendly agent in sight.", "negative"),
        ("The new agent was no better than the last one.", "negative"),
    ],
)
def test_no_better_service_is_the_superlative(text, label):
    # "Es gibt keinen besseren Kundenservice" was a complaint: "kein" negated "besseren"
    assert analyze_text(text).sentiment.label == label
