"""The CLI on a real SQLite file: every command documented, a quote survives a restart."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from feedback.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _commands() -> dict[str, Any]:
    group = typer.main.get_command(app)
    return dict(getattr(group, "commands", {}))


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_help_text(name):
    command = _commands()[name]
    assert command.help, f"{name} has no --help text"
    assert len(command.help) > 15, f"{name} has no real --help text"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0
    assert result.output.startswith(("Usage: ", "Aufruf: "))  # help language from the env


def test_expected_commands_exist():
    expected = {
        "migrate",
        "demo",
        "add",
        "list",
        "export",
        "stats",
        "reanalyse",
        "redact-again",
        "evaluate",
        "import",
        "purge",
        "team-add",
        "agent-add",
        "consent",
        "users",
        "forget",
        "backup",
        "restore",
    }
    assert set(_commands()) == expected


def _process(db: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Run ``python -m feedback`` as a separate process: a real restart between calls."""
    env = {**os.environ, "FEEDBACK_DATABASE_URL": f"sqlite:///{db}", "FEEDBACK_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "feedback", "--lang", lang, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@dataclass
class _Outcome:
    returncode: int
    stdout: str
    stderr: str


def _cli(db: Path, *args: str, lang: str = "en") -> _Outcome:
    """Run the CLI in this process (fast); same arguments as ``python -m feedback``."""
    result = CliRunner().invoke(app, ["--lang", lang, "--db", f"sqlite:///{db}", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return _Outcome(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def db_with_agent(tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    assert _cli(db, "migrate").returncode == 0
    assert _cli(db, "team-add", "Technik-Hotline").returncode == 0
    added = _cli(
        db,
        "agent-add",
        "jonas.becker",
        "--first",
        "Jonas",
        "--last",
        "Becker",
        "--team",
        "Technik-Hotline",
        "--consent",
    )
    assert added.returncode == 0, added.stderr
    return db


def test_added_quote_survives_a_restart_and_is_listed_redacted(db_with_agent: Path):
    added = _process(
        db_with_agent,
        "add",
        "Danke Jonas! Ruf mich an: 0151 23456789",
        "--agent",
        "jonas.becker",
        "--channel",
        "chat",
        "--by",
        "jonas.becker",
    )
    assert added.returncode == 0, added.stderr
    assert "Stored quote no. 1 (status: Pending)" in added.stdout
    assert "Redacted: phone number." in added.stdout

    listed = _process(db_with_agent, "list")
    assert listed.returncode == 0
    assert "Danke Jonas!" in listed.stdout
    assert "23456789" not in listed.stdout
    # Statuses, channels and placeholders in the reader's words, as in every other view.
    assert "[phone number]" in listed.stdout
    assert "Pending" in listed.stdout
    assert "Chat" in listed.stdout
    german = _process(db_with_agent, "list", lang="de").stdout
    assert "[Telefonnummer]" in german
    assert "Wartet" in german
    assert "[PHONE]" not in german + listed.stdout


def test_the_list_names_an_agent_only_with_consent_and_else_the_team(db_with_agent: Path):
    assert (
        _cli(db_with_agent, "add", "Danke an das Team!", "--team", "Technik-Hotline").returncode
        == 0
    )
    assert _cli(db_with_agent, "add", "Danke, Jonas!", "--agent", "jonas.becker").returncode == 0
    assert (
        _cli(db_with_agent, "agent-add", "mia.k", "--first", "Mia", "--last", "Klein").returncode
        == 0
    )
    assert _cli(db_with_agent, "add", "Danke, super Hilfe!", "--agent", "mia.k").returncode == 0

    lines = _cli(db_with_agent, "list").stdout.splitlines()
    assert len(lines) == 3
    team_only, with_consent, without = sorted(lines)  # by quote number
    assert "Technik-Hotline" in team_only
    assert "Jonas" in with_consent
    assert "Mia" not in without  # no consent: no name
    assert "nan" not in " ".join(lines)


def test_the_list_masks_the_name_of_an_agent_without_consent_inside_the_text(
    db_with_agent: Path,
):
    """The text column is a view others see: an agent without consent is not named in the
    customer's words either (as on the wall and in exports); in works-council mode nobody is."""
    from feedback.store.open import open_store
    from feedback.store.settings import AppSettings, load_settings, save_settings

    added = _cli(db_with_agent, "agent-add", "zora.q", "--first", "Zora", "--last", "Quist")
    assert added.returncode == 0
    praise = "Danke, Frau Quist! Zora war super."
    assert _cli(db_with_agent, "add", praise, "--agent", "zora.q").returncode == 0
    assert (
        _cli(db_with_agent, "add", "Danke, Jonas Becker!", "--agent", "jonas.becker").returncode
        == 0
    )

    listed = _cli(db_with_agent, "list").stdout
    assert "Danke, Frau [name]! [name] war super." in listed
    assert not re.search(r"(?i)zora|quist", listed)
    assert "Danke, Jonas Becker!" in listed, "consent given: named"

    engine = open_store(f"sqlite:///{db_with_agent}")
    new = load_settings(engine).model_copy(update={"works_council_mode": True})
    save_settings(engine, AppSettings.model_validate(new.model_dump()), actor="test")
    engine.dispose()
    in_the_mode = _cli(db_with_agent, "list").stdout
    assert not re.search(r"(?i)zora|quist|jonas|becker", in_the_mode)
    assert "Technik-Hotline" not in in_the_mode, "a team of one is Jonas: not named either"
    _two_more_agents(db_with_agent)
    # Three people, but Zora (no team) would be every line without a team: the hotline joins
    # her among "other teams", so its name is not shown either.
    assert "Technik-Hotline" not in _cli(db_with_agent, "list").stdout


def _two_more_agents(db: Path) -> None:
    for handle in ("mia.k", "ole.m"):
        added = _cli(
            db, "agent-add", handle, "--first", "X", "--last", "Y", "--team", "Technik-Hotline"
        )
        assert added.returncode == 0, added.stderr


def test_in_the_mode_stats_count_a_team_of_one_with_the_other_small_teams(db_with_agent: Path):
    from feedback.store.open import open_store
    from feedback.store.settings import AppSettings, load_settings, save_settings

    assert _cli(db_with_agent, "add", "Super, danke!", "--agent", "jonas.becker").returncode == 0
    assert ["Technik-Hotline", "1"] in [
        line.split() for line in _cli(db_with_agent, "stats").stdout.splitlines()
    ]
    engine = open_store(f"sqlite:///{db_with_agent}")
    new = load_settings(engine).model_copy(update={"works_council_mode": True})
    save_settings(engine, AppSettings.model_validate(new.model_dump()), actor="test")
    engine.dispose()

    english = _cli(db_with_agent, "stats").stdout
    german = _cli(db_with_agent, "stats", lang="de").stdout
    assert "Technik-Hotline" not in english + german
    assert "  Other teams " in english
    assert "  Weitere Teams " in german
    _two_more_agents(db_with_agent)
    assert "Technik-Hotline" in _cli(db_with_agent, "stats").stdout


def test_rejected_quote_says_why_in_german_and_exits_nonzero(db_with_agent: Path):
    result = _cli(
        db_with_agent, "add", "   ", "--agent", "jonas.becker", "--date", "2999-01-01", lang="de"
    )
    assert result.returncode == 1
    assert "Nicht gespeichert" in result.stderr
    assert "Bitte geben Sie den Text" in result.stderr
    assert "Zukunft" in result.stderr


def test_unknown_agent_is_a_clear_error(db_with_agent: Path):
    result = _cli(db_with_agent, "add", "Danke!", "--agent", "nobody")
    assert result.returncode == 1
    assert "Unknown agent “nobody”" in result.stderr


def test_export_is_formula_safe_in_csv_and_exact_in_json(db_with_agent: Path, tmp_path: Path):
    payload = '=HYPERLINK("http://evil") danke Jonas'
    assert _cli(db_with_agent, "add", payload, "--agent", "jonas.becker").returncode == 0
    out_csv = tmp_path / "out.csv"
    assert _cli(db_with_agent, "export", "--output", str(out_csv)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows[0]["text"].startswith("'=")
    assert rows[0]["agent"] == "Jonas Becker"

    as_json = _cli(db_with_agent, "export", "--format", "json")
    assert json.loads(as_json.stdout)[0]["text"] == payload


def test_stats_counts_quotes(db_with_agent: Path):
    added = _cli(db_with_agent, "add", "Super Hilfe, danke!", "--agent", "jonas.becker")
    assert added.returncode == 0
    assert _cli(db_with_agent, "add", "Danke an alle!", "--team", "Technik-Hotline").returncode == 0
    result = _cli(db_with_agent, "stats")
    assert "Quotes in total: 2" in result.stdout
    lines = [line.split() for line in result.stdout.splitlines()]
    # In the reader's words, counted in the database
    assert ["By", "status:"] in lines
    assert ["Pending", "2"] in lines
    assert ["Technik-Hotline", "2"] in lines
    assert ["German", "2"] in lines
    german = _cli(db_with_agent, "stats", lang="de").stdout.splitlines()
    assert "Nach Kanal:" in german
    assert any(line.split() == ["Wartet", "2"] for line in german)


def test_purge_names_its_cutoff_day_as_the_reader_writes_dates(db_with_agent: Path):
    german = _cli(db_with_agent, "purge", lang="de")
    assert german.returncode == 0, german.stderr
    assert re.search(r"vor dem \d{2}\.\d{2}\.\d{4} gelöscht", german.stdout), german.stdout
    english = _cli(db_with_agent, "purge")
    assert re.search(r"before \d{1,2} [A-Z][a-z]{2} \d{4}\.", english.stdout), english.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("list", "--limit", "99999999999999999999999"), "100000"),
        (("import", "x.csv", "--batch-size", "99999999999"), "100000"),
        (("demo", "--quotes", "99999999999"), "10000000"),
    ],
)
def test_a_number_too_large_is_a_usage_error_not_a_traceback(db_with_agent: Path, args, words):
    result = _cli(db_with_agent, *args)  # Typer's texts in the shell's language: the limit
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_consent_is_said_in_words_and_changes_what_the_list_names(db_with_agent: Path):
    added = _cli(db_with_agent, "add", "Danke Jonas, super erklärt!", "--agent", "jonas.becker")
    assert added.returncode == 0, added.stderr
    withdrawn = _cli(db_with_agent, "consent", "jonas.becker", "--no", lang="de")
    assert withdrawn.returncode == 0
    assert withdrawn.stdout.strip() == (
        "jonas.becker wird auf Walls nicht mehr genannt: Einwilligung widerrufen."
    )  # not "ist jetzt: False"
    assert "Jonas" not in _cli(db_with_agent, "list").stdout.split("Danke")[0]
    given = _cli(db_with_agent, "consent", "jonas.becker", "--yes")
    assert given.stdout.strip() == "jonas.becker agreed to be named on walls: consent given."
    assert "True" not in given.stdout
    assert "Jonas" in _cli(db_with_agent, "list").stdout.split("Danke")[0]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                "Exported 1 quote to {out}.",
                "Re-analysed 1 quote with analyser",
                "Dry run: would remove 1 quote containing the text.",
                "Would blank the texts in 1 audit entry.",
                "Deleted 1 quote said before",
            ],
        ),
        (
            "de",
            [
                "1 Zitat nach {out} exportiert.",
                "1 Zitat mit Analyse",
                "Probelauf: 1 Zitat mit dem Text würde entfernt.",
                "Text in 1 Protokolleintrag würde geleert.",
                "1 Zitat von vor dem",
            ],
        ),
    ],
)
def test_one_quote_is_counted_in_the_singular(tmp_path: Path, lang, expected):
    """It said "Exported 1 quotes", "1 Zitate … exportiert", "1 audit entries"."""
    db = tmp_path / "one.db"
    assert _cli(db, "team-add", "Technik-Hotline").returncode == 0
    old = ("Danke für die Hilfe damals!", "--team", "Technik-Hotline", "--date", "2019-05-02")
    assert _cli(db, "add", *old).returncode == 0
    out = tmp_path / "one.csv"
    said = [
        _cli(db, "export", "--output", str(out), lang=lang).stdout,
        _cli(db, "reanalyse", "--all", lang=lang).stdout,
        *_cli(db, "forget", "text", "damals", "--dry-run", lang=lang).stdout.splitlines()[::2],
        _cli(db, "purge", lang=lang).stdout,
    ]
    for line, start in zip(said, expected, strict=True):
        assert line.startswith(start.format(out=out)), (line, start)
    assert _cli(db, "stats").stdout.startswith("Quotes in total: 0")


def test_stats_count_the_one_agent_without_consent_under_no_team(db_with_agent: Path):
    # Outside the mode Zora's cards name no team: "Technik-Hotline 2" minus Jonas's would be hers.
    added = _cli(
        db_with_agent, "agent-add", "zora.q", "--first", "Zora", "--last", "Quist",
        "--team", "Technik-Hotline",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    for agent in ("zora.q", "jonas.becker"):
        assert _cli(db_with_agent, "add", "Super, danke!", "--agent", agent).returncode == 0
    lines = [line.split() for line in _cli(db_with_agent, "stats").stdout.splitlines()]
    assert ["Technik-Hotline", "1"] in lines
    assert ["-", "1"] in lines
