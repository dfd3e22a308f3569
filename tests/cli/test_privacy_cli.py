"""``forget``, ``purge`` and the consent-following ``export`` on a real SQLite file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.cli.test_users_cli import cli


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


@pytest.mark.parametrize("lang", ["de", "en"])
def test_redact_again_reports_in_the_users_language(db: Path, lang: str):
    done = cli(db, "redact-again", lang=lang)
    assert done.code == 0, done.stderr
    expected = (
        "0 von 3 Zitaten erneut geschwärzt." if lang == "de" else "Redacted 0 of 3 quotes again."
    )
    assert expected in done.stdout
