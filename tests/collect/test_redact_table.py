"""Redaction, case by case: what goes, what stays (German and English)."""

from __future__ import annotations

import pytest

from feedback.collect.redact import Finding, Redaction, RedactionKind, redact
from tests.collect.kept_cases import KEPT
from tests.collect.redacted_cases import REDACTED


@pytest.mark.parametrize(
    ("text", "known", "expected"), [c[1:] for c in REDACTED], ids=[c[0] for c in REDACTED]
)
def test_personal_data_is_replaced(text: str, known: tuple[str, ...], expected: str) -> None:
    result = redact(text, known)
    assert result.text == expected
    assert redact(result.text, known).text == expected  # idempotent


@pytest.mark.parametrize(("text", "known"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_ordinary_text_and_agents_are_kept(text: str, known: tuple[str, ...]) -> None:
    assert redact(text, known) == Redaction(text, ())


def test_table_is_big_enough() -> None:
    assert len(REDACTED) + len(KEPT) >= 100
    assert len(KEPT) >= 25


KINDS = [
    ("Ruf mich an: 0151 23456789. Danke!", [RedactionKind.PHONE]),
    (
        "IBAN DE89 3704 0044 0532 0130 00, Karte 4111 1111 1111 1111",
        [RedactionKind.IBAN, RedactionKind.CARD],
    ),
    ("Ticket #4711 – Musterstraße 12", [RedactionKind.REFERENCE, RedactionKind.ADDRESS]),
    ("https://x.de/a?token=1 oder max@web.de", [RedactionKind.URL, RedactionKind.EMAIL]),
    ("Hallo Thomas, Herr Müller", [RedactionKind.NAME, RedactionKind.NAME]),
]


@pytest.mark.parametrize(("text", "kinds"), KINDS, ids=[k[0][:24] for k in KINDS])
def test_findings_name_their_kind_in_text_order(text: str, kinds: list[RedactionKind]) -> None:
    assert [f.kind for f in redact(text).findings] == kinds


def test_findings_point_at_replacements_and_keep_originals() -> None:
    text = "Hallo Thomas Becker, Tel. 0151 23456789, Mail max@web.de. LG Hans-Peter Schmidt-Weber"
    result = redact(text)

    assert result.text == "Hallo T. B., Tel. [PHONE], Mail [EMAIL]. LG H. S."
    assert result.findings == (
        Finding(RedactionKind.NAME, "Thomas Becker", "T. B.", 6, 11),
        Finding(RedactionKind.PHONE, "0151 23456789", "[PHONE]", 18, 25),
        Finding(RedactionKind.EMAIL, "max@web.de", "[EMAIL]", 32, 39),
        Finding(RedactionKind.NAME, "Hans-Peter Schmidt-Weber", "H. S.", 44, 49),
    )


def test_known_names_may_be_one_string() -> None:
    assert redact("Danke, Frau Meier", "Anna Meier").text == "Danke, Frau Meier"


def test_second_pass_catches_what_an_overlap_left() -> None:
    result = redact("Kundennr. 4711 2345678 9")
    assert "2345678" not in result.text
    for f in result.findings:
        assert result.text[f.start : f.end] == f.replacement
