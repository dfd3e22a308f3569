"""Shapes added in the thirty-fifth redaction session (the misses held-out sets 33 and 34 and
the brief quoted, so not unseen): Austrian plates after a vehicle word or "Kennzeichen" ("W-123
AB", "G 456 XY", "L-12345 A"), a Dublin district with the quarter before it, after the street
("…, Sandymount, Dublin 4, D04 X2Y3"), and a town that is a listed first name after a closing's
"from" ("love from london x": kept, was "L."). With their look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Ben Carter", "Kai Busch")

REDACTED = [
    (
        "Das Kennzeichen unseres Wagens ist W-123 AB, falls die Werkstatt das braucht.",
        "Das Kennzeichen unseres Wagens ist [ID], falls die Werkstatt das braucht.",
    ),
    ("Danke Kai! Unser Auto: G 456 XY", "Danke Kai! Unser Auto: [ID]"),
    (
        "Danke Kai, mein Wagen L-12345 A ist wieder heil",
        "Danke Kai, mein Wagen [ID] ist wieder heil",
    ),
    (
        "Thanks Ben. Send it to 12 Strand Road, Sandymount, Dublin 4, D04 X2Y3.",
        "Thanks Ben. Send it to [ADDRESS].",
    ),
    (
        "Thanks Ben.\n14 Griffith Avenue, Drumcondra, Dublin 9, D09 K2W7\nTel: 087 123 4567",
        "Thanks Ben.\n[ADDRESS]\nTel: [PHONE]",
    ),
    # a name that is no town still goes after "love from"
    ("thanks Ben. love from Sarah x", "thanks Ben. love from S. x"),
    ("thanks Ben. love from florence x", "thanks Ben. love from F. x"),
    # a listed town name as a person's first name with a surname
    ("Thanks Ben.\nKind regards,\nLondon Smith", "Thanks Ben.\nKind regards,\nL. S."),
]

KEPT = [
    "Danke Kai, das Modell G 456 XY ist top",  # no vehicle
    "Das Kennzeichen ist egal, Größe L 32 XL passt, danke Kai",  # a size, two digits
    "Unfall auf der A 40 bei Essen, danke Kai",
    "Thanks Ben, our shop at Sandymount, Dublin 4 is lovely",  # no street before
    "thanks Ben, love from london x",
    "Thanks Ben! Best wishes from York!",
    "Thanks Ben. Love from London",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyfifth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtyfifth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
