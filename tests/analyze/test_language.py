"""Language detection on the short quotes that statistical identifiers get wrong."""

from __future__ import annotations

import pytest

from feedback.analyze.language import detect_language, word_votes
from feedback.analyze.tokens import tokenize

CASES = [
    ("Danke!!", "de"),
    ("Super, danke", "de"),
    ("Merci vielmals", "de"),
    ("Vergelt's Gott", "de"),
    ("Dankschee!", "de"),
    ("Vielen lieben Dank für Ihre Geduld", "de"),
    ("Unterirdisch.", "de"),
    ("Danke fuer die schnelle Hilfe", "de"),
    ("Thanks!", "en"),
    ("Thank you so much, Anna was amazing", "en"),
    ("Appalling.", "en"),
    ("The agent fixed my router in minutes.", "en"),
    # two-word praise: no function word, one marker word decides
    ("Hut ab!", "de"),
    ("Daumen hoch!", "de"),
    ("5 Sterne", "de"),
    ("Volle Punktzahl.", "de"),
    ("5 stars", "en"),
    ("Top notch service.", "en"),
    ("Cheers mate", "en"),
    ("Merci beaucoup pour votre aide, c'était parfait", "other"),
    ("شكرا جزيلا على المساعدة السريعة والودية! خدمة رائعة Danke!", "other"),
    ("Спасибо большое за быструю помощь, всё отлично", "other"),
    ("Muchas gracias por la ayuda, todo perfecto", "other"),
    ("Grazie mille per l'aiuto, siete stati gentilissimi", "other"),
]


@pytest.mark.parametrize(("text", "language"), CASES)
def test_detects(text: str, language: str) -> None:
    assert detect_language(text, tokenize(text)) == language


@pytest.mark.parametrize("text", ["👍👍", "❤️🙏", ":-)", "", "12345", "Top 👍"])
def test_no_language_evidence_gives_the_default(text: str) -> None:
    assert detect_language(text, tokenize(text)) == "other"
    assert detect_language(text, tokenize(text), default="de") == "de"


def test_word_votes_counts_marker_words() -> None:
    assert word_votes(["danke", "für", "the", "help"]) == (2, 2)
