"""export, backup and restore on the command line: every format, both languages, refusals."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest
from typer.testing import CliRunner

from feedback.cli import app
from feedback.store.migrate import upgrade
from feedback.store.open import open_store
from tests.export.store_data import TEXTS, seed_store

ROOT = Path(__file__).resolve().parents[2]


def _cli(db: Path, *args: str, lang: str = "en") -> tuple[int, str, str, bytes]:
    result = CliRunner().invoke(app, ["--lang", lang, "--db", f"sqlite:///{db}", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr, result.stdout_bytes


@pytest.fixture
def store(tmp_path: Path) -> Path:
    db = tmp_path / "source.db"
    engine = open_store(f"sqlite:///{db}")
    seed_store(engine)
    engine.dispose()
    return db


# (format, a check of the file)
FORMATS = [
    ("csv", lambda body: body.decode().startswith("id,said_on,channel")),
    ("csv-excel", lambda body: body.decode("utf-8-sig").startswith("Nr.;Datum;Kanal")),
    ("json", lambda body: len(json.loads(body)) == len(TEXTS)),
    ("xlsx", lambda body: openpyxl.load_workbook(io.BytesIO(body)).active.max_row == 7),
]


@pytest.mark.parametrize(("fmt", "check"), FORMATS, ids=[f for f, _ in FORMATS])
def test_export_writes_every_format(store: Path, tmp_path: Path, fmt, check):
    out = tmp_path / f"quotes.{fmt}"
    code, stdout, _, _ = _cli(
        store, "export", "--format", fmt, "--output", str(out), "--lang", "de",
        *("--status", "pending", "--status", "approved"),
    )  # fmt: skip
    assert code == 0
    assert f"Exported {len(TEXTS)} quotes to {out}" in stdout
    assert check(out.read_bytes())


def test_export_to_standard_output_keeps_texts_exact_in_json(store: Path):
    code, _, _, raw = _cli(store, "export", "--format", "json", "--status", "approved")
    assert code == 0
    texts = [row["text"] for row in json.loads(raw)]
    assert "=1+1 war schneller erledigt als gedacht; super!" in texts


def test_export_headings_follow_lang(store: Path, tmp_path: Path):
    out = tmp_path / "q.xlsx"
    assert _cli(store, "export", "--format", "xlsx", "--output", str(out), "--lang", "en")[0] == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:3] == ["No.", "Date", "Channel"]


def test_an_unknown_format_names_the_known_ones(store: Path):
    code, _, stderr, _ = _cli(store, "export", "--format", "pdf", lang="de")
    assert code == 1
    assert "„pdf“ ist nicht eines von: csv, csv-excel, xlsx, json" in stderr
    # An export stores nothing: it said "Nicht gespeichert:" above the reason.
    assert stderr.startswith("Nicht ausgeführt:\n")


def test_an_unknown_status_is_refused_as_an_unknown_format_is(store: Path):
    """``--status bogus`` exported only the header and exited 0: a typo said nothing."""
    code, stdout, stderr, _ = _cli(store, "export", "--status", "bogus", lang="de")
    listed = _cli(store, "list", "--status", "approved", "--status", "aproved")

    assert (code, stdout) == (1, "")
    assert "„bogus“ ist nicht eines von: pending, approved, rejected, archived" in stderr
    assert listed[0] == 1
    assert "“aproved” is not one of: pending, approved, rejected, archived" in listed[2]
    assert listed[2].startswith("Not done:\n")


@pytest.mark.parametrize("name", ["backup.jsonl", "backup.jsonl.gz"])
def test_backup_then_restore_into_a_new_store(store: Path, tmp_path: Path, name: str):
    backup = tmp_path / name
    code, stdout, _, _ = _cli(store, "backup", "--output", str(backup))
    assert code == 0, stdout
    assert "keep it safe" in stdout
    assert not backup.with_name(name + ".partial").exists()
    assert backup.read_bytes().startswith(b"\x1f\x8b") == name.endswith(".gz")

    target = tmp_path / "target.db"
    upgrade(open_store(f"sqlite:///{target}"))
    code, stdout, _, _ = _cli(target, "restore", str(backup), lang="de")
    assert code == 0
    assert "Zeilen in 8 Tabellen wiederhergestellt" in stdout or "wiederhergestellt" in stdout

    for lang, words in (("de", "nicht leer"), ("en", "not empty")):
        code, _, stderr, _ = _cli(target, "restore", str(backup), lang=lang)
        assert code == 1
        assert words in stderr
        assert "--replace" in stderr
    assert _cli(target, "restore", str(backup), "--replace")[0] == 0
    code, _, _, raw = _cli(target, "export", "--format", "json", "--status", "pending")
    assert len(json.loads(raw)) == len(TEXTS) - 3


def test_restore_refuses_a_file_that_is_no_backup(store: Path, tmp_path: Path):
    other = tmp_path / "quotes.csv"
    other.write_text("id,text\n1,Danke\n", encoding="utf-8")
    code, _, stderr, _ = _cli(store, "restore", str(other), lang="de")
    assert code == 1
    assert "keine Love-Wall-Sicherung" in stderr


@pytest.mark.parametrize(("lang", "words"), [("de", "Passwort-Hashes"), ("en", "password hashes")])
def test_backup_help_warns_in_both_languages(lang: str, words: str):
    env = {**os.environ, "FEEDBACK_LANG": lang}
    shown = subprocess.run(
        [sys.executable, "-m", "feedback", "backup", "--help"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert words in " ".join(shown.stdout.split())
