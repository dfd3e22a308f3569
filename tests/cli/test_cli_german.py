"""Typer's own texts (usage line, --help line, headings, errors) follow FEEDBACK_LANG.

Each case runs ``python -m feedback`` in a new process: the help language is fixed at import.
The shell's LANGUAGE/LC_ALL/LANG say the other language, to show they do not decide.
"""

from __future__ import annotations

import os
import string
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
import typer
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from feedback.cli import app
from feedback.cli.builtin_texts import DOMAIN, LOCALE_DIR
from feedback.cli.localized_typer import Command, Group

ROOT = Path(__file__).resolve().parents[2]
CATALOG = LOCALE_DIR / "de" / "LC_MESSAGES" / DOMAIN
REBUILD = ".venv/bin/pybabel compile -D feedback_cli -d feedback/cli/locale"
SHELL = {
    "de": {"LANGUAGE": "en", "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"},
    "en": {"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"},
}
ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message and exit.")
ENGLISH_ERRORS = ("Usage:", "Try '", "Error:", "[OPTIONS]")


def _run(lang: str, *args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **SHELL[lang], "FEEDBACK_LANG": lang}
    command = ["-c", code] if code else ["-m", "feedback", *args]
    return subprocess.run(
        [sys.executable, *command],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_every_group_and_command_prints_typers_texts_through_the_catalog():
    def walk(command: object) -> list[object]:
        below = getattr(command, "commands", {}).values()
        return [command, *(found for sub in below for found in walk(sub))]

    everything = walk(typer.main.get_command(app))
    assert len(everything) > 20
    assert [c for c in everything if not isinstance(c, Command | Group)] == []


@pytest.mark.parametrize(
    ("args", "german"),
    [
        ((), ["Aufruf: python -m feedback [OPTIONEN] BEFEHL [ARGUMENTE]...", "Befehle:"]),
        (("add",), ["Argumente:", "[erforderlich]", "[Standard: email]"]),
        (("users", "add"), ["Aufruf: python -m feedback users add [OPTIONEN]", "Argumente:"]),
    ],
)
def test_german_help_is_german_throughout(args: tuple[str, ...], german: list[str]):
    shown = _run("de", *args, "--help")
    assert shown.returncode == 0, shown.stderr
    for text in [*german, "Aufruf: ", "Optionen:", "--help  ", "Diese Hilfe zeigen und beenden."]:
        assert text in shown.stdout
    for text in [*ENGLISH, "[OPTIONS]", "[default:", "required]"]:
        assert text not in shown.stdout


def test_english_help_stays_english():
    shown = _run("en", "add", "--help")
    assert shown.returncode == 0, shown.stderr
    for text in ["Usage: python -m feedback add [OPTIONS]", *ENGLISH[1:3], ENGLISH[4]]:
        assert text in shown.stdout
    assert "[required]" in shown.stdout
    for text in ("Aufruf", "Optionen", "Argumente", "Diese Hilfe", "erforderlich"):
        assert text not in shown.stdout


@pytest.mark.parametrize(
    ("shell", "args", "heading"),
    [
        ("de", ("--lang", "en", "add", "--help"), "Usage: python -m feedback add [OPTIONS]"),
        ("de", ("--lang=en", "--help"), "Usage: python -m feedback [OPTIONS]"),
        ("en", ("--lang", "de", "add", "--help"), "Aufruf: python -m feedback add [OPTIONEN]"),
    ],
)
def test_the_typed_language_decides_the_help(shell, args, heading):
    shown = _run(shell, *args)
    assert shown.returncode == 0, shown.stderr
    assert heading in shown.stdout


@pytest.mark.parametrize(
    ("args", "command", "error"),
    [
        (("add", "--bogus"), "add", "Fehler: Unbekannte Option: --bogus"),
        (("add",), "add", "Fehler: Fehlendes Argument 'text'."),
        (("add", "Danke", "--scale", "x"), "add", "Wert für '--scale': Erwartet wird eine ganze"),
        (("import", "--batch-size", "0", "a.csv"), "import", "Der Wert muss mindestens 1 sein"),
        (("restore", "/no/such.jsonl"), "restore", "Datei '/no/such.jsonl' existiert nicht."),
        (("users", "add", "bob"), "users add", "Fehler: Fehlende Option '--role'."),
        (("ad",), "", "Fehler: Unbekannter Befehl 'ad'. Meinten Sie 'add'?"),
    ],
)
def test_german_usage_error_is_german(args: tuple[str, ...], command: str, error: str):
    failed = _run("de", *args)
    assert failed.returncode == 2
    assert error in failed.stderr
    command = f"python -m feedback {command}".rstrip()
    assert f"Aufruf: {command} [OPTIONEN]" in failed.stderr
    assert f"'{command} --help' zeigt die Hilfe." in failed.stderr
    for text in ENGLISH_ERRORS:
        assert text not in failed.stderr


def test_english_usage_error_stays_english():
    failed = _run("en", "add", "--bogus")
    assert failed.returncode == 2
    assert "Usage: python -m feedback add [OPTIONS]" in failed.stderr
    assert "Try 'python -m feedback add --help' for help." in failed.stderr
    assert "Error: No such option: --bogus" in failed.stderr
    assert "Fehler" not in failed.stderr


@pytest.mark.parametrize(("lang", "said"), [("de", "Abgebrochen!"), ("en", "Aborted!")])
def test_abort_is_said_in_the_help_language(lang: str, said: str):
    aborting = (
        "import typer\nfrom feedback.cli import app\n"
        "@app.command('stop')\ndef stop() -> None:\n    raise typer.Abort\napp(['stop'])\n"
    )
    stopped = _run(lang, code=aborting)
    assert stopped.returncode == 1
    assert stopped.stderr.strip() == said


def _messages(catalog: Catalog) -> dict[str, str]:
    return {str(m.id): str(m.string) for m in catalog if m.id}


def test_committed_mo_is_the_compiled_po():
    with CATALOG.with_suffix(".po").open("rb") as po:
        source = read_po(po)
    fresh = BytesIO()
    write_mo(fresh, source)
    fresh.seek(0)
    with CATALOG.with_suffix(".mo").open("rb") as mo:
        committed = read_mo(mo)
    assert _messages(committed) == _messages(read_mo(fresh)), f"rebuild the .mo: {REBUILD}"


def test_every_text_is_translated_with_known_fields():
    with CATALOG.with_suffix(".po").open("rb") as po:
        source = read_po(po)
    fields = string.Formatter()
    for msgid, msgstr in _messages(source).items():
        assert msgstr, f"no German for {msgid!r}"
        known = {f for _t, f, _s, _c in fields.parse(msgid) if f is not None}
        assert {f for _t, f, _s, _c in fields.parse(msgstr) if f is not None} <= known, msgid
    assert not [m.id for m in source if m.fuzzy and m.id], "fuzzy entries are not compiled"


@pytest.mark.parametrize(
    ("lang", "words"), [("de", "zu dem die Person gehört"), ("en", "the agent belongs to")]
)
def test_agent_add_help_says_the_team_is_the_agents_own(lang: str, words: str):
    # it read "Name des gelobten Teams (wenn keine einzelne Person gelobt wird)", the help of
    # 'add', which praises a team; here the team is where the agent belongs
    shown = _run(lang, "agent-add", "--help")
    assert shown.returncode == 0
    team_help = " ".join(shown.stdout.split("--team")[1].split("--consent")[0].split())
    assert words in team_help
    assert "gelobt" not in team_help
    assert "praised" not in team_help
