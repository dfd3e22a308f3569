"""German texts use one gender-fair style: neutral words where German has them ("Mitarbeitende",
"Kundschaft", "Person aus dem Team"), otherwise the colon form ("Kolleg:innen").

Mixed forms ("Kolleg/innen", "Mitarbeiter/in", "KollegInnen", "Kundinnen und Kunden",
"eine Kollegin / ein Kollege") and the generic masculine for customers fail here.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parents[1] / "feedback" / "i18n" / "de"

# What the style rules out, with an example of each.
FORBIDDEN = {
    "slash form (Kolleg/innen, Mitarbeiter/in)": re.compile(r"\w/in(nen)?\b"),
    "capital I (KollegInnen)": re.compile(r"[a-zäöü]Innen\b"),
    "pair (Kundinnen und Kunden)": re.compile(r"\w+innen (und|oder) \w+"),
    "slashed pair (eine Kollegin / ein Kollege)": re.compile(r"\w+in / (ein|eine|einen|der|des)\b"),
    "generic masculine customer (der Kunde, des Kunden)": re.compile(
        r"\b(der|des|dem|den|eines|einem) Kunden?\b"
    ),
}


def _texts() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for path in sorted(CATALOGUE.glob("*.toml")):
        for key, value in tomllib.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(value, str):
                found.append((path.name, key, value))
    return found


def test_the_catalogue_has_german_texts():
    assert len(_texts()) > 300


@pytest.mark.parametrize("rule", list(FORBIDDEN))
def test_german_texts_use_one_gender_fair_style(rule):
    pattern = FORBIDDEN[rule]
    offending = [f"{name}:{key}: {text}" for name, key, text in _texts() if pattern.search(text)]
    assert offending == [], f"{rule}:\n" + "\n".join(offending)


@pytest.mark.parametrize(
    "text",
    [
        "Kolleg/innen",
        "Mitarbeiter/in",
        "KollegInnen",
        "Kundinnen und Kunden",
        "eine Kollegin / ein Kollege",
        "der Text des Kunden",
    ],
)
def test_each_mixed_form_is_caught(text):
    assert any(pattern.search(text) for pattern in FORBIDDEN.values())


@pytest.mark.parametrize("text", ["Mitarbeitende", "Kolleg:innen", "Kundschaft", "Kundennummer"])
def test_the_chosen_style_passes(text):
    assert not any(pattern.search(text) for pattern in FORBIDDEN.values())
