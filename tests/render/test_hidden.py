"""What counts as a hidden character in a typed name, and what real names keep."""

from __future__ import annotations

import pytest

from feedback.render.hidden import hidden_characters, shown_hidden


@pytest.mark.parametrize(
    "name",
    [
        "Team 👩\u200d💻",  # technologist: woman + joiner + laptop
        "Vielfalt 🏳\ufe0f\u200d🌈",  # rainbow flag: the joiner follows a variation selector
        "Familie 👨\u200d👩\u200d👧",
        "Fans 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # flag of Scotland
        "می\u200cخواهم",  # Persian: non-joiner between two letters
        "Auf\u200clage",
        "Nord",
    ],
)
def test_names_people_really_type_are_kept(name: str) -> None:
    assert not hidden_characters(name)
    assert shown_hidden(name) == name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Nord\u202eduS", "Nord\ufffdduS"),  # right-to-left override
        ("Bo\u200bb", "Bo\ufffdb"),  # zero-width space
        ("Nord\u200d", "Nord\ufffd"),  # a joiner that joins nothing
        ("\u200dNord", "\ufffdNord"),
        ("Nord \u200d Süd", "Nord \ufffd Süd"),  # a joiner between spaces hides itself
        ("Nord\u200c1", "Nord\ufffd1"),  # a non-joiner only between letters
        ("Nord\U000e0067", "Nord\ufffd"),  # a tag character not after a black flag
        ("Nord\tSüd", "Nord\ufffdSüd"),
    ],
)
def test_controls_and_stray_format_characters_are_refused(name: str, shown: str) -> None:
    assert hidden_characters(name)
    assert shown_hidden(name) == shown
