"""A clock time, a closing bracket, a seat or a letter glued on is no emoticon: "18:30" was "18"
":3" "0" (":3" praised railway timetables), "(vor 1 Minuten):" ended in the sad face "):", and
the airline tweets' "(8am takeoff)", "seat 8D" and "->DAL" grinned ("(8", "8D", ";D")."""

from __future__ import annotations

import pytest

from feedback.analyze.tokens import tokenize_with_breaks


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("um 18:30 Uhr", ["um", "18", ":", "30", "Uhr"]),
        ("(vor 1 Minuten): ja", ["vor", "1", "Minuten", ":", "ja"]),
        ("(@user): Mit uns", ["user", ":", "Mit", "uns"]),
        ("seit (2018)", ["seit", "2018"]),
    ],
)
def test_times_and_brackets_are_no_emoticons(text: str, tokens: list[str]) -> None:
    assert tokenize_with_breaks(text) == tokens


@pytest.mark.parametrize(
    ("text", "face"),
    [("super:)", ":)"), ("Schade ):", "):"), ("Danke :3", ":3"), ("cool 8)", "8)")],
)
def test_emoticons_stay_one_token(text: str, face: str) -> None:
    assert tokenize_with_breaks(text)[-1] == face


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("at 8pm today", ["at", "8pm", "today"]),
        ("(8am takeoff)", ["8am", "takeoff"]),
        ("(8 hours)", ["8", "hours"]),
        ("seat 8D, gate D8", ["seat", "8D", ",", "gate", "D8"]),
        ("PHX->=Dallas", ["PHX", "Dallas"]),
        (
            "cool 8) lol :D :DDD great:)thanks",
            ["cool", "8)", "lol", ":D", ":DDD", "great", ":)", "thanks"],
        ),
    ],
)
def test_seats_times_and_glued_letters_are_no_emoticons(text: str, tokens: list[str]) -> None:
    assert tokenize_with_breaks(text) == tokens
