"""The submit preview marks each redaction in the stored text, and escapes everything else."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.analyze.types import Analysis, LabelHit, Sentiment
from feedback.collect.redact import Finding, RedactionKind, redact
from feedback.render.highlight import analysis_html, highlighted_html, redaction_spans

_PLACEHOLDER_SPAN = re.compile(r'<span class="lw-ph" style="[^"<>]*">[^<>]*</span>')


def test_real_redactions_are_marked_with_their_kind():
    redaction = redact("Danke! Schreiben Sie an max@example.org oder 0171 2345678.", ())
    markup = highlighted_html(redaction.text, redaction.findings, "de")
    assert markup.count("<mark") == len(redaction.findings) >= 2
    assert 'title="E-Mail-Adresse"' in markup
    assert 'title="Telefonnummer"' in markup
    assert "max@example.org" not in markup


def test_spans_are_found_by_replacement_and_missing_ones_skipped():
    text = "A [EMAIL] B [PHONE]"
    findings = (
        Finding(RedactionKind.PHONE, "0171", "[PHONE]", 12, 19),
        Finding(RedactionKind.EMAIL, "a@b", "[EMAIL]", 2, 9),
        Finding(RedactionKind.IBAN, "DE12", "[IBAN]", 0, 6),  # not in the text: skipped
    )
    assert redaction_spans(text, findings) == [(2, 9, "email"), (12, 19, "phone")]


# No deadline: the first example pays for loading the Babel locale data.
@settings(deadline=None)
@given(st.text(max_size=200))
def test_text_around_the_marks_is_escaped(text):
    markup = highlighted_html(
        text + " [EMAIL]",
        (Finding(RedactionKind.EMAIL, "x", "[EMAIL]", len(text) + 1, len(text) + 8),),
        "en",
    )
    assert markup.startswith('<div class="lw-preview" dir="auto">')  # an Arabic quote runs rtl
    inner = markup.removeprefix('<div class="lw-preview" dir="auto">').removesuffix("</div>")
    # A placeholder already in the text ("[NAME]", hypothesis found it) is shown as one, in
    # its own span with an escaped label; everything else around the marks is escaped text.
    outside = _PLACEHOLDER_SPAN.sub("", inner.split("<mark", 1)[0])
    assert "<" not in outside
    assert ">" not in outside


def test_analysis_chips_show_sentiment_themes_and_emotions_escaped():
    analysis = Analysis(
        language="de",
        sentiment=Sentiment(0.83, "positive"),
        themes=(LabelHit("speed", 0.9), LabelHit("<b>own</b>", 0.5), LabelHit("patience", 0.5)),
        emotions=(LabelHit("gratitude", 0.8),),
        credited=("speed", "<b>own</b>"),
    )
    markup = analysis_html(analysis, "de", {"speed": "Schnelligkeit"})
    assert "positiv (+0,83)" in markup
    assert "Schnelligkeit" in markup
    assert "&lt;b&gt;own&lt;/b&gt;" in markup
    assert "patience" not in markup  # only complained about: not shown as a theme of the quote
    assert "Dankbarkeit" in markup
    assert "keine erkannt" not in markup
    assert "keine erkannt" in analysis_html(
        Analysis(language="de", sentiment=Sentiment(0.0, "neutral")), "de", {}
    )
    assert analysis_html(None, "de", {}) == ""
