"""Links, HTML tags, Markdown and formulas are no customer's words (analyze/markup.py): their
pieces reached the word clouds ("https", "com", "onerror", "alert", "HYPERLINK")."""

from __future__ import annotations

import pytest

from feedback.analyze.markup import plain
from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danke für die Hilfe!", "Danke für die Hilfe!"),  # no markup: unchanged
        ("Siehe https://www.example.com/a?b=1 – super", "Siehe   – super"),
        ("<p>Danke &amp; Grüße</p>", " Danke & Grüße "),
        ("<script>alert('xss')</script>Top", " Top"),
        ("Ganz **toll**, siehe [hier](javascript:alert(1))", "Ganz toll, siehe hier"),
        ('=HYPERLINK("http://evil.example","Klick") Danke', ' " ","Klick") Danke'),
        ("Sterne: ***** und 3 < 5 > 2", "Sterne: ***** und 3 < 5 > 2"),
        ("@TelekomHilft danke! Mail: [EMAIL], a@b.de", "@user danke! Mail: [EMAIL], a@b.de"),
        (":red[rot] $$\\int_0^1 x$$ danke", " rot] $$ _0^1 x$$ danke"),
        ("Top :material/star: und :blue-background[toll]", "Top   und  toll]"),
        ("Termin um 10:30[?] und Frage:warum[x]", "Termin um 10:30[?] und Frage:warum[x]"),
    ],
)
def test_plain_removes_markup_and_keeps_words(text, expected):
    assert plain(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('xss')</script> Danke für die schnelle Hilfe",
        "<img src=x onerror=alert(1)> Super Service, danke!",
        'Danke Frau Meier =HYPERLINK("http://evil.example","Klick")',
        "Schaut mal: https://www.example.com/seite?x=1 – super Beratung!",
        "Super Beratung &amp; schnelle Hilfe &lt;/b&gt; danke",
        "**Fett** :red[rot] $$\\int_0^1 x$$ :material/thumb_up: danke für die Beratung",
    ],
)
def test_markup_never_reaches_the_clouds(text):
    terms = {t.term for t in analyze_text(text).terms}
    assert terms  # the words are still counted
    assert terms.isdisjoint({"https", "http", "www", "com", "://", "img", "src", "onerror"})
    assert terms.isdisjoint({"alert", "xss", "script", "hyperlink", "example", "seite"})
    assert terms.isdisjoint({"amp", "lt", "gt", ";/"})  # character references are characters
    assert terms.isdisjoint({"red", "int", "material", "thumb_up", "thumb"})  # directives, LaTeX


def test_a_word_said_many_times_in_one_quote_counts_at_most_three_times():
    terms = {t.term: t.count for t in analyze_text("Sehr freundlich! " * 20).terms}
    assert terms["freundlich"] == 3


def test_handles_are_no_words_and_no_evidence():
    analysis = analyze_text("Shoutout to @Jess_at_BT for sorting my broadband 🙌 @TelekomHilft")
    surfaces = {t.surface for t in analysis.terms}
    assert "broadband" in surfaces
    assert surfaces.isdisjoint({"Jess", "BT", "TelekomHilft", "Jess_at_BT", "user"})
    evidence = " ".join(e.text for e in analysis.sentiment.evidence)
    assert "Telekom" not in evidence
    assert "user" not in evidence


@pytest.mark.parametrize(
    "text", ["Thanks @o2 for absolutely nothing #worstservice", "Danke für überhaupt nichts."]
)
def test_sarcastic_thanks_with_a_handle_or_an_intensifier_is_a_complaint(text):
    analysis = analyze_text(text)
    assert analysis.sentiment.label == "negative"
    assert "gratitude" not in {e.label for e in analysis.emotions}
