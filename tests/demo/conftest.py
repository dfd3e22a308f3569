"""Shared for the demo generator tests: one 3,000-quote data set (the default size) with a
fixed end date, generated once per session; tests that need other arguments make their own."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from feedback.demo import DemoData, DemoQuote, generate_demo

END = date(2026, 11, 23)
MONTHS = 18

# Crude language markers: frequent function words and German letters.
GERMAN = re.compile(
    r"\b(und|ich|Sie|du|ihr|danke|dank|der|die|das|nicht|mit|für|ist|war|sehr|wirklich|mir"
    r"|Kundin|Kunde|Kd|hat|alles|Herr|Frau|euch|dir)\b|[äöüßÄÖÜ]",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|you|your|thanks|thank|and|my|was|is|it|I|me|with|so|for|customer|caller)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+49[ (]|\b0)\(?0?\)?\d{2,4}[ /)-]{1,2}\d{3,}")
IBAN = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b")


@pytest.fixture(scope="session")
def data() -> DemoData:
    return generate_demo(end=END, months=MONTHS)


@pytest.fixture(scope="session")
def quotes(data: DemoData) -> tuple[DemoQuote, ...]:
    return data.quotes


def share(items: Sequence[DemoQuote], pred: Callable[[DemoQuote], bool]) -> float:
    return sum(1 for q in items if pred(q)) / len(items)


def is_english(text: str) -> bool:
    return len(ENGLISH.findall(text)) > len(GERMAN.findall(text))
