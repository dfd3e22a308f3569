"""The moderation evidence bars: escaped words, bar lengths relative to the strongest word."""

from __future__ import annotations

import re

from feedback.insights.moderation import EvidenceItem
from feedback.render.evidence import evidence_html


def test_words_are_escaped_and_signed_in_the_locale():
    html = evidence_html([EvidenceItem("<b>toll</b>", 0.5), EvidenceItem("leider", -0.25)], "de")
    assert "&lt;b&gt;toll&lt;/b&gt;" in html
    assert "<b>" not in html
    assert "+0,50" in html
    assert "-0,25" in html  # the minus sign of every other score (ASCII), not U+2212
    assert "+0.50" in evidence_html([EvidenceItem("great", 0.5)], "en")


def test_bars_are_as_long_as_the_weight_relative_to_the_strongest():
    html = evidence_html([EvidenceItem("super", 0.8), EvidenceItem("gut", 0.2)], "en")
    widths = [int(w) for w in re.findall(r"width:(\d+)%", html)]
    assert widths == [100, 25]


def test_lift_and_lower_have_different_colours():
    html = evidence_html([EvidenceItem("super", 0.8), EvidenceItem("nie", -0.8)], "en")
    assert "#2e7d32" in html
    assert "#c62828" in html


def test_nothing_to_show():
    assert evidence_html([], "de") == '<div data-testid="lw-evidence"></div>'


def test_every_score_writes_its_minus_sign_the_same_way():
    # The submit preview wrote "-0,85", the evidence "−0,16" (U+2212): one sign everywhere.
    from feedback.i18n import format_signed
    from feedback.insights.moderation import _score

    evidence = evidence_html([EvidenceItem("langsam", -0.16)], "de")
    assert "-0,16" in evidence
    assert "\u2212" not in evidence
    assert _score(-0.16, "de") == format_signed(-0.16, "de") == "-0,16"
    assert format_signed(0.6, "en") == "+0.60"


def test_a_long_word_takes_at_most_three_lines_and_shows_whole_on_hover():
    # Found by the browser walk: a quote edited to "Ünglaublich" * 30 put a label one or two
    # letters wide on 17 lines beside its bar on a phone.
    word = '"<Ünglaublich>"' * 30
    html = evidence_html([EvidenceItem(word, 0.2)], "de")
    label = re.search(r'<span title="([^"]*)" style="([^"]*)">', html)
    assert label is not None
    assert label.group(1) == word.replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    assert "-webkit-line-clamp:3" in label.group(2)
    assert "overflow:hidden" in label.group(2)
