"""A store that cannot be opened and a file that cannot be written: one line in the reader's
language and a non-zero exit, never a traceback or the driver's English text."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from feedback.cli import app
from feedback.cli.failures import store_failure
from feedback.store.open import open_store

ROOT = Path(__file__).resolve().parents[2]
RAW = ("Traceback", "Error:", "Errno", "sqlalche.me", "OperationalError", "ArgumentError")


def _cli(*args: str, lang: str = "en", db: str | None = None) -> tuple[int, str, str]:
    head = ["--lang", lang] + (["--db", db] if db else [])
    result = CliRunner().invoke(app, [*head, *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback for the user
    return result.exit_code, result.stdout, result.stderr


def _free_port() -> int:
    with socket.socket() as probe:  # bound, then closed: nothing listens there afterwards
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _one_clear_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert not any(raw in stderr for raw in RAW), stderr
    return lines[0]


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    open_store(url).dispose()
    return url


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_server_where_nothing_listens_is_named_with_its_password_hidden(lang):
    url = f"postgresql+psycopg://postgres:geheim@127.0.0.1:{_free_port()}/lovewall"
    code, stdout, stderr = _cli("stats", lang=lang, db=url)
    line = _one_clear_line(stderr)
    assert code == 2
    assert stdout == ""
    assert "geheim" not in line
    assert "postgres:***@127.0.0.1" in line
    word = {"de": "nicht erreichbar", "en": "Cannot reach"}[lang]
    assert word in line


def test_the_real_process_prints_one_line_and_no_traceback():
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/lovewall"
    done = subprocess.run(
        [sys.executable, "-m", "feedback", "--db", url, "migrate"],
        cwd=ROOT,
        env={**os.environ, "FEEDBACK_LANG": "de"},  # no --lang: the environment decides
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "Datenbankserver" in _one_clear_line(done.stderr)


@pytest.mark.parametrize(
    ("url", "de", "en"),
    [
        ("no url at all", "Die Datenbank-URL ist ungültig", "The database URL is not valid"),
        ("mysql://someone@127.0.0.1/db", "Unterstützt werden", "it works with sqlite"),
        ("oracle+nothing://x@y/z", "Unterstützt werden", "it works with sqlite"),
    ],
)
def test_a_url_love_wall_cannot_use_says_so(url, de, en):
    for lang, expected in (("de", de), ("en", en)):
        code, _, stderr = _cli("list", lang=lang, db=url)
        assert code == 2
        assert expected in _one_clear_line(stderr)


def test_sqlite_paths_that_cannot_be_a_store(tmp_path: Path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("no database\n" * 200)
    cases = [
        (f"sqlite:///{a_file}/sub/store.db", "ein Teil des Pfads ist kein Ordner"),
        (f"sqlite:///{a_file}", "ist keine SQLite-Datenbank"),
        (f"sqlite:///{tmp_path}", "lässt sich nicht öffnen oder anlegen"),
    ]
    for url, expected in cases:
        code, _, stderr = _cli("stats", lang="de", db=url)
        assert code == 2, url
        assert expected in _one_clear_line(stderr)
    assert a_file.read_text() == "no database\n" * 200  # and nothing was written into it


def test_a_missing_sqlite_folder_is_still_created(tmp_path: Path):
    """Documented (README, restore into data/new.db): a new store's folder is made."""
    db = tmp_path / "new" / "deeper" / "store.db"
    code, stdout, _ = _cli("migrate", db=f"sqlite:///{db}")
    assert code == 0
    assert "revision" in stdout
    assert db.is_file()


def test_a_lock_held_too_long_is_said_in_words(tmp_path: Path):
    db = tmp_path / "locked.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{db}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        message = store_failure(raised.value, f"sqlite:///{db}", "de")
        assert message is not None
        assert "länger als 30 Sekunden" in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()


def _targets(tmp_path: Path) -> list[tuple[Path, str, str]]:
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    return [
        (tmp_path / "missing" / "out", "Datei oder Ordner gibt es nicht", "no such file or folder"),
        (folder, "es ist ein Ordner", "it is a folder"),
        (a_file / "out", "kein Ordner", "is not a folder"),
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_export_to_a_place_it_cannot_write_says_why(store: str, tmp_path: Path, lang):
    for target, de, en in _targets(tmp_path):
        for fmt in ("csv", "xlsx"):
            args = ("export", "--format", fmt, "--output", str(target))
            code, stdout, stderr = _cli(*args, lang=lang, db=store)
            assert code == 1
            assert stdout == ""
            line = _one_clear_line(stderr)
            assert str(target) in line
            assert {"de": de, "en": en}[lang] in line


@pytest.mark.parametrize("lang", ["de", "en"])
def test_backup_to_a_place_it_cannot_write_says_why_and_leaves_nothing(
    store: str, tmp_path: Path, lang
):
    for target, de, en in _targets(tmp_path):
        code, _, stderr = _cli("backup", "--output", str(target), lang=lang, db=store)
        assert code == 1
        assert {"de": de, "en": en}[lang] in _one_clear_line(stderr)
        assert not [p for p in tmp_path.rglob("*") if "partial" in p.name]  # no half backup


def test_backup_of_a_store_that_cannot_be_opened_writes_no_file(tmp_path: Path):
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/lovewall"
    out = tmp_path / "backup.jsonl.gz"
    code, _, stderr = _cli("backup", "--output", str(out), db=url)
    assert code == 2
    _one_clear_line(stderr)
    assert list(tmp_path.iterdir()) == []


def test_importing_a_folder_says_so_in_german(store: str, tmp_path: Path):
    code, _, stderr = _cli("import", str(tmp_path), lang="de", db=store)
    assert code == 2
    assert _one_clear_line(stderr) == (
        f"Die Datei {tmp_path} konnte nicht gelesen werden: es ist ein Ordner."
    )
    code, _, stderr = _cli("import", str(tmp_path / "nope.csv"), lang="de", db=store)
    assert code == 2
    assert _one_clear_line(stderr).endswith("Datei oder Ordner gibt es nicht.")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_evaluate_on_a_file_that_is_no_labelled_csv(tmp_path: Path, lang):
    cases = {
        "no_text.csv": b"foo,bar\n1,2\n",
        "empty.csv": b"",
        "latin1.csv": "text,sentiment\nTschüß,positive\n".encode("utf-16"),
    }
    for name, body in cases.items():
        path = tmp_path / name
        path.write_bytes(body)
        code, stdout, stderr = _cli("evaluate", str(path), lang=lang)
        assert code == 2, name
        assert stdout == ""
        line = _one_clear_line(stderr)
        assert line.startswith(str(path))
        assert {"de": "gelabelte CSV-Datei", "en": "labelled CSV"}[lang] in line


def test_a_store_that_may_only_be_read_is_said_in_words(tmp_path: Path):
    db = tmp_path / "read-only.db"
    with sqlite3.connect(db) as made:
        made.execute("CREATE TABLE t (x)")
    engine = create_engine(f"sqlite:///file:{db}?mode=ro&uri=true")
    try:
        with pytest.raises(OperationalError) as raised, engine.begin() as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
        message = store_failure(raised.value, f"sqlite:///{db}", "en")
        assert message == (
            f"The SQLite file {db} may only be read (its permissions, or a read-only disk): "
            "this command writes to it."
        )
    finally:
        engine.dispose()
