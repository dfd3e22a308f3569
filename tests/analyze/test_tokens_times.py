"""A clock time or a closing bracket is no emoticon: "18:30" was "18" ":3" "0" (":3" praised
railway timetables) and "(vor 1 Minuten):" ended in the sad face "):"."""

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
