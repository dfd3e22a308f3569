"""The customer's own worry before the help is no complaint (sentiment/relief.py): "I was dreading
calling but Sam made it painless" was mixed, "Ich war total verzweifelt, bis ich mit Herrn Kaya
gesprochen habe. Danke!" mixed with an ironic "Danke"."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "I was dreading calling but Sam made it painless.",
        "I was so nervous about the call, but Tom was lovely.",
        "Ich hatte schon Angst vor dem Anruf, aber Frau Schmid hat alles geklärt.",
        "Ich war total verzweifelt, bis ich mit Herrn Kaya gesprochen habe. Danke!",
    ],
)
def test_worry_answered_by_help_is_praise(text):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "positive", sentiment
    assert all("(ironic)" not in e.text for e in sentiment.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "I was worried, but nobody called back.",
        "Ich war verzweifelt, bis heute keine Lösung.",
        # trouble that is not a feeling still complains beside the rescue
        "I was worried I had lost all my photos but Kevin recovered everything.",
    ],
)
def test_worry_without_help_or_beside_real_trouble_is_no_plain_praise(text):
    assert analyze_text(text).sentiment.label != "positive"
