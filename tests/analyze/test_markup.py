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
        ("<p>Danke &amp; Grüße</p>", " Danke &amp; Grüße "),
        ("<script>alert('xss')</script>Top", " Top"),
        ("Ganz **toll**, siehe [hier](javascript:alert(1))", "Ganz toll, siehe hier"),
        ('=HYPERLINK("http://evil.example","Klick") Danke', ' " ","Klick") Danke'),
        ("Sterne: ***** und 3 < 5 > 2", "Sterne: ***** und 3 < 5 > 2"),
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
    ],
)
def test_markup_never_reaches_the_clouds(text):
    terms = {t.term for t in analyze_text(text).terms}
    assert terms  # the words are still counted
    assert terms.isdisjoint({"https", "http", "www", "com", "://", "img", "src", "onerror"})
    assert terms.isdisjoint({"alert", "xss", "script", "hyperlink", "example", "seite"})


def test_a_word_said_many_times_in_one_quote_counts_at_most_three_times():
    terms = {t.term: t.count for t in analyze_text("Sehr freundlich! " * 20).terms}
    assert terms["freundlich"] == 3
