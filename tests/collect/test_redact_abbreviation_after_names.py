"""A dotted abbreviation right after a name ("Tel.", "Mob.", "Geb.") starts the next datum;
it is no second name word."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Herr Müller Tel. 0171 2345678 hat super geholfen", "Herr M. Tel. [PHONE] hat super"),
        ("Frau Anna-Lena Schulze Mob. 0171 2345678", "Frau A. S. Mob. [PHONE]"),
        ("Mr Smith Tel. 0207 946 0958", "Mr S. Tel. [PHONE]"),
    ],
)
def test_a_dotted_abbreviation_after_a_name_is_no_part_of_it(text: str, expected: str) -> None:
    # "Herr M. T. [PHONE]" before: "Tel" was read as a second name word
    result = redact(text)
    assert result.text.startswith(expected)
    assert redact(result.text).text == result.text
