"""Shapes added in the ninth redaction session (English): a title before a customer's name
stays a word, the town after a signed name stays, more family words, a lower-case first name
after a family word, a name before a bracketed note that ends the message."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

REDACTED = [
    (
        "She helped my father, Mr Hamish Grant, with his pension.",
        "She helped my father, Mr H. G., with his pension.",
    ),
    ("My mother Mrs Rukhsana Begum was helped a lot.", "My mother Mrs R. B. was helped a lot."),
    ("Account holder: Mrs Philippa Carrington, York.", "Account holder: Mrs P. C., York."),
    ("Lots of love, Auntie Bev", "Lots of love, Auntie B."),
    ("Fixed. Gerry Malone, Derry BT48 6DQ", "Fixed. G. M., Derry [ADDRESS]"),
    ("Thanks, Gerry Malone, Derry", "Thanks, G. M., Derry"),
    ("My little girl Inaya was crying.", "My little girl I. was crying."),
    ("Hi, my grandad Albert doesn't do email.", "Hi, my grandad A. doesn't do email."),
    ("So my son liam rang for me, Kyle", "So my son L. rang for me, Kyle"),
    (
        "You legend!! - Tilly (the one who lost her keys)",
        "You legend!! - T. (the one who lost her keys)",
    ),
]

KEPT = [
    "So my son will call you back, Kyle.",  # "will" is a word, not the listed "Will"
    "She helped my father, Mr H. G., with his pension.",
    "We loved the service. Chester (UK)",  # a note that is no lower-case remark
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_the_shape_is_redacted(text, expected):
    assert redact(text, ("Fiona Stewart", "Kyle Young")).text == expected
    assert redact(expected, ("Fiona Stewart", "Kyle Young")).text == expected  # idempotent


def test_a_list_of_first_names_is_no_name_and_a_town():
    assert redact("Cheers, Gary, Louise and Tom", ()).text == "Cheers, G., L. and T."


@pytest.mark.parametrize("text", KEPT)
def test_the_words_stay(text):
    assert redact(text, ("Kyle Young",)).text == text
