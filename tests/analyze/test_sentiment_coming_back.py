"""Coming back, memories and discoveries praise; nobody answering complains: "Unvergesslicher
Aufenthalt!", "Einer meiner Favoriten", "Der letzte Teil ist augenöffnend" and "Ich habe immer
wieder angerufen, niemand ging ran" were neutral. "Immer wieder" stays a complaint cue."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Unvergesslicher Aufenthalt!",
        "Einer meiner Favoriten.",
        "Der letzte Teil ist augenöffnend.",
        "Spannend und aufschlussreich, danke Frau Berger!",
        "Wir kommen gerne wieder!",
    ],
)
def test_coming_back_and_discoveries_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe immer wieder angerufen, niemand ging ran.",
        "Keiner nimmt ab.",
        "Immer wieder das gleiche Problem.",
        "Der Fehler tritt immer wieder auf.",
    ],
)
def test_nobody_answering_and_again_and_again_complain(text):
    assert analyze_text(text).sentiment.label == "negative"
