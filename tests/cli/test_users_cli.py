"""``python -m feedback users ...`` on a real SQLite file: passwords shown once or read from
standard input, clear refusals in both languages, never a traceback or a hash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from feedback.cli import app
from feedback.store.db import make_engine
from feedback.store.users import SignIn, find_user, sign_in


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def cli(db: Path, *args: str, lang: str = "en", stdin: str | None = None) -> Outcome:
    result = CliRunner().invoke(
        app, ["--lang", lang, "--db", f"sqlite:///{db}", *args], input=stdin
    )
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Outcome(result.exit_code, result.stdout, result.stderr)


def _group(group: str) -> Any:
    return typer.main.get_command(app).commands[group]  # type: ignore[attr-defined]


def _subcommands(group: str) -> list[str]:
    return sorted(_group(group).commands)


@pytest.mark.parametrize(
    ("group", "name"),
    [(g, n) for g in ("users", "forget") for n in _subcommands(g)],
)
def test_every_subcommand_has_help_text(group: str, name: str):
    assert len(_group(group).commands[name].help or "") > 15
    result = CliRunner().invoke(app, [group, name, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(("Usage: ", "Aufruf: "))  # help language from the env


def test_users_has_the_expected_subcommands():
    assert _subcommands("users") == ["add", "list", "remove", "reset-password", "set-role"]
    assert _subcommands("forget") == ["agent", "text"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "users.db"
    assert cli(path, "migrate").code == 0
    assert cli(path, "team-add", "Technik-Hotline").code == 0
    assert cli(path, "agent-add", "jonas.becker", "--first", "Jonas").code == 0
    return path


def _signs_in(db: Path, username: str, password: str) -> bool:
    engine = make_engine(f"sqlite:///{db}")
    try:
        now = dt.datetime.now(dt.UTC)
        return sign_in(engine, username, password, now=now).outcome is SignIn.OK
    finally:
        engine.dispose()


def _account(db: Path, username: str):
    engine = make_engine(f"sqlite:///{db}")
    try:
        return find_user(engine, username)
    finally:
        engine.dispose()


def test_add_without_a_password_prints_a_generated_one_once(db: Path):
    added = cli(db, "users", "add", "Root", "--role", "admin")
    assert added.code == 0, added.stderr
    assert "Account root created with role admin." in added.stdout
    (line,) = [ln for ln in added.stdout.splitlines() if "shown only now" in ln]
    password = line.rsplit(": ", 1)[1]
    assert len(password) >= 16
    assert _signs_in(db, "root", password)
    listed = cli(db, "users", "list")
    assert password not in listed.stdout
    assert "$2b$" not in listed.stdout


def test_add_with_password_stdin_reads_the_first_line(db: Path):
    added = cli(
        db,
        "users",
        "add",
        "jonas",
        "--role",
        "agent",
        "--agent",
        "jonas.becker",
        "--email",
        "Jonas@Example.com",
        "--password-stdin",
        stdin=" spaces kept 123 \nsecond line\n",
    )
    assert added.code == 0, added.stderr
    assert "shown only now" not in added.stdout
    assert _signs_in(db, "jonas", " spaces kept 123 ")
    listed = cli(db, "users", "list").stdout.splitlines()
    assert listed[0].split() == ["Username", "Role", "Teams", "Agent", "E-mail", "Password"]
    assert listed[1].split() == ["jonas", "agent", "-", "jonas.becker", "jonas@example.com", "yes"]


@pytest.mark.parametrize(
    ("args", "stdin", "lang", "message"),
    [
        (["users", "add", "x y", "--role", "agent"], None, "en", "is not a valid username"),
        (["users", "add", "kim", "--role", "boss"], None, "en", "“boss” is not one of"),
        (["users", "add", "kim", "--role", "lead"], None, "de", "mindestens ein Team"),
        (
            ["users", "add", "kim", "--role", "lead", "--team", "Nirgendwo"],
            None,
            "de",
            "Unbekanntes Team „Nirgendwo“",
        ),
        (["users", "add", "kim", "--role", "agent", "--agent", "nobody"], None, "en", "nobody"),
        (["users", "add", "kim", "--role", "agent", "--password-stdin"], "kurz\n", "de", "zu kurz"),
        (["users", "add", "kim", "--role", "agent", "--password-stdin"], "", "en", "No password"),
        (["users", "set-role", "ghost", "agent"], None, "en", "There is no account “ghost”"),
        (["users", "remove", "ghost"], None, "de", "Es gibt kein Konto „ghost“"),
    ],
)
def test_refusals_are_clear_and_exit_nonzero(
    db: Path, args: list[str], stdin: str | None, lang: str, message: str
):
    result = cli(db, *args, lang=lang, stdin=stdin)
    assert result.code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert cli(db, "users", "list").stdout.strip() == "There are no accounts yet."


def test_a_taken_username_is_refused(db: Path):
    assert cli(db, "users", "add", "kim", "--role", "agent").code == 0
    again = cli(db, "users", "add", "KIM", "--role", "manager", lang="de")
    assert again.code == 1
    assert "Den Benutzernamen „kim“ gibt es bereits." in again.stderr


def test_set_role_reset_and_remove_keep_the_last_admin(db: Path):
    assert cli(db, "users", "add", "root", "--role", "admin").code == 0
    assert cli(db, "users", "add", "kim", "--role", "agent").code == 0

    lead = cli(db, "users", "set-role", "kim", "lead", "--team", "technik-hotline")
    assert lead.code == 0, lead.stderr
    assert "kim now has the role lead (team lead)." in lead.stdout
    assert "Technik-Hotline" in cli(db, "users", "list").stdout

    for refused in (["users", "remove", "root"], ["users", "set-role", "root", "manager"]):
        result = cli(db, *refused)
        assert result.code == 1
        assert "“root” is the last admin" in result.stderr
    assert _account(db, "root").role.value == "admin"

    reset = cli(db, "users", "reset-password", "kim")
    assert reset.code == 0
    password = reset.stdout.strip().splitlines()[-1].rsplit(": ", 1)[1]
    assert _signs_in(db, "kim", password)

    assert cli(db, "users", "set-role", "kim", "admin").code == 0
    removed = cli(db, "users", "remove", "root")
    assert removed.code == 0
    assert "Account root removed." in removed.stdout
    assert _account(db, "root") is None
