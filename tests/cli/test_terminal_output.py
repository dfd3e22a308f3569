"""Typed names and values reach the terminal with their control characters escaped.

A team name like "\\x1b[2J" would clear the screen, "\\x1b]8;;…\\x07" plant a hidden link and
"\\r" overwrite the line when printed as it is (CliRunner does not strip them as a pipe might).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from feedback.cli import app

HOSTILE = "\x1b]8;;https://evil.example\x07x\x1b]8;;\x07\x1b[2J\r\x9b\u202e"


def _run(db: Path, *args: str, lang: str = "en") -> str:
    result = CliRunner().invoke(app, ["--lang", lang, "--db", f"sqlite:///{db}", *args])
    return result.output


@pytest.mark.parametrize(
    "args",
    [
        ("agent-add", "x.y", "--first", "X", "--team", HOSTILE),  # "Unknown team: …"
        ("consent", HOSTILE, "--yes"),  # "Unknown agent handle: …"
        ("add", "Danke!", "--agent", HOSTILE),  # "Unknown agent “…”"
        ("add", "Danke!", "--channel", HOSTILE),  # "Unknown channel “…”"
        ("list", "--status", HOSTILE),  # "“…” is not one of …"
        ("users", "remove", HOSTILE),  # "There is no account “…”"
        ("add", "Danke!", "--date", HOSTILE),  # "“…” is not a valid date"
        ("add", "Danke!", f"--{HOSTILE}"),  # "No such option: …"
    ],
)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_messages_escape_control_characters(tmp_path, args, lang):
    db = tmp_path / "t.db"
    _run(db, "migrate")
    output = _run(db, *args, lang=lang)
    for raw in ("\x1b", "\r", "\x9b", "\u202e"):
        assert raw not in output
    assert "\\x1b]8;;https://evil.example" in output  # shown, escaped
