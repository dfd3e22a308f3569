"""Agents' names are kept, customers' names are not, even when a customer shares words with
several agents: with Thomas Wolf and Sabine Müller at work, "Thomas Müller" is a customer
(an import stored "Viele Grüße, Thomas Müller" as written)."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Thomas Wolf", "Thomas", "Wolf", "Sabine Müller", "Sabine", "Müller", "Ayşe Korkmaz")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viele Grüße, Thomas Müller", "Viele Grüße, T. M."),
        ("Thomas Müller hat mir geholfen", "T. M. hat mir geholfen"),
        ("Herr Thomas Müller bedankt sich", "Herr T. M. bedankt sich"),
        ("Danke Sabine Wolf!", "Danke S. W.!"),
        ("@thomas_mueller thanks", "[HANDLE] thanks"),
    ],
)
def test_a_name_made_of_two_agents_words_is_a_customer(text, expected):
    assert redact(text, AGENTS).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Viele Grüße an Thomas Wolf",
        "Thomas Wolf hat mir geholfen",
        "Wolf Thomas hat mir geholfen",
        "Frau Müller war super",
        "Danke an Thomas und Sabine!",
        "Ayşe Hanım war so geduldig",
    ],
)
def test_an_agents_own_name_is_kept(text):
    assert redact(text, AGENTS).text == text
