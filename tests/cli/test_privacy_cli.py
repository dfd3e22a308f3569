"""``forget``, ``purge`` and the consent-following ``export`` on a real SQLite file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from tests.cli.test_users_cli import cli
from tests.conftest import TODAY


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Jonas Becker (consents) and Aylin Kaya (does not), three quotes."""
    path = tmp_path / "privacy.db"
    assert cli(path, "migrate").code == 0
    assert cli(path, "team-add", "Technik-Hotline").code == 0
    for handle, first, last, consent in (
        ("jonas.becker", "Jonas", "Becker", "--consent"),
        ("aylin.kaya", "Aylin", "Kaya", "--no-consent"),
    ):
        added = cli(path, "agent-add", handle, "--first", first, "--last", last, consent)
        assert added.code == 0, added.stderr
    for text, agent in (
        ("Danke Jonas und Aylin Kaya, super Hilfe!", "jonas.becker"),
        ("Aylin hat mir schnell geholfen.", "aylin.kaya"),
        ("Jonas hat die Überweisung geklärt.", "jonas.becker"),
    ):
        assert cli(path, "add", text, "--agent", agent).code == 0
    return path


def test_export_masks_the_names_of_agents_without_consent(db: Path):
    exported = cli(db, "export")
    assert exported.code == 0
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    texts = {row["id"]: row["text"] for row in rows}
    assert texts["1"] == "Danke Jonas und [NAME], super Hilfe!"
    assert texts["2"] == "[NAME] hat mir schnell geholfen."
    assert "Aylin" not in exported.stdout
    assert "Kaya" not in exported.stdout


def test_forget_agent_dry_run_then_for_real(db: Path):
    preview = cli(db, "forget", "agent", "aylin.kaya", "--dry-run")
    assert preview.code == 0, preview.stderr
    assert "Dry run: would remove 2 quotes (1 about aylin.kaya, 1 naming them)" in preview.stdout
    assert "Quote nos.: 1, 2" in preview.stdout
    # The dry run removed nothing (the list masks Aylin, who did not consent, as "[Name]").
    assert "hat mir schnell geholfen" in cli(db, "list").stdout

    done = cli(db, "forget", "agent", "aylin.kaya", lang="de")
    assert done.code == 0, done.stderr
    assert "2 Zitate entfernt (1 über aylin.kaya, 1 mit ihrem Namen)" in done.stdout
    listed = cli(db, "list").stdout
    assert "Aylin" not in listed
    assert "hat mir schnell geholfen" not in listed
    assert "Überweisung" in listed

    again = cli(db, "forget", "agent", "aylin.kaya")
    assert again.code == 1
    assert "Unknown agent “aylin.kaya”" in again.stderr


def test_forget_text(db: Path):
    assert cli(db, "forget", "text", "ab").code == 1
    done = cli(db, "forget", "text", "ÜBERWEISUNG")
    assert done.code == 0
    assert "Removed 1 quote containing the text." in done.stdout
    assert "Quote nos.: 3" in done.stdout
    assert "Überweisung" not in cli(db, "list").stdout


def test_purge_runs_through_the_service(db: Path):
    result = cli(db, "purge")
    assert result.code == 0
    assert result.stdout.startswith("Deleted 0 quotes said before ")
    assert "backup" not in result.stdout  # nothing deleted, nothing to say of backups


def test_a_purge_that_deleted_says_backups_still_hold_it(db: Path):
    old = (TODAY - dt.timedelta(days=365 * 3)).isoformat()
    added = cli(
        db, "add", "Jonas hat 2023 schon geholfen.", "--agent", "jonas.becker", "--date", old
    )
    assert added.code == 0, added.stderr
    result = cli(db, "purge", lang="de")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("1 Zitat von vor dem ")
    assert "Das Protokoll verzeichnet keine Sicherung" in result.stdout
    assert "Aufbewahrungsfrist (24 Monate)" in result.stdout


@pytest.mark.parametrize("lang", ["de", "en"])
def test_redact_again_reports_in_the_users_language(db: Path, lang: str):
    done = cli(db, "redact-again", lang=lang)
    assert done.code == 0, done.stderr
    expected = (
        "0 von 3 Zitaten erneut geschwärzt." if lang == "de" else "Redacted 0 of 3 quotes again."
    )
    assert expected in done.stdout


@pytest.mark.parametrize(
    ("lang", "none", "one", "todo"),
    [
        (
            "en",
            "The audit log records no backup made with python -m feedback backup",
            "the audit log records 1 backup, made on ",
            "Delete those files or keep them no longer than the retention period (24 months)",
        ),
        (
            "de",
            "Das Protokoll verzeichnet keine Sicherung mit python -m feedback backup",
            "Das Protokoll verzeichnet 1 Sicherung vom ",
            "Diese Dateien löschen oder nicht länger als die Aufbewahrungsfrist (24 Monate)",
        ),
    ],
)
def test_forget_says_that_earlier_backups_still_hold_the_text(
    db: Path, tmp_path: Path, lang: str, none: str, one: str, todo: str
):
    first = cli(db, "forget", "text", "Überweisung", lang=lang)
    assert first.code == 0, first.stderr
    assert none in first.stdout
    assert todo in first.stdout

    assert cli(db, "backup", "--output", str(tmp_path / "b.jsonl")).code == 0
    second = cli(db, "forget", "agent", "aylin.kaya", lang=lang)
    assert second.code == 0, second.stderr
    assert one in second.stdout
    assert todo in second.stdout
    # and the backup does hold it: the note is not a formality
    assert "schnell geholfen" in (tmp_path / "b.jsonl").read_text(encoding="utf-8")


def test_a_dry_run_or_a_request_that_found_nothing_says_nothing_of_backups(db: Path):
    for args in (("agent", "aylin.kaya", "--dry-run"), ("text", "nirgendwo")):
        said = cli(db, "forget", *args)
        assert said.code == 0, said.stderr
        assert "backup" not in said.stdout.lower(), said.stdout
